from mimehelp import Box, Event, calendar, quote
U = ("Elliot Barros", "elliot.barros@harbourmail.example")
NY = "America/New_York"
b = Box("final", "m02-icims-teams-boston", U, NY, "2026-10-05T07:00:00-04:00", "2026-12-09T18:00:00-05:00")
MAR = ("Marisol Vega", "marisol.vega@copperleafpharma.example")
BER = ("Bernard Osei", "bernard.osei@copperleafpharma.example")
KIM = ("Kim Lau", "kim.lau@copperleafpharma.example")
CAL = ("Caleb Moss", "caleb.moss@fenwayrobotics.example")
INE = ("Ines Park", "ines.park@fenwayrobotics.example")
MSX = ("X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Content-Language: en-US")

b.add("INBOX", "icims-ack", "2026-10-05 11:30", NY, ("Copperleaf Pharma Careers", "copperleaf@talent.icims.com"),
      "Thank you for your application - Clinical Data Manager", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Elliot,</p><p>We have received your application for Clinical Data Manager (Req 5521-BOS).</p></body></html>")
b.add("INBOX", "workday-ack", "2026-10-06 15:12", "America/Chicago", ("Halvard Systems", "halvard@myworkday.com"),
      "Halvard Systems: application received", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hello Elliot, thank you for applying to Data Quality Lead (R-0918).</p></body></html>")
m3 = b.add("INBOX", "marisol-ring", "2026-10-14 13:40", NY, MAR, "Copperleaf - Clinical Data Manager", mid="outlook", headers=MSX,
      text="Hi Elliot,\n\nThanks for applying! I'll ring you at 3:30 tomorrow for a 20-minute introductory call, on the mobile number in "
           "your application.\n\nMarisol Vega\nSenior Recruiter | Copperleaf Pharma")
b.interview(m3, "2026-10-15 15:30", NY, [MAR[1]])
b.sent("re-marisol", "2026-10-14 14:05", "RE: Copperleaf - Clinical Data Manager", "Hi Marisol,\n\nGreat, I'll be ready. Thanks!\n\nElliot",
       to=[MAR], reply=m3)
b.add("INBOX", "marisol-next", "2026-10-15 16:05", NY, MAR, "Next step with Copperleaf", mid="outlook", headers=MSX,
      text="Elliot, thanks for the chat. I'm setting up an interview with Bernard Osei, our Director of Data Management, and one of his "
           "team leads. Their calendars are busy so it'll be early November - look out for a Teams invitation.\n\nMarisol")
b.silent(b.add("INBOX", "card-offer", "2026-10-16 07:10", NY, ("Bayside Card Services", "offers@baysidecards.example"),
      "Elliot, you've been selected for an exclusive card offer", mid="ses",
      html="<html><body><p>0% intro APR for 18 months. Respond by October 31.</p></body></html>"), "credit card offer")
m7 = b.add("INBOX", "caleb-ask", "2026-10-19 09:15", NY, CAL, "Fenway Robotics - Data Ops role", mid="gmail",
      text="Hi Elliot,\n\nThanks for applying to Fenway Robotics. Could you do a 45-minute video interview this week? Does Wednesday or "
           "Thursday morning work?\n\nCaleb Moss\nRecruiting, Fenway Robotics")
m8 = b.sent("re-caleb", "2026-10-19 10:02", "Re: Fenway Robotics - Data Ops role",
      "Hi Caleb,\n\nEither morning works for me - I'm flexible before noon both days.\n\nElliot", to=[CAL], reply=m7)
tm = Event("040000008200E00074C5B7101A82E00800000000A0B8C7D6E5F4DC0100000000000000001000000054CF", "2026-11-03 09:00", NY, 60,
           "Copperleaf Pharma - Interview: Elliot Barros", organizer=MAR, attendees=[BER, KIM, U], stamp="20261020T140000Z",
           location="Microsoft Teams Meeting",
           description="Interviewers: Bernard Osei, Kim Lau. Marisol Vega (organizer) will not attend.")
m9 = b.add("INBOX", "teams-invite", "2026-10-20 10:00", NY, MAR, "Copperleaf Pharma - Interview: Elliot Barros", mid="outlook",
      headers=MSX + ("Thread-Topic: Copperleaf Pharma - Interview: Elliot Barros",),
      text="Interviewers: Bernard Osei, Kim Lau. I (Marisol) won't attend.\n\n________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 291 554 810 07\n"
           "________________________________________________________________________________",
      html=True, ics=calendar("REQUEST", [tm], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.interview(m9, "2026-11-03 09:00", NY, [BER[1], KIM[1]])
m10 = b.add("INBOX", "caleb-confirms", "2026-10-20 11:30", NY, CAL, "Re: Fenway Robotics - Data Ops role", reply=m8, mid="gmail",
      text="Perfect. Let's lock in Thursday, October 22 at 10:00 AM ET. You'll meet me and Ines Park, our data operations manager "
           "(ines.park@fenwayrobotics.example). Google Meet link: https://meet.google.com/fen-wayr-obo\n\nCaleb")
b.interview(m10, "2026-10-22 10:00", NY, [CAL[1], INE[1]])
m11 = b.add("INBOX", "workday-reject", "2026-10-21 18:00", "America/Chicago", ("Halvard Systems", "halvard@myworkday.com"),
      "Halvard Systems: update on Data Quality Lead (R-0918)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hello Elliot,</p><p>We regret to let you know that we have decided to proceed with other candidates. "
           "This mailbox does not accept replies.</p></body></html>")
b.rejection(m11, "")
m12 = b.add("INBOX", "caleb-after", "2026-10-22 11:20", NY, CAL, "Thanks from Fenway", mid="gmail",
      text="Hi Elliot, thanks for the conversation this morning. Ines and I will sync with the team and follow up by Wednesday the 28th.\n\nCaleb")
b.timeframe(m12, "2026-10-28", CAL[1], False)
b.silent(b.add("INBOX", "citizenship", "2026-10-26 12:00", NY, ("Immigration Appointments", "no-reply@appointments.gov.example"),
      "Interview appointment notice", mid="plain", mid_domain="appointments.gov.example",
      text="Your naturalization interview is scheduled for December 14, 2026 at 8:15 AM at the Boston field office. Bring this notice."),
      "government interview appointment")
m14 = b.add("INBOX", "marisol-after-hm", "2026-11-03 10:10", NY, MAR, "After your interview with Bernard and Kim", mid="outlook", headers=MSX,
      text="Hi Elliot,\n\nThank you for meeting Bernard and Kim this morning. We'll have a decision by the end of next week.\n\nMarisol")
b.timeframe(m14, "2026-11-13", MAR[1], True)
b.silent(b.add("INBOX", "biotech-digest", "2026-11-05 06:30", NY, ("Biotech Beat", "digest@biotechbeat.example"),
      "Hiring surges at Kendall Square labs", mid="sendgrid",
      html="<html><body><p>Three labs announced hiring plans this week; plus an interview with a CRO founder.</p></body></html>"), "industry news digest")
m16 = b.add("INBOX", "marisol-offer", "2026-11-10 15:00", NY, MAR, "Copperleaf Pharma - Offer of Employment", mid="outlook", headers=MSX,
      text="Dear Elliot,\n\nOn behalf of Copperleaf Pharma, I'm pleased to offer you the position of Clinical Data Manager, reporting to "
           "Bernard Osei, at an annual salary of $128,500. Details are in the attached letter. Please let us know your decision by November 17.\n\nMarisol",
      attach=[("Offer_Elliot_Barros.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m16)
b.sent("re-offer", "2026-11-10 17:45", "RE: Copperleaf Pharma - Offer of Employment",
       "Marisol,\n\nThank you - I'm very happy to receive this. I'll review the details and respond by Monday.\n\nElliot", to=[MAR], reply=m16)
b.write()
