from mimehelp import Box, Event, calendar, quote
U = ("Femke Aalders", "femke.aalders@postvak.example")
AMS = "Europe/Amsterdam"
b = Box("final", "m03-recruitee-amsterdam", U, AMS, "2026-09-15T08:00:00+02:00", "2026-12-03T18:00:00+01:00", langs=["nl", "en"], country="NL")
JOR = ("Joris Bakker", "joris.bakker@zeelanddata.example")
ANO = ("Anouk Smit", "anouk.smit@zeelanddata.example")
PIE = ("Pieter Hendriks", "pieter.hendriks@zeelanddata.example")
TARA = ("Tara Quinlan", "tara.quinlan@rijnmondlogistics.example")
EWAN = ("Ewan Doyle", "ewan.doyle@rijnmondlogistics.example")

b.add("INBOX", "recruitee-ontvangst", "2026-09-15 10:22", AMS, ("Zeeland Data", "no-reply@recruitee.com"),
      "We hebben je sollicitatie ontvangen", reply_to=JOR, mid="uuid", mid_domain="recruitee.com",
      html="<html><body><p>Hoi Femke,</p><p>Bedankt voor je sollicitatie als <b>Data Analist</b> bij Zeeland Data. We bekijken je cv zo snel mogelijk.</p>"
           "<p>Groet,<br>Team Zeeland Data</p></body></html>")
b.silent(b.add("INBOX", "sollicitatietips", "2026-09-16 07:30", AMS, ("Werkwijzer", "nieuwsbrief@werkwijzer.example"),
      "Sollicitatietips: zo beantwoord je de lastigste vragen in een gesprek", mid="sendgrid",
      html="<html><body><p>Deze week: de vijf lastigste vragen in een sollicitatiegesprek, en hoe je ze beantwoordt.</p></body></html>"),
      "newsletter with interview tips")
m3 = b.add("INBOX", "uitnodiging", "2026-09-18 11:05", AMS, JOR, "Uitnodiging sollicitatiegesprek Data Analist", mid="outlook",
      text="Hoi Femke,\n\nLeuk dat je hebt gesolliciteerd! We nodigen je graag uit voor een eerste (online) gesprek.\n\n"
           "Datum: donderdag 24 september\nTijd: 14:00 - 15:00 uur\nLocatie: Google Meet (link volgt)\nMet: Joris Bakker (recruiter) en "
           "Anouk Smit (teamlead Analytics)\n\nLaat je even weten of dit schikt?\n\nGroeten,\nJoris Bakker\nRecruiter Zeeland Data")
b.interview(m3, "2026-09-24 14:00", AMS, [JOR[1], "name:Anouk Smit"])
b.sent("bevestiging", "2026-09-18 13:40", "Re: Uitnodiging sollicitatiegesprek Data Analist",
       "Hoi Joris,\n\nDank je wel, dat schikt prima. Tot donderdag!\n\nGroet,\nFemke", to=[JOR], reply=m3)
m5 = b.add("INBOX", "na-gesprek", "2026-09-24 15:30", AMS, JOR, "Bedankt voor het gesprek", mid="outlook",
      text="Hoi Femke,\n\nBedankt voor het fijne gesprek van vanmiddag. Anouk en ik bespreken het en we laten binnen een week van ons horen.\n\nJoris")
b.timeframe(m5, "2026-10-01", JOR[1], True)
b.silent(b.add("INBOX", "huisarts", "2026-09-25 08:00", AMS, ("Huisartsenpraktijk De Pijp", "afspraken@huisarts-depijp.example"),
      "Bevestiging afspraak dinsdag 29 september 08:30", mid="plain", mid_domain="huisarts-depijp.example",
      text="Beste mevrouw Aalders,\n\nUw afspraak bij dokter Verbeek is bevestigd op dinsdag 29 september om 08:30 uur."), "GP appointment")
ev = Event("1q7n5k3rzeeland27@google.com", "2026-10-27 14:00", AMS, 60, "Tweede gesprek Femke Aalders - Zeeland Data", organizer=JOR,
           attendees=[ANO, PIE, U], stamp="20260929T090000Z", location="Zeeland Data, Keizersgracht 412, Amsterdam",
           description="Tweede gesprek met Anouk Smit en Pieter Hendriks (CTO). Joris is er niet bij.")
m7 = b.add("INBOX", "tweede-gesprek", "2026-09-29 11:00", AMS, JOR,
      "Uitnodiging: Tweede gesprek Femke Aalders - Zeeland Data @ di 27 okt 2026 14:00 - 15:00 (CET) (femke.aalders@postvak.example)",
      mid="google-cal", sender="Google Agenda <calendar-notification@google.com>",
      text="Tweede gesprek Femke Aalders - Zeeland Data\ndinsdag 27 okt 2026 \u22c5 14:00 \u2013 15:00\nTijdzone: Europe/Amsterdam\n\n"
           "Tweede gesprek met Anouk Smit en Pieter Hendriks (CTO). Joris is er niet bij.\n\nUitnodiging van Google Agenda", html=True,
      ics=calendar("REQUEST", [ev]), ics_as="both", cte="base64")
b.interview(m7, "2026-10-27 15:00", AMS, [ANO[1], PIE[1]], moved_by_text=True)
b.add("INBOX", "workday-ack", "2026-10-02 09:45", "Europe/Dublin", ("Rijnmond Logistics", "rijnmond@myworkday.com"),
      "Application received - Business Analyst, Rotterdam", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Dear Femke, thank you for applying to Business Analyst (R-3301).</p></body></html>")
m9 = b.add("INBOX", "tara-booked", "2026-10-06 10:15", "Europe/Dublin", TARA, "Rijnmond Logistics - first interview", mid="gmail",
      text="Hi Femke,\n\nThanks for your application. I've booked a Teams call for Tuesday 13 October at 10:30 Amsterdam time (9:30 here in "
           "Dublin) with the hiring manager, Ewan Doyle (ewan.doyle@rijnmondlogistics.example). The link will follow from Ewan.\n\nBest,\nTara Quinlan\nTalent Acquisition")
b.interview(m9, "2026-10-13 10:30", AMS, [EWAN[1]])
b.silent(b.add("INBOX", "aanbieding", "2026-10-09 06:00", AMS, ("Versmarkt", "acties@versmarkt.example"),
      "Aanbieding van de week: 2e halve prijs", mid="ses", html="<html><body><p>Alleen deze week: profiteer van onze aanbiedingen!</p></body></html>"),
      "supermarket offer")
m11 = b.add("INBOX", "tara-after", "2026-10-13 12:20", "Europe/Dublin", TARA, "Thanks for speaking with Ewan", mid="gmail",
      text="Hi Femke,\n\nEwan enjoyed the conversation. We're finishing first interviews this week and you'll hear back by Tuesday 20 October.\n\nTara")
b.timeframe(m11, "2026-10-20", TARA[1], False)
m12 = b.add("INBOX", "joris-verschuiven", "2026-10-22 09:10", AMS, JOR, "Tijd tweede gesprek", mid="outlook",
      text="Hoi Femke,\n\nPieter zit die dinsdag tot 15:00 vast in een bestuursvergadering. Zouden we het tweede gesprek een uur later kunnen "
           "doen, om 15:00 uur? Ik pas de agenda niet opnieuw aan - de rest blijft hetzelfde.\n\nJoris")
b.sent("re-verschuiven", "2026-10-22 10:30", "Re: Tijd tweede gesprek", "Hoi Joris,\n\nPrima, 15:00 uur is goed. Tot dinsdag.\n\nFemke",
       to=[JOR], reply=m12)
m14 = b.add("INBOX", "na-tweede", "2026-10-27 16:40", AMS, JOR, "Bedankt voor vandaag", mid="outlook",
      text="Hoi Femke,\n\nDank voor je komst vanmiddag. We spreken nog één kandidaat en hopen je uiterlijk vrijdag 6 november te laten weten "
           "hoe het verder gaat.\n\nJoris")
b.timeframe(m14, "2026-11-06", JOR[1], True)
m15 = b.add("INBOX", "afwijzing", "2026-11-03 14:20", AMS, JOR, "Je sollicitatie bij Zeeland Data", mid="outlook",
      text="Hoi Femke,\n\nHelaas moet ik je laten weten dat we hebben gekozen voor een andere kandidaat, die net wat meer ervaring heeft "
           "met dbt en Snowflake. Het was een lastige keuze; Anouk en Pieter waren erg te spreken over je analytische aanpak.\n\n"
           "Heel veel succes met je verdere zoektocht!\n\nHartelijke groet,\nJoris")
b.rejection(m15, JOR[1])
b.write()
