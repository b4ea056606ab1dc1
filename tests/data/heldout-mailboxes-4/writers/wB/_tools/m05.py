"""m05: Lisbon product manager, busy mailbox. Ondarte (Porto, Portuguese, Teamtailor):
ATS confirmation in text, Google invite round 2, offer. Kestrel (London, Workable +
Exchange): Teams screen, text-booked HM interview, unanswered timeframe, late hold.
Nubaris (Barcelona, Spanish): cold outreach, text interview in Madrid time, round 2
invite, user withdraws, calendar cancel. Look-alikes: Summit ticket (.ics PUBLISH),
Executive MBA admission interview, interview-tips newsletter, dentist reminder."""
from kit import *  # noqa

TZ = "Europe/Lisbon"
LON = "Europe/London"
MAD = "Europe/Madrid"
ME = ("Inês Carvalho", "ines.carvalho@correio.example")
RITA = ("Rita Moreira", "rita.moreira@ondarte.example")
PED = ("Pedro Azevedo", "pedro.azevedo@ondarte.example")
SOF = ("Sofia Pinto", "sofia.pinto@ondarte.example")
TT = ("Ondarte", "no-reply@teamtailor.com")
HOL = ("Hollie Marsh", "hollie.marsh@kestrelanalytics.example")
JAM = ("James Okafor", "james.okafor@kestrelanalytics.example")
ANI = ("Anika Sørensen", "anika.sorensen@kestrelanalytics.example")
LAU = ("Laura Gil", "laura.gil@nubaris.example")
JOR = ("Jordi Puig", "jordi.puig@nubaris.example")
MARC = ("Marc Ferrer", "marc.ferrer@nubaris.example")

RSIG = """
Abraço,
Rita Moreira
Talent Acquisition | Ondarte Software
Rua de Ceuta 118, 4050-190 Porto
+351 22 555 0143"""

HSIG = """
Hollie Marsh
Talent Partner, Kestrel Analytics
+44 20 7946 0977"""

JSIG = """
Jordi Puig
Talent Team · Nubaris
Carrer de Pujades 77, 08005 Barcelona"""


def build():
    b = Box("", "m05-lisbon-three-processes", ME, TZ, "2026-09-01T09:00:00+01:00",
            "2026-11-20T18:00:00+00:00", langs=("pt", "en", "es"), country="PT",
            notes="three processes, hold, withdrawal, four look-alikes")

    m1 = b.add("INBOX", "teamtailor-candidatura", "2026-09-02 14:05", TZ, TT,
               "Recebemos a tua candidatura – Product Manager",
               text="""Olá Inês,

Obrigado pela tua candidatura para Product Manager na Ondarte! A nossa equipa vai analisar o
teu perfil com atenção e entraremos em contacto nos próximos 10 dias úteis.

Até breve,
Rita Moreira
Talent Acquisition, Ondarte Software

Enviado através de Teamtailor""", html=True, reply_to=RITA, mid="uuid", mid_domain="teamtailor.com")
    b.timeframe(m1, add_bdays("2026-09-02", 10, "PT"), RITA[1], True, country="PT",
                domains=["ondarte.example", "teamtailor.com"])

    b.add("INBOX", "workable-kestrel", "2026-09-04 10:40", LON,
          ("Kestrel Analytics", "noreply@candidates.workablemail.com"),
          "Your application to Kestrel Analytics",
          html="""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hello Inês,</p>
<p>Thanks for applying for <b>Senior Product Manager, Data Products</b> at Kestrel Analytics. We've
received your application and will be reviewing it shortly.</p>
<p>The Kestrel Talent Team</p>
<p style="font-size:11px;color:#aaa">Sent via Workable</p></body></html>
""", mid="uuid", mid_domain="workablemail.com")

    m3 = b.sent("hola-laura", "2026-09-07 21:10", "Product Manager en Nubaris – Inês Carvalho",
                """Hola Laura:

Soy Inês, product manager en Lisboa (ahora en una fintech de pagos, antes en logística).
Vi en LinkedIn que estáis buscando una PM para la parte de operadores de Nubaris y me
encantaría saber más. Os sigo desde hace tiempo y el producto me parece muy bien resuelto.

Te adjunto mi CV. Si tiene sentido, ¿podríamos hablar la semana que viene?

¡Gracias!
Inês Carvalho
+351 912 555 047""", to=[LAU], attach=[("Ines_Carvalho_CV_ES.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])

    m4 = b.add("INBOX", "laura-responde", "2026-09-08 09:47", MAD, LAU,
               "Re: Product Manager en Nubaris – Inês Carvalho",
               text="""¡Hola Inês!

Qué bien que nos escribas, justo estamos cerrando la lista de candidatas. Te pongo en
copia a Jordi, de nuestro equipo de talento, que coordina las entrevistas.

¿Cuándo te vendría bien una primera charla de 45 minutos con Jordi y conmigo la semana que
viene? Dinos un hueco y lo cuadramos.

Laura Gil
Head of Product · Nubaris""" + quoted(m3, "es", MAD), to=[ME], cc=[JOR], reply=m3)

    m5 = b.sent("propongo-jueves", "2026-09-08 12:30", "Re: Product Manager en Nubaris – Inês Carvalho",
                """¡Muchas gracias, Laura!

¿Os iría bien el jueves 17 a las 10:00 hora de Madrid (las 9:00 en Lisboa)? Si no, el
viernes 18 por la mañana también me va bien.

Un saludo,
Inês""" + quoted(m4, "es", TZ), to=[LAU], cc=[JOR], reply=m4)

    m6 = b.add("INBOX", "jordi-confirma", "2026-09-09 10:15", MAD, JOR,
               "Re: Product Manager en Nubaris – Inês Carvalho",
               text="""Hola Inês,

Confirmado: jueves 17 de septiembre a las 10:00 (hora de Madrid), con Laura y conmigo.
Nos vemos aquí: https://meet.google.com/nbr-wqez-kpd
""" + JSIG + quoted(m5, "es", MAD, depth_limit=6), to=[ME], cc=[LAU], reply=m5)
    b.interview(m6, "2026-09-17 10:00", MAD, [LAU[1], JOR[1]])

    m7 = b.add("INBOX", "teamtailor-entrevista", "2026-09-09 16:20", TZ, TT,
               "Entrevista agendada – Product Manager na Ondarte",
               html="""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;color:#1d1d1f;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px;border-radius:8px">
<h2 style="margin-top:0">A tua entrevista está marcada 🎉</h2>
<p>Olá Inês, obrigada por escolheres um horário.</p>
<table style="font-size:14px">
<tr><td><b>Data</b></td><td>sexta-feira, 18 de setembro de 2026</td></tr>
<tr><td><b>Hora</b></td><td>15:00 – 15:45 (hora de Lisboa, WEST)</td></tr>
<tr><td><b>Local</b></td><td>Videochamada (o link segue no dia)</td></tr>
<tr><td><b>Vais conhecer</b></td><td>Rita Moreira (Talent Acquisition)<br>Pedro Azevedo (Head of Product) – pedro.azevedo@ondarte.example</td></tr>
</table>
<p>Se precisares de reagendar, responde a este e-mail.</p>
<p>Ondarte Software</p>
<p style="font-size:11px;color:#888">Enviado através de Teamtailor</p>
</div></body></html>
""", reply_to=RITA, mid="uuid", mid_domain="teamtailor.com")
    b.interview(m7, "2026-09-18 15:00", TZ, [RITA[1], PED[1]])

    (m8, kurl) = teams(b, "kestrel-screen-invite", "2026-09-11 11:05", LON, HOL, [ME],
                       "2026-09-15 11:00", LON, 30, "Kestrel Analytics | Inês Carvalho - intro call",
                       """Hi Inês,

Thanks for applying for the Senior PM role! I've put a 30-minute intro call in for Tuesday -
if the time doesn't work just let me know and I'll move it.

Speak soon,
Hollie""", lang="en", uid=exchange_uid(b), to=[ME])
    b.interview(m8, "2026-09-15 11:00", LON, [HOL[1]])

    summit_ics = ats_ics(b, "lps2026-ticket-88213@lisbonproductsummit.example", "2026-10-22 09:00", TZ, 540,
                         "Lisbon Product Summit 2026", ("Lisbon Product Summit", "tickets@lisbonproductsummit.example"),
                         [], "-//Tito//Tickets 2.0//EN", method="PUBLISH",
                         location="LX Factory, Rua Rodrigues de Faria 103, Lisboa",
                         desc="Your ticket: General Admission #88213. Doors open 08:30.")
    m9 = b.add("INBOX", "summit-ticket", "2026-09-14 12:00", TZ,
               ("Lisbon Product Summit", "tickets@lisbonproductsummit.example"),
               "You're in! Lisbon Product Summit 2026 – your ticket & calendar invite",
               text="""Hi Inês,

You're registered for Lisbon Product Summit 2026 - Thursday 22 October, LX Factory.

This year's programme includes "What hiring managers really look for in a PM interview",
a fireside chat with three CPOs and the usual career corner with open roles.

Add the event to your calendar with the attached file.

See you there!
The LPS team""", html=True, ics=summit_ics, ics_as="attach", ics_name="lisbon-product-summit.ics",
               mid="sendgrid")
    b.silent(m9, "conference Summit ticket with a calendar file")

    m10 = b.add("INBOX", "kestrel-next", "2026-09-16 09:30", LON, HOL,
                "Kestrel - next step",
                text="""Hi Inês,

Lovely to speak yesterday. I've shared my notes and James Okafor, our Director of Product,
would like to meet you, along with Anika Sørensen (Principal Data Scientist). It's an hour,
half product sense, half how you'd work with the DS team.

What does your availability look like early next week?

Hollie""" + HSIG, mid="outlook")

    m11 = b.sent("kestrel-availability", "2026-09-16 13:02", "RE: Kestrel - next step",
                 """Hi Hollie,

Thank you! Tuesday afternoon is best for me (anything from 2pm UK), or Wednesday morning.

Best,
Inês""" + outlook_quote(m10, "en", TZ), to=[HOL], reply=m10)

    m12 = b.add("INBOX", "kestrel-tuesday", "2026-09-17 14:26", LON, HOL,
                "RE: Kestrel - next step",
                text="""Tuesday 3pm UK works, James and Anika will join (both copied). I'll reuse the Teams link
from your intro call.

H.""" + outlook_quote(m11, "en", LON), to=[ME], cc=[JAM, ANI], reply=m11, mid="outlook")
    b.interview(m12, "2026-09-22 15:00", LON, [JAM[1], ANI[1]])

    m13 = b.add("INBOX", "ondarte-proxima-fase", "2026-09-21 10:12", TZ, RITA,
                "Próxima fase – Ondarte",
                text="""Olá Inês,

Adorámos a conversa de sexta! O Pedro ficou mesmo entusiasmado com o exemplo do checkout.

A próxima fase é uma conversa de uma hora com a Sofia Pinto (VP Engineering) e o Pedro, à
volta de um caso prático que te enviamos antes. O Pedro vai mandar-te o convite já a seguir.
""" + RSIG, mid="outlook")

    m14 = gcal(b, "ondarte-convite", "2026-09-21 10:40", TZ, PED, [PED, SOF, ME],
               "2026-09-29 11:00", TZ, 60, "Ondarte | Caso prático – Inês Carvalho", lang="pt",
               tzname="WEST", desc="Caso prático com a Sofia e o Pedro. O enunciado segue por e-mail.")
    b.interview(m14, "2026-09-29 11:00", TZ, [PED[1], SOF[1]])

    b.add("INBOX", "nubaris-siguiente-fase", "2026-09-23 11:05", MAD, JOR,
          "Nubaris – siguiente fase",
          text="""Hola Inês,

¡Gracias por la charla del jueves! A Laura le encantó tu visión del onboarding de
operadores. Nos gustaría que pasaras a la siguiente fase: una entrevista con Marc Ferrer,
nuestro CPO, y Laura. Te llega ahora la invitación de Google.
""" + JSIG)

    uidN = "0ffp3kq9m2rd7nbx4c5e1lq8ti@google.com"
    m16 = gcal(b, "nubaris-invitacion", "2026-09-23 11:31", MAD, JOR, [JOR, MARC, LAU, ME],
               "2026-10-06 16:00", MAD, 60, "Nubaris · Entrevista con Marc Ferrer (Inês Carvalho)", lang="es",
               uid=uidN, desc="Jordi organiza pero no estará en la llamada. ¡Suerte!")
    b.interview(m16, "2026-10-06 16:00", MAD, [MARC[1], LAU[1]], thank_you=False)

    m17 = b.add("INBOX", "kestrel-after-hm", "2026-09-23 16:50", LON, HOL,
                "Thanks from Kestrel",
                text="""Hi Inês,

Thanks for yesterday - James said it was one of the better product-sense conversations he's
had in a while. They're seeing one more person this week, and we'll let you know by
Friday 2 October.

Have a good rest of the week,
Hollie""" + HSIG, mid="outlook")
    b.timeframe(m17, "2026-10-02", HOL[1], False, country="UK",
                domains=["kestrelanalytics.example", "workablemail.com"])

    m18 = b.add("INBOX", "productnotes-newsletter", "2026-09-25 06:30", TZ,
                ("Product Notes", "issue@productnotes-letter.example"),
                "Product Notes #112: 5 questions to ask at the end of every interview",
                html="""<html><body style="font-family:Charter,Georgia,serif;max-width:640px;margin:auto">
<h1>Product Notes</h1><p><i>Issue #112</i></p>
<h2>5 questions to ask at the end of every interview</h2>
<p>"Do you have any questions for us?" is the most wasted minute in a PM interview loop. Here are
five questions that tell you more about the team than any careers page - and one you should never ask.</p>
<p>Also this week: roadmaps as bets, and a template for your 30-60-90 plan.</p>
<p style="font-size:11px;color:#888">You signed up at productnotes-letter.example · Unsubscribe</p>
</body></html>
""", mid="sendgrid")
    b.silent(m18, "newsletter with interview tips")

    m19 = b.add("INBOX", "ondarte-resposta", "2026-09-30 09:05", TZ, RITA,
                "Obrigada, Inês!",
                text="""Olá Inês,

Obrigada pelo caso de ontem, a Sofia gostou muito da forma como priorizaste. Vamos fechar as
conversas internas e damos-te uma resposta até sexta-feira, dia 2 de outubro.
""" + RSIG, mid="outlook")
    b.timeframe(m19, "2026-10-02", RITA[1], True, country="PT",
                domains=["ondarte.example", "teamtailor.com"])

    m20 = b.add("INBOX", "ondarte-proposta", "2026-10-01 18:02", TZ, RITA,
                "Proposta – Product Manager",
                text="""Olá Inês,

Tenho ótimas notícias: gostaríamos muito de te ter na equipa como Product Manager!

A proposta:
- Remuneração base: 58.000 € brutos anuais (14 meses)
- Bónus anual até 10 %
- Híbrido, com escritório em Lisboa (Av. da Liberdade) ou Porto
- Data de início: 2 de novembro de 2026

Segue em anexo a carta com todos os detalhes. Qualquer dúvida, liga-me!
""" + RSIG, mid="outlook", attach=[("Proposta_Ines_Carvalho.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
    b.offer(m20)

    b.sent("aceito", "2026-10-02 10:20", "RE: Proposta – Product Manager",
           """Olá Rita,

Que notícia boa, muito obrigada! Li a carta com atenção e aceito a proposta com todo o gosto.
Diz-me quais são os próximos passos.

Beijinhos,
Inês""" + quoted(m20, "pt", TZ), to=[RITA], reply=m20)

    m22 = b.sent("retiro-nubaris", "2026-10-02 10:48", "Retiro mi candidatura – Product Manager",
                 """Hola Laura, hola Jordi:

Os escribo para contaros que he aceptado una oferta de otra empresa, así que prefiero
retirarme del proceso y no haceros perder tiempo con la entrevista del martes con Marc.

Muchísimas gracias por el trato y por la conversación; ojalá coincidamos más adelante.

Un abrazo,
Inês""", to=[LAU, JOR])

    b.add("INBOX", "jordi-gracias", "2026-10-02 12:34", MAD, JOR,
          "Re: Retiro mi candidatura – Product Manager",
          text="""¡Enhorabuena, Inês! Una pena para nosotros, pero lo entendemos perfectamente. Cancelo la
entrevista con Marc. ¡Mucha suerte en la nueva etapa!

Jordi""" + quoted(m22, "es", MAD), reply=m22)

    gcal(b, "nubaris-cancelada", "2026-10-02 12:36", MAD, JOR, [JOR, MARC, LAU, ME],
         "2026-10-06 16:00", MAD, 60, "Nubaris · Entrevista con Marc Ferrer (Inês Carvalho)", lang="es",
         uid=uidN, seq=1, cancel=True)

    m25 = b.add("INBOX", "dentista-lembrete", "2026-10-06 10:00", TZ,
                ("Clínica Dentária Avenida", "lembretes@clinica-avenida.example"),
                "Lembrete: consulta terça-feira, 13/10, às 09h30",
                text="""Olá Inês Carvalho,

Lembramos a sua consulta de higiene oral com a Dra. Marta Lopes na terça-feira, 13 de
outubro, às 09h30.

Para confirmar responda SIM; para remarcar ligue 21 555 0390.

Clínica Dentária Avenida""", mid="plain", mid_domain="clinica-avenida.example", cte="8bit")
    b.silent(m25, "dentist appointment reminder")

    m26 = b.add("INBOX", "emba-entrevista-admissao", "2026-10-07 17:15", TZ,
                ("Admissões Executive MBA", "admissoes@egtejo.example"),
                "Executive MBA 2027 – convocatória para entrevista de admissão",
                text="""Cara Inês Carvalho,

Agradecemos a sua candidatura ao Executive MBA 2027 da Escola de Gestão do Tejo.

Temos o prazer de a convocar para a entrevista de admissão com o Prof. Doutor Rui Tavares,
Diretor Académico do programa:

Data: quinta-feira, 15 de outubro de 2026
Hora: 18h30
Local: Campus de Carcavelos, edifício B, sala 2.14

Pedimos que traga um documento de identificação.

Com os melhores cumprimentos,
Gabinete de Admissões
Escola de Gestão do Tejo""", html=True, mid="plain", mid_domain="egtejo.example")
    b.silent(m26, "university admission interview, not a job interview")

    m27 = b.add("INBOX", "kestrel-hold", "2026-10-09 15:40", LON, HOL,
                "Kestrel - an update on the Senior PM role",
                text="""Hi Inês,

Sorry I've been quiet - I wanted to have something concrete to tell you. Unfortunately the
Senior PM role has been put on hold: the leadership team has paused new hires in Data
Products until the Q1 planning is done.

This isn't a reflection on you at all; James was very keen. We'll keep your application on
file and I'll reach out first if the role reopens in the new year.

Best,
Hollie""" + HSIG, mid="outlook")

    b.sent("re-kestrel-hold", "2026-10-09 18:05", "RE: Kestrel - an update on the Senior PM role",
           """Hi Hollie,

Thanks for letting me know, and for being so transparent. In the meantime I've accepted
another offer, so please go ahead and close my application. I really enjoyed meeting
James and Anika.

All the best,
Inês""" + outlook_quote(m27, "en", TZ), to=[HOL], reply=m27)

    b.write()


if __name__ == "__main__":
    build()
