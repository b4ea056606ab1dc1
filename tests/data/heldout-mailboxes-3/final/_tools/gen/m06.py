"""m06: a London user. Halyard Robotics (Lever ack, Google-invite recruiter screen, a virtual
onsite of four back-to-back sessions sent as ONE .ics with four VEVENTs plus a text agenda,
one session later moved by a single-event update, a 3-business-day promise kept by an offer).
Saltmarsh Digital: email application, text phone screen, a text agenda for an assessment day
(two interview sessions among welcome/lunch items), withdrawn by the user before it happens."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf
from kit import google_invite

TZ = "Europe/London"
U = ("Fiona MacAskill", "fiona.macaskill@thistlepost.example")
b = Box("final", "m06-halyard-onsite-schedule", U, TZ,
        "2026-09-14T08:00:00+01:00", "2026-11-13T18:00:00+00:00", langs=["en"], country="UK")

LEVER = ("Halyard Robotics", "no-reply@hire.lever.co")
OWEN = ("Owen Pritchard", "owen.pritchard@halyard.example")
JESS = ("Jess Carver", "jess.carver@halyard.example")
RAVI = ("Ravi Chandran", "ravi.chandran@halyard.example")
ELE = ("Eleanor Whitby", "eleanor.whitby@halyard.example")
NKE = ("Nkechi Obi", "nkechi.obi@halyard.example")
TOM = ("Tom Aldridge", "tom.aldridge@halyard.example")
IMO = ("Imogen Hale", "imogen.hale@saltmarshdigital.example")
osig = "\n\nOwen Pritchard\nTechnical Recruiter, Halyard Robotics\n+44 20 7946 0213"
isig = "\n\nKind regards,\n\nImogen Hale\nPeople Partner | Saltmarsh Digital\n1 Spinningfields, Manchester M3 3JE\n0161 496 0458"

t = """Hi Fiona,

Thank you for applying to the Senior Robotics Software Engineer (Perception) role at Halyard
Robotics. We've received your application, and our team will review it soon.

We appreciate your interest in Halyard!

The Halyard Robotics Team"""
b.add("INBOX", "lever-ack", "2026-09-14 11:05", TZ, LEVER, "Thanks for applying to Halyard Robotics",
      text=t, html=html_from_text(t), mid="uuid", mid_domain="hire.lever.co")

m2 = b.sent("apply-saltmarsh", "2026-09-15 08:40", "Application: Senior Product Engineer",
"""Dear Imogen,

Please find attached my CV and a short cover letter for the Senior Product Engineer role
advertised on your careers page. I'm currently a perception engineer at Forthbridge Marine
and keen to move closer to product work.

I'd be happy to travel to Manchester for interviews.

Kind regards,
Fiona MacAskill
07700 900412""", to=[IMO], mid="gmail",
           attach=[("Fiona_MacAskill_CV.pdf", "application/pdf", fakepdf("Fiona MacAskill - CV"))])

b.add("INBOX", "owen-hello", "2026-09-16 10:12", TZ, OWEN, "Halyard - quick chat?",
"""Hi Fiona,

Owen here, I look after engineering hiring at Halyard. Loved your background on sonar
perception - would be great to have a 30 min intro. I've popped an invite in your calendar
for Monday afternoon; shout if it doesn't work.""" + osig, mid="gmail")

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-09-21 15:30", TZ,
           minutes=30, summary="Intro call: Fiona MacAskill <> Owen (Halyard)", organizer=OWEN,
           attendees=[(OWEN[0], OWEN[1], "REQ-PARTICIPANT", True), U], stamp="20260916T091500Z")
m = google_invite(b, "2026-09-16 10:15", TZ, OWEN, ev, label="British Summer Time - London", slug="google-intro")
b.interview(m, "2026-09-21 15:30", TZ, [OWEN[1]])

m = b.add("INBOX", "gp-reminder", "2026-09-18 08:00", TZ, ("Canonbury Medical Practice", "noreply@canonburymedical.example"),
          "Appointment reminder",
"""Dear Fiona,

This is a reminder that you have an appointment at Canonbury Medical Practice on
Wednesday 23 September 2026 at 08:50 with Dr S. Okonjo.

If you can no longer attend, please cancel via the NHS App or call 020 7946 0300.""", mid="plain", mid_domain="canonburymedical.example")
b.silent(m, "GP appointment reminder")

b.sent("thanks-owen", "2026-09-21 16:20", "Thanks for the chat",
"""Hi Owen,

Thanks for the call this afternoon - really enjoyed hearing about the harbour trials. Looking
forward to hearing about next steps.

Cheers,
Fiona""", to=[OWEN], mid="gmail")

b.add("INBOX", "owen-next", "2026-09-22 12:40", TZ, OWEN, "Re: Thanks for the chat",
"""Hi Fiona,

Great news: Nkechi (hiring manager) would like to move you to our virtual onsite - four
back-to-back sessions in one day. Jess, our interview coordinator, will be in touch with the
schedule.""" + osig, mid="gmail")

m8 = b.add("INBOX", "saltmarsh-screen", "2026-09-24 09:15", TZ, IMO, "RE: Application: Senior Product Engineer",
"""Dear Fiona,

Thank you for your application. We'd like to invite you to an initial telephone interview
with me on Tuesday 29 September at 11:00. I'll call you on 07700 900412 - please let me know
if that time doesn't suit.""" + isig + oq(m2, TZ, to=[IMO]), reply=m2, mid="outlook")
b.interview(m8, "2026-09-29 11:00", TZ, [IMO[1]])

b.sent("re-saltmarsh-screen", "2026-09-24 10:02", "RE: Application: Senior Product Engineer",
"""Dear Imogen,

Tuesday at 11:00 is perfect, thank you. Speak then.

Kind regards,
Fiona""" + oq(m8, TZ, to=[U]), to=[IMO], reply=m8, mid="gmail")

b.add("INBOX", "saltmarsh-next", "2026-09-29 15:05", TZ, IMO, "Assessment day",
"""Dear Fiona,

Thank you for your time on the phone earlier. I'm pleased to say we'd like to invite you to
our assessment day in Manchester on Tuesday 20 October. I'll send the full agenda and the
case-study brief next week.""" + isig, mid="outlook")

# ---- the onsite: one .ics with four VEVENTs + text agenda
sess = [("10:00", 45, "Coding", RAVI), ("10:45", 45, "System design", ELE),
        ("11:45", 45, "Hiring manager conversation", NKE), ("12:30", 30, "Product partnership", TOM)]
uids = [f"gt-{b.hexid(12)}-{i}@goodtime.io" for i in range(4)]
evs = []
for (st, mins, title, who), uid in zip(sess, uids):
    evs.append(Event(uid, f"2026-10-08 {st}", TZ, minutes=mins,
                     summary=f"Halyard virtual onsite - {title} ({who[0]})", organizer=JESS,
                     attendees=[U, who], location="Google Meet: https://meet.google.com/hlx-onst-fmx",
                     description=f"{title} with {who[0]}. Fiona MacAskill - Senior Robotics Software Engineer (Perception).",
                     stamp="20260930T101000Z"))
ics = calendar("REQUEST", evs, prodid="-//GoodTime.io//Interview Scheduling 3.2//EN", style="plain")
agenda = """Hi Fiona,

Here's your virtual onsite schedule for Thursday 8 October (all times UK time). There's a
single Google Meet link for the whole day; each interviewer will join at their slot. The
attached .ics has all four sessions.

  10:00 - 10:45  Coding (shared editor) - Ravi Chandran, Senior Engineer
  10:45 - 11:30  System design - Eleanor Whitby, Principal Engineer
  11:30 - 11:45  Break
  11:45 - 12:30  Hiring manager conversation - Nkechi Obi, Head of Perception
  12:30 - 13:00  Product partnership - Tom Aldridge, Product Lead

Meet: https://meet.google.com/hlx-onst-fmx

Please let me know if you need any adjustments - happy to help.

Best,
Jess Carver
Interview Coordinator, Halyard Robotics"""
m11 = b.add("INBOX", "onsite-schedule", "2026-09-30 11:10", TZ, JESS,
            "Your Halyard virtual onsite - Thursday 8 October", text=agenda, html=html_from_text(agenda),
            ics=ics, ics_as="attach", ics_name="Halyard_onsite_schedule.ics", mid="gmail")
for (st, mins, title, who) in sess:
    final = "2026-10-09 14:00" if who is ELE else f"2026-10-08 {st}"
    b.interview(m11, final, TZ, [who[1]])

b.sent("confirm-onsite", "2026-09-30 12:30", "Re: Your Halyard virtual onsite - Thursday 8 October",
"""Hi Jess,

Thanks - all confirmed, see you (virtually) on the 8th.

Fiona""" + gq(m11, TZ), to=[JESS], reply=m11, mid="gmail")

ev = Event(f"{b.hexid(10)}@tickets.almeida.example", "2026-10-17 19:30", TZ, minutes=150,
           summary="The Cherry Orchard - Almeida Theatre (2 tickets, Row F)",
           location="Almeida Theatre, Almeida St, London N1 1TA", stamp="20261002T180000Z")
ics = calendar("PUBLISH", [ev], prodid="-//Almeida Box Office//Tickets//EN")
m = b.add("INBOX", "theatre", "2026-10-02 19:02", TZ, ("Almeida Box Office", "boxoffice@almeida.example"),
          "Booking confirmation - The Cherry Orchard, Sat 17 Oct",
          text="""Thank you for your booking.

The Cherry Orchard
Saturday 17 October 2026, 19:30
2 x Stalls, Row F, seats 11-12

Add to your calendar with the attached file. Doors open 45 minutes before the performance.""",
          ics=ics, ics_as="attach", ics_name="booking.ics", mid="sendgrid")
b.silent(m, "theatre booking with a PUBLISH calendar")

agenda2 = """Dear Fiona,

As promised, here's the agenda for your assessment day on Tuesday 20 October at our office,
1 Spinningfields, Manchester M3 3JE (5th floor - ask for me at reception):

  09:30  Welcome and coffee (Imogen Hale)
  10:00 - 10:45  Case-study presentation to the panel: Marcus Bell (Head of Product) and
                 Priyanka Dutta (Senior Product Manager). 20 minutes presenting, 25 minutes Q&A.
  11:00 - 11:45  Competency interview with Marcus Bell and me
  12:00  Lunch with the product team
  13:00  Close

The case-study brief is attached. We'll reimburse your train fare - keep the receipt.""" + isig
m14 = b.add("INBOX", "assessment-agenda", "2026-10-05 14:20", TZ, IMO, "RE: Assessment day",
            text=agenda2, mid="outlook",
            attach=[("Saltmarsh_case_study_brief.pdf", "application/pdf", fakepdf("Saltmarsh Digital - Case study brief"))])
b.interview(m14, "2026-10-20 10:00", TZ, ["name:Marcus Bell", "name:Priyanka Dutta"], thank_you=False)
b.interview(m14, "2026-10-20 11:00", TZ, ["name:Marcus Bell", IMO[1]], thank_you=False)

ev = Event(uids[1], "2026-10-09 14:00", TZ, minutes=45,
           summary=f"Halyard virtual onsite - System design ({ELE[0]})", organizer=JESS,
           attendees=[U, ELE], location="Google Meet: https://meet.google.com/hlx-onst-fmx",
           description="System design with Eleanor Whitby - moved to Friday.", stamp="20261006T083000Z", seq=1)
ics = calendar("REQUEST", [ev], prodid="-//GoodTime.io//Interview Scheduling 3.2//EN", style="plain")
t = """Hi Fiona,

Small change: Eleanor is unwell this week, so we've moved the system design session to
Friday 9 October at 14:00 (same Meet link). The other three sessions on Thursday stay
exactly as they are - on Thursday you'll now finish at 13:00 with a longer break after Ravi.

Updated invite attached. Sorry for the shuffle!

Jess"""
b.add("INBOX", "onsite-update", "2026-10-06 09:30", TZ, JESS, "Updated: System design session moved to Fri 9 Oct",
      text=t, ics=ics, ics_as="attach", ics_name="Halyard_system_design_updated.ics", mid="gmail")

b.sent("thanks-onsite", "2026-10-08 15:10", "Thank you for today",
"""Hi Ravi, Nkechi and Tom,

Thank you all for today's sessions. Ravi, the point-cloud clustering problem was a genuinely
fun one; Nkechi, I appreciated the candid picture of where the perception team is headed;
Tom, thanks for the deep dive on the operator app.

Best,
Fiona""", to=[RAVI, NKE, TOM], mid="gmail")

b.sent("thanks-eleanor", "2026-10-09 15:05", "Thank you - system design",
"""Hi Eleanor,

Thanks for making time today, especially while recovering! I enjoyed talking through the
sensor-fusion pipeline.

Best,
Fiona""", to=[ELE], mid="gmail")

m18 = b.add("INBOX", "owen-timeline", "2026-10-09 16:30", TZ, OWEN, "Onsite - thank you!",
"""Hi Fiona,

Thanks for getting through the whole onsite, split days and all! The panel debriefs on
Monday and we'll come back to you within 3 business days.""" + osig, mid="gmail")

offer = """Hi Fiona,

As promised, following our call this morning: I'm delighted to confirm that Halyard Robotics
would like to offer you the role of Senior Robotics Software Engineer (Perception)!

Headlines (full details in the attached offer letter):
 - Base salary: GBP 96,000
 - Share options: 6,000 options, four-year vesting, one-year cliff
 - 28 days' holiday plus bank holidays
 - Start date: Monday 16 November (flexible)

Please have a read and let me know if you have any questions. Congratulations!""" + osig
m19 = b.add("INBOX", "offer", "2026-10-13 11:50", TZ, OWEN, "Your offer from Halyard Robotics",
            text=offer, html=html_from_text(offer), mid="gmail",
            attach=[("Halyard_Offer_Letter_MacAskill.pdf", "application/pdf", fakepdf("Halyard Robotics - Offer Letter"))])
b.timeframe(m18, "2026-10-14", OWEN[1], True, news=m19)
b.offer(m19)

b.sent("accept-halyard", "2026-10-15 09:00", "Re: Your offer from Halyard Robotics",
"""Hi Owen,

I'm delighted to accept! Signed letter attached. 16 November works well.

Thank you for everything,
Fiona""", to=[OWEN], reply=m19, mid="gmail",
       attach=[("Halyard_Offer_Letter_MacAskill_signed.pdf", "application/pdf", fakepdf("Signed - Fiona MacAskill"))])

m21 = b.sent("withdraw-saltmarsh", "2026-10-15 09:25", "RE: Assessment day",
"""Dear Imogen,

Thank you again for the invitation to the assessment day on the 20th. I've just accepted an
offer elsewhere, so I'm writing to withdraw my application - I didn't want the panel to
spend time preparing.

I really appreciated how well organised and friendly the process has been.

Kind regards,
Fiona""" + oq(m14, TZ, to=[U]), to=[IMO], reply=m14, mid="gmail")

b.add("INBOX", "saltmarsh-ack-withdraw", "2026-10-16 10:40", TZ, IMO, "RE: Assessment day",
"""Dear Fiona,

Thank you for letting us know, and congratulations on the new role. I've cancelled the
assessment day slot. Best of luck!""" + isig, reply=m21, mid="outlook")

b.write()
