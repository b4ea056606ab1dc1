"""m02: Dublin product designer. Berlin agency relaying a Berlin mobility client
(Google Calendar in German, cancel + text rebook, late offer); direct Dublin
health-tech process via Workable ending in a rejection."""
from kit import *  # noqa

TZ = "Europe/Dublin"
BER = "Europe/Berlin"
ME = ("Niamh O'Sullivan", "niamh.osullivan@postbox.example")
HAN = ("Hannah Becker", "h.becker@kesslervogt-talent.example")
JON = ("Jonas Richter", "jonas.richter@fahrwerk-mobility.example")
LEA = ("Lea Brandt", "lea.brandt@fahrwerk-mobility.example")
AYL = ("Aylin Demir", "aylin.demir@fahrwerk-mobility.example")
CIA = ("Ciara Walsh", "ciara.walsh@brightwaterhealth.example")
FER = ("Fergal Byrne", "fergal.byrne@brightwaterhealth.example")
AOI = ("Aoife Kinsella", "aoife.kinsella@brightwaterhealth.example")

HSIG = """
--
Hannah Becker
Senior Talent Partner - Product & Design
Kessler & Vogt Talent GmbH
Torstraße 140, 10119 Berlin
T +49 30 5557 2044 | M +49 151 5550 3172"""

CSIG = """
Ciara Walsh
Talent Partner | Brightwater Health
Grand Canal Quay, Dublin 2
+353 1 555 0187"""


def build():
    b = Box("", "m02-dublin-agency-berlin-client", ME, TZ, "2026-09-02T08:00:00+01:00",
            "2026-11-13T18:00:00+00:00", langs=("en", "de"), country="IE",
            notes="Berlin agency relays client; German Google invites; cancel+text rebook; late agency offer")

    m1 = b.add("INBOX", "kv-outreach", "2026-09-03 10:14", BER, HAN,
               "Senior Product Designer | Berlin mobility scale-up | remote from Ireland OK",
               text="""Hi Niamh,

I hope you don't mind the cold email - a former colleague of yours at Loopline mentioned you
might be open to a move.

I'm working with Fahrwerk Mobility, a Berlin scale-up (fleet software for e-bike and cargo
bike operators, ~180 people, Series C). They're hiring a Senior Product Designer for their
operator dashboard. The team is in Berlin, but they'd consider someone remote from Dublin
travelling in once a month. Budget is EUR 75-85k plus ESOP.

If that sounds interesting, I'd love to have a portfolio link and a CV, and I can tell you
more about the team.

Best regards
Hannah""" + HSIG, mid="outlook")

    m2 = b.sent("re-kv-outreach", "2026-09-03 21:30", "Re: Senior Product Designer | Berlin mobility scale-up | remote from Ireland OK",
                """Hi Hannah,

Not at all, thanks for reaching out! Fahrwerk is on my radar actually, I like what they've done
with the operator app.

Portfolio: https://niamhosullivan.design.example (password: harbour26)
CV attached.

A couple of questions: how big is the design team, and would the monthly Berlin visit be
covered by them? Also I'd need to give 4 weeks' notice where I am now.

Thanks,
Niamh""" + quoted(m1, "en", TZ), to=[HAN], reply=m1,
                attach=[("Niamh_OSullivan_CV.pdf", "application/pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n%%EOF\n")])

    m3 = b.add("INBOX", "kv-submitted", "2026-09-04 09:02", BER, HAN,
               "RE: Senior Product Designer | Berlin mobility scale-up | remote from Ireland OK",
               text="""Morning Niamh,

Thanks, that's a lovely portfolio. To your questions: design team is 6 (2 seniors, a lead,
3 mid), and yes, travel is paid by Fahrwerk. 4 weeks is fine.

I've sent your profile to Jonas Richter, their Design Director. He reviews candidates on
Mondays, so I'll come back to you within 3 business days.

Schönes Wochenende!
Hannah""" + HSIG + outlook_quote(m2, "en", BER), to=[ME], reply=m2, mid="outlook")
    b.timeframe(m3, add_bdays("2026-09-04", 3, "DE"), HAN[1], True, country="DE",
                domains=["kesslervogt-talent.example", "fahrwerk-mobility.example"])

    m4 = b.add("INBOX", "kv-jonas-wants-to-meet", "2026-09-08 14:40", BER, HAN,
               "Fahrwerk - first conversation",
               text="""Hi Niamh,

Jonas would like to meet you! 45 minutes on video with him and Lea Brandt, one of the
senior designers. Mostly a walk through one case study of your choice + questions about how
you work with PMs.

Could you send me your availability for next week? They're flexible between 10:00 and 17:00
Berlin time (so 9-4 for you).

Hannah""" + HSIG, mid="outlook")

    m5 = b.sent("availability", "2026-09-08 19:12", "Re: Fahrwerk - first conversation",
                """Great news, thanks!

Next week I could do:
- Tue 15th any time after 12 Irish time
- Wed 16th morning
- Thu 17th before 3pm Irish time

Niamh""" + quoted(m4, "en", TZ), to=[HAN], reply=m4)

    m6 = gcal(b, "fahrwerk-einladung-1", "2026-09-11 11:20", BER, JON, [JON, LEA, ME],
              "2026-09-15 15:00", BER, 45, "Fahrwerk x Niamh O'Sullivan - Product Design", lang="de",
              tzname="MESZ", desc="Hi Niamh, looking forward to it! Lea Brandt will join us. - Jonas")
    b.interview(m6, "2026-09-15 15:00", BER, [JON[1], LEA[1]])

    b.sent("got-invite", "2026-09-11 13:02", "Re: Fahrwerk - first conversation",
           """Hi Hannah, just got the invite from Jonas for Tuesday 15:00 CEST (2pm here). All good, thanks for sorting it!

N.""", to=[HAN], reply=m5)

    m8 = b.add("INBOX", "workable-ack", "2026-09-11 16:45", TZ,
               ("Brightwater Health", "noreply@candidates.workablemail.com"),
               "Thanks for applying to Brightwater Health",
               html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1f2937">
<tr><td style="padding:32px">
<p>Hi Niamh,</p>
<p>Thank you for your application for the <b>Senior Product Designer</b> position at Brightwater Health.</p>
<p>Our team reviews every application carefully. If your experience matches what we're looking for, someone from the team will be in touch.</p>
<p>Best wishes,<br>The Brightwater Health Talent Team</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af">Powered by Workable. Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>
""", mid="uuid", mid_domain="workablemail.com")

    m9 = b.add("INBOX", "kv-after-first", "2026-09-16 10:05", BER, HAN,
               "Fahrwerk - feedback",
               text="""Hi Niamh,

Quick note: Jonas messaged me last night to say he and Lea really enjoyed yesterday. They're
discussing next steps in their Thursday design sync, and you'll have proper feedback from
me by the end of this week.

Hannah""" + HSIG, mid="outlook")
    b.timeframe(m9, "2026-09-18", HAN[1], True, country="DE",
                domains=["kesslervogt-talent.example", "fahrwerk-mobility.example"])

    lea_note = """

---------- Forwarded message ---------
Von: Lea Brandt <lea.brandt@fahrwerk-mobility.example>
Date: Do., 17. Sept. 2026 um 16:52 Uhr
Subject: Niamh O'Sullivan - 2. Runde
To: Hannah Becker <h.becker@kesslervogt-talent.example>
Cc: Jonas Richter <jonas.richter@fahrwerk-mobility.example>

Hallo Hannah,

danke dir! Jonas und ich waren beide sehr angetan von Niamh. Wir würden sie gern zur zweiten
Runde einladen: Portfolio-Präsentation (ca. 60 Min.) mit Jonas, mir und Aylin (unsere CPO).
Passt ihr Dienstag, 29.09., um 11:00 Uhr? Ich schicke dann die Kalendereinladung.

Viele Grüße
Lea
"""
    m10 = b.add("INBOX", "kv-second-round", "2026-09-17 17:30", BER, HAN,
                "FW: Niamh O'Sullivan - 2. Runde",
                text="""Hi Niamh,

Good news - see Lea's note below (sorry, it's in German!). In short: they'd like you back for a
60-minute portfolio presentation with Jonas, Lea and Aylin Demir, their CPO, on
Tuesday 29 September at 11:00 Berlin time, which is 10:00 for you. I've told them that
should be fine given what you said about your availability; shout if not.

Hannah""" + HSIG + lea_note, mid="outlook")
    b.interview(m10, "2026-10-02 16:00", BER, [JON[1], LEA[1], AYL[1]], source="text")

    m11 = b.sent("re-second-round", "2026-09-17 20:03", "Re: FW: Niamh O'Sullivan - 2. Runde",
                 """Brilliant! Tuesday 29th at 10 my time is perfect. Danke :)

Niamh""" + quoted(m10, "en", TZ, depth_limit=9), to=[HAN], reply=m10)

    uid2 = "4n7kq2m0pve1c9s3bq8d5t6hzr@google.com"
    gcal(b, "fahrwerk-einladung-2", "2026-09-18 09:30", BER, LEA, [LEA, JON, AYL, ME],
         "2026-09-29 11:00", BER, 60, "Zweite Runde: Portfolio-Präsentation Niamh O'Sullivan", lang="de",
         tzname="MESZ", uid=uid2, desc="Hi Niamh, 30 min presentation + 30 min Q&A. See you then! Lea")

    m13 = b.add("INBOX", "brightwater-call", "2026-09-21 10:02", TZ, CIA,
                "Senior Product Designer - Brightwater Health",
                text="""Hi Niamh,

Thanks for applying for our Senior Product Designer role - we loved the clinical intake
work in your portfolio.

I'd like to set up a 30 minute intro call to tell you more about the team and hear what
you're looking for. Would Thursday at 11 work? If not, send me a couple of times that suit.

Thanks,
""" + CSIG, mid="outlook")

    m14 = b.sent("re-brightwater-call", "2026-09-21 12:40", "RE: Senior Product Designer - Brightwater Health",
                 """Hi Ciara, Thursday works! Thanks.
Niamh

Sent from my iPhone""" + quoted(m13, "en", TZ, "apple"), to=[CIA], reply=m13, mid="apple",
                 mid_domain="postbox.example")

    m15 = b.add("INBOX", "brightwater-call-confirmed", "2026-09-21 13:05", TZ, CIA,
                "RE: Senior Product Designer - Brightwater Health",
                text="""Great - I'll ring you on Thursday (24th) at 11:00 on the mobile number from your CV. Talk then!

Ciara""" + outlook_quote(m14, "en", TZ), reply=m14, mid="outlook")
    b.interview(m15, "2026-09-24 11:00", TZ, [CIA[1]])

    m16 = b.add("INBOX", "brightwater-next-stage", "2026-09-25 10:00", TZ, CIA,
                "Next stage - Brightwater Health",
                text="""Hi Niamh,

Thanks for the chat yesterday, it was great to hear about the intake redesign.

I'm delighted to invite you to the next stage: a one-hour interview with Fergal Byrne
(Head of Product Design) and Aoife Kinsella (Senior UX Researcher) on Wednesday 30
September at 14:00, at our office on Grand Canal Quay. You'll get a calendar invite from
Workable in a minute.

Best,
""" + CSIG, mid="outlook")
    b.interview(m16, "2026-09-30 14:00", TZ, [FER[1], AOI[1]])

    ics = ats_ics(b, f"wk-{b.hexid(16)}@workable.com", "2026-09-30 14:00", TZ, 60,
                  "Interview: Niamh O'Sullivan - Senior Product Designer (Brightwater Health)",
                  ("Brightwater Health", "noreply@candidates.workablemail.com"),
                  [ME, FER, AOI], "-//Workable//Interview Scheduler//EN",
                  desc="Interviewers: Fergal Byrne, Aoife Kinsella\nLocation: Brightwater Health, 4th floor, Grand Canal Quay, Dublin 2",
                  location="Brightwater Health, Grand Canal Quay, Dublin 2", stamp="20260925T090500Z")
    b.add("INBOX", "workable-invite", "2026-09-25 10:05", TZ,
          ("Brightwater Health", "noreply@candidates.workablemail.com"),
          "Interview invitation: Senior Product Designer at Brightwater Health",
          text="""Hi Niamh,

You have been invited to an interview for Senior Product Designer.

When: Wednesday, September 30, 2026, 2:00 PM - 3:00 PM (GMT+01:00) Dublin
Where: Brightwater Health, Grand Canal Quay, Dublin 2
With: Fergal Byrne, Aoife Kinsella

Add the attached event to your calendar.

Brightwater Health via Workable""", html=True, reply_to=CIA, ics=ics, ics_as="attach",
          ics_name="interview.ics", mid="uuid", mid_domain="workablemail.com")

    gcal(b, "fahrwerk-abgesagt", "2026-09-25 17:48", BER, LEA, [LEA, JON, AYL, ME],
         "2026-09-29 11:00", BER, 60, "Zweite Runde: Portfolio-Präsentation Niamh O'Sullivan", lang="de",
         tzname="MESZ", uid=uid2, seq=1, cancel=True,
         desc="Aylin ist am Dienstag leider verhindert - Hannah meldet sich mit einem neuen Termin. Sorry! Lea")

    m18 = b.add("INBOX", "kv-new-time", "2026-09-25 18:10", BER, HAN,
                "Fahrwerk - Tuesday moved",
                text="""Hi Niamh,

You'll have seen the cancellation come through from Lea - Aylin has been pulled into an
investor meeting in Munich on Tuesday. They're really apologetic.

They'd like to do Friday 2 October at 16:00 Berlin time (15:00 Irish) instead, with all
three as planned. Hope that's OK?

Hannah
Von meinem iPhone gesendet""", mid="apple", mid_domain="kesslervogt-talent.example")

    m19 = b.sent("re-new-time", "2026-09-25 20:20", "Re: Fahrwerk - Tuesday moved",
                 """No worries at all. Friday at 3 Irish time is fine.""" + quoted(m18, "en", TZ), to=[HAN], reply=m18)

    b.add("INBOX", "uxguild-newsletter", "2026-09-26 08:00", TZ,
          ("UX Guild Dublin", "hello@uxguild-dublin.example"),
          "This month: the design interview masterclass, portfolio clinic & more",
          html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#0b5d4b">UX Guild Dublin - October</h1>
<h3>Masterclass: acing the design interview</h3>
<p>Our October masterclass is all about the portfolio presentation: how to structure a
45-minute walk-through, which questions panels ask, and how to talk about impact. Thursday 15
October, 18:30, The Tara Building. Free for members.</p>
<h3>Portfolio clinic</h3>
<p>Bring your laptop and get 20 minutes of feedback from a senior designer.</p>
<p style="font-size:11px;color:#777">You're receiving this because you joined UX Guild Dublin. <a href="https://uxguild-dublin.example/u">Unsubscribe</a></p>
</body></html>
""", mid="sendgrid")
    b.silent(b.msgs[-1], "community newsletter about design interviews, not an interview")

    b.add("INBOX", "kv-confirmed-friday", "2026-09-28 09:15", BER, HAN,
          "Re: Fahrwerk - tuesday moved",
          text="""Confirmed for Friday 2 Oct, 16:00 CEST / 15:00 Irish. Lea says no new invite - just use
her Meet room: meet.google.com/tbd-qrxm-wke

Viel Erfolg!
Hannah""" + quoted(m19, "en", BER), reply=m19, mid="apple", mid_domain="kesslervogt-talent.example")

    m22 = b.add("INBOX", "brightwater-after", "2026-10-01 16:30", TZ, CIA,
                "Thank you - Brightwater Health",
                text="""Hi Niamh,

Thanks so much for coming in yesterday. Fergal and Aoife both enjoyed the conversation.

The hiring team meets on Tuesday to review everyone they've seen, and we'll get back to you
within 5 business days either way.

Best,
""" + CSIG, mid="outlook")
    b.timeframe(m22, add_bdays("2026-10-01", 5, "IE"), CIA[1], True, country="IE",
                domains=["brightwaterhealth.example", "workablemail.com"])

    m23 = b.add("INBOX", "kv-after-second", "2026-10-05 11:00", BER, HAN,
                "Fahrwerk - after Friday",
                text="""Hi Niamh,

Hope you had a good weekend after Friday! I spoke to Jonas this morning; the presentation
landed really well with Aylin.

They have their hiring committee on Thursday, so I expect to hear back from the client by
Friday the 9th. I'll call you as soon as I do.

Hannah""" + HSIG, mid="outlook")
    b.timeframe(m23, "2026-10-09", HAN[1], False, country="DE",
                domains=["kesslervogt-talent.example", "fahrwerk-mobility.example"])

    m24 = b.add("INBOX", "brightwater-decision", "2026-10-07 15:15", TZ, CIA,
                "Brightwater Health - Senior Product Designer",
                text="""Hi Niamh,

Thank you again for all the time you've given us over the last few weeks.

This was a really difficult decision, but we've decided to move forward with another
candidate whose background in clinical tooling is a little closer to what the team needs
right now. Fergal asked me to pass on that he really enjoyed your intake case study.

I'd love to keep in touch for future roles, if you're open to it.

Warm wishes,
""" + CSIG, mid="outlook")
    b.rejection(m24, CIA[1])

    b.add("INBOX", "mam-sunday", "2026-10-10 19:22", TZ, ("Bríd O'Sullivan", "brid.osullivan@eircom-mail.example"),
          "Sunday",
          text="""Hi love, are you coming down Sunday? Dad's doing the roast. Bring a coat it's
going to lash.

Mam x""", mid="apple", mid_domain="eircom-mail.example")

    m26 = b.add("INBOX", "kv-offer", "2026-10-16 12:30", BER, HAN,
                "Fahrwerk - offer!",
                text="""Hi Niamh,

Sorry for the radio silence this week - their committee slipped to Wednesday and then the
CFO had to sign off. But it was worth the wait: Fahrwerk would like to offer you the Senior
Product Designer role!

Headlines:
- EUR 82,000 base
- ESOP: 0.04% over 4 years, 1-year cliff
- Remote from Dublin (Irish EOR contract), Berlin trip once a month, travel covered
- Start date 1 December, or 4 weeks after you resign

Jonas will call you this afternoon, and the written offer will follow early next week.

Congratulations!
Hannah""" + HSIG, mid="outlook")
    b.offer(m26)

    b.sent("re-offer", "2026-10-16 14:08", "Re: Fahrwerk - offer!",
           """Hannah, that's fantastic, thank you!! I'm really happy.

I'll wait for the written offer before I resign but in principle it's a yes. One question on
the ESOP: is the strike price set at the last round's valuation?

Niamh""" + quoted(m26, "en", TZ), to=[HAN], reply=m26)

    b.counts = {}
    b.write()


if __name__ == "__main__":
    build()
