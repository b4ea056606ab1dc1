#!/usr/bin/env python3
"""m02: Halifax growth marketer; one process from an emailed application (Sent) to an offer."""
from mimehelp import Box, html_from_text
from common import fake_pdf, outlook_invite, q, outlook_q

TZ = "America/Halifax"
ET = "America/Toronto"
ME = ("Keisha Doucette", "keisha.doucette@bluenose.example")
JL = ("Jean-Luc Arsenault", "jeanluc.arsenault@saltbox.example")
INES = ("Inès Kowalczyk", "ines.kowalczyk@saltbox.example")
DMI = ("Dmitri Sorensen", "dmitri.sorensen@saltbox.example")
ROS = ("Rosalind Achebe", "rosalind.achebe@saltbox.example")
LEVER = ("Saltbox Software", "no-reply@hire.lever.co")
CO = "saltbox"

b = Box("m02-saltbox-growth-offer", ME, TZ, "2026-09-14T08:00:00-03:00", "2026-11-13T17:00:00-04:00",
        langs=("en", "fr"), notes="one process, emailed application -> offer", country="CA")
KSIG = "\n\n--\nKeisha Doucette\nGrowth & lifecycle marketing\n902-555-0133 · keishadoucette.example"
JSIG = ("\n\nJean-Luc Arsenault\nTalent Partner, Saltbox Software\n"
        "Toronto, ON · he/him · 416-555-0119\nWe're hiring! saltbox.example/careers")

t1 = ("Hello Saltbox team,\n\n"
      "I'm applying for the Growth Marketing Manager (Remote, Canada) position posted on your careers page. "
      "I've spent the last five years in B2B SaaS marketing in Halifax, most recently at Fogline, where I built the "
      "lifecycle program from scratch: onboarding email, in-app nudges, and the trial-to-paid experiments that took "
      "conversion from 6.1% to 9.4% over three quarters. I also ran paid acquisition on a modest budget, so I know how "
      "to make $20k a month behave like $50k.\n\n"
      "What draws me to Saltbox is the self-serve motion. Small restaurants don't want a sales call, they want the "
      "product to explain itself, and that's the kind of growth work I enjoy most.\n\n"
      "My CV and a short portfolio (three campaign write-ups) are attached. I'd be glad to talk whenever suits.\n\n"
      "Thank you for your time,\nKeisha" + KSIG)
m1 = b.sent("application", "2026-09-14 10:20", "Application - Growth Marketing Manager (Remote, Canada)", t1,
            to=[("Saltbox Talent", "talent@saltbox.example")], mid="fastmail",
            attach=[("Keisha_Doucette_CV.pdf", "application/pdf", fake_pdf("CV K Doucette")),
                    ("Doucette_portfolio_2026.pdf", "application/pdf", fake_pdf("portfolio"))])

lib = ("Hi KEISHA DOUCETTE,\n\nThe following items are ready for pickup at Halifax Central Library:\n\n"
       "  The Lean Product Playbook\n  Hidden Valley Road\n\nItems will be held until 2026-09-22.\n")
b.add("INBOX", "library", "2026-09-15 07:02", TZ, ("Halifax Public Libraries", "noreply@halifaxlibraries.example"),
      "Items ready for pickup", text=lib, mid="plain", mid_domain="halifaxlibraries.example", cte="7bit")

t3 = ("Hi Keisha,\n\nThanks so much for your application, and for the portfolio - the trial-to-paid write-up in "
      "particular got passed around our marketing channel this morning.\n\n"
      "I'd love to set up a 30-minute intro call. Do any of these work for you? (All Eastern, since I'm in Toronto.)\n\n"
      "  - Mon Sep 21, 2:00 PM ET\n  - Tue Sep 22, 11:30 AM ET\n  - Thu Sep 24, 3:00 PM ET\n\n"
      "If none of them fit, send me a couple of windows that do." + JSIG)
m3 = b.add("INBOX", "intro", "2026-09-17 13:10", ET, JL, "Re: Application - Growth Marketing Manager (Remote, Canada)",
           text=t3 + q(t1, m1, ME[0], ME[1], tz=ET), reply=m1, mid="outlook", co=CO)

t4 = "Thursday works."
m4 = b.sent("re-intro", "2026-09-17 14:45", "Re: Application - Growth Marketing Manager (Remote, Canada)",
            t4 + KSIG + q(t3, m3, JL[0], JL[1]), to=[JL], reply=m3, mid="fastmail")
b.interview(m4, "2026-09-24 15:00", ET, [JL[1]])

inv_body = ("Hi Keisha, here's the invite for our chat. Teams link below; you can also just call in if video "
            "isn't convenient.\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ1MmU0\nMeeting ID: 281 447 903 615\n"
            "Passcode: 7hXq2d\n________________________________________________________________________________\n")
m5, _ = outlook_invite(b, "2026-09-18 08:02", JL, "Saltbox intro - Keisha Doucette / Jean-Luc",
                       "2026-09-24 15:00", ET, 30, [(ME[0], ME[1])], inv_body, co=CO)

fr = ("Salut Keisha!\n\nAlors, t'as eu des nouvelles de la compagnie de Toronto? Moi je croise les doigts pour toi. "
      "On se fait un souper samedi chez nous? Jacques fait son fricot au poulet, t'as pas le choix de venir.\n\n"
      "Bisous,\nAmélie")
b.add("INBOX", "amelie", "2026-09-20 19:48", TZ, ("Amélie Comeau", "amelie.comeau@baiemail.example"),
      "souper samedi?", text=fr, mid="apple", mid_domain="baiemail.example", cte="quoted-printable")

t7 = ("Hi Keisha,\n\nThanks for the great conversation today! I've shared my notes and the team is keen to keep "
      "going. Next up is a portfolio review (60 min) with:\n\n"
      "  Inès Kowalczyk, Head of Brand - ines.kowalczyk@saltbox.example\n"
      "  Dmitri Sorensen, Senior Growth Marketer - dmitri.sorensen@saltbox.example\n\n"
      "Pick one campaign you're proud of and one that flopped; they care more about how you think than polish. "
      "You'll get an email from Lever in a minute with a link to choose a time." + JSIG)
m7 = b.add("INBOX", "portfolio-review", "2026-09-24 16:40", ET, JL, "Saltbox - next step: portfolio review", text=t7,
           html=True, mid="outlook", co=CO)

lv = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview confirmed</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:28px 32px">
<p style="font-size:20px;font-weight:bold;margin:0 0 16px">Your interview is confirmed</p>
<p>Hi Keisha,</p>
<p>Thanks for choosing a time. Here are the details of your interview with <b>Saltbox Software</b> for
<b>Growth Marketing Manager (Remote, Canada)</b>.</p>
<p><b>Date:</b> Wednesday, September 30, 2026<br>
<b>Time:</b> 2:00 PM - 3:00 PM ADT (Atlantic Daylight Time)<br>
<b>Location:</b> Google Meet - https://meet.google.com/sbx-pfrv-kdc</p>
<p><b>You'll meet with:</b><br>
Inès Kowalczyk, Head of Brand<br>
Dmitri Sorensen, Senior Growth Marketer</p>
<p>Need to make a change? Reply to Jean-Luc Arsenault at jeanluc.arsenault@saltbox.example.</p>
<p style="color:#6b7280;font-size:12px;margin-top:28px">Sent by Lever on behalf of Saltbox Software.</p>
</td></tr></table></td></tr></table></body></html>
"""
m8 = b.add("INBOX", "lever-confirmed", "2026-09-25 10:14", TZ, LEVER,
           "Interview confirmed: Saltbox Software - Growth Marketing Manager", html=lv, reply_to=JL, mid="ses", co=CO)
b.interview(m8, "2026-10-01 14:00", TZ, [INES[1], DMI[1]], moved_by_text=True)

t9 = ("Hi Keisha - so sorry, something came up Wednesday afternoon. Could we push to Thursday, same time? "
      "Dmitri is free too.\n\nInès")
m9 = b.add("INBOX", "move", "2026-09-29 08:15", ET, INES, "Portfolio review - Wednesday", text=t9, cc=[DMI, JL],
           mid="gmail", co=CO)
t10 = "Thursday's fine!"
b.sent("re-move", "2026-09-29 09:40", "Re: Portfolio review - Wednesday", t10 + q(t9, m9, INES[0], INES[1]),
       to=[INES], cc=[DMI, JL], reply=m9, mid="fastmail")

pwr = ("Your Maritime Grid Energy bill is ready.\n\nAccount ending 4471\nAmount due: $143.62\nDue date: October 15, 2026\n\n"
       "Sign in to view your bill.\n")
b.add("INBOX", "power-bill", "2026-09-30 06:10", TZ, ("Maritime Grid Energy", "billing@maritimegrid.example"),
      "Your e-bill is ready", html=html_from_text(pwr), mid="ses")

t11 = ("Hi Keisha,\n\nInès and Dmitri came out of today's review really impressed - Dmitri's words were \"she already "
       "knows what our funnel is missing\". So, final round!\n\n"
       "It's a 90-minute session on Tuesday, October 6, 10:00 - 11:30 AM ET (11:00 your time). You'll present a "
       "30-day plan for our self-serve funnel (brief attached, ~20 min), then Q&A. The panel:\n\n"
       "  Rosalind Achebe, VP Marketing (rosalind.achebe@saltbox.example)\n"
       "  Inès Kowalczyk, Head of Brand\n"
       "  Marcus Leblanc, our CEO and co-founder\n\n"
       "Same Meet link as today. Let me know if you have any questions about the brief." + JSIG)
m11 = b.add("INBOX", "final-round", "2026-10-01 16:05", ET, JL, "Saltbox final round - Tuesday Oct 6", text=t11,
            mid="outlook", co=CO, attach=[("Saltbox_final_round_brief.pdf", "application/pdf", fake_pdf("brief"))])
b.interview(m11, "2026-10-06 10:00", ET, [ROS[1], INES[1], "name:Marcus Leblanc"])

rem = ("Hi Keisha,\n\nThis is a reminder that your interview with Saltbox Software is tomorrow.\n\n"
       "Tuesday, October 6, 2026, 11:00 AM - 12:30 PM ADT\nGoogle Meet - https://meet.google.com/sbx-pfrv-kdc\n\n"
       "Good luck!\nSent by Lever on behalf of Saltbox Software\n")
b.add("INBOX", "lever-reminder", "2026-10-05 11:00", TZ, LEVER, "Reminder: your interview with Saltbox Software tomorrow",
      html=html_from_text(rem), reply_to=JL, mid="ses", co=CO)

joke = ("lol so I have an \"interview\" at the bank tomorrow at 10. it's for the mortgage pre-approval. "
        "wish me luck, apparently they ask what you do for a living and 'between jobs, ish' is not the answer they like\n\n"
        "talk later\nR")
m14 = b.add("INBOX", "friend-bank", "2026-10-06 21:12", TZ, ("Renée Boudreau", "renee.b@baiemail.example"),
            "my big interview", text=joke, mid="apple", mid_domain="baiemail.example", cte="7bit")
b.silent(m14, "a friend's mortgage appointment joked about as an 'interview'")

t15 = ("Hi Jean-Luc,\n\nThanks again for Tuesday - I really enjoyed the discussion with Rosalind, Inès and Marcus, "
       "and Marcus's question about churn in month two has stuck with me since. Is there anything else you need from "
       "me? And do you have a sense of timing for a decision?\n\nBest,\nKeisha" + KSIG)
m15 = b.sent("checkin", "2026-10-08 11:30", "Following up - Growth Marketing Manager", t15, to=[JL], mid="fastmail")

t16 = ("Hi Keisha,\n\nGood question, and thanks for checking in! Nothing else needed. The team meets Friday to "
       "compare notes on the finalists, and with the long weekend on Monday you'll hear from us by Wednesday, "
       "October 14.\n\nBonne fin de semaine de l'Action de grâce!" + JSIG)
m16 = b.add("INBOX", "re-checkin", "2026-10-08 12:50", ET, JL, "RE: Following up - Growth Marketing Manager",
            text=t16 + outlook_q(t15, m15, ME[0], ME[1], JL[0], "Following up - Growth Marketing Manager"),
            reply=m15, mid="outlook", co=CO)
b.timeframe(m16, "2026-10-14", JL[1], answered=True)

t17 = ("Hi Keisha,\n\nI'm thrilled to send this over: on behalf of everyone at Saltbox, we'd like to offer you the "
       "role of Growth Marketing Manager!\n\n"
       "Highlights (full details in the attached letter):\n"
       "  - Base salary: CAD $118,000\n  - Stock options: 4,000, 4-year vest\n"
       "  - Remote within Canada, with a $1,500 home office stipend\n"
       "  - Start date: Monday, November 9, 2026\n  - Reporting to Rosalind Achebe\n\n"
       "The offer is open until Tuesday, October 20. Rosalind would love to grab 20 minutes to answer questions "
       "if that's helpful - just say the word." + JSIG)
m17 = b.add("INBOX", "offer", "2026-10-13 15:30", ET, JL, "Offer - Growth Marketing Manager, Saltbox Software",
            text=t17, html=True, cc=[ROS], mid="outlook", co=CO,
            attach=[("Saltbox_Offer_Keisha_Doucette.pdf", "application/pdf", fake_pdf("offer"))])
b.offer(m17)

t18 = ("Hi Jean-Luc,\n\nThis is wonderful news, thank you! I'm very excited. One question before I sign: could the "
       "start date move to Monday, November 16? My current team has a launch on the 12th and I'd like to see it "
       "through.\n\nMerci!\nKeisha")
m18 = b.sent("offer-question", "2026-10-14 09:05", "Re: Offer - Growth Marketing Manager, Saltbox Software",
             t18 + q(t17, m17, JL[0], JL[1]), to=[JL], cc=[ROS], reply=m17, mid="fastmail")

t19 = ("Absolutely, the 16th it is. I've updated the letter (attached) and sent it for e-signature through Lever.\n\n"
       "Welcome aboard, Keisha!" + JSIG)
m19 = b.add("INBOX", "re-offer-question", "2026-10-16 10:20", ET, JL, "RE: Offer - Growth Marketing Manager, Saltbox Software",
            text=t19 + outlook_q(t18, m18, ME[0], ME[1], JL[0], "Re: Offer - Growth Marketing Manager, Saltbox Software"),
            reply=m18, mid="outlook", co=CO,
            attach=[("Saltbox_Offer_Keisha_Doucette_v2.pdf", "application/pdf", fake_pdf("offer v2"))])

t20 = "Signed! Thank you Jean-Luc, and see you all on the 16th.\n\nKeisha\n\nSent from my iPhone"
b.sent("signed", "2026-10-16 12:02", "Re: Offer - Growth Marketing Manager, Saltbox Software",
       t20 + q(t19, m19, JL[0], JL[1], "apple"), to=[JL], reply=m19, mid="apple", mid_domain="bluenose.example")

b.write()
