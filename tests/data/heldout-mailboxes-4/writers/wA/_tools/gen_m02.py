"""m02: one process (Corvid Ledger, Lever + Calendly + Google Calendar) from an emailed
application to a late rejection. User in Eastern time."""
from mimehelp import Box, Event, calendar
from common import q, gcal, simple_html, fake_pdf

TZ = "America/New_York"
U = ("Nadia Kessler", "nadia.kessler@postbox.example")
b = Box("m02-corvid", U, TZ, "2026-09-14T07:00:00-04:00", "2026-12-01T18:00:00-05:00",
        notes="emailed application -> Lever ack -> Calendly recruiter screen -> HM call ('Thursday works', pushed to Friday) -> in-person 4-session onsite (one interviewer swapped) -> unanswered 5-business-day promise -> late rejection")

JAMAL = ("Jamal Whitcombe", "jamal.whitcombe@corvidledger.example")
ROS = ("Rosalind Achebe", "rosalind.achebe@corvidledger.example")
PAIGE = ("Paige Lindqvist", "paige.lindqvist@corvidledger.example")
MARCO = ("Marco Villanueva", "marco.villanueva@corvidledger.example")
DEEPA = ("Deepa Raghunathan", "deepa.raghunathan@corvidledger.example")
COLIN = ("Colin Ashdown", "colin.ashdown@corvidledger.example")
YVETTE = ("Yvette Moreau-Banks", "yvette.moreau-banks@corvidledger.example")
EVELYN = ("Evelyn Strand", "evelyn.strand@corvidledger.example")

JSIG = """

Jamal Whitcombe
Senior Technical Recruiter
Corvid Ledger | corvidledger.example
m: 917-555-0133"""

# 001 application by email
a1 = """Dear Corvid Ledger hiring team,

I'm applying for the Senior Product Manager, Payments role (ref. PM-219). My resume is attached.

For the last four years I've been a product manager at Tillbridge, where I own our card-present acceptance stack: terminal onboarding, authorization routing and the dispute flows merchants actually complain about. Last year my team cut false declines by 18% by moving routing decisions out of a rules engine and into a scored model we could A/B test, and I led the migration of 12,000 merchants to a new settlement schedule without a single missed payout.

What draws me to Corvid Ledger is your bet that small lenders deserve the same real-time money movement the big banks have. I'd love to help build it.

Thank you for your consideration,
Nadia Kessler
Brooklyn, NY | 347-555-0181 | linkedin.example/in/nadiakessler"""
b.sent("application-pm-payments", "2026-09-14 08:52",
       "Application: Senior Product Manager, Payments (ref. PM-219)", a1,
       to=[("Corvid Ledger Talent", "talent@corvidledger.example")], mid="uuid", mid_domain="postbox.example",
       attach=[("Nadia_Kessler_Resume.pdf", "application/pdf", fake_pdf("Nadia Kessler - Resume"))])

# 002 Lever acknowledgement
lev = """Hi Nadia,

Thanks for your interest in Corvid Ledger! We've received your application for Senior Product Manager, Payments and added it to our system.

Our team reads every application. If your experience lines up with what we're looking for, a member of our recruiting team will be in touch; either way, you can expect to hear from us in the coming weeks.

Best,
The Corvid Ledger Team

---
You're receiving this email because you applied for a position at Corvid Ledger. Sent via Lever."""
b.add("INBOX", "lever-application-received", "2026-09-14 09:31", TZ, ("Corvid Ledger", "no-reply@hire.lever.co"),
      "Thanks for applying to Corvid Ledger", text=lev, html=True, mid="uuid", mid_domain="hire.lever.co")

# 003 dentist (silent)
m3 = b.add("INBOX", "appointment-confirmed", "2026-09-16 17:05", TZ,
           ("Park Slope Family Dental", "reminders@parkslopedental.example"),
           "Appointment confirmed: Tue, Sep 22 at 8:30 AM",
           text="""Hi Nadia,

Your appointment is confirmed:

Tuesday, September 22, 2026 at 8:30 AM
Cleaning & exam with Dr. Miriam Feld
412 7th Avenue, Brooklyn

Reply C to confirm or call (718) 555-0107 to reschedule. Please arrive 10 minutes early to update your insurance information.

Park Slope Family Dental""", mid="plain", mid_domain="parkslopedental.example")
b.silent(m3, "dental appointment confirmation, not an interview")

# 004 recruiter outreach with Calendly link
j1 = """Hi Nadia,

Thanks for applying to the Senior PM, Payments role. The card-present routing work on your resume is very relevant to what our payments team is building for 2027.

Would you be up for a 30-minute intro call so I can tell you more about the role and hear what you're looking for? Grab whatever time suits you here:

https://calendly.com/jamal-corvidledger/intro-30

Talk soon,""" + JSIG
m4 = b.add("INBOX", "intro-call", "2026-09-21 10:14", TZ, JAMAL,
           "Corvid Ledger | Senior PM, Payments - intro call", text=j1, mid="gmail")

# 005 Calendly confirmation (attached ics)
ev5 = Event("calendly-5d2a0e7c-81f4-4e77-a1b9-0c3f4d9e2b61", "2026-09-24 11:30", TZ, 30,
            "Intro call: Nadia Kessler and Jamal Whitcombe", organizer=JAMAL,
            attendees=[JAMAL, U], location="Phone call: Jamal will call 347-555-0181",
            description="Event Name: 30 Minute Intro\nInvitee: Nadia Kessler\nNeed to make changes? https://calendly.com/cancellations/5d2a0e7c",
            stamp="20260921170241Z")
ics5 = calendar("REQUEST", [ev5], prodid="-//Calendly//Calendly Calendar//EN")
cal_txt = """Hi Nadia Kessler,

Your 30 Minute Intro with Jamal Whitcombe is scheduled.

Event Type: 30 Minute Intro
Event Date/Time: 11:30am - 12:00pm (Eastern Time - US & Canada) on Thursday, September 24, 2026
Location: Phone call. Jamal Whitcombe will call you at +1 347-555-0181.
Invitee Email: nadia.kessler@postbox.example

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5d2a0e7c
Reschedule: https://calendly.com/reschedulings/5d2a0e7c

Powered by Calendly.com"""
m5 = b.add("INBOX", "calendly-confirmed", "2026-09-21 13:02", TZ, ("Calendly", "notifications@calendly.com"),
           "Confirmed: 30 Minute Intro with Jamal Whitcombe on Thursday, September 24, 2026",
           text=cal_txt, html=True, ics=ics5, ics_as="attach", ics_name="invite.ics", mid="sendgrid",
           reply_to=JAMAL)
b.interview(m5, "2026-09-24 11:30", TZ, [JAMAL[1]])

# 006 after the screen
j2 = """Nadia - great talking today! As promised, here's what comes next.

You'll meet Rosalind Achebe, our VP of Product, for about 45 minutes. She owns the payments roadmap and is the hiring manager here. She likes to set up her own calls, so expect a note from her directly in the next few days.

If you have questions in the meantime, I'm around.""" + JSIG
b.add("INBOX", "next-up-rosalind", "2026-09-24 14:20", TZ, JAMAL, "Next up: Rosalind", text=j2, mid="gmail")

# 007 HM asks for times
r1 = """Hi Nadia,

Jamal passed along your details and I'd love to find time to talk. I'm traveling early next week, so could you send me two or three times that work for you the week of October 5? Anything between 10 and 5 Eastern is usually fine for me.

Thanks,
Rosalind

Rosalind Achebe
VP, Product | Corvid Ledger"""
m7 = b.add("INBOX", "time-to-talk", "2026-09-25 09:05", TZ, ROS, "Time to talk?", text=r1, mid="gmail")

s8 = """Hi Rosalind,

Thanks for reaching out! Either of these would work well for me:

- Tuesday 10/6 at 2pm ET
- Thursday 10/8 at 11am ET

Happy to adjust if neither is good.

Best,
Nadia"""
m8 = b.sent("re-time-to-talk", "2026-09-25 11:30", "Re: Time to talk?",
            s8 + q(r1, "Rosalind Achebe <rosalind.achebe@corvidledger.example>", "Fri, Sep 25, 2026 at 9:05 AM"),
            to=[ROS], reply=m7, mid="uuid", mid_domain="postbox.example")

# 009 "Thursday works."
m9 = b.add("INBOX", "re-time-to-talk", "2026-09-25 12:41", TZ, ROS, "Re: Time to talk?",
           text="Thursday works.\n\nSent from my iPhone" +
           q(s8, "Nadia Kessler <nadia.kessler@postbox.example>", "Sep 25, 2026, at 11:30 AM,"),
           reply=m8, mid="apple", mid_domain="corvidledger.example")
b.interview(m9, "2026-10-09 11:00", TZ, [ROS[1]])

# 010 push to Friday
r2 = """Hi Nadia - board prep just landed on Thursday morning, sorry. Can we push to Friday same time? If not, I'll find another slot next week.

Rosalind"""
m10 = b.add("INBOX", "re-time-to-talk-2", "2026-10-06 17:48", TZ, ROS, "Re: Time to talk?", text=r2, reply=m9, mid="gmail")
s11 = "No problem at all. Friday at 11 works. Talk then!\n\nNadia"
b.sent("re-time-to-talk-2", "2026-10-06 18:02", "Re: Time to talk?",
       s11 + q(r2, "Rosalind Achebe <rosalind.achebe@corvidledger.example>", "Tue, Oct 6, 2026 at 5:48 PM"),
       to=[ROS], reply=m10, mid="uuid", mid_domain="postbox.example")

# 012 building noise
b.add("INBOX", "elevator", "2026-10-12 10:30", TZ, ("Halsey Court Management", "office@halseycourt.example"),
      "Elevator maintenance Wed 10/14",
      text="Dear residents,\n\nThe north elevator will be out of service on Wednesday, October 14 from 9 AM to 3 PM for its annual inspection. The south elevator will run as usual.\n\nThank you for your patience,\nHalsey Court Management",
      mid="plain", mid_domain="halseycourt.example")

# 013 onsite invitation from recruiter
j3 = """Hi Nadia,

Rosalind really enjoyed your conversation on Friday, and we'd love to invite you to our final round. This one is in person at our office in Hudson Square (118 Greenwich Terrace, 9th floor). It's four conversations of about 45 minutes each, and lunch is on us.

Paige Lindqvist from our recruiting coordination team will reach out shortly with options for the week of October 19.

Excited for you!""" + JSIG
b.add("INBOX", "final-round", "2026-10-13 09:40", TZ, JAMAL, "Final round at Corvid Ledger", text=j3, mid="gmail")

p1 = """Hi Nadia,

I'm coordinating your onsite. Which of these works better for you?

A) Thursday, October 22, roughly 1:00 to 4:15 PM ET
B) Friday, October 23, roughly 9:30 AM to 12:45 PM ET

Once I know, I'll send the full agenda.

Thanks!
Paige Lindqvist
Recruiting Coordinator | Corvid Ledger"""
m14 = b.add("INBOX", "onsite-scheduling", "2026-10-14 11:15", TZ, PAIGE, "Onsite scheduling", text=p1, mid="gmail")
s15 = "Hi Paige, Thursday afternoon (option A) is better for me. Thank you!\n\nNadia"
m15 = b.sent("re-onsite-scheduling", "2026-10-14 12:01", "Re: Onsite scheduling",
             s15 + q(p1, "Paige Lindqvist <paige.lindqvist@corvidledger.example>", "Wed, Oct 14, 2026 at 11:15 AM"),
             to=[PAIGE], reply=m14, mid="uuid", mid_domain="postbox.example")

# 016 agenda in text
p2 = """Hi Nadia,

You're all set for Thursday, October 22. Here's the agenda (all times Eastern):

1:00 - 1:45 PM   Product sense with Marco Villanueva, Group Product Manager
1:50 - 2:35 PM   Technical deep dive with Deepa Raghunathan, Engineering Manager, Payments Infrastructure
2:35 - 2:45 PM   Break
2:45 - 3:30 PM   Metrics & analytics with Colin Ashdown, Data Science Lead
3:35 - 4:15 PM   Collaboration & culture with Yvette Moreau-Banks, Head of Design

Please check in at the 9th-floor front desk at 12:45 with a photo ID. I'll come grab you. A calendar hold with everyone on it is coming right behind this email.

See you soon!
Paige Lindqvist
Recruiting Coordinator | Corvid Ledger
646-555-0142"""
m16 = b.add("INBOX", "re-onsite-scheduling", "2026-10-15 16:30", TZ, PAIGE, "Re: Onsite scheduling", text=p2,
            reply=m15, mid="gmail")
b.interview(m16, "2026-10-22 13:00", TZ, [EVELYN[1]])
b.interview(m16, "2026-10-22 13:50", TZ, [DEEPA[1]])
b.interview(m16, "2026-10-22 14:45", TZ, [COLIN[1]])
b.interview(m16, "2026-10-22 15:35", TZ, [YVETTE[1]])

desc = ("Onsite interviews for Senior Product Manager, Payments\n1:00 Marco Villanueva (Product sense)\n"
        "1:50 Deepa Raghunathan (Technical deep dive)\n2:45 Colin Ashdown (Metrics)\n"
        "3:35 Yvette Moreau-Banks (Collaboration)\nCheck in at the 9th-floor front desk.")
inv = gcal(b, "2026-10-15 16:34", PAIGE, "Onsite: Nadia Kessler / Senior PM, Payments", "2026-10-22 13:00", TZ, 195,
           [PAIGE, MARCO, DEEPA, COLIN, YVETTE], desc=desc,
           location="Corvid Ledger, 118 Greenwich Terrace, 9th floor, New York, NY")

# 018 swap, with updated invite
p3 = """Hi Nadia,

One small change for Thursday: Marco is stuck traveling, so Evelyn Strand, a Group PM on our lending side, will run the product sense session instead. Same time, 1:00 PM. I've swapped them on the calendar invite.

Paige"""
ev18 = Event(inv.uid, "2026-10-22 13:00", TZ, 195, "Onsite: Nadia Kessler / Senior PM, Payments", organizer=PAIGE,
             attendees=[(n, a, "REQ-PARTICIPANT", a == PAIGE[1]) for n, a in [PAIGE, EVELYN, DEEPA, COLIN, YVETTE, U]],
             seq=1, location="Corvid Ledger, 118 Greenwich Terrace, 9th floor, New York, NY",
             description=desc.replace("Marco Villanueva", "Evelyn Strand"), stamp="20261020131200Z")
b.add("INBOX", "change-for-thursday", "2026-10-20 09:12", TZ, PAIGE, "Small change for Thursday",
      text=p3, ics=calendar("REQUEST", [ev18]), ics_as="alt", cc=[EVELYN], mid="gmail")

# 019 promised answer (unanswered)
j4 = """Hi Nadia,

Thanks so much for coming in today. I heard great things from Paige about how the afternoon went.

The panel will get their feedback in over the next couple of days, and we'll get back to you within 5 business days.

Have a good evening!""" + JSIG
m19 = b.add("INBOX", "thanks-for-coming-in", "2026-10-22 17:55", TZ, JAMAL, "Thanks for coming in today",
            text=j4, mid="gmail")
b.timeframe(m19, "2026-10-29", JAMAL[1], False)

# 020 friend
b.add("INBOX", "how-did-it-go", "2026-10-23 08:14", TZ, ("Tasha Briggs", "tasha.b@fastpost.example"),
      "how'd it go??", text="""ok tell me EVERYTHING about yesterday. did the design lady like you. did they feed you

drinks saturday? the place on 5th with the heat lamps

t""", cte="7bit", mid="gmail")

# 021 noise
b.add("INBOX", "receipt", "2026-10-27 19:02", TZ, ("Citi Bike", "receipts@citibike.example"),
      "Your ride receipt", text="Thanks for riding!\n\nOct 27, 2026  6:31 PM - 6:52 PM\nDuration: 21 min\nTotal: $0.00 (included in membership)\n\nCiti Bike",
      html=True, mid="sendgrid")

# 022 late rejection
j5 = """Hi Nadia,

I'm sorry this took longer than I said it would. The team took its time with the decision, which I think reflects how close it was.

After a lot of discussion, they've decided to move forward with another candidate whose background is a bit closer to the card-issuing side of the roadmap. I know that's disappointing to hear after a full onsite, and I want to be clear that everyone you met was impressed, Rosalind especially.

If you're open to it, I'd like to keep in touch as our lending products team grows next year.

Wishing you the very best,""" + JSIG
m22 = b.add("INBOX", "update-senior-pm", "2026-11-05 15:40", TZ, JAMAL, "Update on the Senior PM, Payments role",
            text=j5, mid="gmail")
b.rejection(m22, JAMAL[1])

b.write()
