"""Whether a planned action is carried out now, later, or skipped, and why: one decision.

`run` acts on it (pipeline/outbox.py), `plan` shows it, and `status` lists what it
skipped, so the three tell the same story. A planned intent is

    later   not due yet;
    now     due: the next pass carries it out;
    skip    due, but past the rule's `max_late` — too late to be useful; or it fell
            due more than a day before the account's first pass (HISTORY_GRACE): that
            mail is history, read to know the applications, not replayed (a draft or a
            note is not written; a change of state still is). It is marked
            expired, with the reason in words.

What a pass withdraws (a cancel, a condition that no longer holds, a rule gone) or
expires is found by comparing the intents' statuses before and after the pass
(`snapshot`, `skipped_since`), so `run` and `plan` report it from the same store
changes, without a second bookkeeping.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from followupd.domain.intents import (
    IntentBase,
    IntentKind,
    IntentStatus,
    LetterIntent,
    RemindIntent,
)
from followupd.domain.words import quoted
from followupd.store.core import StoredIntent

__all__ = [
    "HISTORY_GRACE",
    "HISTORY_SKIP",
    "Decision",
    "Skipped",
    "Verdict",
    "decide",
    "moment",
    "skipped_since",
    "snapshot",
]


class Verdict(StrEnum):
    LATER = "later"
    NOW = "now"
    SKIP = "skip"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    why: str = ""  # for a skip: the reason, in words

    @property
    def acts(self) -> bool:
        return self.verdict == Verdict.NOW


def moment(at: datetime, tz: str) -> str:
    """A moment as a person reads it, in their time zone: 'Wed 18 Nov 2026 17:00'."""
    return at.astimezone(ZoneInfo(tz)).strftime("%a %d %b %Y %H:%M")


# What fell due this long before an account's first pass is history: not carried out.
# Within it (an interview this morning, the first run tonight) the thank-you is written.
HISTORY_GRACE = timedelta(days=1)
HISTORY_SKIP = "it fell due before followupd first read this account"


def decide(
    intent: IntentBase,
    now: datetime,
    tz: str = "UTC",
    *,
    first_pass: datetime | None = None,
) -> Decision:
    """The one rule for a planned intent at `now` (`tz`: the user's zone, for the words;
    `first_pass`: when its account was first read, if followupd knows)."""
    if intent.due > now:
        return Decision(Verdict.LATER)
    if intent.expires is not None and now > intent.expires:
        return Decision(
            Verdict.SKIP,
            f"too late to be useful: the rule's max_late ended {moment(intent.expires, tz)}",
        )
    letter = isinstance(intent, LetterIntent)  # a draft or a note, not a change of state
    if letter and first_pass is not None and intent.due < first_pass - HISTORY_GRACE:
        return Decision(
            Verdict.SKIP,
            f"{HISTORY_SKIP} ({moment(first_pass, tz)}): old mail is read, not replayed",
        )
    return Decision(Verdict.NOW)


def snapshot(intents: Iterable[StoredIntent]) -> dict[str, IntentStatus]:
    """Every intent's status, to compare with after a pass."""
    return {s.intent.key: s.status for s in intents}


_SKIPPED = (IntentStatus.EXPIRED, IntentStatus.WITHDRAWN)


def skipped_since(
    before: Mapping[str, IntentStatus], after: Iterable[StoredIntent]
) -> list[StoredIntent]:
    """The intents a pass expired or withdrew: planned (or new) before, skipped after."""
    return [
        s
        for s in after
        if s.status in _SKIPPED
        and before.get(s.intent.key, IntentStatus.PLANNED) == IntentStatus.PLANNED
    ]


@dataclass(frozen=True)
class Skipped:
    """An action that was not (or will not be) carried out, said in words."""

    rule: str
    kind: str  # what it is: draft, note to you, cancel, stage
    to: tuple[str, ...]  # the addresses it would have written to (none for a note to you)
    names: tuple[str, ...]  # the same people by name (else address), for the line
    company: str
    application: str
    due: datetime
    status: str  # expired or withdrawn (or 'skip': plan's "will be skipped")
    why: str
    subject: str = ""

    @classmethod
    def of(cls, stored: StoredIntent, company: str, why: str = "") -> Skipped:
        i = stored.intent
        people = () if i.kind == IntentKind.REMIND else i.recipients()  # a note is to you
        return cls(
            rule=i.rule_id,
            kind=i.label,
            to=tuple(p.email for p in people),
            names=tuple(p.name or p.email for p in people),
            company=company,
            application=i.application,
            due=i.due,
            status=stored.status.value,
            why=why or _why(stored),
            subject=i.detail(),
        )

    def line(self, tz: str) -> str:
        """One line for a person: what, to whom, for which company, when it was due, why."""
        return f"{self.what(tz)}: {self.why}"

    def what(self, tz: str) -> str:
        """The line without its reason: what, to whom, for which company, when it is due."""
        what = f"{self.kind} [{self.rule}]"
        if self.names:
            what += f" to {', '.join(self.names)}"
        elif self.subject and self.kind == RemindIntent.label:
            what += f" {quoted(self.subject)}"  # a note is to you: say which one
        if self.company:
            what += f" ({self.company})"
        return f"{what}, due {moment(self.due, tz)}"

    def as_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "to": list(self.to),
            "company": self.company,
            "application": self.application,
            "due": self.due.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "status": self.status,
            "why": self.why,
            "subject": self.subject,
        }


def _why(stored: StoredIntent) -> str:
    note = stored.note
    if not note:
        return _DEFAULT_WHY.get(stored.status, "")
    if stored.status == IntentStatus.WITHDRAWN and not note.startswith(("refused", "withdrawn")):
        return f"withdrawn: {note}"
    return note


_DEFAULT_WHY = {
    IntentStatus.EXPIRED: "too late to be useful (past the rule's max_late)",
    IntentStatus.WITHDRAWN: "withdrawn",
}
