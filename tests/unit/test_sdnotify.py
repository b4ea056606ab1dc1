"""followupd.service.sdnotify against a real AF_UNIX datagram socket, as systemd would provide it."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.service import sdnotify


@pytest.fixture
def listener(monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """A datagram socket at a short path in a fresh folder, exported as $NOTIFY_SOCKET."""
    folder = Path(tempfile.mkdtemp(prefix="sdn", dir="/tmp"))
    path = folder / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    try:
        yield sock
    finally:
        sock.close()
        path.unlink(missing_ok=True)
        folder.rmdir()


def test_notify_sends_all_lines_in_one_datagram(listener: socket.socket) -> None:
    """notify("READY=1", "STATUS=…") arrives as one datagram of newline-joined lines."""
    assert sdnotify.notify("READY=1", "STATUS=watching 2 accounts") is True
    assert listener.recv(4096) == b"READY=1\nSTATUS=watching 2 accounts"


def test_each_state_message_arrives(listener: socket.socket) -> None:
    """WATCHDOG=1, RELOADING=1 (with MONOTONIC_USEC) and STOPPING=1 each arrive as sent."""
    usec = sdnotify.monotonic_usec()
    for lines in (("WATCHDOG=1",), ("RELOADING=1", f"MONOTONIC_USEC={usec}"), ("STOPPING=1",)):
        assert sdnotify.notify(*lines) is True
        assert listener.recv(4096).decode().split("\n") == list(lines)


def test_abstract_socket_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """A $NOTIFY_SOCKET starting with '@' names a socket in the abstract namespace."""
    name = f"followupd-test-{os.getpid()}-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(b"\0" + name.encode())
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sdnotify.notify("READY=1") is True
        assert sock.recv(4096) == b"READY=1"


def test_without_notify_socket_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside systemd (no $NOTIFY_SOCKET) notify is a harmless no-op returning False."""
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert sdnotify.notify("READY=1") is False


def test_a_vanished_socket_returns_false(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A $NOTIFY_SOCKET that no longer exists makes notify return False, never raise."""
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    assert sdnotify.notify("WATCHDOG=1") is False


def test_watchdog_interval_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """$WATCHDOG_USEC gives the interval in seconds when $WATCHDOG_PID is unset or ours;
    it is None when unset, zero, malformed, or meant for another process."""
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert sdnotify.watchdog_interval() is None
    monkeypatch.setenv("WATCHDOG_USEC", "120000000")
    assert sdnotify.watchdog_interval() == 120.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert sdnotify.watchdog_interval() == 120.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert sdnotify.watchdog_interval() is None
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    for bad in ("0", "-5", "soon"):
        monkeypatch.setenv("WATCHDOG_USEC", bad)
        assert sdnotify.watchdog_interval() is None


def test_a_receiver_that_does_not_read_never_blocks_the_sender(listener: socket.socket) -> None:
    """When the receiver's queue is full, a STATUS update is dropped at once and READY=1
    gives up within about half a second: the service never stalls on its notifications.
    Once the receiver reads again, notifications arrive again."""
    sent = 0
    started = time.monotonic()
    while sdnotify.notify(f"STATUS=update {sent}") and sent < 10_000:
        sent += 1
    assert sent < 10_000  # the queue filled up and the update was dropped, not waited on
    assert time.monotonic() - started < 5
    started = time.monotonic()
    assert sdnotify.notify("READY=1") is False
    assert time.monotonic() - started < 2
    while True:  # the receiver catches up
        listener.settimeout(0.1)
        try:
            listener.recv(4096)
        except TimeoutError:
            break
    assert sdnotify.notify("READY=1") is True
    listener.settimeout(2)
    assert listener.recv(4096) == b"READY=1"
