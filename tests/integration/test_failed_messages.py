"""Hostile mail between two good invitations on a real Dovecot, through `followupd run --once`:
the pass exits 0, both invitations are drafted, the bad message is logged and counted."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import invitation
from tests.servers.dovecot import DovecotUser

HEAD = (
    "From: Priya Raman <priya.raman@northwind-robotics.example>\r\n"
    "To: Jordan Lee <jordan.lee@example.org>\r\n"
    "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
)


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=120)


def nested(depth: int, *, param: str, subject: str) -> bytes:
    out = [HEAD, f"Subject: {subject}\r\nMessage-ID: <{param}-{depth}@northwind.example>\r\n"]
    for i in range(depth):
        out.append(f'Content-Type: multipart/mixed; {param}="b{i}"\r\n\r\n--b{i}\r\n')
    out.append("Content-Type: text/plain\r\n\r\nSee you at the interview.\r\n")
    out.extend(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return "".join(out).encode()


def nul_charset() -> bytes:
    return (
        HEAD + "Subject: Your interview: logistics\r\nMessage-ID: <nul@northwind.example>\r\n"
        'Content-Type: text/plain; charset="utf8\0"\r\n\r\nWe will get back to you by Friday.\r\n'
    ).encode()


def events(stderr: str) -> list[dict[str, object]]:
    out = []
    for line in stderr.splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


def test_hostile_messages_between_two_invitations(dovecot: DovecotUser, tmp_path: Path) -> None:
    """Deep nesting (cut, or refused when the scan cannot follow it), a NUL charset and a
    year-9999 invitation sit between two good invitations: `run --once` exits 0 and drafts a
    thank-you per interviewer of both; the refused one is `mail.failed` with its UID, and
    `status` counts it (text and JSON)."""
    first = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    second = datetime(2026, 11, 18, 13, 0, tzinfo=UTC)
    far = datetime(9999, 12, 31, 22, 0, tzinfo=UTC)
    dovecot.append("INBOX", invitation(uid="a@northwind.example", start=first, end=first + timedelta(hours=1)))  # fmt: skip
    refused = dovecot.append(
        "INBOX", nested(3000, param="boundary*", subject="Interview: what to bring")
    )
    dovecot.append("INBOX", nested(600, param="boundary", subject="Interview: the agenda"))
    dovecot.append("INBOX", nul_charset())
    dovecot.append("INBOX", invitation(uid="far@northwind.example", start=far, end=far + timedelta(hours=1)))  # fmt: skip
    dovecot.append("INBOX", invitation(uid="b@northwind.example", start=second, end=second + timedelta(hours=1)))  # fmt: skip
    cfg = write_config(dovecot, tmp_path)

    ran = followupd("run", "--once", "--now", "2026-11-18T17:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert "unexpected error" not in ran.stderr
    drafts = dovecot.messages_of_rule("Drafts", "thank-you", tmp_path / "state.sqlite3")
    assert len(drafts) == 6 and ran.stdout.count("wrote draft [thank-you]") == 6
    failed = [e for e in events(ran.stderr) if e["event"] == "mail.failed"]
    assert [(e["account"], e["folder"], e["uid"]) for e in failed] == [("work", "INBOX", refused)]
    assert "nests too deep" in str(failed[0]["reason"])

    status = followupd("status", cfg=cfg)
    assert status.returncode == 0, status.stderr
    assert "1 message could not be read and was skipped" in status.stdout
    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    assert shown["failed_messages"] == 1 and shown["failed"][0]["uid"] == refused
    assert shown["applications"][0]["company"] == "Northwind Robotics"

    again = followupd("run", "--once", "--now", "2026-11-18T17:10", cfg=cfg)
    assert again.returncode == 0 and "wrote draft" not in again.stdout
    assert not [e for e in events(again.stderr) if e["event"] == "mail.failed"]  # not retried


def test_explain_of_hostile_files_gives_a_result_or_a_sentence(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """`explain` of each hostile file exits 0 with what it understood, or with one
    `followupd: error:` line (exit 1) — never "unexpected error"."""
    cfg = write_config(dovecot, tmp_path)
    cases = {
        "deep.eml": (nested(5000, param="boundary", subject="Interview"), 0),
        "deep-2231.eml": (nested(3000, param="boundary*", subject="Interview"), 1),
        "nul.eml": (nul_charset(), 0),
    }
    for name, (raw, code) in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        out = followupd("explain", str(path), cfg=cfg)
        assert out.returncode == code, (name, out.stderr)
        assert "unexpected error" not in out.stderr
        if code:
            assert "followupd: error:" in out.stderr and "nests too deep" in out.stderr
        else:
            assert "(nothing was written)" in out.stdout
