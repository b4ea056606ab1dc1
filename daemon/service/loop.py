"""The simple service loop: a pass, then sleep until the next due intent or the poll interval."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import structlog

from daemon.domain.errors import FollowupdError
from daemon.domain.intents import IntentStatus
from daemon.service.runner import Runner

log = structlog.get_logger("followupd")


@contextmanager
def stopping() -> Iterator[threading.Event]:
    """An event set by SIGTERM/SIGINT, so the loop stops between passes."""
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

    A server that goes away is logged and retried with capped backoff.
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
