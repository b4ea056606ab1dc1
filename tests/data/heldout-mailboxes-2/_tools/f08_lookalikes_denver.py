from mimehelp import Box, Event, calendar, quote
U = ("Quinn Harlan", "quinn.harlan@rockymail.example")
DEN = "America/Denver"
b = Box("final", "m08-lookalikes-denver", U, DEN, "2026-09-16T07:00:00-06:00", "2026-12-04T18:00:00-07:00")
BRETT = ("Brett Kingsley", "brett.kingsley@aspenanalytics.example")
HELEN = ("Helen Park", "helen.park@aspenanalytics.example")
TAM = ("Tamarack Recruiting", "recruiting@tamaracklabs.example")

b.add("INBOX", "sr-ack", "2026-09-16 09:10", DEN, ("Aspen Analytics", "no-reply@smartrecruiters.com"), "Thanks for applying to Aspen Analytics",
      reply_to=BRETT, mid="uuid", mid_domain="smartrecruiters.com",
      html="<html><body><p>Hi Quinn,</p><p>We've received your application for <b>Analytics Manager</b>.</p></body></html>")
b.silent(b.add("INBOX", "ashby-you-interview", "2026-09-17 10:00", DEN, ("Tamarack Labs via Ashby", "no-reply@ashbyhq.com"),
      "You're scheduled to interview Jamie Cho (Data Analyst)", mid="uuid", mid_domain="ashbyhq.com",
      html="<html><body><p>Hi Quinn,</p><p>You've been added as an interviewer: <b>Jamie Cho</b> for Data Analyst, Tuesday Sep 22 at 3:00 PM MDT "
           "(SQL exercise). Please leave feedback within 24 hours.</p></body></html>"), "user is an interviewer at their current job")
ev = Event("040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000011AA", "2026-09-22 15:00", DEN, 60,
           "Interview: Jamie Cho - SQL exercise (interviewer: Quinn Harlan)", organizer=TAM,
           attendees=[U, ("Jamie Cho", "jamie.cho.candidate@example.net")], stamp="20260917T160500Z", location="Tamarack Labs - Room Aspen")
b.silent(b.add("INBOX", "outlook-you-interview", "2026-09-17 10:05", DEN, TAM, "Interview: Jamie Cho - SQL exercise (interviewer: Quinn Harlan)",
      mid="outlook", text="You are the interviewer for this session. The candidate will meet you at reception.", html=True,
      ics=calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows")),
      "calendar invite for an interview the user conducts at work")
m4 = b.add("INBOX", "sr-interview", "2026-09-18 14:30", DEN, ("Aspen Analytics", "no-reply@smartrecruiters.com"),
      "Interview invitation: Analytics Manager", reply_to=BRETT, mid="uuid", mid_domain="smartrecruiters.com",
      text="Hi Quinn,\n\nWe'd like to invite you to a phone interview.\n\nWhen: Thursday, September 24, 2026, 9:00 AM MDT\nDuration: 30 minutes\n"
           "Interviewer: Brett Kingsley, Talent Acquisition (brett.kingsley@aspenanalytics.example)\nFormat: Brett will call you\n\n"
           "Reply to this message to reschedule.\n\nAspen Analytics")
b.interview(m4, "2026-09-24 09:00", DEN, [BRETT[1]])
b.add("INBOX", "teamtailor-ack", "2026-09-21 16:00", DEN, ("Foothill Brewing Co.", "no-reply@teamtailor.com"), "Thanks for your application!",
      mid="uuid", mid_domain="teamtailor-mail.com", html="<html><body><p>Hi Quinn, thanks for applying for Business Intelligence Lead.</p></body></html>")
b.silent(b.add("INBOX", "research-study", "2026-09-22 11:30", "America/Los_Angeles", ("Mesa UX Research", "studies@mesaux.example"),
      "You're confirmed for a research interview ($75 gift card)", mid="sendgrid",
      html="<html><body><p>Thanks for signing up! Your 45-minute research interview about budgeting apps is on Monday, September 28 at 5 PM MDT.</p></body></html>"),
      "paid user-research interview")
m7 = b.add("INBOX", "brett-after", "2026-09-24 10:00", DEN, BRETT, "Thanks for the call", mid="outlook",
      text="Hi Quinn,\n\nThanks for taking my call this morning. I'll review notes with the hiring manager and be back in touch by Thursday, October 1.\n\nBrett")
b.timeframe(m7, "2026-10-01", BRETT[1], False)
b.silent(b.add("INBOX", "candidate-thanks", "2026-09-25 08:20", DEN, ("Jamie Cho", "jamie.cho.candidate@example.net"),
      "Thank you for interviewing me", mid="gmail",
      text="Hi Quinn,\n\nThank you for taking the time to interview me on Tuesday for the Data Analyst role at Tamarack. I enjoyed the SQL "
           "exercise and learning about your team.\n\nBest,\nJamie"), "a candidate thanking the user, who interviewed them")
b.add("INBOX", "brett-hold", "2026-10-06 13:15", DEN, BRETT, "Analytics Manager - on hold", mid="outlook",
      text="Hi Quinn,\n\nApologies for missing my date last week. The Analytics Manager requisition has been put on hold pending a reorg. "
           "We'd like to keep you in consideration and I'll reach out if it reopens.\n\nBrett")
tte = Event("tt-interview-90417@teamtailor.com", "2026-10-16 11:00", DEN, 45, "Foothill Brewing Co. - interview with Quinn Harlan",
            organizer=("Sam Ortega", "sam.ortega@foothillbrewing.example"), attendees=[U], stamp="20261005T150000Z",
            location="Foothill Brewing Co., 740 Walnut St, Boulder")
m_tt = b.add("INBOX", "teamtailor-interview", "2026-10-07 09:00", DEN, ("Foothill Brewing Co.", "no-reply@teamtailor.com"),
      "Interview booked: Business Intelligence Lead", reply_to=("Sam Ortega", "sam.ortega@foothillbrewing.example"),
      mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>Hi Quinn,</p><p>Your interview with Sam Ortega (Head of Operations) is booked - see the attached invitation.</p></body></html>",
      ics=calendar("REQUEST", [tte], prodid="-//Teamtailor//Interview//EN", tzstyle="utc"), ics_as="attach", ics_name="interview.ics")
b.interview(m_tt, "2026-10-16 11:00", DEN, ["sam.ortega@foothillbrewing.example"], thank_you=False)
b.silent(b.add("INBOX", "blood-drive", "2026-10-09 09:00", DEN, ("Rockies Blood Center", "appointments@rockiesblood.example"),
      "Appointment confirmed: Oct 17, 10:30 AM", mid="plain", mid_domain="rockiesblood.example",
      text="Thanks for scheduling your donation! Please eat a good meal and drink water beforehand."), "blood donation appointment")
m11 = b.add("INBOX", "teamtailor-reject", "2026-10-14 12:00", DEN, ("Foothill Brewing Co.", "no-reply@teamtailor.com"),
      "Regarding your application at Foothill Brewing Co.", mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>Hi Quinn,</p><p>Thank you for applying. This time we have chosen to proceed with other candidates, so we have cancelled your interview on Friday.</p>"
           "<p>Foothill Brewing Co.</p></body></html>")
b.rejection(m11, "")
m12 = b.add("INBOX", "brett-reopened", "2026-10-26 09:40", DEN, BRETT, "Good news - Analytics Manager reopened", mid="outlook",
      text="Hi Quinn,\n\nThe role has reopened and Helen Park, our Director of Analytics (helen.park@aspenanalytics.example), would like to "
           "meet you on Thursday, October 29 at 14:00 MT for 45 minutes on Zoom. I'll send the link once you confirm.\n\nBrett")
b.interview(m12, "2026-10-29 14:00", DEN, [HELEN[1]])
b.sent("re-brett", "2026-10-26 11:02", "RE: Good news - Analytics Manager reopened", "Hi Brett,\n\nGreat to hear - Thursday at 2 works.\n\nQuinn",
       to=[BRETT], reply=m12)
m14 = b.add("INBOX", "brett-after-helen", "2026-10-29 15:30", DEN, BRETT, "After your conversation with Helen", mid="outlook",
      text="Hi Quinn,\n\nHelen enjoyed meeting you. She has one more conversation early next week, and we'll let you know by next Friday (November 6).\n\nBrett")
b.timeframe(m14, "2026-11-06", BRETT[1], True)
m15 = b.add("INBOX", "brett-decline", "2026-11-05 16:00", DEN, BRETT, "Analytics Manager", mid="outlook",
      text="Hi Quinn,\n\nThank you for sticking with us through the hold. Helen has decided to move ahead with another candidate who has led "
           "a larger team. I'm sorry it didn't work out this time, and thanks again for your patience.\n\nBrett")
b.rejection(m15, BRETT[1])
b.write()
