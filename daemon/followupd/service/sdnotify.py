"""A tiny sd_notify(3) client: tell systemd the service is ready, what it is doing,
and that it is still alive. Standard library only.

systemd passes the socket in $NOTIFY_SOCKET (a path, or an abstract socket written
with a leading '@'); without it (run from a terminal) every call is a no-op that
returns False. Messages are newline-separated `KEY=value` lines:

    notify("READY=1", "STATUS=watching 2 accounts")
    notify("WATCHDOG=1")            # at least every watchdog_interval() seconds
    notify("RELOADING=1", f"MONOTONIC_USEC={monotonic_usec()}")
    notify("STOPPING=1")
"""

from __future__ import annotations

import os
import socket
import time

__all__ = ["monotonic_usec", "notify", "watchdog_interval"]


def _address(value: str) -> str | bytes | None:
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + value[1:].encode()  # abstract namespace
    if value.startswith("/"):
        return value
    return None  # vsock and other families: not supported here


# A datagram socket's queue is short (Linux: 10 by default). A receiver that reads
# slowly must not stall the event loop or a watcher thread, so a send never blocks:
# a STATUS-only update is dropped when the queue is full (a newer one follows), and
# anything else (READY, WATCHDOG, STOPPING, …) is retried for at most this long.
_RETRY_SECONDS = 0.5


def notify(*lines: str) -> bool:
    """Send `lines` (e.g. "READY=1", "STATUS=…") to systemd in one datagram.

    True when sent; False when not under systemd (no $NOTIFY_SOCKET), the send failed,
    or the receiver's queue stayed full. Never raises and never blocks for long: a
    service must not die or stall because the notification failed.
    """
    address = _address(os.environ.get("NOTIFY_SOCKET", ""))
    if address is None or not lines:
        return False
    payload = "\n".join(lines).encode()
    status_only = all(line.startswith("STATUS=") for line in lines)
    deadline = time.monotonic() + (0 if status_only else _RETRY_SECONDS)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.setblocking(False)
            sock.connect(address)
            while True:
                try:
                    sock.send(payload)
                    return True
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.01)
    except OSError:
        return False


def watchdog_interval() -> float | None:
    """Seconds within which systemd expects WATCHDOG=1, from $WATCHDOG_USEC.

    None when the watchdog is off or meant for another process ($WATCHDOG_PID set to
    a different PID). Send WATCHDOG=1 at half this interval, as sd_watchdog_enabled(3)
    recommends.
    """
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    try:
        micros = int(usec)
    except ValueError:
        return None
    if micros <= 0:
        return None
    if pid:
        try:
            if int(pid) != os.getpid():
                return None
        except ValueError:
            return None
    return micros / 1_000_000


def monotonic_usec() -> int:
    """CLOCK_MONOTONIC in microseconds: systemd wants MONOTONIC_USEC= with RELOADING=1
    (Type=notify-reload, systemd ≥ 253)."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
