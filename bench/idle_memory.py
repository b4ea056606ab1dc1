"""What an idle daemon keeps resident: VmRSS of `followupd run` after its first pass.

    python -m bench.idle_memory                # 5 ordinary messages, 40 s idle
    python -m bench.idle_memory --idle 60 --messages 20 --invitation

1. A private Dovecot (tests/servers/dovecot.py), one fresh user, a handful of ordinary
   messages in INBOX (a newsletter, a note from a friend, a receipt…; `--invitation`
   adds an interview that ended two hours ago, so that the pass also writes a draft).
2. `python -m followupd --config CFG run` (the service, IDLE), with a config written by
   tests/configs.write_config: VmRSS and VmHWM read from /proc/PID/status once the log
   says "account.done" (the first pass) and again after `--idle` seconds of idling.
3. For comparison, the peak RSS (ru_maxrss from wait4) of `followupd --config CFG run
   --once` on the same mailbox (by then nothing new: start-up, one look, exit) and of
   `followupd --help` (start-up alone: every module the command line imports).

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from bench.service import peak_rss_mb, rss_mb, start, wait_log
from tests.configs import write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotServer

FOLLOWUPD = (sys.executable, "-m", "followupd")

ORDINARY = (
    ("Alex Kim <alex.kim@example.net>", "Saturday?", "Are we still on for the hike?"),
    ("The Weekly <news@weekly.example>", "This week: ten things", "Read online.\n" * 20),
    ("Shop <orders@shop.example>", "Your receipt #4471", "Thank you for your order.\n"),
    ("Mum <mum@family.example>", "Photos", "Here are the photos from Sunday.\n"),
    ("Landlord <office@flats.example>", "Water off on Tuesday", "From 9 to 12.\n"),
)


def ordinary(n: int) -> bytes:
    sender, subject, body = ORDINARY[n % len(ORDINARY)]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = "Jordan Lee <jordan.lee@example.org>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC) - timedelta(days=n % 7, hours=n))
    msg["Message-ID"] = make_msgid(domain="bench.example")
    msg.set_content(body)
    return msg.as_bytes()


def peak_of(args: list[str]) -> float:
    """A short-lived command's peak RSS in MB (the kernel's ru_maxrss, from wait4)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here: Popen must not wait for it again
    return usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5, help="ordinary messages in INBOX")
    parser.add_argument("--idle", type=float, default=40.0, help="seconds idle after the pass")
    parser.add_argument("--invitation", action="store_true", help="add one that is drafted")
    args = parser.parse_args(argv)
    server = DovecotServer()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            user = server.add_user()
            for n in range(args.messages):
                user.append("INBOX", ordinary(n))
            if args.invitation:
                end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
                user.append(
                    "INBOX",
                    invitation(start=end - timedelta(hours=1), end=end, attendees=PANEL[:1]),
                )
            cfg = write_config(user, Path(tmp), lookback_days=60)
            proc, log = start(cfg)
            try:
                if not wait_log(log, '"account.done"', 120):
                    raise RuntimeError(f"no first pass:\n{log.read_text()[-2000:]}")
                after_pass, hwm = rss_mb(proc.pid), peak_rss_mb(proc.pid)
                time.sleep(args.idle)
                idle, hwm = rss_mb(proc.pid), peak_rss_mb(proc.pid)
            finally:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=30)
            drafts = len(user.list_messages("Drafts"))
            once = peak_of([*FOLLOWUPD, "--config", str(cfg), "run", "--once"])
            helps = peak_of([*FOLLOWUPD, "--help"])
    finally:
        server.cleanup()
    extra = " + 1 invitation" if args.invitation else ""
    print(f"followupd run, one IMAP account, {args.messages} ordinary messages{extra}:")
    print(f"  when the first pass is done: VmRSS {after_pass:.1f} MB")
    print(f"  after {args.idle:.0f} s idle:          VmRSS {idle:.1f} MB (VmHWM {hwm:.1f} MB)")
    print(f"  drafts written: {drafts}")
    print(f"followupd run --once (same mailbox, nothing new): peak RSS {once:.1f} MB")
    print(f"followupd --help:                                 peak RSS {helps:.1f} MB")


if __name__ == "__main__":
    main()
