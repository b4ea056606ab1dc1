"""Hostile invitations never add a recipient, never overflow a date, never amplify work."""

from __future__ import annotations

import email
import email.policy
import time
from datetime import UTC, datetime, timedelta

import pytest

from followupd.compose.message import _WIRE, UnsafeDraftError, build_draft, verify_headers
from followupd.domain.intents import DraftIntent
from followupd.domain.model import Person, UserIdentity
from followupd.rules.duration import LATEST, parse_duration
from followupd.understand import (
    MAX_CALENDAR_PARTS,
    MAX_INTERVIEWERS,
    judge,
    parse_calendar,
    understand_message,
)
from followupd.understand.addresses import check_address, safe_name
from followupd.understand.ics import MAX_ATTENDEES_READ
from tests.invitations import invitation

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
MID = "<0b7e4b0e-8d3c-4a77-9a53-2f1b6a2c9d10@example.org>"
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
INJECTED_CN = "=?utf-8?q?Pat=0D=0ABcc:_someone@elsewhere.example?="


def event(*lines: str, start: str = "20261118T140000Z") -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
        f"DTSTART:{start}\r\nDTEND:20261118T150000Z\r\nSUMMARY:Interview at Acme\r\n"
        f"{body}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def intent(*people: Person) -> DraftIntent:
    return DraftIntent(
        key="k1", rule_id="thank-you", account="work", due=NOW, to=people,
        subject="Thank you", body="Dear Pat,\n",
    )  # fmt: skip


def test_addr_spec_grammar() -> None:
    """Plain, plus-tagged and quoted local parts are valid; smuggling shapes are refused."""
    assert check_address("Pat.Lee+jobs@Acme.Example").address == "pat.lee+jobs@acme.example"
    assert check_address('"pat lee"@acme.example').valid
    for bad in (
        "pat@acme.example>,other@elsewhere.example",
        "<other@elsewhere.example>pat@acme.example",
        "pat@acme.example\r\nBcc: x@y.example",
        "pat lee@acme.example",
        "pat@@acme.example",
        "pat",
        "pat@acme.example,other@elsewhere.example",
        "zoë@acme.example",
        "a" * 65 + "@acme.example",
    ):
        checked = check_address(bad)
        assert not checked.valid and checked.reason, bad
        assert "\r" not in checked.reason and "\n" not in checked.reason


def test_encoded_names_are_decoded_before_they_are_cleaned() -> None:
    """An RFC 2047 word hiding CR/LF becomes one line of text, with no encoded word left."""
    assert safe_name(INJECTED_CN) == "Pat Bcc: someone@elsewhere.example"
    nested = safe_name("=?utf-8?q?=3D=3Futf-8=3Fq=3FX=0D=0AY=3F=3D?=")  # a word in a word
    assert "\n" not in nested and "\r" not in nested and "=?" not in nested
    assert "=?" not in safe_name("=?utf-8?q?=3D=3Fbroken?=")


def test_injected_cn_gives_no_bcc_line() -> None:
    """The campaign's CN is read as a name; the draft to that attendee has no Bcc line."""
    items, _ = parse_calendar(event(f'ATTENDEE;CN="{INJECTED_CN}":mailto:pat@acme.example'))
    person = items[0].attendees[0].person
    assert person.email == "pat@acme.example"
    assert "\n" not in person.name and "=?" not in person.name
    raw = build_draft(intent(Person(email=person.email, name=INJECTED_CN)), USER, NOW, MID)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in head and b"elsewhere.example>" not in head
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["pat@acme.example"]
    assert msg["Bcc"] is None


@pytest.mark.parametrize(
    "value",
    [
        "mailto:pat@acme.example>,other@elsewhere.example",
        "mailto:<other@elsewhere.example>pat@acme.example",
    ],
)
def test_smuggling_mailto_is_dropped_with_a_reason(value: str) -> None:
    """A mailto: that is not exactly one address is dropped (not repaired) and said why."""
    items, problems = parse_calendar(
        event(f'ATTENDEE;CN="Mal":{value}', 'ORGANIZER;CN="Org":' + value)
    )
    assert items[0].attendees == ()
    assert items[0].organizer is None
    assert any(
        p.startswith("ATTENDEE dropped:") and "not a valid mail address" in p for p in problems
    )
    assert any(p.startswith("ORGANIZER dropped:") for p in problems)


def test_mailto_in_one_pair_of_brackets_is_still_read() -> None:
    """`mailto:<pat@acme.example>` is one address in brackets: it is kept."""
    items, _ = parse_calendar(event("ATTENDEE:mailto:<pat@acme.example>"))
    assert items[0].attendees[0].person.email == "pat@acme.example"


def test_compose_refuses_an_invalid_address() -> None:
    """An invalid address reaching compose is refused with a clear error, never written."""
    with pytest.raises(UnsafeDraftError, match="not a valid mail address"):
        build_draft(intent(Person(email="pat@acme.example>,x@elsewhere.example")), USER, NOW, MID)


def test_header_check_refuses_an_injected_line_and_an_extra_recipient() -> None:
    """The last line of defence: a Bcc line or a To other than the intended is refused."""
    sender, pat = Person(email=USER.email), Person(email="pat@acme.example")
    base = b"From: J <jordan.lee@example.org>\r\nTo: pat@acme.example\r\n"
    verify_headers(base + b"Subject: x\r\n\r\nbody", sender, (pat,), note=False)
    with pytest.raises(UnsafeDraftError, match="not a header"):
        verify_headers(base + b"Bcc: someone@elsewhere.example\r\n\r\n", sender, (pat,), note=False)
    with pytest.raises(UnsafeDraftError, match="draft To would be"):
        two = b"From: jordan.lee@example.org\r\nTo: pat@acme.example, x@elsewhere.example\r\n\r\n"
        verify_headers(two, sender, (pat,), note=False)
    with pytest.raises(UnsafeDraftError, match="two to headers"):
        verify_headers(base + b"To: x@elsewhere.example\r\n\r\n", sender, (pat,), note=False)
    assert _WIRE.max_line_length == 998


def test_many_attendees_are_an_event_not_an_interview() -> None:
    """1,000 attendees: no interview, one verdict saying why, and no per-person drafts."""
    people = tuple((f"Person {i}", f"p{i}@acme.example") for i in range(1000))
    raw = invitation(start=START, end=START + timedelta(hours=1), attendees=people)
    got = understand_message(raw, user=USER)
    assert got.interviews() == ()
    assert "attendees: an event, not an interview" in got.verdicts[0].reason
    assert f"only the first {MAX_ATTENDEES_READ} were read" in "; ".join(got.problems)


def test_a_panel_at_the_limit_is_still_an_interview() -> None:
    """Exactly MAX_INTERVIEWERS people besides the user is still an interview."""
    people = tuple((f"Person {i}", f"p{i}@acme.example") for i in range(MAX_INTERVIEWERS))
    raw = invitation(start=START, end=START + timedelta(hours=1), attendees=people,
                     organizer=people[0])  # fmt: skip
    got = understand_message(raw, user=USER)
    assert len(got.interviews()) == 1
    assert len(got.interviews()[0].interview.interviewers) == MAX_INTERVIEWERS  # type: ignore[union-attr]


def test_150000_attendees_take_no_time() -> None:
    """A calendar listing 150,000 attendees is read in well under a few seconds."""
    lines = [f"ATTENDEE;CN=P{i}:mailto:p{i}@acme.example" for i in range(150_000)]
    began = time.monotonic()
    items, problems = parse_calendar(event(*lines))
    assert time.monotonic() - began < 5
    assert len(items[0].attendees) == MAX_ATTENDEES_READ
    assert any("150000 attendees" in p for p in problems)
    verdict = judge(items[0], user=USER)
    assert verdict.interview is None and "more than" in verdict.reason


def test_calendar_parts_per_message_are_bounded() -> None:
    """Past MAX_CALENDAR_PARTS calendars in one message, the rest are a problem, not work."""
    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@acme.example", USER.email, "Invites"
    msg.set_content("Many.")
    for i in range(MAX_CALENDAR_PARTS + 5):
        msg.add_attachment(event().replace("UID:u1", f"UID:u{i}"), subtype="calendar")
    got = understand_message(msg.as_bytes(), user=USER)
    assert len(got.items) == MAX_CALENDAR_PARTS
    assert f"only the first {MAX_CALENDAR_PARTS} were read" in got.problems[0]


@pytest.mark.parametrize("start", ["99991231T230000Z", "99991231T230000", "00010101T000000Z"])
def test_absurd_years_are_a_reason_not_an_overflow(start: str) -> None:
    """An event in the year 9999 or 1 is unusable, with its year in the reason."""
    text = event(start=start).replace("DTSTART:", "DTSTART;TZID=America/New_York:")
    with pytest.raises(Exception, match="outside 1970–2200"):
        parse_calendar(text)


def test_zero_date_is_no_readable_start() -> None:
    """`00000000T000000` is no date at all: the event has no readable DTSTART."""
    with pytest.raises(Exception, match="no readable DTSTART"):
        parse_calendar(event(start="00000000T000000"))


def test_durations_saturate_instead_of_overflowing() -> None:
    """Adding days or business days to the year 9999 saturates; it never raises."""
    late = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    for text in ("2 days", "3 business days", "20h", "2w"):
        assert parse_duration(text).apply(late, "America/New_York") == LATEST
    early = datetime(1, 1, 1, tzinfo=UTC)
    assert parse_duration("1 day").apply(early, "Asia/Tokyo").year == 1900
