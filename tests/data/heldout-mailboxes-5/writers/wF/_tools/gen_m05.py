"""m05: Cork quality engineer - TribePad process with an assessment centre (Lough Mahon Medical) + in-house recruiter (Halfpenny Pay),
among look-alikes: university admissions interview, tenancy application, parking 'offer to settle', tips newsletter."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote
from fcommon import gcal_invite

TZ = "Europe/Dublin"
U = ("Róisín Keane", "roisin.keane@leemail.example")
b = Box("m05-loughmahon-halfpenny", U, TZ, "2026-09-07T08:00:00+01:00", "2026-12-10T18:00:00+00:00",
        langs=["en"], country="IE", notes="assessment centre with two interview sessions; look-alikes")

TP = ("Lough Mahon Medical", "noreply@tribepad.com")
GRA = ("Gráinne O'Sullivan", "grainne.osullivan@loughmahon-med.example")
GSIG = """

Kind regards,
Gráinne O'Sullivan
Talent Acquisition Specialist
Lough Mahon Medical Ltd. | Little Island Business Park, Cork T45 XK20
+353 21 555 0184"""
ORLA = ("Orla Brennan", "orla.brennan@loughmahon-med.example")
HEL = ("Helen Cotter", "helen.cotter@loughmahon-med.example")
CON = ("Conor Walsh", "conor.walsh@halfpennypay.example")
CSIG = """

Conor Walsh
Talent Partner | Halfpenny Pay
Grand Canal Dock, Dublin 2
m: +353 87 555 2093"""
NIA = ("Niamh Gallagher", "niamh.gallagher@halfpennypay.example")
SER = ("Sergei Petrov", "sergei.petrov@halfpennypay.example")

# 001 TribePad ack
t = """Dear Róisín,

Thank you for your application for the role of Quality Engineer II (Ref: LMM-2231) at Lough Mahon Medical.

Our Talent Acquisition team will review your application against the requirements of the role. You can track the progress of your application at any time by logging in to your candidate account.

Yours sincerely,
Talent Acquisition Team
Lough Mahon Medical Ltd.

Please do not reply to this email as this mailbox is not monitored."""
b.add("INBOX", "application-received", "2026-09-07 12:44", TZ, TP, "Application received: Quality Engineer II (LMM-2231)",
      text=t, html=True, mid="uuid", mid_domain="tribepad.com", proc="lmm")

# 002 Conor cold outreach
t = """Hi Róisín,

I'm the in-house recruiter at Halfpenny Pay - we're a Dublin fintech (card issuing for SMEs, about 140 people). I saw your profile and the move from medtech validation into software testing caught my eye.

We're hiring a Software Test Lead to build out our test strategy ahead of a PSD3 audit, and I think the regulated-environment background you have would be a real asset. Fully remote within Ireland, with a team day in Dublin once a month.

Would you be up for a quick chat this week or next?

Thanks,
Conor""" + CSIG
m002 = b.add("INBOX", "halfpenny-outreach", "2026-09-09 11:30", TZ, CON, "Software Test Lead at Halfpenny Pay", text=t,
             mid="gmail", proc="hp")

# 003 Sent
t = """Hi Conor,

Thanks for reaching out, that does sound interesting. I'm free most of Wednesday 16th in the afternoon if that suits for a call?

Róisín""" + quote("Would you be up for a quick chat this week or next?", "Conor Walsh <conor.walsh@halfpennypay.example>", "Wed 9 Sept 2026 at 11:30")
m003 = b.sent("re-halfpenny", "2026-09-09 20:10", "Re: Software Test Lead at Halfpenny Pay", t, to=[CON], reply=m002, proc="hp")

# 004 Conor fixes time -> interview (text)
t = """Grand, Wednesday 16th at half two so. I'll give you a call on the mobile number on your CV - 30 mins max.

Conor""" + CSIG
m004 = b.add("INBOX", "call-wednesday", "2026-09-10 09:15", TZ, CON, "Re: Software Test Lead at Halfpenny Pay", text=t,
             reply=m003, mid="gmail", proc="hp")
b.interview(m004, "2026-09-16 14:30", TZ, [CON[1]])

# 005 university admissions interview (look-alike)
t = """Dear Ms Keane,

Thank you for your application to the part-time MSc in Medical Device Regulatory Affairs (2027 intake).

We are pleased to invite you to an admissions interview with the Programme Director on Thursday 1 October 2026 at 10:00 in Room 2.14, Western Gateway Building. The interview lasts approximately 20 minutes and is an opportunity to discuss your motivation for the programme and how you will balance study with work.

Please confirm your attendance through the applicant portal.

Yours sincerely,
Postgraduate Admissions Office
University of the Lee"""
m = b.add("INBOX", "admissions-interview", "2026-09-12 10:05", TZ, ("Postgraduate Admissions", "pgadmissions@univ-lee.example"),
          "MSc Medical Device Regulatory Affairs - invitation to admissions interview", text=t, mid="plain", mid_domain="univ-lee.example")
b.silent(m, "university admissions interview for a master's programme, not a job")

# 006 Conor proposes next slots
t = """Hi Róisín,

Really enjoyed the chat earlier. I've spoken to Niamh Gallagher (Head of QA) and she'd like to meet you - it'd be a one-hour video call with Niamh and Sergei Petrov, one of our engineering managers.

Could you do either of these?
- Tuesday 22nd at 11:00
- Thursday 24th at 15:00

Conor""" + CSIG
m006 = b.add("INBOX", "next-step", "2026-09-16 16:00", TZ, CON, "Halfpenny - next step", text=t, mid="gmail", proc="hp")

# 007 Sent "Thursday works"
t = """Thursday works.

R.

Sent from my iPhone""" + quote("""Could you do either of these?
- Tuesday 22nd at 11:00
- Thursday 24th at 15:00""", "Conor Walsh <conor.walsh@halfpennypay.example>", "16 Sep 2026, at 16:00")
m007 = b.sent("re-next-step", "2026-09-16 18:47", "Re: Halfpenny - next step", t, to=[CON], reply=m006,
              mid="apple", mid_domain="leemail.example", proc="hp")

# 008 Google invite -> interview (calendar)
ics, uid, url = gcal_invite(b, "2026-09-24 15:00", TZ, 60, "Róisín Keane <> Halfpenny Pay - Software Test Lead",
                            CON, [CON + ("REQ-PARTICIPANT", True), NIA + ("REQ-PARTICIPANT",), SER + ("REQ-PARTICIPANT",),
                                  U + ("REQ-PARTICIPANT",)], stamp="20260917T081000Z",
                            description="Hi Róisín - you'll meet Niamh (Head of QA) and Sergei (Engineering Manager). Conor won't join.")
t = f"""Conor Walsh has invited you to an event.

Róisín Keane <> Halfpenny Pay - Software Test Lead
Thursday 24 Sept 2026 · 15:00 - 16:00 (Irish Standard Time - Dublin)

Join with Google Meet
{url}

Guests
Conor Walsh - organiser - conor.walsh@halfpennypay.example
Niamh Gallagher - niamh.gallagher@halfpennypay.example
Sergei Petrov - sergei.petrov@halfpennypay.example
Róisín Keane - roisin.keane@leemail.example

Hi Róisín - you'll meet Niamh (Head of QA) and Sergei (Engineering Manager). Conor won't join.

Invitation from Google Calendar"""
m008 = b.add("INBOX", "calendar-invite", "2026-09-17 09:10", TZ, CON,
             "Invitation: Róisín Keane <> Halfpenny Pay - Software Test Lead @ Thu 24 Sept 2026 15:00 - 16:00 (IST) (roisin.keane@leemail.example)",
             text=t, html=True, ics=ics, ics_as="both", mid="google-cal", sender="calendar-notification@google.com", proc="hp")
b.interview(m008, "2026-09-24 15:00", TZ, [NIA[1], SER[1]])

# 009 tenancy application (look-alike)
t = """Hi Róisín,

Thanks for viewing Apartment 4, Sunday's Well Road on Tuesday. The landlord would like to progress your tenancy application.

To complete your application we need:
- two recent payslips
- a reference from your current landlord
- photo ID

The landlord will make a decision once references are back, usually within a week. Any questions, give me a shout.

Regards,
Damien Forde
Lettings Negotiator | Shandon Lettings
021 555 7731"""
m = b.add("INBOX", "tenancy-application", "2026-09-18 12:22", TZ, ("Damien Forde", "damien@shandonlettings.example"),
          "Tenancy application - Apt 4, Sunday's Well Road", text=t, mid="outlook")
b.silent(m, "tenancy application with a letting agent, not a job application")

# 010 Conor: feedback by Wednesday (answered by rejection)
t = """Hi Róisín,

Thanks for making the time today. Niamh and Sergei are comparing notes with the rest of the team, and I'll have feedback to you by Wednesday.

Conor""" + CSIG
m010 = b.add("INBOX", "thanks-today", "2026-09-24 17:20", TZ, CON, "Thanks for today", text=t, mid="gmail", proc="hp")
b.timeframe(m010, "2026-09-30", CON[1], True)

# 011 TribePad: phone interview booked -> interview (text)
t = """Dear Róisín,

Congratulations, you have been shortlisted for the role of Quality Engineer II (Ref: LMM-2231).

Your telephone interview has been booked:

Date: Friday 2 October 2026
Time: 11:00 (Irish time)
Duration: 30 minutes
Interviewer: Gráinne O'Sullivan, Talent Acquisition Specialist

Gráinne will call you on the number in your candidate profile. If you need to rearrange, please reply to Gráinne directly.

Yours sincerely,
Talent Acquisition Team
Lough Mahon Medical Ltd."""
m011 = b.add("INBOX", "telephone-interview-booked", "2026-09-29 10:02", TZ, TP,
             "Telephone interview booked: Quality Engineer II", text=t, html=True, reply_to=GRA,
             mid="uuid", mid_domain="tribepad.com", proc="lmm")
b.interview(m011, "2026-10-02 11:00", TZ, [GRA[1]])

# 012 Conor subtle rejection
t = """Hi Róisín,

Thanks for your patience. I've had a good chat with Niamh about where the team landed.

They really enjoyed meeting you, and your validation background came across strongly. On balance, though, they've decided to move forward with candidates whose hands-on automation experience is a bit closer to what they need right now, given the audit timeline.

I know that's disappointing. I'd genuinely like to stay in touch - we'll be hiring again in the new year and I can see you fitting in well.

All the best,
Conor""" + CSIG
m012 = b.add("INBOX", "halfpenny-update", "2026-09-30 15:45", TZ, CON, "Halfpenny - update", text=t, mid="gmail", proc="hp")
b.rejection(m012, CON[1])

# 013 parking 'offer to settle' (look-alike)
t = """Notice of Offer to Settle - Fixed Charge Notice CK-4471902

Vehicle: 211-C-48213
Location: Grand Parade, Cork
Date of contravention: 29/09/2026 13:12

You may settle this matter by paying a fixed charge of EUR 40.00 within 28 days of the date of this notice. If payment is not made within this period, the charge increases to EUR 60.00.

Pay online at parking.corkcity.example/pay

Cork City Parking Enforcement"""
m = b.add("INBOX", "offer-to-settle", "2026-10-02 08:30", TZ, ("Cork City Parking", "noreply@parking.corkcity.example"),
          "Offer to settle: Fixed Charge Notice CK-4471902", text=t, html=True, mid="ses")
b.silent(m, "parking fine 'offer to settle', not a job offer")

# 014 Gráinne: assessment centre invitation
t = """Hi Róisín,

Thanks for your time on the phone this morning - it was lovely to chat.

I'm delighted to invite you to the final stage, which is our assessment centre at the Little Island site on Thursday 5 November. It's a full day (roughly 09:30 to 14:30) and lunch is provided. You'll get the detailed agenda through TribePad early next week.

Kind regards,
Gráinne""" + GSIG
m014 = b.add("INBOX", "assessment-centre-invite", "2026-10-02 14:30", TZ, GRA, "Quality Engineer II - assessment centre",
             text=t, mid="outlook", proc="lmm")

# 015 Sent
t = """Hi Gráinne,

Thank you, that's great news! Thursday 5 November is perfect, I'll look out for the agenda.

Best regards,
Róisín Keane""" + quote("I'm delighted to invite you to the final stage, which is our assessment centre at the Little Island site on Thursday 5 November.", "Gráinne O'Sullivan", "Fri 2 Oct 2026 at 14:30")
b.sent("re-assessment-centre", "2026-10-02 17:55", "Re: Quality Engineer II - assessment centre", t, to=[GRA], reply=m014, proc="lmm")

# 016 TribePad agenda -> two interview sessions (text)
t = """Dear Róisín,

Please find below the agenda for your assessment centre.

Vacancy: Quality Engineer II (Ref: LMM-2231)
Date: Thursday 5 November 2026
Venue: Lough Mahon Medical, Building 3, Little Island Business Park, Cork T45 XK20

09:30  Arrival, welcome and site tour - Gráinne O'Sullivan
10:15  Online aptitude tests (numerical and verbal reasoning, invigilated)
11:30  Competency-based interview - Orla Brennan (QA Manager), Fiachra Lynch (Site Quality Director)
12:30  Lunch with members of the quality team (informal, not assessed)
13:30  Technical presentation and Q&A - Dr Helen Cotter (Head of R&D), Orla Brennan
14:30  Close

Please bring photo ID. Safety shoes are not required for the site tour.

Yours sincerely,
Talent Acquisition Team
Lough Mahon Medical Ltd."""
m016 = b.add("INBOX", "assessment-centre-agenda", "2026-10-05 09:40", TZ, TP,
             "Your assessment centre agenda: Quality Engineer II", text=t, html=True, reply_to=GRA,
             mid="uuid", mid_domain="tribepad.com", proc="lmm")
b.interview(m016, "2026-11-05 11:30", TZ, [ORLA[1], "name:Fiachra Lynch"])
b.interview(m016, "2026-11-05 13:30", TZ, [HEL[1], ORLA[1]])

# 017 Gráinne with presentation brief, cc assessors
t = """Hi Róisín,

I'm copying in Orla and Helen, who'll be assessing you on the day.

For the 13:30 session, we'd like a 15-minute presentation on the following: "A CAPA has been raised after three field complaints about a catheter hub cracking. Walk us through your investigation plan." No need for slides if you'd rather use the whiteboard.

Kind regards,
Gráinne""" + GSIG
b.add("INBOX", "presentation-brief", "2026-10-06 11:15", TZ, GRA, "Assessment centre - presentation brief", text=t,
      cc=[ORLA, HEL], mid="outlook", proc="lmm")

# 018 newsletter (look-alike)
t = """CareerCraft Ireland

Assessment centres decoded: 10 tips from recruiters
From group exercises to in-tray tasks, here's what assessors are really looking for - and how to stay fresh through a long day.

Plus: the 2026 Irish salary survey for engineering and life sciences.

careercraft.example | Unsubscribe"""
m = b.add("INBOX", "careercraft-newsletter", "2026-10-10 07:00", TZ, ("CareerCraft Ireland", "hello@careercraft.example"),
          "Assessment centres decoded: 10 tips from recruiters", text=t, html=True, mid="sendgrid")
b.silent(m, "careers newsletter with assessment-centre tips")

# 019 TribePad reminder (no ics)
t = """Dear Róisín,

This is a reminder that your assessment centre for Quality Engineer II takes place tomorrow, Thursday 5 November 2026, starting at 09:30.

Yours sincerely,
Talent Acquisition Team
Lough Mahon Medical Ltd."""
b.add("INBOX", "assessment-reminder", "2026-11-04 09:00", TZ, TP, "Reminder: assessment centre tomorrow", text=t,
      html=True, reply_to=GRA, mid="uuid", mid_domain="tribepad.com", proc="lmm")

# 020 Gráinne: answer by Friday 13 November (unanswered)
t = """Hi Róisín,

Thank you for coming in today, and for your energy through a long day! We have one more assessment centre on Monday, and we'll be in touch with all candidates by Friday 13 November.

Kind regards,
Gráinne""" + GSIG
m020 = b.add("INBOX", "after-assessment", "2026-11-05 17:30", TZ, GRA, "Thank you for attending", text=t, mid="outlook", proc="lmm")
b.timeframe(m020, "2026-11-13", GRA[1], False)

# 021 Sent tenancy docs (noise)
t = """Hi Damien,

Attached are my payslips for August and September and a copy of my passport. My current landlord, Mary Hegarty (087 555 6612), is happy to give a reference.

Thanks,
Róisín"""
b.sent("tenancy-docs", "2026-11-08 19:30", "Re: Tenancy application - Apt 4, Sunday's Well Road", t,
       to=[("Damien Forde", "damien@shandonlettings.example")])

# 022 formal rejection, late
t = """Dear Róisín,

Thank you for taking part in our assessment centre for the role of Quality Engineer II, and please accept my apologies for the delay in getting back to you.

The standard of candidates was very high. After careful consideration, I regret to inform you that we will not be progressing your application on this occasion.

If you would like feedback on your performance on the day, I would be happy to arrange a call with Orla.

We wish you every success in the future.

Kind regards,
Gráinne""" + GSIG
m022 = b.add("INBOX", "assessment-outcome", "2026-11-20 12:10", TZ, GRA, "Quality Engineer II - outcome", text=t,
             mid="outlook", proc="lmm")
b.rejection(m022, GRA[1])

b.write()
