from mimehelp import Box, Event, calendar, quote
U = ("Chloe Tran", "chloe.tran@outpost.example")
SYD = "Australia/Sydney"
b = Box("tune", "m05-teamtailor-sydney", U, SYD, "2026-09-24T08:00:00+10:00", "2026-12-04T18:00:00+11:00", country="AU")
HAM = ("Hamish Doyle", "hamish.doyle@saltbush.example")
SOF = ("Sofia Grant", "sofia.grant@coralline.example")
MAR = ("Marco Bellini", "marco.bellini@coralline.example")

b.add("INBOX", "teamtailor-ack", "2026-09-24 12:40", SYD, ("Saltbush Software", "no-reply@teamtailor.com"),
      "Thanks for your application, Chloe!", reply_to=HAM, mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>Hi Chloe,</p><p>Thanks for applying for <b>Frontend Engineer</b> at Saltbush Software. We'll be in touch soon.</p>"
           "<p>Saltbush Software</p></body></html>")
b.add("INBOX", "hamish-bookings-link", "2026-09-25 09:10", SYD, HAM, "Saltbush - phone screen", mid="outlook",
      text="Hi Chloe,\n\nThanks for applying! I'd love to have a 20 minute phone chat. Please pick a time on my Bookings page:\n"
           "https://outlook.office365.com/owa/calendar/SaltbushTalent@saltbush.example/bookings/\n\nHamish Doyle\nTalent Acquisition Lead")
bk = Event("8d0f3b1c-aa61-4a3c-9a0e-5e17b1d6c201", "2026-10-01 10:00", SYD, 20, "Phone screen with Hamish Doyle",
           organizer=("Saltbush Talent", "SaltbushTalent@saltbush.example"), attendees=[HAM, U], stamp="20260925T014500Z",
           location="Hamish will call your mobile")
m3 = b.add("INBOX", "bookings-confirmed", "2026-09-25 11:45", SYD, ("Saltbush Talent", "SaltbushTalent@saltbush.example"),
      "Your booking with Saltbush Talent has been confirmed", mid="outlook",
      text="Chloe Tran,\n\nThank you for booking with Saltbush Talent.\n\nPhone screen (20 minutes)\nThursday, 1 October 2026\n"
           "10:00 AM (UTC+10:00) Canberra, Melbourne, Sydney\nStaff: Hamish Doyle\n\nAdd to calendar", html=True,
      ics=calendar("REQUEST", [bk], prodid="Microsoft Exchange Server 2010", tzstyle="windows"), ics_as="attach", ics_name="booking.ics")
b.interview(m3, "2026-10-01 10:00", SYD, [HAM[1]])
b.silent(b.add("INBOX", "vet", "2026-09-28 16:20", SYD, ("Glebe Point Vet", "frontdesk@glebepointvet.example"),
      "Reminder: Miso's vaccination appointment, Sat 3 Oct 9:15am", mid="plain", mid_domain="glebepointvet.example",
      text="Hi Chloe, just a reminder that Miso is booked in for her annual vaccination on Saturday 3 October at 9:15am."), "vet appointment")
m5 = b.add("INBOX", "hamish-after", "2026-10-01 11:05", SYD, HAM, "Thanks for the chat", mid="outlook",
      text="Hi Chloe,\n\nLovely to speak with you this morning. I'm putting your details in front of the hiring panel and will let you know "
           "by Friday 9 October whether we'll move to a final interview.\n\nCheers,\nHamish")
b.timeframe(m5, "2026-10-09", HAM[1], True)
m6 = b.sent("to-sofia", "2026-10-02 20:30", "Frontend engineer role at Coralline",
      "Hi Sofia,\n\nI saw your post about Coralline Health hiring a frontend engineer for the clinician app. I've spent four years building "
      "React and accessibility-focused health tools and would love to be considered. CV attached.\n\nKind regards,\nChloe Tran",
      to=[SOF], mid="apple", mid_domain="outpost.example", attach=[("Chloe_Tran_CV.pdf", "application/pdf", b"%PDF-1.4\n% cv\n")])
b.add("INBOX", "sofia-calcom-link", "2026-10-06 08:50", SYD, SOF, "Re: Frontend engineer role at Coralline", reply=m6, mid="gmail",
      text="Hi Chloe,\n\nThanks for reaching out - your background looks great. Grab a time with me here: https://cal.com/sofia-grant/30min\n\nSofia")
cal = Event("m9zHn3Qp7yWkR2cDcalcom", "2026-10-12 11:00", SYD, 30, "30 Min Meeting between Sofia Grant and Chloe Tran",
            organizer=SOF, attendees=[U + ("REQ-PARTICIPANT", True)], stamp="20261005T233500Z", location="https://app.cal.com/video/m9zHn3Qp7yWkR2cD")
m8 = b.add("INBOX", "calcom-confirmed", "2026-10-06 10:35", SYD, ("Cal.com", "hello@cal.com"),
      "Confirmed: 30 Min Meeting between Sofia Grant and Chloe Tran @ 11:00am - 11:30am, Monday, October 12, 2026", reply_to=SOF, mid="sendgrid",
      html="<html><body><h2>Your event has been scheduled</h2><p>What: 30 Min Meeting between Sofia Grant and Chloe Tran</p>"
           "<p>When: Monday, October 12, 2026 11:00am - 11:30am (Australia/Sydney)</p><p>Who: Sofia Grant - Organizer; Chloe Tran</p>"
           "<p>Where: Cal Video</p></body></html>",
      ics=calendar("REQUEST", [cal], prodid="-//Cal.com Inc.//Cal.com Event//EN", tzstyle="utc"), ics_as="attach", ics_name="event.ics")
b.interview(m8, "2026-10-12 11:00", SYD, [SOF[1]])
m9 = b.add("INBOX", "teamtailor-final", "2026-10-07 14:00", SYD, ("Saltbush Software", "no-reply@teamtailor.com"),
      "Final interview at Saltbush Software", reply_to=HAM, mid="uuid", mid_domain="teamtailor-mail.com",
      text="Hi Chloe,\n\nGreat news - we'd like to invite you to a final interview.\n\nDate: Wednesday 14 October 2026\nTime: 1:30pm (Sydney time)\n"
           "Duration: 90 minutes\nLocation: Saltbush Software, Level 4, 80 Harris Street, Pyrmont\nYou'll meet: Priya Natarajan (Head of "
           "Engineering) and Ben Kowalski (Principal Engineer)\n\nPlease ask for Hamish at reception. Reply to this message if you need anything.\n\n"
           "Saltbush Software")
b.interview(m9, "2026-10-14 13:30", SYD, ["name:Priya Natarajan", "name:Ben Kowalski"])
b.silent(b.add("INBOX", "careers-fair", "2026-10-08 12:00", SYD, ("UTS Alumni Careers", "alumni.careers@uts-alumni.example"),
      "Careers fair: meet 40 employers who are hiring now", mid="sendgrid",
      html="<html><body><p>Come along on 22 October to meet employers hiring graduates and experienced alumni. Bring your CV!</p></body></html>"),
      "alumni careers fair")
m11 = b.add("INBOX", "sofia-next", "2026-10-12 12:10", SYD, SOF, "Great to meet you", mid="gmail",
      text="Hi Chloe,\n\nReally enjoyed our chat. I'd like you to meet Marco, our design systems lead, for a deeper technical conversation. "
           "Does Tuesday the 27th at 4pm Sydney time work?\n\nSofia")
m12 = b.sent("re-sofia", "2026-10-12 18:40", "Re: Great to meet you",
      "Hi Sofia,\n\nThank you, likewise! 4pm on the 27th is a bit tricky with school pick-up - would 5pm work instead?\n\nChloe"
      + quote("Does Tuesday the 27th at 4pm Sydney time work?", "Sofia Grant", "12 Oct 2026, at 12:10"), to=[SOF], reply=m11,
      mid="apple", mid_domain="outpost.example")
m13 = b.add("INBOX", "sofia-confirm", "2026-10-13 08:25", SYD, SOF, "Re: Great to meet you", reply=m12, mid="gmail",
      text="5pm Tuesday the 27th it is. Marco Bellini (marco.bellini@coralline.example) and I will both be there - same Cal Video link "
           "as last time.\n\nSofia")
b.interview(m13, "2026-10-27 17:00", SYD, [SOF[1], MAR[1]])
m14 = b.add("INBOX", "hamish-after-final", "2026-10-14 16:30", SYD, HAM, "Thanks for coming in", mid="outlook",
      text="Hi Chloe,\n\nThanks for coming in today. The panel is meeting the last candidate tomorrow and we'll let you know by next Wednesday, the 21st.\n\nHamish")
b.timeframe(m14, "2026-10-21", HAM[1], True)
b.silent(b.add("INBOX", "saltbush-community", "2026-10-15 10:00", SYD, ("Saltbush Software", "no-reply@teamtailor.com"),
      "New roles at Saltbush - join our talent community", mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>We're hiring! Check out our latest openings in Sydney and Brisbane and sign up for job alerts.</p></body></html>"),
      "company job newsletter")
m16 = b.add("INBOX", "hamish-decline", "2026-10-20 15:15", SYD, HAM, "Saltbush - Frontend Engineer", mid="outlook",
      text="Hi Chloe,\n\nThanks again for your time through the process. The panel has decided to progress with another applicant whose "
           "experience with our mapping stack was a closer match. It was genuinely a tough decision and we were impressed by your "
           "accessibility work.\n\nAll the best,\nHamish")
b.rejection(m16, HAM[1])
m17 = b.add("INBOX", "sofia-after", "2026-10-27 18:20", SYD, SOF, "Thanks for today", mid="gmail",
      text="Hi Chloe,\n\nMarco and I both enjoyed the conversation. We'll be in touch by Friday 6 November with a decision.\n\nSofia")
b.timeframe(m17, "2026-11-06", SOF[1], True)
m18 = b.add("INBOX", "sofia-offer", "2026-11-04 10:00", SYD, SOF, "Offer: Frontend Engineer at Coralline Health", mid="gmail",
      text="Hi Chloe,\n\nI'm very happy to offer you the role of Frontend Engineer at Coralline Health! The attached letter sets out a base "
           "salary of AUD 148,000 plus super, with a start date of 7 December. Let me know if you'd like to talk anything through.\n\nSofia",
      attach=[("Coralline_Offer_Chloe_Tran.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m18)
b.sent("accept", "2026-11-05 09:12", "Re: Offer: Frontend Engineer at Coralline Health",
      "Hi Sofia,\n\nThank you so much! I'm thrilled to accept - signed letter attached.\n\nChloe", to=[SOF], reply=m18,
      mid="apple", mid_domain="outpost.example")
b.write()
