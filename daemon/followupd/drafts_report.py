"""`followupd drafts`: every draft and note followupd wrote, which rule wrote it, where it is.

A draft carries nothing that names followupd, so this is where the user sees which
rule wrote which letter: from the state file (intents and their letters: rule,
application, recipients, subject, Message-ID, account, folder) and, unless
`--offline`, from the mail server, where each draft is looked for now (read-only:
EXAMINE and BODY.PEEK, as every lookup) — still waiting in Drafts, sent (found in
Sent under its Message-ID or, when the client made a new one, by its thread,
recipients and subject), or deleted. A draft that a later change (a cancel, say the
company wrote first) no longer asks for is "withdrawn" while it waits in Drafts: it
is the user's to delete. Nothing is written, not even to the state file.

`--json` gives a list of objects with the keys of `LetterRow` (`rule`, `kind`,
`application`, `company`, `to`, `subject`, `message_id`, `account`, `folder`,
`state`, `state_text`, `why`, `written_at`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from followupd.config import Settings
from followupd.domain.errors import SourceError
from followupd.domain.intents import DraftIntent, IntentStatus, LetterIntent
from followupd.domain.model import UserIdentity
from followupd.domain.ports import LetterTrace
from followupd.pipeline import open_mailbox
from followupd.status import format_table
from followupd.store import Letter, Store, StoredIntent

# The state of a letter: a word for programs, and how a person reads it.
STATES = {
    "waiting": "waiting in Drafts",
    "sent": "sent",
    "deleted": "deleted by you",
    "withdrawn": "withdrawn",
    "delivered": "delivered to you",
    "unknown": "written (not looked for yet)",
}
_FROM_LOCATION = {"drafts": "waiting", "sent": "sent", "gone": "deleted"}


class Locator(Protocol):
    """Where a draft is now, on the server (a mailbox's `locate_letter`)."""

    def locate_letter(self, trace: LetterTrace) -> str: ...


@dataclass(frozen=True)
class LetterRow:
    rule: str
    kind: str  # "draft" or "note"
    application: str
    company: str
    to: list[str]
    subject: str
    message_id: str
    account: str
    folder: str
    state: str  # a key of STATES
    state_text: str
    why: str  # why it is withdrawn, or why its place is not known now
    written_at: datetime | None

    def as_json(self) -> dict[str, object]:
        out = asdict(self)
        if self.written_at is not None:
            out["written_at"] = self.written_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return out


def letters_report(
    store: Store,
    user: UserIdentity,
    open_account: Callable[[str], AbstractContextManager[Locator]] | None = None,
) -> tuple[list[LetterRow], list[str]]:
    """Every letter written, oldest first, and the problems met looking for them.

    With `open_account`, each draft is looked for on its account's server now;
    without, its place is the one the last pass recorded."""
    written = [s for s in store.intents(IntentStatus.DONE) if isinstance(s.intent, LetterIntent)]
    written.sort(key=lambda s: (s.done_at or datetime.min.replace(tzinfo=UTC), s.intent.key))
    letters = store.letters()
    places: dict[str, str] = {}
    problems: list[str] = []
    if open_account is not None:
        places, problems = _look(store, user, written, open_account)
    apps = store.applications()
    rows = []
    for s in written:
        intent = s.intent
        assert isinstance(intent, LetterIntent)
        letter = letters.get(intent.key)
        trace = store.letter_trace(s, user)
        app = apps.get(intent.application)
        state, why = _state(s, letter, places.get(intent.key))
        rows.append(
            LetterRow(
                rule=intent.rule_id,
                kind="draft" if isinstance(intent, DraftIntent) else "note",
                application=intent.application,
                company=app.company if app else "",
                to=[p.email for p in intent.to],
                subject=intent.subject,
                message_id=trace.message_id if trace else "",
                account=intent.account,
                folder=_folder(s, letter),
                state=state,
                state_text=STATES[state],
                why=why,
                written_at=s.done_at,
            )
        )
    return rows, problems


def _look(
    store: Store,
    user: UserIdentity,
    written: Iterable[StoredIntent],
    open_account: Callable[[str], AbstractContextManager[Locator]],
) -> tuple[dict[str, str], list[str]]:
    by_account: dict[str, list[StoredIntent]] = {}
    for s in written:
        if isinstance(s.intent, DraftIntent):
            by_account.setdefault(s.intent.account, []).append(s)
    places: dict[str, str] = {}
    problems: list[str] = []
    for account, drafts in by_account.items():
        try:
            with open_account(account) as mailbox:
                for s in drafts:
                    trace = store.letter_trace(s, user)
                    if trace is not None:
                        places[s.intent.key] = mailbox.locate_letter(trace)
        except (SourceError, KeyError) as exc:
            problems.append(
                f"account {account}: could not look for its drafts ({_reason(exc)}); shown as"
                " the last pass saw them"
            )
    return places, problems


def _reason(exc: Exception) -> str:
    return "it is no longer configured" if isinstance(exc, KeyError) else str(exc)


def _state(s: StoredIntent, letter: Letter | None, place: str | None) -> tuple[str, str]:
    if not isinstance(s.intent, DraftIntent):
        return "delivered", ""
    state = _FROM_LOCATION.get(place or s.location, "unknown")
    if letter is not None and letter.withdrawn and state in ("waiting", "unknown"):
        return "withdrawn", letter.withdrawn
    return state, ""


def _folder(s: StoredIntent, letter: Letter | None) -> str:
    if letter is not None and letter.folder:
        return {"inbox": "INBOX", "smtp": "sent to you by SMTP"}.get(letter.folder, letter.folder)
    return "Drafts" if isinstance(s.intent, DraftIntent) else "INBOX"


def format_letters(rows: list[LetterRow], timezone: str) -> str:
    """The table a person reads: one line per letter, newest last."""
    if not rows:
        return "followupd has written no drafts or notes yet"
    zone = ZoneInfo(timezone)
    table = [
        (
            f"WRITTEN ({timezone})",
            "RULE",
            "COMPANY",
            "TO",
            "SUBJECT",
            "WHERE",
            "STATE",
            "MESSAGE-ID",
        )
    ]
    for r in rows:
        when = r.written_at.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if r.written_at else ""
        state = f"{r.state_text} ({r.why}; yours to delete)" if r.why else r.state_text
        subject = r.subject if len(r.subject) <= 40 else r.subject[:39] + "…"
        where = f"{r.account}:{r.folder}"
        to = ", ".join(r.to)
        table.append((when, r.rule, r.company, to, subject, where, state, r.message_id))
    drafts = [r for r in rows if r.kind == "draft"]
    waiting = sum(1 for r in drafts if r.state in ("waiting", "withdrawn"))
    sent = sum(1 for r in drafts if r.state == "sent")
    summary = (
        f"{len(drafts)} draft(s): {waiting} in Drafts, {sent} sent;"
        f" {len(rows) - len(drafts)} note(s) to you."
    )
    return format_table(table) + "\n" + summary


def drafts_command(settings: Settings, *, as_json: bool, offline: bool) -> tuple[str, list[str]]:
    """What `followupd drafts` prints, and its warnings. Reads a private copy of the
    state file; on the server, only looks."""

    def open_account(name: str) -> AbstractContextManager[Locator]:
        return open_mailbox(name, settings.accounts[name])

    with Store(settings.state.path, in_memory_copy=True) as store:
        rows, problems = letters_report(
            store, settings.user.identity(), None if offline else open_account
        )
    if as_json:
        return json.dumps([r.as_json() for r in rows], indent=2, ensure_ascii=False), problems
    return format_letters(rows, settings.user.timezone), problems
