"""Build a draft as a proper RFC 5322 message from an intent.

From is the user, To the recipients with their display names (non-ASCII names
encoded per RFC 2047 by the email package), a deterministic Message-ID built
from the intent key, and the `X-Followupd-Rule` / `X-Followupd-Key` headers
that make exactly-once possible (the key is looked for before every append).
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from followupd.domain.intents import LetterIntent
from followupd.domain.model import Person, UserIdentity
from followupd.rules.templates import header_safe

_WIRE = SMTP.clone(max_line_length=998)
RULE_HEADER = "X-Followupd-Rule"
KEY_HEADER = "X-Followupd-Key"


def _address(p: Person) -> Address:
    local, _, domain = p.email.partition("@")
    return Address(display_name=header_safe(p.name), username=local, domain=domain)


def message_id(key: str, user: UserIdentity) -> str:
    domain = user.email.partition("@")[2] or "followupd.invalid"
    return f"<followupd.{key}@{domain}>"


def build_draft(intent: LetterIntent, user: UserIdentity, now: datetime) -> bytes:
    """The draft as bytes with CRLF line ends, ready for IMAP APPEND or a Maildir file."""
    return serialize(_build(intent, user, now, Person(email=user.email, name=user.name)))


def serialize(msg: EmailMessage) -> bytes:
    """Bytes for APPEND or a file: CRLF, and headers unfolded up to RFC 5322's 998 limit.

    The body was already encoded (quoted-printable, 76-character lines) with the SMTP
    policy; only header folding differs, which avoids a subject folded right after
    "Subject:" that some clients then show with a leading space.
    """
    return msg.as_bytes(policy=_WIRE)


def build_note(intent: LetterIntent, user: UserIdentity, now: datetime) -> EmailMessage:
    """A reminder from followupd to the user: From and To are the user's own address.

    Marked Auto-Submitted (RFC 3834) so that no mail tool answers it; its Message-ID
    carries the intent key, so the user's reply (a debrief) is recognised.
    """
    if any(not user.is_me(p.email) for p in intent.to):
        raise ValueError("a note goes to the user only")
    msg = _build(intent, user, now, Person(email=user.email, name="followupd"))
    msg["Auto-Submitted"] = "auto-generated"
    return msg


def _build(intent: LetterIntent, user: UserIdentity, now: datetime, sender: Person) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender)
    msg["To"] = [_address(p) for p in intent.to]
    msg["Subject"] = header_safe(intent.subject)
    msg["Date"] = format_datetime(now.astimezone(ZoneInfo(user.timezone)))
    msg["Message-ID"] = message_id(intent.key, user)
    if intent.in_reply_to:
        msg["In-Reply-To"] = intent.in_reply_to
        msg["References"] = " ".join((*intent.references, intent.in_reply_to))
    msg[RULE_HEADER] = intent.rule_id
    msg[KEY_HEADER] = intent.key
    # Quoted-printable: 7-bit safe for every IMAP server, readable in any client.
    msg.set_content(intent.body, charset="utf-8", cte="quoted-printable")
    return msg
