"""Properties: the Maildir's structure scan sees the parts the email package sees.

The selector decides from each part's type and attachment name whether a local message
is read in full (an invitation is a text/calendar part or an .ics attachment), so the
fast scan must find exactly the parts `email.message_from_bytes(...).walk()` finds —
on nested multiparts, attached messages, digests, odd boundaries and broken input.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.domain.model import MessageRef
from followupd.mailstores.maildir import candidate_of
from followupd.mailstores.structure import parts

DATA = Path(__file__).resolve().parent.parent / "data"


def walked(raw: bytes) -> list[tuple[str, str | None]]:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    return [(p.get_content_type(), p.get_filename()) for p in message.walk()]


def scanned(raw: bytes) -> list[tuple[str, str | None]]:
    return [(p.get_content_type(), p.get_filename()) for p in parts(raw)]


TYPES = ["text/plain", "text/html", "text/calendar", "application/ics", "image/png"]
NAMES = [None, "invite.ics", "cv.pdf", "=?utf-8?q?Einladung_=C3=BC?=.ics"]
BOUNDARIES = ["b", "=_next_part", "----=_Part_1_2.3", "a b", "x'y"]


@st.composite
def part(draw: st.DrawFn, depth: int = 0) -> bytes:
    """One MIME entity: a leaf, a multipart of entities, or an attached message."""
    kinds = ["leaf", "bare", "multipart", "message", "status"] if depth < 3 else ["leaf", "bare"]
    kind = draw(st.sampled_from(kinds))
    crlf = draw(st.booleans())
    nl = b"\r\n" if crlf else b"\n"
    if kind == "bare":  # no header at all: text/plain, or message/rfc822 in a digest
        return nl + draw(st.sampled_from([b"hi", b"Subject: x" + nl + nl + b"y"]))
    if kind == "leaf":
        ctype = draw(st.sampled_from(TYPES))
        name = draw(st.sampled_from(NAMES))
        head = f"Content-Type: {ctype}".encode()
        if name:
            folded = draw(st.booleans())
            head += (b";" + nl + b"\t" if folded else b"; ") + f'name="{name}"'.encode()
            head += nl + f'Content-Disposition: attachment; filename="{name}"'.encode()
        body = draw(st.sampled_from([b"hello", b"--not a delimiter", b"line" + nl + b"two", b""]))
        return head + nl + nl + body
    if kind == "message":
        inner = draw(part(depth + 1))
        sub = draw(st.sampled_from(["rfc822", "global", "partial"]))
        return f"Content-Type: message/{sub}".encode() + nl + nl + b"Subject: inner" + nl + inner
    if kind == "status":  # a bounce's delivery status: blocks of fields
        blocks = draw(
            st.lists(st.sampled_from([b"Action: failed", b"", b"Content-Type: text/calendar"]))
        )
        return b"Content-Type: message/delivery-status" + nl + nl + nl.join(blocks)
    boundary = draw(st.sampled_from(BOUNDARIES)) + str(depth)
    sub = draw(st.sampled_from(["mixed", "alternative", "digest"]))
    children = draw(st.lists(part(depth + 1), min_size=0, max_size=3))
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"'.encode() + nl + nl
    out += draw(st.sampled_from([b"", b"preamble" + nl]))
    for child in children:
        out += b"--" + boundary.encode() + draw(st.sampled_from([b"", b"  "])) + nl + child + nl
    if draw(st.booleans()):  # some messages never close their multipart
        out += b"--" + boundary.encode() + b"--" + nl + draw(st.sampled_from([b"", b"epilogue"]))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(part())
def test_the_scan_finds_the_parts_the_email_package_finds(entity: bytes) -> None:
    """Nested multiparts, attached messages and digests: the same types and names, in order."""
    raw = b"From: a@example.org\nSubject: s\n" + entity
    assert scanned(raw) == walked(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(part(), st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6))
def test_broken_structure_never_raises_and_keeps_every_invitation_seen(
    entity: bytes, hits: list[tuple[int, int]]
) -> None:
    """Bytes replaced anywhere: the scan still answers, and a calendar part the email
    package sees is seen by the scan too (an invitation is never skipped for it)."""
    raw = bytearray(b"From: a@example.org\nSubject: s\n" + entity)
    for at, value in hits:
        raw[at % len(raw)] = value
    found = scanned(bytes(raw))
    assert found
    seen = {t for t, _ in found}
    assert {t for t, _ in walked(bytes(raw)) if t == "text/calendar"} <= seen


def test_every_message_in_the_test_data_scans_as_it_parses() -> None:
    """Real messages from public projects and the held-out mailboxes: the same parts."""
    files = sorted(DATA.rglob("*.eml"))
    assert len(files) > 100
    for path in files:
        raw = path.read_bytes()
        assert scanned(raw) == walked(raw), path.relative_to(DATA)


def test_the_candidate_names_an_ics_attachment_and_its_calendar_part() -> None:
    """What the selector gets: part types and decoded attachment names of the message."""
    raw = (
        b"From: r@acme.example\nSubject: Interview\nContent-Type: multipart/mixed; boundary=zz\n\n"
        b"--zz\nContent-Type: text/plain\n\nSee you!\n"
        b"--zz\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"
        b'--zz\nContent-Type: application/octet-stream; name="=?utf-8?q?Einladung?=.ics"\n'
        b"Content-Disposition: attachment\n\nQkVHSU4=\n--zz--\n"
    )
    ref = MessageRef(account="a", folder="INBOX", uidvalidity=1, uid=1)
    found = candidate_of(ref, raw)
    assert found.content_types == (
        "multipart/mixed",
        "text/plain",
        "text/calendar",
        "application/octet-stream",
    )
    assert found.filenames == ("einladung.ics",)
    assert found.size == len(raw)
