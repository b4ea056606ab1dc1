"""m08: a Chicago engineering manager's mailbox full of look-alikes: Conference Partners LLC
(speaker prep-call invitation, a registration 'offer'), a podcast 'Interview:' recording
session, a scholarship finalist interview, the user interviewing candidates at her current
job (Greenhouse interviewer notice + Google invite), a webinar, a friend's 'lunch interview'
joke - around two real processes: Ironweed (text screen, Zoom invitation, kept promise,
rejection) and Prairie Loop (email application, text interviews, offer)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf
from kit import google_invite

TZ = "America/Chicago"
U = ("Hannah Brzezinski", "hannah.brz@prairiemail.example")
b = Box("final", "m08-lookalikes-chicago", U, TZ,
        "2026-09-14T07:00:00-05:00", "2026-11-20T18:00:00-06:00", langs=["en"], country="US")

CP = ("Conference Partners LLC", "speakers@conferencepartners.example")
CPD = ("Dana Whitlock", "dana.whitlock@conferencepartners.example")
CARLA = ("Carla Jimenez", "carla.jimenez@ironweed.example")
VIK = ("Vikram Sethi", "vikram.sethi@ironweed.example")
DOL = ("Dolores Kim", "dolores.kim@prairieloop.example")
AHM = ("Ahmed Farouk", "ahmed.farouk@prairieloop.example")
POD = ("Jules Moreau", "jules@shipitpod.example")
FEN_GH = ("Fennimore Data", "no-reply@us.greenhouse-mail.io")
csig = "\n\nCarla Jimenez\nHead of Talent | Ironweed Software\n312-555-0181"
dsig = "\n\nDolores Kim\nVP Engineering, Prairie Loop Health\n(773) 555-0125"

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-09-24 13:00", TZ, minutes=30,
           summary="Speaker prep call - Midwest Platform Engineering Conference", organizer=CPD,
           attendees=[(CPD[0], CPD[1], "REQ-PARTICIPANT", True), U], stamp="20260914T150000Z")
m = google_invite(b, "2026-09-14 10:00", TZ, CPD, ev, note="Quick run-through of AV, slide format and your session timing (Track B, Nov 5). - Dana, Conference Partners LLC",
                  slug="conference-partners-prep")
b.silent(m, "speaker prep call from an events company named Conference Partners LLC, not a job interview")

m2 = b.add("INBOX", "carla-outreach", "2026-09-15 09:30", TZ, CARLA, "Rob Tiller suggested I reach out",
"""Hi Hannah,

Rob Tiller (who I believe worked with you at Fennimore) mentioned you might be open to a new
challenge. We're hiring a Director of Engineering to lead our platform and data teams
(~25 engineers) - would you be up for a conversation?""" + csig, mid="gmail")

m3 = b.sent("re-carla", "2026-09-15 12:10", "Re: Rob Tiller suggested I reach out",
"""Hi Carla,

Thanks - and thanks to Rob! Yes, I'd be glad to talk. I'm flexible most late mornings.

Hannah""" + gq(m2, TZ), to=[CARLA], reply=m2, mid="gmail")

m4 = b.add("INBOX", "carla-screen", "2026-09-16 08:45", TZ, CARLA, "Re: Rob Tiller suggested I reach out",
"""Great! Let's do Tuesday the 22nd at 11am CT - I'll call you at the number in Rob's intro,
312-555-0166. Talk then!""" + csig + gq(m3, TZ), reply=m3, mid="gmail")
b.interview(m4, "2026-09-22 11:00", TZ, [CARLA[1]])

t = """Hi Hannah,

You're scheduled to interview a candidate for Senior Backend Engineer.

Candidate: Lucas Amaral
Interview: Technical Deep Dive
Date: Friday, September 18, 2026
Time: 1:00 PM - 2:00 PM CDT
Other interviewers: Priyesh Nair

Your interview kit, including the scorecard and suggested questions, is ready:
https://app.greenhouse.io/guides/4471902/people/1190342

Please submit your scorecard within 24 hours of the interview.

Greenhouse on behalf of Fennimore Data"""
m = b.add("INBOX", "greenhouse-you-interview", "2026-09-17 10:20", TZ, FEN_GH,
          "Interview scheduled: Lucas Amaral for Senior Backend Engineer",
          text=t, html=html_from_text(t), mid="sendgrid")
b.silent(m, "the user is the interviewer for a candidate at her current job")

ALANA = ("Alana Reyes", "alana.reyes@fennimoredata.example")
ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-09-18 13:00", TZ, minutes=60,
           summary="Interview: Lucas Amaral - Technical Deep Dive (Senior Backend Engineer)", organizer=ALANA,
           attendees=[U, ("Priyesh Nair", "priyesh.nair@fennimoredata.example"),
                      ("Lucas Amaral", "lucas.amaral@candidatemail.example")], stamp="20260917T152500Z")
m = google_invite(b, "2026-09-17 10:25", TZ, ALANA, ev,
                  note="Interviewers: Hannah Brzezinski, Priyesh Nair. Scorecards in Greenhouse please.",
                  slug="current-job-interviewer-invite")
b.silent(m, "calendar invitation for an interview the user conducts at her current job")

m6 = b.sent("apply-prairie-loop", "2026-09-17 21:05", "Director of Engineering - Hannah Brzezinski",
"""Hi Dolores,

I saw the Director of Engineering opening on Prairie Loop's site. I lead a 30-person
engineering org at Fennimore Data today, and before that I built the clinical-data platform
at Lakeview Medical, so healthcare interoperability is close to my heart.

My resume is attached - I'd love to talk.

Best,
Hannah Brzezinski
312-555-0166""", to=[DOL], mid="gmail",
           attach=[("Hannah_Brzezinski_Resume.pdf", "application/pdf", fakepdf("Hannah Brzezinski - Engineering Leader"))])

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-10-01 15:00", TZ, minutes=60,
           summary="Interview: Hannah Brzezinski - Ship It! podcast recording", organizer=POD,
           attendees=[(POD[0], POD[1], "REQ-PARTICIPANT", True), U],
           location="https://riverside.example/studio/shipit", stamp="20260919T170000Z")
m = google_invite(b, "2026-09-19 12:00", TZ, POD, ev,
                  note="Recording for episode 142 - 'Scaling teams without losing your mind'. Headphones please! - Jules",
                  meet=False, slug="podcast-interview")
b.silent(m, "podcast 'Interview:' recording session, not a job interview")

b.sent("thanks-carla", "2026-09-22 12:05", "Thanks for the call",
"""Hi Carla,

Thanks for the conversation this morning - the platform/data split you described is exactly
the kind of org design problem I enjoy. Looking forward to next steps.

Hannah""", to=[CARLA], mid="gmail")

b.add("INBOX", "carla-next", "2026-09-23 09:10", TZ, CARLA, "Re: Thanks for the call",
"""Hi Hannah,

Loved it too. Next step is an hour with our CTO, Vikram Sethi. I'll send a Zoom invite - I'll
just open the room and drop off, it's the two of you.""" + csig, mid="gmail")

zid = f"{b.rng.randint(810, 899)} {b.rng.randint(1000, 9999)} {b.rng.randint(1000, 9999)}"
zurl = f"https://ironweed.zoom.us/j/{zid.replace(' ', '')}?pwd={b.alnum(22)}"
zt = f"""Carla Jimenez is inviting you to a scheduled Zoom meeting.

Topic: Ironweed - Hannah Brzezinski / Vikram Sethi
Time: Sep 29, 2026 03:00 PM Central Time (US and Canada)

Join Zoom Meeting
{zurl}

Meeting ID: {zid}
Passcode: {b.rng.randint(100000, 999999)}

---

One tap mobile
+13126266799,,{zid.replace(' ', '')}# US (Chicago)"""
ev = Event(f"{b.alnum(20)}@zoom.us", "2026-09-29 15:00", TZ, minutes=60,
           summary="Ironweed - Hannah Brzezinski / Vikram Sethi", organizer=CARLA, attendees=[U, VIK],
           location=zurl, description=zt, stamp="20260923T151500Z")
ics = calendar("REQUEST", [ev], prodid="-//zoom.us//iCalendar Event//EN", style="plain")
m10 = b.add("INBOX", "zoom-invite", "2026-09-23 10:15", TZ, ("Zoom", "no-reply@zoom.us"),
            "Invitation: Ironweed - Hannah Brzezinski / Vikram Sethi", text=zt, html=html_from_text(zt),
            reply_to=CARLA, cc=[VIK], ics=ics, ics_as="attach", ics_name="zoom_invite.ics", mid="uuid", mid_domain="zoom.us")
b.interview(m10, "2026-09-29 15:00", TZ, [VIK[1]])

m11 = b.add("INBOX", "dolores-reply", "2026-09-24 08:20", TZ, DOL, "Re: Director of Engineering - Hannah Brzezinski",
"""Hi Hannah,

Thanks for writing - your Lakeview background is very relevant. I've held Tuesday 10/6 at
2:00 pm CT for a first conversation with me and Ahmed Farouk (cc'd), our principal engineer.
We're at 600 W Fulton, 7th floor, or Zoom if you prefer - just let me know which.""" + dsig + gq(m6, TZ),
            cc=[AHM], reply=m6, mid="outlook")
b.interview(m11, "2026-10-06 14:00", TZ, [DOL[1], AHM[1]])

b.sent("re-dolores", "2026-09-24 09:02", "Re: Director of Engineering - Hannah Brzezinski",
"""Hi Dolores,

Tuesday at 2 works - I'll come to the office, I'd love to see the space.

Hannah""" + gq(m11, TZ), to=[DOL], cc=[AHM], reply=m11, mid="gmail")

m = b.add("INBOX", "scholarship-interview", "2026-09-25 16:00", TZ,
          ("Midwest Women in Tech Foundation", "scholarships@mwitf.example"),
          "Leadership Scholarship - finalist interview",
"""Dear Hannah,

Congratulations! You have been selected as a finalist for the 2027 MWITF Executive Leadership
Scholarship (covering tuition for the Spring executive-education cohort).

Your finalist interview with the scholarship committee is scheduled for:
  Tuesday, October 13, 2026, 4:30 PM CT (Zoom, 20 minutes)

The committee will ask about your leadership goals and community involvement.

Warm regards,
Scholarship Committee
Midwest Women in Tech Foundation""", mid="sendgrid")
b.silent(m, "a scholarship finalist interview, not a job interview")

b.sent("thanks-vikram", "2026-09-29 16:30", "Thank you",
"""Hi Vikram,

Thank you for the conversation this afternoon. Your framing of platform as a product with
internal customers resonated - it's how I've run my teams at Fennimore, and I'd love to bring
that to Ironweed.

Best,
Hannah""", to=[VIK], cc=[CARLA], mid="gmail")

m15 = b.add("INBOX", "carla-timeline", "2026-09-30 11:00", TZ, CARLA, "Re: Thank you",
"""Hi Hannah,

Vikram enjoyed it! He's meeting our last finalist next week, and we'll have an answer for you
by Wednesday, October 14.""" + csig, mid="gmail")

m = b.add("INBOX", "conference-partners-offer", "2026-10-01 07:30", TZ, CP,
          "Exclusive speaker offer: 30% off team passes",
          html="""<html><body style="font-family:Arial"><h2>Midwest Platform Engineering Conference</h2>
<p>November 5-6, 2026 &middot; Chicago</p>
<p>As a speaker, you can bring your team: <b>30% off up to 5 passes</b> with code SPEAKER30. Offer ends Oct 15.</p>
<p>Conference Partners LLC &middot; 222 W Merchandise Mart Plaza, Chicago</p></body></html>""", mid="sendgrid")
b.silent(m, "a discount 'offer' from Conference Partners LLC")

m = b.add("INBOX", "webinar", "2026-10-02 12:00", TZ, ("LeadDev Circle", "events@leaddevcircle.example"),
          "Webinar Thursday: How to ace your Director of Engineering interview",
          html="""<html><body><h3>Free webinar: How to ace your Director of Engineering interview</h3>
<p>Thursday, October 8 &middot; 12:00 PM CT &middot; 45 minutes</p>
<p>Three VPs share what they look for in the exec loop, the org-design interview and the 'leadership philosophy' question.</p>
<p><a href="https://leaddevcircle.example/register">Save my seat</a></p></body></html>""", mid="sendgrid")
b.silent(m, "webinar about interviewing")

m18 = b.sent("thanks-prairie-loop", "2026-10-06 16:40", "Thank you for today",
"""Dolores, Ahmed,

Thank you for the visit and the whiteboard session. The HL7-to-FHIR migration is a meaty
problem and I left with a page of ideas.

Best,
Hannah""", to=[DOL, AHM], mid="gmail")

m19 = b.add("INBOX", "dolores-timeline", "2026-10-07 10:30", TZ, DOL, "RE: Thank you for today",
"""Thanks Hannah - it was a great conversation on our side too. We're finishing first rounds
this week; you'll have a decision on next steps from me by Friday the 16th.""" + dsig + gq(m18, TZ),
            reply=m18, mid="outlook")

m = b.add("INBOX", "friend-lunch-interview", "2026-10-08 13:15", TZ, ("Renata Alvarez", "renata.alvarez@mailhaven.example"),
          "lunch interview friday?? 😂",
"""ok so I'm formally inviting you to a very serious lunch interview this Friday at noon,
Au Cheval, the only question is whether you want the double or the single burger. bring
stories about all your actual interviews pls

r""", mid="gmail")
b.silent(m, "a friend's joke 'lunch interview'")

m = b.add("INBOX", "ironweed-decision", "2026-10-13 15:45", TZ, CARLA, "Director of Engineering - update",
"""Hi Hannah,

I wanted to reach out personally. After a lot of discussion, we have extended an offer to
another candidate for the Director of Engineering role, and they've accepted.

You were a very close second, and Vikram asked me to tell you how much he enjoyed your
conversation. I'd love to stay in touch as the company grows.""" + csig, mid="gmail")
b.timeframe(m15, "2026-10-14", CARLA[1], True, news=m)
b.rejection(m, CARLA[1])

m22 = b.add("INBOX", "prairie-final", "2026-10-14 09:05", TZ, DOL, "Final conversation",
"""Hi Hannah,

I'm happy to say we'd like you to meet our CEO, Marguerite Olsen, for a final conversation:
Tuesday, October 20 at 10:00 am, here at the office (600 W Fulton, 7th floor). Plan on 45
minutes.""" + dsig, mid="outlook")
b.timeframe(m19, "2026-10-16", DOL[1], True, news=m22)
b.interview(m22, "2026-10-20 10:00", TZ, ["name:Marguerite Olsen"])

b.sent("re-final", "2026-10-14 09:40", "Re: Final conversation",
"""Wonderful - I'll be there Tuesday at 10. Thank you, Dolores!

Hannah""" + gq(m22, TZ), to=[DOL], reply=m22, mid="gmail")

b.sent("thanks-final", "2026-10-20 12:15", "Thank you - and please thank Marguerite",
"""Hi Dolores,

Thank you for setting up today's conversation. Marguerite's story about the rural clinics
pilot really stuck with me - could you pass my thanks along to her?

Hannah""", to=[DOL], mid="gmail")

offer = """Hi Hannah,

I'm delighted to tell you that Prairie Loop Health would like to offer you the position of
Director of Engineering, reporting to me.

The attached letter has the details - base salary of $235,000, a 15% bonus target, 0.35%
equity and a January 4 start date. Marguerite and I would love to walk you through anything
on a call this week.

Welcome (we hope!),
Dolores""" + dsig
m25 = b.add("INBOX", "offer", "2026-10-27 11:30", TZ, DOL, "Offer - Director of Engineering",
            text=offer, html=html_from_text(offer), mid="outlook",
            attach=[("PrairieLoop_Offer_Brzezinski.pdf", "application/pdf", fakepdf("Prairie Loop Health - Offer Letter"))])
b.offer(m25)

b.sent("re-offer", "2026-10-27 18:50", "Re: Offer - Director of Engineering",
"""Dolores - thank you! I'm excited. Let's find time Thursday to go through the details.

Hannah""" + gq(m25, TZ), to=[DOL], reply=m25, mid="gmail")

b.write()
