"""m04: hospitality supervisor in Edinburgh. Three processes: pub group via LinkedIn (no-reply
rejection), hotel via Taleo (short-notice phone screen, assessment centre, unanswered promise then
hold, user withdraws), bistro (trial shift moved by text, offer)."""
from common import *  # noqa

TZ = "Europe/London"
U = ("Tomasz Wójcik", "tomasz.wojcik@postbox.example")
b = Box("", "m04-edinburgh-hospitality", U, TZ, "2026-09-07T08:00:00+01:00", "2026-11-30T18:00:00+00:00",
        langs=("en", "pl"), country="UK",
        notes="Edinburgh hospitality supervisor; LinkedIn, Taleo, small bistro owner writing from phone")

LI = ("LinkedIn", "jobs-noreply@linkedin.com")
TAL = ("Caledon Crescent Hotels Careers", "caledoncrescent@taleo.net")
FR = ("Fiona Rankin", "fiona.rankin@caledoncrescent.example")
RORY = ("Rory Fenwick", "rory@bistrofenwick.example")
MAMA = ("Halina Wójcik", "halina.wojcik@poczta.example")
FR_SIG = """Fiona Rankin
Talent Acquisition Partner – Scotland
Caledon Crescent Hotels
M: 07700 900 418
fiona.rankin@caledoncrescent.example"""

# 001 LinkedIn application receipt
b.add("INBOX", "linkedin-application-sent", "2026-09-07 18:20", "UTC", LI,
      "Tomasz, your application was sent to Harbour & Hound Inns",
      html=sys_html("LinkedIn", [
          "Your application was sent to Harbour & Hound Inns",
          "<b>Assistant Manager – The Anchor, Leith</b><br><span style=\"color:#56687a\">Harbour & Hound Inns · Edinburgh, Scotland, United Kingdom (On-site)</span><br><span style=\"color:#56687a\">Applied on 7 September 2026</span>",
          "Your profile, CV and contact details were shared with the employer.",
          "<a href=\"https://www.linkedin.com/jobs/view/40377265\" style=\"color:#0a66c2\">View job</a>",
      ], ["This email was intended for Tomasz Wójcik (Bar Supervisor at The Kelpie Lounge). Learn why we included this.",
          "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]),
      mid="plain", mid_domain="linkedin.com")

# 002 Taleo acknowledgement
b.add("INBOX", "taleo-acknowledgement", "2026-09-10 08:14", "UTC", TAL,
      "Thank you for applying - Assistant Restaurant Manager, The Crescent Edinburgh (2600318)",
      html=sys_html("Caledon Crescent Hotels", [
          "Dear Tomasz,",
          "Thank you for your interest in joining Caledon Crescent Hotels. This is to confirm that we have received your application for <b>Assistant Restaurant Manager, The Crescent Edinburgh (Job Number 2600318)</b>.",
          "Our Talent Acquisition team will review your application against the requirements of the role. If you are selected to move forward, we will be in contact with you directly.",
          "You can view the status of your application at any time by logging in to your candidate profile.",
          "Kind regards,\nTalent Acquisition\nCaledon Crescent Hotels",
      ], ["This is an automated message. Replies to this address are not monitored.", "Powered by Oracle Taleo"], color="#24323f"),
      mid="plain", mid_domain="taleo.net")

# 003 short-notice phone screen
t3 = f"""Hi Tomasz,

I tried calling you a moment ago about your application for the Assistant Restaurant Manager role at The Crescent. Are you free for a chat at 11.30? I'll try you again then on 07700 900 263 unless you tell me otherwise - should only take 20 minutes or so.

Thanks,

{FR_SIG}"""
m3 = b.add("INBOX", "recruiter-call-at-1130", "2026-09-16 11:02", TZ, FR, "Assistant Restaurant Manager - quick call?",
           text=t3, html=word_html(t3), mid="outlook")
b.interview(m3, "2026-09-16 11:30", TZ, ["fiona.rankin@caledoncrescent.example"])

b.sent("yes-call-me", "2026-09-16 11:06", "Re: Assistant Restaurant Manager - quick call?",
       "Hi Fiona, yes 11.30 is perfect, I'm on my break then. Speak soon\n\nTomasz" + IPHONE, [FR], reply=m3,
       mid="apple", mid_domain="postbox.example")

# 005 assessment-centre invitation from Taleo with a "you'll meet" list
inv = [
    "Dear Tomasz,",
    "Following your conversation with Fiona, we are delighted to invite you to our Assessment Centre for the role of <b>Assistant Restaurant Manager</b>.",
    "<table role=\"presentation\" cellpadding=\"4\" cellspacing=\"0\" style=\"border:1px solid #d8d8d8;font-size:15px\">"
    "<tr><td><b>Date</b></td><td>Tuesday 29 September 2026</td></tr>"
    "<tr><td><b>Time</b></td><td>14:00 – 16:30</td></tr>"
    "<tr><td><b>Location</b></td><td>The Crescent Edinburgh, 14 Royal Crescent Gardens, Edinburgh EH3 6QT – please ask at reception for the Sutherland Suite</td></tr>"
    "</table>",
    "You'll meet with:\n• Callum Reid, Director of Food & Beverage\n• Sophie Lam, Restaurant Manager\n• Fiona Rankin, Talent Acquisition Partner",
    "The afternoon includes a group exercise with the other candidates, a short service role-play in the restaurant and a one-to-one interview. Please bring your passport or other proof of your right to work in the UK.",
    "If you have any questions, simply reply to this email and it will reach Fiona.",
    "We look forward to welcoming you.\nCaledon Crescent Hotels Talent Acquisition",
]
m5 = b.add("INBOX", "assessment-centre-invitation", "2026-09-18 14:30", "UTC", TAL,
           "Invitation: Assessment Centre - Assistant Restaurant Manager, The Crescent Edinburgh",
           html=sys_html("Caledon Crescent Hotels", inv, ["Powered by Oracle Taleo"], color="#24323f"),
           reply_to=FR, mid="plain", mid_domain="taleo.net")
b.interview(m5, "2026-09-29 14:00", TZ, ["name:Callum Reid", "name:Sophie Lam", "fiona.rankin@caledoncrescent.example"])

m6 = b.sent("confirm-assessment", "2026-09-18 18:02", "Re: Invitation: Assessment Centre - Assistant Restaurant Manager, The Crescent Edinburgh",
            "Hi Fiona,\n\nThank you, I would be happy to attend the assessment centre on Tuesday 29th at 2pm. I've booked the afternoon off.\n\nKind regards,\nTomasz Wójcik",
            [FR], reply=m5)

# 007 mum, in Polish
m = b.add("INBOX", "mama-rozmowa", "2026-09-20 19:41", "Europe/Warsaw", MAMA, "Tomek",
          text="Tomku, tata mówi, że masz we wtorek jakąś rozmowę w hotelu? Napisz jak poszło, trzymamy kciuki. Ubierz tę granatową marynarkę, w której byłeś na weselu Kasi!\n\nBuziaki,\nMama",
          mid="plain", mid_domain="poczta.example", charset="utf-8", cte="base64")
b.silent(m, "mother asking in Polish about the interview")

# 008 loyalty marketing from the same company
promo = ["Hello Tomasz,",
         "As a Crescent Rewards member, here's an offer just for you: <b>25% off</b> weekend stays at any Caledon Crescent hotel this autumn, with breakfast included and late checkout.",
         "Book by 31 October for stays until 20 December.",
         "<a href=\"https://www.caledoncrescent.example/rewards/autumn\">Claim your offer</a>"]
m = b.add("INBOX", "rewards-autumn-offer", "2026-09-25 07:30", "UTC", ("Crescent Rewards", "rewards@caledoncrescent.example"),
          "Tomasz, your exclusive member offer is here",
          html=sys_html("Crescent Rewards", promo, ["You are receiving this because you joined Crescent Rewards. Unsubscribe."], color="#8a6d3b"),
          mid="sendgrid", headers=["List-Unsubscribe: <https://www.caledoncrescent.example/unsub>", "Precedence: bulk"])
b.silent(m, "hotel loyalty-programme discount offer from the same company")

# 009 reminder without calendar
t9 = f"""Hi Tomasz,

Just a quick note ahead of tomorrow - we're all set for 2pm in the Sutherland Suite. Please bring your passport (or share code) so we can complete the right-to-work check on the day. Smart business dress; you won't need your blacks for the role-play.

See you tomorrow,

{FR_SIG}"""
b.add("INBOX", "assessment-reminder", "2026-09-28 16:12", TZ, FR, "See you tomorrow - The Crescent", text=t9, html=word_html(t9), mid="outlook")

# 010 timeframe: within 5 working days (Wed 30 Sep -> Wed 7 Oct)
t10 = f"""Hi Tomasz,

Thank you for coming along to the Assessment Centre yesterday - Callum and Sophie enjoyed meeting you and I know the role-play was a bit of a curveball!

We're now reviewing everyone's feedback and we'll be in touch within 5 working days with an outcome.

Best wishes,

{FR_SIG}"""
m10 = b.add("INBOX", "after-assessment", "2026-09-30 10:45", TZ, FR, "Assessment Centre - thank you", text=t10, html=word_html(t10), mid="outlook")
b.timeframe(m10, "2026-10-07", "fiona.rankin@caledoncrescent.example", False)

# 011 cold application to a bistro
m11 = b.sent("application-bistro", "2026-10-01 14:20", "Front of House Supervisor - application",
             """Hello,

I saw your advert for a Front of House Supervisor on Indeed and would like to apply. I've attached my CV.

I have five years' experience front of house in Edinburgh, most recently as bar supervisor at The Kelpie Lounge (cocktail bar and small plates, 90 covers), where I run the floor on weekends, train new staff and do the cash-up and stock orders. Before that I worked at a hotel brasserie in Kraków and a gastropub in Stockbridge. I have my personal licence and REHIS food hygiene.

I can do a trial shift any time.

Many thanks,
Tomasz Wójcik
07700 900 263""", [("Bistro Fenwick", "hello@bistrofenwick.example")],
             attach=[("Tomasz_Wojcik_CV.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])

# 012 owner replies from his phone: trial shift Friday
t12 = "Hi Tomasz, thanks for getting in touch. Fancy doing a trial shift with us Friday from 5? Wear all black, ask for Aggie at the pass when you come in and I'll be on the floor with you. Cheers, Rory\n\nSent from my iPhone"
m12 = b.add("INBOX", "bistro-trial-shift", "2026-10-05 21:48", TZ, RORY, "Re: Front of House Supervisor - application",
            text=t12, reply=m11, mid="apple", mid_domain="bistrofenwick.example")
b.interview(m12, "2026-10-10 16:00", TZ, ["rory@bistrofenwick.example"])

m13 = b.sent("friday-ok", "2026-10-05 22:10", "Re: Front of House Supervisor - application",
             "Hi Rory, Friday from 5 is great, see you then. Thanks!\nTomasz" + quote(t12, "Rory Fenwick <rory@bistrofenwick.example>", "5 Oct 2026, at 21:48"),
             [RORY], reply=m12, mid="apple", mid_domain="postbox.example")

# 014 moved by text
t14 = "Sorry pal, can we make it Saturday instead? 4pm. Friday's turned into a private hire and it'll be chaos, not fair on you. Rory\n\nSent from my iPhone"
m14 = b.add("INBOX", "bistro-move-to-saturday", "2026-10-07 13:30", TZ, RORY, "Re: Front of House Supervisor - application",
            text=t14, reply=m13, mid="apple", mid_domain="bistrofenwick.example")
b.sent("saturday-ok", "2026-10-07 13:41", "Re: Front of House Supervisor - application",
       "No bother, Saturday at 4 it is." + IPHONE, [RORY], reply=m14, mid="apple", mid_domain="postbox.example")

# 016 offer after the trial shift
t16 = """Morning Tomasz,

Cracking shift last night, the team loved you and table 9 still haven't stopped talking about the wine pairing. We'd like to offer you the FOH Supervisor job. £13.75 an hour plus tronc (usually works out about £3 an hour on top), 40 hours over 5 days, 28 days holiday. Could you start Monday 19th? Let me know and I'll get a contract over to you this week.

Rory

Rory Fenwick
Owner, Bistro Fenwick
22 Dean Street, Edinburgh EH4 1LW
0131 496 0872"""
m16 = b.add("INBOX", "bistro-offer", "2026-10-11 11:05", TZ, RORY, "Job offer", text=t16, mid="gmail")
b.offer(m16)

b.sent("accept-bistro", "2026-10-11 12:30", "Re: Job offer",
       "Hi Rory,\n\nThank you so much, that's brilliant news - I'd love to accept. Monday 19th is fine, I'll give my notice at the Kelpie tomorrow.\n\nCheers,\nTomasz"
       + quote(t16, "Rory Fenwick <rory@bistrofenwick.example>", "Sun, 11 Oct 2026 at 11:05"), [RORY], reply=m16)

b.sent("mama-mam-prace", "2026-10-11 12:45", "Re: Tomek",
       "Mamo, mam nową pracę! Nie w hotelu, tylko w małym bistro na Dean Street, kierownik sali. Szef jest bardzo fajny. Zadzwonię wieczorem, to wszystko opowiem.\n\nTomek",
       [MAMA], cte="8bit")

# 019 LinkedIn relayed rejection (no reply possible)
m19 = b.add("INBOX", "linkedin-application-update", "2026-10-13 09:10", "UTC", LI,
            "Your application to Assistant Manager – The Anchor, Leith at Harbour & Hound Inns",
            html=sys_html("LinkedIn", [
                "Your update from Harbour & Hound Inns",
                "Thank you for your interest in the Assistant Manager – The Anchor, Leith position at Harbour & Hound Inns in Edinburgh. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Harbour & Hound Inns.",
                "Regards,\nHarbour & Hound Inns",
                "<a href=\"https://www.linkedin.com/jobs/\" style=\"color:#0a66c2\">Find other jobs</a>",
            ], ["This email was intended for Tomasz Wójcik. You are receiving job application update emails.",
                "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]),
            mid="plain", mid_domain="linkedin.com")
b.rejection(m19, "")

# 020 hotel: late hold
t20 = f"""Hi Tomasz,

I'm sorry for the delay in getting back to you - I know I promised you an update last week.

Following a restructure of the food and beverage team at The Crescent, the Assistant Restaurant Manager role has been put on hold for the time being. This isn't a reflection on you at all; the feedback from the assessment centre was really positive. We'll keep your details on file and I'll be in touch if the role reopens or something similar comes up.

Apologies again, and thank you for your patience.

{FR_SIG}"""
m20 = b.add("INBOX", "role-on-hold", "2026-10-14 10:20", TZ, FR, "Assistant Restaurant Manager - update", text=t20, html=word_html(t20), mid="outlook")

m21 = b.sent("withdraw-hotel", "2026-10-14 19:05", "RE: Assistant Restaurant Manager - update",
             "Hi Fiona,\n\nThanks for letting me know, and no worries at all. In the meantime I've actually accepted a supervisor role elsewhere, so please withdraw my application. I really enjoyed meeting the team and hope our paths cross again.\n\nAll the best,\nTomasz"
             + quote(t20, "Fiona Rankin <fiona.rankin@caledoncrescent.example>", "Wed, 14 Oct 2026 at 10:20"),
             [FR], reply=m20)

b.add("INBOX", "fiona-congrats", "2026-10-15 08:52", TZ, FR, "RE: Assistant Restaurant Manager - update",
      text="That's great news Tomasz, congratulations! I've withdrawn your application. Best of luck in the new role.\n\nFiona"
      + oquote("Hi Fiona,\n\nThanks for letting me know, and no worries at all. In the meantime I've actually accepted a supervisor role elsewhere, so please withdraw my application.",
               "Tomasz Wójcik <tomasz.wojcik@postbox.example>", "14 October 2026 19:05", "Fiona Rankin <fiona.rankin@caledoncrescent.example>",
               "RE: Assistant Restaurant Manager - update"),
      reply=m21, mid="outlook")

b.add("INBOX", "bistro-first-week", "2026-10-16 17:33", TZ, RORY, "first week",
      text="Rota for next week attached in the group chat but basically Mon-Fri 12 till close. Contract's in the post. Aggie says bring your own wine key, she won't lend hers\n\nR\n\nSent from my iPhone",
      mid="apple", mid_domain="bistrofenwick.example")

b.write()
