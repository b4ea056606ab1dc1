"""m03: Sydney product designer; two processes with calendar invitations.
A (Quillstone, London): Calendly screen rescheduled twice, Teams panel, unanswered 'end of next week', then a hold.
B (Fenwick Row, New York): Greenhouse ack, Google Calendar interview, answered timeframe, subtle rejection."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, quote, sig

U = ("Tom Nguyen", "tom.nguyen@harbourmail.example")
TZ = "Australia/Sydney"
LON = "Europe/London"
NY = "America/New_York"
b = Box("m03-quillstone-fenwick-design", U, TZ, "2026-09-14T08:00:00+10:00", "2026-12-18T18:00:00+11:00",
        langs=["en"], country="UK",
        notes="two processes; Calendly screen rescheduled twice (user, then recruiter); AU DST starts Oct 4, UK ends Oct 25")

IMO = ("Imogen Clarke", "imogen.clarke@quillstone.example")
OLI = ("Oliver Grant", "oliver.grant@quillstone.example")
SUN = ("Sunita Rao", "sunita.rao@quillstone.example")
RAC = ("Rachel Kim", "rachel.kim@fenwickrow.example")
MAR = ("Marcus Bell", "marcus.bell@fenwickrow.example")
HAN = ("Hannah Liu", "hannah.liu@fenwickrow.example")
ISIG = sig("Imogen Clarke", "Talent Acquisition Lead", "Quillstone | 22 Clerkenwell Green, London EC1R", "+44 20 7946 0318")
CAL = ("Calendly", "notifications@calendly.com")

t001 = """Hi Tom,

I hope you don't mind me reaching out out of the blue - I came across your portfolio (the transit app case study is brilliant) and wanted to ask whether you'd be open to hearing about a Senior Product Designer role at Quillstone. We build scheduling software for independent clinics, and the team is fully remote across the UK and APAC, so Sydney is no problem.

If you're up for a quick, no-pressure chat, you can grab any time that suits on my Calendly: https://calendly.com/imogen-quillstone/30min

Thanks,
Imogen""" + ISIG
m1 = b.add("INBOX", "hello-from-quillstone", "2026-09-14 10:20", LON, IMO, "Senior Product Designer at Quillstone?", text=t001,
           mid="outlook")


def calendly_mail(slug, when, subject, head, start_local, uid, seq, extra_line=""):
    ev = Event(uid, start_local, TZ, minutes=30, summary="30 Minute Intro Call between Imogen Clarke and Tom Nguyen",
               organizer=("Imogen Clarke", "imogen.clarke@quillstone.example"),
               attendees=[("Tom Nguyen", U[1], "REQ-PARTICIPANT", True)], seq=seq,
               location="Zoom: https://quillstone.zoom.us/j/91550238814",
               description="Event Name: 30 Minute Intro Call\nNeed to make changes to this event?\nReschedule: https://calendly.com/reschedulings/BF3KQ2\nCancel: https://calendly.com/cancellations/BF3KQ2",
               stamp="20260914T112600Z")
    ics = calendar("REQUEST", [ev], prodid="-//Calendly//Calendly Scheduling//EN", tzstyle="utc")
    import datetime as dt
    from mimehelp import zdt
    s = zdt(start_local, TZ)
    e = s + dt.timedelta(minutes=30)
    nice = s.strftime("%-I:%M%p").lower() + " - " + e.strftime("%-I:%M%p").lower() + ", " + s.strftime("%A, %B %-d, %Y")
    text = f"""Hi Tom Nguyen,

{head}

Event Type:
30 Minute Intro Call

Invitee:
Tom Nguyen

Event Date/Time:
{nice} (Australia/Sydney){extra_line}

Location:
Zoom: https://quillstone.zoom.us/j/91550238814

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/BF3KQ2
Reschedule: https://calendly.com/reschedulings/BF3KQ2

Powered by Calendly.com"""
    return b.add("INBOX", slug, when, TZ, CAL, subject, text=text, html=True, ics=ics, ics_as="attach",
                 ics_name="invite.ics", mid="sendgrid", reply_to=IMO)


m2 = calendly_mail("calendly-confirmed", "2026-09-14 21:26",
                   "Confirmed: 30 Minute Intro Call with Imogen Clarke on Tuesday, September 22, 2026",
                   "Your event has been scheduled.", "2026-09-22 18:00", "bf3kq2-calendly-9381@calendly.com", 0)
b.interview(m2, "2026-09-29 17:30", TZ, [IMO[1]])

t003 = """Hi Imogen,

Thanks for getting in touch, and for the kind words about the transit case study! I'm definitely interested - I've booked in for next Tuesday evening my time.

Cheers,
Tom""" + quote(t001, "Imogen Clarke <imogen.clarke@quillstone.example>", "Mon, 14 Sep 2026 at 7:20 pm")
b.sent("re-hello-from-quillstone", "2026-09-14 21:31", "Re: Senior Product Designer at Quillstone?", t003, [IMO], reply=m1)

m = b.add("INBOX", "job-alert", "2026-09-16 06:00", TZ, ("WorkHunt", "jobs@workhunt.example"),
          "Product Designer jobs in Sydney NSW - 9 new",
          text="""9 new jobs for "Product Designer" in Sydney NSW

Senior Product Designer - Marlow Health - Surry Hills - $150k-$170k
Product Designer (Design Systems) - Kiteway - Remote
Lead UX Designer - Brightwater Bank - Sydney CBD
...and 6 more

View all: https://workhunt.example/jobs?q=product+designer&where=sydney

You're receiving this email because you saved this search.""", html=True, mid="ses")
b.silent(m, "saved-search job alert")

m5 = calendly_mail("calendly-rescheduled-1", "2026-09-18 12:47",
                   "Updated: 30 Minute Intro Call with Imogen Clarke - now Thursday, September 24, 2026",
                   "Your event has been rescheduled by Tom Nguyen.", "2026-09-24 18:30",
                   "bf3kq2-calendly-9381@calendly.com", 1,
                   "\n\nFormer time: 6:00pm - 6:30pm, Tuesday, September 22, 2026\nReason for rescheduling:\nClash with a sprint demo, sorry!")

dent_ev = Event("appt-20260926-0915-bjd@dentalhub.example", "2026-09-26 09:15", TZ, minutes=45,
                summary="Check-up & clean - Bondi Junction Dental", organizer=("Bondi Junction Dental", "bookings@bjdental.example"),
                location="Level 3, 500 Oxford St, Bondi Junction NSW", stamp="20260921T000000Z")
m = b.add("INBOX", "dental-appointment", "2026-09-21 10:02", TZ, ("Bondi Junction Dental", "bookings@bjdental.example"),
          "Appointment confirmed: Sat 26 Sep, 9:15am",
          text="""Hi Tom,

Your appointment is confirmed:

Check-up & clean with Dr. Amelia Hart
Saturday 26 September 2026, 9:15am
Level 3, 500 Oxford St, Bondi Junction

Please arrive 5 minutes early. To change your booking, reply to this email or call (02) 9387 5510.

Bondi Junction Dental""",
          ics=calendar("PUBLISH", [dent_ev], prodid="-//DentalHub//Bookings 4.2//EN"), ics_as="attach",
          ics_name="appointment.ics", mid="plain", mid_domain="dentalhub.example")
b.silent(m, "dentist appointment with calendar file")

t007 = """Hi Tom,

I'm so sorry to do this - I've just been asked to cover an assessment centre tomorrow morning and won't be able to make our call. Could you pick another time from my Calendly? Anything next week is fine.

Apologies again,
Imogen""" + ISIG
m7 = b.add("INBOX", "sorry-need-to-move", "2026-09-23 16:45", LON, IMO, "Our call tomorrow - so sorry", text=t007, mid="outlook")

m9 = calendly_mail("calendly-rescheduled-2", "2026-09-24 07:38",
                   "Updated: 30 Minute Intro Call with Imogen Clarke - now Tuesday, September 29, 2026",
                   "Your event has been rescheduled by Tom Nguyen.", "2026-09-29 17:30",
                   "bf3kq2-calendly-9381@calendly.com", 2,
                   "\n\nFormer time: 6:30pm - 7:00pm, Thursday, September 24, 2026")

t008 = """No worries at all Imogen, these things happen. I've picked Tuesday the 29th, 5:30pm Sydney time (8:30am for you).

Tom

Sent from my iPhone""" + quote(t007, "Imogen Clarke <imogen.clarke@quillstone.example>", "24 Sep 2026, at 1:45 am")
b.sent("re-sorry-need-to-move", "2026-09-24 07:41", "Re: Our call tomorrow - so sorry", t008, [IMO], reply=m7,
       mid="apple", mid_domain="harbourmail.example")

gh = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Dear Tom,</p>
<p>Thank you for applying for the <b>Product Designer, Payments Experience</b> role at Fenwick Row. We're excited that you're interested in joining us.</p>
<p>We've received your application and will be reviewing it shortly. Due to the volume of applications, we're unable to respond to every candidate individually, but if your experience is a good fit, a member of our team will reach out.</p>
<p>Warm regards,<br>Fenwick Row Talent</p>
<p style="font-size:11px;color:#999">This is an automated message sent via Greenhouse. Please do not reply.</p>
</body></html>
"""
b.add("INBOX", "fenwick-application", "2026-09-28 09:12", NY, ("Fenwick Row", "no-reply@us.greenhouse-mail.io"),
      "Your application to Fenwick Row", html=gh, mid="sendgrid")

t011 = """Hi Tom,

Great to chat this morning (well, your evening!). As promised I'll share your portfolio with Oliver, our Head of Design, and come back to you in a week or so about next steps.

Have a lovely rest of your week,
Imogen""" + ISIG
b.add("INBOX", "great-to-chat", "2026-09-29 10:05", LON, IMO, "Great to chat", text=t011, mid="outlook")

ev12 = Event("3m9qv1d6k2h0t8c5r7j4n1fwz@google.com", "2026-10-13 17:30", NY, minutes=45,
             summary="Fenwick Row - Product Designer interview w/ Marcus Bell",
             organizer=("Rachel Kim", RAC[1]),
             attendees=[("Rachel Kim", RAC[1], "OPT-PARTICIPANT", True), ("Marcus Bell", MAR[1]),
                        ("Hannah Liu", HAN[1]), ("tom.nguyen@harbourmail.example", U[1])],
             location="https://meet.google.com/xqv-ptre-nko",
             description="Hi Tom - this is your 45-minute conversation with Marcus Bell (Design Manager) and Hannah Liu (Staff Product Designer). It should be 8:30am Wednesday for you in Sydney. I won't be on the call myself - good luck!\n\nJoin with Google Meet: https://meet.google.com/xqv-ptre-nko",
             stamp="20261007T203000Z")
t12 = """Fenwick Row - Product Designer interview w/ Marcus Bell
Tuesday Oct 13, 2026 5:30pm - 6:15pm (Eastern Time - New York)

Hi Tom - this is your 45-minute conversation with Marcus Bell (Design Manager) and Hannah Liu (Staff Product Designer). It should be 8:30am Wednesday for you in Sydney. I won't be on the call myself - good luck!

Join with Google Meet
https://meet.google.com/xqv-ptre-nko

Guests
Rachel Kim - organizer
Marcus Bell
Hannah Liu
tom.nguyen@harbourmail.example

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M205cXYxZDZr

Reply for tom.nguyen@harbourmail.example
Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=M205cXYxZDZr

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event."""
m12 = b.add("INBOX", "invitation-fenwick", "2026-10-07 16:30", NY, RAC,
            "Invitation: Fenwick Row - Product Designer interview w/ Marcus Bell @ Tue Oct 13, 2026 5:30pm - 6:15pm (EDT) (tom.nguyen@harbourmail.example)",
            text=t12, html=True, ics=calendar("REQUEST", [ev12]), ics_as="both", mid="google-cal",
            sender="google-calendar-noreply@google.com")
b.interview(m12, "2026-10-13 17:30", NY, [MAR[1], HAN[1]])

t13 = """Hi Rachel,

Thanks for setting this up - accepted. 8:30am Wednesday Sydney time is perfect.

Best,
Tom"""
b.sent("accepted-fenwick", "2026-10-08 08:10", "Re: Invitation: Fenwick Row - Product Designer interview w/ Marcus Bell", t13,
       [RAC], reply=m12)

t14 = """Hi Tom,

Good news - Oliver loved your portfolio and would like to meet you, together with Sunita Rao, one of our senior PMs. It'd be a 75-minute panel: you walk them through one project for about 30 minutes, then questions.

Would the week of 2 November work? We'd do it at 09:00 or 10:00 London time. Heads up that the clocks will have shifted on both sides by then (you've already gone forward, we go back on 25 October), so 9am GMT will be 8pm for you.

Best,
Imogen""" + ISIG
m14 = b.add("INBOX", "panel", "2026-10-09 11:15", LON, IMO, "Next step: design panel", text=t14, mid="outlook")

t15 = """Hi Imogen,

That's great news! Any day that week except Monday works. 9am GMT / 8pm AEDT would be ideal.

Thanks,
Tom""" + quote(t14, "Imogen Clarke <imogen.clarke@quillstone.example>", "Fri, 9 Oct 2026 at 9:15 pm")
m15 = b.sent("re-panel", "2026-10-09 22:40", "Re: Next step: design panel", t15, [IMO], reply=m14)

ev16 = Event("040000008200E00074C5B7101A82E00800000000F0A1B6C2D93DDC01000000000000000010000000A4E2C1", "2026-11-05 09:00", LON,
             minutes=75, summary="Quillstone | Design Panel - Tom Nguyen",
             organizer=("Imogen Clarke", IMO[1]),
             attendees=[("Tom Nguyen", U[1]), ("Oliver Grant", OLI[1]), ("Sunita Rao", SUN[1])],
             location="Microsoft Teams Meeting",
             description="Hi Tom, Oliver and Sunita - here's the panel. I'll join for the first five minutes to introduce everyone and then drop off.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4Y2E0%40thread.v2/0\nMeeting ID: 372 918 450 116\nPasscode: 8rTq4P",
             stamp="20261012T130200Z")
html16 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Tom, Oliver and Sunita - here's the panel. I'll join for the first five minutes to introduce everyone and then drop off.</p>
</div>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden">
<div style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams meeting</div>
<div><b>Join on your computer, mobile app or room device</b></div>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4Y2E0%40thread.v2/0" style="font-size:14px;color:#5B5FC7">Click here to join the meeting</a>
<div style="margin-top:8px">Meeting ID: 372 918 450 116<br>Passcode: 8rTq4P</div>
<div><a href="https://www.microsoft.com/microsoft-teams/download-app">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a></div>
</div>
<div style="font-size:12px;color:#5F5F5F">________________________________________________________________________________</div>
</body></html>
"""
m16 = b.add("INBOX", "teams-panel", "2026-10-12 14:02", LON, IMO, "Quillstone | Design Panel - Tom Nguyen",
            html=html16, ics=calendar("REQUEST", [ev16], prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
            to=[U, OLI, SUN], mid="outlook", headers=("X-MS-Has-Attach: ", "X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAADwobbC2T3cAQAAAAAAAAAAEAAAAKTiwQ=="))
b.interview(m16, "2026-11-05 09:00", LON, [OLI[1], SUN[1]])

m = b.add("INBOX", "sidebar-weekly", "2026-10-14 07:00", TZ, ("Sidebar Weekly", "hello@sidebarweekly.example"),
          "An interview with Canva's first designer + 6 portfolio mistakes",
          html="""<html><body style="font-family:Inter,Arial,sans-serif;max-width:600px">
<h2>Sidebar Weekly #212</h2>
<h3>"Ship the ugly version first": an interview with an early Canva designer</h3>
<p>We sat down with one of the first product designers at the Sydney design giant to talk about taste, speed and hiring.</p>
<h3>6 portfolio mistakes hiring managers keep seeing</h3>
<p>Too many process diagrams, not enough outcomes. Here's what to cut.</p>
<p><a href="https://sidebarweekly.example/212">Read the issue</a></p>
<p style="font-size:11px;color:#999"><a href="https://sidebarweekly.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""", mid="sendgrid")
b.silent(m, "design newsletter with an 'interview' feature")

t18 = """Hi Tom,

Thanks so much for meeting with Marcus and Hannah yesterday! The team is wrapping up first-round conversations this week, and we aim to get back to you by Thursday, October 22 with next steps.

Best,
Rachel

Rachel Kim
Recruiting Coordinator, Fenwick Row
(212) 555-0187"""
m18 = b.add("INBOX", "thanks-fenwick", "2026-10-14 15:20", NY, RAC, "Thank you from Fenwick Row", text=t18)
b.timeframe(m18, "2026-10-22", RAC[1], answered=True)

t19 = """Hi Tom,

Thanks again for the time last week, and for walking us through the transit project - Hannah and I both really liked how you handled the accessibility trade-offs.

After a lot of discussion, we felt this particular role needs someone who has spent more time inside B2B payments products, so we've decided to focus on other profiles for it. That's no reflection on the quality of your work, and I'd genuinely like to stay in touch - we'll have more design roles opening in 2027.

All the best with the search,
Marcus

Marcus Bell
Design Manager, Payments Experience
Fenwick Row"""
m19 = b.add("INBOX", "fenwick-update", "2026-10-21 11:05", NY, MAR, "Following up", text=t19, cc=[RAC])
b.rejection(m19, MAR[1])

m = b.add("INBOX", "meetup-rsvp", "2026-10-24 09:30", TZ, ("Meetup", "info@meetup-mail.example"),
          "You're going to Portfolio Review Night - UX Sydney",
          text="""You're going!

Portfolio Review Night - UX Sydney
Thursday, October 29, 2026, 6:00 PM AEDT
WeWork, 100 Harris St, Pyrmont

Bring a laptop and one case study. Senior designers and hiring managers from around Sydney will give 10-minute reviews.

See event: https://meetup-mail.example/ux-sydney/events/311823""", html=True, mid="ses")
b.silent(m, "meetup RSVP for a portfolio review night")

t21 = """Hi Tom,

Just a quick note to say good luck for tomorrow! Oliver and Sunita are looking forward to it. I'll introduce everyone and then hop off. The Teams link is in the invite.

Imogen""" + ISIG
b.add("INBOX", "tomorrow", "2026-11-04 09:00", LON, IMO, "Tomorrow's panel", text=t21, mid="outlook")

t22 = """Hi Tom,

Thank you for yesterday - Oliver said your walkthrough of the clinic onboarding flow was one of the best he's seen this year.

We have one more candidate to see early next week, and we'll let you know by the end of next week.

Have a great weekend,
Imogen""" + ISIG
m22 = b.add("INBOX", "after-panel", "2026-11-06 15:30", LON, IMO, "Thank you!", text=t22, mid="outlook")
b.timeframe(m22, "2026-11-13", IMO[1], answered=False)

t23 = """Hi Tom,

I'm sorry this has taken so long, and that it isn't the news I was hoping to send.

Following our Q4 budget review, the Senior Product Designer role has been put on hold until at least the new year. No decision has been made on candidates, and with your permission we'd like to keep your application open so we can pick things up as soon as the role is reopened.

I'll be in touch in January either way.

Imogen""" + ISIG
m23 = b.add("INBOX", "role-on-hold", "2026-11-24 10:10", LON, IMO, "Update on the Senior Product Designer role", text=t23, mid="outlook")

t24 = """Hi Imogen,

Thanks for letting me know, and for being straight about it. Yes, please keep my application open - I'd love to pick it up again in January.

Best,
Tom""" + quote(t23, "Imogen Clarke <imogen.clarke@quillstone.example>", "Tue, 24 Nov 2026 at 9:10 pm")
b.sent("re-role-on-hold", "2026-11-24 22:05", "Re: Update on the Senior Product Designer role", t24, [IMO], reply=m23)

b.write()
