"""The running service after it went idle and handed memory back: it still drafts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser, letter_ids


def wait_for(what: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path) -> bool:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if what():
            return True
        assert proc.poll() is None, f"the daemon died:\n{log.read_text()[-3000:]}"
        time.sleep(0.1)
    return what()


def test_after_going_idle_the_service_still_turns_new_mail_into_drafts(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """Once the first pass is done the service releases memory (it says so at debug
    level); an invitation that arrives afterwards still gets its thank-you drafts, and
    the service releases again and keeps running."""
    cfg = write_config(dovecot, tmp_path, lookback_days=60)
    log = tmp_path / "followupd.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "followupd", "-vv", "--config", str(cfg), "run"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        env=env,
    )
    try:

        def released() -> int:
            return log.read_text(errors="replace").count('"memory.released"')

        assert wait_for(lambda: released() >= 1, proc, log), log.read_text()[-3000:]
        before = released()
        end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
        raw = invitation(
            uid="idle-release@northwind-robotics.example", start=end - timedelta(hours=1), end=end
        )
        dovecot.append("INBOX", raw)
        assert dovecot.state is not None
        state = dovecot.state
        # One thank-you per interviewer (the organizer and the two other attendees).
        assert wait_for(lambda: len(letter_ids(state, "thank-you")) == len(PANEL), proc, log)
        assert len(dovecot.list_messages("Drafts")) == len(PANEL)
        assert wait_for(lambda: released() > before, proc, log)
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
