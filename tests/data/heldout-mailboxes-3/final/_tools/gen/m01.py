"""m01: a process started ONLY by the user's cold e-mail to a hiring manager (no ATS),
human replies, a text-fixed interview with two interviewers, a two-session second round
fixed in text, a kept and an unkept promise; an Ashby application rejected by no-reply."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, gq, oq, html_from_text, fakepdf

TZ = "America/Denver"
U = ("Marisol Quintero", "marisol.q@pinemail.example")
b = Box("final", "m01-larchmont-cold-outreach", U, TZ,
        "2026-09-08T07:00:00-06:00", "2026-11-06T18:00:00-07:00", langs=["en"], country="US")

THEO = ("Theo Brandvold", "theo.brandvold@larchmont.example")
WEN = ("Wen Ruiz", "wen.ruiz@larchmont.example")
PEL = ("Ines Karlsson", "ines@pellucidrobotics.example")
ASHBY = ("Quillfeather Hiring Team", "no-reply@ashbyhq.com")
theo_sig = "\n\nTheo Brandvold\nDirector, Data Platform | Larchmont Analytics\n(720) 555-0148"

m1 = b.sent("cold-larchmont", "2026-09-08 09:14", "Data platform engineering at Larchmont",
"""Hi Theo,

I saw your post about Larchmont moving its ingestion stack off nightly batch and onto
streaming, and it's exactly the kind of migration I spent the last two years on at
Brightwater Health (Kafka + Flink, ~40 source systems, roughly 2 TB/day).

I'm looking for my next role and would love to talk if you're growing the platform
team. Resume attached, and my GitHub has the open-source CDC connector I maintain.

Thanks for reading,
Marisol Quintero
(303) 555-0192
""", to=[THEO], mid="uuid", mid_domain="pinemail.example", html=True,
   attach=[("Marisol_Quintero_Resume.pdf", "application/pdf", fakepdf("Marisol Quintero - Senior Data Engineer"))])

b.sent("cold-pellucid", "2026-09-08 10:02", "Data engineering - Pellucid Robotics",
"""Hello Ines,

A friend at Pellucid mentioned your team is standing up a telemetry pipeline for the
new fleet. I've built similar pipelines (Kafka, Flink, Iceberg) and would be glad to
help. Would you have 20 minutes for a chat in the next couple of weeks?

Best,
Marisol Quintero
""", to=[PEL], mid="uuid", mid_domain="pinemail.example")

m = b.add("INBOX", "meetup-newsletter", "2026-09-09 07:50", TZ,
          ("Front Range Data Meetup", "hello@frontrangedata.example"),
          "September meetup: mock interview night + pizza",
          html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Front Range Data Meetup &mdash; September</h2>
<p><b>Mock Interview Night</b> &mdash; Wednesday, September 23, 6:30&nbsp;PM, Galvanize Platte St.</p>
<p>Bring your resume: volunteer hiring managers will run 30-minute practice system-design interviews.
Sign up for a slot on the meetup page. Pizza from Atomic Cowboy.</p>
<p style="color:#888;font-size:11px">You are receiving this because you joined Front Range Data Meetup.
<a href="https://frontrangedata.example/unsubscribe">Unsubscribe</a></p>
</body></html>""", mid="sendgrid")
b.silent(m, "meetup newsletter offering practice 'mock interviews', not an interview")

m = b.add("INBOX", "ashby-ack", "2026-09-09 12:32", TZ, ASHBY,
          "Thanks for applying to Quillfeather!",
          html="""<html><body><div style="max-width:560px;font-family:-apple-system,Segoe UI,sans-serif">
<p>Hi Marisol,</p>
<p>Thanks for applying for the <b>Senior Analytics Engineer</b> role at Quillfeather. We've received
your application and our team will review it shortly.</p>
<p>If you are not selected for this position, we'll keep your profile on file and may reach out
about future openings that match your experience.</p>
<p>Best,<br>The Quillfeather Team</p>
<p style="font-size:11px;color:#999">Powered by Ashby</p></div></body></html>""",
          mid="ses")

m4 = b.add("INBOX", "re-cold-larchmont", "2026-09-10 16:05", "America/Denver", THEO,
           "RE: Data platform engineering at Larchmont",
"""Hi Marisol,

Thanks for the note - good timing, actually. We have a senior data engineer opening that
isn't posted yet. Would you be up for a conversation with me and Wen Ruiz (cc'd), one of
our staff engineers? We could do Thursday 9/17 at 10:30am or Friday 9/18 at 2pm,
Mountain time. About 45 minutes.""" + theo_sig + oq(m1, TZ, to=[THEO]), to=[U], cc=[WEN], reply=m1, mid="outlook")

m5 = b.sent("re-slot", "2026-09-10 18:40", "Re: Data platform engineering at Larchmont",
"""Hi Theo,

Thursday 9/17 at 10:30 works great. Looking forward to meeting you both.

Marisol""" + gq(m4, TZ), to=[THEO], cc=[WEN], reply=m4, mid="uuid", mid_domain="pinemail.example")

m6 = b.add("INBOX", "re-slot-confirm", "2026-09-11 08:12", TZ, THEO,
           "RE: Data platform engineering at Larchmont",
"""Perfect - Thursday the 17th, 10:30 MT it is. Wen and I will both be on.

Zoom: https://larchmont.zoom.us/j/84412093317 (passcode 551902)

We'll mostly talk through the streaming migration and whatever you'd like to ask us.""" + theo_sig
           + oq(m5, TZ, to=[THEO]), to=[U], cc=[WEN], reply=m5, mid="outlook")
b.interview(m6, "2026-09-17 10:30", TZ, [THEO[1], WEN[1]])

m = b.add("INBOX", "dentist", "2026-09-14 10:00", TZ,
          ("Cherry Creek Family Dental", "reminders@cherrycreekdental.example"),
          "Appointment reminder: Tue, Sep 22 at 8:00 AM",
"""Hi Marisol,

This is a reminder of your appointment with Dr. Aranda on Tuesday, September 22 at
8:00 AM (cleaning + exam). Please arrive 10 minutes early.

Reply C to confirm or call (303) 555-0110 to reschedule.

Cherry Creek Family Dental""", mid="plain", mid_domain="cherrycreekdental.example")
b.silent(m, "dentist appointment reminder")

m8 = b.sent("thanks-theo-wen", "2026-09-17 13:05", "Thank you - today's conversation",
"""Theo, Wen,

Thanks for the time this morning. I really enjoyed digging into the schema-registry
problem you're having with the vendor feeds - I've been thinking about it since, and I'd
start with compatibility checks in CI before anything fancier.

Hope to continue the conversation.

Marisol""", to=[THEO, WEN], mid="uuid", mid_domain="pinemail.example")

m9 = b.add("INBOX", "re-thanks", "2026-09-18 09:30", TZ, THEO,
           "RE: Thank you - today's conversation",
"""Thanks Marisol, likewise. We're wrapping up first conversations this week and early
next; I'll have a decision on next steps for you by Friday the 25th.

Theo""" + oq(m8, TZ, to=[THEO, WEN]), to=[U], reply=m8, mid="outlook")

m10 = b.add("INBOX", "second-round", "2026-09-23 15:45", TZ, THEO,
            "Next round at Larchmont",
"""Hi Marisol,

Good news - we'd like to bring you back for a second round. I've put you down for
Tuesday 9/29, 1:00-2:30 pm Mountain, same Zoom link as last time:

  1:00-1:45  Kendra Voss, VP Engineering (background, how you work with product)
  1:45-2:30  Wen Ruiz, system design (bring your streaming war stories)

Let me know if that doesn't work and we'll find something else.""" + theo_sig,
            to=[U], cc=[WEN], mid="outlook")
b.timeframe(m9, "2026-09-25", THEO[1], True, news=m10)
b.interview(m10, "2026-09-29 13:00", TZ, ["name:Kendra Voss"])
b.interview(m10, "2026-09-29 13:45", TZ, [WEN[1]])

b.sent("re-second-round", "2026-09-23 17:02", "Re: Next round at Larchmont",
"""Works for me - see you then!

Sent from my iPhone""" + gq(m10, TZ), to=[THEO], reply=m10, mid="apple", mid_domain="pinemail.example")

m = b.add("INBOX", "ashby-decision", "2026-09-24 14:11", TZ, ASHBY,
          "Your application to Quillfeather",
          html="""<html><body><div style="max-width:560px;font-family:-apple-system,Segoe UI,sans-serif">
<p>Hi Marisol,</p>
<p>Thank you for your interest in the Senior Analytics Engineer role and for the time you put into
your application.</p>
<p>Our team has reviewed your background carefully, and at this time we did not select your
application to move forward in our process.</p>
<p>We wish you the best in your search.</p>
<p>The Quillfeather Team</p>
<p style="font-size:11px;color:#999">Powered by Ashby</p></div></body></html>""", mid="ses")
b.rejection(m, "")

m = b.add("INBOX", "friend-lunch", "2026-09-26 11:20", TZ, ("Becca Liu", "becca.liu@mailhaven.example"),
          "lunch sat??",
"""hey!! are we still on for Sat? Snooze at 11:30, I'll grab a table. you have to tell me how
the interview thing went, I want the full debrief lol

b""", mid="gmail")
b.silent(m, "a friend's lunch plans that mention an interview")

m14 = b.add("INBOX", "after-round-two", "2026-09-29 16:20", TZ, THEO, "Thanks for today",
"""Marisol,

Thanks for spending the afternoon with us - Kendra and Wen both enjoyed it. The panel meets
Thursday to compare notes on the finalists, and you'll hear from me within 5 business days.

Best,
Theo""", to=[U], mid="outlook")
b.timeframe(m14, "2026-10-06", THEO[1], False)

m = b.add("INBOX", "job-alert", "2026-10-02 06:00", TZ, ("JobPond Alerts", "alerts@jobpond.example"),
          "12 new Data Engineer jobs near Denver, CO",
          html="""<html><body><h3>New jobs for "Data Engineer" near Denver, CO</h3>
<ul><li><b>Senior Data Engineer</b> &mdash; Ridgeway Freight &mdash; Golden, CO</li>
<li><b>Data Platform Engineer</b> &mdash; Alpenglow Health &mdash; Remote</li>
<li><b>Staff Data Engineer</b> &mdash; Timberline Bank &mdash; Denver, CO</li></ul>
<p><a href="https://jobpond.example/alerts">See all 12 jobs</a> | <a href="https://jobpond.example/u">Manage alerts</a></p>
</body></html>""", mid="sendgrid")
b.silent(m, "job alert")

m16 = b.sent("check-in", "2026-10-09 10:15", "Re: Thanks for today",
"""Hi Theo,

Just checking in on the senior data engineer role - I know these things take time. I'm
still very interested, and happy to answer anything else the panel needs.

Thanks,
Marisol""" + gq(m14, TZ), to=[THEO], reply=m14, mid="uuid", mid_domain="pinemail.example")

m = b.add("INBOX", "decision", "2026-10-14 11:40", TZ, THEO, "RE: Thanks for today",
"""Hi Marisol,

Sorry for the slow reply - it took us longer than I hoped. We've decided to move forward
with another candidate whose background is a bit closer to our warehouse side of the house.
This was a close call and not a reflection of the conversations, which were genuinely good.

If it's all right with you I'd like to keep in touch; we'll likely open a second role in Q1.""" + theo_sig
          + oq(m16, TZ, to=[THEO]), to=[U], reply=m16, mid="outlook")
b.rejection(m, THEO[1])

b.write()
