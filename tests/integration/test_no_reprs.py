"""Nothing a person reads is a Python repr: the real commands against a real Dovecot in the
situations that go wrong — a refused login, a folder that is not there, a server that
does not answer, mail that cannot be read, actions too late to do, a moment mistyped —
with every log line on (-vv), and an unexpected error."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd import cli
from tests.configs import run_cli, write_config
from tests.integration.test_failed_messages import nested, nul_charset
from tests.invitations import invitation
from tests.servers.dovecot import DovecotUser, free_port

# What a Python repr looks like in text: a bytes literal, a datetime, an exception's
# constructor, an object's address.
REPR = re.compile(
    r"""(?<![\w'"])b['"]|datetime\.(datetime|date|timedelta)\(|[A-Z]\w*(Error|Exception)\(|"""
    r"""object at 0x"""
)
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


def shown(*args: str, cfg: Path) -> tuple[int, str]:
    result = run_cli("-vv", *args, cfg=cfg, timeout=90)
    return result.returncode, result.stdout + result.stderr


def no_repr(text: str) -> None:
    found = [ln for ln in text.splitlines() if REPR.search(ln)]
    assert found == [], "\n".join(found)


def test_the_pattern_finds_reprs() -> None:
    """The check itself: each kind of repr is caught, plain words are not."""
    for bad in (
        "reason=b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "due=datetime.datetime(2026, 11, 18, 16, 0, tzinfo=datetime.timezone.utc)",
        "unexpected error: ValueError('boom')",
        "<followupd.store.Store object at 0x7f3a>",
    ):
        assert REPR.search(bad), bad
    for good in ("Sam O'Neil's thank-you", "folder “Nope”", "due Wed 18 Nov 2026 17:00"):
        assert not REPR.search(good), good


def test_a_refused_login_in_words(dovecot: DovecotUser, tmp_path: Path) -> None:
    """Dovecot's `[AUTHENTICATIONFAILED]` reply is shown as the text it is."""
    cfg = write_config(dovecot, tmp_path, password="not-the-password")
    for args in (("run", "--once"), ("check", "--connect"), ("plan",)):
        code, out = shown(*args, cfg=cfg)
        assert code == 3
        assert "[AUTHENTICATIONFAILED] Authentication failed." in out
        no_repr(out)


def test_a_missing_folder_and_an_absent_server_in_words(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """A watched folder the server does not have, and a port nobody answers on."""
    cfg = write_config(dovecot, tmp_path, extra='folders = ["INBOX", "Nope"]')
    code, out = shown("run", "--once", cfg=cfg)
    assert code == 3 and "folder “Nope” cannot be opened" in out
    no_repr(out)
    cfg.write_text(cfg.read_text().replace(f"port = {dovecot.port}", f"port = {free_port()}"))
    code, out = shown("run", "--once", cfg=cfg)
    assert code == 3 and "cannot reach IMAP server" in out
    no_repr(out)


def test_unreadable_mail_and_late_actions_in_words(dovecot: DovecotUser, tmp_path: Path) -> None:
    """Mail that cannot be read (mail.failed), actions expired days late (intent.expired),
    and every command that shows them: run, plan, status, explain."""
    dovecot.append("INBOX", invitation(start=START, end=START + timedelta(minutes=90)))
    dovecot.append("INBOX", nested(3000, param="boundary*", subject="Interview: what to bring"))
    dovecot.append("INBOX", nul_charset())
    cfg = write_config(dovecot, tmp_path)
    late = "2026-11-23T10:00"
    for args in (
        ("plan", "--now", late),
        ("plan", "--json", "--now", late),
        ("run", "--once", "--now", late),
        ("status",),
        ("status", "--json"),
        ("explain", "work:INBOX:1", "--now", late),
        ("rules",),
    ):
        code, out = shown(*args, cfg=cfg)
        assert code == 0, out
        no_repr(out)
    code, out = shown("explain", "work:INBOX:2", cfg=cfg)  # the one that cannot be read
    assert code != 0 and "nests too deep" in out
    no_repr(out)
    code, out = shown("run", "--once", "--now", "2026-11-23T10:05", cfg=cfg)
    assert code == 0
    no_repr(out)


def test_a_mistyped_moment_in_words(dovecot: DovecotUser, tmp_path: Path) -> None:
    """--now with a control character in it is quoted with the character made visible, not
    as a Python string."""
    code, out = shown("plan", "--now", "next\ttuesday", cfg=write_config(dovecot, tmp_path))
    assert code == 2 and "--now “next\\x09tuesday”" in out


def test_an_unexpected_error_in_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bug's exception — with bytes and a datetime in it — is said in words, not as
    `ValueError(b'…', datetime.datetime(…))`; exit 1."""

    def broken(_args: object) -> int:
        raise ValueError(b"[BADSTATE] half-read", datetime(2026, 11, 18, 16, 0, tzinfo=UTC))

    monkeypatch.setattr(cli, "cmd_rules", broken)
    assert cli.main(["--config", str(tmp_path / "config.toml"), "rules"]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert "[BADSTATE] half-read, 2026-11-18T16:00:00Z (ValueError)" in text
    assert REPR.search(text) is None, text
