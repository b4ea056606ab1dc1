"""Tracking, decided purely: the state of the hiring processes + one understood message → changes.

    state = TrackState(index=..., interviews=...)
    decision = decide(state, Observed(message, new_text, signals, interviews), ...)
    for change in decision.changes: ...   # the pipeline writes them (pipeline/tracker.py)

No I/O and no SQLite: `decide` reads a `TrackState` and returns typed `Change`s
(an application started, a message recorded, a stage moved, an interview recorded,
a happening recorded, …). `TrackState.apply` folds a change into the state, so the
caller keeps its in-memory state current without reading the store again.
Happenings keep stable ids (message id + kind, interview uid + sequence + kind), so
reading a message again never fires anything twice.
"""

from followupd.track.changes import (
    ApplicationStarted,
    Change,
    CheckBackSet,
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
)
from followupd.track.decide import decide, decide_interview
from followupd.track.facts import Decision, Observed, Reminder
from followupd.track.state import KnownInterview, TrackState, interview_change

__all__ = [
    "ApplicationStarted",
    "Change",
    "CheckBackSet",
    "ContactsAdded",
    "Decision",
    "DomainAdded",
    "HappeningRecorded",
    "InterviewDropped",
    "InterviewRecorded",
    "KnownInterview",
    "LastMessage",
    "MessageRecorded",
    "NextStepAdded",
    "Observed",
    "Reminder",
    "RoleSet",
    "StageMoved",
    "TimeframeAwaitsInterview",
    "TimeframeStated",
    "TrackState",
    "decide",
    "decide_interview",
    "interview_change",
]
