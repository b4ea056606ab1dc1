"""Properties: whatever name and address the parsers accept, a draft names exactly its people."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.compose.message import DRAFT_HEADERS, build_draft
from followupd.domain.intents import DraftIntent
from followupd.domain.model import Person, UserIdentity
from followupd.understand import parse_calendar
from followupd.understand.addresses import check_address, safe_name

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
MID = "<0b7e4b0e-8d3c-4a77-9a53-2f1b6a2c9d10@example.org>"
ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
HOSTILE = ["\r", "\n", "\r\n", ",", "<", ">", '"', ";", ":", " ", "@", "=?utf-8?q?", "?=",
           "=0D=0A", "Bcc: ", "\x00", "\u2028", "\t", "\\"]  # fmt: skip

names = st.lists(st.one_of(st.text(max_size=10), st.sampled_from(HOSTILE)), max_size=10).map(
    "".join
) | st.builds(lambda s: f"=?utf-8?q?{s}?=", st.text(max_size=40))
values = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(ATEXT, min_size=1, max_size=8)),
                  max_size=12).map("".join)  # fmt: skip
atoms = st.text(ATEXT, min_size=1, max_size=10)
good = st.builds(
    lambda a, b, d: f"{a}.{b}@{d}.example",
    atoms,
    atoms,
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True),
)


def recipients(raw: bytes) -> list[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return sorted(a.addr_spec.lower() for a in msg["To"].addresses)


def header_lines_are_known(raw: bytes) -> bool:
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            continue
        if line.split(b":", 1)[0].decode("ascii").lower() not in DRAFT_HEADERS:
            return False
    return True


@given(values)
def test_validator_accepts_only_addr_specs(value: str) -> None:
    """A valid address has one @, no space, comma, bracket, quote-less specials or CR/LF."""
    checked = check_address(value)
    if checked.valid:
        assert checked.address == value.lower()
        assert not any(c in value for c in "\r\n\x00 ,<>;\u2028\t") or value.startswith('"')
        assert value.count("@") == 1 or value.startswith('"')
    else:
        assert checked.reason and "\n" not in checked.reason


@given(names)
def test_safe_names_are_one_line_without_encoded_words(name: str) -> None:
    """A cleaned display name has no control character, line break or encoded word."""
    cleaned = safe_name(name)
    assert "=?" not in cleaned
    assert not any(ord(c) < 32 or c in "\x7f\u2028\u2029\x85" for c in cleaned)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(names, st.one_of(good, values)), min_size=1, max_size=4))
def test_drafts_from_any_invitation_name_exactly_the_accepted_people(
    people: list[tuple[str, str]],
) -> None:
    """Attendees through the ICS parser, then a draft to each: To is exactly that one person."""
    lines = "".join(
        "ATTENDEE;CN=" + _param(name) + ":mailto:" + address.replace("\r", "").replace("\n", "")
        + "\r\n"
        for name, address in people
    )  # fmt: skip
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20261118T140000Z\r\n"
        f"{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    items, _ = parse_calendar(text)
    for attendee in items[0].attendees:
        person = attendee.person
        assert check_address(person.email).valid
        intent = DraftIntent(
            key="k", rule_id="thank-you", account="a", due=NOW, to=(person,),
            subject="Thanks", body="Hi\n",
        )  # fmt: skip
        raw = build_draft(intent, USER, NOW, MID)
        assert recipients(raw) == [person.email]
        assert header_lines_are_known(raw)
        assert b"\r\nbcc:" not in raw.split(b"\r\n\r\n")[0].lower()


@settings(max_examples=150)
@given(st.lists(st.tuples(names, good), min_size=1, max_size=5))
def test_any_display_name_gives_exactly_the_intended_recipients(
    people: list[tuple[str, str]],
) -> None:
    """For any display names and valid addresses, To is exactly those addresses, no more."""
    to = tuple(Person(email=address, name=name) for name, address in people)
    intent = DraftIntent(key="k", rule_id="r", account="a", due=NOW, to=to, subject="S", body="B\n")
    raw = build_draft(intent, USER, NOW, MID)
    assert recipients(raw) == sorted(p.email.lower() for p in to)
    assert header_lines_are_known(raw)


def _param(name: str) -> str:
    """A CN parameter value as a calendar may carry it: quoted, no quote or line break inside."""
    cleaned = "".join(c for c in name if c not in '"\r\n' and (ord(c) >= 32 or c == "\t"))
    return f'"{cleaned}"'
