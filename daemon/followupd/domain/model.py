"""What followupd observes and derives: people, messages, calendar items, interviews.

All datetimes are timezone-aware and in UTC unless a name says otherwise.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(Frozen):
    """A mailbox with an optional display name. `email` is stored lower-cased."""

    email: str
    name: str = ""

    def display(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


class MessageRef(Frozen):
    """Where a message was read: enough to find it again and to explain a decision."""

    account: str
    folder: str
    uidvalidity: int = 0
    uid: int = 0

    def __str__(self) -> str:
        return f"{self.account}:{self.folder}:{self.uid}"


class CalendarStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class Attendee(Frozen):
    person: Person
    cutype: str = "INDIVIDUAL"  # INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN
    role: str = "REQ-PARTICIPANT"  # CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT
    partstat: str = "NEEDS-ACTION"


class CalendarItem(Frozen):
    """One VEVENT as read from an invitation or a calendar, times repaired to UTC."""

    uid: str
    sequence: int = 0
    dtstamp: datetime | None = None
    method: str = ""  # REQUEST, CANCEL, PUBLISH, REPLY, COUNTER, "" (none)
    status: CalendarStatus = CalendarStatus.CONFIRMED
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime
    end: datetime
    all_day: bool = False
    recurrence_id: datetime | None = None
    recurring: bool = False
    organizer: Person | None = None
    attendees: tuple[Attendee, ...] = ()
    join_url: str = ""
    tz_note: str = ""  # how the time zone was resolved, when it needed repair


class ParsedMessage(Frozen):
    """A mail message reduced to what understanding needs. Headers are decoded to str."""

    message_id: str = ""
    subject: str = ""
    sender: Person | None = None  # From
    reply_to: tuple[Person, ...] = ()
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    date: datetime | None = None
    sent_offset: timedelta | None = None  # the Date header's UTC offset (the sender's zone)
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    auto_submitted: bool = False  # Auto-Submitted, Precedence bulk/list, List-Id
    text: str = ""  # best plain-text body (HTML converted when that is all there is)
    calendars: tuple[str, ...] = ()  # decoded text of each text/calendar or .ics part
    defects: tuple[str, ...] = ()  # what was wrong with the message, for logs and explain


class Interview(Frozen):
    """An interview understood from a calendar item: who, when, with which company."""

    uid: str
    sequence: int = 0
    dtstamp: datetime | None = None
    status: CalendarStatus = CalendarStatus.CONFIRMED
    title: str
    start: datetime
    end: datetime
    interviewers: tuple[Person, ...] = ()
    organizer: Person | None = None
    company: str = ""
    company_domain: str = ""
    role: str = ""
    join_url: str = ""
    location: str = ""
    source: str = ""  # account:folder:uid or a calendar name, for explain
    reasons: tuple[str, ...] = Field(default=())  # why this was judged an interview
    # Invited, but the mail says they will not take part ("I'll stay off the call"):
    # no interviewer, in this revision and in the ones that follow.
    absent: tuple[str, ...] = ()
    # (address, job title) of interviewers whose title the invitation or mail gives.
    titles: tuple[tuple[str, str], ...] = ()
    # Interviewers the mail names without an address ("Who: Store Manager Luis Ortega"):
    # one becomes an interviewer when they write from their address, in this process.
    unnamed: tuple[str, ...] = ()

    def title_of(self, email: str) -> str:
        return next((t for e, t in self.titles if e.lower() == email.lower()), "")

    def supersedes(self, other: Interview) -> bool:
        """RFC 5546: a higher SEQUENCE wins; on a tie, the later DTSTAMP."""
        if self.sequence != other.sequence:
            return self.sequence > other.sequence
        if self.dtstamp and other.dtstamp:
            return self.dtstamp > other.dtstamp
        # Same sequence, no stamps: a cancellation of the same revision still wins.
        return self.status == CalendarStatus.CANCELLED and other.status != CalendarStatus.CANCELLED


class Verdict(Frozen):
    """The understanding of one calendar item: an interview, or why it is not one."""

    item_uid: str
    interview: Interview | None = None
    reason: str = ""  # when not an interview: the reason, in words
    crowded: Interview | None = None  # an interview but for its crowd (`MAX_INTERVIEWERS`)


class UserIdentity(Frozen):
    """Who the user is: their addresses are never an interviewer and the only recipients of mail."""

    name: str = ""
    email: str
    aliases: tuple[str, ...] = ()
    timezone: str = "UTC"
    holidays: tuple[date, ...] = ()  # never business days ("3 business days" skips them)

    def addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.email, *self.aliases))

    def is_me(self, email: str) -> bool:
        return email.lower() in self.addresses()


class Stage(StrEnum):
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    WAITING = "waiting"
    REJECTED = "rejected"
    OFFER = "offer"
    ON_HOLD = "on hold"  # the company paused the position; the candidacy stays open
    WITHDRAWN = "withdrawn"  # the user withdrew
    CLOSED = "closed"


class Application(Frozen):
    """One hiring process: a company (and role when known), followed through the mailbox."""

    id: str  # stable: the company's main domain, else a slug of its name
    company: str
    role: str = ""
    domains: tuple[str, ...] = ()
    stage: Stage = Stage.INTERVIEWING
    contact: Person | None = None  # the recruiter or coordinator to write to
    contacts: tuple[Person, ...] = ()  # everyone of the company met in the mailbox
    # (address, job title) of contacts whose signature gave one ("Talent Acquisition
    # Partner"): a recruiter who sends a panel's invitation arranges it.
    titles: tuple[tuple[str, str], ...] = ()
    agency: str = ""  # an agency recruiter writing about this company, if any
    timeframe: str = ""  # what they said ("by Friday"), their words
    timeframe_due: datetime | None = None  # the same as a moment (UTC)
    timeframe_at: datetime | None = None  # when it was said
    # A span counted from an interview not known yet ("within 3 business days after your
    # interview", said before the invitation): "3 business_days"; due once it is known.
    timeframe_span: str = ""
    check_back: datetime | None = None  # when the user wants to check back (debrief)
    next_steps: tuple[str, ...] = ()
    stage_evidence: str = ""  # the sentence (or event) that moved the stage last
    stage_at: datetime | None = None  # when that was said
    last_from_them: datetime | None = None
    last_from_me: datetime | None = None
