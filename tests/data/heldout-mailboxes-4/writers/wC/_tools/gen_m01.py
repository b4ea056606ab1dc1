"""m01: Bangalore backend engineer, one US (PT) process: screen, technical, final loop - all fixed in text."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, quote, sig

U = ("Ananya Krishnan", "ananya.krishnan@postbox.example")
TZ = "Asia/Kolkata"
PT = "America/Los_Angeles"
b = Box("m01-lumenfold-backend", U, TZ, "2026-09-08T08:00:00+05:30", "2026-12-15T18:00:00+05:30",
        langs=["en"], country="US",
        notes="one process; recruiter runs the screen; tech round fixed by the user's 'Wednesday works'")

MEGAN = ("Megan Ortiz", "megan.ortiz@lumenfold.example")
WEI = ("Wei Zhang", "wei.zhang@lumenfold.example")
DANA = ("Dana Whitfield", "dana.whitfield@lumenfold.example")
ROHAN = ("Rohan Mehta", "rohan.mehta@lumenfold.example")
MSIG = sig("Megan Ortiz", "Senior Technical Recruiter | Lumenfold", None, "+1 (415) 555-0142 | lumenfold.example/careers")

gh_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Lumenfold</title></head>
<body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<tr><td><img src="https://lumenfold.example/assets/logo.png" alt="Lumenfold" width="120"></td></tr>
<tr><td>
<p>Hi Ananya,</p>
<p>Thanks for your interest in Lumenfold! We have received your application for <strong>Senior Software Engineer, Payments Infrastructure</strong>.</p>
<p>Our team reviews every application carefully. If your background looks like a match for the role, a member of our recruiting team will be in touch to talk about next steps.</p>
<p>In the meantime, feel free to read more about how we build at <a href="https://lumenfold.example/engineering">lumenfold.example/engineering</a>.</p>
<p>Best,<br>The Lumenfold Recruiting Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Please do not reply to this email; this mailbox is not monitored. Powered by Greenhouse.</td></tr>
</table></td></tr></table>
</body></html>
"""
m = b.add("INBOX", "thanks-for-applying", "2026-09-08 09:41", PT,
          ("Lumenfold Recruiting", "no-reply@us.greenhouse-mail.io"),
          "Thank you for applying to Lumenfold", html=gh_html, mid="sendgrid",
          headers=("X-Mailer: Greenhouse",), reply_to=None)

m = b.add("INBOX", "job-alert", "2026-09-10 07:02", TZ, ("JobNest Alerts", "alerts@jobnest.example"),
          "12 new Senior Backend Engineer jobs in Bengaluru & Remote",
          text="""JobNest

Hi Ananya, here are today's top matches for "Senior Backend Engineer":

* Backend Engineer II - Corvana Tech - Bengaluru (Hybrid) - 2 days ago
* Senior Software Engineer, Platform - Tessaly - Remote (India)
* SDE-3 Payments - Brixmart - Bengaluru
* Staff Engineer, Data Infra - Oroline - Hyderabad / Remote

Apply in one click. Recruiters are viewing profiles like yours.

See all 12 jobs: https://jobnest.example/alerts/8812?src=email

You are receiving this because you created a job alert. Manage alerts: https://jobnest.example/settings/alerts
""", html=True, mid="uuid", mid_domain="mail.jobnest.example")
b.silent(m, "job alert digest, not a process")

t003 = """Hi Ananya,

Thanks so much for applying for the Senior Software Engineer role on our Payments Infrastructure team. Your work on the settlement reconciliation service at your current company caught my eye and I'd love to set up a 30 minute intro call - mostly me telling you about the team and hearing what you're looking for.

I'm in San Francisco, so I've tried to pick times that aren't terrible on your side:

- Wed Sep 16, 8:00am PT / 8:30pm IST
- Thu Sep 17, 7:30am PT / 8:00pm IST
- Fri Sep 18, 9:00am PT / 9:30pm IST

Let me know which one works, or suggest something else if none of them do.

Thanks!
Megan""" + MSIG
m3 = b.add("INBOX", "intro-call", "2026-09-14 10:22", PT, MEGAN,
           "Lumenfold - intro call for Senior Software Engineer, Payments Infra", text=t003, mid="gmail")

t004 = """Hi Megan,

Thanks for reaching out! Thursday the 17th at 7:30am PT (8pm IST) works best for me.

Looking forward to it,
Ananya""" + quote(t003, "Megan Ortiz <megan.ortiz@lumenfold.example>", "Mon, 14 Sep 2026 at 10:52 PM")
m4 = b.sent("re-intro-call", "2026-09-15 08:05",
            "Re: Lumenfold - intro call for Senior Software Engineer, Payments Infra", t004, [MEGAN], reply=m3)

t005 = """Perfect - Thursday Sep 17, 7:30am PT / 8:00pm IST it is.

I'll call you on Zoom: https://lumenfold.zoom.us/j/84120937761?pwd=Qm9vT2x1bWVu
It'll just be me, about 30 min. No prep needed!

Megan""" + MSIG + quote(t004, "Ananya Krishnan <ananya.krishnan@postbox.example>", "Mon, Sep 14, 2026 at 7:35 PM")
m5 = b.add("INBOX", "re-intro-call", "2026-09-14 21:40", PT, MEGAN,
           "Re: Lumenfold - intro call for Senior Software Engineer, Payments Infra", text=t005, reply=m4)
b.interview(m5, "2026-09-17 07:30", PT, [MEGAN[1]])

b.add("INBOX", "order-delivered", "2026-09-16 19:30", TZ, ("FreshCart", "orders@freshcart.example"),
      "Your FreshCart order #FC-20931 has been delivered",
      text="""Your order has been delivered!

Order #FC-20931
Toor dal 1kg, Curd 400g, Bananas (robusta) 6 pcs, Dosa batter 1kg
Total paid: Rs 412.00 (UPI)

Rate your delivery partner Suresh: https://freshcart.example/rate/20931
""", html=True, mid="ses")

t007 = """Hi Ananya,

Really enjoyed our chat yesterday - thanks for staying up for it!

The next step is a 60 minute technical session. You'll be meeting Wei Zhang, our engineering lead for Payments Infra (cc'd here). It's a practical one: a bit of system design around idempotent payment processing and some live coding in CoderPad, no trick questions.

Wei has these openings:

1) Tue Sep 29, 8:30am PT (9:00pm IST)
2) Wed Sep 30, 8:00am PT (8:30pm IST)
3) Thu Oct 1, 9:00am PT (9:30pm IST)

Just reply-all with what suits you.

Best,
Megan""" + MSIG
m7 = b.add("INBOX", "technical-round", "2026-09-18 11:05", PT, MEGAN,
           "Next step: technical interview with Wei", text=t007, cc=[WEI])

t008 = """Wednesday works for me. Thanks both!

Ananya

Sent from my iPhone""" + quote(t007, "Megan Ortiz <megan.ortiz@lumenfold.example>", "18-Sep-2026, at 11:35 PM")
m8 = b.sent("re-technical-round", "2026-09-19 09:12", "Re: Next step: technical interview with Wei", t008,
            [MEGAN], cc=[WEI], reply=m7, mid="apple", mid_domain="postbox.example")
b.interview(m8, "2026-09-30 08:00", PT, [WEI[1]])

m = b.add("INBOX", "webinar-system-design", "2026-09-21 12:00", TZ, ("DevCircle Bengaluru", "events@devcircle.example"),
          "Free webinar: Cracking the System Design Interview (Sat 26 Sep, 11am IST)",
          html="""<html><body style="font-family:Verdana,sans-serif">
<h2 style="color:#4b2fa8">Cracking the System Design Interview</h2>
<p>Join ex-FAANG interviewers <b>Arvind Rao</b> and <b>Sneha Kulkarni</b> for a live 90-minute session.</p>
<p><b>When:</b> Saturday, 26 September 2026, 11:00 AM IST<br><b>Where:</b> Online (link after registration)</p>
<p>We'll walk through a mock interview: designing a URL shortener, rate limiter and a news feed, with Q&amp;A at the end.</p>
<p><a href="https://devcircle.example/e/sd-interview-26sep" style="background:#4b2fa8;color:#fff;padding:10px 18px;text-decoration:none">Reserve my seat</a></p>
<p style="font-size:11px;color:#777">You're getting this because you attended a DevCircle meetup. <a href="https://devcircle.example/unsub">Unsubscribe</a></p>
</body></html>
""", mid="sendgrid")
b.silent(m, "community webinar about system design interviews")

t010 = """Hi Ananya,

Looking forward to tomorrow at 8 (PT). Here's the CoderPad we'll use - it'll be blank until we start: https://app.coderpad.io/LMF-8Q2XZ

Zoom: https://lumenfold.zoom.us/j/86201174530 Any language you like, most of the team writes Go but Java/Kotlin is totally fine.

Wei

--
Wei Zhang
Engineering Lead, Payments Infrastructure
Lumenfold

Sent from my iPhone"""
b.add("INBOX", "see-you-tomorrow", "2026-09-29 10:15", PT, WEI, "Tomorrow's session", text=t010,
      mid="apple", mid_domain="lumenfold.example")

t011 = """Hi Ananya,

Good news: Wei's feedback from today was really positive and we'd like to bring you in for the final loop. It's three 45-min conversations (engineering leadership, a deep-dive with a staff engineer, and product).

Given the time difference we'll try to keep them all in our morning. I'm juggling a few calendars, so I'll come back to you with options early next week.

Best,
Megan""" + MSIG
b.add("INBOX", "final-loop", "2026-09-30 16:20", PT, MEGAN, "Lumenfold - final loop", text=t011)

t012 = """Hi Ananya,

Sorry this took longer than I said - it's been a busy couple of weeks with our planning cycle.

For the final loop, could you do either of these two mornings (PT)?

A) Thursday Nov 5, 8:00-10:45am PST
B) Tuesday Nov 10, 8:00-10:45am PST

Heads up: daylight saving ends here on Nov 1, so 8am PST will be 9:30pm IST for you, an hour later than our earlier calls. I know that's late - if neither works I can try to split it over two days.

Megan""" + MSIG
m12 = b.add("INBOX", "final-loop-dates", "2026-10-14 08:50", PT, MEGAN, "Re: Lumenfold - final loop", text=t012)

t013 = """Hi Megan,

Thursday Nov 5 please - 9:30pm to 12:15am is late but I'd rather do it in one go than wait until the 10th.

Thanks,
Ananya""" + quote(t012, "Megan Ortiz <megan.ortiz@lumenfold.example>", "Wed, Oct 14, 2026 at 9:20 PM")
m13 = b.sent("re-final-loop-dates", "2026-10-15 07:40", "Re: Lumenfold - final loop", t013, [MEGAN], reply=m12)

t014 = """Hi Ananya,

You're all set for Thursday, November 5. Here's the schedule (PST, with IST in brackets):

8:00 - 8:45am   Dana Whitfield, Director of Engineering   (9:30 - 10:15pm IST)
9:00 - 9:45am   Rohan Mehta, Staff Engineer              (10:30 - 11:15pm IST)
10:00 - 10:45am Lisa Park, Product Lead                   (11:30pm - 12:15am IST)

Dana and Rohan are cc'd so you have their emails. Each session has its own Zoom link, which I'll send the day before. Rohan's is the technical deep-dive, so expect to go into the design of something you've built.

Megan""" + MSIG + quote(t013, "Ananya Krishnan <ananya.krishnan@postbox.example>", "Wed, Oct 14, 2026 at 7:10 PM")
m14 = b.add("INBOX", "final-loop-confirmed", "2026-10-15 13:02", PT, MEGAN, "Confirmed: Lumenfold final loop, Thu Nov 5",
            text=t014, cc=[DANA, ROHAN], reply=m13)
b.interview(m14, "2026-11-05 08:00", PT, [DANA[1]])
b.interview(m14, "2026-11-06 07:30", PT, [ROHAN[1]])
b.interview(m14, "2026-11-05 10:00", PT, ["name:Lisa Park"])

m = b.add("INBOX", "interview-tomorrow", "2026-10-22 21:14", TZ, ("Kavya R", "kavya.r@postbox.example"),
          "interview tomorrow??",
          text="""Amma called me asking if you have "the American interview tomorrow" and whether she should light a lamp for it. I told her it's in November and she should relax. lol

Also are we still doing dinner Saturday? Thai place near Indiranagar metro, 8ish?

K

Sent from my iPhone""", mid="apple", mid_domain="icloud.com")
b.silent(m, "friend joking about the user's family and the interview; no hiring information")

t016 = """Hi Ananya,

Quick one - Rohan has been pulled into an incident review that's landed on Thursday morning. Could his session move to Friday Nov 6 at 7:30am PST (9:00pm IST)? Dana and Lisa stay exactly as planned on Thursday.

Sorry for the shuffle!
Megan""" + MSIG
m16 = b.add("INBOX", "move-rohan", "2026-11-03 09:12", PT, MEGAN, "Small change to your final loop", text=t016, cc=[ROHAN])

t017 = """No problem at all, Friday 9pm IST works.

Ananya""" + quote(t016, "Megan Ortiz <megan.ortiz@lumenfold.example>", "Tue, 3 Nov 2026 at 10:42 PM")
m17 = b.sent("re-move-rohan", "2026-11-03 23:10", "Re: Small change to your final loop", t017, [MEGAN], cc=[ROHAN], reply=m16)

t018 = """Thank you! Done - Rohan's session is now Fri Nov 6, 7:30am PST. Zoom link to follow with the others.

Megan""" + MSIG
b.add("INBOX", "re-move-rohan", "2026-11-03 11:30", PT, MEGAN, "Re: Small change to your final loop", text=t018,
      cc=[ROHAN], reply=m17)

t019 = """Hi Ananya,

Thank you again for making the late nights work this week - I know 11pm interviews aren't anyone's idea of fun. Everyone said they enjoyed talking with you.

The interview team meets on Wednesday to make a decision, and I'll have an answer for you by Friday, November 13 at the latest.

Have a good rest of your weekend,
Megan""" + MSIG
m19 = b.add("INBOX", "thank-you-next-steps", "2026-11-08 17:05", PT, MEGAN, "Thank you + next steps", text=t019)
b.timeframe(m19, "2026-11-13", MEGAN[1], answered=True)

t020 = """Hi Ananya,

I wanted to get back to you ahead of Friday, as promised.

This one was genuinely close, and I want you to know that the team spent a long time on it. In the end they've decided to go with another candidate who has run Kafka-based ledgers at a scale closer to ours, so we won't be offering you the role this time.

Dana specifically mentioned how clear your design walkthrough was, and Wei would be happy to share more detailed feedback if that's useful - just let me know.

I'd really like to keep in touch. We'll be opening a couple of backend roles in the Bengaluru hub next year and I'd love to reach out when we do.

All the best,
Megan""" + MSIG
m20 = b.add("INBOX", "update", "2026-11-12 15:48", PT, MEGAN, "Lumenfold - an update", text=t020)
b.rejection(m20, MEGAN[1])

m = b.add("INBOX", "newsletter-questions", "2026-11-20 09:00", TZ, ("The Offer Letter", "newsletter@theofferletter.example"),
          "5 questions to ask at the end of every interview",
          html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1>5 questions to ask at the end of every interview</h1>
<p>"Do you have any questions for us?" is not a formality. This week: how to turn the last five minutes of an interview into your strongest.</p>
<ol><li>What does success look like in the first 90 days?</li><li>What's the hardest part of this job?</li><li>How does the team handle disagreement?</li><li>What would make you hesitate about hiring me?</li><li>What are the next steps, and when should I expect to hear back?</li></ol>
<p>Plus: our salary negotiation template, now updated for 2027.</p>
<p style="color:#999;font-size:11px">The Offer Letter - weekly career newsletter. <a href="https://theofferletter.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""", mid="sendgrid")
b.silent(m, "career newsletter about interview questions")

b.write()
