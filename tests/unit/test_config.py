"""The configuration file: keys, defaults, environment overrides, and clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from followupd.cli import main
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
    """A TOML syntax error names the file, the line and the column (FILE:LINE:COL)."""
    path = write(tmp_path, "[user]\nemail = \n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(info.value) == f"{path}:2:9: not valid TOML: invalid value"


def test_a_table_declared_twice_is_said_without_python_tuples(tmp_path: Path) -> None:
    """tomllib's "Cannot declare ('user',) twice" reads as [user]."""
    path = write(tmp_path, '[user]\nemail = "a@b.c"\n[user]\nname = "x"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(info.value) == f"{path}:3:6: not valid TOML: cannot declare [user] twice"


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


# --- hardening: ports, the state path, who can change the file -------------------------


def check(
    path: Path, capsys: pytest.CaptureFixture[str], *, warnings: bool = False
) -> tuple[int, list[str]]:
    """`followupd check` on `path` made real (not the example's host, an existing
    Maildir): the exit code and its stderr lines, without the closing count (and
    without warnings unless asked)."""
    text = path.read_text().replace('host = "imap.example.org"', 'host = "imap.lee.test"')
    path.write_text(text.replace('path = "~/Mail"', f'path = "{path.parent}"'))
    code = main(["--config", str(path), "check"])
    lines = capsys.readouterr().err.splitlines()
    if code == 2:
        assert lines[-1].startswith("followupd: error: ") and "nothing was changed" in lines[-1]
        lines = lines[:-1]
    return code, [ln for ln in lines if warnings or not ln.startswith("warning: ")]


@pytest.mark.parametrize("port", ["70000", "-1", "0"])
@pytest.mark.parametrize("section", ["accounts.work", "smtp"])
def test_out_of_range_port_fails_check_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], section: str, port: str
) -> None:
    """A port outside 1..65535 fails `followupd check` with one line naming the key
    (accounts.work.port, smtp.port), and no Python repr."""
    text = GOOD.replace('host = "imap.example.org"', f'host = "imap.example.org"\nport = {port}')
    if section == "smtp":
        text = GOOD + f'\n[smtp]\nhost = "smtp.lee.test"\nport = {port}\n'
    code, err = check(write(tmp_path, text), capsys)
    assert code == 2
    (line,) = err
    assert (
        line.startswith(f"{tmp_path / 'config.toml'}:")
        and f"{section}.port: Input should be" in line
    )
    assert "65535" in line or "greater than or equal to 1" in line
    assert "{" not in line and "ValidationError" not in line


def test_state_path_under_a_file_fails_check_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A state path whose parent is a regular file fails `check` (not the first `run`)
    with one line naming state.path and the file in the way."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    text = GOOD + f'\n[state]\npath = "{blocker}/sub/state.sqlite3"\n'
    code, err = check(write(tmp_path, text), capsys)
    assert code == 2
    (line,) = err
    assert "state.path: " in line and f"{blocker} is a file, not a folder" in line


def test_state_default_under_a_file_fails_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The default state path (under $XDG_STATE_HOME) is checked the same way."""
    blocker = tmp_path / "state-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    code, err = check(write(tmp_path, GOOD), capsys)
    assert code == 2
    (line,) = err
    assert f"state.path: {blocker} is a file, not a folder" in line


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
@pytest.mark.parametrize("key", ["password_command", "oauth2_token_command"])
def test_config_others_can_change_is_refused_when_it_runs_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: int, key: str
) -> None:
    """A config file writable by its group or by others that names a command (anyone who
    can change it could make followupd run any program) is refused, as ssh refuses such
    files: one line naming the file, the key and the fix; `run` refuses it too."""
    login = 'password_command = "echo pw"'
    if key == "oauth2_token_command":
        login = 'auth = "xoauth2"\noauth2_token_command = "echo tok"'
    path = write(tmp_path, GOOD.replace(f'password = "{SECRET}"', login))
    path.chmod(mode)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(info.value).count("\n") == 0
    assert f"accounts.work.{key}" in str(info.value) and f"chmod go-w {path}" in str(info.value)
    code, err = check(path, capsys)
    assert code == 2 and len(err) == 1 and "refused" in err[0]
    assert main(["--config", str(path), "run", "--once"]) == 2


def test_private_or_command_free_config_is_accepted(tmp_path: Path) -> None:
    """The same command in a 0600 file is fine, and a group-writable file without any
    command (an inline password, warned about separately) is not refused."""
    path = write(tmp_path, GOOD.replace(f'password = "{SECRET}"', 'password_command = "echo pw"'))
    path.chmod(0o600)
    assert load_settings(path).accounts["work"]
    plain = write(tmp_path, GOOD)
    plain.chmod(0o660)
    assert load_settings(plain).accounts["work"]


def test_rules_folder_writable_by_others_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rules folder anyone can change gets one warning line from `check` (which still
    succeeds); a folder only the user can change gets none."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    shutil.copy(ROOT / "rules" / "20-thank-you.yaml", rules / "20-thank-you.yaml")
    path = write(tmp_path, GOOD + f'\n[rules]\npaths = ["{rules}"]\n')
    path.chmod(0o600)
    rules.chmod(0o755)
    code, err = check(path, capsys, warnings=True)
    assert code == 0 and not [ln for ln in err if "rule folder" in ln]
    rules.chmod(0o777)
    code, err = check(path, capsys, warnings=True)
    assert code == 0
    (line,) = [ln for ln in err if ln.startswith("warning: rule folder")]
    assert str(rules) in line and f"chmod o-w {rules}" in line
