"""The configuration of calendars, SMTP, reminders and holidays: keys, checks, clear errors."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from followupd.config import (
    CalDavCalendar,
    IcsFileCalendar,
    IcsUrlCalendar,
    SmtpConfig,
    load_settings,
)
from followupd.domain.errors import ConfigError
from followupd.secrets import run_secret_command

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "private-9f8e7d6c5b4a"
SECRET = "s3cr3t-Pa55word"

BASE = f"""
[user]
email = "jordan@example.org"
timezone = "Europe/Berlin"
holidays = ["2026-12-24", 2026-12-25]

[accounts.work]
host = "imap.example.org"
username = "jordan"
password = "{SECRET}"
"""

CALENDARS = f"""
[[calendars]]
kind = "caldav"
name = "work"
url = "https://dav.example.org/jordan/work/"
username = "jordan"
password = "{SECRET}"

[[calendars]]
kind = "ics_url"
name = "google"
url = "webcal://calendar.example.com/ical/{TOKEN}/basic.ics"

[[calendars]]
kind = "ics_file"
name = "local"
path = "~/.calendars/personal"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    message = str(info.value)
    assert SECRET not in message and TOKEN not in message
    return message


def test_calendars_of_each_kind(tmp_path: Path) -> None:
    """[[calendars]] tables become CalDAV, ICS-address and file calendars, in order."""
    settings = load_settings(write(tmp_path, BASE + CALENDARS))
    dav, feed, local = settings.calendars
    assert isinstance(dav, CalDavCalendar) and dav.secret() == SECRET
    assert isinstance(feed, IcsUrlCalendar) and TOKEN in feed.url.get_secret_value()
    assert isinstance(local, IcsFileCalendar) and local.path == Path.home() / ".calendars/personal"
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.model_dump())


def test_defaults_inbox_reminders_no_smtp_no_calendars(tmp_path: Path) -> None:
    """Without the new sections: no calendars, no SMTP, reminders go to INBOX."""
    settings = load_settings(write(tmp_path, BASE))
    assert settings.calendars == [] and settings.smtp is None
    assert settings.reminders.delivery == "inbox"


def test_holidays_reach_the_user_identity(tmp_path: Path) -> None:
    """[user] holidays (ISO strings or TOML dates) become the identity's sorted holidays."""
    settings = load_settings(
        write(tmp_path, BASE.replace("2026-12-25]", "2026-12-25, 2026-12-24]"))
    )
    assert settings.user.identity().holidays == (date(2026, 12, 24), date(2026, 12, 25))


def test_smtp_delivery_needs_smtp_section(tmp_path: Path) -> None:
    """delivery = "smtp" without [smtp] is refused, naming the key; with it, accepted."""
    text = BASE + '\n[reminders]\ndelivery = "smtp"\n'
    assert 'reminders.delivery: "smtp" needs an [smtp] section' in error(tmp_path, text)
    text += f'\n[smtp]\nhost = "smtp.example.org"\nusername = "jordan"\npassword = "{SECRET}"\n'
    settings = load_settings(write(tmp_path, text))
    assert isinstance(settings.smtp, SmtpConfig) and settings.smtp.effective_port() == 465
    assert settings.reminders.delivery == "smtp"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('url = "https://dav', 'url = "ftp://dav'), "calendars[0].url: not an http or https URL"),
        (
            ('url = "webcal://', 'url = "gopher://'),
            "calendars[1].url: not an http or https or webcal or webcals URL",
        ),
        (('kind = "ics_file"\n', ""), "calendars[2]: set kind = one of 'caldav'"),
        (('kind = "ics_file"', 'kind = "ics"'), "calendars[2]: unknown kind; use one of"),
        (('username = "jordan"\npassword', 'usrname = "jordan"\npassword'), "calendars[0].usrname"),
        (('path = "~', 'paht = "~'), "calendars[2].paht: unknown key; did you mean 'path'?"),
        (('name = "local"', 'name = "work"'), "the name 'work' is used twice"),
        (
            (f'password = "{SECRET}"\n\n[[', "\n[["),
            "calendars[0]: set 'password' or 'password_command'",
        ),
    ],
)
def test_calendar_errors_name_the_key(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    """A calendar mistake names calendars[N].key (no kind tag), never a password or ICS token."""
    text = BASE + CALENDARS.replace(*change)
    assert text != BASE + CALENDARS
    message = error(tmp_path, text)
    assert expected in message
    assert "caldav." not in message and "ics_url." not in message and "ics_file." not in message


def test_bad_ics_url_is_never_echoed(tmp_path: Path) -> None:
    """An unusable ICS address is refused without repeating it (it may hold a token)."""
    bad = f'url = "calendar.example.com/ical/{TOKEN}/basic.ics"'
    message = error(
        tmp_path, BASE + CALENDARS.replace(re.findall(r'url = "webcal[^\n]*', CALENDARS)[0], bad)
    )
    assert "calendars[1].url" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ('security = "none"', 'smtp: security = "none" sends mail and password in clear text'),
        ("port = 0", "smtp.port: Input should be greater than or equal to 1"),
        ('usernme = "x"', "smtp.usernme: unknown key; did you mean 'username'?"),
    ],
)
def test_smtp_errors_name_the_key(tmp_path: Path, change: str, expected: str) -> None:
    """[smtp] mistakes name smtp.<key>."""
    text = BASE + f'\n[smtp]\nhost = "smtp.example.org"\n{change}\n'
    assert expected in error(tmp_path, text)


def test_one_password_command_runner(tmp_path: Path) -> None:
    """Accounts, calendars and SMTP share one runner: first output line; failures name the key."""
    assert run_secret_command("printf 'pw1\\nrest'", key="password_command") == "pw1"
    with pytest.raises(ConfigError, match=r"smtp\.password_command exited with status 1"):
        SmtpConfig(host="127.0.0.1", username="u", password_command="false").secret()
    dav = CalDavCalendar(
        kind="caldav",
        name="d",
        url="https://dav.example.org/",
        username="u",
        password_command="echo pw",
    )
    assert dav.secret() == "pw"


def test_commented_examples_are_valid(tmp_path: Path) -> None:
    """config.example.toml's commented [reminders]/[smtp]/[[calendars]]/holidays examples load."""
    text = (ROOT / "config.example.toml").read_text()
    at = text.index("# Reminders to you")
    head, tail = text[:at], text[at:]
    head = head.replace("# holidays = ", "holidays = ")
    tail = re.sub(r"(?m)^# (\[|[a-z_]+ = )", r"\1", tail)
    settings = load_settings(write(tmp_path, head + tail))
    assert [c.kind for c in settings.calendars] == ["caldav", "ics_url", "ics_file"]
    assert settings.smtp is not None and settings.user.holidays
