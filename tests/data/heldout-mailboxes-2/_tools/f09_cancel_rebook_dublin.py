from mimehelp import Box, Event, calendar, quote
U = ("Ciara Walsh", "ciara.walsh@liffey.example")
DUB = "Europe/Dublin"
b = Box("final", "m09-cancel-rebook-dublin", U, DUB, "2026-09-14T08:00:00+01:00", "2026-11-27T18:00:00+00:00", country="IE")
SIN = ("Sinéad Kelly", "sinead.kelly@harbourlight.example")
DEC = ("Declan Moore", "declan.moore@harbourlight.example")
ORLA = ("Orla Byrne", "orla.byrne@harbourlight.example")
FIONN = ("Fionn Casey", "fionn.casey@harbourlight.example")
NIAMH = ("Niamh Flood", "niamh.flood@glasshouse-studio.example")
EOIN = ("Eoin Gallagher", "eoin.gallagher@connachtcloud.example")
GH = ("Harbourlight Games", "no-reply@us.greenhouse-mail.io")

b.add("INBOX", "gh-ack", "2026-09-14 10:00", DUB, GH, "Thank you for applying to Harbourlight Games", mid="sendgrid",
      html="<html><body><p>Hi Ciara,</p><p>Thanks for applying for <b>Senior Game Producer</b>. We'll review your application carefully.</p></body></html>")
hm = lambda start, seq, stamp: Event("gh-8f21c0a9-harbourlight-hm@greenhouse.io", start, DUB, 45, "Harbourlight Games: Ciara Walsh <> Declan Moore",
      organizer=SIN, attendees=[DEC, U], seq=seq, stamp=stamp, location="https://meet.google.com/hbl-qrst-uvw")
m2 = b.add("INBOX", "gh-invite", "2026-09-16 11:20", DUB, SIN, "Interview invitation: Harbourlight Games - Senior Game Producer", mid="gmail",
      text="Hi Ciara,\n\nPlease find attached an invitation for your first interview with Declan Moore, our Head of Production.\n\nSinéad Kelly\nTalent Partner",
      html=True, ics=calendar("REQUEST", [hm("2026-09-22 14:00", 0, "20260916T102000Z")]), ics_as="alt")
b.interview(m2, "2026-09-23 10:00", DUB, [DEC[1]])
b.silent(b.add("INBOX", "driving-test", "2026-09-18 09:00", DUB, ("Driving Test Bookings", "noreply@drivingtest.example"),
      "Your driving test appointment", mid="plain", mid_domain="drivingtest.example",
      text="Your driving test is booked for Thursday 1 October 2026 at 09:40, Finglas test centre."), "driving test appointment")
b.add("INBOX", "gh-update", "2026-09-21 09:30", DUB, SIN, "Updated invitation: Harbourlight Games: Ciara Walsh <> Declan Moore", mid="gmail",
      text="Hi Ciara,\n\nDeclan's travel changed, so I've moved your interview to Wednesday 23 September at 10:00 (Irish time). The updated "
           "invitation is attached.\n\nSinéad", html=True,
      ics=calendar("REQUEST", [hm("2026-09-23 10:00", 1, "20260921T083000Z")]))
m5 = b.add("INBOX", "sinead-after", "2026-09-23 11:15", DUB, SIN, "Thanks for meeting Declan", mid="gmail",
      text="Hi Ciara,\n\nThank you for your time with Declan this morning. We'll come back to you within 5 business days.\n\nSinéad")
b.timeframe(m5, "2026-09-30", SIN[1], True)
ons = lambda seq, cancel, stamp: Event("gh-2d77e1b4-harbourlight-onsite@greenhouse.io", "2026-10-08 13:00", DUB, 120,
      "Harbourlight Games: final round - Ciara Walsh", organizer=SIN, attendees=[DEC, ORLA, FIONN, U], seq=seq, cancel=cancel,
      stamp=stamp, location="Harbourlight Games, Grand Canal Dock, Dublin 2")
b.add("INBOX", "gh-onsite", "2026-09-28 15:00", DUB, SIN, "Final round: Harbourlight Games", mid="gmail",
      text="Hi Ciara,\n\nGreat news - we'd like to invite you to our final round, a panel with Declan Moore, Orla Byrne and Fionn Casey. "
           "Invitation attached.\n\nSinéad", html=True, ics=calendar("REQUEST", [ons(0, False, "20260928T140000Z")]))
b.interview(b.msgs[-1], "2026-10-08 13:00", DUB, [DEC[1], ORLA[1], FIONN[1]], thank_you=False)
b.add("INBOX", "workable-ack", "2026-10-01 12:00", DUB, ("Connacht Cloud", "noreply@candidates.workablemail.com"),
      "Thanks for applying to Connacht Cloud", mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hi Ciara, we've received your application for Delivery Manager.</p></body></html>")
gh1 = lambda uid, start, seq, cancel, stamp: Event(uid, start, DUB, 45, "Glasshouse Studio - chat with Ciara Walsh", organizer=NIAMH,
      attendees=[U], seq=seq, cancel=cancel, stamp=stamp, location="Microsoft Teams Meeting")
UID1 = "040000008200E00074C5B7101A82E00800000000D0E0F0A0B0C0DC01000000000000000010000000AB01"
m8 = b.add("INBOX", "niamh-invite", "2026-10-05 10:10", DUB, NIAMH, "Glasshouse Studio - chat with Ciara Walsh", mid="outlook",
      text="Hi Ciara, looking forward to talking about the producer role. - Niamh (founder, Glasshouse Studio)", html=True,
      ics=calendar("REQUEST", [gh1(UID1, "2026-10-13 11:00", 0, False, "20261005T091000Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.interview(m8, "2026-10-20 11:00", DUB, [NIAMH[1]])
m9 = b.add("INBOX", "sinead-decline", "2026-10-06 16:45", DUB, SIN, "Harbourlight Games - an update before Thursday", mid="gmail",
      text="Hi Ciara,\n\nI'm sorry to write before your final round. An internal producer has applied for the role and the team has decided "
           "to offer it to them, so we're cancelling Thursday's panel. You were a really strong candidate and I'd love to keep in touch.\n\nSinéad")
b.rejection(m9, SIN[1])
b.add("INBOX", "gh-cancel", "2026-10-06 16:50", DUB, SIN, "Cancelled: Harbourlight Games: final round - Ciara Walsh", mid="gmail",
      text="This event has been cancelled.", html=True, ics=calendar("CANCEL", [ons(1, True, "20261006T155000Z")]))
m11 = b.add("INBOX", "workable-scheduled", "2026-10-07 13:30", DUB, ("Connacht Cloud", "noreply@candidates.workablemail.com"),
      "Interview scheduled with Connacht Cloud", reply_to=EOIN, mid="uuid", mid_domain="workablemail.com",
      text="Hi Ciara,\n\nYour interview for Delivery Manager has been scheduled.\n\nDate: Friday, 16 October 2026\nTime: 15:00 (Europe/Dublin)\n"
           "Interviewer: Eoin Gallagher (eoin.gallagher@connachtcloud.example)\nType: Video call - link to follow\n\nConnacht Cloud")
b.interview(m11, "2026-10-16 15:00", DUB, [EOIN[1]])
b.add("INBOX", "niamh-cancel", "2026-10-12 18:20", DUB, NIAMH, "Canceled: Glasshouse Studio - chat with Ciara Walsh", mid="outlook",
      text="Ciara, so sorry - a client deadline has blown up tomorrow. I'll send a new time straight away.", html=True,
      ics=calendar("CANCEL", [gh1(UID1, "2026-10-13 11:00", 1, True, "20261012T172000Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.add("INBOX", "niamh-reinvite", "2026-10-13 08:50", DUB, NIAMH, "Glasshouse Studio - chat with Ciara Walsh (new time)", mid="outlook",
      text="Here's the new time - Tuesday 20 October, 11:00. Thanks for your patience! - Niamh", html=True,
      ics=calendar("REQUEST", [gh1("040000008200E00074C5B7101A82E00800000000D0E0F0A0B0C0DC01000000000000000010000000AB02",
                                   "2026-10-20 11:00", 0, False, "20261013T075000Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.silent(b.add("INBOX", "book-launch", "2026-10-14 12:00", DUB, ("Hodges Books", "events@hodgesbooks.example"),
      "Book launch: 'The Candidate' - an evening with the author", mid="sendgrid",
      html="<html><body><p>Join us Thursday 29 October at 7pm for the launch of a political thriller, with a live interview.</p></body></html>"),
      "book launch event")
b.add("INBOX", "eoin-after", "2026-10-16 16:30", DUB, EOIN, "Thanks Ciara", mid="gmail",
      text="Hi Ciara,\n\nThanks for the chat this afternoon. I'll talk to the team and revert by early next week.\n\nEoin")
m16 = b.add("INBOX", "niamh-after", "2026-10-20 12:30", DUB, NIAMH, "Lovely to meet you", mid="outlook",
      text="Ciara, lovely to finally meet! I'm meeting one more person and I'll let you know by Friday 30 October.\n\nNiamh")
b.timeframe(m16, "2026-10-30", NIAMH[1], False)
m17 = b.add("INBOX", "eoin-offer", "2026-10-22 10:00", DUB, EOIN, "Offer - Delivery Manager, Connacht Cloud", mid="gmail",
      text="Hi Ciara,\n\nI'm delighted to offer you the Delivery Manager role at Connacht Cloud at EUR 78,000 per year, hybrid from our "
           "Dublin office. The contract is attached - we'd be glad to have your answer within a week.\n\nEoin",
      attach=[("Connacht_Cloud_Contract_Ciara_Walsh.pdf", "application/pdf", b"%PDF-1.4\n% contract\n")])
b.offer(m17)
b.silent(b.add("INBOX", "gym-offer", "2026-10-23 07:00", DUB, ("Ringsend Fitness", "hello@ringsendfitness.example"),
      "Halloween offer: first month free", mid="ses", html="<html><body><p>Join before 31 October.</p></body></html>"), "gym offer")
b.write()
