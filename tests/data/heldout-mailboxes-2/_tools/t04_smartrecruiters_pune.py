from mimehelp import Box, Event, calendar
U = ("Ishaan Mehrotra", "ishaan.mehrotra@mailhub.example")
IST = "Asia/Kolkata"; LA = "America/Los_Angeles"
b = Box("tune", "m04-smartrecruiters-pune", U, IST, "2026-09-28T08:00:00+05:30", "2026-11-20T20:00:00+05:30", country="IN")
CAR = ("Carla Jimenez", "carla.jimenez@quarryanalytics.example")
DEV = ("Dev Raman", "dev.raman@quarryanalytics.example")
SHR = ("Shreya Pillai", "shreya.pillai@quarryanalytics.example")
NEH = ("Neha Joshi", "neha.joshi@kestrelpay.example")

b.add("INBOX", "sr-ack", "2026-09-28 10:20", LA, ("Quarry Analytics", "no-reply@smartrecruiters.com"),
      "Quarry Analytics: we've received your application", reply_to=CAR, mid="uuid", mid_domain="smartrecruiters.com",
      html="<html><body><p>Dear Ishaan,</p><p>Thank you for applying for <b>Data Engineer (Remote, India)</b>. We'll review your profile "
           "and get in touch if your experience matches what we need.</p><p>Quarry Analytics Talent Team</p></body></html>")
b.add("INBOX", "workday-ack", "2026-09-29 11:05", IST, ("Saffronline Insurance", "saffronline@myworkday.com"),
      "Application submitted - Senior Data Engineer (JR-4471)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Hi Ishaan Mehrotra,</p><p>Your application for Senior Data Engineer (JR-4471) has been submitted.</p></body></html>")
b.silent(b.add("INBOX", "press-interview", "2026-09-30 16:40", IST, ("Ritika Sen", "ritika.sen@punetimes-daily.example"),
      "Interview request - hackathon winners feature", mid="gmail",
      text="Hello Ishaan,\n\nI'm a reporter with Pune Times Daily. We're doing a feature on the city hackathon winners and I'd love to "
           "interview you for 15 minutes this Saturday, 3 October, at 11 am, by phone. Would that be possible?\n\nRitika Sen"),
      "press interview request from a journalist")
m4 = b.add("INBOX", "carla-booked", "2026-10-01 09:12", LA, CAR, "Quarry Analytics - intro call booked", mid="gmail",
      text="Hi Ishaan,\n\nThanks for your interest in Quarry! I've booked you for a 30-minute intro call with me on Tuesday, October 6 at "
           "9:00 PM IST (8:30 AM Pacific for me). A Zoom invite will follow.\n\nCheers,\nCarla Jimenez\nRecruiter, Quarry Analytics")
b.interview(m4, "2026-10-06 21:00", IST, [CAR[1]])
zev = Event("zoom-88211940551-20261006@zoom.us", "2026-10-06 08:30", LA, 30, "Ishaan Mehrotra <> Carla (Quarry Analytics)",
            organizer=CAR, attendees=[U], stamp="20261001T161500Z", location="https://quarry.zoom.example/j/88211940551")
b.add("INBOX", "zoom-invite", "2026-10-01 09:15", LA, ("Zoom", "no-reply@zoom.us"),
      "Carla Jimenez has invited you to a Zoom meeting", reply_to=CAR, mid="uuid", mid_domain="zoom.us",
      text="Hi Ishaan Mehrotra,\n\nCarla Jimenez is inviting you to a scheduled Zoom meeting.\n\nTopic: Ishaan Mehrotra <> Carla (Quarry Analytics)\n"
           "Time: Oct 6, 2026 08:30 AM Pacific Time (US and Canada)\n\nJoin Zoom Meeting\nhttps://quarry.zoom.example/j/88211940551", html=True,
      ics=calendar(None, [zev], prodid="-//zoom.us//iCalendar Event//EN"), ics_as="attach", ics_name="zoom_meeting.ics")
m6 = b.add("INBOX", "carla-after", "2026-10-06 09:20", LA, CAR, "Thanks for the chat", mid="gmail",
      text="Hi Ishaan,\n\nThanks for staying up late for our call! I'll share my notes with the hiring manager and we'll get back to you "
           "by end of next week.\n\nCarla")
b.timeframe(m6, "2026-10-16", CAR[1], True)
m7 = b.add("INBOX", "neha-call", "2026-10-07 15:25", IST, NEH, "Kestrel Pay - Data Engineer", mid="gmail",
      text="Hi Ishaan,\n\nI came across your profile and think you'd be a good fit for our Data Engineer opening in Bengaluru. "
           "I'll call you tomorrow at 11:30 am for a short screening chat on +91 98xxxx 2210.\n\nRegards,\nNeha Joshi\nTalent Acquisition, Kestrel Pay")
b.interview(m7, "2026-10-08 11:30", IST, [NEH[1]])
b.sent("re-neha", "2026-10-07 16:02", "Re: Kestrel Pay - Data Engineer", "Hi Neha,\n\nSure, happy to talk. Thank you.\n\nIshaan", to=[NEH], reply=m7)
m9 = b.add("INBOX", "neha-after", "2026-10-08 14:10", IST, NEH, "Re: Kestrel Pay - Data Engineer", mid="gmail", reply=m7,
      text="Hi Ishaan,\n\nThanks for your time this morning. I'm sharing your profile with our engineering lead and will revert by "
           "Wednesday, 14th October.\n\nRegards,\nNeha")
b.timeframe(m9, "2026-10-14", NEH[1], False)
b.silent(b.add("INBOX", "webinar", "2026-10-09 10:00", IST, ("CodeLadder", "events@codeladder.example"),
      "Free masterclass: crack the FAANG interview in 30 days", mid="sendgrid",
      html="<html><body><p>Join 5,000 engineers this Sunday at 7 PM IST. Mock interviews, resume reviews and more.</p></body></html>"),
      "interview-prep masterclass")
tech = Event("6f1b2ka93lquarry22@google.com", "2026-10-22 08:00", LA, 60, "Quarry Analytics - Technical Interview (Ishaan Mehrotra)",
             organizer=CAR, attendees=[DEV, SHR, U], stamp="20261013T170000Z", location="https://meet.google.com/hpd-zrxq-uvb")
b.add("INBOX", "carla-tech-round", "2026-10-13 10:02", LA, CAR, "Next round: technical interview", mid="gmail",
      text="Hi Ishaan,\n\nGood news - the hiring manager would like to move forward. I've scheduled a technical interview with Dev Raman and "
           "Shreya Pillai for next week - the calendar invitation with the time is on its way (it's in an evening slot for you). I won't be joining this one.\n\nCarla")
m11 = b.add("INBOX", "gcal-tech", "2026-10-13 10:04", LA, CAR,
      "Invitation: Quarry Analytics - Technical Interview (Ishaan Mehrotra) @ Thu Oct 22, 2026 8am - 9am (PDT) (ishaan.mehrotra@mailhub.example)",
      mid="google-cal", sender="Google Calendar <calendar-notification@google.com>",
      text="Quarry Analytics - Technical Interview (Ishaan Mehrotra)\nThursday Oct 22, 2026 \u22c5 8 \u2013 9am\nTime zone: America/Los_Angeles\n\n"
           "Guests\nCarla Jimenez - organizer\nDev Raman\nShreya Pillai\nishaan.mehrotra@mailhub.example", html=True,
      ics=calendar("REQUEST", [tech]), ics_as="both", cte="base64")
b.interview(m11, "2026-10-22 08:00", LA, [DEV[1], SHR[1]])
m12 = b.add("INBOX", "workday-reject", "2026-10-15 18:30", IST, ("Saffronline Insurance", "saffronline@myworkday.com"),
      "Regarding your application - Senior Data Engineer (JR-4471)", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Dear Ishaan Mehrotra,</p><p>Thank you for your interest in Saffronline. We have reviewed your application and "
           "regret to inform you that we will not be progressing it further. We will retain your profile for future openings.</p>"
           "<p>This is a system-generated email. Please do not reply.</p></body></html>")
b.rejection(m12, "")
b.silent(b.add("INBOX", "card-offer", "2026-10-19 12:00", IST, ("Vistara Bank Cards", "offers@vistarabank.example"),
      "Ishaan, a pre-approved credit card offer is waiting", mid="ses",
      html="<html><body><p>Lifetime free card with 5X rewards. Offer valid till 31 October.</p></body></html>"), "credit card offer")
b.add("INBOX", "carla-after-tech", "2026-10-22 10:45", LA, CAR, "After your technical interview", mid="gmail",
      text="Hi Ishaan,\n\nDev and Shreya enjoyed the session. We have a couple more candidates to meet, so expect feedback in about two weeks.\n\nCarla")
m15 = b.add("INBOX", "carla-decline", "2026-11-03 11:30", LA, CAR, "Quarry Analytics - decision", mid="gmail",
      text="Hi Ishaan,\n\nThank you for your patience. It was a close call, but the team has decided to go with a candidate who has more "
           "hands-on Flink experience. I know this isn't the news you were hoping for - you interviewed really well and I'd be glad to "
           "reach out if another role opens up.\n\nAll the best,\nCarla")
b.rejection(m15, CAR[1])
b.add("INBOX", "diwali-sale", "2026-11-05 09:00", IST, ("Kirana Basket", "hello@kiranabasket.example"),
      "Diwali sale: up to 60% off sweets and gifts", mid="ses", html="<html><body><p>Shop the festive sale now.</p></body></html>")
b.write()
