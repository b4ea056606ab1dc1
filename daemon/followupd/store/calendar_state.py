"""Calendars in the state file: where each configured calendar was read up to.

The state is the reader's opaque string (a CalDAV sync-token and href map, an ICS
feed's ETag, a folder's file list); it is stored in the same transaction as what
was recorded from the read, so a crash never skips or repeats a change.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from followupd.store.core import iso_utc


class CalendarStateStore:
    db: sqlite3.Connection

    def calendar_state(self, name: str) -> str | None:
        """The state stored for calendar `name`, or None when it was never read."""
        row = self.db.execute("SELECT state FROM calendar_state WHERE name=?", (name,)).fetchone()
        return str(row["state"]) if row else None

    def set_calendar_state(self, name: str, state: str, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO calendar_state (name, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET state=excluded.state,"
            " updated_at=excluded.updated_at",
            (name, state, iso_utc(now)),
        )
