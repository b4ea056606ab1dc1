"""What the tracker knows before a message: applications, their messages, interviews.

`TrackState` is plain data (built by the pipeline from the state file, or by a
test from objects); `apply` folds one change into it, as the store records it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from followupd.domain.model import Application, CalendarStatus, Interview
from followupd.rules.world import Happening
from followupd.track.changes import (
    ApplicationStarted,
    Change,
    HappeningRecorded,
    InterviewDropped,
    InterviewRecorded,
    MessageRecorded,
)
from followupd.understand.conversation import ApplicationIndex


@dataclass(frozen=True)
class KnownInterview:
    account: str
    application: str
    interview: Interview


@dataclass
class TrackState:
    index: ApplicationIndex = field(default_factory=ApplicationIndex)
    interviews: dict[str, KnownInterview] = field(default_factory=dict)  # uid -> known
    happenings: set[str] = field(default_factory=set)  # ids already recorded
    # interview.unclear happenings that proposed times, by the proposing message's id
    # (without <>): what a reply accepting one of them settles.
    proposals: dict[str, Happening] = field(default_factory=dict)

    def application(self, app_id: str) -> Application | None:
        return self.index.applications.get(app_id)

    def copy(self) -> TrackState:
        """A copy to fold changes into without touching this one (values are immutable)."""
        return TrackState(
            index=ApplicationIndex(
                applications=dict(self.index.applications),
                by_message=dict(self.index.by_message),
            ),
            interviews=dict(self.interviews),
            happenings=copy.copy(self.happenings),
            proposals=dict(self.proposals),
        )

    def remember_proposal(self, h: Happening) -> None:
        if h.kind == "interview.unclear" and h.proposed and h.message is not None:
            self.proposals[h.message.message_id.strip("<>")] = h

    def apply(self, change: Change) -> None:
        """Fold one change into the state, as the store records it."""
        apps = self.index.applications
        if isinstance(change, ApplicationStarted):
            apps[change.app.id] = change.app
        elif isinstance(change, MessageRecorded):
            self.index.by_message.setdefault(change.fact.message_id, change.fact.application)
        elif isinstance(change, InterviewRecorded):
            uid = change.interview.uid
            old = self.interviews.get(uid)
            self.interviews[uid] = KnownInterview(
                account=old.account if old else change.account,
                application=change.application or (old.application if old else ""),
                interview=change.interview,
            )
        elif isinstance(change, InterviewDropped):
            self.interviews.pop(change.uid, None)
        elif isinstance(change, HappeningRecorded):
            self.happenings.add(change.happening.id)
            self.remember_proposal(change.happening)
        else:
            app = apps.get(change.application)
            if app is not None:
                apps[app.id] = change.on(app)


def interview_change(old: Interview | None, new: Interview) -> tuple[Interview, str]:
    """The interview to keep and what happened: new, rescheduled, updated, cancelled, stale.

    Updates are applied by RFC 5546 order (SEQUENCE, then DTSTAMP), whatever order
    the messages arrive in: an older revision read later is "stale".
    """
    if old is not None and not new.supersedes(old):
        return old, "stale"
    if old is not None and new.status == CalendarStatus.CANCELLED:
        # A cancellation often carries fewer details; keep what we knew.
        new = old.model_copy(
            update={
                "status": CalendarStatus.CANCELLED,
                "sequence": new.sequence,
                "dtstamp": new.dtstamp,
            }
        )
    if old is None:
        return new, "cancelled" if new.status == CalendarStatus.CANCELLED else "new"
    if new.status == CalendarStatus.CANCELLED:
        return new, "cancelled"
    if old.absent:
        # Who an earlier revision's mail said would not take part stays out of the next.
        absent = tuple(dict.fromkeys((*old.absent, *new.absent)))
        kept = tuple(p for p in new.interviewers if p.email.lower() not in absent)
        new = new.model_copy(update={"absent": absent, "interviewers": kept or new.interviewers})
    if old.titles:
        titles = {**dict(old.titles), **dict(new.titles)}
        new = new.model_copy(update={"titles": tuple(titles.items())})
    moved = (old.start, old.end) != (new.start, new.end)
    return new, "rescheduled" if moved else "updated"
