"""m05: Seoul robotics software engineer, one Boston (ET) process from a cold email; promises counted from interviews;
an offer; look-alikes: course mock interview, US visa interview appointment, wedding RSVP, bank loan approval (Korean)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, quote, sig

U = ("Kim Seo-yeon", "seoyeon.kim@dalmail.example")
TZ = "Asia/Seoul"
ET = "America/New_York"
b = Box("m05-tidewell-robotics", U, TZ, "2026-09-07T08:00:00+09:00", "2026-11-20T18:00:00+09:00",
        langs=["en", "ko"], country="US",
        notes="one process; three promises counted from interviews (two answered, one not); offer")

GREG = ("Greg Halvorsen", "greg.halvorsen@tidewell.example")
NIC = ("Nicole Baptiste", "nicole.baptiste@tidewell.example")
AISHA = ("Aisha Rahman", "aisha.rahman@tidewell.example")
JONAS = ("Jonas Lind", "jonas.lind@tidewell.example")
PRIYA = ("Priya Nair", "priya.nair@tidewell.example")
NSIG = sig("Nicole Baptiste", "Technical Recruiter, Tidewell Robotics", None, "o: 617-555-0190 | Boston, MA")

t001 = """Dear Mr. Halvorsen,

I watched your ROSCon talk on fleet-level path planning for warehouse robots and it was one of the clearest explanations of multi-agent replanning I have seen. I noticed Tidewell is hiring a Senior Robotics Software Engineer (remote friendly) and I wanted to write to you directly.

I am a C++/ROS 2 engineer in Seoul with six years of experience, currently working on motion planning for autonomous mobile robots in semiconductor fabs. I recently rewrote our local planner to run within a 5 ms budget on embedded hardware.

I would be very grateful for the chance to talk. My CV and GitHub are linked below.

Best regards,
Seo-yeon Kim
github.example/seoyeonk | +82 10-5555-3187"""
m1 = b.sent("cold-email", "2026-09-07 22:10", "Senior Robotics Software Engineer - a note after your ROSCon talk", t001, [GREG])

t002 = """Hi Seo-yeon,

Thanks for the kind words and for reaching out - your planner work sounds like exactly the kind of thing we care about. I'm looping in Nicole Baptiste from our recruiting team, who'll set up a first chat.

Greg

Greg Halvorsen
Engineering Manager, Fleet Autonomy | Tidewell Robotics""" + quote(t001, "Seo-yeon Kim <seoyeon.kim@dalmail.example>", "Mon, Sep 7, 2026 at 9:10 AM")
m2 = b.add("INBOX", "re-cold-email", "2026-09-08 09:30", ET, GREG,
           "Re: Senior Robotics Software Engineer - a note after your ROSCon talk", text=t002, cc=[NIC], reply=m1)

t003 = """Hi Seo-yeon,

Nice to meet you (virtually)! Greg forwarded your note and I'd love to do a 30-minute intro call. Since you're 13 hours ahead, I've picked some of my evenings, which should be your mornings:

- Thu Sep 10, 8:00pm ET = Fri Sep 11, 9:00am KST
- Mon Sep 14, 7:30pm ET = Tue Sep 15, 8:30am KST
- Tue Sep 15, 8:00pm ET = Wed Sep 16, 9:00am KST

Which works for you?""" + NSIG
m3 = b.add("INBOX", "intro-call", "2026-09-08 11:15", ET, NIC, "Intro call - Tidewell Robotics", text=t003, cc=[GREG])

t004 = """Hi Nicole,

Thank you! Monday the 14th (Tuesday 8:30am for me) would be best.

Best,
Seo-yeon""" + quote(t003, "Nicole Baptiste <nicole.baptiste@tidewell.example>", "2026년 9월 9일 (수) 오전 12:15")
m4 = b.sent("re-intro-call", "2026-09-09 07:50", "Re: Intro call - Tidewell Robotics", t004, [NIC], reply=m3)

t005 = """Great - you're booked for Monday Sep 14 at 7:30pm ET (Tuesday Sep 15, 8:30am KST). I'll call you on Zoom: https://tidewell.zoom.us/j/93017742218

After our call, I'll get back to you with feedback within 3 business days.

Talk soon!""" + NSIG + quote(t004, "Seo-yeon Kim <seoyeon.kim@dalmail.example>", "Tue, Sep 8, 2026 at 6:50 PM")
m5 = b.add("INBOX", "re-intro-call", "2026-09-08 19:20", ET, NIC, "Re: Intro call - Tidewell Robotics", text=t005, reply=m4)
b.interview(m5, "2026-09-14 19:30", ET, [NIC[1]])
b.timeframe(m5, "2026-09-17", NIC[1], answered=True)

m = b.add("INBOX", "loan-approved", "2026-09-10 10:02", TZ, ("하나로은행", "notice@hanarobank.example"),
          "[하나로은행] 대출 신청이 승인되었습니다",
          text="""김서연 고객님, 안녕하세요.

신청하신 직장인 신용대출이 승인되었습니다.

- 승인 금액: 30,000,000원
- 금리: 연 4.85% (변동)
- 대출 기간: 36개월

하나로은행 앱에서 약정을 완료하시면 대출금이 입금됩니다. 약정 유효기간은 2026년 9월 24일까지입니다.

본 메일은 발신전용입니다. 문의: 1588-0000""", html=True, mid="plain", mid_domain="hanarobank.example", charset="utf-8",
          cte="base64", force2047=True)
b.silent(m, "bank: personal loan application approved (Korean)")

mock = Event("ic-mock-3381@interviewcraft.example", "2026-09-19 10:00", TZ, minutes=60,
             summary="Mock Interview #3: Systems Design (mentor: Daniel Cho)",
             organizer=("InterviewCraft", "mentors@interviewcraft.example"), attendees=[("Kim Seo-yeon", U[1])],
             location="https://meet.interviewcraft.example/r/3381", stamp="20260912T000000Z")
m = b.add("INBOX", "mock-interview-booked", "2026-09-12 15:40", TZ, ("InterviewCraft", "mentors@interviewcraft.example"),
          "Your mock interview is booked: Sat Sep 19, 10:00 KST",
          text="""Hi Seo-yeon,

Your mock interview for the course "Cracking Robotics & Embedded Interviews" is confirmed.

Session: Mock Interview #3 - Systems Design
Mentor: Daniel Cho (ex-autonomous driving, 8 yrs)
When: Saturday, September 19, 2026, 10:00-11:00 (KST)
Where: https://meet.interviewcraft.example/r/3381

Tip: have a whiteboard tool ready. You'll get written feedback within 48 hours.

Happy practicing!
The InterviewCraft team""", html=True, ics=calendar("REQUEST", [mock], prodid="-//InterviewCraft//Sessions//EN"),
          ics_as="attach", ics_name="mock-interview.ics", mid="sendgrid")
b.silent(m, "online course mock interview booking with .ics")

t008 = """Hi Seo-yeon,

Thanks again for the chat on Monday! I have good news: the team would like to move you to the technical interview - 75 minutes with Aisha Rahman (Senior Robotics Software Engineer) and Jonas Lind (Staff Engineer, Motion Planning). It's a mix of C++ and a planning design discussion.

I'll send a calendar invite shortly with the Zoom details.""" + NSIG
b.add("INBOX", "technical-interview", "2026-09-16 14:05", ET, NIC, "Next step: technical interview", text=t008)

tech = Event("5lq0c8m1e2s7t6v9b3d4k0hw@google.com", "2026-09-22 20:00", ET, minutes=75,
             summary="Tidewell Robotics - Technical Interview (Seo-yeon Kim)",
             organizer=("Nicole Baptiste", NIC[1]),
             attendees=[("Aisha Rahman", AISHA[1]), ("Jonas Lind", JONAS[1]), ("Kim Seo-yeon", U[1])],
             location="https://tidewell.zoom.us/j/95530081146",
             description="Technical interview with Aisha Rahman and Jonas Lind. 8:00pm ET Tue = 9:00am KST Wed.\nWe aim to share feedback within 3 business days after your interview.\n\nZoom: https://tidewell.zoom.us/j/95530081146",
             stamp="20260916T182000Z")
t009 = """Tidewell Robotics - Technical Interview (Seo-yeon Kim)
Tuesday Sep 22, 2026 8pm - 9:15pm (Eastern Time - New York)

Technical interview with Aisha Rahman and Jonas Lind. 8:00pm ET Tue = 9:00am KST Wed.
We aim to share feedback within 3 business days after your interview.

Zoom: https://tidewell.zoom.us/j/95530081146

Guests
Nicole Baptiste - organizer
Aisha Rahman
Jonas Lind
seoyeon.kim@dalmail.example

Invitation from Google Calendar"""
m9 = b.add("INBOX", "invitation-technical", "2026-09-16 14:20", ET, NIC,
           "Invitation: Tidewell Robotics - Technical Interview (Seo-yeon Kim) @ Tue Sep 22, 2026 8pm - 9:15pm (EDT)",
           text=t009, html=True, ics=calendar("REQUEST", [tech]), ics_as="both", mid="google-cal")
b.interview(m9, "2026-09-22 20:00", ET, [AISHA[1], JONAS[1]])
b.timeframe(m9, "2026-09-25", NIC[1], answered=False)

m = b.add("INBOX", "visa-appointment", "2026-09-21 09:00", TZ, ("US Visa Appointment Service", "no-reply@usvisa-kr.example"),
          "Appointment Confirmation - Visa Interview, U.S. Embassy Seoul",
          text="""APPOINTMENT CONFIRMATION

Applicant: KIM SEOYEON
Visa class: B1/B2
Passport No.: M*****482

Your visa interview appointment is scheduled:

Date: October 16, 2026
Time: 08:15 AM
Location: U.S. Embassy Seoul, 188 Sejong-daero, Jongno-gu, Seoul

Please bring this confirmation, your passport, your DS-160 confirmation page and one photo. Arrive no earlier than 15 minutes before your appointment. Electronic devices are not permitted.

To reschedule, sign in to your profile at https://usvisa-kr.example/profile""", mid="ses")
b.silent(m, "US visa interview appointment, not a job interview")

m = b.add("INBOX", "wedding-rsvp", "2026-09-24 20:12", TZ, ("박지민", "jimin.park@dalmail.example"),
          "💌 지민 & 현우 결혼합니다 - RSVP by Oct 10",
          text="""서연아!!

드디어 날 잡았어 ㅎㅎ 11월 21일 토요일 낮 12시, 더채플앳청담이야.
식사 인원 때문에 10월 10일까지 참석 여부 알려줘! 아래 링크로 RSVP 하면 돼.

https://wedding-card.example/jimin-hyunwoo

(English for Hyunwoo's side: We're getting married on Saturday 21 November at 12pm - please RSVP by October 10!)

보고 싶다~
지민""", mid="apple", mid_domain="dalmail.example", force2047=True)
b.silent(m, "friend's wedding invitation with an RSVP date")

t012 = """Hi Seo-yeon,

I'm so sorry for the radio silence since your technical interview - Jonas was out sick most of last week and I didn't want to send you anything without his input.

The good news is worth the wait, I hope: Aisha and Jonas were both really impressed, and we'd love to invite you to our final round. It's two 45-minute conversations back to back:

- Greg Halvorsen (Engineering Manager, whom you know)
- Priya Nair (VP Engineering)

Could you do either Wednesday Oct 14 or Thursday Oct 15, starting 7:00pm ET (8:00am KST the next morning)?""" + NSIG
m12 = b.add("INBOX", "final-round", "2026-10-02 10:40", ET, NIC, "Tidewell - final round", text=t012)

t013 = """Hi Nicole,

No problem at all, I hope Jonas is feeling better! That's wonderful news.

Wednesday Oct 14 please (Thursday 8am here). Thursday evening ET is my visa appointment morning, so I'd rather avoid it.

Best,
Seo-yeon""" + quote(t012, "Nicole Baptiste <nicole.baptiste@tidewell.example>", "2026년 10월 2일 (금) 오후 11:40")
m13 = b.sent("re-final-round", "2026-10-03 09:00", "Re: Tidewell - final round", t013, [NIC], reply=m12)

t014 = """Hi Seo-yeon,

Confirmed! Here's your final round on Wednesday, October 14 (all times ET):

7:00 - 7:45pm  Greg Halvorsen, Engineering Manager
8:00 - 8:45pm  Priya Nair, VP Engineering (cc'd)

That's Thursday Oct 15, 8:00-9:45am for you. Zoom link: https://tidewell.zoom.us/j/98820114470 (same for both). I'll also drop a hold in your calendar.

We'll get back to you within 2 business days of your final interview.""" + NSIG + quote(t013, "Seo-yeon Kim <seoyeon.kim@dalmail.example>", "Fri, Oct 2, 2026 at 8:00 PM")
m14 = b.add("INBOX", "final-round-confirmed", "2026-10-05 10:00", ET, NIC, "Re: Tidewell - final round", text=t014,
            cc=[PRIYA, GREG], reply=m13)
b.interview(m14, "2026-10-14 19:00", ET, [GREG[1]])
b.interview(m14, "2026-10-14 20:00", ET, [PRIYA[1]])
b.timeframe(m14, "2026-10-16", NIC[1], answered=True)

hold = Event("0hv2p9c6a1k3r8s5d7f4m2nq@google.com", "2026-10-14 19:00", ET, minutes=105,
             summary="HOLD: Tidewell final round (Greg Halvorsen, Priya Nair)",
             organizer=("Nicole Baptiste", NIC[1]),
             attendees=[("Kim Seo-yeon", U[1]), ("Greg Halvorsen", GREG[1]), ("Priya Nair", PRIYA[1])],
             location="https://tidewell.zoom.us/j/98820114470", stamp="20261005T141500Z")
b.add("INBOX", "invitation-final-hold", "2026-10-05 10:15", ET, NIC,
      "Invitation: HOLD: Tidewell final round (Greg Halvorsen, Priya Nair) @ Wed Oct 14, 2026 7pm - 8:45pm (EDT)",
      text="""HOLD: Tidewell final round (Greg Halvorsen, Priya Nair)
Wednesday Oct 14, 2026 7pm - 8:45pm (Eastern Time - New York)

Zoom: https://tidewell.zoom.us/j/98820114470

Invitation from Google Calendar""", html=True, ics=calendar("REQUEST", [hold]), ics_as="both", mid="google-cal")

b.add("INBOX", "delivery", "2026-10-08 18:22", TZ, ("빠른배송", "noreply@ppareun.example"),
      "[빠른배송] 주문하신 상품이 배송 완료되었습니다",
      text="""고객님, 주문하신 상품이 배송 완료되었습니다.

주문번호: 20261008-118274
상품: 무선 기계식 키보드 (갈축) 외 1건
배송지: 문 앞

이용해 주셔서 감사합니다.""", html=True, mid="ses", force2047=True)

m = b.add("INBOX", "profile-views", "2026-10-12 08:00", TZ, ("ProfLink", "notifications@proflink.example"),
          "You appeared in 23 searches this week",
          text="""Seo-yeon, you appeared in 23 searches this week.

Recruiters from companies like Tidewell Robotics, Aurix and Hanbit Mobility viewed profiles like yours.

See who's looking: https://proflink.example/me/search-appearances

Unsubscribe: https://proflink.example/settings/email""", html=True, mid="sendgrid")
b.silent(m, "social network 'search appearances' notification mentioning the company")

t017 = """Hi Seo-yeon,

I hope you've had a chance to rest after an early morning yesterday! I'm thrilled to tell you that we'd like to offer you the role of Senior Robotics Software Engineer at Tidewell.

The headline terms (full letter attached):

- Base salary: USD 168,000, fully remote from Seoul through our employer-of-record partner
- Equity: 12,000 stock options, 4-year vesting with a 1-year cliff
- Start date: Monday, January 11, 2027 (flexible)

Greg and Priya are both very excited. Could you let me know by Friday, October 23 whether you'd like to accept? I'm happy to get on a call to walk through anything.

Congratulations!""" + NSIG
pdf = b"%PDF-1.4\n%offer\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
m17 = b.add("INBOX", "offer", "2026-10-16 11:20", ET, NIC, "Your offer from Tidewell Robotics 🎉", text=t017,
            cc=[GREG], attach=[("Tidewell_Offer_Letter_SKim.pdf", "application/pdf", pdf)])
b.offer(m17)

t018 = """Hi Nicole,

Thank you so much - I'm really happy to receive this! I have one question about the start date: would it be possible to start on January 18 instead, so I can finish my notice period properly? Otherwise everything looks good.

Best regards,
Seo-yeon""" + quote(t017, "Nicole Baptiste <nicole.baptiste@tidewell.example>", "2026년 10월 17일 (토) 오전 12:20")
m18 = b.sent("re-offer", "2026-10-17 10:05", "Re: Your offer from Tidewell Robotics", t018, [NIC], cc=[GREG], reply=m17)

t019 = """Hi Seo-yeon,

January 18 is absolutely fine - I've updated the letter and you'll get it via DocuSign shortly. So happy to have you joining!""" + NSIG
b.add("INBOX", "re-offer", "2026-10-20 09:40", ET, NIC, "Re: Your offer from Tidewell Robotics", text=t019, cc=[GREG], reply=m18)

b.write()
