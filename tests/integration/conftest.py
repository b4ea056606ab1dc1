"""Fixtures that start real servers on 127.0.0.1.

`dovecot`: a fresh user (own mailbox) on a private Dovecot started once per session.
`make_dovecot`: a factory for servers with other settings (e.g. folder names).
`dovecot_tls`: the same on a second Dovecot with a self-signed certificate (STARTTLS
on `port`, implicit TLS on `server.tls_port`).

A missing server binary skips these tests on a developer machine and fails them
under CI=true, so CI cannot go green by testing nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator

import pytest

from tests.servers import server_missing
from tests.servers.dovecot import DovecotServer, DovecotUser, find_binary


def _missing(what: str) -> None:
    install = (
        "Debian: apt-get install openssl"
        if what == "openssl"
        else ("Debian: apt-get install dovecot-imapd")
    )
    server_missing(what, install)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    if find_binary("dovecot") is None:
        _missing("dovecot")
    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> DovecotUser:
    """A new user with an empty mailbox (Drafts, Sent, Trash, Junk, Archive pre-created)."""
    return dovecot_server.add_user()


@pytest.fixture
def make_dovecot() -> Iterator[Callable[..., DovecotServer]]:
    """Start a Dovecot with its own settings (DovecotServer keyword arguments) for one test."""
    if find_binary("dovecot") is None:
        _missing("dovecot")
    servers: list[DovecotServer] = []

    def make(**kwargs: object) -> DovecotServer:
        server = DovecotServer(**kwargs)  # type: ignore[arg-type]
        servers.append(server)
        server.start()
        return server

    yield make
    for server in servers:
        server.cleanup()


@pytest.fixture(scope="session")
def dovecot_tls_server() -> Iterator[DovecotServer]:
    if find_binary("dovecot") is None:
        _missing("dovecot")
    if shutil.which("openssl") is None:
        _missing("openssl")
    server = DovecotServer(tls=True)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot_tls(dovecot_tls_server: DovecotServer) -> DovecotUser:
    return dovecot_tls_server.add_user()
