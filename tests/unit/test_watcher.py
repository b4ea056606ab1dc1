"""The account Watcher's lifecycle with a fake mailbox and a fake pass (threads, no sockets)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, cast

import pytest

from followupd.config import ImapAccount
from followupd.domain.errors import LoginFailed, ServerUnreachable
from followupd.pipeline.runner import Mailbox
from followupd.service.watcher import (
    AccountPass,
    Backoff,
    State,
    Status,
    Watcher,
    WatcherContext,
)

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ACCOUNT = ImapAccount(host="imap.example.org", username="jordan", password="secret")


@dataclass
class FakeServer:
    """What the fake mailboxes connect to: refuses logins, is down, or delivers mail."""

    refuse: bool = False
    down: bool = False
    logins: int = 0
    new_mail: threading.Event = field(default_factory=threading.Event)
    waits: int = 0


class FakeMailbox:
    """Connects on enter (counting logins); wait_for_change waits for new mail or stop,
    and raises once the server is down."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server

    def __enter__(self) -> FakeMailbox:
        self.server.logins += 1
        if self.server.refuse:
            raise LoginFailed("IMAP server imap.example.org:993 refused the login for jordan")
        if self.server.down:
            raise ServerUnreachable("cannot reach IMAP server imap.example.org:993")
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def wait_for_change(
        self, folder: str, timeout: float, stop: threading.Event | None = None
    ) -> bool:
        self.server.waits += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.down:  # the connection is lost while waiting
                raise ServerUnreachable("lost the connection to imap.example.org:993")
            if self.server.new_mail.is_set():
                self.server.new_mail.clear()
                return True
            if stop is not None and stop.is_set():
                return False
            time.sleep(0.005)
        return False


@dataclass
class FakePass:
    """Counts passes; can block a pass, fail it, or report a due intent."""

    passes: int = 0
    gate: threading.Event | None = None  # a pass waits for it
    fail: BaseException | None = None
    due: datetime | None = None
    batches: int = 1
    on_batch: Callable[[], None] | None = None

    def run(self, mailbox: Mailbox, progress: Callable[[], None]) -> None:
        if self.gate is not None:
            assert self.gate.wait(5)
        if self.fail is not None:
            raise self.fail
        for _ in range(self.batches):
            if self.on_batch is not None:
                self.on_batch()
            progress()
        self.passes += 1

    def next_due(self) -> datetime | None:
        return self.due


@dataclass
class Harness:
    server: FakeServer = field(default_factory=FakeServer)
    account_pass: FakePass = field(default_factory=FakePass)
    stop: threading.Event = field(default_factory=threading.Event)
    statuses: list[Status] = field(default_factory=list)
    pass_opened_on: list[str] = field(default_factory=list)

    def watcher(self, **overrides: Any) -> Watcher:
        @contextmanager
        def open_pass() -> Iterator[AccountPass]:
            self.pass_opened_on.append(threading.current_thread().name)
            yield self.account_pass

        fields: dict[str, Any] = {
            "name": "work",
            "account": ACCOUNT,
            "open_mailbox": lambda: cast(Any, FakeMailbox(self.server)),
            "open_pass": open_pass,
            "clock": lambda: NOW,
            "stop": self.stop,
            "on_status": self.statuses.append,
            "beat_seconds": 0.2,
            "backoff": Backoff(base=0.05, cap=0.2),
        }
        fields.update(overrides)
        return Watcher(WatcherContext(**fields))

    def states(self) -> list[State]:
        return [s.state for s in self.statuses]


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness()
    yield h
    h.stop.set()


def eventually(what: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if what():
            return True
        time.sleep(0.01)
    return what()


def test_ready_only_after_the_first_pass(harness: Harness) -> None:
    """The watcher is not ready while its first pass runs, and is ready (watching) right
    after it; the pass runs on the watcher's own thread."""
    gate = threading.Event()
    harness.account_pass.gate = gate
    w = harness.watcher()
    w.start()
    assert w.wait_ready(0.3) is False
    assert harness.states() == [State.CONNECTED]
    gate.set()
    assert w.wait_ready(5) is True
    assert harness.account_pass.passes == 1
    assert w.status == Status("work", State.WATCHING)
    assert harness.pass_opened_on == ["watch-work"]
    w.stop(timeout=5)
    assert harness.states() == [State.CONNECTED, State.WATCHING, State.STOPPED]


def test_an_unexpected_exception_is_re_raised_to_the_caller(harness: Harness) -> None:
    """A bug on the watcher's thread ends it as FAILED (ready, so nobody waits forever),
    and wait_ready and stop re-raise that very exception."""
    boom = ValueError("the state file is broken")
    harness.account_pass.fail = boom
    w = harness.watcher()
    w.start()
    with pytest.raises(ValueError) as raised:
        w.wait_ready(5)
    assert raised.value is boom
    assert eventually(w.finished.is_set)
    assert w.status.state is State.FAILED
    assert "the state file is broken" in w.status.reason
    with pytest.raises(ValueError):
        w.stop(timeout=5)
    assert w.exception is boom


def test_a_refused_login_is_reported_once_and_not_retried_in_a_loop(harness: Harness) -> None:
    """A refused login makes the watcher ready with the reason (server, what to check),
    reported once; over a second no further login is tried."""
    harness.server.refuse = True
    w = harness.watcher()
    w.start()
    assert w.wait_ready(5) is True
    assert w.status.state is State.LOGIN_REFUSED
    assert "imap.example.org:993 refused the login" in w.status.reason
    assert "password" in w.status.reason and "reload" in w.status.reason
    time.sleep(1.0)
    assert harness.server.logins == 1
    assert w.connects == 1
    assert harness.states().count(State.LOGIN_REFUSED) == 1
    assert w.alive(within=2.0)  # waiting, not dead: the watchdog stays fed
    w.stop(timeout=5)


def test_retry_login_tries_again_at_once_and_recovers(harness: Harness) -> None:
    """retry_login (what SIGHUP does) tries a refused login again immediately; once the
    server accepts it, the account is read and watched."""
    harness.server.refuse = True
    w = harness.watcher()
    w.start()
    assert w.wait_ready(5)
    harness.server.refuse = False
    w.retry_login()
    assert eventually(lambda: w.status.state is State.WATCHING)
    assert harness.server.logins == 2
    assert harness.account_pass.passes == 1
    w.stop(timeout=5)


def test_a_refused_login_is_retried_after_the_long_interval(harness: Harness) -> None:
    """Without a reload, a refused login is tried again after login_retry_seconds, no
    sooner."""
    harness.server.refuse = True
    w = harness.watcher(login_retry_seconds=0.5)
    w.start()
    assert w.wait_ready(5)
    time.sleep(0.3)
    assert harness.server.logins == 1
    assert eventually(lambda: harness.server.logins >= 2, timeout=3)
    assert harness.server.logins <= 3
    w.stop(timeout=5)


def test_an_unreachable_server_is_retried_with_backoff(harness: Harness) -> None:
    """A server that cannot be reached is retried (with backoff) until it is back; the
    watcher is ready as soon as the first attempt failed, with the reason."""
    harness.server.down = True
    w = harness.watcher()
    w.start()
    assert w.wait_ready(5)
    assert w.status.state is State.DISCONNECTED
    assert "cannot reach IMAP server" in w.status.reason
    assert eventually(lambda: harness.server.logins >= 3)
    harness.server.down = False
    assert eventually(lambda: w.status.state is State.WATCHING)
    assert harness.account_pass.passes == 1
    w.stop(timeout=5)


def test_an_old_retry_request_does_not_shorten_later_backoffs(harness: Harness) -> None:
    """retry_login while all is well (a reload) is not remembered: when the server later
    becomes unreachable, the backoff sleeps are not cut short into a tight loop."""
    w = harness.watcher(beat_seconds=30.0, backoff=Backoff(base=0.4, cap=0.4))
    w.start()
    assert w.wait_ready(5)
    w.retry_login()
    assert eventually(lambda: harness.account_pass.passes == 2)
    harness.server.down = True
    assert eventually(lambda: w.status.state is State.DISCONNECTED)
    logins = harness.server.logins
    time.sleep(0.5)
    assert harness.server.logins - logins <= 2
    w.stop(timeout=5)


def test_new_mail_and_wake_start_another_pass(harness: Harness) -> None:
    """New mail reported by the mailbox, or wake(), ends the wait and runs a pass on the
    same connection."""
    w = harness.watcher(beat_seconds=30.0)
    w.start()
    assert w.wait_ready(5)
    harness.server.new_mail.set()
    assert eventually(lambda: harness.account_pass.passes == 2)
    w.wake()
    assert eventually(lambda: harness.account_pass.passes == 3)
    assert harness.server.logins == 1
    w.stop(timeout=5)


def test_a_due_intent_starts_a_pass_when_due(harness: Harness) -> None:
    """An intent due now makes the watcher pass again without new mail."""
    harness.account_pass.due = NOW - timedelta(seconds=1)
    w = harness.watcher(beat_seconds=30.0)
    w.start()
    assert eventually(lambda: harness.account_pass.passes >= 3)
    w.stop(timeout=5)


def test_stop_ends_an_idle_wait_quickly(harness: Harness) -> None:
    """stop() while the watcher waits in IDLE returns within a fraction of a second."""
    w = harness.watcher(beat_seconds=30.0)
    w.start()
    assert w.wait_ready(5)
    assert eventually(lambda: harness.server.waits >= 1)
    started = time.monotonic()
    w.stop(timeout=5)
    assert time.monotonic() - started < 0.5
    assert not w.alive(within=60)
    assert w.status.state is State.STOPPED


def test_the_service_stop_event_ends_a_pass_between_batches(harness: Harness) -> None:
    """The shared stop event, set during a pass, ends it after the current batch instead
    of reading everything first."""
    batches: list[int] = []
    harness.account_pass.batches = 100
    harness.account_pass.on_batch = lambda: (batches.append(1), harness.stop.set())
    w = harness.watcher()
    w.start()
    w.join(timeout=5)
    assert len(batches) == 1
    assert harness.account_pass.passes == 0
    assert w.status.state is State.STOPPED


def test_backoff_doubles_up_to_its_cap_and_survives_a_long_outage() -> None:
    """Backoff waits 2, 4, 8 … s (each × 0.5–1.0) up to the cap, still after thousands
    of failures (a days-long outage), and starts again at 2 s after reset."""
    backoff = Backoff(base=2.0, cap=300.0)
    first = [backoff.next() for _ in range(4)]
    for delay, full in zip(first, (2, 4, 8, 16), strict=True):
        assert full * 0.5 <= delay <= full
    later = [backoff.next() for _ in range(5000)]
    assert all(150.0 <= delay <= 300.0 for delay in later[10:])
    backoff.reset()
    assert 1.0 <= backoff.next() <= 2.0


def test_start_twice_is_an_error(harness: Harness) -> None:
    """A watcher is started once."""
    w = harness.watcher()
    w.start()
    with pytest.raises(AssertionError):
        w.start()
    w.stop(timeout=5)
