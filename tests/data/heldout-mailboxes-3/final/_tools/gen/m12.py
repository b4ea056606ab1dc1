"""m12: a busy Auckland mailbox (30 messages) with four interleaved processes across the NZ
clock change (27 Sep) and Sydney's (4 Oct): Tūī Software in Wellington (email application,
text interview, Google invite for a presentation moved by an update, dated promise kept by an
offer), Harbourview Analytics in Sydney (Greenhouse confirmation in AEST with "within 3
business days after your interview", unkept, late rejection), an Auckland agency relaying
Pōhutukawa Energy ("by Thursday", text interview with name-only panel, role on hold, user
withdraws), and Blue Fern Labs in San Francisco (a PT time across the date line, "by end of
next week" unkept, rejection). Look-alikes: a tenancy application, a job alert, an airline offer."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf
from kit import google_invite

TZ = "Pacific/Auckland"
SYD = "Australia/Sydney"
PT = "America/Los_Angeles"
U = ("Olivia Ngata", "olivia.ngata@kowhaimail.example")
b = Box("final", "m12-auckland-four-processes", U, TZ,
        "2026-09-07T07:00:00+12:00", "2026-11-20T18:00:00+13:00", langs=["en"], country="NZ")

GH = ("Harbourview Analytics", "no-reply@us.greenhouse-mail.io")
JADE = ("Jade Wilkinson", "jade.wilkinson@harbourview.example")
HEMI = ("Hemi Walker", "hemi.walker@tui-software.example")
ANA = ("Anahera Rewi", "anahera.rewi@tui-software.example")
RANGI = ("Rangi Parata", "rangi.parata@tui-software.example")
SINA = ("Sina Faleolo", "sina@kauri-recruitment.example")
KYLE = ("Kyle Brennan", "kyle@bluefernlabs.example")
ssig = "\n\nNgā mihi,\nSina Faleolo\nSenior Consultant | Kauri Recruitment\n+64 21 555 0174"
hsig = "\n\nHemi Walker\nHead of Product, Tūī Software\nLevel 3, 150 Cuba Street, Te Whanganui-a-Tara Wellington"
ksig = "\n\nKyle Brennan\nRecruiting Lead, Blue Fern Labs (San Francisco)"

t = """Hi Olivia,

Thanks for applying for the Senior Product Manager role at Harbourview Analytics! We've
received your application and our team will be in touch if your experience is a match.

Cheers,
The Harbourview Talent Team"""
b.add("INBOX", "greenhouse-ack", "2026-09-07 12:30", SYD, GH, "Thanks for applying to Harbourview Analytics",
      text=t, html=html_from_text(t), mid="sendgrid")

m2 = b.sent("apply-tui", "2026-09-07 19:45", "Senior PM application - Olivia Ngata",
"""Kia ora Hemi,

I'm applying for the Senior Product Manager role on your careers page. I've spent six years in
product at Pūtea Bank's digital team, most recently leading the small-business app
(launch to 40k weekly users). Tūī's work on te reo Māori localisation is something I'd love to
be part of.

CV attached. Happy to come down to Wellington.

Ngā mihi,
Olivia Ngata
021 555 0191""", to=[HEMI], mid="gmail",
           attach=[("Olivia_Ngata_CV.pdf", "application/pdf", fakepdf("Olivia Ngata - Product Manager"))])

m3 = b.add("INBOX", "sina-outreach", "2026-09-08 09:15", TZ, SINA, "Digital Product Lead - Auckland energy company",
"""Kia ora Olivia,

I'm working on a Digital Product Lead role with Pōhutukawa Energy here in Auckland (customer
app + self-service, team of 8, $165-180k). Your banking app background looks like a strong
fit - keen for a chat?""" + ssig, mid="outlook")

m4 = b.sent("re-sina", "2026-09-08 12:20", "RE: Digital Product Lead - Auckland energy company",
"""Hi Sina,

Yes, I'd be keen! CV attached. I'm free most afternoons for a call.

Olivia""" + oq(m3, TZ, to=[U]), to=[SINA], reply=m3, mid="gmail",
           attach=[("Olivia_Ngata_CV.pdf", "application/pdf", fakepdf("Olivia Ngata - Product Manager"))])

m5 = b.sent("cold-bluefern", "2026-09-09 08:10", "Remote PM - APAC hours?",
"""Hi Kyle,

I saw Blue Fern is hiring a product manager for the new APAC customer segment. I'm based in
Auckland and used to overlapping with US West Coast teams (my current bank has a San
Francisco vendor team). Would love to talk - resume attached.

Olivia Ngata""", to=[KYLE], mid="gmail",
           attach=[("Olivia_Ngata_Resume.pdf", "application/pdf", fakepdf("Olivia Ngata - Resume"))])

m6 = b.add("INBOX", "sina-submitted", "2026-09-11 14:30", TZ, SINA, "RE: Digital Product Lead - Auckland energy company",
"""Thanks Olivia, good to chat yesterday. I've put you forward to Pōhutukawa - their Head of
Digital is reviewing the shortlist this week and I expect to hear from them by Thursday.""" + ssig, mid="outlook")

m7 = b.add("INBOX", "hemi-interview", "2026-09-14 10:40", TZ, HEMI, "Re: Senior PM application - Olivia Ngata",
"""Kia ora Olivia,

Thanks for applying - great CV. I've booked a first interview for Thursday 24 September at
10:00am at our office (Level 3, 150 Cuba Street), with me and Anahera Rewi, our Design Lead
(cc'd). We'll cover your flights from Auckland. Let me know if the time doesn't suit.""" + hsig + gq(m2, TZ),
           cc=[ANA], reply=m2, mid="gmail")
b.interview(m7, "2026-09-24 10:00", TZ, [HEMI[1], ANA[1]])

m8 = b.add("INBOX", "kyle-screen", "2026-09-14 16:05", PT, KYLE, "Re: Remote PM - APAC hours?",
"""Hi Olivia,

Thanks for reaching out - your timing is great. Let's chat on Tuesday Sept 22 at 3pm PT, which
I believe is Wednesday the 23rd at 10am for you in Auckland. I'll call via Google Meet:
https://meet.google.com/bfl-apac-ong

If that's off for you, let me know.""" + ksig + gq(m5, PT), reply=m5, mid="gmail")
b.interview(m8, "2026-09-22 15:00", PT, [KYLE[1]])

m9 = b.add("INBOX", "sina-pohutukawa", "2026-09-16 11:00", TZ, SINA, "Pōhutukawa want to meet you",
"""Great news Olivia - Pōhutukawa would like to meet! Monday 21 September at 2pm at their
office, 80 Queen Street, level 12. You'll meet Grace Liu (Head of Digital) and Tom Hēnare
(Customer Experience Manager). About an hour.

Can you confirm?""" + ssig, mid="outlook")
b.timeframe(m6, "2026-09-17", SINA[1], True, news=m9)
b.interview(m9, "2026-09-21 14:00", TZ, ["name:Grace Liu", "name:Tom Hēnare"])

t = """Hi Olivia,

Your interview with Harbourview Analytics has been scheduled.

Position: Senior Product Manager
Date: Tuesday, 29 September 2026
Time: 10:00 AM - 10:45 AM AEST (Sydney)
You'll meet with:
  Daniel Osei - Product Director
Location: Zoom - https://harbourview.zoom.us/j/83019927410

You'll hear from us within 3 business days after your interview.

Questions? Reply to Jade Wilkinson at jade.wilkinson@harbourview.example.

Harbourview Analytics"""
m11 = b.add("INBOX", "greenhouse-confirmation", "2026-09-17 13:10", SYD, GH,
            "Interview Confirmation: Senior Product Manager at Harbourview Analytics", text=t, html=html_from_text(t),
            mid="sendgrid")
b.interview(m11, "2026-09-29 10:00", SYD, ["name:Daniel Osei"])
b.timeframe(m11, "2026-10-02", JADE[1], False, country="AU")

m = b.add("INBOX", "tenancy-application", "2026-09-18 15:20", TZ, ("Harcourt & Lee Property", "rentals@harcourtlee.example"),
          "Tenancy application received - 14 Kōwhai Road, Mt Eden",
"""Hi Olivia,

Thanks for your tenancy application for 14 Kōwhai Road, Mt Eden. We'll check your references
and let you know the outcome of your application within 2 business days.

If successful, you'll be invited to sign the tenancy agreement and pay the bond.

Harcourt & Lee Property Management""", mid="plain", mid_domain="harcourtlee.example")
b.silent(m, "a landlord's tenancy application with its own 'outcome within 2 business days'")

b.sent("thanks-pohutukawa", "2026-09-21 16:30", "Thanks - Pōhutukawa",
"""Hi Sina,

Just out of the Pōhutukawa interview - it went well I think! Could you please pass my thanks
to Grace and Tom? I enjoyed the discussion on the outage-notification redesign.

Olivia""", to=[SINA], mid="gmail")

m14 = b.add("INBOX", "sina-feedback", "2026-09-22 10:10", TZ, SINA, "RE: Thanks - Pōhutukawa",
"""Passed on! Grace was very positive. They want you back to meet their GM next week - I'll
come back with details.""" + ssig, mid="outlook")

m15 = b.sent("thanks-kyle", "2026-09-23 11:05", "Thanks for the call",
"""Hi Kyle,

Thanks for chatting this morning (your afternoon!). The APAC launch plan sounds exciting -
happy to share how we handled multi-currency pricing at Pūtea.

Olivia""", to=[KYLE], mid="gmail")

m16 = b.add("INBOX", "kyle-timeline", "2026-09-22 17:20", PT, KYLE, "Re: Thanks for the call",
"""Thanks Olivia, enjoyed it. I'm syncing with the hiring manager and we'll get back to you by
end of next week.""" + ksig + gq(m15, PT), reply=m15, mid="gmail")
b.timeframe(m16, "2026-10-02", KYLE[1], False, country="US")

b.sent("thanks-tui", "2026-09-24 13:40", "Thank you - Tūī Software",
"""Kia ora Hemi and Anahera,

Thank you for this morning and for the office tour. The bilingual onboarding flow you showed
me is exactly the kind of product work I want to be doing.

Ngā mihi,
Olivia""", to=[HEMI, ANA], mid="gmail")

m = b.add("INBOX", "job-alert", "2026-09-25 07:00", TZ, ("KiwiJobs", "alerts@kiwijobs.example"),
          "New jobs for you: Product Manager in Auckland",
          html="""<html><body><h3>8 new Product Manager jobs in Auckland</h3>
<ul><li>Product Manager - Moana Freight - Auckland CBD</li><li>Senior PM - Whetū Health - Remote NZ</li>
<li>Product Owner - Harbour Council - Auckland</li></ul><p><a href="https://kiwijobs.example">See all</a></p></body></html>""",
          mid="sendgrid")
b.silent(m, "job alert")

uid = f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
ev = Event(uid, "2026-10-06 13:00", TZ, minutes=60, summary="Tūī Software - Olivia Ngata presentation to leadership",
           organizer=HEMI, attendees=[(HEMI[0], HEMI[1], "REQ-PARTICIPANT", True), U, ANA, RANGI],
           location="Tūī Software, Level 3, 150 Cuba Street, Wellington", stamp="20260927T230000Z")
m19 = google_invite(b, "2026-09-28 12:00", TZ, HEMI, ev, label="New Zealand Time",
                    note="Second round: 30-min presentation of your take-home (roadmap for the localisation platform) + 30 min Q&A with Rangi (CEO), Anahera and me.",
                    meet=False, slug="tui-presentation-invite")
b.interview(m19, "2026-10-07 15:00", TZ, [HEMI[1], ANA[1], RANGI[1]])

b.add("INBOX", "sina-hold", "2026-09-29 09:30", TZ, SINA, "Pōhutukawa update",
"""Hi Olivia,

Frustrating news, sorry: Pōhutukawa have told me they're putting the Digital Product Lead role
on hold while they work through a restructure of the customer division. It's not about you -
Grace was keen to progress you. I'll let you know the moment it's back on.""" + ssig, mid="outlook")

b.sent("thanks-harbourview", "2026-09-29 14:10", "Thank you - Senior Product Manager interview",
"""Hi Jade,

Could you please pass my thanks on to Daniel for today's conversation? I enjoyed talking about
how Harbourview prioritises between enterprise and self-serve customers.

Kind regards,
Olivia Ngata""", to=[JADE], mid="gmail")

m = b.add("INBOX", "airline-offer", "2026-10-02 08:00", TZ, ("Kea Air", "deals@keaair.example"),
          "Olivia, an exclusive offer: Wellington return from $129",
          html="""<html><body style="font-family:Arial"><h2>Flash sale for Koru-style members</h2>
<p>Auckland - Wellington return from <b>$129</b>. Book by Sunday. This offer is just for you, Olivia.</p>
<p style="font-size:10px">Unsubscribe</p></body></html>""", mid="sendgrid")
b.silent(m, "airline fare 'offer'")

ev = Event(uid, "2026-10-07 15:00", TZ, minutes=60, summary="Tūī Software - Olivia Ngata presentation to leadership",
           organizer=HEMI, attendees=[(HEMI[0], HEMI[1], "REQ-PARTICIPANT", True), U, ANA, RANGI],
           location="Tūī Software, Level 3, 150 Cuba Street, Wellington", stamp="20261004T210000Z", seq=1)
google_invite(b, "2026-10-05 10:00", TZ, HEMI, ev, kind="Updated invitation", label="New Zealand Time",
              note="Moved to Wednesday 3pm - Rangi is flying back from Sydney on Tuesday. Sorry for the change! Hemi",
              meet=False, slug="tui-presentation-moved")

b.sent("thanks-presentation", "2026-10-07 17:30", "Thank you for this afternoon",
"""Kia ora Hemi, Anahera and Rangi,

Thank you for the time today and for the sharp questions on the roadmap - especially around
sequencing the iwi partnership features. I'd love to keep the conversation going.

Ngā mihi,
Olivia""", to=[HEMI, ANA, RANGI], mid="gmail")

m24 = b.add("INBOX", "hemi-timeline", "2026-10-08 09:20", TZ, HEMI, "Re: Thank you for this afternoon",
"""Thanks Olivia - the presentation landed really well. We have one more candidate to see on
Monday, and we'll let you know by Friday 16 October.""" + hsig, mid="gmail")

m = b.add("INBOX", "harbourview-decision", "2026-10-09 11:45", SYD, JADE, "Senior Product Manager - update",
"""Hi Olivia,

Apologies for the delay in getting back to you. Daniel enjoyed meeting you, but we've decided
not to progress your application to the final stage - we're prioritising candidates with
deeper B2B analytics experience for this role.

Thanks again for your time, and all the best with your search.

Jade Wilkinson
Talent Acquisition Partner | Harbourview Analytics | Sydney""", mid="gmail")
b.rejection(m, JADE[1])

m = b.add("INBOX", "bluefern-decision", "2026-10-12 14:30", PT, KYLE, "Blue Fern - PM role",
"""Hi Olivia,

Sorry for going quiet - it took longer to align on the APAC plan than expected. We've decided
to move forward with other candidates for this role, mainly because the team wants someone who
can be in SF for the first few months.

Really appreciated your time, and I hope we can work together down the track.""" + ksig, mid="gmail")
b.rejection(m, KYLE[1])

offer = """Kia ora Olivia,

I'm delighted to let you know that we'd like to offer you the role of Senior Product Manager at
Tūī Software!

The attached letter sets out the details: $172,000 base salary, KiwiSaver contribution of 6%,
an extra week of leave, and hybrid working (we'll cover two Wellington trips a month while you
stay in Auckland). We'd love you to start on Monday 16 November.

Have a read and give me a call with any questions. We really hope you'll join us.

Ngā mihi nui,
Hemi""" + hsig
m27 = b.add("INBOX", "offer", "2026-10-15 16:00", TZ, HEMI, "Offer - Senior Product Manager",
            text=offer, html=html_from_text(offer), mid="gmail",
            attach=[("Tui_Software_Offer_Olivia_Ngata.pdf", "application/pdf", fakepdf("Tui Software - Letter of Offer"))])
b.timeframe(m24, "2026-10-16", HEMI[1], True, news=m27)
b.offer(m27)

b.sent("accept-tui", "2026-10-16 09:00", "Re: Offer - Senior Product Manager",
"""Kia ora Hemi,

I'm thrilled to accept! Signed letter attached. See you on the 16th.

Ngā mihi,
Olivia""", to=[HEMI], reply=m27, mid="gmail",
       attach=[("Tui_Software_Offer_Olivia_Ngata_signed.pdf", "application/pdf", fakepdf("Signed - Olivia Ngata"))])

m29 = b.sent("withdraw-pohutukawa", "2026-10-16 09:30", "Pōhutukawa - withdrawing",
"""Hi Sina,

Thanks so much for all your help with Pōhutukawa. I've accepted a Senior PM offer with Tūī
Software, so please withdraw me from the Digital Product Lead process if it restarts.

Olivia""", to=[SINA], mid="gmail")

b.add("INBOX", "sina-congrats", "2026-10-16 10:15", TZ, SINA, "RE: Pōhutukawa - withdrawing",
"""Congratulations Olivia, that's brilliant news! I'll let Grace know. Keep in touch.""" + ssig + oq(m29, TZ, to=[SINA]),
      reply=m29, mid="outlook")

b.write()
