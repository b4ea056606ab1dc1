"""The configuration file: keys, defaults, environment overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from followupd.config import ImapAccount, MaildirAccount, load_settings
from followupd.domain.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3t-Pa55word"

GOOD = f"""
[user]
name = "Jordan Lee"
email = "Jordan.Lee@Example.org"
aliases = ["jordan@lee.example"]
timezone = "Europe/Berlin"

[accounts.work]
host = "imap.example.org"
username = "jordan"
password = "{SECRET}"

[accounts.local]
kind = "maildir"
path = "~/Mail"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_example_config_is_valid() -> None:
    """config.example.toml, as shipped, is a valid configuration."""
    settings = load_settings(ROOT / "config.example.toml")
    assert settings.user.timezone == "Europe/Berlin"
    assert isinstance(settings.accounts["work"], ImapAccount)


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Accounts default to IMAP over TLS on 993, INBOX, 60 days; state lives under XDG_STATE_HOME."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    settings = load_settings(write(tmp_path, GOOD))
    work = settings.accounts["work"]
    assert isinstance(work, ImapAccount)
    assert (work.security, work.effective_port(), work.folders, work.lookback_days) == (
        "tls",
        993,
        ["INBOX"],
        60,
    )
    assert settings.user.email == "jordan.lee@example.org"
    assert settings.state.path == tmp_path / "state" / "followupd" / "state.sqlite3"
    local = settings.accounts["local"]
    assert isinstance(local, MaildirAccount) and local.path == Path.home() / "Mail"


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FOLLOWUPD_<SECTION>__<KEY> overrides the file."""
    monkeypatch.setenv("FOLLOWUPD_USER__TIMEZONE", "America/New_York")
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.user.timezone == "America/New_York"


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FOLLOWUPD_CONFIG names the file when --config is not given."""
    monkeypatch.setenv("FOLLOWUPD_CONFIG", str(write(tmp_path, GOOD)))
    assert load_settings().user.name == "Jordan Lee"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('timezone = "Europe/Berlin"', 'timezone = "Mars/Olympus"'),
            "user.timezone: unknown time zone",
        ),
        (
            ('username = "jordan"', 'usrname = "jordan"'),
            "accounts.work.usrname: unknown key; did you mean 'username'?",
        ),
        (('host = "imap.example.org"\n', ""), "accounts.work.host: required key is missing"),
        (
            ("password = ", "# password = "),
            "accounts.work: set one of 'password', 'password_command' or 'password_credential'",
        ),
        (
            ('username = "jordan"', 'username = "jordan"\nsecurity = "none"'),
            "only allowed for a loopback host",
        ),
        (
            ('email = "Jordan.Lee@Example.org"', 'email = "nobody"'),
            "user.email: not an e-mail address",
        ),
    ],
)
def test_errors_name_the_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    """Each mistake is reported in one line naming the key, and never shows the password."""
    text = GOOD.replace(*change)
    assert text != GOOD
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert expected in str(info.value)
    assert SECRET not in str(info.value)


def test_plain_imap_allowed_on_loopback(tmp_path: Path) -> None:
    """security = "none" is accepted for 127.0.0.1 (a local test server or a bridge)."""
    text = GOOD.replace('host = "imap.example.org"', 'host = "127.0.0.1"\nsecurity = "none"')
    work = load_settings(write(tmp_path, text)).accounts["work"]
    assert isinstance(work, ImapAccount) and work.effective_port() == 143


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    """A missing configuration file points to `followupd init` and --config."""
    with pytest.raises(ConfigError, match="no configuration file"):
        load_settings(tmp_path / "nope.toml")


def test_invalid_toml_is_one_clear_error(tmp_path: Path) -> None:
    """A TOML syntax error names the file and the line."""
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 2"):
        load_settings(write(tmp_path, "[user]\nemail = \n"))


def test_password_command_first_line(tmp_path: Path) -> None:
    """password_command's first output line is the password."""
    text = GOOD.replace(f'password = "{SECRET}"', "password_command = \"printf 'pw1\\\\nrest'\"")
    work = load_settings(write(tmp_path, text)).accounts["work"]
    assert isinstance(work, ImapAccount) and work.secret() == "pw1"


def test_failing_password_command(tmp_path: Path) -> None:
    """A password_command that fails is a ConfigError, not a crash."""
    text = GOOD.replace(f'password = "{SECRET}"', 'password_command = "false"')
    work = load_settings(write(tmp_path, text)).accounts["work"]
    assert isinstance(work, ImapAccount)
    with pytest.raises(ConfigError, match="password_command exited"):
        work.secret()


def test_password_not_in_repr(tmp_path: Path) -> None:
    """The password does not appear when the settings are printed or logged."""
    settings = load_settings(write(tmp_path, GOOD))
    assert SECRET not in repr(settings) and SECRET not in str(settings.model_dump())
