"""m04: Berlin backend developer. One process entirely in German (e-mail application,
Personio ack, phone interview fixed in text, second round as Teams invite after the DST
change, offer); a London fintech screen fixed as "tomorrow at 3", unanswered timeframe,
late rejection."""
from kit import *  # noqa

TZ = "Europe/Berlin"
LON = "Europe/London"
ME = ("Jana Hoffmann", "jana.hoffmann@postfach.example")
SAB = ("Sabine Krüger", "sabine.krueger@elbwerk-software.example")
TOB = ("Tobias Wendt", "tobias.wendt@elbwerk-software.example")
FRA = ("Frauke Olsen", "frauke.olsen@elbwerk-software.example")
CAL = ("Callum Reid", "callum.reid@northgatepayments.example")

SSIG = """
Mit freundlichen Grüßen

Sabine Krüger
People & Recruiting
Elbwerk Software GmbH | Großer Burstah 31 | 20457 Hamburg
Tel. +49 40 5557 3310
Amtsgericht Hamburg HRB 000000 | Geschäftsführer: Henrik Bolle"""

CSIG = """
Callum Reid
Senior Technical Recruiter
Northgate Payments Ltd | 20 Finsbury Circus, London EC2M
+44 20 7946 0588"""


def build():
    b = Box("", "m04-berlin-german-process", ME, TZ, "2026-09-01T09:00:00+02:00",
            "2026-12-04T18:00:00+01:00", langs=("de", "en"), country="DE",
            notes="German process: text phone interview, Teams round 2 after DST change, offer")

    m1 = b.sent("bewerbung-elbwerk", "2026-09-02 19:30",
                "Bewerbung als Senior Backend-Entwicklerin (Kotlin) – Jana Hoffmann",
                """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Senior
Backend-Entwickler*in (Kotlin/Spring) gelesen. Seit fünf Jahren entwickle ich bei einem
Berliner Logistik-Start-up Microservices in Kotlin, zuletzt als Tech Lead für unser
Abrechnungssystem.

Besonders reizt mich an Elbwerk, dass Sie Ihre Plattform für Hafenlogistik konsequent
remote-first aufbauen. Meine Unterlagen finden Sie im Anhang; meine Kündigungsfrist beträgt
drei Monate zum Monatsende.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jana Hoffmann
0176 5555 0921""", to=[("Elbwerk Karriere", "karriere@elbwerk-software.example")],
                attach=[("Jana_Hoffmann_Lebenslauf.pdf", "application/pdf", b"%PDF-1.6\n%%EOF\n"),
                        ("Jana_Hoffmann_Zeugnisse.pdf", "application/pdf", b"%PDF-1.6\n%%EOF\n")])

    m2 = b.add("INBOX", "personio-eingang", "2026-09-03 09:12", TZ, ("Elbwerk Software GmbH", "no-reply@personio.de"),
               "Ihre Bewerbung bei Elbwerk Software GmbH",
               text="""Guten Tag Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Senior Backend-Entwickler*in (Kotlin/Spring). Wir haben
Ihre Unterlagen erhalten und in unser Bewerbermanagement übernommen.

Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Viele Grüße
Sabine Krüger
People & Recruiting, Elbwerk Software GmbH

Diese E-Mail wurde über Personio versendet.""", html=True, reply_to=SAB, mid="uuid",
               mid_domain="personio.de", cte="quoted-printable")
    b.timeframe(m2, "2026-09-17", SAB[1], True, country="DE",
                domains=["elbwerk-software.example", "personio.de"])

    b.add("INBOX", "smartrecruiters-ack", "2026-09-08 15:33", LON,
          ("Northgate Payments", "no-reply@smartrecruiters.com"),
          "Thank you for your application - Senior Kotlin Engineer (Remote, EU)",
          html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Dear Jana,</p>
<p>Thank you for applying for <b>Senior Kotlin Engineer (Remote, EU)</b> at Northgate Payments.
We have received your application and our Talent Acquisition team will review it.</p>
<p>Kind regards,<br>Northgate Payments Talent Acquisition</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters</p></body></html>
""", mid="uuid", mid_domain="smartrecruiters.com")

    m4 = b.add("INBOX", "einladung-telefonat", "2026-09-10 14:20", TZ, SAB,
               "Ihre Bewerbung – erstes Kennenlernen",
               text="""Liebe Frau Hoffmann,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Gern würden wir Sie in einem
ersten Telefonat (ca. 45 Minuten) kennenlernen – mit mir und Tobias Wendt, unserem Teamlead
Backend.

Wann würde es Ihnen nächste Woche passen?
""" + SSIG, mid="outlook")

    m5 = b.sent("re-telefonat", "2026-09-10 20:05", "AW: Ihre Bewerbung – erstes Kennenlernen",
                """Liebe Frau Krüger,

vielen Dank für die schnelle Rückmeldung, ich freue mich sehr!

Ich könnte am Donnerstag, 17.09., um 10 Uhr oder am Freitag, 18.09., vormittags.

Viele Grüße
Jana Hoffmann""" + quoted(m4, "de", TZ), to=[SAB], reply=m4)

    m6 = b.add("INBOX", "telefonat-bestaetigt", "2026-09-11 08:40", TZ, SAB,
               "AW: Ihre Bewerbung – erstes Kennenlernen",
               text="""Liebe Frau Hoffmann,

prima, dann machen wir Donnerstag, den 17.09., um 10:00 Uhr. Tobias Wendt (in Kopie) und ich
rufen Sie unter 0176 5555 0921 an.

Bis dahin!
""" + SSIG + outlook_quote(m5, "de", TZ), cc=[TOB], reply=m5, mid="outlook")
    b.interview(m6, "2026-09-17 10:00", TZ, [SAB[1], TOB[1]])

    m7 = b.add("INBOX", "northgate-screen", "2026-09-14 17:10", LON, CAL,
               "Senior Kotlin Engineer - quick call?",
               text="""Hi Jana,

Thanks for applying to Northgate. I'm the recruiter for our payments platform team and I'd
love to have a 30-minute intro call to talk through the role and your background.

Would tomorrow at 3pm UK time (UTC+1) work?

Cheers,
""" + CSIG, mid="outlook")

    m8 = b.sent("re-northgate-screen", "2026-09-14 18:30", "Re: Senior Kotlin Engineer - quick call?",
                """Hi Callum, tomorrow at 3 UK works (4pm for me). Talk then!

Jana""" + quoted(m7, "en", TZ), to=[CAL], reply=m7)

    m9 = b.add("INBOX", "northgate-screen-confirmed", "2026-09-14 18:52", LON, CAL,
               "Re: Senior Kotlin Engineer - quick call?",
               text="""Great - speak tomorrow (Tue 15 Sept) at 15:00 UK / 16:00 Berlin. Here's my Teams link:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGPcallumreid%40thread.v2/0

Callum""" + quoted(m8, "en", LON), reply=m8, mid="outlook")
    b.interview(m9, "2026-09-15 15:00", LON, [CAL[1]])

    m10 = b.add("INBOX", "northgate-after-screen", "2026-09-16 11:00", LON, CAL,
                "Thanks for yesterday",
                text="""Hi Jana,

Thanks for your time yesterday, really enjoyed the chat. I'm sharing my notes with Dan
Whitfield, the hiring manager, today and you'll hear back from me within 5 business days
on next steps.

Best,
Callum""", mid="outlook")
    b.timeframe(m10, add_bdays("2026-09-16", 5, "UK"), CAL[1], False, country="UK",
                domains=["northgatepayments.example", "smartrecruiters.com"])

    m11 = b.add("INBOX", "zweite-runde", "2026-09-17 16:30", TZ, SAB,
                "Nächster Schritt: Gespräch mit unserer CTO",
                text="""Liebe Frau Hoffmann,

herzlichen Dank für das angenehme Telefonat heute Vormittag – Tobias und ich waren
begeistert.

Wir möchten Sie gern zu einem zweiten Gespräch mit unserer CTO Dr. Frauke Olsen und Tobias
einladen (ca. 75 Minuten, davon ein Teil System Design). Frau Olsen ist bis Mitte Oktober in
Elternzeit-Vertretung stark eingebunden; ich melde mich bis Ende nächster Woche mit einem
konkreten Terminvorschlag.
""" + SSIG, mid="outlook")
    b.timeframe(m11, "2026-09-25", SAB[1], True, country="DE",
                domains=["elbwerk-software.example", "personio.de"])

    (m12, url) = teams(b, "teams-einladung-cto", "2026-09-22 10:02", TZ, SAB, [ME, FRA, TOB],
                       "2026-10-26 14:00", TZ, 75, "Zweites Gespräch Jana Hoffmann – Senior Backend (CTO, System Design)",
                       """Liebe Frau Hoffmann,

wie angekündigt hier der Termin für das zweite Gespräch mit Dr. Frauke Olsen und Tobias
Wendt. Ich selbst bin nicht dabei. Früher ging es leider nicht – ich hoffe, der Termin
passt Ihnen.

Viele Grüße
Sabine Krüger""", lang="de", uid=exchange_uid(b), to=[ME], cc=[FRA, TOB])
    b.interview(m12, "2026-10-26 14:00", TZ, [FRA[1], TOB[1]])

    b.sent("termin-passt", "2026-09-22 12:47", "AW: Zweites Gespräch Jana Hoffmann – Senior Backend (CTO, System Design)",
           """Liebe Frau Krüger,

vielen Dank, der 26.10. um 14 Uhr passt mir gut. Ich habe die Einladung angenommen.

Viele Grüße
Jana Hoffmann""", to=[SAB], reply=m12)

    m14 = b.add("INBOX", "northgate-decision", "2026-10-01 10:25", LON, CAL,
                "Northgate - Senior Kotlin Engineer",
                text="""Hi Jana,

Apologies for taking longer than I said. Dan has now reviewed the shortlist and has decided to
prioritise candidates with card-scheme experience for this hire, so we won't be moving
forward this time.

It was a pleasure speaking with you, and I'd be glad to reach out if something closer to your
background opens up.

Best wishes,
""" + CSIG, mid="outlook")
    b.rejection(m14, CAL[1])

    m15 = b.add("INBOX", "newsletter-vorstellungsgespraech", "2026-10-05 07:30", TZ,
                ("Karriere-Briefing", "newsletter@karriere-briefing.example"),
                "7 Tipps fürs Vorstellungsgespräch – und warum die Gehaltsfrage nicht am Ende kommt",
                html="""<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<h1 style="font-size:22px">Karriere-Briefing #41</h1>
<p>Diese Woche: Wie Sie sich auf ein technisches Vorstellungsgespräch vorbereiten, was
System-Design-Runden wirklich prüfen und wann Sie Ihre Gehaltsvorstellung nennen sollten.</p>
<p><a href="https://karriere-briefing.example/41">Jetzt lesen</a></p>
<p style="font-size:10px;color:#999">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden</p>
</body></html>
""", mid="sendgrid", cte="base64")
    b.silent(m15, "newsletter with interview tips")

    b.add("INBOX", "mama-geburtstag", "2026-10-10 11:48", TZ, ("Mama", "g.hoffmann@t-online-mail.example"),
          "Geburtstag Opa",
          text="""Hallo Schatz,
denkst du an Opas 80. am 24.? Wir treffen uns um 15 Uhr bei Tante Ute. Bringst du
den Kuchen mit?
Kuss, Mama""", mid="plain", mid_domain="t-online-mail.example", cte="8bit")

    b.add("INBOX", "erinnerung-montag", "2026-10-23 15:05", TZ, SAB,
          "Erinnerung: Gespräch am Montag, 26.10., 14:00 Uhr",
          text="""Liebe Frau Hoffmann,

nur eine kurze Erinnerung an Ihr Gespräch mit Frau Dr. Olsen und Tobias Wendt am Montag um
14:00 Uhr. Denken Sie an die Zeitumstellung am Wochenende 😉 – der Teams-Link aus der
Einladung bleibt gleich.

Viele Grüße
Sabine Krüger""", mid="outlook")

    m18 = b.add("INBOX", "nach-gespraech", "2026-10-27 12:00", TZ, SAB,
                "Vielen Dank für das Gespräch",
                text="""Liebe Frau Hoffmann,

vielen Dank für Ihre Zeit gestern! Frau Dr. Olsen und Tobias stimmen sich heute ab; Sie hören
innerhalb von 3 Werktagen von uns.
""" + SSIG, mid="outlook")
    b.timeframe(m18, add_bdays("2026-10-27", 3, "DE"), SAB[1], True, country="DE",
                domains=["elbwerk-software.example", "personio.de"])

    m19 = b.add("INBOX", "angebot", "2026-10-29 17:20", TZ, SAB,
                "Unser Angebot: Senior Backend-Entwicklerin",
                text="""Liebe Frau Hoffmann,

ich freue mich sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Position als Senior
Backend-Entwicklerin bei Elbwerk Software anbieten möchten!

Die wichtigsten Eckdaten:
- Jahresgehalt: 78.000 € brutto
- 30 Urlaubstage, remote-first, Büro in Hamburg nach Bedarf
- Start: 1. Februar 2027 (passend zu Ihrer Kündigungsfrist)

Den Vertragsentwurf finden Sie im Anhang. Sprechen Sie mich bei Fragen jederzeit an.
""" + SSIG, mid="outlook", attach=[("Vertragsentwurf_Hoffmann.pdf", "application/pdf", b"%PDF-1.6\n%%EOF\n")])
    b.offer(m19)

    b.sent("angebot-annahme", "2026-10-30 09:14", "AW: Unser Angebot: Senior Backend-Entwicklerin",
           """Liebe Frau Krüger,

herzlichen Dank – ich freue mich riesig! Ich habe den Vertragsentwurf gelesen und nehme das
Angebot sehr gerne an. Kleine Frage noch: Ist eine Homeoffice-Pauschale vorgesehen?

Viele Grüße
Jana Hoffmann""" + quoted(m19, "de", TZ), to=[SAB], reply=m19)

    b.counts = {}
    b.write()


if __name__ == "__main__":
    build()
