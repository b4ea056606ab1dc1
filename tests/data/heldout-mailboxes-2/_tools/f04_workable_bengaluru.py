from mimehelp import Box, Event, calendar, quote
U = ("Kavya Raghunathan", "kavya.raghunathan@mailhub-in.example")
IST = "Asia/Kolkata"; BER = "Europe/Berlin"
b = Box("final", "m04-workable-bengaluru", U, IST, "2026-09-28T08:00:00+05:30", "2026-11-24T20:00:00+05:30", country="IN")
GRE = ("Greta Falk", "greta.falk@halbton-audio.example")
JON = ("Jonas Weber", "jonas.weber@halbton-audio.example")
LEA = ("Lea Hartmann", "lea.hartmann@halbton-audio.example")
ARJ = ("Arjun Nair", "arjun.nair@tarangpay.example")

b.add("INBOX", "workable-ack", "2026-09-28 10:30", BER, ("Halbton Audio GmbH", "noreply@candidates.workablemail.com"),
      "Thanks for applying to Halbton Audio GmbH", reply_to=GRE, mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hi Kavya,</p><p>Thank you for your application for <b>Embedded Software Engineer (remote)</b>.</p></body></html>")
b.add("INBOX", "sr-ack", "2026-09-30 12:00", IST, ("Mysore Textiles Digital", "no-reply@smartrecruiters.com"),
      "Application received: Firmware Developer", mid="uuid", mid_domain="smartrecruiters.com",
      html="<html><body><p>Dear Kavya, we have received your application and will review it shortly.</p></body></html>")
m3 = b.add("INBOX", "arjun-call", "2026-10-01 11:40", IST, ARJ, "Tarang Pay - Embedded role", mid="gmail",
      text="Hi Kavya,\n\nHope you're doing well. Regarding your application for the POS firmware role, I will call you on Monday, 5th Oct "
           "at 4 pm for an initial discussion (around 30 minutes).\n\nThanks & regards,\nArjun Nair\nHR, Tarang Pay")
b.interview(m3, "2026-10-05 16:00", IST, [ARJ[1]])
b.sent("re-arjun", "2026-10-01 12:15", "Re: Tarang Pay - Embedded role", "Hi Arjun,\n\nSure, Monday 4 pm is fine. Thank you.\n\nKavya", to=[ARJ], reply=m3)
b.silent(b.add("INBOX", "passport", "2026-10-03 09:00", IST, ("Passport Seva Appointments", "no-reply@passport-appointments.example"),
      "Appointment confirmed - Passport Seva Kendra, Koramangala", mid="plain", mid_domain="passport-appointments.example",
      text="Your appointment is confirmed for 16/10/2026 at 10:15. Please carry original documents."), "government appointment")
m6 = b.add("INBOX", "arjun-after", "2026-10-05 17:00", IST, ARJ, "Re: Tarang Pay - Embedded role", reply=m3, mid="gmail",
      text="Hi Kavya,\n\nThanks for your time today. I will discuss with the tech team and revert by Friday 9th Oct.\n\nRegards,\nArjun")
b.timeframe(m6, "2026-10-09", ARJ[1], False)
m7 = b.add("INBOX", "greta-scheduled", "2026-10-07 09:20", BER, GRE, "Halbton Audio - your first interview", mid="gmail",
      text="Dear Kavya,\n\nWe've scheduled your first interview for Wednesday, 14 October, 11:00 CEST - that's 14:30 IST for you. You'll talk "
           "with Jonas Weber, our firmware lead (jonas.weber@halbton-audio.example). Jonas will send a Webex link.\n\nBest regards,\nGreta Falk\nPeople Team")
b.interview(m7, "2026-10-14 11:00", BER, [JON[1]])
wx1 = Event("a3c9d2e1f0b7@webex.com", "2026-10-14 11:00", BER, 45, "Halbton Audio | Kavya Raghunathan", organizer=JON, attendees=[U],
            stamp="20261008T070000Z", location="https://halbton.webex.example/meet/jonas.weber")
b.add("INBOX", "webex-1", "2026-10-08 09:00", BER, ("Jonas Weber", "messenger@webex.com"), "Meeting invitation: Halbton Audio | Kavya Raghunathan",
      reply_to=JON, mid="uuid", mid_domain="webex.com",
      text="Jonas Weber invites you to join this Webex meeting.\n\nWednesday, October 14, 2026 11:00 AM | 45 minutes | (UTC+02:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
      html=True, ics=calendar("REQUEST", [wx1], prodid="-//Cisco Webex//EN", tzstyle="windows"), ics_as="alt")
b.silent(b.add("INBOX", "food-offer", "2026-10-12 19:00", IST, ("Thaali Express", "offers@thaaliexpress.example"),
      "Kavya, 50% OFF on your next order - offer ends tonight", mid="ses", html="<html><body><p>Use code FEAST50.</p></body></html>"), "food discount offer")
m10 = b.add("INBOX", "greta-after", "2026-10-14 12:30", BER, GRE, "Thank you for speaking with Jonas", mid="gmail",
      text="Dear Kavya,\n\nThank you for the conversation today. We'll be back to you by Wednesday 21 October about the next step.\n\nGreta")
b.timeframe(m10, "2026-10-21", GRE[1], True)
m11 = b.add("INBOX", "sr-reject", "2026-10-16 15:30", IST, ("Mysore Textiles Digital", "no-reply@smartrecruiters.com"),
      "Update on your application: Firmware Developer", mid="uuid", mid_domain="smartrecruiters.com",
      html="<html><body><p>Dear Kavya,</p><p>Thank you for your interest. We regret that your profile has not been shortlisted for the next "
           "round. This is an automated message.</p></body></html>")
b.rejection(m11, "")
b.add("INBOX", "greta-next", "2026-10-19 10:05", BER, GRE, "Next step: technical interview", mid="gmail",
      text="Dear Kavya,\n\nGood news: Jonas would like to continue with a technical interview together with Lea Hartmann. Jonas will send you "
           "the invitation directly.\n\nGreta")
wx2 = Event("b7d4e8f2a1c6@webex.com", "2026-10-27 10:00", BER, 90, "Halbton Audio | Technical interview | Kavya Raghunathan",
            organizer=JON, attendees=[LEA, U], stamp="20261019T100000Z", location="https://halbton.webex.example/meet/jonas.weber")
m13 = b.add("INBOX", "webex-2", "2026-10-19 12:10", BER, ("Jonas Weber", "messenger@webex.com"),
      "Meeting invitation: Halbton Audio | Technical interview | Kavya Raghunathan", reply_to=JON, mid="uuid", mid_domain="webex.com",
      text="Jonas Weber invites you to join this Webex meeting.\n\nTuesday, October 27, 2026 10:00 AM | 1 hour 30 minutes | (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
      html=True, ics=calendar("REQUEST", [wx2], prodid="-//Cisco Webex//EN", tzstyle="windows"), ics_as="alt")
b.interview(m13, "2026-10-27 10:00", BER, [JON[1], LEA[1]])
b.silent(b.add("INBOX", "mock-interviews", "2026-10-20 18:00", IST, ("NIT Alumni Network", "alumni@nit-alumni.example"),
      "Mentor sign-up: conduct mock interviews for final-year students", mid="sendgrid",
      html="<html><body><p>Volunteer as an alumni interviewer this placement season - 2 hours on a Saturday.</p></body></html>"),
      "alumni mock interview volunteering")
b.add("INBOX", "greta-after-tech", "2026-10-27 13:30", BER, GRE, "After your technical interview", mid="gmail",
      text="Dear Kavya,\n\nThank you for today. We're in the final stage with a few candidates and aim to reach a decision in about two weeks.\n\nGreta")
m16 = b.add("INBOX", "greta-decline", "2026-11-10 10:40", BER, GRE, "Your application at Halbton Audio", mid="gmail",
      text="Dear Kavya,\n\nThank you for your patience. After a lot of discussion we've decided not to progress your application to the final "
           "stage - the team is looking for someone with more audio DSP depth for this role. Jonas and Lea enjoyed working through the "
           "interrupt-handling exercise with you.\n\nKind regards,\nGreta")
b.rejection(m16, GRE[1])
b.write()
