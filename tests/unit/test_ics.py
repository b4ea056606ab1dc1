"""parse_calendar: every VEVENT with exact UTC times, whatever software wrote the file."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.errors import MessageError
from followupd.domain.model import CalendarStatus
from followupd.understand import parse_calendar


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def cal(event: str, head: str = "", method: str = "") -> str:
    meth = f"METHOD:{method}\n" if method else ""
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\n{meth}{head}BEGIN:VEVENT\n{event.strip()}\nEND:VEVENT\nEND:VCALENDAR\n"


def one(text: str, **kwargs: str) -> tuple[object, list[str]]:
    items, problems = parse_calendar(text, **kwargs)
    assert len(items) == 1
    return items[0], problems


CUSTOM_VTZ = """BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


@pytest.mark.parametrize(
    ("tzid", "expected"),
    [
        ("Europe/Berlin", utc(2026, 7, 1, 8)),
        ("W. Europe Standard Time", utc(2026, 7, 1, 8)),
        ("Pacific Standard Time", utc(2026, 7, 1, 17)),
        ("FLE Standard Time", utc(2026, 7, 1, 7)),
        ("Eastern Standard Time 1", utc(2026, 7, 1, 14)),
        ('"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"', utc(2026, 7, 1, 8)),
        ("/freeassociation.sourceforge.net/Europe/Berlin", utc(2026, 7, 1, 8)),
        ("FLE", utc(2026, 7, 1, 7)),
    ],
)
def test_tzids_without_vtimezone_are_mapped(tzid: str, expected: datetime) -> None:
    """IANA, Windows and Windows display names give exact UTC times with no VTIMEZONE."""
    item, _ = one(cal(f"UID:a\nDTSTART;TZID={tzid}:20260701T100000"))
    assert item.start == expected  # type: ignore[attr-defined]


def test_custom_tzid_uses_its_vtimezone() -> None:
    """A TZID such as "Customized Time Zone" is read from the VTIMEZONE in the file."""
    text = cal('UID:a\nDTSTART;TZID="Customized Time Zone":20260105T100000', head=CUSTOM_VTZ)
    item, _ = one(text)
    assert item.start == utc(2026, 1, 5, 9)  # type: ignore[attr-defined]
    assert "VTIMEZONE" in item.tz_note  # type: ignore[attr-defined]


def test_offset_in_name_is_last_resort() -> None:
    """An unknown TZID naming an offset and without VTIMEZONE becomes that fixed offset."""
    item, _ = one(cal("UID:a\nDTSTART;TZID=GMT+0300 Custom:20260105T100000"))
    assert item.start == utc(2026, 1, 5, 7)  # type: ignore[attr-defined]


def test_floating_times_use_x_wr_timezone_then_the_user_zone() -> None:
    """Floating times take X-WR-TIMEZONE when present, else default_tz, with a tz_note."""
    with_wr = cal("UID:a\nDTSTART:20260105T100000", head="X-WR-TIMEZONE:America/New_York\n")
    item, _ = one(with_wr, default_tz="Europe/Berlin")
    assert item.start == utc(2026, 1, 5, 15)  # type: ignore[attr-defined]
    assert "X-WR-TIMEZONE" in item.tz_note  # type: ignore[attr-defined]
    item, _ = one(cal("UID:a\nDTSTART:20260105T100000"), default_tz="Europe/Berlin")
    assert item.start == utc(2026, 1, 5, 9)  # type: ignore[attr-defined]
    assert "Europe/Berlin" in item.tz_note  # type: ignore[attr-defined]


def test_unknown_tzid_without_vtimezone_falls_back_to_user_zone() -> None:
    """An unresolvable TZID is read in the user's zone and the repair is noted."""
    item, _ = one(cal("UID:a\nDTSTART;TZID=Nowhere Time:20260105T100000"), default_tz="Asia/Tokyo")
    assert item.start == utc(2026, 1, 5, 1)  # type: ignore[attr-defined]
    assert "Nowhere Time" in item.tz_note  # type: ignore[attr-defined]


def test_end_defaults() -> None:
    """No DTEND: DURATION, else one hour; all-day events last a day from local midnight."""
    item, _ = one(cal("UID:a\nDTSTART:20260105T100000Z\nDURATION:PT45M"))
    assert item.end - item.start == timedelta(minutes=45)  # type: ignore[attr-defined]
    item, _ = one(cal("UID:a\nDTSTART:20260105T100000Z"))
    assert item.end - item.start == timedelta(hours=1)  # type: ignore[attr-defined]
    item, _ = one(cal("UID:a\nDTSTART;VALUE=DATE:20260105"), default_tz="Europe/Berlin")
    assert item.all_day  # type: ignore[attr-defined]
    assert item.start == utc(2026, 1, 4, 23)  # type: ignore[attr-defined]
    assert item.end == utc(2026, 1, 5, 23)  # type: ignore[attr-defined]


def test_people_and_fields() -> None:
    """ORGANIZER and ATTENDEE keep CN, CUTYPE, ROLE, PARTSTAT; MAILTO: is stripped, lower-cased."""
    event = """UID:u1
SEQUENCE:3
DTSTAMP:20260101T120000Z
DTSTART:20260105T100000Z
SUMMARY:Screening call
STATUS:Tentative
ORGANIZER;CN="Müller, Zoë":MAILTO:Zoe.Mueller@Example.COM
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Room 1:mailto:r1@example.com
ATTENDEE;CN=Jordan:mailto:jordan.lee@example.org
RRULE:FREQ=WEEKLY;COUNT=2"""
    item, _ = one(cal(event, method="request"))
    assert item.method == "REQUEST"  # type: ignore[attr-defined]
    assert item.sequence == 3  # type: ignore[attr-defined]
    assert item.dtstamp == utc(2026, 1, 1, 12)  # type: ignore[attr-defined]
    assert item.status == CalendarStatus.TENTATIVE  # type: ignore[attr-defined]
    assert item.recurring  # type: ignore[attr-defined]
    assert item.organizer.email == "zoe.mueller@example.com"  # type: ignore[attr-defined]
    assert item.organizer.name == "Müller, Zoë"  # type: ignore[attr-defined]
    room, me = item.attendees  # type: ignore[attr-defined]
    assert (room.cutype, room.role, room.partstat) == ("ROOM", "NON-PARTICIPANT", "ACCEPTED")
    assert (me.cutype, me.role, me.partstat) == ("INDIVIDUAL", "REQ-PARTICIPANT", "NEEDS-ACTION")


def test_method_hint_and_cancel() -> None:
    """The Content-Type method applies when the VCALENDAR has none; CANCEL means cancelled."""
    item, _ = one(cal("UID:a\nDTSTART:20260105T100000Z"), method_hint="CANCEL")
    assert item.method == "CANCEL"  # type: ignore[attr-defined]
    assert item.status == CalendarStatus.CANCELLED  # type: ignore[attr-defined]
    item, _ = one(cal("UID:a\nDTSTART:20260105T100000Z\nSTATUS:CANCELLED"), method_hint="REQUEST")
    assert item.status == CalendarStatus.CANCELLED  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("props", "url"),
    [
        (
            "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
            "https://meet.google.com/abc-defg-hij",
        ),
        (
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/x",
            "https://teams.microsoft.com/l/meetup-join/x",
        ),
        (
            "CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-555\nCONFERENCE;VALUE=URI;FEATURE=VIDEO:https://v.example/1",
            "https://v.example/1",
        ),
        ("LOCATION:Zoom https://acme.zoom.us/j/123?pwd=x.", "https://acme.zoom.us/j/123?pwd=x"),
        (
            "DESCRIPTION:Join: https://meet.google.com/xyz-abcd-efg\\nBye",
            "https://meet.google.com/xyz-abcd-efg",
        ),
        ("URL:https://events.example/e/1", "https://events.example/e/1"),
    ],
)
def test_join_url(props: str, url: str) -> None:
    """The meeting link comes from conference properties, URL, or a known link in the text."""
    item, _ = one(cal(f"UID:a\nDTSTART:20260105T100000Z\n{props}"))
    assert item.join_url == url  # type: ignore[attr-defined]


def test_missing_uid_gets_a_stable_synthetic_uid() -> None:
    """Events without UID get the same synthetic uid each time, and a problem says so."""
    text = cal("DTSTART:20260105T100000Z\nSUMMARY:x\nORGANIZER:mailto:a@example.com")
    first, problems = one(text)
    second, _ = one(text)
    assert first.uid == second.uid  # type: ignore[attr-defined]
    assert first.uid.startswith("synthetic-")  # type: ignore[attr-defined]
    assert any("no UID" in p for p in problems)


def test_robustness_bom_bare_vevent_multiple_calendars_junk_tabs() -> None:
    """BOM, a bare VEVENT, concatenated calendars, junk lines and TAB folding are all read."""
    a = cal("UID:a\nDTSTART:20260105T100000Z\nSUMMARY:first\n\tpart")
    b = cal("UID:b\nDTSTART:20260106T100000Z")
    items, _ = parse_calendar("\ufeff" + a + "this is junk\n" + b)
    assert [i.uid for i in items] == ["a", "b"]
    assert items[0].summary == "firstpart"
    bare, _ = parse_calendar("BEGIN:VEVENT\nUID:c\nDTSTART:20260105T100000Z\nEND:VEVENT\n")
    assert bare[0].uid == "c"
    truncated, problems = parse_calendar(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nDTSTART:20260105T100000Z\n"
    )
    assert truncated[0].uid == "d"
    junk_inside, problems = parse_calendar(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:e\nthis line is junk\nDTSTART:20260105T100000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert junk_inside[0].uid == "e"
    assert any("junk" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("hello world", "no BEGIN"),
        ("BEGIN:VCALENDAR\nEND:VCALENDAR\n", "no VEVENT"),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VEVENT\nEND:VCALENDAR\n",
            "no readable DTSTART",
        ),
    ],
)
def test_no_usable_event_is_a_clear_message_error(text: str, reason: str) -> None:
    """When not one event can be read, MessageError says why."""
    with pytest.raises(MessageError, match=reason):
        parse_calendar(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_garbage_never_raises_anything_but_message_error(noise: str) -> None:
    """Random text inside or instead of a calendar never raises anything but MessageError."""
    for text in (noise, cal("UID:a\nDTSTART:20260105T100000Z\n" + noise)):
        with contextlib.suppress(MessageError):
            parse_calendar(text)


def test_the_email_parameter_wins_over_a_relay_address() -> None:
    """iCloud writes ORGANIZER;EMAIL=ana@…:mailto:2_…@imip.me.com: the person is ana@…;
    an EMAIL parameter that is no address leaves the value as it is."""
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:r1\r\nDTSTART:20261117T130000Z\r\n"
        "ORGANIZER;CN=Ana;EMAIL=ana@lumiere.example:mailto:2_GAYTEMBRGA3TA@imip.me.com\r\n"
        'ATTENDEE;CN=Jo;EMAIL="not an address":mailto:jo@example.org\r\n'
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,), _ = parse_calendar(text)
    assert event.organizer is not None and event.organizer.email == "ana@lumiere.example"
    assert [a.person.email for a in event.attendees] == ["jo@example.org"]
