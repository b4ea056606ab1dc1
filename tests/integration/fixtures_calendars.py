"""Fixtures for calendars and SMTP: Radicale, an .ics feed over HTTP, an SMTP sink.

Imported by the test modules that use them (not registered in conftest.py):

    from tests.integration.fixtures_calendars import *  # noqa: F403

(a star import: importing fixtures by name makes ruff flag every test argument F811).

A missing server package (radicale, aiosmtpd) skips these tests on a developer
machine and fails them under CI=true, so CI cannot go green by testing nothing.

`smtp_guard` (session) checks, when the session ends, that no envelope any SMTP sink
recorded during the whole suite went to anyone but the configured user addresses.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from followupd.domain.model import UserIdentity
from tests.servers.http import IcsHttpServer
from tests.servers.radicale import RadicaleServer, RadicaleUser

__all__ = [
    "ics_file",
    "ics_server",
    "radicale",
    "radicale_server",
    "smtp_guard",
    "smtp_sink",
    "smtp_sink_auth",
]

from tests.servers import server_missing

if TYPE_CHECKING:
    from tests.servers.smtp import SmtpSink

# The only addresses any test may send mail to.
USER = UserIdentity(
    name="Sam Candidate",
    email="sam@example.org",
    aliases=("sam.candidate@mail.example.net",),
    timezone="Europe/Berlin",
)


def _missing(package: str) -> None:
    server_missing(package, "pip install '.[test]'")


def _require(package: str) -> None:
    if importlib.util.find_spec(package) is None:
        _missing(package)


@pytest.fixture(scope="session")
def radicale_server() -> Iterator[RadicaleServer]:
    _require("radicale")
    _require("caldav")
    server = RadicaleServer()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def radicale(radicale_server: RadicaleServer) -> RadicaleUser:
    """A new Radicale user with a password (no calendars yet: `make_calendar()`)."""
    return radicale_server.add_user()


@pytest.fixture
def ics_file(tmp_path: Path) -> Path:
    """Where `ics_server` serves from; write the feed's content here."""
    path = tmp_path / "feed.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    return path


@pytest.fixture
def ics_server(ics_file: Path) -> Iterator[IcsHttpServer]:
    """An HTTP server serving `ics_file` with ETag / Last-Modified and 304 answers."""
    server = IcsHttpServer(ics_file)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smtp_guard() -> Iterator[None]:
    """At the end of the session: nothing any sink recorded went to anyone but USER."""
    _require("aiosmtpd")
    yield
    from tests.servers.smtp import SUITE_JOURNAL, assert_only_to

    assert_only_to(SUITE_JOURNAL, set(USER.addresses()))


@pytest.fixture
def smtp_sink(smtp_guard: None, request: pytest.FixtureRequest) -> Iterator[SmtpSink]:
    """An SMTP server on 127.0.0.1 that records every envelope (no AUTH)."""
    from tests.servers.smtp import SmtpSink

    sink = SmtpSink(test=request.node.nodeid)
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_sink_auth(smtp_guard: None, request: pytest.FixtureRequest) -> Iterator[SmtpSink]:
    """Like `smtp_sink`, but AUTH is required: user `sam`, password `right-password`."""
    from tests.servers.smtp import SmtpSink

    sink = SmtpSink(credentials=("sam", "right-password"), test=request.node.nodeid)
    sink.start()
    yield sink
    sink.stop()
