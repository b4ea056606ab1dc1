"""m01: processes started only by the user's own Sent mail; human replies, text phone screen,
text panel; a Greenhouse process (ack look-alike, no-reply rejection); a feedback promise left
unanswered and followed by a hold."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, gq, iq, oq, html_from_text

TZ = "America/Denver"
USER = ("Dana Whitcombe", "dana.whitcombe@mailbox.example")
b = Box("tune", "m01-cold-email-panel", USER, TZ,
        "2026-09-03T08:00:00-06:00", "2026-11-06T17:00:00-07:00", notes="sent-only start")

TOMAS = ("Tomas Reyes", "tomas@larkspuranalytics.example")
ANA = ("Ana Bellweather", "ana.bellweather@larkspuranalytics.example")
KOFI = ("Kofi Mensah", "kofi@larkspuranalytics.example")
GWEN = ("Gwen Albright", "galbright@cottonwoodenergy.example")
HOLLIS = ("Hollis Grant", "hgrant@cottonwoodenergy.example")
GH = ("Brightwater Freight", "no-reply@us.greenhouse-mail.io")

PDF = b"%PDF-1.4\n% resume placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

t1 = """Hi Tomas,

I caught your talk at the Denver Data Engineering meetup last month (the one about moving Larkspur's ingestion off cron jobs) and you mentioned the team would be growing this fall. I wanted to reach out directly in case that's still the plan.

I'm a data engineer with about six years of experience, most recently at a logistics company where I own our Kafka -> Snowflake pipelines and the dbt project that sits on top of them. Before that I spent three years doing analytics engineering at a healthcare startup, so I'm comfortable on both sides of the warehouse.

Resume attached. Happy to chat whenever is convenient for you, even if there's nothing open yet.

Thanks,
Dana

--
Dana Whitcombe
(303) 555-0148
"""
m001 = b.sent("cold-email-larkspur", "2026-09-03 21:41", "Data engineering at Larkspur - Dana Whitcombe",
              t1, to=[TOMAS], attach=[("Dana_Whitcombe_Resume.pdf", "application/pdf", PDF)])

news = """THE PIPELINE WEEKLY - Issue #112

This week: five interview questions every data engineer should be ready for, a look at Iceberg vs. Delta in 2026, and our reader survey results.

1. "Walk me through a pipeline you'd rebuild from scratch."
2. "How do you handle late-arriving data?"
3. "Tell me about a time a backfill went wrong."
...

Read the full issue: https://pipelineweekly.example/issues/112

You are receiving this because you subscribed at pipelineweekly.example.
Unsubscribe: https://pipelineweekly.example/u/8f2a1c
"""
m002 = b.add("INBOX", "newsletter-interview-questions", "2026-09-04 07:55", "America/New_York",
             ("The Pipeline Weekly", "hello@pipelineweekly.example"),
             "5 interview questions you should be ready for (Issue #112)", text=news, html=True,
             mid="sendgrid", headers=["List-Unsubscribe: <https://pipelineweekly.example/u/8f2a1c>",
                                       "Precedence: bulk"])
b.silent(m002, "a newsletter about interview questions, not an interview")

ack_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Brightwater Freight</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:24px 32px"><img src="https://brightwaterfreight.example/logo.png" alt="Brightwater Freight" width="160"></td></tr>
<tr><td style="padding:0 32px 24px 32px">
<p>Hi Dana,</p>
<p>Thank you for applying for the <strong>Senior Data Engineer (Platform)</strong> position at Brightwater Freight. We have received your application and our recruiting team will review it shortly.</p>
<p>If your background is a match for the role, a member of our team will contact you to discuss next steps. If you are not selected for this position, we will keep your resume on file and may reach out about future openings that fit your experience.</p>
<p>Thanks again for your interest in Brightwater!</p>
<p>Brightwater Freight Talent Acquisition</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">Please do not reply to this email. This mailbox is not monitored.<br>Powered by Greenhouse</td></tr>
</table></td></tr></table></body></html>
"""
m003 = b.add("INBOX", "greenhouse-ack", "2026-09-08 10:07", "America/Chicago", GH,
             "Thank you for applying to Brightwater Freight", html=ack_html, mid="uuid",
             mid_domain="us.greenhouse-mail.io", headers=["Auto-Submitted: auto-generated"])
b.silent(m003, "ATS acknowledgement; 'if you are not selected' is not a rejection")

t4 = """Hi Dana,

Thanks for reaching out, and glad the talk was useful! Your timing is actually good - we're opening a data engineer role in October and I'd rather talk to people before it hits the job boards.

Would you have 30 minutes for an intro call this week? I'm pretty open Thursday or Friday morning.

Tomas

Tomas Reyes
Head of Data | Larkspur Analytics
larkspuranalytics.example"""
m004 = b.add("INBOX", "re-cold-email", "2026-09-09 08:12", TZ, TOMAS,
             "Re: Data engineering at Larkspur - Dana Whitcombe", text=t4 + gq(m001, TZ), reply=m001)

t5 = """Hi Tomas,

Great to hear from you! Friday (9/11) at 10am Mountain would be perfect if that works on your end. My cell is (303) 555-0148.

Thanks,
Dana"""
m005 = b.sent("re-propose-friday", "2026-09-09 12:31", "Re: Data engineering at Larkspur - Dana Whitcombe",
              t5 + gq(m004, TZ), to=[TOMAS], reply=m004)

t6 = """Friday at 10 works. I'll call you at that number.

Talk then,
T

Sent from my iPhone"""
m006 = b.add("INBOX", "re-friday-confirmed", "2026-09-09 13:02", TZ, TOMAS,
             "Re: Data engineering at Larkspur - Dana Whitcombe", text=t6 + iq(m005, TZ), reply=m005,
             mid="apple", mid_domain="larkspuranalytics.example")
b.interview(m006, "2026-09-11 10:00", TZ, [TOMAS[1]])

t7 = """lunch tmrw?? i'm near union station around 12:30. consider it a formal interview for the position of my favorite person to complain to about work lol

- jess"""
m007 = b.add("INBOX", "lunch-tomorrow", "2026-09-10 18:20", TZ, ("Jess Navarro", "jessnav@mailbox.example"),
             "lunch tmrw", text=t7)
b.silent(m007, "a friend's lunch with a joking 'interview'")

t8 = """Hi Dana,

Really enjoyed the conversation this morning - especially the bit about the backfill you had to unwind. That's exactly the kind of thing we're wrestling with.

I'm going to talk with Ana and Kofi about next steps and I'll get back to you by Wednesday.

Have a good weekend,
Tomas

Tomas Reyes
Head of Data | Larkspur Analytics
(720) 555-0192"""
m008 = b.add("INBOX", "after-intro-call", "2026-09-11 11:16", TZ, TOMAS, "Following up on our call", text=t8,
             mid="gmail")
b.timeframe(m008, "2026-09-16", TOMAS[1], True)

t9 = """Hi Dana,

As promised - we'd love to have you in for a panel with the team. Here's what we've got:

Date: Tuesday, September 22
Time: 1:00 - 2:30 PM Mountain
Where: our office, 1550 Wynkoop St, 3rd floor (ring the Larkspur buzzer)

You'll meet with:
- Ana Bellweather, Analytics Lead (ana.bellweather@larkspuranalytics.example)
- Kofi Mensah, Staff Engineer (kofi@larkspuranalytics.example)
- Rachel Dunn, VP Product
- and me for the last 15 minutes

The first hour is a working session: Kofi will walk you through one of our real DAGs and we'll talk about how you'd change it. No whiteboard coding, no prep needed beyond what you already know.

Let me know that works and I'll get you a parking pass.

Tomas"""
m009 = b.add("INBOX", "panel-invite", "2026-09-15 16:40", TZ, TOMAS, "Panel with the Larkspur team - Sept 22",
             text=t9, cc=[ANA, KOFI])
b.interview(m009, "2026-09-22 13:00", TZ, [ANA[1], KOFI[1], "name:Rachel Dunn", TOMAS[1]])

t10 = """Hi Tomas (and hi Ana and Kofi!),

That works great - I'll see you all on Tuesday the 22nd at 1.  A parking pass would be much appreciated.

Looking forward to it,
Dana"""
m010 = b.sent("re-panel-confirm", "2026-09-15 19:03", "Re: Panel with the Larkspur team - Sept 22",
              t10 + gq(m009, TZ), to=[TOMAS], cc=[ANA, KOFI], reply=m009)

t11 = """Hi Dana,

This is a friendly reminder of your upcoming appointment:

Front Range Family Dental
Tuesday, September 22 at 8:00 AM
Dr. Helen Vukovic - cleaning & exam

Reply C to confirm or call (303) 555-0107 to reschedule. Please arrive 10 minutes early.

Front Range Family Dental
"""
m011 = b.add("INBOX", "dentist-reminder", "2026-09-17 09:00", TZ,
             ("Front Range Family Dental", "reminders@frontrangedental.example"),
             "Appointment reminder - Tue Sep 22, 8:00 AM", text=t11, mid="plain",
             mid_domain="frontrangedental.example")
b.silent(m011, "a dentist appointment reminder")

t12 = """Hi Dana,

Thank you for spending the afternoon with us. Everyone came out of the room energized, and Kofi hasn't stopped talking about your idea for the late-arrival partitions.

Full transparency: we have one more candidate coming in Thursday. After that we'll get together as a group, and I'll have a decision for you by Friday, October 2.

Thanks again,
Tomas"""
m012 = b.add("INBOX", "thanks-for-coming-in", "2026-09-22 17:52", TZ, TOMAS, "Thanks for today", text=t12)
b.timeframe(m012, "2026-10-02", TOMAS[1], True)

t13 = """Hi Gwen,

My name is Dana Whitcombe - Ellen Park suggested I reach out to you directly after we talked about Cottonwood's grid-data team at the Rocky Mountain Energy Forum.

I'm a data engineer (six years, mostly streaming ingestion and warehouse modeling) and I've been following your work on the interconnection-queue dataset. If you're hiring for the analytics platform role Ellen mentioned, I'd love to be considered. My resume is attached.

Thank you for your time,
Dana Whitcombe
(303) 555-0148"""
m013 = b.sent("note-to-cottonwood", "2026-09-24 20:14", "Ellen Park suggested I reach out", t13, to=[GWEN],
              attach=[("Dana_Whitcombe_Resume.pdf", "application/pdf", PDF)])

rej_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;background:#f4f5f7">
<table role="presentation" width="600" align="center" style="background:#fff"><tr><td style="padding:28px 32px">
<p>Hi Dana,</p>
<p>Thank you for your interest in the <strong>Senior Data Engineer (Platform)</strong> role at Brightwater Freight and for the time you put into your application.</p>
<p>After careful review, the hiring team has decided not to move forward with your candidacy for this position. We know this isn't the news you were hoping for.</p>
<p>We encourage you to keep an eye on our careers page for future roles.</p>
<p>Best regards,<br>Brightwater Freight Talent Acquisition</p>
<p style="font-size:11px;color:#888">This is an automated message; replies are not monitored.</p>
</td></tr></table></body></html>
"""
m014 = b.add("INBOX", "greenhouse-update", "2026-09-25 14:31", "America/Chicago", GH,
             "Your application to Brightwater Freight", html=rej_html, mid="uuid",
             mid_domain="us.greenhouse-mail.io", headers=["Auto-Submitted: auto-generated"])
b.rejection(m014, "")

t15 = """Hi Dana,

Gwen forwarded your note along - thanks for reaching out, and any friend of Ellen's is welcome here.

We do have the Analytics Platform Engineer role open, and Gwen would like to move quickly. I've set up a 45-minute video conversation with Gwen and me for Tuesday, October 6 at 3:00 PM Eastern (1:00 PM your time, if I have your location right). I'll send a Zoom link the day before - if the time doesn't work, just tell me and we'll find another.

Best,
Hollis

Hollis Grant
Senior Technical Recruiter
Cottonwood Energy | Denver - Houston - Pittsburgh
o: (412) 555-0130"""
m015 = b.add("INBOX", "re-cottonwood-intro", "2026-09-28 11:05", "America/New_York", HOLLIS,
             "RE: Ellen Park suggested I reach out", text=t15 + oq(m013, "America/New_York"),
             reply=m013, cc=[GWEN], mid="outlook")
b.interview(m015, "2026-10-06 15:00", "America/New_York", [GWEN[1], HOLLIS[1]])

t16 = """Hi Hollis,

Yes, Tuesday the 6th at 1:00 Mountain works - thank you both. Looking forward to it.

Dana"""
m016 = b.sent("re-cottonwood-yes", "2026-09-28 12:40", "Re: Ellen Park suggested I reach out",
              t16 + gq(m015, TZ), to=[HOLLIS], cc=[GWEN], reply=m015)

t17 = """Hi Dana,

I wanted to let you know personally rather than have you wait until Friday. We've extended an offer to another candidate, and they've accepted. It was a genuinely close call - their background in real-time fraud pipelines tipped it for this specific role.

I'd really like to stay in touch. We'll likely open a second data engineering role in Q1, and I'd reach out to you first.

Thank you for all the time you gave us,
Tomas

Tomas Reyes
Head of Data | Larkspur Analytics
(720) 555-0192"""
m017 = b.add("INBOX", "larkspur-decision", "2026-10-01 10:34", TZ, TOMAS, "Re: Thanks for today",
             text=t17 + gq(m012, TZ), reply=m012)
b.rejection(m017, TOMAS[1])

t18 = """Hi Dana,

Here's the link for tomorrow's conversation with Gwen and me:

Join Zoom Meeting
https://cottonwoodenergy.zoom.example/j/84120935571?pwd=Qm9vZ2xlZnV6
Meeting ID: 841 2093 5571
Passcode: 662014

See you at 3:00 ET / 1:00 MT.

Hollis"""
m018 = b.add("INBOX", "zoom-link", "2026-10-05 09:47", "America/New_York", HOLLIS,
             "Zoom link for tomorrow - Cottonwood Energy", text=t18, mid="outlook")

t19 = """Hi Dana,

Thanks for a great conversation today. Gwen and I will compare notes with the rest of the hiring team, and we'll share feedback within 3 business days.

Best,
Hollis

Hollis Grant
Senior Technical Recruiter
Cottonwood Energy"""
m019 = b.add("INBOX", "thanks-cottonwood", "2026-10-06 16:22", "America/New_York", HOLLIS,
             "Thank you for your time today", text=t19, mid="outlook")
b.timeframe(m019, "2026-10-09", HOLLIS[1], False)

t20 = """Dana, you're pre-approved!

Enjoy a special offer: 0% intro APR for 18 months on purchases and balance transfers with the Summitline Rewards Visa(R).
Your personal offer code: 7Q2-KXL-4419
Offer expires November 15, 2026.

Accept your offer: https://summitline-card.example/accept?c=7Q2KXL4419

To stop receiving prescreened offers of credit, call 1-888-555-0100.
"""
m020 = b.add("INBOX", "credit-card-offer", "2026-10-08 06:12", "America/New_York",
             ("Summitline Card Services", "offers@summitline-card.example"),
             "Dana, your pre-approved offer is waiting", text=t20, html=True, mid="ses")
b.silent(m020, "a credit-card offer, not a job offer")

t21 = """Hi Dana,

I owe you an update, and I'm sorry it's taken longer than I said it would.

Last week leadership put a hold on new headcount for the analytics platform team while the 2027 budget is reviewed, so we're pausing the search for this role. This isn't a reflection on you - the feedback from Gwen was very positive - and we'll keep your application active. If the role reopens after the budget review I'll reach out to you directly.

Thanks for your patience,
Hollis"""
m021 = b.add("INBOX", "cottonwood-on-hold", "2026-10-21 13:18", "America/New_York", HOLLIS,
             "Update on the Analytics Platform Engineer role", text=t21, mid="outlook")

b.write()
