from mimehelp import Box, Event, calendar, quote
U = ("Tasha Greenleaf", "tasha.greenleaf@sonoran.example")
PHX = "America/Phoenix"
b = Box("tune", "m10-paradox-phoenix", U, PHX, "2026-09-10T07:00:00-07:00", "2026-10-30T18:00:00-07:00")
LUIS = ("Luis Ortega", "luis.ortega@saguaromarket.example")
RHO = ("Rhonda Vail", "rhonda@desertbloomnursery.example")
SAGE = ("Sage at Saguaro Market", "saguaromarket@paradox.ai")

m1 = b.add("INBOX", "sage-scheduled", "2026-09-10 19:42", PHX, SAGE, "You're scheduled! Interview with Saguaro Market", mid="uuid", mid_domain="paradox.ai",
      text="Hi Tasha! It's Sage, the virtual recruiting assistant for Saguaro Market. Here's a copy of our chat:\n\n"
           "Sage: Which store would you like to work at?\nTasha: 112 - Indian School Rd\nSage: Great! Please pick an interview time.\n"
           "Tasha: Thu 9/17 10:30 AM\n\nYou're all set! Interview details:\nPosition: Assistant Store Manager\nWhen: Thursday, September 17 at "
           "10:30 AM (Arizona time)\nWho: Store Manager Luis Ortega\nWhere: Saguaro Market #112, 4410 E Indian School Rd, Phoenix\n\n"
           "Reply RESCHEDULE to change your time. Powered by Paradox")
b.interview(m1, "2026-09-17 10:30", PHX, [LUIS[1]])
b.add("INBOX", "workday-ack", "2026-09-11 08:30", PHX, ("Cactus Health", "cactushealth@myworkday.com"),
      "We received your application - Patient Services Supervisor", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hello Tasha, thank you for applying to Patient Services Supervisor (R-77120).</p></body></html>")
b.add("INBOX", "bamboo-ack", "2026-09-14 12:10", PHX, ("Desert Bloom Nursery", "notifications@app.bamboohr.com"),
      "Thanks for applying to Desert Bloom Nursery", mid="uuid", mid_domain="bamboohr.com",
      html="<html><body><p>Hi Tasha, we got your application for Garden Center Supervisor.</p></body></html>")
m4 = b.add("INBOX", "rhonda-saturday", "2026-09-15 17:05", PHX, RHO, "Garden Center Supervisor", mid="gmail",
      text="Hi Tasha,\n\nThanks for applying! Come by the nursery this Saturday the 19th at 9 a.m. and ask for me at the register - we'll "
           "walk the yard and talk for half an hour.\n\nRhonda Vail\nOwner, Desert Bloom Nursery")
b.interview(m4, "2026-09-19 09:00", PHX, [RHO[1]])
b.sent("re-rhonda", "2026-09-15 18:30", "Re: Garden Center Supervisor", "Hi Rhonda,\n\nThank you - see you Saturday at 9!\n\nTasha", to=[RHO], reply=m4)
b.add("INBOX", "sage-reminder", "2026-09-16 10:30", PHX, SAGE, "Reminder: your interview is tomorrow", mid="uuid", mid_domain="paradox.ai",
      text="Hi Tasha, Sage here! Just a reminder about your interview tomorrow at Saguaro Market #112. Reply C to confirm or RESCHEDULE to pick a new time.")
m7 = b.add("INBOX", "luis-after", "2026-09-17 11:40", PHX, LUIS, "Great meeting you", mid="outlook",
      text="Hi Tasha,\n\nThanks for coming in this morning - great conversation. I need to check with my district manager, and I'll let you "
           "know by Tuesday.\n\nLuis Ortega\nStore Manager #112")
b.timeframe(m7, "2026-09-22", LUIS[1], True)
b.silent(b.add("INBOX", "job-fair", "2026-09-18 09:00", PHX, ("Valley Jobs Expo", "info@valleyjobsexpo.example"),
      "Hiring event: 60 employers interviewing on the spot, Oct 3", mid="sendgrid",
      html="<html><body><p>Bring your resume - employers will interview on the spot at the Phoenix Convention Center.</p></body></html>"), "job fair")
m9 = b.add("INBOX", "rhonda-after", "2026-09-19 10:20", PHX, RHO, "Thanks for coming by", mid="gmail",
      text="Tasha, thanks for coming by this morning. I've got two more folks to see and I'll call you by Wednesday.\n\nRhonda")
b.timeframe(m9, "2026-09-23", RHO[1], False)
m10 = b.add("INBOX", "luis-offer", "2026-09-21 15:10", PHX, LUIS, "Offer - Assistant Store Manager", mid="outlook",
      text="Hi Tasha,\n\nGood news! My district manager approved it and we'd like to offer you the Assistant Store Manager position at "
           "store #112, at $24.50/hour with a start date of October 5, contingent on a background check. Sage will send the formal offer "
           "letter for you to sign.\n\nLuis")
b.offer(m10)
b.add("INBOX", "sage-offer-letter", "2026-09-21 15:30", PHX, SAGE, "Your offer letter is ready to sign", mid="uuid", mid_domain="paradox.ai",
      text="Hi Tasha! Your offer letter from Saguaro Market is ready. Tap the link to review and e-sign: https://saguaro.paradox.ai/o/9a7c")
b.sent("accept-luis", "2026-09-22 08:05", "Re: Offer - Assistant Store Manager",
       "Hi Luis,\n\nThank you! I'm happy to accept and I've signed the letter.\n\nTasha", to=[LUIS], reply=m10)
b.silent(b.add("INBOX", "mystery-shopper", "2026-09-25 13:13", "America/New_York", ("Secret Shopper Placement", "hr@shopper-placement.example"),
      "Job offer: mystery shopper, $400 per assignment", mid="sendgrid",
      text="Congratulations! You have been selected for a mystery shopper position. No interview needed. Reply with your bank details to start."),
      "scam 'job offer'")
m14 = b.add("INBOX", "workday-reject", "2026-10-02 16:00", PHX, ("Cactus Health", "cactushealth@myworkday.com"),
      "Your application - Patient Services Supervisor (R-77120)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hello Tasha,</p><p>Thank you for considering Cactus Health. We've decided to pursue other candidates whose "
           "experience better matches this role. This message was sent from an unmonitored account.</p></body></html>")
b.rejection(m14, "")
b.add("INBOX", "tire-appt", "2026-10-05 08:00", PHX, ("Camelback Tire", "service@camelbacktire.example"),
      "Appointment confirmed: Oct 10, 9:00 AM", mid="plain", mid_domain="camelbacktire.example",
      text="Your tire rotation appointment is confirmed for Saturday, October 10 at 9:00 AM.")
b.write()
