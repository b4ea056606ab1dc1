"""The outbox: reconcile planned intents with the rules, and carry out those that are due.

Reconcile: the engine's intents for the World of this pass are put in the
store (new ones added, planned ones moved); planned intents no longer asked
for are withdrawn; done and expired ones are never touched. Execute: every
planned intent whose due moment has come is carried out once — a draft
appended, a note delivered, a cancel or stage recorded — unless it is past its
`max_late`, when it is expired and said so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage

import structlog

from followupd.deliver.drafts import write_draft
from followupd.deliver.notes import deliver_note
from followupd.domain.errors import SourceError
from followupd.domain.intents import Intent, IntentKind, IntentStatus
from followupd.domain.model import Stage, UserIdentity
from followupd.domain.ports import DraftFolder, NoteFolder
from followupd.rules.engine import Plan, plan
from followupd.rules.loader import RuleSet
from followupd.rules.world import Cancellation
from followupd.store import Store

log = structlog.get_logger("followupd")


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


@dataclass
class OutboxReport:
    done: list[Done] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)


def reconcile(store: Store, ruleset: RuleSet, user: UserIdentity, now: datetime) -> Plan:
    """Make the outbox match what the rules ask for now. Returns the engine's plan."""
    result = plan(store.world(user, now), ruleset)
    desired = {intent.key for intent in result.intents}
    # Why a rule no longer asks for something, by (rule, trigger occurrence, person).
    why = {(o.rule_id, o.ref, o.person): o.reason for o in result.outcomes if not o.planned}
    enabled = {lr.rule.id for lr in ruleset.enabled()}
    with store.transaction():
        for intent in result.intents:
            store.put_intent(intent, now)
        for stored in store.intents(IntentStatus.PLANNED):
            i = stored.intent
            if i.key in desired:
                continue
            reason = why.get((i.rule_id, i.trigger_ref, i.person)) or why.get(
                (i.rule_id, i.trigger_ref, "")
            )
            if reason is None:
                reason = (
                    "the rule is gone or disabled"
                    if i.rule_id not in enabled
                    else "its trigger went away"
                )
            store.set_status(i.key, IntentStatus.WITHDRAWN, now, note=reason)
            log.info("intent.withdrawn", rule=i.rule_id, key=i.key, reason=reason)
    return result


class Account:
    """What the outbox needs of an account: its Drafts folder and its INBOX."""

    def __init__(self, name: str, drafts: DraftFolder, inbox: NoteFolder) -> None:
        self.name, self.drafts, self.inbox = name, drafts, inbox


def execute_due(
    store: Store,
    account: Account,
    user: UserIdentity,
    now: datetime,
    report: OutboxReport,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
) -> bool:
    """Carry out the due intents of one account. True when the state changed for planning."""
    changed = False
    due = [s for s in store.intents(IntentStatus.PLANNED, account.name) if s.intent.due <= now]
    # Cancels and stage changes first: a rejection's cancel must beat a nudge due at once.
    order = {IntentKind.CANCEL: 0, IntentKind.SET_STAGE: 1}
    due.sort(key=lambda s: (order.get(s.intent.kind, 2), s.intent.due))
    withdrawn_now: set[str] = set()
    for stored in due:
        intent = stored.intent
        if intent.key in withdrawn_now:
            continue
        if intent.expires is not None and now > intent.expires:
            note = f"fell due at {intent.due:%Y-%m-%d %H:%M} UTC, too late to be useful now"
            with store.transaction():
                store.set_status(intent.key, IntentStatus.EXPIRED, now, note=note)
            report.expired.append(intent.key)
            log.info("intent.expired", rule=intent.rule_id, key=intent.key, due=intent.due)
            continue
        if intent.kind in (IntentKind.CANCEL, IntentKind.SET_STAGE):
            withdrawn_now |= _apply_state_change(store, intent, now)
            changed = True
            report.done.append(_done(account.name, intent, "state", None, True))
            continue
        if intent.kind == IntentKind.DRAFT:
            d = write_draft(intent, account.drafts, user, now)
            where, uid, fresh = d.folder, d.uid, d.appended
        else:
            try:
                n = deliver_note(intent, account.inbox, user, now, smtp=smtp)
            except SourceError as exc:
                if smtp is None:
                    raise  # the IMAP account itself failed: the watcher reconnects
                # The SMTP server is away: the reminder stays planned and is tried again
                # at the next pass; drafts and the rest of the outbox go on.
                log.warning("intent.retry", rule=intent.rule_id, key=intent.key, error=str(exc))
                continue
            where, uid, fresh = n.how, n.uid, n.delivered
        note = f"{'written to' if fresh else 'found already in'} {where}"
        with store.transaction():
            store.set_status(intent.key, IntentStatus.DONE, now, note=note, appended_uid=uid)
            if intent.kind == IntentKind.DRAFT:
                store.set_location(intent.key, "drafts", now)
            store.log(f"{intent.kind.value}.done", now, key=intent.key, rule=intent.rule_id)
        report.done.append(_done(account.name, intent, where, uid, fresh))
        log.info(
            "intent.done",
            account=account.name,
            kind=intent.kind.value,
            rule=intent.rule_id,
            key=intent.key,
            to=[p.email for p in intent.to],
            result="written" if fresh else "already-present",
        )
    return changed


def _apply_state_change(store: Store, intent: Intent, now: datetime) -> set[str]:
    """A cancel or set_stage action; returns the keys it withdrew."""
    withdrawn: set[str] = set()
    with store.transaction():
        if intent.kind == IntentKind.CANCEL:
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
        else:
            app = store.application(intent.application)
            if app is not None:
                store.put_application(app.model_copy(update={"stage": Stage(intent.stage)}), now)
        store.set_status(intent.key, IntentStatus.DONE, now, note=f"{intent.kind.value} applied")
    return withdrawn


def _done(account: str, intent: Intent, where: str, uid: int | None, fresh: bool) -> Done:
    return Done(
        account=account,
        key=intent.key,
        kind=intent.kind.value,
        rule_id=intent.rule_id,
        to=", ".join(p.display() for p in intent.to),
        subject=intent.subject or (", ".join(intent.cancel_rules) or intent.stage),
        where=where,
        uid=uid,
        fresh=fresh,
    )
