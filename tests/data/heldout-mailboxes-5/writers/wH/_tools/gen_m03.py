"""m03: Germany. (A) executive search for a Managing Director role, relayed by a search partner who never
interviews; Outlook invite moved by an update; panel in person in Hamburg; references; offer relayed.
(B) SuccessFactors application, subtle no-reply rejection."""
from common import *

TZ = "Europe/Berlin"
U = ("Annika Brandstätter", "a.brandstaetter@fastpost.example")
b = Box("m03-nordhafen-search", U, TZ, "2026-09-02T08:00:00+02:00", "2026-11-30T18:00:00+01:00",
        langs=["de", "en"], country="DE",
        notes="Germany: executive search partner relays; CEO call by Outlook/Teams, moved; in-person panel; references; offer via partner; SuccessFactors no-reply rejection")

CW = ("Dr. Carolin Weidemann", "c.weidemann@wl-search.example")
JP = ("Jonas Petersen", "j.petersen@wl-search.example")
CEO = ("Bernd Tiedemann", "b.tiedemann@nordhafen-logistik.example")
ASSIST = ("Melanie Schorn", "m.schorn@nordhafen-logistik.example")
CHRO = ("Holger Baumann-Ritter", "h.baumann-ritter@nordhafen-logistik.example")
SF = ("Rheinkraft Distribution GmbH", "noreply@successfactors.eu")

CW_SIG = """Dr. Carolin Weidemann
Partnerin

Weidemann Lorenz Executive Search GmbH
Neuer Wall 18 | 20354 Hamburg
T +49 40 555 219 30 | M +49 170 555 4418
www.wl-search.example"""

# 001 partner outreach (German, formal)
t1 = f"""Sehr geehrte Frau Brandstätter,

wir sind uns im vergangenen Jahr auf dem Logistik-Kongress in Berlin kurz begegnet - Sie hatten damals über die Automatisierung Ihres Standorts in Billbrook gesprochen, was mir in Erinnerung geblieben ist.

Ich betreue derzeit exklusiv ein vertrauliches Mandat für ein traditionsreiches, inhabergeführtes Logistikunternehmen aus Hamburg. Gesucht wird eine Geschäftsführerin bzw. ein Geschäftsführer für die Kontraktlogistik-Tochter (ca. 1.400 Mitarbeitende, 11 Standorte). Ihr Werdegang passt aus meiner Sicht ausgesprochen gut zu dem, was sich der Vorstand vorstellt.

Wenn Sie grundsätzlich offen für ein Gespräch wären, würde ich Ihnen gern weitere Informationen zukommen lassen. Selbstverständlich behandeln wir Ihr Interesse streng vertraulich.

Mit freundlichen Grüßen

{CW_SIG}"""
r1 = b.add("INBOX", "vertrauliches-mandat", "2026-09-03 10:14", TZ, CW, "Vertrauliche Anfrage - Geschäftsführung Kontraktlogistik",
           text=t1, mid="outlook", headers=["Content-Language: de-DE"])

# 002 Sent: interested, CV attached
t2 = """Sehr geehrte Frau Dr. Weidemann,

vielen Dank für Ihre Nachricht - ich erinnere mich gut an unser Gespräch in Berlin.

Ich bin derzeit nicht aktiv auf der Suche, aber die Aufgabe klingt spannend, und ich würde gern mehr erfahren. Meinen aktuellen Lebenslauf habe ich Ihnen angehängt. Meine Kündigungsfrist beträgt sechs Monate zum Quartalsende.

Mit freundlichen Grüßen
Annika Brandstätter""" + quote(t1, "Dr. Carolin Weidemann <c.weidemann@wl-search.example>", "Do., 3. Sept. 2026 um 10:14")
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
s2 = b.sent("re-mandat", "2026-09-04 21:37", "AW: Vertrauliche Anfrage - Geschäftsführung Kontraktlogistik", t2, to=[CW], reply=r1,
            attach=[("Lebenslauf_Brandstaetter_2026.pdf", "application/pdf", pdf)])

# 003 partner: client wants to meet; she will not attend
t3 = f"""Liebe Frau Brandstätter,

herzlichen Dank für Ihr Interesse und den Lebenslauf. Ich darf Ihnen nun sagen, dass es sich um die Nordhafen Logistik AG handelt; das Positionsprofil finden Sie anbei.

Ich habe Ihr Profil gestern mit dem Vorstandsvorsitzenden, Herrn Bernd Tiedemann, besprochen. Er würde Sie gern zunächst in einem einstündigen Videogespräch kennenlernen. Sein Büro wird sich in den nächsten Tagen direkt mit einem Terminvorschlag bei Ihnen melden.

An diesem ersten Gespräch nehme ich bewusst nicht teil - Herr Tiedemann möchte sich ein eigenes Bild machen. Für Fragen zum Prozess, zur Vergütung oder zu Ihrer Kündigungsfrist bin ich aber jederzeit für Sie da.

Herzliche Grüße
Carolin Weidemann

{CW_SIG}"""
r3 = b.add("INBOX", "kunde-nordhafen", "2026-09-09 09:02", TZ, CW, "AW: Vertrauliche Anfrage - Geschäftsführung Kontraktlogistik",
           text=t3, reply=s2, mid="outlook",
           attach=[("Positionsprofil_GF_Kontraktlogistik.pdf", "application/pdf", pdf)])

# 004 CEO office: Outlook/Teams invitation (calendar)
TEAMS = teams_block("ZTk4MjE1NzQtYWQxMi00N2Rm")
t4 = f"""Sehr geehrte Frau Brandstätter,

im Auftrag von Herrn Tiedemann sende ich Ihnen die Einladung zu Ihrem Kennenlerngespräch am Donnerstag, 17. September 2026, von 17:00 bis 18:00 Uhr (MESZ) per Microsoft Teams.

Mit freundlichen Grüßen
Melanie Schorn
Assistenz des Vorstandsvorsitzenden
Nordhafen Logistik AG | Am Kaiserkai 40 | 20457 Hamburg

{TEAMS}"""
UID4 = "040000008200E00074C5B7101A82E008000000005070C3A5C43FDC01000000000000000010000000A4B3F21E"
ev = Event(UID4, "2026-09-17 17:00", TZ, 60, summary="Kennenlernen Frau Brandstätter / Herr Tiedemann", organizer=CEO,
           attendees=[(U[0], U[1]), (ASSIST[0], ASSIST[1], "OPT-PARTICIPANT")], location="Microsoft Teams-Besprechung",
           description=t4, stamp="20260910T081944Z", seq=0,
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
ics = calendar("REQUEST", [ev], prodid=EXCHANGE_PRODID, tzstyle="windows")
r4 = b.add("INBOX", "einladung-tiedemann", "2026-09-10 10:19", TZ, CEO, "Kennenlernen Frau Brandstätter / Herr Tiedemann",
           text=t4, html=outlook_html(t4), ics=ics, sender=ASSIST[1], mid="outlook",
           headers=["Thread-Topic: Kennenlernen", "Accept-Language: de-DE", "Content-Language: de-DE"])

# 005 updated invitation (moved)
t5 = f"""Sehr geehrte Frau Brandstätter,

aufgrund einer kurzfristig angesetzten Aufsichtsratssitzung muss Herr Tiedemann den Termin am Donnerstag leider verschieben. Er bittet vielmals um Entschuldigung. Neuer Termin: Dienstag, 22. September 2026, 08:00 bis 09:00 Uhr (MESZ), ebenfalls per Teams. Die Einladung ist entsprechend aktualisiert.

Mit freundlichen Grüßen
Melanie Schorn

{TEAMS}"""
ev2 = Event(UID4, "2026-09-22 08:00", TZ, 60, summary="Kennenlernen Frau Brandstätter / Herr Tiedemann", organizer=CEO,
            attendees=[(U[0], U[1]), (ASSIST[0], ASSIST[1], "OPT-PARTICIPANT")], location="Microsoft Teams-Besprechung",
            description=t5, stamp="20260914T133012Z", seq=1,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
ics = calendar("REQUEST", [ev2], prodid=EXCHANGE_PRODID, tzstyle="windows")
r5 = b.add("INBOX", "verschoben-tiedemann", "2026-09-14 15:30", TZ, CEO, "Aktualisiert: Kennenlernen Frau Brandstätter / Herr Tiedemann",
           text=t5, html=outlook_html(t5), ics=ics, sender=ASSIST[1], mid="outlook",
           headers=["Thread-Topic: Kennenlernen", "Accept-Language: de-DE", "Content-Language: de-DE"])
b.interview(r4, "2026-09-22 08:00", TZ, [CEO[1]], source="calendar")

# 006 Sent: ok
t = """Liebe Frau Schorn,

kein Problem, Dienstag um 8 Uhr passt mir gut. Ich habe die aktualisierte Einladung angenommen.

Viele Grüße
Annika Brandstätter"""
b.sent("re-verschoben", "2026-09-14 18:12", "AW: Aktualisiert: Kennenlernen Frau Brandstätter / Herr Tiedemann", t, to=[ASSIST], reply=r5)

# 007 SuccessFactors acknowledgement (B), timeframe three weeks
t7 = """Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Bewerbung als Head of Network Operations (m/w/d) (Req. ID 48817) und Ihr Interesse an der Rheinkraft Distribution GmbH.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen. Bei Fragen erreichen Sie unser Recruiting-Team unter karriere@rheinkraft.example.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinkraft Distribution GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""
r7 = b.add("INBOX", "eingangsbestaetigung-rheinkraft", "2026-09-16 19:48", TZ, SF,
           "Ihre Bewerbung bei der Rheinkraft Distribution GmbH - Head of Network Operations (m/w/d)",
           text=t7, html=system_html("Rheinkraft Distribution", "#c8102e", "Eingangsbestätigung", t7, "Rheinkraft Distribution GmbH | Hafenstraße 9 | 47119 Duisburg"),
           mid="plain", mid_domain="successfactors.eu")
b.timeframe(r7, "2026-10-07", "karriere@rheinkraft.example", False)

# 008 partner after CEO call: dates by Friday 2 October
t8 = f"""Liebe Frau Brandstätter,

Herr Tiedemann hat mich gleich nach Ihrem Gespräch angerufen - er war sehr angetan, insbesondere von Ihren Gedanken zur Standortkonsolidierung in Süddeutschland.

Als nächster Schritt möchte er Sie gern persönlich in Hamburg der Finanzvorständin und dem Personalvorstand vorstellen. Ich stimme die Termine gerade mit beiden Büros ab und melde mich bis Freitag, 2. Oktober, mit konkreten Vorschlägen bei Ihnen.

Herzliche Grüße
Carolin Weidemann

{CW_SIG}"""
r8 = b.add("INBOX", "feedback-tiedemann", "2026-09-22 12:40", TZ, CW, "Feedback und nächster Schritt", text=t8, mid="outlook")
b.timeframe(r8, "2026-10-02", CW[1], True)

# 009 partner: panel in person (text), names only, presentation
t9 = f"""Liebe Frau Brandstätter,

schneller als gedacht: Der Termin für das Gespräch in Hamburg steht.

Datum: Dienstag, 6. Oktober 2026
Uhrzeit: 14:00 bis ca. 16:30 Uhr
Ort: Nordhafen Logistik AG, Am Kaiserkai 40, 20457 Hamburg, 5. OG (bitte am Empfang melden)

Sie sprechen mit:
- Dr. Sabine Kowalczyk, Finanzvorständin
- Holger Baumann-Ritter, Personalvorstand und Arbeitsdirektor
- zum Abschluss ca. 30 Minuten mit Herrn Tiedemann

Die Gesprächspartner bitten Sie, zu Beginn in etwa 15 Minuten Ihre Überlegungen für die ersten 100 Tage vorzustellen (gern mit einigen Folien, ein Beamer ist vorhanden). Ich werde auch bei diesem Termin nicht dabei sein, rufe Sie aber am Abend gern an.

Reisekosten übernimmt selbstverständlich der Kunde.

Herzliche Grüße
Carolin Weidemann

{CW_SIG}"""
r9 = b.add("INBOX", "termin-hamburg", "2026-09-28 11:25", TZ, CW, "Termin Hamburg - 6. Oktober", text=t9, cc=[JP], mid="outlook")
b.interview(r9, "2026-10-06 14:00", TZ, ["name:Sabine Kowalczyk", CHRO[1], CEO[1]], source="text")

# 010 Sent: confirm
t = """Liebe Frau Dr. Weidemann,

wunderbar, vielen Dank! Der 6. Oktober ist eingetragen; ich komme mit dem Auto und bin rechtzeitig da.

Beste Grüße
Annika Brandstätter

Von meinem iPhone gesendet""" + quote(t9, "Dr. Carolin Weidemann <c.weidemann@wl-search.example>", "28.09.2026 um 11:25")
b.sent("re-termin-hamburg", "2026-09-28 13:03", "AW: Termin Hamburg - 6. Oktober", t, to=[CW], reply=r9, mid="apple")

# 012 look-alike: trade magazine interview newsletter
t = """LOGISTIK HEUTE - Der Newsletter am Donnerstag

Im Interview: "Kontraktlogistik braucht mehr Mut zur Automatisierung" - ein Gespräch mit dem COO eines großen Paketdienstleisters
Stellenmarkt: 214 neue Angebote für Fach- und Führungskräfte
Termine: Supply Chain Forum Bremen, 12./13. November

Newsletter abbestellen: https://logistik-heute.example/abmelden"""
m = b.add("INBOX", "logistik-newsletter", "2026-10-01 06:00", TZ, ("Logistik Heute", "newsletter@logistik-heute.example"),
          "Im Interview: Mehr Mut zur Automatisierung", text=t,
          html=system_html("LOGISTIK HEUTE", "#00587c", "Der Newsletter am Donnerstag", t, "Newsletter abbestellen"), mid="sendgrid")
b.silent(m, "trade newsletter with an interview article and job listings")

# 013 partner after panel: decision by end of next week
t13 = f"""Liebe Frau Brandstätter,

vielen Dank für das lange Telefonat gestern Abend. Frau Dr. Kowalczyk und Herr Baumann-Ritter haben mir heute Vormittag ebenfalls sehr positive Rückmeldungen gegeben.

Der Vorstand spricht diese Woche noch mit einer weiteren Kandidatin. Herr Tiedemann hat mir zugesagt, dass die Entscheidung bis Ende nächster Woche fällt; ich gebe Ihnen dann sofort Bescheid.

Herzliche Grüße
Carolin Weidemann"""
r13 = b.add("INBOX", "nach-hamburg", "2026-10-07 13:10", TZ, CW, "Rückmeldung nach Hamburg", text=t13, mid="outlook")
b.timeframe(r13, "2026-10-16", CW[1], True)

# 014 partner: references before offer
t14 = f"""Liebe Frau Brandstätter,

ich habe sehr gute Nachrichten: Der Vorstand möchte Ihnen die Position anbieten. Bevor Herr Baumann-Ritter das Vertragsangebot formal verschickt, bittet der Kunde - wie bei Organfunktionen üblich - um zwei Referenzen, idealerweise eine ehemalige Vorgesetzte oder einen ehemaligen Vorgesetzten und eine Person aus Ihrem Beirat oder Kundenkreis.

Die Gespräche führe ich selbst, vertraulich und nach Absprache mit Ihnen. Könnten Sie mir Namen und Telefonnummern schicken?

Herzliche Grüße
Carolin Weidemann

{CW_SIG}"""
r14 = b.add("INBOX", "referenzen", "2026-10-13 09:48", TZ, CW, "Gute Nachrichten - Referenzen", text=t14, mid="outlook")

# 015 Sent: references
t = """Liebe Frau Dr. Weidemann,

das freut mich sehr!

Gern:
1. Thomas Ahlers, ehem. COO Elbtrans Logistik (mein Vorgesetzter 2019-2023), +49 171 555 3302
2. Dr. Ingrid Pfeiffer, Beiratsvorsitzende Elbtrans, +49 40 555 81 20

Beide sind informiert. Herr Ahlers ist ab Mittwoch im Urlaub, am besten also vorher.

Viele Grüße
Annika Brandstätter""" + quote(t14, "Dr. Carolin Weidemann", "13.10.2026 09:48")
b.sent("re-referenzen", "2026-10-13 12:30", "AW: Gute Nachrichten - Referenzen", t, to=[CW], reply=r14)

# 016 look-alike: professional network 'offers'
t = """Hallo Annika,

Sie wurden diese Woche in 7 Suchen von Recruitern gefunden. Mit Premium sehen Sie, wer Ihr Profil besucht hat - jetzt 50 % günstiger für die ersten 3 Monate.

Angebot ansehen: https://karrierenetz.example/premium

Ihr Karrierenetz-Team"""
m = b.add("INBOX", "karrierenetz-premium", "2026-10-15 17:00", TZ, ("Karrierenetz", "info@karrierenetz.example"),
          "Sie wurden in 7 Suchen gefunden - Ihr Premium-Angebot", text=t, mid="ses")
b.silent(m, "social network premium 'offer' and recruiter-search counter")

# 017 partner relays the offer
t17 = f"""Liebe Frau Brandstätter,

die Referenzen waren hervorragend, und ich darf Ihnen im Namen des Vorstands der Nordhafen Logistik AG heute das Angebot übermitteln, die Geschäftsführung der Nordhafen Kontraktlogistik GmbH zu übernehmen.

Die Eckpunkte:
- Grundgehalt 185.000 EUR p.a., variable Vergütung bis 30 % (Zielerreichung 100 %)
- Dienstwagen der Oberklasse, auch zur privaten Nutzung
- Beginn 1. April 2027 (Ihre Kündigungsfrist ist berücksichtigt)
- Bestellung zur Geschäftsführerin mit Wirkung zum Eintrittsdatum

Den Entwurf des Geschäftsführer-Dienstvertrags finden Sie anbei. Herr Baumann-Ritter bittet um eine Rückmeldung bis zum 30. Oktober; für Fragen zum Vertrag stehe ich Ihnen jederzeit zur Verfügung, gern auch am Wochenende.

Herzlichen Glückwunsch!
Carolin Weidemann

{CW_SIG}"""
r17 = b.add("INBOX", "angebot", "2026-10-20 16:05", TZ, CW, "Angebot Nordhafen Kontraktlogistik GmbH", text=t17, mid="outlook",
            attach=[("Entwurf_GF-Dienstvertrag_Nordhafen.pdf", "application/pdf", pdf)])
b.offer(r17)

# 017b SuccessFactors rejection (no-reply, subtle, no Reply-To)
t11 = """Sehr geehrte Frau Brandstätter,

nochmals vielen Dank für Ihr Interesse an der Position Head of Network Operations (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung haben wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil den Anforderungen dieser Position noch etwas näher kommt. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Gern möchten wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Ihre Zustimmung können Sie im Karriereportal erteilen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinkraft Distribution GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""
r11 = b.add("INBOX", "rheinkraft-absage", "2026-10-21 07:15", TZ, SF,
            "Ihre Bewerbung als Head of Network Operations (m/w/d)", text=t11,
            html=system_html("Rheinkraft Distribution", "#c8102e", "Ihre Bewerbung", t11, "Rheinkraft Distribution GmbH | Hafenstraße 9 | 47119 Duisburg"),
            mid="plain", mid_domain="successfactors.eu")
b.rejection(r11, "")

# 018 Sent: question on contract
t = """Liebe Frau Dr. Weidemann,

herzlichen Dank - ich freue mich riesig. Ich habe den Vertrag mit meinem Anwalt durchgesehen; zwei Punkte würde ich gern noch besprechen (das nachvertragliche Wettbewerbsverbot und die Regelung zur D&O-Versicherung). Haben Sie morgen am späten Nachmittag Zeit für ein kurzes Telefonat?

Viele Grüße
Annika"""
s18 = b.sent("re-angebot", "2026-10-22 20:14", "AW: Angebot Nordhafen Kontraktlogistik GmbH", t, to=[CW], reply=r17)

# 019 partner reply
t = """Liebe Frau Brandstätter,

sehr gern - ich rufe Sie morgen um 17:30 Uhr auf dem Handy an. Beide Punkte hat Herr Baumann-Ritter schon vorab als verhandelbar bezeichnet.

Herzliche Grüße
Carolin Weidemann

Von meinem iPhone gesendet"""
b.add("INBOX", "re-angebot-telefon", "2026-10-22 21:02", TZ, CW, "AW: Angebot Nordhafen Kontraktlogistik GmbH", text=t, mid="apple",
      mid_domain="wl-search.example", reply=s18)

# 020 CHRO welcome (English, direct)
t = """Dear Ms Brandstätter,

Carolin Weidemann tells me you have signed - welcome to Nordhafen! I'm very much looking forward to working with you.

My office will be in touch in January about the onboarding programme and your first supervisory board meeting, which is scheduled for 15 April.

Kind regards,
Holger Baumann-Ritter
Member of the Executive Board, Human Resources
Nordhafen Logistik AG"""
b.add("INBOX", "welcome", "2026-11-04 10:30", TZ, CHRO, "Welcome to Nordhafen", text=t, mid="outlook")

# 021 family noise
t = "Hallo Schatz, denkst du an Omas Geburtstag am Samstag? Wir fahren um 10 los. Kuss, Mama"
b.add("INBOX", "omas-geburtstag", "2026-11-12 19:47", TZ, ("Renate Brandstätter", "renate.brandstaetter@fastpost.example"), "Samstag", text=t)

b.write()
