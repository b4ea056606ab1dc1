"""Drafts are proper RFC 5322 messages that name nothing of followupd; notes keep a marker."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime

import pytest

from followupd.compose.flowed import unflow
from followupd.compose.letter_id import letter_message_id
from followupd.compose.message import (
    KEY_HEADER,
    RULE_HEADER,
    UnsafeDraftError,
    build_draft,
    build_note,
    serialize,
)
from followupd.domain.intents import DraftIntent, RemindIntent
from followupd.domain.model import Person, UserIdentity
from followupd.rules.templates import header_safe, split_subject

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
MID = "<0b7e4b0e-8d3c-4a77-9a53-2f1b6a2c9d10@example.org>"


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
    """From is the user, To the interviewer with a decoded non-ASCII name, and the
    Message-ID is the one given; no header names followupd."""
    raw = build_draft(draft(), USER, NOW, MID)
    msg = parse(raw)
    assert msg["From"] == "Jordan Lee <jordan.lee@example.org>"
    assert msg["To"] == "Zoë Müller <zoe@acme.example>"
    assert msg["Subject"] == "Thank you – Backend Engineer interview at Acme"
    assert msg["Message-ID"] == MID
    assert msg["Date"].datetime == NOW  # type: ignore[attr-defined]
    assert msg.get_content().startswith("Dear Zoë,")
    assert msg[RULE_HEADER] is None and msg[KEY_HEADER] is None
    assert b"followupd" not in raw.lower()
    assert sorted(msg.keys()) == sorted(
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
         "Content-Transfer-Encoding"]
    )  # fmt: skip


def test_a_draft_that_would_name_followupd_is_refused() -> None:
    """The last check refuses a draft whose headers name followupd (a Message-ID of the
    old kind, say): nothing that leaves may tell a program wrote it."""
    with pytest.raises(UnsafeDraftError, match="followupd"):
        build_draft(draft(), USER, NOW, "<followupd.abc123@example.org>")


def test_a_note_keeps_its_marker() -> None:
    """A note to the user carries X-Followupd-Rule/-Key and a Message-ID with its key."""
    note = RemindIntent(
        key="0123456789abcdef01234567", rule_id="debrief", account="work", due=NOW,
        to=(Person(email=USER.email),), subject="[followupd] Debrief", body="What was said?",
    )  # fmt: skip
    msg = parse(serialize(build_note(note, USER, NOW)))
    assert msg[RULE_HEADER] == "debrief" and msg[KEY_HEADER] == note.key
    assert msg["Message-ID"] == f"<followupd.{note.key}@example.org>"


def test_letter_message_id_looks_like_a_clients() -> None:
    """The Message-ID is a version 4 UUID at the user's domain, the same for the same key
    and secret, different for another key or another installation's secret."""
    secret, other = "11" * 32, "22" * 32
    mid = letter_message_id("abc123", secret, "example.org")
    assert re.fullmatch(
        r"<[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@example\.org>", mid
    )
    assert mid == letter_message_id("abc123", secret, "example.org")
    assert mid != letter_message_id("abc124", secret, "example.org")
    assert mid != letter_message_id("abc123", other, "example.org")
    assert "abc123" not in mid


def test_body_is_flowed_with_short_lines() -> None:
    """A long paragraph is sent as format=flowed lines of at most 72 characters that a
    reader joins again into the paragraph."""
    paragraph = " ".join(["Thank you for taking the time to talk with me today."] * 5)
    msg = parse(build_draft(draft(body=f"Dear Zoë,\n\n{paragraph}\n\nJordan\n"), USER, NOW, MID))
    assert msg.get_content_type() == "text/plain"
    assert msg["Content-Type"].params.get("format") == "flowed"  # type: ignore[attr-defined]
    text = msg.get_content()
    assert all(len(line) <= 72 for line in text.splitlines())
    assert len(text.splitlines()) > 5
    assert unflow(text.replace("\r\n", "\n")).split("\n")[2] == paragraph


def test_draft_is_seven_bit_with_crlf() -> None:
    """The raw draft is 7-bit ASCII with CRLF line ends, safe for any IMAP server."""
    raw = build_draft(draft(), USER, NOW, MID)
    raw.decode("ascii")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_reply_headers_when_in_a_thread() -> None:
    """A draft in a thread carries In-Reply-To and References."""
    msg = parse(
        build_draft(draft(in_reply_to="<m2@acme>", references=("<m1@acme>",)), USER, NOW, MID)
    )
    assert msg["In-Reply-To"] == "<m2@acme>"
    assert msg["References"] == "<m1@acme> <m2@acme>"


def test_no_header_injection_from_templates() -> None:
    """A subject or name with CR/LF cannot add a header."""
    evil = draft(
        subject="Hi\r\nBcc: victim@example.com",
        to=(Person(email="a@acme.example", name="Eve\nBcc: x@example.com"),),
    )
    msg = parse(build_draft(evil, USER, NOW, MID))
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hi Bcc: victim@example.com"
    assert header_safe("a\r\n\tb\x00c") == "a b c"


def test_split_subject_from_body() -> None:
    """A rendered template's first line is the subject; the rest is the body."""
    rendered = split_subject("Subject: Hello there\n\nBody line\n")
    assert rendered.subject == "Hello there"
    assert rendered.body == "Body line\n"
