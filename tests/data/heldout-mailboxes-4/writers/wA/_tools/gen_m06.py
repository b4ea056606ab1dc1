"""m06: look-alikes galore around one real process (Harborview Labs: Lever + GoodTime).
User in Arizona (Mountain, no DST); company in Central time; the loop falls after the
November 1 DST change, so the CT/MST gap shrinks from 2 hours to 1."""
from mimehelp import Box, Event, calendar
from common import q, gcal, simple_html, fake_pdf

TZ = "America/Phoenix"
CT = "America/Chicago"
U = ("Ravi Sundaram", "ravi.sundaram@quietmail.example")
WORK = ("Ravi Sundaram", "ravi.s@copperline.example")
b = Box("m06-harborview", U, TZ, "2026-09-14T07:00:00-07:00", "2026-12-04T17:00:00-07:00",
        notes="Lever ack -> recruiter screen (user: 'Thursday works') -> Lever HM confirmation -> GoodTime 4-session loop after DST change (one interviewer swapped) -> answered 3-business-day promise -> offer; 9 look-alikes")

DOM = ("Dominique Ashworth", "dominique.ashworth@harborviewlabs.example")
GWEN = ("Gwen Okoro-Bassett", "gwen.okoro-bassett@harborviewlabs.example")
ANNE = ("Anneliese Varga", "anneliese.varga@harborviewlabs.example")
KWAME = ("Kwame Asante-Ford", "kwame.asante-ford@harborviewlabs.example")
SUNIL = ("Sunil Rao-Whitfield", "sunil.rao-whitfield@harborviewlabs.example")
LOURDES = ("Lourdes Ibarra", "lourdes.ibarra@harborviewlabs.example")
LEVER = ("Harborview Labs", "no-reply@hire.lever.co")

DSIG = """
--
Dominique Ashworth | Technical Recruiter
Harborview Labs | Chicago, IL
312.555.0138"""

# 001 job alert digest (silent)
ja = simple_html([
    "<b>9 new jobs for you: Senior Data Scientist in Phoenix, AZ</b>",
    "<b>Senior Data Scientist, Pricing</b><br>Pinnacle Analytics Group &middot; Scottsdale, AZ &middot; $150K&ndash;$175K",
    "<b>Lead Data Scientist</b><br>Desert Bloom Health &middot; Phoenix, AZ (hybrid)",
    "<b>Senior Data Scientist, Forecasting</b><br>Harborview Labs &middot; Remote (US)",
    "<b>Staff Data Scientist</b><br>Saguaro Freight &middot; Tempe, AZ",
    '<a href="https://roleboard.example/alerts/5521">See all 9 jobs</a>'],
    footer="You saved this search on Roleboard. Change how often you get these emails in your settings.", brand="#111827")
m1 = b.add("INBOX", "job-alert", "2026-09-15 05:30", TZ, ("Roleboard", "jobs-noreply@roleboard.example"),
           "9 new jobs for you: Senior Data Scientist in Phoenix, AZ", html=ja, mid="sendgrid")
b.silent(m1, "job alert digest")

# 002 podcast request, text-only time (silent)
p2 = """Hey Ravi!

We met at the Phoenix Data Science meetup in August and you told that great story about forecasting water demand during the monsoon season. I'd love to interview you for our podcast, Data Over Coffee. It's a relaxed 40-minute conversation, recorded over Zoom.

Would Tuesday 10/27 at 10 AM Arizona time work for the recording? If not, send me a couple of times.

Thanks!
Josefina Mireles
Host & producer, Data Over Coffee"""
m2 = b.add("INBOX", "podcast", "2026-09-17 15:12", TZ, ("Josefina Mireles", "josefina@dataovercoffee.example"),
           "Interview for Data Over Coffee?", text=p2, mid="gmail")
b.silent(m2, "a podcast interview where he is the guest")
b.sent("re-podcast", "2026-09-18 07:40", "Re: Interview for Data Over Coffee?",
       "Josefina, I'd love to! 10/27 at 10 works. Send me whatever prep you have.\n\nRavi" +
       q(p2, "Josefina Mireles <josefina@dataovercoffee.example>", "Thu, Sep 17, 2026 at 3:12 PM"),
       to=[("Josefina Mireles", "josefina@dataovercoffee.example")], reply=m2, mid="uuid", mid_domain="quietmail.example")

# 004 current job: he is an interviewer (silent)
jev = Event("gt-copperline-88c1a0d4-jpark", "2026-09-24 14:00", TZ, 45,
            "Interview: Jolene Park - Data Analyst II - Technical (Ravi)",
            organizer=("Copperline Talent", "talent@copperline.example"), attendees=[WORK],
            location="Microsoft Teams Meeting", description="Candidate: Jolene Park\nRole: Data Analyst II\nYour focus: SQL & statistics\nScorecard: https://app.goodtime.example/scorecard/88c1a0d4",
            stamp="20260922161100Z")
m4 = b.add("INBOX", "interviewer-assignment", "2026-09-22 09:11", TZ, ("Copperline Talent via GoodTime", "scheduling@goodtime.io"),
           "You've been scheduled to interview Jolene Park (Data Analyst II)",
           text="Hi Ravi,\n\nYou've been added to the interview panel for Jolene Park, Data Analyst II.\n\nThursday, September 24, 2026\n2:00 PM - 2:45 PM (MST)\nYour focus: SQL & statistics\n\nPlease review the candidate's resume before the interview and submit your scorecard within 24 hours.\n\nCopperline Utilities Talent Team",
           ics=calendar("REQUEST", [jev], prodid="-//GoodTime.io//Interview Scheduler 4.2//EN"), ics_as="alt",
           to=[WORK], mid="uuid", mid_domain="goodtime.io")
b.silent(m4, "he is the interviewer on a panel at his current employer")

# 005 Lever ack (html only)
ack = simple_html([
    "Hi Ravi,",
    "Thank you for applying for the <b>Senior Data Scientist, Forecasting</b> position at Harborview Labs. "
    "We're excited that you're interested in helping utilities plan for a changing climate.",
    "We'll review your application carefully. If there's a fit, someone from our team will be in touch to talk about next steps.",
    "Warmly,<br>The Harborview Labs Talent Team"],
    footer="Sent via Lever. Please do not reply to this email.", brand="#0c4a6e")
b.add("INBOX", "lever-thanks-for-applying", "2026-09-29 10:02", TZ, LEVER,
      "Thanks for applying to Harborview Labs", html=ack, mid="uuid", mid_domain="hire.lever.co")

# 006 webinar (silent, text only)
w6 = """Hi Ravi,

You're in! Thanks for registering for:

ACE THE TECHNICAL INTERVIEW: LIVE SQL & STATS Q&A
Wednesday, October 14, 2026 at 5:00 PM MST (Arizona)

We'll work through three real take-home prompts and answer your questions live. The join link will arrive one hour before the session.

DataCareer Lab"""
m6 = b.add("INBOX", "webinar-registration", "2026-09-30 08:15", TZ, ("DataCareer Lab", "events@datacareerlab.example"),
           "You're registered: Ace the Technical Interview (Oct 14)", text=w6, html=True, mid="sendgrid")
b.silent(m6, "webinar about technical interviews, not an interview")

# 007 recruiter proposes two slots
d7 = """Hi Ravi,

Thanks for applying to our Senior Data Scientist, Forecasting role! I'd love to set up a 30-minute phone screen to learn more about your background and tell you about the team.

Would either of these work?
- Thursday 10/1 at 11 AM CT
- Friday 10/2 at 2 PM CT

Best,
Dominique""" + DSIG
m7 = b.add("INBOX", "phone-screen", "2026-09-30 10:40", TZ, DOM, "Harborview Labs - phone screen", text=d7, mid="gmail")
m8 = b.sent("re-phone-screen", "2026-09-30 11:02", "Re: Harborview Labs - phone screen",
            "Thursday works.\n\nRavi" + q(d7, "Dominique Ashworth <dominique.ashworth@harborviewlabs.example>", "Wed, Sep 30, 2026 at 10:40 AM"),
            to=[DOM], reply=m7, mid="uuid", mid_domain="quietmail.example")
m9 = b.add("INBOX", "re-phone-screen", "2026-09-30 11:25", TZ, DOM, "Re: Harborview Labs - phone screen",
           text="Great! I'll call you Thursday at 11 CT (9 AM your time in Arizona, if I've got that right). Talk then!\n\nDominique" + DSIG,
           reply=m8, mid="gmail")
b.interview(m9, "2026-10-01 11:00", CT, [DOM[1]])

# 010 after screen, cc'ing the HM
d10 = """Hi Ravi,

Thanks for the conversation this morning. Next, I'd like you to meet Gwen Okoro-Bassett (cc'd), our Director of Data Science and the hiring manager for this role. You'll get a confirmation from Lever with the details once we find a time on her calendar.""" + DSIG
b.add("INBOX", "meet-gwen", "2026-10-01 12:30", TZ, DOM, "Next step: meet Gwen", text=d10, cc=[GWEN], mid="gmail")

# 011 Lever confirmation (text, no ics)
lc = """Hi Ravi,

Your interview with Harborview Labs has been scheduled.

Role: Senior Data Scientist, Forecasting
Date: Thursday, October 8, 2026
Time: 1:00 PM - 1:45 PM CDT
Format: Video call, https://harborviewlabs.zoom.example/j/98812045532

You'll meet with:
Gwen Okoro-Bassett, Director of Data Science

If you need to make any changes, please reply to this email.

Harborview Labs"""
m11 = b.add("INBOX", "lever-interview-scheduled", "2026-10-05 09:48", TZ, LEVER,
            "Your interview with Harborview Labs is confirmed", text=lc, html=True, reply_to=DOM,
            mid="uuid", mid_domain="hire.lever.co")
b.interview(m11, "2026-10-08 13:00", CT, [GWEN[1]])

# 012 credit card (silent)
m12 = b.add("INBOX", "exclusive-offer", "2026-10-06 06:45", TZ, ("Canyon Miles Card", "offers@canyonmiles.example"),
            "Ravi, an exclusive offer for you: 75,000 bonus miles",
            html=simple_html(["Ravi, you've been selected for an exclusive offer.",
                              "<b>Earn 75,000 bonus miles</b> when you spend $3,000 in your first 3 months with the Canyon Miles World Elite Mastercard.",
                              "Offer ends November 30, 2026.", '<a href="https://canyonmiles.example/apply">Accept offer</a>'],
                             footer="Terms apply. You received this because you're subscribed to partner offers.", brand="#7c2d12"),
            mid="sendgrid")
b.silent(m12, "credit-card marketing offer")

# 013 final-round invite, asking for availability
d13 = """Hi Ravi,

Gwen really enjoyed your conversation yesterday. We'd like to invite you to our final round: a virtual onsite with four 45-minute sessions (forecasting deep dive, ML systems, product collaboration, and a closing chat with Gwen).

Our panel is tied up until November. Could you send me your availability for Monday 11/2 through Wednesday 11/4?""" + DSIG
m13 = b.add("INBOX", "final-round", "2026-10-09 08:35", TZ, DOM, "Final round - Harborview Labs", text=d13, mid="gmail")
s14 = """Hi Dominique,

Great news, thanks! Tuesday 11/3 or Wednesday 11/4 both work, anytime after 8 AM my time (Arizona; we don't do daylight saving, so that'll be 9 AM Central once you fall back).

Ravi"""
b.sent("re-final-round", "2026-10-09 12:20", "Re: Final round - Harborview Labs",
       s14 + q(d13, "Dominique Ashworth <dominique.ashworth@harborviewlabs.example>", "Fri, Oct 9, 2026 at 8:35 AM"),
       to=[DOM], reply=m13, mid="uuid", mid_domain="quietmail.example")

# 015 landlord (silent)
m15 = b.add("INBOX", "application-received", "2026-10-12 13:05", TZ, ("Sonoran Ridge Apartments", "leasing@sonoranridge.example"),
            "Your application for Sonoran Ridge #2114",
            text="Hi Ravi,\n\nWe've received your rental application for apartment #2114. We're reviewing your application now and will have a decision for you within 2 business days. Please have your proof of income ready in case we need it.\n\nThanks for choosing Sonoran Ridge!\nLeasing Team\n(480) 555-0112",
            mid="plain", mid_domain="sonoranridge.example")
b.silent(m15, "landlord's rental application with a decision timeframe; not hiring")

# 016 vendor QBR at work with Pinnacle Analytics Group (silent)
pg = gcal(b, "2026-10-14 10:20", ("Colby Harrington", "colby.harrington@pinnacleanalytics.example"),
          "Pinnacle Analytics Group <> Copperline: Q4 business review", "2026-10-22 10:00", TZ, 60,
          [("Colby Harrington", "colby.harrington@pinnacleanalytics.example"), WORK],
          meet="https://meet.google.com/pag-qbrx-cop",
          desc="Agenda: usage review, renewal terms, 2027 roadmap preview.")
b.silent(pg, "vendor business review with Pinnacle Analytics Group at his current job")

# 017 GoodTime loop invite, four sessions in one calendar
sess = [("2026-11-03 10:00", "Forecasting deep dive", ANNE, "Anneliese Varga, Senior Data Scientist"),
        ("2026-11-03 11:00", "ML systems", KWAME, "Kwame Asante-Ford, Staff ML Engineer"),
        ("2026-11-03 12:30", "Product collaboration", LOURDES, "Lourdes Ibarra, Product Lead, Forecasting"),
        ("2026-11-03 13:30", "Closing conversation", GWEN, "Gwen Okoro-Bassett, Director of Data Science")]
evs = [Event(f"gt-hvl-loop-{i}-7e21c4", s, CT, 45, f"Harborview Labs | {t} | Ravi Sundaram",
             organizer=DOM, attendees=[p, U], location="https://harborviewlabs.zoom.example/j/98812077310",
             stamp="20261015153000Z") for i, (s, t, p, _) in enumerate(sess)]
rows = "".join(f"<tr><td style='padding:6px 14px 6px 0;white-space:nowrap'>{tm}</td><td style='padding:6px 14px 6px 0;color:#6b7280'>{az}</td><td><b>{t}</b><br>{d}</td></tr>"
               for (s, t, p, d), tm, az in zip(sess, ["10:00 &ndash; 10:45 AM CST", "11:00 &ndash; 11:45 AM CST", "12:30 &ndash; 1:15 PM CST", "1:30 &ndash; 2:15 PM CST"],
                                               ["9:00 AM MST", "10:00 AM MST", "11:30 AM MST", "12:30 PM MST"]))
gt = simple_html([
    "Hi Ravi,",
    "Your final-round interviews with <b>Harborview Labs</b> are scheduled for <b>Tuesday, November 3, 2026</b>.",
    f"<table cellpadding='0' cellspacing='0' style='font-size:14px'>{rows}</table>",
    'All sessions: <a href="https://harborviewlabs.zoom.example/j/98812077310">Zoom</a>. Calendar invitations for each session are attached.',
    "Questions or changes? Reply to this email and Dominique will help."],
    footer="Sent by GoodTime on behalf of Harborview Labs.", brand="#0c4a6e")
m17 = b.add("INBOX", "goodtime-final-round", "2026-10-15 08:30", TZ, ("Harborview Labs via GoodTime", "scheduling@goodtime.io"),
            "Your interviews with Harborview Labs on Tuesday, November 3", html=gt,
            ics=calendar("REQUEST", evs, prodid="-//GoodTime.io//Interview Scheduler 4.2//EN"), ics_as="attach",
            ics_name="harborview-interviews.ics", reply_to=DOM, mid="uuid", mid_domain="goodtime.io")
b.interview(m17, "2026-11-03 10:00", CT, [ANNE[1]])
b.interview(m17, "2026-11-03 11:00", CT, [SUNIL[1]])
b.interview(m17, "2026-11-03 12:30", CT, [LOURDES[1]])
b.interview(m17, "2026-11-03 13:30", CT, [GWEN[1]])

# 018 friend's lunch-interview joke (silent)
m18 = b.add("INBOX", "lunch-interview", "2026-10-26 12:48", TZ, ("Marcus Bell", "marcusbell@quietmail.example"),
            "my lunch interview went great",
            text="just had a very rigorous lunch interview with the new birria truck on McDowell. they passed. you're coming next week, no excuses\n\n- M\n\nSent from my iPhone",
            cte="7bit", mid="apple")
b.silent(m18, "a friend's joke about a 'lunch interview'")

# 019 swap
d19 = """Hi Ravi,

A quick update on Tuesday: Kwame will be out next week, so Sunil Rao-Whitfield (cc'd), another Staff ML Engineer, will run your ML systems session instead. Same time (11:00 AM Central, 10:00 AM your time) and same Zoom link.

Thanks!
Dominique""" + DSIG
b.add("INBOX", "tuesday-update", "2026-10-30 14:10", TZ, DOM, "Update for Tuesday's interviews", text=d19, cc=[SUNIL], mid="gmail")

# reminder without .ics (unlabelled bot mail)
b.add("INBOX", "reminder-tomorrow", "2026-11-02 08:00", TZ, ("Harborview Labs via GoodTime", "scheduling@goodtime.io"),
      "Reminder: your interviews with Harborview Labs are tomorrow",
      text="Hi Ravi,\n\nJust a reminder that your interviews with Harborview Labs start tomorrow, Tuesday, November 3, at 10:00 AM CST (9:00 AM MST).\n\n"
           "10:00 AM CST  Forecasting deep dive\n11:00 AM CST  ML systems\n12:30 PM CST  Product collaboration\n1:30 PM CST   Closing conversation\n\n"
           "Zoom: https://harborviewlabs.zoom.example/j/98812077310\n\nGood luck!\nSent by GoodTime on behalf of Harborview Labs",
      reply_to=DOM, mid="uuid", mid_domain="goodtime.io")

# 020 promise (answered by offer)
d20 = """Hi Ravi,

Thank you for spending the day with us! The panel will debrief tomorrow and we'll get back to you within 3 business days.""" + DSIG
m20 = b.add("INBOX", "thank-you-final-round", "2026-11-03 15:05", TZ, DOM, "Thank you!", text=d20, mid="gmail")
b.timeframe(m20, "2026-11-06", DOM[1], True)

# 021 offer
d21 = """Hi Ravi,

I'm delighted to let you know that Harborview Labs would like to offer you the position of Senior Data Scientist, Forecasting!

Summary of the offer (the formal letter is attached):
- Base salary: $172,000
- Sign-on bonus: $15,000
- Stock options: 22,000, vesting over 4 years
- Fully remote from Arizona
- Proposed start date: Monday, December 7

Gwen would love to set up a call to answer any questions about the team. Please let us know your decision by Friday, November 13.

Congratulations!
Dominique""" + DSIG
m21 = b.add("INBOX", "offer-harborview", "2026-11-05 13:15", TZ, DOM, "Your offer from Harborview Labs", text=d21, cc=[GWEN],
            mid="gmail", attach=[("Harborview_Offer_Sundaram.pdf", "application/pdf", fake_pdf("Harborview Labs offer - Ravi Sundaram"))])
b.offer(m21)

s22 = """Hi Dominique,

Thank you, and please thank the team for me. I'm very excited. Before I sign, is there any flexibility on the base? I'd be at $180k to match what I'm leaving behind in bonus at Copperline. Everything else looks great.

Best,
Ravi"""
m22 = b.sent("re-offer", "2026-11-06 07:55", "Re: Your offer from Harborview Labs",
             s22 + q(d21, "Dominique Ashworth <dominique.ashworth@harborviewlabs.example>", "Thu, Nov 5, 2026 at 1:15 PM"),
             to=[DOM], reply=m21, mid="uuid", mid_domain="quietmail.example")
d23 = """Hi Ravi,

Good news: Gwen got approval to bring the base to $178,000, with everything else unchanged. I'll send a revised letter once you give me the nod.""" + DSIG
m23 = b.add("INBOX", "re-offer", "2026-11-10 11:40", TZ, DOM, "Re: Your offer from Harborview Labs", text=d23, reply=m22, mid="gmail")
b.sent("accept", "2026-11-10 16:30", "Re: Your offer from Harborview Labs",
       "Dominique, that works for me. I accept! Please send the revised letter.\n\nRavi" +
       q(d23, "Dominique Ashworth <dominique.ashworth@harborviewlabs.example>", "Tue, Nov 10, 2026 at 11:40 AM"),
       to=[DOM], reply=m23, mid="uuid", mid_domain="quietmail.example")

b.write()
