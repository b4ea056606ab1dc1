"""m11: a user in Warsaw; a Polish-language process (autoresponder with "10 dni roboczych",
phone interview in text, Polish Teams invite with Windows TZID "Central European Standard Time",
an Outlook update moving it, an offer) and an English process with a Stockholm company (Swedish
Google Calendar invite, unanswered promise, late rejection). Polish 'oferta' look-alikes."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, gcal_text, gcal_subject, meet_link,
                      html_from_text, outlook_headers, teams_block)

TZ = "Europe/Warsaw"
STO = "Europe/Stockholm"
USER = ("Michał Zieliński", "michal.zielinski@poczta.example")
b = Box("tune", "m11-warszawa-sztokholm", USER, TZ, "2026-09-07T08:00:00+02:00", "2026-11-13T18:00:00+01:00",
        langs=("pl", "sv", "en"), country="PL")
KARIERA = ("Bursztyn Analytics - Rekrutacja", "kariera@bursztyn.example")
AGA = ("Agnieszka Nowak", "agnieszka.nowak@bursztyn.example")
PIOTR = ("Piotr Wójcik", "piotr.wojcik@bursztyn.example")
KAROLINA = ("Karolina Mazur", "karolina.mazur@bursztyn.example")
LH = ("Lindholm Audio", "jobs@lindholmaudio.example")
ELIN = ("Elin Sjöberg", "elin.sjoberg@lindholmaudio.example")
JOHAN = ("Johan Berg", "johan.berg@lindholmaudio.example")
EXCH = "Microsoft Exchange Server 2010"
GSENDER = "Google Calendar <calendar-notification@google.com>"
PLQ = lambda q: q.replace(" wrote:", " napisał(a):")

t1 = """Dzień dobry,

w odpowiedzi na ogłoszenie przesyłam swoją aplikację na stanowisko Senior Backend Developer (Java/Kotlin), nr ref. BA/2026/14.

Od sześciu lat pracuję jako programista backendu, obecnie w firmie z branży e-commerce, gdzie odpowiadam za usługi płatności i integracje z bramkami (Spring Boot, Kafka, PostgreSQL). Bardzo interesuje mnie praca przy platformie analitycznej dla sektora energetycznego.

W załączniku przesyłam CV. Chętnie opowiem więcej podczas rozmowy.

Z poważaniem
Michał Zieliński
tel. +48 601 555 204"""
m001 = b.sent("aplikacja-bursztyn", "2026-09-07 19:00", "Aplikacja - Senior Backend Developer (BA/2026/14)", t1,
              to=[KARIERA], attach=[("CV_Michal_Zielinski.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

t2 = """Dzień dobry,

dziękujemy za przesłanie aplikacji na stanowisko Senior Backend Developer (Java/Kotlin). Potwierdzamy jej otrzymanie.

Odpowiemy w ciągu 10 dni roboczych.

Pozdrawiamy
Zespół Rekrutacji
Bursztyn Analytics sp. z o.o.
ul. Prosta 51, 00-838 Warszawa

Wiadomość wygenerowana automatycznie."""
m002 = b.add("INBOX", "potwierdzenie-aplikacji", "2026-09-07 19:01", TZ, KARIERA,
             "Potwierdzenie otrzymania aplikacji - Senior Backend Developer", text=t2, reply=m001, mid="outlook",
             headers=["Auto-Submitted: auto-replied"])
b.timeframe(m002, "2026-09-21", KARIERA[1], True)

lh = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<p>Hi Michał,</p>
<p>Thank you for applying for <b>Backend Engineer, Streaming Platform</b> at Lindholm Audio! We've received your application and are excited to learn more about you.</p>
<p>We'll get back to you within two weeks.</p>
<p>Med vänliga hälsningar / Best regards,<br>The Lindholm Audio team</p>
<p style="font-size:12px;color:#999">Sent with Teamtailor</p>
</body></html>
"""
m003 = b.add("INBOX", "lindholm-ack", "2026-09-09 14:20", STO, LH, "Thanks for your application, Michał!", html=lh,
             mid="uuid", mid_domain="lindholmaudio.example", headers=["Auto-Submitted: auto-generated"])
b.timeframe(m003, "2026-09-23", LH[1], True)

t4 = """Zaproszenie na bezpłatny webinar

"Rozmowa kwalifikacyjna w IT - jak się przygotować?"
czwartek, 24 września 2026, godz. 18:00

Podczas spotkania rekruterzy z trzech firm technologicznych opowiedzą, jak wygląda rozmowa techniczna, o co pytają na etapie HR i jak negocjować wynagrodzenie (B2B czy umowa o pracę?).

Zapisz się: https://itkariera.example/webinar/rozmowa

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera ITKariera. Wypisz się: https://itkariera.example/wypisz"""
m004 = b.add("INBOX", "webinar-rozmowa-kwalifikacyjna", "2026-09-10 09:00", TZ, ("ITKariera", "newsletter@itkariera.example"),
             "Webinar: Rozmowa kwalifikacyjna w IT - jak się przygotować?", text=t4, html=True, mid="sendgrid",
             headers=["Precedence: bulk"])
b.silent(m004, "Polish webinar about job interviews")

t5 = """Dzień dobry Panie Michale,

dziękuję za aplikację. Chciałabym zaprosić Pana na krótką rozmowę telefoniczną w czwartek 17 września o godz. 10:00. Zadzwonię na numer podany w CV; rozmowa potrwa ok. 20-30 minut.

Proszę o potwierdzenie terminu.

Pozdrawiam serdecznie
Agnieszka Nowak
Specjalistka ds. rekrutacji
Bursztyn Analytics sp. z o.o.
tel. +48 22 555 41 17"""
m005 = b.add("INBOX", "zaproszenie-rozmowa-telefoniczna", "2026-09-15 11:20", TZ, AGA,
             "Zaproszenie na rozmowę - Senior Backend Developer", text=t5, mid="outlook")
b.interview(m005, "2026-09-17 10:00", TZ, [AGA[1]])

t6 = """Dzień dobry Pani Agnieszko,

dziękuję za zaproszenie, potwierdzam termin w czwartek 17 września o 10:00.

Pozdrawiam
Michał Zieliński"""
m006 = b.sent("potwierdzenie-terminu", "2026-09-15 12:05", "Re: Zaproszenie na rozmowę - Senior Backend Developer",
              t6 + PLQ(gq(m005, TZ)), to=[AGA], reply=m005)

tb, url = teams_block(b, "pl")
uid = "040000008200E00074C5B7101A82E00800000000" + b.hexid(48).upper()
desc7 = f"""Dzień dobry Panie Michale,

zgodnie z rozmową zapraszam na spotkanie techniczne z Piotrem Wójcikiem (Tech Lead) i Karoliną Mazur (Senior Developer). Spotkanie potrwa ok. 1,5 godziny: omówienie doświadczenia oraz zadanie z projektowania systemu.

Ja nie będę uczestniczyć w tym spotkaniu.

Agnieszka Nowak

{tb}
"""
ev = Event(uid, "2026-09-29 14:00", TZ, 90, "Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", organizer=AGA,
           attendees=[("Michał Zieliński", USER[1]), PIOTR + ("REQ-PARTICIPANT", True), KAROLINA + ("REQ-PARTICIPANT", True)],
           location="Spotkanie w aplikacji Microsoft Teams", description=desc7, stamp=stamp("2026-09-17 15:10", TZ),
           extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}"])
m007 = b.add("INBOX", "zaproszenie-teams", "2026-09-17 15:10", TZ, AGA,
             "Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", text=desc7, html=html_from_text(desc7),
             to=[USER, PIOTR, KAROLINA], ics=calendar("REQUEST", [ev], prodid=EXCH, tzstyle="windows"), ics_cte="base64",
             mid="outlook", headers=outlook_headers(b, "Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", "pl-PL"))
b.interview(m007, "2026-10-01 14:00", TZ, [PIOTR[1], KAROLINA[1]])

meet = meet_link(b)
title8 = "Lindholm Audio - intervju / interview: Michał Zieliński"
when8 = "tisdag 6 okt. 2026 10:00 - 11:00 (Centraleuropeisk normaltid - Stockholm)"
desc8 = ("Hi Michał! This is a 60-minute interview with me and Johan Berg, Engineering Manager for the streaming "
         "platform. We'll talk about your background and do a short architecture discussion. /Elin")
ev8 = Event(f"{b.hexid(26)}@google.com", "2026-10-06 10:00", STO, 60, title8, organizer=ELIN,
            attendees=[ELIN + ("REQ-PARTICIPANT", True), ("Michał Zieliński", USER[1]), JOHAN + ("REQ-PARTICIPANT", True)],
            description=desc8 + f"\n\nDelta med Google Meet: {meet}", location=meet, stamp=stamp("2026-09-21 13:30", STO))
m008 = b.add("INBOX", "lindholm-inbjudan", "2026-09-21 13:30", STO, ELIN,
             gcal_subject("sv", title8, "tis 6 okt. 2026 10:00 - 11:00 (CEST)", USER[1]),
             text=gcal_text("sv", title8, when8, ELIN, [JOHAN, USER], USER[1], meet=meet, desc=desc8), html=True,
             ics=calendar("REQUEST", [ev8]), ics_as="both", mid="google-cal", sender=GSENDER, reply_to=ELIN)
b.interview(m008, "2026-10-06 10:00", STO, [ELIN[1], JOHAN[1]])

t9 = """Hi Elin,

Thank you for the invitation - I've accepted it. Looking forward to talking with you and Johan on the 6th.

Best regards,
Michał"""
m009 = b.sent("re-lindholm", "2026-09-21 18:40", "Re: Lindholm Audio - intervju / interview: Michał Zieliński", t9,
              to=[ELIN], reply=m008)

t10 = """OFERTA SPECJALNA tylko do niedzieli!

Słuchawki bezprzewodowe SoundPro X2 - teraz 30% taniej: 349 zł zamiast 499 zł.
Darmowa dostawa i 30 dni na zwrot.

Sprawdź ofertę: https://sklep-elektronika.example/oferta/x2

Otrzymujesz tę wiadomość, ponieważ masz konto w naszym sklepie."""
m010 = b.add("INBOX", "oferta-specjalna", "2026-09-24 08:00", TZ, ("Sklep Elektronika", "oferty@sklep-elektronika.example"),
             "Oferta specjalna: -30% na słuchawki SoundPro X2", text=t10, html=True, mid="ses")
b.silent(m010, "a shop's 'oferta specjalna' (discount), not a job offer")

desc11 = f"""Dzień dobry Panie Michale,

niestety Piotr zachorował, dlatego przenoszę spotkanie techniczne na czwartek 1 października, godz. 14:00. Link do spotkania pozostaje bez zmian.

Przepraszam za zamieszanie.
Agnieszka Nowak

{tb}
"""
ev11 = Event(uid, "2026-10-01 14:00", TZ, 90, "Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", organizer=AGA,
             attendees=ev.attendees, location="Spotkanie w aplikacji Microsoft Teams", description=desc11, seq=1,
             stamp=stamp("2026-09-25 09:15", TZ), extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}"])
m011 = b.add("INBOX", "zaktualizowano-teams", "2026-09-25 09:15", TZ, AGA,
             "Zaktualizowano: Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", text=desc11,
             html=html_from_text(desc11), to=[USER, PIOTR, KAROLINA],
             ics=calendar("REQUEST", [ev11], prodid=EXCH, tzstyle="windows"), ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics", "pl-PL"))

t12 = """Dzień dobry,

nie ma problemu, czwartek 1 października o 14:00 mi odpowiada. Życzę Piotrowi szybkiego powrotu do zdrowia!

Pozdrawiam
Michał"""
m012 = b.sent("re-zaktualizowano", "2026-09-25 10:02", "Re: Zaktualizowano: Rozmowa techniczna - Michał Zieliński / Bursztyn Analytics",
              t12, to=[AGA], reply=m011)

t13 = """Dzień dobry Panie Michale,

dziękujemy za dzisiejsze spotkanie - Piotr i Karolina byli bardzo zadowoleni z rozmowy.

Czekają nas jeszcze dwa spotkania z innymi kandydatami. Odezwiemy się do piątku 9 października.

Pozdrawiam serdecznie
Agnieszka Nowak"""
m013 = b.add("INBOX", "po-rozmowie-technicznej", "2026-10-01 17:30", TZ, AGA, "Dziękujemy za spotkanie", text=t13, mid="outlook")
b.timeframe(m013, "2026-10-09", AGA[1], True, domains=["bursztyn.example"])

t14 = """Nowe oferty pracy dla Ciebie - Java, Warszawa

Senior Java Developer - FinTech Polska - Warszawa (hybrydowo) - 24 000-29 000 zł netto (B2B)
Backend Engineer (Kotlin) - Mobilność24 - zdalnie
Lead Software Engineer - Bank Wschodni - Warszawa

Zobacz wszystkie 14 ofert: https://pracaonline.example/alerty/java-warszawa

Zarządzaj powiadomieniami: https://pracaonline.example/alerty"""
m014 = b.add("INBOX", "nowe-oferty-pracy", "2026-10-05 07:00", TZ, ("PracaOnline", "powiadomienia@pracaonline.example"),
             "14 nowych ofert pracy: Java, Warszawa", text=t14, html=True, mid="ses", headers=["Precedence: bulk"])
b.silent(m014, "job-board alert ('oferty pracy' = job listings)")

t15 = """Hi Michał,

Thank you for a great conversation this morning - Johan especially enjoyed the discussion about back-pressure in the ingest pipeline.

We're meeting a few more candidates this week and will give you feedback within 5 business days.

Med vänliga hälsningar,
Elin Sjöberg
Talent Acquisition, Lindholm Audio AB
Stockholm | +46 8 555 120 44"""
m015 = b.add("INBOX", "lindholm-tack", "2026-10-06 12:40", STO, ELIN, "Tack för idag / Thanks for today", text=t15)
b.timeframe(m015, "2026-10-13", ELIN[1], False)

t16 = """Dzień dobry Panie Michale,

z przyjemnością informuję, że chcielibyśmy złożyć Panu ofertę pracy na stanowisku Senior Backend Developer (Java/Kotlin).

Szczegóły:
- forma współpracy: umowa o pracę na czas nieokreślony (lub B2B, do wyboru)
- wynagrodzenie: 26 500 zł brutto miesięcznie (UoP) / 30 000 zł netto + VAT (B2B)
- praca hybrydowa, 2 dni w biurze przy ul. Prostej
- planowany start: 1 grudnia 2026

Szczegółową ofertę przesyłam w załączniku. Chętnie odpowiem na pytania - najlepiej telefonicznie.

Pozdrawiam serdecznie
Agnieszka Nowak
Specjalistka ds. rekrutacji
Bursztyn Analytics sp. z o.o.
tel. +48 22 555 41 17"""
m016 = b.add("INBOX", "oferta-pracy", "2026-10-08 13:10", TZ, AGA, "Oferta pracy - Senior Backend Developer", text=t16,
             mid="outlook", attach=[("Oferta_Bursztyn_Zielinski.pdf", "application/pdf", b"%PDF-1.4\n%oferta\n%%EOF\n")])
b.offer(m016)

t17 = """Dzień dobry Pani Agnieszko,

bardzo dziękuję - to świetna wiadomość! Skłaniam się ku umowie o pracę. Czy start 1 grudnia jest sztywny? Mam miesięczny okres wypowiedzenia, więc najwcześniej mogę zacząć 16 listopada lub 1 grudnia - obie daty są OK.

Pozdrawiam
Michał"""
m017 = b.sent("re-oferta", "2026-10-09 08:20", "Re: Oferta pracy - Senior Backend Developer", t17 + PLQ(gq(m016, TZ)),
              to=[AGA], reply=m016)

t18 = """Panie Michale,

1 grudnia jest dla nas idealny. Umowę o pracę przygotujemy po Pana akceptacji oferty.

Pozdrawiam
Agnieszka"""
m018 = b.add("INBOX", "re-re-oferta", "2026-10-13 10:05", TZ, AGA, "RE: Oferta pracy - Senior Backend Developer",
             text=t18 + oq(m017, TZ), reply=m017, mid="outlook")

t19 = """Dzień dobry Pani Agnieszko,

w takim razie z radością akceptuję ofertę - do zobaczenia 1 grudnia!

Pozdrawiam serdecznie
Michał Zieliński"""
m019 = b.sent("akceptacja-oferty", "2026-10-14 09:00", "Re: Oferta pracy - Senior Backend Developer", t19 + PLQ(gq(m018, TZ)),
              to=[AGA], reply=m018)

t20 = """Hi Michał,

I'm sorry for the slow reply - our hiring committee only met yesterday.

Unfortunately we have decided to proceed with other candidates for the Backend Engineer role. Johan and I really enjoyed our conversation, and this was a close decision; in the end we chose someone with more hands-on experience with real-time audio codecs.

Thank you for your interest in Lindholm Audio, and best of luck!

Med vänliga hälsningar,
Elin Sjöberg
Talent Acquisition, Lindholm Audio AB"""
m020 = b.add("INBOX", "lindholm-beslut", "2026-10-21 15:15", STO, ELIN, "Re: Tack för idag / Thanks for today",
             text=t20 + gq(m015, STO), reply=m015)
b.rejection(m020, ELIN[1])

b.write()
