"""m02: Lagos Go engineer - agency (Kestrel & Finch, London -> Ledgerlight) + direct (Mvua Analytics, Nairobi, Workable)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote, Event, calendar
from fcommon import gcal_invite

TZ = "Africa/Lagos"
LON = "Europe/London"
NBO = "Africa/Nairobi"
U = ("Oluwaseun Adeyemi", "seun.adeyemi@inboxly.example")
b = Box("m02-kestrel-mvua", U, TZ, "2026-09-14T07:00:00+01:00", "2026-11-30T18:00:00+01:00",
        langs=["en"], country="NG", notes="London agency relaying client; Nairobi company via Workable; Mashujaa Day")

TAM = ("Tamsin Hale", "tamsin.hale@kestrelfinch.example")
TSIG = """

Tamsin Hale | Principal Consultant, Engineering
Kestrel & Finch Recruitment
+44 20 7946 0581 | +44 7700 900412
kestrelfinch.example"""
BISI = ("Bisi Coker", "bisi.coker@ledgerlight.example")
MAR = ("Marcus Oyelaran", "marcus.oyelaran@ledgerlight.example")
LEN = ("Lena Vogt", "lena.vogt@ledgerlight.example")
WK = ("Mvua Analytics", "noreply@candidates.workablemail.com")
WAN = ("Wanjiru Kamau", "wanjiru.kamau@mvua.example")
OTI = ("Otieno Ochieng", "otieno.ochieng@mvua.example")
WSIG = """

Wanjiru Kamau
Talent Partner, Mvua Analytics
Westlands, Nairobi | +254 20 765 4410"""

# 001 Sent application to agency advert
t = """Hello Tamsin,

I saw your advert for the Senior Go Engineer (Remote, EMEA) role, ref KF-2291, and would like to be considered. I'm based in Lagos and have spent the last four years building payment and ledger services in Go at a Nigerian fintech (around 3 million transactions a day at peak), mostly on Postgres, Kafka and Kubernetes.

I've attached my CV. I'm available on a one-month notice period and I'm comfortable working to UK hours.

Kind regards,
Oluwaseun (Seun) Adeyemi
+234 803 555 0147"""
m001 = b.sent("application-kf2291", "2026-09-14 09:20", "Application: Senior Go Engineer (Remote, EMEA) - KF-2291", t,
              to=[TAM], proc="kf", attach=[("Oluwaseun_Adeyemi_CV.pdf", "application/pdf", b"%PDF-1.4\n% CV\n%%EOF\n")])

# 002 Tamsin proposes call
t = """Hi Seun,

Thanks for applying - your background looks spot on for this one. Could we have a quick 20 minute call so I can tell you more about the client and get a feel for what you're after?

Would Thursday 17th at 11:00 work? Handily that's 11:00 for both of us until our clocks go back next month.

Best,
Tamsin""" + TSIG
m002 = b.add("INBOX", "quick-call", "2026-09-15 10:05", LON, TAM, "RE: Application: Senior Go Engineer (Remote, EMEA) - KF-2291",
             text=t, reply=m001, mid="outlook", proc="kf")

# 003 Sent
t = """Hi Tamsin,

Thursday at 11 is fine. You can reach me on +234 803 555 0147, that's also my WhatsApp if the line is better.

Thanks,
Seun""" + quote("Would Thursday 17th at 11:00 work? Handily that's 11:00 for both of us until our clocks go back next month.", "Tamsin Hale", "Tue, 15 Sep 2026, 10:05")
m003 = b.sent("re-quick-call", "2026-09-15 11:30", "Re: Application: Senior Go Engineer (Remote, EMEA) - KF-2291", t,
              to=[TAM], reply=m002, proc="kf")

# 004 Tamsin confirms screen -> interview (text)
t = """Perfect - I'll ring you on WhatsApp this Thursday (17th) at 11:00. Speak then!

T""" + TSIG
m004 = b.add("INBOX", "call-confirmed", "2026-09-15 12:02", LON, TAM, "RE: Application: Senior Go Engineer (Remote, EMEA) - KF-2291",
             text=t, reply=m003, mid="outlook", proc="kf")
b.interview(m004, "2026-09-17 11:00", LON, [TAM[1]])

# 005 Tamsin after screen (fuzzy)
t = """Hi Seun,

Great to speak yesterday. As promised, the client is Ledgerlight - they run card acquiring and payouts for marketplaces across the UK and West Africa, so your ledger experience is exactly what they want.

I've sent your CV across with my notes. Their CTO is travelling for the next fortnight, so it may be a little while before I hear back, but I'll keep you posted.

Have a good weekend,
Tamsin""" + TSIG
b.add("INBOX", "sent-to-client", "2026-09-18 15:22", LON, TAM, "Ledgerlight - CV submitted", text=t, mid="outlook", proc="kf")

# 006 Workable acknowledgement (two weeks)
t = """Hi Oluwaseun,

Thank you for applying for the Backend Engineer (Go) position at Mvua Analytics. We've received your application and our team is reviewing it.

We read every application ourselves and we'll be in touch within two weeks to let you know about next steps.

Best regards,
The Mvua Analytics hiring team

--
Powered by Workable"""
m006 = b.add("INBOX", "workable-received", "2026-09-21 08:14", NBO, WK, "Thanks for applying to Mvua Analytics",
             text=t, html=True, reply_to=WAN, mid="uuid", mid_domain="workablemail.com", proc="mvua")
b.timeframe(m006, "2026-10-05", WAN[1], True, country="KE")

# 007 newsletter look-alike
t = """NAIJA DEVS DIGEST - issue 112

This week: "How I prepared for six system design interviews in a month" - a senior engineer at a Lagos payments startup shares her notes, plus a reading list.

Also:
* Remote jobs paying in USD/GBP: what to check before you sign
* Meetup: Go Lagos, 10 October, Yaba
* Job board: 38 new engineering roles

Read online: https://naijadevs.example/digest/112
Unsubscribe: https://naijadevs.example/unsub"""
m = b.add("INBOX", "naija-devs-digest", "2026-09-26 09:00", TZ, ("Naija Devs Digest", "digest@naijadevs.example"),
          "Digest #112: preparing for system design interviews", text=t, html=True, mid="sendgrid")
b.silent(m, "developer newsletter about interview preparation")

# 008 Workable: invitation to book
t = """Hi Oluwaseun,

Thanks for your patience. We enjoyed reading your application and would love to get to know you better in a 45-minute video interview with me and Otieno Ochieng, one of our senior engineers.

Please choose a time that works for you using the link below. All times are shown in your local time zone.

Pick a time: https://apply.workable.example/mvua-analytics/j/5C1E88A4D2/schedule

Best,
Wanjiru Kamau
Talent Partner, Mvua Analytics"""
b.add("INBOX", "workable-pick-time", "2026-10-01 09:40", NBO, ("Wanjiru Kamau via Workable", "noreply@candidates.workablemail.com"),
      "Mvua Analytics: Schedule your interview for Backend Engineer (Go)", text=t, html=True, reply_to=WAN,
      mid="uuid", mid_domain="workablemail.com", proc="mvua")

# 009 Workable: interview scheduled with ics -> interview (calendar)
ev = Event(f"{b.hexid(24)}@workable.com", "2026-10-07 12:00", NBO, 45,
           "Interview: Oluwaseun Adeyemi for Backend Engineer (Go)", WAN,
           [WAN + ("REQ-PARTICIPANT", True), OTI + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",)],
           location="Google Meet: https://meet.google.com/kqz-rvhp-tmw",
           description="Video interview with Wanjiru Kamau and Otieno Ochieng. Join: https://meet.google.com/kqz-rvhp-tmw",
           stamp="20261001T071500Z")
ics = calendar("REQUEST", [ev], prodid="-//Workable//Interview Scheduler 2.0//EN")
t = """Hi Oluwaseun,

Your interview has been scheduled.

Backend Engineer (Go) - Mvua Analytics
Wednesday, October 7, 2026
12:00 PM - 12:45 PM (GMT+03:00) Africa/Nairobi
Video call: https://meet.google.com/kqz-rvhp-tmw

Interviewers: Wanjiru Kamau, Otieno Ochieng

A calendar invitation is attached. Need to change the time? Reply to this email and we'll sort it out.

--
Powered by Workable"""
m009 = b.add("INBOX", "workable-scheduled", "2026-10-01 10:16", NBO, WK, "Interview confirmed: Backend Engineer (Go) at Mvua Analytics",
             text=t, html=True, reply_to=WAN, ics=ics, ics_as="attach", ics_name="invite.ics",
             mid="uuid", mid_domain="workablemail.com", proc="mvua")
b.interview(m009, "2026-10-07 12:00", NBO, [WAN[1], OTI[1]])

# 010 Wanjiru after interview
t = """Hi Seun,

Thanks for a great conversation this afternoon - Otieno really enjoyed the discussion about idempotency keys!

The next step is a short take-home exercise. I'll send it over on Friday morning.

Best,
Wanjiru""" + WSIG
m010 = b.add("INBOX", "after-first-interview", "2026-10-07 14:30", NBO, WAN, "Thank you - next steps",
             text=t, mid="gmail", proc="mvua")

# 011 take-home with deadline (not a timeframe)
t = """Hi Seun,

As promised, here is the take-home. It's a small reconciliation service - the README in the zip has everything you need. We expect it to take 3-4 hours; please don't spend much more than that.

Please submit by Thursday 15th October, 18:00 EAT, by replying to this email with a link to a private repo (add otieno-mvua as a collaborator).

Any questions, just shout.

Wanjiru""" + WSIG
m011 = b.add("INBOX", "take-home", "2026-10-09 10:00", NBO, WAN, "Mvua take-home exercise", text=t, reply=m010,
             mid="gmail", proc="mvua", attach=[("mvua-recon-exercise.zip", "application/zip", b"PK\x05\x06" + b"\x00" * 18)])

# 012 Sent submission
t = """Hi Wanjiru,

Here's my submission: https://git.example/seun-adeyemi/mvua-recon (private, Otieno has been added).

I've written up a few trade-offs in NOTES.md, mostly around how I handled partial failures. It took me about four hours.

Thanks,
Seun""" + quote("Please submit by Thursday 15th October, 18:00 EAT, by replying to this email with a link to a private repo (add otieno-mvua as a collaborator).", "Wanjiru Kamau <wanjiru.kamau@mvua.example>", "Fri, Oct 9, 2026 at 8:00 AM")
m012 = b.sent("re-take-home", "2026-10-14 21:10", "Re: Mvua take-home exercise", t, to=[WAN], reply=m011, proc="mvua")

# 013 Wanjiru: answer by Friday 23rd (unanswered)
t = """Hi Seun,

Got it, thank you! Just so you know, Tuesday is Mashujaa Day here so the office is closed, but Otieno and the team will review your submission and we'll come back to you by Friday 23rd October.

Best,
Wanjiru""" + WSIG
m013 = b.add("INBOX", "submission-received", "2026-10-15 09:30", NBO, WAN, "Re: Mvua take-home exercise", text=t,
             reply=m012, mid="gmail", proc="mvua")
b.timeframe(m013, "2026-10-23", WAN[1], False, country="KE")

# 014 Tamsin: client interview options
t = """Hi Seun,

Finally - Ledgerlight have come back and they'd like to do a technical interview. It'll be 75 minutes with Marcus Oyelaran (Engineering Manager, Payouts) and Lena Vogt (Staff Engineer): half system design, half talking through code you've written.

They've offered:
- Tuesday 27 October, 10:00 GMT
- Wednesday 28 October, 15:00 GMT

NB our clocks go back this Sunday, so from next week London is an hour behind you - that's 11:00 or 16:00 your time.

Which is better?

Tamsin""" + TSIG
m014 = b.add("INBOX", "ledgerlight-technical", "2026-10-21 10:20", LON, TAM, "Ledgerlight - technical interview",
             text=t, mid="outlook", proc="kf")

# 015 Sent
t = """Hi Tamsin, great news! Tuesday 27th at 10:00 GMT (11:00 for me) please.

Seun

Sent from my Galaxy""" + quote("""They've offered:
- Tuesday 27 October, 10:00 GMT
- Wednesday 28 October, 15:00 GMT""", "Tamsin Hale", "21/10/2026 10:20")
m015 = b.sent("re-ledgerlight-technical", "2026-10-21 11:02", "Re: Ledgerlight - technical interview", t, to=[TAM],
              reply=m014, proc="kf")

# 016 Tamsin confirms -> interview (text)
t = """Done - Tuesday 27 October at 10:00 GMT (11:00 WAT) with Marcus and Lena. Bisi from their talent team will send a Google Meet invite.

Tamsin""" + TSIG
m016 = b.add("INBOX", "technical-confirmed", "2026-10-21 13:45", LON, TAM, "RE: Ledgerlight - technical interview",
             text=t, reply=m015, mid="outlook", proc="kf")
b.interview(m016, "2026-10-27 10:00", LON, [MAR[1], LEN[1]])

# 017 Google invite from Bisi
ics, uid, url = gcal_invite(b, "2026-10-27 10:00", LON, 75, "Technical interview - Oluwaseun Adeyemi (Kestrel & Finch)",
                            BISI, [BISI + ("REQ-PARTICIPANT", True), MAR + ("REQ-PARTICIPANT",), LEN + ("REQ-PARTICIPANT",),
                                   U + ("REQ-PARTICIPANT",)],
                            description="System design + code walkthrough. Please have a repo you're happy to share.",
                            stamp="20261022T083000Z")
t = f"""Bisi Coker has invited you to an event.

Technical interview - Oluwaseun Adeyemi (Kestrel & Finch)
Tuesday 27 Oct 2026 - 10:00 - 11:15 (Greenwich Mean Time - London)

Join with Google Meet
{url}

Guests
Bisi Coker - organiser - bisi.coker@ledgerlight.example
Marcus Oyelaran - marcus.oyelaran@ledgerlight.example
Lena Vogt - lena.vogt@ledgerlight.example
Oluwaseun Adeyemi - seun.adeyemi@inboxly.example

System design + code walkthrough. Please have a repo you're happy to share.

Reply for seun.adeyemi@inboxly.example: Yes / No / Maybe

Invitation from Google Calendar"""
b.add("INBOX", "calendar-invite", "2026-10-22 09:30", LON, BISI,
      "Invitation: Technical interview - Oluwaseun Adeyemi (Kestrel & Finch) @ Tue 27 Oct 2026 10:00 - 11:15 (GMT) (seun.adeyemi@inboxly.example)",
      text=t, html=True, ics=ics, ics_as="both", mid="google-cal", sender="calendar-notification@google.com",
      reply_to=BISI, proc="kf")

# 018 Tamsin: feedback promised by Thursday (answered)
t = """Hi Seun,

Just spoke to Marcus - he said it went really well and that Lena was impressed with your reconciliation design. They need to catch up internally, and the client has promised feedback by Thursday.

I'll be in touch as soon as I hear.

Tamsin""" + TSIG
m018 = b.add("INBOX", "after-technical", "2026-10-27 14:05", LON, TAM, "Ledgerlight - after today", text=t,
             mid="outlook", proc="kf")
b.timeframe(m018, "2026-10-29", TAM[1], True, country="UK")

# 019 Tamsin: hold
t = """Hi Seun,

I've got feedback, and it's a bit of a mixed bag I'm afraid.

The good: they were genuinely impressed and Marcus says you'd be his first choice.

The not so good: Ledgerlight's board hasn't signed off next year's headcount yet, so they've put this hire on hold until the budget is approved, which they think will be mid-January. They've asked me to keep you warm rather than close anything off.

I know that's not what you wanted to hear. I'll keep pushing, and in the meantime I'll send you anything else that fits.

Tamsin""" + TSIG
m019 = b.add("INBOX", "ledgerlight-on-hold", "2026-10-29 16:40", LON, TAM, "Ledgerlight - feedback", text=t,
             mid="outlook", proc="kf")

# 020 Sent
t = """Hi Tamsin,

Thanks for being straight with me, and for pushing on this. Glad to hear the feedback was good. I'm happy to stay in the frame for January - please do keep me posted, and yes, do send anything else similar.

Best,
Seun""" + quote("""They've put this hire on hold until the budget is approved, which they think will be mid-January.""", "Tamsin Hale <tamsin.hale@kestrelfinch.example>", "Thu, 29 Oct 2026 at 16:40")
b.sent("re-ledgerlight-feedback", "2026-10-29 19:55", "Re: Ledgerlight - feedback", t, to=[TAM], reply=m019, proc="kf")

# 021 podcast look-alike
t = """Hi Seun,

I host Ship It Naija, a podcast about engineering teams in West Africa. A friend pointed me to your talk at Go Lagos on ledger design and I'd love to interview you for an episode - about 40 minutes, recorded remotely whenever suits you in November.

No pressure at all; let me know if you're interested and I'll send a few dates.

Cheers,
Kunle Babatunde
Host, Ship It Naija"""
m = b.add("INBOX", "podcast-interview", "2026-10-31 12:10", TZ, ("Kunle Babatunde", "kunle@shipitnaija.example"),
          "Podcast interview request - Ship It Naija", text=t, mid="gmail")
b.silent(m, "podcast interview request, not a job interview")

# 022 Workable rejection from Wanjiru (late)
t = """Hi Oluwaseun,

Thank you for the time and effort you put into our process, and apologies for taking longer than we said to get back to you.

The team reviewed your take-home carefully. After careful consideration, we have decided that we will not be progressing your application on this occasion. We've offered the role to a candidate with more experience of our data platform stack.

We really appreciated your thoughtful notes on partial failures, and we'd be glad to hear from you again for future openings.

Kind regards,
Wanjiru Kamau
Talent Partner, Mvua Analytics

--
Powered by Workable"""
m022 = b.add("INBOX", "mvua-outcome", "2026-11-03 11:15", NBO, ("Wanjiru Kamau via Workable", "noreply@candidates.workablemail.com"),
             "Your application for Backend Engineer (Go) at Mvua Analytics", text=t, html=True, reply_to=WAN,
             mid="uuid", mid_domain="workablemail.com", proc="mvua")
b.rejection(m022, WAN[1])

# 023 noise: airtime receipt
t = """Transaction successful

You recharged 08035550147 with NGN 5,000.00 airtime.
Reference: AIR-9938172-LG
Date: 05-11-2026 18:42

Thank you for using QuickPay."""
b.add("INBOX", "airtime-receipt", "2026-11-05 18:42", TZ, ("QuickPay", "receipts@quickpay.example"), "Airtime purchase receipt",
      text=t, mid="ses")

b.write()
