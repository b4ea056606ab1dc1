"""The long-running service: one asyncio supervisor, one watcher thread per account.

    asyncio loop (TaskGroup)
    ├── a Watcher per account (service/watcher.py), on its own thread: connect → pass
    │   → IDLE until new mail or the next due intent → pass → …; a lost server is
    │   retried with backoff and caught up from the stored cursor, a refused login is
    │   reported once and tried again on SIGHUP or after LOGIN_RETRY_SECONDS; a state
    │   file that cannot be written (a full disk, a read-only folder) is said in STATUS=
    │   and the pass redone with backoff, what was committed kept
    ├── readiness: READY=1 once every account was read once or failed with its reason
    │   in STATUS= (start-up time is extended while the first passes make progress)
    ├── the rule watcher: SIGHUP or a changed rule/template file reloads the rules;
    │   a valid new set replaces the old one atomically, an invalid one is reported
    │   (file:line) and the last good set keeps running; SIGHUP also retries logins
    ├── the calendar poller (when calendars are configured)
    └── the watchdog: WATCHDOG=1 to systemd, after READY=1, only while every watcher
        is alive

SIGTERM/SIGINT stop everything within about a second: a pass in progress ends after
the batch it is in (committed; the cursor says where to go on), IDLE is left,
connections close. One account uses one connection (IDLE and reading share it):
providers limit connections per account (Gmail about 15).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import structlog

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import RuleError, StateUnwritable
from followupd.domain.intents import IntentStatus
from followupd.pipeline.progress import Progress
from followupd.pipeline.runner import Mailbox, MailboxFactory, Runner, RunReport, open_mailbox
from followupd.rules.loader import RuleSet, load_rules, rule_files
from followupd.service import sdnotify
from followupd.service.watcher import (
    BEAT_SECONDS,
    Backoff,
    State,
    Status,
    Watcher,
    WatcherContext,
)
from followupd.store import Store

log = structlog.get_logger("followupd")

RULE_CHECK_SECONDS = 2.0
# READY=1 waits for every account's first read, however long a first sync takes, as
# long as the watchers make progress (each progress extends systemd's start timeout by
# EXTEND_SECONDS). This is only the safety net: when hit, it is logged with the
# accounts not ready, and READY=1 is sent anyway.
READY_SAFETY_SECONDS = 15 * 60.0
EXTEND_SECONDS = 60.0


class Rules:
    """The rule set in force, swapped atomically on a successful reload."""

    def __init__(self, settings: Settings, ruleset: RuleSet) -> None:
        self.settings = settings
        self.current = ruleset
        self.fingerprint = self._fingerprint()

    def _files(self) -> list[Path]:
        files: list[Path] = []
        with contextlib.suppress(RuleError):
            files.extend(rule_files(self.settings.shipped_rule_paths()))
            files.extend(rule_files(self.settings.rule_paths()))
        for folder in self.settings.template_folders():
            if folder.is_dir():
                files.extend(sorted(folder.iterdir()))
        return files

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        out = []
        for f in self._files():
            with contextlib.suppress(OSError):
                st = f.stat()
                out.append((str(f), st.st_mtime_ns, st.st_size))
        return tuple(out)

    def changed_on_disk(self) -> bool:
        return self._fingerprint() != self.fingerprint

    def reload(self) -> bool:
        """Load the rules again; True when a new valid set is in force."""
        self.fingerprint = self._fingerprint()
        try:
            ruleset = load_rules(
                self.settings.rule_paths(),
                self.settings.template_folders(),
                shipped=self.settings.shipped_rule_paths(),
            )
        except RuleError as exc:
            for problem in exc.problems:
                log.error("rules.invalid", problem=str(problem))
            log.error("rules.kept", reason="the new rules are invalid; the last good set runs on")
            sdnotify.notify("STATUS=rules invalid, running the last good set")
            return False
        self.current = ruleset
        log.info("rules.reloaded", rules=len(ruleset.rules), enabled=len(ruleset.enabled()))
        return True


class RunnerPass:
    """A watcher's AccountPass: the Runner's pass over one account, with the rules in
    force at the time, on a state-file connection of the watcher's own thread."""

    def __init__(
        self,
        settings: Settings,
        rules: Rules,
        store: Store,
        name: str,
        account: ImapAccount | MaildirAccount,
        clock: Callable[[], datetime],
        smtp: Callable[[EmailMessage], None] | None,
    ) -> None:
        self.settings, self.rules, self.store = settings, rules, store
        self.name, self.account, self.clock, self.smtp = name, account, clock, smtp

    def run(self, mailbox: Mailbox, progress: Callable[[], None]) -> None:
        runner = Runner(self.settings, self.rules.current, self.store, smtp=self.smtp)
        runner.on_progress = lambda _seen: progress()
        shown = Progress(sys.stderr, self.name) if sys.stderr.isatty() else None
        runner.on_reading = shown  # `followupd run` in a terminal: a first sync moves
        self.store.forget_failure()
        self.store.check_writable()  # a full disk or read-only folder: before any mail
        try:
            runner.pass_account(self.name, self.account, mailbox, self.clock(), RunReport())
        finally:
            if shown is not None:
                shown.close()
        # A write that failed and was gone on from (one intent's failure does not stop
        # the outbox) still ends the pass as a failure: the watcher waits and redoes it.
        self.store.raise_if_unwritable()

    def next_due(self) -> datetime | None:
        planned = self.store.intents(IntentStatus.PLANNED, self.name)
        return min((s.intent.due for s in planned), default=None)


class Supervisor:
    def __init__(
        self,
        settings: Settings,
        ruleset: RuleSet,
        *,
        clock: Callable[[], datetime] | None = None,
        mailbox_factory: MailboxFactory = open_mailbox,
        smtp: Callable[[EmailMessage], None] | None = None,
    ) -> None:
        self.settings = settings
        self.rules = Rules(settings, ruleset)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.mailbox_factory = mailbox_factory
        self.smtp = smtp
        self.stop = threading.Event()
        self.ready = False  # READY=1 was sent
        self.reload_requested = asyncio.Event()
        self._stopping = asyncio.Event()  # `stop` for the loop's tasks: wakes their pauses
        self._statuses: dict[str, Status] = {}
        self._lock = threading.Lock()
        self._ended: dict[str, asyncio.Event] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self.watchers = [self._watcher(n, a) for n, a in settings.accounts.items()]

    def _watcher(self, name: str, account: ImapAccount | MaildirAccount) -> Watcher:
        self._ended[name] = asyncio.Event()
        self._statuses[name] = Status(name, State.STARTING)
        return Watcher(
            WatcherContext(
                name=name,
                account=account,
                open_mailbox=lambda: self.mailbox_factory(name, account),
                open_pass=lambda: self._open_pass(name, account),
                clock=self.clock,
                stop=self.stop,
                on_status=self._on_status,
                poll_interval=float(self.settings.run.poll_interval),
            )
        )

    @contextlib.contextmanager
    def _open_pass(self, name: str, account: ImapAccount | MaildirAccount) -> Iterator[RunnerPass]:
        with Store(self.settings.state.path) as store:
            yield RunnerPass(self.settings, self.rules, store, name, account, self.clock, self.smtp)

    # --- status (called from the watchers' threads) ---------------------------------

    def _on_status(self, status: Status) -> None:
        with self._lock:
            previous = self._statuses.get(status.account)
            self._statuses[status.account] = status
        if previous is None or previous.state != status.state:  # not every new reason
            if status.reason:
                log.info(
                    "account.state",
                    account=status.account,
                    state=status.state.value,
                    reason=status.reason,
                )
            else:
                log.info("account.state", account=status.account, state=status.state.value)
        sdnotify.notify(f"STATUS={self.summary()}")
        if status.state in (State.STOPPED, State.FAILED) and self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                self._loop.call_soon_threadsafe(self._ended[status.account].set)

    def summary(self) -> str:
        """Every account's state, for STATUS= and the log."""
        with self._lock:
            return "; ".join(s.describe() for _, s in sorted(self._statuses.items()))

    # --- control ---------------------------------------------------------------------

    def request_stop(self) -> None:
        if not self.stop.is_set():
            log.info("service.stopping")
            sdnotify.notify("STOPPING=1")
        self.stop.set()
        self._stopping.set()
        self.wake_all()

    def wake_all(self) -> None:
        for w in self.watchers:
            w.wake()

    async def serve(self) -> None:
        loop = self._loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        loop.add_signal_handler(signal.SIGHUP, self.reload_requested.set)
        log.info(
            "service.started",
            accounts=list(self.settings.accounts),
            rules=len(self.rules.current.rules),
        )
        try:
            # Create (or migrate) the state file once, before the threads open it: two
            # watchers migrating a new file at the same moment collide.
            await self._prepare_state()
            async with asyncio.TaskGroup() as tasks:
                for w in self.watchers:
                    tasks.create_task(self._watch(w))
                tasks.create_task(self._ready())
                tasks.create_task(self._rule_watcher())
                tasks.create_task(self._watchdog())
                if self.settings.calendars:
                    tasks.create_task(self._calendars())
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
            self._join_all()
        log.info("service.stopped")

    async def _prepare_state(self) -> None:
        """Open the state file once; while it cannot be written (a full disk, a read-only
        folder), say so in STATUS= and try again with backoff instead of exiting."""
        backoff = Backoff(base=1.0, cap=30.0)
        while not self.stop.is_set():
            try:
                await asyncio.to_thread(self._open_state)
                return
            except StateUnwritable as exc:
                delay = backoff.next()
                log.warning("state.unwritable", error=str(exc), retry_in=round(delay, 1))
                # Failed with its reason counts as started (as a refused login does):
                # systemd's start timeout and watchdog must not kill a service that only
                # waits for disk space. The delay is capped below WatchdogSec.
                sdnotify.notify(
                    "READY=1",
                    "WATCHDOG=1",
                    f"STATUS=state file not writable ({exc}; retrying in {delay:.0f} s)",
                )
                await self._pause(delay)

    def _open_state(self) -> None:
        with Store(self.settings.state.path):
            pass

    def _join_all(self) -> None:
        """After a failure elsewhere: stop the watchers still running (already reported)."""
        self.request_stop()
        for w in self.watchers:
            with contextlib.suppress(Exception):
                w.stop(timeout=15)

    async def _watch(self, watcher: Watcher) -> None:
        watcher.start()
        await self._ended[watcher.name].wait()
        try:
            watcher.join()  # the thread is ending: re-raises what killed it
        except Exception as exc:
            # Not a connection problem: a bug or a broken state file. Stop, and let
            # systemd restart us (Restart=on-failure) with the state as committed.
            log.error("account.failed", account=watcher.name, error=f"{type(exc).__name__}: {exc}")
            self.request_stop()
            raise

    async def _ready(self) -> None:
        """READY=1 once every account was read once or failed with its reason."""
        started = time.monotonic()
        extended = started - EXTEND_SECONDS
        while not self.stop.is_set():
            waiting = [w.name for w in self.watchers if not w.ready.is_set()]
            if not waiting:
                break
            now = time.monotonic()
            if now - started >= READY_SAFETY_SECONDS:
                log.warning(
                    "service.ready_timeout",
                    waited_s=round(now - started),
                    not_ready=waiting,
                    reason="sending READY=1 without their first read",
                )
                break
            alive = all(
                w.alive(within=max(EXTEND_SECONDS, 3 * BEAT_SECONDS)) for w in self.watchers
            )
            if alive and now - extended >= EXTEND_SECONDS / 3:
                extended = now
                sdnotify.notify(
                    f"EXTEND_TIMEOUT_USEC={int(EXTEND_SECONDS * 1_000_000)}",
                    f"STATUS=reading: {self.summary()}",
                )
            await asyncio.sleep(0.1)
        else:
            return  # stopped before ready
        self.ready = True
        sdnotify.notify("READY=1", f"STATUS={self.summary() or 'started'}")
        log.info("service.ready", accounts=self.summary())

    async def _rule_watcher(self) -> None:
        while not self.stop.is_set():
            await self._pause(RULE_CHECK_SECONDS, self.reload_requested)
            if self.stop.is_set():
                return
            signalled = self.reload_requested.is_set()
            if signalled or self.rules.changed_on_disk():
                self.reload_requested.clear()
                if signalled:  # the user may have fixed a password: try refused logins now
                    for w in self.watchers:
                        w.retry_login()
                # Before READY=1 a reload is no state change for systemd.
                if self.ready:
                    sdnotify.notify("RELOADING=1", f"MONOTONIC_USEC={sdnotify.monotonic_usec()}")
                if await asyncio.to_thread(self.rules.reload):
                    self.wake_all()
                if self.ready:
                    sdnotify.notify("READY=1")

    async def _calendars(self) -> None:
        """Read the calendars now and every poll interval; new interviews wake the watchers."""
        interval = float(self.settings.run.poll_interval)
        while not self.stop.is_set():
            found = await asyncio.to_thread(self._read_calendars_once)
            if found:
                self.wake_all()
            await self._pause(interval)

    def _read_calendars_once(self) -> int:
        try:
            return self._read_calendars_in_store()
        except StateUnwritable as exc:  # the watchers say so in STATUS=; try again later
            log.warning("calendar.state_unwritable", error=str(exc))
            return 0

    def _read_calendars_in_store(self) -> int:
        report = RunReport()
        with Store(self.settings.state.path) as store:
            runner = Runner(self.settings, self.rules.current, store, smtp=self.smtp)
            try:
                runner.read_calendars(self.clock(), report)
            except Exception as exc:  # a calendar never stops the mail
                log.error("calendar.failed", error=f"{type(exc).__name__}: {exc}")
                return 0
        for problem in report.problems:
            log.warning("calendar.problem", problem=problem)
        return len(report.interviews)

    async def _pause(self, seconds: float, *events: asyncio.Event) -> None:
        """Sleep `seconds`, or less when the service stops or one of `events` is set."""
        waits = [asyncio.ensure_future(e.wait()) for e in (self._stopping, *events)]
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()

    async def _watchdog(self) -> None:
        interval = sdnotify.watchdog_interval()
        while not self.stop.is_set():
            await self._pause(min(1.0, (interval or 5.0) / 2))
            if self.stop.is_set():
                return
            if not interval or not self.ready:  # systemd's watchdog starts with READY=1
                continue
            if all(w.alive(within=max(interval, 3 * BEAT_SECONDS)) for w in self.watchers):
                sdnotify.notify("WATCHDOG=1", f"STATUS={self.summary()}")


def serve(
    settings: Settings,
    ruleset: RuleSet,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
) -> None:
    """Run the service until SIGTERM/SIGINT."""
    supervisor = Supervisor(settings, ruleset, smtp=smtp)
    asyncio.run(supervisor.serve())
