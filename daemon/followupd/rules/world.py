"""What the engine sees: a snapshot of everything known, as plain frozen data.

The store builds a World before each planning pass; the engine never reads
anything else. Conditions are evaluated against the World of the pass, so a
condition that becomes true later (the company replied, the draft was sent)
withdraws what it no longer allows at the next pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followupd.domain.model import Application, Interview, Person, UserIdentity
from followupd.domain.signals import DebriefNote


@dataclass(frozen=True)
class MessageFact:
    """A message of a hiring conversation, from them or from the user (Sent)."""

    message_id: str
    application: str
    account: str
    at: datetime
    sender: Person
    to: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    subject: str = ""
    text: str = ""  # the new text (quotes stripped), possibly shortened
    references: tuple[str, ...] = ()
    from_user: bool = False
    automated: bool = False
    language: str = ""  # en, de, fr, es; "" unsure (understand/language.py)
    offers_feedback: bool = False  # they offered to tell you how you did


@dataclass(frozen=True)
class Happening:
    """Something that happened in a hiring process: the events rules trigger on."""

    id: str  # stable across runs (message id + kind, interview uid + sequence)
    kind: str  # a trigger name: interview.scheduled, rejection.received, …
    at: datetime  # the moment the trigger is anchored to
    application: str
    account: str
    interview_uid: str = ""
    message: MessageFact | None = None
    evidence: str = ""
    due: datetime | None = None  # timeframe.stated: the moment they promised
    debrief: DebriefNote | None = None
    # interview.unclear: the times proposed (in the proposer's offset), the interview as
    # it would be at the first, and whether it moves one already set — so that the
    # user's reply accepting one ("Tuesday works") settles it.
    proposed: tuple[datetime, ...] = ()
    tentative: Interview | None = None
    moves: bool = False
    # A schedule proposed for a day ("Could you do Monday? 11:00 Viktor, 12:00 Grace"):
    # its sessions after the first, as they would be; accepting the day books them all.
    sessions: tuple[Interview, ...] = ()


@dataclass(frozen=True)
class DraftFact:
    """A draft followupd wrote, and what became of it."""

    key: str
    rule_id: str
    application: str
    account: str
    subject_ref: str
    to: tuple[str, ...]
    written_at: datetime
    still_in_drafts: bool | None = None  # None: not known (not looked at)
    sent: bool | None = None


@dataclass(frozen=True)
class Cancellation:
    application: str
    rule_id: str
    at: datetime


@dataclass
class World:
    user: UserIdentity
    now: datetime
    applications: dict[str, Application] = field(default_factory=dict)
    # (account, application id, interview)
    interviews: list[tuple[str, str, Interview]] = field(default_factory=list)
    happenings: list[Happening] = field(default_factory=list)
    messages: list[MessageFact] = field(default_factory=list)
    drafts: list[DraftFact] = field(default_factory=list)
    cancellations: list[Cancellation] = field(default_factory=list)

    def interview(self, uid: str) -> tuple[str, str, Interview] | None:
        for entry in self.interviews:
            if entry[2].uid == uid:
                return entry
        return None

    def from_company_since(self, application: str, since: datetime) -> list[MessageFact]:
        """Messages a person of the company wrote after `since` (not automated)."""
        return [
            m
            for m in self.messages
            if m.application == application and not m.from_user and not m.automated and m.at > since
        ]

    def user_wrote_to(self, emails: set[str], since: datetime) -> list[MessageFact]:
        return [
            m
            for m in self.messages
            if m.from_user and m.at > since and any(p.email in emails for p in m.to)
        ]

    def cancelled(self, application: str, rule_id: str, moment: datetime) -> bool:
        """A cancel action withdrew this rule for the application after `moment` happened."""
        return any(
            c.application == application and c.rule_id == rule_id and c.at >= moment
            for c in self.cancellations
        )
