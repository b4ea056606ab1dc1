from mimehelp import Box, Event, calendar, quote
U = ("Noor Haddad", "noor.haddad@fjordmail.example")
LA = "America/Los_Angeles"
b = Box("final", "m01-lever-seattle", U, LA, "2026-09-14T07:00:00-07:00", "2026-11-16T18:00:00-08:00")
ELE = ("Elena Sato", "elena.sato@bluefinmaps.example")
RAJ = ("Raj Iyer", "raj.iyer@bluefinmaps.example")
WEN = ("Wen Zhao", "wen.zhao@bluefinmaps.example")
GRA = ("Grace Okoye", "grace.okoye@bluefinmaps.example")
HOL = ("Hollis Grant", "hollis.grant@tidewaterapps.example")

b.add("INBOX", "lever-ack", "2026-09-14 08:41", LA, ("Bluefin Maps", "no-reply@hire.lever.co"), "Your application to Bluefin Maps",
      mid="uuid", mid_domain="hire.lever.co", html="<html><body><p>Hi Noor,</p><p>We've got your application for <b>iOS Engineer, Navigation</b>. "
      "Someone from our team will review it soon.</p><p>- Bluefin Maps Talent</p></body></html>")
b.silent(b.add("INBOX", "negotiation-newsletter", "2026-09-15 06:15", "America/New_York", ("Paycheck Notes", "notes@paychecknotes.example"),
      "How to negotiate your next offer like a pro", mid="sendgrid",
      html="<html><body><p>Three scripts for when the recruiter asks for your number, and why the first offer is rarely the last.</p></body></html>"),
      "newsletter about negotiating offers")
m3 = b.add("INBOX", "elena-proposes", "2026-09-16 09:55", LA, ELE, "Bluefin Maps - iOS Engineer", mid="gmail",
      text="Hi Noor,\n\nThanks for applying! Do you have time next Tuesday at 11 for a chat with one of our engineering managers?\n\nElena Sato\nRecruiter, Bluefin Maps")
m4 = b.sent("re-elena", "2026-09-16 12:20", "Re: Bluefin Maps - iOS Engineer",
      "Hi Elena,\n\nThank you! Tuesday is tough for me - would Wednesday at 11 or any time after that work?\n\nNoor", to=[ELE], reply=m3)
m5 = b.add("INBOX", "elena-confirms", "2026-09-17 08:30", LA, ELE, "Re: Bluefin Maps - iOS Engineer", reply=m4, mid="gmail",
      text="Wednesday 11:00 PT works! You'll be meeting Raj Iyer (raj.iyer@bluefinmaps.example), EM for Navigation. He'll send a Zoom link.\n\nElena")
b.interview(m5, "2026-09-23 11:00", LA, [RAJ[1]])
b.add("INBOX", "icims-ack", "2026-09-18 10:10", "America/Chicago", ("Cobalt Ridge Bank", "careers@cobaltridge.icims.com"),
      "Cobalt Ridge Bank - Thank you for applying", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Noor, thank you for applying to Mobile Developer III (Req 11872).</p></body></html>")
b.silent(b.add("INBOX", "optometrist", "2026-09-21 12:00", LA, ("Clearview Eye Care", "appointments@clearvieweye.example"),
      "Your eye exam is scheduled for Sep 29 at 5:30 PM", mid="plain", mid_domain="clearvieweye.example",
      text="Hi Noor, this confirms your annual eye exam on Tuesday, September 29 at 5:30 PM."), "eye exam appointment")
m8 = b.add("INBOX", "elena-after-intro", "2026-09-23 12:05", LA, ELE, "Thanks for chatting with Raj", mid="gmail",
      text="Hi Noor,\n\nRaj enjoyed the conversation. I'll circle back by Friday with next steps.\n\nElena")
b.timeframe(m8, "2026-09-25", ELE[1], True)
loop = [Event("ml-ev-2291-a@modernloop.io", "2026-10-06 10:00", LA, 50, "Bluefin Maps: iOS coding (Noor Haddad)", organizer=ELE,
              attendees=[WEN, U], stamp="20260924T180000Z", location="https://bluefin.zoom.example/j/401"),
        Event("ml-ev-2291-b@modernloop.io", "2026-10-06 11:00", LA, 50, "Bluefin Maps: architecture (Noor Haddad)", organizer=ELE,
              attendees=[GRA, U], stamp="20260924T180000Z", location="https://bluefin.zoom.example/j/402")]
m9 = b.add("INBOX", "modernloop-loop", "2026-09-24 11:00", LA, ("Bluefin Maps via ModernLoop", "invites@modernloop.io"),
      "Your Bluefin Maps interviews on Tuesday, October 6", reply_to=ELE, mid="ses",
      html="<html><body><p>Hi Noor,</p><p>Your interview loop is scheduled:</p><ul><li>10:00 - 10:50 AM PDT: iOS coding with Wen Zhao</li>"
           "<li>11:00 - 11:50 AM PDT: Architecture with Grace Okoye</li></ul><p>Calendar invitations are attached.</p></body></html>",
      ics=calendar("REQUEST", loop, prodid="-//ModernLoop//Scheduling//EN"), ics_as="attach", ics_name="bluefin_interviews.ics")
b.interview(m9, "2026-10-06 10:00", LA, [WEN[1]])
b.interview(m9, "2026-10-06 11:00", LA, [GRA[1]])
m10 = b.add("INBOX", "icims-reject", "2026-09-28 09:00", "America/Chicago", ("Cobalt Ridge Bank", "careers@cobaltridge.icims.com"),
      "Your application with Cobalt Ridge Bank", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Noor,</p><p>Thank you for your interest. After reviewing your background, we have chosen to pursue other "
           "applicants for this requisition. Please do not respond to this email.</p></body></html>")
b.rejection(m10, "")
b.silent(b.add("INBOX", "cinema", "2026-10-01 15:00", LA, ("Ballard Picture House", "tickets@ballardpictures.example"),
      "Your tickets: Interview with the Vampire (35mm) - Sat Oct 10, 7:30 PM", mid="ses",
      html="<html><body><p>2 tickets, Row F. Show this email at the door.</p></body></html>"), "movie tickets with 'Interview' in the title")
m12 = b.add("INBOX", "elena-after-loop", "2026-10-06 13:00", LA, ELE, "Thank you for interviewing with Bluefin", mid="gmail",
      text="Hi Noor,\n\nThanks for a great set of interviews today. The panel will meet, and you'll hear from us by Tuesday, October 13.\n\nElena")
b.timeframe(m12, "2026-10-13", ELE[1], False)
b.sent("apply-tidewater", "2026-10-08 21:30", "iOS engineer application",
       "Hi Hollis,\n\nA friend at Tidewater mentioned you're hiring iOS engineers. I'd love to be considered - resume attached.\n\nNoor Haddad",
       to=[HOL], attach=[("Noor_Haddad_Resume.pdf", "application/pdf", b"%PDF-1.4\n% resume\n")])
zs = Event("zsch-5Rk2e9Tq@zoom.us", "2026-10-15 14:00", LA, 30, "Intro: Noor Haddad & Hollis Grant (Tidewater)", organizer=HOL,
           attendees=[U], stamp="20261012T170000Z", location="https://tidewater.zoom.example/j/7712")
m14 = b.add("INBOX", "zoom-scheduler", "2026-10-12 10:00", LA, ("Zoom Scheduler", "no-reply@zoom.us"),
      "Confirmed: Intro: Noor Haddad & Hollis Grant (Tidewater) on Thu, Oct 15", reply_to=HOL, mid="uuid", mid_domain="zoom.us",
      text="Your appointment is confirmed.\n\nIntro: Noor Haddad & Hollis Grant (Tidewater)\nThursday, October 15, 2026\n2:00 PM - 2:30 PM "
           "(GMT-07:00) Pacific Time\nHost: Hollis Grant", html=True,
      ics=calendar("REQUEST", [zs], prodid="-//Zoom Video Communications//Scheduler//EN", tzstyle="utc"), ics_as="attach", ics_name="meeting.ics")
b.interview(m14, "2026-10-15 14:00", LA, [HOL[1]])
b.add("INBOX", "hollis-after", "2026-10-15 15:10", LA, HOL, "Good to meet you", mid="gmail",
      text="Noor - great to meet. I'll talk with the team and should have an update for you early next week.\n\nHollis")
b.silent(b.add("INBOX", "job-alert", "2026-10-20 06:00", LA, ("Hireline", "alerts@hireline.example"),
      "Noor, 8 iOS jobs are hiring now in Seattle", mid="ses",
      html="<html><body><p>New: Senior iOS Engineer at Marrow Health - interviewing this week.</p></body></html>"), "job alert")
m17 = b.add("INBOX", "elena-decline", "2026-10-22 16:15", LA, ELE, "Bluefin Maps - decision", mid="gmail",
      text="Hi Noor,\n\nI'm sorry this took longer than I said. The panel was split, and in the end we're moving forward with another "
           "candidate. Wen and Grace both appreciated how clearly you reasoned through the routing problem.\n\nWishing you the best,\nElena")
b.rejection(m17, ELE[1])
m18 = b.add("INBOX", "hollis-offer", "2026-11-02 11:30", LA, HOL, "Offer letter - Tidewater Apps", mid="gmail",
      text="Hi Noor,\n\nAfter your conversations with the team, we'd love for you to join Tidewater as a Senior iOS Engineer. Your written "
           "offer is attached ($172k base, 0.2% options, start date Dec 1).\n\nHollis",
      attach=[("Tidewater_Offer.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m18)
b.write()
