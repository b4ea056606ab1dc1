"""m09: cancellations, re-bookings and holds. A Google invite cancelled by calendar and re-booked
with a new invite; a text interview moved at the user's request; a text interview cancelled for a
reorg and re-booked weeks later; an Apple Calendar interview cancelled with a hiring pause (never
re-booked); an Outlook final round cancelled when the role goes on hold; a library 'hold'."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, gcal_text, gcal_subject, meet_link,
                      html_from_text, outlook_headers, teams_block)

TZ = "America/Toronto"
USER = ("Samir Haddad", "samir.haddad@courriel.example")
b = Box("tune", "m09-cancel-rebook-hold", USER, TZ, "2026-09-08T08:00:00-04:00",
        "2026-12-04T18:00:00-05:00", country="CA")
RENATA = ("Renata Oliveira", "renata.oliveira@maplewoodhealth.example")
INGRID = ("Dr. Ingrid Solberg", "ingrid.solberg@maplewoodhealth.example")
PAT = ("Pat Kowal", "pkowal@maplewoodhealth.example")
LUCAS = ("Lucas Fontaine", "lfontaine@northbeam.example")
MERE = ("Meredith Osei", "mosei@northbeam.example")
ARNAV = ("Arnav Gill", "agill@northbeam.example")
ZOE = ("Zoe Mackenzie", "zoe.mackenzie@harbourfrontmedia.example")
THEO = ("Theo Lambert", "theo@pinegrovelabs.example")
IMANI = ("Imani Reed", "imani@pinegrovelabs.example")
GSENDER = "Google Calendar <calendar-notification@google.com>"
EXCH = "Microsoft Exchange Server 2010"

t1 = """Hi Samir,

Thanks for your patience while we reviewed applications for the Senior Data Scientist, Clinical Outcomes role. I'm happy to say the team would like to meet you!

You'll be speaking with Dr. Ingrid Solberg (Director of Clinical Analytics) and Pat Kowal (Lead Data Scientist). I'm sending a calendar invite separately.

Best,
Renata

Renata Oliveira
People Team, Maplewood Health Analytics
416-555-0183"""
m001 = b.add("INBOX", "maplewood-invite-note", "2026-09-08 10:05", TZ, RENATA, "Maplewood Health Analytics - interview",
             text=t1)

meet = meet_link(b)
title = "Maplewood Health Analytics - Interview with Samir Haddad"
uid_a = f"{b.hexid(26)}@google.com"
ev_a = Event(uid_a, "2026-09-22 14:00", TZ, 60, title, organizer=RENATA,
             attendees=[("Samir Haddad", USER[1]), INGRID + ("REQ-PARTICIPANT", True), PAT + ("REQ-PARTICIPANT", True)],
             description=f"Interview with Ingrid Solberg and Pat Kowal.\n\nJoin with Google Meet: {meet}",
             location=meet, stamp=stamp("2026-09-08 10:11", TZ))
m002 = b.add("INBOX", "maplewood-gcal-invite", "2026-09-08 10:11", TZ, RENATA,
             gcal_subject("en", title, "Tue Sep 22, 2026 2pm - 3pm (EDT)", USER[1]),
             text=gcal_text("en", title, "Tuesday Sep 22, 2026 2pm - 3pm (Eastern Time - Toronto)", RENATA,
                            [INGRID, PAT, USER], USER[1], meet=meet, desc="Interview with Ingrid Solberg and Pat Kowal."),
             html=True, ics=calendar("REQUEST", [ev_a]), ics_as="both", mid="google-cal", sender=GSENDER, reply_to=RENATA)
b.interview(m002, "2026-09-29 10:30", TZ, [INGRID[1], PAT[1]])

t3 = """Hi Renata,

Wonderful, thank you - I've accepted the invite and look foward to meeting Ingrid and Pat.

Samir"""
m003 = b.sent("re-maplewood", "2026-09-08 12:40", "Re: Maplewood Health Analytics - interview", t3 + gq(m001, TZ),
              to=[RENATA], reply=m001)

t4 = """Hi Lucas,

I'm applying for the Analytics Manager, Grid Operations position at Northbeam Energy (posting NB-4471). I've led a four-person analytics team at a Toronto utility for the last three years, focused on load forecasting and outage analytics, and I'd love to bring that to Northbeam.

My resume is attached. Thank you for your time.

Best regards,
Samir Haddad
647-555-0112"""
m004 = b.sent("application-northbeam", "2026-09-10 21:15", "Application - Analytics Manager, Grid Operations (NB-4471)", t4,
              to=[LUCAS], attach=[("Samir_Haddad_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

t4b = """Hi Theo,

I've been following Pinegrove since your seed announcement - the work on wildfire-risk scoring for municipalities is exactly the kind of problem I want to spend my time on. I'm a data scientist/analytics manager in Toronto (utilities background, lots of geospatial forecasting).

If you're thinking about your first data hire, I'd love to talk. Resume attached.

Samir"""
m005 = b.sent("note-to-pinegrove", "2026-09-12 09:30", "Data hire at Pinegrove?", t4b, to=[THEO],
              attach=[("Samir_Haddad_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

t5 = """Dear Samir,

Thank you for applying for the position of Audience Insights Lead at Harbourfront Media. We have received your application.

We aim to respond to all applicants within 10 business days.

Harbourfront Media Talent Team
careers@harbourfrontmedia.example"""
m006 = b.add("INBOX", "harbourfront-ack", "2026-09-14 11:00", TZ, ("Harbourfront Media Careers", "careers@harbourfrontmedia.example"),
             "Application received - Audience Insights Lead", text=t5, html=True, mid="plain",
             mid_domain="harbourfrontmedia.example", headers=["Auto-Submitted: auto-generated"])
b.timeframe(m006, "2026-09-28", "careers@harbourfrontmedia.example", True)

t6 = """Hi Samir,

Thanks for applying - your utility background is very relevant. I'd like to set up a 30-minute phone interview: Thursday, October 1 at 3:00 PM ET. I'll call you at 647-555-0112.

Regards,
Lucas

Lucas Fontaine
Talent Acquisition Lead | Northbeam Energy"""
m007 = b.add("INBOX", "northbeam-phone-interview", "2026-09-17 14:30", TZ, LUCAS,
             "RE: Application - Analytics Manager, Grid Operations (NB-4471)", text=t6 + oq(m004, TZ), reply=m004, mid="outlook")
b.interview(m007, "2026-10-02 11:00", TZ, [LUCAS[1]])

t7 = """Hi Lucas,

Thanks! Thursday October 1 at 3:00 PM works. Talk then.

Samir"""
m008 = b.sent("re-northbeam", "2026-09-17 16:02", "Re: Application - Analytics Manager, Grid Operations (NB-4471)",
              t7 + gq(m007, TZ), to=[LUCAS], reply=m007)

ev_ac = Event(uid_a, "2026-09-22 14:00", TZ, 60, title, organizer=RENATA,
              attendees=ev_a.attendees, location=meet, seq=1, cancel=True, stamp=stamp("2026-09-21 08:40", TZ))
txt9 = ("This event has been canceled.\n\n" + title + "\nTuesday Sep 22, 2026 2pm - 3pm (Eastern Time - Toronto)\n\n"
        "Invitation from Google Calendar: https://calendar.google.com/calendar/\n")
m009 = b.add("INBOX", "maplewood-canceled", "2026-09-21 08:40", TZ, RENATA,
             gcal_subject("en", title, "Tue Sep 22, 2026 2pm - 3pm (EDT)", USER[1], kind="can"), text=txt9, html=True,
             ics=calendar("CANCEL", [ev_ac]), ics_as="both", mid="google-cal", sender=GSENDER, reply_to=RENATA)

t10 = """Hi Samir,

So sorry for the late notice - Ingrid is out sick this week, so I've had to cancel tomorrow's interview. We definitely still want to meet you! I'll send a new time as soon as I have her calendar back.

Renata"""
m010 = b.add("INBOX", "maplewood-sorry", "2026-09-21 08:45", TZ, RENATA, "Tomorrow's interview", text=t10)

meet2 = meet_link(b)
ev_a2 = Event(f"{b.hexid(26)}@google.com", "2026-09-29 10:30", TZ, 60, title + " (rescheduled)", organizer=RENATA,
              attendees=ev_a.attendees, description=f"Rescheduled interview with Ingrid Solberg and Pat Kowal.\n\nJoin with Google Meet: {meet2}",
              location=meet2, stamp=stamp("2026-09-23 13:02", TZ))
m011 = b.add("INBOX", "maplewood-new-invite", "2026-09-23 13:02", TZ, RENATA,
             gcal_subject("en", title + " (rescheduled)", "Tue Sep 29, 2026 10:30am - 11:30am (EDT)", USER[1]),
             text=gcal_text("en", title + " (rescheduled)", "Tuesday Sep 29, 2026 10:30am - 11:30am (Eastern Time - Toronto)",
                            RENATA, [INGRID, PAT, USER], USER[1], meet=meet2,
                            desc="Rescheduled interview with Ingrid Solberg and Pat Kowal."),
             html=True, ics=calendar("REQUEST", [ev_a2]), ics_as="both", mid="google-cal", sender=GSENDER, reply_to=RENATA)

t12 = """Hi Samir,

Thanks for applying for the Audience Insights Lead role. I'm the hiring manager and I'd like to meet you in person.

I've booked Tuesday, October 6 at 2:00 PM at our office, 207 Queens Quay West, 5th floor. Plan for about an hour - we'll talk through your experience and I'll show you what the team is working on.

Let me know if that's a problem.

Zoe Mackenzie
Director, Audience & Data
Harbourfront Media"""
m012 = b.add("INBOX", "harbourfront-interview", "2026-09-24 15:50", TZ, ZOE, "Audience Insights Lead - interview", text=t12)
b.interview(m012, "2026-10-29 10:00", TZ, [ZOE[1]])

t13 = """Hi Zoe,

Thank you - Tuesday October 6 at 2:00 PM is great. See you at Queens Quay.

Samir"""
m013 = b.sent("re-harbourfront", "2026-09-24 17:10", "Re: Audience Insights Lead - interview", t13 + gq(m012, TZ),
              to=[ZOE], reply=m012)

t14 = """Hi Lucas,

I'm really sorry to ask, but a work emergency has landed on Thursday afternoon (a regulator filing got moved up). Would it be possible to move our call to Friday, October 2 - any time in the morning?

Apologies for the trouble,
Samir"""
m014 = b.sent("ask-to-move-northbeam", "2026-09-28 09:15", "Re: Application - Analytics Manager, Grid Operations (NB-4471)",
              t14 + gq(m007, TZ), to=[LUCAS], reply=m008)

t15 = """Hi Samir,

No problem at all. Let's do Friday, October 2 at 11:00 am ET instead - same number.

Lucas"""
m015 = b.add("INBOX", "northbeam-moved", "2026-09-28 10:02", TZ, LUCAS,
             "RE: Application - Analytics Manager, Grid Operations (NB-4471)", text=t15 + oq(m014, TZ), reply=m014, mid="outlook")

t16 = """Hi Samir,

Thanks so much for rolling with the reschedule - Ingrid and Pat really enjoyed the conversation this morning.

We have a couple more interviews this week, and we'll let you know by Friday, October 9.

Renata"""
m016 = b.add("INBOX", "maplewood-after", "2026-09-29 14:30", TZ, RENATA, "Thank you!", text=t16)
b.timeframe(m016, "2026-10-09", RENATA[1], True)

t17 = """Hi Samir,

Thanks for the call this morning. I'll share my notes with the hiring manager and get back to you within 5 business days.

Lucas"""
m017 = b.add("INBOX", "northbeam-after-phone", "2026-10-02 12:10", TZ, LUCAS, "Thanks - Northbeam Energy", text=t17, mid="outlook")
b.timeframe(m017, "2026-10-09", LUCAS[1], True)

apple_ev = Event(f"{b.hexid(8).upper()}-{b.hexid(4).upper()}-{b.hexid(4).upper()}-{b.hexid(4).upper()}-{b.hexid(12).upper()}",
                 "2026-10-08 09:00", TZ, 45, "Samir / Pinegrove - interview", organizer=THEO,
                 attendees=[THEO + ("REQ-PARTICIPANT", True), ("Samir Haddad", USER[1]), IMANI + ("REQ-PARTICIPANT", True)],
                 location="Pinegrove Labs, 192 Spadina Ave, Suite 404", stamp=stamp("2026-10-02 18:20", TZ),
                 extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"])
ics_apple = calendar("REQUEST", [apple_ev], prodid="-//Apple Inc.//macOS 15.6//EN")
t18 = """Hey Samir,

Sorry for the slow reply, fundraising month. Yes - we're starting to think about a first data hire and your background is really interesting. Imani (my cofounder, she runs product) and I would like to do a proper interview. I've sent a calendar invite for Thursday Oct 8 at 9am at our office on Spadina.

Theo

Theo Lambert
CEO, Pinegrove Labs"""
m018 = b.add("INBOX", "pinegrove-interview", "2026-10-02 18:20", TZ, THEO, "Re: Data hire at Pinegrove?",
             text=t18 + iq(m005, TZ), reply=m005, ics=ics_apple, ics_as="attach", ics_name="iCal-20261002-182010.ics",
             mid="apple", mid_domain="pinegrovelabs.example", cc=[IMANI])
b.interview(m018, "2026-10-08 09:00", TZ, [THEO[1], IMANI[1]], thank_you=False)

tb, url = teams_block(b)
uid_b = "040000008200E00074C5B7101A82E00800000000" + b.hexid(48).upper()
desc19 = f"""Hi Samir,

Great news - the hiring manager would like to move you to the final round. This is a 90-minute panel with Meredith Osei (VP, Grid Operations) and Arnav Gill (Senior Manager, Forecasting) on Teams.

Lucas

{tb}
"""
ev_b = Event(uid_b, "2026-10-15 13:00", TZ, 90, "Northbeam Energy - Final Interview - Samir Haddad", organizer=LUCAS,
             attendees=[("Samir Haddad", USER[1]), MERE + ("REQ-PARTICIPANT", True), ARNAV + ("REQ-PARTICIPANT", True)],
             location="Microsoft Teams Meeting", description=desc19, stamp=stamp("2026-10-05 11:30", TZ),
             extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}"])
m019 = b.add("INBOX", "northbeam-final-invite", "2026-10-05 11:30", TZ, LUCAS, "Northbeam Energy - Final Interview - Samir Haddad",
             text=desc19, html=html_from_text(desc19), to=[USER, MERE, ARNAV],
             ics=calendar("REQUEST", [ev_b], prodid=EXCH, tzstyle="windows"), ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Northbeam Energy - Final Interview - Samir Haddad", "en-CA"))
b.interview(m019, "2026-10-15 13:00", TZ, [MERE[1], ARNAV[1]], thank_you=False)

t20 = """Hi Samir,

I'm so sorry to do this, but I need to cancel our interview tomorrow. We've just announced a reorganization, and the reporting line for this role is changing - I don't want to interview you for a job whose shape I can't describe yet.

This isn't a no. I'll be in touch once things settle, hopefully in a few weeks.

Zoe"""
m020 = b.add("INBOX", "harbourfront-cancel", "2026-10-05 16:45", TZ, ZOE, "Re: Audience Insights Lead - interview",
             text=t20 + gq(m013, TZ), reply=m013)

apple_c = Event(apple_ev.uid, "2026-10-08 09:00", TZ, 45, "Samir / Pinegrove - interview", organizer=THEO,
                attendees=apple_ev.attendees, location=apple_ev.location, seq=1, cancel=True,
                stamp=stamp("2026-10-06 20:05", TZ))
t21 = """Hey Samir,

Bad news on our side, and I'm sorry to be the one cancelling. Our lead investor asked us to hold off on new hires until the round closes, which now looks like January. So I'm cancelling Thursday - I'd rather not waste your morning when I can't make an offer to anyone this year.

I'll ping you in the new year if you're still looking.

Theo"""
m021 = b.add("INBOX", "pinegrove-cancelled", "2026-10-06 20:05", TZ, THEO, "Canceled: Samir / Pinegrove - interview",
             text=t21, ics=calendar("CANCEL", [apple_c], prodid="-//Apple Inc.//macOS 15.6//EN"), ics_as="attach",
             ics_name="iCal-20261006-200512.ics", mid="apple", mid_domain="pinegrovelabs.example", cc=[IMANI])

t22 = """Hi Samir,

Thank you again for your time with Ingrid and Pat. I'm sorry to let you know that we've decided to proceed with other candidates for the Senior Data Scientist role. It was a strong pool and a hard decision.

We'd be glad to consider you for future openings - I'll keep your details on file unless you tell me otherwise.

Warm regards,
Renata"""
m022 = b.add("INBOX", "maplewood-decision", "2026-10-08 15:20", TZ, RENATA, "Re: Thank you!", text=t22 + gq(m016, TZ),
             reply=m016)
b.rejection(m022, RENATA[1])

t23 = """Hi Samir,

I wanted to reach out before next week's final interview. Northbeam's leadership has decided to put the Analytics Manager, Grid Operations position on hold while the 2027 capital plan is finalized, so I'm cancelling the panel with Meredith and Arnav.

Your application stays active, and if the role reopens in the new year I'll contact you first. I'm sorry for the disruption.

Lucas"""
m023 = b.add("INBOX", "northbeam-on-hold", "2026-10-09 09:40", TZ, LUCAS, "Analytics Manager position - on hold",
             text=t23, mid="outlook")

ev_bc = Event(uid_b, "2026-10-15 13:00", TZ, 90, "Canceled: Northbeam Energy - Final Interview - Samir Haddad",
              organizer=LUCAS, attendees=ev_b.attendees, location="Microsoft Teams Meeting", seq=1, cancel=True,
              stamp=stamp("2026-10-09 09:44", TZ), extra=["CLASS:PUBLIC", "PRIORITY:1"])
m024 = b.add("INBOX", "northbeam-canceled", "2026-10-09 09:44", TZ, LUCAS,
             "Canceled: Northbeam Energy - Final Interview - Samir Haddad", text="The position has been placed on hold.\n",
             to=[USER, MERE, ARNAV], ics=calendar("CANCEL", [ev_bc], prodid=EXCH, tzstyle="windows"), ics_cte="base64",
             mid="outlook", headers=outlook_headers(b, "Northbeam Energy - Final Interview - Samir Haddad", "en-CA"))

t25 = """Hello Samir Haddad,

Good news! The item you placed on hold is ready for pickup:

"The Signal and the Noise" - Silver, Nate
Pickup location: Toronto Public Library - Fort York branch
Hold expires: October 21, 2026

Toronto Public Library"""
m025 = b.add("INBOX", "library-hold", "2026-10-14 07:30", TZ, ("Toronto Public Library", "noreply@tpl.example"),
             "Your hold is ready for pickup", text=t25, mid="plain", mid_domain="tpl.example")
b.silent(m025, "a library book hold, not a position on hold")

t26 = """Hi Samir,

Thanks for your patience while we sorted out the reorg. The Audience Insights Lead role survived intact (now reporting to me and our new Chief Digital Officer), and I'd still love to meet you.

I've booked Thursday, October 29 at 10:00 AM at the same place - 207 Queens Quay West, 5th floor.

Zoe"""
m026 = b.add("INBOX", "harbourfront-rebooked", "2026-10-26 11:05", TZ, ZOE, "Re: Audience Insights Lead - interview",
             text=t26 + gq(m020, TZ), reply=m020)

t27 = """Hi Zoe,

Great to hear from you - Thursday the 29th at 10 works. See you then.

Samir"""
m027 = b.sent("re-harbourfront-rebooked", "2026-10-26 12:30", "Re: Audience Insights Lead - interview",
              t27 + gq(m026, TZ), to=[ZOE], reply=m026)

t28 = """Hi Samir,

Thanks for coming in this morning, and for your patience through all of this. I'm meeting with our CDO next week, and you'll hear from us by Friday, November 6.

Zoe"""
m028 = b.add("INBOX", "harbourfront-after", "2026-10-29 12:15", TZ, ZOE, "Thanks for today", text=t28)
b.timeframe(m028, "2026-11-06", ZOE[1], False, domains=["harbourfrontmedia.example"])

t29 = """Hi Samir,

I owe you an answer, and I'm sorry it's late. Following the reorg, our new CDO decided to fill the Audience Insights Lead role internally, with someone moving over from the newsroom analytics team.

I know you gave us a lot of patience through the cancellations, and I really appreciate it. I'd be happy to be a reference or an introduction for you anywhere in the industry.

Zoe"""
m029 = b.add("INBOX", "harbourfront-decision", "2026-11-16 10:20", TZ, ZOE, "Re: Thanks for today",
             text=t29 + gq(m028, TZ), reply=m028)
b.rejection(m029, ZOE[1])

b.write()
