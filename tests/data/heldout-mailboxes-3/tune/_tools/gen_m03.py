"""m03: an Italian-language process (human HR, text colloquio, Italian Google Calendar invite,
promise "entro due settimane", offer) alongside an English one with a Dublin company on Lever
(text screen in Irish time, Google invite, unanswered promise, late rejection)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, gcal_text, gcal_subject, meet_link,
                      html_from_text)

TZ = "Europe/Rome"
USER = ("Chiara Benedetti", "chiara.benedetti@posta.example")
b = Box("tune", "m03-italiano-e-dublino", USER, TZ, "2026-09-02T08:00:00+02:00",
        "2026-11-13T18:00:00+01:00", langs=("it", "en"), country="IT")
DUB = "Europe/Dublin"
FRA = ("Francesca Lombardi", "f.lombardi@tessari.example")
PAOLO = ("Paolo Ricci", "p.ricci@tessari.example")
MARTA = ("Marta Gallo", "m.gallo@tessari.example")
AOIFE = ("Aoife Brennan", "aoife.brennan@corrib.example")
NIAMH = ("Niamh Kelleher", "niamh.kelleher@corrib.example")
TOMAS = ("Tomás Ó Briain", "tomas.obriain@corrib.example")
LEVER = ("Corrib Systems", "no-reply@hire.lever.co")
GSENDER = "Google Calendar <calendar-notification@google.com>"

t1 = """Gentile Responsabile Selezione,

con la presente invio la mia candidatura per la posizione di Product Designer (Rif. PD-0926) pubblicata sul vostro sito.

Lavoro da cinque anni come designer di prodotti digitali, attualmente presso un'agenzia di Milano dove seguo il design di applicazioni B2B per il settore manifatturiero: proprio per questo il lavoro di Officine Tessari sulle interfacce per macchine utensili mi interessa molto.

In allegato trovate il CV e il link al portfolio: https://chiarabenedetti.example/portfolio

Resto a disposizione per un colloquio.

Cordiali saluti,
Chiara Benedetti
+39 347 555 0182"""
m001 = b.sent("candidatura-tessari", "2026-09-02 18:22", "Candidatura Product Designer - Rif. PD-0926", t1,
              to=[("Selezione Officine Tessari", "selezione@tessari.example")],
              attach=[("CV_Chiara_Benedetti.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

t2 = """Gentile Chiara,

La ringraziamo per l'interesse dimostrato verso Officine Tessari e per averci inviato la Sua candidatura per la posizione di Product Designer.

La selezione è attualmente in corso: il Suo profilo sarà valutato dal nostro team e Le daremo un riscontro entro due settimane.

Cordiali saluti,

Francesca Lombardi
Ufficio Risorse Umane
Officine Tessari S.p.A.
Via Vigevano 18 - 20144 Milano
Tel. +39 02 5550 3140"""
m002 = b.add("INBOX", "riscontro-candidatura", "2026-09-04 11:37", TZ, FRA,
             "R: Candidatura Product Designer - Rif. PD-0926", text=t2, reply=m001, mid="outlook")
b.timeframe(m002, "2026-09-18", FRA[1], True)

lever_ack = """<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p>Hi Chiara,</p>
<p>Thanks for applying to Corrib Systems! We've received your application for <b>Senior Product Designer (Remote, EU)</b>.</p>
<p>Our team reviews every application carefully, and someone will be in touch about next steps.</p>
<p>In the meantime, you can learn more about life at Corrib on our blog: https://corrib.example/blog</p>
<p>Cheers,<br>The Corrib Systems Talent Team</p>
<p style="color:#999;font-size:12px">Sent via Lever</p>
</body></html>
"""
m003 = b.add("INBOX", "lever-ack", "2026-09-05 09:14", DUB, LEVER,
             "Thanks for applying to Corrib Systems", html=lever_ack, mid="uuid", mid_domain="hire.lever.co",
             reply_to=("Corrib Systems Talent", "talent@corrib.example"), headers=["Auto-Submitted: auto-generated"])

t4 = """LavoroOra - la newsletter della settimana

COLLOQUIO DI LAVORO: I 10 ERRORI DA EVITARE
Arrivare in ritardo, non conoscere l'azienda, parlare male del datore di lavoro precedente... Ecco la nostra guida per presentarsi al meglio al prossimo colloquio.

OFFERTE IN EVIDENZA A MILANO
- UX/UI Designer - agenzia digitale, zona Porta Romana
- Graphic Designer junior - e-commerce moda
- Product Owner - fintech, ibrido

Leggi tutto: https://lavoroora.example/newsletter/2026-37

Ricevi questa email perché sei iscritto a LavoroOra. Per annullare l'iscrizione: https://lavoroora.example/disiscriviti"""
m004 = b.add("INBOX", "newsletter-colloquio", "2026-09-07 07:30", TZ, ("LavoroOra", "newsletter@lavoroora.example"),
             "Colloquio di lavoro: i 10 errori da evitare", text=t4, html=True, mid="sendgrid",
             headers=["Precedence: bulk", "List-Unsubscribe: <https://lavoroora.example/disiscriviti>"])
b.silent(m004, "job-board newsletter about interviews and job listings")

t5 = """Gentile Chiara,

a seguito della valutazione del Suo curriculum, saremmo lieti di invitarLa a un primo colloquio conoscitivo, che si terrà

martedì 22 settembre alle ore 11:00
presso la nostra sede di Via Vigevano 18, Milano (terzo piano, chieda di me alla reception).

Al colloquio saremo presenti io e l'ing. Paolo Ricci, Responsabile Design, che legge in copia. La durata prevista è di circa un'ora; se lo desidera, porti con sé due o tre progetti del portfolio da mostrarci.

La prego di confermarmi la Sua disponibilità.

Cordiali saluti,

Francesca Lombardi
Ufficio Risorse Umane
Officine Tessari S.p.A.
Tel. +39 02 5550 3140"""
m005 = b.add("INBOX", "invito-colloquio", "2026-09-14 10:20", TZ, FRA, "Invito a colloquio - Product Designer",
             text=t5, cc=[PAOLO], mid="outlook")
b.interview(m005, "2026-09-22 11:00", TZ, [FRA[1], PAOLO[1]])

t6 = """Gentile Francesca,

grazie mille per l'invito. Confermo con piacere la mia presenza martedì 22 settembre alle 11:00.

Porterò alcuni progetti da mostrarvi.

Cordiali saluti,
Chiara Benedetti"""
m006 = b.sent("conferma-colloquio", "2026-09-14 12:48", "Re: Invito a colloquio - Product Designer",
              t6 + gq(m005, TZ).replace(" wrote:", " ha scritto:"), to=[FRA], cc=[PAOLO], reply=m005)

meet1 = meet_link(b)
t7 = f"""Hi Chiara,

Thanks so much for applying for the Senior Product Designer role - your portfolio work on the machine-tool dashboards really caught our eye.

I'd love to have a quick chat to tell you more about the role and hear about what you're looking for. I've booked us in for a 30-minute video call on Thursday 24 September at 14:00 Irish time (15:00 for you in Milan). Here's the link: {meet1}

If that time doesn't suit, just let me know and we'll sort another one.

Speak soon,
Aoife

Aoife Brennan
Talent Partner, Corrib Systems
+353 1 555 0148"""
m007 = b.add("INBOX", "corrib-intro-call", "2026-09-15 16:02", DUB, AOIFE,
             "Corrib Systems - Senior Product Designer: intro call", text=t7, mid="gmail",
             sender="Aoife Brennan via Lever <aoife.brennan@hire.lever.co>")
b.interview(m007, "2026-09-24 14:00", DUB, [AOIFE[1]])

t8 = """Hi Aoife,

Thanks for getting in touch! Thursday at 14:00 Irish time / 15:00 here works perfectly. Talk then.

Best,
Chiara"""
m008 = b.sent("re-corrib-intro", "2026-09-15 18:40", "Re: Corrib Systems - Senior Product Designer: intro call",
              t8 + gq(m007, TZ), to=[AOIFE], reply=m007)

meet2 = meet_link(b)
title9 = "Colloquio tecnico - Chiara Benedetti / Officine Tessari"
when9 = "giovedì 1 ott 2026 15:00 - 16:30 (Ora legale dell'Europa centrale - Roma)"
desc9 = ("Gentile Chiara, come anticipato a voce, ecco l'invito per il colloquio tecnico con Paolo Ricci e "
         "Marta Gallo (Senior UX Researcher). Le chiederemo di commentare con noi un caso di studio. "
         "Io non sarò presente. - Francesca Lombardi")
ev9 = Event(f"{b.hexid(26)}@google.com", "2026-10-01 15:00", TZ, 90, title9, organizer=FRA,
            attendees=[FRA + ("REQ-PARTICIPANT", True), ("Chiara Benedetti", USER[1]),
                       PAOLO + ("REQ-PARTICIPANT", True), ("Marta Gallo", MARTA[1])],
            description=desc9 + f"\n\nPartecipa con Google Meet: {meet2}", location="Officine Tessari - Via Vigevano 18, Milano / " + meet2,
            stamp=stamp("2026-09-22 17:31", TZ))
ics9 = calendar("REQUEST", [ev9])
txt9 = gcal_text("it", title9, when9, FRA, [PAOLO, MARTA, USER], USER[1], meet=meet2, desc=desc9)
m009 = b.add("INBOX", "invito-colloquio-tecnico", "2026-09-22 17:31", TZ, FRA,
             gcal_subject("it", title9, "gio 1 ott 2026 15:00 - 16:30 (CEST)", USER[1]), text=txt9,
             html=html_from_text(txt9), ics=ics9, ics_as="both", mid="google-cal", sender=GSENDER,
             reply_to=FRA, to=[USER])
b.interview(m009, "2026-10-01 15:00", TZ, [PAOLO[1], MARTA[1]])

t10 = """Hi Chiara,

Lovely to chat today! As promised, the next step is a portfolio review with Niamh Kelleher (our Head of Design) and Tomás Ó Briain, one of the senior designers on the platform team. Pick two projects you're proud of and we'll spend about an hour on them.

I'll send a calendar invite over for the 6th.

Aoife"""
m010 = b.add("INBOX", "corrib-next-step", "2026-09-24 15:05", DUB, AOIFE, "Next step: portfolio review",
             text=t10, mid="gmail", sender="Aoife Brennan via Lever <aoife.brennan@hire.lever.co>")

meet3 = meet_link(b)
title11 = "Portfolio review: Chiara Benedetti <> Corrib Systems"
when11 = "Tuesday Oct 6, 2026 10am - 11am (Irish Standard Time - Dublin)"
ev11 = Event(f"{b.hexid(26)}@google.com", "2026-10-06 10:00", DUB, 60, title11, organizer=AOIFE,
             attendees=[("Chiara Benedetti", USER[1]), NIAMH + ("REQ-PARTICIPANT", True),
                        TOMAS + ("REQ-PARTICIPANT", True), AOIFE + ("OPT-PARTICIPANT", True)],
             description=f"Portfolio review with Niamh and Tomás. Aoife is optional and may drop in at the end.\n\nJoin with Google Meet: {meet3}",
             location=meet3, stamp=stamp("2026-09-24 15:20", DUB))
ics11 = calendar("REQUEST", [ev11])
txt11 = gcal_text("en", title11, when11, AOIFE, [NIAMH, TOMAS, USER], USER[1], meet=meet3,
                  desc="Portfolio review with Niamh and Tomás. Aoife is optional and may drop in at the end.")
m011 = b.add("INBOX", "corrib-portfolio-invite", "2026-09-24 15:20", DUB, AOIFE,
             gcal_subject("en", title11, "Tue Oct 6, 2026 10am - 11am (IST)", USER[1]), text=txt11,
             html=html_from_text(txt11), ics=ics11, ics_as="both", mid="google-cal", sender=GSENDER,
             reply_to=AOIFE, to=[USER])
b.interview(m011, "2026-10-06 10:00", DUB, [NIAMH[1], TOMAS[1]])

t12 = """Gentile cliente,

solo per te, fino al 31 ottobre: l'offerta Conto Deposito Più con tasso lordo annuo del 3,00% vincolato a 12 mesi.

Attiva l'offerta in app o su https://bancalombarda.example/offerte

Banca Lombarda Digitale - Messaggio pubblicitario con finalità promozionale."""
m012 = b.add("INBOX", "offerta-banca", "2026-09-28 08:05", TZ, ("Banca Lombarda Digitale", "comunicazioni@bancalombarda.example"),
             "Un'offerta esclusiva per te: Conto Deposito Più al 3%", text=t12, html=True, mid="ses")
b.silent(m012, "a bank's promotional 'offerta', not a job offer")

t13 = """Gentile Chiara,

grazie ancora per il tempo che ci ha dedicato oggi: Paolo e Marta mi hanno riferito di un colloquio molto positivo.

Stiamo completando gli ultimi incontri con gli altri candidati; Le faremo sapere l'esito entro venerdì 9 ottobre.

Cordiali saluti,
Francesca Lombardi
Ufficio Risorse Umane - Officine Tessari S.p.A."""
m013 = b.add("INBOX", "dopo-colloquio-tecnico", "2026-10-01 18:10", TZ, FRA, "Colloquio tecnico - grazie",
             text=t13, mid="outlook")
b.timeframe(m013, "2026-10-09", FRA[1], True)

t14 = """Hi Chiara,

Thanks for a great portfolio session this morning - Niamh and Tomás loved the research you showed for the spindle-monitoring project.

We're seeing the last two candidates this week, and we'll be in touch with an update by Friday 16 October.

Thanks again,
Aoife"""
m014 = b.add("INBOX", "corrib-thanks", "2026-10-06 12:45", DUB, AOIFE, "Thanks for today!", text=t14,
             mid="gmail", sender="Aoife Brennan via Lever <aoife.brennan@hire.lever.co>")
b.timeframe(m014, "2026-10-16", AOIFE[1], False, domains=["hire.lever.co"])

t15 = """Gentile Chiara,

sono lieta di comunicarLe che, a conclusione del percorso di selezione, Officine Tessari S.p.A. desidera proporLe l'assunzione nel ruolo di Product Designer.

In allegato trova la nostra proposta: contratto a tempo indeterminato, CCNL Metalmeccanico Industria, livello C3, RAL di 42.000 euro, con inizio previsto lunedì 2 novembre 2026 e modalità di lavoro ibrida (due giorni in sede).

Sarò felice di chiarire qualsiasi dubbio; può chiamarmi direttamente al numero qui sotto.

Cordiali saluti,

Francesca Lombardi
Ufficio Risorse Umane
Officine Tessari S.p.A.
Tel. +39 02 5550 3140"""
m015 = b.add("INBOX", "proposta-di-assunzione", "2026-10-08 12:02", TZ, FRA,
             "Proposta di assunzione - Product Designer", text=t15, mid="outlook",
             attach=[("Proposta_assunzione_Benedetti.pdf", "application/pdf", b"%PDF-1.4\n%proposta\n%%EOF\n")])
b.offer(m015)

t16 = """Gentile Francesca,

La ringrazio moltissimo, è davvero una bellissima notizia! Le chiederei qualche giorno per valutare la proposta con calma, anche perché ho un altro processo di selezione ancora aperto.

Cordiali saluti,
Chiara"""
m016 = b.sent("re-proposta", "2026-10-08 19:15", "Re: Proposta di assunzione - Product Designer",
              t16 + gq(m015, TZ).replace(" wrote:", " ha scritto:"), to=[FRA], reply=m015)

t17 = """Gentile Chiara,

certamente, ci mancherebbe. Attendiamo un Suo riscontro entro mercoledì 14 ottobre.

Un saluto,
Francesca"""
m017 = b.add("INBOX", "re-re-proposta", "2026-10-09 09:12", TZ, FRA, "R: Proposta di assunzione - Product Designer",
             text=t17 + oq(m016, TZ), reply=m016, mid="outlook")

t18 = """Gentile Francesca,

dopo averci riflettuto, sono felice di accettare la proposta. In allegato la lettera firmata.

Ci vediamo il 2 novembre!

Un caro saluto,
Chiara Benedetti"""
m018 = b.sent("accetto-proposta", "2026-10-13 17:30", "Re: Proposta di assunzione - Product Designer",
              t18 + gq(m017, TZ).replace(" wrote:", " ha scritto:"), to=[FRA], reply=m017,
              attach=[("Proposta_assunzione_Benedetti_firmata.pdf", "application/pdf", b"%PDF-1.4\n%firmata\n%%EOF\n")])

t19 = """Hi Chiara,

I'm sorry this has taken longer than I promised - I wanted to get back to you sooner.

Thank you for all the time and thought you put into the process. The team enjoyed meeting you, but after a lot of discussion we've decided not to progress your application further. The candidate we chose had deeper experience with design systems at scale, which is the main gap on the team right now.

I'd genuinely love to stay in touch, and I'll keep you in mind for future roles.

All the best,
Aoife"""
m019 = b.add("INBOX", "corrib-update", "2026-10-22 11:40", DUB, AOIFE, "Re: Thanks for today!",
             text=t19 + gq(m014, DUB), reply=m014, mid="gmail",
             sender="Aoife Brennan via Lever <aoife.brennan@hire.lever.co>")
b.rejection(m019, AOIFE[1])

t20 = """Gentili genitori,

si comunica che i colloqui individuali con i docenti della classe 2ª B si svolgeranno giovedì 5 novembre dalle 16:30 alle 18:30. Le prenotazioni sono aperte sul registro elettronico fino al 2 novembre.

Cordiali saluti,
La Segreteria
Istituto Comprensivo "Arcobaleno" - Milano"""
m020 = b.add("INBOX", "colloqui-docenti", "2026-10-23 13:00", TZ, ("Segreteria IC Arcobaleno", "segreteria@icarcobaleno.example"),
             "Colloqui individuali con i docenti - classe 2ª B", text=t20, mid="plain", mid_domain="icarcobaleno.example")
b.silent(m020, "parent-teacher meetings ('colloqui') at a school, not a job interview")

b.write()
