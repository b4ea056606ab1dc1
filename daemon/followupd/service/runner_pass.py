"""What each watcher runs: the Runner's pass over one account, with the rules in force.

Rules holds the rule set the service runs; a reload (SIGHUP, a changed file) swaps in a
new valid set atomically, or keeps the last good one and says why. RunnerPass is a
watcher's AccountPass (service/watcher.py) on a state-file connection of its own thread;
when the last pass running ends, the memory it freed is handed back (service/memory.py).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import structlog

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import RuleError
from followupd.domain.intents import IntentStatus
from followupd.pipeline.progress import Progress
from followupd.pipeline.runner import Mailbox, Runner, RunReport
from followupd.rules.loader import RuleSet, load_rules, rule_files
from followupd.service import sdnotify
from followupd.service.memory import IdleRelease
from followupd.store import Store

__all__ = ["Rules", "RunnerPass"]

log = structlog.get_logger("followupd")


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
        idle: IdleRelease | None = None,
    ) -> None:
        self.settings, self.rules, self.store = settings, rules, store
        self.name, self.account, self.clock, self.smtp = name, account, clock, smtp
        self.idle = idle or IdleRelease()

    def run(self, mailbox: Mailbox, progress: Callable[[], None]) -> None:
        with self.idle.pass_running():
            self._run(mailbox, progress)

    def _run(self, mailbox: Mailbox, progress: Callable[[], None]) -> None:
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
