"""The command line against a real Dovecot: run, plan --json, check, exit codes, no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser

START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)


def config(user: DovecotUser, tmp_path: Path, password: str | None = None) -> Path:
    return write_config(user, tmp_path, password=password)


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=60)


def test_plan_json_then_run_once(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`plan --json` lists the drafts with rule, due (UTC), to and subject, writing nothing;
    `run --once --now` then writes them and exits 0."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = config(dovecot, tmp_path)
    planned = followupd("plan", "--json", "--now", "2026-11-18T10:00", cfg=cfg)
    assert planned.returncode == 0, planned.stderr
    rows = [r for r in json.loads(planned.stdout) if r["rule"] == "thank-you"]
    assert sorted(r["to"][0] for r in rows) == sorted(addr for _, addr in PANEL)
    assert {r["kind"] for r in rows} == {"draft"}
    assert {r["due"] for r in rows} == {"2026-11-18T15:40:00Z"}
    assert all("Northwind Robotics" in r["subject"] for r in rows)
    assert not (tmp_path / "state.sqlite3").exists()  # plan wrote nothing
    assert dovecot.list_messages("Drafts") == []

    ran = followupd("run", "--once", "--now", "2026-11-18T17:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.count("wrote draft [thank-you]") == 3
    assert len(dovecot.list_messages("Drafts")) == 3
    again = followupd("run", "--once", "--now", "2026-11-18T17:10", cfg=cfg)
    assert again.returncode == 0 and "wrote draft" not in again.stdout
    later = json.loads(followupd("plan", "--json", "--now", "2026-11-18T17:20", cfg=cfg).stdout)
    assert [r for r in later if r["rule"] == "thank-you"] == []


def test_wrong_password_is_one_line_and_never_shown(dovecot: DovecotUser, tmp_path: Path) -> None:
    """A failed login gives one line naming the server, exit 3, and never prints the password."""
    secret = "Wr0ng-Secret-Value"
    cfg = config(dovecot, tmp_path, password=secret)
    result = followupd("run", "--once", cfg=cfg)
    assert result.returncode == 3
    assert secret not in result.stdout + result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("followupd: error:")]
    assert len(lines) == 1 and f"127.0.0.1:{dovecot.port}" in lines[0]


def test_unreachable_server_names_host_and_port(dovecot: DovecotUser, tmp_path: Path) -> None:
    """A server that does not answer gives one clear line with host:port and exit 3."""
    from tests.servers.dovecot import free_port

    cfg = config(dovecot, tmp_path)
    port = free_port()
    cfg.write_text(cfg.read_text().replace(f"port = {dovecot.port}", f"port = {port}"))
    result = followupd("run", "--once", cfg=cfg)
    assert result.returncode == 3
    assert f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_rule_errors_with_position(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`check` exits 2 and prints FILE:LINE:COL for a broken rule file; 0 when all is well."""
    cfg = config(dovecot, tmp_path)
    ok = followupd("check", cfg=cfg)
    assert ok.returncode == 0, ok.stderr
    assert "rules: ok" in ok.stdout
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.yaml").write_text(
        "version: 1\nrules:\n  - id: thanks\n    on: interview.ended\n    afterr: 1h\n"
        "    for_each: interviewer\n    do:\n      - draft: {to: interviewer, template: thank-you}\n"
    )
    bad = followupd("check", cfg=cfg)
    assert bad.returncode == 2
    assert f"{rules / 'mine.yaml'}:5:5: rules[0].afterr: unknown key 'afterr'" in bad.stderr


def test_bad_now_is_a_clear_error(dovecot: DovecotUser, tmp_path: Path) -> None:
    """An unreadable --now is refused with exit 2 and an example of the format."""
    result = followupd("run", "--once", "--now", "next tuesday", cfg=config(dovecot, tmp_path))
    assert result.returncode == 2
    assert "ISO-8601" in result.stderr


def test_run_keeps_polling_and_stops_on_sigterm(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`followupd run` writes due drafts, picks up mail that arrives later, and exits 0 on SIGTERM."""
    import signal
    import time

    # An interview that ended an hour ago, so its drafts are due on the first pass.
    now = datetime.now(UTC).replace(microsecond=0)
    dovecot.append(
        "INBOX", invitation(start=now - timedelta(hours=3), end=now - timedelta(hours=2))
    )
    cfg = config(dovecot, tmp_path)
    cfg.write_text(cfg.read_text() + "\n[run]\npoll_interval = 10\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "followupd", "--config", str(cfg), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while len(dovecot.list_messages("Drafts")) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(dovecot.list_messages("Drafts")) == 3
        second = invitation(
            uid="second@northwind-robotics.example",
            start=now - timedelta(hours=2),
            end=now - timedelta(hours=1),
            attendees=PANEL[:1],
        )
        dovecot.append("INBOX", second)
        deadline = time.monotonic() + 30
        while len(dovecot.list_messages("Drafts")) < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(dovecot.list_messages("Drafts")) == 4
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    _, err = proc.communicate()
    assert dovecot.password not in err.decode()


def test_explain_shows_understanding_and_plan_without_writing(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """`explain ACCOUNT:FOLDER:UID` shows the interview, who the interviewers are, which rules
    plan what and why — and writes nothing (no state file, no draft)."""
    uid = dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = config(dovecot, tmp_path)
    result = followupd("explain", f"work:INBOX:{uid}", "--now", "2026-11-18T10:00", cfg=cfg)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "interview —" in out and "Priya Raman" in out
    assert "thank-you (interview.ended) for zoe.mueller@northwind-robotics.example: plans" in out
    assert "(nothing was written)" in out
    assert not (tmp_path / "state.sqlite3").exists()
    assert dovecot.list_messages("Drafts") == []
    as_json = json.loads(
        followupd(
            "explain", f"work:INBOX:{uid}", "--json", "--now", "2026-11-18T10:00", cfg=cfg
        ).stdout
    )
    assert as_json["calendar"][0]["verdict"] == "interview"
    assert {p["rule"] for p in as_json["planned"]} >= {"thank-you", "check-back"}


def test_explain_a_file_and_a_missing_message(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`explain` reads a .eml file too; a look-alike is explained as such; a bad reference is
    one clear error."""
    from tests.invitations import invitation as build

    eml = tmp_path / "lunch.eml"
    eml.write_bytes(build(start=START, end=END, summary="Lunch with Alex", attendees=()))
    cfg = config(dovecot, tmp_path)
    out = followupd("explain", str(eml), cfg=cfg)
    assert out.returncode == 0, out.stderr
    assert "not an interview" in out.stdout
    bad = followupd("explain", "nosuch:INBOX:1", cfg=cfg)
    assert bad.returncode == 2 and "no account “nosuch”" in bad.stderr


def test_status_and_rules(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`status` has one row per application with the next action; `rules` lists id, trigger,
    enabled and file:line; both have --json."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = config(dovecot, tmp_path)
    assert followupd("run", "--once", "--now", "2026-11-18T10:00", cfg=cfg).returncode == 0
    status = followupd("status", cfg=cfg)
    assert status.returncode == 0, status.stderr
    assert "Northwind Robotics" in status.stdout and "interviewing" in status.stdout
    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    assert shown["failed_messages"] == 0 and shown["failed"] == []
    rows = shown["applications"]
    assert rows[0]["company"] == "Northwind Robotics"
    assert rows[0]["next_action"] == "interview-checklist (remind)"
    assert rows[0]["next_due"] == "2026-11-18T15:15:00Z"
    rules = json.loads(followupd("rules", "--json", cfg=cfg).stdout)
    assert {r["id"] for r in rules} >= {
        "interview-checklist", "thank-you", "thank-you-nudge", "debrief",
        "follow-up-letter", "check-back", "research-and-network", "rejection-thanks",
    }  # fmt: skip
    assert all(r["file"].endswith(".yaml") and r["line"] > 0 for r in rules)


def test_check_connect_logs_in_and_finds_the_folders(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`check --connect` logs in and names the Drafts and Sent folders it will use; a wrong
    password is one line naming the server, exit 3, without the password."""
    ok = followupd("check", "--connect", cfg=config(dovecot, tmp_path))
    assert ok.returncode == 0, ok.stderr
    assert "account work: ok (Drafts: Drafts, Sent: Sent)" in ok.stdout
    secret = "N0t-The-Password"
    bad = followupd("check", "--connect", cfg=config(dovecot, tmp_path, password=secret))
    assert bad.returncode == 3
    assert f"127.0.0.1:{dovecot.port}" in bad.stderr and secret not in bad.stderr + bad.stdout
