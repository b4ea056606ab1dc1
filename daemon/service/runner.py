"""The pipeline and the (simple, polling) service around it.

    read new mail (read-only) → understand → record interviews → plan → reconcile
    the outbox → write the drafts that are due (exactly once)

`Runner.run_once` does one pass over every account; `plan` runs the same pass
against an in-memory copy of the state with no sink, so it writes nothing.
One message that cannot be understood is logged with its UID and skipped; it
never stops the run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

import structlog

from daemon.config import ImapAccount, MaildirAccount, Settings
from daemon.domain.errors import FollowupdError
from daemon.domain.intents import IntentStatus
from daemon.domain.model import UserIdentity
from daemon.domain.ports import Candidate, DraftFolder, Fetched, MailReader
from daemon.rules.engine import plan
from daemon.rules.loader import RuleSet
from daemon.sinks.drafts import write_draft
from daemon.store import Store
from daemon.understand import understand_message

log = structlog.get_logger("followupd")


class Mailbox(MailReader, DraftFolder, Protocol):
    """An account: read-only folders plus a write-once Drafts folder."""


def open_mailbox(
    name: str, account: ImapAccount | MaildirAccount
) -> AbstractContextManager[Mailbox]:
    if isinstance(account, MaildirAccount):
        from daemon.sources.maildir import MaildirMailbox

        return MaildirMailbox(name, account)
    from daemon.sources.imap import ImapMailbox

    return ImapMailbox(name, account)


def wanted(candidate: Candidate) -> bool:
    """Which messages are worth fetching in full: for now, those carrying a calendar."""
    return candidate.has_calendar()


@dataclass
class WrittenDraft:
    account: str
    key: str
    rule_id: str
    to: str
    subject: str
    folder: str
    uid: int | None
    appended: bool


@dataclass
class RunReport:
    messages_seen: int = 0
    messages_read: int = 0
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    drafts: list[WrittenDraft] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Runner:
    def __init__(
        self,
        settings: Settings,
        ruleset: RuleSet,
        store: Store,
        mailbox_factory: Callable[
            [str, ImapAccount | MaildirAccount], AbstractContextManager[Mailbox]
        ] = open_mailbox,
    ) -> None:
        self.settings = settings
        self.ruleset = ruleset
        self.store = store
        self.user: UserIdentity = settings.user.identity()
        self.open_mailbox = mailbox_factory

    def run_once(self, now: datetime, *, write: bool = True) -> RunReport:
        report = RunReport()
        for name, account in self.settings.accounts.items():
            bound = log.bind(account=name)
            with self.open_mailbox(name, account) as mailbox:
                for folder in account.folders:
                    self._read_folder(name, account, folder, mailbox, now, report)
                with self.store.transaction():
                    self.reconcile(name, now, report)
                if write:
                    self._write_due(name, mailbox, now, report)
            bound.info(
                "account.done",
                seen=report.messages_seen,
                read=report.messages_read,
                drafts=len(report.drafts),
            )
        return report

    # -- reading --------------------------------------------------------------

    def _read_folder(
        self,
        name: str,
        account: ImapAccount | MaildirAccount,
        folder: str,
        mailbox: Mailbox,
        now: datetime,
        report: RunReport,
    ) -> None:
        cursor = self.store.cursor(name, folder)
        since = (now - timedelta(days=account.lookback_days)).date()
        for batch in mailbox.read_new(folder, cursor, since, wanted):
            if batch.resynced:
                log.warning("folder.resync", account=name, folder=folder, reason="UIDVALIDITY")
            # One transaction per batch: the cursor moves only with what was handled.
            with self.store.transaction():
                for fetched in batch.messages:
                    report.messages_seen += 1
                    if fetched.raw is not None:
                        report.messages_read += 1
                        self._understand(name, fetched, now, report)
                if batch.cursor is not None:
                    self.store.set_cursor(name, folder, batch.cursor, now)

    def _understand(self, account: str, fetched: Fetched, now: datetime, report: RunReport) -> None:
        ref = fetched.ref
        assert fetched.raw is not None
        try:
            result = understand_message(fetched.raw, user=self.user, source=str(ref))
        except Exception as exc:  # one bad message never stops the run
            reason = f"{type(exc).__name__}: {exc}"
            report.problems.append(f"{ref}: {reason}")
            log.warning("mail.failed", uid=ref.uid, folder=ref.folder, reason=reason)
            self.store.mark_processed(ref, "", f"error: {reason}", now)
            return
        outcomes = []
        for verdict in result.verdicts:
            if verdict.interview is None:
                outcomes.append(f"not an interview ({verdict.reason})")
                continue
            change = self.store.upsert_interview(account, verdict.interview, now)
            report.interviews[verdict.interview.uid] = change
            outcomes.append(f"interview {change}")
        for problem in result.problems:
            report.problems.append(f"{ref}: {problem}")
        log.info(
            "mail.processed",
            folder=ref.folder,
            uid=ref.uid,
            subject=result.message.subject[:80],
            signals=outcomes,
            problems=list(result.problems),
        )
        self.store.mark_processed(
            ref, result.message.message_id, "; ".join(outcomes) or "nothing", now
        )

    # -- planning -------------------------------------------------------------

    def reconcile(self, account: str, now: datetime, report: RunReport) -> None:
        """Make the outbox match what the rules ask for now (never touching done intents)."""
        result = plan(self.store.interviews(account), self.ruleset, self.user, now)
        for outcome in result.outcomes:
            if outcome.planned == 0:
                log.debug("rule.skipped", rule=outcome.rule_id, reason=outcome.reason)
        desired = {intent.key for intent in result.intents}
        for intent in result.intents:
            self.store.put_intent(intent, now)
        for stored in self.store.intents(IntentStatus.PLANNED, account):
            if stored.intent.key not in desired:
                self.store.set_status(
                    stored.intent.key,
                    IntentStatus.WITHDRAWN,
                    now,
                    note="no longer asked for (interview cancelled, or the rule changed)",
                )
                report.withdrawn.append(stored.intent.key)
                log.info("intent.withdrawn", rule=stored.intent.rule_id, key=stored.intent.key)

    # -- writing --------------------------------------------------------------

    def _write_due(self, account: str, mailbox: Mailbox, now: datetime, report: RunReport) -> None:
        for stored in self.store.intents(IntentStatus.PLANNED, account):
            intent = stored.intent
            if intent.due > now:
                continue
            if intent.expires is not None and now > intent.expires:
                note = f"fell due at {intent.due.isoformat()}, too late to be useful now"
                with self.store.transaction():
                    self.store.set_status(intent.key, IntentStatus.EXPIRED, now, note=note)
                report.expired.append(intent.key)
                log.info("intent.expired", rule=intent.rule_id, key=intent.key, due=intent.due)
                continue
            outcome = write_draft(intent, mailbox, self.user, now)
            note = (
                f"appended to {outcome.folder}"
                if outcome.appended
                else f"found already in {outcome.folder}"
            )
            with self.store.transaction():
                self.store.set_status(
                    intent.key, IntentStatus.DONE, now, note=note, appended_uid=outcome.uid
                )
                self.store.log("draft.written", now, key=intent.key, rule=intent.rule_id, note=note)
            report.drafts.append(
                WrittenDraft(
                    account=account,
                    key=intent.key,
                    rule_id=intent.rule_id,
                    to=", ".join(p.display() for p in intent.to),
                    subject=intent.subject,
                    folder=outcome.folder,
                    uid=outcome.uid,
                    appended=outcome.appended,
                )
            )
            log.info(
                "intent.done",
                rule=intent.rule_id,
                key=intent.key,
                to=[p.email for p in intent.to],
                result="appended" if outcome.appended else "already-present",
            )


@contextmanager
def stopping() -> Iterator[threading.Event]:
    """An event set by SIGTERM/SIGINT, so the poll loop stops between passes."""
    import signal

    event = threading.Event()

    def handler(signum: int, frame: object) -> None:
        event.set()

    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield event
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def run_forever(runner: Runner, clock: Callable[[], datetime]) -> None:
    """Poll: one pass, then sleep until the next due intent or the poll interval.

    A server that goes away is logged and retried with capped backoff; the
    long-running service with IDLE replaces this loop in a later version.
    """
    interval = runner.settings.run.poll_interval
    backoff = 5.0
    with stopping() as stop:
        while not stop.is_set():
            now = clock()
            try:
                runner.run_once(now)
                backoff = 5.0
                wait = float(interval)
            except FollowupdError as exc:
                log.error("run.failed", error=str(exc), retry_in=backoff)
                wait, backoff = backoff, min(backoff * 2, float(interval))
            upcoming = [
                s.intent.due
                for s in runner.store.intents(IntentStatus.PLANNED)
                if s.intent.due > now
            ]
            if upcoming:
                wait = min(wait, max(1.0, (min(upcoming) - clock()).total_seconds()))
            stop.wait(wait)


def utc_now() -> datetime:
    return datetime.now(UTC)
