"""The first pass over an account: its old mail is history, and the user gets one note.

On an account's first pass followupd reads all the mail in the look-back window to know
the hiring processes — applications, contacts, stated timeframes, interviews ahead — but
does not replay it: what fell due more than a day before that pass is recorded as
skipped, in one transaction (pipeline/due.py says so for run, plan and status alike).
Instead of a pile of late notes, one note tells the user what was found: the
applications and their stages, the interviews ahead, the letters and reminders planned,
and what was not written and why. It is delivered once (its key is in the note; an
interrupted first pass sends it on the next one), and only when there was mail to read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from followupd.deliver.notes import deliver_note
from followupd.domain.intents import IntentKind, IntentStatus, RemindIntent
from followupd.domain.model import Person, UserIdentity
from followupd.domain.ports import NoteFolder
from followupd.pipeline.due import HISTORY_GRACE, Skipped
from followupd.store import Store

__all__ = ["LISTED", "send_summary", "summary_intent"]

LISTED = 12  # lines per section; the rest is counted ("followupd status" lists all)


def _when(at: datetime, tz: str) -> str:
    return at.astimezone(ZoneInfo(tz)).strftime("%a %d %b %H:%M")


def _section(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    shown = [f"  - {line}" for line in lines[:LISTED]]
    rest = len(lines) - LISTED
    if rest > 0:
        shown.append(f"  … and {rest} more (followupd status lists them all)")
    return [title, *shown, ""]


def summary_intent(
    store: Store, user: UserIdentity, account: str, now: datetime, seen: int
) -> RemindIntent:
    """The note: what the first pass found in `account` and what followupd will do."""
    tz = user.timezone
    apps = sorted(store.applications().values(), key=lambda a: a.company.lower())
    company = {a.id: a.company for a in apps}
    body = [
        f"followupd has read the mail of your account {account} ({seen:,} messages) and "
        "follows what it found from now on. Old mail is read, not replayed: nothing that "
        "fell due long ago was written.",
        "",
    ]
    body += _section(
        f"Applications ({len(apps)}):",
        [f"{a.company}{f' ({a.role})' if a.role else ''}: {a.stage.value}" for a in apps],
    )
    ahead = [(iv, app) for _, app, iv in store.interviews_with_application(account) if iv.end > now]
    body += _section(
        "Interviews ahead:",
        [
            f"{_when(iv.start, tz)} {company.get(app, iv.company) or iv.title}"
            + (
                f", with {', '.join(p.name or p.email for p in iv.interviewers)}"
                if iv.interviewers
                else ""
            )
            for iv, app in ahead
        ],
    )
    planned = [s for s in store.intents(IntentStatus.PLANNED, account) if s.intent.due > now]
    body += _section(
        "Planned (drafts go to Drafts, notes to your inbox; nothing is sent):",
        [
            Skipped.of(s, company.get(s.intent.application, "")).what(tz)
            for s in sorted(planned, key=lambda s: s.intent.due)
        ],
    )
    first = store.first_passes().get(account, now)
    history = [  # letters too late by their rule, or due before the first pass: old mail
        s
        for s in store.intents(IntentStatus.EXPIRED, account)
        if s.intent.due < first - HISTORY_GRACE
        and s.intent.kind in (IntentKind.DRAFT, IntentKind.REMIND)
    ]
    if history:
        kinds = Counter(s.intent.kind for s in history)
        said = ", ".join(
            f"{n} {'draft' if k == IntentKind.DRAFT else 'note'}{'s' if n > 1 else ''}"
            for k, n in kinds.items()
        )
        body += _section(
            f"Not written because they fell due too long before this first run ({said}):",
            [
                Skipped.of(s, company.get(s.intent.application, "")).what(tz)
                for s in sorted(history, key=lambda s: s.intent.due)
            ],
        )
    body.append("`followupd status` shows this at any time; `followupd plan` what comes next.")
    return RemindIntent(
        key=f"first-run:{account}",
        rule_id="first-run",
        account=account,
        due=now,
        to=(Person(email=user.email, name=user.name),),
        subject=f"What followupd found in {account}: {len(apps)} applications, "
        f"{len(ahead)} interviews ahead",
        body="\n".join(body).rstrip() + "\n",
    )


def send_summary(
    store: Store,
    inbox: NoteFolder,
    user: UserIdentity,
    account: str,
    now: datetime,
    seen: int,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
) -> str:
    """Deliver the first pass's note once, and record it. Returns its Message-ID."""
    outcome = deliver_note(
        summary_intent(store, user, account, now, seen), inbox, user, now, smtp=smtp
    )
    with store.transaction():
        store.record_summary(account, outcome.message_id)
    return outcome.message_id
