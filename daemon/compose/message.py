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

from daemon.domain.intents import DraftIntent
from daemon.domain.model import Person, UserIdentity
from daemon.rules.templates import header_safe

RULE_HEADER = "X-Followupd-Rule"
KEY_HEADER = "X-Followupd-Key"


def _address(p: Person) -> Address:
    local, _, domain = p.email.partition("@")
    return Address(display_name=header_safe(p.name), username=local, domain=domain)


def message_id(key: str, user: UserIdentity) -> str:
    domain = user.email.partition("@")[2] or "followupd.invalid"
    return f"<followupd.{key}@{domain}>"


def build_draft(intent: DraftIntent, user: UserIdentity, now: datetime) -> bytes:
    """The draft as bytes with CRLF line ends, ready for IMAP APPEND or a Maildir file."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(Person(email=user.email, name=user.name))
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
    return msg.as_bytes()
