"""One writer per state file in this process.

The service runs one watcher thread per account, each with its own connection to the
one state file. Left to SQLite, threads that want to write at the same time poll for
the lock (its busy handler sleeps and tries again), which is unfair: with 200 accounts
some thread always lost, past any timeout, and got "database is locked". Here a lock
per file (re-entrant, so a second Store on the same thread waits for SQLite instead of
for itself) hands the turn to a waiting thread the moment a transaction ends.
SQLite's busy timeout is left to what comes from other processes: a CLI command such
as `followupd mark`, or a second followupd started by mistake.

    with writer_lock(path).turn():   # around BEGIN IMMEDIATE … COMMIT/ROLLBACK
        ...

A thread that waits longer than WAIT_SECONDS (another account's transaction is stuck,
say on a server that stopped answering) gets StateLocked, naming who holds the turn;
the watcher says so in STATUS= and redoes its pass.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from followupd.domain.errors import StateLocked

__all__ = ["BUSY_TIMEOUT_SECONDS", "WAIT_SECONDS", "WriterLock", "writer_lock"]

# How long a connection waits for another process's write lock (SQLite's busy timeout).
BUSY_TIMEOUT_SECONDS = 10.0
# How long a thread waits for its turn behind the other threads of this process.
WAIT_SECONDS = 60.0


class WriterLock:
    """The write turn on one state file, shared by every thread of this process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._holder = ""
        self._since = 0.0

    @contextmanager
    def turn(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        """Hold the write turn for the block; StateLocked when it does not come in time."""
        if not self._lock.acquire(timeout=timeout):
            holder, since = self._holder, self._since
            held = f" (held by {holder} for {time.monotonic() - since:.0f} s)" if holder else ""
            raise StateLocked(
                f"{self.path} is busy: waited {timeout:.0f} s for another account's "
                f"write{held}; nothing was lost, the pass will be redone"
            )
        outer = not self._holder
        if outer:
            self._holder, self._since = threading.current_thread().name, time.monotonic()
        try:
            yield
        finally:
            if outer:
                self._holder = ""
            self._lock.release()


_locks: dict[Path, WriterLock] = {}
_registry = threading.Lock()


def writer_lock(path: Path) -> WriterLock:
    """The process's one WriterLock for the state file at `path`."""
    key = path.resolve()
    with _registry:
        lock = _locks.get(key)
        if lock is None:
            lock = _locks[key] = WriterLock(path)
        return lock
