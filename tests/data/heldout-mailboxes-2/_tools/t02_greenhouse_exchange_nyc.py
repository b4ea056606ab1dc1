from mimehelp import Box, Event, calendar, sig, quote
U = ("Sam Whitaker", "sam.whitaker@inbox.example")
NY = "America/New_York"
b = Box("tune", "m02-greenhouse-exchange-nyc", U, NY, "2026-10-05T08:00:00-04:00", "2026-12-08T18:00:00-05:00")
KEI = ("Keisha Monroe", "keisha.monroe@brightwater.example")
GRA = ("Graham Tully", "graham.tully@brightwater.example")
AAR = ("Aaron Feldstein", "aaron.feldstein@pellucidhealth.example")
LUC = ("Lucia Marquez", "lucia.marquez@pellucidhealth.example")
MSX = ("X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-MS-Exchange-Organization-SCL: -1", "Content-Language: en-US")

b.add("INBOX", "gh-ack", "2026-10-06 09:12", NY, ("Brightwater Insurance", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Brightwater Insurance!", mid="sendgrid",
      text="Hi Sam,\n\nThanks for applying for the Data Analyst II position. Our team will review your application and be in touch if "
           "there is a fit.\n\nBrightwater Talent Acquisition", html=True)
b.add("INBOX", "workday-ack-ostrander", "2026-10-07 14:30", "America/Chicago", ("Ostrander Bank Careers", "ostranderbank@myworkday.com"),
      "Ostrander Bank: Application Received - Senior Reporting Analyst (R-20931)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Dear Sam Whitaker,</p><p>Thank you for applying to Senior Reporting Analyst (R-20931). You can track the "
           "status of your application in our candidate home.</p><p>Ostrander Bank Talent Acquisition</p></body></html>")
m3 = b.add("INBOX", "keisha-phone", "2026-10-08 11:20", NY, KEI, "Brightwater - Data Analyst II", mid="outlook", headers=MSX,
      text="Hi Sam,\n\nThanks for your application to the Data Analyst II role. I'd like to do a quick phone screen - I'll call you at 4 "
           "tomorrow (Friday) on the number from your resume. It should take about 25 minutes.\n\nBest,\nKeisha Monroe\n"
           "Talent Acquisition Partner | Brightwater Insurance")
b.interview(m3, "2026-10-09 16:00", NY, [KEI[1]])
b.sent("re-keisha", "2026-10-08 12:03", "RE: Brightwater - Data Analyst II", "Hi Keisha,\n\nPerfect - talk to you then.\n\nSam", to=[KEI], reply=m3)
m5 = b.add("INBOX", "keisha-next", "2026-10-09 16:41", NY, KEI, "Next step: hiring manager interview", mid="outlook", headers=MSX,
      text="Sam,\n\nGreat talking with you just now. The next step is a video interview with Graham Tully, our analytics manager. "
           "I'll send a calendar invitation shortly - it's a little further out because of his travel.\n\nKeisha")
ev = Event("040000008200E00074C5B7101A82E00800000000F0C3D21B6A5DDC01000000000000000010000000D8A4E9F1B2C3", "2026-11-02 10:00", NY, 45,
           "Brightwater - Hiring Manager Interview: Sam Whitaker", organizer=KEI, stamp="20261012T141500Z",
           attendees=[GRA, U], location="Microsoft Teams Meeting",
           description="Graham Tully will meet with you. Keisha will not be on the call.\n\nJoin on your computer or mobile app\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_bw77")
m6 = b.add("INBOX", "outlook-invite", "2026-10-12 10:15", NY, KEI, "Brightwater - Hiring Manager Interview: Sam Whitaker",
      mid="outlook", headers=MSX + ("Thread-Topic: Brightwater - Hiring Manager Interview: Sam Whitaker",),
      text="Graham Tully will meet with you. Keisha will not be on the call.\n\n________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting\n________________________________________________",
      html=True, ics=calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows"), cte="quoted-printable")
b.interview(m6, "2026-11-02 10:00", NY, [GRA[1]])
b.silent(b.add("INBOX", "loan-offer", "2026-10-13 07:45", NY, ("Harborline Credit", "offers@harborlinecredit.example"),
      "Sam, your personal loan offer is ready", mid="ses",
      html="<html><body><p>You're pre-approved for up to $25,000. Accept your offer in minutes.</p></body></html>"), "loan offer")
b.add("INBOX", "workday-ack-pellucid", "2026-10-14 08:02", NY, ("Pellucid Health", "pellucidhealth@myworkday.com"),
      "Thank you for applying - Analytics Engineer", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hello Sam,</p><p>We have received your application for Analytics Engineer. We review applications on a rolling basis.</p></body></html>")
m9 = b.add("INBOX", "workday-reject-ostrander", "2026-10-16 17:22", "America/Chicago", ("Ostrander Bank Careers", "ostranderbank@myworkday.com"),
      "Update on your application - Senior Reporting Analyst (R-20931)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Dear Sam Whitaker,</p><p>We appreciate the time you invested in applying. The position has been filled, and "
           "we will not be considering your application further at this time.</p><p>Please do not reply to this message.</p></body></html>")
b.rejection(m9, "")
m10 = b.add("INBOX", "aaron-availability", "2026-10-19 10:40", NY, AAR, "Pellucid Health - Analytics Engineer", mid="gmail",
      text="Hi Sam,\n\nThanks for applying to Pellucid. I'd love to set up a 45-minute video conversation with me and one of our senior "
           "engineers. Would Thursday or Friday afternoon this week work?\n\nAaron Feldstein\nRecruiting Lead, Pellucid Health")
m11 = b.sent("re-aaron", "2026-10-19 13:15", "Re: Pellucid Health - Analytics Engineer",
      "Hi Aaron,\n\nThanks! Either day is fine - I'm free any time after 12 on both.\n\nBest,\nSam", to=[AAR], reply=m10)
m12 = b.add("INBOX", "aaron-confirm", "2026-10-20 09:05", NY, AAR, "Re: Pellucid Health - Analytics Engineer", reply=m11, mid="gmail",
      text="Great - let's do Thursday, Oct 22 at 1:00pm ET. You'll meet me and Lucia Marquez (lucia.marquez@pellucidhealth.example), "
           "senior analytics engineer.\n\nZoom: https://pellucid.zoom.example/j/5531907722\n\nAaron")
b.interview(m12, "2026-10-22 13:00", NY, [AAR[1], LUC[1]])
b.silent(b.add("INBOX", "school-conference", "2026-10-21 15:30", NY, ("Maple Street Elementary", "office@maplestreet-school.example"),
      "Parent-teacher conference scheduled: Tue Oct 27, 3:40 PM", mid="plain", mid_domain="maplestreet-school.example",
      text="Dear Sam Whitaker,\n\nYour conference with Ms. Adeyemi is scheduled for Tuesday, October 27 at 3:40 PM in Room 12.\n\nMaple Street Elementary"),
      "school conference appointment")
m14 = b.add("INBOX", "aaron-after", "2026-10-22 15:10", NY, AAR, "Thanks, Sam", mid="gmail",
      text="Hi Sam,\n\nThanks for a great conversation today. Lucia and I will compare notes with the hiring manager and we'll get back to "
           "you by Friday the 30th.\n\nAaron")
b.timeframe(m14, "2026-10-30", AAR[1], False)
b.silent(b.add("INBOX", "job-alert", "2026-10-28 06:30", NY, ("CareerPulse", "jobs@careerpulse.example"),
      "Analytics roles hiring now: 14 new matches", mid="ses",
      html="<html><body><p>Recruiters are hiring for roles like yours. Apply today to get an interview faster.</p></body></html>"), "job alert")
m16 = b.add("INBOX", "keisha-after-hm", "2026-11-02 11:05", NY, KEI, "Following your conversation with Graham", mid="outlook", headers=MSX,
      text="Hi Sam,\n\nGraham really enjoyed meeting you this morning. We're wrapping up our last conversations this week and expect to "
           "have a decision by end of next week.\n\nKeisha")
b.timeframe(m16, "2026-11-13", KEI[1], True)
m17 = b.add("INBOX", "keisha-offer", "2026-11-09 14:22", NY, KEI, "Offer - Data Analyst II", mid="outlook", headers=MSX,
      text="Hi Sam,\n\nI'm delighted to let you know that we'd like to offer you the Data Analyst II position at Brightwater! Your offer "
           "letter is attached, with a base salary of $104,000, a 10% target bonus and a start date of December 7.\n\nPlease review and let me know "
           "if you have any questions. We'd love to have your answer by November 16.\n\nCongratulations,\nKeisha",
      attach=[("Brightwater_Offer_Sam_Whitaker.pdf", "application/pdf", b"%PDF-1.5\n% offer letter\n")])
b.offer(m17)
b.sent("re-offer", "2026-11-09 19:48", "RE: Offer - Data Analyst II",
      "Hi Keisha,\n\nThank you so much - this is wonderful news. I'll review the letter and get back to you this week.\n\nBest,\nSam",
      to=[KEI], reply=m17)
b.write()
