"""The planning engine: from what is known (interviews) and the rules, the intents.

Pure: no I/O, no clock of its own. Planning is a function of the state, so the
same state always gives the same intents with the same keys; the outbox
reconciles them with what it already has (new ones added, moved ones moved,
vanished ones withdrawn, done ones never touched).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import TemplateError

from daemon.domain.intents import DraftIntent, intent_key
from daemon.domain.model import CalendarStatus, Interview, Person, UserIdentity
from daemon.rules.loader import LoadedRule, RuleSet
from daemon.rules.templates import TemplateSet

# Trigger name -> the moment it fires for an interview (None: it does not fire).
TRIGGERS: dict[str, Callable[[Interview], datetime | None]] = {
    "interview.ended": lambda iv: iv.end if iv.status != CalendarStatus.CANCELLED else None,
}


@dataclass(frozen=True)
class RuleOutcome:
    """Why a rule did or did not plan something for an interview (for plan and explain)."""

    rule_id: str
    interview_uid: str
    planned: int
    reason: str


@dataclass
class Plan:
    intents: list[DraftIntent] = field(default_factory=list)
    outcomes: list[RuleOutcome] = field(default_factory=list)


def first_name(person: Person) -> str:
    name = person.name.strip()
    if "," in name:  # "Last, First" as Exchange writes it
        name = name.split(",", 1)[1].strip()
    return name.split()[0] if name else ""


def _person(p: Person) -> dict[str, str]:
    return {"name": p.name or p.email, "first_name": first_name(p), "email": p.email}


def template_context(
    interview: Interview, user: UserIdentity, now: datetime, person: Person | None
) -> dict[str, Any]:
    """The variables a template sees (documented in templates.VARIABLES)."""
    zone = ZoneInfo(user.timezone)
    start, end = interview.start.astimezone(zone), interview.end.astimezone(zone)
    ctx: dict[str, Any] = {
        "user": {
            "name": user.name or user.email,
            "first_name": first_name(Person(email=user.email, name=user.name)),
            "email": user.email,
        },
        "interview": {
            "title": interview.title,
            "company": interview.company,
            "role": interview.role,
            "start": start.strftime("%A, %d %B %Y, %H:%M"),
            "end": end.strftime("%H:%M"),
            "date": start.strftime("%d %B %Y"),
            "time": start.strftime("%H:%M"),
            "weekday": start.strftime("%A"),
            "interviewers": [_person(p) for p in interview.interviewers],
            "join_url": interview.join_url,
            "location": interview.location,
        },
        "application": {"company": interview.company, "role": interview.role},
        "now": now.astimezone(zone).strftime("%A, %d %B %Y, %H:%M"),
    }
    if person is not None:
        ctx["interviewer"] = _person(person)
    return ctx


def plan(
    interviews: Iterable[tuple[str, Interview]],
    ruleset: RuleSet,
    user: UserIdentity,
    now: datetime,
) -> Plan:
    """Every intent the enabled rules ask for, for every known interview."""
    result = Plan()
    templates = ruleset.templates
    assert templates is not None
    for account, interview in interviews:
        for lr in ruleset.enabled():
            _plan_rule(lr, account, interview, user, now, templates, result)
    return result


def _plan_rule(
    lr: LoadedRule,
    account: str,
    interview: Interview,
    user: UserIdentity,
    now: datetime,
    templates: TemplateSet,
    result: Plan,
) -> None:
    rule = lr.rule
    fires_at = TRIGGERS[rule.on](interview)
    if fires_at is None:
        result.outcomes.append(RuleOutcome(rule.id, interview.uid, 0, "interview cancelled"))
        return
    due = rule.after.apply(fires_at, user.timezone) if rule.after else fires_at
    expires = rule.max_late.apply(due, user.timezone) if rule.max_late else None
    targets: list[Person | None]
    if rule.for_each == "interviewer":
        targets = [p for p in interview.interviewers if not user.is_me(p.email)]
        if not targets:
            result.outcomes.append(RuleOutcome(rule.id, interview.uid, 0, "no interviewer"))
            return
    else:
        targets = [None]
    count = 0
    for person in targets:
        ctx = template_context(interview, user, now, person)
        for index, action in enumerate(rule.do):
            if action.draft is None:
                continue
            spec = action.draft
            to = person if spec.to == "interviewer" and person else Person(email=spec.to)
            try:
                rendered = templates.render(spec.template, ctx)
            except TemplateError as exc:
                reason = f"template '{spec.template}' failed: {exc}"
                result.outcomes.append(RuleOutcome(rule.id, interview.uid, 0, reason))
                return
            result.intents.append(
                DraftIntent(
                    key=intent_key(rule.id, str(index), interview.uid, to.email),
                    rule_id=rule.id,
                    account=account,
                    due=due,
                    expires=expires,
                    to=(to,),
                    subject=rendered.subject,
                    body=rendered.body,
                    subject_ref=interview.uid,
                )
            )
            count += 1
    result.outcomes.append(RuleOutcome(rule.id, interview.uid, count, f"due {due.isoformat()}"))
