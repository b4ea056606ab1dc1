"""m03: Utrecht supply-chain planner. One process entirely in Dutch (Recruitee ack,
first interview fixed in text, second round by Exchange/Teams invite that is then moved
by an updated invite, subtle rejection); a join.com process with a no-reply rejection;
an unanswered open application."""
from kit import *  # noqa

TZ = "Europe/Amsterdam"
ME = ("Thijs Bakker", "thijs.bakker@mailbox.example")
MAR = ("Marloes Jansen", "marloes.jansen@vanlier-distributie.example")
RUUD = ("Ruud Hendriks", "ruud.hendriks@vanlier-distributie.example")
KAR = ("Karin Smits", "karin.smits@vanlier-distributie.example")
JOIN = ("Lumen Freight GmbH via JOIN", "no-reply@join.com")

MSIG = """
Met vriendelijke groet,

Marloes Jansen
Recruiter | Van Lier Distributie B.V.
Ringbaan-Oost 212, 5013 CD Tilburg
T 013 555 0194 | M 06 5555 2381"""


def build():
    b = Box("", "m03-utrecht-dutch-process", ME, TZ, "2026-09-06T09:00:00+02:00",
            "2026-11-06T18:00:00+01:00", langs=("nl", "en"), country="NL",
            notes="Dutch process: text interview, Teams round 2 moved by updated invite, rejection")

    m1 = b.add("INBOX", "recruitee-bevestiging", "2026-09-07 21:02", TZ,
               ("Van Lier Distributie", "no-reply@recruitee.com"),
               "Bedankt voor je sollicitatie – Supply Chain Planner",
               text="""Hoi Thijs,

Bedankt voor je sollicitatie op de functie Supply Chain Planner bij Van Lier Distributie.
We hebben je cv en motivatie in goede orde ontvangen.

We bekijken alle sollicitaties zorgvuldig en je hoort binnen twee weken van ons.

Hartelijke groet,
Marloes Jansen
Recruiter, Van Lier Distributie

Dit bericht is verstuurd via Recruitee.""", html=True, reply_to=MAR, mid="uuid",
               mid_domain="recruitee.com")
    b.timeframe(m1, "2026-09-21", MAR[1], True, country="NL",
                domains=["vanlier-distributie.example", "recruitee.com"])

    b.add("INBOX", "join-received", "2026-09-09 13:44", "Europe/Berlin", JOIN,
          "Your application to Lumen Freight GmbH",
          html="""<!doctype html><html><body style="font-family:Inter,Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto;padding:24px">
<p>Hi Thijs,</p>
<p>thank you for applying for the position <strong>Transport Planner (m/f/d) - Duisburg</strong> at Lumen Freight GmbH.</p>
<p>Your application has been forwarded to the hiring team. You will receive an update as soon as there is news.</p>
<p>Best regards,<br>Your JOIN Team on behalf of Lumen Freight GmbH</p>
<hr><p style="font-size:11px;color:#888">JOIN Solutions AG · This is an automated message, replies are not monitored.</p>
</div></body></html>
""", mid="uuid", mid_domain="join.com")

    b.sent("open-sollicitatie-hoogstraten", "2026-09-10 20:31",
           "Open sollicitatie – planner / supply chain analist",
           """Beste heer Van Dongen,

Via een oud-collega hoorde ik dat Hoogstraten Koel- en Vrieslogistiek flink groeit in
Nieuwegein. Ik werk nu vier jaar als planner bij een groothandel in bouwmaterialen en
zoek een nieuwe stap richting supply chain analyse, bij voorkeur in de koelketen.

In de bijlage vindt u mijn cv. Ik kom graag een keer langs voor een kennismaking.

Met vriendelijke groet,
Thijs Bakker
06 5555 8012""", to=[("Hans van Dongen", "h.vandongen@hoogstraten-logistiek.example")],
           attach=[("CV_Thijs_Bakker.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])

    m4 = b.add("INBOX", "uitnodiging-gesprek", "2026-09-15 11:20", TZ, MAR,
               "Uitnodiging kennismakingsgesprek Supply Chain Planner",
               text="""Hoi Thijs,

Leuk dat je hebt gesolliciteerd! We willen graag kennis met je maken. Het gesprek duurt
ongeveer een uur en vindt plaats op ons kantoor in Tilburg, met mij en Ruud Hendriks,
teamleider Planning.

Zou een van deze momenten je schikken?
- dinsdag 22 september om 10.00 uur
- donderdag 24 september om 14.00 uur

Hoor het graag!
""" + MSIG, mid="outlook")

    m5 = b.sent("re-uitnodiging", "2026-09-15 19:40", "RE: Uitnodiging kennismakingsgesprek Supply Chain Planner",
                """Hoi Marloes,

Dank voor de uitnodiging! Donderdag 24 september om 14.00 uur komt mij goed uit.

Groet,
Thijs""" + quoted(m4, "nl", TZ), to=[MAR], reply=m4)

    m6 = b.add("INBOX", "bevestiging-gesprek", "2026-09-16 08:55", TZ, MAR,
               "RE: Uitnodiging kennismakingsgesprek Supply Chain Planner",
               text="""Hoi Thijs,

Top, dan zien we je donderdag 24 september om 14.00 uur op Ringbaan-Oost 212 in Tilburg.
Meld je even bij de receptie op de begane grond. Ruud staat in de cc.

Tot dan!
""" + MSIG + outlook_quote(m5, "nl", TZ), cc=[RUUD], reply=m5, mid="outlook")
    b.interview(m6, "2026-09-24 14:00", TZ, [MAR[1], RUUD[1]])

    m7 = b.add("INBOX", "join-update", "2026-09-18 09:03", "Europe/Berlin", JOIN,
               "Update on your application at Lumen Freight GmbH",
               html="""<!doctype html><html><body style="font-family:Inter,Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto;padding:24px">
<p>Hi Thijs,</p>
<p>thank you again for your interest in the position <strong>Transport Planner (m/f/d) - Duisburg</strong>.</p>
<p>After careful review, Lumen Freight GmbH has decided not to move forward with your application at this time.
We wish you every success in your search.</p>
<p>Best regards,<br>Your JOIN Team on behalf of Lumen Freight GmbH</p>
<hr><p style="font-size:11px;color:#888">JOIN Solutions AG · This is an automated message, replies are not monitored.</p>
</div></body></html>
""", mid="uuid", mid_domain="join.com")
    b.rejection(m7, "")

    b.add("INBOX", "herinnering-morgen", "2026-09-23 09:30", TZ, MAR,
          "Herinnering: gesprek morgen 14.00 uur",
          text="""Hoi Thijs,

Even een korte herinnering aan ons gesprek morgen om 14.00 uur. Parkeren kan in de garage
onder het pand; geef je kenteken door bij de slagboom, dan laten we je erin.

Groetjes,
Marloes""", mid="outlook")

    m9 = b.add("INBOX", "jeroen-succes", "2026-09-23 21:17", TZ, ("Jeroen de Wit", "jeroen.dewit@kpnmail.example"),
               "succes morgen!!",
               text="""Hé man, succes morgen met je sollicitatiegesprek in Tilburg! Gewoon jezelf zijn.
Laat je weten hoe het ging? Vrijdag biertje bij de Beurs?

J.

Verstuurd vanaf mijn iPhone""", mid="apple", mid_domain="kpnmail.example")
    b.silent(m9, "friend wishing luck, not from the company")

    b.add("INBOX", "tweede-gesprek", "2026-09-25 10:10", TZ, MAR,
          "Tweede gesprek Van Lier Distributie",
          text="""Hoi Thijs,

Wat een leuk gesprek gisteren! Ruud was erg te spreken over je aanpak van de
voorraadcase.

We nodigen je graag uit voor een tweede gesprek met Karin Smits, onze operationeel
directeur, en Ruud. Dat gesprek doen we online via Teams; je krijgt zo een uitnodiging van
mij. Ik ben er zelf niet bij, maar bel me gerust als je vooraf vragen hebt.
""" + MSIG, mid="outlook")

    uid = exchange_uid(b)
    (m11, url) = teams(b, "teams-uitnodiging", "2026-09-25 10:32", TZ, MAR, [ME, KAR, RUUD],
                       "2026-10-01 10:30", TZ, 60, "Tweede gesprek Supply Chain Planner – Thijs Bakker",
                       """Hoi Thijs,

Hierbij de uitnodiging voor het tweede gesprek met Karin Smits en Ruud Hendriks.

Groet,
Marloes""", lang="nl", uid=uid, to=[ME], cc=[KAR, RUUD])
    b.interview(m11, "2026-10-01 11:30", TZ, [KAR[1], RUUD[1]])

    (m12, _) = teams(b, "teams-bijgewerkt", "2026-09-29 16:03", TZ, MAR, [ME, KAR, RUUD],
                     "2026-10-01 11:30", TZ, 60, "Tweede gesprek Supply Chain Planner – Thijs Bakker",
                     """Hoi Thijs,

Karin heeft donderdagochtend een overleg dat waarschijnlijk uitloopt, daarom schuiven we
het gesprek een uur op, naar 11.30 uur. Zelfde link.

Groet,
Marloes""", lang="nl", uid=uid, seq=1, to=[ME], cc=[KAR, RUUD], url=url)

    b.sent("re-bijgewerkt", "2026-09-29 18:12", "RE: Tweede gesprek Supply Chain Planner – Thijs Bakker",
           """Prima, 11.30 uur is voor mij ook goed. Tot donderdag!

Thijs""", to=[MAR], reply=m12)

    m14 = b.add("INBOX", "na-tweede-gesprek", "2026-10-02 15:00", TZ, MAR,
                "Na je tweede gesprek",
                text="""Hoi Thijs,

Dank je wel voor het gesprek van gisteren met Karin en Ruud. We spreken maandag nog één
kandidaat; uiterlijk woensdag 7 oktober laat ik je weten hoe we verder gaan.

Fijn weekend alvast!
""" + MSIG, mid="outlook")
    b.timeframe(m14, "2026-10-07", MAR[1], True, country="NL",
                domains=["vanlier-distributie.example", "recruitee.com"])

    m15 = b.add("INBOX", "vacaturealert", "2026-10-03 07:15", TZ,
                ("Werkzoeken Vacaturealert", "alert@werkzoeken-nieuws.example"),
                "12 nieuwe vacatures voor 'planner' in de regio Utrecht",
                html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Nieuwe vacatures voor jou</h2>
<ol><li>Planner Transport – Nieuwegein</li><li>Supply Chain Analist – Houten</li>
<li>Medewerker Planning – Amersfoort</li><li>Demand Planner – Utrecht</li></ol>
<p><a href="https://werkzoeken-nieuws.example/alles">Bekijk alle 12 vacatures</a></p>
<p style="color:#999;font-size:10px">Je ontvangt deze alert omdat je je hebt ingeschreven. Afmelden kan altijd.</p>
</body></html>
""", mid="sendgrid")
    b.silent(m15, "job alert")

    m16 = b.add("INBOX", "besluit", "2026-10-06 16:40", TZ, MAR,
                "Je sollicitatie bij Van Lier Distributie",
                text="""Hoi Thijs,

Allereerst nogmaals dank voor je tijd en je enthousiasme de afgelopen weken.

We hebben lang getwijfeld, want Karin en Ruud waren echt onder de indruk van je
analytische kijk. Uiteindelijk hebben we gekozen voor een kandidaat die al ervaring heeft
met ons WMS, en dat gaf voor nu de doorslag.

Ik houd je cv graag in ons bestand: er komt volgend voorjaar waarschijnlijk een nieuwe
plannersrol bij in Tilburg, en dan denk ik zeker aan je.
""" + MSIG, mid="outlook")
    b.rejection(m16, MAR[1])

    m17 = b.add("INBOX", "nieuwsbrief-tips", "2026-10-12 12:00", TZ,
                ("Carrière Vandaag", "nieuwsbrief@carrierevandaag.example"),
                "Zo bereid je je voor op een sollicitatiegesprek (+ 5 vragen die je altijd krijgt)",
                html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>Carrière Vandaag</h1>
<h2>Het sollicitatiegesprek: zo ga je goed voorbereid</h2>
<p>Van de STAR-methode tot de vraag naar je zwakke punten: in deze editie zetten we de vijf
vragen op een rij die in bijna elk gesprek terugkomen, plus tips voor een online gesprek via
Teams of Zoom.</p>
<p><a href="https://carrierevandaag.example/artikel/voorbereiding">Lees verder</a></p>
<p style="font-size:10px;color:#888">Afmelden voor deze nieuwsbrief</p></body></html>
""", mid="sendgrid")
    b.silent(m17, "newsletter with interview tips")

    b.counts = {}
    b.write()


if __name__ == "__main__":
    build()
