"""m11: a São Paulo user with a Brazilian-Portuguese process (Gupy acknowledgement promising
an answer "em até 10 dias úteis", text HR interview, Portuguese Google invitation for the
technical round, text final with the CTO, "retorno até sexta-feira", carta proposta) and a
US company (text screen in PT/BRT, a 5-business-day promise left unkept, late rejection),
plus a Gupy no-reply rejection. Portuguese look-alikes: a master's admission interview, a
store "oferta", a job alert."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf

TZ = "America/Sao_Paulo"
U = ("Beatriz Nogueira", "beatriz.nogueira@ipe-mail.example")
b = Box("final", "m11-sao-paulo-portugues", U, TZ,
        "2026-09-08T07:00:00-03:00", "2026-11-13T18:00:00-03:00", langs=["pt", "en"], country="BR")

GUPY_J = ("Jacarandá Pagamentos", "no-reply@gupy.io")
GUPY_I = ("Ipê Seguros", "no-reply@gupy.io")
CAM = ("Camila Ferraz", "camila.ferraz@jacaranda.example")
ROD = ("Rodrigo Almeida", "rodrigo.almeida@jacaranda.example")
FER = ("Fernanda Souza", "fernanda.souza@jacaranda.example")
ALY = ("Alyssa Grant", "alyssa.grant@redwoodcircuit.example")
csig = "\n\nAbraços,\nCamila Ferraz\nTech Recruiter | Jacarandá Pagamentos\n+55 11 95550-2281"
asig = "\n\nAlyssa Grant\nSenior Recruiter, Redwood Circuit\nSan Jose, CA"

t = """Olá, Beatriz!

Recebemos sua candidatura para a vaga de Cientista de Dados Sênior (Risco de Crédito) na
Jacarandá Pagamentos. Que bom ter você por aqui!

Nosso time vai analisar seu perfil com carinho e você receberá um retorno em até 10 dias
úteis, qualquer que seja o resultado.

Dúvidas? Fale com a Camila Ferraz, nossa tech recruiter: camila.ferraz@jacaranda.example

Equipe de Talentos Jacarandá"""
m1 = b.add("INBOX", "gupy-recebemos", "2026-09-08 11:20", TZ, GUPY_J, "Recebemos sua candidatura! 💜",
           text=t, html=html_from_text(t), mid="ses")

m2 = b.sent("cold-redwood", "2026-09-09 14:05", "Data Scientist (LATAM remote) - referral from Pedro Lins",
"""Hi Alyssa,

Pedro Lins suggested I reach out about the Data Scientist opening on the risk team - he said
you're open to hiring in Brazil. I've spent five years building credit-risk models at a
São Paulo fintech (gradient boosting + survival models in production, ~3M customers).

Resume attached. I'm on BRT (UTC-3), which overlaps well with Pacific mornings.

Best,
Beatriz Nogueira""", to=[ALY], mid="gmail",
           attach=[("Beatriz_Nogueira_Resume.pdf", "application/pdf", fakepdf("Beatriz Nogueira - Data Scientist"))])

m = b.add("INBOX", "oferta-loja", "2026-09-10 09:00", TZ, ("Casa Bossa", "ofertas@casabossa.example"),
          "Beatriz, oferta imperdível: até 40% OFF em toda a loja 🛋️",
          html="""<html><body style="font-family:Arial"><h2>Semana Casa Bossa</h2>
<p>Beatriz, aproveite <b>até 40% OFF</b> em sofás, luminárias e decoração. Oferta válida até domingo!</p>
<p>Frete grátis para São Paulo capital.</p><p style="font-size:10px">Descadastrar</p></body></html>""", mid="sendgrid")
b.silent(m, "store discount 'oferta'")

m4 = b.add("INBOX", "camila-entrevista", "2026-09-14 10:10", TZ, CAM, "Entrevista - Cientista de Dados Sênior",
"""Oi, Beatriz, tudo bem?

Sou a Camila, tech recruiter da Jacarandá. Adoramos seu perfil e gostaríamos de conversar com
você! Agendei nossa entrevista com o RH para quinta-feira, 17 de setembro, às 10h (horário de
Brasília), pelo Google Meet: https://meet.google.com/jcr-bnog-rh1

Serão uns 40 minutos. Se o horário não funcionar, é só me avisar.""" + csig, mid="gmail")
b.timeframe(m1, "2026-09-22", CAM[1], True, news=m4)
b.interview(m4, "2026-09-17 10:00", TZ, [CAM[1]])

b.sent("re-camila", "2026-09-14 11:02", "Re: Entrevista - Cientista de Dados Sênior",
"""Oi, Camila!

Tudo ótimo, e você? Quinta às 10h está perfeito. Até lá!

Beatriz""" + gq(m4, TZ, lang="pt"), to=[CAM], reply=m4, mid="gmail")

t = """Olá, Beatriz!

Recebemos sua candidatura para a vaga de Analista de Dados Pleno na Ipê Seguros.

Acompanhe as etapas do processo seletivo pela plataforma Gupy.

Boa sorte!
Time de Atração de Talentos - Ipê Seguros"""
b.add("INBOX", "gupy-ipe-recebemos", "2026-09-15 08:40", TZ, GUPY_I, "Candidatura recebida - Ipê Seguros",
      text=t, html=html_from_text(t), mid="ses")

m7 = b.add("INBOX", "alyssa-screen", "2026-09-16 08:30", "America/Los_Angeles", ALY,
           "Re: Data Scientist (LATAM remote) - referral from Pedro Lins",
"""Hi Beatriz,

Thanks for reaching out, and thanks to Pedro! I've put a 30-minute screen on the calendar for
Friday, September 25 at 9am PT (1pm your time) - Zoom link: https://redwoodcircuit.zoom.us/j/99318820047

If that doesn't work, just let me know.""" + asig + gq(m2, "America/Los_Angeles"), reply=m2, mid="gmail")
b.interview(m7, "2026-09-25 09:00", "America/Los_Angeles", [ALY[1]])

b.add("INBOX", "camila-proxima", "2026-09-17 15:30", TZ, CAM, "Próxima etapa: entrevista técnica",
"""Beatriz, foi ótimo conversar com você hoje!

Você passou para a próxima etapa: entrevista técnica com o Rodrigo Almeida (Tech Lead) e a
Fernanda Souza (Head de Dados). Vou mandar o convite pelo Google Agenda daqui a pouco.""" + csig, mid="gmail")

uid = f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
meet = "https://meet.google.com/jcr-tec-bn29"
ev = Event(uid, "2026-09-29 14:00", TZ, minutes=60, summary="Entrevista técnica – Beatriz Nogueira",
           organizer=CAM, attendees=[(CAM[0], CAM[1], "OPT-PARTICIPANT", True), U, ROD, FER],
           description=f"Entrevista técnica (case de risco de crédito + perguntas) com Rodrigo e Fernanda. A Camila só organiza e não participa.\n\nParticipar com o Google Meet: {meet}",
           stamp="20260917T183500Z", extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
ics = calendar("REQUEST", [ev])
t = f"""Você recebeu um convite para o seguinte evento.

Título: Entrevista técnica – Beatriz Nogueira
Entrevista técnica (case de risco de crédito + perguntas) com Rodrigo e Fernanda. A Camila só organiza e não participa.
Participar com o Google Meet: {meet}
Quando: terça-feira, 29 de setembro de 2026 14:00 – 15:00 (Horário Padrão de Brasília)
Agenda: {U[1]}
Participantes:
    * Camila Ferraz - organizador
    * {U[1]}
    * {ROD[1]}
    * {FER[1]}

Ver todas as informações dos convidados https://calendar.google.com/calendar/event?action=VIEW&eid={b.alnum(48)}

Responder para {U[1]}
Sim: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
Não: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
Talvez: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

Convite do Google Agenda: https://calendar.google.com/calendar/

Você está recebendo este e-mail porque é um participante do evento."""
m9 = b.add("INBOX", "convite-entrevista-tecnica", "2026-09-17 15:35", TZ, CAM,
           f"Convite: Entrevista técnica – Beatriz Nogueira @ ter., 29 de set. de 2026 14:00 - 15:00 (BRT) ({U[1]})",
           text=t, html=html_from_text(t), reply_to=CAM, sender="Google Agenda <calendar-notification@google.com>",
           ics=ics, ics_as="both", mid="google-cal")
b.interview(m9, "2026-09-29 14:00", TZ, [ROD[1], FER[1]])

m = b.add("INBOX", "mestrado-entrevista", "2026-09-21 17:00", TZ,
          ("Secretaria PPG Ciência de Dados", "ppg-dados@universidade-paulista.example"),
          "Processo Seletivo Mestrado Profissional 2027 - convocação para entrevista",
"""Prezada candidata Beatriz Nogueira,

Informamos que V.Sa. foi aprovada na etapa de análise de currículo do Processo Seletivo do
Mestrado Profissional em Ciência de Dados (turma 2027).

Sua entrevista com a banca está agendada para segunda-feira, 5 de outubro de 2026, às 15h,
na sala 204 do Prédio B (ou por videoconferência, mediante solicitação).

Atenciosamente,
Secretaria do Programa de Pós-Graduação em Ciência de Dados""", mid="plain", mid_domain="universidade-paulista.example")
b.silent(m, "master's-programme admission interview, not a job interview")

t = """Olá, Beatriz!

Agradecemos seu interesse em fazer parte da Ipê Seguros e o tempo dedicado ao nosso processo
seletivo para a vaga de Analista de Dados Pleno.

Após análise cuidadosa, informamos que, neste momento, seu perfil não foi selecionado para
as próximas etapas. Seu currículo continuará em nosso banco de talentos para oportunidades
futuras.

Desejamos sucesso na sua jornada!
Time de Atração de Talentos - Ipê Seguros"""
m = b.add("INBOX", "gupy-ipe-retorno", "2026-09-23 10:15", TZ, GUPY_I, "Retorno sobre sua candidatura - Ipê Seguros",
          text=t, html=html_from_text(t), mid="ses")
b.rejection(m, "")

b.sent("thanks-alyssa", "2026-09-25 14:00", "Thanks for the call",
"""Hi Alyssa,

Thank you for the conversation today - great to hear how the risk team works across Pacific
and LATAM time zones. Looking forward to the next steps.

Beatriz""", to=[ALY], mid="gmail")

m13 = b.add("INBOX", "alyssa-timeline", "2026-09-25 11:40", "America/Los_Angeles", ALY, "Re: Thanks for the call",
"""Hi Beatriz,

Thanks! I'm sharing my notes with the hiring manager today, and we'll get back to you within 5
business days.""" + asig, mid="gmail")
b.timeframe(m13, "2026-10-02", ALY[1], False, country="US")

b.sent("obrigada-tecnica", "2026-09-29 15:30", "Obrigada pela entrevista!",
"""Oi, Rodrigo e Fernanda,

Muito obrigada pela conversa de hoje. Gostei demais do case de limite de crédito - fiquei
pensando na questão do viés de seleção depois que desligamos!

Abraços,
Beatriz""", to=[ROD, FER], cc=[CAM], mid="gmail")

m15 = b.add("INBOX", "camila-final", "2026-09-30 11:00", TZ, CAM, "Entrevista final 🎉",
"""Beatriz, boas notícias! O Rodrigo e a Fernanda adoraram a conversa.

A última etapa é um bate-papo com o nosso CTO, Marcelo Tavares: terça-feira, 6 de outubro, às
16h, presencialmente no nosso escritório (Av. Brigadeiro Faria Lima, 3900, 12º andar). Dura uns
45 minutos. Pode ser?""" + csig, mid="gmail")
b.interview(m15, "2026-10-06 16:00", TZ, ["name:Marcelo Tavares"])

b.sent("re-final", "2026-09-30 11:45", "Re: Entrevista final 🎉",
"""Pode sim! Estarei lá na terça às 16h. Obrigada, Camila!

Beatriz

Enviado do meu iPhone""" + gq(m15, TZ, lang="pt"), to=[CAM], reply=m15, mid="apple", mid_domain="ipe-mail.example")

m = b.add("INBOX", "alerta-vagas", "2026-10-01 07:00", TZ, ("VagaCerta", "alertas@vagacerta.example"),
          "8 novas vagas de Cientista de Dados para você",
          html="""<html><body><h3>Novas vagas que combinam com você</h3>
<ul><li>Cientista de Dados Sênior - Banco Aroeira - São Paulo (híbrido)</li>
<li>Data Scientist - Cajú Logística - Remoto</li>
<li>Especialista em Modelagem de Risco - Vitória Crédito - Campinas</li></ul>
<p><a href="https://vagacerta.example">Ver todas</a></p></body></html>""", mid="sendgrid")
b.silent(m, "job alert")

b.sent("obrigada-final", "2026-10-06 18:20", "Obrigada!",
"""Oi, Camila,

A conversa com o Marcelo foi ótima - pode agradecer a ele por mim? Adorei saber dos planos de
open finance.

Beatriz""", to=[CAM], mid="gmail")

m19 = b.add("INBOX", "camila-prazo", "2026-10-07 09:30", TZ, CAM, "Re: Obrigada!",
"""Agradeço sim! O Marcelo também gostou muito. Vamos alinhar internamente e daremos um retorno
até sexta-feira, dia 9 de outubro.""" + csig, mid="gmail")

oferta = """Oi, Beatriz!

Que alegria te escrever esta mensagem: a Jacarandá Pagamentos gostaria de te fazer uma proposta
para a posição de Cientista de Dados Sênior! 🎉

Resumo (detalhes na carta proposta em anexo):
 - Regime CLT, salário de R$ 19.500,00 mensais
 - PLR de até 2 salários por ano
 - Vale-refeição, plano de saúde e odontológico
 - Modelo híbrido (2x por semana na Faria Lima)
 - Início previsto: 3 de novembro

Fico à disposição para qualquer dúvida. Estamos torcendo pelo seu sim!""" + csig
m20 = b.add("INBOX", "carta-proposta", "2026-10-08 17:10", TZ, CAM, "Proposta - Cientista de Dados Sênior",
            text=oferta, html=html_from_text(oferta), mid="gmail",
            attach=[("Carta_Proposta_Beatriz_Nogueira.pdf", "application/pdf", fakepdf("Jacaranda Pagamentos - Carta Proposta"))])
b.timeframe(m19, "2026-10-09", CAM[1], True, news=m20)
b.offer(m20)

m21 = b.sent("re-proposta", "2026-10-08 20:40", "Re: Proposta - Cientista de Dados Sênior",
"""Camila, que notícia maravilhosa! Muito obrigada. Só uma dúvida: seria possível começar em 16
de novembro, para eu cumprir o aviso prévio?

Beatriz""" + gq(m20, TZ, lang="pt"), to=[CAM], reply=m20, mid="gmail")

m21b = b.add("INBOX", "re-data-inicio", "2026-10-14 09:05", TZ, CAM, "Re: Proposta - Cientista de Dados Sênior",
"""Oi, Beatriz! Sem problema nenhum, 16 de novembro está ótimo - já atualizei a carta. 😊""" + csig + gq(m21, TZ, lang="pt"),
             reply=m21, mid="gmail")

m = b.add("INBOX", "redwood-decision", "2026-10-14 13:20", "America/Los_Angeles", ALY, "Data Scientist role - update",
"""Hi Beatriz,

Sorry this took longer than I said. I talked it over with the hiring manager, and for this
particular role they've decided to focus on candidates based closer to Pacific time, so we
won't be moving forward with your application. It's a hiring-plan decision rather than
anything about your experience, which was impressive.

Best of luck, and I'll reach out if a LATAM-based role opens up.""" + asig, mid="gmail")
b.rejection(m, ALY[1])

b.sent("aceite", "2026-10-15 09:10", "Re: Proposta - Cientista de Dados Sênior",
"""Oi, Camila!

Obrigada pela resposta sobre a data. Aceito a proposta com muita alegria! Segue a carta
assinada. Nos vemos no dia 16 de novembro.

Beatriz""", to=[CAM], reply=m21b, mid="gmail",
       attach=[("Carta_Proposta_Beatriz_Nogueira_assinada.pdf", "application/pdf", fakepdf("Assinada - Beatriz Nogueira"))])

b.write()
