from mimehelp import Box, Event, calendar, quote
U = ("Devon Achebe", "devon.achebe@letterbox.example")
CHI = "America/Chicago"
b = Box("tune", "m06-onsite-agenda-chicago", U, CHI, "2026-09-21T07:00:00-05:00", "2026-11-10T18:00:00-06:00")
MAYA = ("Maya Lindgren", "maya.lindgren@granarylabs.example")
PAT = ("Pat Oyelaran", "pat.oyelaran@granarylabs.example")
HUGO = "hugo.brandt@granarylabs.example"; LOR = "lorenzo.vidal@granarylabs.example"

b.add("INBOX", "lever-ack", "2026-09-21 09:02", "America/Los_Angeles", ("Granary Labs", "no-reply@hire.lever.co"),
      "Thank you for your application to Granary Labs", mid="uuid", mid_domain="hire.lever.co",
      text="Hi Devon,\n\nThank you for applying for the Data Platform Engineer position at Granary Labs. We'll review your application and "
           "reach out if it's a match.\n\nBest,\nGranary Labs Recruiting", html=True)
m2 = b.add("INBOX", "maya-slots", "2026-09-22 10:15", CHI, MAYA, "Granary Labs: Data Platform Engineer", mid="gmail",
      text="Hi Devon,\n\nI'm the recruiter for the Data Platform role. Would Wednesday at 10am or Thursday at 3pm CT work for a "
           "30-minute intro call?\n\nThanks,\nMaya Lindgren\nGranary Labs")
m3 = b.sent("re-maya-slot", "2026-09-22 11:48", "Re: Granary Labs: Data Platform Engineer",
      "Hi Maya,\n\nThanks for reaching out! Thursday at 3pm works great - talk then. My cell is 312-555-0183.\n\nDevon"
      + quote("Would Wednesday at 10am or Thursday at 3pm CT work for a 30-minute intro call?", "Maya Lindgren", "Tue, Sep 22, 2026 at 10:15 AM"),
      to=[MAYA], reply=m2)
b.interview(m3, "2026-09-24 15:00", CHI, [MAYA[1]])
b.add("INBOX", "icims-ack", "2026-09-23 08:40", "America/New_York", ("Thistle Insurance Careers", "thistle-talent@talent.icims.com"),
      "Thistle Insurance: Application Received - Senior Data Engineer", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Devon,</p><p>Thank you for your interest in the Senior Data Engineer position (Req 2026-3318).</p></body></html>")
m5 = b.add("INBOX", "maya-after-screen", "2026-09-24 15:42", CHI, MAYA, "Great chat - next steps", mid="gmail",
      text="Devon, thanks for the great conversation! I'm moving you forward to our virtual onsite. Pat, our recruiting coordinator, will "
           "send you the agenda in the next few days.\n\nMaya")
b.silent(b.add("INBOX", "podcast", "2026-09-25 06:00", "America/New_York", ("Pipeline Radio", "episodes@pipelineradio.example"),
      "New episode: an interview with the CTO who scaled Streamhaus", mid="ses",
      html="<html><body><p>This week we interview the CTO behind Streamhaus about hiring, on-call culture and data contracts.</p></body></html>"),
      "podcast episode with an interview")
agenda = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Devon,</p>
<p>Here is the agenda for your virtual onsite on <b>Tuesday, October 6</b>. All times are Central. Each session has its own Zoom link below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Time (CT)</th><th>Session</th><th>Interviewer</th></tr>
<tr><td>10:00 - 10:45 AM</td><td>Coding</td><td>Hugo Brandt (hugo.brandt@granarylabs.example)</td></tr>
<tr><td>11:00 - 11:45 AM</td><td>System design</td><td>Aisha Karimi</td></tr>
<tr><td>11:45 AM - 12:45 PM</td><td>Lunch break</td><td>-</td></tr>
<tr><td>12:45 - 1:30 PM</td><td>Hiring manager</td><td>Lorenzo Vidal (lorenzo.vidal@granarylabs.example)</td></tr>
<tr><td>1:45 - 2:15 PM</td><td>Values &amp; collaboration</td><td>Renee Park</td></tr>
</table>
<p>I'm your point of contact for logistics on the day, but I won't be interviewing. Let me know if you need any accommodations.</p>
<p>Pat Oyelaran<br>Recruiting Coordinator, Granary Labs</p>
</body></html>"""
m7 = b.add("INBOX", "pat-agenda", "2026-09-29 13:30", CHI, PAT, "Your virtual onsite agenda - Granary Labs", mid="gmail", html=agenda, cc=[MAYA])
b.interview(m7, "2026-10-06 10:00", CHI, [HUGO])
b.interview(m7, "2026-10-06 11:00", CHI, ["name:Aisha Karimi"])
b.interview(m7, "2026-10-06 12:45", CHI, [LOR])
b.interview(m7, "2026-10-06 13:45", CHI, ["name:Renee Park"])
m8 = b.add("INBOX", "icims-invite", "2026-09-30 11:00", "America/New_York", ("Thistle Insurance Careers", "thistle-talent@talent.icims.com"),
      "Interview Scheduled: Senior Data Engineer", mid="plain", mid_domain="icims.com",
      reply_to=("Carmen Ruiz", "carmen.ruiz@thistleinsurance.example"),
      text="Dear Devon Achebe,\n\nAn interview has been scheduled for you.\n\nPosition: Senior Data Engineer (2026-3318)\nInterview Type: Video (Webex)\n"
           "Date: 10/08/2026\nTime: 2:00 PM Central Daylight Time\nDuration: 60 minutes\nInterviewer(s): Carmen Ruiz, Data Engineering Manager "
           "(carmen.ruiz@thistleinsurance.example)\n\nThistle Insurance Talent Acquisition")
b.silent(b.add("INBOX", "car-service", "2026-10-02 09:20", CHI, ("Lakeview Auto Care", "service@lakeviewauto.example"),
      "Service appointment confirmed: Sat Oct 10, 8:00 AM", mid="plain", mid_domain="lakeviewauto.example",
      text="Hi Devon, your oil change and tire rotation is booked for Saturday, October 10 at 8:00 AM."), "car service appointment")
b.add("INBOX", "icims-cancel", "2026-10-05 16:10", "America/New_York", ("Thistle Insurance Careers", "thistle-talent@talent.icims.com"),
      "Interview Cancelled: Senior Data Engineer", mid="plain", mid_domain="icims.com", reply=m8,
      text="Dear Devon Achebe,\n\nYour interview on 10/08/2026 at 2:00 PM Central Daylight Time has been cancelled. A member of our "
           "recruiting team will contact you if it is to be rescheduled.\n\nThistle Insurance Talent Acquisition")
b.interview(m8, "2026-10-08 14:00", CHI, ["carmen.ruiz@thistleinsurance.example"], thank_you=False)
m11 = b.add("INBOX", "maya-after-onsite", "2026-10-06 16:05", CHI, MAYA, "Thank you for today", mid="gmail",
      text="Hi Devon,\n\nThanks for spending most of your day with the team! We'll make a decision within 3 business days and I'll reach out "
           "as soon as I hear.\n\nMaya")
b.timeframe(m11, "2026-10-09", MAYA[1], False)
b.silent(b.add("INBOX", "meetup", "2026-10-08 12:00", CHI, ("Meetup", "info@meetup.example"),
      "Chicago Data Engineers: Hiring night - Oct 21", mid="sendgrid",
      html="<html><body><p>Local companies that are hiring will give lightning talks. RSVP now.</p></body></html>"), "meetup hiring night")
m13 = b.add("INBOX", "icims-reject", "2026-10-14 10:30", "America/New_York", ("Thistle Insurance Careers", "thistle-talent@talent.icims.com"),
      "Thistle Insurance: Senior Data Engineer", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Devon,</p><p>Thank you for your interest. This position has now been filled and your application will not "
           "proceed further.</p><p>This is an automated message; replies are not monitored.</p></body></html>")
b.rejection(m13, "")
m14 = b.add("INBOX", "maya-offer", "2026-10-16 11:20", CHI, MAYA, "Offer from Granary Labs!", mid="gmail",
      text="Hi Devon,\n\nThank you for your patience this week. I'm excited to share that we'd like to offer you the Data Platform Engineer "
           "role! The formal offer letter is attached: $168,000 base, equity as discussed and a November 30 start date.\n\n"
           "Can we set up a call to walk through it?\n\nMaya",
      attach=[("Granary_Labs_Offer_Letter.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m14)
b.sent("re-offer", "2026-10-16 13:02", "Re: Offer from Granary Labs!",
       "Maya, this is great news - thank you! Happy to talk tomorrow afternoon. I have a couple of questions about the equity vesting.\n\nDevon",
       to=[MAYA], reply=m14)
b.write()
