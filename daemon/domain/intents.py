"""Intents: planned actions with a due moment and an idempotency key.

The engine returns intents; only sinks act on them. The key is deterministic
(rule, subject of the trigger, recipient) and never contains a time, so an
interview that moves moves its intents instead of creating new ones.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum

from daemon.domain.model import Frozen, Person


class IntentStatus(StrEnum):
    PLANNED = "planned"  # waiting for its due moment
    DONE = "done"  # executed (or found already executed); never again
    WITHDRAWN = "withdrawn"  # the trigger went away (interview cancelled) before it was due
    EXPIRED = "expired"  # fell due too long ago to still make sense (rule's max_late)


def intent_key(*parts: str) -> str:
    """A short, stable idempotency key: the same inputs give the same key forever."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:24]


class DraftIntent(Frozen):
    """A draft to put in the Drafts folder when due."""

    key: str
    rule_id: str
    account: str
    due: datetime
    expires: datetime | None = None
    to: tuple[Person, ...]
    subject: str
    body: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    subject_ref: str = ""  # what the intent is about (interview uid), for status and explain
