"""The public corpus (tests/data/corpus): every file is read or rejected with a clear reason.

The files are real fixtures from other projects (see MANIFEST.tsv). None of their
events is a job interview, so none may become one.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followupd.domain.errors import MessageError
from followupd.domain.model import CalendarItem, CalendarStatus, UserIdentity
from followupd.understand import judge, parse_calendar, understand_message
from followupd.understand.charsets import decode_bytes

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
FILES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*") if p.is_file())
USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def items_of(name: str) -> list[CalendarItem]:
    """The calendar items of a corpus file (.ics read directly, .eml through the message)."""
    raw = (CORPUS / name).read_bytes()
    if name.endswith(".eml"):
        return list(understand_message(raw, user=USER, source=name).items)
    text, _ = decode_bytes(raw, "utf-8")
    return parse_calendar(text, default_tz=USER.timezone)[0]


def test_manifest_lists_every_file() -> None:
    """MANIFEST.tsv has a row (source, path, license) for each corpus file and no other."""
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sorted(r["file"] for r in rows) == FILES
    assert all(r["source_repository"] and r["license"] for r in rows)
    assert len(FILES) == 63


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".eml")])
def test_every_message_is_understood_and_none_is_an_interview(name: str) -> None:
    """Each message parses (bad calendars become problems) and yields no interview."""
    got = understand_message((CORPUS / name).read_bytes(), user=USER, source=name)
    assert len(got.verdicts) == len(got.items)
    for verdict in got.verdicts:
        assert verdict.interview is None, (name, verdict)
        assert verdict.reason
    for problem in got.problems:
        assert len(problem) > 10


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".ics")])
def test_every_calendar_parses_or_is_rejected_clearly(name: str) -> None:
    """Each .ics gives items, or a MessageError with a reason; never another exception."""
    text, _ = decode_bytes((CORPUS / name).read_bytes(), "utf-8")
    try:
        items, _problems = parse_calendar(text, default_tz=USER.timezone)
    except MessageError as exc:
        reason = str(exc)
        assert any(w in reason for w in ("no usable event", "empty", "broken", "not an iCalendar"))
        assert len(reason) > 20
        return
    assert items
    for item in items:
        assert item.start.tzinfo is not None and item.start.utcoffset() is not None
        assert item.end >= item.start
        verdict = judge(item, user=USER, source=name)
        assert verdict.interview is None, (name, verdict)
        assert verdict.reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ics/icalendar__bom_calendar.ics", "no VEVENT"),
        ("ics/icalendar__broken_ical.ics", "no readable DTSTART"),
        ("ics/icalendar__small_bad_calendar.ics", "no readable DTSTART"),
        ("ics/icalendar__issue_1050_multiple_calendars.ics", "“Event 2” has no readable DTSTART"),
    ],
)
def test_unusable_calendars_name_the_reason(name: str, reason: str) -> None:
    """Empty, truncated and DTSTART-less calendars are rejected with the reason in words."""
    text, _ = decode_bytes((CORPUS / name).read_bytes(), "utf-8")
    with pytest.raises(MessageError, match=reason):
        parse_calendar(text)


@pytest.mark.parametrize(
    ("name", "index", "start"),
    [
        # Exchange, quoted Windows TZID "Pacific Standard Time": 12:00 PST
        ("ics/icalendar__timezone_same_start.ics", 0, utc(2017, 2, 24, 20)),
        # Teams invite, "FLE Standard Time" (Helsinki, EET): 19:00
        ("eml/thunderbird__teams-meeting-invite.eml", 0, utc(2020, 12, 2, 17)),
        ("eml/thunderbird__outlook-test-invite.eml", 0, utc(2021, 11, 27, 7)),
        # Lotus "FLE" with no VTIMEZONE: 09:00 EEST
        ("eml/thunderbird__lotus-invite.eml", 0, utc(2021, 10, 26, 6)),
        # "Eastern Standard Time" with 1601-based VTIMEZONE: 17:00 EDT, and 11:00 EST
        ("ics/icalendar__issue_836_do_not_quote_tzid.ics", 0, utc(2024, 10, 28, 21)),
        ("ics/icalevents__multi_exdate_same_line_ms.ics", 0, utc(2022, 3, 11, 16)),
        # custom "UTC+11" defined by a one-rule VTIMEZONE
        ("ics/icalendar__issue_218_bad_tzid.ics", 0, utc(2017, 2, 28, 12)),
        # free-text "GMT +0100 (Standard) / GMT +0200 (Daylight)" VTIMEZONE, July: +02:00
        ("ics/icalendar__issue_165_missing_event.ics", 0, utc(2015, 7, 3, 8)),
        # IANA TZIDs with no VTIMEZONE
        ("ics/icalendar__issue_722_missing_timezones.ics", 0, utc(2014, 8, 29, 12)),
        ("ics/khal__event_rrule_recuid_cancelled.ics", 0, utc(2014, 6, 30, 5)),
        ("ics/icalevents__per_event_timezone.ics", 1, utc(2024, 3, 24, 23)),
        ("eml/james__yahoo_invitation.eml", 0, utc(2017, 1, 27, 14)),
        # Windows "New Zealand Standard Time" whose VTIMEZONE is wrong: IANA wins (NZDT)
        ("ics/khal__tz_windows_format.ics", 0, utc(2019, 11, 20, 0)),
        # "Pacific Time (US & Canada),Tijuana" with no VTIMEZONE: 22:30 PDT
        ("ics/james__ics_with_error.ics", 0, utc(2004, 10, 12, 5, 30)),
        # unknown TZID "FOO", no VTIMEZONE: the user's zone (Europe/Berlin, CEST)
        ("ics/khal__event_dt_local_missing_tz.ics", 0, utc(2014, 4, 9, 7, 30)),
        # X-WR-TIMEZONE never shifts times that are already UTC
        ("ics/icalendar__issue_350.ics", 0, utc(2022, 2, 22, 18, 30)),
        ("ics/icalendar__alarm_google_future.ics", 0, utc(2024, 10, 4, 18, 15)),
        # all-day, latin-1 file: midnight in the user's zone
        ("ics/icalevents__basic_latin1.ics", 0, utc(2017, 7, 11, 22)),
    ],
)
def test_exact_utc_start_times(name: str, index: int, start: datetime) -> None:
    """Start times come out exact in UTC, whatever zone notation the file uses."""
    assert items_of(name)[index].start == start


def test_windows_recurrence_id_is_converted() -> None:
    """A RECURRENCE-ID with TZID "W. Europe Standard Time" is converted like DTSTART."""
    override = items_of("ics/icalevents__recurrenceid_ms.ics")[1]
    assert override.recurrence_id == utc(2021, 4, 8, 22)
    assert override.all_day


def test_duration_and_tz_note() -> None:
    """DURATION sets the end; a repaired zone is explained in tz_note."""
    item = items_of("ics/james__ics_with_error.ics")[0]
    assert item.end == utc(2004, 10, 12, 7)
    assert "America/Tijuana" in item.tz_note
    teams = items_of("eml/thunderbird__teams-meeting-invite.eml")[0]
    assert "FLE Standard Time" in teams.tz_note
    assert teams.join_url.startswith("https://teams.microsoft.com/")


def test_sequence_and_cancellation() -> None:
    """Updates carry their SEQUENCE and DTSTAMP; METHOD:CANCEL items are CANCELLED."""
    original = items_of("eml/thunderbird__single-event.eml")[0]
    minor = items_of("eml/thunderbird__update-minor.eml")[0]
    major = items_of("eml/thunderbird__update-major.eml")[0]
    cancel = items_of("eml/thunderbird__cancel-single-event.eml")[0]
    assert (original.sequence, minor.sequence, major.sequence, cancel.sequence) == (0, 0, 2, 1)
    assert original.dtstamp and minor.dtstamp and minor.dtstamp > original.dtstamp
    assert major.start == utc(2022, 3, 16, 5)
    assert cancel.method == "CANCEL" and cancel.status == CalendarStatus.CANCELLED
    series = items_of("eml/thunderbird__cancel-repeat-event.eml")[0]
    assert series.status == CalendarStatus.CANCELLED and series.recurring
    exception = items_of("eml/thunderbird__exception-major.eml")[0]
    assert exception.recurrence_id is not None
    assert (
        items_of("ics/khal__event_rrule_recuid_cancelled.ics")[2].status == CalendarStatus.CANCELLED
    )


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("eml/thunderbird__message-non-invite.eml", "PUBLISH"),
        ("eml/thunderbird__message-containing-event.eml", "PUBLISH"),
        ("eml/james__outlook_counter.eml", "COUNTER"),
        ("eml/james__outlook_counter_iso8859.eml", "COUNTER"),
        ("eml/james__reply_alternative_cal.eml", "REPLY"),
    ],
)
def test_lookalike_methods_give_no_interview(name: str, method: str) -> None:
    """PUBLISH, COUNTER and REPLY messages never give an interview, and the reason says why."""
    interviewer_like = UserIdentity(email="someone.else@example.net", timezone="Europe/Berlin")
    got = understand_message((CORPUS / name).read_bytes(), user=interviewer_like)
    if not got.items:  # the upstream fixture's calendar has no VEVENT or no DTSTART
        assert got.problems and "no usable event" in got.problems[0]
    for item, verdict in zip(got.items, got.verdicts, strict=True):
        assert item.method == method
        assert verdict.interview is None and method in verdict.reason


def test_missing_uid_is_synthesized_and_reported() -> None:
    """An event without UID gets a synthetic uid and a problem naming it."""
    text, _ = decode_bytes((CORPUS / "ics/james__meeting_without_uid.ics").read_bytes())
    items, problems = parse_calendar(text)
    assert items[0].uid.startswith("synthetic-")
    assert any("no UID" in p for p in problems)


def test_meeting_room_and_uppercase_mailto() -> None:
    """OBM's RESOURCE attendee keeps its CUTYPE; MAILTO: is stripped whatever its case."""
    item = items_of("ics/james__meeting.ics")[0]
    assert item.organizer is not None and item.organizer.email == "ouazana@linagora.com"
    assert all(not a.person.email.startswith("mailto") for a in item.attendees)
