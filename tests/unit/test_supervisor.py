"""The Supervisor's readiness and failure handling, with Maildir accounts (no server) and a
real AF_UNIX datagram socket as $NOTIFY_SOCKET."""

from __future__ import annotations

import asyncio
import mailbox
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import structlog

from followupd.config import MaildirAccount, Settings, StateConfig, UserConfig
from followupd.pipeline.runner import Mailbox, open_mailbox
from followupd.rules.loader import RuleSet, load_rules
from followupd.service import supervisor as supervisor_module
from followupd.service.supervisor import Supervisor
from followupd.service.watcher import State
from tests.invitations import PANEL, invitation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def settings(tmp_path: Path, *names: str) -> Settings:
    accounts = {}
    for name in names:
        root = tmp_path / name
        for folder in (root, root / ".Drafts", root / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True)
        accounts[name] = MaildirAccount(kind="maildir", path=root)
    return Settings(
        user=UserConfig(name="Jordan Lee", email="jordan.lee@example.org", timezone="UTC"),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts=accounts,  # type: ignore[arg-type]
    )


def ended_interview(uid: str) -> bytes:
    """An invitation to an interview that ended two hours ago: its thank-yous are due."""
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    return invitation(
        uid=uid, start=end - timedelta(hours=1), end=end, sent=end - timedelta(days=3)
    )


def drafts(root: Path) -> list[Path]:
    folder = root / ".Drafts"
    return [p for sub in ("new", "cur") for p in sorted((folder / sub).iterdir())]


def gated_factory(
    gate: threading.Event,
) -> Callable[[str, MaildirAccount], AbstractContextManager[Mailbox]]:
    """Opens real Maildir mailboxes; the account named "slow" first waits for `gate`."""

    @contextmanager
    def factory(name: str, account: MaildirAccount) -> Iterator[Mailbox]:
        if name == "slow":
            assert gate.wait(10)
        with open_mailbox(name, account) as mailbox:
            yield mailbox

    return factory


async def until(sock: socket.socket, line: str, timeout: float = 10) -> list[str]:
    """Every line received up to and including the message holding `line`."""
    loop = asyncio.get_running_loop()
    seen: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            lines = (await loop.sock_recv(sock, 65536)).decode().split("\n")
            seen.extend(lines)
            if line in lines:
                return seen


async def received_within(sock: socket.socket, seconds: float) -> list[str]:
    seen: list[str] = []
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(seconds):
            while True:
                seen.extend(
                    (await asyncio.get_running_loop().sock_recv(sock, 65536)).decode().split("\n")
                )
    return seen


def test_ready_waits_for_every_account(
    tmp_path: Path, ruleset: RuleSet, notify_socket: socket.socket
) -> None:
    """With one account read and the other still connecting, READY=1 is not sent; it is
    sent once the second has been read too, naming both in STATUS=."""
    gate = threading.Event()
    sup = Supervisor(
        settings(tmp_path, "fast", "slow"),
        ruleset,
        mailbox_factory=gated_factory(gate),
    )

    async def scenario() -> None:
        serving = asyncio.create_task(sup.serve())
        early = await until(notify_socket, "STATUS=fast: watching; slow: starting")
        early += await received_within(notify_socket, 0.5)
        assert "READY=1" not in early
        gate.set()
        ready = await until(notify_socket, "READY=1")
        assert ready[-1] == "STATUS=fast: watching; slow: watching"
        sup.request_stop()
        await serving

    asyncio.run(scenario())


def test_the_safety_timeout_is_logged_with_the_accounts_not_ready(
    tmp_path: Path,
    ruleset: RuleSet,
    notify_socket: socket.socket,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When an account is not ready within the safety timeout, READY=1 is sent anyway and
    a warning names the account that was not ready."""
    monkeypatch.setattr(supervisor_module, "READY_SAFETY_SECONDS", 0.5)
    gate = threading.Event()
    sup = Supervisor(
        settings(tmp_path, "fast", "slow"),
        ruleset,
        mailbox_factory=gated_factory(gate),
    )

    async def scenario() -> None:
        serving = asyncio.create_task(sup.serve())
        await until(notify_socket, "READY=1")
        gate.set()
        sup.request_stop()
        await serving

    with structlog.testing.capture_logs() as logs:
        asyncio.run(scenario())
    (timeout,) = [e for e in logs if e["event"] == "service.ready_timeout"]
    assert timeout["not_ready"] == ["slow"]
    assert timeout["log_level"] == "warning"


def test_a_bug_in_one_account_stops_only_that_account_until_it_is_started_again(
    tmp_path: Path, ruleset: RuleSet, notify_socket: socket.socket
) -> None:
    """A bug on one account's thread is not swallowed: it is logged and STATUS= names the
    account as failed, while the other account is read, drafted and watched and READY=1
    is sent; a reload (SIGHUP) starts the failed account again, and once the bug is gone
    it is watched too. The service keeps running all along."""
    calls: list[str] = []

    def factory(name: str, account: MaildirAccount) -> AbstractContextManager[Mailbox]:
        calls.append(name)
        if name == "broken" and calls.count(name) == 1:
            raise ValueError("a bug in the mailbox")
        return open_mailbox(name, account)

    config = settings(tmp_path, "broken", "fine")
    fine = config.accounts["fine"]
    assert isinstance(fine, MaildirAccount)
    mailbox.Maildir(fine.path, create=False).add(ended_interview("bug@northwind.example"))
    sup = Supervisor(config, ruleset, mailbox_factory=factory)

    async def scenario() -> tuple[list[str], list[str]]:
        serving = asyncio.create_task(sup.serve())
        ready = await until(notify_socket, "READY=1")
        assert not serving.done()
        sup.reload_requested.set()  # what SIGHUP does
        again = await until(notify_socket, "STATUS=broken: watching; fine: watching")
        sup.request_stop()
        await serving
        return ready, again

    with structlog.testing.capture_logs() as logs:
        ready, _ = asyncio.run(asyncio.wait_for(scenario(), 30))
    status = [x for x in ready if x.startswith("STATUS=")][-1]
    assert status.startswith("STATUS=broken: failed (ValueError: a bug in the mailbox; restarting")
    assert status.endswith("; fine: watching")
    (failed,) = [e for e in logs if e["event"] == "account.failed"]
    assert failed["account"] == "broken"
    assert failed["error"] == "ValueError: a bug in the mailbox"
    assert len(drafts(fine.path)) == len(PANEL)  # a thank-you per interviewer
    assert calls.count("broken") == 2


def test_stop_ends_the_service_within_a_second(
    tmp_path: Path, ruleset: RuleSet, notify_socket: socket.socket
) -> None:
    """Once ready, request_stop (what SIGTERM calls) ends serve() within a second: the
    watchers leave their waits and the loop's tasks their pauses; STOPPING=1 is sent."""
    sup = Supervisor(settings(tmp_path, "one", "two"), ruleset)

    async def scenario() -> float:
        serving = asyncio.create_task(sup.serve())
        await until(notify_socket, "READY=1")
        await asyncio.sleep(0.3)  # the watchers are waiting now
        started = time.monotonic()
        sup.request_stop()
        await serving
        elapsed = time.monotonic() - started
        assert "STOPPING=1" in await received_within(notify_socket, 0.2)
        return elapsed

    assert asyncio.run(scenario()) < 1.0
    assert all(w.status.state is State.STOPPED for w in sup.watchers)
