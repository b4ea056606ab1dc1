"""Delivering drafts and notes over IMAP: few commands, and still right, on real Dovecot.

Look before append answers from what Drafts, Sent and INBOX hold, learnt once per
pass; these tests count the IMAP commands a delivery costs and change the folders
behind the mailbox's back (a user deleting a draft, another client appending one, a
re-created folder, a reconnect) to prove the answers stay true from the next pass on.
"""

from __future__ import annotations

import imaplib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from followupd.mailstores.imap import ImapMailbox
from tests.servers.dovecot import DovecotServer, DovecotUser

pytestmark = pytest.mark.integration

# Every capability Dovecot 2.3 offers after login, except LITERAL+.
PLAIN_APPEND = (
    "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY "
    "THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE "
    "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
    "ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY "
    "PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE NOTIFY SPECIAL-USE\n"
)
_COMMAND = re.compile(rb"^[A-Z]+\d+ (?:UID )?([A-Z]+)")


def draft(n: int, *, mid: str = "") -> bytes:
    return (
        f"From: Jo <jo@example.org>\r\n"
        f"To: Recruiter {n} <r{n}@example.com>\r\n"
        f"Subject: Thank you {n} — merci\r\n"
        f"Message-ID: {mid or mid_of(n)}\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Thank you for the interview, n°{n}.\r\n"
    ).encode()


def note(key: str) -> bytes:
    return (
        f"From: followupd <jo@example.org>\r\nTo: jo@example.org\r\n"
        f"Subject: Check back\r\nMessage-ID: <note.{key}@example.org>\r\n"
        f"X-Followupd-Key: {key}\r\n\r\nCall them.\r\n"
    ).encode()


def mid_of(n: int) -> str:
    return f"<d{n}.{os.getpid()}@example.org>"


class Wire:
    """What the client sent, command by command."""

    def __init__(self) -> None:
        self.sent = bytearray()

    def commands(self) -> Counter[str]:
        found = (_COMMAND.match(line) for line in bytes(self.sent).split(b"\r\n"))
        return Counter(m.group(1).decode() for m in found if m)

    def clear(self) -> None:
        self.sent.clear()


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    recorded = Wire()
    original = imaplib.IMAP4.send

    def send(self: imaplib.IMAP4, data: bytes) -> None:
        recorded.sent.extend(data)
        original(self, data)

    monkeypatch.setattr(imaplib.IMAP4, "send", send)
    return recorded


@pytest.fixture
def mailbox(dovecot: DovecotUser) -> Iterator[ImapMailbox]:
    with ImapMailbox("work", dovecot.account()) as mb:
        yield mb


def deliver(mb: ImapMailbox, raws: list[bytes]) -> None:
    """What deliver/drafts.py does for each draft: look, then append."""
    for raw in raws:
        mid = re.search(rb"Message-ID: (\S+)", raw)
        assert mid is not None
        if not mb.has_message_id(mid.group(1).decode()):
            mb.append_draft(raw)


def flags(user: DovecotUser, folder: str) -> dict[int | None, set[bytes]]:
    """UID → flags, without \\Recent (a session flag, not the message's)."""
    return {uid: set(f) - {b"\\Recent"} for uid, f in user.snapshot(folder).items()}


def expunge(user: DovecotUser, folder: str, message_id: str) -> None:
    """The user deletes a message in their mail client."""
    with user.client() as c:
        c.select_folder(folder)
        uids = c.search(["HEADER", "Message-ID", message_id])
        assert uids, f"{message_id} not in {folder}"
        c.delete_messages(uids)
        c.expunge()


def test_delivering_many_drafts_costs_one_look_per_folder_and_one_append_each(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """Twelve drafts: Drafts and Sent are each opened and read once, then one APPEND per
    draft — no SEARCH, and no EXAMINE per draft."""
    dovecot.append("Sent", draft(100), flags=[b"\\Seen"])
    mailbox.drafts_folder_name()  # LIST once per connection, as before
    wire.clear()
    deliver(mailbox, [draft(n) for n in range(12)])
    sent = wire.commands()
    assert sent["APPEND"] == 12
    assert sent["EXAMINE"] == 2
    assert sent["FETCH"] <= 2
    assert sent["SEARCH"] == 0
    assert sum(sent.values()) == 12 + 2 + sent["FETCH"]
    assert len(dovecot.list_messages("Drafts")) == 12


def test_the_second_pass_appends_nothing_already_there(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """A pass that delivers the same drafts again (a run stopped before recording them)
    finds every one, in Drafts or in Sent, and appends none."""
    deliver(mailbox, [draft(n) for n in range(5)])
    dovecot.append("Sent", draft(5), flags=[b"\\Seen"])  # the user sent it elsewhere
    mailbox.begin_pass()
    wire.clear()
    deliver(mailbox, [draft(n) for n in range(6)])
    assert wire.commands()["APPEND"] == 0
    assert len(dovecot.list_messages("Drafts")) == 5


def test_a_draft_the_user_deleted_is_gone_from_the_next_pass(
    mailbox: ImapMailbox, dovecot: DovecotUser
) -> None:
    """has_message_id learns Drafts once; after the user deletes a draft, the next pass
    no longer finds it (and the neighbours are still found)."""
    for n in range(3):
        mailbox.append_draft(draft(n))
    assert all(mailbox.has_message_id(mid_of(n)) for n in range(3))
    expunge(dovecot, "Drafts", mid_of(1))
    mailbox.begin_pass()
    assert not mailbox.has_message_id(mid_of(1))
    assert mailbox.has_message_id(mid_of(0)) and mailbox.has_message_id(mid_of(2))


def test_a_draft_another_client_appended_is_seen_from_the_next_pass(
    mailbox: ImapMailbox, dovecot: DovecotUser
) -> None:
    """A message another client puts into Drafts or Sent between passes is found: after
    begin_pass(), and after a watcher's wait_for_change (the boundary between passes)."""
    assert not mailbox.has_message_id(mid_of(1))
    dovecot.append("Drafts", draft(1), flags=[b"\\Draft"])
    mailbox.begin_pass()
    assert mailbox.has_message_id(mid_of(1))
    dovecot.append("Sent", draft(2), flags=[b"\\Seen"])
    mailbox.wait_for_change("INBOX", 0.2)
    assert mailbox.has_message_id(mid_of(2))


def test_a_recreated_drafts_folder_is_learnt_again(
    mailbox: ImapMailbox, dovecot: DovecotUser
) -> None:
    """Drafts deleted and created again (another UIDVALIDITY) with as many messages and
    the same UIDNEXT: the old draft is not taken as there, the new one is found."""
    mailbox.append_draft(draft(1))
    assert mailbox.has_message_id(mid_of(1))
    with dovecot.client() as c:
        c.delete_folder("Drafts")
        c.create_folder("Drafts")
    dovecot.set_uidvalidity("Drafts", dovecot.uidvalidity("Drafts") + 1000)
    dovecot.append("Drafts", draft(2), flags=[b"\\Draft"])  # UID 1 again
    mailbox.begin_pass()
    assert not mailbox.has_message_id(mid_of(1))
    assert mailbox.has_message_id(mid_of(2))


def test_after_a_reconnect_the_folders_are_looked_at_again(
    mailbox: ImapMailbox, dovecot: DovecotUser
) -> None:
    """What was learnt on one connection is checked again on the next one: a draft
    deleted while the mailbox was disconnected (doveadm kick) is no longer found."""
    mailbox.append_draft(draft(1))
    assert mailbox.has_message_id(mid_of(1))
    dovecot.kick()
    expunge(dovecot, "Drafts", mid_of(1))
    mailbox.close()
    mailbox.connect()
    assert not mailbox.has_message_id(mid_of(1))


def test_notes_are_found_by_their_key_among_much_other_mail(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """has_note finds a note by its X-Followupd-Key (the whole value, not a prefix) with
    one SEARCH per pass however many notes are checked; a note the user deleted is
    gone from the next pass, one another client appended is there."""
    dovecot.append_many("INBOX", [draft(200 + n) for n in range(30)])
    wire.clear()
    for n in range(6):
        assert not mailbox.has_note(f"key-{n}")
        mailbox.append_note(note(f"key-{n}"))
        assert mailbox.has_note(f"key-{n}")
    assert not mailbox.has_note("key")  # a prefix of every key
    sent = wire.commands()
    assert (sent["SEARCH"], sent["APPEND"], sent["EXAMINE"]) == (1, 6, 1)
    expunge(dovecot, "INBOX", "<note.key-3@example.org>")
    dovecot.append("INBOX", note("key-9"))
    mailbox.begin_pass()
    assert not mailbox.has_note("key-3")
    assert mailbox.has_note("key-9") and mailbox.has_note("key-4")


def test_the_inbox_the_read_opened_is_the_one_the_note_check_uses(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """read_new opens INBOX (a fresh EXAMINE); has_note in the same pass reuses it, and
    the next pass's read opens it afresh."""
    dovecot.append("INBOX", draft(1))
    since = date.today() - timedelta(days=30)
    wire.clear()
    list(mailbox.read_new("INBOX", None, since, lambda _c: False))
    assert not mailbox.has_note("key-1")
    assert wire.commands()["EXAMINE"] == 1
    mailbox.begin_pass()
    list(mailbox.read_new("INBOX", None, since, lambda _c: False))
    assert wire.commands()["EXAMINE"] == 2


def test_literal_plus_appends_arrive_byte_identical_with_their_flags(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """Dovecot offers LITERAL+: the message follows the APPEND at once (`{n+}`), and the
    draft is stored byte for byte (8-bit text included) with \\Draft \\Seen, the note
    with \\Flagged and unread; the APPENDUIDs are returned."""
    assert mailbox.client.has_capability("LITERAL+")
    raw = draft(1)
    uid = mailbox.append_draft(raw)
    assert f"{{{len(raw)}+}}\r\n".encode() + raw in wire.sent
    note_uid = mailbox.append_note(note("k1"))
    assert dovecot.list_messages("Drafts") == [raw]
    assert flags(dovecot, "Drafts") == {uid: {b"\\Draft", b"\\Seen"}}
    assert flags(dovecot, "INBOX") == {note_uid: {b"\\Flagged"}}
    assert dovecot.list_messages("INBOX") == [note("k1")]


@pytest.fixture
def plain_server(make_dovecot: Callable[..., DovecotServer]) -> DovecotServer:
    return make_dovecot(extra_config=PLAIN_APPEND)


def test_a_server_without_literal_plus_still_gets_every_draft(
    plain_server: DovecotServer, wire: Wire
) -> None:
    """No LITERAL+: the client waits for the server's go-ahead (`{n}`, never `{n+}`);
    the draft is stored as it was and counts as there, in this pass and the next."""
    user = plain_server.add_user()
    with ImapMailbox("work", user.account()) as mb:
        assert not mb.client.has_capability("LITERAL+")
        raw = draft(1)
        assert mb.append_draft(raw) == 1
        assert f"{{{len(raw)}}}\r\n".encode() in wire.sent
        assert b"+}\r\n" not in wire.sent
        assert mb.has_message_id(mid_of(1))
        mb.append_note(note("k1"))
        assert mb.has_note("k1")
        mb.begin_pass()
        assert mb.has_message_id(mid_of(1)) and mb.has_note("k1")
        assert not mb.has_message_id(mid_of(2))
    assert user.list_messages("Drafts") == [raw]
    assert flags(user, "Drafts") == {1: {b"\\Draft", b"\\Seen"}}


def test_many_drafts_go_in_one_multiappend_byte_identical_and_in_order(
    mailbox: ImapMailbox, dovecot: DovecotUser, wire: Wire
) -> None:
    """append_drafts: one APPEND command (MULTIAPPEND, LITERAL+) for twelve drafts; each
    stored byte for byte with \\Draft \\Seen under the UID returned for it, and known
    as there without another command."""
    raws = [draft(n) for n in range(12)]
    wire.clear()
    uids = mailbox.append_drafts(raws)
    assert wire.commands()["APPEND"] == 1
    assert all(f"{{{len(r)}+}}\r\n".encode() + r in wire.sent for r in raws)
    assert dovecot.list_messages("Drafts") == raws
    assert flags(dovecot, "Drafts") == {uid: {b"\\Draft", b"\\Seen"} for uid in uids}
    assert uids == sorted(uids) and len(set(uids)) == 12
    with dovecot.client() as c:
        c.select_folder("Drafts", readonly=True)
        fetched = c.fetch(uids[:1] + uids[-1:], ["BODY.PEEK[]"])
    assert fetched[uids[0]][b"BODY[]"] == raws[0]
    assert fetched[uids[-1]][b"BODY[]"] == raws[-1]
    wire.clear()
    assert all(mailbox.has_message_id(mid_of(n)) for n in range(12))
    assert wire.commands()["APPEND"] == 0


def test_multiappend_without_literal_plus_waits_for_each_go_ahead(
    plain_server: DovecotServer, wire: Wire
) -> None:
    """No LITERAL+: one MULTIAPPEND still, each literal sent after the server's `+`."""
    user = plain_server.add_user()
    raws = [draft(n) for n in range(3)]
    with ImapMailbox("work", user.account()) as mb:
        assert len(mb.append_drafts(raws)) == 3
        assert wire.commands()["APPEND"] == 1
        assert b"+}\r\n" not in wire.sent
    assert user.list_messages("Drafts") == raws


def test_a_server_without_multiappend_gets_one_append_per_draft(
    make_dovecot: Callable[..., DovecotServer], wire: Wire
) -> None:
    """No MULTIAPPEND: append_drafts sends one APPEND per draft, all stored in order."""
    server = make_dovecot(extra_config=PLAIN_APPEND.replace(" MULTIAPPEND", ""))
    user = server.add_user()
    raws = [draft(n) for n in range(3)]
    with ImapMailbox("work", user.account()) as mb:
        assert not mb.client.has_capability("MULTIAPPEND")
        assert mb.append_drafts(raws) == [1, 2, 3]
        assert wire.commands()["APPEND"] == 3
    assert user.list_messages("Drafts") == raws


def test_a_refused_append_says_what_the_server_said(mailbox: ImapMailbox) -> None:
    """A NO to the APPEND is a SourceError naming the folder and quoting the server."""
    from followupd.domain.errors import SourceError

    with pytest.raises(SourceError, match=r"appending a note to 'INBOX'.*append failed"):
        mailbox.append_note(b"")
