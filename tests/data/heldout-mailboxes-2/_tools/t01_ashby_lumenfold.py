from mimehelp import Box, Event, calendar, sig, quote
U = ("Riley Okafor", "riley.okafor@postbox.example")
b = Box("tune", "m01-ashby-lumenfold", U, "America/Los_Angeles",
        "2026-09-08T07:00:00-07:00", "2026-11-13T18:00:00-08:00")
LA = "America/Los_Angeles"
NADIA = ("Nadia Brennan", "nadia.brennan@lumenfold.example")
OMAR = ("Omar Reyes", "omar.reyes@lumenfold.example")

b.add("INBOX", "ashby-received", "2026-09-08 10:14", LA, ("Lumenfold Hiring Team", "no-reply@ashbyhq.com"),
      "Thanks for applying to Lumenfold", mid="uuid", mid_domain="ashbyhq.com",
      text="Hi Riley,\n\nWe received your application for Senior Backend Engineer (Platform). "
           "Our recruiting team reads every application and will reach out if there is a match.\n\n"
           "You can review your application at any time here:\nhttps://jobs.ashbyhq.com/lumenfold/application/7d1e\n\n"
           "The Lumenfold Team", html=True)
b.silent(b.add("INBOX", "newsletter", "2026-09-09 05:30", "America/New_York", ("The Shortlist", "hello@shortlist-weekly.example"),
      "Five interview questions that trip up senior engineers", mid="sendgrid",
      html="<html><body><h1>The Shortlist</h1><p>This week: five interview questions that catch even seasoned engineers off guard, "
           "plus how to handle the \"any questions for us?\" moment.</p><p>Hiring is picking up in fintech and climate.</p>"
           "<p><a href=\"https://shortlist-weekly.example/u/88\">Unsubscribe</a></p></body></html>"),
      "career newsletter mentioning interviews")
m3 = b.add("INBOX", "nadia-intro", "2026-09-10 11:02", LA, NADIA, "Lumenfold - Senior Backend Engineer",
      mid="gmail", text="Hi Riley,\n\nThanks for applying to Lumenfold! I'm the recruiter for our Platform team and I'd love to "
      "set up a first conversation with the hiring manager.\n\nWould Thursday the 17th at 2 work for a 30-minute chat?"
      + sig("Nadia", "Technical Recruiter, Lumenfold"))
m4 = b.sent("re-nadia", "2026-09-10 12:40", "Re: Lumenfold - Senior Backend Engineer",
      "Hi Nadia,\n\nThanks for reaching out. Thursday works, though I have a conflict until about 2:15 - could we make it 2:30?\n\nBest,\nRiley"
      + quote("Would Thursday the 17th at 2 work for a 30-minute chat?", "Nadia Brennan", "Thu, Sep 10, 2026 at 11:02 AM"),
      to=[NADIA], reply=m3)
m5 = b.add("INBOX", "nadia-confirm", "2026-09-11 08:47", LA, NADIA, "Re: Lumenfold - Senior Backend Engineer", reply=m4,
      text="No problem at all - Thursday 2:30pm PT it is. You'll be speaking with Omar Reyes, our engineering manager "
           "for Platform (omar.reyes@lumenfold.example). He'll send over a Meet link separately.\n\nTalk soon,\nNadia")
b.interview(m5, "2026-09-17 14:30", LA, [OMAR[1]])
ev = Event("6k2v0j9qg8lumen01@google.com", "2026-09-17 14:30", LA, 30, "Riley Okafor / Omar Reyes - intro",
           organizer=OMAR, attendees=[OMAR + ("REQ-PARTICIPANT", True), U], stamp="20260911T160500Z",
           location="https://meet.google.com/qvx-mtbr-kzo",
           description="Intro conversation about the Platform team.\nJoin with Google Meet: https://meet.google.com/qvx-mtbr-kzo")
b.add("INBOX", "gcal-invite", "2026-09-11 09:05", LA, OMAR,
      "Invitation: Riley Okafor / Omar Reyes - intro @ Thu Sep 17, 2026 2:30pm - 3pm (PDT) (riley.okafor@postbox.example)",
      mid="google-cal", sender="Google Calendar <calendar-notification@google.com>",
      text="Riley Okafor / Omar Reyes - intro\nThursday Sep 17, 2026 \u22c5 2:30 \u2013 3pm\nTime zone: America/Los_Angeles\n\n"
           "Google Meet joining info\nVideo call link: https://meet.google.com/qvx-mtbr-kzo\n\nOrganizer\nOmar Reyes\nomar.reyes@lumenfold.example\n\n"
           "Guests\nOmar Reyes - organizer\nriley.okafor@postbox.example\n\nInvitation from Google Calendar", html=True,
      ics=calendar("REQUEST", [ev]), ics_as="both", cte="base64", html_cte="quoted-printable")
b.add("INBOX", "greenhouse-ack", "2026-09-14 13:21", "America/New_York", ("Tessellate Robotics", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Tessellate Robotics", mid="sendgrid",
      text="Dear Riley,\n\nThank you for your interest in Tessellate Robotics! We have received your application for Backend Engineer, Fleet Services.\n\n"
           "If your qualifications are a match, a member of our team will contact you.\n\nRegards,\nTessellate Robotics Talent Team", html=True)
b.silent(b.add("INBOX", "dentist", "2026-09-15 07:58", LA, ("Cedar Row Dental", "reminders@cedarrowdental.example"),
      "Appointment confirmed: Thursday, September 24 at 8:00 AM", mid="plain", mid_domain="cedarrowdental.example",
      text="Hello Riley,\n\nYour cleaning appointment with Dr. Haskell is confirmed for Thursday, September 24 at 8:00 AM.\n"
           "Reply C to confirm or call us to reschedule.\n\nCedar Row Dental"), "dentist appointment")
m9 = b.add("INBOX", "nadia-after-intro", "2026-09-17 16:12", LA, NADIA, "Next steps", cc=[OMAR],
      text="Hi Riley,\n\nOmar mentioned he enjoyed the conversation - thanks for making the time today. We'll sync internally and get back to you "
           "within 5 business days on next steps.\n\nBest,\nNadia")
b.timeframe(m9, "2026-09-24", NADIA[1], True)
b.add("INBOX", "ashby-schedule", "2026-09-22 10:30", LA, ("Lumenfold Recruiting", "no-reply@ashbyhq.com"),
      "Lumenfold: please pick a time for your technical interview", reply_to=NADIA, mid="uuid", mid_domain="ashbyhq.com",
      html="<html><body><p>Hi Riley,</p><p>Great news - the team would like to move you forward to a technical panel "
           "(90 minutes, two interviewers).</p><p><a href=\"https://app.goodtime.io/s/lumenfold/a8c2\">Choose a time that works for you</a></p>"
           "<p>Questions? Just reply to this email and Nadia will help.</p></body></html>")
TOM = ("Tomasz Wilk", "tomasz.wilk@lumenfold.example")
PRI = ("Priyanka Das", "priyanka.das@lumenfold.example")
JUL = ("Jules Ng", "jules.ng@lumenfold.example")
panel = lambda start, seq, stamp: Event("gt-5512-lumenfold-panel@goodtime.io", start, LA, 90,
      "Lumenfold Technical Panel - Riley Okafor", organizer=JUL, seq=seq, stamp=stamp,
      attendees=[PRI, TOM, U], location="https://lumenfold.zoom.example/j/8812003311",
      description="Interviewers: Priyanka Das (Staff Engineer), Tomasz Wilk (Senior Engineer).\n"
                  "Jules Ng is coordinating this interview and will not join the call.")
m11 = b.add("INBOX", "goodtime-confirmed", "2026-09-23 09:14", LA, ("Lumenfold Interviews", "scheduling@goodtime.io"),
      "Interview confirmed: Lumenfold Technical Panel", reply_to=JUL, mid="ses",
      text="Hi Riley,\n\nYour interview is confirmed.\n\nWhen: Tuesday, September 29, 2026, 10:00 AM - 11:30 AM (Pacific Time)\n"
           "Where: Zoom (link in the calendar invitation)\nInterviewers: Priyanka Das, Tomasz Wilk\n\n"
           "Jules Ng, Recruiting Coordinator", html=True,
      ics=calendar("REQUEST", [panel("2026-09-29 10:00", 0, "20260923T161400Z")], prodid="-//GoodTime.io//Scheduling//EN"),
      ics_as="alt")
b.silent(b.add("INBOX", "job-alert", "2026-09-24 06:00", "America/Chicago", ("JobRadar", "alerts@jobradar.example"),
      "12 new Backend Engineer jobs - hiring now near Los Angeles", mid="ses",
      html="<html><body><p>Companies hiring now: Quillstack, Northbeam Labs, Arcadia Freight and 9 more.</p>"
           "<p>Be an early applicant and land more interviews.</p></body></html>"), "job alert")
m13 = b.add("INBOX", "greenhouse-reject", "2026-09-25 14:03", "America/New_York", ("Tessellate Robotics", "no-reply@us.greenhouse-mail.io"),
      "Your application to Tessellate Robotics", mid="sendgrid",
      text="Hi Riley,\n\nThank you for your interest in the Backend Engineer, Fleet Services role. After careful review, we have decided to move "
           "forward with candidates whose experience more closely matches our current needs.\n\nWe wish you the best in your search.\n\n"
           "Tessellate Robotics Talent Team\n\nThis mailbox is not monitored.")
b.rejection(m13, "")
b.add("INBOX", "goodtime-updated", "2026-09-28 12:40", LA, ("Lumenfold Interviews", "scheduling@goodtime.io"),
      "Updated: Lumenfold Technical Panel - now 11:00 AM PT", reply_to=JUL, mid="ses", reply=m11,
      text="Hi Riley,\n\nTomasz had a conflict, so your panel has moved by one hour.\n\nNew time: Tuesday, September 29, 2026, "
           "11:00 AM - 12:30 PM (Pacific Time)\n\nEverything else stays the same.\n\nJules", html=True,
      ics=calendar("REQUEST", [panel("2026-09-29 11:00", 1, "20260928T194000Z")], prodid="-//GoodTime.io//Scheduling//EN"))
b.interview(m11, "2026-09-29 11:00", LA, [PRI[1], TOM[1]])
m15 = b.add("INBOX", "nadia-after-panel", "2026-09-29 15:20", LA, NADIA, "Thanks for today",
      text="Hi Riley,\n\nThank you for spending the time with Priyanka and Tomasz today. The team will debrief this week and we'll aim "
           "to have an update for you by end of next week.\n\nNadia")
b.timeframe(m15, "2026-10-09", NADIA[1], False)
HARLOW = ("Beth Quist", "beth.quist@harlowsystems.example")
m16 = b.sent("apply-harlow", "2026-10-01 20:11", "Application: Backend Engineer (Payments)",
      "Hello Harlow Systems team,\n\nI'd like to apply for the Backend Engineer (Payments) opening. I have six years of experience building "
      "payment and ledger services in Go and Postgres. My resume is attached.\n\nThank you,\nRiley Okafor",
      to=[("Harlow Careers", "careers@harlowsystems.example")], attach=[("Riley_Okafor_resume.pdf", "application/pdf", b"%PDF-1.4\n% resume\n")])
b.silent(b.add("INBOX", "webinar", "2026-10-02 09:00", "America/New_York", ("DevCareers Live", "events@devcareers.example"),
      "Live webinar: Ace the system design interview (Oct 14, 10am PT)", mid="sendgrid",
      text="Join our panel of hiring managers for a live session on system design interviews. Register now - seats are limited.", html=True),
      "webinar about interviews")
m18 = b.add("INBOX", "beth-calendly-link", "2026-10-05 09:31", LA, HARLOW, "Re: Application: Backend Engineer (Payments)", reply=m16,
      text="Hi Riley,\n\nThanks for your note - your background in ledgers is very relevant. Could you grab 20 minutes on my calendar for an "
           "intro call? https://calendly.com/beth-quist-harlow/intro\n\nBeth Quist\nTalent Partner, Harlow Systems")
cev = Event("a71c0f4e-1f77-4a4e-9d4b-harlow20min@calendly.com", "2026-10-08 09:00", LA, 20, "Intro call: Riley Okafor and Beth Quist",
            organizer=HARLOW, attendees=[HARLOW, U], stamp="20261005T173300Z", location="Phone: Beth will call +1 213 555 0147")
m19 = b.add("INBOX", "calendly-confirmed", "2026-10-05 10:33", LA, ("Calendly", "notifications@calendly.com"),
      "New Event: Riley Okafor - 09:00am Thu, Oct 8, 2026 - Intro call", reply_to=HARLOW, mid="sendgrid",
      text="Hi Riley Okafor,\n\nA new event has been scheduled.\n\nEvent Type: Intro call\nInvitee: Beth Quist\n"
           "Event Date/Time: 09:00am - Thursday, October 8, 2026 (Pacific Time - US & Canada)\nLocation: Beth will call +1 213 555 0147\n\n"
           "Powered by Calendly", html=True,
      ics=calendar("REQUEST", [cev], prodid="-//Calendly//EN", tzstyle="utc"), ics_as="attach", ics_name="invite.ics")
b.interview(m19, "2026-10-08 09:00", LA, [HARLOW[1]])
b.silent(b.add("INBOX", "discount-offer", "2026-10-07 11:45", "America/New_York", ("ResumeRocket", "deals@resumerocket.example"),
      "Limited offer: 30% off a professional resume rewrite", mid="ses",
      html="<html><body><p>Get noticed by hiring managers. This offer ends Sunday.</p></body></html>"), "discount offer")
b.add("INBOX", "beth-after-call", "2026-10-08 10:02", LA, HARLOW, "Great speaking with you",
      text="Thanks Riley, great speaking this morning. I'll share your profile with the hiring manager and circle back early next week.\n\nBeth")
m22 = b.add("INBOX", "beth-decline", "2026-10-14 15:47", LA, HARLOW, "Harlow Systems - update",
      text="Hi Riley,\n\nI wanted to follow up as promised. The hiring manager has decided to focus on candidates with deeper Kafka "
           "experience for this role, so we won't be moving forward right now. I really enjoyed our chat and will keep you in mind "
           "for future openings.\n\nWarmly,\nBeth")
b.rejection(m22, HARLOW[1])
m23 = b.add("INBOX", "nadia-decline", "2026-10-16 13:05", LA, NADIA, "Lumenfold update",
      text="Hi Riley,\n\nApologies for the slower-than-promised update. The team was impressed by your API design work, but in the end we "
           "decided to extend the offer to another candidate whose background lined up a bit more closely with the role.\n\n"
           "It was a pleasure getting to know you, and I hope our paths cross again.\n\nNadia")
b.rejection(m23, NADIA[1])
b.write()
