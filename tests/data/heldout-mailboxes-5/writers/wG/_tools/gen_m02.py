"""m02: Bogotá backend engineer, one US process via Lever, three rounds fixed in text, system rejection with Reply-To."""
from mimehelp import Box
from wg import q

BOG = "America/Bogota"
NY = "America/New_York"
USER = ("Andrés Felipe Quintero", "andresf.quintero@correo-andino.example")
MAR = ("Mariana Salcedo", "mariana.salcedo@lumenfold.example")
DER = ("Derek Huang", "derek.huang@lumenfold.example")
PRI = ("Priyanka Menon", "priyanka.menon@lumenfold.example")
LEVER = "no-reply@hire.lever.co"

b = Box("m02-lumenfold-backend", USER, BOG, "2026-09-10T08:00:00-05:00", "2026-12-04T18:00:00-05:00",
        langs=["es", "en"], country="CO",
        notes="one process (Lumenfold, Lever); three rounds fixed in text, ET vs Bogotá across the US DST change; Lever rejection with Reply-To")
b.meta["companies"] = {"lumenfold.example": {"country": "US", "tz": NY, "also": ["hire.lever.co"]}}

MSIG = "\n\nMariana Salcedo\nSenior Talent Partner, LatAm | Lumenfold\nMiami, FL | +1 (305) 555-0148"

t1 = """Thank you for applying to Lumenfold!

Hi Andrés,

Thanks for your interest in the Senior Backend Engineer (LatAm, Remote) position. We've received your application and our team reviews every one of them carefully.

We'll get back to you within two weeks with an update on your application.

Best,
The Lumenfold Recruiting Team

--
This message was sent via Lever. Please do not reply directly to this email."""
m = b.add("INBOX", "lever-thanks-for-applying", "2026-09-10 22:04", NY, ("Lumenfold", LEVER),
          "Thank you for applying to Lumenfold", text=t1, html=True, mid="sendgrid")
b.timeframe(m, "2026-09-24", MAR[1], True)

t2 = """Hola Mariana, ¿cómo estás?

Acabo de postularme por Lever a la vacante de Senior Backend Engineer (LatAm). Julián Ortega, que trabaja en el equipo de Payments, me sugirió escribirte directamente.

Te cuento rápido: llevo 7 años con Go y Kotlin, los últimos tres en una fintech de Medellín donde migramos el core de conciliación a eventos (Kafka + Postgres). Me interesa mucho lo que están haciendo con facturación en tiempo real.

Te adjunto el CV por si acaso. Quedo atento.

Saludos,
Andrés Felipe Quintero
+57 310 555 2291
linkedin.example/in/afquintero"""
m2 = b.sent("postulacion-senior-backend", "2026-09-10 21:37", "Postulación Senior Backend Engineer (LatAm) - referido por Julián Ortega",
            t2, to=[MAR])

t3 = f"""¡Hola Andrés!

Gracias por escribirme, y saludos a Julián. Revisé tu perfil y me encantaría agendar una llamada de 30 minutos para conocerte y contarte del rol.

Te propongo estos horarios:
- martes 22 de septiembre, 10:00 a.m. ET (9:00 a.m. hora Colombia)
- miércoles 23, 2:00 p.m. ET (1:00 p.m. en Bogotá)
- jueves 24, 11:00 a.m. ET (10:00 a.m. para ti)

¿Alguno te sirve?{MSIG}""" + q("es", t2, m2.when, f"Andrés Felipe Quintero <{USER[1]}>", tz=None)
m3 = b.add("INBOX", "re-postulacion-horarios", "2026-09-14 09:12", NY, MAR,
           "RE: Postulación Senior Backend Engineer (LatAm) - referido por Julián Ortega", text=t3, reply=m2, mid="outlook")

t4 = "El jueves me funciona, gracias!\n\nAndrés" + q("es", t3, m3.when, f"{MAR[0]} <{MAR[1]}>")
m4 = b.sent("re-horarios-jueves", "2026-09-14 10:02", "Re: Postulación Senior Backend Engineer (LatAm) - referido por Julián Ortega",
            t4, to=[MAR], reply=m3)

t5 = f"""¡Perfecto! Nos vemos el jueves 24 a las 10:00 a.m. hora Colombia (11:00 a.m. ET).

Zoom: https://lumenfold.zoom.us/j/83340126675?pwd=Qm9rY2x1ZmVuZm9sZA
ID de reunión: 833 4012 6675

¡Hablamos!
Mariana""" + q("es", t4, m4.when, f"Andrés Felipe Quintero <{USER[1]}>")
m5 = b.add("INBOX", "re-nos-vemos-el-jueves", "2026-09-14 11:31", NY, MAR,
           "RE: Postulación Senior Backend Engineer (LatAm) - referido por Julián Ortega", text=t5, reply=m4, mid="outlook")
b.interview(m5, "2026-09-24 10:00", BOG, [MAR[1]])

ct = """Hola Andrés Felipe,

Estas son las nuevas vacantes que coinciden con tu búsqueda "backend remoto":

Desarrollador Backend Senior (Java) - Cafetal Logística - Bogotá - $14.000.000
Ingeniero de Software Go - Remoto LatAm - Condor Pay
Tech Lead Backend - Pereira Digital - Híbrido

Postúlate ya: https://empleos-andinos.example/alertas/3391

Recibes este correo porque creaste una alerta de empleo. Para darte de baja haz clic aquí."""
m = b.add("INBOX", "alerta-empleo-backend", "2026-09-18 06:45", BOG, ("Empleos Andinos", "alertas@empleos-andinos.example"),
          "3 nuevas vacantes para: backend remoto", text=ct, html=True, mid="ses")
b.silent(m, "job alert, not a process step")

t7 = f"""Andrés, gracias por tu tiempo hoy, ¡muy buena conversación!

Voy a compartir mis notas con el equipo y te escribo a más tardar el miércoles 30 con los próximos pasos.{MSIG}"""
m7 = b.add("INBOX", "gracias-por-la-llamada", "2026-09-24 12:08", NY, MAR, "Gracias por la llamada de hoy", text=t7, mid="outlook")
b.timeframe(m7, "2026-09-30", MAR[1], True)

t8 = f"""Hi Andrés — ¡buenas noticias!

The team liked your background a lot and we'd like to move you to the technical interview. Derek Huang (Staff Engineer, Billing Platform) and Priyanka Menon (Senior Engineer) are cc'd; they'll run it together. It's 90 minutes: a system design discussion plus a short code review exercise (no live coding on a whiteboard, promise).

Could you share 2–3 windows next week that work for you? Please include your time zone so we don't mix things up.

Thanks!{MSIG}"""
m8 = b.add("INBOX", "technical-interview-next-step", "2026-09-28 11:20", NY, MAR,
           "Lumenfold | Technical interview - Andrés Felipe Quintero", text=t8, cc=[DER, PRI], mid="outlook")

t9 = """Hi Mariana, Derek and Priyanka,

Thanks, great to hear! Next week I could do:

- Tuesday Oct 6, anytime between 9am and 12pm Bogotá time (10am-1pm ET)
- Wednesday Oct 7, anytime after 2pm Bogotá time

Best,
Andrés""" + q("en", t8, m8.when, f"Mariana Salcedo <{MAR[1]}>")
m9 = b.sent("re-technical-windows", "2026-09-28 13:47", "Re: Lumenfold | Technical interview - Andrés Felipe Quintero", t9,
            to=[MAR], cc=[DER, PRI], reply=m8)

t10 = """Hey Andrés,

Let's do Wed Oct 7, 3:00pm ET (2pm your time). Priyanka and I will both be there. Mariana will send the Zoom link.

Looking forward to it,
Derek

--
Derek Huang | Staff Engineer, Billing Platform
Lumenfold""" + q("en", t9, m9.when, f"Andrés Felipe Quintero <{USER[1]}>")
m10 = b.add("INBOX", "re-technical-wed-3pm", "2026-09-29 08:55", "America/Los_Angeles", DER,
            "Re: Lumenfold | Technical interview - Andrés Felipe Quintero", text=t10, cc=[MAR, PRI], reply=m9, mid="gmail")
b.interview(m10, "2026-10-07 15:00", NY, [DER[1], PRI[1]])

mt = """¡Hola, comunidad!

Este jueves 1 de octubre tenemos una nueva edición de "Entrevista en vivo": conversamos con Laura Pineda, CTO de Tejido Labs, sobre cómo escalaron su plataforma a 10 millones de usuarios.

📍 Auditorio Torre Calle 93, Bogotá
🕖 7:00 p.m.

Cupos limitados, confirma tu asistencia aquí: https://meetup-bogota-backend.example/eventos/112

Nos vemos,
Backend Bogotá Meetup"""
m = b.add("INBOX", "meetup-entrevista-en-vivo", "2026-09-29 17:30", BOG, ("Backend Bogotá Meetup", "info@meetup-bogota-backend.example"),
          "Entrevista en vivo con la CTO de Tejido Labs - jueves 1 oct", text=mt, mid="ses")
b.silent(m, "a meetup talk billed as a live interview with a CTO")

t12 = """Hola Andrés, recordatorio: mañana miércoles tienes la entrevista técnica con Derek y Priyanka a las 2:00 p.m. hora Colombia.

Zoom: https://lumenfold.zoom.us/j/86120993314?pwd=dGVjaGludGVydmlldw

¡Éxitos!
Mariana

Sent from my iPhone"""
b.add("INBOX", "recordatorio-manana", "2026-10-06 16:10", NY, MAR, "Recordatorio: entrevista técnica mañana", text=t12,
      mid="apple", mid_domain="lumenfold.example")

t13 = f"""Hola Andrés,

Derek y Priyanka me contaron que la conversación estuvo muy bien. Estoy cuadrando los detalles con el equipo y te confirmo los próximos pasos a más tardar el viernes 9.

Abrazo,
Mariana"""
m13 = b.add("INBOX", "despues-tecnica", "2026-10-07 18:44", NY, MAR, "Después de la entrevista técnica", text=t13, mid="outlook")
b.timeframe(m13, "2026-10-09", MAR[1], True)

t14 = f"""¡Andrés, pasaste a la ronda final! 🎉

Es una conversación de 60 minutos con Sandra Kowalczyk (VP of Engineering) y Tom Reyes (Head of Product). Por la agenda de Sandra tiene que ser la semana del 2 de noviembre. Opciones:

1. martes 3 de noviembre, 9:00 a.m. ET
2. martes 3 de noviembre, 4:00 p.m. ET
3. jueves 5 de noviembre, 10:00 a.m. ET

Ojo: el domingo 1 de noviembre termina el horario de verano en EE. UU., así que esa semana la hora ET y la de Colombia son la misma.{MSIG}"""
m14 = b.add("INBOX", "ronda-final-opciones", "2026-10-08 10:15", NY, MAR, "Lumenfold | Ronda final", text=t14, mid="outlook")

t15 = "Hola Mariana, ¡qué buena noticia!\n\nMartes 3 a las 9 am, perfecto.\n\nGracias,\nAndrés" + q("es", t14, m14.when, f"{MAR[0]} <{MAR[1]}>")
m15 = b.sent("re-ronda-final", "2026-10-08 11:02", "Re: Lumenfold | Ronda final", t15, to=[MAR], reply=m14)

t16 = f"""¡Listo! Quedamos el martes 3 de noviembre a las 9:00 a.m. (ET, que esa semana es igual a la hora de Bogotá).

Te van a entrevistar Sandra y Tom; yo te envío el Zoom unos días antes. Después de la entrevista te daremos feedback en 5 días hábiles.

¡Buen fin de semana largo!
Mariana""" + q("es", t15, m15.when, f"Andrés Felipe Quintero <{USER[1]}>")
m16 = b.add("INBOX", "re-ronda-final-listo", "2026-10-09 09:40", NY, MAR, "RE: Lumenfold | Ronda final", text=t16, reply=m15, mid="outlook")
b.interview(m16, "2026-11-03 09:00", NY, ["name:Sandra Kowalczyk", "name:Tom Reyes"])
b.timeframe(m16, "2026-11-10", MAR[1], False, news_after="2026-11-03T09:00:00-05:00")

op = """<html><body style="font-family:Arial,sans-serif;background:#fff">
<div style="background:#e30613;color:#fff;padding:16px;font-size:22px">¡Andrés, esta oferta es solo para ti!</div>
<p>Renueva tu plan pospago y llévate <b>50% de descuento</b> durante 6 meses + 40 GB adicionales.</p>
<p>Oferta válida hasta el 31 de octubre de 2026.</p>
<p><a href="https://movilandes.example/oferta">Quiero mi oferta</a></p>
<p style="font-size:10px;color:#888">Movilandes S.A. E.S.P. - Aplican términos y condiciones.</p>
</body></html>"""
m = b.add("INBOX", "oferta-plan-movil", "2026-10-15 11:00", BOG, ("Movilandes", "promociones@movilandes.example"),
          "Andrés, tienes una oferta exclusiva 📱", html=op, mid="ses")
b.silent(m, "a phone plan 'oferta', not a job offer")

b.add("INBOX", "mama-puente", "2026-10-24 20:13", BOG, ("Gloria Quintero", "gloria.quintero@correo-andino.example"),
      "puente de noviembre", text="Mijo, ¿vienes a Tunja el puente? Tu papá quiere hacer asado el lunes.\nBesos\n\nEnviado desde mi Galaxy",
      mid="plain", mid_domain="correo-andino.example")

t18 = """Hola Andrés, te escribo por si acaso: mañana es la ronda final a las 9:00 a.m. (misma hora en Bogotá y en Nueva York ahora que cambió el horario 🙂).

Zoom: https://lumenfold.zoom.us/j/81877450902?pwd=ZmluYWxyb3VuZA

Sandra y Tom ya tienen tu CV y las notas de Derek.

Mariana"""
b.add("INBOX", "manana-ronda-final", "2026-11-02 15:25", NY, MAR, "Mañana: ronda final", text=t18, mid="outlook")

t19 = """Oye, ¿cómo te fue en la entrevista de hoy? 😬 Cuéntame todo. Si quieres hacemos almuerzo el jueves y me echas el cuento, yo invito.

Caro"""
m = b.add("INBOX", "caro-como-te-fue", "2026-11-03 13:02", BOG, ("Carolina Ríos", "caro.rios@correo-andino.example"),
          "¿Y?", text=t19, mid="gmail")
b.silent(m, "a friend asking how the interview went and proposing lunch")

t20 = """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<p>Hi Andrés,</p>
<p>Thank you so much for the time you spent with our team over the past weeks, and for your patience while we wrapped up the final round for the Senior Backend Engineer (LatAm, Remote) role.</p>
<p>After a lot of discussion, we've decided to move forward with another candidate whose experience more closely matches what the team needs right now. This was a genuinely hard call; Derek and Priyanka in particular spoke very highly of your design session.</p>
<p>We'd love to stay in touch for future openings, and I'm happy to share more context if it's useful. Just reply to this email.</p>
<p>Warmly,<br>Mariana Salcedo<br>Senior Talent Partner, LatAm | Lumenfold</p>
<p style="font-size:11px;color:#999">Sent via Lever</p>
</body></html>"""
m = b.add("INBOX", "lever-update-application", "2026-11-19 14:37", NY, ("Mariana Salcedo", LEVER),
          "Update on your application to Lumenfold", html=t20, reply_to=MAR, mid="sendgrid")
b.rejection(m, MAR[1])

b.write()
