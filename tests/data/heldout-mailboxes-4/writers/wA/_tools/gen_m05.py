"""m05: look-alikes galore around one real process (Juniper Loop, Greenhouse).
User in Eastern time (Detroit); the company is in Pacific time."""
from mimehelp import Box, Event, calendar
from common import q, gcal, simple_html

TZ = "America/Detroit"
PT = "America/Los_Angeles"
ET = "America/New_York"
U = ("Grace Abernathy-Lin", "grace.abernathy@mailnest.example")
WORK = ("Grace Abernathy-Lin", "grace.al@fernhill.example")
b = Box("m05-juniperloop", U, TZ, "2026-09-08T07:00:00-04:00", "2026-11-16T18:00:00-05:00",
        notes="recruiter outreach -> phone screen '2 PT' -> Greenhouse HM screen pushed by text -> 3-session loop (one session cancelled and re-booked by text) -> answered promise -> rejection; 11 look-alikes")

SOFIA = ("Sofia Brennan-Takeda", "sofia.brennan-takeda@juniperloop.example")
ARJUN = ("Arjun Castellano-Wu", "arjun.castellano-wu@juniperloop.example")
DEV = ("Dev Okafor", "dev.okafor@juniperloop.example")
GH = ("Juniper Loop", "no-reply@us.greenhouse-mail.io")

SSIG = """

Sofia Brennan-Takeda
Principal Recruiter, Engineering | Juniper Loop
San Francisco | (415) 555-0196"""

# 001 recruiter outreach
s1 = """Hi Grace,

I lead engineering recruiting at Juniper Loop. We build the routing and dispatch engine behind a lot of last-mile delivery fleets. I came across your talk on incremental graph updates at Routing Summit and thought you'd be a great fit for a Staff Software Engineer role on our Routing Platform team.

The role is fully remote (US), and you'd be the technical lead for the team that owns our solver service. Would you be open to a short call to learn more?""" + SSIG
m1 = b.add("INBOX", "staff-swe-juniper-loop", "2026-09-08 12:14", TZ, SOFIA,
           "Staff Software Engineer, Routing Platform at Juniper Loop", text=s1, mid="gmail")
r2 = """Hi Sofia,

Thanks for reaching out. I'm happy where I am, but the solver work sounds interesting enough that I'd like to hear more. Thursday or Friday afternoon (my time, Eastern) would be easiest for a call.

Best,
Grace"""
m2 = b.sent("re-staff-swe", "2026-09-08 20:05", "Re: Staff Software Engineer, Routing Platform at Juniper Loop",
            r2 + q(s1, "Sofia Brennan-Takeda <sofia.brennan-takeda@juniperloop.example>", "Tue, Sep 8, 2026 at 12:14 PM"),
            to=[SOFIA], reply=m1, mid="uuid", mid_domain="mailnest.example")
m3 = b.add("INBOX", "re-staff-swe", "2026-09-09 14:02", TZ, SOFIA,
           "Re: Staff Software Engineer, Routing Platform at Juniper Loop",
           text="Great! Friday works. I'll give you a call at 2 PT (5 your time). Is 313-555-0128 still the best number?" + SSIG,
           reply=m2, mid="gmail")
b.interview(m3, "2026-09-11 14:00", PT, [SOFIA[1]])

# 004 webinar registration with ics (silent)
wev = Event("zw-88213094417-careerforge", "2026-10-08 12:00", ET, 60,
            "Interviewing 101: Behavioral Rounds for Senior Engineers",
            organizer=("Careerforge Academy", "webinars@careerforge.example"),
            location="https://careerforge.zoom.example/w/88213094417",
            description="Live webinar. Join link: https://careerforge.zoom.example/w/88213094417", stamp="20260910150000Z")
web_txt = """Hi Grace,

Thank you for registering for "Interviewing 101: Behavioral Rounds for Senior Engineers".

Date & Time: Oct 8, 2026 12:00 PM Eastern Time (US and Canada)
Join from a PC, Mac, iPad or Android: https://careerforge.zoom.example/w/88213094417
Passcode: 772104

Add to calendar: the attached file works with Google, Outlook and Apple Calendar.

Our panel of former FAANG hiring managers will walk through the STAR method, the questions that trip up staff-level candidates, and how to talk about conflict without sounding defensive. Bring questions!

Careerforge Academy"""
m4 = b.add("INBOX", "webinar-registration", "2026-09-10 11:00", TZ, ("Careerforge Academy", "no-reply@zoom.example"),
           "Interviewing 101: Behavioral Rounds for Senior Engineers Confirmation", text=web_txt, html=True,
           ics=calendar("PUBLISH", [wev], prodid="-//Zoom Video Communications//Webinar//EN"), ics_as="attach",
           ics_name="webinar.ics", reply_to=("Careerforge Academy", "webinars@careerforge.example"), mid="sendgrid")
b.silent(m4, "registration for a webinar about interviewing, not an interview")

# 005 after the phone screen
s5 = """Hi Grace,

Thanks for the great conversation today. I'm really glad you're open to exploring this.

The next step is a 45-minute technical conversation with Arjun Castellano-Wu, the engineering manager for Routing Platform. You'll get an email from Greenhouse on Monday with a link to pick a time that works for you.

Enjoy the weekend!""" + SSIG
b.add("INBOX", "next-step-arjun", "2026-09-11 18:30", TZ, SOFIA, "Next step: conversation with Arjun", text=s5, mid="gmail")

# 006 Greenhouse self-schedule confirmation with ics
ev6 = Event("gh-sched-7733019-juniperloop", "2026-09-17 13:00", PT, 45,
            "Juniper Loop: Grace Abernathy-Lin / Arjun Castellano-Wu", organizer=DEV,
            attendees=[ARJUN, U], location="https://juniperloop.zoom.example/j/95520418876",
            description="Technical conversation for Staff Software Engineer, Routing Platform.", stamp="20260914161040Z")
gh_txt = """Hi Grace,

Thanks for choosing a time. Your interview is scheduled:

Staff Software Engineer, Routing Platform - Hiring Manager Screen
Thursday, September 17, 2026 at 1:00 PM - 1:45 PM PDT

You'll meet with:
Arjun Castellano-Wu, Engineering Manager, Routing Platform

Video link: https://juniperloop.zoom.example/j/95520418876

A calendar invitation is attached. If you need to reschedule, reply to this email.

Dev Okafor
Recruiting Coordinator, Juniper Loop"""
m6 = b.add("INBOX", "greenhouse-interview-scheduled", "2026-09-14 12:10", TZ, ("Dev Okafor", GH[1]),
           "Interview scheduled with Juniper Loop", text=gh_txt, html=True,
           ics=calendar("REQUEST", [ev6], prodid="-//Greenhouse Software//Greenhouse Scheduler//EN"),
           ics_as="attach", reply_to=DEV, mid="sendgrid")
b.interview(m6, "2026-09-18 13:00", PT, [ARJUN[1]], moved_by_text=True)

# 007 user interviewing candidates at her current job (work mail forwarded)
fev = Event("fernhill-int-20260917-mquispe", "2026-09-17 10:00", TZ, 60,
            "Interview: Mateo Quispe (Senior Backend Engineer) - System Design",
            organizer=("Rochelle Amani", "rochelle.amani@fernhill.example"),
            attendees=[WORK], location="Zoom: https://fernhill.zoom.example/j/71100238",
            description="You are the system design interviewer for Mateo Quispe.\nInterview kit and scorecard: https://app.greenhouse.example/interview_kits/551902\nPlease submit feedback within 24 hours.",
            stamp="20260915133000Z")
fern_txt = """Hi Grace,

You're scheduled to interview Mateo Quispe for the Senior Backend Engineer role.

When: Thursday, September 17, 2026, 10:00 - 11:00 AM ET
Your focus: System design (the "dispatch board" prompt)
Interview kit: https://app.greenhouse.example/interview_kits/551902

Please submit your scorecard within 24 hours of the interview. Thanks for helping us hire!

Rochelle Amani
Talent Partner, Fernhill Logistics"""
m7 = b.add("INBOX", "interviewer-assignment", "2026-09-15 09:30", TZ, ("Rochelle Amani", "rochelle.amani@fernhill.example"),
           "You're interviewing Mateo Quispe on Thu 9/17 (Senior Backend Engineer)", text=fern_txt,
           ics=calendar("REQUEST", [fev]), ics_as="alt", to=[WORK], mid="outlook")
b.silent(m7, "the user is the interviewer for a candidate at her current job")

# 008 push by text
a8 = """Hi Grace,

Arjun here. Something came up on my side for Thursday. Can we push to Friday same time? Realy sorry about the shuffle.

Arjun Castellano-Wu
Engineering Manager, Routing Platform | Juniper Loop"""
m8 = b.add("INBOX", "thursday", "2026-09-16 11:47", TZ, ARJUN, "Thursday", text=a8, mid="gmail")
s9 = "Hi Arjun, no problem. Friday at 1 PT works for me.\n\nGrace"
m9 = b.sent("re-thursday", "2026-09-16 12:15", "Re: Thursday",
            s9 + q(a8, "Arjun Castellano-Wu <arjun.castellano-wu@juniperloop.example>", "Wed, Sep 16, 2026 at 11:47 AM"),
            to=[ARJUN], reply=m8, mid="uuid", mid_domain="mailnest.example")
b.add("INBOX", "re-thursday", "2026-09-16 12:40", TZ, ARJUN, "Re: Thursday",
      text="Thanks Grace! Moved on our side, same Zoom link. See you Friday.\n\nA", reply=m9, mid="gmail")

# 011 podcast request (silent)
p11 = """Hi Grace,

I host Latency & Lattes, a podcast about the unglamorous infrastructure that keeps software running. About 9,000 engineers listen each week. Your Routing Summit talk was a hit in our Slack, and I'd love to interview you for an episode on incremental graph algorithms in production.

We record over video, about 50 minutes, and we'd send you the questions in advance. Would Tuesday, October 20 at 1pm ET work for the recording?

Cheers,
Marguerite Osei
Host, Latency & Lattes"""
m11 = b.add("INBOX", "podcast-interview", "2026-09-21 08:05", TZ, ("Marguerite Osei", "marguerite@latencyandlattes.example"),
            "Podcast interview request: Latency & Lattes", text=p11, mid="gmail")
b.silent(m11, "a podcast wants to interview her as a guest; not a job interview")

# 012 loop invitation
s12 = """Hi Grace,

Arjun had a great time on Friday and we'd love to move you forward to our virtual onsite. It's three sessions: coding, system design, and a values & collaboration conversation. Dev will send you the schedule once we've lined up the panel. I'm aiming for early October.""" + SSIG
b.add("INBOX", "virtual-onsite", "2026-09-21 13:05", TZ, SOFIA, "Virtual onsite - Juniper Loop", text=s12, mid="gmail")

b.sent("re-podcast", "2026-09-21 21:10", "Re: Podcast interview request: Latency & Lattes",
       "Hi Marguerite,\n\nI'd be honored! Tuesday the 20th at 1pm ET works.\n\nGrace" +
       q(p11, "Marguerite Osei <marguerite@latencyandlattes.example>", "Mon, Sep 21, 2026 at 8:05 AM"),
       to=[("Marguerite Osei", "marguerite@latencyandlattes.example")], reply=m11, mid="uuid", mid_domain="mailnest.example")

m14 = gcal(b, "2026-09-22 09:15", ("Marguerite Osei", "marguerite@latencyandlattes.example"),
           "Latency & Lattes recording: interview with Grace Abernathy-Lin", "2026-10-20 13:00", ET, 60,
           [("Marguerite Osei", "marguerite@latencyandlattes.example")],
           desc="Podcast recording. Riverside studio link will be sent the day before. Questions doc: https://docs.example/ll-ep142")
b.silent(m14, "calendar invite for a podcast recording where she is the guest")

# 015 Greenhouse loop confirmation (names only)
conf = """Hi Grace,

Your virtual onsite with Juniper Loop is confirmed for Tuesday, October 6, 2026. All times are Pacific Time.

10:00 AM - 11:00 AM  Coding
  You'll meet with: Lucía Ferreira, Senior Software Engineer
11:10 AM - 12:10 PM  System Design
  You'll meet with: Ben Adeyemi-Clarke, Principal Engineer
12:30 PM - 1:15 PM   Values & Collaboration
  You'll meet with: Hana Kowalski, Director of Engineering

All sessions use this Zoom link: https://juniperloop.zoom.example/j/95520433310

Please reply to this email if you need to make any changes.

Dev Okafor
Recruiting Coordinator, Juniper Loop"""
m15 = b.add("INBOX", "virtual-onsite-confirmation", "2026-09-24 14:22", TZ, ("Dev Okafor", GH[1]),
            "Your virtual onsite with Juniper Loop is confirmed", text=conf, html=True, reply_to=DEV, mid="sendgrid")
b.interview(m15, "2026-10-06 10:00", PT, ["name:Lucía Ferreira"])
b.interview(m15, "2026-10-06 11:10", PT, ["name:Ben Adeyemi-Clarke"])
b.interview(m15, "2026-10-08 09:30", PT, ["name:Hana Kowalski"])

# 016 credit card offer (silent)
cc_html = simple_html([
    "Grace, you're pre-approved!",
    "<b>Lakeshore Rewards Visa Signature&reg;</b><br>0% intro APR for 15 months on purchases and balance transfers, "
    "then a variable APR of 21.24%&ndash;28.99%.",
    "Earn 60,000 bonus points after you spend $4,000 in the first 3 months.",
    "This offer expires October 15, 2026. Respond now with your acceptance code: <b>LK-4471-GAL</b>",
    '<a href="https://lakeshorebank.example/accept">Accept your offer</a>'],
    footer="Pre-approval is based on information in your credit report. You can opt out of prescreened offers at optout.example.",
    brand="#0f172a")
m16 = b.add("INBOX", "preapproved-offer", "2026-09-28 07:31", TZ, ("Lakeshore Bank", "offers@mail.lakeshorebank.example"),
            "Grace, your pre-approved offer is waiting", html=cc_html, mid="sendgrid")
b.silent(m16, "credit-card marketing offer, not a job offer")

# 017 landlord application (silent)
l17 = """Hi Grace,

Thanks for submitting your rental application for 2217 Woodward Ave, Unit 5. We've received your application fee and ordered the background and credit check.

Our leasing team will review everything and get back to you within 3 business days. If we need anything else (pay stubs, a reference from your current landlord), we'll reach out.

Woodward Lofts Leasing Office
(313) 555-0170"""
m17 = b.add("INBOX", "rental-application-received", "2026-10-01 16:02", TZ,
            ("Woodward Lofts Leasing", "leasing@woodwardlofts.example"), "Rental application received - Unit 5",
            text=l17, mid="plain", mid_domain="woodwardlofts.example")
b.silent(m17, "a landlord acknowledging a rental application (with a timeframe), not hiring")

# 018 job alert digest (silent)
ja = """14 new jobs for "Staff Software Engineer" near Detroit, MI

Staff Data Platform Engineer - Summit Analytics - Remote (US)
Staff Software Engineer, Payments - Brightfield Commerce - Ann Arbor, MI
Staff Engineer, Routing - Wayfare Mobility - Detroit, MI (hybrid)
Principal Software Engineer - Cedar & Co. Health - Remote
...and 10 more

See all jobs: https://jobs.jobscout.example/alerts/88201

You're receiving this alert because you saved the search "Staff Software Engineer". Manage alerts: https://jobs.jobscout.example/settings"""
m18 = b.add("INBOX", "job-alert", "2026-10-02 06:00", TZ, ("JobScout Alerts", "alerts@jobscout.example"),
            "14 new Staff Software Engineer jobs near Detroit", text=ja, html=True, mid="sendgrid")
b.silent(m18, "job alert digest")

# 019 cancellation + rebook of one session, by text
d19 = """Hi Grace,

Hana has had a family emergency and can't make tomorrow, so we've cancelled the 12:30 Values & Collaboration session. I've rebooked it with her for Thursday, October 8 at 9:30 AM PT, that's UTC-7 (same Zoom link). Your coding and system design sessions tomorrow are unchanged.

Sorry for the late notice, and thanks for your flexibility.

Dev"""
b.add("INBOX", "re-virtual-onsite-confirmation", "2026-10-05 17:20", TZ, DEV,
      "RE: Your virtual onsite with Juniper Loop is confirmed", text=d19, reply=m15, mid="gmail")

# 020 Summit Analytics vendor onboarding invite (silent)
sa = gcal(b, "2026-10-05 17:45", ("Whitney Cho", "whitney.cho@summitanalytics.example"),
          "Summit Analytics <> Fernhill: onboarding session", "2026-10-07 11:00", ET, 45,
          [("Whitney Cho", "whitney.cho@summitanalytics.example")],
          meet="https://meet.google.com/sum-mitx-onb",
          desc="Welcome to Summit Analytics! We'll connect your warehouse and build your first dashboards together.")
b.silent(sa, "onboarding call with a software vendor named Summit Analytics")

# 021 scorecard reminder from current job (silent)
sc = """Hi Grace,

Friendly reminder: your scorecard for Mateo Quispe (Senior Backend Engineer, System Design) is overdue. The hiring team debriefs tomorrow at 2 PM ET and can't make a decision without it.

Submit feedback: https://app.greenhouse.example/scorecards/551902

Thanks!
Fernhill Logistics Recruiting"""
m21 = b.add("INBOX", "scorecard-reminder", "2026-10-06 08:05", TZ, ("Fernhill Logistics Recruiting", "no-reply@greenhouse.example"),
            "Reminder: scorecard due for Mateo Quispe", text=sc, to=[WORK], mid="sendgrid")
b.silent(m21, "reminder to submit her own interviewer feedback at her current job")

# 022 webinar reminder (silent)
m22 = b.add("INBOX", "webinar-starts-soon", "2026-10-08 11:00", TZ, ("Careerforge Academy", "no-reply@zoom.example"),
            "Starting in 1 hour: Interviewing 101",
            text="Hi Grace,\n\nInterviewing 101: Behavioral Rounds for Senior Engineers starts in 1 hour (12:00 PM ET).\n\nJoin: https://careerforge.zoom.example/w/88213094417\nPasscode: 772104\n\nSee you there!",
            reply_to=("Careerforge Academy", "webinars@careerforge.example"), mid="sendgrid")
b.silent(m22, "webinar reminder")

# 023 promise (answered)
s23 = """Hi Grace,

Thanks for wrapping up with Hana this morning, and for rolling with the schedule change. The panel will meet early next week, and we'll be in touch by Wednesday, October 14.""" + SSIG
m23 = b.add("INBOX", "thanks-for-finishing", "2026-10-08 15:20", TZ, SOFIA, "Thanks for finishing up today", text=s23, mid="gmail")
b.timeframe(m23, "2026-10-14", SOFIA[1], True)

# 024 landlord lease offer (silent)
m24 = b.add("INBOX", "application-approved", "2026-10-09 10:12", TZ, ("Woodward Lofts Leasing", "leasing@woodwardlofts.example"),
            "Congratulations! Your application has been approved",
            text="Hi Grace,\n\nGreat news: your application for 2217 Woodward Ave, Unit 5 has been approved! Your lease offer is attached for review. To hold the unit, please sign and pay the security deposit by Friday, October 16.\n\nWelcome home (almost)!\nWoodward Lofts Leasing Office",
            mid="plain", mid_domain="woodwardlofts.example")
b.silent(m24, "a landlord's lease offer, not a job offer")

# 025 rejection, subtly put
s25 = """Hi Grace,

Thank you for all the time you gave us over the past month. I know the last week in particular asked a lot of you.

The team met yesterday and, after a lot of back and forth, we've decided not to extend an offer for the Staff role at this point. The feedback on your system design session was excellent; where the panel landed was that we need someone who has owned an optimization solver end to end, and that's a narrower profile than your background.

I'd genuinely like to stay in touch. We'll be hiring for a Staff role on our data platform in the new year, and I'd love to think of you for it.

Warmly,""" + SSIG
m25 = b.add("INBOX", "update-juniper-loop", "2026-10-13 16:40", TZ, SOFIA, "Update from Juniper Loop", text=s25, mid="gmail")
b.rejection(m25, SOFIA[1])

b.write()
