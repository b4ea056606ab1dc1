"""m03: Stockholm project manager - Swedish process at Fjällbo Energi (Teamtailor, Teams) + English Pinpoint rejection."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import Box, quote, Event, calendar
from fcommon import teams_invite, exch_headers

TZ = "Europe/Stockholm"
U = ("Elin Lindqvist", "elin.lindqvist@postlada.example")
b = Box("m03-fjallbo-energi", U, TZ, "2026-09-09T08:00:00+02:00", "2026-11-20T18:00:00+01:00",
        langs=["sv", "en"], country="SE", notes="whole Swedish process: text + Teams + Teamtailor calendar, moved; late offer")

TT = ("Fjällbo Energi", "no-reply@mail.teamtailor.com")
SARA = ("Sara Holmberg", "sara.holmberg@fjallbo.example")
SSIG = """

Vänliga hälsningar
Sara Holmberg
Rekryteringsansvarig | Fjällbo Energi AB
Fleminggatan 14, 112 26 Stockholm
Tel: 08-123 456 78"""
JOH = ("Johan Berg", "johan.berg@fjallbo.example")
KAR = ("Karin Ekdahl", "karin.ekdahl@fjallbo.example")
PP = ("Polar Pixel", "no-reply@pinpointhq.com")

# 001 Teamtailor ack (no timeframe)
t = """Hej Elin!

Tack för din ansökan till tjänsten som Projektledare inom laddinfrastruktur hos Fjällbo Energi. Vi har tagit emot dina handlingar.

Vi går igenom ansökningarna löpande och hör av oss så snart vi kan. Du kan när som helst logga in på din kandidatprofil för att se eller uppdatera dina uppgifter.

Med vänliga hälsningar
Fjällbo Energi

Detta mejl går inte att svara på."""
b.add("INBOX", "tack-for-din-ansokan", "2026-09-09 14:02", TZ, TT,
      "Tack för din ansökan – Projektledare laddinfrastruktur", text=t, html=True, reply_to=SARA,
      mid="uuid", mid_domain="mail.teamtailor.com", proc="fjallbo")

# 002 Pinpoint ack (English, no timeframe)
t = """Hi Elin,

Thanks for applying for the Product Project Manager role at Polar Pixel. We've got your application and our hiring team will review it shortly.

If your experience is a good match, someone from the team will reach out to arrange a first conversation.

Best wishes,
The Polar Pixel Talent Team

This message was sent via Pinpoint. Please do not reply to this email."""
b.add("INBOX", "polar-pixel-received", "2026-09-10 19:33", "Europe/London", PP,
      "Your application to Polar Pixel", text=t, html=True, mid="uuid", mid_domain="pinpointhq.com", proc="polar")

# 003 union newsletter look-alike
t = """Nyhetsbrev september – Tjänstemannaförbundet Framåt

Fem frågor du bör förbereda inför anställningsintervjun
Hur beskriver du dig själv? Varför söker du just den här tjänsten? Vi har samlat de vanligaste intervjufrågorna och tips från våra karriärcoacher om hur du svarar.

Dessutom:
– Lönestatistik 2026 för projektledare
– Gratis CV-granskning för medlemmar i oktober

Läs mer på framat.example/karriar

Du får detta mejl eftersom du är medlem. Avregistrera"""
m = b.add("INBOX", "nyhetsbrev-intervjufragor", "2026-09-12 07:30", TZ,
          ("Tjänstemannaförbundet Framåt", "nyhetsbrev@framat.example"),
          "Fem frågor du bör förbereda inför anställningsintervjun", text=t, html=True, mid="sendgrid")
b.silent(m, "union newsletter with interview tips (Swedish)")

# 004 Sara proposes slots
t = """Hej Elin,

Tack för din ansökan, den var riktigt intressant att läsa! Vi skulle gärna vilja träffa dig för en första intervju över Teams, ungefär 45 minuter. Med från oss är jag och Johan Berg, avdelningschef för Laddnätverk.

Passar något av följande?
– tisdag 22/9 kl. 10.00
– torsdag 24/9 kl. 14.00""" + SSIG
m004 = b.add("INBOX", "inbjudan-forsta-intervju", "2026-09-16 10:31", TZ, SARA,
             "Intervju – Projektledare laddinfrastruktur", text=t, mid="outlook", proc="fjallbo")

# 005 Sent
t = """Hej Sara,

Vad roligt! Tisdag kl. 10.00 passar utmärkt.

Hälsningar
Elin""" + "\n\n" + "Den 16 sep. 2026 kl. 10:31 skrev Sara Holmberg <sara.holmberg@fjallbo.example>:\n> Passar något av följande?\n> – tisdag 22/9 kl. 10.00\n> – torsdag 24/9 kl. 14.00"
m005 = b.sent("sv-forsta-intervju", "2026-09-16 12:05", "Sv: Intervju – Projektledare laddinfrastruktur", t,
              to=[SARA], reply=m004, proc="fjallbo")

# 006 Sara confirms -> interview (text)
t = """Toppen! Då säger vi tisdag 22 september kl. 10.00. Johan och jag ser fram emot att prata med dig. Jag skickar en Teams-inbjudan inom kort.""" + SSIG
m006 = b.add("INBOX", "bekraftelse", "2026-09-16 13:20", TZ, SARA, "SV: Intervju – Projektledare laddinfrastruktur",
             text=t, reply=m005, mid="outlook", proc="fjallbo")
b.interview(m006, "2026-09-22 10:00", TZ, [SARA[1], JOH[1]])

# 007 Teams invite (Swedish)
body, ics, uid = teams_invite(b, "2026-09-22 10:00", TZ, 45, "Intervju Elin Lindqvist – Projektledare",
                              SARA, [JOH + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",)], lang="sv",
                              intro="Hej Elin,\n\nHär kommer länken till tisdagens intervju.\n\n/Sara", stamp="20260917T064500Z")
b.add("INBOX", "teams-inbjudan", "2026-09-17 08:45", TZ, SARA, "Intervju Elin Lindqvist – Projektledare",
      text=body, html=True, to=[U], cc=[JOH], ics=ics, mid="outlook",
      headers=exch_headers(b, "Intervju Elin Lindqvist – Projektledare", "sv-SE"), proc="fjallbo")

# 008 Sara: besked senast fredag 2 oktober (answered)
t = """Hej Elin,

Tack för idag, det var ett riktigt trevligt samtal! Vi har några fler intervjuer den här veckan och återkommer med besked om nästa steg senast fredag 2 oktober.""" + SSIG
m008 = b.add("INBOX", "tack-for-idag", "2026-09-22 14:10", TZ, SARA, "Tack för idag", text=t, mid="outlook", proc="fjallbo")
b.timeframe(m008, "2026-10-02", SARA[1], True)

# 009 Sara: second round
t = """Hej igen Elin,

Vi vill gärna gå vidare med dig till en andra intervju! Den här gången ses vi på plats på kontoret på Kungsholmen. Du träffar vår vd Karin Ekdahl och Johan igen, och vi kommer bland annat att be dig berätta hur du skulle lägga upp utrullningen av 40 nya laddplatser.

Du får en inbjudan från Teamtailor alldeles strax.""" + SSIG
b.add("INBOX", "andra-intervju", "2026-09-30 11:00", TZ, SARA, "Andra intervju", text=t, mid="outlook", proc="fjallbo")

# 010 Teamtailor calendar invite -> interview (calendar), later moved to 8 Oct 09:00
TUID = f"tt-interview-{b.hexid(10)}@teamtailor.com"
loc = "Fjällbo Energi, Fleminggatan 14, 112 26 Stockholm"


def tt_ics(start, seq, stamp):
    ev = Event(TUID, start, TZ, 90, "Intervju: Projektledare laddinfrastruktur – Fjällbo Energi", SARA,
               [KAR + ("REQ-PARTICIPANT",), JOH + ("REQ-PARTICIPANT",), U + ("REQ-PARTICIPANT",)],
               seq=seq, location=loc, stamp=stamp,
               description="Andra intervju med Karin Ekdahl och Johan Berg. Anmäl dig i receptionen på plan 3.")
    return calendar("REQUEST", [ev], prodid="-//Teamtailor//Interview//SV")


t = """Hej Elin,

Du har blivit inbjuden till en intervju hos Fjällbo Energi.

Tjänst: Projektledare laddinfrastruktur
Datum: onsdag 7 oktober 2026
Tid: 13:00–14:30
Plats: Fleminggatan 14, 112 26 Stockholm (plan 3)
Deltagare: Karin Ekdahl, Johan Berg

Lägg till i din kalender med den bifogade filen.

Med vänliga hälsningar
Fjällbo Energi"""
m010 = b.add("INBOX", "teamtailor-intervjuinbjudan", "2026-09-30 11:04", TZ, TT,
             "Intervjuinbjudan: Projektledare laddinfrastruktur", text=t, html=True, reply_to=SARA,
             ics=tt_ics("2026-10-07 13:00", 0, "20260930T090400Z"), ics_as="attach", ics_name="intervju.ics",
             mid="uuid", mid_domain="mail.teamtailor.com", proc="fjallbo")
b.interview(m010, "2026-10-08 09:00", TZ, [KAR[1], JOH[1]])

# 011 Pinpoint rejection (no-reply, formal)
t = """Dear Elin,

Thank you for your interest in the Product Project Manager position at Polar Pixel and for taking the time to apply.

We received a large number of strong applications. After careful review, we regret to inform you that we will not be progressing your application on this occasion.

We wish you every success in your job search.

Kind regards,
Polar Pixel Talent Team

This message was sent via Pinpoint. Please do not reply to this email."""
m011 = b.add("INBOX", "polar-pixel-update", "2026-10-02 16:12", "Europe/London", PP,
             "Update on your application to Polar Pixel", text=t, html=True, mid="uuid", mid_domain="pinpointhq.com", proc="polar")
b.rejection(m011, "")

# 012 Sara: Karin cannot on Wednesday
t = """Hej Elin,

Karin har tyvärr fått förhinder i morgon eftermiddag – ett styrelsemöte som har flyttats. Skulle du kunna komma torsdag 8 oktober kl. 09.00 i stället? Samma plats och samma upplägg.

Ledsen för strulet!""" + SSIG
m012 = b.add("INBOX", "ny-tid", "2026-10-06 08:40", TZ, SARA, "Ny tid för intervjun?", text=t, mid="outlook", proc="fjallbo")

# 013 Sent
t = """Hej Sara,

Inga problem, torsdag kl. 9 går bra!

/Elin

Skickat från min iPhone""" + "\n\n" + "> 6 okt. 2026 kl. 08:40 skrev Sara Holmberg <sara.holmberg@fjallbo.example>:\n>\n> Skulle du kunna komma torsdag 8 oktober kl. 09.00 i stället?"
m013 = b.sent("sv-ny-tid", "2026-10-06 09:02", "Sv: Ny tid för intervjun?", t, to=[SARA], reply=m012,
              mid="apple", mid_domain="postlada.example", proc="fjallbo")

# 014 Teamtailor updated invite
t = """Hej Elin,

Din intervju hos Fjällbo Energi har flyttats.

Tjänst: Projektledare laddinfrastruktur
Ny tid: torsdag 8 oktober 2026, 09:00–10:30
Plats: Fleminggatan 14, 112 26 Stockholm (plan 3)
Deltagare: Karin Ekdahl, Johan Berg

Den bifogade kalenderfilen ersätter den tidigare inbjudan.

Med vänliga hälsningar
Fjällbo Energi"""
b.add("INBOX", "teamtailor-uppdaterad", "2026-10-06 09:30", TZ, TT,
      "Uppdaterad intervju: Projektledare laddinfrastruktur", text=t, html=True, reply_to=SARA,
      ics=tt_ics("2026-10-08 09:00", 1, "20261006T073000Z"), ics_as="attach", ics_name="intervju.ics",
      mid="uuid", mid_domain="mail.teamtailor.com", proc="fjallbo")

# 015 Sara: besked senast onsdag 14 oktober (unanswered)
t = """Hej Elin!

Stort tack för ett bra samtal i morse – både Karin och Johan var väldigt nöjda. Vi har en kandidat kvar att träffa, och vi lovar att ge dig besked senast onsdag 14 oktober.""" + SSIG
m015 = b.add("INBOX", "tack-for-i-morse", "2026-10-08 15:20", TZ, SARA, "Tack för i morse", text=t, mid="outlook", proc="fjallbo")
b.timeframe(m015, "2026-10-14", SARA[1], False)

# 016 family noise
t = """Hej gumman!

Pappa och jag tänkte komma upp till Stockholm helgen 24–25 oktober. Går det bra om vi sover hos dig? Vi tar med kantareller från landet.

Kram
Mamma"""
b.add("INBOX", "mamma", "2026-10-11 19:12", TZ, ("Birgitta Lindqvist", "birgitta.lindqvist@telepost.example"),
      "Helgen 24–25 okt", text=t, mid="gmail")

# 017 Sara: offer (late)
t = """Hej Elin,

Förlåt att det dröjde längre än jag lovade – vi behövde få ett sista godkännande från styrelsen.

Nu har jag äntligen roliga nyheter: vi vill erbjuda dig tjänsten som projektledare inom laddinfrastruktur! Vi erbjuder en månadslön på 52 000 kr, tillsvidareanställning med sex månaders provanställning, 30 semesterdagar och tjänstepension enligt avtal. Tillträde enligt överenskommelse.

Jag bifogar anställningsavtalet. Hör av dig om du har frågor, så kan vi ta ett samtal.""" + SSIG
m017 = b.add("INBOX", "erbjudande", "2026-10-21 16:05", TZ, SARA, "Erbjudande om anställning – Projektledare", text=t,
             mid="outlook", proc="fjallbo", attach=[("Anstallningsavtal_Elin_Lindqvist.pdf", "application/pdf", b"%PDF-1.4\n%avtal\n%%EOF\n")])
b.offer(m017)

# 018 Sent reply to offer
t = """Hej Sara,

Tack så mycket, vad glad jag blir! Jag läser igenom avtalet i helgen. Min uppsägningstid är tre månader, så tillträde tidigast i slutet av januari – hoppas det fungerar för er.

Hälsningar
Elin Lindqvist
070-555 12 34""" + "\n\n" + "Den 21 okt. 2026 kl. 16:05 skrev Sara Holmberg <sara.holmberg@fjallbo.example>:\n> Nu har jag äntligen roliga nyheter: vi vill erbjuda dig tjänsten som projektledare inom laddinfrastruktur!"
b.sent("sv-erbjudande", "2026-10-21 21:30", "Sv: Erbjudande om anställning – Projektledare", t, to=[SARA], reply=m017, proc="fjallbo")

# 019 webinar look-alike
t = """Webbinarium torsdag 5 november kl. 12.00

Så lyckas du med digitala intervjuer – teknik, ljus och hur du bygger relation genom skärmen. Vår rekryteringsexpert går igenom de vanligaste misstagen och svarar på frågor live.

Anmäl dig gratis: karriarkraft.example/webbinar

Karriärkraft"""
m = b.add("INBOX", "webbinarium-digitala-intervjuer", "2026-10-27 08:00", TZ, ("Karriärkraft", "info@karriarkraft.example"),
          "Webbinarium: Så lyckas du med digitala intervjuer", text=t, html=True, mid="sendgrid")
b.silent(m, "webinar about interviewing (Swedish)")

# 020 SL receipt noise
t = """Kvitto

30-dagarsbiljett, helt pris
Belopp: 1 060,00 kr
Köpt: 2026-11-02 07:58
Ordernummer: 88213094

Tack för att du reser med Stockholms Lokaltrafik-appen."""
b.add("INBOX", "kvitto-biljett", "2026-11-02 07:58", TZ, ("SL-appen", "kvitto@sl-appen.example"), "Ditt kvitto", text=t, mid="ses")

b.write()
