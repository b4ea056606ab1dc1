"""m05: acknowledgements from Breezy HR (with a business-day promise, answered), Jobvite
(one with no timeframe, one with "within two weeks", unanswered then a late no-reply
rejection) and Taleo (an "if you are not selected" notice with a fuzzy 2-3 weeks, a text
interview invitation with Date/Time/You'll meet with, a reminder without .ics, a 10-business-
day promise left unkept, then a hold)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text

TZ = "America/New_York"
U = ("Keisha Ballard", "keisha.ballard@lanternmail.example")
b = Box("final", "m05-breezy-jobvite-taleo", U, TZ,
        "2026-09-08T07:00:00-04:00", "2026-11-30T18:00:00-05:00", langs=["en"], country="US")

BREEZY = ("Oakhollow Coffee Roasters", "no-reply@breezy.hr")
MAYA = ("Maya Linden", "maya@oakhollow.example")
DARIO = ("Dario Colombo", "dario@oakhollow.example")
JV_B = ("Brightspire Media Recruiting", "donotreply@jobvite.com")
JV_S = ("Stonebridge Publishing", "donotreply@jobvite.com")
LEAH = ("Leah Marchetti", "leah.marchetti@stonebridgepub.example")
TALEO = ("Mercer Valley Health Careers", "mercervalley@invalidemail.com")
BRENDA = ("Brenda Sykes", "brenda.sykes@mercervalley.example")
bsig = "\n\nBrenda Sykes\nHR Coordinator, Talent Acquisition\nMercer Valley Health\n(212) 555-0171"

t = """Hi Keisha,

Thank you for applying for the Marketing Manager position at Oakhollow Coffee Roasters!

We review applications every week and will get back to you within 5 business days with
an update on your application.

Warmly,
Maya Linden
People & Culture, Oakhollow Coffee Roasters
maya@oakhollow.example"""
m1 = b.add("INBOX", "breezy-ack", "2026-09-08 10:12", TZ, BREEZY,
           "Thanks for applying to Oakhollow Coffee Roasters", text=t, html=html_from_text(t),
           reply_to=MAYA, mid="sendgrid")

t = """Dear Keisha,

Thank you for your interest in the Content Strategist position at Brightspire Media. This
email confirms that we have received your application.

Our recruiting team will carefully review your qualifications. To view your application
status, log in to your candidate profile at https://jobs.jobvite.com/brightspire.

Sincerely,
Brightspire Media Talent Acquisition

This is an automated message. Please do not reply."""
b.add("INBOX", "jobvite-ack-brightspire", "2026-09-08 15:30", TZ, JV_B,
      "Brightspire Media - Application Received", text=t, html=html_from_text(t), mid="plain", mid_domain="jobvite.com")

t = """Dear Keisha Ballard,

Thank you for applying for the position of Communications Manager (Requisition 26-04417) at
Mercer Valley Health.

Your application has been received and will be reviewed by our Talent Acquisition team. If
your qualifications match the requirements of the position, a recruiter will contact you to
discuss next steps. If you are not selected for this position, you will be notified by
email, usually within 2-3 weeks after the posting closes.

You may track the status of your application at any time through the Mercer Valley Health
Career Section.

Sincerely,
Talent Acquisition
Mercer Valley Health

Please do not reply to this message. This mailbox is not monitored."""
b.add("INBOX", "taleo-ack", "2026-09-10 09:02", TZ, TALEO,
      "Mercer Valley Health - Thank you for your application", text=t, mid="plain", mid_domain="taleo.net",
      sender="mercervalley@invalidemail.com", charset="iso-8859-1", cte="7bit")

m = b.add("INBOX", "breezy-bowls", "2026-09-11 12:15", TZ, ("Breezy Bowls", "hello@breezybowls.example"),
          "Keisha, an offer you can't refuse: 20% off all smoothie bowls",
          html="""<html><body style="font-family:Verdana"><h2 style="color:#e67e22">Hey Keisha!</h2>
<p>This week only: <b>20% off every bowl</b> at Breezy Bowls Fort Greene with code FALL20.</p>
<p>Offer valid through Sept 18. See you soon!</p><p style="font-size:10px">Unsubscribe</p></body></html>""",
          mid="sendgrid")
b.silent(m, "a smoothie shop named Breezy with a discount 'offer'")

t = """Hi Keisha,

Thanks again for applying to be our Marketing Manager! We'd love to invite you to an
interview at the roastery. Please choose a time that works for you:

https://oakhollow.breezy.hr/interview/8a1c0e47f9d2/schedule

Looking forward to meeting you,
Maya"""
m5 = b.add("INBOX", "breezy-interview-request", "2026-09-14 09:40", TZ, BREEZY,
           "Interview request from Oakhollow Coffee Roasters", text=t, html=html_from_text(t),
           reply_to=MAYA, mid="sendgrid")
b.timeframe(m1, "2026-09-15", MAYA[1], True, news=m5)

t = """Hi Keisha,

Your interview for Marketing Manager has been scheduled.

Date: Thursday, September 17, 2026
Time: 11:00 AM - 11:45 AM EDT
Location: Oakhollow Roastery, 88 Richards St, Brooklyn, NY 11231 (ring the bell at the blue door)
Interviewers: Dario Colombo (Head of Marketing), Maya Linden (People & Culture)

Need to reschedule? Use the link in your original invitation or reply to this email.

Oakhollow Coffee Roasters"""
m6 = b.add("INBOX", "breezy-interview-confirmed", "2026-09-14 13:22", TZ, BREEZY,
           "Interview Confirmed: Marketing Manager at Oakhollow Coffee Roasters", text=t,
           html=html_from_text(t), reply_to=MAYA, mid="sendgrid")
b.interview(m6, "2026-09-17 11:00", TZ, [DARIO[1], MAYA[1]])

b.sent("thanks-oakhollow", "2026-09-17 14:05", "Thank you - Marketing Manager interview",
"""Hi Maya,

Thank you for having me at the roastery this morning (and for the cortado!). I loved
hearing about the wholesale launch. Could you please pass my thanks on to Dario as well?

Best,
Keisha Ballard
(917) 555-0142""", to=[MAYA], mid="gmail")

t = """Dear Keisha,

Thank you for applying for the Editorial Operations Lead role at Stonebridge Publishing. We
have received your application.

You can expect to hear from us within two weeks. If you have any questions in the
meantime, please contact Leah Marchetti in Talent Acquisition at
leah.marchetti@stonebridgepub.example.

Best regards,
Stonebridge Publishing"""
m8 = b.add("INBOX", "jobvite-ack-stonebridge", "2026-09-21 16:48", TZ, JV_S,
           "Your application to Stonebridge Publishing", text=t, html=html_from_text(t),
           mid="plain", mid_domain="jobvite.com")
b.timeframe(m8, "2026-10-05", LEAH[1], False)

m = b.add("INBOX", "oakhollow-decision", "2026-09-23 17:10", TZ, DARIO, "Marketing Manager role",
"""Hi Keisha,

Thanks so much for coming by the roastery last week - Maya and I both enjoyed meeting you.

We've now finished interviews and have selected other candidates whose experience is a bit
closer to the wholesale and café-partnerships side we need right now. I know that's not the
news you were hoping for.

Wishing you a great next step, and come say hi at the café anytime.

Dario Colombo
Head of Marketing, Oakhollow Coffee Roasters

Sent from my iPhone""", cc=[MAYA], mid="apple", mid_domain="oakhollow.example")
b.rejection(m, DARIO[1])

b.sent("referral-ask", "2026-09-25 20:30", "Brightspire - quick favor?",
"""Hey Tomás!

Long time. I applied for the Content Strategist role at Brightspire a couple of weeks ago
and haven't heard anything yet - any chance you know the hiring manager or could flag my
application internally? Totally fine if not.

Drinks on me next time either way.
K""", to=[("Tomás Iglesias", "tomas.iglesias@brightspire.example")], mid="gmail")

t = """Dear Keisha,

Thank you for your continued interest in the Content Strategist position at Brightspire
Media. As the next step in our process, we ask all candidates to complete a short online
writing assessment (approximately 45 minutes).

Please complete the assessment by October 5, 2026:
https://brightspire.assess.example/c/5f0a2d

Sincerely,
Brightspire Media Talent Acquisition

This is an automated message. Please do not reply."""
b.add("INBOX", "jobvite-assessment", "2026-09-28 11:00", TZ, JV_B,
      "Brightspire Media - Next Step: Writing Assessment", text=t, html=html_from_text(t),
      mid="plain", mid_domain="jobvite.com")

m = b.add("INBOX", "volunteer-shift", "2026-09-30 19:00", TZ, ("Fort Greene Community Pantry", "volunteer@fgpantry.example"),
          "You're confirmed: Saturday distribution shift, Oct 3",
"""Hi Keisha,

Thanks for signing up! You're confirmed for:

  Saturday Distribution Shift
  Saturday, October 3, 2026, 9:00 AM - 12:00 PM
  Lafayette Ave Church basement, 85 S Oxford St

Your shift lead will be Carmen. Closed-toe shoes, please!

Fort Greene Community Pantry""", mid="sendgrid")
b.silent(m, "volunteer shift confirmation")

t = """Dear Keisha,

Thank you for your interest in the Communications Manager position (Requisition 26-04417)
at Mercer Valley Health. We are pleased to invite you to an in-person interview.

Date: Wednesday, October 14, 2026
Time: 2:00 PM EDT
Duration: approximately 60 minutes
Location: Mercer Valley Health, 400 Hudson Street, 9th Floor, New York, NY 10014
          (check in with the security desk in the lobby; bring a photo ID)

You'll meet with:
  Gloria Estrada - Director of Communications
  Paul Nakamura - Senior Manager, Digital Engagement

Please reply to this email to confirm your attendance.

Brenda Sykes
HR Coordinator, Talent Acquisition
Mercer Valley Health"""
m13 = b.add("INBOX", "taleo-interview-invitation", "2026-10-02 10:30", TZ, TALEO,
            "Interview Invitation - Communications Manager (26-04417)", text=t, reply_to=BRENDA,
            mid="plain", mid_domain="taleo.net", sender="mercervalley@invalidemail.com")
b.interview(m13, "2026-10-14 14:00", TZ, ["name:Gloria Estrada", "name:Paul Nakamura"])

b.sent("confirm-taleo", "2026-10-02 11:15", "RE: Interview Invitation - Communications Manager (26-04417)",
"""Dear Brenda,

Thank you - I'm pleased to confirm my interview on Wednesday, October 14 at 2:00 PM. I
look forward to meeting Ms. Estrada and Mr. Nakamura.

Best regards,
Keisha Ballard""" + gq(m13, TZ), to=[BRENDA], reply=m13, mid="gmail")

m = b.add("INBOX", "job-alert", "2026-10-09 06:30", TZ, ("Hirewire Job Alerts", "alerts@hirewire.example"),
          "New jobs for you: Communications Manager, Marketing Manager",
          html="""<html><body><h3>Jobs matching your alert "Marketing Manager, New York"</h3>
<ol><li>Marketing Manager - Kettle &amp; Pine Foods - Brooklyn, NY</li>
<li>Communications Manager - Hudson Arts Council - New York, NY</li>
<li>Senior Marketing Manager - Lumen Fitness - Remote</li></ol>
<p><a href="https://hirewire.example/jobs">View all</a></p></body></html>""", mid="sendgrid")
b.silent(m, "job alert")

t = """Dear Keisha,

This is a friendly reminder of your interview for the Communications Manager position
tomorrow, Wednesday, October 14, at 2:00 PM at 400 Hudson Street, 9th Floor.

Please arrive 10 minutes early and bring a photo ID for the security desk.

Talent Acquisition
Mercer Valley Health"""
b.add("INBOX", "taleo-reminder", "2026-10-13 09:00", TZ, TALEO,
      "Reminder: Interview tomorrow - Communications Manager", text=t, reply_to=BRENDA,
      mid="plain", mid_domain="taleo.net", sender="mercervalley@invalidemail.com")

m17 = b.sent("thanks-mercer", "2026-10-14 16:20", "Thank you - Communications Manager interview",
"""Dear Brenda,

Thank you for coordinating today's interview. I very much enjoyed speaking with Ms. Estrada
and Mr. Nakamura about the patient-stories program; I'd be grateful if you could pass along
my thanks to them both.

Best regards,
Keisha Ballard
(917) 555-0142""", to=[BRENDA], mid="gmail")

m18 = b.add("INBOX", "mercer-timeline", "2026-10-15 11:45", TZ, BRENDA,
            "RE: Thank you - Communications Manager interview",
"""Hi Keisha,

Thank you, I've shared your note with Gloria and Paul. The hiring team is finishing up
interviews this week and expects to make a decision within 10 business days. We'll be in
touch either way.""" + bsig + oq(m17, TZ, to=[BRENDA]), reply=m17, mid="outlook")
b.timeframe(m18, "2026-10-29", BRENDA[1], False)

t = """Dear Keisha,

Thank you for your interest in the Editorial Operations Lead position at Stonebridge
Publishing and for the time you invested in applying.

After careful review, we regret to inform you that you have not been chosen for further
consideration for this position. We encourage you to apply for future openings that match
your skills and experience.

Best regards,
Stonebridge Publishing Talent Acquisition

This is an automated message. Please do not reply."""
m = b.add("INBOX", "jobvite-stonebridge-decision", "2026-10-19 13:05", TZ, JV_S,
          "Your application to Stonebridge Publishing", text=t, html=html_from_text(t),
          mid="plain", mid_domain="jobvite.com")
b.rejection(m, "")

m20 = b.sent("checkin-mercer", "2026-11-02 09:30", "RE: Thank you - Communications Manager interview",
"""Hi Brenda,

I hope you're well. I wanted to check in on the Communications Manager search - I remain
very interested in the role and happy to provide anything else the team needs.

Best,
Keisha""" + oq(m18, TZ, to=[U]), to=[BRENDA], reply=m18, mid="gmail")

m = b.add("INBOX", "mercer-hold", "2026-11-06 15:20", TZ, BRENDA,
          "RE: Thank you - Communications Manager interview",
"""Hi Keisha,

Thank you for checking in, and I'm sorry for the delay. I wanted to let you know that
Mercer Valley Health has decided to put the Communications Manager position on hold while
the department's budget for next year is finalized. Your application remains active, and
we'll reach out if and when the search resumes.

I appreciate your patience.""" + bsig + oq(m20, TZ, to=[BRENDA]), reply=m20, mid="outlook")

b.write()
