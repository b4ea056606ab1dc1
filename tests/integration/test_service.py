"""`followupd run` as a service against a real Dovecot: IDLE, outages, reload, shutdown."""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.configs import write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import MAIL_GID, MAIL_UID, DovecotServer, DovecotUser, letter_ids

ROOT = Path(__file__).resolve().parents[2]


class Daemon:
    """`followupd run` in a subprocess, its log (JSON lines) collected in a file."""

    def __init__(self, config: Path, extra_env: dict[str, str] | None = None) -> None:
        self.log = config.parent / "followupd.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
        env.update(extra_env or {})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "followupd", "--config", str(config), "run"],
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("wb"),
            env=env,
        )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, what: Callable[[], bool], timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if what():
                return True
            assert self.proc.poll() is None, f"the daemon died:\n{self.text()[-3000:]}"
            time.sleep(0.1)
        return what()

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=15)


@pytest.fixture
def daemon() -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(config: Path, extra_env: dict[str, str] | None = None) -> Daemon:
        d = Daemon(config, extra_env)
        started.append(d)
        return d

    yield start
    for d in started:
        if d.proc.poll() is None:
            d.proc.kill()
            d.proc.wait()


class Notifications:
    """A datagram socket standing in for systemd's $NOTIFY_SOCKET; collects what arrives."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sdn", dir="/tmp"))  # short: < 108 chars
        self.path = self.folder / "notify"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))
        self.received: list[list[str]] = []

    def env(self, **extra: str) -> dict[str, str]:
        return {"NOTIFY_SOCKET": str(self.path), **extra}

    def next(self, timeout: float) -> list[str] | None:
        """The next message (its KEY=value lines), or None after `timeout` seconds."""
        self.sock.settimeout(timeout)
        try:
            lines = self.sock.recv(65536).decode().split("\n")
        except TimeoutError:
            return None
        self.received.append(lines)
        return lines

    def until(self, line: str, timeout: float = 30) -> list[str]:
        """Messages up to and including the first one holding `line`."""
        deadline = time.monotonic() + timeout
        start = len(self.received)
        while (left := deadline - time.monotonic()) > 0:
            lines = self.next(left)
            if lines is not None and line in lines:
                return [x for m in self.received[start:] for x in m]
        raise AssertionError(f"no {line} within {timeout} s: {self.received[start:]}")

    def close(self) -> None:
        self.sock.close()
        self.path.unlink(missing_ok=True)
        self.folder.rmdir()


@pytest.fixture
def notifications() -> Iterator[Notifications]:
    n = Notifications()
    yield n
    n.close()


def events(d: Daemon) -> list[dict[str, Any]]:
    return [json.loads(line) for line in d.text().splitlines() if line.startswith("{")]


def status_of(lines: list[str]) -> str:
    return [x for x in lines if x.startswith("STATUS=")][-1]


def ended_interview(
    uid: str, hours_ago: float = 2, panel: tuple[tuple[str, str], ...] = PANEL
) -> bytes:
    """An invitation for an interview that ended a while ago: its thank-yous are due now."""
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=hours_ago)
    return invitation(uid=uid, start=end - timedelta(hours=1), end=end, attendees=panel)


def thank_yous(user: DovecotUser) -> list[bytes]:
    """The thank-you drafts in Drafts, by the Message-IDs the state gives that rule."""
    assert user.state is not None
    ids = letter_ids(user.state, "thank-you")
    return [m for m in user.list_messages("Drafts") if message_id(m) in ids]


def message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]).strip()


def test_idle_turns_new_mail_into_drafts(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """The running daemon sees a message arrive (IDLE) and writes its drafts within seconds."""
    d = daemon(write_config(dovecot, tmp_path, lookback_days=60))
    assert d.wait_for(lambda: '"service.ready"' in d.text())
    started = time.monotonic()
    dovecot.append("INBOX", ended_interview("idle-1@northwind-robotics.example"))
    assert d.wait_for(lambda: len(thank_yous(dovecot)) == 3, timeout=20)
    elapsed = time.monotonic() - started
    assert '"imap.connected"' in d.text()
    assert dovecot.password not in d.text()
    assert d.stop() == 0
    # Reported, not asserted as a limit (see bench/ for latency figures).
    print(f"new mail → 3 drafts in {elapsed:.2f} s")


def test_outage_catches_up_exactly_once(
    make_dovecot: Callable[..., DovecotServer],
    tmp_path: Path,
    daemon: Callable[[Path], Daemon],
) -> None:
    """Dovecot stops while the daemon runs, mail arrives meanwhile; after the restart every
    expected draft exists exactly once."""
    server = make_dovecot()
    user = server.add_user()
    user.append("INBOX", ended_interview("before@northwind-robotics.example"))
    d = daemon(write_config(user, tmp_path, lookback_days=60))
    assert d.wait_for(lambda: len(thank_yous(user)) == 3)
    server.stop()
    assert d.wait_for(lambda: '"account.retry"' in d.text(), timeout=30)
    # Mail delivered while the server is down (straight into the Maildir, as an MTA would).
    new = user.maildir / "new"
    raw = ended_interview("during@northwind-robotics.example", panel=PANEL[:2])
    target = new / f"{int(time.time())}.outage.test"
    target.write_bytes(raw)
    os.chown(target, MAIL_UID, MAIL_GID)
    server.start()
    assert d.wait_for(lambda: len(thank_yous(user)) == 5, timeout=60), d.text()[-2000:]
    time.sleep(2)  # a further pass (IDLE wakes, notes arrive) must not add any
    drafts = thank_yous(user)
    assert len(drafts) == 5
    keys = [line for m in drafts for line in m.splitlines() if line.startswith(b"Message-ID")]
    assert len(set(keys)) == 5
    assert d.stop() == 0


def test_sighup_with_broken_rules_keeps_the_old_ones(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """A reload with an invalid rule file is reported with file:line, and the last good
    rules keep working."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    d = daemon(write_config(dovecot, tmp_path, rules=rules))
    assert d.wait_for(lambda: '"service.ready"' in d.text())
    broken = rules / "99-broken.yaml"
    broken.write_text("version: 1\nrules:\n  - id: oops\n    on: interview.endd\n    do: []\n")
    d.proc.send_signal(signal.SIGHUP)
    assert d.wait_for(lambda: '"rules.kept"' in d.text())
    assert f"{broken}:4:9: rules[0].on: unknown trigger" in d.text()
    dovecot.append("INBOX", ended_interview("after-reload@northwind-robotics.example"))
    assert d.wait_for(lambda: len(thank_yous(dovecot)) == 3)
    broken.unlink()  # a fixed rule set is picked up without a signal (file watching)
    assert d.wait_for(lambda: '"rules.reloaded"' in d.text())
    assert d.stop() == 0


def test_sigterm_during_a_first_sync_leaves_consistent_state(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """SIGTERM in the middle of work stops within seconds; a later run finishes the work,
    and no draft exists twice."""
    dovecot.append_many(
        "INBOX",
        [
            ended_interview(f"many-{i}@northwind-robotics.example", panel=PANEL[:1])
            for i in range(40)
        ],
    )
    cfg = write_config(dovecot, tmp_path, lookback_days=60)
    d = daemon(cfg)
    assert d.wait_for(lambda: '"imap.connected"' in d.text())
    time.sleep(0.3)
    stopped = time.monotonic()
    assert d.stop() == 0
    assert time.monotonic() - stopped < 10
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    again = subprocess.run(
        [sys.executable, "-m", "followupd", "--config", str(cfg), "run", "--once"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    drafts = thank_yous(dovecot)
    assert len(drafts) == 40
    keys = {line for m in drafts for line in m.splitlines() if line.startswith(b"Message-ID")}
    assert len(keys) == 40


def test_interview_only_in_a_calendar_reaches_the_service(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """The running service polls its calendars: an interview that exists only in a calendar
    (here a local .ics file) gets its thank-you drafts in the mail account's Drafts."""
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    stamp = "%Y%m%dT%H%M%SZ"
    attendees = "".join(f'ATTENDEE;CN="{name}":mailto:{addr}\r\n' for name, addr in PANEL[1:])
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:calendar-only@northwind-robotics.example\r\n"
        f"DTSTAMP:{end.strftime(stamp)}\r\n"
        f"DTSTART:{(end - timedelta(hours=1)).strftime(stamp)}\r\nDTEND:{end.strftime(stamp)}\r\n"
        "SUMMARY:Technical interview – Northwind Robotics\r\n"
        f'ORGANIZER;CN="{PANEL[0][0]}":mailto:{PANEL[0][1]}\r\n'
        f'ATTENDEE;CN="Jordan Lee":mailto:jordan.lee@example.org\r\n{attendees}'
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = tmp_path / "calendar.ics"
    calendar.write_text(ics)
    extra = f'\n[run]\npoll_interval = 10\n\n[[calendars]]\nkind = "ics_file"\nname = "local"\npath = "{calendar}"\n'
    d = daemon(write_config(dovecot, tmp_path, lookback_days=60, extra=extra))
    assert d.wait_for(lambda: len(thank_yous(dovecot)) == 3, timeout=30), d.text()[-2000:]
    assert d.stop() == 0


def test_sigkill_mid_work_then_restart_gives_each_draft_once(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """Killed hard (SIGKILL) while writing drafts, then started again: every draft exists
    exactly once — look-before-append and the state file's transactions make it so."""
    dovecot.append_many(
        "INBOX",
        [
            ended_interview(f"kill-{i}@northwind-robotics.example", panel=PANEL[:1])
            for i in range(40)
        ],
    )
    cfg = write_config(dovecot, tmp_path, lookback_days=60)
    first = daemon(cfg)
    assert first.wait_for(lambda: len(thank_yous(dovecot)) >= 5, timeout=60)
    first.proc.kill()
    first.proc.wait(timeout=10)
    second = daemon(cfg)
    assert second.wait_for(lambda: len(thank_yous(dovecot)) >= 40, timeout=90)
    time.sleep(1)
    drafts = thank_yous(dovecot)
    keys = [line for m in drafts for line in m.splitlines() if line.startswith(b"Message-ID")]
    assert len(drafts) == 40 and len(set(keys)) == 40
    assert second.stop() == 0


def test_reminder_planned_before_a_restart_arrives_once_after_it(
    dovecot: DovecotUser, tmp_path: Path, daemon: Callable[[Path], Daemon]
) -> None:
    """The daemon plans a reminder, is stopped before it is due, and started again: the
    reminder arrives when due, exactly once (the timer lives in the state file)."""
    rules = tmp_path / "rules"
    (rules / "templates").mkdir(parents=True)
    (rules / "ping.yaml").write_text(
        "version: 1\nrules:\n  - id: ended-ping\n    on: interview.ended\n"
        "    do:\n      - remind: {template: ping}\n"
    )
    (rules / "templates" / "ping.txt").write_text("Subject: [followupd] it ended\n\nIt ended.\n")
    end = datetime.now(UTC) + timedelta(seconds=8)
    dovecot.append(
        "INBOX",
        invitation(
            uid="restart@northwind-robotics.example", start=end - timedelta(hours=1), end=end
        ),
    )
    cfg = write_config(dovecot, tmp_path, rules=rules, lookback_days=60)
    first = daemon(cfg)
    assert first.wait_for(lambda: '"service.ready"' in first.text())
    assert first.stop() == 0

    def notes() -> list[bytes]:
        inbox = dovecot.list_messages("INBOX")
        return [m for m in inbox if b"X-Followupd-Rule: ended-ping" in m]

    assert notes() == []  # not due yet when the first daemon stopped
    second = daemon(cfg)
    assert second.wait_for(lambda: len(notes()) == 1, timeout=40)
    time.sleep(2)
    assert len(notes()) == 1
    assert second.stop() == 0


def test_ready_is_sent_after_the_first_read(
    dovecot: DovecotUser,
    tmp_path: Path,
    daemon: Callable[..., Daemon],
    notifications: Notifications,
) -> None:
    """READY=1 reaches $NOTIFY_SOCKET only once the account was logged in and read (its
    drafts are written by then), with the account's state in STATUS=; no WATCHDOG=1
    comes before it, and WATCHDOG=1 follows it."""
    dovecot.append("INBOX", ended_interview("ready-1@northwind-robotics.example"))
    cfg = write_config(dovecot, tmp_path, lookback_days=60)
    d = daemon(cfg, notifications.env(WATCHDOG_USEC="2000000"))
    before = notifications.until("READY=1")
    assert len(thank_yous(dovecot)) == 3  # the first pass was done before READY=1
    assert '"account.done"' in d.text()
    assert "WATCHDOG=1" not in before
    assert status_of(before) == "STATUS=work: watching"
    after = notifications.until("WATCHDOG=1", timeout=5)
    assert "READY=1" not in after
    assert d.stop() == 0


def test_a_wrong_password_is_reported_once_and_not_hammered(
    dovecot: DovecotUser,
    tmp_path: Path,
    daemon: Callable[..., Daemon],
    notifications: Notifications,
) -> None:
    """A login the server refuses makes the service ready with the reason in STATUS=
    (account, server, what to check) and one clear log line; the server sees one login
    attempt over several seconds, and one more after a reload (SIGHUP)."""
    server = dovecot.server
    cfg = write_config(dovecot, tmp_path, password="not-the-password")
    d = daemon(cfg, notifications.env())
    ready = notifications.until("READY=1")
    status = status_of(ready)
    where = f"127.0.0.1:{dovecot.port}"
    assert status.startswith(f"STATUS=work: login refused ({where} refused the login; check")
    assert "password" in status and "reload" in status

    def refusals() -> int:
        failed = "(auth failed, 1 attempts in"
        user = f"user=<{dovecot.username}>"
        text = server.log.read_text(errors="replace")
        return sum(1 for line in text.splitlines() if failed in line and user in line)

    assert d.wait_for(lambda: refusals() == 1, timeout=5)
    time.sleep(4)
    assert refusals() == 1
    assert notifications.next(0.2) is None  # reported once: nothing new since READY=1
    assert d.text().count('"account.login_refused"') == 1
    assert d.text().count('"imap.login_refused"') == 1
    assert "not-the-password" not in d.text()
    (line,) = [e for e in events(d) if e["event"] == "account.login_refused"]
    assert line["account"] == "work" and line["server"] == where
    assert line["level"] == "error" and "password" in line["check"]
    d.proc.send_signal(signal.SIGHUP)
    assert d.wait_for(lambda: refusals() == 2, timeout=10)
    assert d.wait_for(lambda: '"account.login_still_refused"' in d.text())
    reload = notifications.until("READY=1", timeout=10)
    assert not any(x.startswith("STATUS=") for x in reload)  # the same refusal, not news
    time.sleep(2)
    assert refusals() == 2
    assert d.text().count('"account.login_refused"') == 1
    assert d.stop() == 0
