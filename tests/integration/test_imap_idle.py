"""ImapMailbox.wait_for_change (IMAP IDLE, RFC 2177) against a real Dovecot 2.3.

Dovecot reports new mail to an IDLE session 0.5 s after it arrives, always; the
timings below allow for that.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, timedelta

import pytest

from followupd.domain.errors import ServerUnreachable
from followupd.domain.ports import Candidate, Cursor, LetterTrace
from followupd.mailstores.imap import ImapMailbox
from tests.servers.dovecot import DovecotServer, DovecotUser

pytestmark = pytest.mark.integration

SINCE = date.today() - timedelta(days=30)

# Every capability Dovecot 2.3 offers after login, except IDLE.
NO_IDLE = (
    "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT SORT=DISPLAY "
    "THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE "
    "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
    "ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY "
    "PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE\n"
)


def message(n: int) -> bytes:
    return (
        f"From: Recruiter {n} <r{n}@example.com>\r\n"
        f"To: me@example.org\r\n"
        f"Subject: Message {n}\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        f"Message-ID: <idle{n}.{os.getpid()}.{time.monotonic_ns()}@example.com>\r\n"
        f"\r\nBody {n}.\r\n"
    ).encode()


def everything(_c: Candidate) -> bool:
    return True


def read_uids(mb: ImapMailbox, cursor: Cursor | None) -> tuple[list[int], Cursor | None]:
    uids: list[int] = []
    for batch in mb.read_new("INBOX", cursor, SINCE, everything):
        uids.extend(m.ref.uid for m in batch.messages)
        cursor = batch.cursor or cursor
    return uids, cursor


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=1) as executor:
        yield executor


def waiting(
    pool: ThreadPoolExecutor,
    mb: ImapMailbox,
    timeout: float,
    stop: threading.Event | None = None,
) -> Future[bool]:
    """Start wait_for_change on a thread and return once the IDLE is (very likely) on."""
    future = pool.submit(mb.wait_for_change, "INBOX", timeout, stop)
    time.sleep(0.3)
    assert not future.done(), future.result()
    return future


def test_new_message_while_idling_returns_true_within_two_seconds(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """A message appended while the mailbox waits ends the wait with True within ~2 s
    (Dovecot's built-in 0.5 s delay included)."""
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        future = waiting(pool, mb, 30)
        appended = time.monotonic()
        dovecot.append("INBOX", message(1))
        assert future.result(timeout=10) is True
        assert time.monotonic() - appended < 2.0


def test_the_connection_is_usable_after_a_change(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """After wait_for_change the same (single) connection reads the new message: IDLE
    was ended cleanly, and read → wait → read needs no second connection."""
    with ImapMailbox("work", dovecot.account()) as mb:
        _, cursor = read_uids(mb, None)
        client_before = mb.client
        future = waiting(pool, mb, 30)
        uid = dovecot.append("INBOX", message(2))
        assert future.result(timeout=10) is True
        uids, _ = read_uids(mb, cursor)
        assert uids == [uid]
        assert mb.client is client_before


def test_timeout_returns_false(dovecot: DovecotUser) -> None:
    """With no new mail, wait_for_change returns False after about `timeout` seconds."""
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        started = time.monotonic()
        assert mb.wait_for_change("INBOX", 1.5) is False
        assert 1.4 <= time.monotonic() - started < 3.0


def test_mail_that_arrived_before_the_wait_is_reported_at_once(dovecot: DovecotUser) -> None:
    """Mail that arrived after the last read_new but before wait_for_change is not lost
    to the IDLE baseline: the wait returns True immediately."""
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        dovecot.append("INBOX", message(3))
        mb.drafts_folder_name()  # the connection looks elsewhere meanwhile
        started = time.monotonic()
        assert mb.wait_for_change("INBOX", 10) is True
        assert time.monotonic() - started < 1.0


def test_stop_event_ends_the_wait_within_a_second_and_a_half(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """Setting `stop` (what SIGTERM does) makes wait_for_change return False within
    ~1.5 s, and the connection stays usable."""
    stop = threading.Event()
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        future = waiting(pool, mb, 60, stop)
        stopped = time.monotonic()
        stop.set()
        assert future.result(timeout=10) is False
        assert time.monotonic() - stopped < 1.5
        assert read_uids(mb, Cursor(dovecot.uidvalidity("INBOX"), 0))[0] == []


def test_idle_is_renewed_with_a_liveness_check_and_still_sees_mail(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """With idle_renew = 0.5 s the IDLE is ended, checked with NOOP and re-issued several
    times during one wait, and a message arriving after the renewals is still seen."""
    with ImapMailbox("work", dovecot.account(), idle_renew=0.5) as mb:
        read_uids(mb, None)
        sent: list[bytes] = []
        real_send = mb.client._imap.send

        def send(data: bytes) -> None:
            sent.append(data)
            real_send(data)

        mb.client._imap.send = send
        future = waiting(pool, mb, 30)
        time.sleep(1.5)
        dovecot.append("INBOX", message(4))
        assert future.result(timeout=10) is True
        commands = b"".join(sent)
        assert commands.count(b"NOOP") >= 2
        assert commands.count(b" IDLE\r\n") >= 3
        assert commands.count(b"DONE\r\n") >= 3


def test_kick_while_idling_raises_server_unreachable_then_reconnects(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """A session dropped by the server (doveadm kick) during IDLE raises
    ServerUnreachable promptly instead of hanging; the next call connects afresh."""
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        future = waiting(pool, mb, 60)
        dovecot.kick()
        with pytest.raises(ServerUnreachable):
            future.result(timeout=5)
        assert mb.wait_for_change("INBOX", 0.5) is False  # reconnected


def test_after_a_kick_the_cursor_yields_exactly_the_mail_that_arrived_meanwhile(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """Catch-up after a lost connection: reading from the stored cursor returns the
    messages that arrived while disconnected, each once, and nothing older."""
    for n in range(3):
        dovecot.append("INBOX", message(10 + n))
    with ImapMailbox("work", dovecot.account()) as mb:
        old, cursor = read_uids(mb, None)
        assert len(old) == 3
        future = waiting(pool, mb, 60)
        dovecot.kick()
        with pytest.raises(ServerUnreachable):
            future.result(timeout=5)
        new = [dovecot.append("INBOX", message(20 + n)) for n in range(4)]
        uids, cursor = read_uids(mb, cursor)
        assert uids == new
        assert read_uids(mb, cursor)[0] == []


def test_server_restart_while_idling_raises_then_a_fresh_connect_works(
    make_dovecot: Callable[..., DovecotServer], pool: ThreadPoolExecutor
) -> None:
    """Dovecot stopped and started again during IDLE: ServerUnreachable (not a hang);
    afterwards a fresh connect() works and mail sent meanwhile is read from the cursor."""
    server = make_dovecot()
    user = server.add_user()
    with ImapMailbox("work", user.account()) as mb:
        _, cursor = read_uids(mb, None)
        future = waiting(pool, mb, 60)
        server.stop()
        with pytest.raises(ServerUnreachable):
            future.result(timeout=10)
        server.start()
        uid = user.append("INBOX", message(30))
        mb.close()
        mb.connect()
        uids, _ = read_uids(mb, cursor)
        assert uids == [uid]


def test_a_silently_dead_socket_raises_server_unreachable(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """A connection closed underneath the client (EOF: "readable without data") is
    reported as ServerUnreachable within a second or so, never a busy loop or a hang."""
    with ImapMailbox("work", dovecot.account()) as mb:
        read_uids(mb, None)
        future = waiting(pool, mb, 60)
        mb.client.socket().shutdown(socket.SHUT_RDWR)
        with pytest.raises(ServerUnreachable):
            future.result(timeout=5)


def test_keepalive_is_set_on_the_socket(dovecot: DovecotUser) -> None:
    """The IMAP socket has TCP keepalive with 60 s idle, 15 s interval, 4 probes."""
    with ImapMailbox("work", dovecot.account()) as mb:
        sock = mb.client.socket()
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0
        if hasattr(socket, "TCP_KEEPIDLE"):
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 60
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 15
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 4


def test_server_without_idle_is_polled_with_status_uidnext(
    make_dovecot: Callable[..., DovecotServer], pool: ThreadPoolExecutor
) -> None:
    """A server that does not offer IDLE is polled every poll_interval seconds: new
    mail is seen within about one interval, and no IDLE command is ever sent."""
    server = make_dovecot(extra_config=NO_IDLE)
    user = server.add_user()
    with ImapMailbox("work", user.account(), poll_interval=0.5) as mb:
        read_uids(mb, None)
        assert not mb.client.has_capability("IDLE")
        sent: list[bytes] = []
        real_send = mb.client._imap.send

        def send(data: bytes) -> None:
            sent.append(data)
            real_send(data)

        mb.client._imap.send = send
        assert mb.wait_for_change("INBOX", 1.2) is False
        future = waiting(pool, mb, 30)
        appended = time.monotonic()
        user.append("INBOX", message(40))
        assert future.result(timeout=10) is True
        assert time.monotonic() - appended < 2.0
        assert b"IDLE" not in b"".join(sent)
        assert b"NOOP" in b"".join(sent)


def test_stop_event_ends_a_poll_wait(
    make_dovecot: Callable[..., DovecotServer], pool: ThreadPoolExecutor
) -> None:
    """In poll mode too, `stop` ends the wait within ~1.5 s."""
    server = make_dovecot(extra_config=NO_IDLE)
    user = server.add_user()
    stop = threading.Event()
    with ImapMailbox("work", user.account(), poll_interval=30) as mb:
        future = waiting(pool, mb, 60, stop)
        stopped = time.monotonic()
        stop.set()
        assert future.result(timeout=5) is False
        assert time.monotonic() - stopped < 1.5


def test_a_note_appended_to_inbox_is_flagged_unread_and_wakes_a_watcher(
    dovecot: DovecotUser, pool: ThreadPoolExecutor
) -> None:
    """append_note puts a reminder into INBOX as unread and \\Flagged, has_note finds it
    by key, and a watcher waiting on INBOX sees it arrive like new mail (the service
    must recognise its own notes by their X-Followupd-Key header)."""
    note = (
        b"From: followupd <jo@example.org>\r\nTo: jo@example.org\r\n"
        b"Subject: Reminder\r\nMessage-ID: <n1@example.org>\r\n"
        b"X-Followupd-Key: note-1\r\n\r\nCheck back.\r\n"
    )
    with (
        ImapMailbox("work", dovecot.account()) as watcher,
        ImapMailbox("work", dovecot.account()) as writer,
    ):
        read_uids(watcher, None)
        future = waiting(pool, watcher, 30)
        uid = writer.append_note(note)
        assert future.result(timeout=10) is True
        assert writer.has_note("note-1") and not writer.has_note("note-2")
        assert (
            writer.locate_letter(
                LetterTrace(
                    message_id="<n1@example.org>", to=("x@example.com",), subject="Reminder"
                )
            )
            == "gone"
        )  # notes are not drafts
        flags = dovecot.snapshot("INBOX")[uid]
        assert b"\\Flagged" in flags and b"\\Seen" not in flags
