"""m04: a user in Singapore with two US companies; times stated in both zones, a Google invite
in UTC shown in SGT, an Ashby-style final-round agenda in SGT (three sessions), an offer, and an
unanswered "within 5 business days" followed by a late rejection."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, gcal_text, gcal_subject, meet_link,
                      html_from_text)

TZ = "Asia/Singapore"
PT = "America/Los_Angeles"
ET = "America/New_York"
USER = ("Arjun Pillai", "arjun.pillai@sgmail.example")
b = Box("tune", "m04-singapore-us-zones", USER, TZ, "2026-09-07T08:00:00+08:00",
        "2026-11-20T18:00:00+08:00", country="US")
ASHBY = ("Quillfeather Labs", "no-reply@ashbyhq.com")
MEGAN = ("Megan Holloway", "megan@quillfeather.example")
RAVI = ("Ravi Shankar", "ravi@quillfeather.example")
ELENA = ("Elena Duarte", "elena@quillfeather.example")
KEVIN = ("Kevin Doyle", "kdoyle@northgaterobotics.example")
SR = ("Northgate Robotics", "noreply@smartrecruiters.com")
DWAYNE = ("Dwayne Pratt", "dwayne.pratt@northgaterobotics.example")
HIRO = ("Hiroshi Sato", "hsato@northgaterobotics.example")
GSENDER = "Google Calendar <calendar-notification@google.com>"

ack = """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p>Hi Arjun,</p>
<p>Thanks for applying to the <strong>Senior Backend Engineer (APAC)</strong> role at Quillfeather Labs. We've got your application and our team is reviewing it.</p>
<p>We're a small team, so we read every application ourselves. We'll reach out if there's a fit.</p>
<p>- The Quillfeather team</p>
<p style="font-size:12px;color:#6b7280">Powered by Ashby</p>
</div></body></html>
"""
m001 = b.add("INBOX", "ashby-ack", "2026-09-07 19:02", PT, ASHBY,
             "Thanks for applying to Quillfeather Labs!", html=ack, mid="uuid", mid_domain="ashbyhq.com",
             reply_to=("Quillfeather Recruiting", "recruiting@quillfeather.example"),
             headers=["Auto-Submitted: auto-generated"])

t2 = """Hey Kevin,

Hope Boston is treating you well! I saw Northgate has a Senior Software Engineer, Fleet Autonomy opening that looks like a really good fit for me (it's basically what I did on the warehouse robots at Kestrel). Would you be comfortable referring me? Resume attached, no pressure at all if not.

Cheers,
Arjun"""
m002 = b.sent("referral-ask", "2026-09-08 21:30", "Referral for Fleet Autonomy role?", t2, to=[KEVIN],
              attach=[("Arjun_Pillai_CV.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

t3 = """Done! You should get an email from SmartRecruiters asking you to finish the application. Dwayne is the recruiter, he's great.

K

Sent from my iPhone"""
m003 = b.add("INBOX", "re-referral", "2026-09-08 11:15", ET, KEVIN, "Re: Referral for Fleet Autonomy role?",
             text=t3 + iq(m002, ET), reply=m002, mid="apple", mid_domain="northgaterobotics.example")

t4 = """Dear Arjun,

Thank you for applying for the position of Senior Software Engineer, Fleet Autonomy at Northgate Robotics. We have received your application and it is now being reviewed by our hiring team.

You can expect to hear from us within 2-3 weeks. In the meantime, you can track the status of your application in your SmartRecruiters candidate profile.

Best regards,
Northgate Robotics Recruiting Team

This is an automated email. Please do not reply."""
m004 = b.add("INBOX", "smartrecruiters-ack", "2026-09-08 14:40", ET, SR,
             "Your application for Senior Software Engineer, Fleet Autonomy", text=t4, html=True, mid="uuid",
             mid_domain="smartrecruiters.com", headers=["Auto-Submitted: auto-generated"])

t5 = """Hi Arjun,

Thanks for applying! I'm the recruiter for our APAC backend hire and I'd love to set up an intro call.

Since you're in Singapore, let's do Tuesday, Sept 15 at 5:00 PM PT - that's Wednesday, Sept 16 at 8:00 AM your time. I'll send a Zoom link on the morning of. It's a 30-minute chat, nothing technical.

Looking forward,
Megan

Megan Holloway | Recruiting Lead
Quillfeather Labs, San Francisco"""
m005 = b.add("INBOX", "quillfeather-intro", "2026-09-11 10:18", PT, MEGAN, "Intro call - Quillfeather Labs",
             text=t5, mid="gmail")
b.interview(m005, "2026-09-15 17:00", PT, [MEGAN[1]])

t6 = """Hi Megan,

Wednesday 8am my time (Tuesday 5pm PT) is perfect, thank you. Talk soon!

Best,
Arjun"""
m006 = b.sent("re-quillfeather-intro", "2026-09-12 07:41", "Re: Intro call - Quillfeather Labs", t6 + gq(m005, TZ),
              to=[MEGAN], reply=m005)


t8 = """Hi Arjun,

Great chatting this evening (your morning!). I'd like to move you to a technical interview with two of our engineers, Ravi and Elena - a 90-minute pairing session on a small service. Calendar invite coming your way in a sec.

Megan"""
m008 = b.add("INBOX", "quillfeather-next", "2026-09-15 18:05", PT, MEGAN, "Next up: technical interview",
             text=t8, mid="gmail")

meet = meet_link(b)
title9 = "Quillfeather Labs - Technical Interview (Arjun Pillai)"
when9 = "Tuesday Sep 29, 2026 9am - 10:30am (Singapore Standard Time)"
ev9 = Event(f"{b.hexid(26)}@google.com", "2026-09-28 18:00", PT, 90, title9, organizer=MEGAN,
            attendees=[("Arjun Pillai", USER[1]), RAVI + ("REQ-PARTICIPANT", True), ELENA + ("REQ-PARTICIPANT", True)],
            description=f"Pairing session with Ravi Shankar and Elena Duarte. Have a Python or Go environment ready.\n\nJoin with Google Meet: {meet}",
            location=meet, stamp=stamp("2026-09-15 18:09", PT))
ics9 = calendar("REQUEST", [ev9], tzstyle="utc")
txt9 = gcal_text("en", title9, when9, MEGAN, [RAVI, ELENA, USER], USER[1], meet=meet,
                 desc="Pairing session with Ravi Shankar and Elena Duarte. Have a Python or Go environment ready.")
m009 = b.add("INBOX", "technical-invite", "2026-09-15 18:09", PT, MEGAN,
             gcal_subject("en", title9, "Tue Sep 29, 2026 9am - 10:30am (SGT)", USER[1]), text=txt9,
             html=html_from_text(txt9), ics=ics9, ics_as="both", mid="google-cal", sender=GSENDER, reply_to=MEGAN)
b.interview(m009, "2026-09-29 09:00", TZ, [RAVI[1], ELENA[1]])

t7 = """Free online workshop: Acing Virtual Interviews with Overseas Employers

Learn how to handle time-zone scheduling, video etiquette and salary conversations in USD/EUR.

Date: Saturday, 26 September 2026
Time: 10:00 AM - 12:00 PM (SGT), on Zoom
Speaker: Ms Grace Lim, career coach

Register: https://careerhub-sg.example/events/virtual-interviews

You are receiving this as a CareerHub SG member. Unsubscribe: https://careerhub-sg.example/unsub"""
m007 = b.add("INBOX", "workshop-virtual-interviews", "2026-09-16 12:00", TZ,
             ("CareerHub SG", "events@careerhub-sg.example"), "Workshop: Acing Virtual Interviews with Overseas Employers",
             text=t7, html=True, mid="sendgrid", headers=["Precedence: bulk"])
b.silent(m007, "a careers workshop about interviews")

sched = """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">
<div style="max-width:600px;margin:0 auto;padding:24px">
<h2 style="font-size:20px">Your interview is confirmed</h2>
<p>Hi Arjun,</p>
<p>Your final-round interviews for <strong>Senior Backend Engineer (APAC)</strong> at Quillfeather Labs are scheduled. All times below are shown in <strong>Singapore Time (GMT+8)</strong>.</p>
<p><strong>Wednesday, October 7, 2026</strong></p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr style="background:#f3f4f6"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
<tr><td>7:30 AM - 8:15 AM</td><td>System design</td><td>Sunita Rao</td></tr>
<tr><td>8:30 AM - 9:15 AM</td><td>Product &amp; collaboration</td><td>Jake Lindqvist</td></tr>
<tr><td>9:30 AM - 10:00 AM</td><td>Hiring manager</td><td>Owen Mercer</td></tr>
</table>
<p>All sessions use the same Zoom room: https://quillfeather.zoom.example/j/93018842271</p>
<p>Need to reschedule? Reply to this email and Megan will help.</p>
<p style="font-size:12px;color:#6b7280">Powered by Ashby</p>
</div></body></html>
"""
m010 = b.add("INBOX", "final-round-schedule", "2026-10-01 09:30", PT, ASHBY,
             "Interview confirmed: Quillfeather Labs - Senior Backend Engineer (APAC)", html=sched, mid="uuid",
             mid_domain="ashbyhq.com", reply_to=MEGAN)
b.interview(m010, "2026-10-07 07:30", TZ, ["name:Sunita Rao"])
b.interview(m010, "2026-10-07 08:30", TZ, ["name:Jake Lindqvist"])
b.interview(m010, "2026-10-07 09:30", TZ, ["name:Owen Mercer"])

t11 = """Hi Megan,

Got the schedule for the 7th - thanks for making it work with my time zone. See you all then.

Arjun"""
m011 = b.sent("re-final-round", "2026-10-02 07:55", "Re: Interview confirmed: Quillfeather Labs - Senior Backend Engineer (APAC)",
              t11, to=[MEGAN], reply=m010)

t13 = """Hi Arjun,

Would you be available for a first interview next week? Our team is in Boston, so how about Tuesday, October 13 at 8:00 PM ET (Wednesday, October 14 at 8:00 AM Singapore)? It would be 45 minutes with me and our engineering manager.

Thanks,
Dwayne

Dwayne Pratt
Technical Recruiter | Northgate Robotics
617-555-0139"""
m012 = b.add("INBOX", "northgate-first-interview", "2026-10-06 09:20", ET, DWAYNE,
             "Northgate Robotics - Senior Software Engineer, Fleet Autonomy", text=t13, mid="outlook")

t14 = """Hi Dwayne,

Thanks for reaching out! Yes, Tuesday 8:00 PM ET / Wednesday 8:00 AM SGT works for me.

Best regards,
Arjun Pillai"""
m013 = b.sent("re-northgate", "2026-10-06 21:48", "RE: Northgate Robotics - Senior Software Engineer, Fleet Autonomy",
              t14 + gq(m012, TZ), to=[DWAYNE], reply=m012)

t15 = """Hi Arjun,

Great - you're confirmed:

Tuesday, Oct 13, 8:00 - 8:45 PM ET (Wednesday, Oct 14, 8:00 - 8:45 AM SGT)
With: Dwayne Pratt (Recruiter) and Hiroshi Sato (Engineering Manager, Fleet Autonomy), hsato@northgaterobotics.example
Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGR-5521%40thread.v2/0

Talk then,
Dwayne"""
m014 = b.add("INBOX", "northgate-confirmed", "2026-10-06 10:02", ET, DWAYNE,
             "RE: Northgate Robotics - Senior Software Engineer, Fleet Autonomy", text=t15 + oq(m013, ET),
             reply=m013, mid="outlook")
b.interview(m014, "2026-10-13 20:00", ET, [DWAYNE[1], HIRO[1]])

t12 = """Hi Arjun,

Thank you for a fantastic final round - Sunita, Jake and Owen all enjoyed meeting you (and appreciated you being up so early!).

We're debriefing as a team this week, and we'll get back to you by end of next week.

Megan"""
m015 = b.add("INBOX", "quillfeather-after-final", "2026-10-08 11:30", PT, MEGAN, "Thank you!", text=t12, mid="gmail")
b.timeframe(m015, "2026-10-16", MEGAN[1], True, domains=["ashbyhq.com"])

t16 = """Hi Arjun,

Thanks for speaking with Hiroshi and me last night (your morning). We're meeting with the rest of the team to discuss and will get back to you within 5 business days.

Best,
Dwayne"""
m016 = b.add("INBOX", "northgate-after-interview", "2026-10-14 10:00", ET, DWAYNE, "Thanks for your time",
             text=t16, mid="outlook")
b.timeframe(m016, "2026-10-21", DWAYNE[1], False, domains=["smartrecruiters.com"])

t17 = """Hi Arjun,

I'm so happy to share that we'd like to offer you the Senior Backend Engineer (APAC) role at Quillfeather Labs!

The details are in the offer letter attached: SGD 198,000 base, equity of 12,000 options, and employment through our employer-of-record partner in Singapore. Owen will reach out separately to talk about your first month.

Take a look and let me know if you have any questions - I'm happy to jump on a call at a time that works in Singapore.

Congratulations!
Megan"""
m017 = b.add("INBOX", "quillfeather-offer", "2026-10-15 16:45", PT, MEGAN, "Your offer from Quillfeather Labs",
             text=t17, mid="gmail",
             attach=[("Quillfeather_Offer_Arjun_Pillai.pdf", "application/pdf", b"%PDF-1.4\n%offer\n%%EOF\n")])
b.offer(m017)

t18 = """Hi Megan,

This is wonderful news, thank you! A couple of quick questions about the EOR arrangement - does it include CPF contributions on top of the base, and how does the equity vest for EOR employees? Happy to talk on a call if easier.

Best,
Arjun"""
m018 = b.sent("re-offer-questions", "2026-10-16 09:10", "Re: Your offer from Quillfeather Labs", t18 + gq(m017, TZ),
              to=[MEGAN], reply=m017)

t19 = """Dear Mr Pillai,

Your application to renew the tenancy for Unit #12-07, Block 18 Jalan Merah, has been received. Please sign the renewal agreement by 31 October 2026. The new monthly rent will be SGD 3,650.

Regards,
Lim Property Management"""
m019 = b.add("INBOX", "tenancy-renewal", "2026-10-17 10:22", TZ, ("Lim Property Management", "leasing@limproperty.example"),
             "Tenancy renewal application - Unit #12-07", text=t19, mid="plain", mid_domain="limproperty.example")
b.silent(m019, "a landlord's tenancy 'application', not a job application")

t20 = """Hi Megan,

Thanks for the call yesterday - that cleared everything up. I'm very happy to accept! Signed offer attached.

Best,
Arjun"""
m020 = b.sent("accept-offer", "2026-10-20 08:30", "Re: Your offer from Quillfeather Labs", t20, to=[MEGAN], reply=m017,
              attach=[("Quillfeather_Offer_Arjun_Pillai_signed.pdf", "application/pdf", b"%PDF-1.4\n%signed\n%%EOF\n")])

t21 = """Hi Arjun,

Apologies for the delay in getting back to you. Thank you again for your time with Hiroshi and the team.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of the Fleet Autonomy team. We really appreciated your interest in Northgate and hope our paths cross again.

Best regards,
Dwayne

Dwayne Pratt
Technical Recruiter | Northgate Robotics"""
m021 = b.add("INBOX", "northgate-decision", "2026-10-29 15:10", ET, DWAYNE, "RE: Thanks for your time",
             text=t21 + oq(m016, ET), reply=m016, mid="outlook")
b.rejection(m021, DWAYNE[1])

b.write()
