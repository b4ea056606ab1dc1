from mimehelp import Box, Event, calendar, quote
U = ("Mira Kessler", "mira.kessler@mailbox.example")
BER = "Europe/Berlin"
b = Box("tune", "m03-personio-berlin", U, BER, "2026-09-14T08:00:00+02:00", "2026-12-01T18:00:00+01:00",
        langs=["de", "en"], country="DE")
JANA = ("Jana Wolff", "jana.wolff@falkenried.example")
FEL = ("Felix Amsel", "felix.amsel@falkenried.example")
KAR = ("Karin Voß", "karin.voss@falkenried.example")
TOM = ("Tom Harding", "tom.harding@nordlicht-energy.example")
IVO = ("Ivo Marsh", "ivo.marsh@nordlicht-energy.example")

b.add("INBOX", "personio-eingang", "2026-09-14 09:31", BER, ("Falkenried Logistik GmbH", "no-reply@personio.de"),
      "Bestätigung Ihrer Bewerbung: Produktmanagerin Logistiksoftware (m/w/d)", reply_to=JANA, mid="uuid", mid_domain="personio.de",
      text="Liebe Frau Kessler,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an Falkenried Logistik. Wir haben Ihre Unterlagen "
           "erhalten und prüfen sie sorgfältig.\n\nMit freundlichen Grüßen\nIhr Falkenried-Recruiting-Team", html=True, cte="quoted-printable")
b.silent(b.add("INBOX", "jobagent", "2026-09-15 07:00", BER, ("Jobhafen Jobagent", "jobagent@jobhafen.example"),
      "5 neue Jobs für Sie: Produktmanager – jetzt bewerben", mid="ses",
      html="<html><body><p>Guten Morgen Mira,</p><p>diese Unternehmen stellen gerade ein: Brückner Software, Taleo Werke, Kranich Mobility.</p>"
           "<p>Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch.</p></body></html>", cte="base64"), "job alert with interview tips")
m3 = b.add("INBOX", "einladung", "2026-09-16 13:48", BER, ("Jana Wolff via Personio", "no-reply@personio.de"),
      "Einladung zum Vorstellungsgespräch – Falkenried Logistik", reply_to=JANA, mid="uuid", mid_domain="personio.de",
      text="Liebe Frau Kessler,\n\nwir freuen uns, Sie zu einem ersten Kennenlerngespräch einzuladen.\n\n"
           "Datum: Dienstag, 22.09.2026\nUhrzeit: 10:30 – 11:30 Uhr\nOrt: Microsoft Teams (Link folgt am Vortag)\n"
           "Gesprächspartner: Jana Wolff (People & Culture), Felix Amsel (Teamleitung Produkt)\n\n"
           "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.\n\nViele Grüße\nJana Wolff\nPeople & Culture", html=True)
b.interview(m3, "2026-09-22 10:30", BER, [JANA[1], "name:Felix Amsel"])
b.sent("bestaetigung", "2026-09-16 18:20", "AW: Einladung zum Vorstellungsgespräch – Falkenried Logistik",
      "Liebe Frau Wolff,\n\nvielen Dank für die Einladung. Den Termin bestätige ich gerne und freue mich auf das Gespräch.\n\n"
      "Viele Grüße\nMira Kessler", to=[JANA], reply=m3, mid="fastmail")
m5 = b.add("INBOX", "nach-gespraech", "2026-09-22 15:02", BER, JANA, "Unser Gespräch heute", mid="outlook",
      text="Liebe Frau Kessler,\n\nherzlichen Dank für das angenehme Gespräch heute Vormittag. Wir stimmen uns intern ab und melden uns "
           "bis Ende nächster Woche bei Ihnen.\n\nBeste Grüße\nJana Wolff")
b.timeframe(m5, "2026-10-02", JANA[1], True)
b.silent(b.add("INBOX", "arzttermin", "2026-09-24 08:15", BER, ("Praxis Dr. Lindqvist", "termine@praxis-lindqvist.example"),
      "Terminerinnerung: Montag, 28.09.2026, 08:45 Uhr", mid="plain", mid_domain="praxis-lindqvist.example",
      text="Guten Tag Frau Kessler,\n\nwir erinnern Sie an Ihren Termin am Montag, 28.09.2026 um 08:45 Uhr. Bitte bringen Sie Ihre "
           "Versichertenkarte mit.\n\nIhr Praxisteam"), "doctor's appointment")
second = lambda start, seq, stamp: Event("040000008200E00074C5B7101A82E0080000000030A1F2E4C3D1DC0100000000000000001000000077AB",
      start, BER, 90, "Falkenried: Zweites Gespräch mit Mira Kessler", organizer=JANA, attendees=[FEL, KAR, U], seq=seq, stamp=stamp,
      location="Falkenried Logistik, Am Westhafen 9, 13353 Berlin, Raum Elbe",
      description="Gesprächspartner: Felix Amsel, Karin Voß. Jana Wolff nimmt nicht teil.")
m7 = b.add("INBOX", "zweite-runde", "2026-09-30 11:26", BER, JANA, "Falkenried: Zweites Gespräch mit Mira Kessler", mid="outlook",
      text="Liebe Frau Kessler,\n\nwir möchten Sie gerne zu einem zweiten Gespräch vor Ort einladen. Sie treffen Felix Amsel und unsere "
           "Geschäftsführerin Karin Voß. Die Einladung finden Sie anbei.\n\nJana Wolff", html=True,
      ics=calendar("REQUEST", [second("2026-10-27 14:00", 0, "20260930T092600Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.add("INBOX", "workday-ack", "2026-10-01 10:04", "Europe/London", ("Nordlicht Energy", "nordlicht@myworkday.com"),
      "Application received: Product Owner, Grid Services", mid="uuid", mid_domain="myworkday.com",
      html="<html><body><p>Dear Mira,</p><p>Thank you for applying to Nordlicht Energy. We will review your application shortly.</p></body></html>")
m9 = b.add("INBOX", "tom-call", "2026-10-06 12:10", "Europe/London", TOM, "Nordlicht - Product Owner, Grid Services", mid="gmail",
      text="Hi Mira,\n\nThanks for applying. I've put you down for a first call on Wednesday 14 October, 16:00 CEST (15:00 UK time). "
           "Ivo Marsh, our Head of Product (ivo.marsh@nordlicht-energy.example), will call you on Teams. If that doesn't suit, just let "
           "me know and we'll find another slot.\n\nKind regards,\nTom Harding\nTalent Partner, Nordlicht Energy")
b.interview(m9, "2026-10-14 16:00", BER, [IVO[1]])
b.sent("re-tom", "2026-10-06 13:44", "Re: Nordlicht - Product Owner, Grid Services",
       "Hi Tom,\n\nThat suits me well, thank you. Looking forward to speaking with Ivo.\n\nBest regards,\nMira", to=[TOM], reply=m9, mid="fastmail")
m11 = b.add("INBOX", "tom-after", "2026-10-14 17:35", "Europe/London", TOM, "Thanks for speaking with Ivo", mid="gmail",
      text="Hi Mira,\n\nIvo said it was a good conversation. We're still meeting a few candidates, and you'll hear from us within two weeks.\n\nTom")
b.timeframe(m11, "2026-10-28", TOM[1], False)
b.silent(b.add("INBOX", "webinar", "2026-10-16 12:00", BER, ("Karriere Akademie", "events@karriere-akademie.example"),
      "Webinar: Gehalt verhandeln im Vorstellungsgespräch", mid="sendgrid",
      html="<html><body><p>Am 5. November um 18 Uhr: Unsere Expertinnen zeigen, wie Sie im Vorstellungsgespräch souverän über Gehalt sprechen.</p>"
           "<p>Jetzt kostenlos anmelden!</p></body></html>"), "webinar about job interviews")
b.add("INBOX", "zweite-runde-update", "2026-10-22 09:40", BER, JANA, "Aktualisiert: Falkenried: Zweites Gespräch mit Mira Kessler",
      mid="outlook", reply=m7,
      text="Liebe Frau Kessler,\n\nleider müssen wir den Termin verschieben, da Frau Voß am 27. unterwegs ist. Neuer Termin: Mittwoch, "
           "28.10.2026, 09:30 Uhr. Ich hoffe, das passt Ihnen.\n\nJana Wolff", html=True,
      ics=calendar("REQUEST", [second("2026-10-28 09:30", 1, "20261022T074000Z")], prodid="Microsoft Exchange Server 2010", tzstyle="windows"))
b.interview(m7, "2026-10-28 09:30", BER, [FEL[1], KAR[1]])
b.silent(b.add("INBOX", "bahn-angebot", "2026-10-26 06:45", BER, ("Schienenblitz", "angebote@schienenblitz.example"),
      "Ihr persönliches Angebot: 25 % Rabatt auf Ihre nächste Fahrt", mid="ses",
      html="<html><body><p>Nur bis Sonntag: Sichern Sie sich Ihr Angebot.</p></body></html>"), "discount offer")
m15 = b.add("INBOX", "nach-zweitem", "2026-10-28 13:10", BER, JANA, "Danke für Ihren Besuch", mid="outlook",
      text="Liebe Frau Kessler,\n\nvielen Dank, dass Sie heute bei uns waren. Wir geben Ihnen innerhalb von 5 Werktagen Bescheid.\n\nJana Wolff")
b.timeframe(m15, "2026-11-04", JANA[1], False)
b.silent(b.add("INBOX", "freundin", "2026-10-28 20:14", BER, ("Sabine Roth", "sabine.roth@posteo.example"), "Und??", mid="gmail",
      text="Hey Mira,\n\nwie lief dein Vorstellungsgespräch heute? Erzähl alles! Wollen wir Samstag zum Feiern (oder Trösten) zum Italiener?\n\nSabine"),
      "friend asking about the interview")
m17 = b.add("INBOX", "absage", "2026-11-12 10:55", BER, JANA, "Ihre Bewerbung bei Falkenried Logistik", mid="outlook",
      text="Liebe Frau Kessler,\n\nentschuldigen Sie bitte, dass Sie länger als angekündigt warten mussten. Nach reiflicher Überlegung haben "
           "wir uns für eine Kandidatin entschieden, deren Profil noch etwas näher an unseren Anforderungen liegt.\n\nWir danken Ihnen "
           "herzlich für Ihr Interesse und die offenen Gespräche und wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nJana Wolff", cte="8bit")
b.rejection(m17, JANA[1])
b.write()
