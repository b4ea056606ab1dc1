"""The long-running service: one asyncio supervisor, one watcher thread per account.

    asyncio loop (TaskGroup)
    ├── a watcher per account, on its own thread (imapclient blocks and is not
    │   thread-safe): connect → pass → IDLE until new mail or the next due intent
    │   → pass → …; on any failure, capped exponential backoff with jitter, then a
    │   reconnect that catches up from the stored cursor (nothing missed, nothing twice)
    ├── the rule watcher: SIGHUP or a changed rule/template file reloads the rules;
    │   a valid new set replaces the old one atomically, an invalid one is reported
    │   (file:line) and the last good set keeps running
    ├── the calendar poller (when calendars are configured)
    └── the watchdog: WATCHDOG=1 to systemd only while every watcher is alive

SIGTERM/SIGINT stop everything within about a second: a pass in progress finishes
its transaction (the state stays consistent), IDLE is left, connections close.
One account uses one connection (IDLE and reading share it): providers limit
connections per account (Gmail about 15).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import structlog

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import LoginFailed, RuleError, SourceError
from followupd.domain.intents import IntentStatus
from followupd.pipeline.runner import MailboxFactory, Runner, RunReport, open_mailbox
from followupd.rules.loader import RuleSet, load_rules, rule_files
from followupd.service import sdnotify
from followupd.store import Store

log = structlog.get_logger("followupd")

# How often a watcher proves it is alive while waiting (and re-checks what is due).
BEAT_SECONDS = 30.0
RULE_CHECK_SECONDS = 2.0


class Backoff:
    """Capped exponential backoff with jitter: 2, 4, 8 … 300 s, each × 0.5–1.0."""

    def __init__(self, base: float = 2.0, cap: float = 300.0) -> None:
        self.base, self.cap, self.failures = base, cap, 0

    def next(self) -> float:
        delay = min(self.cap, self.base * 2.0**self.failures)
        self.failures += 1
        return delay * random.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.failures = 0


class Rules:
    """The rule set in force, swapped atomically on a successful reload."""

    def __init__(self, settings: Settings, ruleset: RuleSet) -> None:
        self.settings = settings
        self.current = ruleset
        self.fingerprint = self._fingerprint()

    def _files(self) -> list[Path]:
        files: list[Path] = []
        with contextlib.suppress(RuleError):
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
            ruleset = load_rules(self.settings.rule_paths(), self.settings.template_folders())
        except RuleError as exc:
            for problem in exc.problems:
                log.error("rules.invalid", problem=str(problem))
            log.error("rules.kept", reason="the new rules are invalid; the last good set runs on")
            sdnotify.notify("STATUS=rules invalid, running the last good set")
            return False
        self.current = ruleset
        log.info("rules.reloaded", rules=len(ruleset.rules), enabled=len(ruleset.enabled()))
        return True


@dataclass
class Health:
    beats: dict[str, float] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def beat(self, name: str, state: str | None = None) -> None:
        with self.lock:
            self.beats[name] = time.monotonic()
            if state is not None and self.states.get(name) != state:
                self.states[name] = state
                log.info("account.state", account=name, state=state)

    def alive(self, within: float) -> bool:
        now = time.monotonic()
        with self.lock:
            return all(now - beat < within for beat in self.beats.values())

    def summary(self) -> str:
        with self.lock:
            return ", ".join(f"{n}: {s}" for n, s in sorted(self.states.items()))


class Watcher:
    """One account, on its own thread: passes, then waits for mail or the next due intent."""

    def __init__(
        self,
        name: str,
        account: ImapAccount | MaildirAccount,
        supervisor: Supervisor,
    ) -> None:
        self.name, self.account, self.sup = name, account, supervisor
        self.wake = threading.Event()
        self.backoff = Backoff()

    def run(self) -> None:
        sup = self.sup
        store = Store(sup.settings.state.path)
        try:
            while not sup.stop.is_set():
                try:
                    with sup.mailbox_factory(self.name, self.account) as mailbox:
                        sup.health.beat(self.name, "connected")
                        self.backoff.reset()
                        self._serve(mailbox, store)
                except (SourceError, LoginFailed) as exc:
                    delay = self.backoff.next()
                    sup.health.beat(self.name, "disconnected")
                    log.warning(
                        "account.retry", account=self.name, error=str(exc), retry_in=round(delay, 1)
                    )
                    self._sleep(delay)
        finally:
            store.close()

    def _serve(self, mailbox: object, store: Store) -> None:
        sup = self.sup
        while not sup.stop.is_set():
            self.wake.clear()
            runner = Runner(sup.settings, sup.rules.current, store, smtp=sup.smtp)
            runner.on_progress = lambda _seen: sup.health.beat(self.name)
            runner.pass_account(self.name, self.account, mailbox, sup.clock(), RunReport())  # type: ignore[arg-type]
            sup.health.beat(self.name, "watching")
            while not sup.stop.is_set():
                timeout = min(BEAT_SECONDS, self._until_next_due(store))
                changed = self._wait(mailbox, timeout)
                sup.health.beat(self.name)
                if changed or self.wake.is_set() or self._until_next_due(store) <= 0:
                    break

    def _until_next_due(self, store: Store) -> float:
        now = self.sup.clock()
        dues = [s.intent.due for s in store.intents(IntentStatus.PLANNED, self.name)]
        if not dues:
            return BEAT_SECONDS
        return max(0.0, (min(dues) - now).total_seconds())

    def _wait(self, mailbox: object, timeout: float) -> bool:
        if timeout <= 0:
            return False
        wait_for_change = getattr(mailbox, "wait_for_change", None)
        if wait_for_change is not None:
            folder = self.account.folders[0] if self.account.folders else "INBOX"
            return bool(wait_for_change(folder, timeout, stop=self.wake))
        # A Maildir: no push; look again at the poll interval.
        self.wake.wait(min(timeout, float(self.sup.settings.run.poll_interval)))
        return True

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.sup.stop.is_set() and time.monotonic() < deadline:
            self.wake.wait(min(1.0, deadline - time.monotonic()))
            self.sup.health.beat(self.name)


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
        self.health = Health()
        self.watchers = [Watcher(n, a, self) for n, a in settings.accounts.items()]
        self.reload_requested = asyncio.Event()

    def request_stop(self) -> None:
        if not self.stop.is_set():
            log.info("service.stopping")
            sdnotify.notify("STOPPING=1")
        self.stop.set()
        for w in self.watchers:
            w.wake.set()

    def wake_all(self) -> None:
        for w in self.watchers:
            w.wake.set()

    async def serve(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        loop.add_signal_handler(signal.SIGHUP, self.reload_requested.set)
        log.info(
            "service.started",
            accounts=list(self.settings.accounts),
            rules=len(self.rules.current.rules),
        )
        try:
            async with asyncio.TaskGroup() as tasks:
                for w in self.watchers:
                    tasks.create_task(self._watch(w))
                tasks.create_task(self._rule_watcher())
                tasks.create_task(self._watchdog())
                if self.settings.calendars:
                    tasks.create_task(self._calendars())
                tasks.create_task(self._ready())
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
        log.info("service.stopped")

    async def _watch(self, watcher: Watcher) -> None:
        try:
            await asyncio.to_thread(watcher.run)
        except Exception as exc:
            # Not a connection problem: a bug or a broken state file. Stop, and let
            # systemd restart us (Restart=on-failure) with the state as committed.
            log.error("account.failed", account=watcher.name, error=repr(exc))
            self.request_stop()
            raise

    async def _rule_watcher(self) -> None:
        while not self.stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.reload_requested.wait(), RULE_CHECK_SECONDS)
            if self.stop.is_set():
                return
            if self.reload_requested.is_set() or self.rules.changed_on_disk():
                self.reload_requested.clear()
                sdnotify.notify("RELOADING=1", f"MONOTONIC_USEC={sdnotify.monotonic_usec()}")
                if await asyncio.to_thread(self.rules.reload):
                    self.wake_all()
                sdnotify.notify("READY=1")

    async def _calendars(self) -> None:
        """Read the calendars now and every poll interval; new interviews wake the watchers."""
        interval = float(self.settings.run.poll_interval)
        while not self.stop.is_set():
            found = await asyncio.to_thread(self._read_calendars_once)
            if found:
                self.wake_all()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped(), interval)

    def _read_calendars_once(self) -> int:
        report = RunReport()
        with Store(self.settings.state.path) as store:
            runner = Runner(self.settings, self.rules.current, store, smtp=self.smtp)
            try:
                runner.read_calendars(self.clock(), report)
            except Exception as exc:  # a calendar never stops the mail
                log.error("calendar.failed", error=repr(exc))
                return 0
        for problem in report.problems:
            log.warning("calendar.problem", problem=problem)
        return len(report.interviews)

    async def _stopped(self) -> None:
        while not self.stop.is_set():
            await asyncio.sleep(0.5)

    async def _watchdog(self) -> None:
        interval = sdnotify.watchdog_interval()
        while not self.stop.is_set():
            await asyncio.sleep(min(1.0, (interval or 5.0) / 2))
            if interval and self.health.alive(within=max(interval, 3 * BEAT_SECONDS)):
                sdnotify.notify("WATCHDOG=1", f"STATUS={self.health.summary()}")

    async def _ready(self) -> None:
        deadline = time.monotonic() + 60
        while (
            len(self.health.beats) < len(self.watchers)
            and time.monotonic() < deadline
            and not self.stop.is_set()
        ):
            await asyncio.sleep(0.1)
        sdnotify.notify("READY=1", f"STATUS={self.health.summary() or 'started'}")
        log.info("service.ready", accounts=self.health.summary())


def serve(
    settings: Settings,
    ruleset: RuleSet,
    *,
    smtp: Callable[[EmailMessage], None] | None = None,
) -> None:
    """Run the service until SIGTERM/SIGINT."""
    supervisor = Supervisor(settings, ruleset, smtp=smtp)
    asyncio.run(supervisor.serve())
