"""The running daemon against a private Dovecot: latency, idle CPU, memory after a big sync.

    python -m bench.service                 # 60 messages for latency, 50,000 for memory
    python -m bench.service --quick         # 20 messages, 5,000 for memory

1. Latency: `followupd run` (IDLE) watches an empty INBOX; messages are appended one by
   one — each an invitation for an interview that ended two hours ago, so its thank-you
   is due at once — and the time from the APPEND's reply to the draft's arrival in Drafts
   is measured (a second connection polls STATUS every 10 ms). Median and 95th percentile.
2. Idle CPU: the same daemon, left alone for a minute (CPU seconds from /proc).
3. Memory: a second daemon does a first sync of a generated mailbox (bench.mailbox) with
   the full playbook; peak RSS (VmHWM) of the daemon process once it is done, and the
   messages per second of the whole pass (reading, understanding, tracking, planning).

4. Many accounts (--accounts 1,10,50): one daemon, one config with N accounts on the
   same Dovecot, one state file. Time to READY=1, whether every account reached
   "watching", new mail → draft (each sample in the next account, round robin), idle CPU
   over a minute, RSS, and how many "locked" / "account.failed" lines the log holds.
5. Many instances (--instances 50): N daemons, one person each (own config, own state),
   as followupd@.service runs them. Time until all are ready, one invitation into each
   mailbox at once and each instance's new mail → draft, then RSS per idle instance and
   the idle CPU of all of them together over a minute.

    python -m bench.service --accounts 1,10,50 --instances 50 --skip-single

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotServer


def start(cfg: Path) -> tuple[subprocess.Popen[bytes], Path]:
    log = cfg.parent / "followupd.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "followupd", "--config", str(cfg), "run"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        env=env,
    )
    return proc, log


def wait_log(log: Path, needle: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if needle in log.read_text(errors="replace"):
            return True
        time.sleep(0.05)
    return False


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def peak_rss_mb(pid: int, field: str = "VmHWM") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int) -> float:
    return peak_rss_mb(pid, "VmRSS")


def latency(server: DovecotServer, count: int, folder: Path) -> tuple[list[float], float]:
    user = server.add_user()
    proc, log = start(write_config(user, folder, lookback_days=60))
    try:
        assert wait_log(log, '"service.ready"', 30), log.read_text()[-2000:]
        samples = []
        with user.client() as watch:
            for i in range(count):
                end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
                raw = invitation(
                    uid=f"bench-{i}@northwind-robotics.example",
                    start=end - timedelta(hours=1),
                    end=end,
                    attendees=PANEL[:1],
                )
                before = watch.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
                user.append("INBOX", raw)
                sent = time.monotonic()
                while watch.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"] == before:
                    if time.monotonic() - sent > 30:
                        raise RuntimeError(f"no draft after 30 s:\n{log.read_text()[-2000:]}")
                    time.sleep(0.01)
                samples.append(time.monotonic() - sent)
                time.sleep(0.2)
        time.sleep(5)  # let notes and passes settle
        cpu_before, wall = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(60)
        idle = (cpu_seconds(proc.pid) - cpu_before) / (time.monotonic() - wall)
        return samples, idle
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def memory(server: DovecotServer, size: int, folder: Path) -> tuple[float, float, int]:
    from bench.mailbox import generate

    user = server.add_user()
    with user.client() as c:  # the first login creates the Maildir
        c.select_folder("INBOX", readonly=True)
    generate(user.maildir, size)
    server.doveadm("force-resync", "-u", user.username, "INBOX")
    proc, log = start(write_config(user, folder))
    started = time.monotonic()
    try:
        if not wait_log(log, '"account.done"', 1800):
            raise RuntimeError(f"first sync did not finish:\n{log.read_text()[-2000:]}")
        seconds = time.monotonic() - started
        return peak_rss_mb(proc.pid), seconds, size
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def single(server: DovecotServer, messages: int, size: int) -> None:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        samples, idle = latency(server, messages, Path(a))
        rss, seconds, size = memory(server, size, Path(b))
    print(f"latency, new mail → draft in Drafts (IDLE, {len(samples)} messages):")
    print(f"  {spread(samples)}")
    print(f"idle CPU over 60 s: {idle * 100:.2f} % of one core")
    print(
        f"first sync of {size:,} messages by the daemon: {seconds:.1f} s "
        f"({size / seconds:,.0f} msg/s, whole pass incl. start-up), peak RSS {rss:.0f} MB"
    )


def main(argv: list[str] | None = None) -> None:
    from bench.service_many import accounts_figures, instances_figures

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=60, help="latency samples")
    parser.add_argument("--size", type=int, default=50_000, help="mailbox size for memory")
    parser.add_argument("--quick", action="store_true", help="20 samples, 5,000 messages")
    parser.add_argument("--accounts", default="", help="e.g. 1,10,50: one daemon, N accounts")
    parser.add_argument("--instances", type=int, default=0, help="N daemons, one person each")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle measured")
    parser.add_argument("--skip-single", action="store_true", help="only --accounts/--instances")
    args = parser.parse_args(argv)
    if args.quick:
        args.messages, args.size = 20, 5_000
    server = DovecotServer()
    server.start()
    try:
        if not args.skip_single:
            single(server, args.messages, args.size)
        for n in (int(x) for x in args.accounts.split(",") if x.strip()):
            accounts_figures(server, n, args.idle)
        if args.instances:
            instances_figures(server, args.instances, args.idle)
    finally:
        server.cleanup()


def spread(samples: list[float]) -> str:
    """Median, p95, min and max of latency samples, in ms."""
    samples = sorted(samples)
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    return (
        f"median {statistics.median(samples) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"min {samples[0] * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
