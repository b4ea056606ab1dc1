"""One contract for every mail store: the same tests against Dovecot (IMAP) and a Maildir.

Each backend is driven through a `Store` harness that puts mail in place and looks at
it without the code under test (imapclient for Dovecot, the file system for Maildir);
the tests then use only what `MailReader`, `DraftFolder` and `NoteFolder` promise.
Backend-only behaviour (IMAP fetch counts, TLS, Maildir++ layout, file names) stays in
test_imap_source.py and tests/unit/test_maildir.py.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

import pytest

from followupd.config import MaildirAccount
from followupd.domain.errors import SourceError
from followupd.domain.ports import Candidate, Cursor, FolderBatch, LetterTrace
from followupd.mailstores.imap import ImapMailbox
from followupd.mailstores.maildir import MaildirMailbox
from tests.servers.dovecot import DovecotUser

pytestmark = pytest.mark.integration

SINCE = date.today() - timedelta(days=30)

# Maildir's info letters (the "2," part of a file name) and the IMAP flags they stand for.
MAILDIR_FLAGS = {
    "D": "\\Draft",
    "F": "\\Flagged",
    "R": "\\Answered",
    "S": "\\Seen",
    "T": "\\Deleted",
}
# One Date for every test message, so message(n) gives the same bytes each time it is called.
DATE = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())


def message(
    n: int, *, key: str = "", attach_ics: bool = False, mid: str = "", head_extra: str = ""
) -> bytes:
    head = (
        f"From: Recruiter {n} <r{n}@example.com>\r\n"
        f"To: me@example.org\r\n"
        f"Subject: Message {n}\r\n"
        f"Date: {DATE}\r\n"
        f"Message-ID: {mid or mid_of(n)}\r\n"
    ) + head_extra
    if key:
        head += f"X-Followupd-Key: {key}\r\n"
    if not attach_ics:
        return (head + "\r\n" + f"Body of message {n}.\r\n").encode()
    return (
        head + "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain\r\n\r\nSee the invitation.\r\n"
        '--b1\r\nContent-Type: text/calendar; method=REQUEST; name="Interview.ICS"\r\n'
        'Content-Disposition: attachment; filename="Interview.ICS"\r\n\r\n'
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--b1--\r\n"
    ).encode()


def mid_of(n: int) -> str:
    return f"<m{n}.{os.getpid()}@example.com>"


def trace(n: int, **kw: Any) -> LetterTrace:
    """How followupd knows its letter number n again: as message(n) is addressed."""
    return LetterTrace(message_id=mid_of(n), to=("me@example.org",), subject=f"Message {n}", **kw)


def lf(raw: bytes) -> bytes:
    """Line endings aside (IMAP keeps CRLF, a Maildir holds LF)."""
    return raw.replace(b"\r\n", b"\n")


def everything(_c: Candidate) -> bool:
    return True


Mailbox = ImapMailbox | MaildirMailbox


class Store(Protocol):
    """A backend under test, with ways to see and change it that bypass followupd."""

    mailbox: Mailbox

    def deliver(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> int:
        """Put a message in `folder` as a mail server or another client would; its UID."""

    def kept(self, raw: bytes) -> bytes:
        """The bytes the backend holds for a message given as `raw`."""

    def stored(self, folder: str) -> list[bytes]:
        """Every message in `folder`, oldest first."""

    def flags(self, folder: str) -> list[frozenset[str]]:
        """The IMAP flags of every message in `folder`, oldest first."""

    def snapshot(self) -> object:
        """Everything reading could change (flags, files, names, times), to compare."""

    def uidvalidity(self, folder: str) -> int: ...

    def reset_uidvalidity(self, folder: str) -> None:
        """Give `folder` a new UIDVALIDITY, keeping its messages (a re-created folder)."""


class DovecotStore:
    def __init__(self, user: DovecotUser, mailbox: ImapMailbox) -> None:
        self.user = user
        self.mailbox: Mailbox = mailbox

    def deliver(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> int:
        return self.user.append(folder, raw, flags=[f.encode() for f in flags])

    def kept(self, raw: bytes) -> bytes:
        return raw

    def stored(self, folder: str) -> list[bytes]:
        return self.user.list_messages(folder)

    def flags(self, folder: str) -> list[frozenset[str]]:
        snap = self.user.snapshot(folder)
        return [frozenset(f.decode() for f in snap[uid]) for uid in sorted(snap)]

    def snapshot(self) -> object:
        files = sorted(
            os.path.relpath(os.path.join(d, n), self.user.maildir)
            for d, _dirs, names in os.walk(self.user.maildir)
            for n in names
            if os.path.basename(d) in ("new", "cur")
        )
        folders = {f: self.user.snapshot(f) for f in ("INBOX", "Drafts", "Sent")}
        return folders, files

    def uidvalidity(self, folder: str) -> int:
        return self.user.uidvalidity(folder)

    def reset_uidvalidity(self, folder: str) -> None:
        self.user.set_uidvalidity(folder, self.uidvalidity(folder) + 1000)


class MaildirStore:
    """A Maildir++ tree reached through a symlink: pointing the link at a copy of the tree
    is how a Maildir's UIDVALIDITY (a hash of its real path) changes."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.generation = 1
        real = base / "store-1"
        for folder in (real, real / ".Drafts", real / ".Sent"):
            for sub in ("tmp", "new", "cur"):
                (folder / sub).mkdir(parents=True)
        (real / ".Drafts" / "maildirfolder").touch()
        (real / ".Sent" / "maildirfolder").touch()
        self.root = base / "Maildir"
        self.root.symlink_to(real)
        self.mailbox: Mailbox = MaildirMailbox(
            "work", MaildirAccount(kind="maildir", path=self.root)
        )
        self._delivered = 0

    def _folder(self, folder: str) -> Path:
        return self.root if folder == "INBOX" else self.root / f".{folder}"

    def deliver(self, folder: str, raw: bytes, flags: Sequence[str] = ()) -> int:
        # An MDA writes LF, delivery times increasing (the order a Maildir numbers by).
        self._delivered += 1
        stamp = int(time.time()) - 10_000 + self._delivered
        name = f"{stamp}.M{self._delivered:06d}P1.testhost"
        letters = "".join(sorted(k for k, v in MAILDIR_FLAGS.items() if v in flags))
        target = (
            self._folder(folder) / "cur" / f"{name}:2,{letters}"
            if flags
            else self._folder(folder) / "new" / name
        )
        target.write_bytes(self.kept(raw))
        return len(self._files(folder))  # a Maildir's UID is the position in delivery order

    def kept(self, raw: bytes) -> bytes:
        return lf(raw)

    def _files(self, folder: str) -> list[Path]:
        path = self._folder(folder)
        files = [p for sub in ("new", "cur") for p in (path / sub).iterdir()]
        return sorted(files, key=lambda p: p.name.split(":", 1)[0])

    def stored(self, folder: str) -> list[bytes]:
        return [p.read_bytes() for p in self._files(folder)]

    def flags(self, folder: str) -> list[frozenset[str]]:
        out = []
        for p in self._files(folder):
            info = p.name.split(":2,", 1)[1] if ":2," in p.name else ""
            out.append(frozenset(MAILDIR_FLAGS[c] for c in info if c in MAILDIR_FLAGS))
        return out

    def snapshot(self) -> object:
        found = {}
        for d, _dirs, names in os.walk(self.root.resolve()):
            for n in names:
                st = os.stat(os.path.join(d, n))
                found[os.path.relpath(os.path.join(d, n), self.root.resolve())] = (
                    st.st_size,
                    st.st_mtime_ns,
                )
        return found

    def uidvalidity(self, folder: str) -> int:
        return MaildirMailbox.uidvalidity(self._folder(folder))

    def reset_uidvalidity(self, folder: str) -> None:
        old = self.root.resolve()
        self.generation += 1
        new = self.base / f"store-{self.generation}"
        shutil.copytree(old, new)
        link = self.base / "Maildir.new"
        link.symlink_to(new)
        link.replace(self.root)  # atomic, as a restore into a new place would be
        shutil.rmtree(old)


@pytest.fixture(params=["dovecot", "maildir"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same contract, once against Dovecot over IMAP and once against a local Maildir."""
    if request.param == "maildir":
        yield MaildirStore(tmp_path)
        return
    user: DovecotUser = request.getfixturevalue("dovecot")
    with ImapMailbox("work", user.account()) as mailbox:
        yield DovecotStore(user, mailbox)


def read_all(mb: Mailbox, folder: str, cursor: Cursor | None) -> list[FolderBatch]:
    return list(mb.read_new(folder, cursor, SINCE, everything))


# --- reading by cursor ---------------------------------------------------------------


def test_first_read_returns_every_message_and_bodies_only_for_wanted(store: Store) -> None:
    """A first read yields every message since `since`, in delivery order, with headers,
    MIME types, file names and size; bodies only where `wanted` said yes."""
    uids = [store.deliver("INBOX", message(n, attach_ics=n == 2)) for n in range(1, 4)]
    batches = list(store.mailbox.read_new("INBOX", None, SINCE, lambda c: c.has_calendar()))
    assert len(batches) == 1
    batch = batches[0]
    assert [m.ref.uid for m in batch.messages] == uids
    assert not batch.resynced
    assert batch.cursor == Cursor(store.uidvalidity("INBOX"), uids[-1])
    plain, invite, _ = batch.messages
    assert plain.raw is None
    assert b"Subject: Message 1" in plain.candidate.headers
    assert b"Message-ID: <m1." in plain.candidate.headers
    assert b"Body of message" not in plain.candidate.headers
    assert plain.candidate.content_types == ("text/plain",)
    assert invite.raw == store.stored("INBOX")[1]
    assert invite.raw == store.kept(message(2, attach_ics=True))
    assert invite.candidate.content_types == ("multipart/mixed", "text/plain", "text/calendar")
    assert invite.candidate.filenames == ("interview.ics",)
    assert invite.candidate.size == len(invite.raw)
    assert invite.ref.account == "work" and invite.ref.folder == "INBOX"


def test_first_read_of_an_empty_folder_yields_the_cursor_to_store(store: Store) -> None:
    """An empty first read still yields a batch carrying UIDVALIDITY, so the next read is
    incremental."""
    (batch,) = read_all(store.mailbox, "INBOX", None)
    assert batch.messages == []
    assert batch.cursor == Cursor(store.uidvalidity("INBOX"), 0)
    uid = store.deliver("INBOX", message(1))
    (batch,) = read_all(store.mailbox, "INBOX", batch.cursor)
    assert [m.ref.uid for m in batch.messages] == [uid]


def test_second_read_from_the_cursor_returns_only_new_mail(store: Store) -> None:
    """Reading again from the stored cursor yields nothing (despite `UID n:*` matching the
    last message on IMAP); a message delivered afterwards is the only one returned."""
    for n in range(3):
        store.deliver("INBOX", message(n))
    (first,) = read_all(store.mailbox, "INBOX", None)
    assert first.cursor is not None
    assert read_all(store.mailbox, "INBOX", first.cursor) == []
    new_uid = store.deliver("INBOX", message(99))
    (batch,) = read_all(store.mailbox, "INBOX", first.cursor)
    assert [m.ref.uid for m in batch.messages] == [new_uid]
    assert batch.messages[0].raw == store.kept(message(99))
    assert not batch.resynced
    assert batch.cursor == Cursor(first.cursor.uidvalidity, new_uid)


def test_uidvalidity_reset_rereads_the_folder_once_without_duplicates(store: Store) -> None:
    """When UIDVALIDITY changed (the folder was re-created), the next read starts again from
    `since`, says so with resynced=True, yields each message once under the new
    UIDVALIDITY, and the read after it is incremental again."""
    for n in range(3):
        store.deliver("INBOX", message(n))
    (first,) = read_all(store.mailbox, "INBOX", None)
    assert first.cursor is not None
    store.reset_uidvalidity("INBOX")
    fresh = store.uidvalidity("INBOX")
    assert fresh != first.cursor.uidvalidity
    (again,) = read_all(store.mailbox, "INBOX", first.cursor)
    assert again.resynced
    assert len(again.messages) == 3
    assert len({m.ref.uid for m in again.messages}) == 3
    assert [m.raw for m in again.messages] == [store.kept(message(n)) for n in range(3)]
    assert again.cursor == Cursor(fresh, 3)
    assert all(m.ref.uidvalidity == fresh for m in again.messages)
    assert read_all(store.mailbox, "INBOX", again.cursor) == []


def test_fetch_returns_the_whole_message(store: Store) -> None:
    """fetch(folder, uid) returns the raw message; an unknown UID is a SourceError."""
    raw = message(7, attach_ics=True)
    uid = store.deliver("INBOX", raw)
    assert store.mailbox.fetch("INBOX", uid) == store.kept(raw) == store.stored("INBOX")[0]
    for unknown in (uid + 1, 999):
        with pytest.raises(SourceError, match=f"message {unknown} not found"):
            store.mailbox.fetch("INBOX", unknown)


def test_reading_changes_no_flag_and_no_file(store: Store) -> None:
    """read_new, fetch, has_message_id, locate_letter and has_note leave every flag (\\Seen
    included), the message count and the stored files (names, sizes, times; no new/ → cur/
    move) exactly as they were."""
    store.deliver("INBOX", message(1))
    store.deliver("INBOX", message(2), flags=["\\Seen"])
    store.deliver("INBOX", message(3), flags=["\\Flagged", "\\Answered"])
    store.deliver("INBOX", message(4, attach_ics=True))
    store.deliver("Sent", message(5), flags=["\\Seen"])
    before = store.snapshot()
    flags_before = store.flags("INBOX")

    (batch,) = read_all(store.mailbox, "INBOX", None)
    assert all(m.raw is not None for m in batch.messages)
    store.mailbox.fetch("INBOX", batch.messages[0].ref.uid)
    store.mailbox.has_message_id("<nothing@example.com>")
    assert store.mailbox.locate_letter(trace(5)) == "sent"
    assert store.mailbox.locate_letter(trace(5, in_reply_to="<t@x>")) == "sent"
    assert store.mailbox.locate_letter(replace(trace(9), subject="Message 5")) == "sent"
    store.mailbox.has_note("nothing")
    store.mailbox.close()

    assert store.snapshot() == before
    assert len(flags_before) == 4
    assert store.flags("INBOX") == flags_before
    assert "\\Seen" not in flags_before[0] and "\\Seen" in flags_before[1]


# --- drafts: write once, look before appending ---------------------------------------


def test_draft_is_appended_to_drafts_with_the_draft_flag(store: Store) -> None:
    """append_draft adds the message, unchanged, to the Drafts folder with \\Draft (and
    \\Seen, so it is not shown as new mail); INBOX and Sent are not touched. On the
    standard layout that folder is Drafts."""
    assert store.mailbox.drafts_folder_name() == "Drafts"
    raw = message(1, key="intent-abc")
    uid = store.mailbox.append_draft(raw)
    assert uid is None or uid >= 1
    assert store.stored("Drafts") == [store.kept(raw)]
    (flags,) = store.flags("Drafts")
    assert {"\\Draft", "\\Seen"} <= flags
    assert store.stored("INBOX") == [] and store.stored("Sent") == []
    (batch,) = read_all(store.mailbox, "Drafts", None)
    assert len(batch.messages) == 1


def test_look_before_append_by_message_id_finds_drafts_and_sent(store: Store) -> None:
    """has_message_id / locate_letter find an exact Message-ID in Drafts (just appended,
    in the same pass) or in Sent (the user sent the draft: seen from the next pass on);
    INBOX does not count, nor does a prefix; a letter nowhere is "gone"."""
    assert not store.mailbox.has_message_id(mid_of(1))
    assert store.mailbox.locate_letter(trace(1)) == "gone"
    store.mailbox.append_draft(message(1))
    assert store.mailbox.has_message_id(mid_of(1))
    assert store.mailbox.locate_letter(trace(1)) == "drafts"
    store.deliver("Sent", message(2), flags=["\\Seen"])
    store.mailbox.begin_pass()
    assert store.mailbox.has_message_id(mid_of(2))
    assert store.mailbox.locate_letter(trace(2)) == "sent"
    store.deliver("INBOX", message(3))
    store.mailbox.begin_pass()
    assert not store.mailbox.has_message_id(mid_of(3))
    assert store.mailbox.locate_letter(trace(3)) == "gone"
    assert not store.mailbox.has_message_id(mid_of(1)[:-8] + ">")  # a prefix is not it
    assert len(store.stored("Drafts")) == 1  # looking appends nothing


def test_a_letter_sent_under_a_new_message_id_is_known(store: Store) -> None:
    """A client that sends the draft under a Message-ID of its own: the copy in Sent is
    still known by the draft's thread (In-Reply-To or References), recipient and subject
    ("Re:" and case aside); a letter in another thread, or older than the draft, is not."""
    ours = trace(4, in_reply_to="<thread-4@example.com>", written=date.today())
    store.deliver(
        "Sent",
        message(4, mid="<other@example.com>", head_extra="In-Reply-To: <elsewhere@x>\r\n"),
    )
    old = "Date: Mon, 02 Jan 2006 10:00:00 +0000\r\n"
    store.deliver(
        "Sent",
        message(
            4, mid="<old@example.com>", head_extra="References: <thread-4@example.com>\r\n"
        ).replace(f"Date: {DATE}\r\n".encode(), old.encode()),
    )
    assert store.mailbox.locate_letter(ours) == "gone"
    sent = message(
        4,
        mid="<client-made@example.com>",
        head_extra="References: <a@x>\r\n <thread-4@example.com>\r\n",
    ).replace(b"Subject: Message 4", b"Subject: RE:  message 4")
    store.deliver("Sent", sent, flags=["\\Seen"])
    assert store.mailbox.locate_letter(ours) == "sent"
    assert not store.mailbox.has_message_id(ours.message_id)  # not under its own Message-ID


def test_sent_folder_is_found(store: Store) -> None:
    """The Sent folder is known (discovered on IMAP, the default name on Maildir), and a
    message moved there from Drafts is located as sent."""
    assert store.mailbox.sent_folder_name() == "Sent"
    store.deliver("Sent", message(1), flags=["\\Seen"])
    assert store.mailbox.locate_letter(trace(1)) == "sent"


# --- the note in INBOX ---------------------------------------------------------------


def test_note_is_appended_to_inbox_flagged_and_unread(store: Store) -> None:
    """append_note adds the reminder to INBOX, \\Flagged and not \\Seen; has_note finds it
    by key (and nothing before); a reader of INBOX sees it arrive as new mail."""
    store.deliver("INBOX", message(1))
    (first,) = read_all(store.mailbox, "INBOX", None)
    assert not store.mailbox.has_note("note-1")
    raw = message(2, key="note-1")
    store.mailbox.append_note(raw)
    assert store.mailbox.has_note("note-1")
    assert not store.mailbox.has_note("note-2")
    assert store.stored("INBOX")[-1] == store.kept(raw)
    flags = store.flags("INBOX")[-1]
    assert "\\Flagged" in flags and "\\Seen" not in flags
    assert store.stored("Drafts") == []
    (batch,) = read_all(store.mailbox, "INBOX", first.cursor)
    assert [m.raw for m in batch.messages] == [store.kept(raw)]
