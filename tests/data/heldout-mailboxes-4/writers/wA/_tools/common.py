"""Builders shared by the wA generators (Google Calendar, system mail, quoting)."""
from __future__ import annotations

import datetime as _dt
import html as _h

from mimehelp import Event, calendar, zdt, html_from_text  # noqa: F401

TZABBR = {
    "America/Los_Angeles": ("PST", "PDT"), "America/Denver": ("MST", "MDT"),
    "America/Chicago": ("CST", "CDT"), "America/New_York": ("EST", "EDT"),
    "America/Detroit": ("EST", "EDT"), "America/Phoenix": ("MST", "MST"),
}


def abbr(d: _dt.datetime, tz: str) -> str:
    std, dst = TZABBR[tz]
    return dst if d.dst() else std


def hm(d: _dt.datetime, short=True) -> str:
    h = d.strftime("%I").lstrip("0")
    ap = d.strftime("%p").lower()
    if short and d.minute == 0:
        return f"{h}{ap}"
    return f"{h}:{d.strftime('%M')}{ap}"


def gdate(d: _dt.datetime) -> str:
    return d.strftime("%a %b ") + str(d.day) + d.strftime(", %Y")


def longdate(d: _dt.datetime) -> str:
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def gcal(box, when, org, title, start, tz, minutes, attendees, desc="", meet=None,
         location=None, uid=None, seq=0, kind="new", reply=None, user_tz=None):
    """A Google Calendar invitation (text + html + text/calendar + invite.ics)."""
    s = zdt(start, tz)
    e = s + _dt.timedelta(minutes=minutes)
    ab = abbr(s, tz)
    span = f"{gdate(s)} {hm(s)} - {hm(e)} ({ab})"
    uid = uid or f"{box.hexid(26)}@google.com"
    user = box.user
    atts = [(n, a) for (n, a) in attendees]
    if user[1] not in [a for _, a in atts]:
        atts.append(user)
    cancel = kind == "cancel"
    ev = Event(uid, start, tz, minutes, title, organizer=org,
               attendees=[(n, a, "REQ-PARTICIPANT", a == org[1]) for n, a in atts],
               seq=seq, location=location or (meet and meet), description=desc or None,
               cancel=cancel, stamp=zdt(when, box.tz).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    ics = calendar("CANCEL" if cancel else "REQUEST", [ev])
    pre = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = f"{pre}: {title} @ {span} ({user[1]})"
    guests = "\n".join((f"{n} - organizer\n{a}" if a == org[1] else f"{n}\n{a}") for n, a in atts)
    if cancel:
        lead = "This event has been canceled and removed from your calendar."
    elif kind == "update":
        lead = "This event has been updated."
    else:
        lead = "You have been invited to the following event."
    text = f"{lead}\n\n{title}\n{span}\n"
    if meet:
        text += f"\nJoin with Google Meet\n{meet}\n"
    if location:
        text += f"\nLocation\n{location}\n"
    text += f"\nGuests\n{guests}\n"
    if desc:
        text += f"\n{desc}\n"
    text += ("\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid="
             f"{box.alnum(40)}\n\nInvitation from Google Calendar\n\nYou are receiving this email "
             f"because you are an attendee on the event.\n")
    rows = "".join(f"<li>{_h.escape(n)}{' &ndash; organizer' if a == org[1] else ''}<br>"
                   f"<span style=\"color:#70757a\">{_h.escape(a)}</span></li>" for n, a in atts)
    html = (
        '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">\n'
        f'<div style="font-size:14px">{_h.escape(lead)}</div>\n'
        f'<h2 style="font-weight:400;font-size:22px">{_h.escape(title)}</h2>\n'
        f'<div><b>When</b><br>{_h.escape(span)}</div>\n'
        + (f'<div><a href="{meet}">Join with Google Meet</a><br>{_h.escape(meet)}</div>\n' if meet else "")
        + (f'<div><b>Location</b><br>{_h.escape(location)}</div>\n' if location else "")
        + f'<div><b>Guests</b><ul>{rows}</ul></div>\n'
        + (f'<div style="white-space:pre-wrap">{_h.escape(desc)}</div>\n' if desc else "")
        + '<div style="color:#70757a;font-size:12px">Invitation from Google Calendar</div>\n</body></html>\n')
    m = box.add("INBOX", f"{'cancel' if cancel else 'invite'}-{box.slugify(title)}", when, box.tz, org,
                subject, text=text, html=html, ics=ics, ics_as="both", mid="google-cal",
                reply_to=org, sender="calendar-notification@google.com", reply=reply)
    m.uid = uid
    return m


def q(text: str, who: str, when_s: str) -> str:
    """Quoted-reply block (Gmail style)."""
    lines = text.strip("\n").split("\n")
    return f"\n\nOn {when_s} {who} wrote:\n\n" + "\n".join("> " + ln if ln else ">" for ln in lines) + "\n"


def outlook_q(text: str, frm: str, sent: str, to: str, subject: str) -> str:
    return ("\n\n________________________________\nFrom: " + frm + "\nSent: " + sent + "\nTo: " + to +
            "\nSubject: " + subject + "\n\n" + text.strip("\n") + "\n")


def fake_pdf(title: str) -> bytes:
    body = f"BT /F1 14 Tf 72 720 Td ({title}) Tj ET"
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            + f"4 0 obj<</Length {len(body)}>>stream\n{body}\nendstream endobj\n".encode()
            + b"trailer<</Root 1 0 R>>\n%%EOF\n")


def simple_html(paras, footer="", brand="#1f2937", width=600):
    """HTML-only system mail: paras is a list of strings (already HTML-safe or plain)."""
    body = "\n".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width"></head>\n<body style="margin:0;background:#f4f5f7">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="{width}" style="background:#ffffff;font-family:Helvetica,Arial,'
            f'sans-serif;font-size:15px;line-height:22px;color:{brand}"><tr><td style="padding:28px 32px">\n'
            f'{body}\n</td></tr>\n'
            + (f'<tr><td style="padding:16px 32px;font-size:12px;color:#6b7280">{footer}</td></tr>\n' if footer else "")
            + '</table>\n</td></tr></table>\n</body></html>\n')
