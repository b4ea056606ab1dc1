"""m09: cancellations, re-bookings and holds, for a Berlin user. Lindgrün Energie (German Outlook
invitation, cancelled by calendar because the manager is ill - not a rejection - and re-booked
with a new invitation; a dated promise left unkept, then the role is put on hold). Cardinal
Ledger (US; Google invite moved by an update, a hiring-manager call fixed in text then moved in
text, a final round cancelled by calendar when the role goes on hold, re-booked weeks later,
offer). Kiefer & Sohn (German text invitation, then the interview is cancelled because the post
was filled internally - a rejection)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf, hdr_text
from kit import google_invite

TZ = "Europe/Berlin"
ET = "America/New_York"
U = ("Jonas Weidemann", "jonas.weidemann@spreepost.example")
b = Box("final", "m09-cancel-rebook-hold", U, TZ,
        "2026-09-07T08:00:00+02:00", "2026-12-11T18:00:00+01:00", langs=["de", "en"], country="DE")

KAT = ("Katrin Brandt", "k.brandt@lindgruen-energie.example")
HEN = ("Dr. Henrik Albers", "h.albers@lindgruen-energie.example")
BREE = ("Bree Holloway", "bree@cardinalledger.example")
TOMA = ("Tomasz Wolski", "tomasz@cardinalledger.example")
LUC = ("Lucinda Park", "lucinda@cardinalledger.example")
PET = ("Petra Lang", "p.lang@kiefer-sohn.example")
ksig = "\n\nMit freundlichen Grüßen\n\nKatrin Brandt\nHR Business Partnerin\nLindgrün Energie GmbH | Großer Burstah 31 | 20457 Hamburg\nTel. +49 40 5550 2274"
bsig = "\n\nBree Holloway\nTalent Partner, Cardinal Ledger\n(646) 555-0137"
psig = "\n\nMit freundlichen Grüßen\nPetra Lang\nPersonalabteilung\nKiefer & Sohn Maschinenbau GmbH\nSiemensstraße 40, 70469 Stuttgart\nTel. 0711 5550 318"


def ms_headers(topic):
    return [f"Thread-Topic: {hdr_text(topic)}", f"Thread-Index: AdkT{b.alnum(24)}==", "Content-Language: de-DE"]


def teams_de():
    return (f"""________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder einem Raumgerät aus teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b.hexid(24)}%40thread.v2/0>
Besprechungs-ID: {b.rng.randint(100,999)} {b.rng.randint(100,999)} {b.rng.randint(100,999)} {b.rng.randint(100,999)}
Kennung: {b.alnum(6)}
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________""")


def ms_uid():
    return "040000008200E00074C5B7101A82E00800000000" + b.hexid(40).upper()


m1 = b.sent("bewerbung-lindgruen", "2026-09-07 19:30", "Bewerbung als Senior Data Engineer (Ref. LG-2026-114)",
"""Sehr geehrte Frau Brandt,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position Senior Data Engineer
(Ref. LG-2026-114). In meiner aktuellen Rolle bei der Spreewerk AG verantworte ich die
Datenplattform für unsere Windparks, was gut zu Ihrem Schwerpunkt Netzprognosen passt.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jonas Weidemann
+49 151 5550 7731""", to=[KAT], mid="uuid", mid_domain="spreepost.example",
           attach=[("Bewerbung_Jonas_Weidemann.pdf", "application/pdf", fakepdf("Bewerbung - Jonas Weidemann"))])

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-09-15 10:00", ET, minutes=30,
           summary="Cardinal Ledger intro - Jonas Weidemann / Bree Holloway", organizer=BREE,
           attendees=[(BREE[0], BREE[1], "REQ-PARTICIPANT", True), U], stamp="20260909T140000Z")
uid_screen = ev.uid
m2 = google_invite(b, "2026-09-09 10:00", ET, BREE, ev, label="Eastern Time - New York",
                   note="Hi Jonas - looking forward to our intro! That's 16:00 Berlin time. Bree", slug="cardinal-intro-invite")
b.interview(m2, "2026-09-16 10:00", ET, [BREE[1]])

b.sent("bewerbung-kiefer", "2026-09-10 08:15", "Bewerbung: Softwareentwickler Industrie 4.0",
"""Sehr geehrte Frau Lang,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Softwareentwickler Industrie 4.0.
Meine Unterlagen finden Sie im Anhang.

Mit freundlichen Grüßen
Jonas Weidemann""", to=[PET], mid="uuid", mid_domain="spreepost.example",
       attach=[("Lebenslauf_Weidemann.pdf", "application/pdf", fakepdf("Lebenslauf - Jonas Weidemann"))])

tb = teams_de()
d = ("Sehr geehrter Herr Weidemann,\n\nvielen Dank für Ihre Bewerbung. Wie telefonisch besprochen, lade ich Sie herzlich "
     "zu einem ersten Vorstellungsgespräch per Teams ein. Teilnehmen werden Herr Dr. Henrik Albers "
     "(Bereichsleiter Data & Analytics) und ich.\n\nViele Grüße\nKatrin Brandt\n\n" + tb)
uid_lg1 = ms_uid()
ev = Event(uid_lg1, "2026-09-17 10:00", TZ, minutes=60, summary="Vorstellungsgespräch – Jonas Weidemann",
           organizer=KAT, attendees=[U, HEN], location="Microsoft Teams-Besprechung", description=d,
           stamp="20260910T084000Z")
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
m4 = b.add("INBOX", "vorstellungsgespraech", "2026-09-10 10:40", TZ, KAT, "Vorstellungsgespräch – Jonas Weidemann",
           text=d, html=html_from_text(d, "font-family:Calibri,sans-serif;font-size:11pt"), cc=[HEN],
           ics=ics, cal_cte="base64", mid="outlook", headers=ms_headers("Vorstellungsgespräch – Jonas Weidemann"))
b.interview(m4, "2026-09-24 14:00", TZ, [KAT[1], HEN[1]])

ev = Event(uid_screen, "2026-09-16 10:00", ET, minutes=30,
           summary="Cardinal Ledger intro - Jonas Weidemann / Bree Holloway", organizer=BREE,
           attendees=[(BREE[0], BREE[1], "REQ-PARTICIPANT", True), U], stamp="20260914T123000Z", seq=1)
google_invite(b, "2026-09-14 08:30", ET, BREE, ev, kind="Updated invitation", label="Eastern Time - New York",
              note="Sorry Jonas, a board prep landed on Tuesday - moved us to Wednesday, same time (16:00 for you). Bree",
              slug="cardinal-intro-moved")

d2 = ("Sehr geehrter Herr Weidemann,\n\nleider müssen wir den Termin am Donnerstag absagen, da Herr Dr. Albers "
      "kurzfristig erkrankt ist. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag - "
      "Ihre Bewerbung bleibt selbstverständlich im Verfahren.\n\nViele Grüße\nKatrin Brandt")
ev = Event(uid_lg1, "2026-09-17 10:00", TZ, minutes=60, summary="Vorstellungsgespräch – Jonas Weidemann",
           organizer=KAT, attendees=[U, HEN], location="Microsoft Teams-Besprechung", description=d2,
           stamp="20260915T071500Z", seq=1, cancel=True)
ics = calendar("CANCEL", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
b.add("INBOX", "abgesagt", "2026-09-15 09:15", TZ, KAT, "Abgesagt: Vorstellungsgespräch – Jonas Weidemann",
      text=d2, html=html_from_text(d2, "font-family:Calibri,sans-serif;font-size:11pt"), cc=[HEN],
      ics=ics, cal_cte="base64", mid="outlook", headers=ms_headers("Abgesagt: Vorstellungsgespräch – Jonas Weidemann"))

tb = teams_de()
d3 = ("Sehr geehrter Herr Weidemann,\n\nwie versprochen hier der neue Termin für unser Gespräch mit Herrn Dr. Albers "
      "und mir: Donnerstag, 24. September, 14:00 Uhr.\n\nViele Grüße\nKatrin Brandt\n\n" + tb)
ev = Event(ms_uid(), "2026-09-24 14:00", TZ, minutes=60, summary="Vorstellungsgespräch (neuer Termin) – Jonas Weidemann",
           organizer=KAT, attendees=[U, HEN], location="Microsoft Teams-Besprechung", description=d3,
           stamp="20260916T090000Z")
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows", style="ms")
b.add("INBOX", "neuer-termin", "2026-09-16 11:00", TZ, KAT, "Vorstellungsgespräch (neuer Termin) – Jonas Weidemann",
      text=d3, html=html_from_text(d3, "font-family:Calibri,sans-serif;font-size:11pt"), cc=[HEN],
      ics=ics, cal_cte="base64", mid="outlook", headers=ms_headers("Vorstellungsgespräch (neuer Termin) – Jonas Weidemann"))

m7 = b.sent("thanks-bree", "2026-09-16 17:05", "Thanks, Bree",
"""Hi Bree,

Thanks for the call - great to hear how Cardinal is expanding the ledger product into Europe.
Happy to keep going!

Jonas""", to=[BREE], mid="uuid", mid_domain="spreepost.example")

m8 = b.add("INBOX", "bree-hm", "2026-09-17 09:20", ET, BREE, "Re: Thanks, Bree",
"""Hi Jonas,

Tomasz Wolski, our Director of Data, would love to talk. How's Tuesday 9/29 at 11am ET? That
would be 5pm for you.""" + bsig + gq(m7, ET), reply=m7, mid="gmail")

m9 = b.sent("re-bree-hm", "2026-09-17 15:40", "Re: Thanks, Bree",
"""Tuesday 9/29 at 11am ET (17:00 here) works great.

Jonas""" + gq(m8, TZ), to=[BREE], reply=m8, mid="uuid", mid_domain="spreepost.example")

m10 = b.add("INBOX", "bree-hm-confirmed", "2026-09-17 10:05", ET, BREE, "Re: Thanks, Bree",
"""Great - locked in for Tuesday 9/29, 11am ET. Tomasz will send you a Meet link.""" + bsig + gq(m9, ET),
            to=[U], cc=[TOMA], reply=m9, mid="gmail")
b.interview(m10, "2026-09-30 11:00", ET, [TOMA[1]])

m = b.add("INBOX", "zahnarzt", "2026-09-21 08:05", TZ, ("Zahnarztpraxis Dr. Yilmaz", "praxis@zahnarzt-yilmaz.example"),
          "Terminverschiebung: Ihr Termin am 23.09.",
"""Sehr geehrter Herr Weidemann,

leider müssen wir Ihren Termin am Mittwoch, 23.09., um 08:30 Uhr absagen. Wir haben Sie auf
Freitag, 25.09., 08:30 Uhr umgebucht. Sollte Ihnen dieser Termin nicht passen, rufen Sie uns
bitte an: 030 5550 4410.

Ihr Praxisteam Dr. Yilmaz""", mid="plain", mid_domain="zahnarzt-yilmaz.example")
b.silent(m, "dentist rescheduling an appointment")

b.sent("danke-lindgruen", "2026-09-24 16:10", "Vielen Dank für das Gespräch",
"""Sehr geehrte Frau Brandt, sehr geehrter Herr Dr. Albers,

vielen Dank für das angenehme Gespräch heute Nachmittag. Besonders die Pläne für die
Echtzeit-Netzprognose haben mich begeistert.

Mit freundlichen Grüßen
Jonas Weidemann""", to=[KAT, HEN], mid="uuid", mid_domain="spreepost.example")

m13 = b.add("INBOX", "lindgruen-rueckmeldung", "2026-09-25 11:30", TZ, KAT, "AW: Vielen Dank für das Gespräch",
"""Sehr geehrter Herr Weidemann,

vielen Dank für Ihre freundliche Nachricht. Wir führen diese Woche noch zwei weitere
Gespräche und melden uns bis Freitag, den 2. Oktober, bei Ihnen.""" + ksig, mid="outlook",
            headers=ms_headers("Vielen Dank für das Gespräch"))
b.timeframe(m13, "2026-10-02", KAT[1], False, country="DE")

m14 = b.add("INBOX", "tomasz-push", "2026-09-28 08:10", ET, TOMA, "Tuesday -> Wednesday?",
"""Hi Jonas,

Something came up for Tuesday - could we push to Wednesday 9/30, same time (11am ET)? Meet
link: https://meet.google.com/crd-lgdr-tmz

Thanks, and sorry for the shuffle.
Tomasz

Sent from my iPhone""", mid="apple", mid_domain="cardinalledger.example")

b.sent("re-tomasz-push", "2026-09-28 15:00", "Re: Tuesday -> Wednesday?",
"""No problem - Wednesday 11am ET works. See you then!

Jonas""" + gq(m14, TZ), to=[TOMA], reply=m14, mid="uuid", mid_domain="spreepost.example")

m16 = b.add("INBOX", "kiefer-einladung", "2026-09-28 16:20", TZ, PET, "Einladung zum Vorstellungsgespräch",
"""Sehr geehrter Herr Weidemann,

vielen Dank für Ihre Bewerbung als Softwareentwickler Industrie 4.0. Wir möchten Sie gerne
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

  Termin: Donnerstag, 8. Oktober 2026, 9:30 Uhr
  Ort: Kiefer & Sohn Maschinenbau GmbH, Siemensstraße 40, 70469 Stuttgart-Feuerbach
  Gesprächspartner: Frau Sabine Kiefer (Geschäftsführerin) und Herr Ralf Öztürk
  (Leiter Softwareentwicklung)

Ihre Reisekosten (Bahn, 2. Klasse) erstatten wir Ihnen gerne. Bitte bestätigen Sie uns den
Termin kurz per E-Mail.""" + psig, mid="plain", mid_domain="kiefer-sohn.example")
b.interview(m16, "2026-10-08 09:30", TZ, ["name:Sabine Kiefer", "name:Ralf Öztürk"], thank_you=False)

b.sent("bestaetigung-kiefer", "2026-09-28 18:45", "AW: Einladung zum Vorstellungsgespräch",
"""Sehr geehrte Frau Lang,

vielen Dank für die Einladung. Den Termin am 8. Oktober um 9:30 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Jonas Weidemann""" + gq(m16, TZ), to=[PET], reply=m16, mid="uuid", mid_domain="spreepost.example")

b.sent("thanks-tomasz", "2026-09-30 18:00", "Thank you, Tomasz",
"""Hi Tomasz,

Thanks for the conversation today - I enjoyed the discussion on reconciling event streams
across regions. Hope we continue!

Jonas""", to=[TOMA], mid="uuid", mid_domain="spreepost.example")

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-10-08 10:00", ET, minutes=60,
           summary="Cardinal Ledger final round - Jonas Weidemann", organizer=BREE,
           attendees=[(BREE[0], BREE[1], "OPT-PARTICIPANT", True), U, TOMA, LUC], stamp="20261001T150000Z")
uid_final = ev.uid
m19 = google_invite(b, "2026-10-01 11:00", ET, BREE, ev, label="Eastern Time - New York",
                    note="Final round with Lucinda Park (CFO) and Tomasz Wolski - I won't be joining. 16:00 Berlin time. Bree",
                    slug="cardinal-final-invite")
b.interview(m19, "2026-11-03 10:00", ET, [LUC[1], TOMA[1]])

m = b.add("INBOX", "kiefer-absage", "2026-10-05 10:10", TZ, PET, "Ihr Vorstellungsgespräch am 8. Oktober",
"""Sehr geehrter Herr Weidemann,

leider müssen wir den vereinbarten Termin am 8. Oktober absagen. Die Stelle konnte zwischenzeitlich
intern besetzt werden, sodass wir das Auswahlverfahren beendet haben.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und danken Ihnen für Ihr Interesse
an Kiefer & Sohn. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.""" + psig,
          mid="plain", mid_domain="kiefer-sohn.example")
b.rejection(m, PET[1])

b.add("INBOX", "bree-hold", "2026-10-06 09:30", ET, BREE, "Final round - update",
"""Hi Jonas,

I'm really sorry to do this: our Series C close has slipped, and leadership has decided to put
this position on hold for a few weeks. I'm cancelling Thursday's final round for now. To be
clear, this is not a decision about you - your candidacy stays active and I'll reach out as
soon as we can restart.""" + bsig, mid="gmail")

ev = Event(uid_final, "2026-10-08 10:00", ET, minutes=60,
           summary="Cardinal Ledger final round - Jonas Weidemann", organizer=BREE,
           attendees=[(BREE[0], BREE[1], "OPT-PARTICIPANT", True), U, TOMA, LUC], stamp="20261006T133500Z",
           seq=1, cancel=True)
google_invite(b, "2026-10-06 09:35", ET, BREE, ev, kind="Canceled event", label="Eastern Time - New York",
              method="CANCEL", slug="cardinal-final-canceled")

b.add("INBOX", "lindgruen-eis", "2026-10-12 14:00", TZ, KAT, "Ihre Bewerbung als Senior Data Engineer",
"""Sehr geehrter Herr Weidemann,

bitte entschuldigen Sie die verspätete Rückmeldung. Aufgrund einer internen Umstrukturierung
haben wir entschieden, die Stelle Senior Data Engineer vorerst auf Eis zu legen. Wir würden Ihre
Unterlagen gerne in unserem Bewerberpool behalten und uns melden, sobald die Position wieder
freigegeben ist.

Vielen Dank für Ihr Verständnis.""" + ksig, mid="outlook", headers=ms_headers("Ihre Bewerbung als Senior Data Engineer"))

b.add("INBOX", "bree-restart", "2026-10-27 10:15", ET, BREE, "Good news - we're back on!",
"""Hi Jonas,

The round closed and the role is open again! Lucinda and Tomasz would love to pick up where we
left off - I've re-booked your final for Tuesday, November 3 at 10am ET. Careful: our clocks
change on Sunday, so that's 16:00 for you in Berlin again. New invite coming now.""" + bsig, mid="gmail")

ev = Event(f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com", "2026-11-03 10:00", ET, minutes=60,
           summary="Cardinal Ledger final round (re-booked) - Jonas Weidemann", organizer=BREE,
           attendees=[(BREE[0], BREE[1], "OPT-PARTICIPANT", True), U, TOMA, LUC], stamp="20261027T142000Z")
google_invite(b, "2026-10-27 10:20", ET, BREE, ev, label="Eastern Time - New York", slug="cardinal-final-rebooked")

b.sent("thanks-final", "2026-11-03 17:30", "Thank you - final round",
"""Hi Lucinda, hi Tomasz,

Thank you for today's conversation - and for restarting the process. I enjoyed the discussion
about building the EU data team from scratch.

Best regards,
Jonas""", to=[LUC, TOMA], cc=[BREE], mid="uuid", mid_domain="spreepost.example")

m26 = b.add("INBOX", "bree-timeline", "2026-11-04 09:00", ET, BREE, "Re: Thank you - final round",
"""Hi Jonas,

They both really enjoyed it. We'll have a decision for you by Tuesday, November 10.""" + bsig, mid="gmail")

offer = """Hi Jonas,

I'm thrilled to tell you that Cardinal Ledger would like to offer you the role of Senior Data
Engineer (Berlin, remote-first) - you'd be our first data hire in Europe!

The offer letter is attached (EUR 98,000 base, 0.15% equity, 30 days' vacation, start date
1 February 2027). We'll employ you through our German entity.

Congratulations! Let me know when you'd like to talk it through.""" + bsig
m27 = b.add("INBOX", "offer", "2026-11-09 09:45", ET, BREE, "Offer - Senior Data Engineer",
            text=offer, html=html_from_text(offer), mid="gmail",
            attach=[("Cardinal_Ledger_Offer_Weidemann.pdf", "application/pdf", fakepdf("Cardinal Ledger - Offer Letter"))])
b.timeframe(m26, "2026-11-10", BREE[1], True, country="US", news=m27)
b.offer(m27)

b.sent("re-offer", "2026-11-09 18:20", "Re: Offer - Senior Data Engineer",
"""Bree, this is fantastic news - thank you! I'll review the letter tonight and get back to you
by the end of the week.

Jonas""" + gq(m27, TZ), to=[BREE], reply=m27, mid="uuid", mid_domain="spreepost.example")

b.write()
