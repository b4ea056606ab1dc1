"""CalDAV discovery: from a server's root URL to the calendar, against Radicale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from followupd.calendars import CalDavCalendar, CalDavReader
from followupd.cli import main
from followupd.domain.errors import SourceError
from tests.integration.fixtures_calendars import *  # noqa: F403  (the fixtures)
from tests.integration.test_calendars import TZ, by_uid, vcalendar, vevent
from tests.servers.radicale import RadicaleUser

pytestmark = pytest.mark.integration


def root_config(user: RadicaleUser, calendar: str | None = None) -> CalDavCalendar:
    """The calendar configured by the server's root URL only, as a user copies it."""
    return CalDavCalendar(
        kind="caldav",
        name="dav",
        url=user.server.base_url + "/",
        username=user.username,
        password=SecretStr(user.password),
        calendar=calendar,
    )


def event(user: RadicaleUser, url: str, uid: str, day: int) -> None:
    ics = vcalendar(vevent(uid, f":202603{day:02d}T130000Z", f":202603{day:02d}T140000Z"))
    assert user.put_event(url, f"{uid.split('@')[0]}.ics", ics) == 201


def test_the_only_calendar_is_found_from_the_server_root(radicale: RadicaleUser) -> None:
    """A root URL finds the user's one calendar (principal, calendar home, calendars);
    the found collection is remembered, and the next read is incremental from it."""
    url = radicale.make_calendar("interviews")
    event(radicale, url, "a@acme", 10)
    reader = CalDavReader(root_config(radicale))
    first = reader.read_changes(None, default_tz=TZ)
    assert set(by_uid(first)) == {"a@acme"} and first.full
    state = json.loads(first.state)
    assert state["collection"] == url and state["mode"] == "sync"

    event(radicale, url, "b@acme", 11)
    again = CalDavReader(root_config(radicale)).read_changes(first.state, default_tz=TZ)
    assert set(by_uid(again)) == {"b@acme"} and not again.full


def test_several_calendars_need_a_name_and_the_named_one_is_read(
    radicale: RadicaleUser,
) -> None:
    """With two calendars the root URL alone is an error naming both; `calendar` picks
    one (by display name or path, any case) and only its events are read."""
    work = radicale.make_calendar("work")
    private = radicale.make_calendar("private")
    event(radicale, work, "w@acme", 10)
    event(radicale, private, "p@home", 12)
    with pytest.raises(SourceError) as info:
        CalDavReader(root_config(radicale)).read_changes(None, default_tz=TZ)
    assert str(info.value) == (
        f"calendar dav: 2 calendars for {radicale.username} at http://127.0.0.1:"
        f'{radicale.server.port}/… (private, work); choose one with calendar = "…"'
    )
    changes = CalDavReader(root_config(radicale, "Work")).read_changes(None, default_tz=TZ)
    assert set(by_uid(changes)) == {"w@acme"}
    assert json.loads(changes.state)["collection"] == work
    with pytest.raises(SourceError, match=r"no calendar named 'jobs' .* \(found: private, work\)"):
        CalDavReader(root_config(radicale, "jobs")).read_changes(None, default_tz=TZ)


def test_a_calendar_url_is_read_as_before(radicale: RadicaleUser) -> None:
    """A calendar's own URL needs no discovery and keeps no collection in the state."""
    url = radicale.make_calendar("work")
    event(radicale, url, "w@acme", 10)
    config = root_config(radicale).model_copy(update={"url": url})
    changes = CalDavReader(config).read_changes(None, default_tz=TZ)
    assert set(by_uid(changes)) == {"w@acme"}
    assert "collection" not in json.loads(changes.state)


def test_a_remembered_calendar_that_is_gone_is_looked_for_again(radicale: RadicaleUser) -> None:
    """The remembered collection answers 404 (deleted, a new one made): discovery runs
    again and the new calendar is read in full."""
    old = radicale.make_calendar("old")
    event(radicale, old, "o@acme", 10)
    first = CalDavReader(root_config(radicale)).read_changes(None, default_tz=TZ)
    assert json.loads(first.state)["collection"] == old
    status, _headers, _body = radicale.request("DELETE", old)
    assert status in (200, 204)
    new = radicale.make_calendar("new")
    event(radicale, new, "n@acme", 11)
    changes = CalDavReader(root_config(radicale)).read_changes(first.state, default_tz=TZ)
    assert set(by_uid(changes)) == {"n@acme"} and changes.full
    assert json.loads(changes.state)["collection"] == new


def test_check_connect_names_the_calendar_found_from_the_root(
    radicale: RadicaleUser, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check --connect` logs in to a CalDAV calendar given by the server's root and says
    which calendar it found; with two and none chosen it lists them and exits 3."""
    radicale.make_calendar("interviews")
    config = tmp_path / "config.toml"
    config.write_text(
        '[user]\nemail = "sam@park.test"\n[[calendars]]\nkind = "caldav"\nname = "dav"\n'
        f'url = "{radicale.server.base_url}/"\nusername = "{radicale.username}"\n'
        f'password = "{radicale.password}"\n'
    )
    config.chmod(0o600)
    assert main(["--config", str(config), "check", "--connect"]) == 0
    assert "calendar dav: ok (interviews (found from the URL))" in capsys.readouterr().out
    radicale.make_calendar("private")
    assert main(["--config", str(config), "check", "--connect"]) == 3
    err = capsys.readouterr().err
    assert (
        "calendar dav: error: calendar dav: 2 calendars" in err and "(interviews, private)" in err
    )
    assert radicale.password not in err
