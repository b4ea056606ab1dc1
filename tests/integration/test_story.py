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
from tests.invitations import PANEL, invitation, reply
from tests.servers.dovecot import DovecotUser

START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
# Three days after the interview: the checklist, thank-yous and debrief are too late.
LATE = "2026-11-21T10:00"
INVITE_ID = "<interview-7f3a@northwind-robotics.example.0.request@calendar.example>"


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
    assert "Northwind Robotics" in line and "due Wed 18 Nov 2026 16:40" in line  # Berlin
    assert "too late to be useful" in line
    for out in (planned.stdout, text.stdout, ran.stdout, ran.stderr, status):
        assert "datetime" not in out and "b'" not in out


def _skipped_lines(out: str, header: str) -> set[str]:
    """The skipped actions a command listed under `header`, one per line."""
    lines = out.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(header))
    block = []
    for ln in lines[start + 1 :]:
        if not ln.startswith("  "):
            break
        block.append(ln.strip())
    return set(block)


def test_a_rejection_plan_and_run_withdraw_the_same_actions(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """After a rejection, `plan` lists the nudges and check-back it will withdraw, with the
    cancel as the reason, and `run` then reports exactly those lines; `status` keeps
    them, said in words."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = write_config(dovecot, tmp_path)
    for at in ("2026-11-18T16:05Z", "2026-11-18T18:30Z"):  # thank-yous written, nudges planned
        assert followupd("run", "--once", "--now", at, cfg=cfg).returncode == 0
    dovecot.append(
        "INBOX",
        reply(
            "Dear Jordan,\n\nThank you for meeting the team yesterday. Unfortunately, we have "
            "decided to move forward with other candidates for this role.\n\nPriya\n",
            subject="Re: Interview: Senior Backend Engineer – Northwind Robotics (panel)",
            sender=PANEL[0],
            sent=datetime(2026, 11, 19, 8, 0, tzinfo=UTC),
            message_id="<no@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    at = "2026-11-19T08:30Z"
    planned = followupd("plan", "--now", at, cfg=cfg)
    assert planned.returncode == 0, planned.stderr
    will_skip = _skipped_lines(planned.stdout, "Will be skipped")
    nudges = [ln for ln in will_skip if "[thank-you-nudge]" in ln]
    assert len(nudges) == len(PANEL), will_skip
    assert all("withdrawn" in ln for ln in nudges)
    rows = json.loads(followupd("plan", "--json", "--now", at, cfg=cfg).stdout)
    assert {r["rule"] for r in rows if r["will"] == "now"} >= {"rejection-thanks"}

    ran = followupd("run", "--once", "--now", at, cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert _skipped_lines(ran.stdout, "skipped (not done):") == will_skip
    assert "wrote draft [rejection-thanks]" in ran.stdout
    assert f"{len([ln for ln in will_skip if 'withdrawn' in ln])} withdrawn" in ran.stdout

    status = followupd("status", cfg=cfg).stdout
    shown = _skipped_lines(status, "Skipped (not done, and why")
    assert will_skip <= shown


def test_status_says_what_a_person_wants_to_know(dovecot: DovecotUser, tmp_path: Path) -> None:
    """Per application: the next interview (when, with whom), then — once it is over — the
    drafts waiting in Drafts, the last message from them (who) and from you (to whom),
    and what is due next; `--json` keeps its fields and adds these."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = write_config(dovecot, tmp_path)
    assert followupd("run", "--once", "--now", "2026-11-18T09:00Z", cfg=cfg).returncode == 0
    before = followupd("status", "--now", "2026-11-18T09:00Z", cfg=cfg).stdout
    line = next(ln for ln in before.splitlines() if "next interview" in ln)
    # 14:00–15:30 UTC is 15:00–16:30 in Berlin.
    assert "Wed 18 Nov 15:00–16:30 with Priya Raman, Zoë Müller, Sam O'Neil" in line

    assert followupd("run", "--once", "--now", "2026-11-18T16:05Z", cfg=cfg).returncode == 0
    dovecot.append(
        "Sent",
        reply(
            "Dear Priya,\n\nThank you for today.\n\nJordan\n",
            subject="Thank you",
            sender=("Jordan Lee", "jordan.lee@example.org"),
            to=(PANEL[0],),
            sent=datetime(2026, 11, 18, 17, 0, tzinfo=UTC),
            message_id="<ty.priya@example.org>",
        ),
    )
    assert followupd("run", "--once", "--now", "2026-11-18T17:05Z", cfg=cfg).returncode == 0
    after = followupd("status", "--now", "2026-11-18T17:05Z", cfg=cfg).stdout
    assert "next interview" not in after  # it is over
    waiting = [ln for ln in after.splitlines() if "thank-you to " in ln]
    assert len(waiting) == len(PANEL) and "drafts waiting" in waiting[0]
    assert any(
        "from you        Wed 18 Nov 18:00, to Priya Raman" in ln for ln in after.splitlines()
    )
    assert "from them       " in after
    assert "next            " in after

    shown = json.loads(followupd("status", "--json", "--now", "2026-11-18T17:05Z", cfg=cfg).stdout)
    (app,) = shown["applications"]
    old_fields = {
        "application", "company", "agency", "role", "stage", "stage_evidence", "contact",
        "last_from_them", "last_from_me", "timeframe_due", "next_action", "next_due", "skipped",
    }  # fmt: skip
    assert old_fields <= set(app)
    assert app["last_from_me"] == "2026-11-18T17:00:00Z" and app["last_from_me_to"] == "Priya Raman"
    assert sorted(d["to"] for d in app["drafts_waiting"]) == sorted(n for n, _ in PANEL)
    assert app["next_interview"] is None
    assert app["next_due"] and app["next_what"]


def test_a_sent_thank_you_is_skipped_alike_by_plan_and_run(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """The user sent the thank-you to Priya (its copy is in Sent) and deleted the one to
    Zoë: `plan` already says the nudges about them will not be written, and why (it looks
    where the drafts are, as `run` does), and `run` then writes Sam's nudge only, listing
    the same two as skipped."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    cfg = write_config(dovecot, tmp_path)
    for at in ("2026-11-18T16:05Z", "2026-11-18T18:30Z"):  # thank-yous written, nudges planned
        assert followupd("run", "--once", "--now", at, cfg=cfg).returncode == 0
    priya = next(m for m in dovecot.list_messages("Drafts") if PANEL[0][1].encode() in m)
    dovecot.append("Sent", priya, flags=[b"\\Seen"])  # what her client keeps once it is sent
    with dovecot.client() as c:  # the user deletes the draft to Zoë
        c.select_folder("Drafts")
        zoe = [
            u
            for u, d in c.fetch(c.search("ALL"), ["RFC822"]).items()
            if PANEL[1][1].encode() in d[b"RFC822"]
        ]
        c.delete_messages(zoe)
        c.expunge()
    at = "2026-11-19T12:05Z"  # the nudges are due (20 hours after the interview)
    rows = json.loads(followupd("plan", "--json", "--now", at, cfg=cfg).stdout)
    nudges = {r["key"]: r for r in rows if r["rule"] == "thank-you-nudge"}
    skipped = sorted(
        (r for r in nudges.values() if r["will"] == "skip"), key=lambda r: r["subject"]
    )
    assert len(nudges) == len(PANEL) and len(skipped) == 2, nudges
    assert "Priya Raman" in skipped[0]["subject"] and "Zoë Müller" in skipped[1]["subject"]
    assert all(r["why"].startswith("withdrawn") for r in skipped)
    assert "no longer in Drafts" in skipped[1]["why"]
    planned = followupd("plan", "--now", at, cfg=cfg).stdout
    will_skip = {ln for ln in _skipped_lines(planned, "Will be skipped") if "nudge" in ln}

    ran = followupd("run", "--once", "--now", at, cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    (wrote,) = [ln for ln in ran.stdout.splitlines() if "reminder [thank-you-nudge]" in ln]
    assert "Sam O'Neil" in wrote
    done = {ln for ln in _skipped_lines(ran.stdout, "skipped (not done):") if "nudge" in ln}
    assert done == will_skip and len(done) == 2
