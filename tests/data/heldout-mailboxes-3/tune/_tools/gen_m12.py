"""m12: four processes interleaved in one busy 30-message mailbox, US user in Chicago across the
1 November DST change: interviews booked in CDT for dates in CST, an agency relaying "by Wednesday"
(answered, then unanswered and followed by a hold), a Calendly screen, a Greenhouse invite moved
across the DST boundary, an Outlook onsite with TZID "Central Standard Time", an offer."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, html_from_text, outlook_headers, teams_block)

TZ = "America/Chicago"
ET = "America/New_York"
PT = "America/Los_Angeles"
USER = ("Keisha Morrow", "keisha.morrow@maildrop.example")
b = Box("tune", "m12-four-processes-dst", USER, TZ, "2026-10-01T07:00:00-05:00", "2026-12-11T18:00:00-06:00")
GH = ("Brightpath Learning", "no-reply@us.greenhouse-mail.io")
ICIMS = ("Riverbend Medical Devices", "no-reply@icims.com")
AARON = ("Aaron Feld", "aaron.feld@riverbendmed.example")
WENDY = ("Dr. Wendy Hale", "wendy.hale@riverbendmed.example")
MARCO = ("Marco Rossi", "marco.rossi@riverbendmed.example")
TASHA = ("Tasha Greene", "tasha.greene@riverbendmed.example")
DOM = ("Dominic Reyes", "dreyes@ferncliffstaffing.example")
GRACE = ("Grace Okafor", "grace.okafor@halyardanalytics.example")
IVAN = ("Ivan Petrov", "ivan.petrov@halyardanalytics.example")
LILA = ("Lila Chen", "lila.chen@halyardanalytics.example")
NINA = ("Nina Alvarez", "nina.alvarez@brightpathlearning.example")
SAM = ("Sam Whitley", "sam.whitley@brightpathlearning.example")
EXCH = "Microsoft Exchange Server 2010"

a1 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Keisha,</p>
<p>Thanks for applying to the <b>Senior Data Analyst, Learner Insights</b> role at Brightpath Learning. We're reviewing applications and will reach out if your experience is a match for the team.</p>
<p>Brightpath Learning Recruiting</p>
<p style="font-size:11px;color:#888">This inbox is not monitored.</p>
</body></html>
"""
m001 = b.add("INBOX", "greenhouse-ack-brightpath", "2026-10-01 10:12", ET, GH, "Thanks for applying to Brightpath Learning",
             html=a1, mid="uuid", mid_domain="us.greenhouse-mail.io", headers=["Auto-Submitted: auto-generated"])

a2 = """Dear Keisha,

Thank you for your interest in Riverbend Medical Devices. We have received your application for the position of Clinical Data Analytics Manager (Req 26-0871).

You may check the status of your application at any time through our career portal.

Sincerely,
Riverbend Medical Devices Talent Acquisition

Please do not reply to this email."""
m002 = b.add("INBOX", "icims-ack-riverbend", "2026-10-02 08:40", TZ, ICIMS, "Riverbend Medical Devices - Application Received",
             text=a2, html=True, mid="plain", mid_domain="icims.com", headers=["Auto-Submitted: auto-generated"])

t3 = """Hi Grace,

I read your post about rebuilding Halyard's claims-data warehouse and it was the first vendor write-up I've seen that talked honestly about data-quality debt. I lead analytics for a regional hospital network in Chicago, and I'd love to talk if you're growing the analytics team - I saw the Analytics Manager posting on your site.

Resume attached. Thanks for reading!

Keisha Morrow
(773) 555-0194"""
m003 = b.sent("note-to-halyard", "2026-10-05 20:30", "Your claims-warehouse post + the Analytics Manager role", t3,
              to=[GRACE], attach=[("Keisha_Morrow_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

t4 = """Hi Keisha,

Dominic here from Ferncliff Staffing. I'm working on a Merchandising Analytics Manager role for a large national retailer (hybrid, downtown Chicago office, $135-150K + bonus). Your healthcare analytics leadership looks like a strong match for what they've described - they want someone who's built a team and a reporting layer from scratch.

Open to a quick call?

Dominic Reyes
Senior Recruiter, Ferncliff Staffing
(312) 555-0186"""
m004 = b.add("INBOX", "agency-outreach", "2026-10-06 09:15", TZ, DOM, "Merchandising Analytics Manager - national retailer",
             text=t4, mid="outlook")

t5 = """Hi Dominic,

Sure, Im interested. can talk tomorow after 4.

Keisha

Sent from my iPhone"""
m005 = b.sent("re-agency-outreach", "2026-10-06 12:48", "Re: Merchandising Analytics Manager - national retailer",
              t5 + iq(m004, TZ), to=[DOM], reply=m004, mid="apple", mid_domain="maildrop.example")

t6 = """Hi Keisha,

Thank you - that's kind, and the data-quality debt is very real! I'd be happy to talk. Grab 30 minutes on my calendar here: https://calendly.com/grace-okafor/30min

Grace

Grace Okafor
Director of Analytics, Halyard Analytics (Seattle)"""
m006 = b.add("INBOX", "re-halyard", "2026-10-07 08:50", PT, GRACE, "Re: Your claims-warehouse post + the Analytics Manager role",
             text=t6 + gq(m003, PT), reply=m003)

cal = Event(f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}", "2026-10-15 14:00", PT, 30,
            "30 Minute Meeting between Grace Okafor and Keisha Morrow", organizer=GRACE, attendees=[("Keisha Morrow", USER[1])],
            location="Google Meet (link in the event)", stamp=stamp("2026-10-07 11:32", TZ))
t7 = """Hi Keisha Morrow,

Your event has been scheduled.

Event Type:
30 Minute Meeting

Host:
Grace Okafor

Event Date/Time:
4:00pm - 4:30pm (Central Time - US & Canada), Thursday, October 15, 2026

Location:
Google Meet - the link is in the calendar invitation

Powered by Calendly.com"""
m007 = b.add("INBOX", "calendly-confirmed", "2026-10-07 11:32", TZ, ("Calendly", "notifications@calendly.com"),
             "Confirmed: 30 Minute Meeting with Grace Okafor on Thursday, October 15, 2026", text=t7, html=True,
             ics=calendar("REQUEST", [cal], prodid="-//Calendly//Calendly//EN"), ics_as="attach", mid="sendgrid",
             reply_to=GRACE)
b.interview(m007, "2026-10-15 16:00", TZ, [GRACE[1]])

t8 = """New jobs for you: "analytics manager" in Chicago, IL

Analytics Manager - Lakeview Health Partners - Chicago, IL
Manager, Data & Insights - Midway Insurance - Remote
Senior Manager, BI - Prairie Foods - Oak Brook, IL

View all: https://jobfinder.example/alerts/am-chicago"""
m008 = b.add("INBOX", "job-alert", "2026-10-08 06:00", TZ, ("JobFinder Alerts", "alerts@jobfinder.example"),
             "3 new jobs for \"analytics manager\"", text=t8, html=True, mid="ses", headers=["Precedence: bulk"])
b.silent(m008, "job alert")

t9 = """Hi Keisha,

Great speaking yesterday. As agreed, I've submitted your resume to the client - it's Larchmont Retail. I've highlighted your team-building experience and the self-serve reporting project.

I expect to hear from them by Wednesday.

Dominic"""
m009 = b.add("INBOX", "agency-submitted", "2026-10-09 10:05", TZ, DOM, "Larchmont Retail - resume submitted", text=t9, mid="outlook")
b.timeframe(m009, "2026-10-14", DOM[1], True)

t10 = """Hi Keisha,

Thanks for applying for our Clinical Data Analytics Manager role. I'd like to set up a phone screen: Tuesday, October 20 at 11:00 AM Central. I'll call you at (773) 555-0194 - plan for about 30 minutes.

Best regards,
Aaron Feld
Talent Acquisition Partner
Riverbend Medical Devices | Minneapolis, MN
(612) 555-0157"""
m010 = b.add("INBOX", "riverbend-screen", "2026-10-12 13:25", TZ, AARON, "Phone screen - Clinical Data Analytics Manager",
             text=t10, mid="outlook")
b.interview(m010, "2026-10-20 11:00", TZ, [AARON[1]])

t11 = """Hi Aaron,

Tuesday the 20th at 11 works - talk then. Thank you!

Keisha"""
m011 = b.sent("re-riverbend-screen", "2026-10-12 14:10", "Re: Phone screen - Clinical Data Analytics Manager",
              t11 + gq(m010, TZ), to=[AARON], reply=m010)

t12 = """Hi Keisha,

Larchmont came back this morning - they'd like to meet you! I've confirmed a Zoom with Helen Strauss (Director, Merchandising Analytics) for Monday, November 2 at 9:00 AM ET - that's 8:00 AM your time. (Clocks change the day before, but we both fall back together, so it's still an hour apart.)

Zoom: https://larchmont.zoom.example/j/83302294471

Dominic"""
m012 = b.add("INBOX", "agency-interview-confirmed", "2026-10-13 11:40", TZ, DOM, "RE: Larchmont Retail - resume submitted",
             text=t12 + oq(m009, TZ), reply=m009, mid="outlook")
b.interview(m012, "2026-11-02 09:00", ET, ["name:Helen Strauss"])

t13 = """Perfect, thanks Dominic - Monday Nov 2, 8am my time. I'll be there.

Keisha"""
m013 = b.sent("re-agency-interview", "2026-10-13 12:05", "Re: Larchmont Retail - resume submitted", t13 + gq(m012, TZ),
              to=[DOM], reply=m012)

gh_uid = f"{b.hexid(24)}@greenhouse.io"
gh_ev = Event(gh_uid, "2026-10-29 15:00", ET, 60, "Interview: Keisha Morrow - Senior Data Analyst, Learner Insights",
              organizer=("Brightpath Learning Recruiting", "recruiting@brightpathlearning.example"),
              attendees=[("Keisha Morrow", USER[1]), NINA + ("REQ-PARTICIPANT", True), SAM + ("REQ-PARTICIPANT", True)],
              location="Zoom: https://brightpath.zoom.example/j/95011832270", stamp=stamp("2026-10-16 09:00", ET))
t14 = """Hi Keisha,

Your interview for Senior Data Analyst, Learner Insights at Brightpath Learning is confirmed.

Date: Thursday, October 29, 2026
Time: 3:00 PM - 4:00 PM EDT
Location: Zoom - https://brightpath.zoom.example/j/95011832270

You'll meet with:
Nina Alvarez - Head of Learner Analytics
Sam Whitley - Senior Data Scientist

A calendar invitation is attached.

Brightpath Learning Recruiting"""
m014 = b.add("INBOX", "greenhouse-interview-confirmed", "2026-10-16 09:00", ET, GH,
             "Interview Confirmation: Brightpath Learning - Senior Data Analyst, Learner Insights", text=t14, html=True,
             ics=calendar("REQUEST", [gh_ev], prodid="-//Greenhouse//Interview Scheduler//EN"), ics_as="both",
             mid="uuid", mid_domain="us.greenhouse-mail.io",
             reply_to=("Brightpath Learning Recruiting", "recruiting@brightpathlearning.example"))
b.interview(m014, "2026-11-03 15:00", ET, [NINA[1], SAM[1]])

t15 = """Hi Keisha,

Thanks for a great conversation yesterday. I'd love for you to meet two people on my team: Ivan Petrov (ivan.petrov@halyardanalytics.example), who runs our data engineering, and Lila Chen (lila.chen@halyardanalytics.example), our lead analyst. I'll join too.

Thursday, November 5 at 10:00 AM Pacific (noon your time), Google Meet: https://meet.google.com/hdx-qpwr-tkn

Grace"""
m015 = b.add("INBOX", "halyard-second-conversation", "2026-10-16 09:20", PT, GRACE, "Next conversation - Halyard",
             text=t15, cc=[IVAN, LILA])
b.interview(m015, "2026-11-05 10:00", PT, [IVAN[1], LILA[1], GRACE[1]])

t16 = """Hi Grace,

Sounds great - Thursday Nov 5 at 10 Pacific / noon Central works. Looking forward to meeting Ivan and Lila!

Keisha"""
m016 = b.sent("re-halyard-second", "2026-10-16 12:15", "Re: Next conversation - Halyard", t16 + gq(m015, TZ),
              to=[GRACE], cc=[IVAN, LILA], reply=m015)

tb, url = teams_block(b)
desc17 = f"""Hi Keisha,

Thank you for the time this morning - I'm glad to move you forward to an onsite at our Minneapolis headquarters (2700 Riverbend Pkwy, Building C). Dr. Wendy Hale (VP, Clinical Affairs) and Marco Rossi (Director, Data Science) will meet with you; I won't be in the room, but Tasha Greene from our coordinator team will meet you at reception.

If you'd rather join remotely, the Teams link is below.

Aaron

{tb}
"""
ev17 = Event("040000008200E00074C5B7101A82E00800000000" + b.hexid(48).upper(), "2026-11-04 09:30", TZ, 120,
             "Onsite Interview - Keisha Morrow - Clinical Data Analytics Manager", organizer=AARON,
             attendees=[("Keisha Morrow", USER[1]), WENDY + ("REQ-PARTICIPANT", True), MARCO + ("REQ-PARTICIPANT", True),
                        TASHA + ("OPT-PARTICIPANT", False)],
             location="Riverbend HQ, Building C, Room 3.14 / Microsoft Teams Meeting", description=desc17,
             stamp=stamp("2026-10-20 14:30", TZ),
             extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}"])
m017 = b.add("INBOX", "riverbend-onsite-invite", "2026-10-20 14:30", TZ, AARON,
             "Onsite Interview - Keisha Morrow - Clinical Data Analytics Manager", text=desc17,
             html=html_from_text(desc17), to=[USER, WENDY, MARCO], cc=[TASHA],
             ics=calendar("REQUEST", [ev17], prodid=EXCH, tzstyle="windows"), ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Onsite Interview - Keisha Morrow - Clinical Data Analytics Manager"))
b.interview(m017, "2026-11-04 09:30", TZ, [WENDY[1], MARCO[1]])

t18 = """Hi Aaron,

Accepted - I'll be there in person on November 4. Thanks for setting it up!

Keisha"""
m018 = b.sent("re-riverbend-onsite", "2026-10-20 16:02", "Accepted: Onsite Interview - Keisha Morrow - Clinical Data Analytics Manager",
              t18, to=[AARON], reply=m017)

t19 = """CHICAGO FALL CAREER FAIR - October 29, Navy Pier

Meet 120+ employers, get your resume reviewed, and join our "Interview Bootcamp" workshop (11:00 AM and 2:00 PM).

Register free: https://chicagocareerfair.example/register

You're receiving this because you attended a previous fair. Unsubscribe: https://chicagocareerfair.example/unsub"""
m019 = b.add("INBOX", "career-fair", "2026-10-22 07:30", TZ, ("Chicago Career Fair", "hello@chicagocareerfair.example"),
             "Fall Career Fair + free Interview Bootcamp", text=t19, html=True, mid="sendgrid", headers=["Precedence: bulk"])
b.silent(m019, "career-fair newsletter with an interview workshop")

gh_ev2 = Event(gh_uid, "2026-11-03 15:00", ET, 60, "Interview: Keisha Morrow - Senior Data Analyst, Learner Insights",
               organizer=gh_ev.organizer, attendees=gh_ev.attendees, location=gh_ev.location, seq=1,
               stamp=stamp("2026-10-27 10:45", ET))
t20 = """Hi Keisha,

Your interview for Senior Data Analyst, Learner Insights at Brightpath Learning has been rescheduled at the request of the hiring team.

New date: Tuesday, November 3, 2026
New time: 3:00 PM - 4:00 PM EST
Location: Zoom - https://brightpath.zoom.example/j/95011832270

You'll meet with:
Nina Alvarez - Head of Learner Analytics
Sam Whitley - Senior Data Scientist

An updated calendar invitation is attached.

Brightpath Learning Recruiting"""
m020 = b.add("INBOX", "greenhouse-rescheduled", "2026-10-27 10:45", ET, GH,
             "Interview Rescheduled: Brightpath Learning - Senior Data Analyst, Learner Insights", text=t20, html=True,
             ics=calendar("REQUEST", [gh_ev2], prodid="-//Greenhouse//Interview Scheduler//EN"), ics_as="both",
             mid="uuid", mid_domain="us.greenhouse-mail.io",
             reply_to=("Brightpath Learning Recruiting", "recruiting@brightpathlearning.example"))

t21 = """hiii!! halloween potluck at ours saturday 7pm. costumes mandatory (looking at you keisha). bring a dish that's vaguely orange

xo Bree"""
m021 = b.add("INBOX", "halloween-potluck", "2026-10-27 19:40", TZ, ("Bree Lindstrom", "bree.lindstrom@maildrop.example"),
             "saturday!!", text=t21)

t22 = """Keisha, this exclusive offer is reserved for you.

Lease a new 2027 Corolla Cross for $279/month with $0 due at signing - this weekend only at Lakeshore Toyota.
Your offer code: LT-KM-1031

Schedule a test drive: https://lakeshoretoyota.example/offer"""
m022 = b.add("INBOX", "dealer-offer", "2026-10-31 08:15", TZ, ("Lakeshore Toyota", "specials@lakeshoretoyota.example"),
             "Your exclusive offer expires Sunday", text=t22, html=True, mid="ses")
b.silent(m022, "car-dealer lease 'offer'")

t23 = """Hi Keisha,

Just spoke with Helen - she really enjoyed the conversation this morning, especially your take on markdown analytics. She's meeting with her VP this week, and I expect feedback by Wednesday.

Dominic"""
m023 = b.add("INBOX", "agency-after-interview", "2026-11-02 11:30", TZ, DOM, "Larchmont - after this morning", text=t23,
             mid="outlook")
b.timeframe(m023, "2026-11-04", DOM[1], False)

t24 = """Hi Keisha,

A quick reminder about your onsite interview tomorrow:

Date: Wednesday, November 4
Time: 9:30 - 11:30 AM CST
Where: Riverbend HQ, 2700 Riverbend Pkwy, Building C - check in at reception and ask for Tasha Greene

You'll meet with:
- Dr. Wendy Hale, VP Clinical Affairs
- Marco Rossi, Director, Data Science

Visitor parking is in Lot C. Safe travels!

Tasha Greene
Recruiting Coordinator, Riverbend Medical Devices"""
m024 = b.add("INBOX", "riverbend-reminder", "2026-11-03 10:00", TZ, TASHA, "Reminder: your onsite tomorrow at Riverbend",
             text=t24, mid="outlook")

t25 = """Hi Keisha,

Thank you for making the trip up today - Wendy and Marco both said it was one of the best conversations they've had this search.

We have one more finalist on Monday, and we'll have a decision by Friday, November 13.

Aaron"""
m025 = b.add("INBOX", "riverbend-after-onsite", "2026-11-04 15:40", TZ, AARON, "Thank you for visiting Riverbend", text=t25,
             mid="outlook")
b.timeframe(m025, "2026-11-13", AARON[1], True, domains=["icims.com"])

r26 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Keisha,</p>
<p>Thank you for taking the time to interview for the <b>Senior Data Analyst, Learner Insights</b> position at Brightpath Learning.</p>
<p>After much consideration, we have decided to move forward with other candidates for this role. We appreciate your interest in Brightpath and wish you success in your search.</p>
<p>Brightpath Learning Recruiting</p>
<p style="font-size:11px;color:#888">This inbox is not monitored.</p>
</body></html>
"""
m026 = b.add("INBOX", "greenhouse-brightpath-update", "2026-11-06 13:20", ET, GH, "Your application to Brightpath Learning",
             html=r26, mid="uuid", mid_domain="us.greenhouse-mail.io", headers=["Auto-Submitted: auto-generated"])
b.rejection(m026, "")

t27 = """Hi Keisha,

Sorry for going quiet - I was waiting on Larchmont and didn't want to send you half an answer.

They've told me this morning that the Merchandising Analytics Manager role is on hold: their 2027 planning cycle moved the headcount into next year's budget, and they won't be making a hire before then. Helen was clear that you'd be her first call if it reopens, and I'll keep you posted.

In the meantime, I've got a couple of other roles I'd like to run past you.

Dominic"""
m027 = b.add("INBOX", "agency-role-on-hold", "2026-11-10 09:50", TZ, DOM, "RE: Larchmont - after this morning",
             text=t27 + oq(m023, TZ), reply=m023, mid="outlook")

t28 = """Hi Keisha,

I'm delighted to let you know that Riverbend Medical Devices would like to offer you the position of Clinical Data Analytics Manager!

Base salary: $152,000
Annual incentive: 12% target
Relocation: not required - the role is hybrid with monthly visits to Minneapolis
Start date: January 4, 2027 (flexible)

Your formal offer letter is attached. Please let me know if you have any questions - I'm happy to set up a call with Wendy too.

Congratulations,
Aaron"""
m028 = b.add("INBOX", "riverbend-offer", "2026-11-12 14:05", TZ, AARON, "Offer - Clinical Data Analytics Manager", text=t28,
             mid="outlook", attach=[("Riverbend_Offer_Morrow.pdf", "application/pdf", b"%PDF-1.4\n%offer\n%%EOF\n")])
b.offer(m028)

t29 = """Hi Keisha,

Thank you again for the conversation with Ivan, Lila and me last week. I really enjoyed it.

I've decided to move forward with a candidate whose background is closer to our payer-side focus - I think the gap between hospital analytics and claims analytics is bigger than I'd hoped for this specific role. It was a hard call.

I'd love to stay in touch, and I mean that.

Grace"""
m029 = b.add("INBOX", "halyard-update", "2026-11-13 10:30", PT, GRACE, "Re: Next conversation - Halyard",
             text=t29 + gq(m016, PT), reply=m016)
b.rejection(m029, GRACE[1])

t30 = """Hi Aaron,

Thank you - I'm thrilled to accept! The signed letter is attached. January 4 works well for me.

Please pass my thanks on to Wendy and Marco.

Keisha"""
m030 = b.sent("accept-riverbend", "2026-11-13 16:20", "Re: Offer - Clinical Data Analytics Manager", t30 + gq(m028, TZ),
              to=[AARON], reply=m028,
              attach=[("Riverbend_Offer_Morrow_signed.pdf", "application/pdf", b"%PDF-1.4\n%signed\n%%EOF\n")])

b.write()
