"""The changes one message makes to the hiring processes: typed, plain values.

Each application change names its application and says how it alters it
(`on(app)`); the values are absolute where the decision computed them from the
state before the message (a stage, a timeframe), and merges where adding twice is
harmless (contacts, domains), so applying a change again leaves the same application.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followupd.domain.model import Application, Interview, Person, Stage
from followupd.rules.world import Happening, MessageFact

NEXT_STEPS_KEPT = 5


@dataclass(frozen=True)
class ApplicationStarted:
    """A hiring process seen for the first time."""

    app: Application


@dataclass(frozen=True)
class RoleSet:
    application: str
    role: str

    def on(self, app: Application) -> Application:
        return app.model_copy(update={"role": self.role})


@dataclass(frozen=True)
class ClientNamed:
    """An agency's client, unknown until its people appear (an interview with them)."""

    application: str
    company: str
    domain: str

    def on(self, app: Application) -> Application:
        domains = merge_domains(app.domains, self.domain)
        return app.model_copy(update={"company": self.company, "domains": domains})


@dataclass(frozen=True)
class CompanyNamed:
    """The company's name as its people write it ("Mesa Verde Insurance"), replacing one
    built from its domain ("Mesaverdeins") when the first message did not spell it."""

    application: str
    company: str

    def on(self, app: Application) -> Application:
        return app.model_copy(update={"company": self.company})


@dataclass(frozen=True)
class ContactsAdded:
    """People of the company met in the mailbox; `primary` becomes the contact when set."""

    application: str
    people: tuple[Person, ...]
    primary: Person | None = None
    titles: tuple[tuple[str, str], ...] = ()  # (address, job title) their mail gives

    def on(self, app: Application) -> Application:
        update: dict[str, object] = {"contacts": merge_people(app.contacts, self.people)}
        if self.primary is not None:
            update["contact"] = self.primary
        if self.titles:
            update["titles"] = tuple({**dict(app.titles), **dict(self.titles)}.items())
        return app.model_copy(update=update)


@dataclass(frozen=True)
class DomainAdded:
    application: str
    domain: str

    def on(self, app: Application) -> Application:
        return app.model_copy(update={"domains": merge_domains(app.domains, self.domain)})


@dataclass(frozen=True)
class StageMoved:
    application: str
    stage: Stage
    evidence: str = ""  # the sentence (or event) that moved it, for status and explain
    at: datetime | None = None

    def on(self, app: Application) -> Application:
        return app.model_copy(
            update={"stage": self.stage, "stage_evidence": self.evidence, "stage_at": self.at}
        )


@dataclass(frozen=True)
class LastMessage:
    """The latest message from them (or from the user) is now at `at`."""

    application: str
    from_user: bool
    at: datetime

    def on(self, app: Application) -> Application:
        key = "last_from_me" if self.from_user else "last_from_them"
        return app.model_copy(update={key: self.at})


@dataclass(frozen=True)
class TimeframeStated:
    """When they said they would answer (their words, the moment, when it was said)."""

    application: str
    timeframe: str
    due: datetime | None
    at: datetime

    def on(self, app: Application) -> Application:
        return app.model_copy(
            update={
                "timeframe": self.timeframe,
                "timeframe_due": self.due,
                "timeframe_at": self.at,
                "timeframe_span": "",
            }
        )


@dataclass(frozen=True)
class TimeframeAwaitsInterview:
    """A span counted from an interview that is not known yet: due once it is."""

    application: str
    timeframe: str
    span: str  # "3 business_days" (`Span.count`, `Span.unit`)
    at: datetime

    def on(self, app: Application) -> Application:
        return app.model_copy(
            update={
                "timeframe": self.timeframe,
                "timeframe_due": None,
                "timeframe_at": self.at,
                "timeframe_span": self.span,
            }
        )


@dataclass(frozen=True)
class CheckBackSet:
    """When the user wants to check back (from their debrief)."""

    application: str
    at: datetime | None

    def on(self, app: Application) -> Application:
        return app.model_copy(update={"check_back": self.at})


@dataclass(frozen=True)
class NextStepAdded:
    application: str
    step: str

    def on(self, app: Application) -> Application:
        steps = (*app.next_steps, self.step)[-NEXT_STEPS_KEPT:]
        return app.model_copy(update={"next_steps": steps})


@dataclass(frozen=True)
class MessageRecorded:
    """A message of a conversation, recorded once by its Message-ID."""

    fact: MessageFact


@dataclass(frozen=True)
class InterviewRecorded:
    """An interview as it now stands; `change` is new, rescheduled, updated or cancelled."""

    account: str
    interview: Interview
    application: str
    change: str


@dataclass(frozen=True)
class InterviewDropped:
    """An interview read from a message's text that a calendar invitation for the same slot
    now stands for: one interview, never two (its pending intents go away with it)."""

    uid: str
    replaced_by: str


@dataclass(frozen=True)
class HappeningRecorded:
    """Something rules trigger on, recorded exactly once by its stable id."""

    happening: Happening


AppChange = (
    RoleSet
    | ClientNamed
    | CompanyNamed
    | ContactsAdded
    | DomainAdded
    | StageMoved
    | LastMessage
    | TimeframeStated
    | TimeframeAwaitsInterview
    | CheckBackSet
    | NextStepAdded
)
Change = (
    ApplicationStarted
    | AppChange
    | MessageRecorded
    | InterviewRecorded
    | InterviewDropped
    | HappeningRecorded
)


def merge_people(old: tuple[Person, ...], more: tuple[Person, ...]) -> tuple[Person, ...]:
    seen = {p.email: p for p in old}
    for p in more:
        if p.email and p.email not in seen:
            seen[p.email] = p
    return tuple(seen.values())


def merge_domains(old: tuple[str, ...], domain: str) -> tuple[str, ...]:
    return old if not domain or domain in old else (*old, domain)
