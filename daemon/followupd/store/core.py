"""The state file's core: connection, migrations, cursors, interviews and the outbox.

It holds folder cursors (keyed by UIDVALIDITY), the interviews understood so
far, a journal of processed messages, and the outbox of intents with their
status. Migrations run forward on open; a file written by a newer followupd is
refused rather than guessed at.

Exactly-once: an intent's key is its primary key; an intent that is DONE,
EXPIRED or WITHDRAWN-for-good is never planned again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from followupd.domain.errors import StateError
from followupd.domain.intents import Intent, IntentStatus, intent_from_json
from followupd.domain.model import Interview, MessageRef
from followupd.domain.ports import Cursor
from followupd.store.connection import StateConnection, explain, explain_os
from followupd.store.migrations import MIGRATIONS, SCHEMA_VERSION
from followupd.store.writer import BUSY_TIMEOUT_SECONDS, WriterLock, writer_lock
from followupd.track.state import interview_change


def iso_utc(dt: datetime) -> str:
    """How every table stores a moment: UTC, to the second — so text order is time order."""
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


@dataclass(frozen=True)
class StoredIntent:
    intent: Intent
    status: IntentStatus
    note: str
    done_at: datetime | None
    appended_uid: int | None
    location: str = ""  # drafts: "drafts", "sent", "gone" or "" (not looked at)


@dataclass(frozen=True)
class FailedMessage:
    """A message recorded as processed with outcome "failed": where it is, and why."""

    account: str
    folder: str
    uid: int
    reason: str
    at: datetime


class CoreStore:
    """Access to the state file. One instance per process; not shared across threads."""

    def __init__(self, path: Path, *, in_memory_copy: bool = False) -> None:
        """Open (creating and migrating) the state file.

        With `in_memory_copy`, work on a private in-memory copy of it instead (for
        dry runs such as `followupd plan`): nothing is ever written to `path`,
        which need not exist.
        """
        self.path = path
        # Every sqlite3 error on this connection is a StateError naming the file, in a
        # sentence a person can act on (store/connection.py).
        try:
            if in_memory_copy:
                conn = sqlite3.connect(":memory:", isolation_level=None, factory=StateConnection)
                if path.exists():
                    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                    source.backup(conn)
                    source.close()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(
                    path,
                    isolation_level=None,
                    timeout=BUSY_TIMEOUT_SECONDS,
                    factory=StateConnection,
                )
        except sqlite3.Error as exc:
            raise explain(path, exc) from exc
        except OSError as exc:
            raise explain_os(path, exc) from exc
        conn.bind(path)
        # One writer at a time among this process's threads (store/writer.py).
        self._writer: WriterLock | None = None if in_memory_copy else writer_lock(path)
        self._conn = conn
        self.db: sqlite3.Connection = conn
        self.db.row_factory = sqlite3.Row
        try:
            if not in_memory_copy:
                self.db.execute("PRAGMA journal_mode=WAL")
            # WAL with synchronous=NORMAL survives a crash of the process (a commit is in
            # the WAL before COMMIT returns); only a power cut may lose the last commits,
            # which the next pass redoes (drafts are found again by their Message-ID).
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except StateError:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def check_writable(self) -> None:
        """Commit a write of no consequence, to learn before a pass, not in the middle of
        one, that the file cannot be written (a read-only folder or leftover -wal/-shm, a
        full disk): a failure inside a pass could be taken for one message's fault."""
        with self.transaction():
            self.db.execute(f"PRAGMA user_version = {self.schema_version()}")

    def forget_failure(self) -> None:
        """Start a pass afresh: a write failure raised before is not raised again."""
        self._conn.failure = None

    def raise_if_unwritable(self) -> None:
        """Raise (once) the write failure met since the last call, if one was: a caller
        may have gone on after it (the outbox does, so one intent cannot block the rest),
        and the pass must still end with it."""
        failure, self._conn.failure = self._conn.failure, None
        if failure is not None:
            raise failure

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StateError(
                f"{self.path}: written by a newer followupd (schema {current}, this one "
                f"knows {SCHEMA_VERSION}); upgrade followupd"
            )
        for version in range(current, SCHEMA_VERSION):
            # One script per step, schema change and version bump in one transaction.
            step = MIGRATIONS[version]
            self.db.executescript(
                f"BEGIN IMMEDIATE; {step}; PRAGMA user_version = {version + 1}; COMMIT;"
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested use joins the outer transaction.

        A failure inside it or at COMMIT (a full disk fails there, when the WAL must
        grow) rolls all of it back: the state is as before, and the work is redone."""
        if self.db.in_transaction:
            yield
            return
        with self._writer.turn() if self._writer is not None else nullcontext():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        # SQLite may have rolled back by itself (it does on some SQLITE_FULL errors).
        # If ROLLBACK fails too: nothing was committed (an uncommitted WAL tail is
        # ignored on the next open), and the error that got us here is the one to report.
        if self.db.in_transaction:
            with suppress(StateError):
                self.db.execute("ROLLBACK")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A unit inside the current transaction that is undone alone when it fails (one
        message's changes); outside a transaction, a transaction of its own."""
        if not self.db.in_transaction:
            with self.transaction():
                yield
            return
        self.db.execute("SAVEPOINT unit")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO unit")
            self.db.execute("RELEASE unit")
            raise
        self.db.execute("RELEASE unit")

    # -- cursors --------------------------------------------------------------

    def cursor(self, account: str, folder: str) -> Cursor | None:
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM cursors WHERE account=? AND folder=?",
            (account, folder),
        ).fetchone()
        return Cursor(row["uidvalidity"], row["last_uid"]) if row else None

    def set_cursor(self, account: str, folder: str, cursor: Cursor, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO cursors (account, folder, uidvalidity, last_uid, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET"
            " uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid,"
            " updated_at=excluded.updated_at",
            (account, folder, cursor.uidvalidity, cursor.last_uid, iso_utc(now)),
        )

    # -- processed messages ---------------------------------------------------

    def mark_processed(self, ref: MessageRef, message_id: str, outcome: str, now: datetime) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO processed VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ref.account, ref.folder, ref.uidvalidity, ref.uid, message_id, outcome, iso_utc(now)),
        )

    def failed_messages(self) -> list[FailedMessage]:
        """Messages that could not be understood or recorded (outcome "failed: …"), newest
        first. Older state files wrote "error: …" for the same."""
        rows = self.db.execute(
            "SELECT account, folder, uid, outcome, at FROM processed"
            " WHERE outcome LIKE 'failed:%' OR outcome LIKE 'error:%' ORDER BY at DESC, uid"
        ).fetchall()
        return [
            FailedMessage(
                r["account"],
                r["folder"],
                r["uid"],
                r["outcome"].split(":", 1)[1].strip(),
                _dt(r["at"]),
            )
            for r in rows
        ]

    # -- interviews -----------------------------------------------------------

    def interview(self, uid: str) -> Interview | None:
        row = self.db.execute("SELECT data FROM interviews WHERE uid=?", (uid,)).fetchone()
        return Interview.model_validate_json(row["data"]) if row else None

    def upsert_interview(
        self, account: str, interview: Interview, now: datetime, application: str = ""
    ) -> str:
        """Record an interview; return what happened: new, rescheduled, updated, cancelled,
        stale (by RFC 5546 order, as the tracker decides it: `track.interview_change`)."""
        kept, what = interview_change(self.interview(interview.uid), interview)
        if what != "stale":
            self.put_interview(account, kept, now, application)
        return what

    def drop_interview(self, uid: str) -> None:
        """Forget an interview another record now stands for (`track.InterviewDropped`)."""
        self.db.execute("DELETE FROM interviews WHERE uid=?", (uid,))

    def put_interview(
        self, account: str, interview: Interview, now: datetime, application: str
    ) -> None:
        """Write an interview as the tracker decided it (`track.interview_change`)."""
        self.db.execute(
            "INSERT INTO interviews (uid, account, sequence, status, start, end, data,"
            " first_seen, updated_at, application) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET sequence=excluded.sequence,"
            " status=excluded.status, start=excluded.start, end=excluded.end,"
            " data=excluded.data, updated_at=excluded.updated_at,"
            " application=CASE WHEN excluded.application != '' THEN excluded.application"
            " ELSE interviews.application END",
            (
                interview.uid,
                account,
                interview.sequence,
                interview.status.value,
                iso_utc(interview.start),
                iso_utc(interview.end),
                interview.model_dump_json(),
                iso_utc(now),
                iso_utc(now),
                application,
            ),
        )

    def interviews(self, account: str | None = None) -> list[tuple[str, Interview]]:
        return [(acc, iv) for acc, _, iv in self.interviews_with_application(account)]

    def interviews_with_application(
        self, account: str | None = None
    ) -> list[tuple[str, str, Interview]]:
        """(account, application id, interview) for every interview, by start time."""
        sql = "SELECT account, application, data FROM interviews"
        args: tuple[str, ...] = ()
        if account is not None:
            sql += " WHERE account=?"
            args = (account,)
        rows = self.db.execute(sql + " ORDER BY start", args).fetchall()
        return [
            (r["account"], r["application"], Interview.model_validate_json(r["data"])) for r in rows
        ]

    # -- intents --------------------------------------------------------------

    def _stored(self, row: sqlite3.Row) -> StoredIntent:
        return StoredIntent(
            intent=intent_from_json(row["data"]),
            status=IntentStatus(row["status"]),
            note=row["note"],
            done_at=_dt(row["done_at"]) if row["done_at"] else None,
            appended_uid=row["appended_uid"],
            location=row["location"],
        )

    def intent(self, key: str) -> StoredIntent | None:
        row = self.db.execute("SELECT * FROM intents WHERE key=?", (key,)).fetchone()
        return self._stored(row) if row else None

    def intents(
        self, status: IntentStatus | None = None, account: str | None = None
    ) -> list[StoredIntent]:
        clauses, args = [], []
        if status is not None:
            clauses.append("status=?")
            args.append(status.value)
        if account is not None:
            clauses.append("account=?")
            args.append(account)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(f"SELECT * FROM intents{where} ORDER BY due, key", args)
        return [self._stored(r) for r in rows.fetchall()]

    def put_intent(self, intent: Intent, now: datetime) -> None:
        """Insert a planned intent or refresh a still-planned one (new due, new text)."""
        self.db.execute(
            "INSERT INTO intents (key, rule_id, account, subject_ref, due, expires, status,"
            " data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET due=excluded.due, expires=excluded.expires,"
            " data=excluded.data, updated_at=excluded.updated_at,"
            " status=CASE WHEN intents.status='withdrawn' THEN 'planned' ELSE intents.status END,"
            " note=CASE WHEN intents.status='withdrawn' THEN '' ELSE intents.note END"
            " WHERE intents.status IN ('planned', 'withdrawn')",
            (
                intent.key,
                intent.rule_id,
                intent.account,
                intent.subject_ref,
                iso_utc(intent.due),
                iso_utc(intent.expires) if intent.expires else None,
                intent.model_dump_json(),
                iso_utc(now),
                iso_utc(now),
            ),
        )

    def set_status(
        self,
        key: str,
        status: IntentStatus,
        now: datetime,
        note: str = "",
        appended_uid: int | None = None,
    ) -> None:
        self.db.execute(
            "UPDATE intents SET status=?, note=?, updated_at=?, done_at=?, appended_uid=?"
            " WHERE key=?",
            (
                status.value,
                note,
                iso_utc(now),
                iso_utc(now) if status == IntentStatus.DONE else None,
                appended_uid,
                key,
            ),
        )

    def set_location(self, key: str, location: str, now: datetime) -> None:
        """Where a written draft is now: still in Drafts, sent, or gone (deleted)."""
        self.db.execute(
            "UPDATE intents SET location=?, checked_at=? WHERE key=?", (location, iso_utc(now), key)
        )

    # -- journal --------------------------------------------------------------

    def log(self, kind: str, now: datetime, **detail: object) -> None:
        self.db.execute(
            "INSERT INTO journal (at, kind, detail) VALUES (?, ?, ?)",
            (iso_utc(now), kind, json.dumps(detail, default=str, sort_keys=True)),
        )
