"""First-sync benchmark: followupd's IMAP reader against a minimal batch client.

Starts a private Dovecot (tests/servers/dovecot.py), fills one mailbox per size with
bench.mailbox (written into the Maildir, then `doveadm force-resync`), and measures:

(a) followupd: `ImapMailbox.read_new` over INBOX with no cursor (a first sync) and
    the service's own `wanted` selector (today `followupd.pipeline.selector.selector` with
    an empty application index: calendar parts, hiring subjects, ATS senders get their
    body fetched) → messages/second, IMAP commands issued, and
    commands (= round trips: imapclient waits for each reply) per message;
(b) the ceiling: one connection, SEARCH ALL, then FETCH of the same items (structure,
    size, the same header fields) in batches of 5,000 → messages/second.

Each measurement runs in a fresh child process (its peak RSS is its own), on loopback
and through bench.delay_proxy (a round trip costing e.g. 20 ms more). Before the
timed runs one untimed ceiling pass lets Dovecot parse every message and fill its
cache, so (a) and (b) meet the same warm server; that pass is reported as "cold".

    python -m bench.first_sync                    # 10,000 and 50,000; 0 and 20 ms
    python -m bench.first_sync --quick            # 2,000 messages
    python -m bench.first_sync --sizes 10000 --delay-ms 0,20,50

Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import imaplib
import json
import logging
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

CEILING_BATCH = 5000
USER = "jo@example.org"  # the mailbox owner in bench.mailbox's messages


# --- the measured child processes ------------------------------------------------------


def _count_commands() -> list[int]:
    """Count tagged IMAP commands (each is one round trip with imaplib) from now on."""
    counter = [0]
    original = imaplib.IMAP4._new_tag

    def new_tag(self: imaplib.IMAP4) -> bytes:
        counter[0] += 1
        tag: bytes = original(self)  # type: ignore[attr-defined]
        return tag

    imaplib.IMAP4._new_tag = new_tag  # type: ignore[attr-defined]
    return counter


def child_followupd(
    port: int, username: str, password: str, selector: str = "service"
) -> dict[str, Any]:
    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    from followupd.config import ImapAccount
    from followupd.mailstores.imap import ImapMailbox

    if selector == "calendar":
        from followupd.domain.ports import Candidate

        wanted: Callable[[Any], bool] = Candidate.has_calendar
        selector_name = "Candidate.has_calendar"
    else:
        wanted, selector_name = service_selector()

    account = ImapAccount(
        host="127.0.0.1",
        port=port,
        security="none",
        username=username,
        password=password,  # type: ignore[arg-type]
        timeout=120,
        lookback_days=3650,
    )
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    since = date.today() - timedelta(days=account.lookback_days)
    commands = _count_commands()
    seen = bodies = 0
    started = time.perf_counter()
    with ImapMailbox("bench", account) as mb:
        for batch in mb.read_new("INBOX", None, since, wanted):
            seen += len(batch.messages)
            bodies += sum(1 for m in batch.messages if m.raw is not None)
    seconds = time.perf_counter() - started
    return {
        "messages": seen,
        "bodies": bodies,
        "seconds": seconds,
        "commands": commands[0],
        "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "baseline_rss_kb": baseline_kb,
        "selector": selector_name,
    }


def service_selector() -> tuple[Callable[[Any], bool], str]:
    """The selector the service uses for a first sync (nothing known yet)."""
    from followupd.pipeline.selector import selector
    from followupd.understand.conversation import ApplicationIndex

    chosen: Callable[[Any], bool] = selector(ApplicationIndex(), frozenset({USER}))
    return chosen, "followupd.pipeline.selector.selector (empty index)"


def child_ceiling(port: int, username: str, password: str) -> dict[str, Any]:
    from imapclient import IMAPClient

    from followupd.mailstores.imap import CANDIDATE_ITEMS

    commands = _count_commands()
    seen = 0
    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port, ssl=False, timeout=120)
    client.login(username, password)
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search("ALL"))
    for i in range(0, len(uids), CEILING_BATCH):
        seen += len(client.fetch(uids[i : i + CEILING_BATCH], CANDIDATE_ITEMS))
    client.logout()
    seconds = time.perf_counter() - started
    return {
        "messages": seen,
        "bodies": 0,
        "seconds": seconds,
        "commands": commands[0],
        "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "baseline_rss_kb": 0,
    }


def run_child(
    kind: str, port: int, username: str, password: str, selector: str = "service"
) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.first_sync", "--child", kind, "--port", str(port)]
    proc = subprocess.run(
        [*command, "--selector", selector],
        input=json.dumps({"username": username, "password": password}),
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- the driver ------------------------------------------------------------------------


@dataclass
class Row:
    size: int
    rtt_ms: float
    followupd: dict[str, dict[str, Any]]  # selector -> result
    ceiling: dict[str, Any]


def rate(result: dict[str, Any]) -> float:
    return float(result["messages"]) / max(float(result["seconds"]), 1e-9)


def fill(server: Any, size: int) -> tuple[Any, str]:
    from bench.mailbox import generate

    user = server.add_user()
    with user.client() as c:  # the first login creates the Maildir
        c.select_folder("INBOX", readonly=True)
    made = generate(user.maildir, size)
    started = time.monotonic()
    server.doveadm("force-resync", "-u", user.username, "INBOX")
    note = (
        f"{size:,} messages: {made.hiring} hiring-related ({made.invitations} invitations "
        f"with text/calendar), {made.bytes / 1e6:.0f} MB; written in {made.seconds:.1f} s, "
        f"force-resync {time.monotonic() - started:.1f} s"
    )
    return user, note


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated")
    parser.add_argument(
        "--delay-ms", default="0,20", help="added round-trip times in ms, comma-separated"
    )
    parser.add_argument("--quick", action="store_true", help="2,000 messages only")
    parser.add_argument(
        "--selector",
        choices=("service", "calendar", "both"),
        default="both",
        help="followupd's `wanted`: the service's selector, calendar parts only, or both",
    )
    parser.add_argument("--child", choices=("followupd", "ceiling"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        creds = json.loads(sys.stdin.read())
        if args.child == "followupd":
            out = child_followupd(args.port, creds["username"], creds["password"], args.selector)
        else:
            out = child_ceiling(args.port, creds["username"], creds["password"])
        print(json.dumps(out))
        return

    from bench.delay_proxy import DelayProxy
    from tests.servers.dovecot import DovecotServer

    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    delays = [float(d) for d in args.delay_ms.split(",")]
    selectors = ["service", "calendar"] if args.selector == "both" else [args.selector]
    if os.geteuid() != 0:
        sys.exit("run as root: the Maildir files must belong to uid 8 (mail), as Dovecot wants")
    server = DovecotServer()
    rows: list[Row] = []
    notes: list[str] = []
    total = time.monotonic()
    try:
        server.start()
        for size in sizes:
            user, note = fill(server, size)
            cold = run_child("ceiling", server.port, user.username, user.password)
            if cold["messages"] != size:
                print(f"warning: Dovecot shows {cold['messages']} of {size}", file=sys.stderr)
            notes.append(
                f"{note}; cold server pass (Dovecot parses every message): {rate(cold):,.0f} msg/s"
            )
            print(notes[-1], file=sys.stderr, flush=True)
            for rtt in delays:
                proxy = DelayProxy(server.host, server.port, delay_ms=rtt / 2) if rtt else None
                port = proxy.start().port if proxy else server.port
                try:
                    f = {
                        sel: run_child("followupd", port, user.username, user.password, sel)
                        for sel in selectors
                    }
                    c = run_child("ceiling", port, user.username, user.password)
                finally:
                    if proxy:
                        proxy.stop()
                rows.append(Row(size, rtt, f, c))
                print(f"  done: {size:,} messages, +{rtt:g} ms", file=sys.stderr, flush=True)
    finally:
        server.cleanup()
    print_table(rows, notes, time.monotonic() - total)


def print_table(rows: list[Row], notes: list[str], seconds: float) -> None:
    print()
    for note in notes:
        print(note)
    print()
    head = (
        f"{'messages':>9} {'+RTT ms':>7}  {'client':<22} {'msg/s':>8} {'cmds':>5} "
        f"{'RT/msg':>7} {'bodies':>6} {'peak RSS MB':>11} {'vs ceiling':>10}"
    )
    print(head)
    print("-" * len(head))
    selector_names: set[str] = set()
    for r in rows:
        ceiling = rate(r.ceiling)
        lines = [(f"followupd ({sel})", res) for sel, res in r.followupd.items()]
        lines.append(("ceiling", r.ceiling))
        for label, res in lines:
            if "selector" in res:
                selector_names.add(f"{label}: {res['selector']}")
            print(
                f"{r.size:>9,} {r.rtt_ms:>7g}  {label:<22} {rate(res):>8,.0f} "
                f"{res['commands']:>5} {res['commands'] / max(res['messages'], 1):>7.4f} "
                f"{res['bodies']:>6} {res['rss_kb'] / 1024:>11.1f} {rate(res) / ceiling:>10.2f}"
            )
    print()
    for name in sorted(selector_names):
        print(f"  {name}")
    print(
        "followupd = ImapMailbox.read_new, first sync (no cursor), one connection; ceiling = "
        f"one client, SEARCH ALL +\nFETCH of the same items in batches of {CEILING_BATCH:,}. "
        "cmds = tagged IMAP commands incl. login (= round trips);\nbodies = messages "
        "fetched in full; peak RSS = ru_maxrss of that client's own process (interpreter\n"
        f"and imports included). Total {seconds:.0f} s."
    )


if __name__ == "__main__":
    main()
