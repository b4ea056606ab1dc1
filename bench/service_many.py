"""bench.service's figures for many accounts in one daemon and many daemons on one machine.

    python -m bench.service --skip-single --accounts 1,10,50 --instances 50

Prints figures; asserts nothing. See bench/service.py for what each figure means.
"""

from __future__ import annotations

import contextlib
import json
import signal
import statistics
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.service import cpu_seconds, rss_mb, spread, start, wait_log
from tests.configs import write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotServer, DovecotUser


def ended_invitation(uid: str) -> bytes:
    """An interview that ended two hours ago, one interviewer: one thank-you, due now."""
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    return invitation(uid=uid, start=end - timedelta(hours=1), end=end, attendees=PANEL[:1])


def accounts_config(users: list[DovecotUser], folder: Path) -> Path:
    """One person's config with an account per user, one state file."""
    tables = "".join(
        f"""
[accounts.work{n}]
host = "127.0.0.1"
port = {u.port}
security = "none"
username = "{u.username}"
password = "{u.password}"
lookback_days = 60
timeout = 5
"""
        for n, u in enumerate(users)
    )
    path = folder / "config.toml"
    path.write_text(
        f"""
[user]
name = "Jordan Lee"
email = "jordan.lee@example.org"
timezone = "Europe/Berlin"

[state]
path = "{folder / "state.sqlite3"}"
{tables}"""
    )
    path.chmod(0o600)
    return path


def drafts(user: DovecotUser) -> int:
    with user.client() as c:
        count: int = c.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
        return count


def watching(log: Path) -> set[str]:
    """The accounts the daemon's log says reached "watching"."""
    seen = set()
    for line in log.read_text(errors="replace").splitlines():
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        if event.get("event") == "account.state" and event.get("state") == "watching":
            seen.add(event["account"])
    return seen


def idle_cpu(pids: list[int], seconds: float) -> float:
    """CPU used by these processes together, as a share of one core."""
    before, wall = sum(cpu_seconds(p) for p in pids), time.monotonic()
    time.sleep(seconds)
    return (sum(cpu_seconds(p) for p in pids) - before) / (time.monotonic() - wall)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        proc.send_signal(signal.SIGTERM)
    for proc in procs:
        proc.wait(timeout=60)


def accounts_figures(server: DovecotServer, n: int, idle_seconds: float) -> None:
    """One daemon with n accounts."""
    users = [server.add_user() for _ in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        proc, log = start(accounts_config(users, Path(tmp)))
        try:
            began = time.monotonic()
            ready = wait_log(log, '"service.ready"', 300)
            to_ready = time.monotonic() - began
            samples: list[float] = []
            for i in range(max(n, 20)):
                user = users[i % n]
                before = drafts(user)
                user.append("INBOX", ended_invitation(f"many-{n}-{i}@northwind-robotics.example"))
                sent = time.monotonic()
                while drafts(user) == before and time.monotonic() - sent < 30:
                    time.sleep(0.01)
                samples.append(time.monotonic() - sent)
                time.sleep(0.2)
            time.sleep(5)
            cpu = idle_cpu([proc.pid], idle_seconds)
            rss = rss_mb(proc.pid)
            text = log.read_text(errors="replace")
            seen = watching(log)
        finally:
            stop([proc])
    print(f"one daemon, {n} accounts on one Dovecot, one state file:")
    print(
        f"  READY=1 {'after' if ready else 'not within'} {to_ready:.1f} s; "
        f"{len(seen)} of {n} accounts watching"
    )
    print(f"  new mail → draft ({len(samples)} samples, round robin): {spread(samples)}")
    print(f"  idle CPU over {idle_seconds:.0f} s: {cpu * 100:.2f} % of one core; RSS {rss:.0f} MB")
    print(
        f"  log: {text.count('locked')} lines saying 'locked', "
        f"{text.count('account.failed')} 'account.failed'"
    )


def instances_figures(server: DovecotServer, n: int, idle_seconds: float) -> None:
    """n daemons, one person (one account, one state file) each."""
    users = [server.add_user() for _ in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        procs: list[subprocess.Popen[bytes]] = []
        logs: list[Path] = []
        try:
            began = time.monotonic()
            for i, user in enumerate(users):
                folder = Path(tmp) / f"person{i:03d}"
                folder.mkdir()
                proc, log = start(write_config(user, folder, lookback_days=60))
                procs.append(proc)
                logs.append(log)
            ready = sum(wait_log(log, '"service.ready"', 600) for log in logs)
            to_ready = time.monotonic() - began
            time.sleep(5)
            rss_start = [rss_mb(p.pid) for p in procs]
            sent: list[float] = []
            latency: dict[int, float] = {}
            with contextlib.ExitStack() as stack:
                # One open connection per mailbox, so that a round of looking is quick.
                watch = [stack.enter_context(u.client()) for u in users]
                for i, user in enumerate(users):
                    user.append("INBOX", ended_invitation(f"inst-{i}@northwind-robotics.example"))
                    sent.append(time.monotonic())
                deadline = time.monotonic() + 120
                while len(latency) < n and time.monotonic() < deadline:
                    for i, c in enumerate(watch):
                        if (
                            i not in latency
                            and c.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
                        ):
                            latency[i] = time.monotonic() - sent[i]
                    time.sleep(0.02)
            time.sleep(10)
            cpu = idle_cpu([p.pid for p in procs], idle_seconds)
            rss = [rss_mb(p.pid) for p in procs]
        finally:
            stop(procs)
    print(f"{n} instances (one person, one account, one state file each) on one Dovecot:")
    print(f"  {ready} of {n} READY=1 within {to_ready:.1f} s of starting them all")
    print(
        f"  {len(latency)} of {n} drafted; new mail → draft with all {n} mailboxes "
        f"receiving at once: "
        f"{spread(list(latency.values())) if latency else 'none'}"
    )
    print(
        f"  RSS per idle instance: median {statistics.median(rss):.0f} MB, "
        f"max {max(rss):.0f} MB (after start-up: median {statistics.median(rss_start):.0f} MB); "
        f"all together {sum(rss):.0f} MB"
    )
    print(f"  idle CPU of all {n} over {idle_seconds:.0f} s: {cpu * 100:.2f} % of one core")
