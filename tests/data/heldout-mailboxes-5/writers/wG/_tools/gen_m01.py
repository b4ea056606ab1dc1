"""m01: São Paulo data analyst, one Brazilian process via Gupy, three rounds fixed in text, offer."""
from zoneinfo import ZoneInfo
from mimehelp import Box, zdt
from wg import q, fake_pdf

SP = "America/Sao_Paulo"
Z = ZoneInfo(SP)
USER = ("Larissa Fonseca Prado", "larissa.prado@correio-paulista.example")
CAM = ("Camila Rezende", "camila.rezende@verticepag.example")
ROD = ("Rodrigo Almeida", "rodrigo.almeida@verticepag.example")
TAT = ("Tatiane Kobayashi", "tatiane.kobayashi@verticepag.example")
HEL = ("Helena Vasconcelos", "helena.vasconcelos@verticepag.example")
GUPY = ("Vértice Pagamentos via Gupy", "no-reply@gupy.io")

b = Box("m01-vertice-dados", USER, SP, "2026-09-08T08:00:00-03:00", "2026-11-20T18:00:00-03:00",
        langs=["pt"], country="BR",
        notes="one process (Vértice Pagamentos, Gupy); three rounds fixed in text; round 2 moved by text; offer")

CAM_SIG = "\n\nCamila Rezende\nTalent Acquisition | Vértice Pagamentos\n+55 11 3954-2210 | verticepag.example"

# 001 Gupy acknowledgement (HTML only)
ack_html = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Candidatura recebida</title></head>
<body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<tr><td>
<p style="font-size:20px;font-weight:bold">Oi, Larissa!</p>
<p>Recebemos a sua candidatura para a vaga <b>Analista de Dados Sênior</b> na <b>Vértice Pagamentos</b>.</p>
<p>Agora é com a gente: o time de recrutamento vai analisar o seu perfil. Você pode acompanhar cada etapa do processo pelo seu painel de candidatura.</p>
<p style="text-align:center"><a href="https://verticepag.gupy.io/candidates/applications" style="background:#1f3ee6;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Acompanhar candidatura</a></p>
<p style="font-size:12px;color:#777">Este é um e-mail automático, por favor não responda.<br>Gupy &middot; Av. Paulista, 1000 &middot; São Paulo/SP</p>
</td></tr></table></td></tr></table>
</body></html>
"""
b.add("INBOX", "gupy-candidatura-recebida", "2026-09-09 10:41", SP, GUPY,
      "Recebemos sua candidatura - Analista de Dados Sênior", html=ack_html, mid="sendgrid")

# 002 newsletter look-alike
nl = """CARREIRA EM DADOS - edição #87

Entrevista técnica de SQL: 7 perguntas que sempre aparecem
Separamos as perguntas mais comuns em entrevistas para analista de dados e como responder sem travar.

Também nesta edição:
- Como montar um portfólio no GitHub que recrutador abre
- Vale a pena fazer certificação em cloud?
- Vagas da semana (patrocinado)

Você recebe esta newsletter porque se inscreveu em carreiraemdados.example.
Cancelar inscrição: https://carreiraemdados.example/sair
"""
m = b.add("INBOX", "newsletter-entrevista-sql", "2026-09-10 07:02", SP,
          ("Carreira em Dados", "newsletter@carreiraemdados.example"),
          "7 perguntas que sempre caem na entrevista técnica de SQL", text=nl, html=True, mid="ses")
b.silent(m, "newsletter with interview tips, not an interview")

# 003 recruiter offers three slots
t3 = f"""Olá, Larissa, tudo bem?

Sou a Camila, do time de Talent Acquisition da Vértice. Vi sua candidatura para Analista de Dados Sênior e gostei bastante da sua experiência com modelagem de risco no varejo.

Queria marcar um bate-papo inicial de uns 30 minutos, por Google Meet, para te contar mais sobre o time e entender o que você procura. Tenho estes horários (horário de Brasília):

- quarta, 16/09, às 10h
- quinta, 17/09, às 14h30
- sexta, 18/09, às 9h

Algum deles funciona pra você?

Abraço,{CAM_SIG}"""
m3 = b.add("INBOX", "bate-papo-inicial", "2026-09-15 11:27", SP, CAM,
           "Vértice | Analista de Dados Sênior - bate-papo inicial", text=t3, mid="gmail")

t4 = "Oi Camila, tudo ótimo!\n\nQuinta às 14h30 fica perfeito pra mim.\n\nObrigada,\nLarissa" + \
     q("pt", t3, m3.when, f"{CAM[0]} <{CAM[1]}>")
m4 = b.sent("re-bate-papo-inicial", "2026-09-15 19:48", "Re: Vértice | Analista de Dados Sênior - bate-papo inicial",
            t4, to=[CAM], reply=m3)

t5 = f"""Perfeito, Larissa! Então nos vemos na quinta, 17/09, às 14h30.

Link do Meet: https://meet.google.com/qkt-bxwe-ram

Até lá!{CAM_SIG}""" + q("pt", t4, m4.when, f"Larissa Fonseca Prado <{USER[1]}>")
m5 = b.add("INBOX", "re-bate-papo-confirmado", "2026-09-16 08:53", SP, CAM,
           "Re: Vértice | Analista de Dados Sênior - bate-papo inicial", text=t5, reply=m4, mid="gmail")
b.interview(m5, "2026-09-17 14:30", SP, [CAM[1]])

# 006 Gupy reminder (no ics)
rem = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Oi, Larissa!</p>
<p>Passando para lembrar: você tem uma <b>entrevista</b> hoje no processo <b>Analista de Dados Sênior</b> da Vértice Pagamentos.</p>
<p>Horário: 17/09/2026, 14:30 (horário de Brasília)</p>
<p>Boa sorte! &#128640;</p>
<p style="font-size:11px;color:#888">Mensagem automática enviada pela Gupy. Não responda este e-mail.</p>
</body></html>"""
b.add("INBOX", "gupy-lembrete-entrevista", "2026-09-17 08:00", SP, GUPY,
      "Lembrete: sua entrevista é hoje", html=rem, mid="sendgrid")

# 007 Gupy test stage (assessment, not an interview)
tst = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Olá, Larissa!</p>
<p>Você avançou para a etapa <b>Teste Técnico</b> da vaga Analista de Dados Sênior.</p>
<p>O teste tem 4 questões de SQL e 1 estudo de caso em Python. Tempo estimado: 90 minutos. Você pode fazer quando quiser até <b>23/09/2026 às 23:59</b>.</p>
<p><a href="https://verticepag.gupy.io/candidates/tests/88213">Iniciar teste</a></p>
<p style="font-size:11px;color:#888">Gupy - este é um e-mail automático.</p>
</body></html>"""
b.add("INBOX", "gupy-teste-tecnico", "2026-09-18 16:12", SP, GUPY,
      "Nova etapa: Teste Técnico - Analista de Dados Sênior", html=tst, mid="sendgrid")

# 008 job alert look-alike
al = """Novas vagas para você, Larissa

Com base no seu perfil, separamos estas oportunidades:

* Cientista de Dados Pleno - Grupo Aurora Varejo - São Paulo (híbrido)
* Analytics Engineer - Ponte Seguros - Remoto
* Analista de BI Sênior - Laticínios Serra Azul - Campinas

Ver todas: https://portal.gupy.io/job-search

Você recebe este alerta porque ativou notificações de vagas. Gerenciar alertas: https://portal.gupy.io/alertas
"""
m = b.add("INBOX", "gupy-alerta-vagas", "2026-09-22 09:15", SP, ("Gupy", "alertas@gupy.io"),
          "3 vagas que combinam com você", text=al, html=True, mid="sendgrid")
b.silent(m, "job alert from the ATS, not a process step")

# 009 Camila introduces the technical interviewers
t9 = f"""Oi Larissa,

Ótima notícia: você foi muito bem no teste técnico! 🎉

A próxima etapa é uma entrevista técnica com o Rodrigo Almeida, gerente de Analytics (seu futuro gestor), e a Tatiane Kobayashi, tech lead do time de Risco. Coloquei os dois em cópia.

Eles sugeriram duas opções, ambas com 1h de duração:
- segunda, 28/09, às 11h
- terça, 29/09, às 16h

Me diz qual prefere (pode responder a todos).

Beijo,{CAM_SIG}"""
m9 = b.add("INBOX", "entrevista-tecnica-opcoes", "2026-09-24 10:05", SP, CAM,
           "Próxima etapa: entrevista técnica", text=t9, cc=[ROD, TAT], mid="gmail")

t10 = "Oi Camila, Rodrigo e Tatiane!\n\nQue notícia boa, obrigada. Prefiro terça, 29/09, às 16h.\n\nAbraços,\nLarissa\n\nEnviado do meu iPhone" + \
      q("pt", t9, m9.when, f"{CAM[0]} <{CAM[1]}>")
m10 = b.sent("re-entrevista-tecnica", "2026-09-24 12:31", "Re: Próxima etapa: entrevista técnica", t10,
             to=[CAM], cc=[ROD, TAT], reply=m9, mid="apple", mid_domain="correio-paulista.example")

t11 = """Fechado, Larissa! Terça, 29/09, às 16h (BRT).

A ideia é a gente conversar sobre um case de inadimplência que você vai receber na hora, nada pra preparar antes. Link: https://meet.google.com/hzd-pmfo-ute

Até terça,
Tati

--
Tatiane Kobayashi
Tech Lead - Risco de Crédito
Vértice Pagamentos""" + q("pt", t10, m10.when, f"Larissa Fonseca Prado <{USER[1]}>")
m11 = b.add("INBOX", "re-entrevista-tecnica-fechado", "2026-09-24 15:40", SP, TAT,
            "Re: Próxima etapa: entrevista técnica", text=t11, to=[USER], cc=[CAM, ROD], reply=m10, mid="gmail")
b.interview(m11, "2026-09-29 17:30", SP, [ROD[1], TAT[1]])

t12 = """Larissa, boa tarde!

Me desculpe a mudança em cima da hora: entrou uma reunião com a diretoria amanhã às 16h que eu não consigo mover. Conseguimos passar a nossa conversa para amanhã às 17h30? Mesmo link.

Se não der, a gente acha outro dia sem problema.

Rodrigo Almeida
Gerente de Analytics | Vértice Pagamentos
(11) 98812-4407"""
m12 = b.add("INBOX", "remarcar-amanha", "2026-09-28 14:18", SP, ROD, "Re: Próxima etapa: entrevista técnica",
            text=t12, to=[USER], cc=[TAT, CAM], reply=m11, mid="outlook")

t13 = "Oi Rodrigo, sem problema! 17h30 amanhã funciona pra mim.\n\nLarissa" + q("pt", t12, m12.when, f"{ROD[0]} <{ROD[1]}>")
m13 = b.sent("re-remarcar", "2026-09-28 14:52", "Re: Próxima etapa: entrevista técnica", t13,
             to=[ROD], cc=[TAT, CAM], reply=m12)

t14 = "Valeu, Larissa! Amanhã às 17h30, então.\n\nRodrigo" + q("pt", t13, m13.when, f"Larissa Fonseca Prado <{USER[1]}>")
b.add("INBOX", "re-remarcar-ok", "2026-09-28 15:06", SP, ROD, "Re: Próxima etapa: entrevista técnica",
      text=t14, to=[USER], cc=[TAT, CAM], reply=m13, mid="outlook")

t15 = f"""Oi Larissa,

Obrigada pelo papo de hoje, gostamos muito da forma como você estruturou o case.

A Camila vai te dar um retorno sobre os próximos passos até sexta-feira (02/10).

Abs,
Tati"""
m15 = b.add("INBOX", "obrigada-pelo-papo", "2026-09-29 19:12", SP, TAT, "Entrevista técnica - obrigada!",
            text=t15, cc=[CAM], mid="gmail")
b.timeframe(m15, "2026-10-02", CAM[1], True)

t16 = f"""Larissa, oi!

Conforme a Tati adiantou, o feedback da entrevista técnica foi super positivo, e você segue para a etapa final: uma conversa de 45 min com a Helena Vasconcelos, nossa diretora de Dados.

A agenda dela está bem apertada; as opções são:
- terça, 13/10, às 10h
- quarta, 14/10, às 15h

Qual fica melhor?{CAM_SIG}"""
m16 = b.add("INBOX", "etapa-final-diretora", "2026-10-01 09:47", SP, CAM, "Vértice | Etapa final com a Helena",
            text=t16, mid="gmail")

t17 = "Bom dia, Camila!\n\nQue ótimo! Quarta às 15h é melhor pra mim.\n\nObrigada,\nLarissa" + q("pt", t16, m16.when, f"{CAM[0]} <{CAM[1]}>")
m17 = b.sent("re-etapa-final", "2026-10-01 10:20", "Re: Vértice | Etapa final com a Helena", t17, to=[CAM], reply=m16)

t18 = f"""Perfeito, nos vemos na quarta! 🙂

Ficou assim: quarta-feira, 14/10, das 15h às 15h45 (horário de Brasília), com a Helena, que está em cópia. Ela vai mandar o link do Meet no dia.

Depois da entrevista, te damos um retorno em até 5 dias úteis.{CAM_SIG}""" + q("pt", t17, m17.when, f"Larissa Fonseca Prado <{USER[1]}>")
m18 = b.add("INBOX", "re-etapa-final-confirmada", "2026-10-02 11:03", SP, CAM, "Re: Vértice | Etapa final com a Helena",
            text=t18, cc=[HEL], reply=m17, mid="gmail")
b.interview(m18, "2026-10-14 15:00", SP, [HEL[1]])
b.timeframe(m18, "2026-10-21", CAM[1], True)

# 019 bank 'oferta' look-alike
bank = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#c8102e">Larissa, temos uma oferta especial para você</h2>
<p>Você tem <b>R$ 38.000,00</b> de crédito pessoal pré-aprovado, com a primeira parcela só para daqui a 60 dias.</p>
<p>Taxas a partir de 1,79% a.m. Oferta válida até 31/10/2026.</p>
<p><a href="https://banco-paulistano.example/oferta">Simular agora</a></p>
<p style="font-size:10px;color:#999">Banco Paulistano S.A. - Sujeito a análise de crédito. Se não quiser mais receber nossas ofertas, clique aqui.</p>
</body></html>"""
m = b.add("INBOX", "banco-oferta-credito", "2026-10-06 12:30", SP, ("Banco Paulistano", "ofertas@banco-paulistano.example"),
          "Larissa, sua oferta de crédito pré-aprovado chegou", html=bank, mid="ses")
b.silent(m, "bank's credit 'oferta', not a job offer")

# 020 family noise
b.add("INBOX", "mae-almoco", "2026-10-10 13:14", SP, ("Sônia Fonseca", "sonia.fonseca@correio-paulista.example"),
      "almoço domingo", text="Filha, domingo almoço aqui em casa, seu tio vem. Traz aquela torta de limão?\nBeijos, mãe\n\nEnviado do meu iPhone",
      mid="apple", mid_domain="correio-paulista.example")

# 021 Helena's reminder the day before (same interview)
t21 = """Oi Larissa,

Só confirmando nossa conversa amanhã às 15h. O link é este: https://meet.google.com/wvc-rnaq-zyd

Até amanhã!
Helena

Helena Vasconcelos
Diretora de Dados | Vértice Pagamentos"""
b.add("INBOX", "helena-confirmando-amanha", "2026-10-13 18:22", SP, HEL, "Nossa conversa amanhã",
      text=t21, cc=[CAM], mid="outlook")

# 022 offer
t22 = f"""Larissa, boa tarde!

Tenho uma notícia muito boa: a Helena e o Rodrigo ficaram encantados com você e queremos te fazer uma proposta para a posição de Analista de Dados Sênior. 🥳

Resumo (os detalhes estão na carta em anexo):
- Salário: R$ 16.500,00 mensais (CLT)
- PLR de até 2 salários
- Vale-refeição/alimentação de R$ 1.900,00, plano de saúde e odontológico Bradesco para você e dependentes
- Modelo híbrido: 2 dias por semana no escritório da Faria Lima
- Início sugerido: 09/11/2026

Se puder, me dá um retorno até o dia 27/10. Fico à disposição pra qualquer dúvida, inclusive pra uma call.{CAM_SIG}"""
m22 = b.add("INBOX", "proposta", "2026-10-20 16:35", SP, CAM, "Proposta - Analista de Dados Sênior | Vértice",
            text=t22, cc=[HEL], mid="gmail", attach=[("Carta_Proposta_Larissa_Prado.pdf", "application/pdf",
                                                    fake_pdf("Carta proposta"))])
b.offer(m22)

t23 = "Camila, que alegria!! Muito obrigada a você, à Helena e ao Rodrigo.\n\nVou ler a carta com calma e te respondo até terça, tá?\n\nBjs\nLarissa" + \
      q("pt", t22, m22.when, f"{CAM[0]} <{CAM[1]}>")
m23 = b.sent("re-proposta", "2026-10-20 18:02", "Re: Proposta - Analista de Dados Sênior | Vértice", t23, to=[CAM], cc=[HEL], reply=m22)

t24 = "Oi Camila,\n\nLi tudo e está tudo certo. Aceito a proposta! Podemos manter o início em 09/11.\n\nMe avisa quais documentos você precisa.\n\nLarissa" + \
      q("pt", t23, m23.when, f"Larissa Fonseca Prado <{USER[1]}>")
m24 = b.sent("aceite-proposta", "2026-10-23 09:41", "Re: Proposta - Analista de Dados Sênior | Vértice", t24, to=[CAM], cc=[HEL], reply=m23)

t25 = f"""Larissa, seja muito bem-vinda! 💙

Vou pedir para o DP te enviar a lista de documentos admissionais e o link do exame médico ainda esta semana.{CAM_SIG}""" + \
      q("pt", t24, m24.when, f"Larissa Fonseca Prado <{USER[1]}>")
b.add("INBOX", "re-aceite-bem-vinda", "2026-10-26 10:12", SP, CAM, "Re: Proposta - Analista de Dados Sênior | Vértice",
      text=t25, reply=m24, mid="gmail")

# 026 webinar look-alike
wb = """Olá, Larissa!

Você está inscrita no webinar "Negociação salarial: como avaliar uma oferta de emprego", quinta-feira, 29/10, às 19h (horário de Brasília).

Link de acesso: https://eventos.carreiraemdados.example/webinar/negociacao

Até lá,
Equipe Carreira em Dados
"""
m = b.add("INBOX", "webinar-negociacao", "2026-10-27 08:30", SP, ("Carreira em Dados Eventos", "eventos@carreiraemdados.example"),
          "Confirmado: webinar Negociação salarial (29/10, 19h)", text=wb, mid="ses")
b.silent(m, "webinar about evaluating job offers, not an offer or interview")

b.meta["companies"] = {"verticepag.example": {"country": "BR", "tz": SP, "also": ["gupy.io"]}}
b.write()
