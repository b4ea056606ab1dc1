"""The state file: one SQLite database with a versioned schema.

It holds folder cursors (keyed by UIDVALIDITY), the interviews and
applications understood so far, the messages and happenings of each hiring
conversation, a journal of processed messages, and the outbox of intents with
their status. Migrations run forward on open; a file written by a newer
followupd is refused rather than guessed at.

Exactly-once: an intent's key is its primary key; an intent that is DONE or
EXPIRED is never planned again, and a happening is recorded once by its id.
"""

from __future__ import annotations

from datetime import datetime

from followupd.domain.intents import DraftIntent, IntentStatus
from followupd.domain.model import UserIdentity
from followupd.rules.world import DraftFact, World
from followupd.store.applications import ConversationStore
from followupd.store.calendar_state import CalendarStateStore
from followupd.store.core import CoreStore, StoredIntent
from followupd.store.letters import Letter, LetterStore
from followupd.store.migrations import SCHEMA_VERSION
from followupd.store.reading import ReadingStore

__all__ = ["SCHEMA_VERSION", "Letter", "Store", "StoredIntent"]


class Store(CoreStore, ConversationStore, CalendarStateStore, ReadingStore, LetterStore):
    """Access to the state file. One instance per thread of work."""

    def world(self, user: UserIdentity, now: datetime) -> World:
        """Everything the engine may look at, as of `now`."""
        drafts = []
        for s in self.intents(IntentStatus.DONE):
            if not isinstance(s.intent, DraftIntent) or s.done_at is None:
                continue
            drafts.append(
                DraftFact(
                    key=s.intent.key,
                    rule_id=s.intent.rule_id,
                    application=s.intent.application,
                    account=s.intent.account,
                    subject_ref=s.intent.subject_ref,
                    to=tuple(p.email for p in s.intent.to),
                    written_at=s.done_at,
                    still_in_drafts={"drafts": True, "sent": False, "gone": False}.get(s.location),
                    sent={"sent": True, "drafts": False, "gone": False}.get(s.location),
                )
            )
        nothing = {mid: c[0] for mid, c in self.corrections().items()}
        return World(
            user=user,
            now=now,
            applications=self.applications(),
            interviews=self.interviews_with_application(),
            # A happening of a message the user marked as nothing never happened.
            happenings=[
                h
                for h in self.happenings()
                if not (h.message and nothing.get(h.message.message_id) == "nothing")
            ],
            messages=self.messages(),
            drafts=drafts,
            cancellations=self.cancellations(),
        )
