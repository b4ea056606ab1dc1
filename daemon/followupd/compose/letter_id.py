"""A draft's Message-ID, derived from its intent key, and how its sent copy is known.

The Message-ID looks like any mail client's (`<8c1b0e1a-4f0b-4c7e-9a53-…@domain>`,
a version 4 UUID at the user's domain, as Thunderbird writes it): HMAC-SHA256 of
the intent key under a random secret made once per installation (kept in the
state file), so it is the same for the same key on every run — which makes the
draft findable before every append — while telling a reader nothing about who
wrote it, not even that two drafts came from the same program.

A client may send the draft under the Message-ID it had or make a new one. The
sent copy is known either way (`is_sent_copy`): by that Message-ID, or — when the
client made a new one — by what the draft had and a sent letter keeps: the
In-Reply-To (or References) of the draft when it had one, its recipients, and its
subject.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Iterable
from datetime import date, timedelta
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from followupd.domain.ports import LetterTrace

__all__ = ["LetterTrace", "is_sent_copy", "letter_message_id", "new_secret", "normal_subject"]

SECRET_BYTES = 32
_REPLY = re.compile(r"^\s*((re|aw|sv|antw|wg|fwd?|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_IDS = re.compile(r"<[^<>\s]+>")


def new_secret() -> str:
    """A fresh per-installation secret, as hex."""
    return secrets.token_hex(SECRET_BYTES)


def letter_message_id(key: str, secret: str, domain: str) -> str:
    """The Message-ID of the draft of intent `key`: `<uuid4-shaped@domain>`."""
    digest = hmac.new(bytes.fromhex(secret), key.encode(), hashlib.sha256).digest()
    shaped = uuid.UUID(bytes=digest[:16], version=4)
    return f"<{shaped}@{domain or 'localhost'}>"


def ids_in(value: str) -> list[str]:
    """The <message-ids> in a header value, in order."""
    return _IDS.findall(value or "")


def normal_subject(subject: str) -> str:
    """A subject without reply/forward prefixes, case and runs of spaces."""
    return " ".join(_REPLY.sub("", subject or "").split()).casefold()


def same_message_id(headers: Message, message_id: str) -> bool:
    return message_id in ids_in(str(headers.get("Message-ID", "")))


def is_sent_copy(trace: LetterTrace, headers: Message) -> bool:
    """True when `headers` (of a message in Sent or Drafts) are those of this letter:
    its Message-ID, or — under a new one — the same thread, recipients and subject."""
    if same_message_id(headers, trace.message_id):
        return True
    if trace.in_reply_to:
        thread = ids_in(str(headers.get("In-Reply-To", ""))) + ids_in(
            str(headers.get("References", ""))
        )
        if trace.in_reply_to not in thread:
            return False
    if trace.written is not None and _older(headers, trace.written - timedelta(days=1)):
        return False
    written = _addresses(headers.get_all("To", []) + headers.get_all("Cc", []))
    if not trace.to or not {a.lower() for a in trace.to} <= written:
        return False
    return normal_subject(str(headers.get("Subject", ""))) == normal_subject(trace.subject)


def _older(headers: Message, day: date) -> bool:
    try:
        sent = parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError):
        return False  # no readable date: the other marks decide
    return sent.date() < day


def _addresses(values: Iterable[object]) -> set[str]:
    return {addr.lower() for _name, addr in getaddresses([str(v) for v in values]) if addr}
