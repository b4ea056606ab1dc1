"""What reading left for later: skipped messages by their keys, the user's own mail ids.

A message the selector did not read is remembered by the keys it can be found
again by (`pipeline.selector.message_keys`: its id, its thread, its people and
their company domains). When a later message makes one of those known — a new
application's domain, a contact, a message of its thread — the runner asks
`recall_skipped` for them and reads them then. Rows older than the account's
look-back are forgotten (`forget_skipped_before`).

Each account's first pass is remembered (`first_pass`): mail read then is its history,
and what fell due long before it is not carried out (pipeline/due.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from datetime import datetime

from followupd.domain.model import MessageRef
from followupd.store.core import iso_utc

_CHUNK = 400  # SQLite's bound-parameter limit is 999 on old builds


class ReadingStore:
    db: sqlite3.Connection

    def first_passes(self) -> dict[str, datetime]:
        """When each account's first pass began (accounts read before this was kept have
        none: their history was replayed then)."""
        rows = self.db.execute(
            "SELECT name, value FROM installation WHERE name LIKE 'first-pass:%'"
        ).fetchall()
        return {row[0].removeprefix("first-pass:"): datetime.fromisoformat(row[1]) for row in rows}

    def begin_first_pass(self, account: str, now: datetime) -> bool:
        """Record `now` as `account`'s first pass when it has none and nothing of it was
        read yet (no cursor). True when this is that first pass."""
        if self.db.execute("SELECT 1 FROM cursors WHERE account=?", (account,)).fetchone():
            return False
        done = self.db.execute(
            "INSERT OR IGNORE INTO installation (name, value) VALUES (?, ?)",
            (f"first-pass:{account}", iso_utc(now)),
        )
        return done.rowcount == 1

    def summary_sent(self, account: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM installation WHERE name=?", (f"first-summary:{account}",)
        ).fetchone()
        return row is not None

    def record_summary(self, account: str, message_id: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO installation (name, value) VALUES (?, ?)",
            (f"first-summary:{account}", message_id),
        )

    def remember_skipped(
        self, rows: Iterable[tuple[MessageRef, Collection[str], datetime]]
    ) -> None:
        """Keep each skipped message's keys (one statement for a whole batch)."""
        self.db.executemany(
            "INSERT INTO skipped_keys VALUES (?, ?, ?, ?, ?, ?)",
            (
                (key, ref.account, ref.folder, ref.uidvalidity, ref.uid, iso_utc(at))
                for ref, keys, at in rows
                for key in keys
            ),
        )

    def recall_skipped(self, account: str, keys: Collection[str]) -> list[tuple[MessageRef, str]]:
        """Skipped messages of `account` that carry one of `keys`, oldest first."""
        found: dict[MessageRef, str] = {}
        wanted = sorted(keys)
        for i in range(0, len(wanted), _CHUNK):
            part = wanted[i : i + _CHUNK]
            rows = self.db.execute(
                "SELECT DISTINCT folder, uidvalidity, uid, at FROM skipped_keys"
                f" WHERE account=? AND key IN ({','.join('?' * len(part))})",
                (account, *part),
            ).fetchall()
            for r in rows:
                ref = MessageRef(
                    account=account, folder=r["folder"], uidvalidity=r["uidvalidity"], uid=r["uid"]
                )
                found[ref] = r["at"]
        return sorted(found.items(), key=lambda item: (item[1], item[0].folder, item[0].uid))

    def forget_skipped(self, ref: MessageRef) -> None:
        self.db.execute(
            "DELETE FROM skipped_keys WHERE account=? AND folder=? AND uidvalidity=? AND uid=?",
            (ref.account, ref.folder, ref.uidvalidity, ref.uid),
        )

    def forget_skipped_before(self, account: str, before: datetime) -> None:
        self.db.execute(
            "DELETE FROM skipped_keys WHERE account=? AND at < ?", (account, iso_utc(before))
        )

    def skipped_count(self, account: str | None = None) -> int:
        sql = (
            "SELECT COUNT(*) FROM"
            " (SELECT DISTINCT account, folder, uidvalidity, uid FROM skipped_keys"
        )
        args: tuple[str, ...] = ()
        if account is not None:
            sql, args = sql + " WHERE account=?", (account,)
        return int(self.db.execute(sql + ")", args).fetchone()[0])

    # -- the user's own mail --------------------------------------------------

    def remember_own(self, rows: Iterable[tuple[str, str, datetime]]) -> None:
        """(account, message id, date) of mail the user sent."""
        self.db.executemany(
            "INSERT OR IGNORE INTO own_mail (message_id, account, at) VALUES (?, ?, ?)",
            ((mid, account, iso_utc(at)) for account, mid, at in rows if mid),
        )

    def own_message_ids(self) -> set[str]:
        """The ids of mail the user sent, and of every letter followupd wrote for them: a
        reply to a draft they sent is read even when their client kept no copy in Sent
        (the draft names nothing of followupd, so nothing else tells it apart)."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT message_id FROM own_mail UNION SELECT message_id FROM letters"
            )
        }

    # -- the user's corrections -------------------------------------------------

    def put_correction(
        self, message_id: str, verdict: str, source: str, now: datetime, where: MessageRef | None
    ) -> None:
        """What the user says a message is ("interview", "application", "nothing"); with
        `where`, the message is read again at the next pass (as a skipped one would be)."""
        self.db.execute(
            "INSERT INTO corrections (message_id, verdict, source, at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (message_id) DO UPDATE SET verdict=excluded.verdict,"
            " source=excluded.source, at=excluded.at",
            (message_id, verdict, source, iso_utc(now)),
        )
        if where is not None:
            self.remember_skipped([(where, (f"c:{message_id}",), now)])

    def drop_correction(self, message_id: str) -> bool:
        cur = self.db.execute("DELETE FROM corrections WHERE message_id=?", (message_id,))
        return cur.rowcount > 0

    def corrections(self) -> dict[str, tuple[str, str, datetime]]:
        """message id -> (verdict, where it was given, when)."""
        rows = self.db.execute("SELECT message_id, verdict, source, at FROM corrections")
        return {
            r["message_id"]: (r["verdict"], r["source"], datetime.fromisoformat(r["at"]))
            for r in rows
        }
