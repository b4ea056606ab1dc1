#!/usr/bin/env python3
"""m04: Vancouver account executive; three interleaved processes (subtle rejection / hold / unkept timeframe)."""
from mimehelp import Box, Event, calendar, html_from_text
from common import gcal_invite, q, outlook_q

TZ = "America/Vancouver"
PT, MT, ET = "America/Los_Angeles", "America/Denver", "America/New_York"
ME = ("Hana Lowe", "hana.lowe@cedarbox.example")
# A: Kestrel Cloud (Seattle, Greenhouse)
GRA = ("Graham Oduya", "graham.oduya@kestrelcloud.example")
BEA = ("Beatriz Salgado", "beatriz.salgado@kestrelcloud.example")
PRI = ("Priscilla Nakamura", "priscilla.nakamura@kestrelcloud.example")
THEO = ("Theo Brandt", "theo.brandt@kestrelcloud.example")
YUS = ("Yusuf Demir", "yusuf.demir@kestrelcloud.example")
GH = ("Beatriz Salgado", "no-reply@us.greenhouse-mail.io")
# B: Halyard Logistics (Denver, SmartRecruiters)
SR = ("Halyard Logistics", "noreply@smartrecruiters.com")
OWEN = ("Owen Kirkpatrick", "owen.kirkpatrick@halyard.example")
REN = ("Renata Vlasic", "renata.vlasic@halyard.example")
# C: Brightwater Foods (Atlanta, Jobvite)
JV = ("Brightwater Foods Careers", "noreply@jobvite.com")
DANA = ("Dana Whitfield", "dana.whitfield@brightwaterfoods.example")
CUR = ("Curtis Bell", "curtis.bell@brightwaterfoods.example")
AMA = ("Amara Ruiz", "amara.ruiz@brightwaterfoods.example")

b = Box("m04-vancouver-ae-three", ME, TZ, "2026-09-09T07:00:00-07:00", "2026-11-20T17:00:00-08:00",
        notes="three processes: Kestrel subtle rejection, Halyard hold, Brightwater unkept timeframe + late rejection",
        country="US")
HS = "\n\nHana Lowe\nAccount Executive · Vancouver, BC\n604-555-0127"
BSIG = "\n\nBeatriz Salgado\nSenior Recruiter, GTM | Kestrel Cloud\nSeattle, WA"
OSIG = ("\n\nOwen Kirkpatrick\nTalent Acquisition Manager\nHalyard Logistics | 1550 Wewatta St, Denver, CO\n"
        "o: 720-555-0190")
DSIG = "\n\nDana Whitfield\nSr. Recruiter, Sales & Marketing\nBrightwater Foods | Atlanta, GA\n404-555-0153"

t1 = ("Hi Graham,\n\nLucía Ferreira suggested I reach out - she mentioned you're building out a Pacific Northwest "
      "team for Kestrel's mid-market segment. I'd love to be considered.\n\n"
      "I'm an AE at Tillicum Software, selling a data-residency product to Canadian and US mid-market companies. "
      "I closed 131% of quota last fiscal year and 118% the year before, mostly net-new logos with 45-90 day "
      "cycles, and I run my own pipeline without an SDR. I'm happy to share the numbers in more detail.\n\n"
      "Would you be open to a conversation? My LinkedIn is linkedin.example/in/hanalowe.\n\nThanks,\nHana" + HS)
m1 = b.sent("cold-kestrel", "2026-09-09 08:40", "Intro via Lucía - mid-market AE", t1, to=[GRA], mid="gmail")

sr = ("Dear Hana,\n\nThank you for applying for Enterprise Account Executive - Western Canada at Halyard Logistics.\n\n"
      "We've received your application and our recruiting team will review it carefully. We aim to review all "
      "applications within 2-3 weeks. If your profile matches what we're looking for, we'll be in touch to "
      "discuss next steps.\n\nKind regards,\nHalyard Logistics Talent Acquisition\n\n"
      "You are receiving this email because you applied for a job at Halyard Logistics via SmartRecruiters.\n")
m2 = b.add("INBOX", "smartrecruiters-ack", "2026-09-10 09:15", TZ, SR,
           "Thank you for applying to Halyard Logistics", html=html_from_text(sr), mid="ses", co="halyard")

t3 = ("Hana - great to hear from you. Lucía doesn't hand out referrals lightly. Looping in Beatriz, who runs our "
      "GTM recruiting; she'll get you set up with a first chat.\n\nG\n\nSent from my iPhone")
m3 = b.add("INBOX", "re-cold-kestrel", "2026-09-11 07:55", PT, GRA, "Re: Intro via Lucía - mid-market AE",
           text=t3 + q(t1, m1, ME[0], ME[1], "apple", tz=PT), cc=[BEA], reply=m1, mid="apple",
           mid_domain="kestrelcloud.example", co="kestrel")
t6 = ("Thanks so much, Graham!\n\nBeatriz, nice to meet you. I'm flexible most mornings next week, and Thursday is "
      "wide open.\n\nHana")
m6 = b.sent("re-re-cold-kestrel", "2026-09-11 09:02", "Re: Intro via Lucía - mid-market AE", t6 + q(t3, m3, GRA[0], GRA[1]),
            to=[GRA, BEA], reply=m3, mid="gmail")

jv = """<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
<p><img src="https://media.jobvite.example/brightwater/logo.png" alt="Brightwater Foods" width="160"></p>
<p>Dear Hana Lowe,</p>
<p>Thank you for your interest in the <b>Regional Sales Manager, Pacific Northwest</b> position at Brightwater Foods.
Your application has been received.</p>
<p>Our recruiting team will review your qualifications, and if there is a match we will contact you regarding next steps.</p>
<p>Best regards,<br>Brightwater Foods Talent Acquisition</p>
<p style="font-size:11px;color:#777">This message was sent via Jobvite. Please do not reply.</p>
</body></html>
"""
b.add("INBOX", "jobvite-ack", "2026-09-14 06:30", TZ, JV, "Brightwater Foods - Application Received", html=jv,
      mid="plain", mid_domain="jobvite.com", co="bright")

gh1 = ("Hi Hana,\n\nThank you for taking the time to speak with us! Here are the details for your upcoming interview "
       "with Kestrel Cloud for the Mid-Market Account Executive role.\n\n"
       "Date: Thursday, September 17, 2026\n"
       "Time: 10:00 AM - 10:30 AM Pacific Time (US & Canada)\n"
       "Location: Zoom - https://kestrelcloud.zoom.example/j/81184206533\n\n"
       "You'll meet with:\nBeatriz Salgado - Senior Recruiter, GTM\n\n"
       "If you have any questions, simply reply to this email.\n\nBest,\nBeatriz")
m5 = b.add("INBOX", "gh-confirmation", "2026-09-14 10:40", TZ, GH, "Interview Confirmation: Kestrel Cloud - Recruiter Screen",
           text=gh1, html=True, reply_to=BEA, mid="sendgrid", co="kestrel")
b.interview(m5, "2026-09-17 10:00", PT, [BEA[1]])

hydro = "Your electricity bill for Aug 12 - Sep 11 is ready.\n\nAmount due: $68.40\nDue: Oct 2, 2026\n"
b.add("INBOX", "hydro", "2026-09-16 05:40", TZ, ("Coastal Hydro", "ebill@coastalhydro.example"), "Your bill is ready",
      html=html_from_text(hydro), mid="ses")

t8 = ("Hi Hana,\n\nThanks for a great conversation yesterday! Graham would like to meet you next. He has Tuesday "
      "Sept 22 at 1:00pm PT blocked for you (45 minutes) - I'll send the calendar invite in a few minutes. It'll be "
      "a conversation about a deal you're proud of and how you'd approach our segment." + BSIG)
m8 = b.add("INBOX", "meet-graham", "2026-09-18 11:20", PT, BEA, "Next up: Graham", text=t8, mid="gmail", co="kestrel")
b.interview(m8, "2026-09-22 13:00", PT, [GRA[1]])
gcal_invite(b, "2026-09-18 11:34", BEA, "Hana Lowe / Graham Oduya (Kestrel Cloud)", "2026-09-22 13:00", PT, 45,
            [(ME[0], ME[1]), (GRA[0], GRA[1])], "Pacific Time - Los Angeles", meet="https://meet.google.com/kst-wnqa-rhe",
            description="Hiring manager conversation for Mid-Market AE.", co="kestrel")

t10 = ("Hi Hana,\n\nThanks for applying for our Enterprise Account Executive role for Western Canada. I'd like to "
       "set up a 30 minute phone call to learn more about you. Do any of these work?\n\n"
       "Wed 9/23 - 9:00 AM MT\nWed 9/23 - 2:00 PM MT\nFri 9/25 - 10:30 AM MT" + OSIG)
m10 = b.add("INBOX", "halyard-screen", "2026-09-21 08:10", MT, OWEN, "Halyard Logistics - phone screen", text=t10,
            mid="outlook", co="halyard")
t11 = ("Hi Owen,\n\nThanks for reaching out! Wednesday and Friday are tricky for me with customer meetings. Would "
       "Thursday 9/24 at 11:00 AM MT (10:00 my time) work instead?\n\nBest,\nHana" + HS)
m11 = b.sent("re-halyard-screen", "2026-09-21 08:00", "Re: Halyard Logistics - phone screen",
             t11 + outlook_q(t10, m10, OWEN[0], OWEN[1], ME[0], "Halyard Logistics - phone screen"), to=[OWEN],
             reply=m10, mid="gmail")
t12 = "Thursday 11:00 MT works. I'll call you at 604-555-0127.\n\nThanks,\nOwen"
m12 = b.add("INBOX", "re-halyard-screen", "2026-09-21 10:05", MT, OWEN, "RE: Halyard Logistics - phone screen",
            text=t12 + outlook_q(t11, m11, ME[0], ME[1], OWEN[0], "Re: Halyard Logistics - phone screen"),
            reply=m11, mid="outlook", co="halyard")
b.interview(m12, "2026-09-24 11:00", MT, [OWEN[1]])

t13 = ("Hey Hana,\n\nDana here with Brightwater Foods - thanks for applying for the Regional Sales Manager role in "
       "the Pacific Northwest! Your grocery-adjacent experience caught my eye.\n\n"
       "I'll give you a ring tomorrow at 3 Eastern (noon your time) for a quick 20-minute intro. If that's no "
       "good, just tell me what is." + DSIG)
m13 = b.add("INBOX", "brightwater-intro", "2026-09-23 10:30", ET, DANA, "Brightwater Foods - Regional Sales Manager",
            text=t13, mid="outlook", co="bright")
b.interview(m13, "2026-09-24 15:00", ET, [DANA[1]])

# Greenhouse panel with an .ics of three sessions
sess = [("2026-10-01 09:00", 45, "Mock discovery call", [PRI, THEO]),
        ("2026-10-01 10:00", 30, "Sales leadership", [GRA]),
        ("2026-10-01 10:45", 30, "Cross-functional: Customer Success", [YUS])]
evs = []
for i, (st, mins, name, who) in enumerate(sess):
    evs.append(Event(f"gh-{b.hexid(10)}-{i}@greenhouse.io", st, PT, mins, summary=f"Kestrel Cloud - {name} (Hana Lowe)",
                     organizer=("Beatriz Salgado", BEA[1]),
                     attendees=[(ME[0], ME[1])] + [(n, a) for n, a in who],
                     location=f"https://kestrelcloud.zoom.example/j/8118420{6600 + i}", stamp="20260924233000Z",
                     description=f"{name} with " + " and ".join(n for n, _ in who)))
ics = calendar("REQUEST", evs, prodid="-//Greenhouse//Greenhouse Scheduler//EN")
gh2 = ("Hi Hana,\n\nCongratulations on moving to the final round! Here is your schedule for Thursday, October 1, "
       "2026. All times are Pacific Time (US & Canada).\n\n"
       "9:00 AM - 9:45 AM    Mock discovery call\n"
       "                     Priscilla Nakamura, Senior Account Executive\n"
       "                     Theo Brandt, Solutions Engineer\n"
       "10:00 AM - 10:30 AM  Sales leadership\n"
       "                     Graham Oduya, VP Sales\n"
       "10:45 AM - 11:15 AM  Cross-functional: Customer Success\n"
       "                     Yusuf Demir, Director of Customer Success\n\n"
       "For the mock discovery call, Priscilla will play the VP of IT at a 400-person logistics company. A one-page "
       "brief is attached to the calendar invitation.\n\n"
       "Calendar invitations are attached. Reply to this email with any questions.\n\nBest,\nBeatriz")
m14 = b.add("INBOX", "gh-final-round", "2026-09-24 16:30", TZ, GH, "Interview Confirmation: Kestrel Cloud - Final Round",
            text=gh2, html=True, reply_to=BEA, ics=ics, ics_as="attach", ics_name="invite.ics", mid="sendgrid", co="kestrel")
for st, mins, name, who in sess:
    b.interview(m14, st, PT, [a for _, a in who])

web = ("Closing is a skill, not a personality.\n\nJoin our free live webinar: \"Ace the AE Interview: Mock Discovery "
       "Calls that Win Offers\" - Tuesday, September 29 at 11am PT.\n\nReserve my seat\n\n"
       "RevCraft Academy · unsubscribe\n")
m15 = b.add("INBOX", "webinar", "2026-09-25 09:00", TZ, ("RevCraft Academy", "events@revcraft.example"),
            "Ace the AE interview (free live session)", html=html_from_text(web), mid="sendgrid")
b.silent(m15, "webinar about interviewing, not an interview")

t16 = ("Hi Hana,\n\nGreat talking Thursday. Next step is a conversation with Renata Vlasic, our VP of Sales, West. "
       "Zoom details below.\n\n"
       "Owen Kirkpatrick is inviting you to a scheduled Zoom meeting.\n\n"
       "Topic: Halyard | Hana Lowe & Renata Vlasic\n"
       "Time: Sep 30, 2026 11:00 AM Mountain Time (US and Canada)\n\n"
       "Join Zoom Meeting\nhttps://halyard.zoom.example/j/97720315544?pwd=aGFseWFyZA\n\n"
       "Meeting ID: 977 2031 5544\nPasscode: 660412\n\n"
       "Renata's email is renata.vlasic@halyard.example in case you need to reach her." + OSIG)
m16 = b.add("INBOX", "halyard-renata", "2026-09-28 09:45", MT, OWEN, "Halyard - next step with Renata", text=t16,
            mid="outlook", co="halyard")
b.interview(m16, "2026-09-30 11:00", MT, [REN[1]])

t17 = ("Hi Hana!\n\nThanks for the great chat last week. Curtis Bell (curtis.bell@brightwaterfoods.example), who "
       "leads our West region and would be your manager, will call you Thursday 10/1 at 4:30 PM ET. Plan on 45 "
       "minutes." + DSIG)
m17 = b.add("INBOX", "brightwater-hm", "2026-09-28 13:00", ET, DANA, "Brightwater - call with Curtis Thursday", text=t17,
            html=True, cc=[CUR], mid="outlook", co="bright")
b.interview(m17, "2026-10-01 16:30", ET, [AMA[1]])

t18 = ("Hi Hana, small change for tomorrow: Curtis got pulled into a plant visit in Yakima, so Amara Ruiz "
       "(amara.ruiz@brightwaterfoods.example), our Director of National Accounts, will take the call instead. "
       "Same time, 4:30 PM ET. She's great - you'll like her.\n\nDana")
m18 = b.add("INBOX", "brightwater-swap", "2026-09-30 15:20", ET, DANA, "RE: Brightwater - call with Curtis Thursday",
            text=t18 + outlook_q(t17, m17, DANA[0], DANA[1], ME[0], "Brightwater - call with Curtis Thursday"),
            reply=m17, cc=[AMA], mid="outlook", co="bright")

t19 = ("Hi Hana,\n\nThank you for a strong final round yesterday. The panel is submitting scorecards now, and we aim "
       "to get back to you within 3 business days.\n\nHave a good weekend!" + BSIG)
m19 = b.add("INBOX", "kestrel-after", "2026-10-02 10:00", PT, BEA, "Thank you!", text=t19, mid="gmail", co="kestrel")
b.timeframe(m19, "2026-10-07", BEA[1], answered=True)

t20 = ("Hi Dana,\n\nI wanted to say thank you for setting up Thursday's call - Amara was great, and I left even more "
       "excited about the Pacific Northwest territory. Could you share what the next steps and timing look like?"
       "\n\nBest,\nHana" + HS)
m20 = b.sent("brightwater-checkin", "2026-10-05 09:15", "Following up - Regional Sales Manager", t20, to=[DANA], mid="gmail")
t21 = ("Hi Hana,\n\nThanks for reaching out, and glad to hear it! We're wrapping up conversations with the last few "
       "candidates this week. You'll hear from us by Wednesday, October 14." + DSIG)
m21 = b.add("INBOX", "re-brightwater-checkin", "2026-10-06 08:40", ET, DANA, "RE: Following up - Regional Sales Manager",
            text=t21 + outlook_q(t20, m20, ME[0], ME[1], DANA[0], "Following up - Regional Sales Manager"),
            reply=m20, mid="outlook", co="bright")
b.timeframe(m21, "2026-10-14", DANA[1], answered=False)

t22 = ("Hi Hana,\n\nThank you again for all the time you gave us over the past few weeks - Graham and the panel "
       "enjoyed getting to know you.\n\n"
       "We've decided to move forward with other candidates whose experience more closely aligns with the needs of "
       "the mid-market team right now. I know that's not the news you were hoping for.\n\n"
       "I'd be glad to stay in touch as new roles open up." + BSIG)
m22 = b.add("INBOX", "kestrel-decision", "2026-10-06 15:10", PT, BEA, "Re: Thank you!", text=t22 + q(t19, m19, BEA[0], BEA[1], tz=PT),
            reply=m19, mid="gmail", co="kestrel")
b.rejection(m22, BEA[1])

t23 = ("Hi Hana,\n\nI wanted to give you an update. Our leadership team has put the Enterprise Account Executive "
       "requisition on hold while they complete a budget review for next year. This isn't a reflection on you at "
       "all - Renata was very positive after your conversation.\n\n"
       "We'll keep your application active, and if the role reopens (likely Q1) I'll reach out to you first." + OSIG)
m23 = b.add("INBOX", "halyard-hold", "2026-10-08 12:00", MT, OWEN, "Halyard Logistics - update on the AE role", text=t23,
            mid="outlook", co="halyard")
t24 = "Thanks for letting me know, Owen - I appreciate the heads up. Fingers crossed for Q1!\n\nHana"
b.sent("re-halyard-hold", "2026-10-08 11:40", "Re: Halyard Logistics - update on the AE role",
       t24 + outlook_q(t23, m23, OWEN[0], OWEN[1], ME[0], "Halyard Logistics - update on the AE role"), to=[OWEN],
       reply=m23, mid="gmail")

hike = ("Hana!! Sat is supposed to be sunny. Grouse Grind then brunch? Or are you too busy being interviewed by every "
        "company in the Pacific Northwest lol\n\n- Mei")
b.add("INBOX", "friend-hike", "2026-10-10 19:20", TZ, ("Mei Chen", "meichen@salishmail.example"), "saturday??", text=hike,
      mid="apple", mid_domain="salishmail.example", cte="7bit")

t26 = ("Hi Dana,\n\nI hope you're well! Just checking in on the Regional Sales Manager role - I know things can take "
       "longer than planned. I'm still very interested.\n\nThanks,\nHana")
m26 = b.sent("brightwater-checkin-2", "2026-10-19 08:30", "Re: Following up - Regional Sales Manager",
             t26 + outlook_q(t21, m21, DANA[0], DANA[1], ME[0], "RE: Following up - Regional Sales Manager"),
             to=[DANA], reply=m21, mid="gmail")

t27 = ("Hi Hana,\n\nI'm sorry this took longer than I said it would. We've decided not to move forward with your "
       "candidacy for the Regional Sales Manager role. The team chose someone with more direct-store-delivery "
       "experience.\n\nThank you for your patience and for the time you spent with us, and best of luck." + DSIG)
m27 = b.add("INBOX", "brightwater-decision", "2026-10-23 09:10", ET, DANA, "RE: Following up - Regional Sales Manager",
            text=t27 + outlook_q(t26, m26, ME[0], ME[1], DANA[0], "Re: Following up - Regional Sales Manager"),
            reply=m26, mid="outlook", co="bright")
b.rejection(m27, DANA[1])

b.write()
