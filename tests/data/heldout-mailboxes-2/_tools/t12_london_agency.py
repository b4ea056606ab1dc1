from mimehelp import Box, Event, calendar, quote
U = ("Priya Chauhan", "priya.chauhan@thames.example")
LON = "Europe/London"
b = Box("tune", "m12-london-agency", U, LON, "2026-09-28T08:00:00+01:00", "2026-11-27T18:00:00+00:00", country="UK")
GAR = ("Gareth Hughes", "gareth.hughes@northgate-talent.example")

m1 = b.add("INBOX", "gareth-role", "2026-09-28 09:45", LON, GAR, "Risk technology role - Wexford Bank", mid="fastmail",
      text="Hi Priya,\n\nHope you're well. I'm working on a Senior Business Analyst role in risk technology at Wexford Bank (Canary Wharf, "
           "hybrid, up to GBP 85k). Happy for me to put you forward?\n\nGareth Hughes\nNorthgate Talent")
b.sent("re-gareth", "2026-09-28 12:30", "Re: Risk technology role - Wexford Bank", "Hi Gareth,\n\nYes please, happy to be put forward.\n\nPriya",
       to=[GAR], reply=m1)
m3 = b.add("INBOX", "gareth-meeting", "2026-10-01 15:20", LON, GAR, "Wexford Bank would like to meet you", mid="fastmail",
      text="Hi Priya,\n\nGreat news - Wexford would like to meet you on Tuesday 6 October at 14:00 at their Canary Wharf office (25 Bank "
           "Street, ask for the 9th floor). You'll meet Hannah Lowe, Head of Risk Technology. Allow an hour.\n\nGareth")
b.interview(m3, "2026-10-06 14:00", LON, ["name:Hannah Lowe"])
b.add("INBOX", "pinpoint-ack", "2026-10-02 10:30", LON, ("Kestrel Rail", "no-reply@pinpointhq.com"), "We've received your application",
      mid="uuid", mid_domain="pinpointhq.com", html="<html><body><p>Hi Priya, thanks for applying for Business Analyst, Timetabling.</p></body></html>")
b.silent(b.add("INBOX", "northgate-update", "2026-10-05 08:00", LON, ("Northgate Talent", "insights@northgate-talent.example"),
      "Q4 market update: who's hiring in financial services", mid="sendgrid",
      html="<html><body><p>Hiring is picking up in risk and compliance technology. Read our candidate guide to second-round interviews.</p></body></html>"),
      "agency market newsletter")
m6 = b.add("INBOX", "gareth-after", "2026-10-06 16:00", LON, GAR, "How did it go?", mid="fastmail",
      text="Hi Priya,\n\nHannah's already been in touch to say she enjoyed meeting you. They're seeing one more person and will give me "
           "feedback by Wednesday the 14th - I'll pass it straight on.\n\nGareth")
b.timeframe(m6, "2026-10-14", GAR[1], True)
ev = Event("northgate-wexford-2nd-5512@northgate-talent.example", "2026-10-20 10:30", LON, 60, "Wexford Bank - second interview (Priya Chauhan)",
           organizer=GAR, stamp="20261012T100000Z", location="Wexford Bank, 25 Bank Street, London E14",
           description="Second interview with Hannah Lowe and Marcus Grey (CTO). Arranged by Northgate Talent.")
m7 = b.add("INBOX", "gareth-second", "2026-10-12 11:00", LON, GAR, "Second interview - Wexford Bank", mid="fastmail",
      text="Hi Priya,\n\nThey'd like you back for a second interview with Hannah Lowe and their CTO, Marcus Grey, on Tuesday 20 October at "
           "10:30. I've attached a calendar entry for your diary.\n\nGareth",
      ics=calendar("PUBLISH", [ev], prodid="-//Fastmail//Calendar//EN"), ics_as="attach", ics_name="wexford-second-interview.ics")
b.interview(m7, "2026-10-20 10:30", LON, ["name:Hannah Lowe", "name:Marcus Grey"])
m8 = b.add("INBOX", "pinpoint-reject", "2026-10-15 09:00", LON, ("Kestrel Rail", "no-reply@pinpointhq.com"), "Your application to Kestrel Rail",
      mid="uuid", mid_domain="pinpointhq.com",
      html="<html><body><p>Hi Priya,</p><p>Thank you for your interest. On this occasion we won't be taking your application further. "
           "This inbox is not monitored.</p></body></html>")
b.rejection(m8, "")
m9 = b.add("INBOX", "gareth-after-second", "2026-10-20 12:30", LON, GAR, "Second interview", mid="fastmail",
      text="Priya, just spoke to Hannah - very positive. They're aiming to make a decision by the end of next week.\n\nGareth")
b.timeframe(m9, "2026-10-30", GAR[1], True)
b.silent(b.add("INBOX", "job-alert", "2026-10-22 07:00", LON, ("CityJobs Alerts", "alerts@cityjobs.example"),
      "New: Business Analyst jobs in London - hiring now", mid="ses", html="<html><body><p>23 new jobs match your search.</p></body></html>"), "job alert")
m11 = b.add("INBOX", "gareth-offer", "2026-10-28 17:10", LON, GAR, "Offer from Wexford Bank!", mid="fastmail",
      text="Hi Priya,\n\nDelighted to tell you Wexford Bank would like to offer you the Senior Business Analyst role at GBP 82,000 plus a "
           "10% bonus, hybrid three days in the office, starting 4 January. Their written offer is attached.\n\nGareth",
      attach=[("Wexford_Offer_Priya_Chauhan.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m11)
b.sent("accept", "2026-10-28 19:45", "Re: Offer from Wexford Bank!", "Gareth, that's brilliant news - please tell them I accept!\n\nPriya",
       to=[GAR], reply=m11)
b.silent(b.add("INBOX", "restaurant-offer", "2026-11-02 12:00", LON, ("Borough Kitchen", "hello@boroughkitchen.example"),
      "An exclusive offer for you: 2-for-1 Tuesdays", mid="ses", html="<html><body><p>Book now.</p></body></html>"), "restaurant offer")
b.write()
