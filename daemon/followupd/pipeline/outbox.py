"""The outbox: reconcile planned intents with the rules, and carry out those that are due.

Reconcile: the engine's intents for the World of this pass are put in the
store (new ones added, planned ones moved); planned intents no longer asked
for are withdrawn; done and expired ones are never touched. Execute: every
planned intent whose due moment has come is carried out once by the executor of
its kind (pipeline/executors.py: a draft appended, a note delivered, a cancel or
stage recorded) — unless it is past its `max_late`, when it is expired and said so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage

import structlog

from followupd.domain.errors import MessageError, SourceError, StateError
from followupd.domain.intents import Intent, IntentStatus
from followupd.domain.model import UserIdentity
from followupd.pipeline.due import Verdict, decide
from followupd.pipeline.executors import EXECUTORS, DeliveryFolders, Done, Execution
from followupd.rules.engine import Plan, plan
from followupd.rules.loader import RuleSet
from followupd.store import Store

__all__ = ["DeliveryFolders", "Done", "OutboxReport", "execute_due", "reconcile"]

log = structlog.get_logger("followupd")


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
            if i.key in desired or result.failed(i.rule_id, i.trigger_ref):
                continue  # asked for, or unknown this pass (planning it failed): kept
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


def execute_due(
    store: Store,
    folders: DeliveryFolders,
    user: UserIdentity,
    now: datetime,
    report: OutboxReport,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
    state_only: bool = False,
) -> bool:
    """Carry out the due intents of one account (with `state_only`, only the changes of
    state: cancels, stages). True when the state changed for planning."""
    changed = False
    ex = Execution(store, folders, user, now, smtp)
    first_pass = store.first_passes().get(folders.name)
    due = [
        s
        for s in store.intents(IntentStatus.PLANNED, folders.name)
        if decide(s.intent, now).verdict != Verdict.LATER
        and (EXECUTORS[s.intent.kind].changes_state or not state_only)
    ]
    # Changes of state first (cancels, then stages): a rejection's cancel must beat a
    # nudge due at once.
    due.sort(key=lambda s: (EXECUTORS[s.intent.kind].order, s.intent.due))
    # The one decision `plan` shows; what is skipped is recorded in one transaction (a
    # first pass over old mail skips hundreds).
    decided = [(s, decide(s.intent, now, user.timezone, first_pass=first_pass)) for s in due]
    skipped = [(s, d) for s, d in decided if not d.acts]
    if skipped:
        with store.transaction():
            for stored, decision in skipped:
                store.set_status(stored.intent.key, IntentStatus.EXPIRED, now, note=decision.why)
        for stored, decision in skipped:
            report.expired.append(stored.intent.key)
            log.info(
                "intent.expired",
                rule=stored.intent.rule_id,
                key=stored.intent.key,
                reason=decision.why,
            )
    withdrawn_now: set[str] = set()
    for stored, decision in decided:
        intent = stored.intent
        if intent.key in withdrawn_now or not decision.acts:
            continue
        executor = EXECUTORS[intent.kind]
        try:
            carried = executor.run(intent, ex)
        except (SourceError, StateError):
            raise  # the server went away or the state cannot be written: the pass stops
        except MessageError as exc:
            # A letter that cannot be made safely (an address that is not one, headers
            # not exactly as meant) is refused for good; the rest of the outbox goes on.
            with store.transaction():
                store.set_status(intent.key, IntentStatus.WITHDRAWN, now, note=f"refused: {exc}")
            log.warning("intent.refused", rule=intent.rule_id, key=intent.key, reason=str(exc))
            continue
        except Exception as exc:  # a bug: keep it planned, never let it block the others
            log.error(
                "intent.failed",
                rule=intent.rule_id,
                key=intent.key,
                error=f"{type(exc).__name__}: {exc}",
            )
            continue
        if carried is None:
            continue  # not now: it stays planned for the next pass
        withdrawn_now |= carried.withdrawn
        changed = changed or executor.changes_state
        report.done.append(_done(folders.name, intent, carried.where, carried.uid, carried.fresh))
    return changed


def _done(account: str, intent: Intent, where: str, uid: int | None, fresh: bool) -> Done:
    return Done(
        account=account,
        key=intent.key,
        kind=intent.kind.value,
        rule_id=intent.rule_id,
        to=", ".join(p.display() for p in intent.recipients()),
        subject=intent.detail(),
        where=where,
        uid=uid,
        fresh=fresh,
    )
