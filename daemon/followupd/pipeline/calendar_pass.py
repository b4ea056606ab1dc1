"""Calendars as a source: read each configured calendar, record the interviews it holds.

    problems = read_calendars(settings, store, lambda: Tracker(store, user), now)

For every `[[calendars]]` entry: load the state stored after the last read, ask the
reader what changed since, judge each event as an interview (the same judge as for
invitations in mail, so one interview known both ways is one interview, by UID),
record interviews through the Tracker, turn events deleted from the calendar into
cancellations of the interviews they were, and store the new state — all in one
transaction, so a crash neither skips nor repeats a change.

A calendar is not an invitation: its events carry no METHOD (a feed says PUBLISH),
so they are judged without one. An event with nobody from a company invited counts
only when its title or text says interview (the judge's evidence rules). Recurring
events (an interview is not a series) and all-day events (no time to follow up
after) are skipped; events the user declined are not attended, and an interview
already known from mail that the user declines is cancelled.

One broken calendar (unreachable, a refused login, a failing password_command) is
logged and reported; it never stops the others or the mail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import structlog

from followupd.calendars import CalendarReader, open_calendar
from followupd.config import CalDavCalendar, IcsFileCalendar, IcsUrlCalendar, Settings
from followupd.domain.errors import FollowupdError
from followupd.domain.model import CalendarItem, CalendarStatus, UserIdentity
from followupd.pipeline.tracker import Tracker
from followupd.secrets import redact
from followupd.store import Store
from followupd.understand.interview import judge

log = structlog.get_logger("followupd")

DECLINED = "the user declined this event"

Calendar = CalDavCalendar | IcsUrlCalendar | IcsFileCalendar
ReaderFactory = Callable[[Calendar], CalendarReader]


@dataclass
class CalendarRead:
    """What reading one calendar recorded."""

    name: str
    items: int = 0
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)
    problems: list[str] = field(default_factory=list)


def read_calendars(
    settings: Settings,
    store: Store,
    tracker_factory: Callable[[], Tracker],
    now: datetime,
    *,
    open_reader: ReaderFactory = open_calendar,
    found: dict[str, str] | None = None,
) -> list[str]:
    """Read every configured calendar once; returns the problems, each naming its calendar.

    Interviews are recorded for the first configured mail account (their drafts go to
    its Drafts folder). `found`, when given, collects interview uid → change.
    """
    problems: list[str] = []
    account = next(iter(settings.accounts), "")
    user = settings.user.identity()
    for config in settings.calendars:
        done = read_calendar(config, store, tracker_factory, user, account, now, open_reader)
        problems.extend(done.problems)
        if found is not None:
            found.update(done.interviews)
    return problems


def read_calendar(
    config: Calendar,
    store: Store,
    tracker_factory: Callable[[], Tracker],
    user: UserIdentity,
    account: str,
    now: datetime,
    open_reader: ReaderFactory = open_calendar,
) -> CalendarRead:
    """Read one calendar and record what it holds; never raises for a calendar's fault."""
    name = config.name
    out = CalendarRead(name)
    try:
        reader = open_reader(config)
        changes = reader.read_changes(store.calendar_state(name), default_tz=user.timezone)
    except Exception as exc:  # one broken calendar never stops the others or the mail
        reason = _safe_reason(exc, config)
        out.problems.append(f"calendar {name}: {reason}")
        log.warning("calendar.failed", calendar=name, reason=reason)
        return out
    out.problems.extend(f"calendar {name}: {p}" for p in changes.problems)
    source = f"calendar {name}"
    with store.transaction():
        tracker = tracker_factory()
        for item in changes.items:
            out.items += 1
            _record_item(item, tracker, store, user, account, source, now, out)
        for uid in changes.deleted_uids:
            _cancel(uid, tracker, store, account, now, out, "deleted from the calendar")
        store.set_calendar_state(name, changes.state, now)
    counts: dict[str, int] = {}
    for change in out.interviews.values():
        counts[change] = counts.get(change, 0) + 1
    log.info(
        "calendar.done",
        calendar=name,
        account=account or None,
        items=out.items,
        deleted=len(changes.deleted_uids),
        full=changes.full,
        interviews=len(out.interviews),
        changes=counts,
        problems=len(out.problems),
    )
    return out


def _record_item(
    item: CalendarItem,
    tracker: Tracker,
    store: Store,
    user: UserIdentity,
    account: str,
    source: str,
    now: datetime,
    out: CalendarRead,
) -> None:
    skip = _not_followed(item)
    if skip:
        out.skipped.append((item.summary, skip))
        return
    # A calendar holds events, not invitations: no METHOD (a feed's PUBLISH says nothing).
    verdict = judge(item.model_copy(update={"method": ""}), user=user, source=source)
    if verdict.interview is None:
        out.skipped.append((item.summary, verdict.reason))
        if verdict.reason == DECLINED:
            # Known from an invitation, then declined in the calendar: not attended.
            _cancel(item.uid, tracker, store, account, now, out, DECLINED)
        return
    _, change = tracker.interview(account, verdict.interview, now)
    out.interviews[item.uid] = change


def _not_followed(item: CalendarItem) -> str:
    """Why an event is never followed as an interview, or ''."""
    if item.recurring or item.recurrence_id is not None:
        return "a recurring event (an interview is a single event)"
    if item.all_day:
        return "an all-day event (no interview time to follow up after)"
    return ""


def _cancel(
    uid: str,
    tracker: Tracker,
    store: Store,
    account: str,
    now: datetime,
    out: CalendarRead,
    why: str,
) -> None:
    """A known interview is off: record a cancellation (a newer SEQUENCE) so rules withdraw."""
    known = store.interview(uid)
    if known is None or known.status == CalendarStatus.CANCELLED:
        return
    cancelled = known.model_copy(
        update={"status": CalendarStatus.CANCELLED, "sequence": known.sequence + 1, "dtstamp": now}
    )
    _, change = tracker.interview(account, cancelled, now)
    out.interviews[uid] = change
    log.info("calendar.interview_cancelled", calendar=out.name, uid=uid, reason=why)


def _safe_reason(exc: Exception, config: Calendar) -> str:
    """The error in words, without a password or an ICS address's secret path."""
    text = str(exc) or type(exc).__name__
    if not isinstance(exc, FollowupdError):
        text = f"{type(exc).__name__}: {text}"
    secrets: list[str] = []
    if isinstance(config, IcsUrlCalendar):
        url = config.url.get_secret_value()
        secrets.append(url)
        secrets.extend(part for part in url.split("/")[3:] if len(part) >= 6)
    if isinstance(config, CalDavCalendar) and config.password is not None:
        secrets.append(config.password.get_secret_value())
    return redact(text, *secrets)
