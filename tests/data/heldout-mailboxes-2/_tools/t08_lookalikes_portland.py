from mimehelp import Box, Event, calendar, quote
U = ("Morgan Ellery", "morgan.ellery@cascademail.example")
LA = "America/Los_Angeles"
b = Box("tune", "m08-lookalikes-portland", U, LA, "2026-09-14T07:00:00-07:00", "2026-11-12T18:00:00-08:00")
WALT = ("Walt Ferreira", "walt@oaktidecoffee.example")
FERN = ("Fernhill Bikes Recruiting", "recruiting@fernhillbikes.example")

b.add("INBOX", "jazzhr-ack", "2026-09-14 10:05", LA, ("Oaktide Coffee Roasters", "no-reply@applytojob.com"),
      "Thank you for applying to Operations Manager", mid="plain", mid_domain="applytojob.com",
      text="Hi Morgan,\n\nThank you for applying to the Operations Manager position at Oaktide Coffee Roasters. We'll be in touch if we'd "
           "like to move forward.\n\nOaktide Coffee Roasters", html=True)
b.silent(b.add("INBOX", "gh-interviewer", "2026-09-15 09:30", LA, ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "You've been scheduled to interview a candidate for Warehouse Lead", mid="sendgrid",
      html="<html><body><p>Hi Morgan,</p><p>You have been scheduled to interview <b>Priya Shah</b> for <b>Warehouse Lead</b> at Fernhill Bikes "
           "on Monday, September 21 at 2:00 PM PDT.</p><p><a href=\"https://app.greenhouse.io/interview_kit/88102\">View interview kit</a></p></body></html>"),
      "user is the interviewer at their current job")
ev = Event("3s9ql2v7fernhill0921@google.com", "2026-09-21 14:00", LA, 45, "Interview: Priya Shah (Warehouse Lead) - Morgan Ellery",
           organizer=FERN, attendees=[U, ("Priya Shah", "priya.shah.applicant@example.com")], stamp="20260915T163200Z", location="Fernhill HQ - Room Spoke")
b.silent(b.add("INBOX", "gcal-interviewer", "2026-09-15 09:32", LA, FERN,
      "Invitation: Interview: Priya Shah (Warehouse Lead) - Morgan Ellery @ Mon Sep 21, 2026 2pm - 2:45pm (PDT)", mid="google-cal",
      sender="Google Calendar <calendar-notification@google.com>",
      text="You are the interviewer for this session. Please review the interview kit beforehand.\n\nInterview: Priya Shah (Warehouse Lead)\n"
           "Monday Sep 21, 2026 2pm - 2:45pm (PDT)\nFernhill HQ - Room Spoke", html=True,
      ics=calendar("REQUEST", [ev]), ics_as="both"), "calendar invite where the user interviews a candidate at their current job")
b.silent(b.add("INBOX", "coop-interview", "2026-09-17 18:40", LA, ("Alder Court Housing Co-op", "board@aldercourt-coop.example"),
      "Membership interview for Unit 3B", mid="gmail",
      text="Hi Morgan,\n\nThanks for your application for Unit 3B. The board would like to meet you for a short membership interview on "
           "Sunday, September 27 at 4 pm in the community room. Please bring proof of income.\n\nAlder Court Membership Committee"),
      "housing co-op membership interview")
m5 = b.add("INBOX", "walt-call", "2026-09-18 11:12", LA, WALT, "Operations Manager - quick call", mid="gmail",
      text="Hi Morgan,\n\nWalt here, I own Oaktide. Your application stood out. I'll call you Wednesday at 1:15 for about 20 minutes - "
           "if that's a problem just text me at 503-555-0119.\n\nWalt")
b.interview(m5, "2026-09-23 13:15", LA, [WALT[1]])
b.add("INBOX", "bamboo-ack", "2026-09-21 08:20", "America/Denver", ("Larkspur Credit Union", "notifications@app.bamboohr.com"),
      "Thank you for applying to Larkspur Credit Union", mid="uuid", mid_domain="bamboohr.com",
      html="<html><body><p>Hi Morgan,</p><p>We received your application for Branch Operations Supervisor.</p></body></html>")
b.silent(b.add("INBOX", "podcast-guest", "2026-09-22 13:00", LA, ("Kiran Ostby", "kiran@spokesandsprockets.example"),
      "Guest invite: Spokes & Sprockets podcast", mid="gmail",
      text="Hi Morgan,\n\nWe host a small podcast about cycling businesses. Would you be up for an interview-style episode about running "
           "Fernhill's warehouse? Recording is about 45 minutes on Zoom, any weekday evening in October.\n\nKiran"), "podcast guest invitation")
m8 = b.add("INBOX", "walt-after", "2026-09-23 13:50", LA, WALT, "Re: Operations Manager - quick call", reply=m5, mid="gmail",
      text="Great talking, Morgan. I'd like you to come see the roastery. I'll let you know by Friday, October 2 about a second meeting.\n\nWalt")
b.timeframe(m8, "2026-10-02", WALT[1], True)
b.silent(b.add("INBOX", "docent", "2026-09-25 10:30", LA, ("Willamette History Museum", "volunteers@willamette-museum.example"),
      "Volunteer docent interview", mid="plain", mid_domain="willamette-museum.example",
      text="Dear Morgan,\n\nThank you for applying to be a volunteer docent. We'd like to invite you to a brief interview and tour on "
           "Saturday, October 3 at 10 am.\n\nVolunteer Services"), "museum volunteer interview")
b.add("INBOX", "bamboo-hold", "2026-09-28 15:45", "America/Denver", ("Larkspur Credit Union", "notifications@app.bamboohr.com"),
      "An update on Branch Operations Supervisor", mid="uuid", mid_domain="bamboohr.com",
      html="<html><body><p>Hi Morgan,</p><p>We've temporarily paused hiring for this role while we review our branch plans. Your application "
           "remains active and we will contact you when the search resumes.</p></body></html>")
m11 = b.add("INBOX", "walt-second", "2026-09-30 16:05", LA, WALT, "Come by the roastery?", mid="gmail",
      text="Morgan - let's do the second meeting at the roastery on Tuesday, Oct 6 at 8:30am. You'll meet me and our head roaster, "
           "Inés Calloway. 2210 SE Division, ring the side door.\n\nWalt")
b.interview(m11, "2026-10-06 08:30", LA, [WALT[1], "name:Inés Calloway"])
b.sent("re-walt", "2026-10-01 07:45", "Re: Come by the roastery?", "Hi Walt,\n\nPerfect, see you then.\n\nMorgan", to=[WALT], reply=m11)
b.silent(b.add("INBOX", "scorecard", "2026-10-05 09:00", LA, ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Reminder: submit your scorecard for Priya Shah", mid="sendgrid",
      html="<html><body><p>Your feedback for candidate Priya Shah (Warehouse Lead) is overdue.</p></body></html>"),
      "scorecard reminder for a candidate the user interviewed")
m14 = b.add("INBOX", "walt-after-2", "2026-10-06 11:20", LA, WALT, "Thanks for coming by", mid="gmail",
      text="Thanks for coming in this morning, Morgan. Inés and I will talk it over and I'll let you know by Wednesday the 14th.\n\nWalt")
b.timeframe(m14, "2026-10-14", WALT[1], False)
b.silent(b.add("INBOX", "oral-history", "2026-10-08 20:10", LA, ("Aunt Ruth", "ruth.ellery@oldmail.example"), "Grandpa's interview",
      mid="gmail", text="Morgan, the library's oral history project wants to interview Grandpa about the mill years. Can you drive him "
      "there on the 17th? They said the interview takes about an hour.\n\nLove, Ruth"), "relative's oral-history interview")
m16 = b.add("INBOX", "walt-decline", "2026-10-20 17:30", LA, WALT, "Operations Manager", mid="gmail",
      text="Morgan,\n\nSorry for the slow reply. We've decided to go in a different direction for now and promote from within. I really "
           "appreciated you taking the time to come by, and I hope you'll keep us in mind.\n\nWalt")
b.rejection(m16, WALT[1])
m17 = b.add("INBOX", "bamboo-reject", "2026-10-26 10:10", "America/Denver", ("Larkspur Credit Union", "notifications@app.bamboohr.com"),
      "Branch Operations Supervisor", mid="uuid", mid_domain="bamboohr.com",
      html="<html><body><p>Hi Morgan,</p><p>Thank you for your interest in Larkspur Credit Union. We have decided not to move forward with "
           "your application at this time.</p><p>Please do not reply to this automated message.</p></body></html>")
b.rejection(m17, "")
b.write()
