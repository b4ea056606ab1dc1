"""Builders shared by the wE generators (invites from Google / Outlook / Zoom, fake PDFs)."""
import datetime as _dt
import html as _h

from mimehelp import Event, calendar, zdt

GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK_PRODID = "Microsoft Exchange Server 2010"


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("ascii")


def _when_line(start, tz, minutes, tzlabel):
    s = zdt(start, tz)
    e = s + _dt.timedelta(minutes=minutes)
    day = s.strftime("%a %b %-d, %Y")
    fmt = lambda d: d.strftime("%-I:%M%p").lower().replace(":00", "")
    return f"{day} {fmt(s)} - {fmt(e)} ({tzlabel})"


def gcal_invite(box, when, org, title, start, tz, minutes, attendees, tzlabel, meet=None,
                description="", reply=None, seq=0, method="REQUEST", uid=None, subject_prefix="Invitation",
                co=None, location=None):
    """A Google Calendar invitation e-mail (text, html, text/calendar + invite.ics)."""
    uid = uid or f"{box.hexid(26)}@google.com"
    line = _when_line(start, tz, minutes, tzlabel)
    who = "\n".join(f"* {n} - {'organizer' if a == org[1] else 'guest'}" for n, a in [org] + [x[:2] for x in attendees if x[1] != org[1]])
    joining = f"\nJoin with Google Meet\n{meet}\n" if meet else ""
    text = (f"{title}\n{line}\n{joining}\n"
            f"{description}\n\nGuests\n{who}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={box.alnum(40)}\n\n"
            f"Reply for {box.user[1]}\n\nInvitation from Google Calendar\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving future "
            f"updates for this event, decline this event.\n")
    html = (f'<!doctype html><html><body><div style="font-family:Roboto,Arial,sans-serif">'
            f'<h2 style="font-size:18px">{_h.escape(title)}</h2><p>{_h.escape(line)}</p>'
            + (f'<p><a href="{meet}">Join with Google Meet</a></p>' if meet else "")
            + f'<p>{_h.escape(description).replace(chr(10), "<br>")}</p><p><b>Guests</b><br>'
            + "<br>".join(_h.escape(x[2:]) for x in who.split("\n"))
            + '</p><p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div></body></html>\n')
    ev = Event(uid, start, tz, minutes, summary=title, organizer=org,
               attendees=[(org[0], org[1], "REQ-PARTICIPANT", True)] + [a for a in attendees if a[1] != org[1]],
               seq=seq, description=(description + (f"\n\nJoin with Google Meet: {meet}" if meet else "")),
               location=location, stamp=zdt(when, box.tz).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
               cancel=(method == "CANCEL"),
               extra=[f"X-GOOGLE-CONFERENCE:{meet}"] if meet else [])
    ics = calendar(method, [ev], prodid=GOOGLE_PRODID)
    subj = f"{subject_prefix}: {title} @ {line} ({box.user[1]})"
    m = box.add("INBOX", "invitation" if method == "REQUEST" else "canceled", when, box.tz, org, subj, text=text, html=html,
                ics=ics, ics_as="both", mid="google-cal", reply=reply, reply_to=org,
                sender="calendar-notification@google.com", co=co, cte="quoted-printable", plain_cte="base64")
    return m, uid


def outlook_invite(box, when, org, subject, start, tz, minutes, attendees, body, location="Microsoft Teams Meeting",
                   seq=0, method="REQUEST", uid=None, reply=None, co=None, to=None, cc=()):
    uid = uid or ("040000008200E00074C5B7101A82E008000000" + box.hexid(34).upper())
    ev = Event(uid, start, tz, minutes, summary=subject, organizer=org,
               attendees=attendees, seq=seq, location=location, description=body,
               stamp=zdt(when, box.tz).astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
               cancel=(method == "CANCEL"),
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                      "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    ics = calendar(method, [ev], prodid=OUTLOOK_PRODID, tzstyle="windows")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + _h.escape(body).replace("\n", "<br>\n") + "</div></body></html>\n")
    m = box.add("INBOX", "invite" if method == "REQUEST" else "cancelled", when, box.tz, org, subject,
                text=body, html=html, ics=ics, ics_as="alt", mid="outlook", reply=reply, co=co,
                to=to, cc=cc,
                headers=["Thread-Topic: " + subject.split(": ", 1)[-1], f"Thread-Index: A{box.alnum(30)}==",
                         "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])
    return m, uid


def on_wrote(m, name, addr_, style="gmail", tz=None):
    """Attribution line for a quoted reply, from a Msg's date (shown in the quoting side's zone)."""
    from zoneinfo import ZoneInfo
    d = m.when.astimezone(ZoneInfo(tz or m.box.tz))
    if style == "gmail":
        return f"On {d.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} <{addr_}> wrote:"
    if style == "outlook":
        return (f"From: {name} <{addr_}>\nSent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}")
    if style == "apple":
        return f"On {d.strftime('%b %-d, %Y, at %-I:%M %p')}, {name} <{addr_}> wrote:"
    raise ValueError(style)


def q(text, m, name, addr_, style="gmail", tz=None):
    lines = text.strip("\n").split("\n")
    return "\n\n" + on_wrote(m, name, addr_, style, tz) + "\n\n" + "\n".join("> " + ln if ln else ">" for ln in lines) + "\n"


def outlook_q(text, m, name, addr_, to, subject):
    d = m.when
    return (f"\n\n________________________________\nFrom: {name} <{addr_}>\n"
            f"Sent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n")
