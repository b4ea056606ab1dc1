"""m03: a French-language process in Montreal (iCloud invitation "Entrevue", a dated promise
kept by a text second interview, then a French rejection) and an English Greenhouse process
(phone screen confirmation with "within 3 business days after your interview", a text-fixed
panel followed by a Google invite for the same slot, an offer)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf
from kit import google_invite

TZ = "America/Toronto"
U = ("Noémie Tremblay", "noemie.tremblay@boreal-mail.example")
b = Box("final", "m03-montreal-entrevue", U, TZ,
        "2026-09-08T08:00:00-04:00", "2026-11-13T18:00:00-05:00", langs=["fr", "en"], country="CA")

MATH = ("Mathieu Gagnon", "mathieu.gagnon@ateliers-borealis.example")
SOPH = ("Sophie Lavoie", "sophie.lavoie@ateliers-borealis.example")
JAS = ("Jasper Whitcombe", "jasper.whitcombe@northgategames.example")
RUTH = ("Ruth Amankwah", "ruth.amankwah@northgategames.example")
DEC = ("Declan Ferris", "declan.ferris@northgategames.example")
GH = ("Northgate Games", "no-reply@us.greenhouse-mail.io")
msig = "\n\n--\nMathieu Gagnon\nDirecteur de création | Atelier Boréalis\n5445, avenue de Gaspé, bureau 610, Montréal (Québec)\n514 555-0126"
jsig = "\n\nJasper Whitcombe\nSenior Recruiter, Northgate Games\nToronto | Montréal\n416-555-0184"

m1 = b.sent("candidature-borealis", "2026-09-08 10:20", "Candidature – Designer UX/UI principale",
"""Bonjour M. Gagnon,

Je vous écris pour poser ma candidature au poste de designer UX/UI principale affiché sur
votre site. Depuis cinq ans, je conçois des interfaces pour des musées et des organismes
culturels (dernièrement chez Studio Outremont, où j'ai mené la refonte de l'application du
Musée des Sciences de Laval).

Votre travail sur les installations interactives du Vieux-Port m'a beaucoup inspirée, et
j'aimerais beaucoup contribuer aux projets de l'Atelier.

Vous trouverez mon CV et mon portfolio en pièces jointes.

Au plaisir d'échanger avec vous,

Noémie Tremblay
514 555-0139""", to=[MATH], mid="apple", mid_domain="boreal-mail.example", html=True,
           attach=[("CV_Noemie_Tremblay.pdf", "application/pdf", fakepdf("Noemie Tremblay - Designer UX/UI"))])

m = b.add("INBOX", "greenhouse-ack", "2026-09-09 13:44", TZ, GH,
          "Thank you for applying to Northgate Games",
          html=html_from_text("""Hi Noémie,

Thanks for applying to Northgate Games! We've received your application for Senior UX
Designer (Montréal or Toronto) and our team will be reviewing it.

In the meantime, check out our blog to learn more about life at Northgate.

Cheers,
The Northgate Talent Team"""), mid="sendgrid", reply_to=("Northgate Games", "no-reply@us.greenhouse-mail.io"))

m3 = b.add("INBOX", "re-candidature", "2026-09-10 09:05", TZ, MATH,
           "Re: Candidature – Designer UX/UI principale",
"""Bonjour Noémie,

Merci pour votre candidature, votre portfolio a beaucoup plu à l'équipe. J'aimerais vous
rencontrer pour une première entrevue; Sophie Lavoie, notre chargée de projets, se joindra
à nous. Je vous envoie une invitation dans la journée.

Bonne journée,
Mathieu""" + msig + gq(m1, TZ, lang="fr"), to=[U], cc=[SOPH], reply=m1, mid="apple", mid_domain="ateliers-borealis.example")

# iCloud invitation in French
uid = b.hexid(8).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(12).upper()
ev = Event(uid, "2026-09-17 14:00", TZ, minutes=60, summary="Entrevue – Noémie Tremblay",
           organizer=MATH, attendees=[U, SOPH],
           location="Atelier Boréalis\n5445, avenue de Gaspé, bureau 610\nMontréal QC H2T 3B2",
           description="Première entrevue pour le poste de designer UX/UI principale. Sonnez au 610 en arrivant.",
           stamp="20260910T171200Z", extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"])
ics = calendar("REQUEST", [ev], prodid="-//Apple Inc.//iPhone OS 18.6//EN", style="apple")
ics = ics.replace("CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\r\n")
itext = """Mathieu Gagnon vous a invité(e) à l'événement « Entrevue – Noémie Tremblay ».

jeudi 17 septembre 2026, de 14:00 à 15:00 (HAE)
Atelier Boréalis, 5445, avenue de Gaspé, bureau 610, Montréal QC H2T 3B2

Invités : Noémie Tremblay, Sophie Lavoie

Première entrevue pour le poste de designer UX/UI principale. Sonnez au 610 en arrivant.

Accepter   Peut-être   Refuser"""
m4 = b.add("INBOX", "icloud-entrevue", "2026-09-10 13:12", TZ, MATH,
           "Invitation : Entrevue – Noémie Tremblay – jeu. 17 sept. 2026 14:00", text=itext,
           html=html_from_text(itext, "font-family:-apple-system,Helvetica,sans-serif;font-size:14px"),
           ics=ics, ics_as="both", mid="apple", mid_domain="icloud.com",
           headers=["X-Mailer: iCloud MailServer", "Content-Language: fr-CA"])
b.interview(m4, "2026-09-17 14:00", TZ, [MATH[1], SOPH[1]])

m5 = b.add("INBOX", "jasper-intro", "2026-09-14 10:30", TZ, JAS, "Northgate Games - Senior UX Designer",
"""Hi Noémie,

Thanks for your interest in Northgate! I'm the recruiter for our Senior UX Designer role and
I'd love to set up a 30-minute phone call to learn more about you. You can pick a time that
suits you here: https://app.greenhouse.io/scheduling/pick/7c1e5a0b

Talk soon,""" + jsig, mid="sendgrid")

conf = """Hi Noémie,

Your interview with Northgate Games has been scheduled. Here are the details:

Position: Senior UX Designer
Date: Friday, September 18, 2026
Time: 10:30 AM - 11:00 AM EDT
You'll meet with:
  Jasper Whitcombe - Senior Recruiter
Location: Phone call - Jasper will call you at (514) 555-0139

You can expect to hear back from us within 3 business days after your interview.

If you need to reschedule, please reply to Jasper directly at jasper.whitcombe@northgategames.example.

Good luck!
Northgate Games"""
m6 = b.add("INBOX", "greenhouse-confirmation", "2026-09-14 10:58", TZ, GH,
           "Interview Confirmation: Senior UX Designer at Northgate Games", text=conf,
           html=html_from_text(conf), mid="sendgrid")
b.interview(m6, "2026-09-18 10:30", TZ, [JAS[1]])

m7 = b.sent("merci-entrevue", "2026-09-17 16:40", "Merci pour l'entrevue",
"""Bonjour Mathieu, bonjour Sophie,

Merci beaucoup pour la rencontre de cet après-midi et pour la visite de l'atelier. J'ai
particulièrement aimé notre discussion sur le parcours des visiteurs au Biodôme – j'ai déjà
quelques idées à ce sujet!

Au plaisir,
Noémie""", to=[MATH, SOPH], mid="apple", mid_domain="boreal-mail.example")

m = b.add("INBOX", "infolettre", "2026-09-19 07:00", TZ, ("Carrières Québec", "infolettre@carrieres-quebec.example"),
          "Infolettre : 7 conseils pour réussir votre prochaine entrevue",
          html="""<html><body style="font-family:Georgia,serif"><h2>Carrières Québec – l'infolettre</h2>
<p><b>7 conseils pour réussir votre prochaine entrevue</b> : préparez vos exemples, renseignez-vous sur l'employeur,
posez des questions...</p>
<p><b>Webinaire gratuit</b> : « Négocier son salaire », mardi 29 septembre à 12 h.</p>
<p style="font-size:10px">Se désabonner</p></body></html>""", mid="sendgrid")
b.silent(m, "French careers newsletter about interview tips and a webinar")

m9 = b.add("INBOX", "panel-booked", "2026-09-22 11:15", TZ, JAS, "Re: Northgate Games - Senior UX Designer",
"""Hi Noémie,

Great news - the team would like to meet you! I've booked your portfolio panel for Tuesday
the 29th at 1pm ET (one hour) with Ruth Amankwah, our Art Director, and Declan Ferris, Lead
UX (I won't be on this one myself). You'll get a Google Calendar invite with the Meet link in a
minute.

Plan for ~25 minutes walking through two projects, then questions.""" + jsig + gq(m5, TZ), reply=m5, mid="sendgrid")
b.timeframe(m6, "2026-09-23", JAS[1], True, news=m9)
b.interview(m9, "2026-09-29 13:00", TZ, [RUTH[1], DEC[1]])

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-09-29 13:00", TZ, minutes=60,
           summary="Portfolio panel - Noémie Tremblay (Senior UX Designer)", organizer=JAS,
           attendees=[(JAS[0], JAS[1], "REQ-PARTICIPANT", True), U, RUTH, DEC], stamp="20260922T152000Z")
google_invite(b, "2026-09-22 11:20", TZ, JAS, ev, slug="google-panel-invite")

m11 = b.add("INBOX", "borealis-delai", "2026-09-24 16:02", TZ, MATH, "Suivi – poste de designer UX/UI",
"""Bonjour Noémie,

Merci encore pour la belle rencontre de la semaine dernière. Nous rencontrons deux autres
candidates cette semaine, et nous vous donnerons des nouvelles d'ici le vendredi 2 octobre.

Bonne fin de semaine à l'avance,
Mathieu""" + msig, mid="apple", mid_domain="ateliers-borealis.example")

b.sent("thanks-panel", "2026-09-29 15:10", "Thank you - portfolio panel",
"""Hi Ruth and Declan,

Thank you for the thoughtful questions today - especially the one about designing for
controllers first. It was a pleasure walking you through the museum work.

Best,
Noémie""", to=[RUTH, DEC], cc=[JAS], mid="apple", mid_domain="boreal-mail.example")

m13 = b.add("INBOX", "deuxieme-entrevue", "2026-09-30 09:40", TZ, MATH, "Re: Suivi – poste de designer UX/UI",
"""Bonjour Noémie,

Bonne nouvelle : nous aimerions vous revoir pour une deuxième entrevue, le jeudi 8 octobre
à 10 h, à nos bureaux. Vous rencontrerez notre associée Chantal Bérubé et moi-même. Prévoyez
environ une heure trente; nous vous demanderons de présenter un projet de votre choix.

Est-ce que ça vous convient?

Mathieu""" + msig + gq(m11, TZ, lang="fr"), reply=m11, mid="apple", mid_domain="ateliers-borealis.example")
b.timeframe(m11, "2026-10-02", MATH[1], True, news=m13)
b.interview(m13, "2026-10-08 10:00", TZ, [MATH[1], "name:Chantal Bérubé"])

b.sent("re-deuxieme", "2026-09-30 12:03", "Re: Suivi – poste de designer UX/UI",
"""Parfait, j'y serai. Merci!

Noémie

Envoyé de mon iPhone""" + gq(m13, TZ, lang="fr"), to=[MATH], reply=m13, mid="apple", mid_domain="boreal-mail.example")

m15 = b.add("INBOX", "references", "2026-10-02 14:25", TZ, JAS, "Next steps",
"""Hi Noémie,

The panel loved you! We're moving to references - could you send me two names and e-mail
addresses? I'll get back to you by Friday, October 9 with a final answer.""" + jsig, mid="sendgrid")

uid2 = b.hexid(8).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(4).upper() + "-" + b.hexid(12).upper()
CAMILLE = ("Camille Roy", "camille.roy@boreal-mail.example")
ev = Event(uid2, "2026-10-10 19:00", TZ, minutes=180, summary="Souper de fête de Camille 🎂",
           organizer=CAMILLE, attendees=[U, ("Julien Roy", "julien.roy@boreal-mail.example")],
           location="Le Petit Alep, 191 rue Jean-Talon E", stamp="20261005T010000Z")
ics = calendar("REQUEST", [ev], prodid="-//Apple Inc.//iPhone OS 18.6//EN", style="apple")
t = """Camille Roy vous a invité(e) à l'événement « Souper de fête de Camille 🎂 ».

samedi 10 octobre 2026, de 19:00 à 22:00 (HAE)
Le Petit Alep, 191 rue Jean-Talon E

Accepter   Peut-être   Refuser"""
m = b.add("INBOX", "icloud-souper", "2026-10-04 21:04", TZ, CAMILLE,
          "Invitation : Souper de fête de Camille 🎂 – sam. 10 oct. 2026 19:00", text=t, html=html_from_text(t),
          ics=ics, ics_as="both", mid="apple", mid_domain="icloud.com")
b.silent(m, "a friend's birthday dinner invitation (iCloud)")

b.sent("references", "2026-10-05 09:12", "Re: Next steps",
"""Hi Jasper,

Of course:
 - Anaïs Côté, Creative Director at Studio Outremont - anais.cote@studio-outremont.example
 - Peter Vasquez, former PM at Musée des Sciences de Laval - pvasquez@msl.example

Thanks!
Noémie""" + gq(m15, TZ), to=[JAS], reply=m15, mid="apple", mid_domain="boreal-mail.example")

offer = """Hi Noémie,

I'm delighted to share that Northgate Games would like to offer you the role of Senior UX
Designer, based in our Montréal studio! Your references were glowing.

The formal offer letter is attached: CAD 118,000 base, 4 weeks of vacation, and a start
date of November 2. Have a read and let me know if you'd like to talk anything through.

Congratulations - we're really hoping you'll join us.""" + jsig
m18 = b.add("INBOX", "offer", "2026-10-07 16:50", TZ, JAS, "Offer - Senior UX Designer",
            text=offer, html=html_from_text(offer), mid="sendgrid",
            attach=[("Northgate_Offer_Tremblay.pdf", "application/pdf", fakepdf("Northgate Games - Offer of Employment"))])
b.timeframe(m15, "2026-10-09", JAS[1], True, news=m18)
b.offer(m18)

b.sent("re-offer", "2026-10-07 19:30", "Re: Offer - Senior UX Designer",
"""Hi Jasper,

Thank you so much, this is wonderful news! I'm finishing another process this week - could
I give you my answer by Tuesday the 13th?

Noémie""" + gq(m18, TZ), to=[JAS], reply=m18, mid="apple", mid_domain="boreal-mail.example")

b.sent("merci-deuxieme", "2026-10-08 13:15", "Merci – deuxième entrevue",
"""Bonjour Mathieu,

Merci pour l'entrevue de ce matin, et merci de transmettre mes remerciements à Chantal. J'ai
beaucoup apprécié la discussion sur le projet du Biodôme.

Noémie""", to=[MATH], mid="apple", mid_domain="boreal-mail.example")

m = b.add("INBOX", "borealis-decision", "2026-10-09 15:35", TZ, MATH, "Poste de designer UX/UI principale",
"""Bonjour Noémie,

Merci d'avoir pris le temps de nous rencontrer à deux reprises. La décision a été très
difficile : nous avons finalement retenu une autre candidature, dont l'expérience en
installations physiques correspondait davantage à nos projets de l'an prochain.

Nous avons beaucoup aimé votre travail et nous garderons votre dossier en tête pour de
futurs mandats.

Bonne continuation,
Mathieu""" + msig, mid="apple", mid_domain="ateliers-borealis.example")
b.rejection(m, MATH[1])

b.sent("accept-offer", "2026-10-13 09:05", "Re: Offer - Senior UX Designer",
"""Hi Jasper,

I'm happy to accept! Signed letter attached. See you on November 2.

Noémie""", to=[JAS], reply=m18, mid="apple", mid_domain="boreal-mail.example",
       attach=[("Northgate_Offer_Tremblay_signed.pdf", "application/pdf", fakepdf("Signed - Noemie Tremblay"))])

m = b.add("INBOX", "welcome", "2026-10-14 10:00", TZ, ("Northgate People Team", "people@northgategames.example"),
          "Welcome to Northgate, Noémie!",
          html=html_from_text("""Hi Noémie,

Welcome aboard! Your first day is Monday, November 2. Please arrive at 9:30 at our Montréal
studio (1 Place Ville Marie, 22nd floor) and ask for Olivia at reception.

Before then, please complete your onboarding forms in BambooHR.

See you soon,
The People Team"""), mid="sendgrid")

b.write()
