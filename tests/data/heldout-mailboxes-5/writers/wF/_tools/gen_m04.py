"""m04: Warsaw QA engineer - Polish process at Wistula Soft (Recruitee, Google Meet, cancelled and re-booked in text, offer) + Personio rejection."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote
from fcommon import gcal_invite

TZ = "Europe/Warsaw"
U = ("Katarzyna Wróblewska", "k.wroblewska@skrzynka.example")
b = Box("m04-wistula-soft", U, TZ, "2026-09-02T08:00:00+02:00", "2026-11-20T18:00:00+01:00",
        langs=["pl", "en"], country="PL", notes="whole Polish process; calendar cancelled, re-booked in text; offer")

RC = ("Wistula Soft", "no-reply@recruitee.com")
MAR = ("Marta Zielińska", "marta.zielinska@wistulasoft.example")
MSIG = """

Pozdrawiam serdecznie
Marta Zielińska
HR Business Partner | Wistula Soft sp. z o.o.
ul. Prosta 20, 00-850 Warszawa
tel. +48 22 555 01 37"""
TOM = ("Tomasz Nowak", "tomasz.nowak@wistulasoft.example")
AGN = ("Agnieszka Kowalczyk", "agnieszka.kowalczyk@wistulasoft.example")
PER = ("Lindenhof Mobility GmbH", "noreply@personio.de")

# 001 Sent application
t = """Dzień dobry,

w odpowiedzi na ogłoszenie przesyłam swoją aplikację na stanowisko Senior QA Automation Engineer. Od sześciu lat zajmuję się automatyzacją testów (Playwright, Selenium, Java i TypeScript), a od dwóch lat prowadzę zespół trzech testerów w firmie z branży e-commerce.

W załączniku CV. Chętnie opowiem więcej podczas rozmowy.

Z poważaniem
Katarzyna Wróblewska
tel. 601 555 214"""
m001 = b.sent("aplikacja-senior-qa", "2026-09-02 20:15", "Aplikacja na stanowisko Senior QA Automation Engineer", t,
              to=[MAR], proc="wistula", attach=[("CV_Katarzyna_Wroblewska.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

# 002 Recruitee ack (10 working days)
t = """Dzień dobry Katarzyno,

dziękujemy za przesłanie aplikacji na stanowisko Senior QA Automation Engineer w Wistula Soft.

Twoje zgłoszenie trafiło do naszego zespołu rekrutacyjnego. Odpowiemy w ciągu 10 dni roboczych.

Pozdrawiamy
Zespół Wistula Soft

Ta wiadomość została wysłana automatycznie, prosimy na nią nie odpowiadać."""
m002 = b.add("INBOX", "potwierdzenie-aplikacji", "2026-09-03 09:12", TZ, RC,
             "Dziękujemy za aplikację – Senior QA Automation Engineer", text=t, html=True, reply_to=MAR,
             mid="uuid", mid_domain="recruitee.com", proc="wistula")
b.timeframe(m002, "2026-09-17", MAR[1], True)

# 003 Personio ack (English)
t = """Dear Katarzyna,

Thank you for your application as QA Lead (Remote, Poland) and for your interest in Lindenhof Mobility.

We will review your documents carefully and get back to you as soon as possible.

Best regards,
Your Lindenhof Mobility Recruiting Team

Lindenhof Mobility GmbH · Torstraße 110 · 10119 Berlin"""
b.add("INBOX", "lindenhof-received", "2026-09-05 10:41", "Europe/Berlin", PER,
      "Your application at Lindenhof Mobility GmbH", text=t, html=True, mid="uuid", mid_domain="personio.de", proc="lindenhof")

# 004 Marta proposes a phone call
t = """Dzień dobry Pani Katarzyno,

dziękuję za przesłanie CV – Pani doświadczenie bardzo nas zainteresowało. Chciałabym zaprosić Panią na krótką rozmowę telefoniczną (ok. 30 minut), podczas której opowiem o zespole i projekcie.

Czy pasuje Pani czwartek 17.09 o 13:00?""" + MSIG
m004 = b.add("INBOX", "zaproszenie-rozmowa-telefoniczna", "2026-09-10 11:20", TZ, MAR,
             "Rozmowa telefoniczna – Senior QA Automation Engineer", text=t, mid="gmail", proc="wistula")

# 005 Sent
t = """Dzień dobry Pani Marto,

dziękuję za wiadomość. Tak, czwartek o 13:00 bardzo mi pasuje.

Pozdrawiam
Katarzyna Wróblewska""" + "\n\nW dniu czw., 10 wrz 2026 o 11:20 Marta Zielińska <marta.zielinska@wistulasoft.example> napisał(a):\n> Czy pasuje Pani czwartek 17.09 o 13:00?"
m005 = b.sent("re-rozmowa-telefoniczna", "2026-09-10 12:01", "Re: Rozmowa telefoniczna – Senior QA Automation Engineer", t,
              to=[MAR], reply=m004, proc="wistula")

# 006 Marta confirms -> interview (text)
t = """Świetnie, potwierdzam: czwartek 17 września, godz. 13:00. Zadzwonię na numer podany w CV.

Do usłyszenia!""" + MSIG
m006 = b.add("INBOX", "potwierdzenie-rozmowy", "2026-09-10 12:40", TZ, MAR,
             "Re: Rozmowa telefoniczna – Senior QA Automation Engineer", text=t, reply=m005, mid="gmail", proc="wistula")
b.interview(m006, "2026-09-17 13:00", TZ, [MAR[1]])

# 007 Marta: next stage announced
t = """Pani Katarzyno,

dziękuję za dzisiejszą rozmowę! Z przyjemnością zapraszam Panią do kolejnego etapu – rozmowy technicznej z Tomaszem Nowakiem (Team Lead) i Agnieszką Kowalczyk (QA Manager). Za chwilę wyślę zaproszenie w kalendarzu z linkiem do Google Meet.""" + MSIG
b.add("INBOX", "kolejny-etap", "2026-09-17 15:10", TZ, MAR, "Kolejny etap rekrutacji", text=t, mid="gmail", proc="wistula")

# 008 Google invite (Polish) -> interview (calendar), moved by text
ics, GUID, url = gcal_invite(b, "2026-09-29 10:00", TZ, 90, "Rozmowa techniczna – Katarzyna Wróblewska",
                             MAR, [MAR + ("REQ-PARTICIPANT", True), TOM + ("REQ-PARTICIPANT",), AGN + ("REQ-PARTICIPANT",),
                                   U + ("REQ-PARTICIPANT",)],
                             description="Rozmowa techniczna: przegląd kodu testów i zadanie na żywo (Playwright).",
                             stamp="20260917T132500Z")
t = f"""Marta Zielińska zaprasza Cię na wydarzenie.

Rozmowa techniczna – Katarzyna Wróblewska
wtorek, 29 września 2026 · 10:00–11:30
Strefa czasowa: Europa/Warszawa

Dołącz przez Google Meet
{url}

Goście
Marta Zielińska – organizator – marta.zielinska@wistulasoft.example
Tomasz Nowak – tomasz.nowak@wistulasoft.example
Agnieszka Kowalczyk – agnieszka.kowalczyk@wistulasoft.example
Katarzyna Wróblewska – k.wroblewska@skrzynka.example

Odpowiedz: Tak / Nie / Może

Zaproszenie z Kalendarza Google"""
m008 = b.add("INBOX", "zaproszenie-kalendarz", "2026-09-17 15:25", TZ, MAR,
             "Zaproszenie: Rozmowa techniczna – Katarzyna Wróblewska @ wt. 29 wrz 2026 10:00–11:30 (CEST) (k.wroblewska@skrzynka.example)",
             text=t, html=True, ics=ics, ics_as="both", mid="google-cal", sender="calendar-notification@google.com", proc="wistula")
b.interview(m008, "2026-10-01 14:00", TZ, [TOM[1], AGN[1]], moved_by_text=True)

# 009 newsletter look-alike
t = """Praca na Plus – newsletter

5 pytań, które na pewno padną na rozmowie kwalifikacyjnej
„Gdzie widzisz siebie za pięć lat?” i cztery inne klasyki. Podpowiadamy, jak odpowiadać szczerze i konkretnie.

Również w tym numerze:
• Raport płacowy IT 2026
• 1 830 nowych ofert w Warszawie

Czytaj na pracanaplus.example
Wypisz się z newslettera"""
m = b.add("INBOX", "newsletter-pytania", "2026-09-19 08:00", TZ, ("Praca na Plus", "newsletter@pracanaplus.example"),
          "5 pytań, które na pewno padną na rozmowie kwalifikacyjnej", text=t, html=True, mid="sendgrid")
b.silent(m, "job-board newsletter with interview questions (Polish)")

# 010 Google cancellation
ics, _, _ = gcal_invite(b, "2026-09-29 10:00", TZ, 90, "Rozmowa techniczna – Katarzyna Wróblewska",
                        MAR, [MAR + ("REQ-PARTICIPANT", True), TOM + ("REQ-PARTICIPANT",), AGN + ("REQ-PARTICIPANT",),
                              U + ("REQ-PARTICIPANT",)], seq=1, cancel=True, uid=GUID, stamp="20260925T143000Z")
t = """To wydarzenie zostało odwołane i usunięte z Twojego kalendarza.

Rozmowa techniczna – Katarzyna Wróblewska
wtorek, 29 września 2026 · 10:00–11:30
Strefa czasowa: Europa/Warszawa

Organizator: Marta Zielińska

Zaproszenie z Kalendarza Google"""
b.add("INBOX", "odwolane-wydarzenie", "2026-09-25 16:30", TZ, MAR,
      "Odwołane wydarzenie: Rozmowa techniczna – Katarzyna Wróblewska @ wt. 29 wrz 2026 10:00–11:30 (CEST) (k.wroblewska@skrzynka.example)",
      text=t, html=True, ics=ics, ics_as="both", mid="google-cal", sender="calendar-notification@google.com", proc="wistula")

# 011 Marta explains, proposes new time
t = """Pani Katarzyno,

przepraszam za zamieszanie – Tomasz niestety zachorował i musiałam odwołać wtorkowe spotkanie. Czy pasowałby Pani czwartek 1 października o 14:00? Skład bez zmian.""" + MSIG
m011 = b.add("INBOX", "nowy-termin", "2026-09-25 16:34", TZ, MAR, "Nowy termin rozmowy technicznej", text=t, mid="gmail", proc="wistula")

# 012 Sent
t = """Dzień dobry,

nic się nie stało. Czwartek 1.10 o 14:00 mi pasuje. Życzę Tomaszowi szybkiego powrotu do zdrowia.

Pozdrawiam
Katarzyna

Wysłane z iPhone'a""" + "\n\n> Wiadomość napisana przez Marta Zielińska w dniu 25.09.2026, o godz. 16:34:\n>\n> Czy pasowałby Pani czwartek 1 października o 14:00? Skład bez zmian."
m012 = b.sent("re-nowy-termin", "2026-09-25 18:10", "Re: Nowy termin rozmowy technicznej", t, to=[MAR], reply=m011,
              mid="apple", mid_domain="skrzynka.example", proc="wistula")

# 013 Marta confirms in text (no new calendar)
t = """Dziękuję! Potwierdzam czwartek 1.10 o 14:00. Link do spotkania: https://meet.google.com/wsx-qpjr-dzn

Do zobaczenia!""" + MSIG
b.add("INBOX", "potwierdzenie-nowego-terminu", "2026-09-28 09:05", TZ, MAR, "Re: Nowy termin rozmowy technicznej",
      text=t, reply=m012, mid="gmail", proc="wistula")

# 014 Marta: final interview fixed -> interview (text)
t = """Pani Katarzyno,

bardzo dziękujemy za dzisiejszą rozmowę – Tomasz i Agnieszka byli pod dużym wrażeniem zadania na żywo.

Zapraszamy na ostatni etap: spotkanie z prezesem zarządu Piotrem Dąbrowskim oraz Agnieszką Kowalczyk w środę 14 października o 9:30 w naszym biurze przy ul. Prostej 20 (7. piętro). Spotkanie potrwa około godziny.

Jeśli termin nie pasuje, proszę dać znać.""" + MSIG
m014 = b.add("INBOX", "etap-finalowy", "2026-10-01 16:45", TZ, MAR, "Zaproszenie na spotkanie finałowe", text=t,
             mid="gmail", proc="wistula")
b.interview(m014, "2026-10-14 09:30", TZ, ["name:Piotr Dąbrowski", AGN[1]])

# 015 Sent
t = """Dzień dobry Pani Marto,

dziękuję, to świetna wiadomość! Termin 14 października o 9:30 mi odpowiada.

Pozdrawiam
Katarzyna Wróblewska"""
b.sent("re-etap-finalowy", "2026-10-01 19:20", "Re: Zaproszenie na spotkanie finałowe", t, to=[MAR], reply=m014, proc="wistula")

# 016 Personio rejection (no-reply)
t = """Dear Katarzyna,

Thank you again for your interest in the position of QA Lead (Remote, Poland) at Lindenhof Mobility.

We have now reviewed all applications. Unfortunately, we will not be progressing your application on this occasion, as we have decided to proceed with candidates whose profiles more closely match our current requirements.

We will keep your details in our talent pool for six months, in line with your consent.

Best regards,
Your Lindenhof Mobility Recruiting Team

This is an automatically generated email. Replies to this address are not monitored."""
m016 = b.add("INBOX", "lindenhof-update", "2026-10-08 11:02", "Europe/Berlin", PER,
             "Your application at Lindenhof Mobility GmbH", text=t, html=True, mid="uuid", mid_domain="personio.de", proc="lindenhof")
b.rejection(m016, "")

# 017 Recruitee reminder (no ics)
t = """Dzień dobry Katarzyno,

przypominamy o jutrzejszym spotkaniu w Wistula Soft:

środa, 14 października 2026, 9:30
ul. Prosta 20, 7. piętro, Warszawa
Spotkanie z: Piotr Dąbrowski, Agnieszka Kowalczyk

Prosimy o zabranie dokumentu tożsamości – recepcja wyda przepustkę.

Zespół Wistula Soft"""
b.add("INBOX", "przypomnienie", "2026-10-13 10:00", TZ, RC, "Przypomnienie: jutrzejsze spotkanie", text=t, html=True,
      reply_to=MAR, mid="uuid", mid_domain="recruitee.com", proc="wistula")

# 018 Marta: answer within a week (answered)
t = """Pani Katarzyno,

dziękujemy za spotkanie i poświęcony czas. Decyzję przekażemy Pani w ciągu tygodnia.""" + MSIG
m018 = b.add("INBOX", "po-spotkaniu", "2026-10-14 13:10", TZ, MAR, "Dziękujemy za spotkanie", text=t, mid="gmail", proc="wistula")
b.timeframe(m018, "2026-10-21", MAR[1], True)

# 019 offer
t = """Pani Katarzyno,

mam ogromną przyjemność poinformować, że chcielibyśmy zaprosić Panią do zespołu Wistula Soft na stanowisko Senior QA Automation Engineer!

Nasza propozycja:
• umowa o pracę na czas nieokreślony, 19 500 zł brutto miesięcznie (lub 23 000 zł netto + VAT przy współpracy B2B),
• praca hybrydowa (2 dni w biurze),
• prywatna opieka medyczna, karta sportowa, budżet szkoleniowy 4 000 zł rocznie,
• start: 1 grudnia 2026 lub zgodnie z okresem wypowiedzenia.

W załączniku przesyłam szczegóły oferty. Będę wdzięczna za informację zwrotną do końca przyszłego tygodnia.""" + MSIG
m019 = b.add("INBOX", "oferta-pracy", "2026-10-20 15:30", TZ, MAR, "Oferta pracy – Senior QA Automation Engineer", text=t,
             mid="gmail", proc="wistula", attach=[("Oferta_Wistula_Soft.pdf", "application/pdf", b"%PDF-1.4\n%oferta\n%%EOF\n")])
b.offer(m019)

# 020 Sent
t = """Pani Marto,

bardzo dziękuję – jestem zachwycona! Wybieram umowę o pracę. Mam trzymiesięczny okres wypowiedzenia, więc realny start to raczej 4 stycznia. Czy to będzie możliwe?

Pozdrawiam serdecznie
Katarzyna"""
b.sent("re-oferta-pracy", "2026-10-20 20:00", "Re: Oferta pracy – Senior QA Automation Engineer", t, to=[MAR], reply=m019, proc="wistula")

# 021 bank "rozmowa" look-alike
t = """Szanowna Pani,

dziękujemy za złożenie wniosku o kredyt hipoteczny. Zapraszamy na rozmowę z doradcą kredytowym w oddziale przy ul. Marszałkowskiej 84 – termin spotkania może Pani wybrać w aplikacji mobilnej.

Z poważaniem
Bank Wiślany S.A."""
m = b.add("INBOX", "bank-rozmowa-z-doradca", "2026-10-26 12:00", TZ, ("Bank Wiślany", "powiadomienia@bankwislany.example"),
          "Zaproszenie na rozmowę z doradcą", text=t, html=True, mid="ses")
b.silent(m, "bank invites to a meeting with a loan adviser, not a job interview")

# 022 parcel noise
t = """Twoja paczka czeka w automacie WAW-MOK12 (ul. Mokotowska 12).
Kod odbioru: 482 917
Paczkę możesz odebrać do 30.10.2026."""
b.add("INBOX", "paczka", "2026-10-28 14:20", TZ, ("PaczkoPunkt", "powiadomienia@paczkopunkt.example"),
      "Twoja paczka jest gotowa do odbioru", text=t, mid="ses")

b.write()
