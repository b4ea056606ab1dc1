"""m02: Singapore data engineer, one Berlin (CET/CEST) process via Lever: screen, technical, final - all fixed in text."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, quote, sig

U = ("Farah Aziz", "farah.aziz@mailnest.example")
TZ = "Asia/Singapore"
BER = "Europe/Berlin"
b = Box("m02-brightkeel-data", U, TZ, "2026-09-07T08:00:00+08:00", "2026-12-20T18:00:00+08:00",
        langs=["en", "de"], country="DE",
        notes="one process; recruiter runs the screen, fixed by the user's 'Thursday works'; EU DST change before the final")

JO = ("Johanna Becker", "johanna.becker@brightkeel.example")
TOB = ("Tobias Wendt", "tobias.wendt@brightkeel.example")
AYL = ("Aylin Kaya", "aylin.kaya@brightkeel.example")
HEN = ("Henrik Sørensen", "henrik.sorensen@brightkeel.example")
JSIG = """

Viele Grüße / Best,
Johanna

Johanna Becker
Talent Partner, Engineering
Brightkeel GmbH | Torstraße 118, 10119 Berlin
+49 30 5557 2210"""

t001 = """Hi Johanna,

I've just applied for the Senior Data Engineer (Remote, APAC) role through your careers page and wanted to say hello directly, as I saw your post about the team on LinkedIn.

Quick background: I'm based in Singapore and have spent the last four years building streaming pipelines (Flink, Kafka, dbt on BigQuery) at a logistics company here, most recently leading the migration of our batch ETL to near-real-time. The problems you describe in the job ad - late-arriving data from carriers, reconciling across time zones - are very close to what I work on every day.

Happy to work around Berlin hours for calls. My CV is attached to the application, but I can send it here too.

Best regards,
Farah Aziz
+65 9123 4567"""
m1 = b.sent("intro", "2026-09-07 21:30", "Senior Data Engineer (Remote, APAC) - application", t001, [JO])

m = b.add("INBOX", "application-received", "2026-09-07 15:35", BER, ("Brightkeel", "no-reply@hire.lever.co"),
          "Thanks for applying to Brightkeel!",
          text="""Hi Farah,

Thank you for applying for the Senior Data Engineer (Remote, APAC) position at Brightkeel. We've received your application and our team will review it over the next couple of weeks.

If your profile matches what we're looking for, we'll reach out to set up a first conversation.

Best,
The Brightkeel Talent Team

This message was sent by Lever on behalf of Brightkeel. Replies to this address are not monitored.""",
          html=True, mid="uuid", mid_domain="hire.lever.co", headers=("X-Lever-Mail: application-confirmation",))

b.add("INBOX", "order-shipped", "2026-09-09 12:14", TZ, ("ShopRight SG", "hello@shopright.example"),
      "Your order SR-55120 is on its way",
      text="""Good news, Farah! Your order has shipped.

1 x Ergonomic mesh chair (grey) - S$289.00
Delivery: Thu 10 Sep, 2pm-6pm, via NinjaRun

Track: https://shopright.example/track/SR-55120""", html=True, mid="ses")

t004 = """Hi Farah,

Thanks for the lovely note, and sorry it took a few days to reply - we had a lot of applications for this one!

I'd love to have a first chat myself, about 30 minutes, to hear more about your background and tell you how the team works. Here are some times (I've added Singapore time, hopefully correctly):

Tue 22 Sep, 10:00 CEST (16:00 SGT)
Wed 23 Sep, 09:00 CEST (15:00 SGT)
Thu 24 Sep, 11:30 CEST (17:30 SGT)

I'll call you via Google Meet, link to follow.""" + JSIG + quote(t001, "Farah Aziz <farah.aziz@mailnest.example>", "Mo., 7. Sept. 2026 um 15:30")
m4 = b.add("INBOX", "re-intro", "2026-09-14 10:10", BER, JO, "Re: Senior Data Engineer (Remote, APAC) - application",
           text=t004, reply=m1)

t005 = "Thursday works!\n\nFarah" + quote(t004, "Johanna Becker <johanna.becker@brightkeel.example>", "14 Sep 2026, at 4:10 PM")
m5 = b.sent("re-intro", "2026-09-14 18:02", "Re: Senior Data Engineer (Remote, APAC) - application", t005, [JO], reply=m4)
b.interview(m5, "2026-09-24 11:30", BER, [JO[1]])

m = b.add("INBOX", "podcast-invite", "2026-09-16 20:45", TZ, ("Darren Teo", "darren@pipelinespod.example"),
          "Would you like to be interviewed on Pipelines & Pints?",
          text="""Hey Farah,

Darren here - I host Pipelines & Pints, a small podcast about data engineering in Southeast Asia (about 3k listeners, mostly folks from the SG data meetup). Loved your talk on late-arriving events at the meetup in August.

Would you be up for being interviewed for an episode? It's relaxed, about 45 minutes on Zoom, and I send the questions beforehand. I was thinking Tuesday Oct 6 at 7pm SGT but I'm flexible.

No pressure at all!

Cheers,
Darren
pipelinespod.example""", mid="gmail")
b.silent(m, "podcast interview invitation, not a job interview")

t007 = """Hi Farah,

Lovely to speak today - thanks for all the detail on the carrier-events pipeline.

As mentioned, the next step is a short HackerRank exercise (SQL + a small Python task, about 90 minutes). You'll get the invitation from HackerRank in a minute; there's a week to do it. After that, if all goes well, we'd set up the technical interview with two of the engineers.""" + JSIG
b.add("INBOX", "next-steps", "2026-09-24 13:05", BER, JO, "Brightkeel - next steps", text=t007)

b.add("INBOX", "hackerrank-invite", "2026-09-24 13:07", BER, ("HackerRank", "support@hackerrank.com"),
      "Brightkeel has invited you to take the Data Engineering Assessment",
      html="""<html><body style="font-family:Arial,sans-serif;color:#39424e">
<p>Hello Farah Aziz,</p>
<p><b>Brightkeel</b> has invited you to take the <b>Data Engineering Assessment</b> on HackerRank.</p>
<table style="border:1px solid #ddd;padding:12px"><tr><td>Duration</td><td>90 minutes</td></tr>
<tr><td>Questions</td><td>4 (SQL, Python)</td></tr>
<tr><td>Expires</td><td>Oct 01, 2026 11:59 PM (GMT+08:00) Singapore</td></tr></table>
<p><a href="https://www.hackerrank.com/test/7h2kq9xbd1e/login?b=eyJ1c2VybmFtZSI6ImZhcmFo" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none">Start test</a></p>
<p>Make sure you have a stable internet connection. Once you start, the timer cannot be paused.</p>
<p style="font-size:11px;color:#999">HackerRank, 700 E El Camino Real, Mountain View, CA</p>
</body></html>
""", mid="sendgrid")

b.add("INBOX", "hackerrank-received", "2026-09-27 14:52", TZ, ("HackerRank", "support@hackerrank.com"),
      "Thank you for completing the Data Engineering Assessment",
      html="""<html><body style="font-family:Arial,sans-serif;color:#39424e">
<p>Hi Farah,</p>
<p>Your submission for <b>Data Engineering Assessment</b> (Brightkeel) has been received. The hiring team will review your results and contact you directly about next steps.</p>
<p>Thanks,<br>Team HackerRank</p>
</body></html>
""", mid="sendgrid")

t010 = """Hi Farah,

Great news - the team liked your HackerRank solutions (especially the window-function one!).

The next step is a 75-minute technical interview with Tobias Wendt, our Data Platform Lead, and Aylin Kaya, Senior Data Engineer - both cc'd. It's a conversation around a pipeline design, plus going through one of your HackerRank answers together.

Tobias suggested Tuesday 13 October at 15:00 UTC+2, which I think is 21:00 for you. Would that work?""" + JSIG
m10 = b.add("INBOX", "technical-interview", "2026-10-02 11:20", BER, JO, "Technical interview - Brightkeel", text=t010,
            cc=[TOB, AYL])

t011 = """Hi Johanna,

Thank you, that's great to hear! Tuesday 13th is good, but could we do it a bit earlier? Anything between 12:00 and 14:00 UTC+2 would be much easier for me - 21:00 collides with my toddler's bedtime :)

Best,
Farah""" + quote(t010, "Johanna Becker <johanna.becker@brightkeel.example>", "2 Oct 2026, at 5:20 PM")
m11 = b.sent("re-technical-interview", "2026-10-02 19:40", "Re: Technical interview - Brightkeel", t011, [JO],
             cc=[TOB, AYL], reply=m10)

t012 = """Hi Farah,

Of course - 13:00 CEST on Tuesday 13 October it is (19:00 SGT). Tobias and Aylin will both join.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ3ZTk1NGEtOTc2Ni00%40thread.v2/0?context=%7b%22Tid%22%3a%22bk%22%7d""" + JSIG + quote(t011, "Farah Aziz <farah.aziz@mailnest.example>", "Fr., 2. Okt. 2026 um 13:40")
m12 = b.add("INBOX", "re-technical-interview", "2026-10-05 09:15", BER, JO, "Re: Technical interview - Brightkeel",
            text=t012, cc=[TOB, AYL], reply=m11)
b.interview(m12, "2026-10-13 13:30", BER, [TOB[1], AYL[1]])

t013 = """Hi Farah,

sorry for the late change - could we start half an hour later tomorrow, 13:30 instead of 13:00 (CEST)? Our quarterly review got moved onto my calendar right before. Same Teams link, Aylin is fine with it.

Thanks and see you tomorrow,
Tobias

Tobias Wendt
Data Platform Lead | Brightkeel"""
m13 = b.add("INBOX", "half-hour-later", "2026-10-12 16:40", BER, TOB, "tomorrow 13:30 instead of 13:00?", text=t013,
            cc=[AYL, JO], mid="outlook")

t014 = """Hi Tobias,

Of course, 13:30 tomorrow is fine (19:30 here). See you then!

Farah""" + quote(t013, "Tobias Wendt <tobias.wendt@brightkeel.example>", "12 Oct 2026, at 10:40 PM")
b.sent("re-half-hour-later", "2026-10-12 22:55", "Re: tomorrow 13:30 instead of 13:00?", t014, [TOB], cc=[AYL, JO], reply=m13)

t015 = """Hi Farah,

Thank you for taking the time today - Tobias said it was a really good conversation.

The team will discuss this week and we'll get back to you by Friday 16 October with the outcome.""" + JSIG
m15 = b.add("INBOX", "thanks-for-today", "2026-10-13 18:10", BER, JO, "Thanks for today", text=t015)
b.timeframe(m15, "2026-10-16", JO[1], answered=False)

m = b.add("INBOX", "bootcamp", "2026-10-18 09:30", TZ, ("SkillForge", "hello@skillforge.example"),
          "Last call: Data Engineering Interview Bootcamp (early bird ends Sunday)",
          html="""<html><body style="font-family:Helvetica,sans-serif">
<h2>Land your next data engineering role</h2>
<p>6 weeks. 12 live sessions. 3 mock interviews with hiring managers from top tech companies.</p>
<p><b>Early bird: S$390</b> (regular S$590) - ends this Sunday at midnight.</p>
<p>Cohort starts Monday 2 November, sessions Tuesdays and Thursdays at 8pm SGT.</p>
<p><a href="https://skillforge.example/de-bootcamp">Enrol now</a></p>
<p style="font-size:11px;color:#888">SkillForge Pte Ltd. <a href="https://skillforge.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""", mid="sendgrid")
b.silent(m, "paid bootcamp ad mentioning mock interviews")

t017 = """Hi Farah,

I'm so sorry for going quiet past Friday - Tobias was travelling and we wanted his input properly. The good news: the team would love to move you to the final round!

It's a 60-minute conversation with our CTO, Henrik Sørensen (cc), and Mei Tanaka, our VP Data. Less technical, more about how you'd shape the platform over the next year.

One thing to note: our clocks go back this Sunday, so from next week we're on CET (UTC+1) and the gap to Singapore becomes 7 hours. Options:

- Wed 4 Nov, 09:00 CET (16:00 SGT)
- Thu 5 Nov, 10:00 CET (17:00 SGT)

Which would you prefer?""" + JSIG
m17 = b.add("INBOX", "final-round", "2026-10-23 10:30", BER, JO, "Brightkeel - final round", text=t017, cc=[HEN])

t018 = """Hi Johanna,

That's wonderful news, thank you! Thursday 5 Nov at 10:00 CET / 17:00 SGT please.

Best,
Farah""" + quote(t017, "Johanna Becker <johanna.becker@brightkeel.example>", "23 Oct 2026, at 4:30 PM")
m18 = b.sent("re-final-round", "2026-10-23 17:45", "Re: Brightkeel - final round", t018, [JO], cc=[HEN], reply=m17)

t019 = """Perfect, booked: Thursday 5 November, 10:00-11:00 CET (17:00 SGT) with Henrik and Mei. Same Teams link as last time.""" + JSIG + quote(t018, "Farah Aziz <farah.aziz@mailnest.example>", "Fr., 23. Okt. 2026 um 11:45")
m19 = b.add("INBOX", "re-final-round", "2026-10-23 12:10", BER, JO, "Re: Brightkeel - final round", text=t019,
            cc=[HEN], reply=m18)
b.interview(m19, "2026-11-09 10:00", BER, [HEN[1], "name:Mei Tanaka"])

t020 = """Hi Farah,

Henrik has to fly to Copenhagen on Thursday for a customer meeting, apologies. Could we move your final to Monday 9 November, same time (10:00 CET / 17:00 SGT)? Mei can do that as well.""" + JSIG
m20 = b.add("INBOX", "final-moved", "2026-11-02 08:55", BER, JO, "Final round - new date?", text=t020, cc=[HEN])

t021 = "Hi Johanna, no problem - Monday 9 Nov works for me.\n\nFarah\n\nSent from my iPhone" + quote(
    t020, "Johanna Becker <johanna.becker@brightkeel.example>", "2 Nov 2026, at 3:55 PM")
m21 = b.sent("re-final-moved", "2026-11-02 16:20", "Re: Final round - new date?", t021, [JO], cc=[HEN], reply=m20,
             mid="apple", mid_domain="mailnest.example")

t022 = "Danke, Farah! Moved to Monday 9 Nov, 10:00 CET." + JSIG
b.add("INBOX", "re-final-moved", "2026-11-02 09:40", BER, JO, "Re: Final round - new date?", text=t022, cc=[HEN], reply=m21)

t023 = """Hi Farah,

Thank you for today! Henrik and Mei will sync tomorrow and we'll come back to you within 3 business days.""" + JSIG
m23 = b.add("INBOX", "after-final", "2026-11-09 12:30", BER, JO, "Thank you for today", text=t023)
b.timeframe(m23, "2026-11-12", JO[1], answered=True)

t024 = """Hi Farah,

Could I give you a quick call tomorrow at 3? (my time - so 22:00 for you, I know it's late; or tell me a time that suits). I have some news I'd rather tell you on the phone :)""" + JSIG
m24 = b.add("INBOX", "quick-call", "2026-11-11 15:05", BER, JO, "Quick call tomorrow?", text=t024)

t025 = """Yes! 15:00 CET tomorrow works, call me on +65 9123 4567.

Farah""" + quote(t024, "Johanna Becker <johanna.becker@brightkeel.example>", "11 Nov 2026, at 10:05 PM")
b.sent("re-quick-call", "2026-11-11 22:30", "Re: Quick call tomorrow?", t025, [JO], reply=m24)

t026 = """Hi Farah,

It was a pleasure to tell you on the phone - and here it is in writing: we're delighted to offer you the position of Senior Data Engineer at Brightkeel!

The attached letter has the details we discussed: EUR 84,000 gross per year, employed through our Employer of Record partner in Singapore, 25 days of holiday, start date 4 January 2027. Henrik and Mei were both really excited after your conversation.

Please take a few days to look it over. It would be great to hear from you by Friday 20 November, and of course call me with any questions.

Herzlichen Glückwunsch!""" + JSIG
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
m26 = b.add("INBOX", "offer", "2026-11-12 16:10", BER, JO, "Your offer from Brightkeel", text=t026,
            attach=[("Brightkeel_Offer_Farah_Aziz.pdf", "application/pdf", pdf)])
b.offer(m26)

b.write()
