"""ImapMailbox against hostile mail on a real Dovecot: one message cannot block its neighbours.

A message with thousands of MIME parts makes Dovecot's BODYSTRUCTURE reply a single
line of several megabytes, more than imaplib accepts (`_MAXLINE`, 1,000,000 bytes).
Before, every read of the folder failed on that line and nothing after it was read.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta

import pytest
from structlog.testing import capture_logs

from followupd.domain.ports import Candidate
from followupd.mailstores.imap import ImapMailbox
from tests.servers.dovecot import DovecotUser

pytestmark = pytest.mark.integration

SINCE = date.today() - timedelta(days=30)


def plain(n: int) -> bytes:
    return (
        f"From: Recruiter {n} <r{n}@example.com>\r\nTo: me@example.org\r\n"
        f"Subject: Message {n}\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        f"Message-ID: <h{n}.{os.getpid()}@example.com>\r\n\r\nBody {n}.\r\n"
    ).encode()


def many_parts(parts: int) -> bytes:
    """A message of `parts` small calendar attachments, each with long parameters."""
    head = (
        "From: Someone <someone@elsewhere.example>\r\nTo: me@example.org\r\n"
        "Subject: Invitations\r\nMIME-Version: 1.0\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    )
    name = "x" * 60
    body = "".join(
        f'--b\r\nContent-Type: text/calendar; method=REQUEST; name="{name}{i}.ics"\r\n'
        f'Content-Disposition: attachment; filename="{name}{i}.ics"\r\n\r\n'
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
        for i in range(parts)
    )
    return (head + body + "--b--\r\n").encode()


def everything(_c: Candidate) -> bool:
    return True


def test_a_structure_too_long_to_read_skips_that_message_and_reads_the_rest(
    dovecot: DovecotUser,
) -> None:
    """A message whose BODYSTRUCTURE line is over imaplib's limit is logged with its UID
    and read without its structure; its neighbours in the same batch are read whole."""
    dovecot.append("INBOX", plain(1))
    bad_uid = dovecot.append("INBOX", many_parts(9000))
    dovecot.append("INBOX", plain(3))
    with ImapMailbox("work", dovecot.account()) as mb, capture_logs() as logs:
        batches = list(mb.read_new("INBOX", None, SINCE, everything))
    messages = [m for b in batches for m in b.messages]
    assert [m.ref.uid for m in messages] == [bad_uid - 1, bad_uid, bad_uid + 1]
    assert messages[0].raw is not None and b"Body 1." in messages[0].raw
    assert messages[2].raw is not None and b"Body 3." in messages[2].raw
    bad = messages[1].candidate
    assert bad.content_types == () and b"Invitations" in bad.headers
    failed = [e for e in logs if e["event"] == "mail.failed"]
    assert [e["uid"] for e in failed] == [bad_uid]
    assert "structure" in failed[0]["reason"]
    assert batches[-1].cursor is not None and batches[-1].cursor.last_uid == bad_uid + 1


def test_a_second_read_after_the_hostile_message_goes_on_from_the_cursor(
    dovecot: DovecotUser,
) -> None:
    """The cursor moves past the hostile message: the next read sees only what is new."""
    dovecot.append("INBOX", many_parts(9000))
    with ImapMailbox("work", dovecot.account()) as mb:
        first = list(mb.read_new("INBOX", None, SINCE, everything))
        cursor = first[-1].cursor
        new_uid = dovecot.append("INBOX", plain(7))
        second = list(mb.read_new("INBOX", cursor, SINCE, everything))
    assert [m.ref.uid for b in second for m in b.messages] == [new_uid]


def test_a_structure_too_long_in_a_batch_sent_ahead_costs_only_that_message(
    dovecot: DovecotUser,
) -> None:
    """The hostile message in the batch whose FETCH went out ahead of its turn: the reply
    that cannot be read drops that connection, the batch is read again in its turn, and
    only the hostile message goes without its structure."""
    uids = [dovecot.append("INBOX", plain(n)) for n in range(3)]
    bad_uid = dovecot.append("INBOX", many_parts(9000))
    uids += [bad_uid, dovecot.append("INBOX", plain(5))]
    with ImapMailbox("work", dovecot.account(), batch_size=3) as mb, capture_logs() as logs:
        batches = list(mb.read_new("INBOX", None, SINCE, everything))
    messages = [m for b in batches for m in b.messages]
    assert [m.ref.uid for m in messages] == uids
    assert all(m.raw is not None for m in messages)
    assert b"Body 5." in (messages[-1].raw or b"")
    assert [m.ref.uid for m in messages if not m.candidate.content_types] == [bad_uid]
    assert [e["uid"] for e in logs if e["event"] == "mail.failed"] == [bad_uid]
    assert any(e["event"] == "imap.ahead_dropped" for e in logs)
