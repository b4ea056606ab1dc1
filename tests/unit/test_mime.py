"""parse_message: decoded headers, the best body and every calendar, without ever crashing."""

from __future__ import annotations

import base64
import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.errors import MessageError
from followupd.understand import parse_message
from followupd.understand.charsets import decode_bytes

CORPUS = Path(__file__).parent.parent / "data" / "corpus" / "eml"
INVITES = Path(__file__).parent.parent / "data" / "invites"


def corpus(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


CAL = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def test_empty_input_is_a_message_error() -> None:
    """Empty or blank input has nothing to read and is the only MessageError."""
    for raw in (b"", b"   \r\n\r\n"):
        with pytest.raises(MessageError, match="empty"):
            parse_message(raw)


def test_rfc2047_headers_and_addresses_are_decoded() -> None:
    """Encoded words in Subject and display names are decoded; emails are lower-cased."""
    raw = (
        b"From: =?iso-8859-1?Q?Katrin_Sch=E4fer?= <K.Schaefer@Kranich-Logistik.DE>\r\n"
        b'To: "Lee, Jordan" <jordan@lee.example>, bob@example.com\r\n'
        b"Subject: =?utf-8?B?SW50ZXJ2aWV3IOKAkyBBY21l?=\r\n\r\nbody\r\n"
    )
    msg = parse_message(raw)
    assert msg.subject == "Interview – Acme"
    assert msg.sender is not None
    assert msg.sender.email == "k.schaefer@kranich-logistik.de"
    assert msg.sender.name == "Katrin Schäfer"
    assert [p.email for p in msg.to] == ["jordan@lee.example", "bob@example.com"]
    assert msg.to[0].name == "Lee, Jordan"


def test_raw_8bit_header_bytes_are_tolerated() -> None:
    """Raw latin-1 bytes in a From display name are read as text, not lost."""
    msg = parse_message(corpus("flanker__from-encoding.eml"))
    assert msg.sender is not None
    assert msg.sender.name == "Ingo Lütkebohle"


def test_malformed_headers_do_not_raise() -> None:
    """Invalid bytes in From, To and Subject give a message with defects, not an exception."""
    msg = parse_message(corpus("flanker__mailformed-headers.eml"))
    assert msg.sender is not None and msg.sender.email == "headers@gmail.com"
    assert msg.defects


def test_date_is_aware_utc_or_none() -> None:
    """The Date header becomes an aware UTC datetime; a bad one becomes None and a defect."""
    good = parse_message(b"Date: Thu, 5 Feb 2026 10:15:00 +0100\r\nSubject: x\r\n\r\nx")
    assert good.date == datetime(2026, 2, 5, 9, 15, tzinfo=UTC)
    bad = parse_message(corpus("mail__bad_date_header.eml"))
    assert bad.date is None
    assert any("Date" in d for d in bad.defects)


def test_references_and_in_reply_to_tolerate_junk() -> None:
    """Message ids come out in angle brackets; an unterminated id is dropped, not fatal."""
    reply = parse_message(corpus("mail__raw_email_reply.eml"))
    assert reply.in_reply_to == "<348F04F142D69C21-291E56D292BC@xxxx.net>"
    assert "<473FF3B8.9020707@xxx.org>" in reply.references
    broken = parse_message(corpus("mail__multiple_references_with_one_invalid.eml"))
    assert broken.references == ("<foo@bar.net>", "<baz@bar.net>")
    empty = parse_message(corpus("mail__empty_in_reply_to.eml"))
    assert empty.in_reply_to == ""


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (b"Auto-Submitted: auto-generated\r\n", True),
        (b"Auto-Submitted: no\r\n", False),
        (b"Precedence: bulk\r\n", True),
        (b"Precedence: list\r\n", True),
        (b"List-Id: <news.example.com>\r\n", True),
        (b"", False),
    ],
)
def test_auto_submitted(headers: bytes, expected: bool) -> None:
    """Auto-Submitted (not "no"), Precedence bulk/list/junk and List-Id mark automatic mail."""
    msg = parse_message(b"From: a@example.com\r\n" + headers + b"\r\nhello")
    assert msg.auto_submitted is expected


def test_charset_fallbacks() -> None:
    """ks_c_5601-1987 reads as CP949, no charset reads as cp1252, bad labels fall back."""
    assert parse_message(corpus("mail__ks_c_5601-1987.eml")).text == "스티해"
    assert "español" in parse_message(corpus("thunderbird__noCharsetWindows1252.eml")).text
    bad = parse_message(corpus("thunderbird__bad-charset.eml"))
    assert "Mätterhorn" in bad.text
    assert any("bad-charset" in d for d in bad.defects)


def test_utf8_declared_as_windows_1252_is_read_as_utf8() -> None:
    """A part labelled windows-1252 whose bytes are valid UTF-8 is read as UTF-8."""
    msg = parse_message(corpus("thunderbird__wronglyDeclaredUTF8.eml"))
    assert msg.text.startswith("メールを簡単に")


def test_quoted_printable_with_space_is_decoded() -> None:
    """The invalid encoding name "quoted printable" is still decoded as quoted-printable."""
    msg = parse_message(corpus("mail__content_transfer_encoding_qp_with_space.eml"))
    assert "=20" not in msg.text and "=\r\n" not in msg.text


def test_html_only_body_is_converted_to_text() -> None:
    """When there is no usable text/plain, the HTML part becomes readable text."""
    raw = (
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;<b>Jordan</b></p>"
        b"<p>See you</p></body></html>"
    )
    assert parse_message(raw).text == "Hello Jordan\n\nSee you"


def test_every_calendar_part_is_collected_and_deduplicated() -> None:
    """text/calendar and an identical invite.ics attachment count once; other calendars stay."""
    msg = parse_message((INVITES / "01-google-acme-technical.eml").read_bytes())
    assert len(msg.calendars) == 1
    assert "BEGIN:VCALENDAR" in msg.calendars[0]
    forwarded = parse_message(corpus("james__gmail_forwarded_invite_fr.eml"))
    assert len(forwarded.calendars) == 2  # the two parts differ (organizer address)


def test_calendar_found_by_filename_and_mixed_case_type() -> None:
    """A .ics attachment sent as text/plain and a "TeXt/CaLeNdAr" part are both calendars."""
    lotus = parse_message(corpus("thunderbird__lotus-invite.eml"))
    assert len(lotus.calendars) == 1
    shop = parse_message(corpus("thunderbird__message-containing-event.eml"))
    assert "METHOD:PUBLISH" in shop.calendars[0]


@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "7bit", "8bit", "binary"])
def test_calendar_transfer_encodings(cte: str) -> None:
    """Calendars are decoded from every transfer encoding."""
    if cte == "base64":
        body = base64.b64encode(CAL)
    elif cte == "quoted-printable":
        body = CAL.replace(b"UID:x", b"UID=3Ax")
    else:
        body = CAL
    raw = (
        b'Content-Type: application/ICS; name="x.ics"\r\nContent-Transfer-Encoding: '
        + cte.encode()
        + b"\r\n\r\n"
        + body
    )
    msg = parse_message(raw)
    assert len(msg.calendars) == 1
    assert "UID:x" in msg.calendars[0]


def test_latin1_calendar_is_decoded_by_declared_charset() -> None:
    """A calendar part declared iso-8859-1 is decoded with that charset."""
    raw = (
        b"Content-Type: text/calendar; charset=iso-8859-1; method=REQUEST\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + CAL.replace(b"UID:x", b"SUMMARY:Gespr\xe4ch")
    )
    assert "Gespräch" in parse_message(raw).calendars[0]


def test_decode_bytes_never_fails() -> None:
    """decode_bytes returns text for any bytes and any label, saying what it did."""
    text, problem = decode_bytes(b"\xff\xfe\x81", "no-such-charset")
    assert text and "no-such-charset" in problem


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=2000))
def test_garbage_never_raises_anything_but_message_error(raw: bytes) -> None:
    """Arbitrary bytes parse, or are rejected with a MessageError; nothing else escapes."""
    with contextlib.suppress(MessageError):
        parse_message(raw)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_garbage_headers_never_raise(value: str) -> None:
    """Any header value (encoded words, brackets, non-ASCII) is tolerated."""
    raw = "From: " + value + "\r\nSubject: " + value + "\r\nReferences: " + value + "\r\n\r\nx"
    parse_message(raw.encode("utf-8", "surrogateescape"))


def test_the_senders_utc_offset_is_kept_with_the_parse() -> None:
    """The Date header's offset comes with the one full parse (timeframes are read in
    the sender's zone); an unreadable or zoneless Date gives none."""
    raw = b"From: a@b.example\r\nDate: Mon, 9 Nov 2026 10:30:00 +0530\r\n\r\nhi\r\n"
    assert parse_message(raw).sent_offset == timedelta(hours=5, minutes=30)
    assert parse_message(b"From: a@b.example\r\nDate: Montag\r\n\r\nx").sent_offset is None
    assert parse_message(b"From: a@b.example\r\nSubject: x\r\n\r\nx").sent_offset is None
