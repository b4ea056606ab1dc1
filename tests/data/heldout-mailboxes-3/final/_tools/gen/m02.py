"""m02: Exchange/Outlook invitations with Windows TZIDs (Pacific, Eastern), a recruiter's
"I'll call you at 3 tomorrow" screen, an Outlook update moving an interview, an offer;
a second small company (text + Outlook invite for the same slot) that never answers its
"within two weeks" promise; the user withdraws after accepting the offer."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf

TZ = "America/Los_Angeles"
U = ("Gideon Achterberg", "gachterberg@harborline.example")
b = Box("final", "m02-cobaltline-outlook-offer", U, TZ,
        "2026-09-08T08:00:00-07:00", "2026-11-10T17:00:00-08:00", langs=["en"], country="US")

SHAUNA = ("Shauna Pettibone", "shauna.pettibone@cobaltline.example")
LOR = ("Lorenzo Baptiste", "lorenzo.baptiste@cobaltline.example")
MINJI = ("Min-ji Park", "minji.park@cobaltline.example")
HARR = ("Harriet Osei", "harriet.osei@cobaltline.example")
ROS = ("Rosalind Achebe", "rosalind@tidewateranalytics.example")
EME = ("Emeka Dunmore", "emeka@tidewateranalytics.example")
WD = ("Cobaltline Talent Acquisition", "cobaltline@myworkday.com")
sh_sig = "\n\nShauna Pettibone\nSenior Technical Recruiter | Cobaltline Logistics\nM: (206) 555-0163\nshauna.pettibone@cobaltline.example"


def ms_headers(topic):
    return [f"Thread-Topic: {topic}", f"Thread-Index: AdkR{b.alnum(24)}==",
            "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:"]


def ms_uid():
    return "040000008200E00074C5B7101A82E00800000000" + b.hexid(32).upper() + "1000000000000000001000000" + b.hexid(30).upper()


def teams_block():
    mid = " ".join(str(b.rng.randint(100, 999)) for _ in range(4))
    pc = b.alnum(6)
    tid = b.hexid(24)
    return (f"""________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________""",
            f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0")


m = b.sent("apply-tidewater", "2026-09-08 19:45", "Application - Senior Product Analyst",
"""Hi Rosalind,

I came across the Senior Product Analyst listing on the Tidewater site, and since it said
to apply by email, here I am. I've spent six years in product analytics (most recently at
Porchlight, where I ran experimentation for the checkout team), and I'd love to help
Tidewater build out its analytics practice.

Resume attached. Happy to chat whenever works for you.

Best regards,
Gideon Achterberg
(425) 555-0177""", to=[ROS], mid="outlook", html=True,
           attach=[("Gideon_Achterberg_Resume.pdf", "application/pdf", fakepdf("Gideon Achterberg - Product Analyst"))])
apply_tw = m

m = b.add("INBOX", "workday-ack", "2026-09-09 08:03", TZ, WD,
          "Thank you for applying to Cobaltline Logistics",
          html=html_from_text("""Dear Gideon,

Thank you for your interest in Cobaltline Logistics! We have received your application for
Senior Product Analyst (R-20417).

Our talent acquisition team reviews every application. You can check the status of your
application at any time by signing in to our careers site.

Kind regards,
Cobaltline Talent Acquisition

This mailbox is not monitored. Please do not reply to this message."""), mid="plain", mid_domain="myworkday.com")

m = b.add("INBOX", "card-offer", "2026-09-10 09:30", TZ, ("Meridian Rewards Visa", "offers@meridianrewards.example"),
          "Gideon, you're pre-approved: a special 0% APR offer inside",
          html="""<html><body style="font-family:Arial"><h1 style="color:#0a3d62">You're pre-approved!</h1>
<p>Gideon, enjoy <b>0% intro APR for 18 months</b> and 60,000 bonus points. This offer expires October 31, 2026.</p>
<p><a href="https://meridianrewards.example/apply">Accept your offer</a></p>
<p style="font-size:10px">Pre-approval is based on information in your credit report...</p></body></html>""",
          mid="sendgrid")
b.silent(m, "credit-card 'offer', not a job offer")

m4 = b.add("INBOX", "screen-call", "2026-09-14 16:22", TZ, SHAUNA,
           "Senior Product Analyst - quick intro call",
"""Hi Gideon,

Thanks for applying for our Senior Product Analyst role! Your background in experimentation
caught the hiring manager's eye and I'd love to do a quick 20-minute intro.

I'll give you a call tomorrow at 3 (Pacific) on the number on your resume, ending in -0177.
If that doesn't work, just reply with a better time.""" + sh_sig, mid="outlook",
           headers=ms_headers("Senior Product Analyst - quick intro call"))
b.interview(m4, "2026-09-15 15:00", TZ, [SHAUNA[1]])

b.sent("re-screen", "2026-09-14 17:05", "RE: Senior Product Analyst - quick intro call",
"""Hi Shauna,

3 tomorrow works. Talk then!

Gideon""" + oq(m4, TZ, to=[U]), to=[SHAUNA], reply=m4, mid="outlook")

m6 = b.add("INBOX", "tidewater-reply", "2026-09-15 11:12", TZ, ROS,
           "RE: Application - Senior Product Analyst",
"""Hi Gideon,

Thanks for reaching out directly, that's rare these days. Let's talk: Monday 9/21 at
10:00 am Pacific, by video, with me and my co-founder Emeka. I'll send an invite.

Rosalind

Rosalind Achebe
Co-founder & CEO, Tidewater Analytics""" + oq(apply_tw, TZ, to=[ROS]), to=[U], cc=[EME], reply=apply_tw,
           mid="outlook", headers=ms_headers("Application - Senior Product Analyst"))
b.interview(m6, "2026-09-21 10:00", TZ, [ROS[1], EME[1]])

tb, turl = teams_block()
ev = Event(ms_uid(), "2026-09-21 10:00", TZ, minutes=45,
           summary="Gideon Achterberg / Tidewater - intro", organizer=ROS,
           attendees=[U, EME], location="Microsoft Teams Meeting",
           description="Looking forward to it!\n\n" + tb, stamp="20260915T181400Z",
           extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}"])
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
b.add("INBOX", "tidewater-invite", "2026-09-15 11:14", TZ, ROS, "Gideon Achterberg / Tidewater - intro",
      text="Looking forward to it!\n\n" + tb, html=html_from_text("Looking forward to it!\n\n" + tb, "font-family:Calibri,sans-serif;font-size:11pt"),
      to=[U], cc=[EME], ics=ics, cal_cte="base64", mid="outlook", headers=ms_headers("Gideon Achterberg / Tidewater - intro"))

m = b.add("INBOX", "after-screen", "2026-09-16 09:00", TZ, SHAUNA, "Next steps - Cobaltline",
"""Hi Gideon,

Great chatting yesterday! As promised, the next step is a 60-minute conversation with
Lorenzo Baptiste (hiring manager) and Min-ji Park from the analytics team. I'll send a
Teams invite shortly - I won't be joining myself, but ping me with any questions.""" + sh_sig,
          mid="outlook", headers=ms_headers("Next steps - Cobaltline"))

tb, turl = teams_block()
uid_hm = ms_uid()
desc = ("Hi Gideon, here is your interview with Lorenzo Baptiste and Min-ji Park. "
        "I won't be on the call. Shauna\n\n" + tb)
ev = Event(uid_hm, "2026-09-23 13:00", TZ, minutes=60,
           summary="Interview: Gideon Achterberg - Senior Product Analyst", organizer=SHAUNA,
           attendees=[U, LOR, MINJI], location="Microsoft Teams Meeting", description=desc,
           stamp="20260916T162000Z", extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}"])
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
inv_hm = b.add("INBOX", "interview-invite", "2026-09-16 09:20", TZ, SHAUNA,
               "Interview: Gideon Achterberg - Senior Product Analyst",
               text=desc, html=html_from_text(desc, "font-family:Calibri,sans-serif;font-size:11pt"),
               to=[U], cc=[LOR, MINJI], ics=ics, cal_cte="base64", mid="outlook",
               headers=ms_headers("Interview: Gideon Achterberg - Senior Product Analyst"))
b.interview(inv_hm, "2026-09-24 14:30", TZ, [LOR[1], MINJI[1]])

m10 = b.sent("thanks-tidewater", "2026-09-21 12:40", "Thank you!",
"""Rosalind, Emeka -

Thank you for this morning. The way you described the first customer dashboards going
out in November made me even more excited about the role. Happy to send over the
retention analysis I mentioned if useful.

Best,
Gideon""", to=[ROS, EME], mid="outlook")

m11 = b.add("INBOX", "tidewater-timeline", "2026-09-21 15:03", TZ, ROS, "RE: Thank you!",
"""Thanks Gideon - enjoyed it too. We're talking to two more people this week and next,
and we'll make a decision within two weeks.

R.""" + oq(m10, TZ, to=[ROS, EME]), to=[U], cc=[EME], reply=m10, mid="outlook",
            headers=ms_headers("Thank you!"))
b.timeframe(m11, "2026-10-05", ROS[1], False)

desc2 = ("Moved to Thursday - Min-ji had a conflict on Wednesday. Same Teams link. Shauna\n\n" + tb)
ev = Event(uid_hm, "2026-09-24 14:30", TZ, minutes=60,
           summary="Interview: Gideon Achterberg - Senior Product Analyst", organizer=SHAUNA,
           attendees=[U, LOR, MINJI], location="Microsoft Teams Meeting", description=desc2,
           stamp="20260922T154000Z", seq=1, extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}"])
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
b.add("INBOX", "interview-moved", "2026-09-22 08:40", TZ, SHAUNA,
      "Interview: Gideon Achterberg - Senior Product Analyst",
      text=desc2, html=html_from_text(desc2, "font-family:Calibri,sans-serif;font-size:11pt"),
      to=[U], cc=[LOR, MINJI], ics=ics, cal_cte="base64", mid="outlook",
      headers=ms_headers("Interview: Gideon Achterberg - Senior Product Analyst"))

b.sent("thanks-cobaltline", "2026-09-24 16:10", "Thank you - Senior Product Analyst interview",
"""Hi Lorenzo and Min-ji,

Thanks for the conversation this afternoon. I especially enjoyed the question about
measuring the route-optimizer launch without a clean control group - I've been mulling a
synthetic-control approach since.

Best,
Gideon Achterberg""", to=[LOR, MINJI], cc=[SHAUNA], mid="outlook")

m = b.add("INBOX", "final-round", "2026-09-25 10:05", TZ, SHAUNA, "Final round!",
"""Gideon - the team really liked you. Last step is 45 minutes with our VP of Product,
Harriet Osei. She's in our New York office and will send you an invite directly.""" + sh_sig,
          mid="outlook", headers=ms_headers("Final round!"))

tb, turl = teams_block()
desc3 = "Hi Gideon - looking forward to meeting you. Harriet\n\n" + tb
ev = Event(ms_uid(), "2026-10-01 11:00", "America/New_York", minutes=45,
           summary="Gideon Achterberg <> Harriet Osei", organizer=HARR, attendees=[U],
           location="Microsoft Teams Meeting", description=desc3, stamp="20260925T163000Z",
           extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}"])
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
m = b.add("INBOX", "vp-invite", "2026-09-25 14:30", "America/New_York", HARR, "Gideon Achterberg <> Harriet Osei",
          text=desc3, html=html_from_text(desc3, "font-family:Calibri,sans-serif;font-size:11pt"),
          ics=ics, cal_cte="base64", mid="outlook", headers=ms_headers("Gideon Achterberg <> Harriet Osei"))
b.interview(m, "2026-10-01 11:00", "America/New_York", [HARR[1]])

ev = Event(f"{b.hexid(16)}@datavizguild.example", "2026-10-06 09:00", TZ, minutes=60,
           summary="Webinar: Interviewing for analytics roles - what hiring managers look for",
           organizer=("Data Viz Guild", "events@datavizguild.example"),
           location="https://datavizguild.example/live", stamp="20260928T120000Z")
ics = calendar("PUBLISH", [ev], prodid="-//Data Viz Guild//Events 2.1//EN")
m = b.add("INBOX", "webinar", "2026-09-28 06:15", TZ, ("Data Viz Guild", "events@datavizguild.example"),
          "You're registered: Interviewing for analytics roles (Oct 6)",
          text="""You're registered!

Webinar: Interviewing for analytics roles - what hiring managers look for
Tuesday, October 6, 2026, 9:00 AM PT

Add it to your calendar with the attached file. The recording will be sent to all registrants.""",
          ics=ics, ics_as="attach", ics_name="webinar.ics", mid="sendgrid")
b.silent(m, "webinar registration with a PUBLISH calendar, not an interview")

b.sent("thanks-harriet", "2026-10-01 09:20", "Thank you",
"""Hi Harriet,

Thank you for the conversation this morning - I appreciated hearing how you think about
the analytics team's role in roadmap decisions.

Best regards,
Gideon""", to=[HARR], mid="outlook")

m16 = b.add("INBOX", "decision-timeline", "2026-10-01 14:20", TZ, SHAUNA, "RE: Final round!",
"""Hi Gideon,

Harriet said it went really well. We're closing out the last candidate early next week and
we'll have a decision for you by end of next week.""" + sh_sig, mid="outlook", headers=ms_headers("Final round!"))

offer_txt = """Hi Gideon,

I'm thrilled to let you know that we'd like to offer you the position of Senior Product
Analyst at Cobaltline Logistics! The team was unanimous.

The attached letter has the details: base salary of $162,000, a 10% annual bonus target,
and an equity grant of 4,000 RSUs vesting over four years. We'd love a start date of
November 2 if that works for you.

Please take a look and let me know if you have any questions - I'm happy to hop on a call
any time. We'd appreciate an answer by October 15.

Congratulations!""" + sh_sig
m17 = b.add("INBOX", "offer", "2026-10-08 17:45", TZ, SHAUNA, "Offer - Senior Product Analyst",
            text=offer_txt, html=html_from_text(offer_txt, "font-family:Calibri,sans-serif;font-size:11pt"),
            mid="outlook", headers=ms_headers("Offer - Senior Product Analyst"),
            attach=[("Cobaltline_Offer_Letter_Achterberg.pdf", "application/pdf", fakepdf("Offer of Employment - Gideon Achterberg"))])
b.timeframe(m16, "2026-10-09", SHAUNA[1], True, news=m17)
b.offer(m17)

m18 = b.sent("re-offer", "2026-10-08 20:02", "RE: Offer - Senior Product Analyst",
"""Shauna,

Wow - thank you! That's wonderful news. I'll read the letter carefully this weekend; one
question I have already is whether the start date could be November 9 instead.

Gideon""" + oq(m17, TZ, to=[U]), to=[SHAUNA], reply=m17, mid="outlook")

m = b.add("INBOX", "re-start-date", "2026-10-13 09:12", TZ, SHAUNA, "RE: Offer - Senior Product Analyst",
"""November 9 is totally fine - Lorenzo was happy to hear it. I've updated the letter in
Workday; you'll get a separate e-mail to sign electronically.""" + sh_sig + oq(m18, TZ, to=[SHAUNA]),
          reply=m18, mid="outlook", headers=ms_headers("Offer - Senior Product Analyst"))

b.sent("accept", "2026-10-13 18:30", "RE: Offer - Senior Product Analyst",
"""Signed and submitted in Workday - I'm in! Thank you for making this so smooth, Shauna.

Gideon""", to=[SHAUNA], reply=m, mid="outlook")

m21 = b.sent("withdraw-tidewater", "2026-10-14 08:45", "RE: Thank you!",
"""Hi Rosalind,

I wanted to let you know that I've accepted an offer elsewhere, so I'd like to withdraw
from consideration for the analyst role. I really enjoyed meeting you and Emeka, and I
hope we cross paths again.

All the best,
Gideon""" + oq(m11, TZ, to=[U]), to=[ROS], reply=m11, mid="outlook")

b.add("INBOX", "tidewater-ack-withdraw", "2026-10-15 10:31", TZ, ROS, "RE: Thank you!",
"""Congratulations, Gideon, and thank you for telling us. Honestly we'd slowed the search
down on our end anyway. Best of luck in the new role!

Rosalind

Sent from Outlook for iOS""", to=[U], reply=m21, mid="outlook")

m = b.add("INBOX", "workday-onboarding", "2026-10-16 07:10", TZ, WD,
          "Action required: complete your onboarding tasks",
          html=html_from_text("""Hi Gideon,

Welcome to Cobaltline Logistics! You have 4 onboarding tasks waiting in Workday:
  - Complete Form I-9 (Section 1)
  - Set up direct deposit
  - Review and acknowledge the Employee Handbook
  - Upload a profile photo

Sign in to Workday to get started.

This mailbox is not monitored."""), mid="plain", mid_domain="myworkday.com")

b.write()
