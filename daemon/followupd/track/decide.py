"""The tracker's decision: a state and one understood message (or calendar event) → changes.

A message joins an application (or starts one: `understand.conversation.assign`),
is recorded once, and tells the application what moved: the stage (a rejection, an
offer), the contacts, a stated timeframe, next steps, when each side last wrote.
Its invitations record interviews (RFC 5546 order: the highest SEQUENCE wins, an
older revision read later is stale). The user's reply to one of our interview
reminders is their debrief. Each happening rules trigger on gets a stable id:
message id + kind, or interview uid + SEQUENCE + kind.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from followupd.domain.model import (
    Application,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    Stage,
    UserIdentity,
)
from followupd.domain.signals import Signal, SignalKind
from followupd.rules.world import Happening, MessageFact
from followupd.track.changes import (
    ApplicationStarted,
    Change,
    CheckBackSet,
    ContactsAdded,
    DomainAdded,
    HappeningRecorded,
    InterviewRecorded,
    LastMessage,
    MessageRecorded,
    NextStepAdded,
    RoleSet,
    StageMoved,
    TimeframeStated,
    merge_people,
)
from followupd.track.state import TrackState, interview_change
from followupd.understand.conversation import (
    Assignment,
    application_for_interview,
    assign,
    slug,
)
from followupd.understand.debrief import parse_debrief
from followupd.understand.people import company_domain, human_contacts, is_role_mailbox

# Our own Message-IDs: <followupd.KEY@domain> (see compose.message.message_id).
_OURS = re.compile(r"<followupd\.([0-9a-f]{24})@")
TEXT_KEPT = 4000
_STAGE_BY_SIGNAL = {SignalKind.REJECTION: Stage.REJECTED, SignalKind.OFFER: Stage.OFFER}
_HAPPENING_BY_SIGNAL = {
    SignalKind.REJECTION: "rejection.received",
    SignalKind.OFFER: "offer.received",
    SignalKind.TIMEFRAME: "timeframe.stated",
}
_INTERVIEW_HAPPENING = {
    "new": "interview.scheduled",
    "rescheduled": "interview.rescheduled",
    "cancelled": "interview.cancelled",
}


@dataclass(frozen=True)
class Observed:
    """One understood message, as the tracker reads it."""

    message: ParsedMessage
    new_text: str = ""  # the message's own text, quotes stripped (once, when understood)
    signals: tuple[Signal, ...] = ()
    interviews: tuple[Interview, ...] = ()  # its invitations judged interviews


@dataclass(frozen=True)
class Reminder:
    """One of our interview reminders, which the user may answer with a debrief."""

    application: str
    interview_uid: str


@dataclass
class Decision:
    """The changes, in order, and what they mean for the log line and explain."""

    changes: list[Change] = field(default_factory=list)
    application: str = ""
    reason: str = ""
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    interview_log: list[str] = field(default_factory=list)  # each interview's change, in order


class _Folding:
    """Changes being decided, folded into a working copy of the state as they come."""

    def __init__(self, state: TrackState, out: Decision) -> None:
        self.state = state
        self.out = out

    def emit(self, change: Change) -> None:
        if isinstance(change, HappeningRecorded) and change.happening.id in self.state.happenings:
            return  # already recorded: a message read again never fires twice
        self.out.changes.append(change)
        self.state.apply(change)


def our_keys(msg: ParsedMessage) -> list[str]:
    """The keys of our own notes this message answers (In-Reply-To, References)."""
    keys: list[str] = []
    for ref in (msg.in_reply_to, *msg.references):
        m = _OURS.search(ref or "")
        if m:
            keys.append(m.group(1))
    return keys


def decide(
    state: TrackState,
    account: str,
    observed: Observed,
    *,
    user: UserIdentity,
    now: datetime,
    reminders: Mapping[str, Reminder] | None = None,
) -> Decision:
    """Everything one message changes: its interviews first, then the message itself."""
    out = Decision()
    fold = _Folding(state.copy(), out)
    interview_app = ""
    for iv in observed.interviews:
        interview_app, change = _interview(fold, account, iv, observed, user, now)
        out.interviews[iv.uid] = change
        out.interview_log.append(change)
    _message(fold, account, observed, user, now, interview_app, reminders or {})
    return out


def decide_interview(
    state: TrackState,
    account: str,
    iv: Interview,
    *,
    user: UserIdentity,
    now: datetime,
    observed: Observed | None = None,
) -> Decision:
    """An interview alone (from a calendar, or an invitation's message given as `observed`)."""
    out = Decision()
    out.application, change = _interview(
        _Folding(state.copy(), out), account, iv, observed, user, now
    )
    out.interviews[iv.uid] = change
    out.interview_log.append(change)
    return out


# -- interviews ---------------------------------------------------------------


def _interview(
    fold: _Folding,
    account: str,
    iv: Interview,
    observed: Observed | None,
    user: UserIdentity,
    now: datetime,
) -> tuple[str, str]:
    state = fold.state
    known = state.interviews.get(iv.uid)
    app_id = application_for_interview(iv, state.index)
    if known is not None and known.application:
        app_id = known.application
    app = state.application(app_id)
    if app is None:
        app = Application(
            id=app_id,
            company=iv.company or iv.title,
            role=iv.role,
            domains=(iv.company_domain,) if iv.company_domain else (),
        )
        fold.emit(ApplicationStarted(app))
    msg = observed.message if observed else None
    if not app.role and iv.role:
        fold.emit(RoleSet(app_id, iv.role))
    contact = app.contact
    if contact is None and msg is not None:
        # An ATS relays for a coordinator: the human in Reply-To is the contact.
        humans = human_contacts(msg.reply_to) or human_contacts((msg.sender,) if msg.sender else ())
        humans = tuple(p for p in humans if not user.is_me(p.email))
        contact = humans[0] if humans else None
    people = (*iv.interviewers, *(() if contact is None else (contact,)))
    primary = contact if app.contact is None else None
    if primary is not None or merge_people(app.contacts, people) != app.contacts:
        fold.emit(ContactsAdded(app_id, people, primary))
    if iv.status != CalendarStatus.CANCELLED and app.stage in (Stage.APPLIED, Stage.WAITING):
        fold.emit(StageMoved(app_id, Stage.INTERVIEWING))
    if iv.company_domain and iv.company_domain not in app.domains:
        fold.emit(DomainAdded(app_id, iv.company_domain))
    stored, change = interview_change(known.interview if known else None, iv)
    if change == "stale":
        return app_id, change
    fold.emit(InterviewRecorded(account, stored, app_id, change))
    kind = _INTERVIEW_HAPPENING.get(change)
    if kind is not None:
        at = msg.date if msg and msg.date else now
        fact = _fact(observed, app_id, account, user, now) if observed else None
        fold.emit(
            HappeningRecorded(
                Happening(
                    id=f"{iv.uid}#{iv.sequence}:{kind}",
                    kind=kind,
                    at=at,
                    application=app_id,
                    account=account,
                    interview_uid=iv.uid,
                    message=fact,
                )
            )
        )
    return app_id, change


# -- messages -----------------------------------------------------------------


def _message(
    fold: _Folding,
    account: str,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
    interview_app: str,
    reminders: Mapping[str, Reminder],
) -> None:
    msg, out, state = observed.message, fold.out, fold.state
    from_user = msg.sender is not None and user.is_me(msg.sender.email)
    if from_user and _debrief(fold, account, observed, user, now, reminders):
        return
    found = assign(msg, user=user, index=state.index, from_user=from_user)
    app_id = found.application or interview_app
    hiring = any(s.kind != SignalKind.AUTOMATED for s in observed.signals)
    if not app_id and hiring and found.company_domain:
        started = _new_application(found)
        fold.emit(ApplicationStarted(started))
        app_id = started.id
    if not app_id:
        out.reason = found.reason
        return
    out.application, out.reason = app_id, found.reason or "the invitation's application"
    fact = _fact(observed, app_id, account, user, now)
    if fact.message_id in state.index.by_message:
        out.reason += " (already known)"
        return
    fold.emit(MessageRecorded(fact))
    _update_application(fold, app_id, fact, observed.signals, user)
    if not from_user:
        _happenings(fold, account, app_id, fact, observed.signals)


def _fact(
    observed: Observed, app_id: str, account: str, user: UserIdentity, now: datetime
) -> MessageFact:
    msg = observed.message
    sender = msg.sender or Person(email="")
    from_user = bool(msg.sender and user.is_me(msg.sender.email))
    automated = msg.auto_submitted or (not from_user and is_role_mailbox(sender.email))
    return MessageFact(
        message_id=msg.message_id or synthetic_id(msg),
        application=app_id,
        account=account,
        at=msg.date or now,
        sender=sender,
        to=(*msg.to, *msg.cc),
        reply_to=msg.reply_to,
        subject=msg.subject,
        text=observed.new_text[:TEXT_KEPT],
        references=msg.references,
        from_user=from_user,
        automated=automated,
    )


def _new_application(found: Assignment) -> Application:
    if found.agency:
        # An agency recruiter: the process is the client's; the agency is noted, and
        # its domain is not taken for the company's (the recruiter joins as a contact).
        client = found.client or f"a client of {found.company}"
        return Application(
            id=f"{found.company_domain}/{slug(found.client) or 'client'}",
            company=client,
            stage=Stage.APPLIED,
            agency=found.company,
        )
    return Application(
        id=found.company_domain,
        company=found.company,
        domains=(found.company_domain,),
        stage=Stage.APPLIED,
    )


def _update_application(
    fold: _Folding,
    app_id: str,
    fact: MessageFact,
    signals: tuple[Signal, ...],
    user: UserIdentity,
) -> None:
    # Every change is computed from the application as it was before this message.
    app = fold.state.application(app_id)
    if app is None:
        return
    if fact.from_user:
        fold.emit(LastMessage(app_id, True, max(filter(None, (app.last_from_me, fact.at)))))
    elif not fact.automated:
        fold.emit(LastMessage(app_id, False, max(filter(None, (app.last_from_them, fact.at)))))
        people = human_contacts((*fact.reply_to, fact.sender))
        people = tuple(p for p in people if not user.is_me(p.email))
        if people:
            fold.emit(ContactsAdded(app_id, people, people[0] if app.contact is None else None))
            domain = company_domain(people[0].email)
            if domain and not app.agency and domain not in app.domains:
                fold.emit(DomainAdded(app_id, domain))
    for s in signals:
        latest = app.last_from_them is None or fact.at >= app.last_from_them
        if s.kind in _STAGE_BY_SIGNAL and latest:
            fold.emit(StageMoved(app_id, _STAGE_BY_SIGNAL[s.kind]))
        elif s.kind == SignalKind.TIMEFRAME and s.due is not None:
            if app.timeframe_due is None or fact.at >= (app.last_from_them or fact.at):
                fold.emit(TimeframeStated(app_id, s.evidence, s.due, fact.at))
        elif s.kind == SignalKind.NEXT_STEPS and s.detail:
            fold.emit(NextStepAdded(app_id, s.detail))


def _happenings(
    fold: _Folding,
    account: str,
    app_id: str,
    fact: MessageFact,
    signals: tuple[Signal, ...],
) -> None:
    def add(kind: str, at: datetime, evidence: str = "", due: datetime | None = None) -> None:
        fold.emit(
            HappeningRecorded(
                Happening(
                    id=f"{fact.message_id}:{kind}",
                    kind=kind,
                    at=at,
                    application=app_id,
                    account=account,
                    message=fact,
                    evidence=evidence,
                    due=due,
                )
            )
        )

    if not fact.automated:
        add("reply.received", fact.at)
    for s in signals:
        kind = _HAPPENING_BY_SIGNAL.get(s.kind)
        if kind is None:
            continue
        if s.kind == SignalKind.TIMEFRAME:
            if s.due is not None:
                add(kind, s.due, s.evidence, s.due)
        else:
            add(kind, fact.at, s.evidence)


# -- debriefs -----------------------------------------------------------------


def _debrief(
    fold: _Folding,
    account: str,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
    reminders: Mapping[str, Reminder],
) -> bool:
    """The user's reply to one of our reminders about an interview: their debrief notes."""
    msg, state = observed.message, fold.state
    for ref in (msg.in_reply_to, *msg.references):
        m = _OURS.search(ref or "")
        reminder = reminders.get(m.group(1)) if m else None
        if reminder is None:
            continue
        known = state.interviews.get(reminder.interview_uid)
        if known is None:
            continue
        iv = known.interview
        note = parse_debrief(
            observed.new_text,
            interviewers=list(iv.interviewers),
            sent=msg.date or now,
            tz=user.timezone,
            quotes_stripped=True,
        )
        app_id = reminder.application
        fold.emit(
            HappeningRecorded(
                Happening(
                    id=f"{msg.message_id or ref}:debrief.received",
                    kind="debrief.received",
                    at=msg.date or now,
                    application=app_id,
                    account=account,
                    interview_uid=iv.uid,
                    message=_fact(observed, app_id, account, user, now),
                    debrief=note,
                )
            )
        )
        app = state.application(app_id)
        if app is not None and (note.timeframe_due or note.check_back):
            fold.emit(
                TimeframeStated(
                    app_id,
                    note.timeframe or app.timeframe,
                    note.timeframe_due or app.timeframe_due,
                    msg.date or now,
                )
            )
            fold.emit(CheckBackSet(app_id, note.check_back or app.check_back))
        fold.out.application, fold.out.reason = app_id, "your debrief notes"
        return True
    return False


def synthetic_id(msg: ParsedMessage) -> str:
    """A stable id for a message without Message-ID, so it is still recorded only once."""
    seed = f"{msg.date}|{msg.sender.email if msg.sender else ''}|{msg.subject}|{msg.text[:200]}"
    return f"<no-id.{hashlib.sha256(seed.encode()).hexdigest()[:20]}@followupd.invalid>"
