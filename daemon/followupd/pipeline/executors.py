"""Carrying out intents: one executor per intent kind, the I/O half of each action word.

The pure half of an action (its rule-file model, documentation, and how it
becomes an intent) is in rules/actions.py; how an intent describes itself is in
domain/intents.py. Here each kind says how it is carried out — a draft
appended, a note delivered, a cancel or stage recorded — how it is recorded as
done, and the line `followupd run` prints for it. The outbox dispatches on
EXECUTORS and knows no kind by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any, Generic, TypeVar

import structlog

from followupd.deliver.drafts import write_draft
from followupd.deliver.notes import deliver_note
from followupd.domain.errors import SourceError
from followupd.domain.intents import (
    CancelIntent,
    DraftIntent,
    Intent,
    IntentBase,
    IntentKind,
    IntentStatus,
    LetterIntent,
    RemindIntent,
    SetStageIntent,
)
from followupd.domain.model import Stage, UserIdentity
from followupd.domain.ports import DraftFolder, NoteFolder
from followupd.domain.words import quoted
from followupd.rules.world import Cancellation
from followupd.store import Store

log = structlog.get_logger("followupd")


@dataclass(frozen=True)
class DeliveryFolders:
    """Where the outbox delivers for one account: its Drafts folder and its INBOX."""

    name: str
    drafts: DraftFolder
    inbox: NoteFolder


@dataclass
class Done:
    """One carried-out intent, for reports."""

    account: str
    key: str
    kind: str
    rule_id: str
    to: str
    subject: str
    where: str
    uid: int | None
    fresh: bool  # False: it was found already done (an earlier run crashed before recording)


@dataclass(frozen=True)
class Execution:
    """What an executor may use: the store, the account's folders, the user and the time."""

    store: Store
    folders: DeliveryFolders
    user: UserIdentity
    now: datetime
    smtp: Callable[[EmailMessage], None] | None = None


@dataclass(frozen=True)
class Carried:
    """An intent carried out (and recorded as done): where, and what else it withdrew."""

    where: str
    uid: int | None = None
    fresh: bool = True  # False: found already done
    withdrawn: frozenset[str] = frozenset()


IntentT = TypeVar("IntentT", bound=IntentBase)


@dataclass(frozen=True)
class Executor(Generic[IntentT]):
    """How one kind of intent is carried out, recorded, and told about."""

    intent: type[IntentT]
    carry: Callable[[IntentT, Execution], Carried | None]  # None: not now, try at the next pass
    line: Callable[[Done], str]  # what `followupd run` prints for it
    # Carried out first (a rejection's cancel must beat a nudge due at once); after it,
    # what the rules ask for may have changed, so the pass plans again.
    changes_state: bool = False
    order: int = 2

    def run(self, intent: Intent, ex: Execution) -> Carried | None:
        if not isinstance(intent, self.intent):
            raise TypeError(
                f"a {intent.kind.value} intent given to the {self.intent.__name__} executor"
            )
        return self.carry(intent, ex)


def _verb(d: Done) -> str:
    return "wrote" if d.fresh else "found (already there)"


def _record_letter(
    intent: LetterIntent, ex: Execution, carried: Carried, kind: str, message_id: str
) -> Carried:
    note = f"{'written to' if carried.fresh else 'found already in'} {carried.where}"
    store = ex.store
    with store.transaction():
        store.set_status(intent.key, IntentStatus.DONE, ex.now, note=note, appended_uid=carried.uid)
        # Which rule wrote which letter lives here, not in the letter (`followupd drafts`).
        store.put_letter(intent.key, message_id, ex.folders.name, carried.where, ex.now)
        if kind == IntentKind.DRAFT.value:
            store.set_location(intent.key, "drafts", ex.now)  # watched until sent or gone
        store.log(f"{kind}.done", ex.now, key=intent.key, rule=intent.rule_id)
    log.info(
        "intent.done",
        account=ex.folders.name,
        kind=kind,
        rule=intent.rule_id,
        key=intent.key,
        to=[p.email for p in intent.to],
        result="written" if carried.fresh else "already-present",
    )
    return carried


def _draft(intent: DraftIntent, ex: Execution) -> Carried:
    with ex.store.transaction():
        # Recorded before the append: after a crash between the two, the next pass
        # finds the draft in Drafts by this Message-ID instead of writing it again.
        message_id = ex.store.letter_id(intent.key, ex.folders.name, _domain(ex.user), ex.now)
    d = write_draft(intent, ex.folders.drafts, ex.user, ex.now, message_id)
    carried = Carried(d.folder, d.uid, d.appended)
    return _record_letter(intent, ex, carried, intent.kind.value, message_id)


def _domain(user: UserIdentity) -> str:
    return user.email.partition("@")[2]


def _remind(intent: RemindIntent, ex: Execution) -> Carried | None:
    try:
        n = deliver_note(intent, ex.folders.inbox, ex.user, ex.now, smtp=ex.smtp)
    except SourceError as exc:
        if ex.smtp is None:
            raise  # the IMAP account itself failed: the watcher reconnects
        # The SMTP server is away: the reminder stays planned and is tried again
        # at the next pass; drafts and the rest of the outbox go on.
        log.warning("intent.retry", rule=intent.rule_id, key=intent.key, error=str(exc))
        return None
    carried = Carried(n.how, n.uid, n.delivered)
    return _record_letter(intent, ex, carried, intent.kind.value, n.message_id)


def _cancel(intent: CancelIntent, ex: Execution) -> Carried:
    store, now = ex.store, ex.now
    withdrawn: set[str] = set()
    with store.transaction():
        for rule_id in intent.cancel_rules:
            store.add_cancellation(Cancellation(intent.application, rule_id, now))
        for other in store.intents(IntentStatus.PLANNED):
            o = other.intent
            if o.application == intent.application and o.rule_id in intent.cancel_rules:
                store.set_status(
                    o.key, IntentStatus.WITHDRAWN, now, note=f"cancelled by {intent.rule_id}"
                )
                withdrawn.add(o.key)
                log.info("intent.cancelled", rule=o.rule_id, by=intent.rule_id, key=o.key)
        # A draft already written cannot be taken back (the user's Drafts are theirs):
        # it is marked, so that `followupd drafts` says it is no longer wanted.
        for done in store.intents(IntentStatus.DONE):
            d = done.intent
            if (
                isinstance(d, DraftIntent)
                and d.application == intent.application
                and d.rule_id in intent.cancel_rules
            ):
                store.withdraw_letter(d.key, f"cancelled by {intent.rule_id}")
        store.set_status(intent.key, IntentStatus.DONE, now, note=f"{intent.kind.value} applied")
    return Carried("state", withdrawn=frozenset(withdrawn))


def _set_stage(intent: SetStageIntent, ex: Execution) -> Carried:
    store, now = ex.store, ex.now
    with store.transaction():
        app = store.application(intent.application)
        if app is not None:
            store.put_application(app.model_copy(update={"stage": Stage(intent.stage)}), now)
        store.set_status(intent.key, IntentStatus.DONE, now, note=f"{intent.kind.value} applied")
    return Carried("state")


def _applied(d: Done) -> str:
    return f"applied {d.kind} [{d.rule_id}]: {d.subject}"


# The executor of each intent kind: adding an action word adds one here.
EXECUTORS: dict[IntentKind, Executor[Any]] = {
    IntentKind.DRAFT: Executor(
        DraftIntent,
        _draft,
        lambda d: (
            f"{_verb(d)} draft [{d.rule_id}] to {d.to}: {quoted(d.subject)}"
            f" in {d.account}:{d.where}"
        ),
    ),
    IntentKind.REMIND: Executor(
        RemindIntent,
        _remind,
        lambda d: f"{_verb(d)} reminder [{d.rule_id}]: {quoted(d.subject)} ({d.where})",
    ),
    IntentKind.CANCEL: Executor(CancelIntent, _cancel, _applied, changes_state=True, order=0),
    IntentKind.SET_STAGE: Executor(
        SetStageIntent, _set_stage, _applied, changes_state=True, order=1
    ),
}


def done_line(d: Done) -> str:
    """The line `followupd run` prints for a carried-out intent."""
    return EXECUTORS[IntentKind(d.kind)].line(d)
