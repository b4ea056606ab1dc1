"""The hiring conversation in the state file: applications, messages, happenings, cancels."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from pydantic import TypeAdapter

from followupd.domain.model import Application
from followupd.rules.world import Cancellation, Happening, MessageFact
from followupd.store.core import iso_utc
from followupd.understand.conversation import ApplicationIndex

_HAPPENING = TypeAdapter(Happening)
_MESSAGE = TypeAdapter(MessageFact)


class ConversationStore:
    db: sqlite3.Connection

    # -- applications ---------------------------------------------------------

    def application(self, app_id: str) -> Application | None:
        row = self.db.execute("SELECT data FROM applications WHERE id=?", (app_id,)).fetchone()
        return Application.model_validate_json(row["data"]) if row else None

    def applications(self) -> dict[str, Application]:
        rows = self.db.execute("SELECT data FROM applications ORDER BY id").fetchall()
        apps = [Application.model_validate_json(r["data"]) for r in rows]
        return {a.id: a for a in apps}

    def put_application(self, app: Application, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO applications (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET data=excluded.data, updated_at=excluded.updated_at",
            (app.id, app.model_dump_json(), iso_utc(now), iso_utc(now)),
        )

    # -- messages and happenings ----------------------------------------------

    def add_message(self, fact: MessageFact) -> bool:
        """Record a message of a conversation once; False when it was already known."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO messages VALUES (?, ?, ?, ?, ?, ?)",
            (
                fact.message_id,
                fact.application,
                fact.account,
                iso_utc(fact.at),
                int(fact.from_user),
                _MESSAGE.dump_json(fact).decode(),
            ),
        )
        return cur.rowcount == 1

    def messages(self, application: str | None = None) -> list[MessageFact]:
        sql, args = "SELECT data FROM messages", tuple[str, ...]()
        if application is not None:
            sql, args = sql + " WHERE application=?", (application,)
        rows = self.db.execute(sql + " ORDER BY at", args).fetchall()
        return [_MESSAGE.validate_json(r["data"]) for r in rows]

    def add_happening(self, h: Happening, now: datetime) -> bool:
        """Record a happening exactly once (its id is stable); False when already known."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO happenings VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                h.id,
                h.kind,
                iso_utc(h.at),
                h.application,
                h.account,
                _HAPPENING.dump_json(h).decode(),
                iso_utc(now),
            ),
        )
        return cur.rowcount == 1

    def happenings(
        self, application: str | None = None, *, kind: str | None = None
    ) -> list[Happening]:
        """The happenings (of one application, of one kind), oldest first."""
        where = [
            (col, v) for col, v in (("application", application), ("kind", kind)) if v is not None
        ]
        sql = "SELECT data FROM happenings"
        if where:
            sql += " WHERE " + " AND ".join(f"{col}=?" for col, _ in where)
        rows = self.db.execute(sql + " ORDER BY at", tuple(v for _, v in where)).fetchall()
        return [_HAPPENING.validate_json(r["data"]) for r in rows]

    def add_cancellation(self, c: Cancellation) -> None:
        self.db.execute(
            "INSERT INTO cancellations VALUES (?, ?, ?) ON CONFLICT (application, rule_id)"
            " DO UPDATE SET at=max(at, excluded.at)",
            (c.application, c.rule_id, iso_utc(c.at)),
        )

    def cancellations(self) -> list[Cancellation]:
        rows = self.db.execute("SELECT * FROM cancellations").fetchall()
        return [
            Cancellation(r["application"], r["rule_id"], datetime.fromisoformat(r["at"]))
            for r in rows
        ]

    def index(self) -> ApplicationIndex:
        """Lookup tables for joining new messages to applications."""
        index = ApplicationIndex(applications=self.applications())
        for row in self.db.execute("SELECT message_id, application FROM messages"):
            index.by_message[row["message_id"]] = row["application"]
        return index

    def happening_ids(self) -> set[str]:
        """The ids of every happening recorded (a message read again never fires twice)."""
        return {r["id"] for r in self.db.execute("SELECT id FROM happenings")}
