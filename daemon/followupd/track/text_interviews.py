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

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from followupd.domain.model import CalendarStatus, Interview, ParsedMessage, UserIdentity
from followupd.rules.world import Happening
from followupd.track.changes import HappeningRecorded, merge_people
from followupd.track.facts import Folding, Observed, message_fact
from followupd.track.state import KnownInterview
from followupd.understand.conversation import assign
from followupd.understand.quoting import sentences
from followupd.understand.textanswer import PEOPLE_WRITTEN_TO, Kind, TextInterview
from followupd.understand.tz import iana_zone

SAME_SLOT = timedelta(minutes=10)


def held_interviews(fold: Folding, app_id: str) -> list[KnownInterview]:
    return [
        k
        for k in fold.state.interviews.values()
        if k.application == app_id and k.interview.status != CalendarStatus.CANCELLED
    ]


def sessions_within(told: list[KnownInterview], iv: Interview) -> list[KnownInterview]:
    """The interviews read from text that lie inside `iv`'s time (a few minutes' slack)."""
    return [
        k
        for k in told
        if k.interview.start >= iv.start - SAME_SLOT and k.interview.end <= iv.end + SAME_SLOT
    ]


def same_slot(known: list[KnownInterview], start: datetime) -> KnownInterview | None:
    near = [k for k in known if abs(k.interview.start - start) <= SAME_SLOT]
    return min(near, key=lambda k: abs(k.interview.start - start)) if near else None


def confirmed_weekday_twin(
    known: list[KnownInterview], found: TextInterview, at: datetime, user: UserIdentity
) -> KnownInterview | None:
    """The interview the user's own reply confirms by weekday and clock time alone
    ("kein Problem, Dienstag um 8 Uhr passt mir gut", answering "Neuer Termin: Dienstag,
    22. September"): read from the reply's date, "Dienstag" is the next Tuesday, but the
    one interview ahead on a Tuesday at 8:00 within two weeks is the one meant. None when
    the reply writes the day of the month, or no such interview (or several) is known."""
    iv = found.interview
    if iv is None or not found.confirmed_by_user:
        return None
    zone = iana_zone(user.timezone) or UTC
    local = iv.start.astimezone(zone)
    if re.search(rf"(?<!\d){local.day}(?!\d)", found.evidence):
        return None  # the day was written: the reply's own reading stands
    ahead = [
        k
        for k in known
        if k.interview.start > at
        and k.interview.start != iv.start
        and k.interview.start - at <= timedelta(days=14)
        and (s := k.interview.start.astimezone(zone)).weekday() == local.weekday()
        and s.time() == local.time()
    ]
    return ahead[0] if len(ahead) == 1 else None


def text_application(fold: Folding, observed: Observed, user: UserIdentity) -> str:
    """The application the message belongs to by thread, contact or domain ('' if none)."""
    msg = observed.message
    from_user = msg.sender is not None and user.is_me(msg.sender.email)
    return assign(msg, user=user, index=fold.state.index, from_user=from_user).application or ""


def moved_target(
    known: list[KnownInterview], found: TextInterview, at: datetime, texts: tuple[str, ...] = ()
) -> KnownInterview | None:
    """The interview a move or a cancellation is about: the one at the old time it
    names, the one of the day it names, the one session of a schedule whose people it
    names ("Priyanka has a conflict during her slot"), else the next one to come."""
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
    for text in texts:
        folded = _moving_words(text)
        naming = [k for k in upcoming if _names_its_people(k.interview, folded)]
        if len(naming) == 1:
            return naming[0]
    if upcoming:
        return min(upcoming, key=lambda k: k.interview.start)
    return max(known, key=lambda k: k.interview.start) if known else None


def _names_company(iv: Interview, text: str) -> bool:
    """Whether the text names the interview's company by its name ("Harbourline - …")."""
    name = iv.company.strip()
    return len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) is not None


# A sentence saying sessions do not change ("Dana and Lisa stay exactly as planned"):
# the people it names are not the ones a move is about.
_UNCHANGED = re.compile(
    r"\b(?:stays?|remains?|unchanged|as planned|as scheduled|as before|still on|no change"
    r"|won['’]t change|doesn['’]t change|don['’]t change|bleib(?:t|en)|wie geplant)\b",
    re.IGNORECASE,
)


def _moving_words(text: str) -> str:
    """The text without its sentences saying sessions stay as they are, case-folded:
    what `_names_its_people` searches for the people of the session a mail moves."""
    return " ".join(s for s in sentences(text) if not _UNCHANGED.search(s)).casefold()


def _names_its_people(iv: Interview, folded: str) -> bool:
    """Whether `folded` (`_moving_words` of a text) names someone of the interview
    (full name, or first name)."""
    names = [p.name for p in iv.interviewers if p.name] + list(iv.unnamed)
    for name in names:
        words = name.casefold().split()
        if words and re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", folded):
            return True
    return False


REBOOKING_DAYS = 21  # a meeting fixed this soon after one was cancelled may rebook it


def rebooked_people(
    fold: Folding, app_id: str, iv: Interview, at: datetime, about: str = ""
) -> Interview:
    """A meeting fixed in text naming nobody (or only whom the user wrote to: the agency
    recruiter who found the new time), soon after one of the application was cancelled
    (or one of the company the mail `about` names: an agency's client): the rebooking,
    with the cancelled meeting's people ("same two people")."""
    if (iv.interviewers and PEOPLE_WRITTEN_TO not in iv.reasons) or iv.unnamed:
        return iv
    cancelled = [
        k.interview
        for k in fold.state.interviews.values()
        if (k.application == app_id or _names_company(k.interview, about))
        and k.interview.status == CalendarStatus.CANCELLED
        and k.interview.uid != iv.uid
        and k.interview.dtstamp is not None
        and timedelta(0) <= at - k.interview.dtstamp <= timedelta(days=REBOOKING_DAYS)
        and (k.interview.interviewers or k.interview.unnamed)
    ]
    if not cancelled:
        return iv
    # the invitation's people (with their addresses) before a text's names
    old = max(cancelled, key=lambda i: (bool(i.interviewers), i.dtstamp or at))
    held = [k for k in held_interviews(fold, app_id) if k.interview.dtstamp and old.dtstamp
            and k.interview.dtstamp > old.dtstamp]  # fmt: skip
    if held:
        return iv  # something was fixed after the cancellation already: not this one
    reasons = tuple(r for r in iv.reasons if r != PEOPLE_WRITTEN_TO)
    said = f"the people of the meeting it rebooks (cancelled, {old.start:%a %d %b %H:%M} UTC)"
    return iv.model_copy(
        update={
            "interviewers": old.interviewers,
            "unnamed": old.unnamed,
            "reasons": (*reasons, said),
        }
    )


def revision(old: Interview, found: Interview | None, at: datetime, **update: object) -> Interview:
    """The next revision of `old`: a higher sequence, stamped now, with `update`."""
    changes: dict[str, object] = {"sequence": old.sequence + 1, "dtstamp": at, **update}
    if found is not None and not (old.interviewers or old.unnamed):
        # Moving a meeting moves its people with it; only one that had none takes the
        # people the mail about the move gives (not the coordinator who moved a session).
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
    tentative = found.interview or found.tentative
    proposed = found.proposed or ((found.interview.start,) if found.interview else ())
    offset = msg.sent_offset
    if offset is not None:  # kept in the proposer's offset: the day they meant
        proposed = tuple(t.astimezone(timezone(offset)) for t in proposed)
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
                proposed=proposed if tentative is not None else (),
                tentative=tentative,
                moves=found.previous_start is not None or "moved" in found.uncertain,
                sessions=tuple(
                    iv for s in found.sessions if (iv := s.interview or s.tentative) is not None
                )
                if tentative is not None
                else (),
            )
        )
    )


def accepted(
    proposals: dict[str, Happening], found: TextInterview, msg: ParsedMessage, user: UserIdentity
) -> TextInterview | None:
    """The interview the user's reply settles by accepting one of the times the mail it
    answers proposed ("Could we push to Tuesday, same time?" — "No problem, Tuesday
    works."), or None: no proposal known, or what they name fits none or several."""
    answered = [r.strip("<>") for r in (msg.in_reply_to, *reversed(msg.references)) if r]
    h = next((proposals[r] for r in answered if r in proposals), None)
    if h is None or h.tentative is None or not h.proposed:
        return None
    zone = iana_zone(user.timezone)
    fits = list(h.proposed)
    for day, clock in found.accepts:
        fits = [t for t in fits if _fits(t, day, clock, zone)]
    if len(fits) != 1:
        return None
    start = fits[0].astimezone(UTC)
    tentative = h.tentative
    shift = start - tentative.start
    kind: Kind = "rescheduled" if h.moves else "scheduled"
    evidence = f"{found.evidence} (answering “{h.evidence}”)"[:600]

    def booked(iv: Interview) -> TextInterview:
        """One session of what the user accepted, at its time on the day accepted."""
        fixed = iv.model_copy(
            update={
                "start": iv.start + shift,
                "end": iv.end + shift,
                "status": CalendarStatus.CONFIRMED,
                "dtstamp": msg.date or iv.dtstamp,
            }
        )
        return replace(
            found, kind=kind, interview=fixed, evidence=evidence, accepts=(), accepting=False
        )

    first = booked(tentative)
    return replace(first, sessions=tuple(booked(iv) for iv in h.sessions))


def _fits(t: datetime, day: date | None, clock: time | None, zone: tzinfo | None) -> bool:
    """Whether a proposed time is the day and clock time a reply names, as the proposer
    wrote it or in the user's zone."""
    readings = [t] if zone is None else [t, t.astimezone(zone)]
    return any(
        (day is None or r.date() == day) and (clock is None or r.time() == clock) for r in readings
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
    known: list[KnownInterview],
    msg: ParsedMessage,
    iv: Interview,
    now: datetime,
    texts: tuple[str, ...] = (),
) -> KnownInterview | None:
    """An interview still ahead that this thread fixed in its text, now settled at
    another time in the same thread ("Could we move to Friday the 16th?" — "Friday at
    11:30 works for me"): the one interview, moved. A time for a later round comes after
    the first is over, so only an interview not yet held is moved."""
    refs = {r for r in (msg.in_reply_to, *msg.references) if r}
    found: list[KnownInterview] = []
    for k in known:
        old = k.interview
        if not old.uid.startswith("text:") or old.start <= now:
            continue
        if old.uid.split("#")[0] == iv.uid.split("#")[0]:
            continue  # another session of the same schedule
        thread = f"<{old.uid.removeprefix('text:').split('#')[0]}>" in refs
        if thread and abs(old.start - iv.start) > SAME_SLOT:
            found.append(k)
    for text in texts if len(found) > 1 else ():
        # A schedule's sessions: the one whose people the mail names.
        folded = _moving_words(text)
        naming = [k for k in found if _names_its_people(k.interview, folded)]
        if len(naming) == 1:
            return naming[0]
    return found[0] if found else None
