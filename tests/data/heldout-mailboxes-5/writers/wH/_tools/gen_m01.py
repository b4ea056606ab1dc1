"""m01: US teaching-track Lecturer search (Interfolio, search committee), three stages, offer."""
from common import *

TZ = "America/Chicago"
U = ("Marisol Quintero-Hayes", "marisol.qhayes@postbox.example")
b = Box("m01-bramwell-lecturer", U, TZ, "2026-09-08T07:00:00-05:00", "2026-12-10T17:00:00-06:00",
        langs=["en"], country="US",
        notes="US academia: Interfolio, search committee, teaching demo, dean call, references, contingent offer")

CHAIR = ("Thomas Okafor-Lind", "tokaforlind@bramwell-state.example")
ADMIN = ("Beverly Lindqvist", "blindqvist@bramwell-state.example")
HEAD = ("Gwendolyn Achterberg", "gachterberg@bramwell-state.example")
DEAN = ("Leonora Fitch-Abara", "lfitchabara@bramwell-state.example")
DEANAST = ("Priscilla Wainwright", "pwainwright@bramwell-state.example")
HR = ("Bramwell State University Human Resources", "hr-onboarding@bramwell-state.example")
IF = ("Interfolio", "no-reply@interfolio.com")

CHAIR_SIG = """Thomas Okafor-Lind, PhD
Associate Professor of Statistics
Chair, Lecturer Search Committee
Department of Mathematics & Statistics
Bramwell State University
(309) 555-0148"""

# 001 Interfolio acknowledgement (no timeframe)
t = """Dear Marisol Quintero-Hayes,

Thank you for applying to the following position through Interfolio Faculty Search:

Position: Lecturer in Statistics (Teaching Track), Search #2026-114
Institution: Bramwell State University - Department of Mathematics & Statistics
Submitted: September 8, 2026

Review of applications will begin on September 21, 2026 and will continue until the position is filled. Bramwell State University will contact applicants directly regarding next steps.

You can check the status of your application at any time from your Interfolio account.

This is an automated message. Please do not reply to this email.

Interfolio, Inc. | 1400 16th St NW, Washington, DC"""
m = b.add("INBOX", "interfolio-submitted", "2026-09-08 13:42", TZ, IF,
          "Application Submitted: Lecturer in Statistics (Teaching Track)", text=t,
          html=system_html("Interfolio", "#0b5a8a", "Your application has been submitted", t.split("\n\n", 1)[1].rsplit("\n\n", 1)[0], "Interfolio, Inc. | 1400 16th St NW, Washington, DC\nThis is an automated message. Please do not reply."),
          mid="uuid", mid_domain="interfolio.com")

# 002 dossier letter notice (look-alike)
t = """Hi Marisol,

A confidential letter has been added to your Dossier.

Letter writer: Prof. Dana Whitcombe
Date received: September 11, 2026

The contents of confidential letters are not visible to you. You can now deliver this letter with any application.

- The Interfolio Team"""
m = b.add("INBOX", "dossier-letter", "2026-09-11 09:05", "America/New_York", ("Interfolio Dossier", "no-reply@interfolio.com"),
          "A letter has been added to your Dossier", text=t,
          html=system_html("Interfolio Dossier", "#0b5a8a", "New confidential letter", t, "You are receiving this because you have an Interfolio Dossier account."),
          mid="uuid", mid_domain="interfolio.com")
b.silent(m, "a recommendation letter upload notice, no hiring event")

# 003 Sent: user checks file is complete
t3 = """Dear Ms. Lindqvist,

I submitted my application for the Lecturer in Statistics position (Search #2026-114) through Interfolio last week. One of my letter writers uploaded her letter a few days late, and I wanted to make sure the committee will see a complete file. Could you confirm that everything came through?

Many thanks,
Marisol

Marisol Quintero-Hayes, PhD
Visiting Assistant Professor, Department of Statistics
Lakeshore College"""
s3 = b.sent("file-complete", "2026-09-14 10:20", "Search #2026-114 - application materials", t3, to=[ADMIN])

# 004 admin reply (fuzzy, unlabelled)
t = """Hi Dr. Quintero-Hayes,

Yes, your file shows as complete, including all three letters. The committee starts reading on the 21st and I'd expect them to reach out to people for first-round conversations sometime in early October.

Best,
Bev

Beverly Lindqvist
Academic Department Coordinator
Mathematics & Statistics, Halvorsen Hall 118
(309) 555-0102""" + quote(t3, "Marisol Quintero-Hayes <marisol.qhayes@postbox.example>", "Mon, Sep 14, 2026 at 10:20 AM")
r4 = b.add("INBOX", "re-file-complete", "2026-09-15 08:51", TZ, ADMIN, "RE: Search #2026-114 - application materials",
           text=t, reply=s3, mid="outlook", headers=outlook_headers(b, "Search #2026-114 - application materials"))

# 005 chair: first-round invitation with three slots
t5 = f"""Dear Dr. Quintero-Hayes,

On behalf of the search committee for the Lecturer in Statistics position, I am pleased to invite you to a first-round interview by Zoom. The conversation will last about 30 minutes. You will meet with the full committee: Prof. Helen Vasquez-Reilly, Dr. Arjun Malhotra and myself.

We have the following times available (all Central):

  - Tuesday, September 29, 10:00-10:30 am
  - Wednesday, September 30, 1:30-2:00 pm
  - Thursday, October 1, 3:00-3:30 pm

Please let me know which of these works for you. If none of them do, tell me and we will find another time.

We look forward to speaking with you.

Sincerely,

{CHAIR_SIG}"""
r5 = b.add("INBOX", "first-round-invitation", "2026-09-24 11:07", TZ, CHAIR,
           "Lecturer in Statistics - first-round interview", text=t5, cc=[ADMIN], mid="outlook",
           headers=outlook_headers(b, "Lecturer in Statistics - first-round interview"))

# 006 Sent: "Thursday works"
t6 = "Dear Dr. Okafor-Lind,\n\nThursday works. Thank you, I'm looking forward to it.\n\nBest regards,\nMarisol" + quote(
    t5, "Thomas Okafor-Lind <tokaforlind@bramwell-state.example>", "Thu, Sep 24, 2026 at 11:07 AM")
s6 = b.sent("re-first-round", "2026-09-24 12:31", "Re: Lecturer in Statistics - first-round interview", t6,
            to=[CHAIR], cc=[ADMIN], reply=r5)
b.interview(s6, "2026-10-01 15:00", TZ, [CHAIR[1], "name:Helen Vasquez-Reilly", "name:Arjun Malhotra"], source="text")

# 007 chair: see you then (time not restated)
t = """Wonderful - we'll see you then. Bev will send the Zoom details.

Tom"""
r7 = b.add("INBOX", "re-first-round-2", "2026-09-24 14:02", TZ, CHAIR,
           "RE: Lecturer in Statistics - first-round interview", text=t + quote(t6, "Marisol Quintero-Hayes", "Thursday, September 24, 2026 12:31 PM"),
           cc=[ADMIN], reply=s6, mid="outlook")

# 008 admin zoom link (no calendar)
t = """Hi Marisol,

Here is the Zoom information for Thursday's conversation with the committee.

https://bramwell-state.zoom.example/j/84120339571?pwd=Qm5WbFJ2
Meeting ID: 841 2033 9571
Passcode: 114114

If you have any technical trouble, call me at (309) 555-0102.

Bev"""
b.add("INBOX", "zoom-details", "2026-09-25 09:14", TZ, ADMIN, "Zoom link - Search #2026-114", text=t, mid="outlook")

# 009 look-alike webinar
t = """STATISTICAL EDUCATORS NETWORK - Members' webinar

"Fifty minutes to show who you are: preparing a teaching demonstration for your next job interview"

Wednesday, October 7 | 12:00 pm Central | free for members

Panelists from three teaching-focused departments share what search committees look for in a demo lesson, how to handle a room of students you have never met, and how to talk about your teaching statement.

Register: https://sen-stats.example/webinars/teaching-demo

You are receiving this email because you are a member of the Statistical Educators Network. Unsubscribe: https://sen-stats.example/u/8831"""
m = b.add("INBOX", "sen-webinar", "2026-09-28 07:30", TZ, ("Statistical Educators Network", "news@sen-stats.example"),
          "Webinar: preparing your teaching demonstration for an interview", text=t,
          html=system_html("Statistical Educators Network", "#6a2c70", "Members' webinar", t, "Unsubscribe: https://sen-stats.example/u/8831"),
          mid="sendgrid")
b.silent(m, "a members' webinar about teaching demos for interviews, not an interview")

# 010 chair: campus visit invitation
t10 = f"""Dear Marisol,

Thank you again for speaking with us last week. The committee enjoyed the conversation, and I'm happy to say we would like to invite you to campus for a full-day visit.

The visit would include a teaching demonstration (a 50-minute session of our STAT 1100 Introduction to Statistics course; the class will be on sampling distributions that week), a meeting with the Department Head, lunch with faculty, and a longer interview with the committee. The university will cover your travel and one night at the Prairie Commons Inn.

We could host you on either Thursday, October 22 or Friday, October 23. Could you let me know which day you prefer? Once we have a date Bev will send a detailed itinerary.

Best,

{CHAIR_SIG}"""
r10 = b.add("INBOX", "campus-visit-invitation", "2026-10-07 16:48", TZ, CHAIR,
            "Invitation to campus - Lecturer in Statistics", text=t10, cc=[ADMIN], mid="outlook")

# 011 Sent: the 22nd
t11 = """Dear Tom,

That is wonderful news, thank you! Thursday the 22nd works best for me - I have a class of my own to cover on Fridays.

For the demo, should I assume students have already seen the Central Limit Theorem, or will this be their first exposure?

Warmly,
Marisol

Sent from my iPhone""" + quote(t10, "Thomas Okafor-Lind <tokaforlind@bramwell-state.example>", "Oct 7, 2026, at 4:48 PM")
s11 = b.sent("re-campus-visit", "2026-10-07 19:55", "Re: Invitation to campus - Lecturer in Statistics", t11,
             to=[CHAIR], cc=[ADMIN], reply=r10, mid="apple")

# 012 itinerary (PDF-like letter HTML)
itin = """Dear Dr. Quintero-Hayes,

We are delighted that you will be visiting the Department of Mathematics & Statistics on Thursday, October 22, 2026. Your itinerary for the day is below. All times are Central Time.

Wednesday, October 21
Evening - arrival; you are booked at the Prairie Commons Inn, 22 Depot Street (confirmation BSU-4471).

Thursday, October 22
8:15 am - Breakfast with the search committee at the Inn
10:00 - 10:50 am - Teaching demonstration, STAT 1100 section 03, Halvorsen Hall 214. Observed by the search committee (Dr. Thomas Okafor-Lind, Prof. Helen Vasquez-Reilly, Dr. Arjun Malhotra)
11:15 am - 12:00 pm - Meeting with the Department Head, Prof. Gwendolyn Achterberg, Halvorsen Hall 120
12:15 - 1:30 pm - Lunch with faculty, University Club
1:45 - 2:15 pm - Campus tour with a graduate student
2:30 - 3:45 pm - Interview with the search committee, Halvorsen Hall 301
4:00 pm - Car to the airport

Halvorsen Hall is at 1400 University Avenue, Bramwell, Illinois. Please keep your receipts for reimbursement; the form is attached to the travel page on our website.

Prof. Achterberg is copied on this letter and looks forward to meeting you.

Sincerely,

Beverly Lindqvist
Academic Department Coordinator
on behalf of the Lecturer Search Committee"""
itin_txt = "Hi Marisol,\n\nPlease find your campus visit itinerary below (the same letter is on department letterhead in the HTML version of this email). Dr. Okafor-Lind says the students will have seen the CLT the week before.\n\nBev\n\n----\n\n" + itin
r12 = b.add("INBOX", "itinerary", "2026-10-09 10:26", TZ, ADMIN, "Campus visit itinerary - Thursday, October 22",
            text=itin_txt, cc=[CHAIR, HEAD], reply=s11,
            html=letter_html("Bramwell State University", ["Department of Mathematics & Statistics", "Halvorsen Hall, 1400 University Avenue, Bramwell, IL 61790", "(309) 555-0102"], itin, colour="#7a1f1f",
                             footer="Bramwell State University is an equal opportunity employer."),
            mid="outlook")
b.interview(r12, "2026-10-22 10:00", TZ, [CHAIR[1], "name:Helen Vasquez-Reilly", "name:Arjun Malhotra"])
b.interview(r12, "2026-10-22 11:15", TZ, [HEAD[1]])
b.interview(r12, "2026-10-22 14:30", TZ, [CHAIR[1], "name:Helen Vasquez-Reilly", "name:Arjun Malhotra"])

# 013 travel reminder (no ics)
t = """Hi Marisol - just a reminder about next Thursday. Your flight lands at 6:40 pm Wednesday; a car from Prairie Cab will be waiting (driver will have a sign). There is no projector remote in 214, so bring a clicker if you like to use one.

See you soon,
Bev"""
b.add("INBOX", "visit-reminder", "2026-10-15 15:12", TZ, ADMIN, "Reminder - your visit next Thursday", text=t, mid="outlook")

# 014 chair after visit: timeframe by Oct 30
t14 = f"""Dear Marisol,

Thank you for spending the day with us yesterday. The students in section 03 are still talking about the M&M sampling activity.

We have one more candidate visiting on Monday. After that the committee will meet to make its recommendation, and we hope to be in touch with you by Friday, October 30.

With best wishes,

{CHAIR_SIG}"""
r14 = b.add("INBOX", "after-visit", "2026-10-23 09:40", TZ, CHAIR, "Thank you for visiting", text=t14, mid="outlook")
b.timeframe(r14, "2026-10-30", CHAIR[1], True)

# 015 Interfolio discount (look-alike offer)
t = """Marisol, your Dossier subscription renews soon.

Renew before November 15 and get 20% off a two-year Dossier plan. That's an exclusive offer for faculty job seekers this season.

Renew now: https://account.interfolio.com/renew

Interfolio, Inc."""
m = b.add("INBOX", "dossier-renewal-offer", "2026-10-26 08:00", "America/New_York", ("Interfolio", "marketing@interfolio.com"),
          "Exclusive offer: 20% off your Dossier renewal", text=t,
          html=system_html("Interfolio", "#0b5a8a", "An exclusive offer for you", t, "Interfolio, Inc. | Manage email preferences"),
          mid="sendgrid")
b.silent(m, "a subscription discount 'offer', not a job offer")

# 016 dean's office: Outlook invitation for dean conversation (calendar), stage 3
t16 = """Dear Dr. Quintero-Hayes,

Dean Fitch-Abara would like to meet with you by Zoom as the final step in the Lecturer search. I have placed a 30-minute conversation on her calendar for Monday, November 2 at 9:30 AM (UTC-06:00) Central Time and sent you an invitation. If the time is a problem, please reply to me and I will find another.

Join Zoom Meeting
https://bramwell-state.zoom.example/j/93370215584

Kind regards,
Priscilla Wainwright
Executive Assistant to the Dean
College of Arts & Sciences
(309) 555-0177"""
ev = Event("040000008200E00074C5B7101A82E00800000000B0C6F2A1D164DC01000000000000000010000000F3C4D1B2", "2026-11-02 09:30", TZ, 30,
           summary="Conversation with Dean Fitch-Abara - Lecturer in Statistics", organizer=DEAN,
           attendees=[(U[0], U[1]), (DEANAST[0], DEANAST[1], "OPT-PARTICIPANT")],
           location="Zoom - https://bramwell-state.zoom.example/j/93370215584", description=t16,
           stamp="20261027T201515Z", extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
ics = calendar("REQUEST", [ev], prodid=EXCHANGE_PRODID, tzstyle="windows")
r16 = b.add("INBOX", "dean-invitation", "2026-10-27 14:15", TZ, DEAN,
            "Conversation with Dean Fitch-Abara - Lecturer in Statistics", text=t16, html=outlook_html(t16), ics=ics,
            sender=DEANAST[1], mid="outlook", cte="quoted-printable",
            headers=outlook_headers(b, "Conversation with Dean Fitch-Abara - Lecturer in Statistics"))
b.interview(r16, "2026-11-02 09:30", TZ, [DEAN[1]])

# 017 Sent: accept note
t = """Dear Ms. Wainwright,

Thank you - Monday at 9:30 works well and I've accepted the invitation.

Best regards,
Marisol Quintero-Hayes"""
b.sent("re-dean", "2026-10-27 15:02", "RE: Conversation with Dean Fitch-Abara - Lecturer in Statistics", t,
       to=[DEANAST], reply=r16)

# 018 chair: references, decision by Nov 13
t18 = f"""Dear Marisol,

I hope your conversation with Dean Fitch-Abara on Monday was enjoyable; she mentioned it went well.

The next step is references. With your permission, I will call the three referees listed in your application (Prof. Whitcombe, Dr. Saeed and Prof. Harrington) over the next few days. If any of their contact details have changed, please let me know. We expect to make a final decision by November 13.

Best,

{CHAIR_SIG}"""
r18 = b.add("INBOX", "references", "2026-11-04 11:20", TZ, CHAIR, "References - Lecturer in Statistics", text=t18, mid="outlook")
b.timeframe(r18, "2026-11-13", CHAIR[1], False)

# 019 Sent: referee update
t = """Dear Tom,

Of course - please go ahead. One update: Dr. Saeed moved to Carrow University this summer; his new number is (414) 555-0196 and his email is nsaeed@carrow.example. The other two are unchanged.

Thank you,
Marisol""" + quote(t18, "Thomas Okafor-Lind <tokaforlind@bramwell-state.example>", "Wed, Nov 4, 2026 at 11:20 AM")
b.sent("re-references", "2026-11-04 13:06", "Re: References - Lecturer in Statistics", t, to=[CHAIR], reply=r18)

# 020 offer letter (contingent)
offer = """November 19, 2026

Dr. Marisol Quintero-Hayes

Dear Dr. Quintero-Hayes:

On the recommendation of the Department of Mathematics & Statistics, I am pleased to offer you a full-time, benefits-eligible appointment as Lecturer in Statistics, beginning January 11, 2027. This is a non-tenure-track, renewable appointment with an initial term ending May 31, 2028.

Your annual salary will be $64,500, paid over twelve months. Your teaching assignment will normally be four courses per semester, together with the advising and service duties described in the department's lecturer guidelines.

This offer is contingent upon the satisfactory completion of a criminal background check and verification of your highest degree, as required by university policy for all new faculty. Human Resources will contact you separately with instructions.

Please indicate your acceptance by signing and returning this letter by December 1, 2026. If you have questions about the terms, Prof. Achterberg and I will be happy to talk with you.

Sincerely,

Leonora Fitch-Abara, PhD
Dean, College of Arts & Sciences

cc: Prof. Gwendolyn Achterberg, Department Head
    Dr. Thomas Okafor-Lind, Search Committee Chair"""
t = "Dear Dr. Quintero-Hayes,\n\nWith apologies for the short delay - one of your referees was traveling - please find your letter of offer below. A signature copy is in your Interfolio account as well.\n\nKind regards,\nPriscilla Wainwright\nExecutive Assistant to the Dean\n\n" + offer
r20 = b.add("INBOX", "offer-letter", "2026-11-19 15:30", TZ, DEANAST, "Letter of offer - Lecturer in Statistics", text=t,
            html=letter_html("Bramwell State University", ["Office of the Dean, College of Arts & Sciences", "Mercer Hall 400, 1400 University Avenue, Bramwell, IL 61790"], offer, colour="#7a1f1f",
                             footer="Bramwell State University - Office of the Dean"),
            cc=[DEAN, HEAD, CHAIR], mid="outlook")
b.offer(r20)

# 021 Sent: accepting, question
t = """Dear Dean Fitch-Abara,

Thank you so much - I am delighted to accept. I'll sign and return the letter this week.

One practical question: would it be possible to have a university email and access to the learning management system before January 11, so I can build my course sites over the break?

With gratitude,
Marisol Quintero-Hayes"""
b.sent("accept-offer", "2026-11-20 08:45", "Re: Letter of offer - Lecturer in Statistics", t, to=[DEAN], cc=[DEANAST, HEAD], reply=r20)

# 022 HR: background check instructions (hiring, unlabelled)
t = """Dear Marisol,

Welcome to Bramwell State! As mentioned in your offer letter, your appointment is contingent on a background check. You will receive an email from our screening vendor, ClearPath Screening, within the next day with a secure link. Please complete the form as soon as possible; most checks finish within a week.

Human Resources - Faculty Onboarding
Bramwell State University
(309) 555-0190"""
b.add("INBOX", "hr-background", "2026-11-20 10:02", TZ, HR, "Next steps: background check", text=t, mid="outlook")

# 023 screening vendor
t = """Bramwell State University has requested a background screening for you.

Candidate: Marisol Quintero-Hayes
Order: CPS-2026-8841027

Start here: https://portal.clearpath-screening.example/start/8841027

This link expires in 7 days. ClearPath Screening, LLC"""
b.add("INBOX", "screening-link", "2026-11-20 16:40", "America/New_York", ("ClearPath Screening", "noreply@clearpath-screening.example"),
      "Action required: background screening for Bramwell State University", text=t,
      html=system_html("ClearPath Screening", "#2d6a4f", "Please complete your screening", t, "ClearPath Screening, LLC"), mid="ses")

# 024 friend noise
t = """Marisol!!! Bev told Dana who told me. CONGRATULATIONS. Drinks when you're back from Thanksgiving at your mom's, I'm buying.

- Jen"""
b.add("INBOX", "friend-congrats", "2026-11-23 21:14", TZ, ("Jen Okamura", "jen.okamura@postbox.example"), "!!!!!", text=t)

# 025 HR cleared
t = """Dear Marisol,

Your background check is complete and your appointment is now final. Your orientation for new faculty is on Thursday, January 7, 2027 at 9:00 am in Mercer Hall 210; a separate welcome packet will follow in December.

Human Resources - Faculty Onboarding"""
b.add("INBOX", "hr-cleared", "2026-12-01 11:31", TZ, HR, "Your background check is complete", text=t, mid="outlook")

b.write()
