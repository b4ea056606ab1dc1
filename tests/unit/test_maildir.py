"""MaildirMailbox on a Maildir++ tree in tmp_path (pure filesystem, no server).

What every mail store promises is tested once for all in
tests/integration/test_mailstore_contract.py; this file keeps what is Maildir-only.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from followupd.config import MaildirAccount
from followupd.domain.errors import SourceError
from followupd.domain.ports import Candidate, Cursor, FolderBatch, LetterTrace
from followupd.mailstores.maildir import MaildirMailbox

NOW = int(time.time())
SINCE = date.today() - timedelta(days=30)

INVITE = (
    b"From: Recruiter <r@example.com>\n"
    b"Subject: Interview\n"
    b"Date: " + time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()).encode() + b"\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="b"\n\n'
    b"--b\nContent-Type: text/plain\n\nSee attached.\n"
    b"--b\nContent-Type: text/calendar; method=REQUEST\n"
    b'Content-Disposition: attachment; filename="=?utf-8?q?Gespr=C3=A4ch.ICS?="\n\n'
    b"BEGIN:VCALENDAR\nEND:VCALENDAR\n--b--\n"
)


def make_folder(path: Path) -> Path:
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def deliver(
    folder: Path, raw: bytes, *, at: int = NOW, n: int = 0, sub: str = "new", info: str = ""
) -> Path:
    path = folder / sub / f"{at}.M{n}P1.host{info}"
    path.write_bytes(raw)
    return path


def mail(
    n: int, *, date_header: str | None = "now", key: str = "", mid: str = "", extra: str = ""
) -> bytes:
    lines = [f"From: a{n}@example.com", f"Subject: Message {n}"]
    if mid:
        lines.append(f"Message-ID: {mid}")
    if extra:
        lines.append(extra)
    if date_header == "now":
        lines.append("Date: " + time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()))
    elif date_header:
        lines.append(f"Date: {date_header}")
    if key:
        lines.append(f"X-Followupd-Key: {key}")
    return ("\n".join(lines) + f"\n\nBody {n}\n").encode()


def everything(_c: Candidate) -> bool:
    return True


def read(mb: MaildirMailbox, folder: str, cursor: Cursor | None) -> list[FolderBatch]:
    return list(mb.read_new(folder, cursor, SINCE, everything))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_folder(tmp_path / "Maildir")


@pytest.fixture
def mb(root: Path) -> MaildirMailbox:
    return MaildirMailbox("local", MaildirAccount(kind="maildir", path=root))


def test_reads_new_and_cur_in_delivery_order_with_bodies_only_for_wanted(
    root: Path, mb: MaildirMailbox
) -> None:
    """INBOX is the root maildir; messages in new/ and cur/ are numbered 1.. by delivery
    time; candidates carry headers, MIME types and file names; bodies only when wanted."""
    deliver(root, mail(1), at=NOW - 30, sub="cur", info=":2,S")
    deliver(root, INVITE, at=NOW - 20)
    deliver(root, mail(3), at=NOW - 10)
    (batch,) = list(mb.read_new("INBOX", None, SINCE, lambda c: c.has_calendar()))
    assert [m.ref.uid for m in batch.messages] == [1, 2, 3]
    first, invite, _third = batch.messages
    assert first.raw is None and first.candidate.headers.startswith(b"From: a1@example.com")
    assert first.candidate.headers.endswith(b"\n\n") and b"Body" not in first.candidate.headers
    assert invite.raw == INVITE
    assert invite.candidate.content_types == ("multipart/mixed", "text/plain", "text/calendar")
    assert invite.candidate.filenames == ("gespräch.ics",)
    assert invite.candidate.size == len(INVITE)
    assert batch.cursor == Cursor(MaildirMailbox.uidvalidity(root), 3)
    assert invite.ref.account == "local" and invite.ref.folder == "INBOX"


def test_first_read_filters_by_date_header_then_delivery_time(
    root: Path, mb: MaildirMailbox
) -> None:
    """`since` keeps messages whose Date header (or, without one, delivery time) is recent."""
    old = NOW - 90 * 86400
    deliver(root, mail(1, date_header="Mon, 01 Jan 2001 10:00:00 +0000"), at=NOW - 5, n=1)
    deliver(root, mail(2, date_header=None), at=old, n=2)
    deliver(root, mail(3, date_header=None), at=NOW - 4, n=3)
    deliver(root, mail(4), at=NOW - 3, n=4)
    (batch,) = read(mb, "INBOX", None)
    assert [m.ref.uid for m in batch.messages] == [3, 4]
    assert batch.cursor == Cursor(MaildirMailbox.uidvalidity(root), 4)


def test_subfolders_use_the_maildir_plus_plus_layout(root: Path, mb: MaildirMailbox) -> None:
    """ "Jobs/Applied" is read from .Jobs.Applied; a missing folder is a SourceError naming it."""
    deliver(make_folder(root / ".Jobs.Applied"), mail(1))
    (batch,) = read(mb, "Jobs/Applied", None)
    assert len(batch.messages) == 1
    assert mb.folder_path("INBOX.Jobs") == root / ".Jobs"
    with pytest.raises(SourceError, match="“Nope”"):
        read(mb, "Nope", None)


def test_uidvalidity_change_or_shrink_resyncs(root: Path, mb: MaildirMailbox) -> None:
    """A cursor from another folder (other UIDVALIDITY) or beyond the folder's end (mail was
    deleted, positions moved) makes the read start again from `since`, flagged resynced."""
    deliver(root, mail(1), at=NOW - 2, n=1)
    deliver(root, mail(2), at=NOW - 1, n=2)
    (first,) = read(mb, "INBOX", None)
    assert first.cursor is not None
    (again,) = read(mb, "INBOX", Cursor(first.cursor.uidvalidity + 1, 2))
    assert again.resynced and len(again.messages) == 2
    (shrunk,) = read(mb, "INBOX", Cursor(first.cursor.uidvalidity, 5))
    assert shrunk.resynced and [m.ref.uid for m in shrunk.messages] == [1, 2]


def test_uids_are_stable_and_uidvalidity_differs_per_folder(root: Path, tmp_path: Path) -> None:
    """A second MaildirMailbox on the same tree numbers messages the same way; folders have
    different UIDVALIDITY values."""
    deliver(root, mail(1), at=NOW - 2, n=1)
    deliver(root, mail(2), at=NOW - 1, n=2)
    a = read(MaildirMailbox("a", MaildirAccount(kind="maildir", path=root)), "INBOX", None)
    b = read(MaildirMailbox("b", MaildirAccount(kind="maildir", path=root)), "INBOX", None)
    assert [(m.ref.uid, m.raw) for m in a[0].messages] == [
        (m.ref.uid, m.raw) for m in b[0].messages
    ]
    make_folder(root / ".Sent")
    assert MaildirMailbox.uidvalidity(root) != MaildirMailbox.uidvalidity(root / ".Sent")


def test_large_folder_is_read_in_batches(root: Path, mb: MaildirMailbox) -> None:
    """1200 messages come in batches of 500, each with the cursor of its last message."""
    for n in range(1200):
        deliver(root, mail(n), at=NOW - 2000 + n, n=n)
    batches = list(mb.read_new("INBOX", None, SINCE, lambda c: c.ref.uid % 2 == 0))
    assert [len(b.messages) for b in batches] == [500, 500, 200]
    assert [b.cursor.last_uid for b in batches if b.cursor] == [500, 1000, 1200]
    assert sum(m.raw is not None for b in batches for m in b.messages) == 600


def test_a_message_moved_to_cur_during_a_read_is_still_read(root: Path, mb: MaildirMailbox) -> None:
    """A mail client moving a message new/ → cur/ (adding flags) mid-read does not lose it."""
    deliver(root, mail(1), at=NOW - 2, n=1)
    second = deliver(root, mail(2), at=NOW - 1, n=2)
    mb.batch_size = 1
    reader = mb.read_new("INBOX", None, SINCE, everything)
    next(reader)
    second.rename(root / "cur" / (second.name + ":2,S"))
    (batch,) = list(reader)
    assert batch.messages[0].raw == mail(2)


def test_append_draft_creates_drafts_and_marks_it_draft_and_seen(
    root: Path, mb: MaildirMailbox
) -> None:
    """append_draft creates .Drafts (Maildir++) if missing and writes the message into
    cur/ with the :2,DS info (Draft, Seen); no UID is returned."""
    assert mb.drafts_folder_name() == "Drafts"
    assert mb.append_draft(b"Subject: Thanks\r\nX-Followupd-Key: k1\r\n\r\nHello\r\n") is None
    drafts = root / ".Drafts"
    assert (drafts / "maildirfolder").exists() and (drafts / "tmp").is_dir()
    (name,) = os.listdir(drafts / "cur")
    assert name.endswith(":2,DS")
    assert (
        drafts / "cur" / name
    ).read_bytes() == b"Subject: Thanks\nX-Followupd-Key: k1\n\nHello\n"
    assert os.listdir(drafts / "new") == [] and os.listdir(drafts / "tmp") == []
    (batch,) = read(mb, "Drafts", None)
    assert len(batch.messages) == 1


def test_configured_drafts_folder(root: Path) -> None:
    """drafts_folder in the account chooses the folder."""
    mb = MaildirMailbox("l", MaildirAccount(kind="maildir", path=root, drafts_folder="Entwürfe"))
    mb.append_draft(b"Subject: x\n\nx\n")
    assert len(os.listdir(root / ".Entwürfe" / "cur")) == 1


def test_has_message_id_looks_in_drafts_and_sent(root: Path, mb: MaildirMailbox) -> None:
    """has_message_id is true for an exact Message-ID in Drafts or Sent, false otherwise
    (also when neither folder exists yet)."""
    assert not mb.has_message_id("<k1@example.org>")
    mb.append_draft(mail(1, mid="<k1@example.org>"))
    deliver(make_folder(root / ".Sent"), mail(2, mid="<k2@example.org>"), sub="cur", info=":2,S")
    deliver(root, mail(3, mid="<k3@example.org>"))  # INBOX does not count
    assert mb.has_message_id("<k1@example.org>") and mb.has_message_id("<k2@example.org>")
    assert not mb.has_message_id("<k3@example.org>")
    assert not mb.has_message_id("<k@example.org>")  # a prefix is not the Message-ID


def test_locate_letter_knows_a_sent_copy_under_a_new_message_id(
    root: Path, mb: MaildirMailbox
) -> None:
    """A letter sent under a new Message-ID is found in Sent by its thread, recipient and
    subject; one to someone else, or in another thread, is not it."""
    trace = LetterTrace(
        message_id="<ours@example.org>",
        to=("pat@acme.example",),
        subject="Message 5",
        in_reply_to="<thread@acme.example>",
    )
    assert mb.locate_letter(trace) == "gone"
    mb.append_draft(mail(5, mid="<ours@example.org>"))
    assert mb.locate_letter(trace) == "drafts"
    sent = make_folder(root / ".Sent")
    deliver(
        sent,
        mail(5, mid="<new1@x>", extra="To: kim@acme.example\nIn-Reply-To: <thread@acme.example>"),
        sub="cur",
        n=1,
    )
    deliver(
        sent,
        mail(5, mid="<new2@x>", extra="To: pat@acme.example\nIn-Reply-To: <other@acme.example>"),
        sub="cur",
        n=2,
    )
    for path in (root / ".Drafts" / "cur").iterdir():
        path.unlink()  # the client deleted the draft when it sent it
    assert mb.locate_letter(trace) == "gone"
    deliver(
        sent,
        mail(
            5,
            mid="<new3@x>",
            extra="To: Pat <PAT@acme.example>\nIn-Reply-To: <thread@acme.example>",
        ).replace(b"Subject: Message 5", b"Subject: Re: Message  5"),
        sub="cur",
        n=3,
    )
    assert mb.locate_letter(trace) == "sent"
