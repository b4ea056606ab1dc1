"""Shared test set-up: structlog's default configuration for every test; a notify socket."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog


@pytest.fixture(autouse=True)
def _fresh_structlog() -> Iterator[None]:
    # The CLI configures structlog globally; a test that runs it must not change how
    # later tests capture logs.
    yield
    structlog.reset_defaults()


@pytest.fixture
def notify_socket(monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """A non-blocking datagram socket at a short path, exported as $NOTIFY_SOCKET."""
    folder = Path(tempfile.mkdtemp(prefix="sdn", dir="/tmp"))
    path = folder / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    try:
        yield sock
    finally:
        sock.close()
        path.unlink(missing_ok=True)
        folder.rmdir()
