"""A draft sent from a real mail client carries no trace of followupd, and followupd knows
it was sent.

followupd (`run --once`) writes its reply to a rejection into Dovecot's Drafts; neomutt,
in tmux, recalls that draft over IMAP, the user edits it, and neomutt sends it through
SMTP (an aiosmtpd sink standing for the user's outgoing server) and keeps a copy in
Sent. What left must not name followupd anywhere; the next pass must neither write
the draft again nor miss that it was sent. The headers before and after are printed
(run with -s to see them).
"""

from __future__ import annotations

import email
import email.policy
import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.domain.intents import IntentStatus
from followupd.store import Store
from tests.configs import run_cli, write_config
from tests.invitations import PANEL, invitation, reply
from tests.servers import server_missing
from tests.servers.dovecot import DovecotUser
from tests.servers.neomutt import Neomutt
from tests.servers.smtp import SmtpSink

PRIYA = PANEL[0]
ADDED = "PS: I enjoyed meeting the team."


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    ran = run_cli(*args, cfg=cfg, timeout=120)
    assert ran.returncode == 0, ran.stderr
    return ran


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def head(raw: bytes) -> str:
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("utf-8", "replace")


def rejected(user: DovecotUser) -> str:
    """An interview three days ago (its thank-yous long past due) and, an hour ago, the
    organizer's rejection in its thread. Returns the rejection's Message-ID."""
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=3)
    user.append(
        "INBOX",
        invitation(start=start, end=start + timedelta(minutes=90), sent=now - timedelta(days=10)),
    )
    rejection = "<no-thanks@northwind-robotics.example>"
    user.append(
        "INBOX",
        reply(
            "Dear Jordan,\n\nThank you for meeting the team. Unfortunately, we have decided to"
            " move forward with other candidates for this role.\n\nWe wish you every success."
            "\nPriya\n",
            subject="Re: Invitation: Interview: Senior Backend Engineer – Northwind Robotics",
            sender=PRIYA,
            sent=now - timedelta(hours=1),
            message_id=rejection,
            in_reply_to="<interview-7f3a@northwind-robotics.example.0.request@calendar.example>",
        ),
    )
    return rejection


@pytest.fixture
def outgoing(request: pytest.FixtureRequest) -> Iterator[SmtpSink]:
    """The user's own outgoing SMTP server (their client sends to a recruiter: this is not
    followupd's mail, so it is kept out of the suite's nobody-but-the-user journal)."""
    sink = SmtpSink(test=request.node.nodeid, journal=False)
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def client_binaries() -> None:
    for binary in ("neomutt", "tmux"):
        if shutil.which(binary) is None:
            server_missing(binary, f"Debian: apt-get install {binary}")


def test_a_draft_sent_from_neomutt_shows_no_trace_and_is_known_as_sent(
    dovecot: DovecotUser, tmp_path: Path, outgoing: SmtpSink, client_binaries: None
) -> None:
    """The rejection reply followupd wrote, recalled in neomutt, edited and sent: the bytes
    that reach the SMTP server and the copy in Sent hold no "followupd" (no X-Followupd-*
    header, no product name in the Message-ID); the next pass writes nothing again and
    records the draft as sent (`followupd drafts` says so)."""
    rejection = rejected(dovecot)
    cfg = write_config(dovecot, tmp_path, lookback_days=60)
    ran = followupd("run", "--once", cfg=cfg)
    assert "wrote draft [rejection-thanks]" in ran.stdout
    (draft,) = dovecot.list_messages("Drafts")
    before = parse(draft)
    assert before["In-Reply-To"] == rejection
    assert b"followupd" not in draft.lower()
    listed = json.loads(followupd("drafts", "--json", cfg=cfg).stdout)
    (row,) = [r for r in listed if r["kind"] == "draft"]
    assert row["rule"] == "rejection-thanks" and row["state"] == "waiting"
    assert row["message_id"] == before["Message-ID"] and row["to"] == [PRIYA[1]]

    client = Neomutt(
        dovecot,
        tmp_path / "neomutt",
        smtp_port=outgoing.port,
        name="Jordan Lee",
        email="jordan.lee@example.org",
        added_line=ADDED,
    )
    client.start()
    try:
        client.wait_for("Post:1")  # the index: one postponed message (the draft)
        client.keys("R")  # recall-message
        client.wait_for("Compose")
        client.keys("e")  # edit the message: the editor adds the user's line
        client.wait_for("Compose")
        client.keys("y")  # send
        client.wait_until(
            lambda: bool(outgoing.envelopes) and bool(dovecot.list_messages("Sent")),
            "sent the draft and kept a copy in Sent",
        )
    finally:
        client.stop()

    (envelope,) = outgoing.envelopes
    assert envelope.rcpt_tos == (PRIYA[1],)
    (copy,) = dovecot.list_messages("Sent")
    for sent in (envelope.data, copy):
        assert b"followupd" not in sent.lower()
        after = parse(sent)
        assert ADDED in after.get_content()  # type: ignore[operator]
        assert after["In-Reply-To"] == rejection
    assert dovecot.list_messages("Drafts") == []  # neomutt took the draft out when it sent it
    print("\n--- the draft followupd wrote (headers) ---\n" + head(draft))
    print("--- what neomutt sent (headers) ---\n" + head(envelope.data))

    again = followupd("run", "--once", cfg=cfg)
    assert "wrote draft" not in again.stdout
    assert dovecot.list_messages("Drafts") == []
    with Store(tmp_path / "state.sqlite3") as store:
        (done,) = [
            s for s in store.intents(IntentStatus.DONE) if s.intent.rule_id == "rejection-thanks"
        ]
        assert done.location == "sent"
    listed = json.loads(followupd("drafts", "--json", "--offline", cfg=cfg).stdout)
    assert [r["state"] for r in listed if r["kind"] == "draft"] == ["sent"]
