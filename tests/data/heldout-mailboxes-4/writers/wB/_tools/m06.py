"""m06: Milan marketing manager, busy mailbox. Casa Olmo (Monza, Italian,
SmartRecruiters): "giovedì alle 10:00" in text, Teams round 2, then "posizione sospesa"
(hold, answering a timeframe). Maison Lacombe (Paris, French, Recruitee): Google Meet
invite, round 2 fixed in text, offer. Alpenrand (Zurich, English, join.com): text
interview with a name-only panelist, round 2 booked in text, user withdraws.
Look-alikes: Summit invitation (.ics REQUEST), master's admission interview (.ics),
interview-tips newsletter, dentist reminder."""
from kit import *  # noqa

TZ = "Europe/Rome"
PAR = "Europe/Paris"
ZRH = "Europe/Zurich"
ME = ("Chiara Lombardi", "chiara.lombardi@posta.example")
FED = ("Federica Conti", "federica.conti@casaolmo.example")
MGA = ("Marco Galli", "marco.galli@casaolmo.example")
ALE = ("Alessandra Riva", "alessandra.riva@casaolmo.example")
CAM = ("Camille Dubois", "camille.dubois@maisonlacombe.example")
HEL = ("Hélène Marchand", "helene.marchand@maisonlacombe.example")
JUL = ("Julien Roux", "julien.roux@maisonlacombe.example")
LUK = ("Lukas Meier", "lukas.meier@alpenrand.example")
RETO = ("Reto Steiner", "reto.steiner@alpenrand.example")

FSIG = """
Cordiali saluti,

Federica Conti
HR Business Partner
Casa Olmo S.p.A. – Viale Lombardia 240, 20900 Monza (MB)
Tel. +39 039 555 2718"""

CSIG = """
Bien cordialement,

Camille Dubois
Chargée de recrutement | Maison Lacombe
48 rue de Turenne, 75003 Paris
+33 1 55 55 01 62"""

LSIG = """
Lukas Meier
Talent Acquisition Lead | Alpenrand Outdoor AG
Hardturmstrasse 161, 8005 Zürich
+41 44 555 07 31"""


def build():
    b = Box("", "m06-milan-three-processes", ME, TZ, "2026-09-06T09:00:00+02:00",
            "2026-11-27T18:00:00+01:00", langs=("it", "fr", "en"), country="IT",
            notes="three processes, hold, withdrawal, four look-alikes")

    m1 = b.add("INBOX", "recruitee-accuse", "2026-09-07 16:22", PAR,
               ("Maison Lacombe", "no-reply@recruitee.com"),
               "Votre candidature – Responsable Marketing Italie",
               text="""Bonjour Chiara,

Merci pour votre candidature au poste de Responsable Marketing Italie chez Maison Lacombe.
Nous l'avons bien reçue et nous reviendrons vers vous sous 10 jours ouvrés.

Belle journée,
Camille Dubois
Chargée de recrutement, Maison Lacombe

Envoyé via Recruitee""", html=True, reply_to=CAM, mid="uuid", mid_domain="recruitee.com")
    b.timeframe(m1, add_bdays("2026-09-07", 10, "FR"), CAM[1], True, country="FR",
                domains=["maisonlacombe.example", "recruitee.com"])

    b.add("INBOX", "smartrecruiters-conferma", "2026-09-08 11:03", TZ,
          ("Casa Olmo S.p.A.", "no-reply@smartrecruiters.com"),
          "Grazie per la tua candidatura – Marketing Manager",
          html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Gentile Chiara,</p>
<p>grazie per aver inviato la tua candidatura per la posizione di <b>Marketing Manager</b> presso Casa Olmo S.p.A.
Il nostro team HR la valuterà con attenzione.</p>
<p>Cordiali saluti,<br>Il team Risorse Umane di Casa Olmo</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters</p></body></html>
""", mid="uuid", mid_domain="smartrecruiters.com")

    m3 = b.add("INBOX", "casaolmo-proposta", "2026-09-10 12:15", TZ, FED,
               "Candidatura Marketing Manager – primo colloquio",
               text="""Gentile Chiara,

la ringrazio per la candidatura. Il suo profilo ci ha colpito e vorremmo conoscerla di
persona nella nostra sede di Monza: incontrerà me e il nostro Direttore Marketing, Marco
Galli.

Le propongo giovedì 17 settembre alle 10:00 oppure venerdì 18 alle 14:30. Mi faccia sapere
cosa preferisce.
""" + FSIG, mid="outlook")

    m4 = b.sent("re-casaolmo-proposta", "2026-09-10 18:44", "R: Candidatura Marketing Manager – primo colloquio",
                """Gentile Federica,

grazie mille per la proposta. Giovedì alle 10:00 va benissimo.

Un cordiale saluto,
Chiara Lombardi""" + outlook_quote(m3, "it", TZ), to=[FED], reply=m3)

    m5 = b.add("INBOX", "casaolmo-ok", "2026-09-11 09:02", TZ, FED,
               "R: Candidatura Marketing Manager – primo colloquio",
               text="""Perfetto, confermato giovedì alle 10:00. A presto!

Federica Conti

Inviato da iPhone""" + quoted(m4, "it", TZ, "apple", depth_limit=6), reply=m4, mid="apple",
               mid_domain="casaolmo.example")
    b.interview(m5, "2026-09-17 10:00", TZ, [FED[1], MGA[1]])

    b.add("INBOX", "lacombe-premier-echange", "2026-09-15 10:30", PAR, CAM,
          "Responsable Marketing Italie – premier échange",
          text="""Bonjour Chiara,

Merci encore pour votre candidature, votre expérience sur le marché italien nous intéresse
beaucoup. Je vous propose un premier échange en visio de 30 minutes vendredi ; je vous envoie
une invitation dans la foulée. Si le créneau ne vous convient pas, dites-le-moi.
""" + CSIG, mid="outlook")

    m7 = gcal(b, "lacombe-invitation-visio", "2026-09-15 10:34", PAR, CAM, [CAM, ME],
              "2026-09-18 11:00", PAR, 30, "Maison Lacombe – échange avec Chiara Lombardi", lang="fr",
              tzname="CEST")
    b.interview(m7, "2026-09-18 11:00", PAR, [CAM[1]])

    b.add("INBOX", "join-alpenrand", "2026-09-16 14:50", ZRH, ("Alpenrand Outdoor AG via JOIN", "no-reply@join.com"),
          "Your application to Alpenrand Outdoor AG",
          html="""<!doctype html><html><body style="font-family:Inter,Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto;padding:24px">
<p>Hi Chiara,</p>
<p>thank you for applying for the position <strong>Brand Marketing Manager South Europe (f/m/d)</strong> at Alpenrand Outdoor AG.</p>
<p>Your application has been forwarded to the hiring team.</p>
<p>Best regards,<br>Your JOIN Team on behalf of Alpenrand Outdoor AG</p>
</div></body></html>
""", mid="uuid", mid_domain="join.com")

    summit_ics = ats_ics(b, "mms26-reg-40417@milanomarketingsummit.example", "2026-11-12 09:30", TZ, 480,
                         "Milano Marketing Summit 2026", ("Milano Marketing Summit", "eventi@milanomarketingsummit.example"),
                         [ME], "-//Eventbrite//Attendee Calendar//EN",
                         location="MiCo – Milano Convention Centre, Gate 2",
                         desc="Registrazione n. 40417. Keynote, panel e networking con i CMO dei principali brand italiani.",
                         stamp="20260921T080000Z")
    m9 = b.add("INBOX", "summit-invito", "2026-09-21 10:00", TZ,
               ("Milano Marketing Summit", "eventi@milanomarketingsummit.example"),
               "Invito: Milano Marketing Summit 2026 – 12 novembre, MiCo",
               text="""Gentile Chiara,

ti aspettiamo al Milano Marketing Summit 2026, giovedì 12 novembre al MiCo.
In programma: keynote di apertura, tavole rotonde con i CMO e, nel pomeriggio, il panel
"Il colloquio perfetto: cosa cercano i responsabili marketing".

In allegato trovi l'invito da aggiungere al calendario.

Lo staff del Summit""", html=True, ics=summit_ics, ics_as="alt", mid="sendgrid")
    b.silent(m9, "conference Summit invitation with a calendar request")

    b.add("INBOX", "casaolmo-secondo-colloquio", "2026-09-22 15:40", TZ, FED,
          "Secondo colloquio – Marketing Manager",
          text="""Gentile Chiara,

grazie ancora per giovedì. Marco Galli è stato molto soddisfatto del colloquio e vorremmo
invitarla a un secondo incontro, online, con Marco e con la nostra Amministratrice Delegata,
Alessandra Riva. Le invio a breve l'invito Teams; io non sarò presente.
""" + FSIG, mid="outlook")

    (m11, _) = teams(b, "casaolmo-invito-teams", "2026-09-22 16:05", TZ, FED, [ME, MGA, ALE],
                     "2026-09-29 15:00", TZ, 60, "Secondo colloquio Chiara Lombardi – Marketing Manager",
                     """Gentile Chiara,

ecco l'invito per il secondo colloquio con Marco Galli e Alessandra Riva.

Cordiali saluti,
Federica Conti""", lang="it", uid=exchange_uid(b), to=[ME], cc=[MGA, ALE])
    b.interview(m11, "2026-09-29 15:00", TZ, [MGA[1], ALE[1]])

    m12 = b.add("INBOX", "lacombe-deuxieme-entretien", "2026-09-23 11:12", PAR, CAM,
                "Deuxième entretien – Maison Lacombe",
                text="""Bonjour Chiara,

Merci pour notre échange de vendredi, c'était un vrai plaisir.

Nous aimerions vous proposer un deuxième entretien dans nos bureaux, avec Hélène Marchand,
notre directrice marketing, et Julien Roux, responsable e-commerce. Seriez-vous disponible
le mardi 6 octobre à 11h (heure de Paris) ? Nous prenons en charge le déplacement depuis
Milan.
""" + CSIG, mid="outlook")

    m13 = b.sent("re-lacombe-deuxieme", "2026-09-23 19:20", "RE: Deuxième entretien – Maison Lacombe",
                 """Bonjour Camille,

Merci beaucoup ! Mardi 6 octobre à 11h me convient parfaitement. Je réserve un vol le matin
même.

Bien à vous,
Chiara Lombardi""" + quoted(m12, "fr", TZ), to=[CAM], reply=m12)

    m14 = b.add("INBOX", "lacombe-confirmation", "2026-09-24 09:40", PAR, CAM,
                "RE: Deuxième entretien – Maison Lacombe",
                text="""Bonjour Chiara,

C'est noté : mardi 6 octobre à 11h, au 48 rue de Turenne (3e étage), avec Hélène et Julien
que je mets en copie. Je vous envoie les billets dans la journée.
""" + CSIG + outlook_quote(m13, "fr", PAR), cc=[HEL, JUL], reply=m13, mid="outlook")
    b.interview(m14, "2026-10-06 11:00", PAR, [HEL[1], JUL[1]])

    m15 = b.add("INBOX", "newsletter-colloquio", "2026-09-24 07:00", TZ,
                ("Carriere & Lavoro", "newsletter@carrierelavoro.example"),
                "10 consigli per il colloquio di lavoro (e gli errori da evitare)",
                html="""<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<h1 style="color:#b3261e">Carriere &amp; Lavoro</h1>
<h2>Colloquio di lavoro: 10 consigli pratici</h2>
<p>Come presentarsi, cosa rispondere alla domanda sulla RAL attuale e come chiudere il colloquio
lasciando il segno. Più: il modello di email di ringraziamento da inviare dopo il colloquio.</p>
<p><a href="https://carrierelavoro.example/colloquio">Leggi l'articolo</a></p>
<p style="font-size:10px;color:#999">Ricevi questa newsletter perché sei iscritta. Cancella iscrizione</p>
</body></html>
""", mid="sendgrid")
    b.silent(m15, "newsletter with interview tips")

    m16 = b.add("INBOX", "alpenrand-call", "2026-09-25 13:30", ZRH, LUK,
                "Brand Marketing Manager South Europe - video call",
                text="""Hi Chiara,

Thanks for applying to Alpenrand! Your work on the Dolomites campaign caught our eye.

Would you be free for a video call next Thursday, 1 October, at 14:00 Zurich time? About 45
minutes.

Best,
""" + LSIG, mid="outlook")

    m17 = b.sent("re-alpenrand-call", "2026-09-25 17:02", "Re: Brand Marketing Manager South Europe - video call",
                 """Hi Lukas, Thursday works! Looking forward to it.
Chiara""" + quoted(m16, "en", TZ), to=[LUK], reply=m16)

    m18 = b.add("INBOX", "alpenrand-confirmed", "2026-09-25 17:31", ZRH, LUK,
                "Re: Brand Marketing Manager South Europe - video call",
                text="""Great, Thursday 1 October at 14:00 CEST it is. Our Head of Brand, Nina Brunner, will join
too. Link: https://alpenrand.zoom.example/j/84412093311

Lukas""" + quoted(m17, "en", ZRH), reply=m17, mid="outlook")
    b.interview(m18, "2026-10-01 14:00", ZRH, [LUK[1], "name:Nina Brunner"])

    m19 = b.add("INBOX", "casaolmo-riscontro", "2026-09-30 10:18", TZ, FED,
                "Grazie per il colloquio",
                text="""Gentile Chiara,

grazie per il tempo dedicato ieri a Marco e ad Alessandra. Stiamo completando gli ultimi
colloqui e le daremo un riscontro entro venerdì 9 ottobre.
""" + FSIG, mid="outlook")
    b.timeframe(m19, "2026-10-09", FED[1], True, country="IT",
                domains=["casaolmo.example", "smartrecruiters.com"])

    m20 = b.add("INBOX", "alpenrand-second-round", "2026-10-02 11:45", ZRH, LUK,
                "Alpenrand - second round booked",
                text="""Hi Chiara,

Nina loved yesterday's conversation! We'd like you to meet our CMO, Reto Steiner
(reto.steiner@alpenrand.example, copied), together with Nina. I've booked Wednesday
14 October at 10:00 Zurich time, on video - let me know if that doesn't suit and I'll
find another slot.

Best,
""" + LSIG, cc=[RETO], mid="outlook")
    b.interview(m20, "2026-10-14 10:00", ZRH, [RETO[1], "name:Nina Brunner"], thank_you=False)

    m21 = b.add("INBOX", "lacombe-retour", "2026-10-06 17:55", PAR, CAM,
                "Merci pour aujourd'hui",
                text="""Bonjour Chiara,

Merci d'être venue jusqu'à Paris ! Hélène et Julien ont beaucoup apprécié l'échange. Nous
vous ferons un retour d'ici vendredi.

Bon retour à Milan,
Camille""", mid="outlook")
    b.timeframe(m21, "2026-10-09", CAM[1], True, country="FR",
                domains=["maisonlacombe.example", "recruitee.com"])

    b.add("INBOX", "casaolmo-sospesa", "2026-10-07 12:30", TZ, FED,
          "Aggiornamento sulla posizione di Marketing Manager",
          text="""Gentile Chiara,

la contatto per aggiornarla sulla selezione. A seguito di una riorganizzazione interna
dell'area commerciale, la posizione di Marketing Manager è stata temporaneamente sospesa.
Non siamo quindi in grado, al momento, di proseguire con il processo.

Conserveremo la sua candidatura e, qualora la ricerca venisse riaperta nei prossimi mesi,
sarà nostra cura ricontattarla per prima.

Ci scusiamo per l'inconveniente e la ringraziamo per la disponibilità.
""" + FSIG, mid="outlook")

    m23 = b.add("INBOX", "dentista-promemoria", "2026-10-07 18:00", TZ,
                ("Studio Dentistico Dott. Sala", "promemoria@studiosala.example"),
                "Promemoria appuntamento",
                text="""Gentile Chiara Lombardi,
le ricordiamo l'appuntamento di lunedì 12 ottobre alle ore 8:45 con il Dott. Sala (controllo e
igiene). In caso di disdetta la preghiamo di avvisare almeno 24 ore prima al 02 5555 1840.

Studio Dentistico Dott. Sala - Via Washington 41, Milano""", mid="plain", mid_domain="studiosala.example",
                cte="base64")
    b.silent(m23, "dentist appointment reminder")

    m24 = b.add("INBOX", "lacombe-offre", "2026-10-08 16:10", PAR, CAM,
                "Proposition – Responsable Marketing Italie",
                text="""Bonjour Chiara,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de Responsable
Marketing Italie chez Maison Lacombe !

Les grandes lignes :
- Rémunération : 62 000 € bruts annuels + prime sur objectifs (jusqu'à 15 %)
- Poste basé à Milan (bureau de Brera), 2 jours de télétravail, déplacements à Paris
- Prise de poste : 4 janvier 2027

Vous trouverez la lettre de proposition en pièce jointe. Hélène serait ravie d'en parler
avec vous demain au téléphone.
""" + CSIG, mid="outlook", attach=[("Proposition_CLombardi.pdf", "application/pdf", b"%PDF-1.7\n%%EOF\n")])
    b.offer(m24)

    b.sent("accepte-offre", "2026-10-09 18:30", "RE: Proposition – Responsable Marketing Italie",
           """Bonjour Camille,

Après mon échange avec Hélène ce matin, je suis ravie d'accepter votre proposition !
Merci à toute l'équipe.

Bien à vous,
Chiara""" + quoted(m24, "fr", TZ), to=[CAM], reply=m24)

    m26 = b.sent("withdraw-alpenrand", "2026-10-12 09:15", "Re: Alpenrand - second round booked",
                 """Hi Lukas,

I wanted to let you know before Wednesday: I've accepted another offer, so I'd like to
withdraw from the process. Please pass on my thanks to Nina and apologies to Reto for the
late notice.

It was a pleasure talking to you both.

Best regards,
Chiara""" + quoted(m20, "en", TZ, depth_limit=8), to=[LUK], cc=[RETO], reply=m20)

    b.add("INBOX", "alpenrand-ack-withdraw", "2026-10-12 10:02", ZRH, LUK,
          "Re: Alpenrand - second round booked",
          text="""Thanks for letting us know, Chiara, and congratulations! I've cancelled Wednesday with
Reto. All the best in the new role.

Lukas""", reply=m26, mid="outlook")

    adm_ics = ats_ics(b, "amm-2027-0193@ismb.example", "2026-11-05 17:30", TZ, 30,
                      "Colloquio di ammissione – Master in Luxury Brand Management",
                      ("Ufficio Ammissioni ISMB", "ammissioni@ismb.example"), [ME],
                      "-//ISMB//Admissions//IT", location="Via Fiori Chiari 8, Milano – Aula 3",
                      stamp="20261014T090000Z")
    m28 = b.add("INBOX", "master-colloquio-ammissione", "2026-10-14 11:00", TZ,
                ("Ufficio Ammissioni ISMB", "ammissioni@ismb.example"),
                "Master in Luxury Brand Management – convocazione al colloquio di ammissione",
                text="""Gentile Chiara Lombardi,

a seguito della sua domanda di iscrizione al Master part-time in Luxury Brand Management
(edizione 2027), la invitiamo al colloquio di ammissione con la Prof.ssa Daniela Ferrante.

Giovedì 5 novembre 2026, ore 17:30
Via Fiori Chiari 8, Milano – Aula 3

Trova in allegato l'invito per il calendario.

Ufficio Ammissioni
Istituto Superiore di Moda Brera""", ics=adm_ics, ics_as="attach", ics_name="colloquio.ics",
                mid="plain", mid_domain="ismb.example")
    b.silent(m28, "master's programme admission interview, not a job interview")

    b.write()


if __name__ == "__main__":
    build()
