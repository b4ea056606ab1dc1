"""Build realistic invitation e-mails for tests (what Google Calendar sends, trimmed).

A builder instead of fixed files where a test needs to vary UID, SEQUENCE,
METHOD or times; the fixed vendor samples live in tests/data/invites/.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

USER = ("Jordan Lee", "jordan.lee@example.org")
PANEL = (
    ("Priya Raman", "priya.raman@northwind-robotics.example"),
    ("Zoë Müller", "zoe.mueller@northwind-robotics.example"),
    ("Sam O'Neil", "sam.oneil@northwind-robotics.example"),
)


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def invitation(
    *,
    uid: str = "interview-7f3a@northwind-robotics.example",
    start: datetime,
    end: datetime,
    sequence: int = 0,
    method: str = "REQUEST",
    summary: str = "Interview: Senior Backend Engineer – Northwind Robotics (panel)",
    organizer: tuple[str, str] = PANEL[0],
    attendees: tuple[tuple[str, str], ...] = PANEL,
    sent: datetime | None = None,
    message_id: str | None = None,
    description: str = "Panel interview for the Senior Backend Engineer role.",
    body: str = "",
) -> bytes:
    sent = sent or datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    people = "".join(
        f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{addr}\r\n'
        for name, addr in attendees
        if addr != organizer[1]
    )
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{_stamp(start)}\r\nDTEND:{_stamp(end)}\r\nDTSTAMP:{_stamp(sent)}\r\n"
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}\r\nUID:{uid}\r\n'
        f'ATTENDEE;CN="{USER[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{USER[1]}\r\n'
        f"{people}SEQUENCE:{sequence}\r\nSTATUS:{status}\r\nSUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\\nJoin: "
        "https://meet.google.com/abc-defg-hij\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage(policy=SMTP)
    prefix = {
        "REQUEST": "Invitation" if sequence == 0 else "Updated invitation",
        "CANCEL": "Canceled event",
    }.get(method, "Event")
    msg["Subject"] = f"{prefix}: {summary}"
    msg["From"] = f"{organizer[0]} <{organizer[1]}>"
    msg["To"] = f"{USER[0]} <{USER[1]}>"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id or f"<{uid}.{sequence}.{method.lower()}@calendar.example>"
    msg.set_content(body or f"You have been invited to: {summary}\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": method}, cte="base64")
    return msg.as_bytes()


def plain(subject: str, body: str = "Hello.\n", sender: str = "news@shop.example") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = f"{USER[0]} <{USER[1]}>"
    msg["Date"] = format_datetime(datetime(2026, 11, 12, 8, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<{abs(hash(subject))}@mail.example>"
    msg.set_content(body)
    return msg.as_bytes()


RECRUITER = ("Rosa Patel", "rosa.patel@northwind-robotics.example")


def reply(
    body: str,
    *,
    subject: str = "Re: Interview: Senior Backend Engineer – Northwind Robotics",
    sender: tuple[str, str] = RECRUITER,
    to: tuple[tuple[str, str], ...] = (USER,),
    sent: datetime,
    message_id: str,
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A plain-text message in a thread (a recruiter's answer, the user's own mail, …)."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject
    msg["From"] = f"{sender[0]} <{sender[1]}>" if sender[0] else sender[1]
    msg["To"] = ", ".join(f"{name} <{addr}>" for name, addr in to)
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references or in_reply_to:
        msg["References"] = " ".join(references or (in_reply_to,))
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()
