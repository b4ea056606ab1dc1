"""m05: Buenos Aires UX researcher; one real process (Orbitalia, Madrid: Calendly, text rounds, offer)
among look-alikes: consular visa interview, university admission interview, bank 'oferta', TV interview, bootcamp mock interview."""
from mimehelp import Box, Event, calendar
from wg import q, fake_pdf, gcal_html

BA = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"
USER = ("Valentina Ruiz Achával", "valentina.ruiz@correo-austral.example")
LUC = ("Lucía Márquez", "lucia.marquez@orbitalia.example")
INI = ("Íñigo Barrena", "inigo.barrena@orbitalia.example")
ALV = ("Álvaro Ferrer", "alvaro.ferrer@orbitalia.example")
TV = ("Julieta Domínguez", "julieta.dominguez@senalaustral.example")

b = Box("m05-orbitalia-lookalikes", USER, BA, "2026-09-22T08:00:00-03:00", "2026-11-27T18:00:00-03:00",
        langs=["es"], country="AR",
        notes="one real process (Orbitalia, Madrid; Calendly booking, two rounds fixed in text, offer) among look-alikes")
b.meta["companies"] = {"orbitalia.example": {"country": "ES-MD", "tz": MAD, "also": ["calendly.com", "testgorilla.com"]}}

LSIG = "\n\nLucía Márquez\nTalent Acquisition | Orbitalia Software\nC/ de Alcalá 201, 28028 Madrid\n+34 910 55 41 27"

t1 = """Hola Lucía, ¿qué tal?

Vi en LinkedIn que Orbitalia está buscando una UX Researcher para trabajar en remoto desde LatAm y me animé a escribirte directamente.

Soy Valentina, trabajo hace 6 años en investigación de usuarios; ahora estoy en una fintech de Buenos Aires donde armé el área de research desde cero (entrevistas, tests de usabilidad, un repositorio de insights que usan 4 equipos de producto). Te adjunto mi CV y un par de casos.

Me encantaría saber más del puesto.

¡Gracias!
Valentina Ruiz Achával
+54 9 11 5555-0193"""
m1 = b.sent("contacto-ux-researcher", "2026-09-22 11:40", "UX Researcher remoto - Valentina Ruiz Achával", t1, to=[LUC])

bank = """<html><body style="font-family:Arial,sans-serif;color:#222">
<p style="font-size:20px;color:#00529b"><b>Valentina, tenés una oferta esperándote</b></p>
<p>Préstamo personal preaprobado de hasta <b>$ 9.500.000</b>, acreditación inmediata en tu caja de ahorro.</p>
<p>Pedilo desde Home Banking o la app. Oferta válida hasta el 15/10/2026.</p>
<p style="font-size:10px;color:#888">Banco del Río de la Plata S.A. CFTEA: 89,4%. Sujeto a aprobación crediticia.</p>
</body></html>"""
m = b.add("INBOX", "banco-oferta-prestamo", "2026-09-24 09:00", BA, ("Banco del Río de la Plata", "novedades@bancodelrio.example"),
          "Valentina, tenés una oferta preaprobada 💰", html=bank, mid="ses")
b.silent(m, "bank's 'oferta' of a loan, not a job offer")

t3 = f"""¡Hola Valentina!

Muchas gracias por escribirme, tu perfil encaja muy bien con lo que buscamos. Me encantaría que tuviéramos una primera llamada de 30 minutos para contarte el rol y conocerte.

Puedes reservar el hueco que mejor te venga en mi agenda: https://calendly.com/lucia-marquez-orbitalia/30min

(Los horarios se te mostrarán en tu zona horaria.)

Un saludo,{LSIG}""" + q("es", t1, m1.when, f"Valentina Ruiz Achával <{USER[1]}>", tz=None)
m3 = b.add("INBOX", "re-contacto-calendly", "2026-09-29 12:14", MAD, LUC, "Re: UX Researcher remoto - Valentina Ruiz Achával",
           text=t3, reply=m1, mid="gmail")

ev4 = Event("c7a1f0e2-54bd-4e27-9a36-3e8f1d2b6c90@calendly.com", "2026-10-06 10:00", BA, 30,
            "Llamada con Lucía Márquez (30 min) - Orbitalia", organizer=LUC, attendees=[LUC, USER],
            location="Google Meet: https://meet.google.com/oit-vmxr-nwc", stamp="20260929T192202Z",
            description="Evento programado con Calendly. Para cancelar o reprogramar: https://calendly.com/cancellations/c7a1f0e2")
ics4 = calendar("REQUEST", [ev4], prodid="-//Calendly LLC//Calendly//EN", tzstyle="utc")
t4 = """Hola, Valentina Ruiz Achával:

Se ha programado un nuevo evento.

Evento:
Llamada con Lucía Márquez (30 min) - Orbitalia

Invitado:
Lucía Márquez

Fecha/Hora del evento:
10:00 - 10:30, martes, 6 de octubre de 2026 (hora de Argentina)

Ubicación:
Google Meet: https://meet.google.com/oit-vmxr-nwc

Invitados:
Valentina Ruiz Achával <valentina.ruiz@correo-austral.example>

Cancelar: https://calendly.com/cancellations/c7a1f0e2
Reprogramar: https://calendly.com/reschedulings/c7a1f0e2

Con la tecnología de Calendly.com"""
m4 = b.add("INBOX", "calendly-confirmado", "2026-09-29 16:22", BA, ("Calendly", "notifications@calendly.com"),
           "Confirmado: Llamada con Lucía Márquez (30 min) - Orbitalia el martes, 6 de octubre de 2026",
           text=t4, html=True, ics=ics4, ics_as="attach", ics_name="invite.ics", reply_to=LUC, mid="sendgrid")
b.interview(m4, "2026-10-06 10:00", BA, [LUC[1]])

t5 = """Hola Valentina, ¿cómo estás?

Soy Julieta, productora de "Mañana Austral" en Señal Austral TV. Estamos preparando un informe sobre mujeres que lideran equipos de tecnología en Argentina y nos pasaron tu contacto desde Mujeres en UX.

¿Te gustaría que te entrevistemos? Serían unos 15 minutos de grabación en nuestro estudio de Palermo. Nosotros podríamos el jueves 5 de noviembre a las 11.

¡Gracias!
Julieta Domínguez
Producción - Mañana Austral
Señal Austral TV | +54 11 4555-7720"""
m5 = b.add("INBOX", "senal-austral-entrevista", "2026-10-02 10:25", BA, TV, "Propuesta de entrevista para Mañana Austral", text=t5, mid="gmail")
b.silent(m5, "a TV station asking to interview the user for a report")
t6 = "¡Hola Julieta! Qué lindo, me encantaría. El jueves 5 a las 11 me queda bien. ¿Necesitan que lleve algo?\n\nValen" + \
     q("es", t5, m5.when, f"Julieta Domínguez <{TV[1]}>")
m6 = b.sent("re-senal-austral", "2026-10-02 13:10", "Re: Propuesta de entrevista para Mañana Austral", t6, to=[TV], reply=m5)
t7 = "Genial, Valen. Entonces te esperamos el jueves 5/11 a las 11 h en Honduras 5860. Solo traé ropa lisa (nada de rayas finas, se ven raras en cámara 😅).\n\nJulieta" + \
     q("es", t6, m6.when, f"Valentina Ruiz Achával <{USER[1]}>")
m7 = b.add("INBOX", "re-senal-austral-confirmado", "2026-10-05 09:48", BA, TV, "Re: Propuesta de entrevista para Mañana Austral",
           text=t7, reply=m6, mid="gmail")
b.silent(m7, "the TV interview confirmed: press, not a job interview")

t8 = f"""Hola de nuevo, Valentina:

Gracias por la charla de hoy, ¡me ha encantado conocerte! Como te comentaba, el siguiente paso es una pequeña prueba práctica en TestGorilla; te llegará la invitación en un rato.

En cuanto la completes, lo vemos con el equipo y te cuento algo la semana que viene.

Un abrazo,
Lucía"""
b.add("INBOX", "gracias-por-la-charla", "2026-10-06 16:02", MAD, LUC, "Gracias por la charla", text=t8, mid="gmail")

tg = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
<p>Hola Valentina,</p>
<p><b>Orbitalia Software</b> te ha invitado a realizar la evaluación <b>UX Researcher - LatAm</b>.</p>
<p>Incluye 3 pruebas (pensamiento crítico, métodos de investigación, inglés) y una pregunta abierta. Duración aproximada: 55 minutos.</p>
<p><a href="https://app.testgorilla.com/s/orb7k2vq">Empezar la evaluación</a></p>
<p style="font-size:11px;color:#777">Enviado por TestGorilla en nombre de Orbitalia Software.</p>
</body></html>"""
b.add("INBOX", "testgorilla-evaluacion", "2026-10-06 16:20", MAD, ("Orbitalia Software via TestGorilla", "no-reply@testgorilla.com"),
      "Orbitalia Software te invita a una evaluación", html=tg, mid="sendgrid")

ev10 = Event("mock-44c1be07@codeandes.example", "2026-10-21 19:00", BA, 45, "Mock interview UX - Valentina R. con mentora Carla Benítez",
             organizer=("CodeAndes Academy", "agenda@codeandes.example"), attendees=[USER, ("Carla Benítez", "carla.benitez@codeandes.example")],
             location="https://meet.google.com/mck-uxrr-tty", stamp="20261008T150000Z",
             description="Simulacro de entrevista (mock interview) del programa Career Boost. Duración 45 min + 15 min de feedback.")
t10 = """¡Hola Valentina!

Tu mock interview del programa Career Boost quedó confirmada:

Miércoles 21/10, 19:00 (GMT-3)
Mentora: Carla Benítez (Lead UX Researcher)
Modalidad: Google Meet

Es un simulacro: practicás una entrevista real de UX Research y al final recibís feedback. ¡No te olvides de traer un caso para presentar!

Equipo CodeAndes Academy"""
m = b.add("INBOX", "codeandes-mock-interview", "2026-10-08 12:00", BA, ("CodeAndes Academy", "agenda@codeandes.example"),
          "Tu mock interview está confirmada - miércoles 21/10 19:00", text=t10, html=True,
          ics=calendar("REQUEST", [ev10]), ics_as="both", mid="ses")
b.silent(m, "bootcamp mock interview (practice), calendar invitation included")

t11 = f"""Hola Valentina:

¡Buenas noticias! Has superado la prueba con muy buena nota, sobre todo la parte abierta.

El siguiente paso es una entrevista de una hora con Íñigo Barrena, nuestro Head of Design (le pongo en copia), y Marta Soler, Product Manager del equipo de pagos. La idea es que nos presentes un caso de investigación tuyo (20 min) y luego charlar.

¿Qué disponibilidad tienes la semana del 19 de octubre? Íñigo te confirmará él mismo.

Un abrazo,{LSIG}"""
m11 = b.add("INBOX", "siguiente-paso-entrevista-equipo", "2026-10-13 11:30", MAD, LUC, "Orbitalia | Siguiente paso: entrevista con el equipo",
            text=t11, cc=[INI], mid="gmail")
t12 = """¡Hola Lucía e Íñigo!

Qué buena noticia, gracias. Esa semana puedo:
- jueves 22, por la mañana, entre las 9 y las 12 hora de Buenos Aires
- viernes 23, cualquier horario antes de las 13 de acá

Saludos,
Valentina""" + q("es", t11, m11.when, f"Lucía Márquez <{LUC[1]}>", tz=None)
m12 = b.sent("re-siguiente-paso", "2026-10-13 09:55", "Re: Orbitalia | Siguiente paso: entrevista con el equipo", t12,
             to=[LUC], cc=[INI], reply=m11)
t13 = """Hola Valentina,

Encantado. Hagámoslo el jueves 22 a las 10:00 hora de Buenos Aires (15:00 aquí en Madrid). Marta y yo estaremos; el enlace de Teams es este:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkZDI4NzYtYjJkNy00MjE1LWE4YTctYzY0NmRjYWU0NTQx%40thread.v2/0

Para la presentación, con 5-6 diapositivas sobra.

Saludos,
Íñigo

--
Íñigo Barrena
Head of Design · Orbitalia Software""" + q("es", t12, m12.when, f"Valentina Ruiz Achával <{USER[1]}>", tz=None)
m13 = b.add("INBOX", "re-jueves-22-inigo", "2026-10-14 09:12", MAD, INI, "Re: Orbitalia | Siguiente paso: entrevista con el equipo",
            text=t13, cc=[LUC], reply=m12, mid="outlook")
b.interview(m13, "2026-10-22 10:00", BA, [INI[1], "name:Marta Soler"])

ev14 = Event("CITA-2026-AR-0918841", "2026-11-19 08:15", BA, 30, "Entrevista consular - Visa B1/B2",
             organizer=("Centro de Atención al Solicitante", "citas@visas-atencion.example"), attendees=[USER],
             location="Av. Corrientes 1145, CABA", stamp="20261014T113000Z",
             description="Presentarse 15 minutos antes con pasaporte y hoja de confirmación.")
t14 = """CONFIRMACIÓN DE TURNO

Solicitante: RUIZ ACHAVAL, VALENTINA
Pasaporte: AAG******
Tipo de visa: B1/B2

Su entrevista consular fue programada:
Fecha: jueves 19 de noviembre de 2026
Hora: 08:15
Lugar: Sección Consular - Av. Corrientes 1145, CABA

Preséntese 15 minutos antes con su pasaporte vigente, la hoja de confirmación DS-160 y esta confirmación impresa. No se permite el ingreso con dispositivos electrónicos.

Centro de Atención al Solicitante de Visas
Este es un mensaje automático."""
m = b.add("INBOX", "turno-entrevista-consular", "2026-10-14 08:30", BA, ("Atención al Solicitante de Visas", "citas@visas-atencion.example"),
          "Confirmación de turno - Entrevista consular", text=t14, ics=calendar("PUBLISH", [ev14], prodid="-//Visas Atencion//Turnos 3.2//ES", tzstyle="utc"),
          ics_as="attach", ics_name="turno.ics", mid="plain", mid_domain="visas-atencion.example")
b.silent(m, "consular visa interview appointment, not a job interview")

t15 = """Estimada Valentina Ruiz Achával:

Nos comunicamos desde la Secretaría de Posgrado de la Facultad de Ingeniería, Universidad Nacional del Plata.

En el marco del proceso de admisión a la Maestría en Interacción Humano-Computadora (cohorte 2027), la citamos a una entrevista de admisión con el Comité Académico:

Martes 10 de noviembre, 18:00 h
Aula 204, Pabellón II (o por videollamada si lo solicita con antelación)

Le rogamos confirmar su asistencia respondiendo este correo.

Atentamente,
Lic. Horacio Benedetti
Secretaría de Posgrado - FI UNDP"""
m = b.add("INBOX", "posgrado-entrevista-admision", "2026-10-20 15:40", BA, ("Secretaría de Posgrado FI", "posgrado@fi.undp.example"),
          "Maestría en IHC - Citación a entrevista de admisión", text=t15, mid="plain", mid_domain="fi.undp.example")
b.silent(m, "university admission interview for a master's program, not a job interview")

t16 = f"""Hola Valentina:

Muchísimas gracias por la presentación de hoy, Íñigo y Marta han salido encantados.

Como te comenté, te daremos feedback en un máximo de 5 días hábiles desde la entrevista de hoy.

Un abrazo,
Lucía{LSIG}"""
m16 = b.add("INBOX", "despues-entrevista-equipo", "2026-10-22 17:35", MAD, LUC, "Gracias por la entrevista de hoy", text=t16, mid="gmail")
b.timeframe(m16, "2026-10-29", LUC[1], True)

t17 = f"""Hola Valentina:

Te escribo con una petición un poco de última hora: a nuestro CEO, Álvaro Ferrer (en copia), le gustaría charlar contigo 20 minutos antes de cerrar nada. Es algo informal.

¿Podrías mañana a las 3 de la tarde, hora de Madrid? Si no, lo buscamos para el miércoles.

Un abrazo,
Lucía"""
m17 = b.add("INBOX", "charla-con-ceo-manana", "2026-10-26 13:05", MAD, LUC, "¿Charla con Álvaro mañana?", text=t17, cc=[ALV], mid="gmail")
t18 = "¡Hola Lucía! Claro, mañana a las 15 h de Madrid (11 de acá) me va perfecto.\n\nValentina\n\nEnviado desde mi iPhone" + \
      q("es", t17, m17.when, f"Lucía Márquez <{LUC[1]}>", tz=None)
m18 = b.sent("re-charla-ceo", "2026-10-26 09:50", "Re: ¿Charla con Álvaro mañana?", t18, to=[LUC], cc=[ALV], reply=m17,
             mid="apple", mid_domain="correo-austral.example")
t19 = "Perfecto, nos vemos mañana. Álvaro te llamará por Teams a las 15:00 (11:00 en Buenos Aires), mismo enlace que con Íñigo.\n\nLucía" + \
      q("es", t18, m18.when, f"Valentina Ruiz Achával <{USER[1]}>", tz=None)
m19 = b.add("INBOX", "re-charla-ceo-perfecto", "2026-10-26 14:20", MAD, LUC, "Re: ¿Charla con Álvaro mañana?", text=t19, cc=[ALV],
            reply=m18, mid="gmail")
b.interview(m19, "2026-10-27 15:00", MAD, [ALV[1]])

t20 = f"""Hola Valentina:

¡Qué ganas tenía de escribirte este correo! Nos encantaría que te unieras a Orbitalia como UX Researcher.

Te resumo la propuesta (la carta completa va adjunta):
- Contrato de prestación de servicios a tiempo completo, 100 % remoto desde Argentina
- Honorarios: 4.200 USD brutos al mes
- 23 días laborables de vacaciones y los festivos de tu país
- Presupuesto de formación de 1.000 USD al año y equipo portátil a cargo de Orbitalia
- Incorporación prevista: 16 de noviembre de 2026

¿Te parece si lo hablamos el viernes si tienes dudas? Nos ayudaría tener tu respuesta antes del 4 de noviembre.

Un abrazo fuerte,{LSIG}"""
m20 = b.add("INBOX", "propuesta-orbitalia", "2026-10-28 12:40", MAD, LUC, "Propuesta para incorporarte a Orbitalia 🎉", text=t20,
            cc=[INI], attach=[("Propuesta_Orbitalia_Valentina_Ruiz.pdf", "application/pdf", fake_pdf("Propuesta Orbitalia"))], mid="gmail")
b.offer(m20)
t21 = "Lucía, ¡qué alegría! Mil gracias a vos y a todo el equipo.\n\nLa leo tranquila este fin de semana y te respondo el lunes.\n\nUn abrazo,\nValentina" + \
      q("es", t20, m20.when, f"Lucía Márquez <{LUC[1]}>", tz=None)
m21 = b.sent("re-propuesta", "2026-10-28 10:15", "Re: Propuesta para incorporarte a Orbitalia 🎉", t21, to=[LUC], cc=[INI], reply=m20)
t22 = "Hola Lucía:\n\nYa lo revisé todo y acepto la propuesta. ¡Nos vemos el 16 de noviembre!\n\nSi necesitás algún dato para el contrato, avisame.\n\nValentina" + \
      q("es", t21, m21.when, f"Valentina Ruiz Achával <{USER[1]}>", tz=None)
b.sent("acepto-propuesta", "2026-11-02 10:05", "Re: Propuesta para incorporarte a Orbitalia 🎉", t22, to=[LUC], cc=[INI], reply=m21)

t23 = "Hola Valen, te recuerdo la entrevista de este jueves 5/11 a las 11 h en el estudio (Honduras 5860). Cualquier cosa escribime al cel.\n\nJuli\n\nEnviado desde mi iPhone"
m = b.add("INBOX", "recordatorio-grabacion", "2026-11-03 18:30", BA, TV, "Recordatorio: grabación jueves", text=t23,
          mid="apple", mid_domain="senalaustral.example")
b.silent(m, "reminder of the TV interview (press)")

b.write()
