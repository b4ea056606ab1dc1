"""m02: UK Band 7 MSK physiotherapist, NHS Jobs, three stages (phone call 2-4, panel with presentation,
observed practical), late gentle rejection after an unanswered date."""
from common import *

TZ = "Europe/London"
U = ("Rhiannon Pryce-Evans", "rhiannon.pryce.evans@mailhub.example")
b = Box("m02-westmere-physio", U, TZ, "2026-09-10T08:00:00+01:00", "2026-12-14T18:00:00+00:00",
        langs=["en", "cy"], country="UK",
        notes="UK healthcare: NHS Jobs, telephone screen in a 2-4pm window, in-person panel with presentation, observed practical, late rejection")

LEAD = ("Oluwaseun Adebayo-Clarke", "oluwaseun.adebayo-clarke@wcht.example")
GARETH = ("Gareth Llewellyn-Shaw", "gareth.llewellyn-shaw@wcht.example")
ADMIN = ("Jodie Harcourt", "jodie.harcourt@wcht.example")
NHSJ = ("NHS Jobs", "no-reply@jobs.nhs.uk")

LEAD_SIG = """Seun Adebayo-Clarke
Clinical Lead - MSK Physiotherapy
Westmere and Calder Hospitals NHS Foundation Trust
Calder Wing, Westmere General Hospital
Tel: 01632 960 417 | Ext 4417"""

# 001 Sent informal enquiry
t1 = """Dear Mr Adebayo-Clarke,

I'm a Band 6 rotational physiotherapist at Harrowgate District Hospital and I'm planning to apply for the Band 7 MSK Physiotherapist post (ref 291-MSK-7741). The advert mentions that informal enquiries are welcome, so I hope you don't mind a couple of questions:

1. Is the first contact practitioner work in GP surgeries part of the role from the start, or something the post-holder would grow into?
2. Would I be expected to have completed the injection therapy course already?

Thank you very much for your time.

Kind regards,
Rhiannon Pryce-Evans
MCSP, HCPC PH128840"""
s1 = b.sent("informal-enquiry", "2026-09-14 19:42", "Informal enquiry - Band 7 MSK Physiotherapist (291-MSK-7741)", t1, to=[LEAD])

# 002 lead answers
t = f"""Hi Rhiannon,

Thanks for getting in touch, and please call me Seun.

1. FCP is part of it from day one - two sessions a week at Brookvale and Lantern Lane surgeries, with a supervision block for the first three months.
2. No, not essential. We'd support you through the course in the first year if you don't have it.

No need for a visit unless you'd like one. Good luck with the application - the closing date is the 25th.

Best wishes,
{LEAD_SIG}""" + quote(t1, "Rhiannon Pryce-Evans <rhiannon.pryce.evans@mailhub.example>", "14 Sept 2026, at 19:42")
r2 = b.add("INBOX", "re-informal-enquiry", "2026-09-15 12:58", TZ, LEAD,
           "RE: Informal enquiry - Band 7 MSK Physiotherapist (291-MSK-7741)", text=t, reply=s1, mid="outlook")

# 003 NHS Jobs submitted: explicit shortlisting date
t3 = """Dear Rhiannon Pryce-Evans

Application submitted

Thank you for applying for the following job:

Job title: Physiotherapist - MSK (Band 7)
Employer: Westmere and Calder Hospitals NHS Foundation Trust
Job reference: 291-MSK-7741
Closing date: 25 September 2026

What happens next
The recruiting team will review all applications after the closing date. Shortlisting is expected to be completed by 2 October 2026. If you are shortlisted, you will be contacted with details of the next stage.

For questions about this job, contact: Oluwaseun Adebayo-Clarke, Clinical Lead, oluwaseun.adebayo-clarke@wcht.example, 01632 960 417

This is an automated message from NHS Jobs. Do not reply to this email."""
r3 = b.add("INBOX", "nhs-jobs-submitted", "2026-09-18 21:10", TZ, NHSJ, "Application submitted: Physiotherapist - MSK (Band 7)",
           text=t3, html=system_html("NHS Jobs", "#005eb8", "Application submitted", t3.split("\n\n", 2)[2].rsplit("\n\n", 1)[0],
                                     "This is an automated message from NHS Jobs. Do not reply to this email."),
           mid="uuid", mid_domain="jobs.nhs.uk")
b.timeframe(r3, "2026-10-02", LEAD[1], True)

# 004 look-alike: professional body newsletter
t = """Frontline Extra - your weekly round-up

* Interview season: how to talk about your CPD portfolio without reading it out
* New guidance on FCP roles in primary care
* Members' discount on the Spring MSK conference

Read online: https://physio-society.example/frontline/2026-09-22

You are receiving this because you are a member. Manage preferences: https://physio-society.example/prefs"""
m = b.add("INBOX", "frontline-newsletter", "2026-09-22 06:30", TZ, ("Frontline Extra", "frontline@physio-society.example"),
          "Interview season: talking about your CPD portfolio", text=t,
          html=system_html("Frontline Extra", "#4b2e83", "Your weekly round-up", t, "Manage preferences: https://physio-society.example/prefs"),
          mid="sendgrid")
b.silent(m, "professional newsletter with interview tips")

# 005 lead: shortlisted, phone screen between 2 and 4
t5 = f"""Hi Rhiannon,

Good news - you've been shortlisted for the Band 7 MSK post.

Before the formal interviews we do a short telephone conversation with each shortlisted candidate (20 minutes or so, mainly about your caseload and your thoughts on FCP). Gareth Llewellyn-Shaw, our Band 8a Advanced Practitioner, will ring you on Wednesday 7 October, some time between 2 and 4pm. He'll use the mobile number on your application. If that afternoon is impossible, just let me know.

Gareth is copied in.

Best wishes,
{LEAD_SIG}"""
r5 = b.add("INBOX", "shortlisted-phone-call", "2026-09-30 16:21", TZ, LEAD, "Band 7 MSK - shortlisted / telephone conversation",
           text=t5, cc=[GARETH], mid="outlook")
b.interview(r5, "2026-10-07 14:00", TZ, [GARETH[1]], source="text")

# 006 Sent iPhone: fine
t = "Hi Seun, that's great news, thank you! Wednesday afternoon is fine - I'll swap my 3 o'clock so I'm free.\n\nRhiannon\n\nSent from my iPhone" + quote(
    t5, "Oluwaseun Adebayo-Clarke <oluwaseun.adebayo-clarke@wcht.example>", "30 Sep 2026, at 16:21")
b.sent("re-shortlisted", "2026-09-30 18:05", "Re: Band 7 MSK - shortlisted / telephone conversation", t,
       to=[LEAD], cc=[GARETH], reply=r5, mid="apple")

# 007 family noise in Welsh
t = """Haia cariad,

Wyt ti'n dod adre dydd Sul? Mae Dad yn gwneud cinio rhost ac mae Nain eisiau gweld lluniau o'r fflat newydd.

Cofion,
Mam x"""
b.add("INBOX", "mam-dydd-sul", "2026-10-02 20:11", TZ, ("Gwenllian Pryce", "gwen.pryce@mailhub.example"), "Dydd Sul?", text=t)

# 008 Gareth after the call: within 5 working days
t8 = """Hi Rhiannon,

Thanks for your time on the phone this afternoon - really enjoyed hearing about the hip and knee class you set up.

We're finishing the calls tomorrow. We'll confirm formal interview invitations within 5 working days, and those will come through NHS Jobs.

Cheers,
Gareth

Gareth Llewellyn-Shaw
Advanced Practitioner Physiotherapist (MSK) - Band 8a
Westmere and Calder Hospitals NHS FT
Mob: 07700 900 381"""
r8 = b.add("INBOX", "after-phone-call", "2026-10-07 16:44", TZ, GARETH, "Thanks for today", text=t8, mid="outlook")
b.timeframe(r8, add_bdays("2026-10-07", 5, "UK"), GARETH[1], True)

# 009 NHS Jobs interview invitation (text, date/time lines, panel names)
t9 = """Dear Rhiannon Pryce-Evans

Invitation to interview

Job title: Physiotherapist - MSK (Band 7)
Job reference: 291-MSK-7741
Employer: Westmere and Calder Hospitals NHS Foundation Trust

Date: Thursday 22 October 2026
Time: 10:30
Location: Physiotherapy Department, Level 2, Calder Wing, Westmere General Hospital, Infirmary Road, Westmere WM4 7QT

Format: a 10-minute presentation followed by a panel interview (about 45 minutes in total).
Presentation title: "Developing a first contact practitioner pathway for MSK patients in primary care". You may bring up to 5 slides on a memory stick.

Interview panel:
Mr Oluwaseun Adebayo-Clarke, Clinical Lead - MSK Physiotherapy (Chair)
Ms Fiona McTavish, Head of Therapy Services
Dr Priyanka Raman-Hughes, Consultant Rheumatologist

Please bring photo ID, proof of your right to work in the UK and your HCPC registration.

Confirm your attendance in your NHS Jobs account. If you need to discuss the arrangements, contact Oluwaseun Adebayo-Clarke on 01632 960 417.

This is an automated message from NHS Jobs. Do not reply to this email."""
r9 = b.add("INBOX", "nhs-jobs-interview", "2026-10-12 11:03", TZ, NHSJ, "Invitation to interview: Physiotherapist - MSK (Band 7)",
           text=t9, html=system_html("NHS Jobs", "#005eb8", "Invitation to interview", t9.split("\n\n", 2)[2].rsplit("\n\n", 1)[0],
                                     "This is an automated message from NHS Jobs. Do not reply to this email."),
           mid="uuid", mid_domain="jobs.nhs.uk")
b.interview(r9, "2026-10-22 13:45", TZ, [LEAD[1], "name:Fiona McTavish", "name:Priyanka Raman-Hughes"], source="text", moved_by_text=True)

# 010 Sent: ask for a later slot
t10 = """Hi Seun,

Thank you so much for the interview invitation - I've confirmed on NHS Jobs. I'm sorry to ask, but is there any chance of an afternoon slot on the 22nd? I'm the only physio covering the community list that morning and it's very hard to find cover at short notice. If it's not possible I'll make 10:30 work.

Thanks,
Rhiannon"""
s10 = b.sent("later-slot", "2026-10-12 19:30", "Interview 22 October - possible afternoon slot?", t10, to=[LEAD])

# 011 lead moves it to 13:45 (text)
t = f"""Hi Rhiannon,

No problem at all - we've got a 13:45 slot after lunch, so I've moved you to that. Same place, same panel. You don't need to do anything on NHS Jobs, I've made a note.

Best wishes,
Seun""" + quote(t10, "Rhiannon Pryce-Evans", "12 October 2026 19:30")
r11 = b.add("INBOX", "re-later-slot", "2026-10-13 08:37", TZ, LEAD, "RE: Interview 22 October - possible afternoon slot?",
            text=t, reply=s10, mid="outlook")

# 012 admin reminder
t = """Dear Rhiannon,

Just a reminder that your interview is this Thursday at 13:45. Please report to the Calder Wing reception on Level 2 about ten minutes early. Visitor parking is in Car Park B (pay on exit); we're afraid we can't validate tickets.

Kind regards,
Jodie Harcourt
Therapies Administrator
01632 960 400"""
b.add("INBOX", "interview-reminder", "2026-10-19 14:25", TZ, ADMIN, "Interview reminder - Thursday 22 October", text=t, mid="outlook")

# 013 lead: through to final stage, practical (text)
t13 = f"""Hi Rhiannon,

Thank you for coming in yesterday - the panel were really impressed with your presentation, especially the triage flowchart.

I'm pleased to say we'd like to invite you to the final stage. This is a short observed practical: you'll carry out a new-patient MSK assessment with a volunteer patient (a colleague playing the part) and then talk it through with the assessors. It takes about 40 minutes.

When: Tuesday 3 November at 9am
Where: MSK Outpatients, Ground Floor, Calder Wing
Assessors: Gareth Llewellyn-Shaw and Bethan Morgan-Day (Band 7, MSK)

Jodie will send a calendar invite. Please wear clinical uniform or smart casual clothes you can demonstrate in.

Best wishes,
{LEAD_SIG}"""
r13 = b.add("INBOX", "final-stage", "2026-10-23 15:52", TZ, LEAD, "Band 7 MSK - final stage", text=t13, cc=[GARETH], mid="outlook")
b.interview(r13, "2026-11-03 09:00", TZ, [GARETH[1], "bethan.morgan-day@wcht.example"], source="text")

# 014 Outlook invite for the same slot (Windows TZID)
t14 = """Observed practical assessment - Band 7 MSK (Rhiannon Pryce-Evans)
Please report to MSK Outpatients reception, Ground Floor, Calder Wing, at 08:50."""
ev = Event("040000008200E00074C5B7101A82E0080000000040A1E7C7E063DC010000000000000000100000004A5E9C12",
           "2026-11-03 09:00", TZ, 40, summary="Observed practical - Band 7 MSK (R Pryce-Evans)", organizer=ADMIN,
           attendees=[(U[0], U[1]), (GARETH[0], GARETH[1]), ("Bethan Morgan-Day", "bethan.morgan-day@wcht.example", "OPT-PARTICIPANT")],
           location="MSK Outpatients, Ground Floor, Calder Wing, Westmere General Hospital", description=t14,
           stamp="20261026T101204Z")
ics = calendar("REQUEST", [ev], prodid=EXCHANGE_PRODID, tzstyle="windows")
b.add("INBOX", "practical-invite", "2026-10-26 10:12", TZ, ADMIN, "Observed practical - Band 7 MSK (R Pryce-Evans)",
      text=t14, html=outlook_html(t14), ics=ics, mid="outlook",
      headers=outlook_headers(b, "Observed practical - Band 7 MSK (R Pryce-Evans)"))

# 015 look-alike: NHS Jobs alert
t = """Dear Rhiannon Pryce-Evans

3 new jobs match your saved search "physiotherapist band 7":

Physiotherapist - Neurology (Band 7), Calderbrook Community Health NHS Trust
Advanced Physiotherapist - MSK (Band 7), Northfold Integrated Care
Clinical Specialist Physiotherapist - Respiratory (Band 7), Harrowgate District Hospital

View jobs: https://www.jobs.nhs.uk/candidate/search

This is an automated message from NHS Jobs. Do not reply to this email."""
m = b.add("INBOX", "nhs-jobs-alert", "2026-10-28 07:02", TZ, NHSJ, "New jobs matching your saved search", text=t,
          html=system_html("NHS Jobs", "#005eb8", "New jobs for you", t, "This is an automated message from NHS Jobs."),
          mid="uuid", mid_domain="jobs.nhs.uk")
b.silent(m, "a job alert, not a process")

# 016 Gareth after the practical: decision by Friday 20 November
t16 = """Hi Rhiannon,

Thanks for this morning, that was a really thorough assessment.

We've got two more candidates to see next week because of annual leave on the panel, so it'll be a little while. Seun has asked me to let everyone know that we aim to tell all candidates the outcome by Friday 20 November.

All the best,
Gareth"""
r16 = b.add("INBOX", "after-practical", "2026-11-03 12:48", TZ, GARETH, "This morning", text=t16, mid="outlook")
b.timeframe(r16, "2026-11-20", GARETH[1], False)

# 017 look-alike: bank shift offer
t = """Harrowgate District Hospital - Staff Bank

New shift offer
Ward/Dept: Physiotherapy - Orthopaedic Wards
Date: Saturday 14 November 2026, 08:00-16:00
Grade: Band 6

Accept or decline in the StaffBank app before 18:00 on 10 November. Offers are allocated on a first-come basis.

Harrowgate Staff Bank Office"""
m = b.add("INBOX", "bank-shift-offer", "2026-11-09 09:15", TZ, ("Harrowgate Staff Bank", "staffbank@harrowgate-hospital.example"),
          "New shift offer: Sat 14 Nov - Physiotherapy", text=t, mid="sendgrid")
b.silent(m, "a bank shift 'offer' at the current employer, not a job offer")

# 018 current manager noise
t = """Rhi - can you cover Mrs Okoro's home visit on Thursday 26th? Dafydd's off sick. Let me know.

Thanks
Karen

Karen Blythe
Physiotherapy Team Lead
Harrowgate District Hospital"""
b.add("INBOX", "cover-request", "2026-11-17 13:02", TZ, ("Karen Blythe", "karen.blythe@harrowgate-hospital.example"),
      "Home visit cover Thurs", text=t, mid="outlook")

# 019 late gentle rejection from the lead (human)
t19 = f"""Dear Rhiannon,

I'm so sorry this has taken longer than we promised - two of the panel were off with the flu and we couldn't sit down together until Wednesday.

Thank you again for everything you put into the process. It was genuinely one of the closest decisions I've been part of, and I'm sorry to tell you that on this occasion we have offered the post to another candidate, who has a little more first contact practitioner experience.

Your presentation was the strongest we saw, and Gareth and Bethan both commented on how calm and thorough your assessment was. I would very much like to give you some feedback by phone if that would be useful, and I hope you'll consider applying again - we expect to advertise a second Band 7 post in the spring.

With best wishes,
{LEAD_SIG}"""
r19 = b.add("INBOX", "outcome", "2026-11-27 16:35", TZ, LEAD, "Band 7 MSK Physiotherapist - outcome", text=t19, mid="outlook")
b.rejection(r19, LEAD[1])

# 020 NHS Jobs status update (no-reply, same outcome)
t = """Dear Rhiannon Pryce-Evans

Your application for Physiotherapist - MSK (Band 7), job reference 291-MSK-7741, has been updated.

Status: Unsuccessful after interview

Sign in to NHS Jobs to see your applications.

This is an automated message from NHS Jobs. Do not reply to this email."""
b.add("INBOX", "nhs-jobs-status", "2026-11-30 09:00", TZ, NHSJ, "Your application has been updated", text=t,
      html=system_html("NHS Jobs", "#005eb8", "Application update", t, "This is an automated message from NHS Jobs."),
      mid="uuid", mid_domain="jobs.nhs.uk")

# 021 friend noise
t = "Rhi!! Secret Santa draw is done, you've got Tomos, £15 limit. Don't tell anyone x\n\nCatrin"
b.add("INBOX", "secret-santa", "2026-12-03 22:41", TZ, ("Catrin Vaughan", "catrin.v@mailhub.example"), "Secret Santa 🎅", text=t)

b.write()
