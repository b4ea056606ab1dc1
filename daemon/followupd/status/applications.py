"""What `followupd status` knows of each application, from the state file alone.

Per application: where it stands, the next interview (when, with whom), the drafts
waiting in Drafts, the last message from them and from you (when, who), what is due
next, and what was skipped (expired or withdrawn) in words — rule, recipient,
company, when it was due, why. Also how many messages could not be read (recorded as
processed with outcome "failed"; the log says why: mail.failed) and the user's marks.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from followupd.domain.intents import DraftIntent, IntentKind, IntentStatus
from followupd.domain.model import Application, CalendarStatus, Interview, Person
from followupd.pipeline.due import Skipped
from followupd.store import Store
from followupd.store.core import FailedMessage, StoredIntent


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _name(person: Person) -> str:
    return person.name or person.email


@dataclass(frozen=True)
class NextInterview:
    """The next interview of an application that has not ended yet."""

    title: str
    start: datetime
    end: datetime
    with_: tuple[str, ...]  # the interviewers, by name (else address)
    where: str = ""  # a location or a join link

    def as_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "start": utc(self.start),
            "end": utc(self.end),
            "with": list(self.with_),
            "where": self.where,
        }


@dataclass(frozen=True)
class WaitingDraft:
    """A draft followupd wrote that was still in Drafts when last looked at."""

    rule: str
    to: str
    subject: str
    written_at: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "to": self.to,
            "subject": self.subject,
            "written_at": utc(self.written_at) if self.written_at else None,
        }


@dataclass(frozen=True)
class StatusRow:
    application: str
    company: str
    agency: str
    role: str
    stage: str
    stage_evidence: str  # the sentence (or event) that moved the stage last
    contact: str
    last_from_them: datetime | None
    last_from_me: datetime | None
    timeframe_due: datetime | None
    next_action: str  # rule id and kind
    next_due: datetime | None
    skipped: int  # intents that expired (fell due while followupd could not act)
    last_from_them_who: str = ""  # who wrote last, by name
    last_from_me_to: str = ""  # to whom you wrote last
    next_what: str = ""  # the next action in words: "draft to Dana Kim", "note to you"
    next_interview: NextInterview | None = None
    drafts_waiting: tuple[WaitingDraft, ...] = ()
    skipped_actions: tuple[Skipped, ...] = ()  # expired and withdrawn, in words

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            k: v for k, v in asdict(self).items() if not isinstance(v, dict | tuple)
        }
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = utc(value)
        out["next_interview"] = self.next_interview.as_json() if self.next_interview else None
        out["drafts_waiting"] = [d.as_json() for d in self.drafts_waiting]
        out["skipped_actions"] = [s.as_json() for s in self.skipped_actions]
        return out


@dataclass(frozen=True)
class Mark:
    """A message the user marked (`followupd mark`)."""

    message_id: str
    verdict: str
    source: str
    at: datetime


MARK_WORDS = {
    "interview": "an interview",
    "application": "part of an application",
    "nothing": "nothing to act on",
}


@dataclass(frozen=True)
class Status:
    """What `followupd status` shows: the applications and the messages that failed."""

    rows: list[StatusRow]
    failed: list[FailedMessage]
    marks: list[Mark] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # every skipped action, newest due first

    def as_json(self) -> dict[str, object]:
        return {
            "applications": [r.as_json() for r in self.rows],
            "failed_messages": len(self.failed),
            "failed": [
                {
                    "account": f.account,
                    "folder": f.folder,
                    "uid": f.uid,
                    "reason": f.reason,
                    "at": utc(f.at),
                }
                for f in self.failed
            ],
            "marks": [
                {
                    "message_id": m.message_id,
                    "mark": m.verdict,
                    "source": m.source,
                    "at": utc(m.at),
                }
                for m in self.marks
            ],
            "skipped": [s.as_json() for s in self.skipped],
        }

    def text(self, tz: str) -> str:
        from followupd.status.render import status_text

        return status_text(self, tz)


def status(store: Store, now: datetime) -> Status:
    """The applications' rows, the failed messages, the user's marks and what was skipped."""
    marks = [
        Mark(mid, verdict, source, at)
        for mid, (verdict, source, at) in sorted(store.corrections().items(), key=lambda c: c[1][2])
    ]
    rows = status_rows(store, now)
    companies = {a.id: a.company for a in store.applications().values()}
    skipped = [
        Skipped.of(s, companies.get(s.intent.application, ""))
        for status_ in (IntentStatus.EXPIRED, IntentStatus.WITHDRAWN)
        for s in store.intents(status_)
    ]
    skipped.sort(key=lambda s: s.due, reverse=True)
    return Status(rows, store.failed_messages(), marks, skipped)


def _next_interview(interviews: list[Interview], now: datetime) -> NextInterview | None:
    coming = sorted(
        (iv for iv in interviews if iv.status != CalendarStatus.CANCELLED and iv.end > now),
        key=lambda iv: iv.start,
    )
    if not coming:
        return None
    iv = coming[0]
    return NextInterview(
        iv.title,
        iv.start,
        iv.end,
        tuple(_name(p) for p in iv.interviewers),
        iv.location or iv.join_url,
    )


def _waiting(done: list[StoredIntent]) -> tuple[WaitingDraft, ...]:
    return tuple(
        WaitingDraft(
            s.intent.rule_id,
            ", ".join(_name(p) for p in s.intent.recipients()),
            s.intent.headline(),
            s.done_at,
        )
        for s in done
        if isinstance(s.intent, DraftIntent) and s.location == "drafts"
    )


def _what(stored: StoredIntent) -> str:
    i = stored.intent
    to = "" if i.kind == IntentKind.REMIND else ", ".join(_name(p) for p in i.recipients())
    return f"{i.label} to {to}" if to else i.label


def status_rows(store: Store, now: datetime) -> list[StatusRow]:
    planned = store.intents(IntentStatus.PLANNED)
    done = store.intents(IntentStatus.DONE)
    expired = store.intents(IntentStatus.EXPIRED)
    withdrawn = store.intents(IntentStatus.WITHDRAWN)
    interviews: dict[str, list[Interview]] = {}
    for _account, app_id, iv in store.interviews_with_application():
        interviews.setdefault(app_id, []).append(iv)
    rows = []
    for app in store.applications().values():
        mine = sorted((s for s in planned if s.intent.application == app.id), key=_due)
        nxt = mine[0] if mine else None
        skipped = [
            Skipped.of(s, app.company)
            for s in (*expired, *withdrawn)
            if s.intent.application == app.id
        ]
        them, me = _last_contacts(store, app)
        rows.append(
            StatusRow(
                application=app.id,
                company=app.company,
                agency=app.agency,
                role=app.role,
                stage=app.stage.value,
                stage_evidence=app.stage_evidence,
                contact=app.contact.display() if app.contact else "",
                last_from_them=app.last_from_them,
                last_from_me=app.last_from_me,
                timeframe_due=app.timeframe_due,
                next_action=f"{nxt.intent.rule_id} ({nxt.intent.kind.value})" if nxt else "",
                next_due=nxt.intent.due if nxt else None,
                skipped=sum(1 for s in expired if s.intent.application == app.id),
                last_from_them_who=them,
                last_from_me_to=me,
                next_what=_what(nxt) if nxt else "",
                next_interview=_next_interview(interviews.get(app.id, []), now),
                drafts_waiting=_waiting([s for s in done if s.intent.application == app.id]),
                skipped_actions=tuple(sorted(skipped, key=lambda s: s.due, reverse=True)),
            )
        )
    rows.sort(key=lambda r: (r.next_due is None, r.next_due or now, r.company))
    return rows


def _due(stored: StoredIntent) -> datetime:
    return stored.intent.due


def _last_contacts(store: Store, app: Application) -> tuple[str, str]:
    """Who wrote last (from them), and to whom the user wrote last."""
    them = me = ""
    for m in store.messages(app.id):  # oldest first
        if m.from_user:
            me = ", ".join(_name(p) for p in m.to)
        else:
            them = _name(m.sender)
    return them, me
