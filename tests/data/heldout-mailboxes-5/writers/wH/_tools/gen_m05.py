"""m05: Australia (Sydney). One real process (PageUp, Lead Pharmacist) among look-alikes: a magazine interview,
jury service, a grant acknowledgement with an outcome date, a conference hotel offer, a student's intern
application to the user, a GP appointment. The user withdraws before the trial shift."""
from common import *

TZ = "Australia/Sydney"
U = ("Thuy Tran-Whitaker", "thuy.tranwhitaker@inbox-au.example")
b = Box("m05-harbourside-pharmacist", U, TZ, "2026-09-07T08:00:00+10:00", "2026-11-30T17:00:00+11:00",
        langs=["en", "vi"], country="AU",
        notes="Australia: PageUp self-booked interview with .ics, trial shift set then cancelled by the user's withdrawal; six look-alikes")

DK = ("Deborah Kwan-Mitchell", "deborah.kwanmitchell@harbourside-health.example")
SP = ("Sanjay Pillai", "sanjay.pillai@harbourside-health.example")
PU = ("Harbourside Health Careers", "noreply@pageuppeople.com")
JOUR = ("Bronwyn Calder", "bronwyn.calder@pharmpractice-today.example")

# 001 PageUp acknowledgement with explicit shortlisting date
t1 = """Dear Thuy,

Thank you for applying for the Lead Pharmacist - Cancer Services (Job no. HPH-2026-3318) position with Harbourside Private Hospital.

Applications close on Sunday 20 September 2026. Shortlisted applicants will be contacted by Friday 2 October 2026.

If you have any questions about the role, please contact Deborah Kwan-Mitchell, Director of Pharmacy, on (02) 9555 0361 or at deborah.kwanmitchell@harbourside-health.example.

Kind regards,
People & Culture
Harbourside Health

Please do not reply to this email; this mailbox is not monitored."""
r1 = b.add("INBOX", "pageup-application", "2026-09-07 20:41", TZ, PU, "Thank you for your application - Lead Pharmacist - Cancer Services",
           text=t1, html=system_html("Harbourside Health", "#00766c", "Application received", t1, "Harbourside Health | 88 Wharf Road, Pyrmont NSW 2009"),
           mid="uuid", mid_domain="pageuppeople.com")
b.timeframe(r1, "2026-10-02", DK[1], True)

# 002 look-alike: grant acknowledgement with an outcome date
t = """Dear Ms Tran-Whitaker,

Thank you for submitting your application to the Harbour Health Foundation Small Research Grants round 2027.

Application ID: SRG-27-0419
Project: "Pharmacist-led oral chemotherapy adherence clinics: a pilot"

All applications will undergo peer review. Outcomes will be announced by 30 November 2026.

Grants Team
Harbour Health Foundation"""
m = b.add("INBOX", "grant-acknowledgement", "2026-09-09 12:05", TZ, ("Harbour Health Foundation Grants", "grants@hhfoundation.example"),
          "Application received: Small Research Grants 2027 (SRG-27-0419)", text=t, mid="ses")
b.silent(m, "a research grant application acknowledgement with an outcome date, not a job")

# 003 look-alike: magazine wants to interview the user
t3 = """Hi Thuy,

I'm a features writer at Pharmacy Practice Today. We're putting together a piece for our November issue on pharmacists' roles in oral chemotherapy, and your name came up (Prof. Elliot at USyd said you're the person to talk to!).

Would you be up for a 20-minute phone interview? I could do Thursday 24 September at 3pm, or any time on the Friday.

Thanks so much,
Bronwyn

Bronwyn Calder
Features Writer, Pharmacy Practice Today
0412 555 087"""
r3 = b.add("INBOX", "magazine-interview-request", "2026-09-14 10:18", TZ, JOUR, "Interview request - oral chemo feature", text=t3, mid="gmail")
b.silent(r3, "a magazine asking to interview the user for an article")

# 004 Sent: agrees
t = "Hi Bronwyn,\n\nHappy to help. Thursday at 3 works - my mobile is 0433 555 219.\n\nThuy" + quote(t3, "Bronwyn Calder <bronwyn.calder@pharmpractice-today.example>", "Mon, 14 Sept 2026 at 10:18 am")
s4 = b.sent("re-magazine", "2026-09-14 12:50", "Re: Interview request - oral chemo feature", t, to=[JOUR], reply=r3)

# 005 journalist confirms
t = "Perfect! I'll call you Thursday 24th at 3pm. Will send a few questions beforehand.\n\nB"
m = b.add("INBOX", "magazine-confirm", "2026-09-14 13:22", TZ, JOUR, "Re: Interview request - oral chemo feature", text=t, reply=s4, mid="gmail")
b.silent(m, "confirming a press interview for an article, not a job interview")

# 006 look-alike: jury summons
t = """JURY SUMMONS

Juror number: 2026-PJ-104418

You are summoned to attend for jury service at:
Parramatta Justice Precinct, Level 2 Jury Assembly Room, 160 Marsden Street, Parramatta
on Monday 9 November 2026 at 9:00 am.

You must complete the online juror questionnaire within 7 days of receiving this summons. If you wish to apply to be excused, you may do so online.

Office of the Sheriff - Jury Services"""
m = b.add("INBOX", "jury-summons", "2026-09-18 09:30", TZ, ("Jury Services NSW", "jury.services@sheriff-nsw.example"), "Jury summons - action required",
          text=t, html=system_html("Office of the Sheriff", "#002664", "Jury summons", t, "Office of the Sheriff - Jury Services"), mid="ses")
b.silent(m, "jury service summons")

# 007 PageUp: invitation to book an interview
t7 = """Dear Thuy,

Congratulations - you have been shortlisted for the Lead Pharmacist - Cancer Services position.

Please use the link below to select an interview time that suits you. Interviews will be held in person at Harbourside Private Hospital between 6 and 9 October.

Book your interview: https://harbourside.pageuppeople.com/interview/book/7f31c0

Kind regards,
People & Culture
Harbourside Health"""
b.add("INBOX", "pageup-book-interview", "2026-09-29 11:02", TZ, PU, "Invitation to book an interview - Lead Pharmacist - Cancer Services",
      text=t7, html=system_html("Harbourside Health", "#00766c", "You're invited to interview", t7, "Harbourside Health"),
      mid="uuid", mid_domain="pageuppeople.com")

# 008 PageUp booking confirmation with .ics attachment, panel list, promised outcome
t8 = """Dear Thuy,

Your interview has been booked.

Position: Lead Pharmacist - Cancer Services (HPH-2026-3318)
Date: Wednesday 7 October 2026
Time: 2:30 PM - 3:15 PM (AEDT)
Location: Pharmacy Department, Level 3, Harbourside Private Hospital, 88 Wharf Road, Pyrmont NSW 2009

You'll meet with:
Deborah Kwan-Mitchell - Director of Pharmacy
Sanjay Pillai - Senior Oncology Pharmacist
Margaret O'Rourke - Nurse Unit Manager, Day Oncology

Please bring photo identification and your AHPRA registration number. Candidates will be advised of the outcome of their interview within five business days.

A calendar file is attached.

Kind regards,
People & Culture
Harbourside Health"""
ev = Event("pageup-int-3318-0072@harbourside.pageuppeople.com", "2026-10-07 14:30", TZ, 45,
           summary="Interview - Lead Pharmacist - Cancer Services", organizer=("Harbourside Health Careers", "noreply@pageuppeople.com"),
           location="Pharmacy Department, Level 3, Harbourside Private Hospital, 88 Wharf Road, Pyrmont NSW 2009",
           description="Interview panel: Deborah Kwan-Mitchell, Sanjay Pillai, Margaret O'Rourke", stamp="20260929T021444Z")
ics = calendar("PUBLISH", [ev], prodid="-//PageUp People//Interview Scheduling//EN", tzstyle="utc")
r8 = b.add("INBOX", "pageup-interview-booked", "2026-09-29 12:14", TZ, PU, "Interview confirmation - Lead Pharmacist - Cancer Services",
           text=t8, html=system_html("Harbourside Health", "#00766c", "Interview confirmed", t8, "Harbourside Health"),
           ics=ics, ics_as="attach", ics_name="interview.ics", mid="uuid", mid_domain="pageuppeople.com")
b.interview(r8, "2026-10-07 14:30", TZ, [DK[1], SP[1], "name:Margaret O'Rourke"], source="calendar")
b.timeframe(r8, add_bdays("2026-10-07", 5, "AU"), DK[1], True)
assert not crosses_holiday("2026-10-07", add_bdays("2026-10-07", 5, "AU"), "AU")

# 009 look-alike: conference hotel offer
t = """Dear Delegate,

Thank you for registering for Medicines Management 2026 in Hobart.

As a registered delegate you are eligible for our exclusive offer: stay 3 nights at the Salamanca Quay Hotel and receive the 3rd night free, plus complimentary breakfast. This offer is available until 16 October or until rooms sell out.

Book with code MM26DELEGATE: https://salamancaquay.example/mm26

Warm regards,
Reservations Team, Salamanca Quay Hotel"""
m = b.add("INBOX", "hotel-offer", "2026-10-01 15:45", "Australia/Hobart", ("Salamanca Quay Hotel", "reservations@salamancaquay.example"),
          "Your exclusive delegate offer - Medicines Management 2026", text=t,
          html=system_html("Salamanca Quay Hotel", "#8a6d3b", "An exclusive offer for delegates", t, "Salamanca Quay Hotel, Hobart"), mid="sendgrid")
b.silent(m, "a conference hotel 'offer'")

# 010 look-alike: GP appointment
t = """Hi Thuy,

This is a confirmation of your appointment:

Dr Helen Aziz
Tuesday 13 October 2026 at 10:15 am
Glebe Family Medical Practice, 41 Glebe Point Road, Glebe

Please arrive 5 minutes early. To cancel or reschedule, reply CANCEL or call (02) 9555 0144.

Glebe Family Medical"""
m = b.add("INBOX", "gp-appointment", "2026-10-06 08:10", TZ, ("Glebe Family Medical", "bookings@glebefamilymedical.example"),
          "Appointment confirmation - Tue 13 Oct 10:15am", text=t, mid="ses")
b.silent(m, "a doctor's appointment")

# 011 director after interview: trial shift (text)
t11 = """Hi Thuy,

Thank you for coming in this afternoon. All three of us really enjoyed the conversation, and your answer on the dose-banding project was exactly what we were hoping to hear.

We'd like to invite you back for a paid trial shift in the oncology pharmacy so you can see how we work and the team can get to know you. Would Thursday 22 October, 8:30am - 1pm suit? You'd be working alongside Sanjay (copied), and I'll pop in towards the end. We'd then hope to move quickly.

Best,
Deborah

Deborah Kwan-Mitchell
Director of Pharmacy | Harbourside Private Hospital
T (02) 9555 0361 | M 0419 555 672"""
r11 = b.add("INBOX", "trial-shift", "2026-10-07 17:26", TZ, DK, "Trial shift - Lead Pharmacist Cancer Services", text=t11, cc=[SP], mid="outlook")
b.interview(r11, "2026-10-22 08:30", TZ, [SP[1], DK[1]], source="text", thank_you=False)

# 012 look-alike: student intern application to the user
t = """Dear Ms Tran-Whitaker,

My name is Jasper Lim and I am a fourth-year Bachelor of Pharmacy student at the University of Western Sydney. I was on placement at Royal Glebe Hospital in July, where you supervised my oncology rotation.

I am applying for an intern pharmacist position for 2027 and I would be very grateful for the opportunity to interview for a place in your department's intern program. My CV and academic transcript are attached.

Thank you very much for your time.

Kind regards,
Jasper Lim"""
m = b.add("INBOX", "intern-application", "2026-10-08 09:47", TZ, ("Jasper Lim", "jasper.lim@student-uws.example"),
          "Application - Intern Pharmacist 2027", text=t, mid="gmail",
          attach=[("Jasper_Lim_CV.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
b.silent(m, "a student's internship application to the user, who would be the employer side")

# 013 Sent: accept trial shift
t13 = "Hi Deborah,\n\nThank you so much! Thursday 22 October works - I've put in for the day off. Should I bring anything besides my badge and scrubs?\n\nThuy" + quote(
    t11, "Deborah Kwan-Mitchell <deborah.kwanmitchell@harbourside-health.example>", "Wed, 7 Oct 2026 at 5:26 pm")
s13 = b.sent("re-trial-shift", "2026-10-08 12:31", "Re: Trial shift - Lead Pharmacist Cancer Services", t13, to=[DK], cc=[SP], reply=r11)


# 014 Vietnamese family noise
t = """Con ơi,

Cuối tuần này con có về ăn giỗ ông nội không? Mẹ nấu bánh xèo. Nhớ mang theo hộp đựng nhé.

Mẹ"""
b.add("INBOX", "me-cuoi-tuan", "2026-10-09 20:02", TZ, ("Hoa Tran", "hoa.tran58@inbox-au.example"), "Cuối tuần", text=t)

# 015 Sent: withdrawal
t15 = """Dear Deborah,

I'm really sorry to be writing this. My partner has just been offered a transfer to Brisbane starting in January, and after a weekend of talking it through we've decided to go. It wouldn't be fair to you or the team for me to start a lead role and leave within months, so I'd like to withdraw my application, including the trial shift on the 22nd.

Thank you, and Sanjay and Margaret, for such a warm interview. I would have loved to work with you all.

Warm regards,
Thuy"""
s15 = b.sent("withdrawal", "2026-10-12 20:18", "Withdrawing my application - Lead Pharmacist", t15, to=[DK], cc=[SP])

# 016 director gracious reply
t = """Oh Thuy, what a shame for us - but what an adventure for you both. Thank you for letting us know so quickly and so kindly; I've cancelled the shift on the 22nd with Sanjay.

If you ever come back to Sydney, please get in touch. And if you'd like an introduction to the Director of Pharmacy at Brisbane Northside, I'd be happy to make one.

All the best,
Deborah

Sent from my iPhone"""
b.add("INBOX", "re-withdrawal", "2026-10-13 07:44", TZ, DK, "Re: Withdrawing my application - Lead Pharmacist", text=t, reply=s15, mid="apple",
      mid_domain="harbourside-health.example")

# 017 PageUp status withdrawn
t = """Dear Thuy,

This is to confirm that your application for Lead Pharmacist - Cancer Services (HPH-2026-3318) has been withdrawn at your request.

Thank you for your interest in Harbourside Health.

People & Culture"""
b.add("INBOX", "pageup-withdrawn", "2026-10-13 10:30", TZ, PU, "Application withdrawn - Lead Pharmacist - Cancer Services", text=t,
      html=system_html("Harbourside Health", "#00766c", "Application withdrawn", t, "Harbourside Health"),
      mid="uuid", mid_domain="pageuppeople.com")

# 018 look-alike: magazine "your interview is live"
t = """Hi Thuy,

Just a quick note to say the feature is out - your interview is on pages 14-17 of the November issue, and online here: https://pharmpractice-today.example/nov26/oral-chemo

Thanks again for being so generous with your time. I'll post you a couple of print copies.

Bronwyn"""
m = b.add("INBOX", "magazine-published", "2026-11-03 11:12", TZ, JOUR, "Your interview is live!", text=t, mid="gmail")
b.silent(m, "a published press interview, not a job interview")

# 019 look-alike: jury reminder
t = """Reminder: you are required to attend jury service on Monday 9 November 2026 at 9:00 am at Parramatta Justice Precinct.

Please bring this summons and photo identification. Jury service usually finishes by 4:30 pm on the first day.

Office of the Sheriff - Jury Services"""
m = b.add("INBOX", "jury-reminder", "2026-11-04 09:00", TZ, ("Jury Services NSW", "jury.services@sheriff-nsw.example"), "Reminder: jury service Monday 9 November",
          text=t, mid="ses")
b.silent(m, "jury service reminder")

# 020 grant outcome look-alike (offer of funding)
t = """Dear Ms Tran-Whitaker,

We are delighted to offer you funding of $24,500 for your project "Pharmacist-led oral chemotherapy adherence clinics: a pilot" (SRG-27-0419).

Please accept the offer and nominate your administering institution in the Grants Portal by 11 December 2026.

Congratulations,
Grants Team, Harbour Health Foundation"""
m = b.add("INBOX", "grant-outcome", "2026-11-24 14:00", TZ, ("Harbour Health Foundation Grants", "grants@hhfoundation.example"),
          "Outcome: Small Research Grants 2027 - offer of funding", text=t, mid="ses")
b.silent(m, "an offer of research funding, not a job offer")

b.write()
