"""Builders for system-generated invitation mail (Google Calendar, iCloud, Zoom, Calendly-like)."""
from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo

from mimehelp import Event, calendar, zdt, html_from_text, _who

GPROD = "-//Google Inc//Google Calendar 70.9054//EN"


def _g12(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def google_when(ev: Event, label: str | None = None):
    s = ev.dtstart()
    e = s + _dt.timedelta(minutes=ev.minutes)
    lab = label or s.tzname()
    return (f"{s.strftime('%A')} {s.strftime('%b')} {s.day}, {s.year} {_g12(s)} \u2013 {_g12(e)} ({lab})",
            f"{s.strftime('%a')} {s.strftime('%b')} {s.day}, {s.year} {_g12(s)} - {_g12(e)} ({lab})")


def google_invite(b, when, send_tz, organizer, ev: Event, kind="Invitation", label=None,
                  note=None, meet=True, slug=None, method="REQUEST", reply=None, extra_who=(), cc=()):
    """kind: Invitation | Updated invitation | Canceled event"""
    user = b.user
    long_when, short_when = google_when(ev, label)
    code = f"{b.alnum(3,'abcdefghijklmnopqrstuvwxyz')}-{b.alnum(4,'abcdefghijklmnopqrstuvwxyz')}-{b.alnum(3,'abcdefghijklmnopqrstuvwxyz')}"
    if meet and not ev.location:
        ev.location = ""
    meet_url = f"https://meet.google.com/{code}"
    if meet:
        ev.extra = ev.extra + [f"X-GOOGLE-CONFERENCE:{meet_url}"]
    if ev.description is None:
        ev.description = (note + "\n\n" if note else "") + (f"Join with Google Meet: {meet_url}" if meet else "")
    ics = calendar(method, [ev], prodid=GPROD)
    who = [f"    * {organizer[0]} - organizer"] + [f"    * {a[1]}" for a in ev.attendees if a[1] != organizer[1]] + list(extra_who)
    lines = []
    if kind == "Canceled event":
        lines.append("This event has been canceled and removed from your calendar.")
    elif kind == "Updated invitation":
        lines.append("This event has been changed.")
    else:
        lines.append("You have been invited to the following event.")
    if note and kind != "Invitation":
        lines += ["", note]
    lines += ["", f"Title: {ev.summary}"]
    if note and kind == "Invitation":
        lines.append(note)
    if meet and kind != "Canceled event":
        lines.append(f"Join with Google Meet: {meet_url}")
    lines.append(f"When: {long_when}")
    if ev.location:
        lines.append(f"Where: {ev.location}")
    lines += [f"Calendar: {user[1]}", "Who:"] + who
    if kind != "Canceled event":
        lines += ["", "View all guest info  https://calendar.google.com/calendar/event?action=VIEW&eid=" + b.alnum(48),
                  "", f"Reply for {user[1]}", "Yes: https://calendar.google.com/calendar/event?action=RESPOND&rst=1",
                  "No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2",
                  "Maybe: https://calendar.google.com/calendar/event?action=RESPOND&rst=3"]
    lines += ["", "Invitation from Google Calendar: https://calendar.google.com/calendar/",
              "", f"You are receiving this email because you are an attendee on the event. To stop",
              "receiving future updates for this event, decline this event.",
              "", "Forwarding this invitation could allow any recipient to send a response to the",
              "organizer, be added to the guest list, invite others regardless of their own",
              "invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines)
    subj = f"{kind}: {ev.summary} @ {short_when} ({user[1]})"
    return b.add("INBOX", slug or {"Invitation": "invitation", "Updated invitation": "updated-invitation",
                                   "Canceled event": "canceled-event"}[kind],
                 when, send_tz, organizer, subj, text=text, html=html_from_text(text),
                 reply_to=organizer, sender="Google Calendar <calendar-notification@google.com>",
                 ics=ics, ics_as="both", mid="google-cal", reply=reply, to=[user], cc=cc)
