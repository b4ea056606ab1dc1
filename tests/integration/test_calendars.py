"""Calendar readers against real servers: Radicale (CalDAV), an HTTP .ics feed, local files.

See tests/servers/radicale.py and tests/servers/http.py for the servers.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr, TypeAdapter, ValidationError
from structlog.testing import capture_logs

from followupd.calendars import (
    CalDavCalendar,
    CalDavReader,
    CalendarChanges,
    CalendarConfig,
    IcsFileCalendar,
    IcsFileReader,
    IcsUrlCalendar,
    IcsUrlReader,
    open_calendar,
)
from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from followupd.domain.model import CalendarItem
from tests.integration.fixtures_calendars import *  # noqa: F403  (the fixtures)
from tests.integration.fixtures_calendars import USER
from tests.servers.http import IcsHttpServer
from tests.servers.radicale import RadicaleUser, free_port

pytestmark = pytest.mark.integration

TZ = USER.timezone  # Europe/Berlin

BERLIN = """\
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
"""


def vevent(
    uid: str,
    start: str,
    end: str,
    *,
    summary: str = "Interview with Acme",
    sequence: int = 0,
    extra: str = "",
) -> str:
    """One VEVENT; `start`/`end` are content-line values such as ';TZID=Europe/Berlin:2026…'."""
    return (
        "BEGIN:VEVENT\n"
        f"UID:{uid}\n"
        "DTSTAMP:20260301T090000Z\n"
        f"SEQUENCE:{sequence}\n"
        f"DTSTART{start}\n"
        f"DTEND{end}\n"
        f"SUMMARY:{summary}\n"
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example\n"
        f"ATTENDEE;CN=Sam;PARTSTAT=ACCEPTED:mailto:{USER.email}\n"
        "ATTENDEE;CN=Ivan Interviewer:mailto:ivan@acme.example\n"
        f"{extra}"
        "END:VEVENT\n"
    )


def vcalendar(*events: str, zone: bool = True) -> str:
    body = "".join(events)
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//followupd tests//EN\n"
        + (BERLIN if zone else "")
        + body
        + "END:VCALENDAR\n"
    ).replace("\n", "\r\n")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def by_uid(changes: CalendarChanges) -> dict[str, CalendarItem]:
    return {i.uid: i for i in changes.items if i.recurrence_id is None}


# --- CalDAV (Radicale) ------------------------------------------------------------------


def caldav_config(user: RadicaleUser, url: str, *, password: str | None = None) -> CalDavCalendar:
    return CalDavCalendar(
        kind="caldav",
        name="work",
        url=url,
        username=user.username,
        password=SecretStr(password if password is not None else user.password),
    )


def test_caldav_first_read_returns_every_event_with_exact_utc_times(radicale: RadicaleUser) -> None:
    """The first read of a CalDAV calendar (password login) is full and gives UTC times.

    14:00 Europe/Berlin in March (CET) is 13:00 UTC, in May (CEST) 12:00 UTC; a declined
    event stays in the items; a recurring event comes as its master plus the overridden
    instance, not expanded; a task (VTODO) is not an event and not a problem.
    """
    url = radicale.make_calendar()
    berlin = ";TZID=Europe/Berlin:"
    radicale.put_event(
        url,
        "march.ics",
        vcalendar(vevent("march@acme", f"{berlin}20260310T140000", f"{berlin}20260310T150000")),
    )
    radicale.put_event(
        url,
        "may.ics",
        vcalendar(vevent("may@acme", f"{berlin}20260512T140000", f"{berlin}20260512T144500")),
    )
    declined = vevent("declined@acme", ":20260401T080000Z", ":20260401T090000Z").replace(
        "PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED"
    )
    radicale.put_event(url, "declined.ics", vcalendar(declined))
    weekly = vevent(
        "weekly@team",
        f"{berlin}20260302T100000",
        f"{berlin}20260302T101500",
        summary="Stand-up",
        extra="RRULE:FREQ=WEEKLY;COUNT=10\n",
    )
    moved = vevent(
        "weekly@team",
        f"{berlin}20260310T110000",
        f"{berlin}20260310T111500",
        summary="Stand-up (moved)",
        extra=f"RECURRENCE-ID{berlin}20260309T100000\n",
    )
    radicale.put_event(url, "weekly.ics", vcalendar(weekly, moved))
    todo = "BEGIN:VTODO\nUID:todo@me\nDTSTAMP:20260301T090000Z\nSUMMARY:Update CV\nEND:VTODO\n"
    assert radicale.put_event(url, "todo.ics", vcalendar(todo, zone=False)) == 201

    changes = CalDavReader(caldav_config(radicale, url)).read_changes(None, default_tz=TZ)

    assert changes.full and changes.deleted_uids == [] and changes.problems == []
    items = by_uid(changes)
    assert set(items) == {"march@acme", "may@acme", "declined@acme", "weekly@team"}
    assert (items["march@acme"].start, items["march@acme"].end) == (
        utc(2026, 3, 10, 13),
        utc(2026, 3, 10, 14),
    )
    assert (items["may@acme"].start, items["may@acme"].end) == (
        utc(2026, 5, 12, 12),
        utc(2026, 5, 12, 12, 45),
    )
    declined_item = items["declined@acme"]
    assert [a.partstat for a in declined_item.attendees if a.person.email == USER.email] == [
        "DECLINED"
    ]
    assert items["weekly@team"].recurring
    overrides = [i for i in changes.items if i.recurrence_id is not None]
    assert [(o.uid, o.start, o.recurrence_id) for o in overrides] == [
        ("weekly@team", utc(2026, 3, 10, 10), utc(2026, 3, 9, 9))
    ]
    state = json.loads(changes.state)
    assert state["mode"] == "sync" and state["token"]


def test_caldav_sync_token_reports_added_moved_and_deleted_events(radicale: RadicaleUser) -> None:
    """With the stored sync-token, the next read has only what changed (RFC 6578).

    An added event and a moved one (new SEQUENCE and time) come as items, a deleted
    one as its UID in deleted_uids; a read with nothing changed returns nothing.
    """
    url = radicale.make_calendar()
    radicale.put_event(
        url, "a.ics", vcalendar(vevent("a@acme", ":20260310T130000Z", ":20260310T140000Z"))
    )
    radicale.put_event(
        url, "b.ics", vcalendar(vevent("b@acme", ":20260311T130000Z", ":20260311T140000Z"))
    )
    radicale.put_event(
        url, "c.ics", vcalendar(vevent("c@acme", ":20260312T130000Z", ":20260312T140000Z"))
    )
    reader = CalDavReader(caldav_config(radicale, url))
    first = reader.read_changes(None, default_tz=TZ)
    assert set(by_uid(first)) == {"a@acme", "b@acme", "c@acme"}

    radicale.put_event(
        url, "d.ics", vcalendar(vevent("d@acme", ":20260320T090000Z", ":20260320T100000Z"))
    )
    moved = vevent("b@acme", ":20260318T150000Z", ":20260318T160000Z", sequence=1)
    assert radicale.put_event(url, "b.ics", vcalendar(moved)) in (201, 204)
    assert radicale.delete_event(url, "c.ics") in (200, 204)
    second = reader.read_changes(first.state, default_tz=TZ)

    assert not second.full
    items = by_uid(second)
    assert set(items) == {"b@acme", "d@acme"}
    assert (items["b@acme"].sequence, items["b@acme"].start) == (1, utc(2026, 3, 18, 15))
    assert second.deleted_uids == ["c@acme"]
    assert second.problems == []

    third = reader.read_changes(second.state, default_tz=TZ)
    assert (third.items, third.deleted_uids, third.full) == ([], [], False)


def test_caldav_time_range_read_when_sync_is_not_used(radicale: RadicaleUser) -> None:
    """Without sync-collection the reader asks for 60 days back .. 365 days ahead (full);
    a deleted event is reported deleted, one that only slid out of the window is not."""
    url = radicale.make_calendar()
    radicale.put_event(
        url, "in.ics", vcalendar(vevent("in@acme", ":20260310T130000Z", ":20260310T140000Z"))
    )
    radicale.put_event(
        url, "old.ics", vcalendar(vevent("old@acme", ":20260215T130000Z", ":20260215T140000Z"))
    )
    radicale.put_event(
        url, "past.ics", vcalendar(vevent("past@acme", ":20251001T130000Z", ":20251001T140000Z"))
    )
    radicale.put_event(
        url, "far.ics", vcalendar(vevent("far@acme", ":20270601T130000Z", ":20270601T140000Z"))
    )
    clock = [utc(2026, 3, 1)]
    reader = CalDavReader(caldav_config(radicale, url), now=lambda: clock[0], use_sync=False)

    first = reader.read_changes(None, default_tz=TZ)
    assert first.full and set(by_uid(first)) == {"in@acme", "old@acme"}
    assert json.loads(first.state)["mode"] == "range"

    radicale.delete_event(url, "in.ics")
    clock[0] = utc(2026, 4, 20)  # old@acme (15 Feb) is now more than 60 days back
    second = reader.read_changes(first.state, default_tz=TZ)
    assert second.full and second.items == []
    assert second.deleted_uids == ["in@acme"]


def test_caldav_unknown_sync_token_falls_back_to_a_full_read(radicale: RadicaleUser) -> None:
    """A sync-token the server no longer knows (403 valid-sync-token) means a full read,
    and UIDs from the old state that are gone are still reported deleted."""
    url = radicale.make_calendar()
    radicale.put_event(
        url, "a.ics", vcalendar(vevent("a@acme", ":20260310T130000Z", ":20260310T140000Z"))
    )
    reader = CalDavReader(caldav_config(radicale, url))
    state = json.loads(reader.read_changes(None, default_tz=TZ).state)
    state["token"] = "http://radicale.org/ns/sync/0000000000000000"
    state["hrefs"]["/gone/x.ics"] = "gone@acme"

    changes = reader.read_changes(json.dumps(state), default_tz=TZ)

    assert changes.full
    assert set(by_uid(changes)) == {"a@acme"}
    assert changes.deleted_uids == ["gone@acme"]
    assert json.loads(changes.state)["token"] != state["token"]


def test_caldav_object_with_a_broken_property_is_a_problem_naming_its_href(
    radicale: RadicaleUser,
) -> None:
    """An object Radicale stores but that is partly unreadable (SEQUENCE:abc) is reported
    in problems with its file name, and the other events are read as usual.
    (Radicale refuses to store an object with no readable DTSTART; that case is covered
    by the file reader below.)"""
    url = radicale.make_calendar()
    radicale.put_event(
        url, "good.ics", vcalendar(vevent("good@acme", ":20260310T130000Z", ":20260310T140000Z"))
    )
    broken = vcalendar(vevent("odd@acme", ":20260311T130000Z", ":20260311T140000Z")).replace(
        "SEQUENCE:0", "SEQUENCE:abc"
    )
    assert radicale.put_event(url, "odd.ics", broken) == 201

    changes = CalDavReader(caldav_config(radicale, url)).read_changes(None, default_tz=TZ)

    assert set(by_uid(changes)) == {"good@acme", "odd@acme"}
    assert changes.problems and all(p.startswith("odd.ics: ") for p in changes.problems)


def test_caldav_wrong_password_is_login_failed_without_the_password(
    radicale: RadicaleUser,
) -> None:
    """A refused login is LoginFailed; the message names the calendar and host, never the
    password."""
    url = radicale.make_calendar()
    wrong = "wrong-" + radicale.password
    with pytest.raises(LoginFailed) as caught:
        CalDavReader(caldav_config(radicale, url, password=wrong)).read_changes(None, default_tz=TZ)
    text = str(caught.value)
    assert wrong not in text and radicale.password not in text
    assert "work" in text and f"127.0.0.1:{radicale.server.port}" in text


def test_caldav_unreachable_server_names_host_but_not_the_path(radicale: RadicaleUser) -> None:
    """A closed port is ServerUnreachable naming scheme://host:port/… but not the URL path."""
    port = free_port()
    config = caldav_config(radicale, f"http://127.0.0.1:{port}/{radicale.username}/secret-cal/")
    with pytest.raises(ServerUnreachable) as caught:
        CalDavReader(config).read_changes(None, default_tz=TZ)
    text = str(caught.value)
    assert f"http://127.0.0.1:{port}/…" in text
    assert "secret-cal" not in text and radicale.password not in text


def test_caldav_missing_calendar_is_a_source_error(radicale: RadicaleUser) -> None:
    """A URL where no calendar exists is a SourceError saying so (not a crash)."""
    radicale.make_calendar()
    config = caldav_config(radicale, radicale.calendar_url("nope"))
    with pytest.raises(SourceError, match="work"):
        CalDavReader(config).read_changes(None, default_tz=TZ)


# --- ICS URL ------------------------------------------------------------------------------


def url_reader(server: IcsHttpServer) -> IcsUrlReader:
    config = IcsUrlCalendar(kind="ics_url", name="google", url=SecretStr(server.url))
    reader = open_calendar(config)
    assert isinstance(reader, IcsUrlReader)
    return reader


def test_ics_url_conditional_get_answers_304_until_the_feed_changes(
    ics_server: IcsHttpServer, ics_file: Path
) -> None:
    """The first read is a full 200; the next sends If-None-Match / If-Modified-Since,
    gets 304 and returns nothing; a changed feed is read again, with removed events
    reported deleted."""
    ics_file.write_text(
        vcalendar(
            vevent(
                "one@acme",
                ";TZID=Europe/Berlin:20260310T140000",
                ";TZID=Europe/Berlin:20260310T150000",
            ),
            vevent("two@acme", ":20260311T130000Z", ":20260311T140000Z"),
        )
    )
    reader = url_reader(ics_server)

    first = reader.read_changes(None, default_tz=TZ)
    assert first.full and set(by_uid(first)) == {"one@acme", "two@acme"}
    assert by_uid(first)["one@acme"].start == utc(2026, 3, 10, 13)

    second = reader.read_changes(first.state, default_tz=TZ)
    assert (second.items, second.deleted_uids, second.full) == ([], [], False)
    assert ics_server.statuses == [200, 304]
    assert ics_server.requests[1]["if-none-match"] == ics_server.requests[0].get(
        "if-none-match", json.loads(first.state)["etag"]
    )
    assert "if-modified-since" in ics_server.requests[1]

    ics_file.write_text(
        vcalendar(vevent("one@acme", ":20260317T130000Z", ":20260317T140000Z", sequence=1))
    )
    third = reader.read_changes(second.state, default_tz=TZ)
    assert ics_server.statuses[-1] == 200
    assert third.full and by_uid(third)["one@acme"].start == utc(2026, 3, 17, 13)
    assert third.deleted_uids == ["two@acme"]


def test_ics_url_without_validators_is_unchanged_when_the_body_is_the_same(
    ics_file: Path,
) -> None:
    """A server that sends neither ETag nor Last-Modified answers 200 every time; the same
    body is recognised by its hash and reported as no change."""
    ics_file.write_text(vcalendar(vevent("one@acme", ":20260310T130000Z", ":20260310T140000Z")))
    server = IcsHttpServer(ics_file, validators=False)
    server.start()
    try:
        reader = url_reader(server)
        first = reader.read_changes(None, default_tz=TZ)
        second = reader.read_changes(first.state, default_tz=TZ)
    finally:
        server.stop()
    assert server.statuses == [200, 200]
    assert len(first.items) == 1 and second.items == [] and not second.full


def test_ics_url_broken_download_deletes_nothing(ics_server: IcsHttpServer, ics_file: Path) -> None:
    """An HTML page instead of the calendar is one problem; no event is reported deleted."""
    ics_file.write_text(vcalendar(vevent("one@acme", ":20260310T130000Z", ":20260310T140000Z")))
    reader = url_reader(ics_server)
    first = reader.read_changes(None, default_tz=TZ)
    ics_file.write_text("<html><body>Please sign in</body></html>")

    second = reader.read_changes(first.state, default_tz=TZ)

    assert second.items == [] and second.deleted_uids == []
    assert len(second.problems) == 1 and "not an iCalendar" in second.problems[0]
    ics_file.write_text(vcalendar())
    third = reader.read_changes(second.state, default_tz=TZ)
    assert third.deleted_uids == ["one@acme"]  # an empty calendar really is empty


def test_ics_url_errors_never_show_the_secret_path(ics_server: IcsHttpServer) -> None:
    """A 401 is LoginFailed and a closed port ServerUnreachable; neither message nor any
    log line contains the secret token in the URL's path, only scheme://host:port/…."""
    with capture_logs() as logs:
        url_reader(ics_server).read_changes(None, default_tz=TZ)
    assert logs and "s3cr3t" not in repr(logs)
    ics_server.status = 401
    with pytest.raises(LoginFailed) as refused:
        url_reader(ics_server).read_changes(None, default_tz=TZ)
    port = free_port()
    config = IcsUrlCalendar(
        kind="ics_url",
        name="google",
        url=SecretStr(f"http://127.0.0.1:{port}/private/s3cr3t/basic.ics"),
    )
    with pytest.raises(ServerUnreachable) as unreachable:
        IcsUrlReader(config).read_changes(None, default_tz=TZ)
    for text in (str(refused.value), str(unreachable.value), repr(config)):
        assert "s3cr3t" not in text
    assert f"http://127.0.0.1:{port}/…" in str(unreachable.value)


# --- local files and vdir folders -----------------------------------------------------


def test_ics_file_is_read_again_only_when_it_changed(tmp_path: Path) -> None:
    """A local .ics file: a full first read, nothing while it is unchanged, all of it
    (full) after a change, with removed events reported deleted."""
    path = tmp_path / "cal.ics"
    path.write_text(
        vcalendar(
            vevent(
                "one@acme",
                ";TZID=Europe/Berlin:20260310T140000",
                ";TZID=Europe/Berlin:20260310T150000",
            ),
            vevent("two@acme", ":20260311T130000Z", ":20260311T140000Z"),
        )
    )
    reader = IcsFileReader(IcsFileCalendar(kind="ics_file", name="local", path=path))
    first = reader.read_changes(None, default_tz=TZ)
    assert first.full and by_uid(first)["one@acme"].start == utc(2026, 3, 10, 13)

    second = reader.read_changes(first.state, default_tz=TZ)
    assert (second.items, second.deleted_uids) == ([], [])

    path.write_text(
        vcalendar(vevent("one@acme", ":20260312T130000Z", ":20260312T140000Z", sequence=2))
    )
    third = reader.read_changes(second.state, default_tz=TZ)
    assert third.full and by_uid(third)["one@acme"].sequence == 2
    assert third.deleted_uids == ["two@acme"]


def test_vdir_reports_changed_files_and_deleted_events_and_survives_a_broken_file(
    tmp_path: Path,
) -> None:
    """A vdir folder: each .ics file is one object. A broken file is a problem naming
    it, never a stop; a changed file brings its event, a removed file its UID in
    deleted_uids; dot-files (temporary writes) are ignored."""
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    (vdir / "a.ics").write_text(
        vcalendar(vevent("a@acme", ":20260310T130000Z", ":20260310T140000Z"))
    )
    (vdir / "b.ics").write_text(
        vcalendar(vevent("b@acme", ":20260311T130000Z", ":20260311T140000Z"))
    )
    (vdir / "broken.ics").write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:broken@x\nSUMMARY:no start\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    (vdir / ".tmp-c.ics").write_text("half written")
    reader = IcsFileReader(IcsFileCalendar(kind="ics_file", name="khal", path=vdir))

    first = reader.read_changes(None, default_tz=TZ)
    assert first.full and set(by_uid(first)) == {"a@acme", "b@acme"}
    assert len(first.problems) == 1 and first.problems[0].startswith("broken.ics: ")

    again = reader.read_changes(first.state, default_tz=TZ)
    assert (again.items, again.deleted_uids, again.problems) == ([], [], [])

    (vdir / "a.ics").write_text(
        vcalendar(vevent("a@acme", ":20260317T130000Z", ":20260317T140000Z", sequence=1))
    )
    (vdir / "b.ics").unlink()
    (vdir / "c.ics").write_text(
        vcalendar(vevent("c@acme", ":20260319T130000Z", ":20260319T140000Z"))
    )
    second = reader.read_changes(again.state, default_tz=TZ)
    assert not second.full
    assert set(by_uid(second)) == {"a@acme", "c@acme"}
    assert by_uid(second)["a@acme"].start == utc(2026, 3, 17, 13)
    assert second.deleted_uids == ["b@acme"]


def test_same_size_rewrite_within_the_clock_granularity_is_noticed(tmp_path: Path) -> None:
    """A file rewritten with the same size and the same modification time right after a
    read (coarse file clocks) is still re-read: recent times are never trusted."""
    path = tmp_path / "cal.ics"
    path.write_text(vcalendar(vevent("one@acme", ":20260310T130000Z", ":20260310T140000Z")))
    stat = path.stat()
    reader = IcsFileReader(IcsFileCalendar(kind="ics_file", name="local", path=path))
    first = reader.read_changes(None, default_tz=TZ)
    path.write_text(vcalendar(vevent("one@acme", ":20260310T150000Z", ":20260310T160000Z")))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    second = reader.read_changes(first.state, default_tz=TZ)

    assert by_uid(second)["one@acme"].start == utc(2026, 3, 10, 15)


def test_missing_path_is_a_source_error(tmp_path: Path) -> None:
    """A configured path that does not exist is a SourceError naming the calendar."""
    reader = IcsFileReader(IcsFileCalendar(kind="ics_file", name="gone", path=tmp_path / "x"))
    with pytest.raises(SourceError, match="gone"):
        reader.read_changes(None, default_tz=TZ)


def test_a_state_from_another_kind_or_garbage_means_a_full_read(tmp_path: Path) -> None:
    """An unusable state string (garbage, another reader's) is not an error: a full read."""
    path = tmp_path / "cal.ics"
    path.write_text(vcalendar(vevent("one@acme", ":20260310T130000Z", ":20260310T140000Z")))
    reader = IcsFileReader(IcsFileCalendar(kind="ics_file", name="local", path=path))
    for state in ("not json", '{"v":1,"kind":"caldav","token":"x"}', "[]"):
        changes = reader.read_changes(state, default_tz=TZ)
        assert changes.full and len(changes.items) == 1


def test_calendar_config_is_a_tagged_union_that_never_echoes_a_url() -> None:
    """`[[calendars]]` entries are told apart by `kind`; unknown keys are refused; an
    invalid ICS URL is refused without repeating it (it may hold a token; pydantic only
    hides inputs per outermost model, so Settings must hide them too)."""
    adapter: TypeAdapter[list[CalendarConfig]] = TypeAdapter(list[CalendarConfig])
    parsed = adapter.validate_python(
        [
            {
                "kind": "caldav",
                "name": "w",
                "url": "https://dav.example/c/",
                "username": "u",
                "password_command": "pass show dav",
            },
            {"kind": "ics_url", "name": "g", "url": "webcal://cal.example/private-abc/basic.ics"},
            {"kind": "ics_file", "name": "f", "path": "~/cal.ics"},
        ]
    )
    assert [type(c).__name__ for c in parsed] == [
        "CalDavCalendar",
        "IcsUrlCalendar",
        "IcsFileCalendar",
    ]
    assert "~" not in str(parsed[2].path)  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        IcsUrlCalendar.model_validate(
            {"kind": "ics_url", "name": "g", "url": "ftp://x/private-xyz"}
        )
    assert "private-xyz" not in str(caught.value)
    with pytest.raises(ValidationError, match="password"):
        adapter.validate_python(
            [{"kind": "caldav", "name": "w", "url": "https://d/", "username": "u"}]
        )
    with pytest.raises(ValidationError, match="Extra inputs"):
        adapter.validate_python([{"kind": "ics_file", "name": "f", "path": "x", "colour": "red"}])
