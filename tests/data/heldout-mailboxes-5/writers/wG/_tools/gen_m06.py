"""m06: Ho Chi Minh City QA engineer; one real process (Brightwater Robotics, Seattle, Greenhouse; PT vs ICT across the date line)
among look-alikes: US visa interview, Japanese university admission interview, bank loan 'offer', TV interview, bootcamp mock interview."""
from mimehelp import Box, Event, calendar
from wg import q, gcal_when, gcal_text, gcal_html

HCM = "Asia/Ho_Chi_Minh"
SEA = "America/Los_Angeles"
USER = ("Nguyen Thao Vy", "vy.nguyen@saigonmail.example")
KAY = ("Kayla Brooks", "kayla.brooks@brightwater.example")
ETH = ("Ethan Morales", "ethan.morales@brightwater.example")
REN = ("Renee Park", "renee.park@brightwater.example")
GRA = ("Grace Oyelaran", "grace.oyelaran@brightwater.example")
TOM = ("Tomasz Wójcik", "tomasz.wojcik@brightwater.example")
GH = "no-reply@greenhouse.io"

b = Box("m06-brightwater-lookalikes", USER, HCM, "2026-09-02T08:00:00+07:00", "2026-11-06T18:00:00+07:00",
        langs=["en", "ja"], country="VN",
        notes="one real process (Brightwater Robotics, Seattle; Greenhouse self-scheduling, PT afternoon = ICT next morning; "
              "unanswered timeframe, late human rejection) among look-alikes")
b.meta["companies"] = {"brightwater.example": {"country": "US", "tz": SEA, "also": ["greenhouse.io"]}}

KSIG = "\n\nKayla Brooks\nSenior Technical Recruiter | Brightwater Robotics\nSeattle, WA · +1 (206) 555-0187"

gh = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Vy,</p>
<p>Thanks for applying to <b>Brightwater Robotics</b>! Your application for <b>Senior QA Automation Engineer (Remote, APAC)</b> has been received.</p>
<p>Our team will review it and reach out in the coming weeks if there's a good match.</p>
<p>Best,<br>The Brightwater Recruiting Team</p>
</body></html>"""
b.add("INBOX", "greenhouse-thanks-for-applying", "2026-09-02 06:58", SEA, ("Brightwater Robotics", GH),
      "Thank you for applying to Brightwater Robotics", html=gh, mid="sendgrid")

t1 = """Hi Kayla,

I just applied for the Senior QA Automation Engineer (Remote, APAC) role and wanted to reach out directly. I'm a QA lead in Ho Chi Minh City with 6 years of test automation (Playwright, pytest, hardware-in-the-loop rigs for IoT devices), and Brightwater's warehouse robots are exactly the kind of product I'd love to work on.

I'm happy to work US-friendly hours, early mornings here overlap nicely with your afternoons.

Thanks for your time,
Vy Nguyen
+84 90 555 7712"""
m1 = b.sent("applied-qa-automation", "2026-09-02 21:15", "Senior QA Automation Engineer (APAC) - Vy Nguyen", t1, to=[KAY])

t3 = f"""Hi Vy,

Thanks for reaching out, and great timing: your background in hardware-in-the-loop testing is exactly what our fleet team needs.

I'd love to set up a 30-minute intro call. Please pick a time that works for you here (it shows times in your own time zone):
https://app.greenhouse.io/scheduling/choose_times/b7e2c0a4?token=Yw9q

Talk soon,{KSIG}"""
m3 = b.add("INBOX", "re-applied-pick-a-time", "2026-09-08 16:40", SEA, KAY, "Re: Senior QA Automation Engineer (APAC) - Vy Nguyen",
           text=t3, reply=m1, mid="gmail")

ev4 = Event("gh-sched-4471920-b7e2c0a4@greenhouse.io", "2026-09-10 17:00", SEA, 30,
            "Intro call: Vy Nguyen / Kayla Brooks (Brightwater Robotics)", organizer=KAY, attendees=[KAY, USER],
            location="https://brightwater.zoom.us/j/95510338820", stamp="20260909T004500Z",
            description="Intro call with Kayla Brooks, Senior Technical Recruiter.")
conf = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Vy,</p>
<p>Your interview with <b>Brightwater Robotics</b> is confirmed.</p>
<table cellpadding="4">
<tr><td><b>When</b></td><td>Thursday, September 10, 2026, 5:00 PM - 5:30 PM PDT<br><span style="color:#666">(Friday, September 11, 2026, 7:00 AM - 7:30 AM Indochina Time)</span></td></tr>
<tr><td><b>Where</b></td><td>Zoom: https://brightwater.zoom.us/j/95510338820</td></tr>
<tr><td><b>You'll meet with</b></td><td>Kayla Brooks, Senior Technical Recruiter</td></tr>
</table>
<p>A calendar invitation is attached. Need to change the time? Reply to this email.</p>
<p style="font-size:11px;color:#888">Sent via Greenhouse</p>
</body></html>"""
m4 = b.add("INBOX", "greenhouse-interview-confirmed", "2026-09-08 17:45", SEA, ("Brightwater Robotics", GH),
           "Interview Confirmation: Brightwater Robotics", html=conf, reply_to=KAY,
           ics=calendar("REQUEST", [ev4], prodid="-//Greenhouse Software//Greenhouse Scheduling//EN", tzstyle="utc"),
           ics_as="attach", mid="sendgrid")
b.interview(m4, "2026-09-10 17:00", SEA, [KAY[1]])

visa = """Dear NGUYEN THAO VY,

Your visa interview appointment has been scheduled.

Applicant: NGUYEN THAO VY
Visa class: B1/B2
Location: U.S. Consulate General, Ho Chi Minh City
Date: Thursday, October 15, 2026
Time: 07:45

Please arrive 15 minutes before your appointment with your passport, the DS-160 confirmation page and this appointment letter. Electronic devices are not permitted inside.

This is an automated message. Please do not reply."""
m = b.add("INBOX", "visa-interview-appointment", "2026-09-09 10:20", HCM, ("Visa Appointment Service", "noreply@visa-appointments-vn.example"),
          "Appointment Confirmation - Visa Interview", text=visa, mid="plain", mid_domain="visa-appointments-vn.example")
b.silent(m, "consular visa interview appointment, not a job interview")

t6 = f"""Hi Vy,

Thanks so much for hopping on at 7am your time! Really enjoyed our chat.

I'm sharing my notes with Ethan (the hiring manager) today, and you'll hear from me by Wednesday, September 16 on next steps.

Best,
Kayla"""
m6 = b.add("INBOX", "thanks-for-the-chat", "2026-09-10 18:05", SEA, KAY, "Thanks for the chat!", text=t6, mid="gmail")
b.timeframe(m6, "2026-09-16", KAY[1], True)

t7 = f"""Hi Vy,

Good news, Ethan Morales (Engineering Manager, Fleet QA, cc'd) would like to do the technical interview. It's 60 minutes: a walk through a test plan for one of our robot firmware releases, plus some questions about your automation framework.

He has two slots, I've put both zones so we don't get lost across the date line:
- Tuesday Sep 22, 5:00 PM PT = Wednesday Sep 23, 7:00 AM your time
- Wednesday Sep 23, 6:00 PM PT = Thursday Sep 24, 8:00 AM your time

Let me know which one works!{KSIG}"""
m7 = b.add("INBOX", "technical-interview-options", "2026-09-14 15:30", SEA, KAY, "Brightwater | Technical interview with Ethan",
           text=t7, cc=[ETH], mid="gmail")
t8 = "Hi Kayla and Ethan,\n\nThe first one works for me, Wednesday Sep 23 at 7:00 AM my time (Tuesday 5 PM PT).\n\nThanks,\nVy" + \
     q("en", t7, m7.when, f"Kayla Brooks <{KAY[1]}>", tz=None)
m8 = b.sent("re-technical-options", "2026-09-15 06:48", "Re: Brightwater | Technical interview with Ethan", t8, to=[KAY], cc=[ETH], reply=m7)
t9 = """Hi Vy,

Great, locked in: Tue Sep 22, 5:00pm PT (your Wed Sep 23, 7:00am). Here's my Zoom: https://brightwater.zoom.us/j/97744120583

No need to prepare slides, just bring your curiosity. Looking forward to it.

Ethan Morales
Engineering Manager, Fleet QA
Brightwater Robotics""" + q("en", t8, m8.when, f"Vy Nguyen <{USER[1]}>", tz=None)
m9 = b.add("INBOX", "re-technical-locked-in", "2026-09-15 09:12", SEA, ETH, "Re: Brightwater | Technical interview with Ethan",
           text=t9, cc=[KAY], reply=m8, mid="gmail")
b.interview(m9, "2026-09-22 17:00", SEA, [ETH[1]])

ev10 = Event("mock-2026-0926-vy@qabootcamp.example", "2026-09-26 10:00", HCM, 60, "Mock interview - Senior QA (mentor: Daniel Le)",
             organizer=("QA Career Bootcamp", "mentors@qabootcamp.example"), attendees=[USER, ("Daniel Le", "daniel.le@qabootcamp.example")],
             location="Google Meet", stamp="20260918T030000Z",
             description="Practice interview with your bootcamp mentor. This is a rehearsal, not a job interview.")
t10 = """Hi Vy,

Your mock interview is booked!

Saturday, 26 September 2026, 10:00 - 11:00 (GMT+7)
Mentor: Daniel Le, QA Manager
Format: 45 min behavioral + technical questions, 15 min feedback

Tip: treat it like the real thing: camera on, notes away.

QA Career Bootcamp"""
m = b.add("INBOX", "bootcamp-mock-interview", "2026-09-18 10:00", HCM, ("QA Career Bootcamp", "mentors@qabootcamp.example"),
          "Your mock interview is booked - Sat 26 Sep", text=t10, html=True, ics=calendar("REQUEST", [ev10]), ics_as="alt", mid="ses")
b.silent(m, "bootcamp mock (practice) interview with calendar invitation")

rem = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Vy,</p>
<p>Just a reminder that you have an interview with Brightwater Robotics coming up:</p>
<p><b>Tuesday, September 22, 2026 at 5:00 PM PDT</b> with Ethan Morales</p>
<p style="font-size:11px;color:#888">Sent via Greenhouse</p>
</body></html>"""
b.add("INBOX", "greenhouse-reminder", "2026-09-21 17:00", SEA, ("Brightwater Robotics", GH), "Reminder: Interview with Brightwater Robotics",
      html=rem, mid="sendgrid")

t12 = f"""Hi Vy!

Ethan was really impressed, so we'd love to invite you to the final panel: 90 minutes with Grace Oyelaran (Director of Quality) and Tomasz Wójcik (Staff Firmware Engineer).

Renee Park from our coordination team will send you a calendar invite shortly. We're looking at Thursday Oct 1 in the afternoon Pacific time, which would be early Friday morning for you.

Cheers,
Kayla"""
b.add("INBOX", "final-panel-heads-up", "2026-09-23 13:20", SEA, KAY, "Final panel - Brightwater Robotics", text=t12, cc=[REN], mid="gmail")

ev13 = Event("4t0vxm2ke8q1hs7cd9pwr3lnyb@google.com", "2026-10-01 16:00", SEA, 90,
             "Brightwater Robotics - Final Panel - Vy Nguyen (Senior QA Automation)", organizer=REN,
             attendees=[(GRA[0], GRA[1], "REQ-PARTICIPANT", True), (TOM[0], TOM[1], "REQ-PARTICIPANT", True), USER],
             location="https://brightwater.zoom.us/j/91328854417", stamp="20260924T173000Z",
             description="Panel with Grace Oyelaran (Director of Quality) and Tomasz Wojcik (Staff Firmware Engineer). "
                         "For Vy: this is Friday Oct 2, 6:00-7:30 AM in Ho Chi Minh City. I won't be on the call. - Renee")
txt13 = gcal_text(ev13, "Pacific Time - Los Angeles", meet=None,
                  note="Join Zoom: https://brightwater.zoom.us/j/91328854417\n\n" + ev13.description,
                  guests=["Renee Park - organizer", f"Grace Oyelaran <{GRA[1]}>", f"Tomasz Wójcik <{TOM[1]}>", USER[1]], reply_for=USER[1])
m13 = b.add("INBOX", "invitation-final-panel", "2026-09-24 10:30", SEA, REN,
            f"Invitation: {ev13.summary} @ {gcal_when(ev13, 'PDT')} ({USER[1]})", text=txt13, html=gcal_html(txt13),
            ics=calendar("REQUEST", [ev13]), ics_as="both", sender="calendar-notification@google.com", reply_to=REN, mid="google-cal")
b.interview(m13, "2026-10-01 16:00", SEA, [GRA[1], TOM[1]])

t14 = """Dear Ms. Vy,

I'm a producer at Saigon Tech Tonight on HTV-Plus. We're doing a segment on Vietnamese engineers working for international robotics and AI companies, and your talk at the Saigon Testing Meetup came up.

Would you be open to a short on-camera interview (about 20 minutes) at our studio in District 3? We're filming on Thursday, October 8, any time between 2 and 5 PM.

Best regards,
Phan Minh Khoa
Producer, Saigon Tech Tonight
+84 28 3555 0416"""
m14 = b.add("INBOX", "tv-interview-request", "2026-09-29 11:05", HCM, ("Phan Minh Khoa", "khoa.phan@htvplus.example"),
            "Interview request - Saigon Tech Tonight", text=t14, mid="gmail")
b.silent(m14, "a TV producer asking to interview the user on camera")
t15 = "Hi Khoa,\n\nThank you, I'd be happy to! 3 PM on Thursday 8 Oct works for me.\n\nBest,\nVy" + \
      q("en", t14, m14.when, f"Phan Minh Khoa <khoa.phan@htvplus.example>")
m15 = b.sent("re-tv-interview", "2026-09-29 20:30", "Re: Interview request - Saigon Tech Tonight", t15, to=[("Phan Minh Khoa", "khoa.phan@htvplus.example")], reply=m14)
t16 = "Wonderful, see you on Thursday 8 Oct at 3 PM. Our address is 14 Vo Van Tan, 3rd floor; ask for Khoa at reception.\n\nKhoa" + \
      q("en", t15, m15.when, f"Vy Nguyen <{USER[1]}>")
m16 = b.add("INBOX", "re-tv-interview-confirmed", "2026-09-30 09:15", HCM, ("Phan Minh Khoa", "khoa.phan@htvplus.example"),
            "Re: Interview request - Saigon Tech Tonight", text=t16, reply=m15, mid="gmail")
b.silent(m16, "TV interview confirmed (press, not a job interview)")

t17 = f"""Hi Vy,

Thank you for joining the panel so early in your morning! Grace and Tomasz enjoyed the conversation.

We aim to have a decision within 5 business days of your panel, and I'll reach out as soon as we do.

Best,{KSIG}"""
m17 = b.add("INBOX", "after-final-panel", "2026-10-01 19:10", SEA, KAY, "Thank you for the final panel", text=t17, mid="gmail")
b.timeframe(m17, "2026-10-08", KAY[1], False)

uni = """Dear Ms. NGUYEN Thao Vy,

Thank you for applying to the Master's Program in Information Science (English-taught track), Graduate School of Information Science, Tohto University.

We are pleased to invite you to the admission interview (面接試験), which will be held online:

Date: Tuesday, October 20, 2026
Time: 10:00 JST (08:00 in Vietnam)
Format: Zoom, about 20 minutes, with two faculty members
Zoom link: to be sent three days before the interview

受験票を画面上で提示できるよう、ご準備ください。(Please have your examination admission ticket ready to show on screen.)

Admissions Office
Graduate School of Information Science, Tohto University
東都大学大学院 情報科学研究科 入試係"""
m = b.add("INBOX", "tohto-admission-interview", "2026-10-06 14:00", "Asia/Tokyo", ("Tohto University GSIS Admissions", "admissions@gsis.tohto-u.example"),
          "[Tohto University] Admission Interview / 面接試験のご案内", text=uni, mid="plain", mid_domain="gsis.tohto-u.example")
b.silent(m, "university admission interview for a master's program, not a job interview")

loan = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Ms. Vy,</p>
<p><b>Exclusive offer just for you:</b> a pre-approved personal loan of up to <b>500,000,000 VND</b> with interest from 0.99%/month and disbursement in 8 working hours.</p>
<p>Offer valid until 31/10/2026. <a href="https://saigonbank-plus.example/offer">Accept your offer</a></p>
<p style="font-size:10px;color:#888">Saigon Bank Plus. Terms and conditions apply.</p>
</body></html>"""
m = b.add("INBOX", "bank-loan-offer", "2026-10-12 09:30", HCM, ("Saigon Bank Plus", "offers@saigonbank-plus.example"),
          "Vy, your pre-approved loan offer is ready", html=loan, mid="ses")
b.silent(m, "bank's loan 'offer', not a job offer")

b.add("INBOX", "anh-trai-dam-cuoi", "2026-10-16 20:40", HCM, ("Nguyen Minh Quan", "quan.nguyen@saigonmail.example"),
      "dam cuoi thang 12", text="Vy oi, nho giu ngay 19/12 cho dam cuoi cua anh nhe. Me dan em ve som 1 ngay.\n\nAnh Quan",
      mid="gmail")

t20 = f"""Hi Vy,

Thank you for your patience, I'm sorry this took longer than I promised.

I wanted to let you know personally that we've decided not to move forward with your application for the Senior QA Automation Engineer role. The panel was split, and in the end we went with a candidate who has more direct experience with safety certification for mobile robots, which became a must-have for this hire.

This was close, and Ethan asked me to tell you how much he enjoyed your test-plan walkthrough. If it's OK with you, I'd like to keep in touch for future openings on the APAC team.

All the best,{KSIG}"""
m = b.add("INBOX", "update-on-application", "2026-10-20 16:25", SEA, KAY, "Update on your Brightwater application", text=t20, mid="gmail")
b.rejection(m, KAY[1])

b.write()
