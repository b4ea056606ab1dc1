"""Triggers: where in the World each trigger occurs, and at which moment.

An Occurrence is one firing of a trigger: what it is about (`ref`, part of the
intent key), the moment it is anchored to, and the application, interview,
happening or draft it concerns. Event triggers come from recorded happenings;
time triggers (starting, ended, no_reply, draft.unsent) are derived from the
state, so they survive restarts without any timer of their own.

TRIGGERS is the trigger vocabulary: per name, its documentation line and its
occurrence finder. The rule model checks `on:` against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from followupd.domain.model import Application, CalendarStatus, Interview, Person, Stage
from followupd.rules.world import DraftFact, Happening, World


@dataclass(frozen=True)
class Occurrence:
    trigger: str
    ref: str
    moment: datetime
    account: str
    application: Application | None
    interview: Interview | None = None
    happening: Happening | None = None
    draft: DraftFact | None = None
    # Whom `to: contact` means when the trigger knows better than the application's
    # contact (answer.awaited: the person of the company who wrote last).
    contact: Person | None = None


def _from_happenings(kind: str) -> Callable[[World], list[Occurrence]]:
    def occurrences(world: World) -> list[Occurrence]:
        out = []
        for h in world.happenings:
            if h.kind != kind:
                continue
            entry = world.interview(h.interview_uid) if h.interview_uid else None
            out.append(
                Occurrence(
                    trigger=kind,
                    ref=h.id,
                    moment=h.at,
                    account=h.account,
                    application=world.applications.get(h.application),
                    interview=entry[2] if entry else None,
                    happening=h,
                )
            )
        return out

    return occurrences


def _interview_times(
    kind: str, pick: Callable[[Interview], datetime]
) -> Callable[[World], list[Occurrence]]:
    def occurrences(world: World) -> list[Occurrence]:
        return [
            Occurrence(
                trigger=kind,
                ref=iv.uid,
                moment=pick(iv),
                account=account,
                application=world.applications.get(app),
                interview=iv,
            )
            for account, app, iv in world.interviews
            if iv.status != CalendarStatus.CANCELLED
        ]

    return occurrences


_OPEN = (Stage.APPLIED, Stage.INTERVIEWING, Stage.WAITING)


def _no_reply(world: World) -> list[Occurrence]:
    """Per open application: anchored to the last contact (theirs, yours, or an interview)."""
    out = []
    for app in world.applications.values():
        if app.stage not in _OPEN:
            continue
        moments: list[tuple[datetime, str]] = []
        for m in world.messages:
            if m.application == app.id and not m.automated:
                moments.append((m.at, m.account))
        for account, app_id, iv in world.interviews:
            if app_id == app.id and iv.status != CalendarStatus.CANCELLED:
                moments.append((iv.end, account))
        if not moments:
            continue
        last, account = max(moments)
        out.append(
            Occurrence(
                trigger="no_reply",
                ref=f"{app.id}@{last.isoformat()}",
                moment=last,
                account=account,
                application=app,
            )
        )
    return out


def _answer_awaited(world: World) -> list[Occurrence]:
    """Per application not closed: the last point from which an answer is owed.

    The latest of: the process's first message (your application, their
    acknowledgement or approach), each interview's end, the moment a timeframe was
    stated. The interview is the last one ended by then; the occurrence is one per
    interview (or one for the application before any): a restated timeframe moves
    its moment, a later interview makes a new one (and the older one goes away).
    Rejected and offered applications keep theirs, for rules to say `unless: [rejected]`.
    """
    first: dict[str, tuple[datetime, str]] = {}
    wrote: dict[str, tuple[datetime, Person]] = {}
    for m in world.messages:
        if m.application not in first or m.at < first[m.application][0]:
            first[m.application] = (m.at, m.account)
        person = not m.from_user and not m.automated and m.at <= world.now
        if person and (m.application not in wrote or m.at >= wrote[m.application][0]):
            wrote[m.application] = (m.at, (m.reply_to or (m.sender,))[0])
    interviews: dict[str, list[tuple[str, Interview]]] = {}
    for account, app_id, iv in world.interviews:
        if iv.status != CalendarStatus.CANCELLED:
            interviews.setdefault(app_id, []).append((account, iv))
    out = []
    for app in world.applications.values():
        if app.stage in (Stage.CLOSED, Stage.WITHDRAWN):
            continue
        held = interviews.get(app.id, [])
        points: list[tuple[datetime, str]] = [(iv.end, account) for account, iv in held]
        if app.id in first:
            points.append(first[app.id])
        if app.timeframe_at is not None:
            points.append((app.timeframe_at, first.get(app.id, ("", ""))[1]))
        if not points:
            continue
        moment = max(at for at, _ in points)
        ended = [(account, iv) for account, iv in held if iv.end <= moment]
        last = max(ended, key=lambda entry: entry[1].end) if ended else None
        account = next((a for at, a in points if at == moment and a), "")
        account = account or (last[0] if last else "") or (held[0][0] if held else "")
        out.append(
            Occurrence(
                trigger="answer.awaited",
                ref=f"{app.id}@{last[1].uid if last else 'application'}",
                moment=moment,
                account=account,
                application=app,
                interview=last[1] if last else None,
                contact=wrote[app.id][1] if app.id in wrote else None,
            )
        )
    return out


def _draft_unsent(world: World) -> list[Occurrence]:
    out = []
    for d in world.drafts:
        entry = world.interview(d.subject_ref)
        out.append(
            Occurrence(
                trigger="draft.unsent",
                ref=d.key,
                moment=d.written_at,
                account=d.account,
                application=world.applications.get(d.application),
                interview=entry[2] if entry else None,
                draft=d,
            )
        )
    return out


@dataclass(frozen=True)
class Trigger:
    """A trigger word: its line for `followupd rules --vocabulary`, and where it occurs."""

    doc: str
    find: Callable[[World], list[Occurrence]]


# The trigger vocabulary (`on:`): adding a trigger is an entry here. Each doc says what
# fires it, the moment it is anchored to (at:), and the fields templates see.
TRIGGERS: dict[str, Trigger] = {
    "interview.scheduled": Trigger(
        "an invitation for a new interview was read; at: when it arrived. "
        "Fields: interview, application, message",
        _from_happenings("interview.scheduled"),
    ),
    "interview.rescheduled": Trigger(
        "an update moved an interview; at: when it arrived. "
        "Fields: interview (new times), application, message",
        _from_happenings("interview.rescheduled"),
    ),
    "interview.cancelled": Trigger(
        "an interview was cancelled; at: when the cancellation arrived. "
        "Fields: interview, application, message",
        _from_happenings("interview.cancelled"),
    ),
    "interview.crowded": Trigger(
        # 12 is understand.interview.MAX_INTERVIEWERS (a test keeps them the same).
        "an invitation that looks like an interview has more than 12 people besides you:"
        " no drafts, one note to you; at: when it arrived. Fields: message (evidence: the"
        " title and how many people), application",
        _from_happenings("interview.crowded"),
    ),
    "interview.unclear": Trigger(
        "a message speaks of an interview whose time followupd cannot fix (two times"
        " proposed, no time zone, a day without a time): one note asking you; at: when it"
        " arrived. Fields: message (evidence: what is unclear, and the sentence), application",
        _from_happenings("interview.unclear"),
    ),
    "interview.starting": Trigger(
        "an interview starts; at: its start (use `before: 15m`). Fields: interview, application",
        _interview_times("interview.starting", lambda iv: iv.start),
    ),
    "interview.ended": Trigger(
        "an interview ends; at: its end (`before: 10m` for just before). "
        "Fields: interview, application",
        _interview_times("interview.ended", lambda iv: iv.end),
    ),
    "reply.received": Trigger(
        "a person of the company (or its agency) wrote; at: the message's date. "
        "Fields: message, application",
        _from_happenings("reply.received"),
    ),
    "rejection.received": Trigger(
        "the company said no; at: the message's date. Fields: message (with evidence), application",
        _from_happenings("rejection.received"),
    ),
    "offer.received": Trigger(
        "the company made an offer; at: the message's date. Fields: message, application",
        _from_happenings("offer.received"),
    ),
    "timeframe.stated": Trigger(
        "the company said when they will answer; at: that moment "
        "(message.timeframe_due). Fields: message, application",
        _from_happenings("timeframe.stated"),
    ),
    "debrief.received": Trigger(
        "you answered the debrief note (or wrote notes); at: when. "
        "Fields: debrief, interview, application",
        _from_happenings("debrief.received"),
    ),
    "no_reply": Trigger(
        "no word from the company since the last contact; at: the last contact "
        "(use `after: 10 days`). Fields: application",
        _no_reply,
    ),
    "answer.awaited": Trigger(
        "per open application, the last point from which the company owes you an answer:"
        " your application (or their acknowledgement), an interview's end, or a stated"
        " timeframe; at: that point (use `from: timeframe`). Fields: application,"
        " interview (the last one, if any)",
        _answer_awaited,
    ),
    "draft.unsent": Trigger(
        "a draft of ours is still unsent; at: when it was written (use `after: 20h`). "
        "Fields: draft (rule, to), application",
        _draft_unsent,
    ),
}
# Where each trigger occurs, by name (the behaviour half of TRIGGERS).
TRIGGER_OCCURRENCES: dict[str, Callable[[World], list[Occurrence]]] = {
    name: t.find for name, t in TRIGGERS.items()
}
