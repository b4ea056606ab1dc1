"""Intents: planned actions with a due moment and an idempotency key.

The engine returns intents; only sinks act on them. The key is deterministic
(rule, action, what the trigger was about, recipient) and never contains a
time, so an interview that moves moves its intents instead of creating new ones.

Kinds:
    draft      a letter put in the Drafts folder (to an interviewer, a contact, …)
    remind     a note to the user (delivered to their INBOX or by SMTP to themselves)
    cancel     withdraw the pending intents of named rules for the same application
    set_stage  move the application to a stage (applied, interviewing, waiting, …)
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum

from followupd.domain.model import Frozen, Person


class IntentStatus(StrEnum):
    PLANNED = "planned"  # waiting for its due moment
    DONE = "done"  # executed (or found already executed); never again
    WITHDRAWN = "withdrawn"  # the trigger went away, a condition changed, or a cancel
    EXPIRED = "expired"  # fell due too long ago to still make sense (rule's max_late)


class IntentKind(StrEnum):
    DRAFT = "draft"
    REMIND = "remind"
    CANCEL = "cancel"
    SET_STAGE = "set_stage"


def intent_key(*parts: str) -> str:
    """A short, stable idempotency key: the same inputs give the same key forever."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:24]


class Intent(Frozen):
    """One planned action."""

    key: str
    kind: IntentKind = IntentKind.DRAFT
    rule_id: str
    account: str
    due: datetime
    expires: datetime | None = None
    application: str = ""  # application id, for cancel and status
    subject_ref: str = ""  # the interview it is about (else the trigger's ref), for status
    trigger_ref: str = ""  # the occurrence of the trigger (interview uid, happening id, …)
    person: str = ""  # the fan-out person (for_each), whoever the intent is addressed to
    # draft and remind
    to: tuple[Person, ...] = ()
    subject: str = ""
    body: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    # cancel
    cancel_rules: tuple[str, ...] = ()
    # set_stage
    stage: str = ""
