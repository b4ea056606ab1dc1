"""An SMTP sink on 127.0.0.1 (aiosmtpd) that records every envelope and delivers nothing.

Every envelope any `SmtpSink` receives is also appended to `SUITE_JOURNAL`, so one
check at the end of the test session can prove that nothing was ever sent to anyone
but the configured user addresses (`assert_only_to`).
"""

from __future__ import annotations

import asyncio
import socket
import warnings
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Recorded:
    """One envelope as the server received it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    test: str = ""  # the test that was running, for the end-of-session report


SUITE_JOURNAL: list[Recorded] = []


class _Recorder:
    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content or b""
        data = content if isinstance(content, bytes) else content.encode()
        record = Recorded(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            data=data,
            test=self._sink.test,
        )
        self._sink.envelopes.append(record)
        if self._sink.journal:
            SUITE_JOURNAL.append(record)
        return "250 OK: recorded, not delivered"


class _Authenticator:
    def __init__(self, username: str, password: str) -> None:
        self._username, self._password = username.encode(), password.encode()

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == self._username
            and data.password == self._password
        )
        return AuthResult(success=ok, handled=False)


class _LoopbackController(Controller):
    """Controller on a free port: aiosmtpd 1.4 cannot take port=0 (its start-up check
    connects to the configured port), so the socket is bound here and the port kept."""

    def _create_server(self) -> Awaitable[asyncio.AbstractServer]:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((HOST, 0))
        self.port = int(sock.getsockname()[1])
        return self.loop.create_server(self._factory_invoker, sock=sock, ssl=self.ssl_context)


class SmtpSink:
    """`start()`, send to `port`, read `envelopes`, `stop()`.

    With `credentials`, AUTH PLAIN/LOGIN is offered (without TLS: loopback only) and
    required before MAIL FROM.
    """

    def __init__(
        self, *, credentials: tuple[str, str] | None = None, test: str = "", journal: bool = True
    ) -> None:
        self.envelopes: list[Recorded] = []
        self.test = test
        # False for a sink that stands for the user's own outgoing server (their mail
        # client sends a draft to a recruiter): not followupd's mail, not in the journal.
        self.journal = journal
        options: dict[str, Any] = {}
        if credentials:
            # Plain AUTH without TLS is what this loopback test sink is for.
            warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
            options = {
                "authenticator": _Authenticator(*credentials),
                "auth_required": True,
                "auth_require_tls": False,
            }
        self._controller = _LoopbackController(
            _Recorder(self), hostname=HOST, port=0, ready_timeout=10, **options
        )
        self.host = HOST
        self.port = 0

    def start(self) -> None:
        self._controller.start()
        self.port = self._controller.port

    def stop(self) -> None:
        self._controller.stop()


def assert_only_to(journal: list[Recorded], allowed: set[str]) -> None:
    """Every recipient of every recorded envelope is one of `allowed` (lower-case)."""
    strays = [
        f"{r.test or '?'}: {rcpt}"
        for r in journal
        for rcpt in r.rcpt_tos
        if rcpt.lower() not in allowed
    ]
    assert not strays, f"mail was sent to someone other than the user: {strays}"
