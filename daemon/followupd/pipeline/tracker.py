"""The tracker's apply step: the changes `track.decide` chose → the state file, in one transaction.

The decision is pure (`followupd.track`); this module loads what it reads once
(applications, their messages, interviews, happening ids), hands it one message at
a time, writes the changes it returns in one transaction, and folds them into the
in-memory state as it goes — the store is never re-read after a write. Happenings
keep their stable ids, so reading a message again (a restart, a UIDVALIDITY
resync) never fires anything twice.

A decision that cannot be written (or a change that cannot be folded in) is undone
whole: the file rolls back to before the message, the state is read again, and
the error goes to the caller, which records the message as failed and goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followupd.domain.intents import IntentKind
from followupd.domain.model import Interview, ParsedMessage, UserIdentity
from followupd.domain.signals import Signal
from followupd.store import Store
from followupd.track import (
    ApplicationStarted,
    Decision,
    HappeningRecorded,
    InterviewDropped,
    InterviewRecorded,
    KnownInterview,
    MessageRecorded,
    Observed,
    Reminder,
    TrackState,
    decide,
    decide_interview,
)
from followupd.track.facts import our_keys, synthetic_id
from followupd.understand.conversation import ApplicationIndex
from followupd.understand.quoting import new_text

__all__ = ["Tracked", "Tracker", "load_state", "synthetic_id"]


@dataclass
class Tracked:
    """What one message changed, for the log line and explain."""

    application: str = ""
    reason: str = ""
    happenings: list[str] = field(default_factory=list)
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    interview_log: list[str] = field(default_factory=list)  # each interview's change, in order


def load_state(store: Store) -> TrackState:
    """What the decision reads, from the state file (once per tracker)."""
    state = TrackState(
        index=store.index(),
        interviews={
            iv.uid: KnownInterview(account, app, iv)
            for account, app, iv in store.interviews_with_application()
        },
        happenings=store.happening_ids(),
    )
    for h in store.happenings(kind="interview.unclear"):
        state.remember_proposal(h)
    return state


class Tracker:
    def __init__(self, store: Store, user: UserIdentity) -> None:
        self.store = store
        self.user = user
        self.state = load_state(store)

    @property
    def index(self) -> ApplicationIndex:
        return self.state.index

    def track(self, account: str, observed: Observed, now: datetime) -> Tracked:
        """Record one understood message: its interviews, then the message."""
        decision = decide(
            self.state,
            account,
            observed,
            user=self.user,
            now=now,
            reminders=self._reminders(observed.message),
        )
        return self.apply(decision, now)

    def interview(self, account: str, iv: Interview, now: datetime) -> tuple[str, str]:
        """Record an interview from a calendar; returns (application id, change)."""
        done = self.apply(decide_interview(self.state, account, iv, user=self.user, now=now), now)
        return done.application, done.interviews[iv.uid]

    def message(
        self, account: str, msg: ParsedMessage, signals: list[Signal], now: datetime
    ) -> Tracked:
        """Record a message known only from its facts (the user's Sent headers, tests)."""
        observed = Observed(msg, new_text(msg.text), tuple(signals))
        return self.track(account, observed, now)

    def apply(self, decision: Decision, now: datetime) -> Tracked:
        """Write a decision's changes in one transaction and fold them into the state."""
        out = Tracked(
            decision.application,
            decision.reason,
            interviews=dict(decision.interviews),
            interview_log=list(decision.interview_log),
        )
        try:
            self._write(decision, now, out)
        except Exception:
            # Undone in the file (the savepoint); the state in memory may hold half of it,
            # so it is read again: the next message is tracked as if this one never came.
            self.state = load_state(self.store)
            raise
        return out

    def _write(self, decision: Decision, now: datetime, out: Tracked) -> None:
        touched: dict[str, None] = {}
        with self.store.savepoint():
            for change in decision.changes:
                if isinstance(change, MessageRecorded):
                    self.store.add_message(change.fact)
                elif isinstance(change, InterviewRecorded):
                    self.store.put_interview(
                        change.account, change.interview, now, application=change.application
                    )
                elif isinstance(change, InterviewDropped):
                    self.store.drop_interview(change.uid)
                elif isinstance(change, HappeningRecorded):
                    if self.store.add_happening(change.happening, now):
                        out.happenings.append(change.happening.kind)
                elif isinstance(change, ApplicationStarted):
                    touched[change.app.id] = None
                else:
                    touched[change.application] = None
                self.state.apply(change)
            for app_id in touched:
                app = self.state.application(app_id)
                if app is not None:
                    self.store.put_application(app, now)

    def _reminders(self, msg: ParsedMessage) -> dict[str, Reminder]:
        """Our interview reminders this message answers (a debrief is a reply to one)."""
        found: dict[str, Reminder] = {}
        if msg.sender is None or not self.user.is_me(msg.sender.email):
            return found
        for key in our_keys(msg):
            stored = self.store.intent(key)
            if stored is not None and stored.intent.kind == IntentKind.REMIND:
                found[key] = Reminder(stored.intent.application, stored.intent.subject_ref)
        return found
