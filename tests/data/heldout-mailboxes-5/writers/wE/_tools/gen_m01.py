#!/usr/bin/env python3
"""m01: Denver data engineer; one process from a cold application in Sent to an offer."""
from mimehelp import Box, html_from_text
from common import fake_pdf, gcal_invite, q

TZ = "America/Denver"
ME = ("Marisol Quintero-Hart", "marisol.qh@peakpost.example")
DEV = ("Devika Raman", "devika.raman@ridgelineanalytics.example")
TOM = ("Tomás Beltrán", "tomas.beltran@ridgelineanalytics.example")
KWA = ("Kwame Asante", "kwame.asante@ridgelineanalytics.example")
LIN = ("Lin Zhao", "lin.zhao@ridgelineanalytics.example")
RAF = ("Rafael Ortiz", "rafael.ortiz@ridgelineanalytics.example")
CO = "ridgeline"

b = Box("m01-ridgeline-data-offer", ME, TZ, "2026-09-08T07:00:00-06:00", "2026-11-06T18:00:00-07:00",
        notes="one process, cold email -> offer", country="US")
MYSIG = "\n\nMarisol Quintero-Hart\n720-555-0148 | linkedin.example/in/marisolqh"
TSIG = ("\n\nTomás Beltrán (he/him)\nSenior Technical Recruiter | Ridgeline Analytics\n"
        "1900 Pearl St, Boulder CO 80302 | 303-555-0171")

t1 = ("Hi Devika,\n\n"
      "I caught your talk on late-arriving events at the Denver Data Engineering meetup last month and have been "
      "thinking about the watermarking trick ever since. I saw that Ridgeline is hiring a Senior Data Engineer "
      "for the platform team, and I wanted to reach out to you directly rather than only through the careers page.\n\n"
      "For the past four years I've been at Columbine Mobility, where I own the streaming pipeline that turns about "
      "2B scooter telemetry events a day into the tables our pricing and ops teams use. I moved us from nightly Spark "
      "batch to Flink + Iceberg, cut the freshness SLA from 26 hours to 20 minutes, and brought warehouse spend down "
      "about 30%. Before that I was an analytics engineer, so I'm comfortable on both sides of the modeling line.\n\n"
      "My resume is attached. Would you be open to a short conversation about the role?\n\n"
      "Thanks so much,\nMarisol" + MYSIG)
m_app = b.sent("application", "2026-09-08 08:52", "Senior Data Engineer role - a note after your meetup talk", t1,
               to=[DEV], mid="apple", mid_domain="peakpost.example",
               attach=[("Marisol_Quintero-Hart_Resume.pdf", "application/pdf", fake_pdf("resume M. Quintero-Hart"))])

rcpt = ("FRONT RANGE CYCLE CO-OP\n\nThanks for shopping with us, Marisol!\n\nOrder #FR-448120\n"
        "Tubeless sealant 16oz ........ $18.99\nChain lube (dry) .............. $9.50\n"
        "Member dividend applied ...... -$2.85\nTotal ......................... $25.64\n\n"
        "Pick-up at our Wheat Ridge store is ready after 3pm today.\n")
b.add("INBOX", "receipt", "2026-09-09 07:31", TZ, ("Front Range Cycle Co-op", "orders@frontrangecycle.example"),
      "Your receipt from Front Range Cycle Co-op", html=html_from_text(rcpt), mid="sendgrid", cte="quoted-printable")

t3 = ("Hi Marisol - thanks for the kind words and for writing directly, I appreciate it. Your background looks like "
      "a really good fit for what we're building. Adding Tomás from our recruiting team, he'll get something on the "
      "calendar for an intro.\n\nDevika\n\nSent from my iPhone")
m3 = b.add("INBOX", "re-application", "2026-09-10 06:41", TZ, DEV, "Re: Senior Data Engineer role - a note after your meetup talk",
           text=t3 + q(t1, m_app, ME[0], ME[1], "apple"), cc=[TOM], reply=m_app, mid="apple",
           mid_domain="ridgelineanalytics.example", cte="7bit", co=CO)

gh = ("Hi Marisol,\n\nThanks for your interest in Ridgeline Analytics! We've received your application for "
      "Senior Data Engineer, Platform and our team is reviewing it.\n\n"
      "You can check on the status of your application at any time from your candidate portal.\n\n"
      "Best,\nThe Ridgeline Analytics Recruiting Team\n\n"
      "This is an automated message; replies to this address are not monitored.\n")
b.add("INBOX", "greenhouse-ack", "2026-09-10 11:02", TZ, ("Ridgeline Analytics", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Ridgeline Analytics", text=gh, html=True, mid="sendgrid", co=CO)

t5 = ("Hi Marisol,\n\nGreat to e-meet you! Devika forwarded your note and I went ahead and added you in Greenhouse so "
      "we can keep things tidy (so if you got an auto-reply, that's why - no action needed).\n\n"
      "I'd love to start with a 30 minute intro call: a bit about you, the team, comp range, how our process runs. "
      "What does your availability look like next week? I'm on Mountain time too, so that makes life easy." + TSIG)
m5 = b.add("INBOX", "intro-call", "2026-09-11 09:15", TZ, TOM, "Ridgeline Analytics - intro call", text=t5,
           mid="plain", mid_domain="ridgelineanalytics.example", co=CO)

t6 = ("Hi Tomás,\n\nThanks for reaching out! How about Tuesday 9/15 at 10am MT? If that's taken, most of Wednesday "
      "afternoon is open too.\n\nBest,\nMarisol")
m6 = b.sent("re-intro-call", "2026-09-11 10:03", "Re: Ridgeline Analytics - intro call", t6 + q(t5, m5, TOM[0], TOM[1]),
            to=[TOM], reply=m5, mid="apple", mid_domain="peakpost.example")

t7 = ("Tuesday at 10 MT is perfect - you're on my calendar. I'll call you at 720-555-0148 (the number on your "
      "resume), let me know if another number is better.\n\nTalk soon!\nTomás")
m7 = b.add("INBOX", "re-intro-call-confirmed", "2026-09-11 10:47", TZ, TOM, "Re: Ridgeline Analytics - intro call",
           text=t7 + q(t6, m6, ME[0], ME[1]), reply=m6, mid="plain", mid_domain="ridgelineanalytics.example", co=CO)
b.interview(m7, "2026-09-15 10:00", TZ, [TOM[1]])

alert = ("Interview-ready jobs for you\n\n9 new Data Engineer jobs near Denver, CO\n\n"
         "Senior Data Engineer - Cobalt Ledger - Denver (Hybrid) - $150k-$175k\n"
         "Apply in one click. Employers are interviewing this week!\n\n"
         "Data Platform Engineer - Alpenglow Health - Remote (US)\nActively interviewing\n\n"
         "Analytics Engineer II - Bluebird Freight - Aurora, CO\n\n"
         "See all 9 jobs\n\nYou're receiving this job alert because you searched for \"data engineer\" near Denver. "
         "Unsubscribe or manage alerts.\n")
m8 = b.add("INBOX", "job-alert", "2026-09-14 05:58", TZ, ("TrailJobs Alerts", "alerts@trailjobs.example"),
           "Marisol, 9 new Data Engineer jobs are interviewing now", html=html_from_text(alert), mid="ses")
b.silent(m8, "job-alert digest, not an interview")

t9 = ("Hi Marisol,\n\nReally enjoyed our chat this morning - thanks for being so open about what you're looking for. "
      "I shared my notes with Devika and she'd like to move you forward to the technical conversation. That one is "
      "60 minutes with Devika and Kwame Asante, one of our staff engineers: mostly a walk through a pipeline you've "
      "built, plus some trade-off questions. No leetcode, promise.\n\n"
      "Devika likes to send her own invites, so expect one from her directly." + TSIG)
m9 = b.add("INBOX", "next-step", "2026-09-15 14:20", TZ, TOM, "Next step: technical conversation", text=t9,
           mid="plain", mid_domain="ridgelineanalytics.example", co=CO)

m10, _ = gcal_invite(b, "2026-09-16 08:05", DEV, "Ridgeline technical conversation - Marisol Quintero-Hart",
                     "2026-09-22 11:00", TZ, 60, [(ME[0], ME[1]), (KWA[0], KWA[1])], "Mountain Time - Denver",
                     meet="https://meet.google.com/rvk-qhzt-mpa",
                     description="Walk us through a pipeline you've built end to end. Kwame and I will dig into the design choices.",
                     co=CO)
b.interview(m10, "2026-09-22 11:00", TZ, [DEV[1], KWA[1]])

fam = ("Mija, your father wants to know if you are still coming for Abuela's birthday on the 27th. "
       "Bring the green chile thing you made last year, everyone asked about it.\n\nLove, Mom")
b.add("INBOX", "mom", "2026-09-19 18:22", TZ, ("Lupe Quintero", "lupe.quintero@canyonnet.example"),
      "Abuela's bday", text=fam, mid="apple", mid_domain="canyonnet.example", cte="7bit")

t11 = ("Hi Marisol,\n\nDevika and Kwame both came out of yesterday's conversation really positive, so we'd love to "
       "invite you to our final round. It's a virtual \"onsite\": four short sessions, each with a different person, "
       "with a lunch break in the middle.\n\n"
       "Would Thursday Oct 1 or Friday Oct 2 work better for you? Once I know the day I'll send the full agenda." + TSIG)
m11 = b.add("INBOX", "final-round", "2026-09-23 16:40", TZ, TOM, "Ridgeline final round", text=t11,
            mid="plain", mid_domain="ridgelineanalytics.example", co=CO)
t12 = "Thursday, please! Thanks Tomás."
m12 = b.sent("re-final-round", "2026-09-23 17:02", "Re: Ridgeline final round", t12 + q(t11, m11, TOM[0], TOM[1]),
             to=[TOM], reply=m11, mid="apple", mid_domain="peakpost.example")

t13 = ("Hi Marisol,\n\nHere's your agenda for Thursday, October 1. All times are Mountain. Each session has its own "
       "Zoom link so you can drop off between them.\n\n"
       "9:00 - 9:45 AM    System design\n"
       "                  Kwame Asante, Staff Data Engineer (kwame.asante@ridgelineanalytics.example)\n"
       "                  https://ridgeline.zoom.example/j/84120937711\n\n"
       "10:00 - 10:45 AM  Data modeling & SQL\n"
       "                  Lin Zhao, Senior Analytics Engineer (lin.zhao@ridgelineanalytics.example)\n"
       "                  https://ridgeline.zoom.example/j/84120937722\n\n"
       "11:00 - 11:30 AM  Product partnership\n"
       "                  Hannah Whitcomb, Group Product Manager\n"
       "                  https://ridgeline.zoom.example/j/84120937733\n\n"
       "11:30 AM - 12:30 PM  Lunch on us - we'll send a DoorDash credit that morning\n\n"
       "12:30 - 1:15 PM   Leadership & values\n"
       "                  Devika Raman, Head of Data Platform (devika.raman@ridgelineanalytics.example)\n"
       "                  https://ridgeline.zoom.example/j/84120937744\n\n"
       "For system design, a whiteboard tool is fine (Excalidraw is what most folks use). For the SQL session "
       "Lin will share a doc, no IDE needed.\n\nLet me know if anything comes up!" + TSIG)
m13 = b.add("INBOX", "onsite-agenda", "2026-09-25 10:12", TZ, TOM, "Your Ridgeline onsite agenda - Thursday 10/1",
            text=t13, html=True, reply=m12, mid="plain", mid_domain="ridgelineanalytics.example", co=CO)
b.interview(m13, "2026-10-01 09:00", TZ, [KWA[1]])
b.interview(m13, "2026-10-01 10:00", TZ, [RAF[1]])
b.interview(m13, "2026-10-01 11:00", TZ, ["name:Hannah Whitcomb"])
b.interview(m13, "2026-10-01 12:30", TZ, [DEV[1]])

t14 = ("Hi Marisol, quick heads up for tomorrow: Lin is out sick, so Rafael Ortiz (rafael.ortiz@ridgelineanalytics.example), "
       "one of our senior analytics engineers, will run the data modeling session instead. Same time (10:00 MT), "
       "same Zoom link. Everything else on the agenda is unchanged.\n\nTomás")
m14 = b.add("INBOX", "interviewer-change", "2026-09-30 15:48", TZ, TOM, "Re: Your Ridgeline onsite agenda - Thursday 10/1",
            text=t14 + q(t13, m13, TOM[0], TOM[1]), reply=m13, cc=[RAF], mid="plain",
            mid_domain="ridgelineanalytics.example", co=CO)
t15 = "No problem at all, thanks for the heads up - hope Lin feels better!\n\nMarisol"
b.sent("re-interviewer-change", "2026-09-30 16:05", "Re: Your Ridgeline onsite agenda - Thursday 10/1",
       t15 + q(t14, m14, TOM[0], TOM[1]), to=[TOM], reply=m14, mid="apple", mid_domain="peakpost.example")

t16 = ("Hi Marisol,\n\nThank you for spending most of yesterday with us! I've heard great things from the panel "
       "already. The team debriefs on Tuesday and you'll hear from me by Friday, October 9 either way.\n\n"
       "Have a great weekend," + TSIG)
m16 = b.add("INBOX", "after-onsite", "2026-10-02 09:30", TZ, TOM, "Thanks for yesterday", text=t16,
            mid="plain", mid_domain="ridgelineanalytics.example", co=CO)
b.timeframe(m16, "2026-10-09", TOM[1], answered=True)

t17 = ("Hi Marisol! I have some news I'd rather share by phone than email :) Do you have 15 minutes tomorrow "
       "afternoon? Any time after 1 works on my side.\n\nTomás")
m17 = b.add("INBOX", "quick-call", "2026-10-07 12:10", TZ, TOM, "Quick call tomorrow?", text=t17,
            mid="plain", mid_domain="ridgelineanalytics.example", co=CO)
t18 = "Of course! Anytime after 2 is great, same number.\n\nMarisol\n\nSent from my iPhone"
b.sent("re-quick-call", "2026-10-07 12:25", "Re: Quick call tomorrow?", t18 + q(t17, m17, TOM[0], TOM[1], "apple"),
       to=[TOM], reply=m17, mid="apple", mid_domain="peakpost.example", cte="7bit")

t19 = ("Hi Marisol,\n\nIt was so fun to get to tell you on the phone - congratulations! As promised, here is the "
       "written version. The formal letter is attached as a PDF and I'll send the e-signature version once you've "
       "had a chance to look it over.\n\n"
       "Role: Senior Data Engineer, Platform\n"
       "Manager: Devika Raman\n"
       "Base salary: $171,000 per year\n"
       "Equity: 6,500 RSUs, vesting over 4 years (1 year cliff)\n"
       "Sign-on bonus: $10,000\n"
       "Start date: Monday, November 2, 2026 (flexible)\n"
       "Location: Hybrid, Boulder office Tue/Thu\n\n"
       "Benefits details are in the letter. Take the time you need and send me any questions - happy to get "
       "Devika on a call too." + TSIG)
m19 = b.add("INBOX", "offer", "2026-10-08 15:35", TZ, TOM, "Your offer from Ridgeline Analytics", text=t19,
            html=True, mid="plain", mid_domain="ridgelineanalytics.example", co=CO,
            attach=[("Ridgeline_Offer_Letter_MQuinteroHart.pdf", "application/pdf", fake_pdf("offer letter"))])
b.offer(m19)

t20 = ("Hi Tomás,\n\nThank you again - I'm really excited. Two questions before I sign:\n\n"
       "1. Could the start date be Monday Nov 16? I'd like to give Columbine a full three weeks and take a few days off.\n"
       "2. Is there any room on the base? I was hoping to land closer to $180k given the scope of the on-call "
       "piece. If base is fixed, I'd be glad to talk about the sign-on instead.\n\nThanks!\nMarisol" + MYSIG)
m20 = b.sent("offer-questions", "2026-10-09 20:14", "Re: Your offer from Ridgeline Analytics",
             t20 + q(t19, m19, TOM[0], TOM[1]), to=[TOM], reply=m19, mid="apple", mid_domain="peakpost.example")

t21 = ("Hi Marisol,\n\nGood news on both: Nov 16 is totally fine, and I got approval to bring the base to $177,000 "
       "and the sign-on to $15,000. Updated letter attached. If that works for you, I'll send it for signature.\n\nTomás")
m21 = b.add("INBOX", "re-offer-questions", "2026-10-14 11:02", TZ, TOM, "Re: Your offer from Ridgeline Analytics",
            text=t21 + q(t20, m20, ME[0], ME[1]), reply=m20, mid="plain", mid_domain="ridgelineanalytics.example", co=CO,
            attach=[("Ridgeline_Offer_Letter_MQuinteroHart_v2.pdf", "application/pdf", fake_pdf("offer letter v2"))])
t22 = ("That works - I accept! Send it over and I'll sign tonight. Thank you for making this so easy, Tomás.\n\nMarisol")
b.sent("accept", "2026-10-14 12:40", "Re: Your offer from Ridgeline Analytics", t22 + q(t21, m21, TOM[0], TOM[1]),
       to=[TOM], cc=[DEV], reply=m21, mid="apple", mid_domain="peakpost.example")

onb = ("Welcome to Ridgeline Analytics, Marisol!\n\nYour new-hire packet is ready. Please complete the following "
       "before your first day (Monday, November 16, 2026):\n\n- Personal information\n- W-4 and Colorado withholding\n"
       "- Direct deposit\n- I-9 section 1\n\nLog in to BambooHR to get started.\n\nRidgeline People Team\n")
b.add("INBOX", "onboarding", "2026-10-16 09:00", TZ, ("Ridgeline Analytics via BambooHR", "notifications@bamboohr.com"),
      "Complete your new hire packet - Ridgeline Analytics", html=html_from_text(onb), mid="ses", co=CO)

b.write()
