"""The long-running service: one asyncio supervisor, one watcher thread per account.

    asyncio loop (TaskGroup)
    ├── a Watcher per account (service/watcher.py), on its own thread: connect → pass
    │   → IDLE until new mail or the next due intent → pass → …; a lost server is
    │   retried with backoff and caught up from the stored cursor, a refused login is
    │   reported once and tried again on SIGHUP or after LOGIN_RETRY_SECONDS; a state
    │   file that cannot be written (a full disk, a read-only folder, a lock held too
    │   long) is said in STATUS= and the pass redone with backoff, what was committed
    │   kept; a watcher that dies of a bug is logged, said in STATUS= and started again
    │   later (or on SIGHUP) — one account's failure never stops the others
    ├── readiness: READY=1 once every account was read once or failed with its reason
    │   in STATUS= (start-up time is extended while the first passes make progress)
    ├── the rule watcher: SIGHUP or a changed rule/template file reloads the rules;
    │   a valid new set replaces the old one atomically, an invalid one is reported
    │   (file:line) and the last good set keeps running; SIGHUP also retries logins
    ├── the calendar poller (when calendars are configured)
    └── the watchdog: WATCHDOG=1 to systemd, after READY=1, only while every watcher
        is alive (or dead of a bug and waiting to be started again)

Each watcher owns its thread (never a pooled one: asyncio's default pool has
min(32, cpus + 4) threads, and accounts beyond that were never watched). The threads
share the state file; their writes take turns (store/writer.py), so 200 accounts never
meet "database is locked". STATUS= counts the accounts by state and names those that
are not fine (service/status_line.py).

SIGTERM/SIGINT stop everything within about a second: a pass in progress ends after
the batch it is in (committed; the cursor says where to go on), IDLE is left,
connections close. One account uses one connection (IDLE and reading share it):
providers limit connections per account (Gmail about 15).

When the last pass running ends, the memory it freed is handed back to the system
(service/memory.py): an idle daemon's RSS is what it keeps, not its peak. Not after a
calendar poll: most find nothing new, and a collection costs CPU (an idle daemon's
figure); one that finds an interview wakes the watchers, whose passes release.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage

import structlog

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import StateUnwritable
from followupd.pipeline.runner import MailboxFactory, Runner, RunReport, open_mailbox
from followupd.rules.loader import RuleSet
from followupd.service import sdnotify
from followupd.service.memory import IdleRelease
from followupd.service.runner_pass import Rules, RunnerPass
from followupd.service.status_line import summarize
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

# How often rule and template files are looked at for changes (SIGHUP reloads at once).
# Not tighter: an idle daemon's CPU is mostly this, and many may run on one machine.
RULE_CHECK_SECONDS = 10.0
# READY=1 waits for every account's first read, however long a first sync takes, as
# long as the watchers make progress (each progress extends systemd's start timeout by
# EXTEND_SECONDS). This is only the safety net: when hit, it is logged with the
# accounts not ready, and READY=1 is sent anyway.
READY_SAFETY_SECONDS = 15 * 60.0
EXTEND_SECONDS = 60.0
# An account whose watcher died of a bug is started again after this long, doubling
# up to the cap (or at once on a reload); the other accounts go on meanwhile.
RESTART_SECONDS = 30.0
RESTART_CAP_SECONDS = 30 * 60.0


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
        self.idle = IdleRelease()
        self.stop = threading.Event()
        self.ready = False  # READY=1 was sent
        self.reload_requested = asyncio.Event()
        self._stopping = asyncio.Event()  # `stop` for the loop's tasks: wakes their pauses
        self._statuses: dict[str, Status] = {}
        self._lock = threading.Lock()
        self._ended: dict[str, asyncio.Event] = {}
        self._restart_now: dict[str, asyncio.Event] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self.watchers = [self._watcher(n, a) for n, a in settings.accounts.items()]

    def _watcher(self, name: str, account: ImapAccount | MaildirAccount) -> Watcher:
        self._ended[name] = asyncio.Event()
        self._restart_now[name] = asyncio.Event()
        self._statuses[name] = Status(name, State.STARTING)
        return Watcher(self._context(name, account))

    def _context(self, name: str, account: ImapAccount | MaildirAccount) -> WatcherContext:
        return WatcherContext(
            name=name,
            account=account,
            open_mailbox=lambda: self.mailbox_factory(name, account),
            open_pass=lambda: self._open_pass(name, account),
            clock=self.clock,
            stop=self.stop,
            on_status=self._on_status,
            poll_interval=float(self.settings.run.poll_interval),
        )

    @contextlib.contextmanager
    def _open_pass(self, name: str, account: ImapAccount | MaildirAccount) -> Iterator[RunnerPass]:
        with Store(self.settings.state.path) as store:
            yield RunnerPass(
                self.settings, self.rules, store, name, account, self.clock, self.smtp, self.idle
            )

    # --- status (called from the watchers' threads) ---------------------------------

    def _on_status(self, status: Status) -> None:
        self._publish(status)
        if status.state in (State.STOPPED, State.FAILED) and self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                self._loop.call_soon_threadsafe(self._ended[status.account].set)

    def _publish(self, status: Status) -> None:
        """Record an account's new status; log a change of state; send STATUS=."""
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

    def summary(self) -> str:
        """Every account's state, for STATUS= and the log (service/status_line.py)."""
        with self._lock:
            return summarize(self._statuses.values())

    def _healthy(self, within: float) -> bool:
        """Every watcher beats, except those that died and wait to be started again
        (their failure is in STATUS=; a restart of the whole service would not help
        them and would interrupt every other account)."""
        return all(w.alive(within) or w.exception is not None for w in self.watchers)

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
                for index in range(len(self.watchers)):
                    tasks.create_task(self._watch(index))
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

    async def _watch(self, index: int) -> None:
        """Run one account's watcher; when it dies of a bug, log it, say so in STATUS=,
        and start it again later: one account's failure never stops the others."""
        backoff = Backoff(base=RESTART_SECONDS, cap=RESTART_CAP_SECONDS)
        while True:
            watcher = self.watchers[index]
            name = watcher.name
            self._ended[name].clear()
            watcher.start()
            await self._ended[name].wait()
            try:
                watcher.join()  # the thread is ending: re-raises what killed it
                return  # stopped
            except Exception as exc:
                # Not a connection problem (those are retried inside the watcher): a
                # bug, or a state file that cannot be used.
                error = f"{type(exc).__name__}: {exc}"
                delay = backoff.next()
                log.error("account.failed", account=name, error=error, restart_in=round(delay))
                self._publish(Status(name, State.FAILED, f"{error}; restarting in {delay:.0f} s"))
            self._restart_now[name].clear()
            await self._pause(delay, self._restart_now[name])
            if self.stop.is_set():
                return
            self.watchers[index] = Watcher(watcher.ctx)

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
            alive = self._healthy(within=max(EXTEND_SECONDS, 3 * BEAT_SECONDS))
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
                    for restart in self._restart_now.values():  # and failed accounts
                        restart.set()
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
        except Exception as exc:  # a calendar never stops the mail
            log.error("calendar.failed", error=f"{type(exc).__name__}: {exc}")
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
        if not interval:  # no watchdog (not under systemd, or WatchdogSec= unset)
            await self._stopping.wait()
            return
        while not self.stop.is_set():
            # Half the interval, as sd_watchdog_enabled(3) says; no tighter: with many
            # instances on one machine, every wake-up of an idle daemon counts.
            await self._pause(interval / 2 if self.ready else min(1.0, interval / 2))
            if self.stop.is_set():
                return
            if not self.ready:  # systemd's watchdog starts with READY=1
                continue
            if self._healthy(within=max(interval, 3 * BEAT_SECONDS)):
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
