"""The letters followupd wrote, in the state file: key → Message-ID, folder, withdrawn.

A draft names nothing of followupd, so the state is where its rule and intent are
found again from its Message-ID (`followupd drafts`, the benchmarks). The Message-ID
of a draft is derived from its intent key with the installation's secret (made
once, on first need, kept in the `installation` table) and recorded before the
draft is appended: a crash between the two leaves a row whose draft is then found
in Drafts by that Message-ID. A letter written before this table existed has no
row; it carried the key in `<followupd.KEY@domain>` and `X-Followupd-Key`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from followupd.compose.letter_id import letter_message_id, new_secret
from followupd.compose.message import note_message_id
from followupd.domain.intents import LetterIntent
from followupd.domain.model import UserIdentity
from followupd.domain.ports import LetterTrace
from followupd.store.core import StoredIntent, iso_utc

SECRET = "letter-secret"


@dataclass(frozen=True)
class Letter:
    key: str
    message_id: str
    account: str
    folder: str  # where it was written ("Drafts", "INBOX", "smtp"); "" before the append
    withdrawn: str  # why it is no longer wanted ("" when it still is)


class LetterStore:
    db: sqlite3.Connection

    def letter_secret(self) -> str:
        """The installation's secret for Message-IDs, made on first use."""
        row = self.db.execute("SELECT value FROM installation WHERE name=?", (SECRET,)).fetchone()
        if row is not None:
            return str(row["value"])
        secret = new_secret()
        self.db.execute("INSERT INTO installation (name, value) VALUES (?, ?)", (SECRET, secret))
        return secret

    def letter_id(self, key: str, account: str, domain: str, now: datetime) -> str:
        """The Message-ID of the letter of intent `key`, recorded (once) in the state."""
        row = self.db.execute("SELECT message_id FROM letters WHERE key=?", (key,)).fetchone()
        if row is not None:
            return str(row["message_id"])
        message_id = letter_message_id(key, self.letter_secret(), domain)
        self.put_letter(key, message_id, account, "", now)
        return message_id

    def put_letter(
        self, key: str, message_id: str, account: str, folder: str, now: datetime
    ) -> None:
        self.db.execute(
            "INSERT INTO letters (key, message_id, account, folder, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " folder=CASE WHEN excluded.folder = '' THEN letters.folder ELSE excluded.folder END",
            (key, message_id, account, folder, iso_utc(now)),
        )

    def set_letter_folder(self, key: str, folder: str) -> None:
        self.db.execute("UPDATE letters SET folder=? WHERE key=?", (folder, key))

    def withdraw_letter(self, key: str, why: str) -> None:
        """A letter already written that a later change no longer asks for."""
        self.db.execute("UPDATE letters SET withdrawn=? WHERE key=? AND withdrawn=''", (why, key))

    def letter(self, key: str) -> Letter | None:
        row = self.db.execute("SELECT * FROM letters WHERE key=?", (key,)).fetchone()
        return _letter(row) if row is not None else None

    def letter_trace(self, stored: StoredIntent, user: UserIdentity) -> LetterTrace | None:
        """How to find this written letter again (None: it is not a letter)."""
        intent = stored.intent
        if not isinstance(intent, LetterIntent):
            return None
        known = self.letter(intent.key)
        return LetterTrace(
            # Written before the letters table: the Message-ID then carried the key.
            message_id=known.message_id if known else note_message_id(intent.key, user),
            to=tuple(p.email for p in intent.to),
            subject=intent.subject,
            in_reply_to=intent.in_reply_to or "",
            written=stored.done_at.date() if stored.done_at else None,
        )

    def letters(self) -> dict[str, Letter]:
        rows = self.db.execute("SELECT * FROM letters ORDER BY created_at, key").fetchall()
        return {str(r["key"]): _letter(r) for r in rows}


def _letter(row: sqlite3.Row) -> Letter:
    return Letter(
        key=str(row["key"]),
        message_id=str(row["message_id"]),
        account=str(row["account"]),
        folder=str(row["folder"]),
        withdrawn=str(row["withdrawn"]),
    )
