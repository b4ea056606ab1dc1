"""The state file's SQLite connection: every sqlite3 error becomes a StateError a person can act on.

SQLite's own words mislead: "disk I/O error" reads like corruption when the disk is
full or a leftover -shm file cannot be written, and "unable to open database file" does
not say which folder to look at. The error code, the free space on the disk and whether
the folder and the files can be written decide the sentence instead:

    full disk         → the disk holding PATH is full (N MB free): free space; …
    cannot be written → PATH cannot be written (…): check the permissions of FOLDER
    corrupt           → PATH is damaged: … (names the file)

The first two (and a lock held too long) are StateUnwritable: the service waits and
retries. A write that failed is remembered (`StateConnection.failure`) so that a caller
that went on after it (the outbox keeps one intent's failure from blocking the others)
can still be told at the end of its pass.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from followupd.domain.errors import StateError, StateLocked, StateUnwritable

__all__ = ["StateConnection", "explain", "explain_os"]

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _AUTH, _NOTADB = 13, 14, 23, 26

# Below this much free space, an I/O error on the state file is taken for a full disk:
# SQLite reports a -shm file it cannot grow as an I/O error, not as SQLITE_FULL.
LOW_SPACE_BYTES = 1 << 20


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _writable(path: Path) -> bool:
    """The folder and each of the state file's files that exist can be written."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    if not os.access(path.parent, os.W_OK):
        return False
    return all(os.access(f, os.W_OK) for f in files if f.exists())


def _full(path: Path, free: int | None) -> StateUnwritable:
    room = f"{free / 1e6:.1f} MB free" if free is not None else "free space unknown"
    return StateUnwritable(
        f"the disk holding {path} is full ({room}): free space; nothing was lost, "
        "the pass will be redone"
    )


def _read_only(path: Path) -> StateUnwritable:
    return StateUnwritable(
        f"{path} cannot be written (read-only folder, or a leftover -wal/-shm file you "
        f"cannot write): check the permissions of {path.parent}"
    )


def explain(path: Path, exc: sqlite3.Error) -> StateError:
    """The StateError, in a sentence a person can act on, for a sqlite3 error on `path`."""
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    free = _free_bytes(path.parent)
    low = free is not None and free < LOW_SPACE_BYTES
    if code == _FULL:
        return _full(path, free)
    # An I/O or open error is a permission problem when something cannot be written (a
    # full disk still can, by permission), else a full disk when little room is left.
    if code in (_READONLY, _PERM, _AUTH) or (code in (_IOERR, _CANTOPEN) and not _writable(path)):
        return _read_only(path)
    if code in (_IOERR, _CANTOPEN) and low:
        return _full(path, free)
    if code in (_CORRUPT, _NOTADB):
        return StateError(
            f"{path} is damaged, not a usable followupd state file ({exc}): restore it from "
            "a backup, or move it aside to start afresh (drafts already written are found "
            "again in Drafts, not written twice)"
        )
    if code in (_BUSY, _LOCKED):
        return StateLocked(
            f"{path} is locked by another process (another followupd on the same state "
            "file?): stop the other one; nothing was lost, the pass will be redone"
        )
    if code == _IOERR:
        return StateError(
            f"{path}: the disk reported an I/O error ({exc}) although it has room and the "
            f"folder can be written: check the disk (dmesg, smartctl); nothing committed "
            "was lost"
        )
    if code == _CANTOPEN:
        return StateError(f"{path}: cannot open the state file ({exc})")
    return StateError(f"{path}: the state file cannot be used: {exc}")


def explain_os(path: Path, exc: OSError) -> StateError:
    """The StateError for an OSError met while preparing the state file's folder."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(path, _free_bytes(path.parent))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _read_only(path)
    return StateError(f"{path}: cannot open the state file: {exc.strerror or exc}")


class StateConnection(sqlite3.Connection):
    """A sqlite3 connection whose errors are StateErrors naming the state file.

    Pass as `factory=` to sqlite3.connect, then call `bind(path)`."""

    state_path: Path = Path()
    # The last write failure that made the state file unwritable, until taken.
    failure: StateUnwritable | None = None

    def bind(self, path: Path) -> None:
        self.state_path = path
        self.failure = None

    def _failed(self, exc: sqlite3.Error) -> StateError:
        error = explain(self.state_path, exc)
        if isinstance(error, StateUnwritable):
            self.failure = error
        return error

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc
