from mimehelp import Box, Event, calendar, quote
U = ("Jun Park", "jun.park@northmail.example")
TOR = "America/Toronto"; DEN = "America/Denver"; CPH = "Europe/Berlin"
b = Box("tune", "m07-denver-hm-toronto", U, TOR, "2026-09-28T08:00:00-04:00", "2026-11-20T18:00:00-05:00", country="CA")
TES = ("Tessa Boyd", "tessa.boyd@ridgeback.example")
DALE = ("Dale Kowal", "dale.kowal@ridgeback.example")
SIG = ("Sigrid Holm", "sigrid.holm@vesterhavn.example")
METTE = ("Mette Lund", "mette.lund@vesterhavn.example")
KARL = ("Karl Sørensen", "karl.sorensen@vesterhavn.example")

m1 = b.add("INBOX", "gem-outreach", "2026-09-28 12:30", DEN, TES, "Product design at Ridgeback?", mid="uuid", mid_domain="gem.com",
      headers=("X-Gem-Sequence: sq_7f2a91",),
      html="<html><body><p>Hi Jun,</p><p>I came across your portfolio and loved the trail-mapping case study. Ridgeback is hiring a Senior "
           "Product Designer for our mobile app, and our design lead Dale would love to chat if you're open to it.</p>"
           "<p>Best,<br>Tessa Boyd<br>Recruiting, Ridgeback Outdoor</p><img src=\"https://t.gem.com/o/4d1e.gif\" width=\"1\" height=\"1\"></body></html>")
m2 = b.sent("re-tessa", "2026-09-28 19:05", "Re: Product design at Ridgeback?",
      "Hi Tessa,\n\nThanks for reaching out - I'd be glad to talk with Dale.\n\nJun", to=[TES], reply=m1)
m3 = b.add("INBOX", "dale-monday", "2026-09-30 08:14", DEN, DALE, "Re: Product design at Ridgeback?", reply=m2, cc=[TES], mid="gmail",
      text="Hi Jun - Dale here, design lead. Tessa passed your note along. Let's do Monday morning, say 9:30 my time (I'm in Denver)? "
           "I'll send a Meet link the morning of.\n\nDale")
m4 = b.sent("re-dale", "2026-09-30 10:40", "Re: Product design at Ridgeback?",
      "Hi Dale,\n\nSounds good - Monday at 9:30 Mountain works for me.\n\nJun", to=[DALE], cc=[TES], reply=m3)
b.add("INBOX", "workable-ack", "2026-10-01 11:00", TOR, ("Pinecrest Studio", "noreply@candidates.workablemail.com"),
      "Thanks for applying to Pinecrest Studio", mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hi Jun,</p><p>Your application for Lead UX Designer has been received.</p></body></html>")
m6 = b.add("INBOX", "dale-push", "2026-10-02 15:50", DEN, DALE, "Re: Product design at Ridgeback?", reply=m4, mid="gmail",
      text="Jun, apologies - something came up on my side Monday. Could we push to Tuesday, same time (9:30 Mountain)?\n\nDale")
b.sent("re-dale-push", "2026-10-02 18:20", "Re: Product design at Ridgeback?", "No problem, Tuesday works. Talk then!\n\nJun", to=[DALE], reply=m6)
b.interview(m3, "2026-10-06 09:30", DEN, [DALE[1]])
b.silent(b.add("INBOX", "mba-interview", "2026-10-05 09:00", TOR, ("Lakeshore MBA Admissions", "admissions@lakeshore-business.example"),
      "Your admissions interview is confirmed", mid="plain", mid_domain="lakeshore-business.example",
      text="Dear Jun,\n\nYour MBA admissions interview is confirmed for Thursday, October 22 at 1:00 PM ET with an alumni interviewer.\n\n"
           "Lakeshore School of Business, Admissions Office"), "university admissions interview")
m9 = b.add("INBOX", "dale-after", "2026-10-06 10:55", DEN, DALE, "Thanks for the chat", mid="gmail",
      text="Jun, really enjoyed that. I want to loop in our VP before the next step - I'll get back to you by end of next week.\n\nDale")
b.timeframe(m9, "2026-10-16", DALE[1], False)
m10 = b.add("INBOX", "sigrid-scheduled", "2026-10-07 14:20", CPH, SIG, "Vesterhavn Maritime - interview scheduled", mid="outlook",
      text="Dear Jun,\n\nThank you for your application for UX Lead. I have scheduled your interview for Thursday 15 October at 16:00 CEST "
           "(10:00 in Toronto). You will meet Mette Lund, Head of Digital (mette.lund@vesterhavn.example), and Karl Sørensen, Product "
           "Owner (karl.sorensen@vesterhavn.example). Mette will send a Webex invitation.\n\nBest regards\nSigrid Holm\nHR Partner")
b.interview(m10, "2026-10-15 16:00", CPH, [METTE[1], KARL[1]])
wx = Event("2b8e11d7a0c34d2b9f@webex.com", "2026-10-15 16:00", CPH, 60, "Interview: Jun Park - UX Lead", organizer=METTE,
           attendees=[KARL, U], stamp="20261008T063000Z", location="https://vesterhavn.webex.example/meet/mette.lund")
b.add("INBOX", "webex-invite", "2026-10-08 08:30", CPH, ("Mette Lund", "messenger@webex.com"), "Webex meeting invitation: Interview: Jun Park - UX Lead",
      reply_to=METTE, mid="uuid", mid_domain="webex.com",
      text="Mette Lund invites you to join this Webex meeting.\n\nInterview: Jun Park - UX Lead\nThursday, October 15, 2026 4:00 PM | 1 hour | "
           "(UTC+02:00) Amsterdam, Berlin, Copenhagen\n\nJoin meeting: https://vesterhavn.webex.example/meet/mette.lund", html=True,
      ics=calendar("REQUEST", [wx], prodid="-//Cisco Webex//EN", tzstyle="utc"), ics_as="both", cte="base64")
b.silent(b.add("INBOX", "ridgeback-store", "2026-10-09 07:00", DEN, ("Ridgeback Outdoor Stores", "members@ridgebackstores.example"),
      "Member offer: 20% off insulated jackets this weekend", mid="ses",
      html="<html><body><p>Members save 20% this weekend. Offer ends Sunday.</p></body></html>"), "retail offer from a same-named store")
m13 = b.add("INBOX", "workable-reject", "2026-10-13 09:40", TOR, ("Pinecrest Studio", "noreply@candidates.workablemail.com"),
      "Your application for Lead UX Designer", mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hi Jun,</p><p>Thanks for your patience. We've now reviewed all applications and have decided to move on with "
           "other applicants whose portfolios more closely match what we need at the moment.</p><p>Pinecrest Studio</p></body></html>")
b.rejection(m13, "")
m14 = b.add("INBOX", "sigrid-after", "2026-10-15 18:10", CPH, SIG, "Thank you for today", mid="outlook",
      text="Dear Jun,\n\nThank you for the conversation with Mette and Karl. We are meeting two more candidates and will give you an answer "
           "by Friday 23 October.\n\nBest regards\nSigrid")
b.timeframe(m14, "2026-10-23", SIG[1], True)
m15 = b.add("INBOX", "sigrid-decline", "2026-10-21 11:05", CPH, SIG, "Vesterhavn Maritime - UX Lead", mid="outlook",
      text="Dear Jun,\n\nThank you again for your time. After careful consideration we have chosen to continue with another candidate, whose "
           "maritime domain experience weighed heavily for the team. We very much enjoyed meeting you.\n\nKind regards\nSigrid Holm")
b.rejection(m15, SIG[1])
b.add("INBOX", "tessa-hold", "2026-10-28 13:30", DEN, TES, "Update from Ridgeback", mid="gmail",
      text="Hi Jun,\n\nApologies for the silence. Leadership has put the Senior Product Designer role on hold until the new year while "
           "budgets are finalised. Dale would still like to continue with you once it reopens, so we're keeping your application active.\n\nTessa")
b.write()
