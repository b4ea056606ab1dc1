#!/usr/bin/env python3
"""m05: St. John's operations manager; one real process (Oxbow Robotics) among look-alikes."""
from mimehelp import Box, html_from_text
from common import gcal_invite, q

TZ = "America/St_Johns"
ET = "America/New_York"
ME = ("Siobhan Walsh", "siobhan.walsh@capelin.example")
ABI = ("Abigail Fenwick", "abigail.fenwick@oxbowrobotics.example")
VIK = ("Viktor Hale", "viktor.hale@oxbowrobotics.example")
LIO = ("Lionel Park", "lionel.park@oxbowrobotics.example")
BHR = ("Oxbow Robotics", "notifications@bamboohr.com")
# the user's own employer (she hires for her team)
WORK = "siobhan.walsh@narrowsmarine.example"
BRID = ("Bríd Kavanagh", "brid.kavanagh@narrowsmarine.example")
ETH = ("Ethan Brophy", "ethan.brophy@tidewatch.example")
CO = "oxbow"

b = Box("m05-stjohns-ops-lookalikes", ME, TZ, "2026-09-15T08:00:00-02:30", "2026-11-20T17:00:00-03:30",
        notes="one real process among look-alikes; user also hires for her own team", country="US")
SSIG = "\n\nSiobhan Walsh\nSt. John's, NL\n709-555-0106"
ASIG = "\n\nAbigail Fenwick\nChief Operating Officer, Oxbow Robotics\nPittsburgh, PA · 412-555-0137"

t1 = ("Hi Abigail,\n\nWe spoke briefly at the coffee station on the second morning of the Halifax supply chain "
      "conference - you were telling me about the trouble you've had getting consistent cycle counts out of your "
      "contract manufacturer. I've been thinking about that conversation since, and I noticed last week that "
      "Oxbow posted a Director of Operations role.\n\n"
      "I'd like to throw my hat in. For six years I've run operations at Narrows Marine Services here in St. "
      "John's: a 70-person team, three warehouses, a supplier base across four countries, and a fleet that "
      "doesn't care what the weather is doing. I took our on-time-in-full from 82% to 96% and led our ERP move "
      "without losing a single week of shipments.\n\n"
      "I've attached my resume. I'm fully remote-ready and comfortable travelling to Pittsburgh as often as needed."
      "\n\nAll the best,\nSiobhan" + SSIG)
m1 = b.sent("oxbow-application", "2026-09-15 09:30", "Director of Operations - following up from Halifax", t1, to=[ABI],
            mid="apple", mid_domain="capelin.example",
            attach=[("Siobhan_Walsh_Resume.pdf", "application/pdf", b"%PDF-1.4\n% resume S Walsh\n%%EOF\n")])

t2 = ("Siobhan! Of course I remember - the cycle count rant. Lovely to hear from you.\n\n"
      "Could you put an application in through our careers page as well (oxbowrobotics.example/careers)? Our "
      "People team is strict about having everyone in BambooHR. I'll keep an eye out for it.\n\nAbigail\n\n"
      "Sent from my iPhone")
m2 = b.add("INBOX", "re-oxbow-application", "2026-09-15 14:00", ET, ABI, "Re: Director of Operations - following up from Halifax",
           text=t2 + q(t1, m1, ME[0], ME[1], "apple", tz=ET), reply=m1, mid="apple",
           mid_domain="oxbowrobotics.example", co=CO)

bhr = ("Hi Siobhan,\n\nThank you for applying for the Director of Operations position at Oxbow Robotics. We'll "
       "review your application and get back to you within two weeks.\n\n"
       "Thanks again for your interest,\nOxbow Robotics People Team\n\n"
       "Powered by BambooHR\n")
m3 = b.add("INBOX", "bamboohr-ack", "2026-09-16 10:12", TZ, BHR, "Thank you for applying to Oxbow Robotics",
           html=html_from_text(bhr), mid="ses", co=CO)
b.timeframe(m3, "2026-09-30", ABI[1], answered=True)

ins = ("Dear Siobhan Walsh,\n\nYour application has been received.\n\n"
       "Policy type: Term Life 20\nApplication #: PM-2026-0918834\n\n"
       "What happens next: an underwriter will review your application. We may contact you to schedule a short "
       "telephone interview to confirm your health history, and a paramedical exam at a location near you.\n\n"
       "Thank you for choosing Puffin Mutual.\n")
m4 = b.add("INBOX", "insurance", "2026-09-17 08:45", TZ, ("Puffin Mutual Insurance", "noreply@puffinmutual.example"),
           "Your application has been received", html=html_from_text(ins), mid="sendgrid")
b.silent(m4, "insurance application received, with an underwriter 'telephone interview'")

t5 = ("Hi Ethan,\n\nThank you for applying for the Marine Logistics Coordinator position with Narrows Marine "
      "Services. We'd like to invite you for an interview on Thursday, September 24 at 10:00 a.m. at our office, "
      "12 Harbour Drive (third floor - ask for me at reception). You'll meet with me and Colm Fitzgerald, our "
      "warehouse lead, for about an hour.\n\nPlease let me know if that time works.\n\n"
      "Regards,\nSiobhan Walsh\nOperations Manager, Narrows Marine Services\n709-555-0199")
m5 = b.sent("team-candidate", "2026-09-18 09:20", "Interview - Marine Logistics Coordinator", t5, to=[ETH],
            cc=[("Siobhan Walsh (Narrows)", WORK)], mid="apple", mid_domain="capelin.example")
b.silent(m5, "the user inviting a candidate to interview for her own team")

t6 = ("Hi Siobhan,\n\nThursday at 10 works for me - see you then. Thanks very much for the opportunity!\n\n"
      "Ethan Brophy")
m6 = b.add("INBOX", "re-team-candidate", "2026-09-18 12:41", TZ, ETH, "Re: Interview - Marine Logistics Coordinator",
           text=t6 + q(t5, m5, ME[0], ME[1]), reply=m5, mid="gmail")
b.silent(m6, "a candidate accepting the interview the user is running for her team")

fair = """<html><body style="font-family:Georgia,serif">
<h1 style="color:#0b4f6c">Avalon Career Fair 2026</h1>
<p><b>Thursday, October 8 · 10:00 a.m. - 3:00 p.m. · St. John's Convention Centre</b></p>
<p>Meet more than 60 employers from ocean tech, energy, health and government. Bring copies of your resume:
many employers hold on-the-spot interviews!</p>
<p><a href="https://avaloncareerfair.example/register">Register free</a></p>
<p style="font-size:11px">You are receiving this because you attended a past Avalon Career Fair.</p>
</body></html>
"""
m7 = b.add("INBOX", "career-fair", "2026-09-21 10:00", TZ, ("Avalon Career Fair", "hello@avaloncareerfair.example"),
           "You're invited: Avalon Career Fair, October 8", html=fair, mid="sendgrid")
b.silent(m7, "career fair invitation")

t8 = ("Hi Siobhan,\n\nYour application came through - thank you! Could we find time to talk this week? I'm fairly "
      "free Thursday and Friday afternoons." + ASIG)
m8 = b.add("INBOX", "oxbow-talk", "2026-09-22 11:05", ET, ABI, "Oxbow - let's talk", text=t8, mid="gmail", co=CO)
t9 = "Hi Abigail,\n\nThursday afternoon would be great - anytime after 2 your time.\n\nSiobhan"
m9 = b.sent("re-oxbow-talk", "2026-09-22 13:10", "Re: Oxbow - let's talk", t9 + q(t8, m8, ABI[0], ABI[1]), to=[ABI],
            reply=m8, mid="apple", mid_domain="capelin.example")
t10 = ("Let's say 3pm ET Thursday then - 4:30 for you, if I've got the Newfoundland half hour right!\n\n"
       "Zoom: https://oxbowrobotics.zoom.example/j/83150674420\n\nAbigail")
m10 = b.add("INBOX", "re-oxbow-talk", "2026-09-22 13:02", ET, ABI, "Re: Oxbow - let's talk", text=t10 + q(t9, m9, ME[0], ME[1], tz=ET),
            reply=m9, mid="gmail", co=CO)
b.interview(m10, "2026-09-24 15:00", ET, [ABI[1]])

m11, _ = gcal_invite(b, "2026-09-23 08:30", BRID, "Panel interview - Ethan Brophy (Marine Logistics Coordinator)",
                     "2026-09-24 10:00", TZ, 60, [(ME[0], ME[1]), ("Colm Fitzgerald", "colm.fitzgerald@narrowsmarine.example")],
                     "Newfoundland Time - St. John's", location="Boardroom 3B, 12 Harbour Drive",
                     description="Interviewers: Siobhan Walsh, Colm Fitzgerald. Candidate resume and scorecard in the HR drive.\n"
                                 "Siobhan - sending to your personal address as well while Exchange is still down. B.")
b.silent(m11, "calendar invite for an interview the user conducts as interviewer for her own team")

pod = ("Hi Siobhan,\n\nI host Dockside Ops, a small podcast about the people who keep ports and supply chains "
       "moving in Atlantic Canada. A listener pointed me to your talk on winter fleet planning, and I'd love to "
       "interview you for an episode. It's about 40 minutes, recorded remotely, very relaxed.\n\n"
       "Would you be up for it sometime in early October?\n\nCheers,\nDeclan Power\nDockside Ops podcast\n")
m12 = b.add("INBOX", "podcast", "2026-09-25 09:00", TZ, ("Declan Power", "declan@docksideops.example"),
            "Podcast interview request - Dockside Ops", text=pod, mid="gmail")
b.silent(m12, "podcast asking to interview the user")

t13 = ("Hi Abigail,\n\nThank you so much for your time yesterday - I loved hearing how you're planning the second "
       "line.\n\nSiobhan")
t15 = ("Hi Siobhan,\n\nI loved our chat yesterday, and I'd like you to meet the rest of the leadership team. "
       "Could you do Monday, October 5? Here's what I have in mind (all Eastern):\n\n"
       "11:00 - 11:45   Viktor Hale, CEO (viktor.hale@oxbowrobotics.example)\n"
       "12:00 - 12:45   Grace Okafor, Head of Manufacturing\n"
       "1:30 - 2:15     Lionel Park, VP Finance (lionel.park@oxbowrobotics.example)\n\n"
       "Each is a separate Zoom; links below. Viktor will mostly want to talk about scale, Grace about the floor "
       "and Lionel about how you think about inventory carrying costs.\n\n"
       "Viktor: https://oxbowrobotics.zoom.example/j/83150674501\n"
       "Grace: https://oxbowrobotics.zoom.example/j/83150674502\n"
       "Lionel: https://oxbowrobotics.zoom.example/j/83150674503" + ASIG)
m15 = b.add("INBOX", "oxbow-leadership", "2026-09-25 10:00", ET, ABI, "Meeting the Oxbow leadership team - Oct 5",
            text=t15, html=True, cc=[VIK, LIO], mid="gmail", co=CO)
b.interview(m15, "2026-10-05 12:00", ET, ["name:Grace Okafor"])
b.interview(m15, "2026-10-05 13:30", ET, [LIO[1]])
b.interview(m15, "2026-10-05 14:30", ET, [VIK[1]], moved_by_text=True)
t16 = "Monday the 5th works perfectly. Looking forward to it!\n\nSiobhan"
b.sent("re-oxbow-leadership", "2026-09-25 12:04", "Re: Meeting the Oxbow leadership team - Oct 5",
       t16 + q(t15, m15, ABI[0], ABI[1]), to=[ABI], reply=m15, mid="apple", mid_domain="capelin.example")

t17 = ("Hi Declan,\n\nThat's very kind, I'd be happy to. Early October is good - Wednesday the 7th would suit me best.\n\n"
       "Siobhan")
m17 = b.sent("re-podcast", "2026-09-25 19:40", "Re: Podcast interview request - Dockside Ops", t17 + q(pod, m12, "Declan Power", "declan@docksideops.example"),
             to=[("Declan Power", "declan@docksideops.example")], reply=m12, mid="apple", mid_domain="capelin.example")
t18 = ("Booked! Wednesday October 7 at 1:00 p.m. Newfoundland time. We'll record on Riverside; I'll send the link "
       "and a rough list of interview questions a few days before. Thanks so much, Siobhan.\n\nDeclan")
m18 = b.add("INBOX", "podcast-booked", "2026-09-28 08:20", TZ, ("Declan Power", "declan@docksideops.example"),
            "Re: Podcast interview request - Dockside Ops", text=t18 + q(t17, m17, ME[0], ME[1]), reply=m17, mid="gmail")
b.silent(m18, "podcast recording booked, an 'interview' of the user as a guest")

summit = ("ATLANTIC SUPPLY CHAIN SUMMIT 2026\nNovember 18-19 · Moncton\n\n"
          "The agenda is live! Highlights include:\n"
          "- Keynote: Nearshoring after the tariff years\n"
          "- Panel: Interviewing and hiring the next generation of ops leaders\n"
          "- Workshop: Cold chain on a shoestring\n\n"
          "Early-bird pricing ends Friday. Register now.\n\nUnsubscribe\n")
m19 = b.add("INBOX", "summit-newsletter", "2026-09-29 07:15", TZ, ("Atlantic Supply Chain Summit", "news@atlanticscsummit.example"),
            "The Summit agenda is live", html=html_from_text(summit), mid="sendgrid")
b.silent(m19, "conference ('Summit') newsletter mentioning interviewing")

t20 = "Siobhan - any chance we could move mine to 2:30pm ET the same day? A board call landed on my 11.\n\nV"
m20 = b.add("INBOX", "viktor-move", "2026-10-02 09:15", ET, VIK, "Monday", text=t20, cc=[ABI], mid="apple",
            mid_domain="oxbowrobotics.example", co=CO)
t21 = "Sure - 2:30 works."
b.sent("re-viktor-move", "2026-10-02 11:00", "Re: Monday", t21 + "\n\nSiobhan" + q(t20, m20, VIK[0], VIK[1]), to=[VIK],
       cc=[ABI], reply=m20, mid="apple", mid_domain="capelin.example")

alert = ("New jobs matching \"director of operations\"\n\n"
         "Director of Operations - Gannet Fisheries - St. John's, NL\nDirector, Supply Chain - Seastack Energy - Remote\n"
         "Operations Director - Harbour Freight Lines - Halifax, NS\n\nView all 14 jobs\n\n"
         "You can change how often you receive job alerts in your settings.\n")
m22 = b.add("INBOX", "job-alert", "2026-10-03 06:30", TZ, ("WorkScout", "alerts@workscout.example"),
            "14 new Director of Operations jobs", html=html_from_text(alert), mid="ses")
b.silent(m22, "job-alert digest")

t23 = ("Hi Siobhan,\n\nThank you for a really thoughtful afternoon with Viktor, Grace and Lionel yesterday - Lionel "
       "has already quoted your line about inventory being \"cash that's stopped talking to you\".\n\n"
       "We have one more finalist to meet this week, and we'll make our decision after that. You'll hear from me "
       "by Friday, October 16 either way." + ASIG)
m23 = b.add("INBOX", "oxbow-after", "2026-10-06 16:00", ET, ABI, "Thank you, and next steps", text=t23, mid="gmail", co=CO)
b.timeframe(m23, "2026-10-16", ABI[1], answered=True)

rx = ("Your prescription is ready for pickup at Water Street Pharmacy.\nRx #: 88213\n"
      "Pickup by: Oct 16\n")
b.add("INBOX", "pharmacy", "2026-10-09 15:02", TZ, ("Water Street Pharmacy", "rx@waterstreetrx.example"),
      "Ready for pickup", text=rx, mid="plain", mid_domain="waterstreetrx.example", cte="7bit")

t25 = ("Hi Siobhan,\n\nI wanted to write to you personally. We've decided to offer the Director of Operations role to "
       "another candidate, someone who has run a robotics production line through two product launches, which "
       "tipped it for us.\n\n"
       "This was genuinely close, and everyone you met said they'd be happy to work with you. If it's alright, "
       "I'd like to keep in touch - we'll be building out a Canadian supply team next year and I'd love to talk "
       "to you first." + ASIG)
m25 = b.add("INBOX", "oxbow-decision", "2026-10-14 10:30", ET, ABI, "Re: Thank you, and next steps",
            text=t25 + q(t23, m23, ABI[0], ABI[1], tz=ET), reply=m23, mid="gmail", co=CO)
b.rejection(m25, ABI[1])

b.write()
