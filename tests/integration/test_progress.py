"""A first sync of a large mailbox shows its progress on a terminal, and only there
(real Dovecot; stderr a pseudo-terminal as in a person's shell)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import plain
from tests.servers.dovecot import DovecotUser

MESSAGES = 1_100  # three batches of 500


def _cli_on_a_terminal(cfg: Path, *args: str) -> tuple[int, str]:
    """`followupd ARGS` with stderr on a pseudo-terminal; returns (exit code, what it showed)."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    env["XDG_CONFIG_HOME"] = str(cfg.parent / "xdg")
    proc = subprocess.Popen(
        [sys.executable, "-m", "followupd", "--config", str(cfg), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.wait(timeout=120), shown.decode("utf-8", "replace")


def test_first_sync_shows_progress_on_a_terminal_only(dovecot: DovecotUser, tmp_path: Path) -> None:
    """On a terminal, `run --once` over 1,100 messages says "reading INBOX: 500 of 1,100",
    then 1,000, then 1,100, rewriting one line; with stderr not a terminal, no progress."""
    dovecot.append_many("INBOX", [plain(f"Newsletter {n}") for n in range(MESSAGES)])
    cfg = write_config(dovecot, tmp_path)
    code, shown = _cli_on_a_terminal(cfg, "run", "--once", "--now", "2026-11-18T10:00")
    assert code == 0, shown
    assert "\rreading INBOX: 500 of 1,100" in shown.replace("\x1b[K", "")
    assert "reading INBOX: 1,000 of 1,100" in shown
    assert "reading INBOX: 1,100 of 1,100\r\n" in shown  # the finished line stays
    assert shown.count("reading INBOX") == 3

    fresh = tmp_path / "piped"  # a first sync again, with a fresh state, through pipes
    fresh.mkdir()
    piped = run_cli("run", "--once", "--now", "2026-11-18T10:00", cfg=write_config(dovecot, fresh))
    assert piped.returncode == 0, piped.stderr
    assert "reading INBOX" not in piped.stderr + piped.stdout


def test_the_service_in_a_terminal_shows_each_accounts_first_sync(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """`followupd run` (the service) started by hand in a terminal says which account's
    folder it is reading, "reading work:INBOX: 1,100 of 1,100", then keeps watching."""
    import select
    import signal
    import time

    dovecot.append_many("INBOX", [plain(f"Newsletter {n}") for n in range(MESSAGES)])
    cfg = write_config(dovecot, tmp_path)
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    env["XDG_CONFIG_HOME"] = str(cfg.parent / "xdg")
    proc = subprocess.Popen(
        [sys.executable, "-m", "followupd", "--config", str(cfg), "run"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env,
    )  # fmt: skip
    os.close(slave)
    shown, deadline = b"", time.monotonic() + 90
    try:
        while b"1,100 of 1,100" not in shown and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    shown += os.read(master, 4096)
                except OSError:
                    break
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        os.close(master)
    text = shown.decode("utf-8", "replace")
    assert "reading work:INBOX: 500 of 1,100" in text.replace("\x1b[K", "")
    assert "reading work:INBOX: 1,100 of 1,100" in text
