"""m08: one real process (Keystone Conference Systems: Calendly screen, text panel, offer) inside
many look-alikes: Summit Inc. newsletters and webinar, a DevOps Summit speaker slot, a podcast
"Interview:" recording invite, an MBA admissions interview, the user interviewing candidates at
their current job (Greenhouse interviewer notices), a scam "job offer"."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, gcal_text, gcal_subject, meet_link,
                      html_from_text)

TZ = "America/Chicago"
USER = ("Ben Adeyemi", "ben.adeyemi@inbox-mail.example")
WORK = "ben.adeyemi@corvidlogistics.example"
b = Box("tune", "m08-lookalikes", USER, TZ, "2026-09-02T07:00:00-05:00", "2026-10-30T18:00:00-05:00")
MAYA = ("Maya Torres", "maya.torres@keystoneconf.example")
CARLOS = ("Carlos Medina", "carlos.medina@keystoneconf.example")
HYEJIN = ("Hye-jin Park", "hyejin.park@keystoneconf.example")
ALICIA = ("Alicia Brooks", "alicia.brooks@keystoneconf.example")
GH = ("Corvid Logistics Recruiting", "no-reply@us.greenhouse-mail.io")
GSENDER = "Google Calendar <calendar-notification@google.com>"

n1 = """SUMMIT INC. QUARTERLY - Fall 2026

Meet our new Chief Financial Officer
This quarter we welcomed Dana Ruiz as CFO. Read her interview with our editorial team about Summit's next chapter.

Product news: Summit RouteIQ 4.2 is here, with live carrier scoring.

Upcoming: Summit Inc. Customer Roundtable, Chicago, October 21.

You're receiving this because you're a Summit Inc. customer contact at Corvid Logistics.
Unsubscribe: https://summitinc.example/email/unsub"""
m001 = b.add("INBOX", "summit-quarterly", "2026-09-02 09:00", TZ, ("Summit Inc.", "news@summitinc.example"),
             "Summit Inc. Quarterly: an interview with our new CFO", text=n1, html=True, mid="ses",
             headers=["Precedence: bulk", "List-Unsubscribe: <https://summitinc.example/email/unsub>"])
b.silent(m001, "vendor newsletter from a company named Summit Inc.; 'interview' is an article")

t2 = """Hi Maya,

Carlos Medina suggested I send you my resume directly for the Engineering Manager, Cloud Platform role - we worked together at Redline years ago. I currently lead a team of seven platform engineers at Corvid Logistics, where we moved the routing engine onto Kubernetes last year.

Resume attached. I'd love to learn more.

Thanks,
Ben Adeyemi
(312) 555-0175"""
m002 = b.sent("application-keystone", "2026-09-08 20:10", "Engineering Manager, Cloud Platform - referred by Carlos Medina",
              t2, to=[MAYA], attach=[("Ben_Adeyemi_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

ivk = Event(f"{b.hexid(24)}@greenhouse.io", "2026-09-10 14:00", TZ, 60, "Interview: Jordan Price - Senior Backend Engineer (Technical)",
            organizer=("Corvid Logistics Recruiting", "recruiting@corvidlogistics.example"),
            attendees=[("Ben Adeyemi", WORK), ("Jordan Price (candidate)", "jordan.price@candidatemail.example")],
            location="Zoom", description="You are an interviewer. Interview kit: https://app.greenhouse.example/kits/88213",
            stamp=stamp("2026-09-09 08:20", TZ))
icsk = calendar("REQUEST", [ivk], prodid="-//Greenhouse//Interview Scheduler//EN")
t3 = """Hi Ben,

You've been scheduled to interview Jordan Price for the Senior Backend Engineer role.

Interview: Technical Interview
When: Thursday, September 10, 2026, 2:00 PM - 3:00 PM CDT
Where: Zoom (link in the calendar invite)
Your focus: system design, API design

Please review the interview kit before the interview and submit your scorecard within 24 hours:
https://app.greenhouse.example/kits/88213

Thanks,
Corvid Logistics Recruiting"""
m003 = b.add("INBOX", "you-are-interviewing-jordan", "2026-09-09 08:20", TZ, GH,
             "You're scheduled to interview Jordan Price (Senior Backend Engineer)", text=t3, to=[("Ben Adeyemi", WORK)],
             cc=[USER], ics=icsk, ics_as="both", mid="uuid", mid_domain="us.greenhouse-mail.io")
b.silent(m003, "the user is the interviewer of a candidate at their current job")

t4 = """Hi Ben,

Thanks for reaching out - Carlos already told me to expect your note! I'd love to set up an intro call. Grab any 30-minute slot that works for you here:

https://calendly.com/maya-torres-keystone/intro-call

Talk soon,
Maya

Maya Torres
Senior Recruiter | Keystone Conference Systems
AV and collaboration systems for the spaces where work happens
(773) 555-0150"""
m004 = b.add("INBOX", "re-application-keystone", "2026-09-10 09:45", TZ, MAYA,
             "Re: Engineering Manager, Cloud Platform - referred by Carlos Medina", text=t4 + gq(m002, TZ), reply=m002)

cal_ev = Event(f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}", "2026-09-15 11:00", TZ, 30,
               "Intro call: Ben Adeyemi and Maya Torres", organizer=MAYA, attendees=[("Ben Adeyemi", USER[1])],
               location="Zoom: https://keystoneconf.zoom.example/j/92284710034",
               description="Event Name: Intro call\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/5d1f\nReschedule: https://calendly.com/reschedulings/5d1f",
               stamp=stamp("2026-09-10 12:31", TZ))
icsc = calendar("REQUEST", [cal_ev], prodid="-//Calendly//Calendly//EN")
t5 = """Hi Ben Adeyemi,

Your event has been scheduled.

Event Type:
Intro call

Host:
Maya Torres

Event Date/Time:
11:00am - 11:30am (Central Time - US & Canada), Tuesday, September 15, 2026

Location:
Zoom: https://keystoneconf.zoom.example/j/92284710034

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5d1f
Reschedule: https://calendly.com/reschedulings/5d1f

Powered by Calendly.com"""
m005 = b.add("INBOX", "calendly-confirmed", "2026-09-10 12:31", TZ, ("Calendly", "notifications@calendly.com"),
             "Confirmed: Intro call with Maya Torres on Tuesday, September 15, 2026", text=t5, html=True,
             ics=icsc, ics_as="attach", ics_name="invite.ics", mid="sendgrid", reply_to=MAYA)
b.interview(m005, "2026-09-15 11:00", TZ, [MAYA[1]])

meetp = meet_link(b)
titlep = "Interview: Ben Adeyemi on scaling logistics platform teams (Freight Forward podcast)"
whenp = "Thursday Sep 24, 2026 4pm - 5pm (Central Time - Chicago)"
evp = Event(f"{b.hexid(26)}@google.com", "2026-09-24 16:00", TZ, 60, titlep,
            organizer=("Rosa Lindgren", "rosa@freightforwardpod.example"),
            attendees=[("Rosa Lindgren", "rosa@freightforwardpod.example", "REQ-PARTICIPANT", True), ("Ben Adeyemi", USER[1])],
            description="Podcast recording session. We'll record on Riverside - link below. Please use headphones!\nhttps://riverside.example/studio/freight-forward",
            location="https://riverside.example/studio/freight-forward", stamp=stamp("2026-09-11 10:15", TZ))
icsp = calendar("REQUEST", [evp])
txtp = gcal_text("en", titlep, whenp, ("Rosa Lindgren", "rosa@freightforwardpod.example"), [USER], USER[1],
                 desc="Podcast recording session. We'll record on Riverside - please use headphones!")
m006 = b.add("INBOX", "podcast-recording", "2026-09-11 10:15", TZ, ("Rosa Lindgren", "rosa@freightforwardpod.example"),
             gcal_subject("en", titlep, "Thu Sep 24, 2026 4pm - 5pm (CDT)", USER[1]), text=txtp,
             html=html_from_text(txtp), ics=icsp, ics_as="both", mid="google-cal", sender=GSENDER)
b.silent(m006, "a podcast 'Interview:' recording session, not a job interview")

t7 = """Hi Ben,

Congratulations again on your accepted talk for Midwest DevOps Summit 2026! Here is your speaking slot:

Talk: "Routing at Rush Hour: Running Kubernetes for a Freight Network"
Date: Thursday, October 15, 2026
Time: 2:00 PM - 2:40 PM CT
Room: Hall B, McCormick Place West

Please upload your slides by October 9 and arrive at the speaker lounge 30 minutes before your session.

See you there!
The Midwest DevOps Summit Program Committee"""
m007 = b.add("INBOX", "devops-summit-slot", "2026-09-14 13:00", TZ,
             ("Midwest DevOps Summit", "speakers@midwestdevopssummit.example"),
             "Your speaking slot at Midwest DevOps Summit 2026", text=t7, html=True, mid="sendgrid")
b.silent(m007, "conference speaker schedule (a 'Summit'), not an interview")

t8 = """Hi Ben,

Great talking this morning! Carlos and Hye-jin would like to meet you. Here are the details:

Date: Wednesday, September 23
Time: 1:00 PM - 2:30 PM CT
Location: Keystone HQ, 600 W. Fulton Market, 7th floor

You'll meet with:
- Carlos Medina, VP Engineering (carlos.medina@keystoneconf.example)
- Hye-jin Park, Director, Platform Engineering (hyejin.park@keystoneconf.example)

Alicia Brooks from our coordinating team will send you a parking pass the day before.

Best,
Maya"""
m008 = b.add("INBOX", "panel-details", "2026-09-15 13:20", TZ, MAYA, "Next step: meet Carlos and Hye-jin", text=t8)
b.interview(m008, "2026-09-23 13:00", TZ, [CARLOS[1], HYEJIN[1]])

t9 = """Hi Maya,

That works perfectly - see you on the 23rd. Thanks for moving so quickly!

Ben"""
m009 = b.sent("re-panel-details", "2026-09-15 18:05", "Re: Next step: meet Carlos and Hye-jin", t9 + gq(m008, TZ),
              to=[MAYA], reply=m008)

eva = Event(f"{b.hexid(26)}@lakeshore-som.example", "2026-10-03 10:00", TZ, 45,
            "Lakeshore School of Management - Evening MBA Admissions Interview",
            organizer=("Lakeshore SOM Admissions", "admissions@lakeshore-som.example"),
            attendees=[("Ben Adeyemi", USER[1])], location="Wieboldt Hall, Room 210",
            stamp=stamp("2026-09-16 15:30", TZ))
icsa = calendar("REQUEST", [eva], prodid="-//Lakeshore SOM//Slate//EN")
t10 = """Dear Ben,

Thank you for your application to the Evening & Weekend MBA Program. We are pleased to invite you to an admissions interview.

Date: Saturday, October 3, 2026
Time: 10:00 AM CT
Location: Wieboldt Hall, Room 210 (a calendar invitation is attached)

Your interviewer will be a second-year student or alumnus. Business casual attire is recommended.

Sincerely,
Office of Admissions
Lakeshore School of Management"""
m010 = b.add("INBOX", "mba-admissions-interview", "2026-09-16 15:30", TZ,
             ("Lakeshore SOM Admissions", "admissions@lakeshore-som.example"),
             "Invitation to interview - Evening & Weekend MBA", text=t10, html=True, ics=icsa, ics_as="alt",
             mid="plain", mid_domain="lakeshore-som.example")
b.silent(m010, "a university admissions interview, not a job interview")

t11 = """Dear Applicant,

Congratulations!! After reviewing your profile on a job portal, you have been SELECTED for a remote Data Entry Associate position with Global Logix Partners. Pay: $45/hr, flexible hours, weekly payment.

To accept this job offer, please reply with your full name, address and a copy of your ID, and our HR manager will send you a check for your home-office equipment.

Regards,
Mr. Kevin Harlow
HR Department"""
m011 = b.add("INBOX", "scam-job-offer", "2026-09-18 03:12", "UTC", ("HR Department", "hr.globallogix@freemail.example"),
             "JOB OFFER - Remote Data Entry Associate ($45/hr)", text=t11, mid="plain", mid_domain="freemail.example")
b.silent(m011, "unsolicited scam 'job offer' for a job never applied to")

t12 = """Hi Ben,

Just a friendly reminder about your interview tomorrow, Wednesday 9/23, at 1:00 PM CT with Carlos Medina and Hye-jin Park at Keystone HQ (600 W. Fulton Market, 7th floor).

Your parking pass is attached - show it at the Fulton Market garage entrance. Please check in at the 7th-floor front desk.

Thanks,
Alicia Brooks
Recruiting Coordinator, Keystone Conference Systems"""
m012 = b.add("INBOX", "keystone-reminder", "2026-09-22 10:00", TZ, ALICIA, "Reminder: your interview tomorrow at Keystone",
             text=t12, attach=[("Keystone_Parking_Pass.pdf", "application/pdf", b"%PDF-1.4\n%pp\n%%EOF\n")])

t13 = """Hi Ben,

Thank you for coming in today - Carlos and Hye-jin both came by my desk afterwards, which is always a good sign.

They're comparing notes with our CTO tomorrow, and we'll get back to you within 3 business days.

Best,
Maya"""
m013 = b.add("INBOX", "after-panel", "2026-09-23 16:10", TZ, MAYA, "Thanks for coming in", text=t13)
b.timeframe(m013, "2026-09-28", MAYA[1], True)

t14 = """Hi Ben,

Friendly reminder: your scorecard for Jordan Price (Senior Backend Engineer - Technical Interview) is overdue. Please submit it so the hiring team can make a decision:

https://app.greenhouse.example/scorecards/88213

Thanks,
Corvid Logistics Recruiting"""
m014 = b.add("INBOX", "scorecard-reminder", "2026-09-24 09:00", TZ, GH,
             "Reminder: scorecard due for Jordan Price", text=t14, to=[("Ben Adeyemi", WORK)], cc=[USER], mid="uuid",
             mid_domain="us.greenhouse-mail.io")
b.silent(m014, "the user's own duty as an interviewer at their current job")

t15 = """Hi Ben,

I have wonderful news - Keystone Conference Systems would like to offer you the role of Engineering Manager, Cloud Platform!

The headline terms: $198,000 base salary, 15% annual bonus target, 8,000 RSUs vesting over four years, and a start date of your choosing in November. Your formal offer letter is attached, and I'd love to walk you through benefits on a call whenever you're free.

Congratulations - Carlos is thrilled.

Maya"""
m015 = b.add("INBOX", "keystone-offer", "2026-09-25 11:30", TZ, MAYA, "Your offer from Keystone Conference Systems",
             text=t15, attach=[("Keystone_Offer_Letter_Adeyemi.pdf", "application/pdf", b"%PDF-1.4\n%ol\n%%EOF\n")])
b.offer(m015)

t16 = """Hi Maya,

Wow - thank you, that's fantastic news! Two quick questions before I sign: how much PTO does the role come with, and is there any flexibility on the sign-on bonus given the bonus I'd forfeit at Corvid?

Thanks,
Ben"""
m016 = b.sent("re-offer", "2026-09-25 19:40", "Re: Your offer from Keystone Conference Systems", t16 + gq(m015, TZ),
              to=[MAYA], reply=m015)

t17 = """Hi Ben,

Great questions. PTO is 20 days plus the week between Christmas and New Year's. And yes - we can add a $20,000 sign-on bonus to cover the forfeited bonus; the updated letter is attached.

Maya"""
m017 = b.add("INBOX", "re-re-offer", "2026-09-28 10:15", TZ, MAYA, "Re: Your offer from Keystone Conference Systems",
             text=t17 + gq(m016, TZ), reply=m016,
             attach=[("Keystone_Offer_Letter_Adeyemi_v2.pdf", "application/pdf", b"%PDF-1.4\n%ol2\n%%EOF\n")])

t18 = """Hi Maya,

That's very generous - I'm happy to accept! Signed letter attached. I'll give notice at Corvid on Monday and aim for a November 9 start.

Ben"""
m018 = b.sent("accept-offer", "2026-10-01 08:30", "Re: Your offer from Keystone Conference Systems", t18 + gq(m017, TZ),
              to=[MAYA], reply=m017,
              attach=[("Keystone_Offer_Letter_Adeyemi_signed.pdf", "application/pdf", b"%PDF-1.4\n%s\n%%EOF\n")])

evw = Event(f"{b.hexid(26)}@summitinc.example", "2026-10-14 12:00", TZ, 60,
            "Summit Inc. Webinar: Hiring for Culture Fit in Logistics",
            organizer=("Summit Inc. Events", "events@summitinc.example"),
            location="https://summitinc.zoom.example/w/81120", stamp=stamp("2026-10-06 09:00", TZ))
icsw = calendar("PUBLISH", [evw], prodid="-//Zoom Video Communications//Webinar//EN")
t19 = """Thank you for registering for "Hiring for Culture Fit in Logistics".

Date & Time: Oct 14, 2026 12:00 PM Central Time (US and Canada)
Join from a PC, Mac, iPad, iPhone or Android device: https://summitinc.zoom.example/w/81120

Add to calendar: the attached .ics file

Summit Inc. Events"""
m019 = b.add("INBOX", "summit-webinar", "2026-10-06 09:00", TZ, ("Summit Inc. Events", "no-reply@zoom.us"),
             "Summit Inc. Webinar Registration Confirmation", text=t19, html=True, ics=icsw, ics_as="attach",
             ics_name="webinar.ics", mid="sendgrid", reply_to=("Summit Inc. Events", "events@summitinc.example"))
b.silent(m019, "a Summit Inc. webinar about hiring, with a calendar file")

b.write()
