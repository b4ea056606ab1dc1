from mimehelp import Box, Event, calendar, quote
U = ("Gabriel Antunes", "gabriel.antunes@ipe.example")
SP = "America/Sao_Paulo"; NY = "America/New_York"
b = Box("final", "m12-saopaulo-agency", U, SP, "2026-09-29T08:00:00-03:00", "2026-12-10T18:00:00-03:00", langs=["pt", "en"], country="BR")
CAR = ("Carolina Mattos", "carolina.mattos@ipepagamentos.example")
LAU = ("Laura Chen", "laura.chen@bridgeway-talent.example")
ETH = ("Ethan Ross", "ethan.ross@redwoodledger.example")

b.add("INBOX", "recruitee-ack", "2026-09-29 10:00", SP, ("Ipê Pagamentos", "no-reply@recruitee.com"), "Recebemos sua candidatura",
      reply_to=CAR, mid="uuid", mid_domain="recruitee.com",
      html="<html><body><p>Olá Gabriel,</p><p>Obrigado por se candidatar à vaga de <b>Desenvolvedor Backend Sênior</b>.</p></body></html>")
ent = lambda start, seq, stamp: Event("7v3k9q1ipepag08@google.com", start, SP, 60, "Entrevista técnica - Gabriel Antunes", organizer=CAR,
      attendees=[CAR + ("REQ-PARTICIPANT", True), U], seq=seq, stamp=stamp, location="https://meet.google.com/ipe-kqtw-rvn")
m2 = b.add("INBOX", "gcal-convite", "2026-10-01 11:30", SP, CAR,
      "Convite: Entrevista técnica - Gabriel Antunes @ qui 8 de out de 2026 10:00 - 11:00 (BRT) (gabriel.antunes@ipe.example)",
      mid="google-cal", sender="Google Agenda <calendar-notification@google.com>",
      text="Entrevista técnica - Gabriel Antunes\nquinta-feira, 8 de outubro de 2026 \u22c5 10:00 \u2013 11:00\nFuso horário: America/Sao_Paulo\n\n"
           "Participantes\nCarolina Mattos - organizadora\ngabriel.antunes@ipe.example", html=True,
      ics=calendar("REQUEST", [ent("2026-10-08 10:00", 0, "20261001T143000Z")]), ics_as="both", cte="base64")
b.interview(m2, "2026-10-09 14:00", SP, [CAR[1]])
b.add("INBOX", "gcal-atualizado", "2026-10-05 09:15", SP, CAR,
      "Convite atualizado: Entrevista técnica - Gabriel Antunes @ sex 9 de out de 2026 14:00 - 15:00 (BRT)",
      mid="google-cal", sender="Google Agenda <calendar-notification@google.com>",
      text="Este evento foi alterado.\n\nEntrevista técnica - Gabriel Antunes\nNOVO: sexta-feira, 9 de outubro de 2026 \u22c5 14:00 \u2013 15:00", html=True,
      ics=calendar("REQUEST", [ent("2026-10-09 14:00", 1, "20261005T121500Z")]), ics_as="both", cte="base64")
m4 = b.add("INBOX", "carolina-depois", "2026-10-09 15:10", SP, CAR, "Obrigada pela conversa", mid="gmail",
      text="Oi Gabriel,\n\nObrigada pela entrevista de hoje! Vamos alinhar com o time e te damos um retorno até sexta, 16 de outubro.\n\nAbraço,\nCarolina")
b.timeframe(m4, "2026-10-16", CAR[1], False)
m5 = b.add("INBOX", "laura-role", "2026-10-13 10:20", NY, LAU, "Remote backend role with a New York fintech", mid="gmail",
      text="Hi Gabriel,\n\nI'm a recruiter at Bridgeway Talent. My client, Redwood Ledger in New York, is hiring remote senior backend engineers "
           "in Latin America (USD contract). Would you like me to introduce you?\n\nLaura Chen")
b.sent("re-laura", "2026-10-13 12:05", "Re: Remote backend role with a New York fintech", "Hi Laura,\n\nYes, I'd be glad to be introduced.\n\nGabriel",
       to=[LAU], reply=m5)
b.silent(b.add("INBOX", "bridgeway-webinar", "2026-10-15 11:00", NY, ("Bridgeway Talent", "events@bridgeway-talent.example"),
      "Webinar: how to interview with US companies from Latin America", mid="sendgrid",
      html="<html><body><p>Join our recruiters on October 29 for tips on US-style interviews and contracts.</p></body></html>"), "agency webinar")
m8 = b.add("INBOX", "laura-client-interview", "2026-10-22 16:40", NY, LAU, "Interview with Redwood Ledger", mid="gmail",
      text="Hi Gabriel,\n\nRedwood Ledger would like to meet you! Thursday, 5 November at 11:00 New York time - that's 13:00 for you "
           "(note the US clocks change on 1 November). You'll speak with Ethan Ross, Engineering Director (ethan.ross@redwoodledger.example), "
           "on Zoom; he'll send the link.\n\nLaura")
b.interview(m8, "2026-11-05 11:00", NY, [ETH[1]])
m9 = b.add("INBOX", "carolina-negativa", "2026-10-28 17:00", SP, CAR, "Seu processo na Ipê Pagamentos", mid="gmail",
      text="Oi Gabriel,\n\nDesculpe a demora. Infelizmente decidimos seguir com outra pessoa para a vaga, com mais experiência em Kotlin. "
           "Gostamos muito da conversa e vamos manter seu perfil para próximas oportunidades.\n\nUm abraço,\nCarolina")
b.rejection(m9, CAR[1])
m10 = b.add("INBOX", "laura-after", "2026-11-05 13:30", NY, LAU, "Redwood Ledger interview", mid="gmail",
      text="Hi Gabriel,\n\nEthan said it went well. They're finishing with two other candidates and will decide by Friday 13 November.\n\nLaura")
b.timeframe(m10, "2026-11-13", LAU[1], True)
b.silent(b.add("INBOX", "black-friday", "2026-11-09 08:00", SP, ("Loja Jabuticaba", "ofertas@jabuticaba.example"),
      "Black Friday antecipada: ofertas de até 70%", mid="ses", html="<html><body><p>Só esta semana!</p></body></html>"), "shopping offer")
m12 = b.add("INBOX", "laura-decline", "2026-11-11 12:15", NY, LAU, "Update from Redwood Ledger", mid="gmail",
      text="Hi Gabriel,\n\nI'm sorry to say Redwood Ledger has decided to go with another candidate who has more experience with their "
           "ledger reconciliation stack. Ethan was impressed, though, and I'll definitely keep you in mind for my other clients.\n\nLaura")
b.rejection(m12, LAU[1])
b.sent("re-laura-decline", "2026-11-11 15:00", "Re: Update from Redwood Ledger",
       "Hi Laura,\n\nThanks for letting me know, and for the introduction. Please do keep me in mind.\n\nGabriel", to=[LAU], reply=m12)
b.write()
