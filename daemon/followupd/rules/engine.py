"""The planning engine: from the World and the rules, the intents.

Pure: no I/O, no clock of its own. Planning is a function of the state, so the
same state always gives the same intents with the same keys; the outbox
reconciles them with what it already has (new ones added, moved ones moved,
vanished ones withdrawn, done ones never touched). For every rule and every
occurrence of its trigger the engine records an outcome in words: `plan` and
`explain` show them.

Each occurrence (one rule × one trigger occurrence) is planned on its own: an
exception while planning it (a date at the edge of what datetime holds, a bug
met by one odd interview) skips that occurrence only, and the Plan says why in
`problems`; the other occurrences plan as if it were not there. A trigger whose
finder fails is one problem per rule using it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from jinja2 import TemplateError

from followupd.domain.intents import Intent, IntentBase, intent_key
from followupd.domain.model import Person
from followupd.domain.words import exception_text
from followupd.rules.actions import Planning
from followupd.rules.conditions import Context, passes
from followupd.rules.context import first_name, template_context
from followupd.rules.loader import LoadedRule, RuleSet
from followupd.rules.schema import Rule, Window
from followupd.rules.spec import WEEKDAYS, hours_range
from followupd.rules.templates import TemplateSet
from followupd.rules.triggers import TRIGGERS, Occurrence
from followupd.rules.world import World

__all__ = ["Plan", "PlanProblem", "RuleOutcome", "first_name", "plan"]


@dataclass(frozen=True)
class RuleOutcome:
    """What a rule did with one occurrence of its trigger, in words."""

    rule_id: str
    trigger: str
    ref: str
    planned: int
    reason: str
    person: str = ""


@dataclass(frozen=True)
class PlanProblem:
    """An occurrence that could not be planned (it was skipped), and why, in words."""

    rule_id: str
    trigger: str
    ref: str  # the trigger occurrence ("" when the trigger itself could not be read)
    application: str
    interview: str  # the interview's UID, or ""
    reason: str

    def __str__(self) -> str:
        about = ", ".join(
            part
            for part in (
                f"application {self.application}" if self.application else "",
                f"interview {self.interview}" if self.interview else "",
                f"occurrence {self.ref}" if self.ref and self.ref != self.interview else "",
            )
            if part
        )
        where = f" ({about})" if about else ""
        return f"rule {self.rule_id} on {self.trigger}{where} was not planned: {self.reason}"


@dataclass
class Plan:
    intents: list[Intent] = field(default_factory=list)
    outcomes: list[RuleOutcome] = field(default_factory=list)
    problems: list[PlanProblem] = field(default_factory=list)

    def failed(self, rule_id: str, ref: str) -> bool:
        """Whether planning this rule for this occurrence failed (its intents are unknown)."""
        return any(p.rule_id == rule_id and p.ref in (ref, "") for p in self.problems)


def in_words(exc: BaseException) -> str:
    """An exception as a sentence for a person: its message, and what kind of error it is."""
    return exception_text(exc)


def plan(world: World, ruleset: RuleSet) -> Plan:
    """Every intent the enabled rules ask for in this World; what could not be planned is
    in `problems`, never an exception."""
    result = Plan()
    templates = ruleset.templates
    assert templates is not None
    occurrences: dict[str, list[Occurrence] | str] = {}
    for lr in ruleset.enabled():
        trigger = lr.rule.on
        if trigger not in occurrences:
            try:
                occurrences[trigger] = TRIGGERS[trigger].find(world)
            except Exception as exc:  # one odd fact in the state must not stop every rule
                occurrences[trigger] = in_words(exc)
        found = occurrences[trigger]
        if isinstance(found, str):
            result.problems.append(PlanProblem(lr.rule.id, trigger, "", "", "", found))
            continue
        for occ in found:
            one = Plan()
            try:
                _plan_occurrence(lr, occ, world, templates, one)
            except Exception as exc:  # this occurrence only: the others plan normally
                result.problems.append(
                    PlanProblem(
                        rule_id=lr.rule.id,
                        trigger=occ.trigger,
                        ref=occ.ref,
                        application=occ.application.id if occ.application else "",
                        interview=occ.interview.uid if occ.interview else "",
                        reason=in_words(exc),
                    )
                )
                continue
            result.intents.extend(one.intents)
            result.outcomes.extend(one.outcomes)
    return result


def due_moment(
    rule: Rule, occ: Occurrence, tz: str, holidays: Collection[date] = frozenset()
) -> tuple[datetime | None, str]:
    """When the rule's actions fall due for this occurrence (None: never), and why.

    Business days skip weekends and `holidays` (the user's, from [user] holidays).
    """
    anchor = occ.moment
    why = f"{occ.trigger} at {anchor:%Y-%m-%d %H:%M} UTC"
    if rule.from_ == "timeframe":
        app = occ.application
        stated = (app.check_back or app.timeframe_due) if app else None
        if stated is None and occ.happening is not None:
            stated = occ.happening.due
        if stated is not None and stated < occ.moment:
            # Promised for before the trigger's moment (an answer "by Friday" given
            # before an interview the next week): that promise is past, not this one.
            why += f" (the timeframe {stated:%Y-%m-%d} is before it)"
            stated = None
        if stated is not None:
            anchor, why = stated, f"the stated timeframe {stated:%Y-%m-%d %H:%M} UTC"
        elif rule.otherwise is not None:
            due = rule.otherwise.apply(anchor, tz, holidays)
            return due, f"{why} + {rule.otherwise} (no timeframe)"
        else:
            return None, "no timeframe stated"
    if rule.after is not None:
        return rule.after.apply(anchor, tz, holidays), f"{why} + {rule.after}"
    if rule.before is not None:
        return anchor - rule.before.approx(), f"{why} - {rule.before}"
    return anchor, why


def shift_into(window: Window, moment: datetime, tz: str) -> datetime:
    """The first moment at or after `moment` inside the window (in zone `tz`)."""
    zone = ZoneInfo(tz)
    lo, hi = hours_range(window.hours)
    local = moment.astimezone(zone)
    for _ in range(8):
        day_ok = WEEKDAYS[local.weekday()] in window.days
        hm = (local.hour, local.minute)
        if day_ok and lo <= hm < hi:
            return local.astimezone(moment.tzinfo)
        if day_ok and hm < lo:
            opening = local.replace(hour=lo[0], minute=lo[1], second=0, microsecond=0)
            return opening.astimezone(moment.tzinfo)
        nxt = (local.replace(tzinfo=None) + timedelta(days=1)).replace(
            hour=lo[0], minute=lo[1], second=0, microsecond=0
        )
        local = nxt.replace(tzinfo=zone)
    return moment


def _targets(rule: Rule, occ: Occurrence, world: World) -> list[Person | None]:
    user = world.user
    if rule.for_each == "interviewer":
        people: tuple[Person, ...] = ()
        if occ.interview is not None:
            people = occ.interview.interviewers
        elif occ.draft is not None:
            people = tuple(Person(email=e) for e in occ.draft.to)
        return [p for p in people if not user.is_me(p.email)]
    if rule.for_each == "contact":
        app = occ.application
        msg = occ.happening.message if occ.happening else None
        if app and app.contact:
            return [app.contact]
        if msg and not msg.from_user:
            return [(msg.reply_to or (msg.sender,))[0]]
        return list(app.contacts[:1]) if app else []
    return [None]


def _plan_occurrence(
    lr: LoadedRule, occ: Occurrence, world: World, templates: TemplateSet, result: Plan
) -> None:
    rule = lr.rule
    tz = world.user.timezone

    def outcome(reason: str, planned: int = 0, person: Person | None = None) -> None:
        who = person.email if person else ""
        result.outcomes.append(RuleOutcome(rule.id, occ.trigger, occ.ref, planned, reason, who))

    app_id = occ.application.id if occ.application else ""
    if app_id and world.cancelled(app_id, rule.id, occ.moment):
        outcome("withdrawn by a cancel action for this application")
        return
    holidays = frozenset(world.user.holidays)
    due, why = due_moment(rule, occ, tz, holidays)
    if due is None:
        outcome(why)
        return
    if rule.during is not None:
        shifted = shift_into(rule.during, due, tz)
        if shifted != due:
            why += f", moved into {rule.during.hours} on {'/'.join(rule.during.days)}"
            due = shifted
    expires = rule.max_late.apply(due, tz, holidays) if rule.max_late else None
    targets = _targets(rule, occ, world)
    if not targets:
        outcome(f"no {rule.for_each} to act for")
        return
    since = occ.moment
    if rule.from_ == "timeframe" and occ.application and occ.application.timeframe_at:
        since = max(since, occ.application.timeframe_at)
    for person in targets:
        ok, reason = passes(rule.if_, rule.unless, Context(occ, world, person, due, since))
        if not ok:
            outcome(reason, person=person)
            continue
        ctx = template_context(occ, world, person, world.now)
        count = 0
        for index, action in enumerate(rule.do):
            head = IntentBase(
                key=intent_key(rule.id, str(index), occ.ref, person.email if person else ""),
                rule_id=rule.id,
                account=occ.account,
                due=due,
                expires=expires,
                application=app_id,
                subject_ref=occ.interview.uid if occ.interview else occ.ref,
                trigger_ref=occ.ref,
                person=person.email if person else "",
            )
            try:
                intent = action.plan(Planning(head, occ, world, person, templates, ctx))
            except TemplateError as exc:
                outcome(f"template failed: {exc}", person=person)
                continue
            if intent is None:
                outcome(f"{action.kind()}: nobody to write to", person=person)
                continue
            result.intents.append(intent)
            count += 1
        outcome(f"due {due:%Y-%m-%d %H:%M} UTC ({why})", planned=count, person=person)
