"""Deliver a reminder to the user, exactly once: into their INBOX, or by SMTP to themselves.

Look before delivering: a note with the intent's key already in INBOX means an
earlier run delivered it and stopped before recording it. SMTP delivery goes
through `sinks.smtp`, which refuses any recipient that is not the user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from followupd.compose.message import build_note, serialize
from followupd.domain.intents import RemindIntent
from followupd.domain.model import UserIdentity
from followupd.domain.ports import NoteFolder


@dataclass(frozen=True)
class NoteOutcome:
    key: str
    delivered: bool  # False: found already there
    how: str  # "inbox" or "smtp"
    message_id: str
    uid: int | None = None


def deliver_note(
    intent: RemindIntent,
    inbox: NoteFolder,
    user: UserIdentity,
    now: datetime,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
) -> NoteOutcome:
    message = build_note(intent, user, now)
    message_id = str(message["Message-ID"])
    if inbox.has_note(intent.key):
        return NoteOutcome(intent.key, delivered=False, how="inbox", message_id=message_id)
    if smtp is not None:
        smtp(message)
        return NoteOutcome(intent.key, delivered=True, how="smtp", message_id=message_id)
    uid = inbox.append_note(serialize(message))
    return NoteOutcome(intent.key, delivered=True, how="inbox", message_id=message_id, uid=uid)
