"""m10: subtle rejections of every kind, for a Phoenix user (no DST), and answers promised
after an interview before it is scheduled. Fernleaf ("will not be progressing your
application"), Mesa Verde ("go in a different direction"), Copperline (Ashby self-schedule
mail promising feedback "within 3 business days after your interview", then the booking;
promise unkept; "won't be moving you forward"), Tallgrass (Workable, fuzzy 2-3 weeks, "the
position has been filled" from no-reply), Pinyon (promise counted from an interview fixed in
the next mail; "won't be extending an offer" on the due day), Ocotillo (Calendly booking,
cancelled and moved by text - not a rejection - then a text final chat and an offer).
Look-alikes: a newsletter about rejection, a declined credit-limit request."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf

TZ = "America/Phoenix"
U = ("Ruben Castellanos", "ruben.castellanos@saguaro-mail.example")
b = Box("final", "m10-subtle-rejections-phoenix", U, TZ,
        "2026-09-02T07:00:00-07:00", "2026-11-20T18:00:00-07:00", langs=["en"], country="US")

SOPH = ("Sophie Tran", "sophie.tran@fernleafstudios.example")
GAB = ("Gabriel Ortiz", "gabriel.ortiz@mesaverdecredit.example")
ASH = ("Copperline Devices", "no-reply@ashbyhq.com")
ELL = ("Elliot Sandoval", "elliot.sandoval@copperline.example")
NOOR = ("Noor Haddad", "noor.haddad@copperline.example")
WK = ("Tallgrass Learning", "noreply@candidates.workablemail.com")
IMANI = ("Imani Brooks", "imani.brooks@pinyonhealth.example")
SAM = ("Dr. Samuel Okafor", "samuel.okafor@pinyonhealth.example")
DEV = ("Dev Raman", "dev.raman@ocotillogames.example")
esig = "\n\nElliot Sandoval\nTechnical Recruiter | Copperline Devices\n(720) 555-0190"
isig = "\n\nImani Brooks\nDirector of Content, Pinyon Health\n(602) 555-0148"
dsig = "\n\nDev Raman\nDocs & DevRel Lead, Ocotillo Games"

m1 = b.sent("apply-fernleaf", "2026-09-02 08:30", "Application - Senior Technical Writer (remote)",
"""Dear Sophie,

I'd like to apply for the Senior Technical Writer role (remote, US hours OK) that Fernleaf
Studios posted last week. I've spent five years writing SDK and API docs, most recently for
Arroyo Robotics' public API. CV and writing samples attached.

Kind regards,
Ruben Castellanos""", to=[SOPH], mid="gmail",
           attach=[("Ruben_Castellanos_CV.pdf", "application/pdf", fakepdf("Ruben Castellanos - Technical Writer"))])

t = """Hi Ruben,

Thank you for applying for the Instructional Content Developer position at Tallgrass Learning.
We've received your application.

Our hiring team reviews every application, and we aim to get back to all applicants within
2-3 weeks.

Best regards,
Tallgrass Learning"""
b.add("INBOX", "workable-ack", "2026-09-08 09:10", TZ, WK, "Thanks for applying to Tallgrass Learning",
      text=t, html=html_from_text(t), mid="uuid", mid_domain="workablemail.com")

m3 = b.sent("apply-mesaverde", "2026-09-08 12:45", "Technical writer for the lending platform?",
"""Hi Gabriel,

I heard you on the Fintech Docs panel last month talking about your new lending-platform API.
If you're hiring a writer for it, I'd love to be considered - I've documented two payments
APIs end to end, including sandbox guides and the migration docs for a v1-to-v2 cutover.

Resume attached. Thanks for considering it!

Ruben Castellanos
(480) 555-0163""", to=[GAB], mid="gmail",
           attach=[("Ruben_Castellanos_Resume.pdf", "application/pdf", fakepdf("Ruben Castellanos - Resume"))])

t = """Hi Ruben,

Elliot from Copperline here - thanks for applying for our Technical Writer, Developer Platform
role! We'd love to set up a 45-minute interview with Noor Haddad, our Developer Relations Lead.

Please use the link below to choose a time that works for you:
https://app.ashbyhq.com/interview-scheduling/copperline/9c4f1e72

Our team will share feedback within 3 business days after your interview.

Best,
Elliot Sandoval
Technical Recruiter, Copperline Devices"""
m4 = b.add("INBOX", "ashby-schedule-link", "2026-09-10 10:05", TZ, ASH,
           "Schedule your interview with Copperline Devices", text=t, html=html_from_text(t),
           reply_to=ELL, mid="ses")
TF_CL = m4

uid = f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}@ashbyhq.com"
ev = Event(uid, "2026-09-22 14:00", TZ, minutes=45, summary="Interview: Ruben Castellanos <> Noor Haddad (Copperline Devices)",
           organizer=ELL, attendees=[U, NOOR], location="https://copperline.zoom.us/j/94410288371",
           description="Technical Writer, Developer Platform - interview with Noor Haddad.", stamp="20260910T183000Z",
           tzstyle="utc")
ics = calendar("REQUEST", [ev], prodid="-//Ashby//Interview Scheduling//EN", tzstyle="utc", style="plain")
t = """Hi Ruben,

Your interview is confirmed!

Technical Writer, Developer Platform - Copperline Devices
Tuesday, September 22, 2026
2:00 PM - 2:45 PM MST (America/Phoenix)
Interviewer: Noor Haddad, Developer Relations Lead
Location: https://copperline.zoom.us/j/94410288371

A calendar invitation is attached. Need to reschedule? Reply to this email.

Copperline Devices"""
m5 = b.add("INBOX", "ashby-confirmed", "2026-09-10 11:32", TZ, ASH, "Interview Confirmed: Technical Writer at Copperline Devices",
           text=t, html=html_from_text(t), reply_to=ELL, ics=ics, ics_as="attach", ics_name="interview.ics", mid="ses")
b.interview(m5, "2026-09-22 14:00", TZ, [NOOR[1]])
# the booking confirmation is not news about the outcome; silence is required after it
b.timeframe(TF_CL, "2026-09-25", ELL[1], False, quiet_after=m5)

m = b.add("INBOX", "fernleaf-decision", "2026-09-14 03:20", TZ, SOPH, "RE: Application - Senior Technical Writer (remote)",
"""Dear Ruben,

Thank you for your interest in Fernleaf Studios and for sending such thorough samples.

We've now reviewed all applications, and I'm sorry to say that we will not be progressing
your application further on this occasion - we've had a very high volume of applicants with
games-engine documentation experience. With your permission we'd like to keep your details on
file for future roles.

Best wishes,
Sophie Tran
Talent Partner, Fernleaf Studios | London""" + oq(m1, "Europe/London", to=[SOPH]), reply=m1, mid="outlook")
b.rejection(m, SOPH[1])

m = b.add("INBOX", "mesaverde-reply", "2026-09-16 15:40", TZ, GAB, "Re: Technical writer for the lending platform?",
"""Hi Ruben,

Thanks for reaching out, and glad the panel was useful! We did have a writer role scoped, but
we've decided to go in a different direction with it - we're folding it into a senior
developer-experience engineer position that's more code than docs. I'll hang on to your resume
in case that changes.

Best,
Gabriel

Gabriel Ortiz | Head of Platform, Mesa Verde Credit""" + gq(m3, TZ), reply=m3, mid="gmail")
b.rejection(m, GAB[1])

b.sent("thanks-noor", "2026-09-22 15:20", "Thank you for today",
"""Hi Noor,

Thank you for the conversation this afternoon - I enjoyed comparing notes on docs-as-code and
your plans for the interactive API explorer.

Best,
Ruben""", to=[NOOR], cc=[ELL], mid="gmail")

m = b.add("INBOX", "newsletter-rejection", "2026-09-24 06:00", TZ, ("The Write Track", "newsletter@writetrack.example"),
          "Got rejected? 5 ways to bounce back (and what 'we've decided to move forward' really means)",
          html="""<html><body style="font-family:Georgia"><h2>The Write Track &mdash; Issue 88</h2>
<p><b>Got rejected?</b> Decoding the polite phrases recruiters use: "we've decided to move forward with other
candidates", "we'll keep your CV on file", and what to do next.</p>
<p>Also this week: portfolio reviews, and three docs teams that are hiring.</p>
<p style="font-size:10px">You're subscribed as ruben.castellanos@saguaro-mail.example. Unsubscribe.</p></body></html>""",
          mid="sendgrid")
b.silent(m, "newsletter about rejection phrases")

m = b.sent("apply-pinyon", "2026-09-25 09:30", "Content designer application",
"""Hi Imani,

I applied through your careers page for the Senior Content Designer role but wanted to send a
quick note directly too: patient-facing writing is where I want to take my career next, and
I'd love to help Pinyon make its app instructions clearer.

Ruben""", to=[IMANI], mid="gmail")
m_pin = m

b.add("INBOX", "ocotillo-hello", "2026-09-28 10:15", TZ, DEV, "Your application to Ocotillo Games",
"""Hi Ruben,

Thanks for applying for the Developer Docs Writer role! I'm the docs & devrel lead. Grab 45
minutes with me here and we'll talk: https://calendly.com/dev-ocotillo/45min

Dev""" + dsig, mid="gmail")

cuid = f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}"
ev = Event(cuid, "2026-10-01 10:00", TZ, minutes=45, summary="45 Minute Meeting: Ruben Castellanos and Dev Raman",
           organizer=DEV, attendees=[U, DEV], location="Zoom: https://ocotillogames.zoom.us/j/82233019945",
           stamp="20260928T190000Z", tzstyle="utc")
ics = calendar("REQUEST", [ev], prodid="-//Calendly//Calendly//EN", tzstyle="utc", style="plain")
t = f"""Hi Ruben Castellanos,

A new event has been scheduled.

Event Type:
45 Minute Meeting

Invitee:
Ruben Castellanos

Event Date/Time:
10:00am - 10:45am (Arizona Time) Thursday, October 1, 2026

Host:
Dev Raman (dev.raman@ocotillogames.example)

Location:
Zoom: https://ocotillogames.zoom.us/j/82233019945

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{cuid}
Reschedule: https://calendly.com/reschedulings/{cuid}

Powered by Calendly.com"""
m13 = b.add("INBOX", "calendly-confirmed", "2026-09-28 12:02", TZ, ("Calendly", "notifications@calendly.com"),
            "Confirmed: 45 Minute Meeting with Dev Raman on Thursday, October 1, 2026", text=t, html=html_from_text(t),
            reply_to=DEV, ics=ics, ics_as="attach", mid="uuid", mid_domain="calendly.com")
b.interview(m13, "2026-10-05 13:00", TZ, [DEV[1]], moved_by_text=True)

m14 = b.add("INBOX", "ocotillo-cancel", "2026-09-30 16:50", TZ, DEV, "Tomorrow's interview",
"""Hi Ruben,

Unfortunately I have to cancel tomorrow's interview - family thing came up and I'll be offline.
This isn't a reflection on your application at all; I'm still keen to talk. Could we do Monday
10/5 at 1pm your time instead? Same Zoom link.

Sorry about this,
Dev""", mid="gmail")

m15 = b.sent("re-ocotillo-cancel", "2026-09-30 17:30", "Re: Tomorrow's interview",
"""No worries at all, hope everything is OK. Monday 10/5 at 1pm works for me.

Ruben""" + gq(m14, TZ), to=[DEV], reply=m14, mid="gmail")

b.add("INBOX", "ocotillo-moved", "2026-09-30 18:05", TZ, DEV, "Re: Tomorrow's interview",
"""Perfect, Monday 1pm Arizona time it is. Thanks for being flexible!

Dev

Sent from my iPhone""" + gq(m15, TZ), reply=m15, mid="apple", mid_domain="ocotillogames.example")

m = b.add("INBOX", "copperline-decision", "2026-10-02 12:30", TZ, ELL, "Following up - Technical Writer role",
"""Hi Ruben,

Apologies for the delay on feedback - I know we promised it sooner. Noor enjoyed your
conversation, but after calibrating across the candidate pool we won't be moving you forward
to the onsite stage for this role.

Thank you for your time, and I hope we cross paths again.""" + esig, mid="ses")
b.rejection(m, ELL[1])

m19 = b.add("INBOX", "ocotillo-after", "2026-10-05 15:10", TZ, DEV, "Thanks for today",
"""Great chat today, Ruben. I'm sharing notes with the team and we'll be in touch early next
week about next steps.""" + dsig, mid="gmail")

b.sent("thanks-dev", "2026-10-05 16:00", "Re: Thanks for today",
"""Thanks Dev - really enjoyed it, especially the modding-docs idea. Looking forward to hearing
from you.

Ruben""" + gq(m19, TZ), to=[DEV], reply=m19, mid="gmail")

m21 = b.add("INBOX", "pinyon-process", "2026-10-06 09:45", TZ, IMANI, "Re: Content designer application",
"""Hi Ruben,

Thanks for the note - it made me pull your application out of the pile. We'd like to set up an
interview: one 45-minute video call with me and our clinical lead, Dr. Samuel Okafor (cc'd).
We always give candidates an answer within 2 business days after the interview. I'll send you a
time shortly - we're juggling Samuel's clinic schedule.""" + isig + gq(m_pin, TZ), cc=[SAM], reply=m_pin, mid="outlook")

m22 = b.add("INBOX", "pinyon-time", "2026-10-07 11:20", TZ, IMANI, "Re: Content designer application",
"""Hi Ruben,

Does Tuesday, October 13 at 9:00 am your time (Arizona) work? Zoom:
https://pinyonhealth.zoom.us/j/87011234560. If not, tell me and we'll find another slot.""" + isig,
            cc=[SAM], mid="outlook")
b.interview(m22, "2026-10-13 09:00", TZ, [IMANI[1], SAM[1]])

b.sent("re-pinyon-time", "2026-10-07 12:05", "Re: Content designer application",
"""Tuesday the 13th at 9 works perfectly. Thank you!

Ruben""", to=[IMANI], cc=[SAM], reply=m22, mid="gmail")

t = """Hi Ruben,

Thank you for your interest in the Instructional Content Developer position at Tallgrass
Learning.

We wanted to let you know that the position has been filled. We appreciate the time you took
to apply and wish you the best in your job search.

Best regards,
Tallgrass Learning"""
m = b.add("INBOX", "workable-filled", "2026-10-09 10:40", TZ, WK, "Update on your application to Tallgrass Learning",
          text=t, html=html_from_text(t), mid="uuid", mid_domain="workablemail.com")
b.rejection(m, "")

b.add("INBOX", "ocotillo-final", "2026-10-12 09:30", TZ, DEV, "Next step",
"""Hi Ruben,

The team liked what they heard! Last step: a 30-minute chat with our studio head, Ana Lucero,
this Thursday 10/15 at 3pm Arizona time. Same Zoom link as before.

Dev""" + dsig, mid="gmail")
m26 = b.msgs[-1]
b.interview(m26, "2026-10-15 15:00", TZ, ["name:Ana Lucero"])

b.sent("thanks-pinyon", "2026-10-13 10:15", "Thank you - Senior Content Designer",
"""Hi Imani and Dr. Okafor,

Thank you for this morning. The discharge-instructions example was a great exercise and I
enjoyed hearing how clinicians review patient-facing copy.

Best,
Ruben""", to=[IMANI, SAM], mid="gmail")

m = b.add("INBOX", "pinyon-decision", "2026-10-15 11:05", TZ, IMANI, "Senior Content Designer",
"""Hi Ruben,

As promised, an answer within two days: we really enjoyed meeting you, and Samuel in particular
loved your take on plain-language consent forms. Ultimately, though, we won't be extending an
offer - we've chosen a candidate with several years of clinical writing behind them.

I'd be glad to be a reference for you on the content side if it ever helps.""" + isig, mid="outlook")
b.timeframe(m21, "2026-10-15", IMANI[1], True, news=m)
b.rejection(m, IMANI[1])

b.sent("thanks-ana", "2026-10-15 16:10", "Thank you for today",
"""Hi Dev,

Thanks for setting up the chat with Ana - please pass on my thanks; I loved hearing about the
studio's roots in the Phoenix modding scene.

Ruben""", to=[DEV], mid="gmail")

offer = """Hi Ruben,

Great news: Ocotillo Games would like to offer you the Developer Docs Writer position!

$104,000 base, full benefits, fully remote with a quarterly on-site in Tempe, and a start date
of November 16. The formal letter is attached - let me know if you have questions.

Really hoping you'll join us,
Dev""" + dsig
m30 = b.add("INBOX", "offer", "2026-10-20 13:00", TZ, DEV, "Offer - Developer Docs Writer",
            text=offer, html=html_from_text(offer), mid="gmail",
            attach=[("Ocotillo_Offer_Castellanos.pdf", "application/pdf", fakepdf("Ocotillo Games - Offer Letter"))])
b.offer(m30)

m = b.add("INBOX", "credit-limit", "2026-10-21 08:00", TZ, ("Saguaro Federal Credit Union", "alerts@saguarofcu.example"),
          "Update on your credit limit increase request",
"""Dear Ruben Castellanos,

Thank you for your recent request to increase the credit limit on your Visa Signature card
ending in 4417. After careful review, we are unable to approve your request at this time.

You may request another review in 6 months. If you have questions, call us at (602) 555-0100.

Saguaro Federal Credit Union""", mid="plain", mid_domain="saguarofcu.example")
b.silent(m, "declined credit-limit request phrased like a rejection")

b.sent("accept", "2026-10-22 09:00", "Re: Offer - Developer Docs Writer",
"""Dev - I'm in! Signed letter attached. Thank you!

Ruben""", to=[DEV], reply=m30, mid="gmail",
       attach=[("Ocotillo_Offer_Castellanos_signed.pdf", "application/pdf", fakepdf("Signed - Ruben Castellanos"))])

b.write()
