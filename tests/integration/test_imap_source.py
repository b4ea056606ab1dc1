"""ImapMailbox against a real Dovecot 2.3 on 127.0.0.1 (see tests/servers/dovecot.py).

The behaviour every mail store shares is in test_mailstore_contract.py; this file keeps
what is IMAP-only (folder discovery, fetch counts, connections, TLS, protocol parsing).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from structlog.testing import capture_logs

from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from followupd.domain.ports import Candidate, Cursor, FolderBatch
from followupd.mailstores.imap import ImapMailbox
from followupd.mailstores.imapconn import describe_structure, find_special, parse_appenduid
from tests.servers.dovecot import DovecotServer, DovecotUser, free_port

pytestmark = pytest.mark.integration

SINCE = date.today() - timedelta(days=30)


def message(n: int, *, subject: str = "", key: str = "", attach_ics: bool = False) -> bytes:
    subject = subject or f"Message {n}"
    head = (
        f"From: Recruiter {n} <r{n}@example.com>\r\n"
        f"To: me@example.org\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        f"Message-ID: <m{n}.{os.getpid()}@example.com>\r\n"
    )
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


def everything(_c: Candidate) -> bool:
    return True


def read_all(mb: ImapMailbox, folder: str, cursor: Cursor | None) -> list[FolderBatch]:
    return list(mb.read_new(folder, cursor, SINCE, everything))


@pytest.fixture
def mailbox(dovecot: DovecotUser) -> Iterator[ImapMailbox]:
    with ImapMailbox("work", dovecot.account()) as mb:
        yield mb


# --- folders -------------------------------------------------------------------------


def test_drafts_and_sent_are_found_by_special_use_not_by_name(
    make_dovecot: Callable[..., DovecotServer],
) -> None:
    """Drafts and Sent are the folders carrying \\Drafts and \\Sent (RFC 6154), even when
    they have other names and a folder literally named "Drafts" exists beside them."""
    server = make_dovecot(special_use={"Drafts": "Envoyés-Brouillons", "Sent": "Gesendet"})
    user = server.add_user()
    user.create_folder("Drafts")
    with ImapMailbox("work", user.account()) as mb:
        assert mb.drafts_folder_name() == "Envoyés-Brouillons"
        assert mb.sent_folder_name() == "Gesendet"
        uid = mb.append_draft(message(1, key="k-1"))
        assert uid == 1
        assert mb.has_message_id(f"<m1.{os.getpid()}@example.com>")
    assert len(user.list_messages("Envoyés-Brouillons")) == 1
    assert user.list_messages("Drafts") == []


def test_configured_drafts_folder_wins(dovecot: DovecotUser) -> None:
    """drafts_folder in the account overrides discovery."""
    dovecot.create_folder("Mine")
    with ImapMailbox("work", dovecot.account(drafts_folder="Mine")) as mb:
        assert mb.drafts_folder_name() == "Mine"
        mb.append_draft(message(1))
    assert len(dovecot.list_messages("Mine")) == 1


def test_missing_watched_folder_is_a_source_error_naming_it(mailbox: ImapMailbox) -> None:
    """Reading a folder that does not exist raises SourceError with the folder's name."""
    with pytest.raises(SourceError, match="“Jobs/Applied”"):
        read_all(mailbox, "Jobs/Applied", None)


# --- reading -------------------------------------------------------------------------


def test_recreated_folder_is_resynced(dovecot: DovecotUser, mailbox: ImapMailbox) -> None:
    """Deleting and re-creating a watched folder gives it a new UIDVALIDITY: resynced."""
    dovecot.create_folder("Jobs")
    dovecot.append("Jobs", message(1))
    (first,) = read_all(mailbox, "Jobs", None)
    with dovecot.client() as c:
        c.delete_folder("Jobs")
        c.create_folder("Jobs")
    dovecot.append("Jobs", message(2))
    (again,) = read_all(mailbox, "Jobs", first.cursor)
    assert again.resynced
    assert [m.ref.uid for m in again.messages] == [1]


def _count_fetches(mailbox: ImapMailbox) -> list[tuple[int, str]]:
    """Every UID FETCH sent on the mailbox's connection: (how many UIDs, its items)."""
    fetches: list[tuple[int, str]] = []
    imap = mailbox.client._imap
    real_command = imap._command

    def counting(name: str, *args: Any) -> Any:
        if name == "UID" and args and str(args[0]).upper() == "FETCH":
            uids = str(args[1]).split(",")
            fetches.append((len(uids), str(args[2]).strip("()")))
        return real_command(name, *args)

    imap._command = counting
    return fetches


def test_1200_messages_are_read_in_batches_with_one_header_fetch_each(
    dovecot: DovecotUser, mailbox: ImapMailbox
) -> None:
    """1200 messages come in ≥3 batches; each batch costs one header FETCH and one body
    FETCH per 100 wanted messages, never one round trip per message."""
    dovecot.append_many("INBOX", [message(n) for n in range(1200)])
    fetches = _count_fetches(mailbox)
    started = time.monotonic()
    batches = list(mailbox.read_new("INBOX", None, SINCE, lambda c: c.ref.uid % 4 == 0))
    elapsed = time.monotonic() - started
    print(f"read 1200 messages (300 bodies) in {elapsed:.3f}s, {len(fetches)} FETCHes")

    assert [len(b.messages) for b in batches] == [500, 500, 200]
    assert [b.cursor.last_uid for b in batches if b.cursor] == [500, 1000, 1200]
    header_fetches = [n for n, items in fetches if "HEADER.FIELDS" in items]
    body_fetches = [n for n, items in fetches if items == "BODY.PEEK[]"]
    assert header_fetches == [500, 500, 200]
    assert body_fetches == [100, 25, 100, 25, 50]
    assert sum(m.raw is not None for b in batches for m in b.messages) == 300
    assert elapsed < 10


def test_the_next_batch_is_asked_for_before_this_one_is_handed_over(
    dovecot: DovecotUser, mailbox: ImapMailbox
) -> None:
    """While a batch is understood, the server already prepares the next one: its header
    FETCH is sent before the batch is handed to the caller. Whatever the caller does with
    the connection meanwhile (here: fetching a message whole) is answered correctly, and
    the read goes on with the right messages."""
    dovecot.append_many("INBOX", [message(n) for n in range(1200)])
    fetches = _count_fetches(mailbox)
    reading = mailbox.read_new("INBOX", None, SINCE, lambda c: c.ref.uid % 100 == 0)
    first = next(reading)
    assert [n for n, items in fetches if "HEADER.FIELDS" in items] == [500, 500]
    # The caller uses the connection while the second batch's reply is still due.
    whole = mailbox.fetch("INBOX", 7)
    assert b"Subject: Message 6\r\n" in whole
    rest = list(reading)
    uids = [m.ref.uid for b in [first, *rest] for m in b.messages]
    assert uids == list(range(1, 1201))
    bodies = [m.ref.uid for b in [first, *rest] for m in b.messages if m.raw is not None]
    assert bodies == list(range(100, 1201, 100))
    # The second batch's headers were fetched once, not again after the interruption.
    assert [n for n, items in fetches if "HEADER.FIELDS" in items] == [500, 500, 200]


def test_body_fetches_are_bounded_by_size(dovecot: DovecotUser) -> None:
    """Wanted bodies are fetched in chunks whose total RFC822.SIZE stays under the bound
    (messages of 1175 bytes, bound 3600: three per FETCH)."""
    dovecot.append_many("INBOX", [message(n) + b"x" * 1000 + b"\r\n" for n in range(9)])
    with ImapMailbox("work", dovecot.account(), body_chunk_bytes=3600) as mb:
        fetches = _count_fetches(mb)
        (batch,) = read_all(mb, "INBOX", None)
    assert [n for n, items in fetches if items == "BODY.PEEK[]"] == [3, 3, 3]
    assert all(m.raw is not None for m in batch.messages)


# --- drafts --------------------------------------------------------------------------


def test_append_draft_stores_it_with_draft_flag_and_returns_its_uid(
    dovecot: DovecotUser, mailbox: ImapMailbox
) -> None:
    """append_draft APPENDs to Drafts with \\Draft and \\Seen and returns the APPENDUID."""
    raw = message(1, key="intent-abc")
    first = mailbox.append_draft(raw)
    second = mailbox.append_draft(message(2))
    assert first is not None and second == first + 1
    flags = dovecot.snapshot("Drafts")
    assert set(flags) == {first, second}
    assert {b"\\Draft", b"\\Seen"} <= set(flags[first])
    assert dovecot.list_messages("Drafts")[0] == raw
    assert dovecot.snapshot("INBOX") == {}


# --- connection ----------------------------------------------------------------------


def test_wrong_password_is_login_failed_without_the_password(dovecot: DovecotUser) -> None:
    """A refused login raises LoginFailed naming host:port and user; neither the message,
    its repr, nor any log line contains the password."""
    secret = "S3cret-never-shown"
    with capture_logs() as logs, pytest.raises(LoginFailed) as info:
        ImapMailbox("work", dovecot.account(password=secret)).connect()
    text = str(info.value)
    assert f"127.0.0.1:{dovecot.port}" in text
    assert dovecot.username in text and "account work" in text
    assert secret not in text and secret not in repr(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert logs and secret not in repr(logs)


def test_a_refused_login_is_logged_as_the_server_worded_it(dovecot: DovecotUser) -> None:
    """The log line carries the server's reply as text, not a Python bytes literal."""
    with capture_logs() as logs, pytest.raises(LoginFailed):
        ImapMailbox("work", dovecot.account(password="wrong")).connect()
    (refused,) = [e for e in logs if e["event"] == "imap.login_refused"]
    assert refused["reason"].startswith("[AUTHENTICATIONFAILED]")


def test_password_never_logged_on_success(dovecot: DovecotUser) -> None:
    """A successful session logs imap.connected with account and host, never the password."""
    with capture_logs() as logs, ImapMailbox("work", dovecot.account()) as mb:
        read_all(mb, "INBOX", None)
        mb.append_draft(message(1))
    assert any(e["event"] == "imap.connected" and e["host"] == "127.0.0.1" for e in logs)
    assert dovecot.password not in repr(logs)


def test_closed_port_is_server_unreachable_naming_host_and_port(dovecot: DovecotUser) -> None:
    """Nothing listening: ServerUnreachable with host:port and the account name."""
    port = free_port()
    with pytest.raises(ServerUnreachable, match=rf"127\.0\.0\.1:{port} \(account work\)"):
        ImapMailbox("work", dovecot.account(port=port)).connect()


def test_silent_server_times_out_as_server_unreachable(dovecot: DovecotUser) -> None:
    """A server that accepts but never greets is unreachable after `timeout` seconds."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(ServerUnreachable, match="timed out"):
            ImapMailbox("work", dovecot.account(port=port, timeout=0.5)).connect()
        assert time.monotonic() - started < 5


def test_starttls_required_but_not_offered_refuses_to_log_in(dovecot: DovecotUser) -> None:
    """security = "starttls" against a server without STARTTLS stops before LOGIN with an
    error that says so (no clear-text password)."""
    with capture_logs() as logs, pytest.raises(SourceError, match="does not offer STARTTLS") as e:
        ImapMailbox("work", dovecot.account(security="starttls")).connect()
    assert not isinstance(e.value, LoginFailed)
    assert not any(entry["event"] == "imap.connected" for entry in logs)


def test_lost_connection_is_reported_then_reconnected(
    dovecot: DovecotUser, mailbox: ImapMailbox
) -> None:
    """After the server drops the session (doveadm kick) the next call raises
    ServerUnreachable; the call after that reconnects and works."""
    dovecot.append("INBOX", message(1))
    (first,) = read_all(mailbox, "INBOX", None)
    dovecot.kick()
    with pytest.raises(ServerUnreachable, match="lost the connection"):
        read_all(mailbox, "INBOX", first.cursor)
    dovecot.append("INBOX", message(2))
    (batch,) = read_all(mailbox, "INBOX", first.cursor)
    assert [m.ref.uid for m in batch.messages] == [2]


def test_server_restart_keeps_the_cursor_valid(dovecot: DovecotUser) -> None:
    """A Dovecot restart keeps UIDVALIDITY: reading from the old cursor is incremental."""
    dovecot.append("INBOX", message(1))
    with ImapMailbox("work", dovecot.account()) as mb:
        (first,) = read_all(mb, "INBOX", None)
    dovecot.restart()
    dovecot.append("INBOX", message(2))
    with ImapMailbox("work", dovecot.account()) as mb:
        (batch,) = read_all(mb, "INBOX", first.cursor)
    assert not batch.resynced
    assert [m.ref.uid for m in batch.messages] == [2]


# --- TLS -----------------------------------------------------------------------------


def test_implicit_tls_works_when_verification_is_disabled(dovecot_tls: DovecotUser) -> None:
    """security = "tls" with verify_tls = false talks to a self-signed server."""
    account = dovecot_tls.account(
        security="tls", port=dovecot_tls.server.tls_port, verify_tls=False
    )
    dovecot_tls.append("INBOX", message(1))
    with ImapMailbox("work", account) as mb:
        (batch,) = read_all(mb, "INBOX", None)
    assert len(batch.messages) == 1


def test_tls_is_verified_by_default(dovecot_tls: DovecotUser) -> None:
    """By default a self-signed certificate is refused: ServerUnreachable, no login."""
    account = dovecot_tls.account(security="tls", port=dovecot_tls.server.tls_port)
    with pytest.raises(ServerUnreachable, match="certificate verify failed"):
        ImapMailbox("work", account).connect()


def test_starttls_upgrades_before_login(dovecot_tls: DovecotUser) -> None:
    """security = "starttls" upgrades the plain port and then logs in; verification on
    refuses the self-signed certificate."""
    dovecot_tls.append("INBOX", message(1))
    with ImapMailbox("work", dovecot_tls.account(security="starttls", verify_tls=False)) as mb:
        assert mb.client.ssl is False and mb.client._starttls_done
        (batch,) = read_all(mb, "INBOX", None)
    assert len(batch.messages) == 1
    with pytest.raises(ServerUnreachable, match="certificate verify failed"):
        ImapMailbox("work", dovecot_tls.account(security="starttls")).connect()


# --- protocol details without a server ----------------------------------------------


def test_bodystructure_of_nested_and_encoded_parts() -> None:
    """Every part's type is listed, message/rfc822 contents included; RFC 2231 and
    RFC 2047 file names are decoded and lower-cased."""
    structure = (
        [
            (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 4, 1, None, None),
            (
                b"application",
                b"octet-stream",
                (b"name*", b"utf-8''Einladung%20M%C3%BCller.ICS"),
                None,
                None,
                b"base64",
                100,
                None,
                None,
                None,
            ),
            (
                b"message",
                b"rfc822",
                None,
                None,
                None,
                b"7bit",
                50,
                (None,) * 10,
                (
                    (b"text", b"calendar", None, None, None, b"7bit", 5, 1),
                    *(b"alternative", None, None, None),
                ),
                3,
                None,
                (b"attachment", (b"filename", b"=?utf-8?q?Fwd=5FInvite.vcs?=")),
            ),
        ],
        b"mixed",
    )
    types, names = describe_structure(structure)
    assert types == (
        "multipart/mixed",
        "text/plain",
        "application/octet-stream",
        "message/rfc822",
        "multipart/alternative",
        "text/calendar",
    )
    assert names == ("einladung müller.ics", "fwd_invite.vcs")


def test_special_folder_falls_back_to_well_known_names() -> None:
    """Without special-use flags, INBOX.Drafts / [Gmail]/Drafts are found by name,
    case-insensitively; a flag wins over a name."""
    plain: list[tuple[tuple[bytes, ...], str]] = [((), "INBOX"), ((), "INBOX.drafts")]
    assert find_special(plain, b"\\Drafts", ("drafts", "inbox.drafts")) == "INBOX.drafts"
    gmail = [((b"\\HasNoChildren",), "[Gmail]/Sent Mail"), ((), "Sent-old")]
    assert find_special(gmail, b"\\Sent", ("sent", "[gmail]/sent mail")) == "[Gmail]/Sent Mail"
    flagged = [((), "Drafts"), ((b"\\drafts",), "Entwürfe")]
    assert find_special(flagged, b"\\Drafts", ("drafts",)) == "Entwürfe"
    assert find_special([((), "INBOX")], b"\\Drafts", ("drafts",)) is None


def test_appenduid_is_parsed_from_the_append_response() -> None:
    """The UID comes from [APPENDUID v uid]; without UIDPLUS there is none."""
    assert parse_appenduid(b"[APPENDUID 1795634983 42] Append completed.") == 42
    assert parse_appenduid(b"Append completed.") is None
    assert parse_appenduid(None) is None
