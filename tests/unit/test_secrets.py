"""Secrets: one source per account (inline / environment, command, systemd credential),
OAuth2 settings, clear errors that never show a secret, the config file's permissions,
and the XOAUTH2 refresh-and-retry logic (on a fake client; the real server is in
tests/integration/test_oauth2.py)."""

from __future__ import annotations

import os
import shlex
import ssl
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from imapclient.exceptions import LoginError
from pydantic import ValidationError

from followupd.config import ImapAccount, load_settings
from followupd.domain.errors import ConfigError
from followupd.mailstores.imapconn import authenticate
from followupd.secrets import (
    _SHELL_WORDS,
    _WRAPPERS,
    Command,
    check_config_permissions,
    command_keys,
    command_program,
    inline_secret_keys,
    missing_program,
    read_credential,
    redact,
    resolve_secret,
    run_secret_command,
    unsafe_command_file,
)
from followupd.tls import client_context

SECRET = "s3cr3t-Pa55word"

BASE = """
[user]
email = "jordan@example.org"

[accounts.work]
host = "imap.example.org"
username = "jordan"
"""


def config(tmp_path: Path, extra: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(BASE + extra)
    path.chmod(mode)
    return path


def account(**fields: Any) -> ImapAccount:
    return ImapAccount(host="imap.example.org", username="jordan", **fields)


# --- the sources -------------------------------------------------------------------------


def test_inline_password(tmp_path: Path) -> None:
    """An inline password is used as it is."""
    work = load_settings(config(tmp_path, f'password = "{SECRET}"\n')).accounts["work"]
    assert isinstance(work, ImapAccount) and work.secret("work") == SECRET


def test_password_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FOLLOWUPD_ACCOUNTS__WORK__PASSWORD supplies the password the file leaves out."""
    monkeypatch.setenv("FOLLOWUPD_ACCOUNTS__WORK__PASSWORD", SECRET)
    work = load_settings(config(tmp_path, "")).accounts["work"]
    assert isinstance(work, ImapAccount) and work.secret("work") == SECRET


def test_command_first_line() -> None:
    """password_command: the first output line, nothing else."""
    assert account(password_command="printf 'pw 1\\nrest'").secret() == "pw 1"


def test_a_string_command_runs_through_the_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A string is a shell command line, as mbsync's PassCmd and msmtp's passwordeval are:
    pipes, $VARIABLES and ~ work."""
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "pw.txt").write_text("line one\nfrom-file\n")
    command = "cat ~/pw.txt | tail -n 1 | tr a-z A-Z"
    assert account(password_command=command).secret() == "FROM-FILE"
    monkeypatch.setenv("MY_SECRET", "from-env")
    assert account(password_command='printf %s "$MY_SECRET"').secret() == "from-env"


def test_a_list_command_runs_without_a_shell(tmp_path: Path) -> None:
    """A list of words is an argv: no shell reads it, so `$HOME` and `|` are passed as
    they are (a password with shell characters in an argument needs no quoting)."""
    work = account(password_command=["printf", "%s", "$HOME | x"])
    assert work.secret() == "$HOME | x"


def test_an_empty_list_is_refused_when_loaded() -> None:
    """An empty argv list (or an empty program) is a config error naming the key."""
    with pytest.raises(ValidationError, match="password_command"):
        account(password_command=[])
    with pytest.raises(ValidationError, match="is empty"):
        account(password_command=["", "x"])


def test_an_unclosed_quote_is_refused_when_loaded() -> None:
    """A string the shell could not split is refused with the config, not when run."""
    with pytest.raises(ValidationError, match="unclosed quote"):
        account(password_command="pass show 'mail")


@pytest.mark.parametrize(
    ("command", "program"),
    [
        ("pass show mail/x", "pass"),
        ("GPG_TTY=x gpg -q -d ~/.pw.gpg", "gpg"),
        ("env -i FOO=1 secret-tool lookup a b", "secret-tool"),
        ("exec /usr/bin/pass show x", "/usr/bin/pass"),
        ("cat ~/.pw | head -1", "cat"),
        ("$HOME/bin/pw", None),
        ("read -r x < f; echo $x", None),
        ("(pass show x)", None),
        (["pass", "show", "x"], "pass"),
    ],
)
def test_command_program(command: Command, program: str | None) -> None:
    """The program a command line runs, when it can be told without a shell."""
    assert command_program(command) == program


def test_missing_program_names_it(tmp_path: Path) -> None:
    """A program not on PATH, or a path that is not executable, is said before anything
    runs; one that is there is fine."""
    assert missing_program("nosuch-tool-xyz show x", path=str(tmp_path)) == (
        "its program nosuch-tool-xyz is not on PATH (install it, or give its full path)"
    )
    tool = tmp_path / "tool"
    tool.write_text("#!/bin/sh\necho x\n")
    assert missing_program([str(tool)]) == f"its program {tool} is not an executable file"
    tool.chmod(0o755)
    assert missing_program([str(tool)]) is None
    assert missing_program("tool --x", path=str(tmp_path)) is None
    assert missing_program("read x", path=str(tmp_path)) is None


def test_failing_command_names_key_and_status_not_output() -> None:
    """A failing command: ConfigError with the full key and exit status, never its output."""
    work = account(password_command=f"sh -c 'echo {SECRET}; exit 3'")
    with pytest.raises(ConfigError) as info:
        work.secret("work")
    assert str(info.value) == "accounts.work.password_command exited with status 3"
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            "/nonexistent/pass show x",
            "accounts.work.password_command could not run: its program /nonexistent/pass "
            "is not an executable file",
        ),
        (["/nonexistent/pass"], "accounts.work.password_command could not run /nonexistent"),
        ("true", "accounts.work.password_command printed no password"),
    ],
)
def test_command_problems(command: Command, expected: str) -> None:
    """A missing program or no output: one clear line naming the key."""
    with pytest.raises(ConfigError, match=expected):
        account(password_command=command).secret("work")


def test_systemd_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """password_credential = NAME reads $CREDENTIALS_DIRECTORY/NAME (first line)."""
    (tmp_path / "imap-work").write_text(f"{SECRET}\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    work = load_settings(config(tmp_path, 'password_credential = "imap-work"\n')).accounts["work"]
    assert isinstance(work, ImapAccount) and work.secret("work") == SECRET


def test_missing_credential_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A credential systemd did not provide: the key, the name and LoadCredential= in the message."""
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    with pytest.raises(ConfigError) as info:
        account(password_credential="imap-work").secret("work")
    text = str(info.value)
    assert 'accounts.work.password_credential = "imap-work"' in text
    assert "LoadCredential=imap-work" in text


def test_credential_outside_systemd(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without $CREDENTIALS_DIRECTORY (not started by systemd) the message says so."""
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    with pytest.raises(ConfigError, match=r"\$CREDENTIALS_DIRECTORY is not set"):
        read_credential("imap-work", key="accounts.work.password_credential")


def test_empty_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").write_text("")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    with pytest.raises(ConfigError, match="is empty"):
        read_credential("empty", key="password_credential")


@pytest.mark.parametrize("name", ["../etc/passwd", "a/b", "..", ""])
def test_credential_name_is_a_file_name(name: str) -> None:
    """A credential name cannot climb out of $CREDENTIALS_DIRECTORY."""
    with pytest.raises(ValidationError, match="plain file name"):
        account(password_credential=name)


def test_resolution_order() -> None:
    """The resolver takes the first source set: inline, then command, then credential."""
    assert resolve_secret(password="a", password_command="echo b", password_credential="c") == "a"
    assert resolve_secret(password=None, password_command="echo b", password_credential="c") == "b"


# --- exactly one source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("", "accounts.work: set one of 'password', 'password_command' or 'password_credential'"),
        (
            f'password = "{SECRET}"\npassword_command = "pass x"\n',
            "found 'password' and 'password_command'",
        ),
        (
            'password_command = "pass x"\npassword_credential = "c"\n',
            "found 'password_command' and 'password_credential'",
        ),
        ('auth = "xoauth2"\n', "auth = \"xoauth2\" needs 'oauth2_token_command'"),
        (
            f'auth = "xoauth2"\noauth2_token_command = "oauth2l fetch"\npassword = "{SECRET}"\n',
            "takes the token from 'oauth2_token_command'; remove 'password'",
        ),
        (
            f'password = "{SECRET}"\noauth2_token_command = "oauth2l fetch"\n',
            "'oauth2_token_command' is only used with auth = \"xoauth2\"",
        ),
        ('auth = "kerberos"\npassword = "x"\n', "accounts.work.auth"),
    ],
)
def test_one_source_errors_name_the_keys(tmp_path: Path, extra: str, expected: str) -> None:
    """Zero or several secret sources, or OAuth2 keys that do not fit: a ConfigError naming them."""
    with pytest.raises(ConfigError) as info:
        load_settings(config(tmp_path, extra))
    assert expected in str(info.value)
    assert SECRET not in str(info.value)


def test_environment_password_beside_a_command_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The environment counts as 'password': with a password_command too, say so."""
    monkeypatch.setenv("FOLLOWUPD_ACCOUNTS__WORK__PASSWORD", SECRET)
    with pytest.raises(ConfigError) as info:
        load_settings(config(tmp_path, 'password_command = "pass x"\n'))
    assert "FOLLOWUPD_" in str(info.value) and SECRET not in str(info.value)


def test_xoauth2_account_gets_its_token_from_the_command() -> None:
    """With auth = "xoauth2", secret() runs oauth2_token_command (white space stripped)."""
    work = account(auth="xoauth2", oauth2_token_command="printf '  ya29.tok  \\n'")
    assert work.secret("work") == "ya29.tok"


def test_failing_token_command_names_its_key() -> None:
    work = account(auth="xoauth2", oauth2_token_command="false")
    with pytest.raises(ConfigError, match=r"^accounts\.work\.oauth2_token_command exited"):
        work.secret("work")


def test_command_expands_a_leading_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`~/bin/tool` works with a shell and, in a list, without one."""
    tool = tmp_path / "bin" / "tool"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\necho from-tool\n")
    tool.chmod(0o755)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run_secret_command("~/bin/tool", key="k") == "from-tool"
    assert run_secret_command(["~/bin/tool"], key="k") == "from-tool"


def test_run_secret_command_strips_only_tokens() -> None:
    assert run_secret_command("printf ' pw '", key="k") == " pw "
    assert run_secret_command("printf ' tok '", key="k", what="token") == "tok"


# --- XOAUTH2: refresh once, retry once ---------------------------------------------------


class FakeClient:
    """Accepts XOAUTH2 with the tokens in `good` only; records every attempt."""

    def __init__(self, good: set[str]) -> None:
        self.good = good
        self.attempts: list[tuple[str, str]] = []
        self.logins: list[tuple[str, str]] = []

    def oauth2_login(self, user: str, token: str) -> None:
        self.attempts.append((user, token))
        if token not in self.good:
            raise LoginError(f"[AUTHENTICATIONFAILED] bad token {token}")

    def login(self, user: str, password: str) -> None:
        self.logins.append((user, password))


def counting_command(tmp_path: Path, tokens: list[str]) -> tuple[str, Path]:
    """A command printing tokens[0], tokens[1], … on successive runs; a file counts runs."""
    script = tmp_path / "tok.py"
    script.write_text(
        "import pathlib, sys\n"
        "n = pathlib.Path(sys.argv[1])\n"
        "i = int(n.read_text()) if n.exists() else 0\n"
        "n.write_text(str(i + 1))\n"
        f"print({tokens!r}[min(i, {len(tokens) - 1})])\n"
    )
    counter = tmp_path / "runs"
    return f"{sys.executable} {script} {counter}", counter


def test_password_auth_uses_login() -> None:
    client = FakeClient(set())
    authenticate(client, account(password=SECRET), SECRET)  # type: ignore[arg-type]
    assert client.logins == [("jordan", SECRET)] and client.attempts == []


def test_refused_token_runs_the_command_again_and_retries_once(tmp_path: Path) -> None:
    command, runs = counting_command(tmp_path, ["fresh"])
    work = account(auth="xoauth2", oauth2_token_command=command)
    client = FakeClient({"fresh"})
    authenticate(client, work, "expired", name="work")  # type: ignore[arg-type]
    assert client.attempts == [("jordan", "expired"), ("jordan", "fresh")]
    assert runs.read_text() == "1"


def test_refused_twice_raises_without_either_token(tmp_path: Path) -> None:
    command, runs = counting_command(tmp_path, ["still-bad"])
    work = account(auth="xoauth2", oauth2_token_command=command)
    client = FakeClient(set())
    with pytest.raises(LoginError) as info:
        authenticate(client, work, "expired", name="work")  # type: ignore[arg-type]
    assert len(client.attempts) == 2 and runs.read_text() == "1"
    assert "expired" not in str(info.value) and "still-bad" not in str(info.value)


def test_first_token_accepted_runs_nothing_more(tmp_path: Path) -> None:
    command, runs = counting_command(tmp_path, ["x"])
    work = account(auth="xoauth2", oauth2_token_command=command)
    client = FakeClient({"good"})
    authenticate(client, work, "good", name="work")  # type: ignore[arg-type]
    assert client.attempts == [("jordan", "good")] and not runs.exists()


# --- the config file's permissions -------------------------------------------------------


def test_world_readable_file_with_password_warns(tmp_path: Path) -> None:
    """0644 with an inline password: one warning naming the key and `chmod 600 PATH`."""
    path = config(tmp_path, f'password = "{SECRET}"\n', mode=0o644)
    (warning,) = check_config_permissions(path)
    assert "accounts.work.password" in warning and f"chmod 600 {path}" in warning
    assert "0644" in warning and SECRET not in warning


def test_private_file_is_fine(tmp_path: Path) -> None:
    assert check_config_permissions(config(tmp_path, f'password = "{SECRET}"\n')) == []


def test_no_inline_secret_is_fine_at_any_mode(tmp_path: Path) -> None:
    """password_command / password_credential in a readable file: nothing to warn about."""
    path = config(tmp_path, 'password_command = "pass x"\n', mode=0o644)
    assert check_config_permissions(path) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's group to a foreign one")
def test_group_readable_by_a_foreign_group_warns(tmp_path: Path) -> None:
    """0640 with a group that is not the process's own: a warning."""
    path = config(tmp_path, f'password = "{SECRET}"\n', mode=0o640)
    os.chown(path, -1, 4242)
    (warning,) = check_config_permissions(path)
    assert "its group" in warning


def test_group_readable_by_own_private_group_is_fine(tmp_path: Path) -> None:
    """0640 with the process's own group (followupd@.service: root:ACCOUNT 0640)."""
    path = config(tmp_path, f'password = "{SECRET}"\n', mode=0o640)
    os.chown(path, -1, os.getegid())
    import grp

    if set(grp.getgrgid(os.getegid()).gr_mem) - {""}:
        pytest.skip("this process's group lists members")
    assert check_config_permissions(path) == []


def test_unparseable_file_gives_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("password = ")
    path.chmod(0o644)
    assert check_config_permissions(path) == []


def test_inline_secret_keys() -> None:
    """Passwords and tokens, also in arrays of tables; commands and credential names are not."""
    data = {
        "accounts": {"work": {"password": "x", "password_command": "p", "auth": "xoauth2"}},
        "calendars": [
            {"name": "c", "password": "y"},
            {"token": "t"},
            {"kind": "ics_url", "url": "https://x/private-123/basic.ics"},
            {"kind": "caldav", "url": "https://dav.example/"},
        ],
        "smtp": {"password_credential": "n", "oauth2_token_command": "cmd"},
    }
    assert inline_secret_keys(data) == [
        "accounts.work.password",
        "calendars[0].password",
        "calendars[1].token",
        "calendars[2].url",
    ]


def test_redact_masks_every_secret_given() -> None:
    """redact replaces each non-empty secret wherever it occurs and ignores empty ones (an
    account without a password), leaving the rest of the message as it was."""
    text = f"login {SECRET} failed; token tok-1 refused; {SECRET}"
    assert redact(text, SECRET, "", "tok-1") == "login *** failed; token *** refused; ***"
    assert redact(text, "") == text
    assert redact(text) == text


def test_tls_client_context_verifies_by_default() -> None:
    """The one TLS client context checks certificate and host name unless verification is
    turned off (verify_tls = false), which then checks neither."""
    strict = client_context()
    assert strict.verify_mode == ssl.CERT_REQUIRED and strict.check_hostname
    lax = client_context(verify=False)
    assert lax.verify_mode == ssl.CERT_NONE and not lax.check_hostname


def test_every_command_key_counts_for_a_writable_file(tmp_path: Path) -> None:
    """Commands under [smtp] and [[calendars]] count as well as the accounts'; the refusal
    names the first one found and says who can change the file."""
    data = {
        "smtp": {"password_command": "pass smtp"},
        "calendars": [{"kind": "caldav", "password_command": "pass dav"}],
        "accounts": {"work": {"password": "inline"}},
    }
    assert command_keys(data) == ["smtp.password_command", "calendars[0].password_command"]
    listed = {"accounts": {"work": {"password_command": ["pass", "x"]}}}
    assert command_keys(listed) == ["accounts.work.password_command"]
    path = tmp_path / "config.toml"
    path.write_text("")
    path.chmod(0o644)
    assert unsafe_command_file(path, data) is None
    path.chmod(0o664)
    line = unsafe_command_file(path, data)
    assert line is not None and "smtp.password_command" in line and "its group" in line
    assert unsafe_command_file(path, {"accounts": {"work": {"password": "x"}}}) is None


# A program's name: not a wrapper (`env`) nor a shell word (`if`, `read`), which
# command_program deliberately refuses.
PLAIN_WORD = st.from_regex(r"[a-z][a-z0-9_.-]{0,10}", fullmatch=True).filter(
    lambda w: w not in _WRAPPERS and w not in _SHELL_WORDS
)
ANY_WORD = st.text(alphabet=st.characters(blacklist_characters="\x00"), min_size=1, max_size=8)


@given(program=PLAIN_WORD, args=st.lists(ANY_WORD, max_size=4), env=st.booleans())
def test_command_program_finds_the_program_of_any_quoted_line(
    program: str, args: list[str], env: bool
) -> None:
    """However the arguments are quoted, a command line's program is its first plain word
    (after VAR=value assignments and `env`), and a list's is its first item."""
    words = (["LANG=C", "env", "-i"] if env else []) + [program, *args]
    assert command_program(shlex.join(words)) == program
    assert command_program([program, *args]) == program
