from mimehelp import Box, Event, calendar, quote
U = ("Rafael Moreno", "rafael.moreno@bluebonnet.example")
CHI = "America/Chicago"; LA = "America/Los_Angeles"
b = Box("final", "m06-loop-agenda-austin", U, CHI, "2026-09-21T07:00:00-05:00", "2026-11-12T18:00:00-06:00")
JADE = ("Jade Kim", "jade.kim@cindersecurity.example")
ELLIS = ("Ellis Ward", "ellis.ward@cindersecurity.example")
NINA = ("Nina Park", "nina.park@lonestargrid.example")

b.add("INBOX", "ashby-ack", "2026-09-21 10:12", LA, ("Cinder Security", "no-reply@ashbyhq.com"), "Application received: Security Engineer",
      mid="uuid", mid_domain="ashbyhq.com", html="<html><body><p>Hi Rafael,</p><p>Thanks for your interest in Cinder Security! "
      "We'll be in touch if there's a fit.</p></body></html>")
m2 = b.add("INBOX", "jade-slots", "2026-09-22 09:20", LA, JADE, "Cinder Security - Security Engineer", mid="gmail",
      text="Hi Rafael,\n\nI'd love to set up a 30-minute recruiter screen. Would next Tuesday at 1pm or next Wednesday at 9am (your time, CT) work?\n\n"
           "Jade Kim\nTechnical Recruiter, Cinder Security")
m3 = b.sent("re-jade", "2026-09-22 13:05", "Re: Cinder Security - Security Engineer",
      "Hi Jade,\n\nWednesday at 9am CT is perfect - I'll watch for the link.\n\nThanks,\nRafael"
      + quote("Would next Tuesday at 1pm or next Wednesday at 9am (your time, CT) work?", "Jade Kim", "Tue, Sep 22, 2026 at 9:20 AM"),
      to=[JADE], reply=m2)
b.interview(m3, "2026-09-30 09:00", CHI, [JADE[1]])
b.add("INBOX", "gh-ack-lonestar", "2026-09-23 08:00", CHI, ("Lonestar Grid", "no-reply@us.greenhouse-mail.io"),
      "Thanks for applying to Lonestar Grid", mid="sendgrid", html="<html><body><p>Hi Rafael, we received your application for "
      "OT Security Analyst.</p></body></html>")
b.add("INBOX", "gh-ack-pecan", "2026-09-24 12:30", CHI, ("Pecan Street Software", "no-reply@us.greenhouse-mail.io"),
      "Your application to Pecan Street Software", mid="sendgrid", html="<html><body><p>Hi Rafael, thanks for applying for Application "
      "Security Engineer.</p></body></html>")
m6 = b.add("INBOX", "gh-lonestar-confirm", "2026-09-25 14:15", CHI, ("Lonestar Grid", "no-reply@us.greenhouse-mail.io"),
      "Interview Confirmation: OT Security Analyst", reply_to=NINA, mid="sendgrid",
      text="Hi Rafael,\n\nYour interview has been scheduled.\n\nInterview: Hiring Manager Screen\nWhen: Friday, October 2, 2026 at 11:30 AM CDT\n"
           "Duration: 45 minutes\nInterviewer: Vanessa Cole (Security Operations Manager)\nLocation: phone - we'll call you\n\n"
           "If you need to reschedule, reply to this email.\n\nNina Park, Recruiting Coordinator")
b.interview(m6, "2026-10-05 15:00", CHI, ["name:Vanessa Cole"])
b.silent(b.add("INBOX", "hoa-candidates", "2026-09-28 18:00", CHI, ("Mueller HOA", "board@muellerhoa.example"),
      "Board election: candidate statements and ballot", mid="plain", mid_domain="muellerhoa.example",
      text="Neighbors, three candidates are running for two board seats. Candidate statements are attached; ballots due October 15."),
      "HOA election candidates")
b.add("INBOX", "jade-after", "2026-09-30 10:00", LA, JADE, "Next steps - virtual onsite", mid="gmail",
      text="Rafael, great chatting! I'm moving you to our virtual onsite. Ellis, our coordinator, will send the schedule shortly.\n\nJade")
b.add("INBOX", "nina-move", "2026-10-01 09:10", CHI, NINA, "Re: Interview Confirmation: OT Security Analyst", mid="outlook",
      text="Hi Rafael,\n\nVanessa has been pulled into an incident review on Friday. We've moved your interview to Monday, October 5 at "
           "3:00 PM CDT - same format, she'll call you.\n\nThanks,\nNina")
agenda = ("Hi Rafael,\n\nHere's your virtual onsite schedule for Thursday, October 8. All times below are Pacific Time (we're in San "
          "Francisco) - please double-check against your own calendar.\n\n"
          " 9:00 - 9:45 AM PT    Secure coding          Ben Adler (ben.adler@cindersecurity.example)\n"
          "10:00 - 10:45 AM PT   Security design panel  Monica Reyes (monica.reyes@cindersecurity.example) and\n"
          "                                             Sunil Rao (sunil.rao@cindersecurity.example)\n"
          "11:30 AM - 12:00 PM PT  Chat with our CEO, Hal Brennan\n\n"
          "I'm coordinating the day but won't be on any of the calls. Zoom links arrive the morning of.\n\nEllis Ward\nRecruiting Coordinator")
m10 = b.add("INBOX", "ellis-agenda", "2026-10-01 11:45", LA, ELLIS, "Cinder Security - virtual onsite schedule", mid="gmail", cc=[JADE],
      text=agenda, cte="base64")
b.interview(m10, "2026-10-08 09:00", LA, ["ben.adler@cindersecurity.example"])
b.interview(m10, "2026-10-08 10:00", LA, ["monica.reyes@cindersecurity.example", "sunil.rao@cindersecurity.example"])
b.interview(m10, "2026-10-08 11:30", LA, ["name:Hal Brennan"])
m11 = b.add("INBOX", "nina-after", "2026-10-05 16:10", CHI, NINA, "Thanks for speaking with Vanessa", mid="outlook",
      text="Hi Rafael,\n\nThanks for your flexibility today. Vanessa is finishing her interviews and we'll get back to you by Friday, October 9.\n\nNina")
b.timeframe(m11, "2026-10-09", NINA[1], False)
b.silent(b.add("INBOX", "coaching-offer", "2026-10-06 08:00", "America/New_York", ("InterviewEdge", "team@interviewedge.example"),
      "Special offer: your first mock interview is free", mid="ses",
      html="<html><body><p>Practice with ex-FAANG interviewers. Offer valid this week only.</p></body></html>"), "interview coaching offer")
b.add("INBOX", "jade-after-onsite", "2026-10-08 13:20", LA, JADE, "Thanks for today!", mid="gmail",
      text="Hi Rafael,\n\nThanks for a long day with the team. We'll debrief tomorrow and I'll reach out early next week.\n\nJade")
m14 = b.add("INBOX", "gh-pecan-reject", "2026-10-13 11:00", CHI, ("Pecan Street Software", "no-reply@us.greenhouse-mail.io"),
      "Update from Pecan Street Software", mid="sendgrid",
      text="Hi Rafael,\n\nThank you for applying. We've reviewed your application and, unfortunately, we won't be moving forward at this time.\n\n"
           "Pecan Street Software\n(This inbox isn't monitored.)")
b.rejection(m14, "")
m15 = b.add("INBOX", "jade-decline", "2026-10-15 10:30", LA, JADE, "Cinder Security - update", mid="gmail",
      text="Hi Rafael,\n\nThanks for your patience. The team has decided not to extend an offer this time - they felt the role needs more "
           "cloud-native IAM depth. Everyone enjoyed the design panel with you, and I'd be glad to stay in touch.\n\nJade")
b.rejection(m15, JADE[1])
b.write()
