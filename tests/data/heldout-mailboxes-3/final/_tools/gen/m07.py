"""m07: a Toronto user working with an agency recruiter who relays two clients' answers
("I expect to hear from them by Thursday"): client 1 interviews (text relay + Outlook invite
for the same slot), promise unkept, relayed rejection; client 2 phone call and onsite fixed in
the recruiter's text with name-only interviewers, offer relayed with the letter. A direct
iCIMS application rejected by no-reply. Look-alikes: library hold, parent-teacher interview."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf

TZ = "America/Toronto"
U = ("Daniela Kowalczyk", "daniela.kowalczyk@maplemail.example")
b = Box("final", "m07-agency-relay-toronto", U, TZ,
        "2026-09-09T07:00:00-04:00", "2026-11-27T18:00:00-05:00", langs=["en"], country="CA")

GRANT = ("Grant Mercier", "grant@trilliumtalent.example")
NADIA = ("Nadia Haddad", "nadia.haddad@beaconharbour.example")
ANJ = ("Anjali Rao", "anjali.rao@beaconharbour.example")
MARC = ("Marcus Feld", "marcus.feld@beaconharbour.example")
ICIMS = ("Queen West Credit Union Careers", "no-reply@talent.icims.com")
gsig = "\n\nGrant Mercier\nPrincipal Consultant, Technology & Transformation\nTrillium Talent Partners\n416-555-0119 | grant@trilliumtalent.example"


def ms_headers(topic):
    return [f"Thread-Topic: {topic}", f"Thread-Index: AdkS{b.alnum(24)}==", "Content-Language: en-US"]


m1 = b.add("INBOX", "grant-outreach", "2026-09-09 09:10", TZ, GRANT, "Senior BA opportunity - Toronto insurer",
"""Hi Daniela,

I came across your profile and your claims-modernization work at Northshield really stood
out. I'm partnering with a well-known Toronto insurer (I can share the name once you're
interested) on a Senior Business Analyst role in their Claims Transformation group -
hybrid, 2 days a week downtown, $105-120k plus bonus.

Would you be open to a quick chat, or shall I just send you the details?

Best,""" + gsig, mid="outlook")

m2 = b.sent("re-grant-outreach", "2026-09-09 12:30", "RE: Senior BA opportunity - Toronto insurer",
"""Hi Grant,

Thanks for reaching out - yes, I'm interested. My resume is attached. I'm generally free
for interviews Tuesday/Thursday afternoons.

Daniela""" + oq(m1, TZ, to=[U]), to=[GRANT], reply=m1, mid="gmail",
           attach=[("Daniela_Kowalczyk_Resume.pdf", "application/pdf", fakepdf("Daniela Kowalczyk - Senior Business Analyst"))])

t = """Hi Daniela,

Thank you for applying for the Business Systems Analyst position at Queen West Credit Union.
We have received your application and it is being reviewed by our recruitment team.

We appreciate your interest in joining QWCU.

Queen West Credit Union - Talent Acquisition

This is an automated email. Please do not reply."""
b.add("INBOX", "icims-ack", "2026-09-10 08:45", TZ, ICIMS, "Thank you for applying - Business Systems Analyst",
      text=t, html=html_from_text(t), mid="uuid", mid_domain="talent.icims.com")

m4 = b.add("INBOX", "grant-submitted", "2026-09-11 15:00", TZ, GRANT, "RE: Senior BA opportunity - Toronto insurer",
"""Hi Daniela,

Great chatting this morning. As discussed, I've submitted you to Beacon Harbour Insurance for
the Senior BA role. The hiring manager is reviewing profiles this week, and I expect to hear
from them by Thursday.""" + gsig + oq(m2, TZ, to=[GRANT]), reply=m2, mid="outlook")

m5 = b.add("INBOX", "grant-first-round", "2026-09-16 11:20", TZ, GRANT, "Beacon Harbour - first round!",
"""Daniela - good news, Beacon want to meet you!

Tuesday the 22nd at 3pm ET works for them (I went with your Tuesday-afternoon availability).
It'll be 45 minutes on Teams with Anjali Rao (Director, Claims Transformation) and Marcus Feld
(Lead BA). Their coordinator will send the invite today.

Anjali cares a lot about stakeholder management stories - have two ready.""" + gsig, mid="outlook")
b.timeframe(m4, "2026-09-17", GRANT[1], True, news=m5)
b.interview(m5, "2026-09-22 15:00", TZ, [ANJ[1], MARC[1]])

uid = "040000008200E00074C5B7101A82E00800000000" + b.hexid(40).upper()
desc = ("Hello Daniela, please find your interview details below. I'm coordinating only and won't attend.\n"
        "Nadia Haddad, Talent Coordinator\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        + b.hexid(24) + "%40thread.v2/0\nMeeting ID: 281 447 903 12\nPasscode: 7dRk2q")
ev = Event(uid, "2026-09-22 15:00", TZ, minutes=45, summary="Interview - Daniela Kowalczyk - Sr Business Analyst",
           organizer=NADIA, attendees=[U, ANJ, MARC], location="Microsoft Teams Meeting", description=desc,
           stamp="20260916T180500Z")
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
b.add("INBOX", "beacon-invite", "2026-09-16 14:05", TZ, NADIA, "Interview - Daniela Kowalczyk - Sr Business Analyst",
      text=desc, html=html_from_text(desc, "font-family:Calibri,sans-serif;font-size:11pt"), ics=ics, cal_cte="base64",
      cc=[ANJ, MARC], mid="outlook", headers=ms_headers("Interview - Daniela Kowalczyk - Sr Business Analyst"))

m = b.add("INBOX", "library-hold", "2026-09-18 10:00", TZ, ("Toronto Public Library", "noreply@tpl-notices.example"),
          "Your hold is ready for pickup",
"""Dear DANIELA KOWALCZYK,

The following item you placed on hold is ready for pickup at Lillian H. Smith branch:

  The Staff Engineer's Path / Reilly, Tanya

It will be held for you until September 25, 2026.

Toronto Public Library""", mid="plain", mid_domain="tpl-notices.example")
b.silent(m, "library hold ready, not a position on hold")

b.sent("thanks-beacon", "2026-09-22 16:30", "Thank you - Senior BA interview",
"""Hi Anjali and Marcus,

Thank you for your time this afternoon. I really enjoyed hearing about the FNOL redesign and
how the team is balancing the vendor platform with in-house tooling - it's a problem I'd love
to dig into.

Best regards,
Daniela Kowalczyk""", to=[ANJ, MARC], cc=[GRANT], mid="gmail")

m10 = b.add("INBOX", "grant-after-beacon", "2026-09-23 12:10", TZ, GRANT, "RE: Beacon Harbour - first round!",
"""Hi Daniela,

Spoke with Anjali - they liked you, especially the subrogation story. They're seeing two more
candidates this week, and I expect feedback from them by Friday, October 2. I'll call you as
soon as I hear anything.""" + gsig, mid="outlook")
b.timeframe(m10, "2026-10-02", GRANT[1], False)

b.add("INBOX", "other-agency", "2026-09-28 08:30", TZ, ("Colin Beaudry", "colin@northpeakstaffing.example"),
      "Exciting 6-month BA contract - Scarborough",
"""Hi Daniela,

Hope you're well! I have an exciting 6-month BA contract with a large public-sector client in
Scarborough - $85/hr incorporated, onsite 3 days. Let me know if you'd like to hear more!

Colin Beaudry | Northpeak Staffing""", mid="gmail")

m12 = b.sent("checkin-grant", "2026-10-06 09:15", "RE: Beacon Harbour - first round!",
"""Hi Grant,

Any word from Beacon? No pressure - just keeping my calendar straight.

Thanks,
Daniela""" + oq(m10, TZ, to=[U]), to=[GRANT], reply=m10, mid="gmail")

m13 = b.add("INBOX", "grant-beacon-decision", "2026-10-08 16:40", TZ, GRANT, "RE: Beacon Harbour - first round!",
"""Hi Daniela,

Sorry for the radio silence - Beacon only got back to me this afternoon. They've decided to
proceed with an internal candidate for the Senior BA role. Anjali asked me to pass on that
she was impressed and that this was about the internal move, not you.

On a brighter note: I'm working with Lakeshore Freight Systems on a Lead BA role in their
operations group that I think suits you even better. OK if I put you forward?""" + gsig + oq(m12, TZ, to=[GRANT]),
           reply=m12, mid="outlook")
b.rejection(m13, GRANT[1])

b.sent("yes-lakeshore", "2026-10-08 18:05", "RE: Beacon Harbour - first round!",
"""That's a shame, but thanks for being straight with me. And yes - please put me forward for
Lakeshore!

Daniela

Sent from my iPhone""", to=[GRANT], reply=m13, mid="apple", mid_domain="maplemail.example")

t = """Dear Daniela,

Thank you for your interest in the Business Systems Analyst position with Queen West Credit
Union. We received a large number of strong applications, and after careful consideration we
have decided to pursue other applicants whose qualifications more closely meet our needs.

We encourage you to continue to visit our careers page for future opportunities.

Sincerely,
Queen West Credit Union - Talent Acquisition"""
m = b.add("INBOX", "icims-decision", "2026-10-09 11:30", TZ, ICIMS, "Your application with Queen West Credit Union",
          text=t, html=html_from_text(t), mid="uuid", mid_domain="talent.icims.com")
b.rejection(m, "")

m16 = b.add("INBOX", "grant-lakeshore-call", "2026-10-13 10:05", TZ, GRANT, "Lakeshore Freight - first call",
"""Hi Daniela,

Hope you had a good Thanksgiving! Lakeshore moved fast: Howard Lim, their VP Operations, will
call you on your cell this Thursday, October 15 at 10:00 am for about 30 minutes. It's an
informal first conversation - he wants to hear how you run discovery with ops teams.""" + gsig, mid="outlook")
b.interview(m16, "2026-10-15 10:00", TZ, ["name:Howard Lim"])

m17 = b.add("INBOX", "grant-after-howard", "2026-10-15 13:00", TZ, GRANT, "RE: Lakeshore Freight - first call",
"""Howard just pinged me - he enjoyed the call. He's comparing notes with his CFO and will get
back to me within 2 business days about next steps.""" + gsig, mid="outlook")

m18 = b.add("INBOX", "grant-lakeshore-onsite", "2026-10-19 10:15", TZ, GRANT, "RE: Lakeshore Freight - first call",
"""Hi Daniela,

They want to see you in person! Wednesday, October 21 at 1:30 pm at their head office,
2200 Lake Shore Blvd W, 4th floor - about 90 minutes with Howard Lim and Rebecca Stein (CFO).
Ask for Howard at reception; parking is validated.

Can you confirm that works?""" + gsig, mid="outlook")
b.timeframe(m17, "2026-10-19", GRANT[1], True, news=m18)
b.interview(m18, "2026-10-21 13:30", TZ, ["name:Howard Lim", "name:Rebecca Stein"])

b.sent("confirm-onsite", "2026-10-19 10:40", "RE: Lakeshore Freight - first call",
"""Confirmed - I'll be there Wednesday at 1:30. Thanks Grant!

Daniela""" + oq(m18, TZ, to=[U]), to=[GRANT], reply=m18, mid="gmail")

m = b.add("INBOX", "parent-teacher", "2026-10-20 19:30", TZ, ("Garden Avenue Public School", "office@gardenave-ps.example"),
          "Parent-Teacher Interview booking confirmed",
"""Dear Parent/Guardian,

Your Parent-Teacher Interview has been booked:

  Student: Maja Kowalczyk (Grade 3, Room 12)
  Teacher: Mr. D. Osei
  Date: Thursday, November 12, 2026
  Time: 6:40 PM - 6:50 PM
  Format: In person

If you need to change your booking, please log in to the school booking portal.

Garden Avenue Public School""", mid="plain", mid_domain="gardenave-ps.example")
b.silent(m, "a parent-teacher interview at the child's school")

b.sent("thanks-lakeshore", "2026-10-21 16:15", "Lakeshore onsite - thank you",
"""Hi Grant,

Just out of the Lakeshore meeting - it went really well, I think. Could you please pass my
thanks to Howard and Rebecca? I don't have their e-mail addresses. The yard tour was a great
touch.

Daniela""", to=[GRANT], mid="gmail")

m22 = b.add("INBOX", "grant-references", "2026-10-23 09:50", TZ, GRANT, "RE: Lakeshore onsite - thank you",
"""Passed on! Very positive feedback from both of them. They're checking references now - I
expect to hear back from them by Wednesday.""" + gsig, mid="outlook")

offer = """Hi Daniela,

Fantastic news - Lakeshore Freight Systems would like to offer you the Lead Business Analyst
role! Their offer letter is attached:

  - Base salary: $118,000
  - 10% annual bonus target
  - 4 weeks' vacation, benefits from day one
  - Start date: Monday, November 16

They'd like an answer by end of next week. Call me whenever you've had a read - and
congratulations, this was well deserved.""" + gsig
m23 = b.add("INBOX", "offer", "2026-10-27 14:20", TZ, GRANT, "Lakeshore Freight - OFFER",
            text=offer, html=html_from_text(offer, "font-family:Calibri,sans-serif;font-size:11pt"), mid="outlook",
            attach=[("Lakeshore_Offer_Kowalczyk.pdf", "application/pdf", fakepdf("Lakeshore Freight Systems - Offer of Employment"))])
b.timeframe(m22, "2026-10-28", GRANT[1], True, news=m23)
b.offer(m23)

b.sent("accept", "2026-10-27 20:10", "RE: Lakeshore Freight - OFFER",
"""Grant - I'm thrilled. I accept! Signed letter attached. Thank you for everything.

Daniela""", to=[GRANT], reply=m23, mid="gmail",
       attach=[("Lakeshore_Offer_Kowalczyk_signed.pdf", "application/pdf", fakepdf("Signed - Daniela Kowalczyk"))])

b.write()
