"""Intents: planned actions with a due moment and an idempotency key.

The engine returns intents; only sinks act on them. The key is deterministic
(rule, action, what the trigger was about, recipient) and never contains a
time, so an interview that moves moves its intents instead of creating new ones.

`Intent` is a tagged union on `kind`, one model per kind:
    draft      a letter put in the Drafts folder (to an interviewer, a contact, …)
    remind     a note to the user (delivered to their INBOX or by SMTP to themselves)
    cancel     withdraw the pending intents of named rules for the same application
    set_stage  move the application to a stage (applied, interviewing, waiting, …)

Each model says in words what it will do (`recipients`, `headline`, `detail`), so
`plan`, `explain` and `status` show any kind without knowing it. A new kind is a
model here plus its rule word (rules/actions.py) and its executor (pipeline/executors.py).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import Field, TypeAdapter

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


class IntentBase(Frozen):
    """What every planned action has: its key, rule, account, due moment and subject."""

    key: str
    rule_id: str
    account: str
    due: datetime
    expires: datetime | None = None
    application: str = ""  # application id, for cancel and status
    subject_ref: str = ""  # the interview it is about (else the trigger's ref), for status
    trigger_ref: str = ""  # the occurrence of the trigger (interview uid, happening id, …)
    person: str = ""  # the fan-out person (for_each), whoever the intent is addressed to

    label: ClassVar[str]  # what it is, in the `plan` table

    def recipients(self) -> tuple[Person, ...]:
        """Whom it writes to (nobody for a change of state)."""
        return ()

    def headline(self) -> str:
        """The subject of what it writes ('' for a change of state)."""
        return ""

    def detail(self) -> str:
        """One line for the `plan` table: the subject, or what changes."""
        return self.headline()


class LetterIntent(IntentBase):
    """An intent that writes a message: a draft to someone, or a note to the user."""

    to: tuple[Person, ...] = ()
    subject: str = ""
    body: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()

    def recipients(self) -> tuple[Person, ...]:
        return self.to

    def headline(self) -> str:
        return self.subject


class DraftIntent(LetterIntent):
    """A letter put in the Drafts folder; the user sends it (or not)."""

    kind: Literal[IntentKind.DRAFT] = IntentKind.DRAFT
    label: ClassVar[str] = "draft"


class RemindIntent(LetterIntent):
    """A note to the user."""

    kind: Literal[IntentKind.REMIND] = IntentKind.REMIND
    label: ClassVar[str] = "note to you"


class CancelIntent(IntentBase):
    """Withdraw the pending intents of these rules for the same application."""

    kind: Literal[IntentKind.CANCEL] = IntentKind.CANCEL
    label: ClassVar[str] = "cancel"
    cancel_rules: tuple[str, ...] = ()

    def detail(self) -> str:
        return ", ".join(self.cancel_rules)


class SetStageIntent(IntentBase):
    """Move the application to a stage."""

    kind: Literal[IntentKind.SET_STAGE] = IntentKind.SET_STAGE
    label: ClassVar[str] = "stage"
    stage: str

    def detail(self) -> str:
        return self.stage


Intent = Annotated[
    DraftIntent | RemindIntent | CancelIntent | SetStageIntent, Field(discriminator="kind")
]
INTENT: TypeAdapter[Intent] = TypeAdapter(Intent)


def intent_from_json(data: str | bytes) -> Intent:
    """An intent as the store keeps it (`model_dump_json` of its model)."""
    return INTENT.validate_json(data)
