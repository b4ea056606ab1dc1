"""`plan`, `run` and `status` tell the same story, in words a person reads (real Dovecot).

On first use the mailbox holds an interview that ended days ago: `plan` must say which
of its actions will be skipped and why — the same ones `run --once` then reports as
expired — and `status` lists them: rule, recipient, company, when due, why.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser

START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
# Three days after the interview: the checklist, thank-yous and debrief are too late.
LATE = "2026-11-21T10:00"


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=90)


def test_plan_marks_what_run_then_skips(dovecot: DovecotUser, tmp_path: Path) -> None:
    """Every action `plan --json` marks "skip" is one `run --once` expires (same count, same
    keys, same reason); what `plan` marks "now" is what `run` carries out."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = write_config(dovecot, tmp_path)
    planned = followupd("plan", "--json", "--now", LATE, cfg=cfg)
    assert planned.returncode == 0, planned.stderr
    rows = json.loads(planned.stdout)
    skip = {r["key"]: r for r in rows if r["will"] == "skip"}
    now = {r["key"]: r for r in rows if r["will"] == "now"}
    assert skip, rows  # the thank-yous (max_late 1 day) and more
    thanks = [r for r in skip.values() if r["rule"] == "thank-you"]
    assert sorted(r["to"][0] for r in thanks) == sorted(addr for _, addr in PANEL)
    assert all("too late" in r["why"] and "max_late" in r["why"] for r in thanks)
    assert all(r["company"] == "Northwind Robotics" for r in thanks)

    text = followupd("plan", "--now", LATE, cfg=cfg)
    assert "Will be skipped" in text.stdout
    assert f"{len(skip)} to be skipped" in text.stdout
    assert text.stdout.count("draft [thank-you] to ") == len(PANEL)

    ran = followupd("run", "--once", "--now", LATE, cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    expired = sum(r["status"] == "planned" for r in skip.values())
    assert f", {expired} expired" in ran.stdout
    assert ran.stdout.count("draft [thank-you] to ") == len(PANEL)  # listed as skipped
    assert "skipped (not done):" in ran.stdout
    assert ran.stdout.count("wrote ") == sum(r["kind"] in ("draft", "remind") for r in now.values())
    assert dovecot.list_messages("Drafts") == []  # no stale thank-you

    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    listed = {(s["rule"], tuple(s["to"])) for s in shown["skipped"]}
    for r in thanks:
        assert any(rule == "thank-you" and r["to"][0] in to for rule, to in listed)
    (app,) = shown["applications"]
    assert app["skipped"] == expired  # the old field stays
    assert {s["rule"] for s in app["skipped_actions"]} >= {"thank-you"}
    status = followupd("status", cfg=cfg).stdout
    assert "Skipped (not done, and why; times in Europe/Berlin):" in status
    line = next(ln for ln in status.splitlines() if "[thank-you] to " in ln)
    assert "Northwind Robotics" in line and "due Wed 18 Nov 2026 17:00" in line  # Berlin
    assert "too late to be useful" in line
    print(text.stdout, ran.stdout, ran.stderr, status, sep="\n-----\n")
    for out in (planned.stdout, text.stdout, ran.stdout, ran.stderr, status):
        assert "datetime" not in out and "b'" not in out
