"""Evaluating conditions: each answers true or false with a reason in words (for explain)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from followupd.domain.model import Person, Stage
from followupd.rules.schema import WEEKDAYS, Condition, Pattern, hours_range
from followupd.rules.triggers import Occurrence
from followupd.rules.world import World

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("final", re.compile(r"\bfinal\b", re.I)),
    ("onsite", re.compile(r"\bon-?site\b|\bvor ort\b", re.I)),
    ("panel", re.compile(r"\bpanel\b", re.I)),
    ("hiring_manager", re.compile(r"hiring manager|\bHM\b", re.I)),
    (
        "technical",
        re.compile(
            r"technical|coding|system design|pair(ing)? programming|take[- ]home|tech\b|"
            r"live coding|architecture",
            re.I,
        ),
    ),
    ("phone_screen", re.compile(r"phone|screen(ing)?\b|recruiter call|intro(ductory)? call", re.I)),
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


def _any_pattern(patterns: list[Pattern], text: str, what: str) -> Check:
    for p in patterns:
        if p.matches(text):
            return True, f"{what} {text!r} matches {p.regex or p.contains!r}"
    return False, f"{what} {text!r} does not match"


def _app_stage(ctx: Context) -> Stage | None:
    app = ctx.occurrence.application
    return app.stage if app else None


def _flag(name: str, ctx: Context) -> Check:
    occ, world = ctx.occurrence, ctx.world
    app = occ.application
    if name == "rejected":
        return _app_stage(ctx) == Stage.REJECTED, f"stage is {_app_stage(ctx)}"
    if name == "has-offer":
        return _app_stage(ctx) == Stage.OFFER, f"stage is {_app_stage(ctx)}"
    if name == "company-replied-since":
        if app is None:
            return False, "no application"
        since = ctx.since or occ.moment
        replies = world.from_company_since(app.id, since)
        if replies:
            r = replies[0]
            return True, f"{r.sender.email} wrote on {r.at:%Y-%m-%d %H:%M} UTC"
        return False, f"no word from {app.company} since {since:%Y-%m-%d %H:%M} UTC"
    if name == "wrote-since-interview":
        people = {ctx.person.email} if ctx.person else set()
        if not people and app and app.contact:
            people = {app.contact.email}
        since = occ.interview.end if occ.interview else occ.moment
        sent = world.user_wrote_to(people, since)
        if sent:
            return True, f"you wrote to {sent[0].to[0].email} on {sent[0].at:%Y-%m-%d %H:%M} UTC"
        return False, f"nothing sent to {', '.join(sorted(people)) or 'them'} since the interview"
    if name == "timeframe-stated":
        stated = app is not None and (app.timeframe_due or app.check_back) is not None
        return stated, "a timeframe was stated" if stated else "no timeframe stated"
    if name == "automated":
        msg = occ.happening.message if occ.happening else None
        auto = bool(msg and msg.automated)
        return auto, "the message is automated" if auto else "a person wrote the message"
    return False, f"unknown flag {name}"


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


def _in_hours(spec: str, moment: time) -> bool:
    lo, hi = hours_range(spec)
    return lo <= (moment.hour, moment.minute) < hi


def evaluate(cond: Condition, ctx: Context) -> Check:
    """Whether `cond` holds in `ctx`, and why."""
    occ = ctx.occurrence
    app, iv = occ.application, occ.interview
    msg = occ.happening.message if occ.happening else None
    if cond.flag is not None:
        return _flag(cond.flag, ctx)
    if cond.company is not None:
        return _any_pattern(
            cond.company, (app.company if app else "") or (iv.company if iv else ""), "company"
        )
    if cond.role is not None:
        return _any_pattern(cond.role, (app.role if app else "") or (iv.role if iv else ""), "role")
    if cond.sender_domain is not None:
        if msg is None:
            return False, "no message"
        domain = msg.sender.email.rpartition("@")[2]
        ok = any(domain == d or domain.endswith("." + d) for d in cond.sender_domain)
        return ok, f"sender domain {domain}"
    if cond.subject is not None:
        return _any_pattern(
            cond.subject, msg.subject if msg else (iv.title if iv else ""), "subject"
        )
    if cond.text is not None:
        text = msg.text if msg else (f"{iv.title}\n{iv.location}" if iv else "")
        return _any_pattern(cond.text, text, "text")
    if cond.kind is not None:
        kind = interview_kind(iv.title) if iv else "other"
        return kind in cond.kind, f"interview kind is {kind}"
    if cond.stage is not None:
        stage = _app_stage(ctx)
        return (stage is not None and stage.value in cond.stage), f"stage is {stage}"
    if cond.draft_unsent is not None:
        return _draft_unsent(cond.draft_unsent, ctx)
    local = ctx.due.astimezone(ZoneInfo(ctx.world.user.timezone))
    if cond.weekday is not None:
        day = WEEKDAYS[local.weekday()]
        return day in cond.weekday, f"due on a {day}"
    if cond.time is not None:
        return _in_hours(cond.time, local.time()), f"due at {local:%H:%M}"
    if cond.all is not None:
        for sub in cond.all:
            ok, why = evaluate(sub, ctx)
            if not ok:
                return False, why
        return True, "all hold"
    if cond.any is not None:
        reasons = []
        for sub in cond.any:
            ok, why = evaluate(sub, ctx)
            if ok:
                return True, why
            reasons.append(why)
        return False, "; ".join(reasons)
    if cond.not_ is not None:
        ok, why = evaluate(cond.not_, ctx)
        return not ok, f"not ({why})"
    return False, "empty condition"


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
