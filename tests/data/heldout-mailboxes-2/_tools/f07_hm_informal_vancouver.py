from mimehelp import Box, Event, calendar, quote
U = ("Mateo Silva", "mateo.silva@coastline.example")
VAN = "America/Vancouver"; ATL = "America/New_York"; MAD = "Europe/Madrid"
b = Box("final", "m07-hm-informal-vancouver", U, VAN, "2026-09-28T07:00:00-07:00", "2026-11-27T18:00:00-08:00", country="CA")
GLO = ("Gloria Tan", "gloria.tan@peachtreepay.example")
LUC = ("Lucía Romero", "lucia.romero@brightlinerail.example")
DIE = ("Diego Alonso", "diego.alonso@brightlinerail.example")

b.add("INBOX", "jazzhr-ack", "2026-09-28 11:20", VAN, ("Salish Outfitters", "no-reply@applytojob.com"),
      "Application received: E-commerce Product Manager", mid="plain", mid_domain="applytojob.com",
      text="Hi Mateo,\n\nThank you for applying to Salish Outfitters. We'll review your application soon.\n\nSalish Outfitters Hiring Team")
m2 = b.add("INBOX", "gloria-tuesday", "2026-09-30 12:40", ATL, GLO, "Peachtree - PM role", mid="gmail",
      text="Hi Mateo,\n\nGloria here, I run product at Peachtree. Loved your note about merchant onboarding. Let's do Tuesday at 1pm my time "
           "(I'm in Atlanta) - I'll just call your cell, 30 minutes.\n\nGloria")
b.interview(m2, "2026-10-08 13:00", ATL, [GLO[1]])
b.sent("re-gloria", "2026-09-30 10:05", "Re: Peachtree - PM role", "Hi Gloria,\n\nThat works - talk Tuesday.\n\nMateo", to=[GLO], reply=m2)
b.silent(b.add("INBOX", "adoption-interview", "2026-10-02 14:00", VAN, ("Coastal Paws Rescue", "adopt@coastalpaws.example"),
      "Adoption interview for Juniper", mid="gmail",
      text="Hi Mateo,\n\nThanks for applying to adopt Juniper! Our next step is a short adoption interview and home visit on Sunday, "
           "October 11 at 2 pm.\n\nCoastal Paws Rescue"), "pet adoption interview")
m5 = b.add("INBOX", "gloria-bump", "2026-10-05 17:05", ATL, GLO, "Re: Peachtree - PM role", mid="gmail", reply=m2,
      text="Mateo - I need to bump us to Thursday, same time (1pm Eastern). Sorry about that!\n\nGloria")
b.sent("re-bump", "2026-10-05 14:30", "Re: Peachtree - PM role", "No problem at all, Thursday works.\n\nMateo", to=[GLO], reply=m5)
m7 = b.add("INBOX", "gloria-after", "2026-10-08 13:45", ATL, GLO, "Good talk", mid="gmail",
      text="Mateo, great conversation. I'm talking to our CEO tomorrow about the role scope and I'll have feedback for you by Wednesday the 14th.\n\nGloria")
b.timeframe(m7, "2026-10-14", GLO[1], False)
m_j = b.add("INBOX", "jazzhr-phone", "2026-10-08 12:00", VAN, ("Salish Outfitters", "no-reply@applytojob.com"),
      "Phone interview scheduled - E-commerce Product Manager", reply_to=("Corinne Blake", "corinne.blake@salishoutfitters.example"),
      mid="plain", mid_domain="applytojob.com",
      text="Hi Mateo,\n\nYour phone interview has been scheduled.\n\nDate: Friday, October 16, 2026\nTime: 10:00 AM Pacific\n"
           "Interviewer: Corinne Blake, Director of E-commerce (corinne.blake@salishoutfitters.example)\n\nSalish Outfitters Hiring Team")
b.interview(m_j, "2026-10-16 10:00", VAN, ["corinne.blake@salishoutfitters.example"], thank_you=False)
m8 = b.add("INBOX", "lucia-confirm", "2026-10-09 18:15", MAD, LUC, "Brightline Rail - interview confirmed", mid="outlook",
      text="Dear Mateo,\n\nThank you for your application for Digital Product Manager. Your interview is confirmed for Wednesday 21 October "
           "at 17:30 CEST (08:30 in Vancouver) with Diego Alonso, Head of Digital (diego.alonso@brightlinerail.example). Diego will send "
           "a calendar invitation.\n\nKind regards,\nLucía Romero\nTalent Acquisition")
b.interview(m8, "2026-10-21 17:30", MAD, [DIE[1]])
ev = Event("4lq8z0v2brightline@google.com", "2026-10-21 17:30", MAD, 45, "Brightline Rail | Mateo Silva", organizer=DIE,
           attendees=[DIE + ("REQ-PARTICIPANT", True), U], stamp="20261009T163000Z", location="https://meet.google.com/brl-tnxq-ape")
b.add("INBOX", "gcal-diego", "2026-10-09 18:30", MAD, DIE,
      "Invitation: Brightline Rail | Mateo Silva @ Wed 21 Oct 2026 17:30 - 18:15 (CEST) (mateo.silva@coastline.example)",
      mid="google-cal", sender="Google Calendar <calendar-notification@google.com>",
      text="Brightline Rail | Mateo Silva\nWednesday 21 Oct 2026 \u22c5 17:30 \u2013 18:15\nTime zone: Central European Time - Madrid\n\n"
           "Join with Google Meet\nhttps://meet.google.com/brl-tnxq-ape", html=True, ics=calendar("REQUEST", [ev]), ics_as="both", cte="base64")
m10 = b.add("INBOX", "jazzhr-reject", "2026-10-13 09:00", VAN, ("Salish Outfitters", "no-reply@applytojob.com"),
      "Your application with Salish Outfitters", mid="plain", mid_domain="applytojob.com",
      text="Hi Mateo,\n\nThank you for your interest. We have selected another candidate whose qualifications better meet our needs, and your phone interview on October 16 has been cancelled.\n\n"
           "Salish Outfitters Hiring Team\nPlease do not reply to this email.")
b.rejection(m10, "")
b.silent(b.add("INBOX", "lift-offer", "2026-10-16 08:00", VAN, ("Cypress Peaks", "deals@cypresspeaks.example"),
      "Early-bird offer: season passes 30% off", mid="ses", html="<html><body><p>Offer ends October 31.</p></body></html>"), "ski pass offer")
m12 = b.add("INBOX", "lucia-after", "2026-10-21 19:05", MAD, LUC, "Thank you", mid="outlook",
      text="Dear Mateo,\n\nThank you for speaking with Diego today. We will reply by Friday 30 October with the outcome.\n\nLucía")
b.timeframe(m12, "2026-10-30", LUC[1], True)
b.add("INBOX", "gloria-hold", "2026-10-22 15:30", ATL, GLO, "Peachtree update", mid="gmail",
      text="Hi Mateo,\n\nSorry I'm late with this. We're pausing the PM search for a few weeks while we sort out the 2027 roadmap. You're very "
           "much still in the mix - I'll reach back out as soon as we restart.\n\nGloria")
m14 = b.add("INBOX", "lucia-decline", "2026-10-28 12:00", MAD, LUC, "Brightline Rail - Digital Product Manager", mid="outlook",
      text="Dear Mateo,\n\nThank you for your patience. We have decided to continue the process with candidates based in Europe, as the team "
           "needs more overlap in working hours than we expected. Diego enjoyed the conversation very much.\n\nWith best wishes,\nLucía Romero")
b.rejection(m14, LUC[1])
b.silent(b.add("INBOX", "job-alert", "2026-10-29 06:00", VAN, ("WorkBC Alerts", "alerts@jobsbc.example"),
      "New jobs: Product Manager - Vancouver (hiring now)", mid="ses", html="<html><body><p>6 new roles match your alert.</p></body></html>"), "job alert")
b.write()
