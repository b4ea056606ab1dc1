"""Waiting for new mail on one IMAP connection: RFC 2177 IDLE, or NOOP/STATUS polling.

Used by ImapMailbox.wait_for_change, which opens the folder (a fresh EXAMINE: the
liveness check and the baseline) and drops the connection when these raise.
imaplib reads through a buffer (and TLS through its own), so a socket that is not
readable may still have data waiting: `_peek` looks there first.
"""

from __future__ import annotations

import re
import select
import ssl
import threading
import time
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from followupd.domain.words import unbytes
from followupd.mailstores.imapconn import server_text

# Untagged responses that mean the watched folder changed (RFC 3501 §7.3, §7.4).
_CHANGE = re.compile(rb"^\* \d+ (EXISTS|RECENT|EXPUNGE|FETCH)\b", re.IGNORECASE)
_BYE = re.compile(rb"^\* BYE\b", re.IGNORECASE)


def _is_change(response: Any) -> bool:
    """A parsed untagged response from imapclient (e.g. `(4, b"EXISTS")`) is a change."""
    return (
        isinstance(response, tuple)
        and len(response) >= 2
        and isinstance(response[0], int)
        and isinstance(response[1], bytes)
        and response[1].upper() in (b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH")
    )


def poll(
    client: IMAPClient,
    folder: str,
    baseline: tuple[int, int],
    deadline: float,
    stop: threading.Event | None,
    interval: float,
) -> bool:
    """No IDLE: NOOP (liveness, and EXISTS for the selected folder) and STATUS
    UIDNEXT every `interval` seconds."""
    while True:
        now = time.monotonic()
        wait = min(interval, deadline - now)
        if wait > 0:
            if stop is not None:
                if stop.wait(wait):
                    return False
            else:
                time.sleep(wait)
        _text, responses = client.noop()
        if any(_is_change(r) for r in responses):
            return True
        status = client.folder_status(folder, ["UIDVALIDITY", "UIDNEXT"])
        current = (int(status.get(b"UIDVALIDITY", 0)), int(status.get(b"UIDNEXT", 0)))
        if current[0] != baseline[0] or current[1] > baseline[1]:
            return True
        if time.monotonic() >= deadline:
            return False


def idle(client: IMAPClient, deadline: float, stop: threading.Event | None, renew: float) -> bool:
    """IDLE until a change, the deadline or `stop`; renewed every `renew` seconds (DONE,
    NOOP, IDLE). Any exception but OSError/IMAPClientError may leave the connection in
    IDLE: the caller drops it."""
    tag, changed = _idle_start(client)
    renew_at = time.monotonic() + renew
    while not changed:
        now = time.monotonic()
        if now >= deadline or (stop is not None and stop.is_set()):
            break
        if now >= renew_at:
            # Renew: DONE, a NOOP to prove the server still answers, IDLE again.
            changed = _idle_done(client, tag)
            if changed:
                return True
            _text, responses = client.noop()
            if any(_is_change(r) for r in responses):
                return True
            tag, changed = _idle_start(client)
            renew_at = time.monotonic() + renew
            continue
        slice_ = max(0.0, min(1.0, deadline - now, renew_at - now))
        for line in _idle_read(client, slice_):
            if _BYE.match(line):
                raise IMAPClientAbortError(f"server said {line.decode(errors='replace')}")
            changed = changed or bool(_CHANGE.match(line))
        if client._imap.tagged_commands.get(tag):
            # The server ended IDLE on its own: go round again (NOOP, IDLE).
            client._imap.tagged_commands.pop(tag, None)
            _text, responses = client.noop()
            changed = any(_is_change(r) for r in responses)
            if not changed:
                tag, changed = _idle_start(client)
                renew_at = time.monotonic() + renew
            continue
    return _idle_done(client, tag) or changed


def _idle_start(client: IMAPClient) -> tuple[bytes, bool]:
    """Send IDLE; wait for the continuation. Untagged responses before it count."""
    imap = client._imap
    tag: bytes = imap._command("IDLE")
    changed = False
    while True:
        line = imap._get_response()
        if line is None:  # "+ idling"
            return tag, changed
        if imap.tagged_commands.get(tag):
            typ, data = imap.tagged_commands.pop(tag)
            raise IMAPClientError(
                f"IDLE refused: {unbytes(str(typ))} {server_text(IMAPClientError(*data))}"
            )
        if _BYE.match(line):
            raise IMAPClientAbortError(f"server said {line.decode(errors='replace')}")
        changed = changed or bool(_CHANGE.match(line))


def _idle_done(client: IMAPClient, tag: bytes) -> bool:
    """DONE; True when a change was reported meanwhile."""
    imap = client._imap
    if imap.tagged_commands.get(tag):
        imap.tagged_commands.pop(tag, None)
        return False
    imap.send(b"DONE\r\n")
    _text, responses = client._consume_until_tagged_response(tag, "IDLE")
    return any(_is_change(r) for r in responses)


def _idle_read(client: IMAPClient, timeout: float) -> list[bytes]:
    """The response lines that arrive within `timeout` (empty when none).

    imaplib reads through a buffer (and TLS through its own), so data may be waiting
    although the socket is not readable: look there first. A socket that polls
    readable but yields no data was closed by the server (as in imapclient's IDLE
    example): that raises, it never spins.
    """
    imap = client._imap
    if not _peek(client):
        poller = select.poll()
        poller.register(client.socket().fileno(), select.POLLIN | select.POLLPRI)
        if not poller.poll(int(timeout * 1000)):
            return []
        data = _peek(client)
        if data is None:
            return []  # a TLS record without application data
        if not data:
            raise IMAPClientAbortError("the server closed the connection")
    lines: list[bytes] = []
    while True:
        line = imap._get_response()  # blocking, with the account's timeout
        if line is not None:
            lines.append(line)
        if not _peek(client):
            return lines


def _peek(client: IMAPClient) -> bytes | None:
    """What can be read without blocking: buffered or on the socket (b"" when
    nothing or at EOF; None when TLS needs more bytes first)."""
    sock = client.socket()
    previous = sock.gettimeout()
    sock.setblocking(False)
    try:
        data: bytes = client._imap.file.peek(1)
        return data
    except (ssl.SSLWantReadError, BlockingIOError):
        return None
    finally:
        sock.settimeout(previous)
