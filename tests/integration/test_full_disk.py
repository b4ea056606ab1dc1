"""The state file on a disk that fills or turns read-only: one sentence, nothing lost, retried.

Real failures, not mocks: the state file lives on a small tmpfs (tests/integration/
small_disk.py) that is filled to the last byte or remounted read-only while followupd
works on it (root only; skipped otherwise, failed under CI=true if root cannot mount).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from followupd.config import ImapAccount, MaildirAccount, load_settings
from followupd.domain.errors import StateError, StateUnwritable
from followupd.domain.intents import IntentStatus
from followupd.domain.ports import Cursor
from followupd.pipeline.runner import Mailbox, Runner, open_mailbox
from followupd.rules.loader import load_rules
from followupd.store import Store
from tests.configs import write_config
from tests.integration.small_disk import SmallDisk, small_disk
from tests.integration.test_cli import followupd
from tests.integration.test_service import (  # noqa: F401 (fixtures)
    Daemon,
    Notifications,
    daemon,
    ended_interview,
    notifications,
    thank_yous,
)
from tests.invitations import invitation
from tests.servers.dovecot import DovecotUser

START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
NOW = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)  # the thank-yous fell due at 16:00


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as d:
        yield d


def config_on(user: DovecotUser, folder: Path, disk: SmallDisk, **kw: Any) -> Path:
    """The test config, with its state file on the small disk."""
    cfg = write_config(user, folder, **kw)
    state = disk.path / "state.sqlite3"
    cfg.write_text(cfg.read_text().replace(str(folder / "state.sqlite3"), str(state)))
    user.state = state
    return cfg


def keys_of(drafts: list[bytes]) -> list[bytes]:
    return [line for m in drafts for line in m.splitlines() if line.startswith(b"Message-ID")]


def leave_a_wal(state: Path) -> None:
    """A process that wrote to the state file and died (SIGKILL): -wal and -shm stay."""
    code = (
        "import os, sys; from datetime import datetime, UTC; from pathlib import Path;"
        "from followupd.store import Store;"
        "s = Store(Path(sys.argv[1])); s.log('test.killed', datetime.now(UTC)); os._exit(0)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "daemon")}
    subprocess.run([sys.executable, "-c", code, str(state)], check=True, env=env)
    assert state.with_name(state.name + "-wal").exists()


def open_and_write(state: Path) -> None:
    """Open the state file and write to it, closing it whatever happens."""
    with Store(state) as store, store.transaction():
        store.set_cursor("work", "INBOX", Cursor(1, 1), NOW)


# --- the store ------------------------------------------------------------------------


def test_a_full_disk_at_commit_rolls_back_and_says_so(disk: SmallDisk) -> None:
    """A transaction whose COMMIT meets a full disk raises StateUnwritable saying the disk
    is full, how much is free and that nothing was lost; what it wrote is rolled back,
    what was committed before stays, and the same store works again once space is freed."""
    state = disk.path / "state.sqlite3"
    store = Store(state)
    with store.transaction():
        store.set_cursor("work", "INBOX", Cursor(7, 41), NOW)
    disk.fill()
    with pytest.raises(StateUnwritable) as caught, store.transaction():
        store.set_cursor("work", "INBOX", Cursor(7, 99), NOW)
        for n in range(300):  # more than the WAL has room for
            store.log("test.filler", NOW, n=n, padding="x" * 2000)
    message = str(caught.value)
    assert message == (
        f"the disk holding {state} is full (0.0 MB free): free space; nothing was lost, "
        "the pass will be redone"
    )
    assert not store.db.in_transaction
    assert store.cursor("work", "INBOX") == Cursor(7, 41)
    disk.free()
    with store.transaction():
        store.set_cursor("work", "INBOX", Cursor(7, 99), NOW)
    store.close()
    with Store(state) as again:
        assert again.cursor("work", "INBOX") == Cursor(7, 99)


def test_opening_on_a_full_disk_says_full_not_io_error(disk: SmallDisk) -> None:
    """Opening a state file whose -wal/-shm cannot be created for want of space names the
    full disk, not SQLite's "disk I/O error" or "unable to open database file"."""
    state = disk.path / "state.sqlite3"
    Store(state).close()
    disk.fill()
    with pytest.raises(StateUnwritable, match=r"is full \(0\.0 MB free\): free space"):
        Store(state)
    disk.free()
    with Store(state) as store:
        assert store.schema_version() > 0


def test_a_read_only_folder_with_a_leftover_wal_names_the_folder(disk: SmallDisk) -> None:
    """A state folder made read-only while a -wal and -shm were left behind: the first
    write says the file cannot be written and which folder's permissions to check; never
    "disk I/O error" or anything that reads like corruption."""
    state = disk.path / "state.sqlite3"
    leave_a_wal(state)
    disk.read_only()
    try:
        expected = (
            f"{state} cannot be written (read-only folder, or a leftover -wal/-shm file you "
            f"cannot write): check the permissions of {disk.path}"
        )
        with pytest.raises(StateUnwritable) as caught:
            open_and_write(state)
        assert str(caught.value) == expected
        # The -shm gone as well (another user's, removed): SQLite cannot open the file at all.
        disk.writable()
        state.with_name(state.name + "-shm").unlink()
        disk.read_only()
        with pytest.raises(StateUnwritable) as caught:
            open_and_write(state)
        assert str(caught.value) == expected
    finally:
        disk.writable()


def test_a_damaged_state_file_is_called_damaged_and_named(tmp_path: Path) -> None:
    """A file that is not SQLite is called damaged, with its path and what to do."""
    state = tmp_path / "state.sqlite3"
    state.write_bytes(b"not a database " * 1000)
    with pytest.raises(StateError) as caught:
        Store(state)
    assert not isinstance(caught.value, StateUnwritable)  # not retried: it will not heal
    assert str(caught.value).startswith(f"{state} is damaged, not a usable followupd state file")
    assert "restore it from a backup" in str(caught.value)


# --- a pass that meets a full disk --------------------------------------------------------


class FillsAfterFirstDraft:
    """The account's mailbox, except that the disk fills right after the first draft is
    appended: the draft is in Drafts, its DONE cannot be recorded."""

    def __init__(self, inner: Mailbox, disk: SmallDisk) -> None:
        self.inner, self.disk, self.appended = inner, disk, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def append_draft(self, message: EmailMessage) -> int | None:
        uid = self.inner.append_draft(message)
        self.appended += 1
        if self.appended == 1:
            self.disk.fill()
        return uid


def test_drafts_appended_before_a_full_disk_are_found_again_by_key(
    dovecot: DovecotUser, tmp_path: Path, disk: SmallDisk
) -> None:
    """The disk fills between appending a draft and recording it: the pass ends with
    StateUnwritable (not a silent success), and once space is freed the next pass finds
    every draft appended meanwhile by its key: each thank-you is in Drafts exactly once."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    settings = load_settings(config_on(dovecot, tmp_path, disk))
    ruleset = load_rules(settings.rule_paths(), settings.template_folders())
    wrapped: list[FillsAfterFirstDraft] = []

    @contextlib.contextmanager
    def filling(name: str, account: ImapAccount | MaildirAccount) -> Iterator[Mailbox]:
        with open_mailbox(name, account) as mailbox:
            wrapped.append(FillsAfterFirstDraft(mailbox, disk))
            yield wrapped[-1]  # type: ignore[misc]

    with Store(settings.state.path) as store, pytest.raises(StateUnwritable, match="is full"):
        Runner(settings, ruleset, store, mailbox_factory=filling).run_once(NOW)
        store.raise_if_unwritable()
    appended = wrapped[0].appended
    assert appended >= 1
    assert len(thank_yous(dovecot)) == appended  # in Drafts, but not recorded as done
    disk.free()
    with Store(settings.state.path) as store:
        report = Runner(settings, ruleset, store).run_once(NOW + timedelta(minutes=5))
        store.raise_if_unwritable()
        done = [s for s in store.intents(IntentStatus.DONE) if s.intent.rule_id == "thank-you"]
    drafts = thank_yous(dovecot)
    assert len(drafts) == 3 and len(set(keys_of(drafts))) == 3
    found = [d for d in report.done if d.kind == "draft" and not d.fresh]
    assert len(found) == appended  # found by key, not written again
    assert len(done) == 3


# --- the command line -------------------------------------------------------------------


def test_run_once_on_a_full_state_disk_exits_4_in_one_line_then_drafts_once(
    dovecot: DovecotUser, tmp_path: Path, disk: SmallDisk
) -> None:
    """`run --once` on a full state disk exits 4 with one line (no traceback) saying the
    disk is full; the planned thank-yous are kept, and after space is freed the next run
    writes each of them once."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = config_on(dovecot, tmp_path, disk)
    planned = followupd("run", "--once", "--now", "2026-11-18T10:00", cfg=cfg)
    assert planned.returncode == 0, planned.stderr
    disk.fill()
    full = followupd("run", "--once", "--now", "2026-11-18T17:00", cfg=cfg)
    assert full.returncode == 4, full.stderr
    state = disk.path / "state.sqlite3"
    assert full.stderr.splitlines() == [
        f"followupd: error: the disk holding {state} is full (0.0 MB free): free space; "
        "nothing was lost, the pass will be redone"
    ]
    assert dovecot.list_messages("Drafts") == []
    disk.free()
    ran = followupd("run", "--once", "--now", "2026-11-18T17:05", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.count("wrote draft [thank-you]") == 3
    again = followupd("run", "--once", "--now", "2026-11-18T17:10", cfg=cfg)
    assert again.returncode == 0 and "wrote draft" not in again.stdout
    drafts = thank_yous(dovecot)
    assert len(drafts) == 3 and len(set(keys_of(drafts))) == 3


def test_run_once_on_a_read_only_state_folder_with_a_leftover_wal_exits_4(
    dovecot: DovecotUser, tmp_path: Path, disk: SmallDisk
) -> None:
    """A leftover -wal/-shm in a state folder that turned read-only: `run --once` exits 4
    with one line naming the folder to check (not "unexpected error", not "disk I/O
    error"); writable again, the next run drafts as usual."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = config_on(dovecot, tmp_path, disk)
    state = disk.path / "state.sqlite3"
    leave_a_wal(state)
    disk.read_only()
    try:
        ran = followupd("run", "--once", "--now", "2026-11-18T17:00", cfg=cfg)
    finally:
        disk.writable()
    assert ran.returncode == 4, ran.stderr
    assert ran.stderr.splitlines() == [
        f"followupd: error: {state} cannot be written (read-only folder, or a leftover "
        f"-wal/-shm file you cannot write): check the permissions of {disk.path}"
    ]
    ran = followupd("run", "--once", "--now", "2026-11-18T17:05", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert len(thank_yous(dovecot)) == 3


# --- the service --------------------------------------------------------------------------


def statuses(n: Notifications, until: Callable[[str], bool], timeout: float) -> str:
    """Read notifications until a STATUS= line for which `until` holds; return it."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        lines = n.next(left)
        for line in lines or []:
            if line.startswith("STATUS=") and until(line):
                return line
    raise AssertionError(f"no such STATUS= within {timeout} s: {n.received[-5:]}")


def test_the_service_on_a_full_disk_says_so_stays_up_and_recovers(
    dovecot: DovecotUser,
    tmp_path: Path,
    disk: SmallDisk,
    daemon: Callable[..., Daemon],  # noqa: F811 (the fixture)
    notifications: Notifications,  # noqa: F811 (the fixture)
) -> None:
    """The disk fills while the service runs and mail arrives: STATUS= says the state file
    cannot be written because the disk is full, the process stays up and keeps its
    connection, and once space is freed it carries on: each thank-you drafted once."""
    cfg = config_on(dovecot, tmp_path, disk, lookback_days=60)
    d = daemon(cfg, notifications.env())
    notifications.until("READY=1")
    disk.fill()
    dovecot.append("INBOX", ended_interview("full-disk@northwind-robotics.example"))
    blocked = statuses(notifications, lambda s: "state file not writable" in s, timeout=30)
    assert f"the disk holding {disk.path / 'state.sqlite3'} is full" in blocked
    assert "retrying in" in blocked
    print(blocked)  # reported: what systemctl status shows
    time.sleep(3)  # it keeps waiting, not exiting
    assert d.proc.poll() is None, d.text()[-2000:]
    assert thank_yous(dovecot) == []
    disk.free()
    assert d.wait_for(lambda: len(thank_yous(dovecot)) == 3, timeout=90), d.text()[-2000:]
    statuses(notifications, lambda s: s == "STATUS=work: watching", timeout=30)
    time.sleep(2)  # a further pass must not add any
    drafts = thank_yous(dovecot)
    assert len(drafts) == 3 and len(set(keys_of(drafts))) == 3
    assert '"state.unwritable"' in d.text() and "Traceback" not in d.text()
    assert d.stop() == 0


def test_the_service_started_on_a_full_disk_waits_for_space(
    dovecot: DovecotUser,
    tmp_path: Path,
    disk: SmallDisk,
    daemon: Callable[..., Daemon],  # noqa: F811 (the fixture)
    notifications: Notifications,  # noqa: F811 (the fixture)
) -> None:
    """Started on a full state disk, the service does not exit: READY=1 comes with a
    STATUS= saying the disk is full, it retries, and once space is freed it reads the
    account and drafts each thank-you once."""
    state = disk.path / "state.sqlite3"
    Store(state).close()
    dovecot.append("INBOX", ended_interview("start-full@northwind-robotics.example"))
    disk.fill()
    d = daemon(config_on(dovecot, tmp_path, disk, lookback_days=60), notifications.env())
    lines = notifications.until("READY=1")
    assert any(line.startswith("STATUS=state file not writable") for line in lines), lines
    assert any(f"the disk holding {state} is full" in line for line in lines), lines
    time.sleep(3)
    assert d.proc.poll() is None, d.text()[-2000:]
    disk.free()
    assert d.wait_for(lambda: len(thank_yous(dovecot)) == 3, timeout=90), d.text()[-2000:]
    time.sleep(2)
    drafts = thank_yous(dovecot)
    assert len(drafts) == 3 and len(set(keys_of(drafts))) == 3
    assert d.stop() == 0
