from mimehelp import Box, Event, calendar, quote
U = ("Beatriz Nogueira", "beatriz.nogueira@caixa-correio.example")
LIS = "Europe/Lisbon"; BER = "Europe/Berlin"
b = Box("final", "m11-lisbon-pt-de", U, LIS, "2026-09-24T08:00:00+01:00", "2026-12-04T18:00:00+00:00", langs=["pt", "de"], country="PT")
RITA = ("Rita Sousa", "rita.sousa@azulejodigital.example")
TIAGO = ("Tiago Faria", "tiago.faria@azulejodigital.example")
ANNA = ("Anna Keller", "anna.keller@bergwerk-software.example")
LUK = ("Lukas Brandl", "lukas.brandl@bergwerk-software.example")

b.add("INBOX", "workable-rececao", "2026-09-24 11:00", LIS, ("Azulejo Digital", "noreply@candidates.workablemail.com"),
      "Obrigado pela sua candidatura", reply_to=RITA, mid="uuid", mid_domain="workablemail.com",
      html="<html><body><p>Olá Beatriz,</p><p>Recebemos a sua candidatura para <b>Engenheira de Dados</b>. Entraremos em contacto em breve.</p></body></html>")
b.add("INBOX", "sr-rececao", "2026-09-25 09:30", LIS, ("Sardinha Labs", "no-reply@smartrecruiters.com"), "Candidatura recebida: Data Engineer",
      mid="uuid", mid_domain="smartrecruiters.com", html="<html><body><p>Olá Beatriz, obrigado pelo seu interesse na Sardinha Labs.</p></body></html>")
m3 = b.add("INBOX", "rita-confirma", "2026-09-25 15:40", LIS, RITA, "Entrevista - Engenheira de Dados", mid="gmail",
      text="Olá Beatriz,\n\nConfirmo a entrevista para quinta-feira, 1 de outubro, às 15h00 (hora de Lisboa), por videochamada. Vai conversar "
           "com o Tiago Faria, líder da equipa de dados (tiago.faria@azulejodigital.example), e com a Inês Lopes, da equipa de produto.\n\n"
           "Cumprimentos,\nRita Sousa\nRecrutamento, Azulejo Digital")
b.interview(m3, "2026-10-01 15:00", LIS, [TIAGO[1], "name:Inês Lopes"])
b.sent("re-rita", "2026-09-25 17:05", "Re: Entrevista - Engenheira de Dados", "Olá Rita,\n\nObrigada, está confirmado. Até quinta!\n\nBeatriz",
       to=[RITA], reply=m3)
b.silent(b.add("INBOX", "podcast", "2026-09-28 08:00", LIS, ("Dados & Café Podcast", "ola@dadosecafe.example"),
      "Novo episódio: entrevista com a fundadora de uma startup de IA", mid="sendgrid",
      html="<html><body><p>Esta semana, uma entrevista sobre contratar as primeiras engenheiras de dados.</p></body></html>"), "podcast episode")
m6 = b.add("INBOX", "rita-depois", "2026-10-01 16:20", LIS, RITA, "Obrigada pela conversa", mid="gmail",
      text="Olá Beatriz,\n\nObrigada pelo seu tempo hoje. Vamos reunir o feedback e daremos uma resposta até sexta-feira, 9 de outubro.\n\nRita")
b.timeframe(m6, "2026-10-09", RITA[1], False)
m7 = b.add("INBOX", "sr-rejeicao", "2026-10-07 14:00", LIS, ("Sardinha Labs", "no-reply@smartrecruiters.com"),
      "Atualização da sua candidatura", mid="uuid", mid_domain="smartrecruiters.com",
      html="<html><body><p>Olá Beatriz,</p><p>Agradecemos o seu interesse. Após análise, decidimos não avançar com a sua candidatura nesta "
           "fase. Esta mensagem é automática; por favor não responda.</p></body></html>")
b.rejection(m7, "")
ev = Event("040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC0100000000000000001000000077CD", "2026-10-27 10:00", BER, 60,
           "Bergwerk Software: Gespräch mit Beatriz Nogueira", organizer=("Bergwerk Recruiting", "recruiting@bergwerk-software.example"),
           attendees=[ANNA, LUK, U], stamp="20261013T080000Z", location="Microsoft Teams-Besprechung")
m8 = b.add("INBOX", "personio-einladung", "2026-10-13 10:00", BER, ("Bergwerk Software GmbH", "no-reply@personio.de"),
      "Einladung: Bergwerk Software: Gespräch mit Beatriz Nogueira", reply_to=ANNA, mid="uuid", mid_domain="personio.de",
      text="Hallo Beatriz,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (remote). Anna Keller und Lukas Brandl möchten Sie gerne "
           "kennenlernen. Die Einladung mit Termin und Teams-Link finden Sie im Anhang.\n\nViele Grüße\nIhr Bergwerk-Team", html=True,
      ics=calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows"), ics_as="attach", ics_name="einladung.ics")
b.interview(m8, "2026-10-27 10:00", BER, [ANNA[1], LUK[1]])
b.silent(b.add("INBOX", "oferta-telecom", "2026-10-16 12:00", LIS, ("Fibra Atlântica", "promocoes@fibra-atlantica.example"),
      "Oferta especial: fibra 1 Gbps a metade do preço", mid="ses", html="<html><body><p>Aproveite a oferta até 31 de outubro.</p></body></html>"),
      "telecom offer")
m10 = b.add("INBOX", "rita-rejeicao", "2026-10-20 11:30", LIS, RITA, "Processo Azulejo Digital", mid="gmail",
      text="Olá Beatriz,\n\nPeço desculpa pela demora na resposta. Infelizmente decidimos avançar com outro candidato, com mais experiência "
           "em streaming de dados. Gostámos muito de a conhecer e desejamos-lhe as maiores felicidades.\n\nRita")
b.rejection(m10, RITA[1])
m11 = b.add("INBOX", "anna-danach", "2026-10-27 11:20", BER, ANNA, "Danke für das Gespräch", mid="outlook",
      text="Hallo Beatriz,\n\nherzlichen Dank für das offene Gespräch heute. Wir melden uns bis Freitag, 6. November, mit einer Rückmeldung.\n\n"
           "Viele Grüße\nAnna Keller\nEngineering Managerin")
b.timeframe(m11, "2026-11-06", ANNA[1], True)
m12 = b.add("INBOX", "anna-angebot", "2026-11-04 14:00", BER, ANNA, "Ihr Angebot von Bergwerk Software", mid="outlook",
      text="Hallo Beatriz,\n\nwir freuen uns sehr, Ihnen die Position als Data Engineer (remote aus Lissabon) anbieten zu können. Das "
           "Angebot mit einem Jahresgehalt von 72.000 EUR und Start am 1. Januar 2027 finden Sie im Anhang.\n\nViele Grüße\nAnna",
      attach=[("Angebot_Beatriz_Nogueira.pdf", "application/pdf", b"%PDF-1.4\n% angebot\n")])
b.offer(m12)
b.sent("re-angebot", "2026-11-05 09:10", "Re: Ihr Angebot von Bergwerk Software",
       "Hallo Anna,\n\nvielen Dank, ich freue mich sehr! Ich sehe mir alles in Ruhe an und melde mich bis Montag.\n\nBeatriz", to=[ANNA], reply=m12)
b.write()
