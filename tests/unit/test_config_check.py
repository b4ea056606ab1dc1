"""`followupd check`: every problem in one pass, FILE:LINE:COL, the example's values flagged."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.config import UserConfig, load_settings, validate
from followupd.domain.errors import ConfigError
from followupd.init import init
from followupd.rules.duration import parse_duration

ROOT = Path(__file__).resolve().parents[2]


def run_check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["--config", str(path), "check"])
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out


def line_of(path: Path, text: str) -> int:
    """The number of the first line of `path` that starts with `text`."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if line.startswith(text):
            return number
    raise AssertionError(f"{text} not in {path}")


def test_the_config_init_wrote_does_not_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unedited, the config `init` writes fails `check` (exit 2): the example's name,
    address, host, username and password_command are each named at their line, and the
    missing `pass` program too — before any connection is tried."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no `pass` anywhere
    init(tmp_path / "conf", systemd_user_dir=None)
    config = tmp_path / "conf" / "config.toml"
    code, err, _out = run_check(config, capsys)
    assert code == 2
    example = "still the example's value (from config.example.toml); put your own"
    for key, start in [
        ("user.name", "name = "),
        ("user.email", "email = "),
        ("user.aliases[0]", "aliases = "),
        ("accounts.work.host", "host = "),
        ("accounts.work.username", "username = "),
        ("accounts.work.password_command", "password_command = "),
    ]:
        assert f"{config}:{line_of(config, start)}:1: {key}: {example}" in err
    assert (
        f"{config}:{line_of(config, 'password_command = ')}:1: accounts.work.password_command: "
        "its program pass is not on PATH (install it, or give its full path)"
    ) in err
    assert err[-1] == "followupd: error: 7 problems in the configuration; nothing was changed"


def test_an_edited_config_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the user's own values and a password program on PATH, `check` exits 0."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "pass").write_text("#!/bin/sh\necho pw\n")
    (bin_dir / "pass").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    init(tmp_path / "conf", systemd_user_dir=None)
    config = tmp_path / "conf" / "config.toml"
    text = config.read_text()
    for old, new in [
        ('"Your Name"', '"Sam Park"'),
        ('"you@example.org"', '"sam@park.test"'),
        ('["you@home.example"]', "[]"),
        ('"imap.example.org"', '"imap.park.test"'),
        ('"pass show mail/example.org"', '"pass show mail/park"'),
    ]:
        assert old in text
        text = text.replace(old, new)
    config.write_text(text)
    code, err, out = run_check(config, capsys)
    assert (code, err) == (0, [])
    assert f"configuration {config}: ok (1 account(s))" in out


def test_every_problem_once_in_one_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Mistakes in several tables, ones pydantic never reaches while a field of the same
    table is wrong, and a broken rule file: all in one run, each once, in file order."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.yaml").write_text(
        "version: 1\nrules:\n  - id: thanks\n    on: interview.ended\n    afterr: 1h\n"
        "    for_each: interviewer\n    do:\n      - draft: {to: interviewer, template: thank-you}\n"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        "[user]\n"
        'email = "sam@park.test"\n'
        'timezone = "Pacific Standard Time"\n'
        "[accounts.work]\n"
        'host = "imap.park.test"\n'
        'security = "none"\n'
        'username = "sam"\n'
        "lookback_days = -1\n"
        "[[calendars]]\n"
        'kind = "caldav"\n'
        'name = "dav"\n'
        'url = "ftp://dav.park.test/"\n'
        'username = "sam"\n'
        "[reminders]\n"
        'delivery = "smtp"\n'
    )
    config.chmod(0o600)
    code, err, _out = run_check(config, capsys)
    assert code == 2
    assert err == [
        f"{config}:3:1: user.timezone: unknown time zone 'Pacific Standard Time'; did you "
        "mean America/Los_Angeles?",
        f"{config}:4:1: accounts.work: set one of 'password', 'password_command' or "
        "'password_credential'",
        f'{config}:4:1: accounts.work: security = "none" sends the password in clear text; '
        "it is only allowed for a loopback host, not 'imap.park.test'. Use \"tls\" or "
        '"starttls"',
        f"{config}:8:1: accounts.work.lookback_days: Input should be greater than or equal to 0",
        f"{config}:9:1: calendars[0]: set 'password' or 'password_command'",
        f"{config}:12:1: calendars[0].url: not an http or https URL with a host name",
        f'{config}:15:1: reminders.delivery: "smtp" needs an [smtp] section (your outgoing server)',
        f"{rules / 'mine.yaml'}:5:5: rules[0].afterr: unknown key 'afterr'; did you mean 'after'?",
        "followupd: error: 7 problems in the configuration and 1 problem in the rules; "
        "nothing was changed",
    ]


def test_a_value_from_the_environment_is_named_by_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong FOLLOWUPD_… value is said with the variable's name, not a line of the file."""
    config = tmp_path / "config.toml"
    config.write_text('[user]\nemail = "sam@park.test"\ntimezone = "Europe/Berlin"\n')
    monkeypatch.setenv("FOLLOWUPD_USER__TIMEZONE", "W. Europe Standard Time")
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert str(info.value) == (
        "FOLLOWUPD_USER__TIMEZONE: user.timezone: unknown time zone 'W. Europe Standard "
        "Time'; did you mean Europe/Berlin?"
    )


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("pst", "America/Los_Angeles"),
        ("Pacific", "America/Los_Angeles"),  # a folder of tzdata, not a zone
        ("Eastern time", "America/New_York"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Amsterdam"),
        ("europe/berlin", "Europe/Berlin"),
        ("Europe/Berln", "Europe/Berlin"),
        ("Tokyo", "Asia/Tokyo"),
    ],
)
def test_a_zone_written_another_way_gets_a_suggestion(written: str, meant: str) -> None:
    """Windows, Outlook and colloquial zone names get "did you mean <IANA>?"."""
    with pytest.raises(ValueError, match=f"did you mean {meant}\\?"):
        UserConfig(email="sam@park.test", timezone=written)


def test_a_zone_nothing_resembles_says_what_is_wanted() -> None:
    with pytest.raises(ValueError, match="use an IANA name such as Europe/Berlin"):
        UserConfig(email="sam@park.test", timezone="Mars/Olympus")


def test_public_holidays_of_a_region_are_not_business_days() -> None:
    """holidays_country/holidays_region add the region's public holidays to the explicit
    list: in Bavaria, 2 business days from Monday 5 Jan 2026 skip Epiphany (6 Jan)."""
    user = UserConfig(
        email="sam@park.test",
        timezone="Europe/Berlin",
        holidays=["2026-12-31"],
        holidays_country="DE",
        holidays_region="BY",
    )
    days = user.identity(today=date(2026, 6, 1)).holidays
    assert date(2026, 1, 6) in days and date(2026, 12, 25) in days and date(2026, 12, 31) in days
    assert date(2027, 1, 6) in days  # next year's too
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    due = parse_duration("2 business days").apply(start, "Europe/Berlin", days)
    assert due.date() == date(2026, 1, 8)
    berlin = UserConfig(email="sam@park.test", holidays_country="DE", holidays_region="BE")
    assert date(2026, 1, 6) not in berlin.identity(today=date(2026, 6, 1)).holidays


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"holidays_country": "Germany"}, "unknown country 'Germany'; did you mean 'DE'?"),
        ({"holidays_country": "de"}, "did you mean 'DE'?"),
        ({"holidays_country": "DE", "holidays_region": "by"}, "did you mean 'BY'?"),
        ({"holidays_region": "BY"}, "holidays_region needs holidays_country"),
    ],
)
def test_holiday_country_and_region_mistakes(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        UserConfig(email="sam@park.test", **fields)  # type: ignore[arg-type]


def test_check_of_the_example_lists_problems_without_loading_it(tmp_path: Path) -> None:
    """validate(lint=True) on config.example.toml itself finds its placeholders."""
    checked = validate(ROOT / "config.example.toml", lint=True)
    keys = {p.key for p in checked.problems}
    assert {"user.name", "user.email", "accounts.work.host"} <= keys
    assert all(p.line > 0 for p in checked.problems)
