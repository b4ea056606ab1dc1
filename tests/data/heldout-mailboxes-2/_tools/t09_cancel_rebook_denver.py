from mimehelp import Box, Event, calendar, quote
U = ("Casey Navarro", "casey.navarro@peakpost.example")
DEN = "America/Denver"
b = Box("tune", "m09-cancel-rebook-denver", U, DEN, "2026-09-08T07:00:00-06:00", "2026-11-20T18:00:00-07:00")
OWEN = ("Owen Tate", "owen.tate@switchyard.example")
ROSA = ("Rosa Delgado", "rosa.delgado@switchyard.example")
FEMI = ("Femi Adams", "femi.adams@switchyard.example")
LOR = ("Lorraine Beck", "lorraine.beck@mesaverdesolar.example")
ANA = ("Ana Petrov", "ana.petrov@junipermobility.example")
CUR = ("Curtis Lyle", "curtis.lyle@junipermobility.example")
LEVER = ("Switchyard Freight", "no-reply@hire.lever.co")

b.add("INBOX", "lever-ack", "2026-09-08 09:30", DEN, LEVER, "Thanks for applying to Switchyard Freight", mid="uuid", mid_domain="hire.lever.co",
      text="Hi Casey,\n\nThanks for applying for Senior Product Manager. We'll review your application and get back to you.\n\nSwitchyard Freight", html=True)
hm = lambda start, seq, cancel=False, stamp="20260910T160000Z": Event("lever-int-4c1f-91aa-switchyard-hm", start, DEN, 45,
      "Interview: Casey Navarro / Rosa Delgado (Switchyard Freight)", organizer=OWEN, attendees=[ROSA, U], seq=seq, cancel=cancel,
      stamp=stamp, location="https://switchyard.zoom.example/j/60012")
m2 = b.add("INBOX", "lever-invite-hm", "2026-09-10 10:02", DEN, LEVER, "Interview scheduled with Switchyard Freight", reply_to=OWEN,
      mid="uuid", mid_domain="hire.lever.co",
      text="Hi Casey,\n\nYour interview with Rosa Delgado (Director of Product) is confirmed for Tuesday, September 15 at 10:00 AM MDT. "
           "A calendar invitation is attached.\n\nOwen Tate, Recruiting", html=True,
      ics=calendar("REQUEST", [hm("2026-09-15 10:00", 0)], prodid="-//Lever//Lever Interview Scheduler//EN"), ics_as="alt")
b.interview(m2, "2026-09-18 13:00", DEN, [ROSA[1]])
b.silent(b.add("INBOX", "candidate-forum", "2026-09-11 17:00", DEN, ("Boulder Civic League", "news@bouldercivic.example"),
      "Candidate forum: meet the city council candidates Sept 24", mid="sendgrid",
      html="<html><body><p>Hear all six city council candidates answer your questions. Doors open 6:30pm at the library.</p></body></html>"),
      "election candidate forum")
b.add("INBOX", "lever-cancel", "2026-09-14 08:15", DEN, LEVER, "Cancelled: Interview with Switchyard Freight", reply_to=OWEN,
      mid="uuid", mid_domain="hire.lever.co",
      text="Hi Casey,\n\nUnfortunately Rosa is out sick, so tomorrow's interview has been cancelled. We'll send a new time shortly.\n\nOwen", html=True,
      ics=calendar("CANCEL", [hm("2026-09-15 10:00", 1, True, "20260914T141500Z")], prodid="-//Lever//Lever Interview Scheduler//EN"))
b.add("INBOX", "lever-rebook", "2026-09-14 15:40", DEN, LEVER, "Interview rescheduled with Switchyard Freight", reply_to=OWEN,
      mid="uuid", mid_domain="hire.lever.co",
      text="Hi Casey,\n\nYour interview with Rosa Delgado has been rescheduled to Friday, September 18 at 1:00 PM MDT.\n\nOwen", html=True,
      ics=calendar("REQUEST", [hm("2026-09-18 13:00", 2, False, "20260914T214000Z")], prodid="-//Lever//Lever Interview Scheduler//EN"))
m6 = b.add("INBOX", "owen-after-hm", "2026-09-18 14:10", DEN, OWEN, "Thanks for meeting Rosa", mid="gmail",
      text="Hi Casey,\n\nThanks for your flexibility with the reschedule. We'll get back to you within 5 business days with next steps.\n\nOwen")
b.timeframe(m6, "2026-09-25", OWEN[1], True)
b.add("INBOX", "workable-ack", "2026-09-21 12:00", DEN, ("Mesa Verde Solar", "noreply@candidates.workablemail.com"),
      "Mesa Verde Solar - application received", mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hi Casey, thanks for applying for Product Lead, Residential.</p></body></html>")
ons = lambda seq, cancel=False, stamp="20260923T170000Z": Event("lever-int-77d0-onsite-switchyard", "2026-10-02 09:00", DEN, 120,
      "Onsite: Casey Navarro (Switchyard Freight)", organizer=OWEN, attendees=[ROSA, FEMI, U], seq=seq, cancel=cancel, stamp=stamp,
      location="Switchyard Freight, 1550 Wynkoop St, Denver")
m8 = b.add("INBOX", "lever-onsite", "2026-09-23 11:00", DEN, LEVER, "Onsite interview scheduled - Switchyard Freight", reply_to=OWEN,
      mid="uuid", mid_domain="hire.lever.co",
      text="Hi Casey,\n\nWe're excited to invite you to an onsite with Rosa Delgado and Femi Adams on Friday, October 2 from 9:00 to 11:00 AM "
           "MDT.\n\nOwen", html=True,
      ics=calendar("REQUEST", [ons(0)], prodid="-//Lever//Lever Interview Scheduler//EN"))
b.interview(m8, "2026-10-02 09:00", DEN, [ROSA[1], FEMI[1]], thank_you=False)
b.silent(b.add("INBOX", "auto-loan", "2026-09-25 07:30", DEN, ("Front Range Auto Finance", "offers@frontrangeauto.example"),
      "Your pre-approved auto loan offer expires soon", mid="ses",
      html="<html><body><p>Rates from 4.9% APR. Claim your offer today.</p></body></html>"), "loan offer")
m10 = b.add("INBOX", "owen-decline", "2026-09-29 16:20", DEN, OWEN, "Switchyard Freight - an update", mid="gmail",
      text="Hi Casey,\n\nI'm sorry to share this ahead of Friday: the team has decided to move forward with an internal candidate for the "
           "Senior PM role, so we're cancelling the onsite. I've sent the calendar cancellation along with this note. Thank you for "
           "everything you put into the process.\n\nOwen",
      ics=calendar("CANCEL", [ons(1, True, "20260929T222000Z")], prodid="-//Lever//Lever Interview Scheduler//EN"), ics_as="attach", ics_name="cancel.ics")
b.rejection(m10, OWEN[1])
mv = lambda seq, cancel=False, stamp="20260930T150000Z": Event("040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DC010000000000000000100000009911",
      "2026-10-06 15:00", DEN, 45, "Mesa Verde Solar - Casey Navarro", organizer=LOR, attendees=[U], seq=seq, cancel=cancel, stamp=stamp,
      location="Microsoft Teams Meeting")
m11 = b.add("INBOX", "mesa-invite", "2026-09-30 09:00", DEN, LOR, "Mesa Verde Solar - Casey Navarro", mid="outlook",
      text="Hi Casey, looking forward to our conversation. - Lorraine Beck, VP Product\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/mv",
      html=True, ics=calendar("REQUEST", [mv(0)], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.interview(m11, "2026-10-06 15:00", DEN, [LOR[1]], thank_you=False)
m12 = b.add("INBOX", "ana-scheduled", "2026-10-02 10:30", DEN, ANA, "Juniper Mobility interview", mid="gmail",
      text="Hi Casey,\n\nThanks for your interest in Juniper! You're confirmed for a video interview on Thursday, Oct 15 at 11:00 MT with "
           "me and Curtis Lyle, our Head of Product (curtis.lyle@junipermobility.example). I'll send the link the day before.\n\nAna Petrov\nTalent Lead")
b.add("INBOX", "mesa-cancel", "2026-10-05 17:45", DEN, LOR, "Canceled: Mesa Verde Solar - Casey Navarro", mid="outlook",
      text="Casey, I'm so sorry - I have to cancel tomorrow. I'll reach out to find another time once things settle down.\n\nLorraine",
      html=True, ics=calendar("CANCEL", [mv(1, True, "20261005T234500Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
m14 = b.add("INBOX", "ana-move", "2026-10-13 09:20", DEN, ANA, "Re: Juniper Mobility interview", reply=m12, mid="gmail",
      text="Hi Casey, Curtis has a board meeting Thursday. Could we move to Friday the 16th at 11:30 MT?\n\nAna")
b.sent("re-ana-move", "2026-10-13 10:05", "Re: Juniper Mobility interview", "Hi Ana,\n\nFriday at 11:30 works for me.\n\nCasey", to=[ANA], reply=m14)
b.interview(m12, "2026-10-16 11:30", DEN, [ANA[1], CUR[1]])
m16 = b.add("INBOX", "ana-after", "2026-10-16 12:40", DEN, ANA, "Thank you!", mid="gmail",
      text="Casey, thanks so much for today. Curtis was very positive. We'll come back to you by end of next week.\n\nAna")
b.timeframe(m16, "2026-10-23", ANA[1], True)
b.add("INBOX", "mesa-hold", "2026-10-20 10:00", DEN, ("Jordan Whitfield", "jordan.whitfield@mesaverdesolar.example"), "Product Lead role",
      mid="outlook", text="Hi Casey,\n\nLorraine is on unexpected leave, so we've paused interviews for the Product Lead role. We're keeping "
      "your candidacy on file and will be in touch when she's back.\n\nJordan Whitfield, People Ops")
m18 = b.add("INBOX", "ana-offer", "2026-10-21 15:00", DEN, ANA, "Juniper Mobility - offer", mid="gmail",
      text="Hi Casey,\n\nI'm delighted to offer you the position of Senior Product Manager at Juniper Mobility. The attached offer letter "
           "details a $155,000 base salary, 0.15% equity and benefits. We'd love a response by October 28.\n\nAna",
      attach=[("Juniper_Offer_Casey_Navarro.pdf", "application/pdf", b"%PDF-1.4\n% offer\n")])
b.offer(m18)
b.silent(b.add("INBOX", "founder-newsletter", "2026-10-22 08:00", DEN, ("Product Hive Weekly", "editor@producthive.example"),
      "An interview with the founder who turned down three acquisition offers", mid="sendgrid",
      html="<html><body><p>This week's long read: our interview with a founder on saying no to offers.</p></body></html>"), "newsletter interview")
b.write()
