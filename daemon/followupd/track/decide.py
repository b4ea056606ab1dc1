"""The tracker's decision: a state and one understood message (or calendar event) → changes.

A message joins an application (or starts one: `understand.conversation.assign`),
is recorded once, and tells the application what moved: the stage (a rejection, an
offer), the contacts, a stated timeframe, next steps, when each side last wrote.
Its invitations record interviews (RFC 5546 order: the highest SEQUENCE wins, an
older revision read later is stale). An invitation that is an interview but for
its crowd records no interview, only `interview.crowded` (one note to the user). The
user's reply to one of our interview reminders is their debrief. Each happening rules
trigger on gets a stable id: message id + kind, interview uid + SEQUENCE + kind, or
(a crowd: one note however often it is updated) interview uid + kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from followupd.domain.model import (
    Application,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Stage,
    UserIdentity,
)
from followupd.domain.signals import Signal, SignalKind, Span, SpanUnit
from followupd.rules.world import Happening, MessageFact
from followupd.track.changes import (
    ApplicationStarted,
    ClientNamed,
    CompanyNamed,
    ContactsAdded,
    DomainAdded,
    HappeningRecorded,
    InterviewDropped,
    InterviewRecorded,
    LastMessage,
    MessageRecorded,
    NextStepAdded,
    RoleSet,
    StageMoved,
    TimeframeAwaitsInterview,
    TimeframeStated,
    merge_people,
)
from followupd.track.facts import OURS, Decision, Folding, Observed, Reminder, message_fact
from followupd.track.interview_people import (
    named_people,
    named_writes,
    still_absent,
    with_known_people,
    with_text_people,
    without_recruiter,
)
from followupd.track.reminder_replies import debrief
from followupd.track.state import TrackState, interview_change
from followupd.track.text_interviews import (
    SAME_SLOT,
    accepted,
    confirmed_weekday_twin,
    held_interviews,
    moved_in_thread,
    moved_target,
    rebooked_people,
    revision,
    same_slot,
    sessions_within,
    speaks_of_known,
    text_application,
    unclear,
)
from followupd.understand.conversation import (
    Assignment,
    application_for_interview,
    application_id,
    assign,
    slug,
)
from followupd.understand.ics import MAX_ATTENDEES_READ
from followupd.understand.naming import find_role, name_of_domain, strip_subject
from followupd.understand.people import company_domain, company_name, human_contacts
from followupd.understand.textanswer import PEOPLE_WRITTEN_TO, TextInterview
from followupd.understand.textpeople import titles_of
from followupd.understand.timeframe import span_due

_STAGE_BY_SIGNAL = {
    SignalKind.REJECTION: Stage.REJECTED,
    SignalKind.OFFER: Stage.OFFER,
    SignalKind.WITHDRAWAL: Stage.WITHDRAWN,
    SignalKind.ON_HOLD: Stage.ON_HOLD,
}
# Which wins when one message carries several (the first).
_STAGE_ORDER = {
    SignalKind.WITHDRAWAL: 0,
    SignalKind.REJECTION: 1,
    SignalKind.OFFER: 2,
    SignalKind.ON_HOLD: 3,
}
# Stages a message may move an application out of to "interviewing" (an invitation).
_BEFORE_INTERVIEWS = (Stage.APPLIED, Stage.WAITING, Stage.ON_HOLD)
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
    if OURS.match(observed.message.message_id or ""):
        out.reason = "one of followupd's own notes"
        return out
    fold = Folding(state.copy(), out)
    interview_app = ""
    for iv in observed.interviews:
        interview_app, change = _interview(fold, account, iv, observed, user, now)
        out.interviews[iv.uid] = change
        out.interview_log.append(change)
    text = observed.text
    if text is not None and text.accepting:
        # The user accepting a proposal ("Monday the 5th works"): what it books, sessions
        # and all; when nothing fits, `_text_interview` says so.
        text = accepted(fold.state.proposals, text, observed.message, user) or text
    if text is not None:
        # An unclear schedule is asked about once, its sessions kept with the question.
        sessions = text.sessions if text.kind != "uncertain" else ()
        first = replace(text, sessions=()) if sessions else text
        for found in (first, *sessions):
            app, uid, change = _text_interview(fold, account, found, observed, user, now)
            interview_app = interview_app or app
            if uid:
                out.interviews[uid] = change
            out.interview_log.append(change)
    _message(fold, account, observed, user, now, interview_app, reminders or {})
    for iv in observed.crowded:
        _crowded(fold, account, iv, observed, user, now)
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
        Folding(state.copy(), out), account, iv, observed, user, now
    )
    out.interviews[iv.uid] = change
    out.interview_log.append(change)
    return out


# -- interviews ---------------------------------------------------------------


def _interview(
    fold: Folding,
    account: str,
    iv: Interview,
    observed: Observed | None,
    user: UserIdentity,
    now: datetime,
    app_hint: str = "",
) -> tuple[str, str]:
    state = fold.state
    known = state.interviews.get(iv.uid)
    app_id = app_hint or application_for_interview(iv, state.index)
    if known is not None and known.application:
        app_id = known.application
    if known is None and not iv.uid.startswith("text:"):
        # The same slot told in a message's text first: one interview, never two.
        told = [k for k in held_interviews(fold, app_id) if k.interview.uid.startswith("text:")]
        within = sessions_within(told, iv)
        if len(within) > 1:
            # A hold over an agenda already read ("7:00 Greg, 8:00 Priya"): the sessions
            # are the interviews, each with its own people (the hold gives the addresses
            # of those the agenda only names).
            invited = tuple(p for p in iv.interviewers if not user.is_me(p.email))
            for more in named_people(within, invited, iv.dtstamp or now):
                _interview(fold, account, more, observed, user, now, app_id)
            return app_id, "the same as the sessions read from the text"
        for twin in told:
            if abs(twin.interview.start - iv.start) > SAME_SLOT:
                continue
            if twin.interview.end <= now:
                return app_id, "the same as the interview read from the text"
            fold.emit(InterviewDropped(twin.interview.uid, iv.uid))
    if known is None:
        iv = still_absent(fold, app_id, iv)
        iv = without_recruiter(
            state.application(app_id), iv, observed.message if observed else None, user
        )
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
    if app.agency and not app.domains:
        client = _client_of(app, iv, msg)
        if client is not None:
            fold.emit(client)
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
    if iv.status != CalendarStatus.CANCELLED and app.stage in _BEFORE_INTERVIEWS:
        fold.emit(StageMoved(app_id, Stage.INTERVIEWING, f'interview "{iv.title}"', iv.dtstamp))
    if iv.company_domain and iv.company_domain not in app.domains:
        fold.emit(DomainAdded(app_id, iv.company_domain))
    stored, change = interview_change(known.interview if known else None, iv)
    if change == "stale":
        return app_id, change
    fold.emit(InterviewRecorded(account, stored, app_id, change))
    waiting = _span_of(app.timeframe_span) if app.timeframe_span else None
    arranged = msg.date if msg is not None and msg.date else iv.dtstamp
    if (
        change == "new"
        and waiting is None
        and stored.status != CalendarStatus.CANCELLED
        and app.timeframe_due is not None
        and app.timeframe_at is not None
        and arranged is not None
        and app.timeframe_at < arranged
    ):
        # "We'll get back to you within two weeks", then an invitation: that is the
        # answer; a check-back after this interview counts from it, not from that promise.
        fold.emit(TimeframeStated(app_id, "", None, arranged))
    if waiting is not None and stored.status != CalendarStatus.CANCELLED:
        # A span promised before this interview was known ("3 business days after it").
        said = app.timeframe_at or now
        due = span_due(waiting, _on_clock_of(stored.end, said))
        fold.emit(TimeframeStated(app_id, app.timeframe, due, said))
    kind = _INTERVIEW_HAPPENING.get(change)
    if kind is not None:
        at = msg.date if msg and msg.date else now
        fact = message_fact(observed, app_id, account, user, now) if observed else None
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


QUOTED_NAMES_CHARS = 3000  # of a reply's quoted thread, searched for a session's people


def _text_interview(
    fold: Folding,
    account: str,
    found: TextInterview,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
) -> tuple[str, str, str]:
    """An interview its text fixes: (application, interview uid or '', change in words)."""
    if found.accepting:
        settled = accepted(fold.state.proposals, found, observed.message, user)
        if settled is None:
            app_id = text_application(fold, observed, user)
            return app_id, "", "you agree to a time, but none the mail you answer proposed fits"
        found = settled
    at = observed.message.date or now
    iv = found.interview
    app_id = text_application(fold, observed, user)
    if not app_id and iv is not None:
        app_id = application_for_interview(iv, fold.state.index)
    known = held_interviews(fold, app_id) if app_id else []
    if found.kind == "uncertain" or (iv is None and found.kind != "cancelled"):
        hiring = any(s.kind == SignalKind.CANDIDACY for s in observed.signals)
        if not (app_id and app_id in fold.state.index.applications) and not hiring:
            # Not part of any hiring process ("Interview with the Vampire", 8 pm): no note.
            return app_id, "", "unclear in the text, and no hiring process: nothing"
        if speaks_of_known(found, known, user):
            return app_id, "", "unclear in the text, but it speaks of an interview already known"
        unclear(fold, account, found, observed, app_id, user, now)
        return app_id, "", "unclear in the text (a note asks you)"
    if iv is not None and found.named_without_address and app_id:
        iv = with_known_people(fold, app_id, iv, found.named_without_address)
    if found.kind == "scheduled" and iv is not None:
        twin = same_slot(known, iv.start) or confirmed_weekday_twin(known, found, at, user)
        texts = (observed.new_text, observed.message.text[:QUOTED_NAMES_CHARS])
        moved = moved_in_thread(known, observed.message, iv, at, texts) if twin is None else None
        if moved is not None:
            new = revision(
                moved.interview, iv, at, start=iv.start, end=iv.end,
                status=CalendarStatus.CONFIRMED,
            )  # fmt: skip
            app, change = _interview(fold, account, new, observed, user, now, app_id)
            return app, new.uid, f"{change} (moved in the thread)"
        if twin is None:
            about = f"{observed.message.subject}\n{observed.message.text[:QUOTED_NAMES_CHARS]}"
            iv = rebooked_people(fold, app_id, iv, at, about) if app_id else iv
            if iv.unnamed and not iv.interviewers:
                iv = with_known_people(fold, app_id, iv, iv.unnamed)
            app, change = _interview(fold, account, iv, observed, user, now, app_id)
            return app, iv.uid, f"{change} (from the text)"
        # Whom the user wrote to confirm it are no interviewers of a meeting already
        # known with its people: the assistant who sent the invitation stays off it.
        told = () if PEOPLE_WRITTEN_TO in iv.reasons else iv.interviewers
        people, absent = with_text_people(
            twin.interview, told, observed.new_text, observed.message, user
        )
        if people == twin.interview.interviewers:
            return app_id, "", "already known (the same interview)"
        more = twin.interview.model_copy(
            update={"interviewers": people, "absent": absent, "dtstamp": at}
        )
        more = more.model_copy(update={"sequence": twin.interview.sequence + 1})
        app, change = _interview(fold, account, more, observed, user, now, app_id)
        return app, more.uid, f"{change} (people from the text)"
    texts = (observed.new_text, observed.message.text[:QUOTED_NAMES_CHARS])
    target = moved_target(known, found, at, texts)
    if target is None:
        if found.kind == "rescheduled" and iv is not None:
            app, change = _interview(fold, account, iv, observed, user, now, app_id)
            return app, iv.uid, f"{change} (from the text)"
        return app_id, "", "a cancellation of no known interview"
    if found.kind == "cancelled":
        new = revision(target.interview, None, at, status=CalendarStatus.CANCELLED)
    else:
        assert iv is not None
        new = revision(
            target.interview, iv, at, start=iv.start, end=iv.end, status=CalendarStatus.CONFIRMED
        )
    app, change = _interview(fold, account, new, observed, user, now, app_id)
    return app, new.uid, f"{change} (from the text)"


def _crowded(
    fold: Folding,
    account: str,
    iv: Interview,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
) -> None:
    """An interview but for its crowd: no interview recorded, one happening for the note."""
    app_id = fold.out.application  # the message's application, if it has one
    msg = observed.message
    count = len(iv.interviewers)
    # Past MAX_ATTENDEES_READ attendees the rest were never read: the count is a floor.
    many = f"at least {count}" if count >= MAX_ATTENDEES_READ - 1 else f"{count}"
    fold.emit(
        HappeningRecorded(
            Happening(
                id=f"{iv.uid}:interview.crowded",
                kind="interview.crowded",
                at=msg.date or now,
                application=app_id,
                account=account,
                interview_uid=iv.uid,
                message=message_fact(observed, app_id, account, user, now),
                evidence=f'"{iv.title}" invites {many} people besides you',
            )
        )
    )


# -- messages -----------------------------------------------------------------


def _message(
    fold: Folding,
    account: str,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
    interview_app: str,
    reminders: Mapping[str, Reminder],
) -> None:
    msg, out, state = observed.message, fold.out, fold.state
    from_user = msg.sender is not None and user.is_me(msg.sender.email)
    if from_user and debrief(fold, account, observed, user, now, reminders):
        return
    found = assign(msg, user=user, index=state.index, from_user=from_user)
    app_id = found.application or interview_app
    hiring = any(s.kind != SignalKind.AUTOMATED for s in observed.signals)
    named = next(
        (s.detail for s in observed.signals if s.kind == SignalKind.CANDIDACY and s.detail), ""
    )
    if not app_id and hiring and named and not found.company_domain:
        # An applicant-tracking notice naming the company ("Thank you for applying to Acme").
        app_id = state.index.by_name(named) or ""
        if not app_id:
            started = Application(id=application_id("", named), company=named, stage=Stage.APPLIED)
            fold.emit(ApplicationStarted(started))
            app_id = started.id
        found = Assignment(app_id, f"an applicant-tracking notice naming {named}")
    if not app_id and hiring and found.company_domain:
        started = _new_application(found)
        fold.emit(ApplicationStarted(started))
        app_id = started.id
    if not app_id:
        out.reason = found.reason
        return
    out.application, out.reason = app_id, found.reason or "the invitation's application"
    fact = message_fact(observed, app_id, account, user, now)
    if fact.message_id in state.index.by_message:
        out.reason += " (already known)"
        return
    fold.emit(MessageRecorded(fact))
    app = state.application(app_id)
    about_candidacy = any(s.kind == SignalKind.CANDIDACY for s in observed.signals)
    if app is not None and not app.role and about_candidacy:
        role = find_role(strip_subject(msg.subject), observed.new_text)
        if role:
            fold.emit(RoleSet(app_id, role))
    _update_application(fold, app_id, fact, observed.signals, user)
    if not from_user:
        if msg.sender is not None and not fact.automated:
            at = msg.date or now
            for more in named_writes(fold, app_id, msg, user, at):
                _interview(fold, account, more, observed, user, now, app_id)
        _happenings(fold, account, app_id, fact, observed.signals)


def _client_of(app: Application, iv: Interview, msg: ParsedMessage | None) -> ClientNamed | None:
    """The agency's client, once an interview has its people: the one company domain of
    the interviewers that is not the agency's ("Haulwise intro - Dana / Priyanka")."""
    agency = app.id.split("/", 1)[0]
    domains = {company_domain(p.email) for p in iv.interviewers} - {agency, ""}
    if len(domains) != 1:
        return None
    (domain,) = domains
    texts = (iv.title, msg.subject if msg else "", msg.text[:3000] if msg else "")
    shown = " / ".join(p.name for p in iv.interviewers if p.name)
    return ClientNamed(app.id, name_of_domain(domain, *texts, shown), domain)


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
    fold: Folding,
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
            titles = tuple(t for t in titles_of(people, fact.text) if t not in app.titles)
            primary = people[0] if app.contact is None else None
            fold.emit(ContactsAdded(app_id, people, primary, titles))
            domain = company_domain(people[0].email)
            if domain and not app.agency and domain not in app.domains:
                fold.emit(DomainAdded(app_id, domain))
            if domain and not app.agency and app.company == company_name(domain):
                # Named from its domain so far: how its people spell it, once they do.
                spelt = name_of_domain(domain, fact.subject, fact.text)
                if spelt != app.company:
                    fold.emit(CompanyNamed(app_id, spelt))
    latest = app.last_from_them is None or fact.at >= app.last_from_them
    staged = sorted(
        (s for s in signals if s.kind in _STAGE_BY_SIGNAL), key=lambda s: _STAGE_ORDER[s.kind]
    )
    if staged and latest:  # one stage per message: a rejection beats an "on hold"
        s = staged[0]
        fold.emit(StageMoved(app_id, _STAGE_BY_SIGNAL[s.kind], s.evidence, fact.at))
    for s in signals:
        if s.kind == SignalKind.TIMEFRAME and s.due is None and s.anchor == "interview":
            if s.span is not None and (app.timeframe_due is None or latest):
                _anchored_timeframe(fold, app_id, s, s.span, fact.at)
        elif s.kind == SignalKind.TIMEFRAME and s.due is not None:
            if app.timeframe_due is None or fact.at >= (app.last_from_them or fact.at):
                fold.emit(TimeframeStated(app_id, s.evidence, s.due, fact.at))
        elif s.kind == SignalKind.NEXT_STEPS and s.detail:
            fold.emit(NextStepAdded(app_id, s.detail))


def _anchored_timeframe(fold: Folding, app_id: str, s: Signal, span: Span, at: datetime) -> None:
    """ "Within 3 business days after your interview": counted from that interview — the
    next one from when it was said, else the last one — or, when none is known yet, kept
    on the application until one is (`_interview` counts it then)."""
    held = [
        known.interview
        for known in fold.state.interviews.values()
        if known.application == app_id and known.interview.status != CalendarStatus.CANCELLED
    ]
    upcoming = [iv for iv in held if iv.end >= at]
    chosen = min(upcoming, key=lambda iv: iv.end) if upcoming else None
    if chosen is None and held:
        chosen = max(held, key=lambda iv: iv.end)
    if chosen is not None:
        due = span_due(span, _on_clock_of(chosen.end, at))
        fold.emit(TimeframeStated(app_id, s.evidence, due, at))
    else:
        fold.emit(TimeframeAwaitsInterview(app_id, s.evidence, _span_text(span), at))


def _on_clock_of(moment: datetime, said: datetime) -> datetime:
    """`moment` on the wall clock of whoever said "3 business days after the interview"
    (their Date header's offset): a call that ends at 21:15 on a Tuesday in New York
    is Wednesday in UTC, but their third business day after it is still Friday."""
    if not said.utcoffset():  # naive, or said in UTC: nothing to go by
        return moment
    return moment.astimezone(said.tzinfo)


def _span_text(span: Span) -> str:
    return f"{span.count} {span.unit.value}"


def _span_of(text: str) -> Span | None:
    count, _, unit = text.partition(" ")
    try:
        return Span(count=int(count), unit=SpanUnit(unit))
    except ValueError:
        return None


def _happenings(
    fold: Folding,
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
