"""An interview booked by a chatbot, through `followupd run --once` against a real Dovecot
(issue 10): the interviewer is named without an address ("Who: Store Manager Dana
Whitfield"), writes from her own address after the interview, and gets the thank-you;
followupd's own notes in INBOX are never read back as mail."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import reply
from tests.servers.dovecot import DovecotUser

CHICAGO = timezone(timedelta(hours=-6))
ME = ("Jordan Lee", "jordan.lee@example.org")
BOT = ("Ava at Copperleaf Foods", "copperleaf@paradox.ai")
DANA = ("Dana Whitfield", "dana.whitfield@copperleaffoods.example")


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=90)


def messages(user: DovecotUser, folder: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for raw in user.list_messages(folder)
    ]


def booked() -> bytes:
    """Monday 16 November: the chatbot's transcript, interview Thursday 10:30."""
    return reply(
        "Hi Jordan! It's Ava, the virtual recruiting assistant for Copperleaf Foods.\n\n"
        "Ava: Please pick an interview time.\nJordan: Thu 11/19 10:30 AM\n\n"
        "You're all set! Interview details:\nPosition: Assistant Store Manager\n"
        "When: Thursday, November 19 at 10:30 AM\nWho: Store Manager Dana Whitfield\n"
        "Where: Copperleaf Foods #12, 400 Lake St, Chicago\n\n"
        "Reply RESCHEDULE to change your time. Powered by Paradox\n",
        subject="You're scheduled! Interview with Copperleaf Foods",
        sender=BOT,
        to=(ME,),
        sent=datetime(2026, 11, 16, 19, 42, tzinfo=CHICAGO),
        message_id="<booked-1@paradox.ai>",
    )


def dana_writes() -> bytes:
    """Thursday 11:40, after the interview: the store manager, from her own address."""
    return reply(
        "Hi Jordan,\n\nThanks for coming in this morning - great conversation. I need to "
        "check with my district manager.\n\nDana Whitfield\nStore Manager #12\n",
        subject="Great meeting you",
        sender=DANA,
        to=(ME,),
        sent=datetime(2026, 11, 19, 11, 40, tzinfo=CHICAGO),
        message_id="<dana-1@copperleaffoods.example>",
    )


def test_the_named_interviewer_who_writes_gets_the_thank_you(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    dovecot.append("INBOX", booked())
    cfg = write_config(
        dovecot, tmp_path, user_name=ME[0], user_email=ME[1], timezone="America/Chicago"
    )
    for now in ("2026-11-16T19:45:00-06:00", "2026-11-19T11:10:00-06:00"):
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    # The reminder before the interview ends is in INBOX; it names the interview.
    notes = [m for m in messages(dovecot, "INBOX") if "followupd" in str(m["Subject"])]
    assert notes and all("Copperleaf Foods" in str(m["Subject"]) for m in notes)
    assert messages(dovecot, "Drafts") == []  # nobody to thank yet: no address known

    dovecot.append("INBOX", dana_writes())
    for now in ("2026-11-19T11:45:00-06:00", "2026-11-19T16:00:00-06:00"):
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    (letter,) = messages(dovecot, "Drafts")
    assert [a.addr_spec for a in letter["To"].addresses] == [DANA[1]]
    assert "Copperleaf Foods" in str(letter["Subject"])

    again = followupd("run", "--once", "--now", "2026-11-19T20:00:00-06:00", cfg=cfg)
    assert again.returncode == 0 and len(messages(dovecot, "Drafts")) == 1
    # One application: the notes followupd wrote to INBOX were not read as mail.
    status = json.loads(followupd("status", "--json", cfg=cfg).stdout)["applications"]
    assert [a["company"] for a in status] == ["Copperleaf Foods"]
