"""m01: one process (Brightwater Freight, Greenhouse + GoodTime) from application to offer.
User in Pacific time."""
from mimehelp import Box, Event, calendar, zdt
from common import q, simple_html, fake_pdf

TZ = "America/Los_Angeles"
U = ("Marisol Ortega-Reyes", "marisol.ortega@mailbox.example")
b = Box("m01-brightwater", U, TZ, "2026-09-08T08:00:00-07:00", "2026-11-20T17:00:00-08:00",
        notes="application -> recruiter phone screen -> tech screen (interviewer swapped) -> 4-session loop (one session moved) -> offer")

KENDRA = ("Kendra Paulsen", "kendra.paulsen@brightwaterfreight.example")
RUBEN = ("Ruben Alcantar", "ruben.alcantar@brightwaterfreight.example")
WEI = ("Wei Tanaka", "wei.tanaka@brightwaterfreight.example")
ANJALI = ("Anjali Deshmukh", "anjali.deshmukh@brightwaterfreight.example")
TOM = ("Tom Achterberg", "tom.achterberg@brightwaterfreight.example")
GH = ("Brightwater Freight", "no-reply@us.greenhouse-mail.io")

KSIG = """

Kendra Paulsen
Senior Technical Recruiter | Brightwater Freight
(503) 555-0164"""

# 001 Greenhouse acknowledgement (text + html)
ack_txt = """Hi Marisol,

Thanks for applying to the Senior Data Engineer, Freight Visibility role at Brightwater Freight! We've received your application and our recruiting team is reviewing it.

If your background is a match for what the team needs, someone from recruiting will reach out to talk about next steps. In the meantime, you can learn more about how we move 40,000 loads a week at brightwaterfreight.example/engineering.

Thanks again for your interest,
The Brightwater Freight Recruiting Team

This email was sent from an unmonitored address. Please do not reply."""
ack_html = simple_html([
    "Hi Marisol,",
    "Thanks for applying to the <b>Senior Data Engineer, Freight Visibility</b> role at Brightwater Freight! "
    "We've received your application and our recruiting team is reviewing it.",
    "If your background is a match for what the team needs, someone from recruiting will reach out to talk about "
    "next steps. In the meantime, you can learn more about how we move 40,000 loads a week at "
    '<a href="https://brightwaterfreight.example/engineering">our engineering blog</a>.',
    "Thanks again for your interest,<br>The Brightwater Freight Recruiting Team"],
    footer="This email was sent from an unmonitored address. Please do not reply. Powered by Greenhouse.",
    brand="#0b3d5c")
b.add("INBOX", "greenhouse-application-received", "2026-09-08 10:02", TZ, GH,
      "Thank you for applying to Brightwater Freight", text=ack_txt, html=ack_html, mid="sendgrid")

# 002 sister, noise
b.add("INBOX", "sunday", "2026-09-09 18:41", TZ, ("Lucia Ortega", "lucia.ortega@mailbox.example"),
      "sunday??", text="""mami wants to know if your coming sunday. she's making pozole so you kind of have to

also how's the job stuff going, did anyone call you back yet

Sent from my iPhone""", cte="7bit", mid="apple")

# 003 meetup look-alike (silent)
meet_txt = """Bay Area Data Engineering Meetup

NEW EVENT: Mock Interview Night (system design edition)

Thursday, September 24, 2026, 6:30 PM to 9:00 PM PDT
Hosted at Lanternworks, 410 Alder St, Oakland

Pair up with another member and take turns running a 40-minute data pipeline design interview. We'll provide prompts, rubrics and pizza. Hiring managers from a few local companies will be around to give feedback, but this is practice only: nobody is being evaluated.

RSVP: https://meetup.example/bayarea-dataeng/events/3091774

You're receiving this because you're a member of Bay Area Data Engineering. Unsubscribe: https://meetup.example/u/8841"""
m3 = b.add("INBOX", "meetup-mock-interview-night", "2026-09-11 09:15", TZ,
           ("Bay Area Data Engineering", "info@email.meetup.example"),
           "New event: Mock Interview Night (system design edition)", text=meet_txt, html=True, mid="sendgrid")
b.silent(m3, "a meetup's practice mock-interview night, not an interview")

# 004 recruiter outreach
k1 = """Hi Marisol,

I'm the recruiter for the Senior Data Engineer role on our Freight Visibility team, and I just finished reading through your application. Your work on the streaming ETA pipeline at Caldera Transit is almost exactly the problem this team is chewing on right now, so I'd love to get a call on the calendar.

Would you have 30 minutes for a phone conversation this week? I'm open Thursday 9/17 between 10 and noon PT, or Friday 9/18 anywhere from 1 to 4 PT. If neither works, just send me a couple of times that do.

Looking forward to it!""" + KSIG
m4 = b.add("INBOX", "senior-data-engineer-quick-chat", "2026-09-15 11:20", TZ, KENDRA,
           "Brightwater Freight - Senior Data Engineer: quick chat?", text=k1, mid="outlook")

# 005 user picks a slot
s5 = """Hi Kendra,

Thanks for reaching out, and glad the Caldera work caught your eye! Friday at 2 PT works great for me. Best number is my cell, (510) 555-0148.

Talk soon,
Marisol"""
m5 = b.sent("re-quick-chat", "2026-09-15 12:05", "Re: Brightwater Freight - Senior Data Engineer: quick chat?",
            s5 + q(k1, "Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>", "Tue, Sep 15, 2026 at 11:20 AM"),
            to=[KENDRA], reply=m4, mid="fastmail")

# 006 recruiter confirms -> interview (text)
k2 = """Perfect, you're on my calendar. I'll give you a call at 2 PT on Friday at (510) 555-0148.

Kendra"""
m6 = b.add("INBOX", "re-quick-chat", "2026-09-15 13:31", TZ, KENDRA,
           "RE: Brightwater Freight - Senior Data Engineer: quick chat?",
           text=k2 + "\n\n-----Original Message-----\nFrom: Marisol Ortega-Reyes <marisol.ortega@mailbox.example>\n"
           "Sent: Tuesday, September 15, 2026 12:05 PM\nTo: Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>\n"
           "Subject: Re: Brightwater Freight - Senior Data Engineer: quick chat?\n\n" + s5, reply=m5, mid="outlook")
b.interview(m6, "2026-09-18 14:00", TZ, [KENDRA[1]])

# 007 after the screen
k3 = """Hi Marisol,

Really enjoyed our conversation this afternoon. Thanks for walking me through the Kafka-to-Iceberg migration; that's going to land well with the team.

Next step is a 60-minute technical screen with Wei Tanaka, one of the Staff Data Engineers on Freight Visibility. It's mostly SQL and a pipeline design discussion, no leetcode. Ruben Alcantar on our coordination team will send you an invite through GoodTime in the next day or two.

Have a great weekend!""" + KSIG
m7 = b.add("INBOX", "next-step-technical-screen", "2026-09-18 15:10", TZ, KENDRA,
           "Next step: technical screen", text=k3, mid="outlook")

# 008 GoodTime calendar invite (tech screen with Wei)
uid8 = "gt-7f3c91d2-5b1e-4a7e-9d0c-brightwater-ts"
ev = Event(uid8, "2026-09-24 11:00", TZ, 60,
           "Brightwater Freight | Technical Screen | Marisol Ortega-Reyes",
           organizer=("Ruben Alcantar", RUBEN[1]),
           attendees=[(U[0], U[1]), (WEI[0], WEI[1])],
           location="https://brightwaterfreight.zoom.example/j/84410297731",
           description="Technical screen for Senior Data Engineer, Freight Visibility.\nInterviewer: Wei Tanaka\nZoom: https://brightwaterfreight.zoom.example/j/84410297731",
           stamp="20260921T163011Z")
ics8 = calendar("REQUEST", [ev], prodid="-//GoodTime.io//Interview Scheduler 4.2//EN")
gt_html = simple_html([
    "Hi Marisol,",
    "Your interview with <b>Brightwater Freight</b> has been scheduled.",
    "<b>Technical Screen</b><br>Thursday, September 24, 2026<br>11:00 AM &ndash; 12:00 PM (Pacific Time)",
    "<b>Interviewer</b><br>Wei Tanaka, Staff Data Engineer",
    '<b>Location</b><br><a href="https://brightwaterfreight.zoom.example/j/84410297731">Zoom meeting</a>',
    "A calendar invitation is attached. Need to change the time? Reply to this email and Ruben will help.",
    "Thanks,<br>Ruben Alcantar<br>Recruiting Coordinator, Brightwater Freight"],
    footer="Sent by GoodTime on behalf of Brightwater Freight.", brand="#111827")
m8 = b.add("INBOX", "goodtime-technical-screen", "2026-09-21 09:30", TZ,
           ("Ruben Alcantar via GoodTime", "scheduling@goodtime.io"),
           "Interview Scheduled: Technical Screen with Brightwater Freight", html=gt_html, ics=ics8,
           ics_as="both", reply_to=RUBEN, mid="uuid", mid_domain="goodtime.io")
b.interview(m8, "2026-09-24 11:00", TZ, [ANJALI[1]])

# 009 interviewer swapped, by text
r1 = """Hi Marisol,

Quick heads-up for tomorrow: Wei is out unexpectedly, so Anjali Deshmukh (cc'd), a Senior Data Engineer on the same team, will run your technical screen instead. Same time (11:00 PT), same Zoom link; nothing you need to change on your end.

Thanks for being flexible!

Ruben Alcantar
Recruiting Coordinator | Brightwater Freight"""
b.add("INBOX", "change-of-interviewer", "2026-09-23 16:45", TZ, RUBEN,
      "Change of interviewer for tomorrow's technical screen", text=r1, cc=[ANJALI], mid="outlook")

# 010 move to loop
k4 = """Hi Marisol,

Good news: Anjali's feedback from Thursday was really strong, and we'd like to move you to our virtual onsite. It's four 45-minute conversations, usually done in a single block:

- System design
- SQL & data modeling
- Hiring manager conversation with Tom Achterberg, our Director of Data Platform
- A cross-functional session with someone from Product

Could you send me your availability for the week of October 5? Ruben will lock in the panel once I have it.""" + KSIG
m10 = b.add("INBOX", "virtual-onsite", "2026-09-25 10:10", TZ, KENDRA,
            "Brightwater Freight - virtual onsite", text=k4, mid="outlook")

s11 = """Hi Kendra,

That's great to hear, thank you! For the week of Oct 5 I'm open:

Tue 10/6 - any time after 10am PT
Thu 10/8 - anytime between 9 and 3 PT
Fri 10/9 - mornings

Marisol"""
b.sent("re-virtual-onsite", "2026-09-25 10:48", "Re: Brightwater Freight - virtual onsite",
       s11 + q(k4, "Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>", "Fri, Sep 25, 2026 at 10:10 AM"),
       to=[KENDRA], reply=m10, mid="fastmail")

# 012 Greenhouse confirmation (text agenda, names only)
conf_txt = """Hi Marisol,

Your virtual onsite for the Senior Data Engineer, Freight Visibility role is confirmed. Here are the details:

Date: Thursday, October 8, 2026
Time zone: Pacific Time (US & Canada)
Location: Zoom, https://brightwaterfreight.zoom.example/j/86620931148 (the same link for every session)

10:00 AM - 10:45 AM  System Design
                     Hollis Grant, Principal Engineer
10:50 AM - 11:35 AM  SQL & Data Modeling
                     Priyanka Venkataraman, Analytics Engineering Lead
11:35 AM - 12:15 PM  Break
12:15 PM - 1:00 PM   Hiring Manager Conversation
                     Tom Achterberg, Director, Data Platform
1:05 PM - 1:50 PM    Cross-functional: working with Product
                     Lena Sorensen, Senior Product Manager

If anything comes up, reply to this email and I'll sort it out.

Best,
Ruben Alcantar
Recruiting Coordinator, Brightwater Freight"""
rows = "".join(f"<tr><td style='padding:6px 12px 6px 0;white-space:nowrap'>{t}</td><td style='padding:6px 0'><b>{s}</b><br>{p}</td></tr>"
               for t, s, p in [("10:00 AM &ndash; 10:45 AM", "System Design", "Hollis Grant, Principal Engineer"),
                               ("10:50 AM &ndash; 11:35 AM", "SQL &amp; Data Modeling", "Priyanka Venkataraman, Analytics Engineering Lead"),
                               ("11:35 AM &ndash; 12:15 PM", "Break", ""),
                               ("12:15 PM &ndash; 1:00 PM", "Hiring Manager Conversation", "Tom Achterberg, Director, Data Platform"),
                               ("1:05 PM &ndash; 1:50 PM", "Cross-functional: working with Product", "Lena Sorensen, Senior Product Manager")])
conf_html = simple_html([
    "Hi Marisol,",
    "Your virtual onsite for the <b>Senior Data Engineer, Freight Visibility</b> role is confirmed.",
    "<b>Date:</b> Thursday, October 8, 2026<br><b>Time zone:</b> Pacific Time (US &amp; Canada)<br>"
    '<b>Location:</b> <a href="https://brightwaterfreight.zoom.example/j/86620931148">Zoom</a> (the same link for every session)',
    f"<table cellpadding='0' cellspacing='0' style='font-size:14px'>{rows}</table>",
    "If anything comes up, reply to this email and I'll sort it out.",
    "Best,<br>Ruben Alcantar<br>Recruiting Coordinator, Brightwater Freight"],
    footer="Sent via Greenhouse", brand="#0b3d5c")
m12 = b.add("INBOX", "interview-confirmation", "2026-09-28 14:02", TZ,
            ("Ruben Alcantar", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Data Engineer at Brightwater Freight", text=conf_txt, html=conf_html,
            reply_to=RUBEN, mid="sendgrid")
b.interview(m12, "2026-10-08 10:00", TZ, ["name:Hollis Grant"])
b.interview(m12, "2026-10-09 09:00", TZ, ["name:Priyanka Venkataraman"])
b.interview(m12, "2026-10-08 12:15", TZ, [TOM[1]])
b.interview(m12, "2026-10-08 13:05", TZ, ["name:Lena Sorensen"])

# 013 noise
b.add("INBOX", "statement-ready", "2026-10-02 08:20", TZ, ("Redwood Shore Credit Union", "alerts@redwoodshore-cu.example"),
      "Your September statement is ready", text="""Your September statement for Checking ...4471 is now available in online banking.

Log in at redwoodshore-cu.example to view it. For your security we never include account details in email.

Redwood Shore Credit Union | Federally insured by NCUA""", html=True, mid="plain", mid_domain="redwoodshore-cu.example")

# 014 move one session
r2 = """Hi Marisol,

Priyanka just told me she has a conflict during her slot on Thursday. Could we move the SQL & Data Modeling session to Friday, October 9 at 9:00 AM PT? Same Zoom link. The other three sessions stay exactly as they are on Thursday.

Sorry for the shuffle!

Ruben"""
m14 = b.add("INBOX", "re-interview-confirmation", "2026-10-05 15:22", TZ, RUBEN,
            "RE: Interview Confirmation: Senior Data Engineer at Brightwater Freight", text=r2, reply=m12, mid="outlook")
s15 = "Friday at 9 works for me. Thanks Ruben!\n\nMarisol"
m15 = b.sent("re-interview-confirmation", "2026-10-05 15:40",
             "Re: Interview Confirmation: Senior Data Engineer at Brightwater Freight",
             s15 + q(r2, "Ruben Alcantar <ruben.alcantar@brightwaterfreight.example>", "Mon, Oct 5, 2026 at 3:22 PM"),
             to=[RUBEN], reply=m14, mid="fastmail")
b.add("INBOX", "re-interview-confirmation-2", "2026-10-05 16:03", TZ, RUBEN,
      "RE: Interview Confirmation: Senior Data Engineer at Brightwater Freight",
      text="Great, thank you! I've updated Priyanka's session on our end: Friday 10/9, 9:00-9:45 AM PT.\n\nRuben",
      reply=m15, mid="outlook")

# 017 hiring manager writes, signing with his address
t1 = """Hi Marisol,

Kendra mentioned you'll be with us on Thursday. I'm looking forward to our conversation. One thing I'd love to dig into: the migration off the legacy batch ETA jobs you mentioned to her. Specifically, how you got the ops folks to trust the new numbers. No prep needed, just bring the story.

See you Thursday,

Tom Achterberg
Director, Data Platform | Brightwater Freight
tom.achterberg@brightwaterfreight.example | (503) 555-0119"""
b.add("INBOX", "looking-forward-to-thursday", "2026-10-06 19:12", TZ, TOM,
      "Looking forward to Thursday", text=t1, mid="outlook")

# reminder without .ics (unlabelled bot mail)
rem = """Hi Marisol,

This is a reminder that your interviews with Brightwater Freight are tomorrow, Thursday, October 8 (Pacific Time):

10:00 AM  System Design - Hollis Grant
12:15 PM  Hiring Manager Conversation - Tom Achterberg
1:05 PM   Cross-functional: working with Product - Lena Sorensen

Your SQL & Data Modeling session with Priyanka Venkataraman is on Friday, October 9 at 9:00 AM.

Zoom: https://brightwaterfreight.zoom.example/j/86620931148

Good luck!
Brightwater Freight Recruiting"""
b.add("INBOX", "reminder-interviews-tomorrow", "2026-10-07 08:00", TZ, ("Ruben Alcantar", "no-reply@us.greenhouse-mail.io"),
      "Reminder: your interviews with Brightwater Freight tomorrow", text=rem, reply_to=RUBEN, mid="sendgrid")

# 018 promised answer
k5 = """Hi Marisol,

Thank you for giving us so much of your time yesterday and this morning. I know a split loop is a lot to juggle.

The panel meets to debrief on Tuesday, and you'll hear from me by Wednesday, October 14 either way. If anything changes on your side in the meantime (other offers, timelines), just let me know.""" + KSIG
m18 = b.add("INBOX", "thank-you-and-next-steps", "2026-10-09 14:30", TZ, KENDRA,
            "Thank you + next steps", text=k5, mid="outlook")
b.timeframe(m18, "2026-10-14", KENDRA[1], True)

# 019 offer
k6 = """Hi Marisol,

I'm so happy to be writing this one: the team loved meeting you, and we'd like to offer you the Senior Data Engineer position on Freight Visibility!

Here's the summary (the full offer letter is attached):

- Base salary: $188,000
- Equity: 9,500 RSUs vesting over four years
- Annual bonus target: 10%
- Start date: Monday, November 9 (flexible)
- Hybrid: Oakland office Tuesdays and Thursdays

Tom is thrilled and asked me to tell you he'd be glad to hop on a call if you have questions about the team. We'd love an answer by Tuesday, October 20, but please reach out before then with anything at all.

Congratulations!""" + KSIG
m19 = b.add("INBOX", "offer-senior-data-engineer", "2026-10-13 17:05", TZ, KENDRA,
            "Offer: Senior Data Engineer, Freight Visibility", text=k6, mid="outlook",
            attach=[("Brightwater_Offer_Ortega-Reyes.pdf", "application/pdf", fake_pdf("Offer letter - Marisol Ortega-Reyes"))])
b.offer(m19)

b.sent("fwd-offer", "2026-10-13 19:40", "Fwd: Offer: Senior Data Engineer, Freight Visibility",
       "!!!!!! don't tell mami yet, I want to tell her sunday\n\n---------- Forwarded message ---------\n"
       "From: Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>\nDate: Tue, Oct 13, 2026 at 5:05 PM\n"
       "Subject: Offer: Senior Data Engineer, Freight Visibility\nTo: Marisol Ortega-Reyes <marisol.ortega@mailbox.example>\n\n" + k6,
       to=[("Lucia Ortega", "lucia.ortega@mailbox.example")], mid="fastmail")

s20 = """Kendra,

Wow, thank you! This made my week. A couple of quick questions before I sign:

1. Is there a refresh cycle for equity, or is the initial grant it for the first few years?
2. Could the start date be Monday, November 16 instead? I'd like to give my current team a full two weeks plus a couple of days to hand off.

Happy to talk by phone if that's easier.

Marisol"""
m20 = b.sent("re-offer", "2026-10-14 08:47", "Re: Offer: Senior Data Engineer, Freight Visibility",
             s20 + q(k6, "Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>", "Tue, Oct 13, 2026 at 5:05 PM"),
             to=[KENDRA], reply=m19, mid="fastmail")
k7 = """Hi Marisol,

Great questions.

1. Yes, refresh grants are reviewed every year in the spring cycle, based on performance. Tom can tell you more about how his team has fared.
2. November 16 is totally fine. I've let Tom know.

I'll send an updated letter with the new start date once you're ready.""" + KSIG
m21 = b.add("INBOX", "re-offer", "2026-10-16 10:26", TZ, KENDRA,
            "RE: Offer: Senior Data Engineer, Freight Visibility", text=k7, reply=m20, mid="outlook")
b.sent("accepting", "2026-10-19 09:15", "Re: Offer: Senior Data Engineer, Freight Visibility",
       "Hi Kendra,\n\nI'm delighted to accept! Please send the updated letter with the Nov 16 start and I'll sign it right away.\n\nThank you for making this such a smooth process.\n\nMarisol"
       + q(k7, "Kendra Paulsen <kendra.paulsen@brightwaterfreight.example>", "Fri, Oct 16, 2026 at 10:26 AM"),
       to=[KENDRA], reply=m21, mid="fastmail")

b.write()
