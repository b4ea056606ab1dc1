"""Drafts are proper RFC 5322 messages with the headers that make exactly-once possible."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from followupd.compose.message import KEY_HEADER, RULE_HEADER, build_draft
from followupd.domain.intents import DraftIntent
from followupd.domain.model import Person, UserIdentity
from followupd.rules.templates import header_safe, split_subject

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


def draft(**kw: object) -> DraftIntent:
    base = DraftIntent(
        key="abc123",
        rule_id="thank-you",
        account="work",
        due=NOW,
        to=(Person(email="zoe@acme.example", name="Zoë Müller"),),
        subject="Thank you – Backend Engineer interview at Acme",
        body="Dear Zoë,\n\nThank you.\n\nBest regards,\nJordan Lee\n",
    )
    return base.model_copy(update=kw)


def parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_headers_of_a_draft() -> None:
    """From is the user, To the interviewer with a decoded non-ASCII name, and the keys are set."""
    msg = parse(build_draft(draft(), USER, NOW))
    assert msg["From"] == "Jordan Lee <jordan.lee@example.org>"
    assert msg["To"] == "Zoë Müller <zoe@acme.example>"
    assert msg["Subject"] == "Thank you – Backend Engineer interview at Acme"
    assert msg[RULE_HEADER] == "thank-you"
    assert msg[KEY_HEADER] == "abc123"
    assert msg["Message-ID"] == "<followupd.abc123@example.org>"
    assert msg["Date"].datetime == NOW  # type: ignore[attr-defined]
    assert msg.get_content().startswith("Dear Zoë,")


def test_draft_is_seven_bit_with_crlf() -> None:
    """The raw draft is 7-bit ASCII with CRLF line ends, safe for any IMAP server."""
    raw = build_draft(draft(), USER, NOW)
    raw.decode("ascii")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_reply_headers_when_in_a_thread() -> None:
    """A draft in a thread carries In-Reply-To and References."""
    msg = parse(build_draft(draft(in_reply_to="<m2@acme>", references=("<m1@acme>",)), USER, NOW))
    assert msg["In-Reply-To"] == "<m2@acme>"
    assert msg["References"] == "<m1@acme> <m2@acme>"


def test_no_header_injection_from_templates() -> None:
    """A subject or name with CR/LF cannot add a header."""
    evil = draft(
        subject="Hi\r\nBcc: victim@example.com",
        to=(Person(email="a@acme.example", name="Eve\nBcc: x@example.com"),),
    )
    msg = parse(build_draft(evil, USER, NOW))
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hi Bcc: victim@example.com"
    assert header_safe("a\r\n\tb\x00c") == "a b c"


def test_split_subject_from_body() -> None:
    """A rendered template's first line is the subject; the rest is the body."""
    rendered = split_subject("Subject: Hello there\n\nBody line\n")
    assert rendered.subject == "Hello there"
    assert rendered.body == "Body line\n"
