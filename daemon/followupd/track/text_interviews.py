"""Interviews read from a message's text, tracked: one interview per slot, whatever told it.

A text interview (`understand.textinterview`) joins its message's application (the
thread first, as any message; then as an invitation would). Then:

- scheduled: a known interview of that application at the same time (within
  `SAME_SLOT`) is the same interview — a confirmation of the invitation, or the
  recruiter's mail about it: nothing new, only people it adds. Otherwise a new
  interview (uid "text:<message-id>").
- rescheduled: the interview it moves — the one at the old time when the text says
  it, else the next one to come, else the last — gets the new time (a higher
  sequence), as an updated invitation would; with none known, a new interview.
- cancelled: the same interview, cancelled.
- uncertain: no interview; one `interview.unclear` happening, so the user is asked.

A calendar invitation for the slot of a text interview replaces it (`InterviewDropped`
in `decide._interview`): one interview, never two.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from followupd.domain.model import CalendarStatus, Interview, ParsedMessage, UserIdentity
from followupd.rules.world import Happening
from followupd.track.changes import HappeningRecorded, merge_people
from followupd.track.facts import Folding, Observed, message_fact
from followupd.track.state import KnownInterview
from followupd.understand.conversation import assign
from followupd.understand.textanswer import TextInterview
from followupd.understand.tz import iana_zone

SAME_SLOT = timedelta(minutes=10)


def held_interviews(fold: Folding, app_id: str) -> list[KnownInterview]:
    return [
        k
        for k in fold.state.interviews.values()
        if k.application == app_id and k.interview.status != CalendarStatus.CANCELLED
    ]


def same_slot(known: list[KnownInterview], start: datetime) -> KnownInterview | None:
    near = [k for k in known if abs(k.interview.start - start) <= SAME_SLOT]
    return min(near, key=lambda k: abs(k.interview.start - start)) if near else None


def text_application(fold: Folding, observed: Observed, user: UserIdentity) -> str:
    """The application the message belongs to by thread, contact or domain ('' if none)."""
    msg = observed.message
    from_user = msg.sender is not None and user.is_me(msg.sender.email)
    return assign(msg, user=user, index=fold.state.index, from_user=from_user).application or ""


def moved_target(
    known: list[KnownInterview], found: TextInterview, at: datetime
) -> KnownInterview | None:
    """The interview a move or a cancellation is about."""
    if found.previous_start is not None:
        hit = same_slot(known, found.previous_start)
        if hit is not None:
            return hit
    if found.kind == "cancelled" and found.interview is not None:
        hit = same_slot(known, found.interview.start)
        if hit is not None:
            return hit
    if found.day is not None:
        on_day = [k for k in known if k.interview.start.date() == found.day]
        if len(on_day) == 1:
            return on_day[0]
    upcoming = [k for k in known if k.interview.end >= at]
    if upcoming:
        return min(upcoming, key=lambda k: k.interview.start)
    return max(known, key=lambda k: k.interview.start) if known else None


def revision(old: Interview, found: Interview | None, at: datetime, **update: object) -> Interview:
    """The next revision of `old`: a higher sequence, stamped now, with `update`."""
    changes: dict[str, object] = {"sequence": old.sequence + 1, "dtstamp": at, **update}
    if found is not None:
        changes["interviewers"] = merge_people(old.interviewers, found.interviewers)
    return old.model_copy(update=changes)


def unclear(
    fold: Folding,
    account: str,
    found: TextInterview,
    observed: Observed,
    app_id: str,
    user: UserIdentity,
    now: datetime,
) -> None:
    msg = observed.message
    fold.emit(
        HappeningRecorded(
            Happening(
                id=f"{msg.message_id}:interview.unclear",
                kind="interview.unclear",
                at=msg.date or now,
                application=app_id,
                account=account,
                message=message_fact(observed, app_id, account, user, now),
                evidence=f"{found.uncertain}: “{found.evidence}”"
                if found.uncertain
                else found.evidence,
            )
        )
    )


def speaks_of_known(found: TextInterview, known: list[KnownInterview], user: UserIdentity) -> bool:
    """An unclear mention that is an interview already known ("Reminder: your interview
    is tomorrow"; one of the proposed times is the one booked): nothing to ask. A move
    is always asked about."""
    if found.previous_start is not None or "moved" in found.uncertain:
        return False
    zone = iana_zone(user.timezone)
    for k in known:
        start = k.interview.start
        local = start.astimezone(zone).date() if zone is not None else None
        if found.day is not None and local == found.day:
            return True
        if any(abs(t - start) < timedelta(minutes=1) for t in found.proposed):
            return True
    return False


def moved_in_thread(
    known: list[KnownInterview], msg: ParsedMessage, iv: Interview, now: datetime
) -> KnownInterview | None:
    """An interview still ahead that this thread fixed in its text, now settled at
    another time in the same thread ("Could we move to Friday the 16th?" — "Friday at
    11:30 works for me"): the one interview, moved. A time for a later round comes after
    the first is over, so only an interview not yet held is moved."""
    refs = {r for r in (msg.in_reply_to, *msg.references) if r}
    for k in known:
        old = k.interview
        if not old.uid.startswith("text:") or old.start <= now:
            continue
        thread = f"<{old.uid.removeprefix('text:').split('#')[0]}>" in refs
        if thread and abs(old.start - iv.start) > SAME_SLOT:
            return k
    return None
