"""One service, many accounts: every account it is given is read and watched.

The watchers once ran on asyncio's default thread pool (min(32, cpus + 4) threads:
six on a 2-core machine), so with more accounts than that the rest were never read,
and readiness came from a timeout. Each watcher now owns its thread. The threads
share one state file: their writes take turns, a lock held by another process is
waited for and said in STATUS=, and one account's failure never stops the others.
"""

from __future__ import annotations

import asyncio
import mailbox
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.config import ImapAccount, MaildirAccount, Settings, StateConfig, UserConfig
from followupd.rules.loader import RuleSet, load_rules
from followupd.service.supervisor import Supervisor
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotServer, DovecotUser, free_port

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = 50


def ended_interview(uid: str) -> bytes:
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    return invitation(
        uid=uid, start=end - timedelta(hours=1), end=end, sent=end - timedelta(days=3)
    )


def drafts(root: Path) -> list[bytes]:
    folder = root / ".Drafts"
    return [p.read_bytes() for sub in ("new", "cur") for p in sorted((folder / sub).iterdir())]


def test_fifty_accounts_are_each_read_before_ready_and_each_watched(
    tmp_path: Path, notify_socket: socket.socket
) -> None:
    """With 50 Maildir accounts, READY=1 comes once all 50 were read (the last account's
    invitation already has its thank-you drafts), STATUS= counts all 50 as watching,
    and mail arriving afterwards in the last account is drafted too."""
    roots = [tmp_path / f"acct{n:02d}" for n in range(ACCOUNTS)]
    for root in roots:
        for folder in (root, root / ".Drafts", root / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True)
    last = roots[-1]
    mailbox.Maildir(last, create=False).add(ended_interview("first@northwind-robotics.example"))
    settings = Settings(
        user=UserConfig(name="Jordan Lee", email="jordan.lee@example.org", timezone="UTC"),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={r.name: MaildirAccount(kind="maildir", path=r) for r in roots},  # type: ignore[arg-type]
    )
    ruleset: RuleSet = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    sup = Supervisor(settings, ruleset)

    async def until_ready() -> list[str]:
        loop = asyncio.get_running_loop()
        seen: list[str] = []
        async with asyncio.timeout(120):
            while "READY=1" not in seen:
                seen.extend((await loop.sock_recv(notify_socket, 65536)).decode().split("\n"))
        return seen

    async def scenario() -> tuple[list[str], int, int]:
        serving = asyncio.create_task(sup.serve())
        seen = await until_ready()
        at_ready = len(drafts(last))
        mailbox.Maildir(last, create=False).add(
            ended_interview("second@northwind-robotics.example")
        )
        for w in sup.watchers:
            w.wake()
        deadline = time.monotonic() + 60
        while len(drafts(last)) < 2 * len(PANEL) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        after = len(drafts(last))
        sup.request_stop()
        await serving
        return seen, at_ready, after

    seen, at_ready, after = asyncio.run(scenario())
    status = [x for x in seen if x.startswith("STATUS=")][-1]
    assert status == "STATUS=50 watching", status
    assert at_ready == len(PANEL)  # one thank-you per interviewer, read before READY=1
    assert after == 2 * len(PANEL)
    assert all(drafts(r) == [] for r in roots[:-1])


def imap_settings(tmp_path: Path, accounts: dict[str, ImapAccount]) -> Settings:
    return Settings(
        user=UserConfig(name="Jordan Lee", email="jordan.lee@example.org", timezone="UTC"),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts=accounts,  # type: ignore[arg-type]
    )


def drafts_of(user: DovecotUser) -> int:
    with user.client() as c:
        count: int = c.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
        return count


async def statuses_until(sock: socket.socket, done: Callable[[str], bool], timeout: float) -> str:
    """Read notifications until a STATUS= line for which `done` holds; return it."""
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(timeout):
        while True:
            for line in (await loop.sock_recv(sock, 65536)).decode().split("\n"):
                if line.startswith("STATUS=") and done(line):
                    return line


async def until_drafted(users: list[DovecotUser], count: int, timeout: float) -> list[int]:
    """Each user's number of drafts, once each has `count` (or at the timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        found = [await asyncio.to_thread(drafts_of, u) for u in users]
        if all(n >= count for n in found) or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.3)


def test_ten_imap_accounts_each_drafts_while_a_server_that_is_gone_is_retried(
    tmp_path: Path, dovecot_server: DovecotServer, notify_socket: socket.socket
) -> None:
    """Ten accounts on a real Dovecot (more than the six threads of the pool that once
    ran them) and an eleventh whose server is gone: READY=1 comes, STATUS= counts the
    ten as watching and names the one that is not; an invitation arriving in each of
    the ten afterwards gets its thank-you drafts there, and the service runs on."""
    users = [dovecot_server.add_user() for _ in range(10)]
    accounts = {f"work{n}": u.account() for n, u in enumerate(users)}
    accounts["gone"] = users[0].account(port=free_port(), timeout=2.0)
    sup = Supervisor(
        imap_settings(tmp_path, accounts),
        load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"]),
    )

    async def scenario() -> tuple[str, list[int], bool]:
        serving = asyncio.create_task(sup.serve())
        ready = await statuses_until(notify_socket, lambda s: "10 watching" in s, 60)
        for n, user in enumerate(users):
            await asyncio.to_thread(user.append, "INBOX", ended_interview(f"ten-{n}@acme.example"))
        found = await until_drafted(users, len(PANEL), 60)
        running = not serving.done()
        sup.request_stop()
        await serving
        return ready, found, running

    ready, found, running = asyncio.run(scenario())
    assert ready.startswith("STATUS=10 watching; 1 disconnected: gone ("), ready
    assert found == [len(PANEL)] * 10
    assert running


def test_a_state_file_locked_by_another_process_is_waited_for_then_drafted(
    tmp_path: Path, dovecot: DovecotUser, notify_socket: socket.socket
) -> None:
    """Another process takes the state file's write lock and keeps it: new mail cannot
    be recorded, so STATUS= says the state is locked and the service waits (it does not
    stop); once the other process lets go, the mail is drafted."""
    settings = imap_settings(tmp_path, {"work": dovecot.account()})
    sup = Supervisor(settings, load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"]))
    holder = [
        sys.executable,
        "-c",
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
        " c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()",
        str(settings.state.path),
    ]

    async def scenario() -> tuple[str, int, bool]:
        serving = asyncio.create_task(sup.serve())
        await statuses_until(notify_socket, lambda s: s == "STATUS=work: watching", 30)
        other = subprocess.Popen(holder, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert other.stdout is not None and other.stdin is not None
        assert await asyncio.to_thread(other.stdout.readline) == b"held\n"
        await asyncio.to_thread(dovecot.append, "INBOX", ended_interview("locked@acme.example"))
        locked = await statuses_until(notify_socket, lambda s: "state locked" in s, 60)
        drafted_while_locked = await asyncio.to_thread(drafts_of, dovecot)
        other.stdin.close()  # the other process lets go
        await asyncio.to_thread(other.wait, 10)
        (found,) = await until_drafted([dovecot], len(PANEL), 90)
        running = not serving.done()
        sup.request_stop()
        await serving
        assert drafted_while_locked == 0
        return locked, found, running

    locked, found, running = asyncio.run(scenario())
    assert locked.startswith("STATUS=work: state locked ("), locked
    assert "is locked by another process" in locked
    assert found == len(PANEL)
    assert running
