"""One pass of the pipeline over every account.

    read new mail (read-only) → understand → track the hiring processes → plan →
    reconcile the outbox → carry out what is due (exactly once)

`Runner.run_once` does one pass; `followupd plan` runs the same pass against an
in-memory copy of the state with writing turned off, so it changes nothing.
One message that cannot be understood or tracked is logged (`mail.failed` with
its account, folder, UID and the reason in words), recorded as processed with the
outcome "failed: …" (so it is not read again and again; `status` counts them) and
skipped; what it had half written is undone. An occurrence the engine cannot plan
is logged as `plan.failed` and skipped (`Plan.problems`). Neither stops the run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Protocol

import structlog

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import FollowupdError, StateError
from followupd.domain.intents import IntentKind, IntentStatus
from followupd.domain.model import CalendarStatus, MessageRef, ParsedMessage, UserIdentity
from followupd.domain.ports import Candidate, DraftFolder, Fetched, MailReader, NoteFolder
from followupd.domain.signals import Signal, SignalKind
from followupd.pipeline.calendar_pass import read_calendars
from followupd.pipeline.due import HISTORY_GRACE
from followupd.pipeline.first_run import send_summary
from followupd.pipeline.outbox import DeliveryFolders, Done, OutboxReport, execute_due, reconcile
from followupd.pipeline.selector import Selector
from followupd.pipeline.tracker import Tracked, Tracker
from followupd.rules.engine import Plan, in_words
from followupd.rules.loader import RuleSet
from followupd.store import Store
from followupd.track import Observed
from followupd.understand import MessageUnderstanding, understand_message
from followupd.understand.candidacy import candidacy, withdrawal
from followupd.understand.classify import DEFAULT_SIGNAL_LEXICON, SignalLexicon, classify
from followupd.understand.conversation import ApplicationIndex, assign
from followupd.understand.interview import as_interview

log = structlog.get_logger("followupd")

# How long after writing a draft followupd keeps checking whether it was sent.
DRAFT_WATCH = timedelta(days=3)
# Rounds of reading skipped mail made relevant (each may make more relevant).
_RECALL_ROUNDS = 4


def _header_date(value: str) -> datetime | None:
    """A Date header as an aware moment, or None."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _index_keys(index: ApplicationIndex) -> set[str]:
    """The selector keys (`pipeline.selector.message_keys`) of everything known to matter."""
    keys: set[str] = set()
    for app in index.applications.values():
        keys.update(f"d:{d}" for d in app.domains)
        people = (*app.contacts, *((app.contact,) if app.contact else ()))
        keys.update(f"a:{p.email}" for p in people)
    for message_id in index.by_message:
        keys.add(f"m:{message_id}")  # an earlier message of a known thread
        keys.add(f"r:{message_id}")  # a reply to a message of one
    return keys


class Mailbox(MailReader, DraftFolder, NoteFolder, Protocol):
    """An account: read-only folders, a write-once Drafts folder, reminders into INBOX."""

    def sent_folder_name(self) -> str | None: ...


MailboxFactory = Callable[[str, ImapAccount | MaildirAccount], AbstractContextManager[Mailbox]]


def open_mailbox(
    name: str, account: ImapAccount | MaildirAccount
) -> AbstractContextManager[Mailbox]:
    if isinstance(account, MaildirAccount):
        from followupd.mailstores.maildir import MaildirMailbox

        return MaildirMailbox(name, account)
    from followupd.mailstores.imap import ImapMailbox

    return ImapMailbox(name, account)


@dataclass
class RunReport:
    messages_seen: int = 0
    messages_read: int = 0
    old_messages: int = 0  # dated more than HISTORY_GRACE before the pass: history
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    happenings: list[str] = field(default_factory=list)
    done: list[Done] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    not_interviews: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)
    plan: Plan | None = None

    @property
    def drafts(self) -> list[Done]:
        return [d for d in self.done if d.kind == IntentKind.DRAFT.value]


@dataclass
class Processed:
    """Everything one message gave: understanding, signals, and what the tracker recorded."""

    result: MessageUnderstanding
    signals: list[Signal]
    tracked: Tracked
    interviews: dict[str, str]  # interview uid -> change
    outcomes: list[str]  # in words, for the log line


# Built once per rule set (a Runner is made per pass; a reload makes a new rule set).
# The rule set is held with its lexicon, so its id is never reused while cached.
_LEXICONS: dict[int, tuple[RuleSet, SignalLexicon]] = {}
_LEXICONS_KEPT = 4


def signal_lexicon(ruleset: RuleSet) -> SignalLexicon:
    """The classifier's phrase lists with those the rule files add (`lexicon:`), cached."""
    cached = _LEXICONS.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    lexicon = DEFAULT_SIGNAL_LEXICON.extended(**ruleset.lexicon_extensions.phrases())
    while len(_LEXICONS) >= _LEXICONS_KEPT:
        del _LEXICONS[next(iter(_LEXICONS))]
    _LEXICONS[id(ruleset)] = (ruleset, lexicon)
    return lexicon


def _known(tracker: Tracker, user: UserIdentity) -> Callable[[ParsedMessage], str]:
    """Why a message is part of a hiring conversation already followed — its thread or
    a contact of the application (a company's domain alone is not enough) — or ''."""

    def known(msg: ParsedMessage) -> str:
        from_user = msg.sender is not None and user.is_me(msg.sender.email)
        found = assign(msg, user=user, index=tracker.index, from_user=from_user)
        if not found.application or not found.close:
            return ""
        return f"part of a hiring conversation followupd follows ({found.reason})"

    return known


def process_message(
    raw: bytes,
    source: str,
    account: str,
    tracker: Tracker,
    user: UserIdentity,
    now: datetime,
    *,
    lexicon: SignalLexicon = DEFAULT_SIGNAL_LEXICON,
    corrections: Mapping[str, str] | None = None,
) -> Processed:
    """Understand one message and record what it means (the one path for run and explain).

    The message is parsed once and its quotes stripped once (`understand_message`);
    the sender's UTC offset comes with the parse.
    """
    result = understand_message(raw, user=user, source=source, known=_known(tracker, user))
    msg = result.message
    said = (corrections or {}).get(msg.message_id, "")
    if said == "nothing":  # the user marked it as nothing (`followupd mark … nothing`)
        return Processed(
            result, [], Tracked(reason="marked as nothing by you"), {}, ["marked as nothing by you"]
        )
    signals = classify(
        msg, user=user, lexicon=lexicon, sent_offset=msg.sent_offset, body=result.new_text
    )
    for more in (candidacy, withdrawal):
        found = more(msg, result.new_text, user=user)
        if found is not None:
            signals.append(found)
    if said == "application" and not any(s.kind == SignalKind.CANDIDACY for s in signals):
        signals.append(
            Signal(kind=SignalKind.CANDIDACY, evidence="marked as an application by you")
        )
    text_interview = result.text_interview
    if said == "interview" and text_interview is not None and text_interview.interview:
        # The user says it is an interview: a time the text gave but left unsure is it.
        fixed = text_interview.interview.model_copy(update={"status": CalendarStatus.CONFIRMED})
        text_interview = replace(text_interview, kind="scheduled", interview=fixed)
    interviews = tuple(v.interview for v in result.verdicts if v.interview is not None)
    if said == "interview" and not interviews and result.items:
        # The user says its calendar event is an interview, whatever the judge said.
        items = {i.uid: i for i in result.items}.values()
        marked = (as_interview(i, user=user, message=msg, source=source) for i in items)
        interviews = tuple(iv for iv in marked if iv is not None)
    observed = Observed(
        msg,
        result.new_text,
        tuple(signals),
        interviews,
        tuple(v.crowded for v in result.verdicts if v.crowded is not None),
        text_interview,
    )
    tracked = tracker.track(account, observed, now)
    outcomes: list[str] = []
    changes = iter(tracked.interview_log)
    for verdict in result.verdicts:
        if verdict.interview is None and not any(iv.uid == verdict.item_uid for iv in interviews):
            outcomes.append(f"not an interview ({verdict.reason})")
        else:
            outcomes.append(f"interview {next(changes, 'marked by you')}")
    outcomes.extend(f"interview {change}" for change in changes)  # from the text
    outcomes.extend(tracked.happenings)
    return Processed(result, signals, tracked, dict(tracked.interviews), outcomes)


class Runner:
    def __init__(
        self,
        settings: Settings,
        ruleset: RuleSet,
        store: Store,
        mailbox_factory: MailboxFactory = open_mailbox,
        smtp: Callable[[EmailMessage], None] | None = None,
    ) -> None:
        self.settings = settings
        self.ruleset = ruleset
        self.store = store
        self.user: UserIdentity = settings.user.identity()
        self.open_mailbox = mailbox_factory
        self.smtp = smtp
        # Called after every batch of a folder read with the messages looked at so far:
        # the service's liveness beat, and progress on a terminal.
        self.on_progress: Callable[[int], None] | None = None
        # Called after every batch with (folder, looked at in it so far, to look at in it):
        # "reading INBOX: 1,200 of 10,000" on a terminal.
        self.on_reading: Callable[[str, int, int], None] | None = None
        self._corrected: dict[str, str] | None = None

    def run_once(self, now: datetime, *, write: bool = True) -> RunReport:
        report = RunReport()
        # Calendars first: their interviews are planned with the first account's mail.
        # Reading is fine in a dry run (`plan` works on an in-memory copy of the state).
        self.read_calendars(now, report)
        for name, account in self.settings.accounts.items():
            with self.open_mailbox(name, account) as mailbox:
                self.pass_account(name, account, mailbox, now, report, write=write)
        if not self.settings.accounts:
            self.plan(now, report)
        return report

    def read_calendars(self, now: datetime, report: RunReport) -> None:
        """Read every [[calendars]] entry once; a broken calendar is a problem, not a stop."""
        if self.settings.calendars:
            report.problems.extend(
                read_calendars(
                    self.settings,
                    self.store,
                    lambda: Tracker(self.store, self.user),
                    now,
                    found=report.interviews,
                )
            )

    def pass_account(
        self,
        name: str,
        account: ImapAccount | MaildirAccount,
        mailbox: Mailbox,
        now: datetime,
        report: RunReport,
        *,
        write: bool = True,
    ) -> None:
        """One pass over one account on an open mailbox: read, plan, carry out.

        Without `write` (`followupd plan`, on an in-memory copy of the state) nothing is
        written to the mailbox, but the pass goes as far as the state lets it: where the
        drafts are now (sent, deleted), and the changes of state that are due (cancels,
        stages, which only touch the state) — so what is left planned, and what will be
        skipped, is what `run` would find.
        """
        begin = getattr(mailbox, "begin_pass", None)
        if callable(begin):  # the mailbox forgets what it learnt of its folders last pass
            begin()
        with self.store.transaction():
            first = self.store.begin_first_pass(name, now)
        seen_before, old_before = report.messages_seen, report.old_messages
        self.read_account(name, account, mailbox, now, report)
        seen = report.messages_seen - seen_before
        if first and report.old_messages == old_before:
            with self.store.transaction():  # no old mail: no history to summarise
                self.store.record_summary(name, "")
        self.check_drafts(name, mailbox, now)  # it only looks; a dry run's state is a copy
        self.plan(now, report)
        self.carry_out(name, mailbox, now, report, state_only=not write)
        if write and name in self.store.first_passes() and not self.store.summary_sent(name):
            # One note on what the first pass found, instead of a pile of late ones.
            send_summary(self.store, mailbox, self.user, name, now, seen, smtp=self.smtp)
        log.info(
            "account.done",
            account=name,
            seen=report.messages_seen,
            read=report.messages_read,
            done=len(report.done),
        )

    def plan(self, now: datetime, report: RunReport) -> Plan:
        """Reconcile the outbox with the rules; log each occurrence that could not be planned
        (once per pass, however often the pass plans) and add it to the report's problems."""
        result = reconcile(self.store, self.ruleset, self.user, now)
        for problem in result.problems:
            text = str(problem)
            if text in report.problems:
                continue
            report.problems.append(text)
            log.warning(
                "plan.failed",
                rule=problem.rule_id,
                trigger=problem.trigger,
                ref=problem.ref or None,
                application=problem.application or None,
                interview=problem.interview or None,
                reason=problem.reason,
            )
        report.plan = result
        return result

    def carry_out(
        self,
        name: str,
        mailbox: Mailbox,
        now: datetime,
        report: RunReport,
        *,
        state_only: bool = False,
    ) -> None:
        """Carry out what is due, planning again only when a change of state was carried out.

        Changes of state (cancels, stages) go first; when one was made, the rules may ask
        for something else, so the World is built and planned once more before the rest.
        A change of state that only this second plan makes due is carried out with the
        rest and reconciled at the next pass (every pass plans before it carries out).
        With `state_only` (a dry run) only the changes of state are carried out.
        """
        outbox = OutboxReport()
        folders = DeliveryFolders(name, mailbox, mailbox)
        if execute_due(
            self.store, folders, self.user, now, outbox, smtp=self.smtp, state_only=True
        ):
            self.plan(now, report)
        execute_due(
            self.store, folders, self.user, now, outbox, smtp=self.smtp, state_only=state_only
        )
        report.done.extend(outbox.done)
        report.expired.extend(outbox.expired)

    # -- reading --------------------------------------------------------------

    def read_account(
        self,
        name: str,
        account: ImapAccount | MaildirAccount,
        mailbox: Mailbox,
        now: datetime,
        report: RunReport,
    ) -> None:
        tracker = Tracker(self.store, self.user)
        folders = list(account.folders)
        sent = mailbox.sent_folder_name()
        # The user's own mail first: an application they sent starts its process before
        # the company's answer is read, and a reply to their mail is known as one.
        if sent:
            folders = [sent, *(f for f in folders if f != sent)]
        chooser = Selector(tracker.index, self.user.addresses(), self.store.own_message_ids())
        for folder in folders:
            self._read_folder(
                name, account, folder, folder == sent, mailbox, tracker, chooser, now, report
            )
        self._recall(name, mailbox, tracker, now, report)
        with self.store.transaction():
            self.store.forget_skipped_before(name, now - timedelta(days=account.lookback_days))

    def _read_folder(
        self,
        name: str,
        account: ImapAccount | MaildirAccount,
        folder: str,
        is_sent: bool,
        mailbox: Mailbox,
        tracker: Tracker,
        chooser: Selector,
        now: datetime,
        report: RunReport,
    ) -> None:
        cursor = self.store.cursor(name, folder)
        since = (now - timedelta(days=account.lookback_days)).date()
        looked_at = 0
        for batch in mailbox.read_new(folder, cursor, since, chooser.wanted):
            looked_at += len(batch.messages)
            if batch.resynced:
                log.warning("folder.resync", account=name, folder=folder, reason="UIDVALIDITY")
            # One transaction per batch: the cursor moves only with what was handled.
            with self.store.transaction():
                skipped: list[tuple[MessageRef, tuple[str, ...], datetime]] = []
                own: list[tuple[str, str, datetime]] = []
                for fetched in batch.messages:
                    report.messages_seen += 1
                    judged = chooser.take(fetched.ref)
                    at = _header_date(judged.date if judged else "") or now
                    if at < now - HISTORY_GRACE:
                        report.old_messages += 1
                    if is_sent and judged is not None:
                        own.extend((name, k[2:], at) for k in judged.keys if k.startswith("m:"))
                    if fetched.raw is not None:
                        report.messages_read += 1
                        app = self._understand(name, fetched, tracker, now, report)
                        if app == "" and judged is not None:
                            # Read, but part of no process yet: kept, to be read again
                            # once its thread, people or company are known (a thank-you
                            # in Sent read before the invitation that makes them
                            # contacts; an invitation from a company whose acknowledgement
                            # was not understood, once its next mail starts the process).
                            skipped.append((fetched.ref, judged.keys, at))
                    elif judged is not None and judged.keys:
                        skipped.append((fetched.ref, judged.keys, at))
                self.store.remember_skipped(skipped)
                self.store.remember_own(own)
                chooser.own_threads = {*chooser.own_threads, *(mid for _, mid, _ in own)}
                if batch.cursor is not None:
                    self.store.set_cursor(name, folder, batch.cursor, now)
            # What this batch taught (a new application, a contact) counts for the next.
            chooser.index = tracker.index
            chooser.refresh()
            if self.on_progress is not None:
                self.on_progress(report.messages_seen)
            if self.on_reading is not None and batch.total:
                self.on_reading(folder, looked_at, batch.total)

    def _recall(
        self, name: str, mailbox: Mailbox, tracker: Tracker, now: datetime, report: RunReport
    ) -> None:
        """Read skipped mail that what was read since has made relevant, oldest first.

        A message skipped as noise belongs to a hiring process after all when a later
        one made its thread, a person on it or its company known: an application sent
        from Sent and answered later, a rejection in German read before the invitation
        that started the process. Each round may make more known; a few rounds suffice.
        """
        corrected = {f"c:{mid}" for mid in self.store.corrections()}
        for _ in range(_RECALL_ROUNDS):
            keys = _index_keys(tracker.index) | corrected
            found = self.store.recall_skipped(name, keys)
            if not found:
                return
            for ref, _at in found:
                with self.store.transaction():
                    cursor = self.store.cursor(name, ref.folder)
                    self.store.forget_skipped(ref)
                    if cursor is None or cursor.uidvalidity != ref.uidvalidity:
                        continue  # the folder was renumbered: the message was read again
                    try:
                        raw = mailbox.fetch(ref.folder, ref.uid)
                    except FollowupdError as exc:
                        log.info("mail.recall_gone", account=name, ref=str(ref), reason=str(exc))
                        continue
                    report.messages_read += 1
                    self._understand(
                        name, Fetched(ref, raw, Candidate(ref, b"")), tracker, now, report
                    )

    def _corrections(self) -> dict[str, str]:
        """What the user said messages are (`followupd mark`), read once per pass."""
        if self._corrected is None:
            self._corrected = {mid: c[0] for mid, c in self.store.corrections().items()}
        return self._corrected

    def _failed(
        self, account: str, fetched: Fetched, exc: Exception, now: datetime, report: RunReport
    ) -> None:
        """One message could not be understood or tracked: say so, record it, go on."""
        ref = fetched.ref
        reason = str(exc) if isinstance(exc, FollowupdError) else in_words(exc)
        report.problems.append(f"{ref}: {reason}")
        log.warning("mail.failed", account=account, folder=ref.folder, uid=ref.uid, reason=reason)
        self.store.mark_processed(ref, "", f"failed: {reason}", now)

    def _understand(
        self, account: str, fetched: Fetched, tracker: Tracker, now: datetime, report: RunReport
    ) -> str | None:
        """Understand and track one message; the application it joined, '' (none), or
        None when it could not be understood (recorded as failed, never read again)."""
        ref = fetched.ref
        assert fetched.raw is not None
        try:
            lexicon = signal_lexicon(self.ruleset)  # built once per rule set, then cached
            done = process_message(
                fetched.raw,
                str(ref),
                account,
                tracker,
                self.user,
                now,
                lexicon=lexicon,
                corrections=self._corrections(),
            )
        except StateError:
            raise  # the state file cannot be written: not this message's fault
        except Exception as exc:  # one bad message never stops the run
            self._failed(account, fetched, exc, now, report)
            return None
        report.interviews.update(done.interviews)
        titles = {item.uid: item.summary for item in done.result.items}
        for verdict in done.result.verdicts:
            if verdict.interview is None:
                report.not_interviews.append((titles.get(verdict.item_uid, ""), verdict.reason))
        report.happenings.extend(done.tracked.happenings)
        report.problems.extend(f"{ref}: {p}" for p in done.result.problems)
        log.info(
            "mail.processed",
            account=account,
            folder=ref.folder,
            uid=ref.uid,
            subject=done.result.message.subject[:80],
            application=done.tracked.application or None,
            signals=[s.kind.value for s in done.signals],
            events=done.outcomes,
            problems=list(done.result.problems),
        )
        self.store.mark_processed(
            ref, done.result.message.message_id, "; ".join(done.outcomes) or "nothing", now
        )
        return done.tracked.application

    # -- drafts already written -----------------------------------------------

    def check_drafts(self, name: str, mailbox: Mailbox, now: datetime) -> None:
        """Note where recent drafts are now (still in Drafts, sent, or gone): for nudges."""
        for stored in self.store.intents(IntentStatus.DONE, name):
            if stored.intent.kind != IntentKind.DRAFT or stored.done_at is None:
                continue
            if now - stored.done_at > DRAFT_WATCH or stored.location in ("sent", "gone"):
                continue
            trace = self.store.letter_trace(stored, self.user)
            if trace is None:
                continue
            location = mailbox.locate_letter(trace)
            if location != stored.location:
                with self.store.transaction():
                    self.store.set_location(stored.intent.key, location, now)
