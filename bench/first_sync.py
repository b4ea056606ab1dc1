"""First-sync benchmark: the whole `followupd run --once` against a minimal batched client.

What a user waits for on the first run is the whole command — reading, understanding,
planning, the state file and every draft and note it writes — so that is what is timed:
`followupd --config CFG run --once` as a fresh child process, with a fresh state file,
against a private Dovecot (tests/servers/dovecot.py) holding one mailbox per size filled
by bench.mailbox (files written into the Maildir, then `doveadm force-resync`).

The reference is a minimal batched client: one connection, EXAMINE, SEARCH ALL, then
FETCH of header fields + BODYSTRUCTURE + size, 1,000 messages a FETCH — what any client
must at least do to look at every message once.

The two are paired run by run (A B A B …, `--repeats` pairs per cell), through
bench.delay_proxy for an added round-trip time, and the table gives each one's median
seconds and peak RSS (ru_maxrss of that child: interpreter and imports included), the
ratio of the medians, and what followupd wrote (drafts in Drafts, notes in INBOX,
counted over IMAP after the run). Before the timed runs one untimed pass of the minimal
client lets Dovecot parse every message and fill its cache, so both meet a warm server.

    python -m bench.first_sync                       # 10,000 and 50,000; +0 and +20 ms
    python -m bench.first_sync --quick               # 2,000 messages, +0 ms, 1 pair
    python -m bench.first_sync --sizes 10000 --delay-ms 20 --repeats 3

Run as root (the Maildir files must belong to Dovecot's uid 8). Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REFERENCE_BATCH = 1000
REFERENCE_FIELDS = "FROM TO CC SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES CONTENT-TYPE LIST-ID"
USER = "jo@example.org"  # the mailbox owner in bench.mailbox's messages


# --- the measured children -------------------------------------------------------------


def child_reference(port: int, username: str, password: str) -> dict[str, Any]:
    """The minimal batched client, in this (fresh) process."""
    from imapclient import IMAPClient

    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port, ssl=False, timeout=300)
    client.login(username, password)
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search("ALL"))
    items = [
        "UID",
        "RFC822.SIZE",
        "BODYSTRUCTURE",
        f"BODY.PEEK[HEADER.FIELDS ({REFERENCE_FIELDS})]",
    ]
    seen = 0
    for i in range(0, len(uids), REFERENCE_BATCH):
        seen += len(client.fetch(uids[i : i + REFERENCE_BATCH], items))
    client.logout()
    return {
        "messages": seen,
        "seconds": time.perf_counter() - started,
        "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def user_and_state(folder: Path) -> str:
    """The [user] (bench.mailbox's owner) and [state] (in `folder`) of a bench config."""
    return f"""[user]
name = "Jo Example"
email = "{USER}"
timezone = "Europe/Berlin"

[state]
path = "{folder / "state.sqlite3"}"
"""


def write_config(folder: Path, port: int, username: str, password: str) -> Path:
    config = folder / "config.toml"
    config.write_text(
        f"""{user_and_state(folder)}
[accounts.bench]
host = "127.0.0.1"
port = {port}
security = "none"
username = "{username}"
password = "{password}"
timeout = 300
""",
        encoding="utf-8",
    )
    return config


def run_followupd(port: int, username: str, password: str) -> dict[str, Any]:
    """The whole `followupd run --once` with a fresh state file, as its own process."""
    with tempfile.TemporaryDirectory(prefix="followupd-bench-") as tmp:
        config = write_config(Path(tmp), port, username, password)
        command = [sys.executable, "-m", "followupd", "--config", str(config), "run", "--once"]
        env = {**os.environ, "NO_COLOR": "1"}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=7200, env=env
        )
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0,):
            raise RuntimeError(
                f"followupd run --once exited {proc.returncode}:\n{proc.stderr[-3000:]}"
            )
    return {
        "seconds": seconds,
        # RUSAGE_CHILDREN's ru_maxrss is the largest child so far: each measurement runs
        # in a fresh wrapper process (run_child), so it is this command's own.
        "rss_kb": usage.ru_maxrss,
        "cpu": (usage.ru_utime - before.ru_utime) + (usage.ru_stime - before.ru_stime),
    }


def run_child(kind: str, port: int, username: str, password: str) -> dict[str, Any]:
    """One measurement in a fresh process (its peak RSS is its own)."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.first_sync", "--child", kind, "--port", str(port)],
        input=json.dumps({"username": username, "password": password}),
        capture_output=True,
        text=True,
        check=False,
        timeout=7200,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def written(user: Any) -> tuple[int, int]:
    """(drafts in Drafts, notes followupd put in INBOX), then both emptied for the next run."""
    with user.client() as c:
        folders = {name for _flags, _sep, name in c.list_folders()}
        drafts = 0
        if "Drafts" in folders:
            c.select_folder("Drafts")
            found = c.search("ALL")
            drafts = len(found)
            if found:
                c.delete_messages(found)
                c.expunge()
        c.select_folder("INBOX")
        notes = c.search(["FLAGGED"])
        if notes:
            c.delete_messages(notes)
            c.expunge()
    return drafts, len(notes)


# --- the driver ------------------------------------------------------------------------


@dataclass
class Cell:
    size: int
    rtt_ms: float
    followupd: list[dict[str, Any]] = field(default_factory=list)
    reference: list[dict[str, Any]] = field(default_factory=list)

    def median(self, which: str, key: str) -> float:
        runs = self.followupd if which == "followupd" else self.reference
        return statistics.median(float(r[key]) for r in runs)


def fill(server: Any, size: int) -> tuple[Any, str]:
    from bench.mailbox import generate

    user = server.add_user()
    with user.client() as c:  # the first login creates the Maildir
        c.select_folder("INBOX", readonly=True)
    made = generate(user.maildir, size)
    server.doveadm("force-resync", "-u", user.username, "INBOX")
    note = (
        f"{size:,} messages: {made.hiring} hiring-related ({made.invitations} invitations "
        f"with text/calendar), {made.bytes / 1e6:.0f} MB"
    )
    return user, note


def measure(server: Any, user: Any, cell: Cell, repeats: int) -> None:
    from bench.delay_proxy import DelayProxy

    proxy = DelayProxy(server.host, server.port, delay_ms=cell.rtt_ms / 2) if cell.rtt_ms else None
    port = proxy.start().port if proxy else server.port
    try:
        for _ in range(repeats):
            f = run_child("followupd", port, user.username, user.password)
            f["drafts"], f["notes"] = written(user)
            cell.followupd.append(f)
            cell.reference.append(run_child("reference", port, user.username, user.password))
            print(
                f"  {cell.size:,} +{cell.rtt_ms:g} ms: followupd {f['seconds']:.1f} s, "
                f"reference {cell.reference[-1]['seconds']:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    finally:
        if proxy:
            proxy.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated")
    parser.add_argument("--delay-ms", default="0,20", help="added round-trip times, ms")
    parser.add_argument("--repeats", type=int, default=2, help="A/B pairs per cell")
    parser.add_argument("--quick", action="store_true", help="2,000 messages, +0 ms, 1 pair")
    parser.add_argument("--child", choices=("followupd", "reference"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        creds = json.loads(sys.stdin.read())
        run = run_followupd if args.child == "followupd" else child_reference
        print(json.dumps(run(args.port, creds["username"], creds["password"])))
        return

    from tests.servers.dovecot import DovecotServer

    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    delays = [0.0] if args.quick else [float(d) for d in args.delay_ms.split(",")]
    repeats = 1 if args.quick else args.repeats
    if os.geteuid() != 0:
        sys.exit("run as root: the Maildir files must belong to uid 8 (mail), as Dovecot wants")
    server = DovecotServer()
    cells: list[Cell] = []
    notes: list[str] = []
    total = time.monotonic()
    try:
        server.start()
        for size in sizes:
            user, note = fill(server, size)
            run_child("reference", server.port, user.username, user.password)  # warm cache
            notes.append(note)
            print(note, file=sys.stderr, flush=True)
            for rtt in delays:
                cells.append(Cell(size, rtt))
                measure(server, user, cells[-1], repeats)
    finally:
        server.cleanup()
    print_table(cells, notes, time.monotonic() - total)


def print_table(cells: list[Cell], notes: list[str], seconds: float) -> None:
    print()
    for note in notes:
        print(note)
    print()
    head = (
        f"{'messages':>9} {'+RTT':>5}  {'followupd s':>11} {'reference s':>11} {'ratio':>6} "
        f"{'fu RSS MB':>9} {'ref RSS MB':>10} {'fu CPU s':>8} {'drafts':>6} {'notes':>5}"
    )
    print(head)
    print("-" * len(head))
    for c in cells:
        f, r = c.median("followupd", "seconds"), c.median("reference", "seconds")
        print(
            f"{c.size:>9,} {c.rtt_ms:>4g}ms  {f:>11.1f} {r:>11.1f} {f / r:>6.1f} "
            f"{c.median('followupd', 'rss_kb') / 1024:>9.0f} "
            f"{c.median('reference', 'rss_kb') / 1024:>10.0f} "
            f"{c.median('followupd', 'cpu'):>8.1f} "
            f"{c.followupd[-1]['drafts']:>6} {c.followupd[-1]['notes']:>5}"
        )
    by_size = {(c.size, c.rtt_ms): c.median("followupd", "seconds") for c in cells}
    sizes = sorted({c.size for c in cells})
    for rtt in sorted({c.rtt_ms for c in cells}):
        if len(sizes) > 1 and (sizes[0], rtt) in by_size and (sizes[-1], rtt) in by_size:
            growth = by_size[(sizes[-1], rtt)] / by_size[(sizes[0], rtt)]
            print(f"+{rtt:g} ms: {sizes[-1]:,} costs {growth:.1f}x what {sizes[0]:,} costs")
    print(
        f"\nfollowupd = the whole `followupd run --once`, fresh state; reference = one client, "
        f"SEARCH ALL + FETCH of header fields,\nBODYSTRUCTURE and size, {REFERENCE_BATCH:,} a "
        f"FETCH. Medians of the A/B pairs. Total {seconds:.0f} s."
    )


if __name__ == "__main__":
    main()
