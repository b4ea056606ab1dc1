"""m04: India. (A) search firm for a General Counsel role: partner's screening call, MD video call moved by
text, in-person panel in Mumbai, chairman meeting set, then the user withdraws. (B) Taleo application:
unanswered 10-business-day promise, late no-reply rejection."""
from common import *

TZ = "Asia/Kolkata"
U = ("Meenakshi Raghunathan", "meenakshi.raghu@inboxly.example")
b = Box("m04-haldencrest-counsel", U, TZ, "2026-09-05T09:00:00+05:30", "2026-11-10T19:00:00+05:30",
        langs=["en", "ta"], country="IN",
        notes="India: search partner screen, MD video call rescheduled by text, Mumbai panel, withdrawal before chairman meeting; Taleo no-reply rejection")

VS = ("Vikram Sethuraman", "vikram.s@haldencrest.example")
NK = ("Nandita Kapoor", "nandita.k@haldencrest.example")
CFO = ("Rohan Kulkarni", "rohan.kulkarni@kaveriagro.example")
TALEO = ("Meridian Pharma Careers", "noreply@taleo.net")

VS_SIG = """Warm regards,
Vikram Sethuraman
Partner | Legal & Governance Practice
Halden Crest Partners
Prestige Meridian II, M.G. Road, Bengaluru 560001
+91 98450 55231"""

# 001 partner outreach
t1 = f"""Dear Meenakshi,

I hope this finds you well. I lead the Legal & Governance practice at Halden Crest Partners and am currently retained by a listed agri-processing company (turnover approx. INR 6,800 crore, HQ Mumbai) to find their next General Counsel. The role reports to the Managing Director with a dotted line to the Audit Committee, and leads a team of 14 across legal and secretarial.

Your work on the cross-border acquisitions at Trivantis, and your arbitration background, came up more than once in our research. Would you be open to a confidential conversation? Even if the timing is not right, I would value your perspective.

{VS_SIG}"""
r1 = b.add("INBOX", "gc-mandate", "2026-09-07 11:26", TZ, VS, "Confidential - General Counsel opportunity", text=t1, mid="outlook")

# 002 Sent: interested, proposes Friday evening
t2 = """Dear Vikram,

Thank you for reaching out, and for the kind words. I'm not actively looking but I'd be happy to have a conversation. Weekday evenings are easiest for me - would Friday, any time after 6 pm, suit you?

Best,
Meenakshi

Meenakshi Raghunathan
Senior Legal Counsel, Trivantis Systems Ltd""" + quote(t1, "Vikram Sethuraman <vikram.s@haldencrest.example>", "Mon, 7 Sep 2026, 11:26")
s2 = b.sent("re-gc-mandate", "2026-09-07 22:04", "Re: Confidential - General Counsel opportunity", t2, to=[VS], reply=r1)

# 003 partner confirms the screening call (text)
t3 = f"""Dear Meenakshi,

Wonderful. Let's say Friday, 11 September at 6:30 pm IST - I'll call you on your mobile. About 40 minutes; I will take you through the mandate and would love to hear about your current remit.

{VS_SIG}""" + quote(t2, "Meenakshi Raghunathan", "Mon, 7 Sep 2026 at 10:04 PM")
r3 = b.add("INBOX", "re-call-friday", "2026-09-08 09:12", TZ, VS, "RE: Confidential - General Counsel opportunity", text=t3, reply=s2, mid="outlook")
b.interview(r3, "2026-09-11 18:30", TZ, [VS[1]], source="text")

# 004 Taleo acknowledgement: 10 business days
t4 = """Dear Meenakshi,

Thank you for applying for the position of Associate Director - Legal (Requisition 2600417) at Meridian Pharma India Pvt. Ltd.

We have received your application. Our talent acquisition team aims to review all applications and get back to you within 10 business days.

For any queries regarding your application, please write to talent.india@meridianpharma.example and quote your requisition number.

Best regards,
Talent Acquisition Team
Meridian Pharma India

This is a system-generated message. Please do not reply to this email."""
r4 = b.add("INBOX", "taleo-ack", "2026-09-09 15:51", TZ, TALEO, "Meridian Pharma - Application Received: Associate Director - Legal (2600417)",
           text=t4, html=system_html("Meridian Pharma Careers", "#003b71", "Application received", t4, "Powered by Oracle Taleo"),
           mid="plain", mid_domain="taleo.net")
due4 = add_bdays("2026-09-09", 10, "IN")
assert not crosses_holiday("2026-09-09", due4, "IN")
b.timeframe(r4, due4, "talent.india@meridianpharma.example", False)

# 005 partner after call: revert by Wednesday
t5 = f"""Dear Meenakshi,

Thank you for a very engaging conversation this evening. As promised, I attach the role specification; the client is Kaveri Agro Industries Ltd.

I'll speak with Sudhir Bansal, their Managing Director, on Monday and will revert by Wednesday, 16 September on next steps.

{VS_SIG}"""
r5 = b.add("INBOX", "after-call", "2026-09-11 20:02", TZ, VS, "Kaveri Agro - role specification", text=t5, mid="outlook",
           attach=[("Kaveri_Agro_GC_Role_Specification.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
b.timeframe(r5, "2026-09-16", VS[1], True)

# 006 coordinator: MD video call (text), names only
t6 = """Dear Ms. Raghunathan,

Greetings from Halden Crest Partners.

Further to Vikram's conversation, Mr. Sudhir Bansal, Managing Director of Kaveri Agro Industries, would like to meet you over a video call. He will be joined by Ms. Farzana Mistry, Independent Director and Chair of the Audit Committee.

Date: Tuesday, 22 September 2026
Time: 11:00 am - 12:00 noon IST
Link: https://kaveriagro.zoom.example/j/71845520931 (passcode 2209)

Kindly confirm your availability.

Regards,
Nandita Kapoor
Senior Associate | Halden Crest Partners
+91 80 4155 2207"""
r6 = b.add("INBOX", "md-video-call", "2026-09-15 12:33", TZ, NK, "Kaveri Agro: meeting with Mr. Sudhir Bansal (MD)", text=t6, cc=[VS], mid="outlook")
b.interview(r6, "2026-09-24 16:00", TZ, ["name:Sudhir Bansal", "name:Farzana Mistry"], source="text", moved_by_text=True)

# 007 Sent: confirm
t = "Dear Nandita,\n\nConfirmed for Tuesday, 22 September at 11 am. Thank you.\n\nRegards,\nMeenakshi"
s7 = b.sent("re-md-call", "2026-09-15 13:10", "Re: Kaveri Agro: meeting with Mr. Sudhir Bansal (MD)", t, to=[NK], cc=[VS], reply=r6)

# 008 coordinator: move to Thursday 4 pm
t8 = """Dear Ms. Raghunathan,

Apologies for the change - Mr. Bansal has to be in Delhi on Tuesday for a ministry meeting. Would Thursday, 24 September at 4:00 pm IST work for you instead? Ms. Mistry is available then as well.

Regards,
Nandita"""
r8 = b.add("INBOX", "md-call-move", "2026-09-18 10:47", TZ, NK, "RE: Kaveri Agro: meeting with Mr. Sudhir Bansal (MD)", text=t8, reply=s7, cc=[VS], mid="outlook")

# 009 Sent: fine
t9 = "Hi Nandita, no problem - Thursday at 4 pm works.\n\nMeenakshi\n\nSent from my iPhone" + quote(t8, "Nandita Kapoor <nandita.k@haldencrest.example>", "18-Sep-2026, at 10:47 AM")
s9 = b.sent("re-md-call-move", "2026-09-18 11:20", "Re: Kaveri Agro: meeting with Mr. Sudhir Bansal (MD)", t9, to=[NK], reply=r8, mid="apple")

# 010 coordinator confirms
t = """Thank you, Ms. Raghunathan. Confirmed for Thursday, 24 September, 4:00 pm IST. The Zoom link remains the same.

Regards,
Nandita"""
b.add("INBOX", "md-call-confirmed", "2026-09-18 12:05", TZ, NK, "RE: Kaveri Agro: meeting with Mr. Sudhir Bansal (MD)", text=t, reply=s9, mid="outlook")

# 011 look-alike: job portal alert
t = """Hi Meenakshi,

12 new jobs match your profile "General Counsel":

- Head Legal, a leading NBFC - Mumbai - 20-25 yrs
- General Counsel, consumer electronics MNC - Gurugram
- Associate Director Legal, pharma - Bengaluru

Apply now and stand out - recruiters are viewing profiles like yours.

To stop these alerts, update your preferences."""
m = b.add("INBOX", "job-alert", "2026-09-21 08:00", TZ, ("JobsNest Alerts", "alerts@jobsnest.example"), "12 new jobs for General Counsel",
          text=t, html=system_html("JobsNest", "#ff7a00", "Jobs for you", t, "Update your preferences"), mid="ses")
b.silent(m, "a job alert, not a process")

# 012 partner: in-person panel in Mumbai (text)
t12 = f"""Dear Meenakshi,

Sudhir and Farzana came away from Thursday's conversation very impressed. The next step is an in-person meeting in Mumbai:

Date: Monday, 5 October 2026
Time: 10:30 am onwards (approx. 2 hours)
Venue: Kaveri House, 7th Floor Board Room, Dr. Annie Besant Road, Worli, Mumbai 400018

You will meet Rohan Kulkarni (CFO), Farzana Mistry and Sudhir Bansal together as a panel. They would like you to spend the first fifteen minutes on how you would restructure the legal function's reporting to the Board. Rohan's office will coordinate your travel directly.

{VS_SIG}"""
r12 = b.add("INBOX", "mumbai-panel", "2026-09-28 17:15", TZ, VS, "Kaveri Agro - next meeting in Mumbai", text=t12, cc=[NK], mid="outlook")
b.interview(r12, "2026-10-05 10:30", TZ, [CFO[1], "name:Farzana Mistry", "name:Sudhir Bansal"], source="text")

# 013 family noise (Tamil)
t = """கண்ணு,

அடுத்த வாரம் நவராத்திரி கொலு வைக்கிறோம். சனிக்கிழமை வீட்டுக்கு வா, பாட்டி உன்னை பார்க்கணும்னு சொல்றாங்க.

அம்மா"""
b.add("INBOX", "amma-golu", "2026-09-29 19:40", TZ, ("Lakshmi Raghunathan", "lakshmi.raghu@inboxly.example"), "கொலு", text=t)

# 014 CFO writes directly with logistics
t = """Dear Meenakshi,

Looking forward to meeting you on Monday. Our travel desk has booked you on the 7:05 am flight from Bengaluru (6E 5321) and a car will be waiting at T1. Return is on the 5:40 pm flight; the e-tickets will come separately.

If anything changes, my EA Shalini (+91 22 6611 4020) can help.

Best,
Rohan

Rohan Kulkarni
Chief Financial Officer
Kaveri Agro Industries Ltd."""
b.add("INBOX", "cfo-travel", "2026-10-01 09:32", TZ, CFO, "Monday - travel", text=t, cc=[NK], mid="outlook")

# 015 look-alike: current employer's Outlook meeting (calendar)
t15 = "Agenda: contract pipeline, open litigation, audit committee prep. Please come with your matters list."
ev = Event("040000008200E00074C5B7101A82E00800000000D0F6E4B1A054DC0100000000000000001000000011F9C3D7", "2026-10-08 15:00", TZ, 60,
           summary="Q3 Legal review", organizer=("Arvind Menon", "arvind.menon@trivantis.example"),
           attendees=[(U[0], U[1]), ("Legal Team", "legal-team@trivantis.example")], location="Conf Room 4B / Teams",
           description=t15, stamp="20261002T055012Z")
ics = calendar("REQUEST", [ev], prodid=EXCHANGE_PRODID, tzstyle="windows")
m = b.add("INBOX", "q3-legal-review", "2026-10-02 11:20", TZ, ("Arvind Menon", "arvind.menon@trivantis.example"), "Q3 Legal review",
          text=t15, html=outlook_html(t15), ics=ics, mid="outlook", headers=outlook_headers(b, "Q3 Legal review"))
b.silent(m, "an internal meeting invitation at the current employer")

# 016 Taleo rejection (late, no-reply, subtle)
t16 = """Dear Meenakshi,

Thank you for your interest in the Associate Director - Legal role (Requisition 2600417) at Meridian Pharma India.

We have now completed our review and have decided to move forward with applicants whose experience more closely matches our current requirements. We will retain your profile and may reach out should a suitable opportunity arise.

We wish you every success.

Talent Acquisition Team
Meridian Pharma India

This is a system-generated message. Please do not reply to this email."""
r16 = b.add("INBOX", "taleo-update", "2026-10-06 18:22", TZ, TALEO, "Meridian Pharma - Update on your application (2600417)",
            text=t16, html=system_html("Meridian Pharma Careers", "#003b71", "Application update", t16, "Powered by Oracle Taleo"),
            mid="plain", mid_domain="taleo.net")
b.rejection(r16, "")

# 017 partner: chairman meeting (text) - later withdrawn, no thank-you due
t17 = f"""Dear Meenakshi,

Thank you for making the trip yesterday - Rohan called me last night and the panel would like to take this forward.

The final step is a meeting with the Chairman, Mr. R. K. Venkataraman, at his office in Chennai on Friday, 16 October at 11:00 am (Kaveri Agro Chairman's Office, 3rd Floor, Cathedral Road, Chennai 600086). If that goes well, they would request references and move to an offer quickly.

{VS_SIG}"""
r17 = b.add("INBOX", "chairman-meeting", "2026-10-06 19:45", TZ, VS, "Kaveri Agro - meeting with the Chairman", text=t17, mid="outlook")
b.interview(r17, "2026-10-16 11:00", TZ, ["name:R. K. Venkataraman"], source="text", thank_you=False)

# 018 Sent: withdrawal
t18 = """Dear Vikram,

I have been putting off writing this, and I'm sorry to do it at this stage. Over the weekend my company offered me the General Counsel role here, effective January, and after a lot of thought I have decided to accept it. I would therefore like to withdraw my candidature for the Kaveri Agro position, including the meeting with Mr. Venkataraman on the 16th.

Please convey my sincere apologies and thanks to Sudhir, Farzana and Rohan - I enjoyed every one of those conversations, and I hope our paths cross again.

With warm regards,
Meenakshi""" + quote(t17, "Vikram Sethuraman <vikram.s@haldencrest.example>", "Tue, 6 Oct 2026, 19:45")
s18 = b.sent("withdrawal", "2026-10-12 08:55", "Re: Kaveri Agro - meeting with the Chairman", t18, to=[VS], cc=[NK], reply=r17)

# 019 partner: gracious
t = f"""Dear Meenakshi,

Thank you for telling me directly and so promptly - that's genuinely appreciated, and congratulations on the GC role, it is well deserved. I'll let the client know today and cancel the Chennai meeting.

Let's stay in touch; I suspect we'll be working together from the other side of the table before long.

{VS_SIG}"""
b.add("INBOX", "re-withdrawal", "2026-10-12 10:40", TZ, VS, "RE: Kaveri Agro - meeting with the Chairman", text=t, reply=s18, mid="outlook")

# 020 look-alike: conference 'offer'
t = """In-House Counsel Summit 2026 | Mumbai | 27-28 November

Hear from 40+ General Counsels on the future of the legal function. Special offer: register before 31 October and save 25% on delegate passes.

Book now: https://ihcsummit.example/register

You are receiving this because you attended IHCS 2025."""
m = b.add("INBOX", "summit-offer", "2026-10-20 10:00", TZ, ("In-House Counsel Summit", "events@ihcsummit.example"),
          "Special offer: save 25% on IHCS 2026 passes", text=t,
          html=system_html("IHCS 2026", "#5b2a86", "Early-bird offer", t, "Unsubscribe"), mid="sendgrid")
b.silent(m, "a conference registration discount")

b.write()
