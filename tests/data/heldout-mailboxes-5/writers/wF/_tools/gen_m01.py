"""m01: Manchester BI analyst - agency process (Northgate Talent -> Pellwood Insurance) + direct (Castlefield Housing via Eploy)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote, html_from_text, add_bdays
from fcommon import teams_invite, exch_headers

TZ = "Europe/London"
U = ("Aisha Rahman", "aisha.rahman@fastpost.example")
b = Box("m01-northgate-castlefield", U, TZ, "2026-09-01T08:00:00+01:00", "2026-11-16T18:00:00+00:00",
        langs=["en"], country="UK", notes="agency relaying client; direct Eploy process re-booked in text; offer")

CAL = ("Callum Brady", "callum.brady@northgatetalent.example")
CAL_SIG = """

Callum Brady
Senior Consultant - Data & Analytics
Northgate Talent | 3rd Floor, 41 Mosley Street, Manchester M2 3AQ
T: 0161 496 0732  M: 07700 900318
www.northgatetalent.example"""
LOR = ("Lorraine Platt", "lorraine.platt@pellwood.example")
DEB = ("Deborah Finch", "deborah.finch@pellwood.example")
RAJ = ("Rajesh Menon", "rajesh.menon@pellwood.example")
EPLOY = ("Castlefield Housing Group", "no-reply@eploy.co.uk")
RECR = "recruitment@castlefieldhousing.example"
MEG = ("Megan Lowe", "megan.lowe@castlefieldhousing.example")
MEG_SIG = """

Megan Lowe
Recruitment Advisor | People Team
Castlefield Housing Group
0161 496 0215
Castlefield Housing Group is a registered society. Please consider the environment before printing this email."""
SUN = ("Sunita Kaur", "sunita.kaur@castlefieldhousing.example")
OWE = ("Owen Pritchard", "owen.pritchard@castlefieldhousing.example")

# 001 Eploy acknowledgement
t = """Dear Aisha,

Thank you for applying for the position of Data & Insight Analyst (ref: CHG0412) with Castlefield Housing Group.

Your application has been received and will be considered once the vacancy closes on Friday 18 September 2026. We aim to let all applicants know the outcome of shortlisting within 10 working days of the closing date.

You can log in to your candidate account at any time to view the status of your application.

If you have any questions about the role, please contact the People Team at recruitment@castlefieldhousing.example.

Kind regards,

People Team
Castlefield Housing Group

This is an automated message, please do not reply to this email."""
m001 = b.add("INBOX", "application-received", "2026-09-03 21:17", TZ, EPLOY,
             "Application received - Data & Insight Analyst (CHG0412)", text=t, html=True,
             reply_to=("", "no-reply@eploy.co.uk"), mid="uuid", mid_domain="eploy.co.uk", proc="castle")
b.timeframe(m001, add_bdays("2026-09-18", 10, "UK"), RECR, True)

# 002 newsletter (look-alike)
t = """JobHarbour Weekly

Nail your next interview with STAR

Situation, Task, Action, Result. Recruiters say the single biggest improvement candidates can make is structuring their answers. This week we break down three real examples from analyst interviews and show what a strong answer sounds like.

Also this week:
- Video interviews: lighting, sound and where to look
- Salary guide 2026: data and analytics roles in the North West
- 1,240 new jobs in Greater Manchester

Read more on jobharbour.example

You are receiving this because you signed up for career tips. Unsubscribe: https://jobharbour.example/u/8842x"""
m = b.add("INBOX", "jobharbour-weekly", "2026-09-05 08:00", TZ, ("JobHarbour", "newsletter@mail.jobharbour.example"),
          "Interview tips: nail the STAR method (and 1,240 new jobs)", text=t, html=True, mid="sendgrid")
b.silent(m, "job-board newsletter with interview tips")

# 003 Callum outreach
t = """Hi Aisha,

Hope you don't mind me reaching out directly - I came across your profile and your Power BI / SQL work at the NHS trust looks like a really strong match for a role I'm recruiting on.

The client is a mid-sized insurer based at Salford Quays (I can share the name once we've had a chat). They're building out a small BI team under a new Head of Data and are after a BI Developer to own their reporting layer. Salary is £55-60k plus a 10% bonus, hybrid with two days a week in the office.

Would you be open to a conversation? If so, could you send over an up-to-date CV and let me know your notice period.

Thanks,
Callum""" + CAL_SIG
m003 = b.add("INBOX", "bi-developer-opportunity", "2026-09-08 10:14", TZ, CAL,
             "BI Developer opportunity - Salford Quays, £55-60k", text=t, mid="outlook", proc="northgate")

# 004 Sent reply with CV
t = """Hi Callum,

Thanks for getting in touch, yes I'd definitely be interested in hearing more. CV attached. My notice period is one month.

Best wishes,
Aisha
07700 900651""" + quote(m003.raw and """Hi Aisha,

Hope you don't mind me reaching out directly - I came across your profile and your Power BI / SQL work at the NHS trust looks like a really strong match for a role I'm recruiting on.
[...]""", "Callum Brady <callum.brady@northgatetalent.example>", "Tue, 8 Sept 2026 at 10:14")
m004 = b.sent("re-bi-developer", "2026-09-08 19:42", "Re: BI Developer opportunity - Salford Quays, £55-60k", t,
              to=[CAL], reply=m003, proc="northgate",
              attach=[("Aisha_Rahman_CV_2026.pdf", "application/pdf", b"%PDF-1.4\n% CV placeholder\n%%EOF\n")])

# 005 Callum: options
t = """Hi Aisha,

Good news - I sent your CV over yesterday and the client (it's Pellwood Insurance, by the way) would like to meet you. First stage is a one-hour chat on Teams with Deborah Finch, their Head of Data, and Rajesh Menon who leads the BI team.

They've offered Tuesday 15th September at either 10:30 or 14:00. Which suits you better?

Cheers,
Callum""" + CAL_SIG
m005 = b.add("INBOX", "pellwood-first-stage", "2026-09-10 09:02", TZ, CAL,
             "RE: BI Developer opportunity - Salford Quays, £55-60k", text=t, reply=m004, mid="outlook", proc="northgate")

# 006 Sent
t = """14:00 would be perfect, thanks Callum!

A

Sent from my iPhone""" + quote("""Hi Aisha,

Good news - I sent your CV over yesterday and the client (it's Pellwood Insurance, by the way) would like to meet you.
[...]
They've offered Tuesday 15th September at either 10:30 or 14:00. Which suits you better?""", "Callum Brady <callum.brady@northgatetalent.example>", "10 Sep 2026, at 09:02")
m006 = b.sent("re-first-stage", "2026-09-10 09:31", "Re: BI Developer opportunity - Salford Quays, £55-60k", t,
              to=[CAL], reply=m005, mid="apple", mid_domain="fastpost.example", proc="northgate")

# 007 Callum confirms -> interview 1 (text)
t = """Brilliant, that's confirmed for Tuesday 15th September at 2pm. Deborah and Rajesh will both be on, and Deborah's EA Lorraine will send the Teams link across in the next day or so.

Expect a mix of "tell me about a dashboard you're proud of" and some fairly detailed DAX/SQL questions - Rajesh likes to go under the bonnet. No tests or prep needed for this one.

Give me a shout if anything comes up.

Callum""" + CAL_SIG
m007 = b.add("INBOX", "pellwood-confirmed", "2026-09-10 11:47", TZ, CAL,
             "RE: BI Developer opportunity - Salford Quays, £55-60k", text=t, reply=m006, mid="outlook", proc="northgate")
b.interview(m007, "2026-09-15 14:00", TZ, [DEB[1], RAJ[1]])

# 008 Teams invite from Lorraine (same slot)
body, ics, uid = teams_invite(b, "2026-09-15 14:00", TZ, 60, "Aisha Rahman - BI Developer interview",
                              LOR, [DEB + ("REQ-PARTICIPANT",), RAJ + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",)],
                              intro="Hi Aisha,\n\nPlease find the Teams link for your conversation with Deborah and Rajesh below.\n\nKind regards,\nLorraine Platt\nExecutive Assistant to the Head of Data | Pellwood Insurance",
                              stamp="20260911T075500Z")
m = b.add("INBOX", "teams-invite", "2026-09-11 08:55", TZ, LOR, "Aisha Rahman - BI Developer interview",
          text=body, html=True, to=[U], cc=[DEB, RAJ], ics=ics, mid="outlook", cte="quoted-printable",
          headers=exch_headers(b, "Aisha Rahman - BI Developer interview"), proc="northgate")

# 009 Callum after interview
t = """Hi Aisha, how did you get on this afternoon? Give me a ring when you're free, or just drop me a line if easier.

Callum

Sent from Outlook for iOS"""
m009 = b.add("INBOX", "how-did-it-go", "2026-09-15 16:20", TZ, CAL, "Pellwood - how did it go?", text=t,
             mid="outlook", proc="northgate")

# 010 Sent short reply
t = """Hi Callum, I think it went well! Rajesh's questions were tough but fair and Deborah talked a lot about what they'd want in the first 90 days, which felt like a good sign. Happy to chat tomorrow morning if that's easier.

Aisha""" + quote("Hi Aisha, how did you get on this afternoon? Give me a ring when you're free, or just drop me a line if easier.", "Callum Brady", "Tue, 15 Sept 2026 at 16:20")
m010 = b.sent("re-how-did-it-go", "2026-09-15 17:05", "Re: Pellwood - how did it go?", t, to=[CAL], reply=m009, proc="northgate")

# 011 second stage options
t = """Morning Aisha,

Really positive feedback from Deborah - she liked how you talked about getting stakeholders to actually use the reports, and Rajesh was happy with the technical side.

They'd like you to come in for a second and final stage at their office in Salford. It'll be a 20 minute presentation (brief to follow - it'll be a sample dataset and you present what you'd do with it) followed by questions. Graham Whitlock, their CTO, will join Deborah, plus Yvonne Ashby from HR.

They've suggested Monday 28th or Tuesday 29th, mornings only. Let me know what works and I'll lock it in.

Thanks,
Callum""" + CAL_SIG
m011 = b.add("INBOX", "pellwood-second-stage", "2026-09-17 12:05", TZ, CAL, "Pellwood - second stage!",
             text=t, mid="outlook", proc="northgate")

# 012 Sent
t = """Hi Callum,

That's great to hear, thank you. Tuesday 29th would be best - any time from 9:30 onwards.

Best,
Aisha""" + quote("""They've suggested Monday 28th or Tuesday 29th, mornings only. Let me know what works and I'll lock it in.""", "Callum Brady <callum.brady@northgatetalent.example>", "Thu, 17 Sept 2026 at 12:05")
m012 = b.sent("re-second-stage", "2026-09-17 12:40", "Re: Pellwood - second stage!", t, to=[CAL], reply=m011, proc="northgate")

# 013 confirm -> interview 2 (text, names only except Deborah)
t = """Hi Aisha,

All booked: Tuesday 29th September at half nine, Pellwood House, 2 Anchorage Quay, Salford M50 3XE. Ask for Deborah at reception on the ground floor - visitor parking is at the back of the building if you're driving.

Panel is Deborah Finch, Graham Whitlock (CTO) and Yvonne Ashby (HR Business Partner). Allow about 90 minutes in total.

I've attached the presentation brief and the dataset. Any questions on it, just ask.

Good luck - I think you're in a strong position.

Callum""" + CAL_SIG
m013 = b.add("INBOX", "second-stage-booked", "2026-09-18 10:10", TZ, CAL, "RE: Pellwood - second stage!",
             text=t, reply=m012, mid="outlook", proc="northgate",
             attach=[("Pellwood_BI_presentation_brief.pdf", "application/pdf", b"%PDF-1.4\n% brief placeholder\n%%EOF\n")])
b.interview(m013, "2026-09-29 09:30", TZ, [DEB[1], "name:Graham Whitlock", "name:Yvonne Ashby"])

# 014 job alert from agency (look-alike)
t = """New roles matching your search: "BI Developer" - Manchester

- Senior BI Analyst, retail, Trafford Park - £48-52k
- Analytics Engineer (dbt), fintech, Manchester city centre - £60-70k
- Reporting Analyst, 12-month FTC, Stockport - £38k

View all roles at northgatetalent.example/jobs

You're receiving this alert because you registered with Northgate Talent. Manage alerts | Unsubscribe"""
m = b.add("INBOX", "job-alert", "2026-09-22 07:30", TZ, ("Northgate Talent Jobs", "alerts@northgatetalent.example"),
          "3 new roles matching \"BI Developer\"", text=t, html=True, mid="sendgrid")
b.silent(m, "agency job alert, not about the user's applications")

# 015 Eploy shortlisted (HTML only)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#00594f;padding:16px;color:#fff;font-size:18px">Castlefield Housing Group</td></tr>
<tr><td style="padding:20px">
<p>Dear Aisha,</p>
<p>Thank you for your application for <strong>Data &amp; Insight Analyst (CHG0412)</strong>. We are pleased to let you know that you have been shortlisted for interview.</p>
<p>Interviews will be held on Microsoft Teams during the week commencing 5 October 2026. Please use the link below to choose a time that suits you. Slots are allocated on a first come, first served basis.</p>
<p><a href="https://castlefieldhousing.eploy.example/interviews/book?token=Qx81Vb2">Book your interview slot</a></p>
<p>Kind regards,<br>People Team</p>
<p style="font-size:11px;color:#777">This is an automated message, please do not reply to this email.</p>
</td></tr></table></body></html>
"""
m015 = b.add("INBOX", "shortlisted", "2026-09-24 13:30", TZ, EPLOY, "You have been shortlisted - Data & Insight Analyst",
             html=h, mid="uuid", mid_domain="eploy.co.uk", proc="castle")

# 016 Eploy booking confirmed -> interview 3 (text), later moved in text
t = """Dear Aisha,

Your interview has been booked. Details are below.

Vacancy: Data & Insight Analyst (CHG0412)
Date: Thursday 8 October 2026
Time: 11:00 - 12:00
Location: Microsoft Teams (a link will be sent by the panel)
Panel: Sunita Kaur (Head of Insight & Performance), Owen Pritchard (Data Engineer)

The interview will include a short SQL exercise, which you will be asked to talk through on screen share.

If you need any adjustments for your interview, please contact recruitment@castlefieldhousing.example.

Kind regards,
People Team
Castlefield Housing Group"""
m016 = b.add("INBOX", "interview-booked", "2026-09-24 19:02", TZ, EPLOY, "Interview confirmation - Data & Insight Analyst",
             text=t, html=True, mid="uuid", mid_domain="eploy.co.uk", proc="castle")
b.interview(m016, "2026-10-14 14:00", TZ, [SUN[1], OWE[1]], moved_by_text=True)

# 017 Callum: feedback promised by Friday (unanswered)
t = """Hi Aisha,

Thanks for going in this morning - Deborah dropped me a quick note to say thanks and that the presentation went down well with Graham.

They've got one more candidate to see tomorrow, and the client has promised feedback by Friday. I'll chase them on Thursday if I haven't heard anything.

Speak soon,
Callum""" + CAL_SIG
m017 = b.add("INBOX", "after-final", "2026-09-29 15:40", TZ, CAL, "Pellwood - today", text=t, mid="outlook", proc="northgate")
b.timeframe(m017, "2026-10-02", CAL[1], False)

# 018 Megan: interview cancelled, re-book options
t = """Hi Aisha,

I'm really sorry to do this at short notice, but we need to cancel your interview on Thursday 8 October. One of the panel members is off sick this week and we'd rather not interview without them.

Could you do either of these instead?

- Wednesday 14 October, 2pm
- Friday 16 October, 10am

Apologies again for the inconvenience.

Kind regards,
Megan""" + MEG_SIG
m018 = b.add("INBOX", "interview-moved", "2026-10-06 09:00", TZ, MEG,
             "Your interview on Thursday - change needed", text=t, mid="outlook", proc="castle")

# 019 Sent
t = """Hi Megan,

No problem at all, I hope Owen feels better soon. Wednesday 14th at 2pm works well for me.

Kind regards,
Aisha Rahman""" + quote("""Could you do either of these instead?

- Wednesday 14 October, 2pm
- Friday 16 October, 10am""", "Megan Lowe <megan.lowe@castlefieldhousing.example>", "Tue, 6 Oct 2026 at 09:00")
m019 = b.sent("re-interview-moved", "2026-10-06 10:12", "Re: Your interview on Thursday - change needed", t,
              to=[MEG], reply=m018, proc="castle")

# 020 Megan re-books in text
t = """Thanks Aisha, that's you booked in for Wednesday 14 October at 2pm, still on Teams and with the same panel. Sunita will send a fresh invite.

Megan""" + MEG_SIG
m020 = b.add("INBOX", "rebooked", "2026-10-06 11:05", TZ, MEG, "RE: Your interview on Thursday - change needed",
             text=t, reply=m019, mid="outlook", proc="castle")

# 021 Teams invite from Sunita (new slot)
body, ics, uid = teams_invite(b, "2026-10-14 14:00", TZ, 60, "Interview: Data & Insight Analyst - Aisha Rahman",
                              SUN, [OWE + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",), MEG + ("OPT-PARTICIPANT",)],
                              stamp="20261007082000Z"[:8] + "T082000Z")
m = b.add("INBOX", "teams-invite-castlefield", "2026-10-07 09:20", TZ, SUN,
          "Interview: Data & Insight Analyst - Aisha Rahman", text=body, html=True, to=[U, OWE], cc=[MEG],
          ics=ics, mid="outlook", headers=exch_headers(b, "Interview: Data & Insight Analyst - Aisha Rahman"), proc="castle")

# 022 Callum relays rejection (late, after the promised Friday)
t = """Hi Aisha,

Sorry it's taken longer than promised to come back to you - Pellwood were slow getting everyone together to make a decision.

Unfortunately it's not good news this time. They've decided to offer the role to the other final-stage candidate, who has a lot of experience with the Guidewire data model they run on. Deborah was keen to stress it was very close, and she said your presentation was the best structured of the lot.

I know that's frustrating to hear. I'd really like to keep working with you though - I've got a couple of other clients who I think would suit you, and I'll be in touch next week.

Best,
Callum""" + CAL_SIG
m022 = b.add("INBOX", "pellwood-outcome", "2026-10-09 16:50", TZ, CAL, "Pellwood - update", text=t, mid="outlook", proc="northgate")
b.rejection(m022, CAL[1])

# 023 Eploy reminder (no ics)
t = """Dear Aisha,

This is a reminder that your interview for Data & Insight Analyst (CHG0412) is scheduled for tomorrow, Wednesday 14 October 2026, at 14:00.

Please make sure you have a quiet space and a working camera and microphone.

Kind regards,
People Team
Castlefield Housing Group

This is an automated message, please do not reply to this email."""
b.add("INBOX", "interview-reminder", "2026-10-13 10:00", TZ, EPLOY, "Reminder: your interview tomorrow",
      text=t, mid="uuid", mid_domain="eploy.co.uk", proc="castle")

# 024 Megan: decision by Tuesday 20th
t = """Hi Aisha,

Thank you for taking the time to interview with Sunita and Owen this afternoon.

We have two more candidates to see tomorrow, and we'll be letting everyone know the outcome by Tuesday 20th October.

Kind regards,
Megan""" + MEG_SIG
m024 = b.add("INBOX", "thanks-for-interviewing", "2026-10-14 16:45", TZ, MEG, "Data & Insight Analyst - next steps",
             text=t, mid="outlook", proc="castle")
b.timeframe(m024, "2026-10-20", MEG[1], True)

# 025 offer
t = """Dear Aisha,

I'm delighted to let you know that the panel would like to offer you the position of Data & Insight Analyst at Castlefield Housing Group.

The offer is for a permanent, full-time post at a starting salary of £47,500 per annum, with 27 days' annual leave plus bank holidays and an 8% employer pension contribution. Your formal offer letter and contract will be issued through your candidate account within the next couple of days, subject to references.

Sunita said she was particularly impressed with how you explained your approach to the SQL exercise.

Please let me know if you have any questions, or if you'd like a call to talk anything through.

Congratulations!

Megan""" + MEG_SIG
m025 = b.add("INBOX", "offer", "2026-10-19 15:10", TZ, MEG, "Offer of employment - Data & Insight Analyst",
             text=t, mid="outlook", proc="castle")
b.offer(m025)

# 026 Sent
t = """Dear Megan,

Thank you so much, that's wonderful news! Please pass on my thanks to Sunita and Owen.

I'll look out for the letter and contract. Could I have until the end of the week to read everything through before I formally accept?

Kind regards,
Aisha""" + quote("""I'm delighted to let you know that the panel would like to offer you the position of Data & Insight Analyst at Castlefield Housing Group.
[...]""", "Megan Lowe <megan.lowe@castlefieldhousing.example>", "Mon, 19 Oct 2026 at 15:10")
b.sent("re-offer", "2026-10-19 20:05", "Re: Offer of employment - Data & Insight Analyst", t, to=[MEG], reply=m025, proc="castle")

# 027 noise: train ticket
t = """Your tickets are ready

Manchester Piccadilly to London Euston
Saturday 24 October 2026, 08:15
1 Adult, Advance Single, Standard

Order reference: TRX-77Q4-KD2

Collect your tickets in the app."""
b.add("INBOX", "train-tickets", "2026-10-20 21:30", TZ, ("RailHop", "tickets@railhop.example"),
      "Your RailHop tickets: Manchester Piccadilly to London Euston", text=t, html=True, mid="ses")

b.write()
