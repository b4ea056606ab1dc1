"""m10: subtle rejections of many kinds (position filled, concluding candidacy, different
direction, 'not among those selected', 'isn't going to work out', 'other finalists a better fit');
answer promises counted from an interview that arrive before it is scheduled (Greenhouse 3 business
days, Workable 'within one week of their interview'); rejection look-alikes (talk proposal, HOA)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, gq, oq, iq, html_from_text

TZ = "America/Phoenix"
USER = ("Carmen Villalobos", "carmen.villalobos@desertmail.example")
b = Box("tune", "m10-subtle-rejections", USER, TZ, "2026-09-01T07:00:00-07:00", "2026-11-13T17:00:00-07:00")
GH = ("Saguaro Payments", "no-reply@us.greenhouse-mail.io")
LEAH = ("Leah Kim", "leah.kim@saguaropay.example")
DEVIN = ("Devin Shah", "devin.shah@copperlinebank.example")
ICIMS = ("Cactus Wren Software", "no-reply@icims.com")
JOANNE = ("Joanne Whitaker", "jwhitaker@mesaverdeins.example")
BRENDA = ("Brenda Callahan", "brenda.callahan@ironwoodlogistics.example")
WK = ("Sonoran Health", "noreply@candidates.workablemail.com")
KIARA = ("Kiara Begay", "kiara.begay@sonoranhealth.example")
ELI = ("Eli Navarro", "eli@monsoonrobotics.example")

ack = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Carmen,</p>
<p>Thanks for applying to the <b>Product Operations Manager</b> role at Saguaro Payments! We've received your application.</p>
<p><b>What to expect</b></p>
<ul>
<li>A recruiter reviews every application. If there's a match, we'll reach out to schedule a first conversation.</li>
<li>We respect your time: after each interview, you will hear from us within 3 business days - whatever the outcome.</li>
</ul>
<p>Thanks,<br>Saguaro Payments Recruiting</p>
<p style="font-size:11px;color:#888">Please do not reply to this email. Questions? recruiting@saguaropay.example</p>
</body></html>
"""
m001 = b.add("INBOX", "greenhouse-ack-saguaro", "2026-09-01 10:05", TZ, GH, "Thanks for applying to Saguaro Payments",
             html=ack, mid="uuid", mid_domain="us.greenhouse-mail.io", headers=["Auto-Submitted: auto-generated"])
# promise counted from the interview fixed later in 005 (Wed 16 Sep) -> 3 business days -> Mon 21 Sep
b.timeframe(m001, "2026-09-21", LEAH[1], True, domains=["us.greenhouse-mail.io"], counts_after="2026-09-16 10:00")

t2 = """Hello Devin,

I'm interested in the Operations Manager, Treasury Services opening at Copperline Bank's Scottsdale office. I've spent five years running payment operations at a regional processor - reconciliation, exception handling, and vendor management for our ACH and card programs.

I've attached my resume and would welcome the chance to talk.

Best regards,
Carmen Villalobos
(480) 555-0177"""
m002 = b.sent("application-copperline", "2026-09-02 20:00", "Operations Manager, Treasury Services - Carmen Villalobos", t2,
              to=[DEVIN], attach=[("Carmen_Villalobos_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

t3 = """Dear Carmen,

Thank you for your interest in Cactus Wren Software. This email confirms we have received your application for Operations Program Manager (Req #2026-3381).

Our recruiting team will review your qualifications. You can log in to the careers portal at any time to check your application status.

Sincerely,
Cactus Wren Software Talent Acquisition

*** This is an automated message. Please do not reply. ***"""
m003 = b.add("INBOX", "icims-ack-cactuswren", "2026-09-04 09:00", "America/Chicago", ICIMS,
             "Cactus Wren Software - Application Received", text=t3, html=True, mid="plain", mid_domain="icims.com",
             headers=["Auto-Submitted: auto-generated"])

t4 = """Hi Joanne,

Marisa Quan mentioned you're hiring a Claims Operations Lead for the Tempe service center and suggested I write to you. I've attached my resume - my background is payment operations, but I ran our disputes team for two years, which I think maps closely onto claims handling.

I'd be grateful for a conversation.

Best,
Carmen Villalobos"""
m004 = b.sent("application-mesaverde", "2026-09-05 19:30", "Claims Operations Lead - introduction via Marisa Quan", t4,
              to=[JOANNE], attach=[("Carmen_Villalobos_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n")])

t5 = """Hi Carmen,

Thanks for applying to Saguaro Payments! I'm the recruiter for the Product Operations Manager role and I'd love to chat.

I've scheduled a 30-minute Zoom with me for Wednesday, September 16 at 10:00 AM Arizona time: https://saguaropay.zoom.example/j/99310482214

Looking forward to it,
Leah

Leah Kim
Senior Recruiter, Saguaro Payments"""
m005 = b.add("INBOX", "saguaro-screen", "2026-09-08 11:00", TZ, LEAH, "Saguaro Payments - let's chat", text=t5)
b.interview(m005, "2026-09-16 10:00", TZ, [LEAH[1]])

t6 = """Hi Leah,

Thank you - Wednesday the 16th at 10:00 works. Talk then!

Carmen"""
m006 = b.sent("re-saguaro-screen", "2026-09-08 12:02", "Re: Saguaro Payments - let's chat", t6 + gq(m005, TZ), to=[LEAH],
              reply=m005)

t7 = """Hi Carmen,

Thank you for reaching out and for your interest in Copperline Bank. I wanted to let you know that the Operations Manager, Treasury Services position has been filled.

We'll keep your resume on file and contact you if a similar opportunity opens up.

Best regards,
Devin Shah
Talent Acquisition | Copperline Bank"""
m007 = b.add("INBOX", "re-copperline", "2026-09-10 14:00", TZ, DEVIN,
             "RE: Operations Manager, Treasury Services - Carmen Villalobos", text=t7 + oq(m002, TZ), reply=m002, mid="outlook")
b.rejection(m007, DEVIN[1])

t8 = """Hi Carmen,

Thanks for your note, and Marisa's recommendation counts for a lot with me. Let's meet. How about Tuesday, September 29 at 1:30 PM Pacific? (If I have it right, that's 1:30 for you in Arizona too this time of year.) Rob Feeney, who runs our Tempe service center, will join us on Teams.

Joanne

Joanne Whitaker
VP, Claims Operations | Mesa Verde Insurance
(602) 555-0133"""
m008 = b.add("INBOX", "mesaverde-invite", "2026-09-11 10:00", "America/Los_Angeles", JOANNE,
             "RE: Claims Operations Lead - introduction via Marisa Quan", text=t8 + oq(m004, "America/Los_Angeles"),
             reply=m004, mid="outlook")
b.interview(m008, "2026-09-29 13:30", "America/Los_Angeles", [JOANNE[1], "name:Rob Feeney"])

t9 = """Hi Joanne,

Yes - 1:30 on the 29th works (and you're right, same time for us right now!). Thank you, I look forward to meeting you and Rob.

Carmen"""
m009 = b.sent("re-mesaverde-invite", "2026-09-11 11:45", "Re: Claims Operations Lead - introduction via Marisa Quan",
              t9 + gq(m008, TZ), to=[JOANNE], reply=m008)

t10 = """Dear Carmen,

Thank you for submitting a proposal to OpsCon West 2026. We received over 400 submissions this year for 60 speaking slots.

Unfortunately, your proposal "Exception Queues Are a Product" was not selected for the program. We hope you'll still join us in San Diego - use code SPEAKER15 for 15% off registration.

The OpsCon West Program Committee"""
m010 = b.add("INBOX", "talk-not-selected", "2026-09-17 08:00", "America/Los_Angeles",
             ("OpsCon West", "program@opsconwest.example"), "Your OpsCon West 2026 proposal", text=t10, html=True,
             mid="sendgrid")
b.silent(m010, "a conference talk proposal not selected; not a job rejection")

t11 = """Hi Carmen,

Thank you again for the conversation on Wednesday - I enjoyed hearing about the chargeback tooling you built.

I've talked it through with the hiring manager, and we won't be moving forward with your candidacy at this time. For this role we've decided to focus on candidates who've worked on the issuing side of card programs.

I appreciate your time and wish you the best in your search.

Leah"""
m011 = b.add("INBOX", "saguaro-update", "2026-09-18 15:30", TZ, LEAH, "Saguaro Payments - update", text=t11)
b.rejection(m011, LEAH[1])

t12 = """Hi Carmen,

I'm a recruiter at Ironwood Logistics in Dallas. We're hiring a Carrier Operations Manager (remote-friendly, with quarterly trips to our Fort Worth hub), and your payments-ops background - especially vendor management and exception handling - stood out.

Would you be open to a short phone screen?

Thanks,
Brenda Callahan
Talent Acquisition Partner
Ironwood Logistics | 214-555-0168"""
m012 = b.add("INBOX", "ironwood-outreach", "2026-09-21 09:10", "America/Chicago", BRENDA,
             "Carrier Operations Manager - Ironwood Logistics", text=t12, mid="outlook")

t13 = """Hi Brenda,

Thanks for reaching out - yes, I'd be happy to talk. Mornings are easiest for me.

Carmen"""
m013 = b.sent("re-ironwood", "2026-09-21 10:30", "Re: Carrier Operations Manager - Ironwood Logistics", t13 + gq(m012, TZ),
              to=[BRENDA], reply=m012)

rj = """Dear Carmen,

Thank you for your interest in the Operations Program Manager position (Req #2026-3381) at Cactus Wren Software.

After careful review, we regret to inform you that your application was not among those selected to advance to the next stage of our process.

We appreciate your interest in Cactus Wren Software and encourage you to apply for future openings.

Sincerely,
Cactus Wren Software Talent Acquisition

*** This is an automated message. Please do not reply. ***"""
m014 = b.add("INBOX", "icims-cactuswren-update", "2026-09-22 08:15", "America/Chicago", ICIMS,
             "Cactus Wren Software - Application Status Update", text=rj, html=True, mid="plain", mid_domain="icims.com",
             headers=["Auto-Submitted: auto-generated"])
b.rejection(m014, "")

t15 = """Great! Let's do Wednesday, September 30 at 9:00 AM Central (7:00 AM for you in Phoenix - hope that's not too early!). I'll call you at (480) 555-0177. Plan on 30 minutes.

Brenda"""
m015 = b.add("INBOX", "ironwood-screen", "2026-09-22 10:05", "America/Chicago", BRENDA,
             "RE: Carrier Operations Manager - Ironwood Logistics", text=t15 + oq(m013, "America/Chicago"), reply=m013,
             mid="outlook")
b.interview(m015, "2026-09-30 09:00", "America/Chicago", [BRENDA[1]])

t16 = """Carmen,

Thank you for a great conversation today. Rob and I were both impressed by how you think about queue design.

We're finishing with two more candidates this week, and you'll have a decision by Friday the 9th.

Joanne"""
m016 = b.add("INBOX", "mesaverde-after", "2026-09-29 15:10", "America/Los_Angeles", JOANNE, "Thank you", text=t16,
             mid="outlook")
b.timeframe(m016, "2026-10-09", JOANNE[1], False)

wk = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p>Hi Carmen,</p>
<p>Thanks for applying for <b>Patient Access Operations Manager</b> at Sonoran Health. We've received your application.</p>
<p>Our promise to candidates: every candidate who interviews with us hears back within one week of their interview.</p>
<p>Questions? Reply to talent@sonoranhealth.example.</p>
<p>Sonoran Health Talent Team</p>
<p style="font-size:12px;color:#999">This email was sent by Workable on behalf of Sonoran Health.</p>
</body></html>
"""
m017 = b.add("INBOX", "workable-ack-sonoran", "2026-09-30 16:40", TZ, WK, "Sonoran Health: application received",
             html=wk, mid="uuid", mid_domain="workablemail.com",
             reply_to=("Sonoran Health Talent", "talent@sonoranhealth.example"), headers=["Auto-Submitted: auto-generated"])
# promise counted from the interview fixed later in 020 (Mon 12 Oct) -> one week -> Mon 19 Oct
b.timeframe(m017, "2026-10-19", KIARA[1], False, domains=["workablemail.com"], counts_after="2026-10-12 11:00")

t18 = """Hi Carmen,

Thanks again for your time yesterday morning. After discussing with the hiring team, we've identified candidates whose experience more closely aligns with the freight side of this role, so we'll be concluding your candidacy for now.

I'll keep your information in mind for future openings - I think your background would be a strong fit for our payments team when it grows next year.

Best,
Brenda"""
m018 = b.add("INBOX", "ironwood-update", "2026-10-01 11:20", "America/Chicago", BRENDA,
             "Carrier Operations Manager - update", text=t18, mid="outlook")
b.rejection(m018, BRENDA[1])

t19 = """Hi Eli,

I loved the demo video of your irrigation robot at the Phoenix Startup Week showcase. I'm an operations manager (payments background, lots of process design and vendor management), and I'd love to help a hardware company scale its field operations.

If you're hiring for anything ops-related, or expect to soon, I'd love to talk.

Carmen Villalobos
(480) 555-0177"""
m019 = b.sent("note-to-monsoon", "2026-10-02 08:45", "Operations at Monsoon Robotics?", t19, to=[ELI])

t20 = """Hi Carmen,

Thanks for applying to Sonoran Health. I'd like to invite you to a video interview with me and Dr. Alan Cho, our Director of Patient Access:

Monday, October 12, 11:00 AM - 12:00 PM (Arizona time)
Microsoft Teams - link to follow

Please let me know that works.

Kiara Begay
Talent Acquisition, Sonoran Health
(602) 555-0109"""
m020 = b.add("INBOX", "sonoran-interview", "2026-10-05 09:30", TZ, KIARA, "Interview - Patient Access Operations Manager",
             text=t20)
b.interview(m020, "2026-10-12 11:00", TZ, [KIARA[1], "name:Alan Cho"])

t21 = """Hi Kiara,

Thank you! Monday, October 12 at 11:00 works for me.

Carmen"""
m021 = b.sent("re-sonoran", "2026-10-05 10:15", "Re: Interview - Patient Access Operations Manager", t21 + gq(m020, TZ),
              to=[KIARA], reply=m020)

t22 = """hey Carmen - thanks for the kind words about the demo! we're not formally hiring but we probably need an ops person by spring. come by the shop thursday at 2 and let's talk? 1140 W University Dr, unit 6, Tempe. I'll have our field lead Sam Ortega there too.

eli

Sent from my iPhone"""
m022 = b.add("INBOX", "re-monsoon", "2026-10-06 21:40", TZ, ELI, "Re: Operations at Monsoon Robotics?",
             text=t22 + iq(m019, TZ), reply=m019, mid="apple", mid_domain="monsoonrobotics.example")
b.interview(m022, "2026-10-08 14:00", TZ, [ELI[1], "name:Sam Ortega"])

t23 = """Carmen,

Thanks for coming by Thursday, it was a fun conversation and Sam liked you a lot.

I'll be straight with you: I'm afraid this one isn't going to work out. Talking it through afterwards we realized the first ops hire really needs to be someone who has run field service for hardware, and we can't afford to have them learn it on the job.

Sorry - I know that's not what you hoped to hear. If we ever build out the back-office side I'll call you first.

eli"""
m023 = b.add("INBOX", "monsoon-update", "2026-10-13 18:05", TZ, ELI, "thanks for thursday", text=t23, mid="apple",
             mid_domain="monsoonrobotics.example")
b.rejection(m023, ELI[1])

t24 = """Dear Homeowner,

The Architectural Review Committee of Sunset Ridge Community Association has reviewed your application for exterior modification (front-yard pergola, Lot 114).

Unfortunately, your application was not approved, as the proposed structure exceeds the 10-foot height limit in Section 4.3 of the design guidelines. You may submit a revised application at any time.

Sunset Ridge Community Association
Managed by Valle Property Services"""
m024 = b.add("INBOX", "hoa-application", "2026-10-14 13:00", TZ, ("Sunset Ridge HOA", "arc@sunsetridgehoa.example"),
             "Architectural application - Lot 114 - decision", text=t24, mid="plain", mid_domain="sunsetridgehoa.example")
b.silent(m024, "an HOA's denial of a home-improvement 'application', not a job rejection")

t25 = """Hi Carmen,

I'm sorry to be late with this - I know I promised you an answer by last Friday.

We've decided to go in a different direction with this role. You were a genuinely strong candidate, and this was about the particular mix of experience we need in Tempe right now, not about you.

Thank you for your time, and please give Marisa my best.

Joanne"""
m025 = b.add("INBOX", "mesaverde-decision", "2026-10-16 12:40", "America/Los_Angeles", JOANNE, "RE: Thank you",
             text=t25 + oq(m016, "America/Los_Angeles"), reply=m016, mid="outlook")
b.rejection(m025, JOANNE[1])

t26 = """Hi Carmen,

Thank you for interviewing with Dr. Cho and me, and I apologize that this took longer than our usual one-week promise.

After much deliberation, the team concluded that other finalists were a better fit for where our patient access team is right now. We truly enjoyed meeting you.

Warm regards,
Kiara Begay
Talent Acquisition, Sonoran Health"""
m026 = b.add("INBOX", "sonoran-decision", "2026-10-27 10:10", TZ, KIARA, "Patient Access Operations Manager - update",
             text=t26)
b.rejection(m026, KIARA[1])

b.write()
