"""How sqlite3 errors on the state file are worded, and how a watcher waits on them.

The real failures (a full tmpfs, a read-only remount) are in
tests/integration/test_full_disk.py; here the cases a real disk cannot easily be made
to show: SQLite's ambiguous "disk I/O error" and a lock held by another process.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from followupd.domain.errors import StateError, StateUnwritable
from followupd.service.watcher import Backoff, State
from followupd.store import connection
from followupd.store.connection import explain, explain_os
from tests.unit.test_watcher import Harness, eventually, harness  # noqa: F401 (fixture)

MB = 1_000_000


def sqlite_error(message: str, code: int) -> sqlite3.Error:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"")
    return path


def test_an_io_error_with_little_room_is_a_full_disk(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "disk I/O error" (here: the -shm could not grow) on a disk with less than
    1 MiB left is reported as the full disk it is, with the room left."""
    monkeypatch.setattr(connection, "_free_bytes", lambda _folder: 300_000)
    error = explain(state, sqlite_error("disk I/O error", 10 | (19 << 8)))
    assert isinstance(error, StateUnwritable)
    assert str(error) == (
        f"the disk holding {state} is full (0.3 MB free): free space; nothing was lost, "
        "the pass will be redone"
    )


def test_an_io_error_with_room_and_permission_is_not_called_corruption(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An I/O error with room left and everything writable says the disk failed and what
    to check; it never reads like a corrupt file, and it is not retried for ever."""
    monkeypatch.setattr(connection, "_free_bytes", lambda _folder: 500 * MB)
    error = explain(state, sqlite_error("disk I/O error", 10))
    assert not isinstance(error, StateUnwritable)
    assert "check the disk (dmesg" in str(error) and str(state) in str(error)
    assert "damaged" not in str(error) and "corrupt" not in str(error)


def test_full_read_only_and_locked_are_retried_damaged_is_not(state: Path) -> None:
    """SQLITE_FULL, SQLITE_READONLY and SQLITE_BUSY are StateUnwritable (the service waits
    and retries); SQLITE_CORRUPT/NOTADB is a StateError calling the file damaged."""
    assert isinstance(explain(state, sqlite_error("database or disk is full", 13)), StateUnwritable)
    read_only = explain(state, sqlite_error("attempt to write a readonly database", 8))
    assert isinstance(read_only, StateUnwritable)
    assert f"check the permissions of {state.parent}" in str(read_only)
    busy = explain(state, sqlite_error("database is locked", 5))
    assert isinstance(busy, StateUnwritable) and "locked by another process" in str(busy)
    damaged = explain(state, sqlite_error("database disk image is malformed", 11))
    assert type(damaged) is StateError
    assert str(damaged).startswith(f"{state} is damaged")


def test_folder_errors_are_worded_the_same_way(state: Path) -> None:
    """Creating the state folder on a full or read-only disk says the same sentences."""
    assert "is full" in str(explain_os(state, OSError(28, "No space left on device")))
    assert "cannot be written" in str(explain_os(state, OSError(30, "Read-only file system")))


def test_a_watcher_says_so_and_redoes_the_pass_until_the_state_can_be_written(
    harness: Harness,  # noqa: F811 (the fixture)
) -> None:
    """A pass that cannot write the state file leaves the watcher alive and connected in
    State.STATE_BLOCKED with the sentence and when it retries; the pass is redone with
    backoff (no reconnect) and, once it succeeds, the watcher watches again."""
    full = StateUnwritable("the disk holding /s is full (0.0 MB free): free space")
    harness.account_pass.fail = full
    w = harness.watcher(state_backoff=Backoff(base=0.05, cap=0.1))
    w.start()
    assert w.wait_ready(5) is True
    assert eventually(lambda: w.status.state is State.STATE_BLOCKED)
    assert w.status.reason.startswith(str(full) + "; retrying in ")
    assert eventually(lambda: harness.server.logins == 1 and w.alive(within=5))
    harness.account_pass.fail = None
    assert eventually(lambda: harness.account_pass.passes >= 1)
    assert eventually(lambda: w.status.state is State.WATCHING)
    assert harness.server.logins == 1  # the connection was kept
    w.stop(timeout=5)
    assert w.exception is None


def test_a_state_file_that_cannot_be_opened_is_retried(harness: Harness) -> None:  # noqa: F811
    """Opening the state file on the watcher's thread fails while the disk is full: the
    watcher reports it and tries to open it again, instead of dying."""
    opened = threading.Event()
    attempts: list[int] = []
    inner = harness.watcher().ctx.open_pass

    def open_pass():  # type: ignore[no-untyped-def]
        attempts.append(1)
        if len(attempts) < 3:
            raise StateUnwritable("the disk holding /s is full (0.0 MB free): free space")
        opened.set()
        return inner()

    w = harness.watcher(open_pass=open_pass, state_backoff=Backoff(base=0.02, cap=0.05))
    w.start()
    assert w.wait_ready(5) is True
    assert opened.wait(5)
    assert eventually(lambda: w.status.state is State.WATCHING)
    assert State.STATE_BLOCKED in harness.states()
    w.stop(timeout=5)
    assert w.exception is None
