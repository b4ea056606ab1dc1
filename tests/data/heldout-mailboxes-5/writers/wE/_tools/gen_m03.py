#!/usr/bin/env python3
"""m03: Toronto SRE; three interleaved processes (subtle rejection / hold / unkept timeframe)."""
from mimehelp import Box, Event, calendar, html_from_text
from common import outlook_invite, q, outlook_q

TZ = "America/Toronto"
ME = ("Tariq Haddad", "tariq.haddad@maplepost.example")
# A: Larchmont Health (Workday)
WD = ("Larchmont Health", "larchmonthealth@myworkday.com")
HOL = ("Holly Brennan", "holly.brennan@larchmonthealth.example")
GRG = ("Gregory Lam", "greg.lam@larchmonthealth.example")
# B: Quillstone (cold email)
ING = ("Ingrid Solberg", "ingrid.solberg@quillstone.example")
FEM = ("Femi Adebayo", "femi.adebayo@quillstone.example")
CAR = ("Carla Mendes", "carla.mendes@quillstone.example")
YAN = ("Yannick Moreau", "yannick.moreau@quillstone.example")
# C: Bramble Payments (Ashby)
ASH = ("Bramble Payments", "no-reply@ashbyhq.com")
NOOR = ("Noor Siddiqui", "noor.siddiqui@bramblepay.example")
WES = ("Wesley Abara", "wesley.abara@bramblepay.example")
MEI = ("Mei-Ling Tan", "mei-ling.tan@bramblepay.example")

b = Box("m03-toronto-sre-three", ME, TZ, "2026-09-02T08:00:00-04:00", "2026-11-13T18:00:00-05:00",
        notes="three processes: Larchmont subtle rejection, Quillstone hold, Bramble unkept timeframe", country="CA")
TSIG = "\n\nTariq Haddad\nSite Reliability Engineer · Toronto\n647-555-0182"
HSIG = ("\n\nHolly Brennan\nSenior Talent Acquisition Partner, Technology\nLarchmont Health\n"
        "T 416-555-0164 | holly.brennan@larchmonthealth.example")
ISIG = "\n\nIngrid\n--\nIngrid Solberg | Engineering Manager, Platform | Quillstone"
NSIG = "\n\nNoor Siddiqui\nTechnical Recruiter @ Bramble\nbramblepay.example"

wd = ("Dear Tariq,\n\nThank you for applying to the Senior Site Reliability Engineer position (Job Requisition "
      "R-20418) at Larchmont Health. We have received your application and it is now under review.\n\n"
      "If your qualifications match the requirements of the role, a member of our Talent Acquisition team will "
      "contact you about next steps. You can review the status of your application at any time by signing in to "
      "your Candidate Home account.\n\nSincerely,\nLarchmont Health Talent Acquisition\n\n"
      "Please do not reply to this message. This mailbox is not monitored.\n")
b.add("INBOX", "workday-ack", "2026-09-02 14:22", TZ, WD, "Larchmont Health: Application Received - Senior Site Reliability Engineer",
      html=html_from_text(wd, "font-family:Arial;font-size:13px;color:#333"), mid="plain", mid_domain="myworkday.com", co="larch")

t2 = ("Hi Ingrid,\n\nI hope you don't mind a cold email. A friend on your payments team mentioned that Quillstone's "
      "platform group is looking for an SRE who has actually run Kubernetes at scale rather than just deployed it.\n\n"
      "That's been my job for the last three years at Harbourfront Media: I run our 40-cluster EKS fleet, led the "
      "migration off self-managed Prometheus to a Thanos setup that finally let us keep 13 months of metrics, "
      "and I wrote most of our incident review process. Our pager load went from ~30 pages a week to under 8.\n\n"
      "I'm not seeing the role on your careers site yet, so I thought I'd reach out directly. Resume is at "
      "tariqhaddad.example/cv. Would you have 20 minutes for a chat?\n\nThanks,\nTariq" + TSIG)
m2 = b.sent("cold-quillstone", "2026-09-03 09:10", "SRE at Quillstone? (via Dani on payments)", t2, to=[ING], mid="gmail")

ash1 = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p>Hi Tariq,</p>
<p>Thanks for applying to the <strong>Senior Infrastructure Engineer</strong> role at Bramble! We're excited that you're interested in helping small businesses get paid faster.</p>
<p>Our team reviews every application, and we'll reach out if there's a fit.</p>
<p>Cheers,<br>The Bramble Recruiting Team</p>
<p style="font-size:12px;color:#888">Powered by Ashby</p>
</div></body></html>
"""
b.add("INBOX", "ashby-ack", "2026-09-04 11:45", TZ, ASH, "Thanks for applying to Bramble", html=ash1, mid="ses", co="bramble")

t4 = ("Hi Tariq,\n\nNot at all - Dani said good things, and 40 clusters is exactly the kind of scar tissue we're "
      "looking for. The req goes live next week.\n\n"
      "I've grabbed Thursday Sept 10, 2:00-2:30pm ET for us: https://meet.google.com/qst-hmvb-zao - "
      "shout if that doesn't work and we'll find another slot." + ISIG)
m4 = b.add("INBOX", "re-cold-quillstone", "2026-09-08 08:30", TZ, ING, "Re: SRE at Quillstone? (via Dani on payments)",
           text=t4 + q(t2, m2, ME[0], ME[1]), reply=m2, mid="gmail", co="quill")
b.interview(m4, "2026-09-10 14:00", TZ, [ING[1]])
t5 = "Works for me - talk Thursday!\n\nTariq"
b.sent("re-re-cold-quillstone", "2026-09-08 08:52", "Re: SRE at Quillstone? (via Dani on payments)",
       t5 + q(t4, m4, ING[0], ING[1]), to=[ING], reply=m4, mid="gmail")

t6 = ("Hi Tariq,\n\nThank you for your interest in the Senior Site Reliability Engineer role at Larchmont Health. "
      "I've reviewed your application and would like to learn more about your background.\n\n"
      "I've set up a 30-minute phone screen for Tuesday, September 15 at 3:30 p.m. ET - you'll receive an Outlook "
      "invitation shortly. I will call you at 647-555-0182. If that time is a problem, please let me know and we "
      "can find an alternative." + HSIG)
m6 = b.add("INBOX", "larchmont-screen", "2026-09-09 10:05", TZ, HOL, "Larchmont Health - Senior SRE phone screen",
           text=t6, html=True, mid="outlook", co="larch")
b.interview(m6, "2026-09-15 15:30", TZ, [HOL[1]])
outlook_invite(b, "2026-09-09 10:07", HOL, "Phone screen: Tariq Haddad - Senior SRE (R-20418)", "2026-09-15 15:30", TZ, 30,
               [(ME[0], ME[1])], "Holly will call you at 647-555-0182.", location="Phone", co="larch")

t8 = ("Tariq, thanks for the chat today - really enjoyed it, and yes, the Thanos war story will come up again.\n\n"
      "Next step is a technical deep-dive with two of my senior folks, Femi Adebayo and Carla Mendes (both cc'd): "
      "Wednesday Sept 16, 10-11am ET. Expect a debugging exercise on a broken staging cluster and some questions "
      "about on-call design. Same Meet link as today works.\n\n"
      "Femi, Carla - resume is in the doc I sent you." + ISIG)
m8 = b.add("INBOX", "quillstone-deepdive", "2026-09-10 16:10", TZ, ING, "Quillstone - technical deep-dive Wed 9/16",
           text=t8, cc=[FEM, CAR], mid="gmail", co="quill")
b.interview(m8, "2026-09-16 10:00", TZ, [FEM[1], CAR[1]])

t9 = ("Hi Tariq!\n\nI'm Noor, I recruit for our infrastructure team at Bramble. Your application stood out (the "
      "Prometheus to Thanos migration especially), and I'd love to set up a 30-minute intro call.\n\n"
      "You can grab any open slot on my calendar here: https://app.ashbyhq.com/interview-scheduling/bramble/"
      "7f3e1c2a\n\nLooking forward to chatting!" + NSIG)
m9 = b.add("INBOX", "bramble-intro", "2026-09-11 12:00", TZ, NOOR, "Bramble <> Tariq: intro call", text=t9, html=True,
           mid="gmail", co="bramble")

ev = Event(f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}@ashbyhq.com", "2026-09-17 12:00", TZ, 30,
           summary="Bramble: Recruiter Screen (Tariq Haddad)", organizer=("Noor Siddiqui", NOOR[1]),
           attendees=[(ME[0], ME[1]), (NOOR[0], NOOR[1], "REQ-PARTICIPANT", True)],
           location="https://bramble.zoom.example/j/93301128840", description="Recruiter screen with Noor Siddiqui.",
           stamp="20260911172000Z")
ics = calendar("REQUEST", [ev], prodid="-//Ashby//Ashby Scheduling//EN")
ash2 = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p>Hi Tariq,</p>
<p>Your interview with Bramble has been scheduled.</p>
<table style="border-collapse:collapse;font-size:15px">
<tr><td style="padding:4px 12px 4px 0;color:#666">Interview</td><td>Recruiter Screen</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666">When</td><td>Thursday, September 17, 2026, 12:00 PM - 12:30 PM EDT</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666">Where</td><td>Zoom: https://bramble.zoom.example/j/93301128840</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666">Interviewer</td><td>Noor Siddiqui</td></tr>
</table>
<p>A calendar invitation is attached. Need to reschedule? Reply to this email and Noor will help.</p>
<p style="font-size:12px;color:#888">Powered by Ashby</p>
</div></body></html>
"""
m10 = b.add("INBOX", "ashby-screen-scheduled", "2026-09-11 13:20", TZ, ASH, "Interview scheduled: Bramble - Recruiter Screen",
            html=ash2, reply_to=NOOR, ics=ics, ics_as="attach", mid="ses", co="bramble")
b.interview(m10, "2026-09-17 12:00", TZ, [NOOR[1]])

etr = ("INTERAC e-Transfer: OMAR HADDAD sent you money.\n\nAmount: $60.00 (CAD)\nMessage: raptors tix, thx habibi\n\n"
       "To deposit your money, click here.\n")
b.add("INBOX", "etransfer", "2026-09-12 18:31", TZ, ("INTERAC e-Transfer", "notify@payments.interac.example"),
      "INTERAC e-Transfer: OMAR HADDAD sent you money.", html=html_from_text(etr), mid="plain",
      mid_domain="payments.interac.example")

alert = ("Your job alert: site reliability engineer, Toronto\n\n"
         "Site Reliability Engineer II - Lakeshore Bank - Toronto, ON\nEasy apply · Be an early applicant\n\n"
         "Staff SRE - Coppervine - Remote (Canada)\nHiring team is interviewing\n\n"
         "Platform Engineer - Dundas Robotics - Toronto, ON\n\nSee all jobs\n")
m12 = b.add("INBOX", "job-alert", "2026-09-14 07:10", TZ, ("CareerNest", "jobalerts@careernest.example"),
            "7 new jobs for \"site reliability engineer\" in Toronto", html=html_from_text(alert), mid="ses")
b.silent(m12, "job-alert digest")

t13 = ("Hi Tariq,\n\nFemi and Carla both said yesterday was one of the better deep-dives they've run - Carla liked "
       "that you checked the obvious things first.\n\n"
       "Last step: 45 minutes with our Director of Engineering, Yannick Moreau (yannick.moreau@quillstone.example), "
       "Thursday Sept 24 at 10am ET. It's mostly a culture/leadership conversation. Meet link to follow." + ISIG)
m13 = b.add("INBOX", "quillstone-director", "2026-09-17 09:30", TZ, ING, "Quillstone - last step", text=t13, cc=[YAN],
            mid="gmail", co="quill")
b.interview(m13, "2026-09-24 10:00", TZ, [YAN[1]], thank_you=False)

t14 = ("Hi Tariq,\n\nThanks again for your time on Tuesday. Gregory Lam, our Director of Cloud Operations and the "
       "hiring manager for this role, would like to meet with you for a one-hour technical interview. He'll send "
       "you a Teams invitation directly." + HSIG)
b.add("INBOX", "larchmont-next", "2026-09-18 11:15", TZ, HOL, "Larchmont Health - next step", text=t14, mid="outlook", co="larch")
body = ("Hi Tariq,\n\nLooking forward to speaking with you. We'll spend most of the hour on a system you've "
        "operated and how you handled a significant incident.\n\nGregory\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin: https://teams.microsoft.example/l/meetup-join/19%3ameeting_YzJhNDc1\n"
        "Meeting ID: 392 118 204 771  Passcode: Qp3v9e\n"
        "________________________________________________________________________________\n")
m15, _ = outlook_invite(b, "2026-09-18 11:40", GRG, "Technical interview - Tariq Haddad / Gregory Lam", "2026-09-24 13:00",
                        TZ, 60, [(ME[0], ME[1]), (HOL[0], HOL[1], "OPT-PARTICIPANT")], body, co="larch")
b.interview(m15, "2026-09-24 13:00", TZ, [GRG[1]])

t16 = ("Hi Tariq,\n\nGreat chat yesterday! The team would love to have you in for our virtual onsite - three "
       "conversations, about three hours total with a break. You'll get the schedule from Ashby shortly." + NSIG)
b.add("INBOX", "bramble-onsite-invite", "2026-09-18 15:00", TZ, NOOR, "Bramble - next steps", text=t16, mid="gmail", co="bramble")

t17 = ("Hi Tariq,\n\nI wanted to tell you this myself rather than let it trickle through. As of this morning our Q4 "
       "headcount is frozen, and the SRE role is paused until at least the new year. I'm really sorry - you were "
       "the person I wanted to hire.\n\n"
       "I'm cancelling Thursday's chat with Yannick, since it wouldn't be fair to run you through another round for "
       "a role I can't fill right now. I'll keep your details, and if the req reopens in January you'll be my first "
       "call.\n\nAgain, sorry. I hope we get to work together." + ISIG)
m17 = b.add("INBOX", "quillstone-hold", "2026-09-21 09:12", TZ, ING, "Quillstone - an update, unfortunately",
            text=t17, cc=[YAN], mid="gmail", co="quill")
t18 = ("Thanks for telling me straight, Ingrid - I really appreciate it. Totally understand. Let's stay in touch, "
       "and good luck with the planning cycle.\n\nTariq")
b.sent("re-quillstone-hold", "2026-09-21 10:00", "Re: Quillstone - an update, unfortunately", t18 + q(t17, m17, ING[0], ING[1]),
       to=[ING], reply=m17, mid="gmail")

agenda_txt = ("Hi Tariq,\n\nYour virtual onsite with Bramble is confirmed for Tuesday, September 29, 2026. "
              "All times are Eastern (EDT).\n\n"
              "11:00 AM - 11:45 AM  Coding: Anton Petrov, Senior Software Engineer\n"
              "12:00 PM - 12:45 PM  Infrastructure design: Mei-Ling Tan, Staff Engineer\n"
              "12:45 PM - 1:30 PM   Break\n"
              "1:30 PM - 2:00 PM    Hiring manager conversation: Wesley Abara, Engineering Manager\n\n"
              "Each session uses the same Zoom room: https://bramble.zoom.example/j/95540021877\n\n"
              "For the coding session you can use any language you like; we use CoderPad.\n"
              "Need to make a change? Reply to this email and Noor will help.\n\nPowered by Ashby\n")
m19 = b.add("INBOX", "ashby-onsite", "2026-09-22 10:30", TZ, ASH, "Your Bramble onsite schedule - Tuesday, September 29",
            text=agenda_txt, html=True, reply_to=NOOR, mid="ses", co="bramble")
b.interview(m19, "2026-09-29 11:00", TZ, ["name:Anton Petrov"])
b.interview(m19, "2026-09-29 12:00", TZ, [MEI[1]])
b.interview(m19, "2026-09-29 13:30", TZ, [WES[1]])

t20 = ("Hey Tariq,\n\nWesley here - I'm the EM for the infra team and you'll be talking to me last on Tuesday. "
       "Just wanted to say hi before the day, and to introduce Mei-Ling (cc'd), who'll do the design session with "
       "you. She's the person who built most of our current deploy pipeline, so feel free to ask her how it broke.\n\n"
       "See you Tuesday,\nWesley\n\nWesley Abara | Engineering Manager, Infrastructure | Bramble")
b.add("INBOX", "bramble-hm-hello", "2026-09-23 17:05", TZ, WES, "Hello before Tuesday", text=t20, cc=[MEI], mid="gmail", co="bramble")

t21 = ("Hi Holly,\n\nThank you for setting up yesterday's conversation with Gregory - I enjoyed digging into the "
       "incident review process with him. Is there a next step I should prepare for, and do you have a sense of "
       "the timeline?\n\nBest regards,\nTariq" + TSIG)
m21 = b.sent("larchmont-checkin", "2026-09-25 16:20", "Senior SRE (R-20418) - following up", t21, to=[HOL], mid="gmail")

t22 = ("Hi Tariq,\n\nThanks for following up, and glad to hear it went well from your side. Gregory is finishing "
       "interviews with a couple more candidates this week, and you'll hear from us by Friday, October 2." + HSIG)
m22 = b.add("INBOX", "re-larchmont-checkin", "2026-09-28 09:40", TZ, HOL, "RE: Senior SRE (R-20418) - following up",
            text=t22 + outlook_q(t21, m21, ME[0], ME[1], HOL[0], "Senior SRE (R-20418) - following up"),
            reply=m21, mid="outlook", co="larch")
b.timeframe(m22, "2026-10-02", HOL[1], answered=True)

t23 = ("Hi Tariq,\n\nThank you for spending the day with us yesterday - the team really enjoyed meeting you. We'll "
       "get together to review feedback and will get back to you within 5 business days." + NSIG)
m23 = b.add("INBOX", "bramble-after-onsite", "2026-09-30 16:45", TZ, NOOR, "Thank you from Bramble", text=t23,
            mid="gmail", co="bramble")
b.timeframe(m23, "2026-10-07", NOOR[1], answered=False)

t24 = ("Dear Tariq,\n\nThank you for taking the time to speak with Gregory and me about the Senior Site Reliability "
       "Engineer role. We genuinely enjoyed learning about your work at Harbourfront Media.\n\n"
       "After careful consideration, we have decided to move forward with other candidates whose experience more "
       "closely matches what the team needs at this time. This was not an easy decision.\n\n"
       "We'll keep your profile in our talent community, and I hope you'll consider Larchmont Health for future "
       "openings." + HSIG)
m24 = b.add("INBOX", "larchmont-update", "2026-10-01 14:10", TZ, HOL, "Your application with Larchmont Health", text=t24,
            html=True, mid="outlook", co="larch")
b.rejection(m24, HOL[1])

presto = ("Your card ending 0932 was automatically loaded with $40.00 on 2026-10-05.\n\nNew balance: $52.15\n")
b.add("INBOX", "transit", "2026-10-05 07:44", TZ, ("TransitCard", "no-reply@transitcard.example"),
      "Autoload complete", html=html_from_text(presto), mid="ses")

t27 = ("Hi Noor,\n\nHope you had a good Thanksgiving weekend! I wanted to check in on the Senior Infrastructure "
       "Engineer role - I'm still very interested, and I'd love to know where things stand when you have a moment."
       "\n\nThanks,\nTariq")
m27 = b.sent("bramble-checkin", "2026-10-13 10:00", "Re: Thank you from Bramble", t27 + q(t23, m23, NOOR[0], NOOR[1]),
             to=[NOOR], reply=m23, mid="gmail")

t28 = ("Hi Tariq - apologies for the radio silence, that's on me. We're still aligning internally on the level for "
       "this role, which has slowed things down. I hope to have a proper update for you soon, and thank you for "
       "your patience." + NSIG)
b.add("INBOX", "bramble-delay", "2026-10-20 11:30", TZ, NOOR, "Re: Thank you from Bramble", text=t28 + q(t27, m27, ME[0], ME[1]),
      reply=m27, mid="gmail", co="bramble")

b.write()
