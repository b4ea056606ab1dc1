"""Delivery benchmark: drafts and notes into a big IMAP mailbox, before and after views.

Starts a private Dovecot (tests/servers/dovecot.py), fills INBOX and Sent with
`--messages` messages each (bench.mailbox, written into the Maildir, then `doveadm
force-resync`), and measures what the outbox does for each letter — look, then
append — for `--drafts` drafts (has_message_id + append_draft) and `--notes` notes
(has_note + append_note), then a second pass that looks for every one of them again
(nothing to append: a run that stopped before recording its letters):

- **after**: followupd's ImapMailbox (views of Drafts/Sent/INBOX learnt once per pass,
  APPEND with LITERAL+);
- **multi**: the same, the missing drafts of a pass appended by one `append_drafts`
  call (MULTIAPPEND, in batches of 50);
- **before**: the protocol ImapMailbox spoke until now (4042ca6), replayed with
  imapclient: per look an EXAMINE and a `SEARCH HEADER` (+ FETCH of the hits) in
  Drafts and in Sent, or in INBOX for a note; APPEND through imaplib, which waits for
  the server's continuation before sending the message.

On loopback and through bench.delay_proxy (a round trip costing e.g. 20 ms more).
Every run starts from the same folders (what it appended is removed afterwards) on a
warm server (one untimed run first).

    python -m bench.deliver                   # 10,000 in INBOX and Sent; 50 drafts, 10 notes
    python -m bench.deliver --quick           # 2,000 messages
    python -m bench.deliver --messages 10000 --delay-ms 0,20,50

Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import imaplib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from imapclient import IMAPClient

USER = "jo@example.org"
LETTER_FIELDS = "MESSAGE-ID DATE TO CC SUBJECT IN-REPLY-TO REFERENCES"
KEY = "X-Followupd-Key"


class Outbox(Protocol):
    def has_message_id(self, message_id: str) -> bool: ...
    def append_draft(self, message: bytes) -> int | None: ...
    def has_note(self, key: str) -> bool: ...
    def append_note(self, message: bytes) -> int | None: ...
    def begin_pass(self) -> None: ...


class Multi:
    """ImapMailbox with its drafts appended by append_drafts (MULTIAPPEND)."""

    def __init__(self, mailbox: Any) -> None:
        self.mailbox = mailbox

    def __getattr__(self, name: str) -> Any:
        return getattr(self.mailbox, name)

    def has_message_id(self, message_id: str) -> bool:
        return bool(self.mailbox.has_message_id(message_id))

    def append_draft(self, message: bytes) -> int | None:
        raise AssertionError("drafts go through append_drafts")

    def append_drafts(self, messages: list[bytes]) -> list[int | None]:
        uids: list[int | None] = self.mailbox.append_drafts(messages)
        return uids

    def has_note(self, key: str) -> bool:
        return bool(self.mailbox.has_note(key))

    def append_note(self, message: bytes) -> int | None:
        uid: int | None = self.mailbox.append_note(message)
        return uid

    def begin_pass(self) -> None:
        self.mailbox.begin_pass()


class Before:
    """The per-letter protocol of ImapMailbox at 4042ca6, on one imapclient connection."""

    def __init__(self, client: IMAPClient) -> None:
        self.client = client
        self.drafts, self.sent = "Drafts", "Sent"
        client.list_folders()  # it listed the folders once, as the new code does

    def _find(self, folder: str, field: str, value: str) -> bool:
        self.client.select_folder(folder, readonly=True)
        uids = self.client.search(["HEADER", field, value])
        if not uids:
            return False
        found = self.client.fetch(uids[-50:], [f"BODY.PEEK[HEADER.FIELDS ({LETTER_FIELDS})]"])
        return bool(found)

    def has_message_id(self, message_id: str) -> bool:
        return any(self._find(f, "Message-ID", message_id) for f in (self.drafts, self.sent))

    def append_draft(self, message: bytes) -> int | None:
        self.client.append(self.drafts, message, flags=(b"\\Draft", b"\\Seen"))
        return None

    def has_note(self, key: str) -> bool:
        return self._find("INBOX", KEY, key)

    def append_note(self, message: bytes) -> int | None:
        self.client.append("INBOX", message, flags=(b"\\Flagged",))
        return None

    def begin_pass(self) -> None:
        pass


def draft(n: int) -> bytes:
    body = "Thank you for taking the time to talk with me today. " * 30
    return (
        f"From: Jo <{USER}>\r\nTo: Recruiter {n} <r{n}@example.com>\r\n"
        f"Subject: Thank you for the interview {n}\r\n"
        f"Message-ID: {draft_id(n)}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def draft_id(n: int) -> str:
    return f"<bench-draft-{n}@example.org>"


def note(n: int) -> bytes:
    return (
        f"From: followupd <{USER}>\r\nTo: {USER}\r\nSubject: Check back with {n}\r\n"
        f"Message-ID: <bench-note-{n}@example.org>\r\n{KEY}: bench-note-{n}\r\n\r\n"
        f"No answer from company {n} yet.\r\n"
    ).encode()


def _count_commands() -> list[int]:
    """Count tagged IMAP commands (each a round trip with imaplib) from now on."""
    counter = [0]
    original = imaplib.IMAP4._new_tag  # type: ignore[attr-defined]

    def new_tag(self: imaplib.IMAP4) -> bytes:
        counter[0] += 1
        tag: bytes = original(self)
        return tag

    imaplib.IMAP4._new_tag = new_tag  # type: ignore[attr-defined]
    return counter


@dataclass
class Phase:
    commands: int
    seconds: float
    appended: int


def deliver(outbox: Outbox, drafts: int, notes: int) -> int:
    """What deliver/drafts.py and deliver/notes.py do for each letter; appends made.
    An outbox with append_drafts gets the missing drafts in one call (MULTIAPPEND)."""
    appended = 0
    if isinstance(outbox, Multi):
        missing = [n for n in range(drafts) if not outbox.has_message_id(draft_id(n))]
        outbox.append_drafts([draft(n) for n in missing])
        appended += len(missing)
    else:
        for n in range(drafts):
            if not outbox.has_message_id(draft_id(n)):
                outbox.append_draft(draft(n))
                appended += 1
    for n in range(notes):
        if not outbox.has_note(f"bench-note-{n}"):
            outbox.append_note(note(n))
            appended += 1
    return appended


def run(
    make: Callable[[], tuple[Outbox, Callable[[], None]]], counter: list[int], d: int, n: int
) -> tuple[Phase, Phase]:
    """Login, first pass (looks + appends), second pass (looks only)."""
    counter[0] = 0
    started = time.perf_counter()
    outbox, close = make()
    try:
        appended = deliver(outbox, d, n)
        first = Phase(counter[0], time.perf_counter() - started, appended)
        counter[0] = 0
        started = time.perf_counter()
        outbox.begin_pass()
        appended = deliver(outbox, d, n)
        second = Phase(counter[0], time.perf_counter() - started, appended)
    finally:
        close()
    return first, second


def clean(user: Any) -> None:
    """Remove what a run appended: every draft, and the notes in INBOX."""
    with user.client() as c:
        c.select_folder("Drafts")
        uids = c.search("ALL")
        if uids:
            c.delete_messages(uids)
            c.expunge()
        c.select_folder("INBOX")
        uids = c.search(["HEADER", KEY, ""])
        if uids:
            c.delete_messages(uids)
            c.expunge()


def fill(server: Any, size: int) -> Any:
    from bench.mailbox import generate

    user = server.add_user()
    with user.client() as c:  # the first login creates the Maildir
        c.select_folder("INBOX", readonly=True)
    generate(user.maildir, size, seed=1)
    generate(user.maildir / ".Sent", size, seed=2)
    for folder in ("INBOX", "Sent"):
        server.doveadm("force-resync", "-u", user.username, folder)
    with user.client() as c:  # Dovecot parses every message once (its cache), untimed
        for folder in ("INBOX", "Sent"):
            c.select_folder(folder, readonly=True)
            c.fetch(c.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    return user


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10000, help="in INBOX and in Sent")
    parser.add_argument("--drafts", type=int, default=50)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--delay-ms", default="0,20", help="added round-trip times, ms")
    parser.add_argument("--quick", action="store_true", help="2,000 messages")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        sys.exit("run as root: the Maildir files must belong to uid 8 (mail), as Dovecot wants")

    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    from bench.delay_proxy import DelayProxy
    from followupd.mailstores.imap import ImapMailbox
    from tests.servers.dovecot import DovecotServer

    size = 2000 if args.quick else args.messages
    counter = _count_commands()
    server = DovecotServer()
    rows: list[tuple[float, str, Phase, Phase]] = []
    try:
        server.start()
        started = time.monotonic()
        user = fill(server, size)
        print(f"filled INBOX and Sent: {size:,} each in {time.monotonic() - started:.0f} s",
              file=sys.stderr)  # fmt: skip

        def makers(port: int) -> dict[str, Callable[[], tuple[Outbox, Callable[[], None]]]]:
            def after() -> tuple[Outbox, Callable[[], None]]:
                mb = ImapMailbox("bench", user.account(port=port, timeout=120)).connect()
                return mb, mb.close

            def multi() -> tuple[Outbox, Callable[[], None]]:
                mb = ImapMailbox("bench", user.account(port=port, timeout=120)).connect()
                return Multi(mb), mb.close

            def before() -> tuple[Outbox, Callable[[], None]]:
                client = IMAPClient("127.0.0.1", port, ssl=False, timeout=120)
                client.login(user.username, user.password)
                return Before(client), client.logout

            return {"before": before, "after": after, "multi": multi}

        for make in makers(server.port).values():  # warm-up, untimed
            run(make, counter, args.drafts, args.notes)
            clean(user)
        for rtt in [float(d) for d in args.delay_ms.split(",")]:
            proxy = DelayProxy(server.host, server.port, delay_ms=rtt / 2) if rtt else None
            port = proxy.start().port if proxy else server.port
            try:
                for kind, make in makers(port).items():
                    first, second = run(make, counter, args.drafts, args.notes)
                    clean(user)
                    rows.append((rtt, kind, first, second))
            finally:
                if proxy:
                    proxy.stop()
    finally:
        server.cleanup()
    print_table(rows, size, args.drafts, args.notes)


def print_table(rows: list[tuple[float, str, Phase, Phase]], size: int, d: int, n: int) -> None:
    print()
    print(f"INBOX and Sent: {size:,} messages each; {d} drafts and {n} notes per pass")
    head = (
        f"{'+RTT ms':>7}  {'client':<7} {'1st pass cmds':>13} {'seconds':>8} {'appended':>8}"
        f"   {'2nd pass cmds':>13} {'seconds':>8} {'appended':>8}"
    )
    print(head)
    print("-" * len(head))
    for rtt, kind, first, second in rows:
        print(
            f"{rtt:>7g}  {kind:<7} {first.commands:>13} {first.seconds:>8.2f} "
            f"{first.appended:>8}   {second.commands:>13} {second.seconds:>8.2f} "
            f"{second.appended:>8}"
        )
    print(
        "\n1st pass: login, then look + append for each letter (Drafts empty). 2nd pass:"
        " look for each again\n(all there; after: begin_pass, then Drafts/Sent/INBOX"
        " checked once). cmds = tagged IMAP commands\n(= round trips, login included in"
        " the 1st pass; an APPEND without LITERAL+ costs two)."
    )


if __name__ == "__main__":
    main()
