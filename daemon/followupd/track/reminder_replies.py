"""The user's debrief: their reply to one of our interview reminders (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from followupd.domain.model import UserIdentity
from followupd.rules.world import Happening
from followupd.track.changes import CheckBackSet, HappeningRecorded, TimeframeStated
from followupd.track.facts import OURS, Folding, Observed, Reminder, message_fact
from followupd.understand.debrief import parse_debrief


def debrief(
    fold: Folding,
    account: str,
    observed: Observed,
    user: UserIdentity,
    now: datetime,
    reminders: Mapping[str, Reminder],
) -> bool:
    """The user's reply to one of our reminders about an interview: their debrief notes."""
    msg, state = observed.message, fold.state
    for ref in (msg.in_reply_to, *msg.references):
        m = OURS.search(ref or "")
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
                    message=message_fact(observed, app_id, account, user, now),
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
