"""m03: three interleaved processes. Prairieline (started only by the user's cold email to the
hiring manager; calls, invites, a text-only final round, an answered and an unanswered promise,
then a hold), Tessellate Robotics (Ashby; promise answered by a rejection), Cobalt Ridge Bank
(Workday; no-reply rejection). User in Central time."""
from mimehelp import Box, Event, calendar
from common import q, gcal, simple_html

TZ = "America/Chicago"
ET = "America/New_York"
U = ("Owen Marchetti", "owen.marchetti@mailhub.example")
b = Box("m03-prairieline", U, TZ, "2026-09-01T08:00:00-05:00", "2026-11-24T18:00:00-06:00",
        notes="cold email -> HM call 'tomorrow at 3' -> two 1:1s (calendar + text) -> final round in text (one session moved) -> unanswered 'by Friday, October 16' -> hold; Ashby process with a 5-business-day promise answered by rejection; Workday no-reply rejection")

HELGA = ("Helga Brandvold", "helga.brandvold@prairieline.example")
ADAEZE = ("Adaeze Olufemi", "adaeze.olufemi@prairieline.example")
CORMAC = ("Cormac Reilly", "cormac.reilly@prairieline.example")
BETTINA = ("Bettina Ruiz", "bettina.ruiz@prairieline.example")
MIREILLE = ("Mireille Dufresne", "mireille.dufresne@tessellate-robotics.example")
JONAH = ("Jonah Feldstein", "jonah.feldstein@tessellate-robotics.example")
ASHBY = ("Tessellate Robotics", "no-reply@ashbyhq.com")
WD = ("Cobalt Ridge Bank", "cobaltridgebank@myworkday.com")

HSIG = """

Helga Brandvold
Head of Data Science | Prairieline Insurance
515-555-0126"""

# 001 cold email
c1 = """Hi Helga,

I hope a cold note is OK. I read your talk write-up on using gradient-boosted severity models alongside the actuarial GLMs (the "two models, one reserve" post), and it's the most honest account I've seen of getting ML into a regulated pricing workflow.

I'm a senior ML engineer in Minneapolis, currently at Northstar Mutual, where I built the feature store and monitoring for our claims triage models (about 1.1M claims a year go through them). I'm starting to look for my next role and Prairieline is near the top of my list. If your team is growing, I'd really value 20 minutes to hear what you're working on.

My background is here: owenmarchetti.example. Thanks for reading either way.

Best,
Owen Marchetti
612-555-0193"""
m1 = b.sent("cold-note", "2026-09-02 07:45", "A note from a Twin Cities MLE (claims severity + ML in production)", c1,
            to=[HELGA], mid="uuid", mid_domain="mailhub.example")

# 002 Workday ack
wd1 = """Dear Owen,

Thank you for applying for the Data Scientist II (R-20417) position at Cobalt Ridge Bank. We have received your application and it is now being reviewed.

You can check the status of your application at any time by signing in to the Cobalt Ridge Bank Careers site.

Sincerely,
Cobalt Ridge Bank Talent Acquisition

This is a system-generated message. Please do not reply to this email."""
b.add("INBOX", "workday-thank-you-for-applying", "2026-09-03 12:18", TZ, WD,
      "Thank you for applying - Data Scientist II (R-20417)", text=wd1, cte="7bit",
      mid="plain", mid_domain="myworkday.com")

# 003 Ashby ack (HTML only)
ash1 = simple_html([
    "Hi Owen,",
    "Thanks for applying to the <b>Machine Learning Engineer, Perception Data</b> role at Tessellate Robotics. "
    "We're glad you're interested in helping robots see the warehouse floor a little better.",
    "Our team reviews every application, and we'll be in touch if there's a match.",
    "&mdash; The Tessellate Robotics Talent Team"],
    footer="Sent with Ashby", brand="#1e1b4b")
b.add("INBOX", "ashby-thanks-for-applying", "2026-09-04 15:50", TZ, ASHBY,
      "Thanks for applying to Tessellate Robotics!", html=ash1, mid="uuid", mid_domain="ashbyhq.com")

# 004 Helga replies: "tomorrow at 3"
h1 = """Owen,

Thanks for the thoughtful note, and for actually reading that post. As it happens, we're opening a Senior MLE role on my team next month, so your timing is good.

Let's do a call tomorrow at 3. I'll ring your cell (612-555-0193) unless you'd rather do Zoom.""" + HSIG
m4 = b.add("INBOX", "re-cold-note", "2026-09-09 13:20", TZ, HELGA,
           "Re: A note from a Twin Cities MLE (claims severity + ML in production)",
           text=h1 + q(c1, "Owen Marchetti <owen.marchetti@mailhub.example>", "Wed, Sep 2, 2026 at 7:45 AM"),
           reply=m1, mid="outlook")
b.interview(m4, "2026-09-10 15:00", TZ, [HELGA[1]])
b.sent("re-cold-note", "2026-09-09 13:41", "Re: A note from a Twin Cities MLE (claims severity + ML in production)",
       "Phone is perfect. Talk to you tomorrow at 3!\n\nOwen", to=[HELGA], reply=m4, mid="uuid", mid_domain="mailhub.example")

# 006 after call: meet two leads
h2 = """Owen,

Enjoyed that, thank you. I'd like you to meet two people on my team next week:

- Adaeze Olufemi, who leads our ML platform work
- Cormac Reilly, a principal data scientist (and recovering actuary)

They'll each reach out with a time. Keep it informal; I mostly want you to hear from people who do the work every day.""" + HSIG
b.add("INBOX", "meet-adaeze-and-cormac", "2026-09-10 16:05", TZ, HELGA, "Meet Adaeze and Cormac", text=h2,
      cc=[ADAEZE, CORMAC], mid="outlook")

# 007 Adaeze's Google invite
m7 = gcal(b, "2026-09-11 09:02", ADAEZE, "Owen / Adaeze - ML platform chat", "2026-09-15 10:00", TZ, 45,
          [ADAEZE], meet="https://meet.google.com/qpv-hzrt-xma",
          desc="Looking forward to it! We'll talk about how we ship and monitor models at Prairieline. - Adaeze")
b.interview(m7, "2026-09-15 10:00", TZ, [ADAEZE[1]])

# 008 Tessellate recruiter
mi1 = """Hi Owen,

I'm a recruiter at Tessellate Robotics and I'm reaching out about your application for our Machine Learning Engineer, Perception Data role. Your monitoring work for production models is exactly what the team is missing.

I'd love to set up a 30-minute intro call. You can pick a time that suits you here: https://jobs.ashbyhq.com/tessellate/interview/schedule/8f1c2d

Best,
Mireille

Mireille Dufresne
Talent Partner, Engineering
Tessellate Robotics, Pittsburgh PA"""
b.add("INBOX", "intro-call-tessellate", "2026-09-14 10:05", TZ, MIREILLE,
      "Intro call - ML Engineer, Perception Data", text=mi1, mid="gmail")

# 009 Cormac proposes two times
co1 = """Hi Owen,

Adaeze beat me to Tuesday, so how about Wednesday 9/16 at 9 am or Thursday 9/17 at 4 pm (both Central)? 45 min, Teams.

Cormac Reilly
Principal Data Scientist, Prairieline Insurance"""
m9 = b.add("INBOX", "chat-next-week", "2026-09-14 11:47", TZ, CORMAC, "Chat next week", text=co1, mid="outlook")

# 010 Ashby confirmation with ics (Eastern)
ev10 = Event("ashby-int-4b7e1f60-aa31-4c55-9d1e-2f0c7b9a8e13", "2026-09-16 13:00", ET, 30,
             "Recruiter Screen: Owen Marchetti <> Tessellate Robotics", organizer=MIREILLE,
             attendees=[MIREILLE, U], location="https://tessellate.zoom.example/j/93011842270",
             stamp="20260914203155Z")
ash2_txt = """Hi Owen,

Your interview with Tessellate Robotics is confirmed.

Recruiter Screen
Wednesday, September 16, 2026
1:00 PM - 1:30 PM EDT

Interviewer: Mireille Dufresne (Talent Partner, Engineering)
Where: https://tessellate.zoom.example/j/93011842270

A calendar invite is attached. Need to reschedule? Use the link in your original scheduling email.

Tessellate Robotics
Sent with Ashby"""
m10 = b.add("INBOX", "ashby-interview-confirmed", "2026-09-14 15:32", TZ, ASHBY,
            "Interview confirmed: Recruiter Screen with Tessellate Robotics", text=ash2_txt, html=True,
            ics=calendar("REQUEST", [ev10], prodid="-//Ashby//Ashby Scheduling//EN"), ics_as="attach",
            ics_name="interview.ics", mid="uuid", mid_domain="ashbyhq.com")
b.interview(m10, "2026-09-16 13:00", ET, [MIREILLE[1]])

s11 = "Hi Cormac, Thursday at 4 please. Looking forward to it.\n\nOwen"
m11 = b.sent("re-chat-next-week", "2026-09-14 19:22", "Re: Chat next week",
             s11 + q(co1, "Cormac Reilly <cormac.reilly@prairieline.example>", "Mon, Sep 14, 2026 at 11:47 AM"),
             to=[CORMAC], reply=m9, mid="uuid", mid_domain="mailhub.example")
m12 = b.add("INBOX", "re-chat-next-week", "2026-09-15 07:58", TZ, CORMAC, "RE: Chat next week",
            text="Done. Thursday 4pm CT, Teams link below.\n\nhttps://teams.example/l/meetup-join/19%3ameeting_ZTk2Nm\n\nCormac",
            reply=m11, mid="outlook")
b.interview(m12, "2026-09-17 16:00", TZ, [CORMAC[1]])

# 013 Tessellate next step
mi2 = """Hi Owen,

Thanks for the chat yesterday! Next up is a 60-minute technical interview with Jonah Feldstein, one of our senior ML engineers. Expect some Python, a bit of data-pipeline debugging and a conversation about label quality. You'll get the invite from Ashby shortly.

Mireille"""
b.add("INBOX", "next-step-tessellate", "2026-09-17 09:40", TZ, MIREILLE, "Next step: technical interview",
      text=mi2, mid="gmail")

# 014 Helga timeframe (answered)
h3 = """Owen,

Thanks for making time for Adaeze and Cormac this week. Both came back positive. I'm pulling together feedback and will get back to you by Friday, September 25 on next steps.""" + HSIG
m14 = b.add("INBOX", "thanks-for-this-week", "2026-09-18 16:12", TZ, HELGA, "Thanks for this week", text=h3, mid="outlook")
b.timeframe(m14, "2026-09-25", HELGA[1], True)

# 015 Ashby technical interview invite
ev15 = Event("ashby-int-91ce22d4-0f5a-4f0e-8a77-6b3e0d5c4a29", "2026-09-23 11:00", ET, 60,
             "Technical Interview: Owen Marchetti <> Tessellate Robotics", organizer=MIREILLE,
             attendees=[JONAH, U], location="https://tessellate.zoom.example/j/93011855031",
             stamp="20260921141502Z")
ash3 = simple_html([
    "Hi Owen,",
    "Your interview with Tessellate Robotics is confirmed.",
    "<b>Technical Interview</b><br>Wednesday, September 23, 2026<br>11:00 AM &ndash; 12:00 PM (GMT-04:00) Eastern Time",
    "<b>You'll meet with</b><br>Jonah Feldstein, Senior ML Engineer",
    '<b>Where</b><br><a href="https://tessellate.zoom.example/j/93011855031">Zoom</a>',
    "A calendar invite is attached."], footer="Sent with Ashby", brand="#1e1b4b")
m15 = b.add("INBOX", "ashby-technical-interview", "2026-09-21 09:15", TZ, ASHBY,
            "Interview confirmed: Technical Interview with Tessellate Robotics", html=ash3,
            ics=calendar("REQUEST", [ev15], prodid="-//Ashby//Ashby Scheduling//EN"), ics_as="attach",
            ics_name="interview.ics", mid="uuid", mid_domain="ashbyhq.com")
b.interview(m15, "2026-09-23 11:00", ET, [JONAH[1]])

# 016 Tessellate promise
mi3 = """Hi Owen,

Thanks for spending the hour with Jonah this morning. He's writing up his notes now. You'll hear from us within 5 business days of your interview.

Mireille"""
m16 = b.add("INBOX", "after-technical-interview", "2026-09-23 15:06", TZ, MIREILLE,
            "Re: Next step: technical interview", text=mi3, mid="gmail")
b.timeframe(m16, "2026-09-30", MIREILLE[1], True)

# 017 Helga answers: final round
h4 = """Owen,

Good news: we'd like to bring you into a final round. It's three conversations on a single morning, all on Teams. Bettina, who keeps my calendar sane, will send you the schedule.""" + HSIG
b.add("INBOX", "final-round", "2026-09-24 10:31", TZ, HELGA, "Final round", text=h4, cc=[BETTINA], mid="outlook")

# 018 Bettina agenda in text
be1 = """Hi Owen,

Here is your final-round schedule for Thursday, October 1 (all times Central):

9:00 - 9:45 AM    Coding & ML fundamentals, with Raj Mehta-Lindgren
10:00 - 10:45 AM  Modeling case study, with Adaeze Olufemi
11:00 - 11:30 AM  Wrap-up, with Helga Brandvold

Each session has its own Teams link; I'll send all three the day before. Please reply to confirm the schedule works.

Kind regards,
Bettina Ruiz
Executive Assistant to the Head of Data Science
Prairieline Insurance | 515-555-0102"""
m18 = b.add("INBOX", "final-round-schedule", "2026-09-24 14:48", TZ, BETTINA, "Final round schedule - Thursday 10/1",
            text=be1, mid="outlook")
b.interview(m18, "2026-10-01 09:00", TZ, ["name:Raj Mehta-Lindgren"])
b.interview(m18, "2026-10-01 10:00", TZ, [ADAEZE[1]])
b.interview(m18, "2026-10-01 13:30", TZ, [HELGA[1]])
m19 = b.sent("re-final-round-schedule", "2026-09-24 15:10", "Re: Final round schedule - Thursday 10/1",
             "Hi Bettina, that works perfectly. Thanks!\n\nOwen" +
             q(be1, "Bettina Ruiz <bettina.ruiz@prairieline.example>", "Thu, Sep 24, 2026 at 2:48 PM"),
             to=[BETTINA], reply=m18, mid="uuid", mid_domain="mailhub.example")

# 020 Tessellate rejection (human)
mi4 = """Hi Owen,

Thank you again for your time with Jonah and me. I wanted to get back to you quickly: after reviewing the feedback, we've decided not to move forward with your candidacy for this role. The team is leaning toward someone with more hands-on experience with 3D sensor data, which is a narrow need rather than a reflection of your overall skills.

I really appreciated your curiosity and would be happy to reach out if a role closer to your MLOps background opens up.

All the best,
Mireille"""
m20 = b.add("INBOX", "update-tessellate", "2026-09-28 11:20", TZ, MIREILLE,
            "Your application with Tessellate Robotics", text=mi4, mid="gmail")
b.rejection(m20, MIREILLE[1])

# 021 Workday no-reply rejection
wd2 = """Dear Owen,

Thank you for your interest in the Data Scientist II (R-20417) position at Cobalt Ridge Bank and for the time you invested in applying.

After careful consideration, we have decided to pursue other candidates whose qualifications more closely align with the requirements of this position. We encourage you to continue to explore opportunities with Cobalt Ridge Bank.

Sincerely,
Cobalt Ridge Bank Talent Acquisition

This is a system-generated message. Please do not reply to this email."""
m21 = b.add("INBOX", "workday-application-update", "2026-09-29 06:04", TZ, WD,
            "Update on your application - Data Scientist II (R-20417)", text=wd2, cte="7bit",
            mid="plain", mid_domain="myworkday.com")
b.rejection(m21, "")

# 022 Bettina moves the wrap-up
be2 = """Hi Owen,

One change for Thursday: Helga has been pulled into a board call in the late morning, so we've moved her wrap-up to 1:30 - 2:00 PM Central. The 9:00 and 10:00 sessions stay as they are. Apologies for the gap in the middle of your day.

Kind regards,
Bettina"""
b.add("INBOX", "re-final-round-schedule", "2026-09-30 10:05", TZ, BETTINA, "RE: Final round schedule - Thursday 10/1",
      text=be2, reply=m19, mid="outlook")

# 023 Helga promise after onsite (unanswered)
h5 = """Owen,

Thank you for today, and for your patience with the schedule. We have one more candidate finishing their final round next week. I'll get back to you by Friday, October 16.""" + HSIG
m23 = b.add("INBOX", "thank-you-for-today", "2026-10-01 16:40", TZ, HELGA, "Thank you for today", text=h5, mid="outlook")
b.timeframe(m23, "2026-10-16", HELGA[1], False)

# 024 noise
b.add("INBOX", "race-photos", "2026-10-05 20:11", TZ, ("Twin Cities In Motion", "photos@tcinmotion.example"),
      "Your race photos are ready!", text="Owen, your photos from the Twin Cities 10K are ready to view and download.\n\nBib #4418\n\nView photos: https://tcinmotion.example/photos/4418",
      html=True, mid="sendgrid")

# friend forwards a posting (silent)
fw = """Saw this and thought of you. Lakeview is a good shop, my old manager is there. Want me to put in a word?

-Dani

---------- Forwarded message ---------
From: Lakeview Health Careers <careers@lakeviewhealth.example>
Date: Thu, Oct 8, 2026 at 9:00 AM
Subject: We're hiring: ML Platform Engineers
To: dani.kowal@mailhub.example

Lakeview Health is growing its ML platform team in Minneapolis and Chicago. We're hiring senior and staff engineers to build the feature store, model registry and monitoring behind our care-management models. Hybrid, 2 days a week in office.

Learn more and apply: https://lakeviewhealth.example/careers/ml-platform"""
m_fw = b.add("INBOX", "fwd-hiring-ml-platform", "2026-10-08 12:31", TZ, ("Dani Kowalczyk", "dani.kowal@mailhub.example"),
             "Fwd: We're hiring: ML Platform Engineers", text=fw, cte="7bit", mid="gmail")
b.silent(m_fw, "a friend forwarding a job posting; no process yet")

# newsletter (silent)
nl = simple_html([
    "<b>The Batch Size</b> &middot; Issue 212",
    "<b>The 7 ML system design interview questions everyone is getting this fall</b><br>Feature stores, drift, and why "
    "\"just retrain it\" is the wrong answer. Plus: a reader's offer negotiation, annotated.",
    "<b>Also this week:</b> serving LLMs on a budget; a tour of three open-source model registries.",
    '<a href="https://thebatchsize.example/212">Read the issue</a>'],
    footer="You're receiving The Batch Size because you subscribed. Unsubscribe anytime.", brand="#111111")
m_nl = b.add("INBOX", "newsletter-batch-size", "2026-10-20 06:30", TZ, ("The Batch Size", "hello@thebatchsize.example"),
             "The 7 ML system design interview questions everyone is getting this fall", html=nl, mid="sendgrid")
b.silent(m_nl, "newsletter about interview questions and offer negotiation")

# 025 hold, well after the boundary
h6 = """Owen,

I owe you an update, and I'm sorry it's arriving later than I promised.

Finance has frozen our open requisitions through the end of the year, and the Senior MLE role is one of them. It isn't closed, and you were our first choice, but I can't make an offer until the freeze lifts, which could be January or could be later.

I'd like to keep you posted as soon as I know more, if you're willing.""" + HSIG
b.add("INBOX", "an-update-owed", "2026-10-27 12:15", TZ, HELGA, "An update I owe you", text=h6, mid="outlook")

b.write()
