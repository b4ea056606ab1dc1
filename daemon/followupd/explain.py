"""`followupd explain MESSAGE`: what followupd understands of one message, and what it would do.

The message is a .eml file or `ACCOUNT:FOLDER:UID` (read with BODY.PEEK). It goes
through the same path as in a run — understanding, tracking, planning — against
an in-memory copy of the state, so nothing is written anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followupd.config import Settings
from followupd.domain.errors import ConfigError, FollowupdError, MessageError
from followupd.domain.intents import CancelIntent, Intent, RemindIntent, SetStageIntent
from followupd.domain.model import MessageRef, UserIdentity
from followupd.domain.ports import Candidate
from followupd.domain.words import quoted
from followupd.mailstores.maildir import candidate_of
from followupd.pipeline.outbox import reconcile
from followupd.pipeline.runner import open_mailbox, process_message, signal_lexicon
from followupd.pipeline.selector import Selector
from followupd.pipeline.tracker import Tracker
from followupd.rules.engine import in_words
from followupd.rules.loader import RuleSet
from followupd.store import Store

MESSAGE_REF = re.compile(r"^(?P<account>[^:]+):(?P<folder>.+):(?P<uid>\d+)$")


@dataclass
class Explanation:
    source: str
    headers: dict[str, str] = field(default_factory=dict)
    calendar: list[dict[str, str]] = field(default_factory=list)
    signals: list[dict[str, str]] = field(default_factory=list)
    application: str = ""
    joined_by: str = ""
    events: list[str] = field(default_factory=list)
    rules: list[dict[str, str]] = field(default_factory=list)
    planned: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    reading: str = ""  # whether `run` reads this message in full, and why
    text_interview: list[str] = field(default_factory=list)  # what its text says, in lines


def read_message(spec: str, settings: Settings) -> tuple[bytes, str, str]:
    """The raw message, a source label, and the account it belongs to."""
    path = Path(spec)
    default_account = next(iter(settings.accounts), "")
    if path.is_file():
        return path.read_bytes(), str(path), default_account
    m = MESSAGE_REF.match(spec)
    if m is None:
        raise ConfigError(f"{spec}: neither a file nor ACCOUNT:FOLDER:UID")
    name = m.group("account")
    if name not in settings.accounts:
        known = ", ".join(settings.accounts) or "none configured"
        raise ConfigError(f"{spec}: no account {quoted(name)} (accounts: {known})")
    with open_mailbox(name, settings.accounts[name]) as mailbox:
        raw = mailbox.fetch(m.group("folder"), int(m.group("uid")))
    return raw, spec, name


def explain(spec: str, settings: Settings, ruleset: RuleSet, now: datetime) -> Explanation:
    raw, source, account = read_message(spec, settings)
    user = settings.user.identity()
    out = Explanation(source=source)
    with Store(settings.state.path, in_memory_copy=True) as store:
        tracker = Tracker(store, user)
        out.reading = _reading(raw, tracker, store, user)
        try:
            done = process_message(
                raw,
                source,
                account or "explain",
                tracker,
                user,
                now,
                lexicon=signal_lexicon(ruleset),
            )
        except FollowupdError:
            raise
        except Exception as exc:  # what a run logs as mail.failed, said as one sentence
            raise MessageError(f"{source}: could not be understood: {in_words(exc)}") from exc
        msg = done.result.message
        out.headers = {
            "subject": msg.subject,
            "from": msg.sender.display() if msg.sender else "",
            "date": msg.date.isoformat() if msg.date else "",
            "message_id": msg.message_id,
        }
        items = {item.uid: item for item in done.result.items}
        for verdict in done.result.verdicts:
            item = items.get(verdict.item_uid)
            entry = {"title": item.summary if item else "", "uid": verdict.item_uid}
            if verdict.interview is not None:
                iv = verdict.interview
                entry["verdict"] = "interview"
                entry["why"] = "; ".join(iv.reasons)
                start, end = iv.start.astimezone(UTC), iv.end.astimezone(UTC)
                entry["when"] = f"{start:%a %d %b %Y %H:%M}–{end:%H:%M} UTC"
                entry["company"] = iv.company
                entry["role"] = iv.role
                entry["interviewers"] = ", ".join(p.display() for p in iv.interviewers)
            else:
                entry["verdict"] = "not an interview"
                entry["why"] = verdict.reason
            out.calendar.append(entry)
        if done.result.text_interview is not None:
            out.text_interview = list(done.result.text_interview.describe())
        for s in done.signals:
            sig = {"kind": s.kind.value, "evidence": s.evidence}
            if s.due is not None:
                sig["due"] = s.due.isoformat()
            if s.anchor and s.span is not None:
                sig["after"] = f"{s.span.describe()} after the {s.anchor}"
            out.signals.append(sig)
        out.application = done.tracked.application
        out.joined_by = done.tracked.reason
        out.events = list(done.tracked.happenings) + [
            f"interview {change}" for change in done.interviews.values()
        ]
        out.problems = list(done.result.problems)
        refs = {f"{msg.message_id}:{kind}" for kind in done.tracked.happenings}
        refs |= {
            h.id for h in store.happenings() if h.message and h.message.message_id == msg.message_id
        }
        refs |= set(done.interviews)
        plan = reconcile(store, ruleset, user, now)
        # Per-application occurrences (answer.awaited: "{application}@…") are this
        # message's too when it belongs to that application.
        if out.application:
            refs |= {o.ref for o in plan.outcomes if o.ref.startswith(f"{out.application}@")}
        # An occurrence about this message that could not be planned (or a trigger that
        # could not be read at all) is said, as a run logs it (plan.failed).
        out.problems.extend(str(p) for p in plan.problems if p.ref in refs or not p.ref)
        for o in plan.outcomes:
            if o.ref in refs:
                out.rules.append(
                    {
                        "rule": o.rule_id,
                        "trigger": o.trigger,
                        "person": o.person,
                        "planned": str(o.planned),
                        "why": o.reason,
                    }
                )
        for intent in plan.intents:
            if intent.trigger_ref in refs:
                out.planned.append(
                    {
                        "rule": intent.rule_id,
                        "kind": intent.kind.value,
                        "due": intent.due.isoformat(),
                        "to": [p.email for p in intent.recipients()],
                        "subject": intent.headline(),
                        "what": _what(intent),
                    }
                )
    return out


def _what(intent: Intent) -> str:
    """What an intent does, in words: "draft to a@b: “Subject”", "note to you: …"."""
    if isinstance(intent, CancelIntent):
        rules = ", ".join(intent.cancel_rules) or "every rule"
        return f"withdraw what is still planned by {rules} for this application"
    if isinstance(intent, SetStageIntent):
        return f"move the application to “{intent.stage}”"
    if isinstance(intent, RemindIntent):
        return f"note to you: “{intent.headline()}”"
    to = ", ".join(p.email for p in intent.recipients())
    return f"draft to {to}: “{intent.headline()}”"


def _reading(raw: bytes, tracker: Tracker, store: Store, user: UserIdentity) -> str:
    """What `run` does with this message as the state stands: read it in full, or not."""
    chooser = Selector(tracker.index, user.addresses(), store.own_message_ids())
    ref = MessageRef(account="explain", folder="")
    try:
        candidate = candidate_of(ref, raw)
    except Exception:  # a structure too deep to walk: a server shows the headers alone
        candidate = Candidate(ref=ref, headers=raw.split(b"\r\n\r\n", 1)[0][:65536])
    judged = chooser.judge(candidate)
    if judged.wanted:
        return f"run reads it in full: {judged.reason}"
    return (
        f"run would not read it: {judged.reason}; it is kept, and read once its thread,"
        " a person on it or their company is part of an application"
    )


def render(e: Explanation) -> str:
    lines = [f"Message {e.source}"]
    for key in ("subject", "from", "date", "message_id"):
        if e.headers.get(key):
            lines.append(f"  {key.replace('_', '-')}: {e.headers[key]}")
    if e.reading:
        lines.append(f"Reading: {e.reading}")
    lines.append("Understood:")
    if not e.calendar and not e.signals and not e.text_interview:
        lines.append("  no calendar event and no hiring signal")
    for c in e.calendar:
        lines.append(f"  calendar event “{c['title']}”: {c['verdict']} — {c['why']}")
        if c["verdict"] == "interview":
            lines.append(f"    {c['when']}; {c['company']} / {c['role'] or '(role not stated)'}")
            lines.append(f"    interviewers: {c['interviewers'] or 'none'}")
    for number, line in enumerate(e.text_interview):
        lines.append(f"  {line}" if number == 0 else f"    {line}")
    for s in e.signals:
        due = f" (due {s['due']})" if "due" in s else ""
        if "after" in s:  # counted from the interview: the date is known once it is
            due = f" ({s['after']}, due {s['due']})" if "due" in s else f" ({s['after']})"
        lines.append(f"  signal {s['kind']}{due}: “{s['evidence']}”")
    if e.application:
        lines.append(f"Application: {e.application} (joined: {e.joined_by})")
    else:
        lines.append(f"Application: none ({e.joined_by or 'not part of a hiring process'})")
    lines.append("Events: " + (", ".join(e.events) or "none"))
    if e.rules:
        lines.append("Rules:")
        for r in e.rules:
            who = f" for {r['person']}" if r["person"] else ""
            state = "plans" if r["planned"] != "0" else "does nothing"
            lines.append(f"  {r['rule']} ({r['trigger']}){who}: {state} — {r['why']}")
    lines.append("Would plan:" if e.planned else "Would plan: nothing")
    for p in e.planned:
        at = datetime.fromisoformat(p["due"]).astimezone(UTC)
        lines.append(f"  {at:%Y-%m-%d %H:%M} UTC  {p['rule']}: {p['what']}")
    for problem in e.problems:
        lines.append(f"Problem: {problem}")
    lines.append("(nothing was written)")
    return "\n".join(lines)
