"""m06: Manila frontend engineer, one Dublin process via Greenhouse; promises counted from interviews
(two answered, one not); an offer; look-alikes: course mock-interview day, visa biometrics appointment,
friend's wedding RSVP (Tagalog/English), bank loan approval."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, quote, sig

U = ("Bianca Reyes", "bianca.reyes@lakbaymail.example")
TZ = "Asia/Manila"
DUB = "Europe/Dublin"
b = Box("m06-kestrelpay-frontend", U, TZ, "2026-09-09T08:00:00+08:00", "2026-12-01T18:00:00+08:00",
        langs=["en", "tl"], country="IE",
        notes="one process; Greenhouse text confirmation, Teams tech round, text final across the EU DST change; offer")

CIA = ("Ciara Byrne", "ciara.byrne@kestrelpay.example")
NIA = ("Niamh Kelly", "niamh.kelly@kestrelpay.example")
TOM = ("Tomasz Nowak", "tomasz.nowak@kestrelpay.example")
DEC = ("Declan Murphy", "declan.murphy@kestrelpay.example")
AOI = ("Aoife Walsh", "aoife.walsh@kestrelpay.example")
GH = ("Kestrel Pay Recruiting", "no-reply@us.greenhouse-mail.io")
CSIG = """

Thanks a million,
Ciara

Ciara Byrne | Talent Partner
Kestrel Pay | 4 Grand Canal Square, Dublin 2
+353 1 555 7732"""

b.add("INBOX", "application-received", "2026-09-09 10:05", DUB, GH, "Kestrel Pay | Application received",
      html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1f">
<p>Hi Bianca,</p>
<p>Thank you for applying for the <b>Senior Frontend Engineer (Remote - EMEA/APAC)</b> position at Kestrel Pay!</p>
<p>We've received your application and our team will take a look in the coming weeks. If there's a match, we'll be in touch to arrange next steps.</p>
<p>Sláinte,<br>Kestrel Pay Talent Team</p>
<p style="font-size:11px;color:#8a8a8a">Please don't reply to this email - it's sent from an unmonitored address.</p>
</body></html>
""", mid="sendgrid")

m = b.add("INBOX", "job-alert", "2026-09-12 07:30", TZ, ("KaryeraPH Jobs", "alerts@karyeraph.example"),
          "10 new Frontend Developer jobs in Metro Manila",
          text="""Magandang umaga, Bianca! Here are new jobs for "Frontend Developer":

- Senior React Developer - Lumina BPO - Taguig (BGC) - PHP 140k-170k
- Frontend Engineer - Sarisari Tech - Remote
- UI Engineer - Banco Verde - Makati

See all 10: https://karyeraph.example/alerts/fe-manila""", html=True, mid="ses")
b.silent(m, "job alert digest")

t003 = """Hi Bianca,

Thanks for applying to Kestrel Pay - I loved the design-system work in your portfolio, especially the accessibility audit write-up.

I'd like to start with a 30-minute call with me to talk about the role and what you're looking for. You can pick a time that suits you here (it should show slots in your own time zone):

https://app.greenhouse.io/scheduling/kestrelpay/8R2KQ7VX

Talk soon!""" + CSIG
b.add("INBOX", "lets-chat", "2026-09-15 09:40", DUB, CIA, "Kestrel Pay - Senior Frontend Engineer", text=t003)

b.add("INBOX", "gcash-receipt", "2026-09-15 20:14", TZ, ("PayLakad", "no-reply@paylakad.example"),
      "You paid PHP 1,250.00 to Meralco Bills",
      text="""You have paid PHP 1,250.00 to MERALCO BILLS on Sep 15, 2026 8:14 PM.
Ref. No. 8031 228 417 550

Your new balance is PHP 6,412.37.""", mid="ses")

t005 = """Hi Bianca,

Your interview has been scheduled. Please find the details below.

Position: Senior Frontend Engineer (Remote - EMEA/APAC)
Interview: Intro call with Talent
Date: Tuesday, September 22, 2026
Time: 10:00 AM - 10:30 AM Irish Time (UTC+1) / 5:00 PM - 5:30 PM Philippine Time
Location: Google Meet - https://meet.google.com/kpq-wxmv-rte

You'll meet with:
  Ciara Byrne, Talent Partner

We aim to share feedback within 3 business days after your interview.

Need to reschedule? Reply to this email and Ciara will help.

Kestrel Pay Recruiting"""
m5 = b.add("INBOX", "interview-scheduled", "2026-09-16 11:02", DUB, GH,
           "Interview Confirmation: Senior Frontend Engineer at Kestrel Pay", text=t005, html=True, reply_to=CIA,
           mid="sendgrid")
b.interview(m5, "2026-09-22 10:00", DUB, [CIA[1]])
b.timeframe(m5, "2026-09-25", CIA[1], answered=True)

m = b.add("INBOX", "mock-interview-day", "2026-09-18 12:00", TZ, ("DevSkool PH", "learn@devskool.example"),
          "This Saturday: Mock Interview Day for the React Bootcamp 🎤",
          html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Bianca!</p>
<p>Mock Interview Day for <b>React Bootcamp Batch 14</b> is this Saturday, <b>September 26, 2:00-5:00 PM (PHT)</b>.</p>
<p>You'll be paired with a mentor for a 30-minute live coding interview and a 15-minute feedback session. Pairings will be posted in the Discord #mock-interviews channel on Friday.</p>
<p>Can't join? Let us know so we can give your slot to someone on the waitlist.</p>
<p>Kita-kits,<br>Team DevSkool</p>
</body></html>
""", mid="sendgrid")
b.silent(m, "online course's mock interview day")

t007 = """Hi Bianca,

Really lovely to chat on Tuesday - thanks for being so open about what you're looking for.

I'm happy to say we'd like to move you forward to the technical interview! It's 75 minutes with Niamh Kelly, our Engineering Manager for the merchant dashboard, and Tomasz Nowak, one of our Senior Frontend Engineers. Roughly: 45 minutes of pairing on a small React/TypeScript exercise, then questions both ways.

Would either of these suit? (Irish time, with Manila in brackets)

- Thu 1 Oct, 09:30 (16:30)
- Fri 2 Oct, 10:00 (17:00)""" + CSIG
m7 = b.add("INBOX", "technical-interview", "2026-09-24 11:00", DUB, CIA, "Next step - technical interview", text=t007)

t008 = """Hi Ciara,

That's great news, thank you! Friday 2 Oct at 10:00 Irish time (5pm here) would be perfect.

Best,
Bianca""" + quote(t007, "Ciara Byrne <ciara.byrne@kestrelpay.example>", "Thu, Sep 24, 2026 at 6:00 PM")
m8 = b.sent("re-technical-interview", "2026-09-24 19:30", "Re: Next step - technical interview", t008, [CIA], reply=m7)

LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ4MmIx%40thread.v2/0?context=%7b%22Tid%22%3a%22kp%22%7d"
tev = Event("040000008200E00074C5B7101A82E00800000000B07F2C1E914CDC01000000000000000010000000E91AA2D0", "2026-10-02 10:00", DUB,
            minutes=75, summary="Kestrel Pay - Technical Interview - Bianca Reyes",
            organizer=("Ciara Byrne", CIA[1]),
            attendees=[("Bianca Reyes", U[1]), ("Niamh Kelly", NIA[1]), ("Tomasz Nowak", TOM[1])],
            location="Microsoft Teams Meeting",
            description="Technical interview with Niamh Kelly and Tomasz Nowak. Please have a local Node 20 setup ready.\nYou'll receive feedback within 3 business days after your interview.\n\nJoin: " + LINK,
            stamp="20260924T131000Z")
m9 = b.add("INBOX", "teams-technical", "2026-09-24 14:10", DUB, CIA, "Kestrel Pay - Technical Interview - Bianca Reyes",
           html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Bianca, here's the invite for Friday - Niamh and Tomasz are on it. Please have a local Node 20 setup ready.</p>
<p>You'll receive feedback within 3 business days after your interview.</p></div>
<div style="color:#5F5F5F">________________________________________________________________________________</div>
<div style="font-size:24px;font-weight:700">Microsoft Teams meeting</div>
<p><b>Join on your computer, mobile app or room device</b><br><a href="{LINK}">Click here to join the meeting</a></p>
<p>Meeting ID: 349 105 822 670<br>Passcode: tR5vX2</p>
<div style="color:#5F5F5F">________________________________________________________________________________</div>
</body></html>
""", ics=calendar("REQUEST", [tev], prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
           to=[U, NIA, TOM], mid="outlook")
b.interview(m9, "2026-10-02 10:00", DUB, [NIA[1], TOM[1]])
b.timeframe(m9, "2026-10-07", CIA[1], answered=False)

m = b.add("INBOX", "biometrics-appointment", "2026-09-29 09:15", TZ, ("VisaPoint Manila", "appointments@visapoint-mnl.example"),
          "Appointment Confirmation - Biometrics / Visitor Visa (Canada)",
          text="""Dear REYES, BIANCA MARIE,

Your appointment has been booked.

Service: Biometrics enrolment - Visitor visa (Canada)
Date: Wednesday, 07 October 2026
Time: 10:15 AM
Centre: VisaPoint Application Centre, 6/F Ayala Tower One, Makati City

Please bring your passport, this appointment letter and the Biometric Instruction Letter (BIL). Arrive 15 minutes early. Late arrivals may be asked to rebook.

This is a system-generated email. Do not reply.""", mid="ses")
b.silent(m, "visa biometrics appointment")

m = b.add("INBOX", "wedding-rsvp", "2026-10-03 21:47", TZ, ("Bea Santos", "bea.santos@lakbaymail.example"),
          "Kasal namin ni Paolo! 💍 RSVP until Oct 31",
          text="""Bianca!!!

Ikakasal na kami ni Paolo! 🥹 Saturday, December 12, 3:00 PM sa San Agustin Church, Intramuros, reception after sa Manila Hotel.

Pakisagot naman ng RSVP form hanggang October 31 para ma-finalize namin yung headcount: https://rsvp-card.example/bea-paolo

Dress code: Filipiniana / barong, earth tones.

Sana makapunta ka, ikaw pa naman ang nagpakilala sa amin haha.

Love,
Bea""", mid="apple", mid_domain="lakbaymail.example")
b.silent(m, "friend's wedding invitation with an RSVP deadline (Tagalog)")

m = b.add("INBOX", "loan-approved", "2026-10-06 10:30", TZ, ("Bangko Lakambini", "alerts@lakambinibank.example"),
          "Good news! Your Personal Loan application has been approved",
          html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Bianca,</p>
<p>We're pleased to inform you that your <b>Personal Loan application</b> (Ref. PL-2026-0918334) has been <b>approved</b>.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Approved amount</td><td>PHP 250,000.00</td></tr>
<tr><td>Term</td><td>24 months</td></tr><tr><td>Monthly add-on rate</td><td>1.25%</td></tr></table>
<p>Please sign your loan agreement in the Lakambini app within 7 days to release the funds.</p>
<p>Bangko Lakambini. Deposits are insured by PDIC up to PHP 1,000,000 per depositor.</p>
</body></html>
""", mid="plain", mid_domain="lakambinibank.example")
b.silent(m, "bank: personal loan application approved")

t013 = """Hi Bianca,

I'm sorry for the silence since your technical interview - Niamh was on annual leave last week and I should have told you that rather than leave you waiting past the date I gave you.

The good news: Niamh and Tomasz really enjoyed pairing with you, and we'd love to invite you to the final stage. That's two 45-minute conversations on the same morning, one with Declan Murphy (our CTO) and one with Aoife Walsh (Head of Product).

Could you do Thursday 22 October or Tuesday 27 October? (Monday the 26th is a bank holiday here.)""" + CSIG
m13 = b.add("INBOX", "final-stage", "2026-10-14 11:20", DUB, CIA, "Kestrel Pay - final stage", text=t013)

t014 = """Hi Ciara,

No worries at all, thanks for explaining! Tuesday 27 October would be best for me.

Salamat,
Bianca

Sent from my iPhone""" + quote(t013, "Ciara Byrne <ciara.byrne@kestrelpay.example>", "14 Oct 2026, at 6:20 PM")
m14 = b.sent("re-final-stage", "2026-10-14 21:05", "Re: Kestrel Pay - final stage", t014, [CIA], reply=m13,
             mid="apple", mid_domain="lakbaymail.example")

t015 = """Hi Bianca,

Brilliant - you're locked in for Tuesday 27 October:

09:30 - 10:15 GMT   Declan Murphy, CTO
10:30 - 11:15 GMT   Aoife Walsh, Head of Product

Note our clocks go back on the 25th, so we'll be on GMT (UTC+0) by then - that's 17:30 and 18:30 in Manila, eight hours ahead. Both are on Google Meet: https://meet.google.com/dvr-kqha-mzt. I've copied Declan and Aoife.

You'll have a decision from us within 5 business days of your final interview - I promise I'll be better about it this time!""" + CSIG + quote(t014, "Bianca Reyes <bianca.reyes@lakbaymail.example>", "Wed, 14 Oct 2026 at 14:05")
m15 = b.add("INBOX", "re-final-stage", "2026-10-15 09:05", DUB, CIA, "Re: Kestrel Pay - final stage", text=t015,
            cc=[DEC, AOI], reply=m14)
b.interview(m15, "2026-10-27 09:30", DUB, [DEC[1]])
b.interview(m15, "2026-10-27 10:30", DUB, [AOI[1]])
b.timeframe(m15, "2026-11-03", CIA[1], answered=True)

b.add("INBOX", "reminder-final", "2026-10-26 09:00", DUB, GH, "Reminder: your interviews with Kestrel Pay tomorrow",
      text="""Hi Bianca,

This is a reminder of your upcoming interviews:

Tuesday, October 27, 2026
09:30 AM - 10:15 AM GMT  Declan Murphy
10:30 AM - 11:15 AM GMT  Aoife Walsh

Google Meet: https://meet.google.com/dvr-kqha-mzt

Good luck!
Kestrel Pay Recruiting""", html=True, reply_to=CIA, mid="sendgrid")

t017 = """Hi Bianca,

As promised (and early this time!) - I'm absolutely delighted to let you know that we'd like to offer you the role of Senior Frontend Engineer at Kestrel Pay!

Declan and Aoife both came out of Tuesday buzzing. The details are in the attached letter, but in short:

- EUR 78,000 per year, employed via our EOR partner in the Philippines, fully remote
- Core hours overlap of 3 hours with Dublin (we'll work out a schedule that suits you)
- 25 days annual leave plus Philippine public holidays
- Start date: Monday 4 January 2027

Have a read and let me know by Friday 6 November if you can. Any questions at all, just shout - I'm happy to jump on a call.

Congratulations!""" + CSIG
pdf = b"%PDF-1.4\n%offer\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
m17 = b.add("INBOX", "offer", "2026-10-29 15:45", DUB, CIA, "Your offer from Kestrel Pay", text=t017, cc=[DEC],
            attach=[("KestrelPay_Offer_Bianca_Reyes.pdf", "application/pdf", pdf)])
b.offer(m17)

t018 = """Ciara, thank you!!! This made my week. I'll read through the letter this weekend and come back to you by Wednesday.

Bianca""" + quote(t017, "Ciara Byrne <ciara.byrne@kestrelpay.example>", "Thu, 29 Oct 2026 at 23:45")
b.sent("re-offer", "2026-10-30 07:20", "Re: Your offer from Kestrel Pay", t018, [CIA], reply=m17)

m = b.add("INBOX", "devskool-feedback", "2026-11-04 12:00", TZ, ("DevSkool PH", "learn@devskool.example"),
          "Your mock interview scorecard is ready",
          text="""Hi Bianca,

Your mentor has submitted feedback from Mock Interview Day.

Overall: Strong hire (4/5)
Problem solving: 4/5 | Communication: 5/5 | Code quality: 4/5

View the full scorecard: https://devskool.example/scorecards/b14-0631

Keep it up!
Team DevSkool""", html=True, mid="sendgrid")
b.silent(m, "course mock interview scorecard ('strong hire')")

b.write()
