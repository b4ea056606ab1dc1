"""Build a draft as a proper RFC 5322 message from an intent.

From is the user, To the recipients with their display names (non-ASCII names
encoded per RFC 2047 by the email package), and the body as `format=flowed` text
(compose/flowed.py). A draft — a letter the user will send to someone else —
carries nothing that names followupd: its Message-ID is the one the caller gives
(compose/letter_id.py: derived from the intent key with a per-installation
secret, kept in the state, looked for before every append), and no product
header. A note to the user keeps a visible marker: `X-Followupd-Rule` /
`X-Followupd-Key` and a Message-ID `<followupd.KEY@domain>` (a reply to it, a
debrief, is recognised by it).

Every address is checked against the addr-spec grammar and every display name is
decoded before it is made header-safe (an encoded CR/LF in a name must not become a
header line: CPython's CVE-2024-6923, which a fixed Python is not relied on to close).
As a last line of defence the serialised header block of every draft and note is
read back before it leaves: each line a known header or a fold, From the sender, To
exactly the intended recipients, no Cc or Bcc. Anything else raises `UnsafeDraftError`.
"""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.policy import SMTP
from email.policy import default as default_policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from followupd.compose.flowed import flow
from followupd.domain.errors import MessageError
from followupd.domain.intents import LetterIntent
from followupd.domain.model import Person, UserIdentity
from followupd.rules.templates import header_safe
from followupd.understand.addresses import check_address, safe_name

_WIRE = SMTP.clone(max_line_length=998)
RULE_HEADER = "X-Followupd-Rule"
KEY_HEADER = "X-Followupd-Key"
# Every header a draft may carry, lower-case, each at most once.
DRAFT_HEADERS = frozenset(
    {
        "from", "to", "subject", "date", "message-id", "in-reply-to", "references",
        "mime-version", "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
# A note to the user also carries the marker and Auto-Submitted.
NOTE_HEADERS = DRAFT_HEADERS | {RULE_HEADER.lower(), KEY_HEADER.lower(), "auto-submitted"}
PRODUCT = b"followupd"
# Headers whose values come from the conversation (people, the subject, the thread).
_THEIRS = frozenset({"from", "to", "cc", "subject", "in-reply-to", "references"})


class UnsafeDraftError(MessageError):
    """A draft whose headers are not exactly what was meant: refused, never written."""


def _address(p: Person) -> Address:
    checked = check_address(p.email)
    if not checked.valid:
        raise UnsafeDraftError(f"refusing to write a draft to {checked.reason}")
    local, _, domain = checked.address.rpartition("@")
    return Address(display_name=header_safe(safe_name(p.name)), username=local, domain=domain)


def note_message_id(key: str, user: UserIdentity) -> str:
    """The Message-ID of a note to the user: it names followupd (notes never leave)."""
    domain = user.email.partition("@")[2] or "localhost"
    return f"<followupd.{key}@{domain}>"


def build_draft(intent: LetterIntent, user: UserIdentity, now: datetime, message_id: str) -> bytes:
    """The draft as bytes with CRLF line ends, ready for IMAP APPEND or a Maildir file.

    Raises UnsafeDraftError when an address is not valid, the written headers are not
    exactly the intended ones, or a header would name followupd.
    """
    sender = Person(email=user.email, name=user.name)
    msg = _build(intent, user, now, sender, message_id)
    raw = serialize(msg)
    verify_headers(raw, sender, intent.to, note=False)
    return raw


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
    msg = _build(
        intent,
        user,
        now,
        Person(email=user.email, name="followupd"),
        note_message_id(intent.key, user),
    )
    msg[RULE_HEADER] = intent.rule_id
    msg[KEY_HEADER] = intent.key
    msg["Auto-Submitted"] = "auto-generated"
    verify_headers(serialize(msg), Person(email=user.email), intent.to, note=True)
    return msg


def verify_headers(
    raw: bytes, sender: Person, recipients: tuple[Person, ...], *, note: bool
) -> None:
    """Raise UnsafeDraftError unless the header block of `raw` is exactly as intended.

    Each line is a known header (at most once) or a fold continuation; From is
    `sender` alone, To exactly `recipients` (as a list: duplicates count), and no
    other header names anyone. A draft (`note` false) carries no marker header and
    no header of it names followupd.
    """
    head, found, _ = raw.partition(b"\r\n\r\n")
    if not found:
        raise UnsafeDraftError("draft has no end of headers")
    if b"\r" in head.replace(b"\r\n", b"") or b"\n" in head.replace(b"\r\n", b""):
        raise UnsafeDraftError("draft headers contain a bare CR or LF")
    seen: set[str] = set()
    name = ""
    for number, line in enumerate(head.split(b"\r\n"), 1):
        if line[:1] in (b" ", b"\t") and number > 1:
            if not note and name not in _THEIRS and PRODUCT in line.lower():
                raise UnsafeDraftError("a draft's headers would name followupd")
            continue
        name = line.partition(b":")[0].decode("ascii", "replace").strip().lower()
        if not line.count(b":") or name not in (NOTE_HEADERS if note else DRAFT_HEADERS):
            raise UnsafeDraftError(f"draft header line {number} is not a header it may carry")
        if name in seen:
            raise UnsafeDraftError(f"draft has two {name} headers")
        seen.add(name)
        # What followupd itself writes (Message-ID, the MIME headers) never names it;
        # names, subjects and thread ids come from the conversation and may.
        if not note and name not in _THEIRS and PRODUCT in line.lower():
            raise UnsafeDraftError("a draft's headers would name followupd")
    parsed = message_from_bytes(head + b"\r\n\r\n", policy=default_policy)
    _same_people(parsed, "From", (sender,))
    _same_people(parsed, "To", recipients)


def _same_people(parsed: Message, header: str, people: tuple[Person, ...]) -> None:
    value = parsed.get(header)
    written = sorted(str(a.addr_spec).lower() for a in getattr(value, "addresses", ()))
    intended = sorted(p.email.lower() for p in people)
    if written != intended:
        raise UnsafeDraftError(
            f"draft {header} would be {', '.join(written) or 'nobody'}, not"
            f" {', '.join(intended) or 'nobody'}"
        )


def _build(
    intent: LetterIntent, user: UserIdentity, now: datetime, sender: Person, message_id: str
) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender)
    msg["To"] = [_address(p) for p in intent.to]
    msg["Subject"] = header_safe(intent.subject)
    msg["Date"] = format_datetime(now.astimezone(ZoneInfo(user.timezone)))
    msg["Message-ID"] = message_id
    if intent.in_reply_to:
        msg["In-Reply-To"] = intent.in_reply_to
        msg["References"] = " ".join((*intent.references, intent.in_reply_to))
    # Quoted-printable: 7-bit safe for every IMAP server, readable in any client; the
    # soft-break spaces of format=flowed survive it (a space before a line end is =20).
    msg.set_content(
        flow(intent.body),
        charset="utf-8",
        cte="quoted-printable",
        params={"format": "flowed", "delsp": "no"},
    )
    return msg
