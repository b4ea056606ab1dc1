"""Part-B builders on top of mimehelp: localized quoting, Exchange/Teams and
Google Calendar invitations, ATS .ics attachments.  Deterministic."""
from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo

from mimehelp import (Box, Event, calendar, vtimezone, _fold, _esc, zdt, iso, IANA_TO_WIN,
                      html_from_text, sig, add_bdays)  # noqa: F401

WDAY = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
WDAY_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
MON_LONG_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def _who(frm):
    if isinstance(frm, tuple):
        return frm
    return ("", frm)


def attribution(m, lang="en", tz=None, style="gmail"):
    d = m.when.astimezone(ZoneInfo(tz)) if tz else m.when
    name, a = _who(m.frm)
    wd, mo, hm = WDAY[lang][d.weekday()], MON[lang][d.month - 1], d.strftime("%H:%M")
    full = f"{name} <{a}>" if name else a
    if style == "apple":
        if lang == "en":
            return f"On {d.day} {MON['en'][d.month-1][:3]} {d.year}, at {hm}, {full} wrote:"
        if lang == "es":
            return f"El {d.day} {mo} {d.year}, a las {hm}, {full} escribió:"
        if lang == "it":
            return f"Il giorno {d.day} {mo} {d.year}, alle ore {hm}, {full} ha scritto:"
        if lang == "de":
            return f"Am {d.day}.{d.month:02d}.{d.year} um {hm} schrieb {full}:"
        if lang == "nl":
            return f"Op {d.day} {mo} {d.year} om {hm} heeft {full} het volgende geschreven:"
        if lang == "pt":
            return f"A {d.day}/{d.month:02d}/{d.year}, às {hm}, {full} escreveu:"
        if lang == "fr":
            return f"Le {d.day} {mo} {d.year} à {hm}, {full} a écrit :"
    if lang == "en":
        return f"On {wd}, {d.day} {mo} {d.year} at {hm}, {full} wrote:"
    if lang == "es":
        return f"El {wd}, {d.day} {mo} {d.year} a las {hm}, {name} (<{a}>) escribió:"
    if lang == "nl":
        return f"Op {wd} {d.day} {mo} {d.year} om {hm} schreef {full}:"
    if lang == "de":
        return f"Am {wd}, {d.day}. {mo} {d.year} um {hm} Uhr schrieb {full}:"
    if lang == "it":
        return f"Il giorno {wd} {d.day} {mo} {d.year} alle ore {hm} {full} ha scritto:"
    if lang == "pt":
        return f"{wd[0].upper()}{wd[1:]}, {d.day} de {mo} de {d.year}, {hm}, {full} escreveu:" if False else \
            f"Em {wd}, {d.day} de {mo} de {d.year} às {hm}, {full} escreveu:"
    if lang == "fr":
        return f"Le {wd} {d.day} {mo} {d.year} à {hm}, {full} a écrit :"
    raise ValueError(lang)


def quoted(m, lang="en", tz=None, style="gmail", depth_limit=None):
    """Attribution + '>'-quoted text of message m (its own quoting included)."""
    text = (m.text or "").strip("\n")
    lines = text.split("\n")
    if depth_limit is not None:
        lines = lines[:depth_limit]
    q = "\n".join((">" + (" " + ln if not ln.startswith(">") else ln)) if ln else ">" for ln in lines)
    return "\n\n" + attribution(m, lang, tz, style) + "\n" + q + "\n"


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "CC"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Cc"),
    "pt": ("De", "Enviado", "Para", "Assunto", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
}


def fmt_addr(x):
    n, a = _who(x)
    return f"{n} <{a}>" if n else a


def outlook_quote(m, lang="en", tz=None):
    d = m.when.astimezone(ZoneInfo(tz)) if tz else m.when
    f, s, t, su, _ = OUTLOOK[lang]
    sep = " :" if lang == "fr" else ":"
    if lang == "en":
        ds = f"{WDAY_LONG['en'][d.weekday()]}, {MON_LONG_EN[d.month-1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"
    elif lang == "de":
        ds = f"{WDAY_LONG['de'][d.weekday()]}, {d.day}. {MON['de'][d.month-1].rstrip('.')} {d.year} {d.strftime('%H:%M')}"
    else:
        ds = f"{WDAY_LONG[lang][d.weekday()]}, {d.day} {MON[lang][d.month-1]} {d.year} {d.strftime('%H:%M')}"
    tos = m.to if m.to is not None else [m.box.user]
    if isinstance(tos, tuple):
        tos = [tos]
    head = [f"{f}{sep} {fmt_addr(m.frm)}", f"{s}{sep} {ds}", f"{t}{sep} " + "; ".join(fmt_addr(x) for x in tos),
            f"{su}{sep} {m.subject}"]
    return "\n\n________________________________\n" + "\n".join(head) + "\n\n" + (m.text or "").strip("\n") + "\n"


# ------------------------------------------------------------------ Teams / Exchange

TEAMS_BLOCK = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
           "Meeting ID", "Passcode", "Learn More | Meeting options"),
    "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat",
           "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode",
           "Meer informatie | Vergaderopties"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie am Computer, über die mobile App oder ein Raumgerät teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Passcode",
           "Weitere Informationen | Besprechungsoptionen"),
    "it": ("Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della stanza",
           "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode", "Altre informazioni | Opzioni riunione"),
    "pt": ("Reunião do Microsoft Teams", "Participe pelo computador, aplicativo móvel ou dispositivo de sala",
           "Clique aqui para ingressar na reunião", "ID da reunião", "Senha", "Saiba mais | Opções da reunião"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret", "En savoir plus | Options de réunion"),
    "es": ("Reunión de Microsoft Teams", "Únase a través de su ordenador, aplicación móvil o dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
           "Más información | Opciones de reunión"),
}
LANGTAG = {"en": "en-GB", "nl": "nl-NL", "de": "de-DE", "it": "it-IT", "pt": "pt-PT", "fr": "fr-FR", "es": "es-ES"}
CANCEL_PREFIX_MS = {"en": "Cancelled", "nl": "Geannuleerd", "de": "Abgesagt", "it": "Annullato", "pt": "Cancelado",
                    "fr": "Annulé", "es": "Cancelado"}


def teams_url(box):
    tid = box.hexid(8) + "-" + box.hexid(4) + "-" + box.hexid(4) + "-" + box.hexid(4) + "-" + box.hexid(12)
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{box.alnum(40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d",
            f"{box.rng.randint(100,999)} {box.rng.randint(100,999)} {box.rng.randint(100,999)} {box.rng.randint(100,999)}",
            box.alnum(6))


def exchange_uid(box):
    return "040000008200E00074C5B7101A82E00800000000" + box.hexid(16).upper() + "00000000000000001000000" + box.hexid(32).upper()


def teams(box, slug, when, send_tz, organizer, attendees, start, ev_tz, minutes, subject, intro, lang="en",
          uid=None, seq=0, cancel=False, to=None, cc=(), reply=None, url=None, optional=()):
    """Exchange Online invitation (or METHOD:CANCEL) with a Windows TZID."""
    url = url or teams_url(box)
    link, mid_, pc = url
    b = TEAMS_BLOCK[lang]
    block = ("\n" + "_" * 80 + "\n" + b[0] + "\n" + b[1] + "\n" + b[2] + f"<{link}>\n" +
             f"{b[3]}: {mid_}\n{b[4]}: {pc}\n" + b[5] + "\n" + "_" * 80 + "\n")
    body = intro.strip("\n") + "\n" + ("" if cancel else block)
    s = zdt(start, ev_tz)
    e = s + _dt.timedelta(minutes=minutes)
    win = IANA_TO_WIN[ev_tz]
    stamp = box.msgs[-1].when if False else None
    wdt = zdt(when, send_tz).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lt = LANGTAG[lang]
    L = ["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0", vtimezone(ev_tz, windows=True), "BEGIN:VEVENT",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        role = "OPT-PARTICIPANT" if a in optional else "REQ-PARTICIPANT"
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    L.append(f"DESCRIPTION;LANGUAGE={lt}:{_esc(body)}")
    L.append(f"UID:{uid}")
    pre = CANCEL_PREFIX_MS[lang] + ": " if cancel else ""
    L += [f"SUMMARY;LANGUAGE={lt}:{pre}{_esc(subject)}",
          f"DTSTART;TZID={win}:{s.strftime('%Y%m%dT%H%M%S')}",
          f"DTEND;TZID={win}:{e.strftime('%Y%m%dT%H%M%S')}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{wdt}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lt}:{b[0]}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:" + str(box.rng.randint(-2**31, 2**31)),
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if not cancel:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}", "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/" + box.alnum(24),
              "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + box.alnum(30) + "@thread.v2\"}",
              "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{b[0]}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(_fold(x) if "\r\n" not in x else x for x in L) + "\r\n"
    hdrs = [f"Thread-Topic: {subject}" if subject.isascii() else "Thread-Topic: " + __import__('mimehelp').hdr_text(subject),
            f"Thread-Index: {box.alnum(30)}==", f"Accept-Language: {lt}, en-US", f"Content-Language: {lt}",
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    tos = to if to is not None else [a for a in attendees]
    html = html_from_text(intro, "font-family:Aptos,Calibri,sans-serif;font-size:11pt") if True else None
    if not cancel:
        html = html.replace("</div></body>", f'<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">{"_"*80}</span></div>\n'
                            f'<div style="margin-top:24px"><span style="font-size:24px;color:#252424">{b[0]}</span></div>\n'
                            f'<div><b>{b[1]}</b><br><a href="{link}">{b[2]}</a></div>\n'
                            f'<div>{b[3]}: {mid_}<br>{b[4]}: {pc}</div>\n</div></body>')
    return box.add("INBOX", slug, when, send_tz, organizer, pre + subject, text=body, html=html, to=tos, cc=cc,
                   reply=reply, ics=ics, mid="outlook", headers=hdrs, cal_cte="base64"), url


# ------------------------------------------------------------------ Google Calendar

GCAL_SUBJ = {
    "en": ("Invitation", "Updated invitation", "Canceled event"),
    "es": ("Invitación", "Invitación actualizada", "Evento cancelado"),
    "nl": ("Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerde afspraak"),
    "de": ("Einladung", "Aktualisierte Einladung", "Abgesagter Termin"),
    "it": ("Invito", "Invito aggiornato", "Evento annullato"),
    "pt": ("Convite", "Convite atualizado", "Evento cancelado"),
    "fr": ("Invitation", "Invitation mise à jour", "Événement annulé"),
}
TZABBR = {("eu1", False): "CET", ("eu1", True): "CEST"}


def gdate(s, e, lang, tzname):
    wd = WDAY[lang][s.weekday()]
    mo = MON[lang][s.month - 1]
    if lang == "en":
        return f"{wd} {s.day} {mo} {s.year} {s.strftime('%H:%M')} - {e.strftime('%H:%M')} ({tzname})"
    if lang == "de":
        return f"{wd} {s.day}. {mo} {s.year} {s.strftime('%H:%M')} - {e.strftime('%H:%M')} ({tzname})"
    return f"{wd} {s.day} {mo} {s.year} {s.strftime('%H:%M')} - {e.strftime('%H:%M')} ({tzname})"


GCAL_WORDS = {
    "en": ("Join with Google Meet", "Guests", "organiser", "View all guest info", "Reply for", "Invitation from Google Calendar"),
    "es": ("Unirse con Google Meet", "Invitados", "organizador", "Ver toda la información de los invitados", "Responder para", "Invitación de Google Calendar"),
    "de": ("Mit Google Meet teilnehmen", "Gäste", "Organisator", "Alle Gastinformationen ansehen", "Antworten für", "Einladung von Google Kalender"),
    "nl": ("Deelnemen met Google Meet", "Gasten", "organisator", "Alle gastgegevens bekijken", "Reageren voor", "Uitnodiging van Google Agenda"),
    "it": ("Partecipa con Google Meet", "Invitati", "organizzatore", "Visualizza tutte le informazioni sugli invitati", "Rispondi per", "Invito da Google Calendar"),
    "pt": ("Participar com o Google Meet", "Convidados", "organizador", "Ver todas as informações dos convidados", "Responder para", "Convite do Google Agenda"),
    "fr": ("Participer avec Google Meet", "Invités", "organisateur", "Afficher toutes les informations sur les invités", "Répondre pour", "Invitation de Google Agenda"),
}


def gcal(box, slug, when, send_tz, organizer, attendees, start, ev_tz, minutes, summary, lang="en",
         uid=None, seq=0, cancel=False, desc="", meet=True, tzname=None, reply=None, update=False):
    s = zdt(start, ev_tz)
    e = s + _dt.timedelta(minutes=minutes)
    tzname = tzname or s.tzname()
    meet_code = f"{box.alnum(3,'abcdefghijkmnopqrstuvwxyz')}-{box.alnum(4,'abcdefghijkmnopqrstuvwxyz')}-{box.alnum(3,'abcdefghijkmnopqrstuvwxyz')}"
    w = GCAL_WORDS[lang]
    uid = uid or f"{box.alnum(26,'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
    full_desc = desc
    if meet and not cancel:
        full_desc = (desc + "\n\n" if desc else "") + f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n{w[0]}: https://meet.google.com/{meet_code}\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    stamp = zdt(when, send_tz).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    ev = Event(uid, start, ev_tz, minutes, summary, organizer,
               [(a[0], a[1], "REQ-PARTICIPANT", a[1] == organizer[1]) for a in attendees], seq=seq,
               cancel=cancel, description=full_desc or None, stamp=stamp,
               location=None, extra=([f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}"] if meet and not cancel else []))
    ics = calendar("CANCEL" if cancel else "REQUEST", [ev])
    kind = 2 if cancel else (1 if update else 0)
    subj = f"{GCAL_SUBJ[lang][kind]}: {summary} @ {gdate(s, e, lang, tzname)} ({box.user[1]})"
    lines = [summary, gdate(s, e, lang, tzname)]
    if meet and not cancel:
        lines += ["", f"{w[0]}", f"meet.google.com/{meet_code}"]
    lines += ["", w[1]]
    for a in attendees:
        lines.append(f"{a[0]} - {w[2]}" if a[1] == organizer[1] else a[0])
        lines.append(a[1]) if False else None
    lines += [w[3]]
    if desc:
        lines += ["", desc]
    lines += ["", f"{w[4]} {box.user[1]}", "", w[5]]
    text = "\n".join(lines)
    guests_html = "".join(f'<li><a href="mailto:{a[1]}">{a[0]}</a>{" - " + w[2] if a[1] == organizer[1] else ""}</li>' for a in attendees)
    import html as _h
    html = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
            f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif"><h2>{_h.escape(summary)}</h2>'
            f'<p>{_h.escape(gdate(s, e, lang, tzname))}</p>'
            + (f'<p><a href="https://meet.google.com/{meet_code}">{w[0]}</a></p>' if meet and not cancel else "")
            + f'<p><b>{w[1]}</b></p><ul>{guests_html}</ul>'
            + (f'<p>{_h.escape(desc).replace(chr(10), "<br>")}</p>' if desc else "")
            + f'<p style="color:#70757a;font-size:12px">{w[5]}</p></div></body></html>\n')
    return box.add("INBOX", slug, when, send_tz, organizer, subj, text=text, html=html,
                   to=[box.user], reply_to=organizer, sender="calendar-notification@google.com" if False else None,
                   ics=ics, ics_as="both", mid="google-cal", reply=reply)


def ats_ics(box, uid, start, ev_tz, minutes, summary, organizer, attendees, prodid, desc=None, location=None,
            method="REQUEST", seq=0, tzstyle="iana", stamp=None):
    ev = Event(uid, start, ev_tz, minutes, summary, organizer,
               [(a[0], a[1]) for a in attendees], seq=seq, description=desc, location=location,
               cancel=(method == "CANCEL"), stamp=stamp)
    return calendar(method, [ev], prodid=prodid, tzstyle=tzstyle)
