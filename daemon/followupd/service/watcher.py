"""One account's watcher: a lifecycle object around the thread that reads the account.

    watcher = Watcher(context)
    watcher.start()               # its thread connects, does a pass, then waits for mail
    watcher.wait_ready(timeout)   # True once the account was read once, or failed with a reason
    watcher.retry_login()         # on SIGHUP: try a refused login again now
    watcher.stop()                # end the thread; re-raises whatever killed it

As aiosmtpd's Controller does it: the thread's unexpected exception is kept and
re-raised to whoever waits for the watcher (wait_ready, stop), never swallowed.
The watcher knows only its WatcherContext (the account, how to open its mailbox,
how to run a pass, a clock, a stop event, a status callback), not the supervisor.

The thread: connect → pass → wait (IDLE on IMAP, the poll interval on a Maildir)
until new mail, a wake-up or the next due intent → pass → …

- Server unreachable or the connection lost: capped exponential backoff with jitter,
  then a reconnect; the pass after it catches up from the stored cursor.
- Login refused (LoginFailed: a wrong password, a revoked token): reported once, then
  tried again only on retry_login() or after LOGIN_RETRY_SECONDS. Hammering would not
  fix the password, and providers lock accounts that fail too often.
- The state file cannot be written (StateUnwritable: a full disk, a read-only folder;
  StateLocked: another process held its write lock too long): said in the status
  (STATUS=), the connection kept, and the pass redone with capped backoff until it
  can; the failed transaction was rolled back, and drafts appended before the failure
  are found again by their key, not written twice.
- Anything else (a bug, a corrupt state file): the thread ends with State.FAILED and
  the exception is re-raised in the supervisor, which logs it and starts the account
  again later; the other accounts go on.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

import structlog

from followupd.config import ImapAccount, MaildirAccount
from followupd.domain.errors import LoginFailed, SourceError, StateLocked, StateUnwritable
from followupd.pipeline.runner import Mailbox

log = structlog.get_logger("followupd")

__all__ = [
    "BEAT_SECONDS",
    "LOGIN_RETRY_SECONDS",
    "AccountPass",
    "Backoff",
    "State",
    "Status",
    "Watcher",
    "WatcherContext",
]

# How often a watcher proves it is alive while waiting (and re-checks what is due).
BEAT_SECONDS = 30.0
# A login the server refused is tried again after this long (or at once on a reload,
# SIGHUP). Long on purpose: a wrong password stays wrong, and a provider may lock an
# account that keeps failing. Network failures use Backoff instead.
LOGIN_RETRY_SECONDS = 30 * 60.0


class Backoff:
    """Capped exponential backoff with jitter: 2, 4, 8 … 300 s, each × 0.5–1.0."""

    def __init__(self, base: float = 2.0, cap: float = 300.0) -> None:
        self.base, self.cap, self.failures = base, cap, 0

    def next(self) -> float:
        # The exponent is bounded: 2.0**1024 overflows, after a few days of an outage.
        delay = min(self.cap, self.base * 2.0 ** min(self.failures, 64))
        self.failures += 1
        return delay * random.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.failures = 0


class State(StrEnum):
    STARTING = "starting"
    CONNECTED = "connected"
    WATCHING = "watching"
    DISCONNECTED = "disconnected"  # the server unreachable: retrying with backoff
    LOGIN_REFUSED = "login refused"  # waiting for a reload or LOGIN_RETRY_SECONDS
    STATE_BLOCKED = "state file not writable"  # a full disk, a read-only folder: retrying
    STATE_LOCKED = "state locked"  # another process held the write lock too long: retrying
    STOPPED = "stopped"
    FAILED = "failed"  # the thread died of an unexpected exception


@dataclass(frozen=True)
class Status:
    """What one account is doing, for the STATUS= line and the log."""

    account: str
    state: State
    reason: str = ""

    def describe(self) -> str:
        return f"{self.account}: {self.state}" + (f" ({self.reason})" if self.reason else "")


class AccountPass(Protocol):
    """One pass over the account (read, plan, carry out) on an open mailbox."""

    def run(self, mailbox: Mailbox, progress: Callable[[], None]) -> None:
        """Do one pass; call `progress` after every batch read (it may raise to stop)."""
        ...

    def next_due(self) -> datetime | None:
        """When the account's next planned intent is due, if any."""
        ...


@runtime_checkable
class ChangeWaiter(Protocol):
    """A mailbox that can wait for new mail (IMAP IDLE or polling on one connection)."""

    def wait_for_change(
        self, folder: str, timeout: float, stop: threading.Event | None = None
    ) -> bool: ...


@dataclass(frozen=True)
class WatcherContext:
    """Everything a watcher needs, and nothing of the supervisor."""

    name: str
    account: ImapAccount | MaildirAccount
    open_mailbox: Callable[[], AbstractContextManager[Mailbox]]
    # Opened on the watcher's own thread: the state file's connection lives there.
    open_pass: Callable[[], AbstractContextManager[AccountPass]]
    clock: Callable[[], datetime]
    stop: threading.Event  # the service is stopping
    on_status: Callable[[Status], None]  # called from the watcher's thread on each change
    poll_interval: float = 60.0  # a Maildir has no push: look again this often
    beat_seconds: float = BEAT_SECONDS
    login_retry_seconds: float = LOGIN_RETRY_SECONDS
    backoff: Backoff = field(default_factory=Backoff)
    # Retrying a pass that could not write the state file costs next to nothing: a
    # shorter cap, so the service carries on soon after space is freed.
    state_backoff: Backoff = field(default_factory=lambda: Backoff(base=1.0, cap=60.0))


class _Stopping(Exception):
    """Raised from the progress callback to leave a pass between two batches."""


class Watcher:
    """One account on its own thread (imapclient blocks and is not thread-safe)."""

    def __init__(self, context: WatcherContext) -> None:
        self.ctx = context
        self.name = context.name
        self.status = Status(context.name, State.STARTING)
        self.ready = threading.Event()  # read once, or failed with a reason
        self.finished = threading.Event()
        self.connects = 0  # connect-and-login attempts: a refused login must not hammer
        self.passes = 0
        self.last_beat = time.monotonic()
        self._wake = threading.Event()
        self._halt = threading.Event()
        self._retry_login = threading.Event()
        self._exception: BaseException | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle (any thread) -------------------------------------------------------

    def start(self) -> None:
        assert self._thread is None, f"watcher {self.name} already started"
        self._thread = threading.Thread(target=self._run, name=f"watch-{self.name}")
        self._thread.start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the account was read once or failed with a reason; False on timeout.

        Re-raises the exception that ended the watcher's thread, if one did."""
        ready = self.ready.wait(timeout)
        self._raise_if_failed()
        return ready

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to end, wait for it, and re-raise what killed it, if anything."""
        self._halt.set()
        self._wake.set()
        self.join(timeout)

    def join(self, timeout: float | None = None) -> None:
        """Wait for the thread to end (without asking it to); re-raise its exception."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._raise_if_failed()

    def wake(self) -> None:
        """Look at the account again now (new rules, new interviews, or stopping)."""
        self._wake.set()

    def retry_login(self) -> None:
        """Try a refused login again now instead of at the next long interval."""
        self._retry_login.set()
        self._wake.set()

    def alive(self, within: float) -> bool:
        """The thread runs and has beaten within the last `within` seconds."""
        running = self._thread is not None and self._thread.is_alive()
        return running and time.monotonic() - self.last_beat < within

    @property
    def exception(self) -> BaseException | None:
        return self._exception

    def _raise_if_failed(self) -> None:
        if self._exception is not None:
            raise self._exception

    # --- the thread -------------------------------------------------------------------

    @property
    def _stopping(self) -> bool:
        return self.ctx.stop.is_set() or self._halt.is_set()

    def _set(self, state: State, reason: str = "") -> None:
        self.beat()
        status = Status(self.name, state, reason)
        if status != self.status:
            self.status = status
            self.ctx.on_status(status)

    def beat(self) -> None:
        self.last_beat = time.monotonic()

    def _run(self) -> None:
        try:
            while not self._stopping:
                try:
                    with self.ctx.open_pass() as account_pass:
                        self._loop(account_pass)
                    break
                except StateUnwritable as exc:  # the state file could not be opened
                    self._state_blocked(exc)
            self._set(State.STOPPED)
        except BaseException as exc:
            # Kept for the supervisor (wait_ready/stop re-raise it): not swallowed here,
            # not a silent thread death either.
            self._exception = exc
            self._set(State.FAILED, f"{type(exc).__name__}: {exc}")
        finally:
            self.ready.set()  # nobody waits forever for a watcher that is gone
            self.finished.set()

    def _loop(self, account_pass: AccountPass) -> None:
        backoff = self.ctx.backoff
        refusals = 0
        while not self._stopping:
            # A retry_login() before this attempt is answered by it: a stale request
            # must not cut every later sleep short (that would be a tight loop).
            self._retry_login.clear()
            try:
                self.connects += 1
                with self.ctx.open_mailbox() as mailbox:
                    self._set(State.CONNECTED)
                    backoff.reset()
                    refusals = 0
                    self._serve(mailbox, account_pass)
            except _Stopping:
                return
            except LoginFailed as exc:
                refusals += 1
                self._login_refused(exc, refusals)
                self.ready.set()
                self._sleep(self.ctx.login_retry_seconds, until=self._retry_login)
            except SourceError as exc:
                delay = backoff.next()
                log.warning(
                    "account.retry", account=self.name, error=str(exc), retry_in=round(delay, 1)
                )
                self._set(State.DISCONNECTED, f"{exc}; retrying")
                self.ready.set()
                self._sleep(delay, until=self._retry_login)

    def _login_refused(self, exc: LoginFailed, refusals: int) -> None:
        account = self.ctx.account
        server = (
            f"{account.host}:{account.effective_port()}"
            if isinstance(account, ImapAccount)
            else str(account.path)
        )
        xoauth2 = isinstance(account, ImapAccount) and account.auth == "xoauth2"
        secret = (
            "oauth2_token_command"
            if xoauth2
            else "the username and the password (password, password_command or password_credential)"
        )
        minutes = f"{self.ctx.login_retry_seconds / 60:.0f} min"
        if refusals == 1:
            log.error(
                "account.login_refused",
                account=self.name,
                server=server,
                error=str(exc),
                check=f"check {secret} of accounts.{self.name}, then reload (SIGHUP, "
                f"systemctl reload) to try again; next try by itself in {minutes}",
            )
        else:  # the same refusal again: the error line above already said what to do
            log.info("account.login_still_refused", account=self.name, server=server)
        what = "the OAuth2 token" if xoauth2 else "the password"
        self._set(
            State.LOGIN_REFUSED,
            f"{server} refused the login; check {what} of accounts.{self.name}, then "
            f"reload; next try in {minutes}",
        )

    def _serve(self, mailbox: Mailbox, account_pass: AccountPass) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                account_pass.run(mailbox, self._progress)
            except StateUnwritable as exc:
                # What was committed stays; the pass is redone on the same connection.
                self._state_blocked(exc)
                continue
            self.ctx.state_backoff.reset()
            self.passes += 1
            self._set(State.WATCHING)
            self.ready.set()
            while not self._stopping:
                timeout = min(self.ctx.beat_seconds, self._until_next_due(account_pass))
                changed = self._wait(mailbox, timeout)
                self.beat()
                if changed or self._wake.is_set() or self._until_next_due(account_pass) <= 0:
                    break

    def _state_blocked(self, exc: StateUnwritable) -> None:
        """Say that the state file cannot be written and why, then wait before retrying."""
        delay = self.ctx.state_backoff.next()
        locked = isinstance(exc, StateLocked)
        log.warning(
            "state.locked" if locked else "state.unwritable",
            account=self.name,
            error=str(exc),
            retry_in=round(delay, 1),
        )
        state = State.STATE_LOCKED if locked else State.STATE_BLOCKED
        self._set(state, f"{exc}; retrying in {delay:.0f} s")
        self.ready.set()
        # A reload (SIGHUP) retries at once; a stale request must not end every sleep.
        self._retry_login.clear()
        self._sleep(delay, until=self._retry_login)

    def _progress(self) -> None:
        self.beat()
        if self._stopping:
            # Between two batches: what was read is committed, the rest waits for the
            # next start (the cursor says where to go on).
            raise _Stopping

    def _until_next_due(self, account_pass: AccountPass) -> float:
        due = account_pass.next_due()
        if due is None:
            return self.ctx.beat_seconds
        return max(0.0, (due - self.ctx.clock()).total_seconds())

    def _wait(self, mailbox: Mailbox, timeout: float) -> bool:
        if timeout <= 0:
            return False
        if isinstance(mailbox, ChangeWaiter):
            folders = self.ctx.account.folders
            return mailbox.wait_for_change(folders[0] if folders else "INBOX", timeout, self._wake)
        # A Maildir: no push; look again at the poll interval.
        self._wake.wait(min(timeout, self.ctx.poll_interval))
        return True

    def _sleep(self, seconds: float, *, until: threading.Event) -> None:
        """Wait `seconds` (beating), or less when stopping or `until` is set."""
        deadline = time.monotonic() + seconds
        while not self._stopping and not until.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            # _wake is also set by reloads: wait on it, but only stop/until end the sleep.
            if self._wake.wait(min(1.0, left)):
                self._wake.clear()
            self.beat()
