"""m04: Dubai ML engineer; two processes with calendar invitations.
A (Veltrix Analytics, Amsterdam): Teams first round rescheduled twice (Outlook update, then 'tomorrow at 3' by text),
   answered 5-business-day promise, Teams case study after EU DST change, unanswered date then a late fuzzy update.
B (Copperline Health, Chicago): Lever ack, Zoom screen with the recruiter, CodeSignal, Google/Zoom HM interview, subtle rejection."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, quote, sig

U = ("Leila Nasser", "leila.nasser@souqmail.example")
TZ = "Asia/Dubai"
AMS = "Europe/Amsterdam"
CHI = "America/Chicago"
b = Box("m04-veltrix-copperline-ml", U, TZ, "2026-09-20T08:00:00+04:00", "2026-12-18T18:00:00+04:00",
        langs=["en", "ar"], country="NL",
        notes="two processes; Teams first round moved by Outlook update then by text ('tomorrow at 3')")

SAN = ("Sanne de Vries", "sanne.devries@veltrix.example")
PIE = ("Pieter Jansen", "pieter.jansen@veltrix.example")
FEM = ("Femke Bakker", "femke.bakker@veltrix.example")
JAS = ("Jasmine Ford", "jasmine.ford@copperlinehealth.example")
DEV = ("Dev Patel", "dev.patel@copperlinehealth.example")
CLA = ("Claire Dubois", "claire.dubois@copperlinehealth.example")
SSIG = """

Groetjes,
Sanne

--
Sanne de Vries | Recruiter
Veltrix Analytics B.V. | Keizersgracht 241, Amsterdam
T +31 20 555 8127"""
JSIG = sig("Jasmine Ford", "Senior Recruiter", "Copperline Health", "312.555.0164")

t001 = """Hi Sanne,

I saw your post about Veltrix hiring a Senior ML Engineer for the forecasting team and wanted to reach out directly. I'm based in Dubai and currently lead demand-forecasting models for a regional retail group (gradient boosting + temporal fusion transformers, served on Kubernetes), and I'm open to fully remote work on European hours.

CV attached. Would you be open to a conversation?

Kind regards,
Leila Nasser
+971 50 555 2841"""
pdf = b"%PDF-1.4\n%cv\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
m1 = b.sent("cold-email-veltrix", "2026-09-21 10:15", "Senior ML Engineer - forecasting", t001, [SAN],
            attach=[("Leila_Nasser_CV.pdf", "application/pdf", pdf)])

b.add("INBOX", "lever-copperline", "2026-09-22 09:20", CHI, ("Copperline Health", "no-reply@hire.lever.co"),
      "We received your application - Senior Machine Learning Engineer",
      html="""<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px">
<p>Hi Leila,</p>
<p>Thanks for applying for <strong>Senior Machine Learning Engineer (Remote)</strong> at Copperline Health. We're reviewing applications on a rolling basis and will be in touch if there's a fit.</p>
<p>- The Copperline Health Recruiting Team</p>
<p style="color:#999;font-size:11px">Sent via Lever. Please do not reply to this message.</p>
</body></html>
""", mid="uuid", mid_domain="hire.lever.co")

t003 = """Hi Leila,

Thank you for reaching out - great timing, we're actively looking. I've shared your CV with Pieter Jansen, our Head of ML, and he'd like to have a first 45-minute conversation with you next week. I'll send you a Teams invitation shortly.
""" + SSIG + quote(t001, "Leila Nasser <leila.nasser@souqmail.example>", "ma 21 sep 2026 om 08:15")
m3 = b.add("INBOX", "re-cold-email", "2026-09-23 11:40", AMS, SAN, "RE: Senior ML Engineer - forecasting", text=t003,
           reply=m1, mid="outlook")

TEAMS_UID = "040000008200E00074C5B7101A82E0080000000070C3E54A7C4BDC010000000000000000100000003F1D8E6A"
teams_html = lambda note, link: f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt"><p>{note}</p></div>
<div style="color:#5F5F5F">________________________________________________________________________________</div>
<div style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams <a href="https://aka.ms/JoinTeamsMeeting" style="font-size:14px">Need help?</a></div>
<p><a href="{link}" style="font-size:20px;color:#5B5FC7">Join the meeting now</a></p>
<p>Meeting ID: 318 227 904 553 1<br>Passcode: Hq3Wy7Zp</p>
<div style="color:#5F5F5F">________________________________________________________________________________</div>
<p style="font-size:10pt;color:#5F5F5F">For organizers: <a href="https://teams.microsoft.com/meetingOptions/">Meeting options</a></p>
</body></html>
"""
LINK1 = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQxNjVh%40thread.v2/0?context=%7b%22Tid%22%3a%22vx%22%7d"


def first_round(seq, start, stamp):
    return Event(TEAMS_UID, start, AMS, minutes=45, summary="Veltrix | First conversation - Leila Nasser",
                 organizer=("Sanne de Vries", SAN[1]), attendees=[("Leila Nasser", U[1]), ("Pieter Jansen", PIE[1])],
                 seq=seq, location="Microsoft Teams Meeting",
                 description="Leila meets Pieter Jansen (Head of ML). Join: " + LINK1, stamp=stamp)


m4 = b.add("INBOX", "teams-first-conversation", "2026-09-23 11:52", AMS, SAN, "Veltrix | First conversation - Leila Nasser",
           html=teams_html("Hi Leila, here is your first conversation with Pieter Jansen, our Head of ML. Looking forward!", LINK1),
           ics=calendar("REQUEST", [first_round(0, "2026-09-29 14:00", "20260923T095200Z")],
                        prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
           to=[U, PIE], mid="outlook")
b.interview(m4, "2026-10-02 15:00", AMS, [PIE[1]], moved_by_text=True)

zoom_ev = Event("ZOOM88013349207", "2026-10-01 08:00", CHI, minutes=30,
                summary="Leila Nasser / Copperline Health - Recruiter Screen",
                organizer=("Jasmine Ford", JAS[1]), attendees=[("Leila Nasser", U[1])],
                location="https://copperlinehealth.zoom.us/j/88013349207?pwd=c3RrZnZ0",
                description="Jasmine Ford is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://copperlinehealth.zoom.us/j/88013349207?pwd=c3RrZnZ0\n\nMeeting ID: 880 1334 9207\nPasscode: 551902",
                stamp="20260924T141000Z")
t5 = """Hi Leila,

Thanks for applying to Copperline! I'd love to get to know you a bit - I've put 30 minutes in for us on Thursday, October 1 at 8:00 AM Central (that should be 5:00 PM in Dubai). If it doesn't work, just reply and we'll find another time.

Jasmine Ford is inviting you to a scheduled Zoom meeting.

Topic: Leila Nasser / Copperline Health - Recruiter Screen
Time: Oct 1, 2026 08:00 AM Central Time (US and Canada)

Join Zoom Meeting
https://copperlinehealth.zoom.us/j/88013349207?pwd=c3RrZnZ0

Meeting ID: 880 1334 9207
Passcode: 551902

---
One tap mobile
+13126266799,,88013349207#,,,,*551902# US (Chicago)""" + JSIG
m5 = b.add("INBOX", "zoom-screen", "2026-09-24 09:10", CHI, JAS, "Copperline Health - Recruiter Screen (Oct 1)",
           text=t5, ics=calendar("REQUEST", [zoom_ev], prodid="-//zoom.us//iCalendar Event//EN", tzstyle="utc"),
           ics_as="attach", ics_name="zoom_meeting.ics", mid="gmail")
b.interview(m5, "2026-10-01 08:00", CHI, [JAS[1]])

m6 = b.add("INBOX", "teams-first-conversation-updated", "2026-09-25 08:30", AMS, SAN,
           "Updated: Veltrix | First conversation - Leila Nasser",
           html=teams_html("Hi Leila, Pieter has a clash on Tuesday, so I've moved us to Friday 2 October, 11:00 Amsterdam time (13:00 in Dubai). Hope that works - let me know if not!", LINK1),
           ics=calendar("REQUEST", [first_round(1, "2026-10-02 11:00", "20260925T063000Z")],
                        prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
           to=[U, PIE], mid="outlook")

m = b.add("INBOX", "job-alert", "2026-09-27 07:15", TZ, ("GulfJobs Alerts", "alerts@gulfjobs.example"),
          "New jobs for you: Machine Learning Engineer, Dubai",
          text="""Hello Leila,

New jobs matching "Machine Learning Engineer" in Dubai:

- ML Engineer, Recommendations - Nakheel Digital - Dubai Internet City
- Senior Data Scientist - Qasr Retail Group - Dubai
- AI Engineer (LLM) - Falconry Labs - Abu Dhabi / Remote

View all jobs: https://gulfjobs.example/alerts/ml-dubai

--
تم إرسال هذه الرسالة لأنك اشتركت في تنبيهات الوظائف. لإلغاء الاشتراك: https://gulfjobs.example/unsubscribe""",
          html=True, mid="ses")
b.silent(m, "job alert digest (English/Arabic footer)")

t9 = """Hi Leila,

Thanks so much for your time this morning - really enjoyed hearing about the promo-forecasting work.

I'm sharing my notes with Dev, our Director of Data Science, and I'll follow up by Tuesday, October 6 about next steps.""" + JSIG
m9 = b.add("INBOX", "thanks-screen", "2026-10-01 09:10", CHI, JAS, "Thanks for chatting today", text=t9)
b.timeframe(m9, "2026-10-06", JAS[1], answered=True)

t10 = """Hi Leila,

Apologies for yet another change - could we do tomorrow at 3 instead of 11? (Amsterdam time.) My morning has just been eaten by board prep. Same Teams link.

Pieter

Sent from Outlook for iOS"""
m10 = b.add("INBOX", "tomorrow-at-3", "2026-10-01 18:30", AMS, PIE, "tomorrow", text=t10, cc=[SAN], mid="outlook")

t11 = """Works for me - talk tomorrow at 3pm your time (5pm here).

Leila""" + quote(t10, "Pieter Jansen <pieter.jansen@veltrix.example>", "1 Oct 2026, at 8:30 PM")
b.sent("re-tomorrow-at-3", "2026-10-01 20:52", "Re: tomorrow", t11, [PIE], cc=[SAN], reply=m10)

t12 = """Hi Leila,

Thanks for being so flexible with the times - Pieter was very positive after your conversation!

We're talking to a few more people this week, and we'll come back to you within 5 business days.""" + SSIG
m12 = b.add("INBOX", "after-first-conversation", "2026-10-02 16:40", AMS, SAN, "Thank you", text=t12, mid="outlook")
b.timeframe(m12, "2026-10-09", SAN[1], answered=True)

b.add("INBOX", "ride-receipt", "2026-10-03 23:48", TZ, ("Qareeb Rides", "receipts@qareeb.example"),
      "Your Saturday night trip with Qareeb",
      text="""Thanks for riding, Leila

Trip: Dubai Marina -> Al Barsha 1
Fare: AED 38.50
Paid with Visa **** 4417

Rate your captain: https://qareeb.example/rate/77310""", html=True, mid="ses")

t14 = """Hi Leila,

As promised - Dev read my notes and would like to move forward! Two pieces:

1. A CodeSignal assessment (70 minutes, Python + a short ML design question). The invite will come from CodeSignal directly in the next few minutes.
2. Assuming that goes well, a 60-minute conversation with Dev and Claire Dubois, one of our Staff ML Engineers.

Let me know if you have any questions!""" + JSIG
b.add("INBOX", "next-steps-copperline", "2026-10-05 10:05", CHI, JAS, "Next steps with Copperline", text=t14)

b.add("INBOX", "codesignal", "2026-10-05 10:07", CHI, ("CodeSignal", "no-reply@codesignal.com"),
      "Copperline Health invited you to take an assessment",
      html="""<html><body style="font-family:Arial,sans-serif;background:#f7f7fb">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<p>Hi Leila,</p>
<p><b>Copperline Health</b> has invited you to complete the <b>ML Engineer Assessment</b>.</p>
<p>Time limit: 70 minutes<br>Please complete by: October 12, 2026</p>
<p><a href="https://app.codesignal.com/invite/Hc72pQmKx9" style="background:#1062fb;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Get started</a></p>
<p style="font-size:12px;color:#777">Need help? Visit support.codesignal.com</p>
</div></body></html>
""", mid="sendgrid")

t16 = """Hi Leila,

Good news: Pieter would like you to take the next step, a 90-minute case study session with him and Femke Bakker (Principal Data Scientist). We'll send you a small dataset a week before; you present your approach for 30 minutes and then discuss.

Invite follows in a moment.""" + SSIG
b.add("INBOX", "case-study", "2026-10-07 10:20", AMS, SAN, "Next step: case study", text=t16, mid="outlook")

LINK2 = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGZlNzMx%40thread.v2/0?context=%7b%22Tid%22%3a%22vx%22%7d"
ev17 = Event("040000008200E00074C5B7101A82E008000000004D9A62A88A4BDC01000000000000000010000000C08B11F2", "2026-10-29 10:00", AMS,
             minutes=90, summary="Veltrix | Case study - Leila Nasser", organizer=("Sanne de Vries", SAN[1]),
             attendees=[("Leila Nasser", U[1]), ("Pieter Jansen", PIE[1]), ("Femke Bakker", FEM[1])],
             location="Microsoft Teams Meeting", description="Case study presentation. Join: " + LINK2,
             stamp="20261007T083100Z")
m17 = b.add("INBOX", "teams-case-study", "2026-10-07 10:31", AMS, SAN, "Veltrix | Case study - Leila Nasser",
            html=teams_html("Case study with Pieter and Femke. Note: this is after the clocks change here (25 Oct), so 10:00 Amsterdam will be 13:00 in Dubai.", LINK2),
            ics=calendar("REQUEST", [ev17], prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
            to=[U, PIE, FEM], mid="outlook")
b.interview(m17, "2026-10-29 10:00", AMS, [PIE[1], FEM[1]])

ev18 = Event("7q2kf0m3b9c1s5d8h4v6x0pa@google.com", "2026-10-20 07:30", CHI, minutes=60,
             summary="Copperline Health: Leila Nasser <> Dev Patel & Claire Dubois",
             organizer=("Jasmine Ford", JAS[1]),
             attendees=[("Dev Patel", DEV[1]), ("Claire Dubois", CLA[1]), ("Leila Nasser", U[1])],
             location="https://copperlinehealth.zoom.us/j/84477120915",
             description="Hi Leila! Nice work on the CodeSignal. This is your conversation with Dev Patel (Director of Data Science) and Claire Dubois (Staff ML Engineer). I'm not on this one. 7:30am Central = 4:30pm Dubai.\n\nZoom: https://copperlinehealth.zoom.us/j/84477120915",
             stamp="20261013T150200Z")
t18 = """Copperline Health: Leila Nasser <> Dev Patel & Claire Dubois
Tuesday Oct 20, 2026 7:30am - 8:30am (Central Time - Chicago)

Hi Leila! Nice work on the CodeSignal. This is your conversation with Dev Patel (Director of Data Science) and Claire Dubois (Staff ML Engineer). I'm not on this one. 7:30am Central = 4:30pm Dubai.

Zoom: https://copperlinehealth.zoom.us/j/84477120915

Organizer
Jasmine Ford
jasmine.ford@copperlinehealth.example

Guests
Dev Patel
Claire Dubois
leila.nasser@souqmail.example

Reply for leila.nasser@souqmail.example: Yes / No / Maybe

Invitation from Google Calendar"""
m18 = b.add("INBOX", "invitation-copperline", "2026-10-13 10:02", CHI, JAS,
            "Invitation: Copperline Health: Leila Nasser <> Dev Patel & Claire Dubois @ Tue Oct 20, 2026 7:30am - 8:30am (CDT)",
            text=t18, html=True, ics=calendar("REQUEST", [ev18]), ics_as="alt", mid="google-cal")
b.interview(m18, "2026-10-20 07:30", CHI, [DEV[1], CLA[1]])

zw = Event("ZOOMWEB91822004411", "2026-10-17 18:00", TZ, minutes=60, summary="Webinar: How to interview for ML roles in 2027",
           organizer=("MENA AI Collective", "webinars@menaai.example"), location="https://zoom.us/w/91822004411",
           stamp="20261015T000000Z")
m = b.add("INBOX", "webinar-registration", "2026-10-15 12:30", TZ, ("MENA AI Collective", "no-reply@zoom.us"),
          "Registration confirmed: How to interview for ML roles in 2027",
          text="""Hi Leila Nasser,

Thank you for registering for "How to interview for ML roles in 2027".

Date Time: Oct 17, 2026 06:00 PM Abu Dhabi, Muscat

Join from PC, Mac, iPad, or Android: https://zoom.us/w/91822004411?tk=Xk3

Add to calendar: the attached .ics file

You can cancel your registration at any time.""",
          ics=calendar("REQUEST", [zw], prodid="-//zoom.us//iCalendar Event//EN", tzstyle="utc"), ics_as="attach",
          ics_name="webinar.ics", mid="sendgrid", reply_to=("MENA AI Collective", "webinars@menaai.example"))
b.silent(m, "webinar registration with .ics about interviewing")

t20 = """Hi Leila,

Thank you for spending time with Dev and Claire on Tuesday - they both enjoyed the conversation, and Claire especially liked your take on hierarchical reconciliation.

After comparing notes, the team is going to keep looking for someone with deeper hands-on experience in clinical NLP, which is where this role will spend most of its first year. I know that's not the news you were hoping for, and I really appreciate how much time you gave us across the assessment and interviews.

If it's useful, I'm happy to jump on a quick call to share more of the feedback.

Warmly,
Jasmine""" + JSIG
m20 = b.add("INBOX", "copperline-update", "2026-10-22 13:40", CHI, JAS, "Copperline Health - update", text=t20)
b.rejection(m20, JAS[1])

t21 = """Hi Leila,

Quick reminder that your case study with Pieter and Femke is tomorrow at 10:00 CET - which is 13:00 in Dubai now that our clocks have gone back. Good luck!""" + SSIG
b.add("INBOX", "reminder-case-study", "2026-10-28 09:15", AMS, SAN, "Reminder: case study tomorrow", text=t21, mid="outlook")

t22 = """Hi Leila,

Thank you for a great presentation yesterday! Pieter and Femke were impressed with how you handled the stock-out question.

We'll share our decision with you by Wednesday 11 November at the latest.""" + SSIG
m22 = b.add("INBOX", "after-case-study", "2026-10-30 14:15", AMS, SAN, "Thanks for yesterday", text=t22, mid="outlook")
b.timeframe(m22, "2026-11-11", SAN[1], answered=False)

t23 = """Hi Leila,

I owe you an update and I'm sorry it's late. We're still waiting on final headcount sign-off for next year, which has held up the decision. I hope to have more news for you sometime next week - thank you for your patience.""" + SSIG
m23 = b.add("INBOX", "late-update", "2026-11-20 16:05", AMS, SAN, "Update from Veltrix", text=t23, mid="outlook")

t24 = """Hi Sanne,

Thanks for the update, I appreciate it. I'm still very interested, so fingers crossed for the sign-off!

Best,
Leila""" + quote(t23, "Sanne de Vries <sanne.devries@veltrix.example>", "20 Nov 2026, at 7:05 PM")
b.sent("re-late-update", "2026-11-20 21:30", "Re: Update from Veltrix", t24, [SAN], reply=m23)

b.write()
