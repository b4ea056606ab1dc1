"""The condition vocabulary (`if:` / `unless:`): each word's model, documentation and check.

A condition is a flag name (`rejected`) or a mapping with exactly one key
(`{stage: interviewing}`). FLAGS and CONDITION_KEYS are the registries: per
word, its line for `followupd rules --vocabulary` and its check, which answers
true or false with a reason in words (for explain). Adding a flag is an entry
in FLAGS; adding a condition key is a field of `Condition` and an entry in
CONDITION_KEYS, both here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Annotated, Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BeforeValidator, ConfigDict, Field, field_validator, model_validator

from followupd.domain.model import CalendarStatus, Person, Stage
from followupd.domain.words import quoted
from followupd.rules.spec import (
    HOURS,
    INTERVIEW_KINDS,
    STAGES,
    WEEKDAYS,
    Names,
    Pattern,
    Patterns,
    Spec,
    hint,
    hours_range,
    listify,
    weekdays,
)
from followupd.rules.triggers import Occurrence
from followupd.rules.world import World

# Titles in English, German, French and Spanish ("Finale Runde", "entretien technique").
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "final",
        re.compile(
            r"\bfinal(e|en)?\b|letzte(n)? runde|dernier entretien|[uú]ltima (ronda|entrevista)",
            re.I,
        ),
    ),
    (
        "onsite",
        re.compile(r"\bon-?site\b|\bvor[- ]ort\b|\bsur site\b|\bpresencial\b", re.I),
    ),
    ("panel", re.compile(r"\bpanel\b", re.I)),
    ("hiring_manager", re.compile(r"hiring manager|\bHM\b", re.I)),
    (
        "technical",
        re.compile(
            r"technical|coding|system design|pair(ing)? programming|take[- ]home|tech\b|"
            r"live coding|architecture|technisch|fachgespräch|technique|t[ée]cnic",
            re.I,
        ),
    ),
    (
        "phone_screen",
        re.compile(
            r"phone|screen(ing)?\b|recruiter call|intro(ductory)? call|telefon|t[ée]l[ée]phon|"
            r"llamada",
            re.I,
        ),
    ),
)


def interview_kind(title: str) -> str:
    """The kind of interview from its title; the first match in the order above wins."""
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    return "other"


@dataclass(frozen=True)
class Context:
    occurrence: Occurrence
    world: World
    person: Person | None
    due: datetime
    # "since" for company-replied-since: the trigger's moment, or, for a rule counted
    # from a stated timeframe, the moment that timeframe was stated (their answer
    # that promised a date is not "replying first").
    since: datetime | None = None


Check = tuple[bool, str]
V = TypeVar("V")


# -- flags ----------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    """A condition named by a word alone."""

    doc: str
    check: Callable[[Context], Check]


def _app_stage(ctx: Context) -> Stage | None:
    app = ctx.occurrence.application
    return app.stage if app else None


def _rejected(ctx: Context) -> Check:
    return _app_stage(ctx) == Stage.REJECTED, f"stage is {_app_stage(ctx)}"


def _has_offer(ctx: Context) -> Check:
    return _app_stage(ctx) == Stage.OFFER, f"stage is {_app_stage(ctx)}"


def _company_replied_since(ctx: Context) -> Check:
    occ, app = ctx.occurrence, ctx.occurrence.application
    if app is None:
        return False, "no application"
    since = ctx.since or occ.moment
    replies = ctx.world.from_company_since(app.id, since)
    if replies:
        r = replies[0]
        return True, f"{r.sender.email} wrote on {r.at:%Y-%m-%d %H:%M} UTC"
    return False, f"no word from {app.company} since {since:%Y-%m-%d %H:%M} UTC"


def _wrote_since_interview(ctx: Context) -> Check:
    occ, app = ctx.occurrence, ctx.occurrence.application
    people = {ctx.person.email} if ctx.person else set()
    if not people and app and app.contact:
        people = {app.contact.email}
    since = occ.interview.end if occ.interview else occ.moment
    sent = ctx.world.user_wrote_to(people, since)
    if sent:
        return True, f"you wrote to {sent[0].to[0].email} on {sent[0].at:%Y-%m-%d %H:%M} UTC"
    return False, f"nothing sent to {', '.join(sorted(people)) or 'them'} since the interview"


def _timeframe_stated(ctx: Context) -> Check:
    app = ctx.occurrence.application
    stated = app is not None and (app.timeframe_due or app.check_back) is not None
    return stated, "a timeframe was stated" if stated else "no timeframe stated"


def _automated(ctx: Context) -> Check:
    occ = ctx.occurrence
    msg = occ.happening.message if occ.happening else None
    auto = bool(msg and msg.automated)
    return auto, "the message is automated" if auto else "a person wrote the message"


def _after_interview(ctx: Context) -> Check:
    iv = ctx.occurrence.interview
    if iv is None:
        return False, "no interview yet"
    return True, f"after the interview on {iv.start:%Y-%m-%d}"


def _applied(ctx: Context) -> Check:
    app = ctx.occurrence.application
    if app is None:
        return False, "no application"
    for m in ctx.world.messages:
        if m.application != app.id:
            continue
        if m.from_user:
            return True, f"you wrote to {app.company} on {m.at:%Y-%m-%d}"
        if m.automated:
            return True, f"{app.company} acknowledged on {m.at:%Y-%m-%d}"
    if any(a == app.id for _, a, _ in ctx.world.interviews):
        return True, "you have an interview with them"
    return False, f"you have not written to {app.company}, nor they acknowledged an application"


SESSION_GAP = timedelta(hours=2)  # a later session this soon after is the same day's loop


def _another_session_follows(ctx: Context) -> Check:
    iv = ctx.occurrence.interview
    app = ctx.occurrence.application
    if iv is None or app is None:
        return False, "no interview"
    for _, app_id, other in ctx.world.interviews:
        if app_id != app.id or other.uid == iv.uid or other.status == CalendarStatus.CANCELLED:
            continue
        if iv.end - timedelta(minutes=5) <= other.start <= iv.end + SESSION_GAP:
            return True, f"another session follows at {other.start:%H:%M} UTC"
    return False, "no session follows it"


FLAGS: dict[str, Flag] = {
    "rejected": Flag("the application was rejected", _rejected),
    "has-offer": Flag("the application has an offer", _has_offer),
    "company-replied-since": Flag(
        "someone of the company wrote after the trigger's moment", _company_replied_since
    ),
    "wrote-since-interview": Flag(
        "you wrote to this person (or the contact) since the interview "
        "(read from your Sent folder)",
        _wrote_since_interview,
    ),
    "timeframe-stated": Flag(
        "the company (or your debrief) stated when they will answer", _timeframe_stated
    ),
    "after-interview": Flag(
        "the occurrence follows an interview (answer.awaited: the last one has ended)",
        _after_interview,
    ),
    "applied": Flag(
        "you applied or wrote to them (Sent), they acknowledged an application, or you"
        " have an interview — not only a recruiter's approach",
        _applied,
    ),
    "another-session-follows": Flag(
        "another interview of the application starts within 2 hours after this one ends"
        " (a loop of sessions: the checklist and the debrief come after the last)",
        _another_session_follows,
    ),
    "automated": Flag(
        "the trigger's message was written by a machine (no-reply, ATS notice)", _automated
    ),
}


# -- condition keys: the model ----------------------------------------------------


@dataclass(frozen=True)
class ConditionKey(Generic[V]):
    """A condition written as `{key: value}`: its documentation and its check of the value."""

    doc: str
    check: Callable[[V, Context], Check]


class Condition(Spec):
    """One condition: a flag name (a string) or a mapping with exactly one key."""

    flag: str | None = None
    company: Patterns | None = None
    role: Patterns | None = None
    sender_domain: Names | None = None
    subject: Patterns | None = None
    text: Patterns | None = None
    kind: Names | None = None
    stage: Names | None = None
    draft_unsent: str | None = None
    weekday: Names | None = None
    time: str | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, data: Any) -> Any:
        if isinstance(data, str):
            if data not in FLAGS:
                raise ValueError(
                    f"unknown condition '{data}'{hint(data, [*FLAGS, *CONDITION_KEYS])}"
                )
            return {"flag": data}
        if isinstance(data, dict):
            if len(data) != 1:
                raise ValueError(
                    "a condition is a name (e.g. rejected) or a mapping with exactly one key"
                )
            (key,) = data
            if key not in CONDITION_KEYS:
                raise ValueError(f"unknown condition '{key}'{hint(str(key), CONDITION_KEYS)}")
            if data[key] is None:  # `stage: null` would otherwise be a condition of nothing
                raise ValueError(f"the condition '{key}' needs a value")
        return data

    @field_validator("kind")
    @classmethod
    def _kinds(cls, v: list[str] | None) -> list[str] | None:
        for k in v or []:
            if k not in INTERVIEW_KINDS:
                raise ValueError(f"unknown interview kind '{k}'{hint(k, INTERVIEW_KINDS)}")
        return v

    @field_validator("stage")
    @classmethod
    def _stages(cls, v: list[str] | None) -> list[str] | None:
        for s in v or []:
            if s not in STAGES:
                raise ValueError(f"unknown stage '{s}'{hint(s, STAGES)}")
        return v

    @field_validator("weekday")
    @classmethod
    def _days(cls, v: list[str] | None) -> list[str] | None:
        return weekdays(v) if v is not None else None

    @field_validator("time")
    @classmethod
    def _time(cls, v: str | None) -> str | None:
        if v is not None and not HOURS.match(v.replace(" ", "")):
            raise ValueError(f"'{v}' is not a time range such as '08:00-20:00'")
        return v.replace(" ", "") if v else v

    @field_validator("sender_domain")
    @classmethod
    def _domains(cls, v: list[str] | None) -> list[str] | None:
        return [d.lower().lstrip("@") for d in v] if v is not None else None

    def name(self) -> str:
        """The key that is set (for explain)."""
        if self.flag:
            return self.flag
        for field in type(self).model_fields:
            if field != "flag" and getattr(self, field) is not None:
                return "not" if field == "not_" else field
        return "?"

    def value(self) -> Any:
        """The value of the key that is set (None for a flag)."""
        name = self.name()
        return None if self.flag else getattr(self, "not_" if name == "not" else name)

    def draft_rules(self, path: str) -> list[tuple[str, str]]:
        """(path, rule id) of every `draft_unsent` in this condition, nested ones too."""
        if self.draft_unsent is not None:
            return [(f"{path}.draft_unsent", self.draft_unsent)]
        out: list[tuple[str, str]] = []
        for key in ("all", "any"):
            for i, sub in enumerate(getattr(self, key) or []):
                out.extend(sub.draft_rules(f"{path}.{key}[{i}]"))
        if self.not_ is not None:
            out.extend(self.not_.draft_rules(f"{path}.not"))
        return out


Conditions = Annotated[list[Condition], BeforeValidator(listify)]


# -- condition keys: the checks ---------------------------------------------------


def _any_pattern(patterns: list[Pattern], text: str, what: str) -> Check:
    for p in patterns:
        if p.matches(text):
            return True, f"{what} {quoted(text)} matches {quoted(p.regex or p.contains or '')}"
    return False, f"{what} {quoted(text)} does not match"


def _message(ctx: Context) -> Any:
    occ = ctx.occurrence
    return occ.happening.message if occ.happening else None


def _company(v: list[Pattern], ctx: Context) -> Check:
    app, iv = ctx.occurrence.application, ctx.occurrence.interview
    return _any_pattern(v, (app.company if app else "") or (iv.company if iv else ""), "company")


def _role(v: list[Pattern], ctx: Context) -> Check:
    app, iv = ctx.occurrence.application, ctx.occurrence.interview
    return _any_pattern(v, (app.role if app else "") or (iv.role if iv else ""), "role")


def _sender_domain(v: list[str], ctx: Context) -> Check:
    msg = _message(ctx)
    if msg is None:
        return False, "no message"
    domain = msg.sender.email.rpartition("@")[2]
    ok = any(domain == d or domain.endswith("." + d) for d in v)
    return ok, f"sender domain {domain}"


def _subject(v: list[Pattern], ctx: Context) -> Check:
    msg, iv = _message(ctx), ctx.occurrence.interview
    return _any_pattern(v, msg.subject if msg else (iv.title if iv else ""), "subject")


def _text(v: list[Pattern], ctx: Context) -> Check:
    msg, iv = _message(ctx), ctx.occurrence.interview
    text = msg.text if msg else (f"{iv.title}\n{iv.location}" if iv else "")
    return _any_pattern(v, text, "text")


def _kind(v: list[str], ctx: Context) -> Check:
    iv = ctx.occurrence.interview
    kind = interview_kind(iv.title) if iv else "other"
    return kind in v, f"interview kind is {kind}"


def _stage(v: list[str], ctx: Context) -> Check:
    stage = _app_stage(ctx)
    return (stage is not None and stage.value in v), f"stage is {stage}"


def _draft_unsent(rule_id: str, ctx: Context) -> Check:
    occ = ctx.occurrence
    for d in ctx.world.drafts:
        if d.rule_id != rule_id:
            continue
        if occ.application and d.application != occ.application.id:
            continue
        if occ.interview and d.subject_ref != occ.interview.uid:
            continue
        if ctx.person and ctx.person.email not in d.to:
            continue
        if d.sent:
            return False, f"the {rule_id} draft to {', '.join(d.to)} was sent"
        if d.still_in_drafts:
            return True, f"the {rule_id} draft to {', '.join(d.to)} is still in Drafts"
        if d.still_in_drafts is False:
            return False, f"the {rule_id} draft to {', '.join(d.to)} is no longer in Drafts"
        return False, f"not known whether the {rule_id} draft was sent"
    return False, f"no {rule_id} draft was written"


def _local_due(ctx: Context) -> datetime:
    return ctx.due.astimezone(ZoneInfo(ctx.world.user.timezone))


def _weekday(v: list[str], ctx: Context) -> Check:
    day = WEEKDAYS[_local_due(ctx).weekday()]
    return day in v, f"due on a {day}"


def _in_hours(spec: str, moment: time) -> bool:
    lo, hi = hours_range(spec)
    return lo <= (moment.hour, moment.minute) < hi


def _time(v: str, ctx: Context) -> Check:
    local = _local_due(ctx)
    return _in_hours(v, local.time()), f"due at {local:%H:%M}"


def _all(v: list[Condition], ctx: Context) -> Check:
    for sub in v:
        ok, why = evaluate(sub, ctx)
        if not ok:
            return False, why
    return True, "all hold"


def _any(v: list[Condition], ctx: Context) -> Check:
    reasons = []
    for sub in v:
        ok, why = evaluate(sub, ctx)
        if ok:
            return True, why
        reasons.append(why)
    return False, "; ".join(reasons)


def _not(v: Condition, ctx: Context) -> Check:
    ok, why = evaluate(v, ctx)
    return not ok, f"not ({why})"


_PATTERN_DOC = "contains the text (or {regex: …})"
CONDITION_KEYS: dict[str, ConditionKey[Any]] = {
    "company": ConditionKey[list[Pattern]](
        doc=f"company name {_PATTERN_DOC}; a list means any of them", check=_company
    ),
    "role": ConditionKey[list[Pattern]](doc=f"role {_PATTERN_DOC}", check=_role),
    "sender_domain": ConditionKey[list[str]](
        doc="the trigger message's sender domain is (or ends with) this domain",
        check=_sender_domain,
    ),
    "subject": ConditionKey[list[Pattern]](
        doc=f"the message subject (or interview title) {_PATTERN_DOC}", check=_subject
    ),
    "text": ConditionKey[list[Pattern]](
        doc=f"the message text (or interview description) {_PATTERN_DOC}", check=_text
    ),
    "kind": ConditionKey[list[str]](
        doc="interview kind: phone_screen, technical, onsite, panel, final, hiring_manager, other",
        check=_kind,
    ),
    "stage": ConditionKey[list[str]](
        doc="the application's stage (applied, interviewing, waiting, rejected, offer, on hold,"
        " withdrawn, closed)",
        check=_stage,
    ),
    "draft_unsent": ConditionKey[str](
        doc="a draft of the named rule for this person is still in Drafts, not sent",
        check=_draft_unsent,
    ),
    "weekday": ConditionKey[list[str]](
        doc="the due moment falls on one of these days (mon … sun)", check=_weekday
    ),
    "time": ConditionKey[str](
        doc="the due moment's time of day (your zone) is in this range, e.g. '08:00-20:00'",
        check=_time,
    ),
    "all": ConditionKey[list[Condition]](doc="every condition of the list holds", check=_all),
    "any": ConditionKey[list[Condition]](
        doc="at least one condition of the list holds", check=_any
    ),
    "not": ConditionKey[Condition](doc="the condition does not hold", check=_not),
}


def evaluate(cond: Condition, ctx: Context) -> Check:
    """Whether `cond` holds in `ctx`, and why."""
    if cond.flag is not None:
        flag = FLAGS.get(cond.flag)
        return flag.check(ctx) if flag else (False, f"unknown flag {cond.flag}")
    key = CONDITION_KEYS.get(cond.name())
    return key.check(cond.value(), ctx) if key else (False, "empty condition")


def passes(conds_if: list[Condition], conds_unless: list[Condition], ctx: Context) -> Check:
    """`if` all hold and no `unless` holds; the reason names the first condition that failed."""
    for cond in conds_if:
        ok, why = evaluate(cond, ctx)
        if not ok:
            return False, f"if {cond.name()}: {why}"
    for cond in conds_unless:
        ok, why = evaluate(cond, ctx)
        if ok:
            return False, f"unless {cond.name()}: {why}"
    return True, "conditions hold"


Condition.model_rebuild()
