"""m01: Madrid analytics engineer. Agency (Brightpath, London) relaying a UK insurer's
interviews; a direct process with a Madrid energy company in Spanish (Personio)."""
from kit import *  # noqa

TZ = "Europe/Madrid"
LON = "Europe/London"
ME = ("Lucía Fernández Ortega", "lucia.fernandez@buzon.example")
OLI = ("Oliver Grant", "oliver.grant@brightpathtalent.example")
REB = ("Rebecca Holt", "rebecca.holt@harbourline-insurance.example")
TOM = ("Tom Adeyemi", "tom.adeyemi@harbourline-insurance.example")
SOP = ("Sophie Lam", "sophie.lam@harbourline-insurance.example")
MAR = ("Martin Kowalczyk", "martin.kowalczyk@harbourline-insurance.example")
MARTA = ("Marta Ruiz Beltrán", "marta.ruiz@cobaltoenergia.example")
DIEGO = ("Diego Salvatierra", "diego.salvatierra@cobaltoenergia.example")
ELENA = ("Elena Prieto", "elena.prieto@cobaltoenergia.example")

OSIG = """
Oliver Grant
Senior Consultant, Data & Analytics
Brightpath Talent | 14 Cowcross Street, London EC1M
+44 20 7946 0321 | +44 7700 900418"""

MSIG = """
Un saludo,

Marta Ruiz Beltrán
Talent Acquisition · Cobalto Energía
Paseo de la Castellana 93, 28046 Madrid
+34 910 55 21 47"""

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def build():
    b = Box("", "m01-madrid-agency-uk-insurer", ME, TZ, "2026-09-07T09:00:00+02:00",
            "2026-11-20T18:00:00+01:00", langs=("en", "es"), country="ES",
            notes="agency relays UK client; calendar cancel + text rebook; Spanish direct process with offer")

    m1 = b.add("INBOX", "brightpath-intro", "2026-09-08 11:42", LON, OLI,
               "Analytics Engineer - London insurer, remote from Spain",
               text="""Hi Lucía,

I came across your profile while searching for people with dbt + Snowflake experience in
the insurance/energy space, and your work at Ibertrans looks like a strong match for a
role I'm recruiting on.

My client is a mid-sized UK specialty insurer (I can share the name once we've spoken)
building out a small analytics engineering team. They're happy for the person to be based
in Spain, with a trip to London roughly once a quarter. Salary range is GBP 65-75k or the
EUR equivalent via an employer-of-record, plus bonus.

Would you be open to a conversation? If so, could you send me an up-to-date CV and let me
know a good time to reach you?

Best,
""" + OSIG, mid="outlook")

    m2 = b.sent("re-brightpath-intro", "2026-09-08 19:05", "RE: Analytics Engineer - London insurer, remote from Spain",
                """Hi Oliver,

Thanks for getting in touch, it sounds interesting. I'm not actively looking but for the right
team I'd move, and remote from Madrid with quarterly trips is exactly the setup I'd want.

CV attached. I'm on the phone most mornings for work so afternoons after 16:00 (Madrid time)
are easier for a call.

Un saludo,
Lucía""" + quoted(m1, "en", TZ), to=[OLI], reply=m1,
                attach=[("CV_Lucia_Fernandez_2026.pdf", "application/pdf", PDF)])

    m3 = b.add("INBOX", "brightpath-submitted", "2026-09-09 09:20", LON, OLI,
               "RE: Analytics Engineer - London insurer, remote from Spain",
               text="""Hi Lucía,

Good to speak yesterday evening. As promised, the client is Harbourline Insurance; I've
put your CV forward this morning with a note about the Snowflake migration you led.

Their Head of Data reviews shortlists midweek, so I expect to hear back from the client
by Thursday. I'll call or email as soon as I know.

Cheers,
Oliver""" + OSIG + outlook_quote(m2, "en", LON), to=[ME], reply=m2, mid="outlook")
    b.timeframe(m3, "2026-09-10", OLI[1], True, country="UK",
                domains=["brightpathtalent.example", "harbourline-insurance.example"])

    m4 = b.add("INBOX", "brightpath-slots", "2026-09-10 16:10", LON, OLI,
               "Harbourline - first interview times",
               text="""Lucía,

Good news - Rebecca Holt (Head of Data Platforms) would like to meet you. It'll be a
45-minute video call with Rebecca and Tom Adeyemi, one of their senior analytics engineers:
mostly your experience, a bit of SQL/dbt design chat, no live coding.

They've offered:
  - Tue 22 Sept, 10:00
  - Tue 22 Sept, 14:00
  - Wed 23 Sept, 11:00
(all UK time, so add an hour for Madrid)

Let me know which suits and I'll lock it in.

Oliver""" + OSIG, mid="outlook")

    m5 = b.sent("re-slots", "2026-09-10 18:31", "RE: Harbourline - first interview times",
                """Tuesday 14:00 UK time works best for me (15:00 here). Thanks Oliver!

Lucía

Enviado desde mi iPhone""" + quoted(m4, "en", TZ, "apple"), to=[OLI], reply=m4, mid="apple",
                mid_domain="buzon.example")

    m6 = b.add("INBOX", "brightpath-confirmed", "2026-09-14 09:05", LON, OLI,
               "RE: Harbourline - first interview times",
               text="""Morning Lucía,

Confirmed with Harbourline: Tuesday 22 September, 14:00-14:45 UK time, on Teams, with
Rebecca Holt and Tom Adeyemi. Rebecca will send the invite herself today.

Sorry for the slow confirmation - Rebecca was out on Friday. Happy to do a quick prep
call later this week if useful.

Oliver""" + OSIG + outlook_quote(m5, "en", LON), to=[ME], reply=m5, mid="outlook")
    b.interview(m6, "2026-09-24 09:30", LON, [REB[1], TOM[1]], source="text")

    (m7, url1) = teams(b, "harbourline-teams-invite", "2026-09-14 10:31", LON, REB, [ME, TOM],
                       "2026-09-22 14:00", LON, 45, "Harbourline - Analytics Engineer interview (Lucía Fernández)",
                       """Hi Lucía,

Looking forward to meeting you. Tom will join us; we'll keep it conversational.

Rebecca""", lang="en", uid=(uidA := exchange_uid(b)), to=[ME, TOM])

    m8 = b.add("INBOX", "infoempleo-alerta", "2026-09-12 07:02", TZ, ("InfoEmpleo Alertas", "alertas@infoempleo-mail.example"),
               "5 nuevas ofertas de Analista de datos en Madrid",
               html="""<html><body style="font-family:Arial"><h2>Tus ofertas de hoy</h2>
<ul><li>Analista de Datos Junior – Logística Centro (Getafe)</li>
<li>Data Engineer – Banco Meridiano (Madrid, híbrido)</li>
<li>Analista BI – Grupo Tajo (remoto)</li>
<li>Científico/a de datos – Salud Norte (Alcobendas)</li>
<li>Analytics Engineer – Rutas 360 (Madrid)</li></ul>
<p>Consejo de la semana: ¿tienes una entrevista pronto? Lee nuestra guía «Las 10 preguntas más
frecuentes en una entrevista de trabajo».</p>
<p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta. <a href="https://infoempleo-mail.example/baja">Darse de baja</a></p>
</body></html>
""", mid="sendgrid")
    b.silent(m8, "job alert with interview advice, no process")

    m9 = b.add("INBOX", "personio-acuse", "2026-09-14 12:40", TZ, ("Cobalto Energía", "no-reply@personio.de"),
               "Tu candidatura: Analista de Datos Senior",
               text="""Hola Lucía:

Gracias por tu interés en Cobalto Energía. Hemos recibido correctamente tu candidatura para
el puesto de Analista de Datos Senior (Madrid).

Nuestro equipo revisará tu perfil y te daremos una respuesta en un plazo máximo de 10 días
hábiles.

Si tienes cualquier duda, puedes responder a este correo.

Un saludo,
Marta Ruiz Beltrán
Talent Acquisition · Cobalto Energía

--
Este mensaje se ha enviado a través de Personio.""", html=True,
               reply_to=MARTA, mid="uuid", mid_domain="personio.de")
    b.timeframe(m9, add_bdays("2026-09-14", 10, "ES"), MARTA[1], True, country="ES",
                domains=["cobaltoenergia.example", "personio.de"])

    (m10, _) = teams(b, "harbourline-teams-cancel", "2026-09-21 17:40", LON, REB, [ME, TOM],
                     "2026-09-22 14:00", LON, 45, "Harbourline - Analytics Engineer interview (Lucía Fernández)",
                     """Lucía, I'm so sorry - something has come up for tomorrow afternoon that I can't move.
Oliver will be in touch with alternative times. Rebecca""", lang="en", uid=uidA, seq=1, cancel=True,
                     to=[ME, TOM], url=url1)

    m11 = b.add("INBOX", "brightpath-rebook", "2026-09-21 18:02", LON, OLI,
                "Harbourline - tomorrow's interview moved",
                text="""Hi Lucía,

You'll have just seen the cancellation from Rebecca - apologies on their behalf. She's been
pulled into an audit committee tomorrow afternoon. Nothing to do with you, they're still keen.

They can do Thursday 24th at 9:30 UK time instead, same two people (Rebecca and Tom).
Does that work?

Oliver
Sent from my iPhone""", mid="apple", mid_domain="brightpathtalent.example")

    m12 = b.sent("re-rebook", "2026-09-21 19:15", "Re: Harbourline - tomorrow's interview moved",
                 """No problem at all. Thursday 9:30 UK is fine, that's 10:30 for me.
Will they send a new link or is it the same Teams one?

Lucía""" + quoted(m11, "en", TZ), to=[OLI], reply=m11)

    m13 = b.add("INBOX", "brightpath-rebook-confirmed", "2026-09-22 08:47", LON, OLI,
                "Re: Harbourline - tomorrow's interview moved",
                text="""Locked in for Thursday 24 Sept, 09:30 UK. Rebecca will just use the link from the original
invite - she'll drop you a line if anything changes.

O.""" + quoted(m12, "en", LON), reply=m12, mid="apple", mid_domain="brightpathtalent.example")

    m14 = b.add("INBOX", "cobalto-primera-entrevista", "2026-09-22 12:30", TZ, MARTA,
                "Cobalto Energía – Analista de Datos Senior: primera entrevista",
                text="""Hola Lucía:

Gracias de nuevo por presentarte a la vacante de Analista de Datos Senior. Nos ha gustado
mucho tu perfil y nos gustaría conocerte en una primera entrevista por videollamada (unos
45 minutos).

Te propongo dos opciones:
- jueves 1 de octubre a las 10:00
- viernes 2 de octubre a las 12:30

¿Cuál te viene mejor?
""" + MSIG, mid="outlook")

    m15 = b.sent("re-cobalto-primera", "2026-09-22 20:11", "RE: Cobalto Energía – Analista de Datos Senior: primera entrevista",
                 """Hola Marta:

¡Muchas gracias por la propuesta! El jueves a las 10:00 me viene perfecto.

Un saludo,
Lucía Fernández""" + quoted(m14, "es", TZ), to=[MARTA], reply=m14)

    m16 = b.add("INBOX", "cobalto-confirmada", "2026-09-23 09:15", TZ, MARTA,
                "RE: Cobalto Energía – Analista de Datos Senior: primera entrevista",
                text="""Hola Lucía:

Perfecto, queda confirmada la entrevista el jueves 1 de octubre a las 10:00 (hora de Madrid)
por Google Meet. Estaremos Diego Salvatierra, responsable del equipo de Datos (en copia), y yo.

El enlace es este: https://meet.google.com/qvx-hbnr-tpa

Cualquier cosa, me dices.
""" + MSIG + outlook_quote(m15, "es", TZ), to=[ME], cc=[DIEGO], reply=m15, mid="outlook")
    b.interview(m16, "2026-10-01 10:00", TZ, [MARTA[1], DIEGO[1]])

    m17 = b.add("INBOX", "brightpath-final-round", "2026-09-25 15:20", LON, OLI,
                "Harbourline - final round booked",
                text="""Hi Lucía,

Really positive feedback from Rebecca and Tom - Tom in particular liked how you talked about
testing in dbt. They want you for the final stage.

Format: a 20-minute presentation of a short case study (they'll email it a week before)
followed by questions, with Rebecca and Martin Kowalczyk, their Director of Pricing.
As you said you were free all of that week, they've booked Thursday 8 October,
13:00-14:30 UK time. Sophie Lam, their recruitment coordinator, will send the Teams invite.

Speak soon,
Oliver""" + OSIG, mid="outlook")
    b.interview(m17, "2026-10-08 13:00", LON, [REB[1], MAR[1]], source="text")

    (m18, _) = teams(b, "harbourline-final-invite", "2026-09-25 16:02", LON, SOP, [ME, REB, MAR],
                     "2026-10-08 13:00", LON, 90, "Final interview: Lucía Fernández - Analytics Engineer",
                     """Dear Lucía,

Please find below the Teams details for your final interview with Rebecca Holt and Martin
Kowalczyk. I'm coordinating only and won't be on the call. The case study will follow by
1 October.

Kind regards,
Sophie Lam
Recruitment Coordinator, Harbourline Insurance""", lang="en", uid=exchange_uid(b), to=[ME], cc=[REB, MAR])

    m19 = b.add("INBOX", "cobalto-segunda-fase", "2026-10-02 11:20", TZ, MARTA,
                "Cobalto Energía – segunda fase",
                text="""Hola Lucía:

Diego y yo salimos muy contentos de la entrevista de ayer. Nos gustaría que pasaras a la
segunda fase: un caso práctico que presentarás a Diego y a nuestra CTO, Elena Prieto. Diego te
enviará la invitación con la fecha en un rato y el enunciado del caso unos días antes.

¡Enhorabuena!
""" + MSIG, mid="outlook")

    m20 = gcal(b, "cobalto-invitacion-caso", "2026-10-02 12:04", TZ, DIEGO, [DIEGO, ELENA, ME],
               "2026-10-09 12:00", TZ, 90, "Segunda entrevista – caso práctico (Lucía Fernández)", lang="es",
               desc="Presentación del caso (30 min) y preguntas con Elena y Diego.")
    b.interview(m20, "2026-10-09 12:00", TZ, [DIEGO[1], ELENA[1]])

    m21 = b.add("INBOX", "brightpath-after-final", "2026-10-09 16:45", LON, OLI,
                "Harbourline - after yesterday",
                text="""Hi Lucía,

Thanks for the debrief call. Rebecca told me the presentation was "very polished" and Martin
enjoyed the pricing questions.

They have one more finalist on Monday, so I expect to hear back from the client by
Wednesday. I'll be in touch the moment I have news.

Have a good weekend,
Oliver""" + OSIG, mid="outlook")
    b.timeframe(m21, "2026-10-14", OLI[1], False, country="UK",
                domains=["brightpathtalent.example", "harbourline-insurance.example"])

    m22 = b.add("INBOX", "cobalto-plazo", "2026-10-13 13:05", TZ, MARTA,
                "RE: Cobalto Energía – segunda fase",
                text="""Hola Lucía:

Solo para que lo sepas: estamos cerrando las últimas entrevistas de esta semana y te daremos
una respuesta como muy tarde el viernes 16 de octubre.

Gracias por tu paciencia.
""" + MSIG, reply=m19, mid="outlook")
    b.timeframe(m22, "2026-10-16", MARTA[1], True, country="ES",
                domains=["cobaltoenergia.example", "personio.de"])

    m23 = b.add("INBOX", "cobalto-oferta", "2026-10-15 17:30", TZ, MARTA,
                "Oferta – Analista de Datos Senior",
                text="""Hola Lucía:

Como te ha adelantado Elena por teléfono, ¡nos encantaría que te unieras a Cobalto Energía!

Te confirmo por escrito los puntos principales de la oferta:
- Puesto: Analista de Datos Senior, equipo de Datos
- Salario: 54.000 € brutos anuales + hasta un 10 % de variable
- Modalidad: híbrida (2 días en oficina)
- Incorporación: 2 de noviembre de 2026

Te adjunto la carta de oferta. Si puedes, dinos algo antes del jueves 22.
""" + MSIG, mid="outlook", attach=[("Carta_oferta_LFernandez.pdf", "application/pdf", PDF)])
    b.offer(m23)

    b.sent("re-oferta", "2026-10-15 21:40", "RE: Oferta – Analista de Datos Senior",
           """Hola Marta:

¡Muchísimas gracias! Me hace mucha ilusión. Lo reviso con calma este fin de semana y os
confirmo antes del jueves 22, como me pedís.

Un abrazo,
Lucía""" + quoted(m23, "es", TZ), to=[MARTA], reply=m23)

    m25 = b.add("INBOX", "brightpath-decision", "2026-10-20 10:10", LON, OLI,
                "Harbourline - decision",
                text="""Hi Lucía,

I've just come off the phone with Rebecca, and I'm afraid it isn't the news we hoped for.
They've decided to offer the role to the other finalist, whose background is closer to
pricing, which Martin weighted heavily in the end.

She was genuinely complimentary and asked me to say she'd like to stay in touch - they
expect to open a second analytics engineering role next year.

Sorry to be the bearer of this one. Happy to chat if you want more detail.

Oliver""" + OSIG, mid="outlook")
    b.rejection(m25, OLI[1])

    m26 = b.sent("acepto-oferta", "2026-10-21 09:30", "RE: Oferta – Analista de Datos Senior",
                 """Hola Marta:

Lo he pensado y acepto encantada la oferta. ¡Qué ganas de empezar el 2 de noviembre!

Dime qué necesitáis que os envíe.

Lucía""", to=[MARTA], reply=m23)

    b.add("INBOX", "cobalto-bienvenida", "2026-10-21 11:02", TZ, MARTA,
          "RE: Oferta – Analista de Datos Senior",
          text="""¡Bienvenida, Lucía!

Te llegará el contrato y el formulario de alta a través de Personio esta semana. El día 2 te
esperamos a las 9:30 en recepción.
""" + MSIG + quoted(m26, "es", TZ), reply=m26, mid="outlook")

    b.counts = {"rejection_human": 1, "rejection_noreply": 0}
    b.write()


if __name__ == "__main__":
    build()
