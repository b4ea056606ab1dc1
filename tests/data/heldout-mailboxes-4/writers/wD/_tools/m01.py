"""m01: staff nurse in Dublin. One process: LinkedIn application -> panel letter -> conditional offer."""
from common import *  # noqa

TZ = "Europe/Dublin"
U = ("Niamh Gallagher", "niamh.gallagher@eirmail.example")
b = Box("", "m01-mountcarrow-staff-nurse", U, TZ, "2026-09-02T08:00:00+01:00", "2026-12-14T18:00:00+00:00",
        langs=("en",), country="IE",
        notes="Irish staff nurse; hospital HR letters; panel partly name-only")

LI = ("LinkedIn", "jobs-noreply@linkedin.com")
HR = ("Gráinne Moloney", "gmoloney@mountcarrow.example")
KD = ("Kieran Doherty", "kieran.doherty@mountcarrow.example")
CIARA = ("Ciara Gallagher", "ciaragallagher88@gmail.example")
SIG_HR = """Kind regards,

Gráinne Moloney
HR Officer – Recruitment & Selection
Human Resources Department
Mount Carrow Hospital, Carrow Road, Dublin 9, D09 X2K7
T: +353 1 555 0182 | E: gmoloney@mountcarrow.example"""

# 001 LinkedIn application receipt (HTML only)
b.add("INBOX", "linkedin-application-sent", "2026-09-02 20:14", "UTC", LI,
      "Niamh, your application was sent to Mount Carrow Hospital",
      html=sys_html("LinkedIn", [
          "Your application was sent to Mount Carrow Hospital",
          "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:8px 0;font-size:16px;font-weight:bold\">Staff Nurse – Surgical Ward (St Anne's Unit)</td></tr>"
          "<tr><td style=\"color:#56687a\">Mount Carrow Hospital · Dublin 9, County Dublin, Ireland (On-site)</td></tr>"
          "<tr><td style=\"color:#56687a\">Applied on 2 September 2026</td></tr></table>",
          "Now, take these steps to stand out:",
          "• Check that your profile is up to date\n• Message the job poster\n• Set up job alerts for similar roles",
          "<a href=\"https://www.linkedin.com/jobs/view/40211873?trk=eml-jobs_application_sent\" style=\"background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none\">View job</a>",
      ], ["This email was intended for Niamh Gallagher (Staff Nurse at Beaumont Lane Nursing Home). You are receiving job application emails.",
          "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.",
          "Unsubscribe · Help"]),
      mid="plain", mid_domain="linkedin.com",
      headers=["X-LinkedIn-Class: JOBS-APPLICATION", "X-LinkedIn-Template: jobs_applicant_applied"])

# 002 hospital ATS acknowledgement (no timeframe)
ack = """Dear Niamh,

Thank you for your application for the post of Staff Nurse – Surgical (St Anne's Unit), reference MCH-2026-114.

The closing date for this competition is Friday 18 September 2026. Shortlisting will take place after the closing date and only candidates who are shortlisted will be contacted. Please check your junk/spam folder regularly as correspondence will issue by email.

Mount Carrow Hospital is an equal opportunities employer.

Recruitment Team
Mount Carrow Hospital

This is an automated message from an unmonitored mailbox. Please do not reply."""
b.add("INBOX", "application-acknowledgement", "2026-09-04 10:02", TZ,
      ("Mount Carrow Hospital Recruitment", "noreply@careers.mountcarrow.example"),
      "Application received – Staff Nurse – Surgical (MCH-2026-114)", text=ack,
      html=html_from_text(ack), mid="uuid", mid_domain="careers.mountcarrow.example")

# 003 job alert digest
m = b.add("INBOX", "linkedin-job-alert", "2026-09-07 06:31", "UTC", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
          "\u201cstaff nurse\u201d: 14 new jobs in Dublin",
          html=sys_html("LinkedIn", [
              "Your job alert for staff nurse in Dublin, County Dublin, Ireland",
              "14 new jobs match your preferences.",
              "<b>Clinical Nurse Manager 1 – Theatre</b><br>Ridgeview Clinic · Dublin 15<br><span style=\"color:#057642\">Actively recruiting</span>",
              "<b>Staff Nurse – Night Duty</b><br>Oakfield Care Group · Swords<br>Easy Apply",
              "<b>Registered General Nurse (RGN)</b><br>Liffey Valley Homecare · Dublin 22<br>2 connections work here",
              "<a href=\"https://www.linkedin.com/jobs/search/?alertId=771\">See all jobs</a>",
          ], ["You are receiving Job Alert emails. Manage job alerts · Unsubscribe",
              "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]),
          mid="plain", mid_domain="linkedin.com")
b.silent(m, "job-alert digest")

# 004 sister
b.add("INBOX", "ciara-saturday", "2026-09-11 13:22", TZ, CIARA, "sat",
      text="hiya, are we still on for Saturday? Mam wants to do the carvery in the Grove at 1. I can collect you if the car is still banjaxed\n\nC x\n\nSent from my iPhone",
      mid="apple", mid_domain="gmail.example")

# 005 interview letter
letter = f"""Dear Ms Gallagher,

Re: Staff Nurse – Surgical (St Anne's Unit), Competition Ref MCH-2026-114

Further to your recent application, I am pleased to advise that you have been shortlisted for interview for the above post.

Your interview will take place as follows:

Date: Thursday 1 October 2026
Time: 11.15am
Venue: Boardroom, 2nd Floor, Administration Building, Mount Carrow Hospital, Carrow Road, Dublin 9

The interview panel will be:
Ms Bernadette Hyland, Director of Nursing
Mr Kieran Doherty, Clinical Nurse Manager 2, Surgical Directorate
Ms Gráinne Moloney, HR Officer

The interview will last approximately 30 minutes and will be competency based. Please bring the following original documents with you: photographic ID (passport or driving licence), your current NMBI registration, and two copies of your nursing qualifications.

Should you have any queries about the post itself before the interview, Mr Doherty can be contacted at kieran.doherty@mountcarrow.example.

I would be grateful if you could confirm your attendance by return email.

{SIG_HR}"""
m5 = b.add("INBOX", "interview-invitation", "2026-09-22 11:40", TZ, HR,
           "Interview – Staff Nurse – Surgical (MCH-2026-114)", text=letter, html=word_html(letter),
           mid="outlook", headers=outlook_headers(b, hdr_text("Interview – Staff Nurse – Surgical (MCH-2026-114)")))
b.interview(m5, "2026-10-01 11:15", TZ,
            ["name:Bernadette Hyland", "kieran.doherty@mountcarrow.example", "gmoloney@mountcarrow.example"])

# 006 confirm from phone
m6 = b.sent("confirm-attendance", "2026-09-22 20:31", "RE: Interview – Staff Nurse – Surgical (MCH-2026-114)",
            "Dear Gráinne,\n\nThank you for your email. I am delighted to confirm that I will attend for interview on Thursday 1st October at 11.15am.\n\nKind regards,\nNiamh Gallagher" + IPHONE
            + quote(letter, "Gráinne Moloney <gmoloney@mountcarrow.example>", "22 Sep 2026, at 11:40"),
            [HR], reply=m5, mid="apple", mid_domain="eirmail.example")

# 007 noted
m7 = b.add("INBOX", "attendance-noted", "2026-09-23 09:05", TZ, HR,
           "RE: Interview – Staff Nurse – Surgical (MCH-2026-114)",
           text="Thanks Niamh, that's noted.\n\nKind regards,\nGráinne" + oquote(
               "Dear Gráinne,\n\nThank you for your email. I am delighted to confirm that I will attend for interview on Thursday 1st October at 11.15am.\n\nKind regards,\nNiamh Gallagher",
               "Niamh Gallagher <niamh.gallagher@eirmail.example>", "Tuesday, September 22, 2026 8:31 PM",
               "Gráinne Moloney <gmoloney@mountcarrow.example>", "Re: Interview – Staff Nurse – Surgical (MCH-2026-114)"),
           reply=m6, mid="outlook")

# 008 forward to sister (Sent)
m8 = b.sent("fwd-to-ciara", "2026-09-23 19:48", "Fwd: Interview – Staff Nurse – Surgical (MCH-2026-114)",
       "LOOK!!! got an interview in Mount Carrow. Any chance you could mind Oisín on the 1st from about 10? I'll owe you big time\n\nN x"
       + fwd(letter, "Gráinne Moloney <gmoloney@mountcarrow.example>", "Tue, 22 Sept 2026 at 11:40",
             "Interview – Staff Nurse – Surgical (MCH-2026-114)", "Niamh Gallagher <niamh.gallagher@eirmail.example>"),
       [CIARA])

# 009 union newsletter look-alike
nl = """NURSES' PROFESSIONAL FORUM – Members' Bulletin, September 2026

In this issue:

* Interview skills masterclass (online): Tuesday 29 September, 7pm. Our panel of directors of nursing share what they look for in competency-based interviews, and how to structure your answers using the STAR approach. Free for members – book your place on the members' portal.

* Pay update: the new scales for staff nurses and CNMs take effect from 1 October.

* Revalidation corner: keeping your CPD portfolio up to date.

You are receiving this bulletin as a member of the Nurses' Professional Forum. Update your preferences or unsubscribe at npf-ireland.example/prefs."""
m = b.add("INBOX", "npf-bulletin", "2026-09-24 17:00", TZ, ("Nurses' Professional Forum", "bulletin@npf-ireland.example"),
          "Members' Bulletin: interview skills masterclass, new pay scales", text=nl,
          html=sys_html("Nurses' Professional Forum", nl.split("\n\n")[1:-1], [nl.split("\n\n")[-1]], color="#6a1b4d"),
          mid="sendgrid", headers=["List-Unsubscribe: <https://npf-ireland.example/unsub?u=88213>"])
b.silent(m, "union newsletter advertising an interview-skills webinar")

# 010 reminder, no calendar
rem = """Dear Niamh,

Just a reminder that your interview for the post of Staff Nurse – Surgical is tomorrow, Thursday 1 October, at 11.15am in the Boardroom (2nd floor, Administration Building).

Please report to main reception 10 minutes beforehand and someone will bring you up. Visitor parking is available in car park P2; please bring your ticket to reception for validation.

""" + SIG_HR
b.add("INBOX", "interview-reminder", "2026-09-30 14:20", TZ, HR,
      "Reminder: interview tomorrow – Staff Nurse – Surgical", text=rem, html=word_html(rem), mid="outlook")

# 011 post-interview timeframe
post = """Dear Niamh,

Thank you for attending for interview yesterday for the post of Staff Nurse – Surgical.

The panel is completing the remaining interviews today. We aim to contact all candidates by Friday 16 October with the outcome.

""" + SIG_HR
m11 = b.add("INBOX", "thank-you-for-attending", "2026-10-02 15:48", TZ, HR,
            "Staff Nurse – Surgical (MCH-2026-114) – next steps", text=post, html=word_html(post), mid="outlook")
b.timeframe(m11, "2026-10-16", "gmoloney@mountcarrow.example", True)

# 012 sister again
b.add("INBOX", "ciara-news", "2026-10-06 21:03", TZ, CIARA, "Re: Fwd: Interview – Staff Nurse – Surgical (MCH-2026-114)",
      text="well?? any news yet? Oisín was an angel btw, he ate 3 fish fingers and asked for his mammy once\n\nSent from my iPhone",
      reply=m8, mid="apple", mid_domain="gmail.example")

# 013 conditional offer
offer = """Dear Niamh,

I am pleased to inform you that you were successful at interview for the post of Staff Nurse – Surgical (St Anne's Unit), and I would like to offer you the position on a permanent, full-time basis (39 hours per week).

Your starting salary will be €42,118 per annum (point 4 of the Staff Nurse salary scale, reflecting your previous service), plus location allowance.

Please note that this offer is conditional upon:
- two satisfactory references, one of which must be from your current or most recent line manager;
- Garda vetting;
- pre-employment occupational health clearance; and
- verification of your NMBI registration.

I would be grateful if you could let me know by reply whether you wish to accept this conditional offer. Once we hear from you, I will send on the reference and vetting forms.

Congratulations, and I look forward to hearing from you.

""" + SIG_HR
m13 = b.add("INBOX", "conditional-offer", "2026-10-14 12:10", TZ, HR,
            "Conditional offer of employment – Staff Nurse – Surgical", text=offer, html=word_html(offer), mid="outlook",
            headers=outlook_headers(b, hdr_text("Conditional offer of employment – Staff Nurse – Surgical")))
b.offer(m13)

# 014 accept
m14 = b.sent("accept-offer", "2026-10-14 18:55", "RE: Conditional offer of employment – Staff Nurse – Surgical",
             "Dear Gráinne,\n\nThank you so much for this news! I am very happy to accept the conditional offer for the Staff Nurse post on St Anne's Unit.\n\nMy referees are Ms Teresa Fahy (Director of Care, Beaumont Lane Nursing Home, my current line manager) and Ms Paula Nevin (CNM2 at the Rotunda Road Clinic, where I worked until 2024). I have let them both know to expect a form.\n\nPlease let me know if you need anything else from me.\n\nMany thanks again,\nNiamh"
             + quote(offer, "Gráinne Moloney <gmoloney@mountcarrow.example>", "Wed 14 Oct 2026 at 12:10"),
             [HR], reply=m13, mid="gmail")

# 015 forms
forms = """Hi Niamh,

Great to hear, congratulations again.

Please find below the next steps:

1. References – I have emailed the reference forms to Ms Fahy and Ms Nevin directly today.
2. Garda vetting – you will receive a separate email with a link to the e-vetting form (NVB1). Please complete it within 5 days of receipt.
3. Occupational health – the OH Department will contact you to arrange your pre-employment assessment.

Once all of the above are complete, I will be in touch to agree a start date.

""" + SIG_HR
b.add("INBOX", "next-steps-forms", "2026-10-15 09:30", TZ, HR, "RE: Conditional offer of employment – Staff Nurse – Surgical",
      text=forms + oquote("Dear Gráinne,\n\nThank you so much for this news! I am very happy to accept the conditional offer for the Staff Nurse post on St Anne's Unit.",
                          "Niamh Gallagher <niamh.gallagher@eirmail.example>", "Wednesday, October 14, 2026 6:55 PM",
                          "Gráinne Moloney <gmoloney@mountcarrow.example>", "RE: Conditional offer of employment – Staff Nurse – Surgical"),
      reply=m14, mid="outlook")

# 016 referee note (not company)
b.add("INBOX", "teresa-reference-done", "2026-10-21 16:12", TZ, ("Teresa Fahy", "director.care@beaumontlane.example"),
      "your reference", text="Niamh - sent back your reference to Mount Carrow this afternoon. Glowing, of course. We will miss you terribly on the floor but delighted for you.\n\nTeresa\n\nTeresa Fahy RGN, RNMH\nDirector of Care\nBeaumont Lane Nursing Home\n01 555 7730",
      mid="outlook")

# 017 occupational health appointment
oh = """Dear Ms Gallagher,

An appointment has been made for your pre-employment health assessment:

Tuesday 3 November 2026 at 9.00am
Occupational Health Department, Ground Floor, Block C, Mount Carrow Hospital

Please bring your vaccination records (Hepatitis B serology, MMR, varicella), photo ID and your completed health questionnaire. The assessment takes about 40 minutes.

If you cannot attend, please phone 01 555 0240 at least 24 hours in advance.

Occupational Health Department
Mount Carrow Hospital"""
m = b.add("INBOX", "occupational-health-appointment", "2026-10-27 10:05", TZ,
          ("Occupational Health Dept", "ohd@mountcarrow.example"),
          "Pre-employment health assessment appointment", text=oh, mid="outlook")
b.silent(m, "occupational-health medical appointment after the offer, not an interview")

# 018 clearances done
clr = """Hi Niamh,

I'm happy to confirm that all your pre-employment checks are now complete and your offer is confirmed. Your start date is Monday 30 November 2026. Your contract will follow by post this week.

Kieran Doherty will be in touch with details of your first week and orientation.

""" + SIG_HR
b.add("INBOX", "checks-complete", "2026-11-06 11:25", TZ, HR, "Start date – Staff Nurse – Surgical", text=clr, html=word_html(clr), mid="outlook")

# 019 Kieran welcome
wel = """Hi Niamh,

Welcome to the team! Your first two days (30 Nov and 1 Dec) are hospital-wide orientation in the Education Centre, 8.30 to 4.30. You'll then join us on St Anne's on 2 Dec on a supernumerary basis for two weeks; Sinéad Kavanagh will be your preceptor.

Uniforms: call to Linen Services any weekday after 10am with your ID and they'll size you up.

Any questions at all, just give me a shout.

Kieran

Kieran Doherty
Clinical Nurse Manager 2 | Surgical Directorate
Mount Carrow Hospital
Bleep 314 | Ext 5521"""
m19 = b.add("INBOX", "welcome-from-cnm", "2026-11-09 14:40", TZ, KD, "Welcome to St Anne's", text=wel, mid="outlook")

# 020 reply
b.sent("reply-kieran", "2026-11-09 21:02", "Re: Welcome to St Anne's",
       "Hi Kieran,\n\nThanks a million for this, really looking forward to starting. I'll get down to Linen Services next week.\n\nSee you on the 30th,\nNiamh"
       + quote(wel, "Kieran Doherty <kieran.doherty@mountcarrow.example>", "Mon 9 Nov 2026 at 14:40"),
       [KD], reply=m19, mid="gmail")

# 021 second job alert
m = b.add("INBOX", "linkedin-job-alert-2", "2026-11-16 06:44", "UTC", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
          "\u201cstaff nurse\u201d: 9 new jobs in Dublin",
          html=sys_html("LinkedIn", [
              "Your job alert for staff nurse in Dublin, County Dublin, Ireland",
              "<b>Staff Nurse – Day Surgery</b><br>Ridgeview Clinic · Dublin 15<br>Promoted",
              "<b>Clinical Nurse Specialist – Tissue Viability</b><br>Harbourside Health · Dún Laoghaire<br>Be an early applicant",
              "<a href=\"https://www.linkedin.com/jobs/search/?alertId=771\">See all jobs</a>",
          ], ["You are receiving Job Alert emails. Manage job alerts · Unsubscribe"]),
          mid="plain", mid_domain="linkedin.com")
b.silent(m, "job-alert digest")

b.write()
