"""m04: three interleaved processes. Quillmate (started only by the user's cold email to the
VP Product; HM call, three-invite panel with one session cancelled and not re-booked,
5-business-day promise answered by an offer), Meridian Outdoor (iCIMS; phone screen at 2 PT;
unanswered promise; late rejection), Talentbridge agency (screen at 3pm ET; client interview
booked by text, then the user withdraws). User in Mountain time."""
from mimehelp import Box
from common import q, gcal, simple_html, fake_pdf

TZ = "America/Denver"
CT = "America/Chicago"
PT = "America/Los_Angeles"
ET = "America/New_York"
U = ("Hannah Szabo", "hannah.szabo@letterbox.example")
b = Box("m04-quillmate", U, TZ, "2026-09-21T07:00:00-06:00", "2026-11-25T18:00:00-07:00",
        notes="cold email -> HM call -> 3 Google invites (one cancelled) -> offer; iCIMS phone screen -> unanswered -> late rejection; agency screen -> client interview -> withdrawal")

DARNELL = ("Darnell Fitzhugh", "darnell.fitzhugh@quillmate.example")
TAMSIN = ("Tamsin Obi", "tamsin.obi@quillmate.example")
INES = ("Inês Carvalho", "ines.carvalho@quillmate.example")
RAFAEL = ("Rafael Domínguez", "rafael.dominguez@quillmate.example")
KOFI = ("Kofi Mensah-Bright", "kofi.mensah-bright@quillmate.example")
CORINNE = ("Corinne Lachapelle", "corinne.lachapelle@meridianoutdoor.example")
BRENT = ("Brent Kowalczyk", "brent.kowalczyk@talentbridge-partners.example")
ICIMS = ("Meridian Outdoor Co. Careers", "meridianoutdoor@talent.icims.com")

DSIG = """

Darnell Fitzhugh
VP of Product, Quillmate
Austin, TX"""
BSIG = """

Brent Kowalczyk
Senior Recruiter, Data & Analytics
Talentbridge Partners | Atlanta, GA
(404) 555-0177 | talentbridge-partners.example"""

# 001 cold email
c1 = """Hi Darnell,

I've been a Quillmate user since the beta (my team at Flatirons Health runs every research brief through it), and your post about measuring "time to first useful draft" instead of DAUs stuck with me.

I'm a product analyst with five years in health tech: experimentation design, dbt/Looker pipelines, and a lot of sitting with PMs to turn fuzzy questions into metrics. If you're building out analytics on the product side, I'd love to be considered, and I'd be glad just to trade notes if not.

Resume attached. Thanks for reading!

Hannah Szabo
Boulder, CO
720-555-0154"""
m1 = b.sent("hello-from-a-quillmate-user", "2026-09-21 08:10", "Hello from a long-time Quillmate user (product analytics)",
            c1, to=[DARNELL], mid="uuid", mid_domain="letterbox.example",
            attach=[("Hannah_Szabo_Resume.pdf", "application/pdf", fake_pdf("Hannah Szabo resume"))])

# 002 iCIMS ack
ic_txt = """Dear Hannah,

Thank you for your interest in the Product Analyst, Ecommerce position (Job ID 2026-1184) at Meridian Outdoor Co.

We have received your application. Our recruiting team will review your qualifications and contact you if there is a match.

Thank you,
Meridian Outdoor Co. Talent Acquisition

Please do not reply to this message; this mailbox is not monitored."""
b.add("INBOX", "icims-application-received", "2026-09-22 11:45", TZ, ICIMS,
      "Meridian Outdoor Co. - Application Received - Product Analyst, Ecommerce", text=ic_txt,
      html=simple_html([x.replace("\n", "<br>") for x in ic_txt.split("\n\n")], footer="Powered by iCIMS", brand="#14532d"),
      mid="plain", mid_domain="talent.icims.com")

# 003 agency outreach
br1 = """Hi Hannah,

Hope your well! I'm working with a Series C fintech client on an Analytics Engineer opening that's remote-friendly for Mountain time. They're rebuilding their metrics layer in dbt and want someone who can talk to product people, which your background suggests you can.

Comp is in the $135-155k range plus equity. Would you be open to a quick call to hear more? I'm flexible most afternoons next week.

Best,""" + BSIG
m3 = b.add("INBOX", "analytics-engineer-opportunity", "2026-09-23 07:12", TZ, BRENT,
           "Analytics Engineer opportunity (remote, fintech)", text=br1, mid="outlook")
s4 = """Hi Brent,

Sure, happy to hear more. Tuesday afternoon is good for me, anytime after noon Mountain.

Hannah"""
m4 = b.sent("re-analytics-engineer-opportunity", "2026-09-23 12:30", "Re: Analytics Engineer opportunity (remote, fintech)",
            s4 + q(br1, "Brent Kowalczyk <brent.kowalczyk@talentbridge-partners.example>", "Wed, Sep 23, 2026 at 7:12 AM"),
            to=[BRENT], reply=m3, mid="uuid", mid_domain="letterbox.example")
m5 = b.add("INBOX", "re-analytics-engineer-opportunity", "2026-09-24 08:03", TZ, BRENT,
           "RE: Analytics Engineer opportunity (remote, fintech)",
           text="Tuesday 3pm ET works. I'll call you on the number from your resume. Talk then!" + BSIG,
           reply=m4, mid="outlook")
b.interview(m5, "2026-09-29 15:00", ET, [BRENT[1]])

# 006 Darnell replies to the cold email
d1 = """Hannah,

This is a lovely note and very good timing: we're about to open a Senior Product Analyst role. I'd like to talk. I'm free Monday 10/5 from 11 to 12 CT, or Tuesday 10/6 any time after 3 CT. Pick whatever suits you.""" + DSIG
m6 = b.add("INBOX", "re-hello-from-a-quillmate-user", "2026-09-28 09:05", TZ, DARNELL,
           "Re: Hello from a long-time Quillmate user (product analytics)",
           text=d1 + q(c1, "Hannah Szabo <hannah.szabo@letterbox.example>", "Mon, Sep 21, 2026 at 8:10 AM"),
           reply=m1, mid="gmail")
s7 = "Hi Darnell,\n\nThank you! Monday at 11:30 CT (10:30 my time) would be great.\n\nHannah"
m7 = b.sent("re-hello-2", "2026-09-28 09:40", "Re: Hello from a long-time Quillmate user (product analytics)",
            s7 + q(d1, "Darnell Fitzhugh <darnell.fitzhugh@quillmate.example>", "Mon, Sep 28, 2026 at 9:05 AM"),
            to=[DARNELL], reply=m6, mid="uuid", mid_domain="letterbox.example")
m8 = b.add("INBOX", "re-hello-3", "2026-09-28 10:02", TZ, DARNELL,
           "Re: Hello from a long-time Quillmate user (product analytics)",
           text="Monday 11:30 CT it is. Here's a Meet link: https://meet.google.com/vbe-kqwn-tdo\n\nD.\n\nSent from my phone",
           reply=m7, mid="gmail")
b.interview(m8, "2026-10-05 11:30", CT, [DARNELL[1]])

# 009 agency after the screen
b.add("INBOX", "great-chat", "2026-09-29 14:20", TZ, BRENT, "Great chat today",
      text="Hannah, thanks for the time today. Really enjoyed it. I'm submitting your profile to the client this afternoon; they tend to move fast, so I'll be in touch soon." + BSIG,
      mid="outlook")

# 010 Meridian recruiter asks about Friday
co1 = """Hi Hannah,

Thanks for applying to our Product Analyst, Ecommerce role! I'd love to set up a 30-minute phone screen. Would Friday at 2 PT work for you?

Corinne Lachapelle
Recruiter, Corporate Roles | Meridian Outdoor Co.
Seattle, WA"""
m10 = b.add("INBOX", "phone-screen", "2026-09-30 10:10", TZ, CORINNE, "Phone screen - Product Analyst, Ecommerce",
            text=co1, mid="outlook")
s11 = "Hi Corinne, yes, Friday at 2 PT (3 my time) works. My number is 720-555-0154.\n\nThanks,\nHannah"
m11 = b.sent("re-phone-screen", "2026-09-30 10:52", "Re: Phone screen - Product Analyst, Ecommerce",
             s11 + q(co1, "Corinne Lachapelle <corinne.lachapelle@meridianoutdoor.example>", "Wed, Sep 30, 2026 at 10:10 AM"),
             to=[CORINNE], reply=m10, mid="uuid", mid_domain="letterbox.example")
m12 = b.add("INBOX", "re-phone-screen", "2026-09-30 11:30", TZ, CORINNE, "RE: Phone screen - Product Analyst, Ecommerce",
            text="Great! I'll give you a call at 2 PT on Friday.\n\nCorinne", reply=m11, mid="outlook")
b.interview(m12, "2026-10-02 14:00", PT, [CORINNE[1]])

# 013 Meridian promise (unanswered)
co2 = """Hi Hannah,

Thanks for the great conversation this afternoon! We're wrapping up first-round screens this week, and you'll hear from us by Wednesday the 7th either way.

Have a good weekend,
Corinne"""
m13 = b.add("INBOX", "thanks-for-chatting", "2026-10-02 16:40", TZ, CORINNE, "Thanks for chatting today", text=co2, mid="outlook")
b.timeframe(m13, "2026-10-07", CORINNE[1], False)

# 014 Darnell after the call
d2 = """Hannah, I loved that conversation, thanks. Next step is a panel with three people from the team: Inês (data), Rafael (product) and Kofi (our head of people, who does a values chat with everyone). Tamsin on our people team will find a time with you.""" + DSIG
b.add("INBOX", "next-steps-quillmate", "2026-10-05 13:10", TZ, DARNELL, "Next steps", text=d2, cc=[TAMSIN], mid="gmail")

t1 = """Hi Hannah!

I'm helping Darnell schedule your panel. Could you do Monday 10/12 or Tuesday 10/13, from about 1:00 to 3:30 PM Central? It's three back-to-back video calls.

Thanks so much,
Tamsin Obi
People Operations, Quillmate"""
m15 = b.add("INBOX", "panel-scheduling", "2026-10-06 09:20", TZ, TAMSIN, "Panel scheduling", text=t1, mid="gmail")
s16 = "Hi Tamsin, Tuesday 10/13 works best for me. Thank you!\n\nHannah"
b.sent("re-panel-scheduling", "2026-10-06 10:01", "Re: Panel scheduling",
       s16 + q(t1, "Tamsin Obi <tamsin.obi@quillmate.example>", "Tue, Oct 6, 2026 at 9:20 AM"),
       to=[TAMSIN], reply=m15, mid="uuid", mid_domain="letterbox.example")

# 017-019 three Google invites
i1 = gcal(b, "2026-10-07 08:41", TAMSIN, "Quillmate panel: SQL & metrics (Inês / Hannah)", "2026-10-13 13:00", CT, 45,
          [TAMSIN, INES], meet="https://meet.google.com/ptr-wxan-cge",
          desc="Inês Carvalho, Staff Data Analyst. Expect a short SQL exercise and a discussion of metric design.")
i2 = gcal(b, "2026-10-07 08:43", TAMSIN, "Quillmate panel: product case (Rafael / Hannah)", "2026-10-13 14:00", CT, 45,
          [TAMSIN, RAFAEL], meet="https://meet.google.com/kda-mmzo-uie",
          desc="Rafael Domínguez, Senior Product Manager. A product analytics case; no prep needed.")
i3 = gcal(b, "2026-10-07 08:44", TAMSIN, "Quillmate panel: values chat (Kofi / Hannah)", "2026-10-13 15:00", CT, 30,
          [TAMSIN, KOFI], meet="https://meet.google.com/ofu-bbsc-ynr",
          desc="Kofi Mensah-Bright, Head of People.")
b.interview(i1, "2026-10-13 13:00", CT, [INES[1]])
b.interview(i2, "2026-10-13 14:00", CT, [RAFAEL[1]])
b.interview(i3, "2026-10-13 15:00", CT, [KOFI[1]], thank_you=False)

# 020 noise
b.add("INBOX", "holds-ready", "2026-10-09 12:30", TZ, ("Boulder Public Library", "notices@boulderlibrary.example"),
      "Your holds are ready for pickup", text="Hello Hannah Szabo,\n\nThe following items are ready for pickup at Main Library:\n\n  The Signal and the Noise (Silver, Nate)\n  Piranesi (Clarke, Susanna)\n\nItems will be held until 10/16/2026.\n\nBoulder Public Library",
      cte="7bit", mid="plain", mid_domain="boulderlibrary.example")

# company newsletter from Quillmate (silent)
qn = simple_html([
    "Hi Hannah,",
    "<b>New in Quillmate this month</b>",
    "&bull; <b>Interview mode</b>: record a customer interview and get a tagged transcript with themes in minutes.<br>"
    "&bull; <b>Briefs that cite their sources</b>, now on every plan.<br>&bull; Faster exports to Notion and Google Docs.",
    "Plus: join our product team for a live walkthrough on October 21.",
    '<a href="https://quillmate.example/changelog">See everything that shipped</a>'],
    footer="You're receiving this because you have a Quillmate account. Manage email preferences.", brand="#3b0764")
m_qn = b.add("INBOX", "quillmate-product-update", "2026-10-10 09:00", TZ, ("Quillmate", "news@quillmate.example"),
             "New: Interview mode, cited briefs and faster exports", html=qn, mid="sendgrid")
b.silent(m_qn, "product newsletter from the company she is interviewing with; its 'Interview mode' is a product feature")

# 021 Google cancellation of the values chat
b_cancel = gcal(b, "2026-10-12 16:05", TAMSIN, "Quillmate panel: values chat (Kofi / Hannah)", "2026-10-13 15:00", CT, 30,
                [TAMSIN, KOFI], uid=i3.uid, seq=1, kind="cancel", meet="https://meet.google.com/ofu-bbsc-ynr")
t2 = """Hi Hannah, just so the cancellation doesn't look alarming: Kofi had to drop tomorrow, and Darnell feels the values side is already well covered, so we're skipping that session rather than rebooking it. Your 1:00 and 2:00 with Inês and Rafael are unchanged, and you'll be done by 2:45 Central.

Tamsin"""
b.add("INBOX", "about-tomorrow", "2026-10-12 16:09", TZ, TAMSIN, "About tomorrow", text=t2, mid="gmail")

# 023 Darnell promise (answered by offer)
d3 = """Hannah - thank you for today. Inês and Rafael both came out of their sessions smiling. We'll make a decision within 5 business days.""" + DSIG
m23 = b.add("INBOX", "thank-you-quillmate", "2026-10-13 16:10", TZ, DARNELL, "Thank you", text=d3, mid="gmail")
b.timeframe(m23, "2026-10-20", DARNELL[1], True)

# 024 agency: client interview booked in text
br2 = """Hi Hannah,

Good news: the client wants to meet you! You're confirmed for a one-hour video interview on Tuesday, October 20 at 1 PM ET (11 AM your time). You'll meet with Jun Park, their Director of Analytics, and Farah Haddad, a Staff Analytics Engineer. The Zoom link will come from their coordinator the day before.

Let me know if you'd like to prep together on Monday.

Cheers,""" + BSIG
m24 = b.add("INBOX", "client-interview-confirmed", "2026-10-15 08:47", TZ, BRENT, "Client interview confirmed - Tue 10/20",
            text=br2, mid="outlook")
b.interview(m24, "2026-10-20 13:00", ET, ["name:Jun Park", "name:Farah Haddad"], thank_you=False)

# 025 offer
d4 = """Hannah,

I'm very happy to say we'd like you to join Quillmate as our Senior Product Analyst!

The headline numbers:
- Salary: $146,000
- Equity: 0.08% in options, 4-year vesting with a 1-year cliff
- Fully remote, with a team week in Austin each quarter
- Start date: whenever works for you in November

Tamsin (cc'd) will send the formal offer letter today. I'd love to hear from you by the end of next week, and I'm glad to talk through anything in the meantime.""" + DSIG
m25 = b.add("INBOX", "offer-quillmate", "2026-10-16 11:30", TZ, DARNELL, "Offer: Senior Product Analyst at Quillmate",
            text=d4, cc=[TAMSIN], mid="gmail",
            attach=[("Quillmate_Offer_Letter_Szabo.pdf", "application/pdf", fake_pdf("Quillmate offer letter - Hannah Szabo"))])
b.offer(m25)

b.sent("accepting-quillmate", "2026-10-19 08:30", "Re: Offer: Senior Product Analyst at Quillmate",
       "Darnell, Tamsin,\n\nI'm thrilled to accept! I've signed the letter and sent it back. Could we make the start date Monday, November 2?\n\nThank you both,\nHannah"
       + q(d4, "Darnell Fitzhugh <darnell.fitzhugh@quillmate.example>", "Fri, Oct 16, 2026 at 11:30 AM"),
       to=[DARNELL], cc=[TAMSIN], reply=m25, mid="uuid", mid_domain="letterbox.example")
s27 = """Hi Brent,

Thank you for all your help, and I'm sorry for the short notice. I've just accepted an offer elsewhere, so I need to withdraw from the process and won't be at tomorrow's interview. Please pass my apologies and thanks to Jun and Farah.

Best,
Hannah"""
m27 = b.sent("withdrawing", "2026-10-19 08:55", "Re: Client interview confirmed - Tue 10/20",
             s27 + q(br2, "Brent Kowalczyk <brent.kowalczyk@talentbridge-partners.example>", "Thu, Oct 15, 2026 at 8:47 AM"),
             to=[BRENT], reply=m24, mid="uuid", mid_domain="letterbox.example")

# 028 Meridian late rejection (human)
co3 = """Hi Hannah,

I'm sorry for the delay in getting back to you. It took longer than expected to wrap up our first round.

We've decided to move forward with other candidates for the Product Analyst, Ecommerce role. Thank you so much for your time and interest in Meridian Outdoor, and I hope our paths cross again.

Best,
Corinne"""
m28 = b.add("INBOX", "update-product-analyst", "2026-10-19 10:20", TZ, CORINNE, "Update: Product Analyst, Ecommerce",
            text=co3, mid="outlook")
b.rejection(m28, CORINNE[1])

b.add("INBOX", "re-withdrawing", "2026-10-19 11:02", TZ, BRENT, "RE: Client interview confirmed - Tue 10/20",
      text="Understood, and congratulations! I've let the client know. Keep me in mind down the road." + BSIG,
      reply=m27, mid="outlook")

b.write()
