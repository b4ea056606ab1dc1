"""`followupd status`: one row per application — where it stands and what comes next.

Under the table, how many messages could not be read (recorded as processed with
outcome "failed"; the log says why: mail.failed). `--json` gives both:
{"applications": [rows], "failed_messages": N, "failed": [{account, folder, uid,
reason, at}]}.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followupd.domain.intents import IntentStatus
from followupd.store import Store
from followupd.store.core import FailedMessage


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

    def as_json(self) -> dict[str, object]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = value.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return out


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Status:
    """What `followupd status` shows: the applications and the messages that failed."""

    rows: list[StatusRow]
    failed: list[FailedMessage]
    marks: list[Mark] = field(default_factory=list)

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
                    "at": _utc(f.at),
                }
                for f in self.failed
            ],
            "marks": [
                {
                    "message_id": m.message_id,
                    "mark": m.verdict,
                    "source": m.source,
                    "at": _utc(m.at),
                }
                for m in self.marks
            ],
        }

    def text(self, tz: str) -> str:
        text = status_table(self.rows, tz)
        if self.failed:
            count = len(self.failed)
            text += (
                f"\n\n{count} message{'s' if count != 1 else ''} could not be read and"
                f" {'were' if count != 1 else 'was'} skipped (the log says which and why:"
                " mail.failed)."
            )
        if self.marks:
            text += "\n\nYour marks (followupd mark):"
            for mark in self.marks:
                text += f"\n  {mark.source}: {MARK_WORDS.get(mark.verdict, mark.verdict)}"
        return text


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


def status(store: Store, now: datetime) -> Status:
    """The applications' rows, the failed messages and the user's marks."""
    marks = [
        Mark(mid, verdict, source, at)
        for mid, (verdict, source, at) in sorted(store.corrections().items(), key=lambda c: c[1][2])
    ]
    return Status(status_rows(store, now), store.failed_messages(), marks)


def status_rows(store: Store, now: datetime) -> list[StatusRow]:
    planned = store.intents(IntentStatus.PLANNED)
    expired = store.intents(IntentStatus.EXPIRED)
    rows = []
    for app in store.applications().values():
        mine = sorted(
            (s.intent for s in planned if s.intent.application == app.id), key=lambda i: i.due
        )
        nxt = mine[0] if mine else None
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
                next_action=f"{nxt.rule_id} ({nxt.kind.value})" if nxt else "",
                next_due=nxt.due if nxt else None,
                skipped=sum(1 for s in expired if s.intent.application == app.id),
            )
        )
    rows.sort(key=lambda r: (r.next_due is None, r.next_due or now, r.company))
    return rows


def status_table(rows: list[StatusRow], tz: str) -> str:
    if not rows:
        return "no applications yet: followupd has not seen an interview or a hiring conversation"
    zone = ZoneInfo(tz)

    def when(moment: datetime | None) -> str:
        return moment.astimezone(zone).strftime("%a %d %b %H:%M") if moment else "–"

    skipped = any(r.skipped for r in rows)
    header: tuple[str, ...] = ("COMPANY", "ROLE", "STAGE", "FROM THEM", "FROM YOU", "NEXT", "WHEN")
    table: list[tuple[str, ...]] = [header + (("SKIPPED",) if skipped else ())]
    for r in rows:
        row: tuple[str, ...] = (
            r.company + (f" (via {r.agency})" if r.agency else ""),
            r.role or "–",
            r.stage,
            when(r.last_from_them),
            when(r.last_from_me),
            r.next_action or "–",
            when(r.next_due),
        )
        table.append(row + ((str(r.skipped) if r.skipped else "–",) if skipped else ()))
    text = format_table(table)
    if skipped:
        text += (
            "\nSKIPPED: actions that fell due while followupd could not act, later than the "
            "rule's max_late (the log says which: intent.expired)."
        )
    return text


def format_table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )
