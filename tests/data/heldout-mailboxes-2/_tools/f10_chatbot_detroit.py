from mimehelp import Box, Event, calendar, quote
U = ("Marcus Bell", "marcus.bell@greatlakesmail.example")
DET = "America/Detroit"
b = Box("final", "m10-chatbot-detroit", U, DET, "2026-10-01T07:00:00-04:00", "2026-11-13T18:00:00-05:00")
MAX = ("Max from Great Lakes Fulfillment", "greatlakesfulfillment@paradox.ai")
KEITH = ("Keith Brandt", "keith.brandt@glfulfillment.example")
ALI = ("Alicia Mendez", "alicia.mendez@glfulfillment.example")
PAT = ("Patrice Long", "patrice.long@wolverineparts.example")
ICIMS = ("Wolverine Auto Parts", "wolverineparts@talent.icims.com")

b.add("INBOX", "icims-ack", "2026-10-01 09:00", DET, ICIMS, "Application received: Shift Supervisor - Warehouse", mid="plain", mid_domain="icims.com",
      html="<html><body><p>Dear Marcus, thank you for applying for Shift Supervisor - Warehouse (Req 4410).</p></body></html>")
b.add("INBOX", "jazzhr-ack", "2026-10-02 10:15", DET, ("Motown Millwork", "no-reply@applytojob.com"), "Thank you for applying: Production Lead",
      mid="plain", mid_domain="applytojob.com", text="Hi Marcus,\n\nThanks for applying for Production Lead at Motown Millwork.\n\nMotown Millwork")
ie = Event("icims-int-4410-20261008@icims.com", "2026-10-08 10:00", DET, 45, "Interview - Shift Supervisor - Marcus Bell", organizer=PAT,
           attendees=[PAT, U], stamp="20261002T183000Z", location="Wolverine Auto Parts DC, 2200 Ecorse Rd, Romulus")
m3 = b.add("INBOX", "icims-invite", "2026-10-02 14:30", DET, ICIMS, "Interview Invitation: Shift Supervisor - Warehouse", reply_to=PAT,
      mid="plain", mid_domain="icims.com",
      text="Dear Marcus,\n\nPatrice Long, Distribution Center Manager, would like to meet you. Please open the attached calendar file for "
           "the date, time and location.\n\nWolverine Auto Parts Talent Acquisition",
      ics=calendar("REQUEST", [ie], prodid="-//iCIMS//Interview Scheduler//EN", tzstyle="utc"), ics_as="attach", ics_name="interview.ics")
b.interview(m3, "2026-10-08 10:00", DET, [PAT[1]])
m4 = b.add("INBOX", "max-scheduled", "2026-10-05 20:12", DET, MAX, "Interview confirmed - Great Lakes Fulfillment", mid="uuid", mid_domain="paradox.ai",
      text="Hey Marcus, it's Max, the hiring assistant for Great Lakes Fulfillment!\n\nYou: I'd like the warehouse lead job in Taylor\n"
           "Max: Awesome. Here are some times - which works?\nYou: Monday 2pm\n\nConfirmed:\nRole: Warehouse Lead (2nd shift)\n"
           "Date: Monday, October 12\nTime: 2:00 PM Eastern\nInterviewer: Site Manager Keith Brandt\nLocation: 8800 Pardee Rd, Taylor, MI - "
           "check in at the security gate\n\nText HELP anytime.")
b.interview(m4, "2026-10-13 15:00", DET, [KEITH[1]])
b.silent(b.add("INBOX", "union-election", "2026-10-06 18:00", DET, ("UAW Local Newsletter", "news@local-union.example"),
      "Steward election: meet the candidates", mid="sendgrid",
      html="<html><body><p>Four candidates are running for steward. Candidate night is October 20 at the hall.</p></body></html>"),
      "union election candidates")
b.add("INBOX", "patrice-after", "2026-10-08 11:10", DET, PAT, "Thanks for coming in", mid="outlook",
      text="Marcus,\n\nThanks for coming out to the DC this morning. I'm seeing a few more people and will be in touch in a week or so.\n\nPatrice")
b.add("INBOX", "max-moved", "2026-10-09 12:00", DET, MAX, "Your interview time has changed", mid="uuid", mid_domain="paradox.ai",
      text="Hi Marcus, Max here. Keith had a scheduling conflict, so your interview has been moved to Tuesday, October 13 at 3:00 PM Eastern. "
           "Same location. Reply C to confirm or RESCHEDULE for other options.")
b.silent(b.add("INBOX", "flu-shot", "2026-10-12 08:00", DET, ("Corktown Pharmacy", "rx@corktownpharmacy.example"),
      "Your flu shot appointment: Oct 17, 11:20 AM", mid="plain", mid_domain="corktownpharmacy.example",
      text="Hi Marcus, your vaccination appointment is confirmed."), "pharmacy appointment")
m9 = b.add("INBOX", "keith-after", "2026-10-13 16:20", DET, KEITH, "Warehouse Lead", mid="outlook",
      text="Marcus - good meeting you today. I'm going over the 2nd shift budget with HR and we'll give you an answer by Friday.\n\nKeith Brandt")
b.timeframe(m9, "2026-10-16", KEITH[1], True)
m10 = b.add("INBOX", "jazzhr-reject", "2026-10-14 09:30", DET, ("Motown Millwork", "no-reply@applytojob.com"), "Production Lead position",
      mid="plain", mid_domain="applytojob.com",
      text="Hi Marcus,\n\nThe Production Lead position has been filled. We appreciate your interest and will keep your resume on file.\n\n"
           "Motown Millwork (automated message)")
b.rejection(m10, "")
m11 = b.add("INBOX", "alicia-offer", "2026-10-15 13:00", DET, ALI, "Offer of employment - Warehouse Lead", cc=[KEITH], mid="outlook",
      text="Hi Marcus,\n\nCongratulations! Great Lakes Fulfillment is pleased to offer you the position of Warehouse Lead (2nd shift) at our "
           "Taylor site, at $26.75 per hour plus a $1.50 shift differential, starting October 26. Please sign the attached letter by Monday.\n\n"
           "Alicia Mendez\nHR Generalist",
      attach=[("GLF_Offer_Marcus_Bell.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m11)
b.sent("accept", "2026-10-15 17:40", "RE: Offer of employment - Warehouse Lead",
       "Hi Alicia,\n\nThank you! I accept - the signed letter is attached.\n\nMarcus", to=[ALI], cc=[KEITH], reply=m11)
m13 = b.add("INBOX", "patrice-decline", "2026-10-20 10:05", DET, PAT, "Shift Supervisor", mid="outlook",
      text="Marcus,\n\nI wanted to let you know we've filled the Shift Supervisor spot with someone who already knows our WMS. Thanks again "
           "for coming out - I'd be glad to hear from you if something else opens up.\n\nPatrice")
b.rejection(m13, PAT[1])
b.silent(b.add("INBOX", "tickets-offer", "2026-10-22 12:00", DET, ("Motor City Tickets", "deals@motorcitytickets.example"),
      "Exclusive offer: 2 tickets for the price of 1", mid="ses", html="<html><body><p>This weekend only.</p></body></html>"), "ticket offer")
b.write()
