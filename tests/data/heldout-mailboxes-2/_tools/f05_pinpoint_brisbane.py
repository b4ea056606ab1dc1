from mimehelp import Box, Event, calendar, quote
U = ("Hana Yoshida", "hana.yoshida@wattle.example")
BNE = "Australia/Brisbane"; SYD = "Australia/Sydney"
b = Box("final", "m05-pinpoint-brisbane", U, BNE, "2026-09-21T08:00:00+10:00", "2026-11-20T18:00:00+10:00", country="AU")
ZARA = ("Zara Mitchell", "zara.mitchell@kookaburrahealth.example")
TOM = ("Tom Nguyen", "tom.nguyen@kookaburrahealth.example")
ISLA = ("Isla Fraser", "isla.fraser@mangroveanalytics.example")

b.add("INBOX", "pinpoint-ack", "2026-09-21 13:10", SYD, ("Kookaburra Health", "no-reply@pinpointhq.com"),
      "Application received - Product Analyst", reply_to=ZARA, mid="uuid", mid_domain="pinpointhq.com",
      html="<html><body><p>Hi Hana,</p><p>Thanks for applying for <b>Product Analyst</b> at Kookaburra Health. We'll review your application "
           "and let you know the outcome.</p></body></html>")
b.silent(b.add("INBOX", "rental-inspection", "2026-09-24 17:30", BNE, ("Riverbend Property", "leasing@riverbendproperty.example"),
      "Your inspection and tenant interview - 14/22 Merthyr Rd", mid="plain", mid_domain="riverbendproperty.example",
      text="Hi Hana, you're booked for the inspection and a short tenant interview with the owner on Saturday 26 September at 11:15am."),
      "rental tenant interview")
pe = Event("pinpoint-interview-66120@pinpointhq.com", "2026-10-06 10:00", SYD, 30, "Kookaburra Health: Product Analyst - screening call",
           organizer=ZARA, attendees=[ZARA, U], stamp="20260928T230000Z", location="https://kookaburra.zoom.example/j/5510")
m3 = b.add("INBOX", "pinpoint-invite", "2026-09-29 09:00", SYD, ("Kookaburra Health", "no-reply@pinpointhq.com"),
      "Interview booked: Product Analyst - screening call", reply_to=ZARA, mid="uuid", mid_domain="pinpointhq.com",
      text="Hi Hana,\n\nYour screening call with Zara Mitchell is booked.\n\nDate: Tuesday 6 October 2026\nTime: 10:00am AEDT (Sydney)\n"
           "Join: https://kookaburra.zoom.example/j/5510\n\nAn invitation is attached.", html=True,
      ics=calendar("REQUEST", [pe], prodid="-//Pinpoint//Interview Scheduling//EN"), ics_as="both", ics_name="interview.ics")
b.interview(m3, "2026-10-06 10:00", SYD, [ZARA[1]])
m4 = b.sent("apply-mangrove", "2026-10-01 19:15", "Application - Data Analyst", "Hi Isla,\n\nPlease find attached my application for the "
            "Data Analyst role advertised on your website.\n\nKind regards,\nHana Yoshida", to=[ISLA],
            attach=[("Hana_Yoshida_CV.pdf", "application/pdf", b"%PDF-1.4\n% cv\n")], mid="apple", mid_domain="wattle.example")
b.add("INBOX", "isla-link", "2026-10-02 09:30", BNE, ISLA, "Re: Application - Data Analyst", reply=m4, mid="outlook",
      text="Hi Hana,\n\nThanks for applying! Please book a 20-minute phone screen with me: https://calendly.com/isla-fraser-mangrove/screen\n\nIsla")
ce = Event("c4e1a7b2-6d3f-4b8e-9a10-mangrove20@calendly.com", "2026-10-08 14:00", BNE, 20, "Phone screen: Hana Yoshida and Isla Fraser",
           organizer=ISLA, attendees=[ISLA, U], stamp="20261002T011500Z", location="Isla will call you")
m6 = b.add("INBOX", "calendly-booked", "2026-10-02 11:15", BNE, ("Calendly", "notifications@calendly.com"),
      "Confirmed: Phone screen with Isla Fraser on Thursday, October 8, 2026", reply_to=ISLA, mid="sendgrid",
      text="Hi Hana Yoshida,\n\nYour event has been scheduled.\n\nPhone screen\n02:00pm - 02:20pm, Thursday, October 8, 2026 (Brisbane Time)\n"
           "Isla will call you", html=True,
      ics=calendar("REQUEST", [ce], prodid="-//Calendly//EN", tzstyle="utc"), ics_as="attach", ics_name="invite.ics")
b.interview(m6, "2026-10-08 14:00", BNE, [ISLA[1]])
m7 = b.add("INBOX", "zara-after", "2026-10-06 10:45", SYD, ZARA, "Thanks Hana", mid="gmail",
      text="Hi Hana,\n\nThanks for the chat this morning. I'll let you know by Tuesday 13 October whether you're through to the final round.\n\nZara")
b.timeframe(m7, "2026-10-13", ZARA[1], True)
b.silent(b.add("INBOX", "tennis-club", "2026-10-07 12:00", BNE, ("New Farm Tennis Club", "membership@newfarmtennis.example"),
      "Offer of membership", mid="plain", mid_domain="newfarmtennis.example",
      text="Dear Hana,\n\nThe committee is pleased to offer you full membership of the club. Please pay your joining fee by 31 October."),
      "club membership offer")
m9 = b.add("INBOX", "isla-after", "2026-10-08 15:00", BNE, ISLA, "Thanks for your time", mid="outlook",
      text="Hi Hana,\n\nGood to chat this afternoon. I'm speaking with a few more people this week and will get back to you by Friday 16 October.\n\nIsla")
b.timeframe(m9, "2026-10-16", ISLA[1], False)
m10 = b.add("INBOX", "zara-final-agenda", "2026-10-12 16:00", SYD, ZARA, "Final round - Tuesday 20 October", mid="gmail",
      text="Hi Hana,\n\nGreat news - we'd love you to join us for the final round on Tuesday 20 October (video). The plan:\n\n"
           "1:00pm - 1:45pm AEDT  Case study with Tom Nguyen, Analytics Lead (tom.nguyen@kookaburrahealth.example)\n"
           "2:00pm - 2:45pm AEDT  Conversation with Olivia Marsh, Chief Product Officer\n\n"
           "All times are Sydney time - that's 12:00 and 1:00 for you in Brisbane. Separate Zoom links to follow.\n\nZara")
b.interview(m10, "2026-10-20 13:00", SYD, [TOM[1]])
b.interview(m10, "2026-10-20 14:00", SYD, ["name:Olivia Marsh"])
b.silent(b.add("INBOX", "webinar", "2026-10-15 12:00", SYD, ("Analytics Guild AU", "events@analyticsguild.example"),
      "Webinar: how hiring managers assess case study interviews", mid="sendgrid",
      html="<html><body><p>Join us Thursday 22 October, 12pm AEDT.</p></body></html>"), "webinar about interviews")
b.add("INBOX", "zara-after-final", "2026-10-20 15:30", SYD, ZARA, "Thank you for today", mid="gmail",
      text="Hi Hana,\n\nThanks for a great final round. We'll need to check references for whoever we choose, so you'll hear from us in about two weeks.\n\nZara")
m13 = b.add("INBOX", "isla-decline", "2026-10-26 09:40", BNE, ISLA, "Data Analyst role", mid="outlook",
      text="Hi Hana,\n\nSorry for going quiet last week. We've offered the role to another applicant who has accepted. Thanks so much for your "
           "time - I'd be happy to keep your details for future roles.\n\nIsla")
b.rejection(m13, ISLA[1])
m14 = b.add("INBOX", "zara-offer", "2026-10-30 11:00", SYD, ZARA, "Offer - Product Analyst, Kookaburra Health", mid="gmail",
      text="Hi Hana,\n\nI'm thrilled to offer you the Product Analyst role! Your contract is attached: AUD 118,000 plus superannuation, "
           "fully remote from Brisbane, starting 30 November.\n\nZara",
      attach=[("Kookaburra_Employment_Contract.pdf", "application/pdf", b"%PDF-1.4\n% contract\n")])
b.offer(m14)
b.sent("accept", "2026-10-31 10:20", "Re: Offer - Product Analyst, Kookaburra Health",
       "Hi Zara,\n\nWonderful news - I accept! Signed contract attached.\n\nHana", to=[ZARA], reply=m14, mid="apple", mid_domain="wattle.example")
b.write()
