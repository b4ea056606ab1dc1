"""One service, many accounts: every account it is given is read and watched.

The watchers once ran on asyncio's default thread pool (min(32, cpus + 4) threads:
six on a 2-core machine), so with more accounts than that the rest were never read,
and readiness came from a timeout. Each watcher now owns its thread.
"""

from __future__ import annotations

import asyncio
import mailbox
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.config import MaildirAccount, Settings, StateConfig, UserConfig
from followupd.rules.loader import RuleSet, load_rules
from followupd.service.supervisor import Supervisor
from tests.invitations import PANEL, invitation

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
    invitation already has its thank-you drafts), STATUS= names every account as
    watching, and mail arriving afterwards in the last account is drafted too."""
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
    assert all(f"{r.name}: watching" in status for r in roots), status
    assert at_ready == len(PANEL)  # one thank-you per interviewer, read before READY=1
    assert after == 2 * len(PANEL)
    assert all(drafts(r) == [] for r in roots[:-1])
