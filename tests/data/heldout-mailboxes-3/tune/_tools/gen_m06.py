"""m06: a German company sends the on-site agenda as a METHOD:PUBLISH .ics with four
back-to-back sessions (Windows TZID); a UK company sends a text agenda in GMT after the EU
clocks change; offer, answered promises, a rejection."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, gq, oq, iq, stamp, html_from_text

TZ = "Europe/Berlin"
LON = "Europe/London"
USER = ("Lena Hartmann", "lena.hartmann@postfach.example")
b = Box("tune", "m06-publish-agenda", USER, TZ, "2026-09-03T08:00:00+02:00",
        "2026-11-27T18:00:00+01:00", langs=("de", "en"), country="DE")
JONAS = ("Jonas Becker", "jonas.becker@fjordline.example")
MIRIAM = ("Dr. Miriam Vogt", "miriam.vogt@fjordline.example")
FELIX = ("Felix Wagner", "felix.wagner@fjordline.example")
AYLIN = ("Aylin Demir", "aylin.demir@fjordline.example")
GEMMA = ("Gemma Rowntree", "gemma.rowntree@oakridge-instruments.example")
SANJAY = ("Sanjay Mehta", "sanjay.mehta@oakridge-instruments.example")
EMILY = ("Emily Carr", "emily.carr@oakridge-instruments.example")
EXCH = "Microsoft Exchange Server 2010"
WZ = lambda q: q.replace(" wrote:", " schrieb:")

t1 = """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Senior Product Managerin (m/w/d) Mobility Data, die ich auf Ihrer Karriereseite gefunden habe.

Seit vier Jahren verantworte ich bei einem Berliner Sharing-Anbieter die Produktlinie für Flottendaten und Telematik; davor habe ich als Data Analyst im ÖPNV gearbeitet. Die Verbindung aus Datenprodukt und Mobilität, die Fjordline ausmacht, reizt mich daher besonders.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lena Hartmann
+49 176 5550 2231"""
m001 = b.sent("bewerbung-fjordline", "2026-09-03 19:12", "Bewerbung als Senior Product Managerin Mobility Data", t1,
              to=[("Fjordline Karriere", "jobs@fjordline.example")],
              attach=[("Lebenslauf_Lena_Hartmann.pdf", "application/pdf", b"%PDF-1.4\n%lv\n%%EOF\n"),
                      ("Zeugnisse_Lena_Hartmann.pdf", "application/pdf", b"%PDF-1.4\n%z\n%%EOF\n")])

t2 = """Sehr geehrte Frau Hartmann,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Fjordline Mobility. Ihre Unterlagen sind bei uns eingegangen.

Wir sichten derzeit alle Bewerbungen und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen

Jonas Becker
People & Culture
Fjordline Mobility GmbH
Schlesische Straße 27, 10997 Berlin
Tel. +49 30 5550 8812"""
m002 = b.add("INBOX", "eingangsbestaetigung", "2026-09-07 10:31", TZ, JONAS,
             "AW: Bewerbung als Senior Product Managerin Mobility Data", text=t2, reply=m001, mid="outlook")
b.timeframe(m002, "2026-09-21", JONAS[1], True)

t3 = """Vorstellungsgespräch: Die 7 häufigsten Fragen - und wie Sie überzeugen

Liebe Leserin, lieber Leser,

"Wo sehen Sie sich in fünf Jahren?" - Wir zeigen, wie Sie auf Klassiker im Vorstellungsgespräch souverän antworten.

Außerdem: Gehaltsverhandlung 2027, und warum Sie nach dem Gespräch immer eine kurze Dankesmail schicken sollten.

Zum Artikel: https://karrierebrief.example/2026/09/vorstellungsgespraech

Sie erhalten diesen Newsletter, weil Sie sich bei KarriereBrief angemeldet haben. Abmelden: https://karrierebrief.example/abmelden"""
m003 = b.add("INBOX", "newsletter-vorstellungsgespraech", "2026-09-10 07:00", TZ,
             ("KarriereBrief", "newsletter@karrierebrief.example"), "Vorstellungsgespräch: Die 7 häufigsten Fragen",
             text=t3, html=True, mid="sendgrid", headers=["Precedence: bulk"])
b.silent(m003, "German newsletter about job interviews")

t4 = """Sehr geehrte Frau Hartmann,

Ihr Profil hat uns sehr angesprochen. Gerne würden wir Sie in einem ersten Telefoninterview näher kennenlernen und schlagen dafür

Donnerstag, 17. September, um 10:00 Uhr

vor. Ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an; das Gespräch dauert etwa 30 Minuten.

Mit freundlichen Grüßen
Jonas Becker
People & Culture, Fjordline Mobility GmbH"""
m004 = b.add("INBOX", "einladung-telefoninterview", "2026-09-15 09:05", TZ, JONAS,
             "Einladung zum Telefoninterview", text=t4, mid="outlook")
b.interview(m004, "2026-09-17 10:00", TZ, [JONAS[1]])

t5 = """Sehr geehrter Herr Becker,

vielen Dank für die Einladung! Der Termin am Donnerstag um 10:00 Uhr passt mir sehr gut.

Mit freundlichen Grüßen
Lena Hartmann"""
m005 = b.sent("re-telefoninterview", "2026-09-15 12:20", "AW: Einladung zum Telefoninterview",
              t5 + WZ(gq(m004, TZ)), to=[JONAS], reply=m004)

sessions = [
    ("2026-10-06 09:30", 45, "Kennenlernen mit Dr. Miriam Vogt (Head of Product)", "Raum Oslo, 4. OG"),
    ("2026-10-06 10:15", 45, "Case Study mit Felix Wagner und Aylin Demir", "Raum Oslo, 4. OG"),
    ("2026-10-06 11:00", 45, "Technisches Gespräch mit Stefan Krüger (Data Platform)", "Raum Bergen, 4. OG"),
    ("2026-10-06 12:00", 30, "Abschlussgespräch mit Jonas Becker (People & Culture)", "Raum Bergen, 4. OG"),
]
evs = []
for st, mins, summ, loc in sessions:
    evs.append(Event("040000008200E00074C5B7101A82E008000000009" + b.hexid(31).upper(), st, TZ, mins, summ,
                     organizer=JONAS, location=loc + ", Schlesische Straße 27, Berlin",
                     stamp=stamp("2026-09-17 16:40", TZ),
                     extra=["CLASS:PUBLIC", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]))
ics = calendar("PUBLISH", evs, prodid=EXCH, tzstyle="windows", calname="Vor-Ort-Termin Lena Hartmann")
t6 = """Sehr geehrte Frau Hartmann,

vielen Dank für das angenehme Gespräch heute Vormittag. Wir möchten Sie gerne zu einem Vor-Ort-Termin in unser Büro in Kreuzberg einladen, und zwar am Dienstag, 6. Oktober.

Den Ablauf haben wir Ihnen als Kalenderdatei angehängt, damit Sie alle Termine direkt übernehmen können:

09:30 - 10:15  Kennenlernen mit Dr. Miriam Vogt, Head of Product (miriam.vogt@fjordline.example)
10:15 - 11:00  Case Study mit Felix Wagner (felix.wagner@fjordline.example) und Aylin Demir (aylin.demir@fjordline.example)
11:00 - 11:45  Technisches Gespräch mit Stefan Krüger, Data Platform
12:00 - 12:30  Abschlussgespräch mit mir

Die Case-Study-Unterlagen schicken wir Ihnen eine Woche vorher. Bitte melden Sie sich am Empfang im Erdgeschoss.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jonas Becker
People & Culture
Fjordline Mobility GmbH
Tel. +49 30 5550 8812"""
m006 = b.add("INBOX", "einladung-vor-ort-termin", "2026-09-17 16:40", TZ, JONAS,
             "Einladung zum Vor-Ort-Termin am 6. Oktober", text=t6, ics=ics, ics_as="attach",
             ics_name="Ablauf_Vor-Ort-Termin.ics", mid="outlook")
b.interview(m006, "2026-10-06 09:30", TZ, [MIRIAM[1]])
b.interview(m006, "2026-10-06 10:15", TZ, [FELIX[1], AYLIN[1]])
b.interview(m006, "2026-10-06 11:00", TZ, ["name:Stefan Krüger"])
b.interview(m006, "2026-10-06 12:00", TZ, [JONAS[1]])

t7 = """Sehr geehrter Herr Becker,

herzlichen Dank, ich komme sehr gerne am 6. Oktober vorbei. Die Termine habe ich übernommen.

Viele Grüße
Lena Hartmann"""
m007 = b.sent("re-vor-ort-termin", "2026-09-17 20:02", "AW: Einladung zum Vor-Ort-Termin am 6. Oktober",
              t7 + WZ(gq(m006, TZ)), to=[JONAS], reply=m006)

t8 = """Hi Gemma,

Emily Carr (we were at the Open Sensors Hackathon together) suggested I get in touch about the Senior Product Manager, Connected Devices role. I'm based in Berlin and the listing says the role can be remote within Europe with monthly visits to Cambridge, which would suit me well.

I've attached my CV. I'd be glad to talk whenever suits you.

Kind regards,
Lena Hartmann"""
m008 = b.sent("application-oakridge", "2026-09-22 18:45", "Senior Product Manager, Connected Devices - referral from Emily Carr",
              t8, to=[GEMMA], attach=[("Lena_Hartmann_CV_EN.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

t9 = """Hi Lena,

Thanks for getting in touch, and Emily had already mentioned you - so you're ahead of the queue!

Let's have an initial call. I've booked Friday 2 October at 3pm UK time (4pm in Berlin) for 30 minutes; I'll ring you on WhatsApp video unless you'd prefer Teams.

Best wishes,
Gemma

Gemma Rowntree
Talent Acquisition Manager
Oakridge Instruments Ltd, Cambridge
+44 1223 555 071"""
m009 = b.add("INBOX", "oakridge-initial-call", "2026-09-29 11:14", LON, GEMMA,
             "RE: Senior Product Manager, Connected Devices - referral from Emily Carr", text=t9 + oq(m008, LON),
             reply=m008, mid="outlook")
b.interview(m009, "2026-10-02 15:00", LON, [GEMMA[1]])

t10 = """Hi Gemma,

Perfect - Friday at 3pm UK / 4pm Berlin works, and WhatsApp video is fine.

Thanks,
Lena"""
m010 = b.sent("re-oakridge-call", "2026-09-29 13:30", "Re: Senior Product Manager, Connected Devices - referral from Emily Carr",
              t10 + gq(m009, TZ), to=[GEMMA], reply=m009)

t11 = """Hi Lena,

Thanks for your time today - I really enjoyed it, and I've passed my notes to Tom.

We'd like to invite you to our virtual onsite on Wednesday 28 October. Here's the agenda (all times UK / GMT - note the clocks will have gone back by then, so that's one hour behind Berlin):

10:00 - 10:45  Coding & data exercise - Sanjay Mehta, Staff Engineer (sanjay.mehta@oakridge-instruments.example)
10:45 - 11:30  Product & system design - Emily Carr, Principal Engineer (emily.carr@oakridge-instruments.example)
11:30 - 11:45  Break
11:45 - 12:15  Hiring manager conversation - Tom Baird, VP Product

All sessions are on Teams; I'll send the links nearer the time.

Best wishes,
Gemma"""
m011 = b.add("INBOX", "oakridge-onsite-agenda", "2026-10-02 16:20", LON, GEMMA, "Oakridge virtual onsite - Wednesday 28 October",
             text=t11, mid="outlook")
b.interview(m011, "2026-10-28 10:00", LON, [SANJAY[1]])
b.interview(m011, "2026-10-28 10:45", LON, [EMILY[1]])
b.interview(m011, "2026-10-28 11:45", LON, ["name:Tom Baird"])

t12 = """Hi Gemma,

Thank you! Wednesday the 28th works - I've noted 10:00 GMT (11:00 for me). Looking forward to it.

Lena"""
m012 = b.sent("re-oakridge-onsite", "2026-10-02 18:05", "Re: Oakridge virtual onsite - Wednesday 28 October",
              t12 + gq(m011, TZ), to=[GEMMA], reply=m011)

t13 = """Sehr geehrte Frau Hartmann,

vielen Dank für Ihren Besuch heute und die spannenden Gespräche - das gesamte Team war sehr angetan.

Wir werden die Eindrücke nun gemeinsam besprechen und melden uns bis spätestens Freitag, 16. Oktober, bei Ihnen.

Mit freundlichen Grüßen
Jonas Becker"""
m013 = b.add("INBOX", "danke-fuer-ihren-besuch", "2026-10-06 16:55", TZ, JONAS, "Vielen Dank für Ihren Besuch",
             text=t13, mid="outlook")
b.timeframe(m013, "2026-10-16", JONAS[1], True)

t14 = """Sehr geehrte Frau Hartmann,

Ihre Buchung für den Termin im Bürgeramt Friedrichshain-Kreuzberg ist bestätigt.

Dienstleistung: Anmeldung einer Wohnung
Termin: Montag, 12.10.2026, 08:40 Uhr
Ort: Frankfurter Allee 35/37, 10247 Berlin

Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.

Ihr Service-Portal Berlin"""
m014 = b.add("INBOX", "buergeramt-termin", "2026-10-08 14:12", TZ, ("Service-Portal Berlin", "noreply@service-berlin.example"),
             "Terminbestätigung Bürgeramt - 12.10.2026", text=t14, mid="plain", mid_domain="service-berlin.example")
b.silent(m014, "a government office appointment (Termin), not an interview")

t15 = """Sehr geehrte Frau Hartmann,

wie heute am Telefon besprochen, freuen wir uns sehr, Ihnen die Position als Senior Product Managerin Mobility Data anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot: unbefristete Festanstellung, 40 Stunden, Bruttojahresgehalt 86.000 EUR, 30 Urlaubstage, Start zum 1. Januar 2027.

Bei Fragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Jonas Becker
People & Culture
Fjordline Mobility GmbH"""
m015 = b.add("INBOX", "vertragsangebot", "2026-10-14 15:30", TZ, JONAS, "Ihr Vertragsangebot - Fjordline Mobility",
             text=t15, mid="outlook", attach=[("Vertragsangebot_Hartmann.pdf", "application/pdf", b"%PDF-1.4\n%va\n%%EOF\n")])
b.offer(m015)

t16 = """Sehr geehrter Herr Becker,

vielen herzlichen Dank, ich freue mich sehr über das Angebot! Da ich noch ein laufendes Verfahren habe, das Ende Oktober abgeschlossen wird, wäre es möglich, Ihnen bis Freitag, 30. Oktober, eine verbindliche Antwort zu geben?

Mit freundlichen Grüßen
Lena Hartmann"""
m016 = b.sent("re-vertragsangebot", "2026-10-14 19:48", "AW: Ihr Vertragsangebot - Fjordline Mobility",
              t16 + WZ(gq(m015, TZ)), to=[JONAS], reply=m015)

t17 = """Liebe Frau Hartmann,

selbstverständlich, das ist für uns in Ordnung. Wir freuen uns auf Ihre Antwort bis zum 30. Oktober.

Beste Grüße
Jonas Becker"""
m017 = b.add("INBOX", "re-re-vertragsangebot", "2026-10-15 09:20", TZ, JONAS, "AW: Ihr Vertragsangebot - Fjordline Mobility",
             text=t17 + oq(m016, TZ), reply=m016, mid="outlook")

conc = Event(f"{b.hexid(20)}@tickethalle.example", "2026-11-14 20:00", TZ, 150, "Konzert: Die Nordlichter - Columbiahalle",
             location="Columbiahalle, Columbiadamm 13-21, Berlin", stamp=stamp("2026-10-19 12:00", TZ))
cics = calendar("PUBLISH", [conc], prodid="-//TicketHalle//Booking//DE")
t18 = """Hallo Lena,

vielen Dank für Deine Bestellung! Deine 2 Tickets für "Die Nordlichter" am Samstag, 14. November 2026, 20:00 Uhr, Columbiahalle, findest Du im Anhang. Den Termin kannst Du mit der angehängten Datei in Deinen Kalender übernehmen.

Bestellnummer: TH-2026-884120

Viel Spaß!
Dein TicketHalle-Team"""
m018 = b.add("INBOX", "konzert-tickets", "2026-10-19 12:00", TZ, ("TicketHalle", "service@tickethalle.example"),
             "Deine Tickets: Die Nordlichter - 14.11.2026", text=t18, html=True, ics=cics, ics_as="attach",
             ics_name="termin.ics", mid="ses")
b.silent(m018, "concert tickets with a PUBLISH calendar")

t19 = """Hi Lena,

Thanks so much for your time today - I know a morning of back-to-back sessions is a lot! Sanjay, Emily and Tom are meeting tomorrow afternoon, and we'll come back to you within 3 business days.

Best wishes,
Gemma"""
m019 = b.add("INBOX", "oakridge-after-onsite", "2026-10-28 15:10", LON, GEMMA, "Thank you for today", text=t19,
             mid="outlook")
b.timeframe(m019, "2026-11-02", GEMMA[1], True)

t20 = """Hi Lena,

Thank you again for Wednesday. The panel met yesterday, and I'm afraid that on this occasion we have selected other candidates to take forward to the final stage. The feedback on your product thinking was excellent; where we felt others were stronger was in hands-on experience with embedded hardware teams.

I'm genuinely sorry to be sending this one, and I'd be very happy to keep you in mind for future roles.

Best wishes,
Gemma"""
m020 = b.add("INBOX", "oakridge-outcome", "2026-10-30 10:40", LON, GEMMA, "RE: Thank you for today",
             text=t20 + oq(m019, LON), reply=m019, mid="outlook")
b.rejection(m020, GEMMA[1])

t21 = """Sehr geehrter Herr Becker,

ich habe mich entschieden und nehme Ihr Angebot sehr gerne an! Den unterschriebenen Vertrag sende ich Ihnen im Anhang.

Ich freue mich auf den 1. Januar und das Team.

Herzliche Grüße
Lena Hartmann"""
m021 = b.sent("zusage", "2026-10-30 15:20", "AW: Ihr Vertragsangebot - Fjordline Mobility", t21 + WZ(gq(m017, TZ)),
              to=[JONAS], reply=m017,
              attach=[("Vertrag_Hartmann_unterschrieben.pdf", "application/pdf", b"%PDF-1.4\n%u\n%%EOF\n")])

t22 = """Liebe Frau Hartmann,

das freut uns riesig - herzlich willkommen bei Fjordline! Ich melde mich Anfang Dezember mit allen Infos zum Onboarding.

Beste Grüße
Jonas"""
m022 = b.add("INBOX", "willkommen", "2026-10-30 16:45", TZ, JONAS, "AW: Ihr Vertragsangebot - Fjordline Mobility",
             text=t22, reply=m021, mid="outlook")

b.write()
