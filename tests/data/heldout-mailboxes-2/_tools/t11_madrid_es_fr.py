from mimehelp import Box, Event, calendar, quote
U = ("Irene Castaño", "irene.castano@correo.example")
MAD = "Europe/Madrid"; PAR = "Europe/Paris"
b = Box("tune", "m11-madrid-es-fr", U, MAD, "2026-09-21T08:00:00+02:00", "2026-11-27T18:00:00+01:00", langs=["es", "fr"], country="ES")
MARTA = ("Marta Gil", "marta.gil@almendratech.example")
SERGIO = ("Sergio Vidal", "sergio.vidal@almendratech.example")
JUL = ("Julien Moreau", "julien.moreau@lavande-sas.example")

b.add("INBOX", "workable-acuse", "2026-09-21 10:40", MAD, ("Almendra Tech", "noreply@candidates.workablemail.com"),
      "Gracias por tu candidatura a Almendra Tech", reply_to=MARTA, mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Hola Irene,</p><p>Hemos recibido tu candidatura para <b>Diseñadora UX/UI</b>. La revisaremos con atención.</p></body></html>")
b.add("INBOX", "teamtailor-acuse", "2026-09-22 12:05", MAD, ("Olivo Energía", "no-reply@teamtailor.com"),
      "Hemos recibido tu solicitud", mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>Hola Irene, gracias por tu interés en el puesto de Product Designer.</p></body></html>")
m3 = b.add("INBOX", "marta-confirma", "2026-09-23 09:50", MAD, MARTA, "Entrevista Almendra Tech - Diseñadora UX/UI", mid="gmail", force2047=True,
      text="Hola Irene:\n\nTe confirmo la entrevista para el martes 29 de septiembre a las 12:00 (hora peninsular) en nuestra oficina de "
           "la calle Alcalá 120, 3.º. Te entrevistará Sergio Vidal, responsable de diseño (sergio.vidal@almendratech.example).\n\n"
           "Un saludo,\nMarta Gil\nTalento, Almendra Tech")
b.interview(m3, "2026-09-29 12:00", MAD, [SERGIO[1]])
b.sent("re-marta", "2026-09-23 11:10", "Re: Entrevista Almendra Tech - Diseñadora UX/UI",
       "Hola Marta:\n\nPerfecto, allí estaré. ¡Muchas gracias!\n\nIrene", to=[MARTA], reply=m3)
b.silent(b.add("INBOX", "newsletter", "2026-09-25 07:00", MAD, ("Diario Digital Pro", "boletin@diariodigitalpro.example"),
      "Entrevista exclusiva con la CEO que revolucionó la banca móvil", mid="sendgrid", cte="base64",
      html="<html><body><p>Hoy publicamos una entrevista exclusiva sobre liderazgo, contratación y diseño de producto.</p></body></html>"),
      "newsletter with a press interview")
m6 = b.add("INBOX", "marta-despues", "2026-09-29 13:30", MAD, MARTA, "Gracias por venir", mid="gmail",
      text="Hola Irene:\n\nGracias por tu tiempo esta mañana. Sergio y el equipo lo van a valorar y te daremos una respuesta como tarde el "
           "viernes 9 de octubre.\n\nUn saludo,\nMarta")
b.timeframe(m6, "2026-10-09", MARTA[1], True)
m7 = b.add("INBOX", "teamtailor-rechazo", "2026-10-02 17:00", MAD, ("Olivo Energía", "no-reply@teamtailor.com"),
      "Sobre tu candidatura en Olivo Energía", mid="uuid", mid_domain="teamtailor-mail.com",
      html="<html><body><p>Hola Irene,</p><p>Gracias por tu interés. Tras revisar todas las candidaturas, hemos decidido continuar con "
           "otros perfiles que se ajustan más a lo que buscamos en este momento.</p><p>Este correo se ha enviado automáticamente.</p></body></html>")
b.rejection(m7, "")
m8 = b.add("INBOX", "marta-rechazo", "2026-10-06 16:25", MAD, MARTA, "Tu proceso con Almendra Tech", mid="gmail",
      text="Hola Irene:\n\nQuería contarte personalmente que finalmente hemos optado por otra candidata con más experiencia en diseño de "
           "sistemas. A Sergio le gustó mucho tu portfolio y nos encantaría contar contigo en futuras posiciones.\n\nUn abrazo,\nMarta")
b.rejection(m8, MARTA[1])
b.add("INBOX", "julien-contact", "2026-10-08 10:15", PAR, JUL, "Candidature - Product Designer chez Lavande", mid="apple", mid_domain="lavande-sas.example",
      text="Bonjour Irene,\n\nMerci pour votre candidature. J'aimerais beaucoup échanger avec vous en visio ; je vous envoie une invitation "
           "dans la foulée.\n\nBien cordialement,\nJulien Moreau\nDirecteur produit, Lavande SAS")
ev = Event("8B1E2F4A-55C3-4D2E-9F61-0A7B3C9D1E22", "2026-10-20 10:00", PAR, 45, "Entretien - Irene Castaño / Lavande", organizer=JUL,
           attendees=[JUL + ("REQ-PARTICIPANT", True), U], stamp="20261008T082500Z", location="Visio - https://meet.lavande.example/julien")
m10 = b.add("INBOX", "icloud-invite", "2026-10-08 10:25", PAR, JUL, "Invitation : Entretien - Irene Castaño / Lavande", mid="apple",
      mid_domain="lavande-sas.example",
      text="Julien Moreau vous a invité(e) à « Entretien - Irene Castaño / Lavande »\nmardi 20 octobre 2026, 10:00 - 10:45 (heure de Paris)",
      ics=calendar("REQUEST", [ev], prodid="-//Apple Inc.//iCloud 2.0//EN"), ics_as="alt", cte="8bit")
b.interview(m10, "2026-10-20 10:00", PAR, [JUL[1]])
b.silent(b.add("INBOX", "oferta", "2026-10-12 09:00", MAD, ("Mercadillo Online", "ofertas@mercadillo.example"),
      "Oferta de la semana: 20 % en tu próxima compra", mid="ses", html="<html><body><p>¡Solo hasta el domingo!</p></body></html>"), "shopping offer")
m12 = b.add("INBOX", "julien-apres", "2026-10-20 11:15", PAR, JUL, "Merci pour notre échange", mid="apple", mid_domain="lavande-sas.example",
      text="Bonjour Irene,\n\nMerci pour cet échange très agréable. Nous rencontrons encore deux personnes et reviendrons vers vous d'ici "
           "vendredi 30 octobre.\n\nBien à vous,\nJulien")
b.timeframe(m12, "2026-10-30", JUL[1], False)
b.silent(b.add("INBOX", "webinaire", "2026-10-27 12:00", PAR, ("Carrières Créatives", "webinaires@carrieres-creatives.example"),
      "Webinaire : réussir son entretien d'embauche en design", mid="sendgrid",
      html="<html><body><p>Jeudi 5 novembre à 18h : nos recruteurs partagent leurs conseils pour l'entretien.</p></body></html>"),
      "webinar about job interviews")
b.write()
