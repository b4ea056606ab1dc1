"""m06: Copenhagen CRM/marketing analyst - Danish process at Skovhus Møbler (Personio, Teams) + English process at Karoo Cloud,
Cape Town (Pinpoint, Teams with South Africa Standard Time, final moved in text, offer), among look-alikes."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote
from fcommon import teams_invite, exch_headers

TZ = "Europe/Copenhagen"
CPT = "Africa/Johannesburg"
U = ("Freja Nørgaard", "freja.norgaard@postkasse.example")
b = Box("m06-skovhus-karoo", U, TZ, "2026-09-08T07:00:00+02:00", "2026-11-30T18:00:00+01:00",
        langs=["da", "en"], country="DK", notes="Danish process + Cape Town remote process; look-alikes")

PER = ("Skovhus Møbler A/S", "noreply@personio.com")
MET = ("Mette Kjær", "mette.kjaer@skovhus.example")
MSIG = """

Venlig hilsen
Mette Kjær
HR-partner | Skovhus Møbler A/S
Gammel Køge Landevej 55, 2500 Valby
Tlf. +45 33 12 45 67"""
AND = ("Anders Holm", "anders.holm@skovhus.example")
LOU = ("Louise Friis", "louise.friis@skovhus.example")
PP = ("Karoo Cloud", "no-reply@pinpointhq.com")
THA = ("Thandiwe Mokoena", "thandiwe.mokoena@karoocloud.example")
TSIG = """

Warm regards,
Thandiwe Mokoena
Senior Talent Partner | Karoo Cloud
The Old Biscuit Mill, Woodstock, Cape Town
+27 21 555 0149"""
JAC = ("Jaco Pretorius", "jaco.pretorius@karoocloud.example")
LIN = ("Lindiwe Zulu", "lindiwe.zulu@karoocloud.example")

# 001 Personio ack (14 dage)
t = """Kære Freja

Tak for din ansøgning til stillingen som CRM- og marketinganalytiker hos Skovhus Møbler A/S. Vi har modtaget dine dokumenter.

Vi vender tilbage inden for 14 dage.

Med venlig hilsen
Skovhus Møbler A/S

Denne e-mail er sendt automatisk. Svar venligst ikke på den."""
m001 = b.add("INBOX", "tak-for-din-ansoegning", "2026-09-08 13:05", TZ, PER,
             "Tak for din ansøgning – CRM- og marketinganalytiker", text=t, html=True, reply_to=MET,
             mid="uuid", mid_domain="personio.com", proc="skovhus")
b.timeframe(m001, "2026-09-22", MET[1], True)

# 002 Recruitment Summit (look-alike)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<h1 style="color:#1b3a5c">Nordic Recruitment Summit 2026</h1>
<p>19–20 November · Bella Center, Copenhagen</p>
<p>Join 600 talent leaders for two days on hiring in a tight market: structured interviewing, candidate experience, employer branding and AI in recruitment.</p>
<p><b>Early bird ends 30 September</b> – save DKK 1,500 on your ticket.</p>
<p><a href="https://recruitmentsummit.example/tickets">Get your ticket</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you attended a Nordic Marketing Forum event. Unsubscribe.</p>
</body></html>
"""
m = b.add("INBOX", "recruitment-summit", "2026-09-10 09:00", TZ, ("Nordic Recruitment Summit", "events@recruitmentsummit.example"),
          "Nordic Recruitment Summit 2026: early bird tickets", html=h, mid="sendgrid")
b.silent(m, "conference marketing for a recruitment summit")

# 003 Mette proposes slots
t = """Hej Freja

Tak for din ansøgning – vi vil rigtig gerne invitere dig til en første samtale hos os i Valby. Du skal møde vores marketingchef Anders Holm og mig. Samtalen varer ca. en time.

Kan du tirsdag d. 22. september kl. 10.00 eller onsdag d. 23. september kl. 13.30?""" + MSIG
m003 = b.add("INBOX", "invitation-til-samtale", "2026-09-15 10:40", TZ, MET, "Invitation til samtale", text=t,
             cc=[AND], mid="outlook", proc="skovhus")

# 004 Sent
t = """Hej Mette

Tusind tak! Tirsdag kl. 10 passer mig fint.

Mvh
Freja""" + "\n\nDen tirs. 15. sep. 2026 kl. 10.40 skrev Mette Kjær <mette.kjaer@skovhus.example>:\n> Kan du tirsdag d. 22. september kl. 10.00 eller onsdag d. 23. september kl. 13.30?"
m004 = b.sent("sv-invitation-til-samtale", "2026-09-15 12:15", "Sv: Invitation til samtale", t, to=[MET], cc=[AND],
              reply=m003, proc="skovhus")

# 005 Mette confirms -> interview (text)
t = """Super! Så ses vi tirsdag d. 22. september kl. 10.00 på Gammel Køge Landevej 55 – meld dig i receptionen i stueetagen.""" + MSIG
m005 = b.add("INBOX", "bekraeftelse", "2026-09-15 13:02", TZ, MET, "SV: Invitation til samtale", text=t, cc=[AND],
             reply=m004, mid="outlook", proc="skovhus")
b.interview(m005, "2026-09-22 10:00", TZ, [MET[1], AND[1]])

# 006 charity volunteer "interview" (look-alike)
t = """Hi Freja,

Thank you so much for signing up to volunteer with Welcome Table Copenhagen! We'd love to get to know you a bit better before your first shift.

Could you come for a short volunteer interview on Thursday 1 October at 17:30 at our community kitchen in Nørrebro (Blågårdsgade 12)? It's very informal - just 15 minutes over a cup of coffee to talk about which evenings suit you.

Best,
Sofie
Volunteer Coordinator, Welcome Table Copenhagen (registered charity)"""
m = b.add("INBOX", "volunteer-interview", "2026-09-19 11:20", TZ, ("Sofie Lund", "sofie@welcometable.example"),
          "Your volunteer interview - Welcome Table Copenhagen", text=t, mid="gmail")
b.silent(m, "charity volunteering 'interview', not a job")

# 007 Mette after first interview
t = """Hej Freja

Tak for en rigtig god samtale i dag. Vi vil meget gerne se dig igen til en anden samtale, hvor du også møder Louise Friis, som er CRM-ansvarlig. Anders sender en Teams-invitation.""" + MSIG
b.add("INBOX", "tak-for-i-dag", "2026-09-22 14:30", TZ, MET, "Tak for i dag", text=t, mid="outlook", proc="skovhus")

# 008 Pinpoint ack Karoo (5 business days)
t = """Hi Freja,

Thanks for applying for Growth Marketing Manager, EMEA (Remote) at Karoo Cloud!

Our talent team reviews every application personally. We'll get back to you within 5 business days.

Best,
The Karoo Cloud Talent Team

Sent via Pinpoint. Please do not reply to this email."""
m008 = b.add("INBOX", "karoo-received", "2026-09-28 08:55", CPT, PP,
             "Thanks for applying to Karoo Cloud", text=t, html=True, reply_to=THA, mid="uuid", mid_domain="pinpointhq.com", proc="karoo")
b.timeframe(m008, "2026-10-05", THA[1], True, country="ZA")

# 009 Teams invite from Anders (Romance Standard Time) -> interview (calendar)
body, ics, uid = teams_invite(b, "2026-10-06 14:00", TZ, 60, "2. samtale – Freja Nørgaard", AND,
                              [LOU + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",), MET + ("OPT-PARTICIPANT",)],
                              lang="da", intro="Hej Freja\n\nHer er linket til vores anden samtale. Louise og jeg glæder os.\n\nAnders Holm\nMarketingchef, Skovhus Møbler A/S",
                              stamp="20260929T071000Z")
m009 = b.add("INBOX", "teams-invitation", "2026-09-29 09:10", TZ, AND, "2. samtale – Freja Nørgaard", text=body, html=True,
             to=[U, LOU], cc=[MET], ics=ics, mid="outlook", headers=exch_headers(b, "2. samtale – Freja Nørgaard", "da-DK"),
             proc="skovhus")
b.interview(m009, "2026-10-06 14:00", TZ, [AND[1], LOU[1]])

# 010 Thandiwe proposes slots
t = """Hi Freja,

Thanks so much for your application - we'd love to chat! The first conversation is 45 minutes on Teams with me and Jaco Pretorius, our Head of Growth.

Would either of these work?
- Thursday 8 October, 14:00 SAST
- Friday 9 October, 10:00 SAST

(Copenhagen and Cape Town are on the same time until your clocks change at the end of the month.)""" + TSIG
m010 = b.add("INBOX", "karoo-first-chat", "2026-10-01 11:30", CPT, THA, "Karoo Cloud - Growth Marketing Manager, EMEA",
             text=t, mid="gmail", proc="karoo")

# 011 Sent
t = """Hi Thandiwe,

Lovely to hear from you. Friday 9th at 10:00 works for me.

Best,
Freja""" + quote("""Would either of these work?
- Thursday 8 October, 14:00 SAST
- Friday 9 October, 10:00 SAST""", "Thandiwe Mokoena <thandiwe.mokoena@karoocloud.example>", "Thu, 1 Oct 2026 at 11:30")
m011 = b.sent("re-karoo-first-chat", "2026-10-01 13:05", "Re: Karoo Cloud - Growth Marketing Manager, EMEA", t, to=[THA],
              reply=m010, proc="karoo")

# 012 Teams invite from Thandiwe (South Africa Standard Time) -> interview (calendar)
body, ics, uid = teams_invite(b, "2026-10-09 10:00", CPT, 45, "Freja Nørgaard / Karoo Cloud - first conversation", THA,
                              [JAC + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",)], stamp="20261002T065000Z")
m012 = b.add("INBOX", "karoo-teams-invite", "2026-10-02 08:50", CPT, THA, "Freja Nørgaard / Karoo Cloud - first conversation",
             text=body, html=True, to=[U, JAC], ics=ics, mid="outlook",
             headers=exch_headers(b, "Freja Nørgaard / Karoo Cloud - first conversation", "en-ZA"), proc="karoo")
b.interview(m012, "2026-10-09 10:00", CPT, [THA[1], JAC[1]])

# 013 Mette: svar senest fredag d. 16. oktober (answered by rejection)
t = """Hej Freja

Tak fordi du tog dig tid til samtalen med Anders og Louise i eftermiddags. Vi har én kandidat mere til anden samtale i denne uge, og du får svar fra os senest fredag d. 16. oktober.""" + MSIG
m013 = b.add("INBOX", "efter-anden-samtale", "2026-10-06 16:00", TZ, MET, "Efter 2. samtale", text=t, mid="outlook", proc="skovhus")
b.timeframe(m013, "2026-10-16", MET[1], True)

# 014 Thandiwe fixes final (text)
t = """Hi Freja,

Jaco loved speaking with you this morning! We'd like to invite you to the final stage: a 45-minute conversation with our CEO, Lindiwe Zulu (copied here).

We've pencilled in Wednesday 28 October at 15:00 SAST - note that's 14:00 for you, as your clocks go back on the 25th. If that doesn't suit, just let me know.""" + TSIG
m014 = b.add("INBOX", "karoo-final-stage", "2026-10-09 15:10", CPT, THA, "Karoo Cloud - final stage", text=t, cc=[LIN],
             mid="gmail", proc="karoo")
b.interview(m014, "2026-10-29 16:00", CPT, [LIN[1]], moved_by_text=True)

# 015 Sent
t = """Hi Thandiwe,

Wonderful, thank you! Wednesday 28th at 15:00 SAST / 14:00 here is perfect.

Freja"""
b.sent("re-karoo-final-stage", "2026-10-09 17:40", "Re: Karoo Cloud - final stage", t, to=[THA], cc=[LIN], reply=m014, proc="karoo")

# 016 Mette: rejection (Danish, formal)
t = """Kære Freja

Tak for din interesse for stillingen som CRM- og marketinganalytiker og for to gode samtaler.

Vi har nu truffet vores beslutning, og vi må desværre meddele, at vi har valgt at gå videre med en anden kandidat, hvis erfaring med vores e-handelsplatform matcher stillingen lidt bedre.

Det har været en svær beslutning, og vi vil gerne takke dig for den tid og energi, du har lagt i processen. Vi ønsker dig held og lykke fremover.""" + MSIG
m016 = b.add("INBOX", "afslag", "2026-10-15 11:20", TZ, MET, "Vedr. din ansøgning hos Skovhus Møbler", text=t, mid="outlook", proc="skovhus")
b.rejection(m016, MET[1])

# 017 Danish newsletter (look-alike)
t = """Jobsøgertips fra Karrierebasen

Sådan forbereder du dig til jobsamtalen
Undersøg virksomheden, forbered tre konkrete eksempler, og hav selv spørgsmål klar. Læs vores tjekliste til den perfekte jobsamtale.

Ugens job: 214 nye stillinger inden for marketing i Region Hovedstaden.

karrierebasen.example · Afmeld nyhedsbrev"""
m = b.add("INBOX", "jobsoegertips", "2026-10-20 07:15", TZ, ("Karrierebasen", "nyhedsbrev@karrierebasen.example"),
          "Sådan forbereder du dig til jobsamtalen", text=t, html=True, mid="sendgrid")
b.silent(m, "job-board newsletter with interview tips (Danish)")

# 018 Thandiwe moves final (company cancels, re-books in text)
t = """Hi Freja,

Apologies - Lindiwe has to fly to Johannesburg for an investor meeting on Wednesday, so we need to cancel Wednesday's slot. Could we move to Thursday 29 October at 16:00 SAST (15:00 Copenhagen time)?""" + TSIG
m018 = b.add("INBOX", "karoo-move-final", "2026-10-26 09:05", CPT, THA, "RE: Karoo Cloud - final stage", text=t, cc=[LIN],
             mid="gmail", proc="karoo")

# 019 Sent
t = """No problem at all - Thursday at 16:00 SAST / 15:00 CET works.

Freja

Sendt fra min iPhone"""
m019 = b.sent("re-karoo-move-final", "2026-10-26 09:40", "Re: Karoo Cloud - final stage", t, to=[THA], cc=[LIN], reply=m018,
              mid="apple", mid_domain="postkasse.example", proc="karoo")

# 020 Thandiwe confirms
t = """Thanks Freja - confirmed for Thursday 29 October, 16:00 SAST. Same Teams link as before; Lindiwe will join from Joburg.""" + TSIG
b.add("INBOX", "karoo-final-confirmed", "2026-10-26 11:15", CPT, THA, "RE: Karoo Cloud - final stage", text=t, cc=[LIN],
      reply=m019, mid="gmail", proc="karoo")

# 021 Thandiwe: within 3 business days (answered by offer)
t = """Hi Freja,

Thank you for speaking with Lindiwe today. We'll come back to you within 3 business days with an update.""" + TSIG
m021 = b.add("INBOX", "karoo-after-final", "2026-10-29 17:30", CPT, THA, "Thank you!", text=t, mid="gmail", proc="karoo")
b.timeframe(m021, "2026-11-03", THA[1], True, country="ZA")

# 022 offer
t = """Hi Freja,

I'm thrilled to let you know that we'd like to offer you the role of Growth Marketing Manager, EMEA at Karoo Cloud!

Headline terms:
- EUR 78,000 gross per year via our employer-of-record partner in Denmark
- 25 days' holiday plus Danish public holidays
- Fully remote, with a team week in Cape Town twice a year
- Start date: 1 February 2027 (flexible)

The formal offer letter will follow from our EOR partner. Lindiwe and Jaco are both very excited - let me know if you'd like a call to go through anything.""" + TSIG
m022 = b.add("INBOX", "karoo-offer", "2026-11-02 12:00", CPT, THA, "Offer - Growth Marketing Manager, EMEA", text=t,
             mid="gmail", proc="karoo")
b.offer(m022)

# 023 Sent
t = """Hi Thandiwe,

What lovely news to get on a grey Monday in Copenhagen - thank you! I'd like to accept in principle. A quick call on Wednesday to go through the EOR contract would be great.

Best,
Freja"""
b.sent("re-karoo-offer", "2026-11-02 13:20", "Re: Offer - Growth Marketing Manager, EMEA", t, to=[THA], reply=m022, proc="karoo")

# 024 Summit reminder (look-alike)
t = """Only 9 days to go!

Nordic Recruitment Summit 2026, 19-20 November, Bella Center Copenhagen.
Day 1 keynote: "The structured interview is back" - plus 30 sessions on hiring, onboarding and retention.

Last tickets: https://recruitmentsummit.example/tickets"""
m = b.add("INBOX", "summit-last-tickets", "2026-11-10 08:00", TZ, ("Nordic Recruitment Summit", "events@recruitmentsummit.example"),
          "9 days to go: Nordic Recruitment Summit", text=t, html=True, mid="sendgrid")
b.silent(m, "conference marketing (recruitment summit), not a hiring process")

b.write()
