"""m06: US federal job (USAJOBS-like portal + agency HR), one real process among look-alikes: a reporter's
interview (with a calendar invite titled "Interview"), jury duty, a community grant acknowledgement, a
conference hotel offer, a student's internship application to the user, a doctor's appointment.
Panel interview in person, references, tentative (conditional) job offer."""
from common import *

TZ = "America/New_York"
U = ("Darnell Whitfield-Osei", "darnell.wo@letterbox.example")
b = Box("m06-fcsa-analyst", U, TZ, "2026-09-02T07:00:00-04:00", "2026-12-10T18:00:00-05:00",
        langs=["en"], country="US",
        notes="US government: portal notices, HR specialist schedules an in-person panel (text, then Outlook), reference checks, tentative job offer")

PORTAL = ("FedCareers Portal", "notices@fedcareers-portal.example")
HRS = ("Castellano, Renata (FCSA)", "renata.castellano@fcsa.example")
GF = ("Featherstone, Gloria (FCSA)", "gloria.featherstone@fcsa.example")
REP = ("Marcus Delahaye", "mdelahaye@publicworksjournal.example")

HR_SIG = """Renata Castellano
Human Resources Specialist (Recruitment & Placement)
Office of Human Capital, Federal Corridor Safety Administration
202-555-0164 | renata.castellano@fcsa.example"""

# 001 portal: application received
t = """Your application has been received.

Announcement number: FCSA-26-1187-MP
Position: Transportation Program Specialist, GS-2101-13
Agency: Federal Corridor Safety Administration
Application status: Received

This announcement closes on 09/14/2026. After the closing date, your application will be reviewed and you will receive a notification when your status changes.

Track your application: https://fedcareers-portal.example/applications

Please do not reply to this message."""
b.add("INBOX", "portal-received", "2026-09-03 22:17", TZ, PORTAL, "Application Received: Transportation Program Specialist (FCSA-26-1187-MP)",
      text=t, html=system_html("FedCareers Portal", "#112e51", "Application received", t, "This is an automated notice. Please do not reply."),
      mid="plain", mid_domain="fedcareers-portal.example")

# 002 look-alike: community grant acknowledgement
t = """Dear Darnell,

Thank you for applying to the Eastbrook Neighborhood Greening Fund on behalf of the Holmes Run Community Garden. Your application (#NGF-2027-052) is complete.

The review committee meets in November, and all applicants will be notified of decisions by December 15, 2026.

Green regards,
Alicia Moreno
Program Coordinator, Eastbrook Community Foundation"""
m = b.add("INBOX", "greening-fund", "2026-09-08 13:30", TZ, ("Alicia Moreno", "amoreno@eastbrookfoundation.example"),
          "Application received - Neighborhood Greening Fund", text=t, mid="gmail")
b.silent(m, "a community grant application acknowledgement with a decision date")

# 003 portal: referred
t = """Your application status has been updated.

Announcement number: FCSA-26-1187-MP
Position: Transportation Program Specialist, GS-2101-13

Status: Referred

You were found qualified for the GS-13 grade level and your application was referred to the hiring manager for further consideration on 09/21/2026. If you are selected for an interview, the hiring office will contact you directly. Selection timelines vary.

Please do not reply to this message."""
b.add("INBOX", "portal-referred", "2026-09-21 16:02", TZ, PORTAL, "Status Update: Referred to Hiring Manager (FCSA-26-1187-MP)",
      text=t, html=system_html("FedCareers Portal", "#112e51", "Application status updated", t, "This is an automated notice. Please do not reply."),
      mid="plain", mid_domain="fedcareers-portal.example")

# 004 look-alike: reporter wants an interview
t4 = """Mr. Whitfield-Osei,

I'm working on a story for Public Works Journal about how mid-size counties are planning for truck traffic growth, and a colleague pointed me to the Fairmont County freight corridor study you led.

Could we set up a 30-minute interview? Wednesday, Sept. 30 at 2 p.m. ET would be ideal for me, but I'm flexible.

Thanks,
Marcus Delahaye
Senior Reporter, Public Works Journal
(703) 555-0129"""
r4 = b.add("INBOX", "reporter-request", "2026-09-24 09:41", TZ, REP, "Interview request: county freight planning story", text=t4, mid="outlook")
b.silent(r4, "a reporter asking to interview the user for an article")

# 005 Sent: sure
t = "Marcus,\n\nSure - Wednesday at 2 works. Please note I'm speaking for the county's study, not for my employer's policy positions generally.\n\nDarnell" + quote(
    t4, "Marcus Delahaye <mdelahaye@publicworksjournal.example>", "Thu, Sep 24, 2026 at 9:41 AM")
s5 = b.sent("re-reporter", "2026-09-24 11:15", "Re: Interview request: county freight planning story", t, to=[REP], reply=r4)

# 006 reporter's Google Calendar invite titled Interview (look-alike with calendar part)
ev = Event("6r3b1kq9s0m2lp8f4c7d5e1a0g@google.com", "2026-09-30 14:00", TZ, 30,
           summary="Interview: Darnell Whitfield-Osei / PWJ freight story", organizer=REP,
           attendees=[(REP[0], REP[1], "REQ-PARTICIPANT", True), (U[0], U[1])],
           location="Phone - Marcus will call (703) 555-0129", description="Background interview for Public Works Journal feature on county freight planning.",
           stamp="20260924T160833Z")
ics = calendar("REQUEST", [ev])
t6 = """Marcus Delahaye has invited you to an event

Interview: Darnell Whitfield-Osei / PWJ freight story
When: Wednesday Sep 30, 2026 2pm - 2:30pm (Eastern Time - New York)
Where: Phone - Marcus will call (703) 555-0129

Invitation from Google Calendar"""
m = b.add("INBOX", "reporter-invite", "2026-09-24 12:08", TZ, REP,
          "Invitation: Interview: Darnell Whitfield-Osei / PWJ freight story @ Wed Sep 30, 2026 2pm - 2:30pm (EDT)",
          text=t6, html=True, ics=ics, reply=s5, mid="google-cal")
b.silent(m, "a press interview calendar invitation, not a job interview")

# 007 HR: interview invitation (text), panel listed, hiring manager copied
t7 = f"""Mr. Whitfield-Osei,

Thank you for your interest in the Transportation Program Specialist, GS-2101-13 position (Announcement FCSA-26-1187-MP). The selecting official would like to invite you to a structured panel interview.

Date: Tuesday, October 20, 2026
Time: 10:00 a.m. Eastern Time (approximately 60 minutes)
Location: FCSA Headquarters, 1200 Meridian Plaza SW, Room 4B-210, Washington, DC 20590

Your interview panel:
Gloria Featherstone, Chief, Freight Safety Programs Branch (selecting official)
Tobias Nakamura, Supervisory Transportation Specialist
Adaeze Okonkwo, Program Analyst, Office of Policy

Following the interview you will be asked to complete a 30-minute written exercise on site.

Please reply to this email to confirm your attendance no later than October 8. You will need a REAL ID-compliant photo ID to enter the building; please arrive 20 minutes early to clear security at the West Lobby. Ms. Featherstone is copied on this message.

Respectfully,

{HR_SIG}"""
r7 = b.add("INBOX", "hr-interview-invitation", "2026-10-05 14:26", TZ, HRS, "Interview Invitation - Transportation Program Specialist (FCSA-26-1187-MP)",
           text=t7, cc=[GF], mid="outlook", headers=outlook_headers(b, "Interview Invitation - Transportation Program Specialist (FCSA-26-1187-MP)"))
b.interview(r7, "2026-10-20 10:00", TZ, [GF[1], "tobias.nakamura@fcsa.example", "adaeze.okonkwo@fcsa.example"], source="text")

# 008 Sent: confirm
t = """Ms. Castellano,

Thank you for the invitation. I confirm that I will attend the panel interview on Tuesday, October 20 at 10:00 a.m. at FCSA Headquarters, and I'll plan for the written exercise afterward.

Respectfully,
Darnell Whitfield-Osei
(571) 555-0183"""
s8 = b.sent("confirm-interview", "2026-10-05 16:03", "RE: Interview Invitation - Transportation Program Specialist (FCSA-26-1187-MP)",
            t, to=[HRS], cc=[GF], reply=r7)

# 009 look-alike: doctor's appointment
t = """Appointment Reminder

Patient: Darnell W.
Provider: Priya Venkatesh, MD - Internal Medicine
Date: Fri, Oct 16, 2026 at 9:40 AM
Location: Northern Virginia Medical Associates, 3300 Gallows Rd, Suite 210

Reply C to confirm or R to reschedule. Please arrive 15 minutes early."""
m = b.add("INBOX", "doctor-reminder", "2026-10-09 08:00", TZ, ("NVMA Patient Portal", "noreply@nvma-portal.example"),
          "Appointment Reminder: Fri Oct 16 9:40 AM", text=t, mid="ses")
b.silent(m, "a doctor's appointment reminder")

# 010 HR Outlook invitation (same slot as the text invitation)
t10 = """Structured panel interview - Transportation Program Specialist, GS-2101-13 (FCSA-26-1187-MP)
Candidate: Darnell Whitfield-Osei
Panel: G. Featherstone, T. Nakamura, A. Okonkwo
Location: FCSA HQ, 1200 Meridian Plaza SW, Room 4B-210. Check in at the West Lobby."""
ev = Event("040000008200E00074C5B7101A82E00800000000E07B9D42AD5ADC0100000000000000001000000078A1C56E", "2026-10-20 10:00", TZ, 60,
           summary="Panel Interview - Whitfield-Osei - FCSA-26-1187-MP", organizer=("Castellano, Renata (FCSA)", HRS[1]),
           attendees=[(U[0], U[1]), ("Featherstone, Gloria (FCSA)", GF[1]), ("Nakamura, Tobias (FCSA)", "tobias.nakamura@fcsa.example"),
                      ("Okonkwo, Adaeze (FCSA)", "adaeze.okonkwo@fcsa.example")],
           location="FCSA HQ Room 4B-210", description=t10, stamp="20261013T173005Z",
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
ics = calendar("REQUEST", [ev], prodid=EXCHANGE_PRODID, tzstyle="windows")
b.add("INBOX", "hr-calendar-invite", "2026-10-13 13:30", TZ, HRS, "Panel Interview - Whitfield-Osei - FCSA-26-1187-MP",
      text=t10, html=outlook_html(t10), ics=ics, mid="outlook",
      headers=outlook_headers(b, "Panel Interview - Whitfield-Osei - FCSA-26-1187-MP"))

# 011 look-alike: jury summons
t = """JUROR SUMMONS - FAIRMONT COUNTY CIRCUIT COURT

Juror ID: 0048812-26
You are hereby summoned to report for jury duty on Monday, December 7, 2026 at 8:30 a.m.
Report to: Jury Assembly Room, Fairmont County Courthouse, 4110 Chain Bridge Road

Complete your juror questionnaire online within 10 days. Requests to be excused or postponed must be made in writing.

Office of the Clerk of the Circuit Court"""
m = b.add("INBOX", "jury-summons", "2026-10-14 10:10", TZ, ("Fairmont County Jury Management", "jury@fairmontcourts.example"),
          "Juror Summons - Response Required", text=t, mid="ses")
b.silent(m, "a jury duty summons")

# 012 hiring manager after interview: selection by Nov 6
t12 = """Mr. Whitfield-Osei,

Thank you for coming in this morning and for your thoughtful answers, particularly on the grant oversight scenario. The panel is completing interviews this week and next. We expect to make a selection by Friday, November 6, and Ms. Castellano or I will contact you either way.

Regards,
Gloria Featherstone
Chief, Freight Safety Programs Branch
Federal Corridor Safety Administration
202-555-0140"""
r12 = b.add("INBOX", "after-interview", "2026-10-20 15:48", TZ, GF, "Thank you - panel interview", text=t12, mid="outlook")
b.timeframe(r12, "2026-11-06", GF[1], True)

# 013 look-alike: student's internship application to the user
t = """Dear Mr. Whitfield-Osei,

I am a junior studying civil engineering at George Mason University and I would like to apply for the Spring 2027 Transportation Planning Internship with Fairmont County DOT. I have attached my resume and a short writing sample on bike-lane usage data.

I would welcome the chance to interview and am available any weekday afternoon.

Sincerely,
Keisha Obuya"""
m = b.add("INBOX", "intern-application", "2026-10-22 17:55", TZ, ("Keisha Obuya", "kobuya@gmu-student.example"),
          "Application - Spring 2027 Transportation Planning Intern", text=t, mid="gmail",
          attach=[("Obuya_Resume.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
b.silent(m, "a student's internship application to the user, who is on the hiring side")

# 014 hiring manager: references
t14 = """Mr. Whitfield-Osei,

You are one of our finalists. Before we make a selection we will be conducting reference checks. Please send me the names, titles, phone numbers and email addresses of three professional references, including your current supervisor. We will not contact your supervisor until you tell us it is all right to do so.

Regards,
Gloria Featherstone"""
r14 = b.add("INBOX", "references", "2026-10-29 11:05", TZ, GF, "Reference check - FCSA-26-1187-MP", text=t14, cc=[HRS], mid="outlook")

# 015 Sent: references
t = """Ms. Featherstone,

Thank you - here are my references:

1. Lorraine Petty, Director, Fairmont County DOT (current supervisor), 571-555-0101, lpetty@fairmontcounty.example - please feel free to contact her.
2. Dr. Samuel Ige, Associate Professor of Civil Engineering, Old Dominion University, 757-555-0177, sige@odu-faculty.example
3. Karen Volkov, Regional Planner, Tri-County Planning Commission, 540-555-0192, kvolkov@tricountypc.example

Respectfully,
Darnell""" + quote(t14, "Featherstone, Gloria (FCSA) <gloria.featherstone@fcsa.example>", "Thursday, October 29, 2026 11:05 AM")
b.sent("re-references", "2026-10-29 13:40", "RE: Reference check - FCSA-26-1187-MP", t, to=[GF], cc=[HRS], reply=r14)

# 016 look-alike: conference hotel offer
t = """Annual Freight & Transit Research Meeting | January 10-14, 2027 | Washington, DC

Exclusive room offer for registered attendees: The Capitol Crescent Hotel, from $219/night (limited availability). Cut-off date December 12, 2026.

Book your room: https://capitolcrescent.example/ftrm27

Housing Bureau, FTRM 2027"""
m = b.add("INBOX", "hotel-offer", "2026-10-30 09:00", TZ, ("FTRM 2027 Housing", "housing@ftrm-meeting.example"),
          "Exclusive hotel offer for FTRM 2027 attendees", text=t,
          html=system_html("FTRM 2027", "#1b4d3e", "Your hotel offer", t, "Housing Bureau, FTRM 2027"), mid="sendgrid")
b.silent(m, "a conference hotel 'offer'")

# 017 tentative job offer (formal letter, conditional)
letter = """November 5, 2026

Mr. Darnell Whitfield-Osei

SUBJECT: Tentative Job Offer - Transportation Program Specialist, GS-2101-13, Announcement FCSA-26-1187-MP

Dear Mr. Whitfield-Osei:

Congratulations! We are pleased to extend to you a tentative offer of employment for the position of Transportation Program Specialist, GS-2101-13, Step 1, with the Federal Corridor Safety Administration, Freight Safety Programs Branch, Washington, DC. The salary for this position is $121,785 per annum, including locality pay.

This offer is tentative and contingent upon the following:
  1. Satisfactory completion of a background investigation (Tier 2) and fingerprint check
  2. Verification of your education and work history
  3. Completion of the Declaration for Federal Employment (OF-306)

Once these requirements are met, you will receive a firm offer with your entrance-on-duty date. Please do not resign from your current position until you receive the firm offer.

Please accept or decline this tentative offer by replying to this email no later than November 12, 2026.

Sincerely,

Renata Castellano
Human Resources Specialist
Office of Human Capital"""
t = "Mr. Whitfield-Osei,\n\nPlease see the attached-style letter below regarding your tentative job offer.\n\n" + letter + "\n\n" + HR_SIG
r17 = b.add("INBOX", "tentative-offer", "2026-11-05 10:15", TZ, HRS, "Tentative Job Offer - FCSA-26-1187-MP", text=t,
            html=letter_html("Federal Corridor Safety Administration", ["Office of Human Capital", "1200 Meridian Plaza SW, Washington, DC 20590"], letter,
                             colour="#112e51", footer="FCSA is an Equal Opportunity Employer."),
            cc=[GF], mid="outlook")
b.offer(r17)

# 018 Sent: accept
t = """Ms. Castellano,

I am happy to accept the tentative job offer for the Transportation Program Specialist position. Please let me know the next steps for the background investigation and fingerprinting.

Respectfully,
Darnell Whitfield-Osei"""
b.sent("accept-tjo", "2026-11-06 08:22", "RE: Tentative Job Offer - FCSA-26-1187-MP", t, to=[HRS], cc=[GF], reply=r17)

# 019 look-alike: the reporter's story ran
t = """Darnell - the story ran this morning; your interview quotes are in the second half. https://publicworksjournal.example/2026/11/freight-counties

Thanks again,
Marcus"""
m = b.add("INBOX", "story-published", "2026-11-10 07:55", TZ, REP, "Our interview is up", text=t, mid="outlook")
b.silent(m, "a published press interview")

# 020 portal status
t = """Your application status has been updated.

Announcement number: FCSA-26-1187-MP
Status: Selected - Tentative Offer

Please do not reply to this message."""
b.add("INBOX", "portal-selected", "2026-11-10 16:30", TZ, PORTAL, "Status Update: Selected (FCSA-26-1187-MP)", text=t,
      html=system_html("FedCareers Portal", "#112e51", "Application status updated", t, "This is an automated notice."),
      mid="plain", mid_domain="fedcareers-portal.example")

# 021 HR: background instructions
t = f"""Mr. Whitfield-Osei,

Thank you for accepting. You will receive an email invitation to complete your background questionnaire in the eApp system shortly. Fingerprinting can be done at any of the locations listed at the link below; please bring the attached form.

https://fcsa.example/hr/fingerprinting

{HR_SIG}"""
b.add("INBOX", "hr-background", "2026-11-12 12:10", TZ, HRS, "Pre-employment requirements - FCSA-26-1187-MP", text=t, mid="outlook")

b.write()
