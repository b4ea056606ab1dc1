"""One IMAP account, read-only, plus its Drafts folder: `ImapMailbox`.

Implements `MailReader`, `DraftFolder` and `NoteFolder` (followupd.domain.ports) on one
connection; the writing side is imap_letters.py, waiting for mail imap_idle.py. What
it promises:

- Watched folders are opened with EXAMINE and bodies read with BODY.PEEK: no flag
  (`\\Seen` included) changes, nothing is stored, copied, moved or expunged.
- New mail is found by UID under UIDVALIDITY. A first read, or a read after the
  folder's UIDVALIDITY changed, searches `SINCE <date>`; later reads search
  `UID last+1:*` and filter on the client (`n:*` always matches the last message).
- Per batch of UIDs: one FETCH of structure, size and selected headers, then one
  FETCH of BODY.PEEK[] for the wanted messages (chunked by count and size): no
  per-message round trips.
- A folder is opened (EXAMINE) once per pass: again only for another folder, after a
  reconnect, after we appended to it, or where a fresh view is needed (the first
  EXAMINE of read_new, the liveness check before IDLE). `begin_pass()` starts a pass;
  so do `wait_for_change` and every (re)connection.
- Drafts are APPENDed with `(\\Draft \\Seen)` in the same command to the folder with
  the RFC 6154 `\\Drafts` flag; the APPENDUID (UIDPLUS) is returned. Look before
  append answers from what Drafts, Sent and INBOX hold, learnt once per pass.
- `wait_for_change` waits for new mail on the same single connection (RFC 2177 IDLE,
  renewed every `idle_renew` seconds after a NOOP liveness check; a NOOP/STATUS poll
  where the server has no IDLE). A watcher thread alternates read → wait → read, so
  one account costs one connection.

imapclient is blocking and not thread-safe: one ImapMailbox belongs to one thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from types import TracebackType
from typing import Self

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from followupd.config import ImapAccount
from followupd.domain.errors import ServerUnreachable, SourceError
from followupd.domain.ports import (
    Cursor,
    FolderBatch,
    LetterTrace,
    Wanted,
)
from followupd.domain.words import quoted
from followupd.mailstores.fetchreply import fetch
from followupd.mailstores.imap_batches import BatchReader
from followupd.mailstores.imap_idle import idle, poll
from followupd.mailstores.imap_letters import ImapLetters
from followupd.mailstores.imap_views import FolderState
from followupd.mailstores.imapconn import (
    append_messages,
    open_client,
    parse_appenduids,
    server_text,
    shutdown_quietly,
    where,
)


class ImapMailbox:
    """MailReader and DraftFolder for one IMAP account. Connects lazily; reconnects after
    a lost connection on the next call."""

    def __init__(
        self,
        name: str,
        account: ImapAccount,
        *,
        batch_size: int = 500,
        body_chunk_count: int = 100,
        body_chunk_bytes: int = 16 * 1024 * 1024,
        idle_renew: float = 600.0,
        poll_interval: float = 60.0,
        use_idle: bool = True,
    ) -> None:
        self.name = name
        self.account = account
        self.batch_size = batch_size
        self.body_chunk_count = body_chunk_count
        self.body_chunk_bytes = body_chunk_bytes
        # RFC 2177: re-issue IDLE well within 29 minutes (NATs drop idle flows sooner;
        # TCP keepalive covers the gap between renewals).
        self.idle_renew = idle_renew
        self.poll_interval = poll_interval
        self.use_idle = use_idle
        self._where = where(account)
        self._client: IMAPClient | None = None
        # The folder open (always with EXAMINE: read-only), what EXAMINE said of it, and
        # the generation it was opened in: kept for the rest of that pass.
        self._selected: str | None = None
        self._state = FolderState(0, 0, 0)
        self._selected_generation = -1
        # Bumped by every pass and every connection: what was learnt before is checked
        # again (views of Drafts/Sent/INBOX, the folder open).
        self._generation = 0
        # folder -> (UIDVALIDITY, UIDNEXT) when read_new last looked: what the caller knows.
        self._read_state: dict[str, tuple[int, int]] = {}
        self._log = structlog.get_logger().bind(account=name)
        self._letters = ImapLetters(self, self.append, name, account, self._where)
        self._batches = BatchReader(
            self, self._log, body_chunk_count=body_chunk_count, body_chunk_bytes=body_chunk_bytes
        )

    # --- lifecycle -----------------------------------------------------------------

    def connect(self) -> Self:
        if self._client is None:
            self._client = open_client(self.name, self.account)
            self._selected = None
            self._generation += 1
        return self

    def begin_pass(self) -> None:
        """A new pass starts: nothing learnt in an earlier one is taken as it is.

        What Drafts, Sent and INBOX hold is checked again on first use (new mail,
        deletions, UIDVALIDITY); a folder is opened again on first use. Optional for
        callers: wait_for_change (between a watcher's passes) and every (re)connection
        do the same."""
        self._generation += 1

    @property
    def generation(self) -> int:
        return self._generation

    def close(self) -> None:
        self._settle()
        client, self._client = self._client, None
        self._selected = None
        self._batches.forget()
        if client is not None:
            with suppress(OSError, IMAPClientError):
                client.logout()

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def client(self) -> IMAPClient:
        """The logged-in imapclient connection (connects if needed). A FETCH sent ahead
        is read first: no command is sent while another's reply is still due."""
        self._settle()
        self.connect()
        assert self._client is not None
        return self._client

    def _settle(self) -> None:
        """Read the reply of a FETCH sent ahead, if any (a failure drops the connection)."""
        if self._client is not None:
            self._batches.settle(self._client, self._drop)

    @contextmanager
    def guard(self, action: str) -> Iterator[None]:
        """Turn protocol and socket failures into SourceError / ServerUnreachable."""
        try:
            yield
        except (OSError, IMAPClientAbortError) as exc:
            self._drop()
            raise ServerUnreachable(
                f"lost the connection to IMAP server {self._where} (account {self.name}) "
                f"while {action}: {server_text(exc)}"
            ) from None
        except IMAPClientError as exc:
            raise SourceError(
                f"IMAP server {self._where} (account {self.name}) failed {action}:"
                f" {server_text(exc)}"
            ) from None

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        self._batches.forget()
        if client is not None:
            shutdown_quietly(client)

    def examine(self, folder: str, *, fresh: bool = True) -> FolderState:
        """Open `folder` read-only (EXAMINE): its UIDVALIDITY, UIDNEXT and EXISTS.

        `fresh=False` keeps the folder already open when it was opened in this pass
        (between batches of one read, the look-before-append views, a fetch), unless we
        appended to it since; otherwise it is examined again so the view includes the
        newest mail (a first read of a folder in a pass, the IDLE liveness check).
        """
        current = self._selected == folder and self._selected_generation == self._generation
        if not fresh and current and self._client is not None:
            return self._state
        client = self.client
        try:
            info = client.select_folder(folder, readonly=True)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            raise SourceError(
                f"folder {quoted(folder)} cannot be opened on IMAP server {self._where} "
                f"(account {self.name}): {server_text(exc)}"
            ) from None
        self._selected = folder
        self._selected_generation = self._generation
        self._state = FolderState(
            uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
            uidnext=int(info.get(b"UIDNEXT", 0)),
            exists=int(info.get(b"EXISTS", 0)),
        )
        return self._state

    # --- MailReader ----------------------------------------------------------------

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        started = time.monotonic()
        with self.guard(f"searching {quoted(folder)}"):
            uidvalidity = self.examine(folder).uidvalidity
            self._read_state[folder] = (uidvalidity, self._state.uidnext)
            resynced = cursor is not None and cursor.uidvalidity != uidvalidity
            uids = self._search_new(cursor if not resynced else None, since)
            uidnext = self._state.uidnext
        if resynced:
            self._log.warning(
                "imap.uidvalidity_changed",
                folder=folder,
                old=cursor.uidvalidity if cursor else None,
                new=uidvalidity,
            )
        if not uids:
            if cursor is None or resynced:
                # Remember the UIDVALIDITY and where new mail will start.
                yield FolderBatch(
                    folder=folder,
                    cursor=Cursor(uidvalidity, max(uidnext - 1, 0)),
                    resynced=resynced,
                )
            return
        batches = 0
        chunks = [uids[i : i + self.batch_size] for i in range(0, len(uids), self.batch_size)]
        for n, chunk in enumerate(chunks):
            with self.guard(f"reading {quoted(folder)}"):
                self._settle()  # before the EXAMINE check: a failed reply reconnects
                if self.examine(folder, fresh=False).uidvalidity != uidvalidity:
                    raise SourceError(
                        f"UIDVALIDITY of {quoted(folder)} changed during a read (account "
                        f"{self.name}); it will be read again from {since.isoformat()}"
                    )
                messages = self._batches.read_batch(folder, uidvalidity, chunk, wanted)
                if n + 1 < len(chunks):
                    # Prepared by the server while this batch is understood.
                    self._batches.send_ahead(self.client, chunks[n + 1])
            batches += 1
            yield FolderBatch(
                folder=folder,
                messages=messages,
                cursor=Cursor(uidvalidity, chunk[-1]),
                resynced=resynced,
                total=len(uids),
            )
        self._log.info(
            "imap.read",
            folder=folder,
            messages=len(uids),
            batches=batches,
            resynced=resynced,
            seconds=round(time.monotonic() - started, 3),
        )

    def _search_new(self, cursor: Cursor | None, since: date) -> list[int]:
        client = self.client
        if cursor is None:
            found = client.search(["SINCE", since])
            return sorted(int(u) for u in found)
        # `UID n:*` always matches the last message, even when n is past the end.
        found = client.search(["UID", f"{cursor.last_uid + 1}:*"])
        return sorted(int(u) for u in found if int(u) > cursor.last_uid)

    def reopen(self, folder: str) -> None:
        """A fresh connection with `folder` examined again (after a reply it could not read)."""
        uidvalidity = self._state.uidvalidity
        self._drop()
        if self.examine(folder).uidvalidity != uidvalidity:
            raise SourceError(
                f"UIDVALIDITY of {quoted(folder)} changed during a read (account {self.name})"
            )

    def fetch(self, folder: str, uid: int) -> bytes:
        with self.guard(f"fetching message {uid} of {quoted(folder)}"):
            self.examine(folder, fresh=False)
            raw = fetch(self.client, [uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
            if not isinstance(raw, bytes):  # newer than the EXAMINE of this pass, maybe
                self.examine(folder)
                raw = fetch(self.client, [uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
        if not isinstance(raw, bytes):
            raise SourceError(
                f"message {uid} not found in {quoted(folder)} (account {self.name}, {self._where})"
            )
        return raw

    # --- waiting for new mail -----------------------------------------------------

    def wait_for_change(
        self, folder: str, timeout: float, stop: threading.Event | None = None
    ) -> bool:
        """Block until `folder` changes (new mail), at most `timeout` seconds.

        True as soon as the server reports EXISTS, RECENT, EXPUNGE or FETCH for the
        folder, or when it already holds mail newer than the last `read_new` of it
        (or a new UIDVALIDITY): then read it. False on timeout or when `stop` is set
        (checked at least every second). Uses this mailbox's one connection: IDLE on
        the folder opened with EXAMINE, re-issued every `idle_renew` seconds after a
        NOOP; servers without IDLE are polled (NOOP + STATUS UIDNEXT) every
        `poll_interval` seconds. A dead connection (EOF, reset, BYE, timeout) raises
        ServerUnreachable; the next call connects again.
        """
        deadline = time.monotonic() + timeout
        with self.guard(f"waiting for new mail in {quoted(folder)}"):
            # A fresh EXAMINE: the liveness check, and the baseline the server's
            # notifications are relative to.
            self.begin_pass()  # what follows the wait is a new pass
            state = self.examine(folder)
            uidvalidity, uidnext = state.uidvalidity, state.uidnext
            known = self._read_state.get(folder)
            if known is not None and (known[0] != uidvalidity or uidnext > known[1]):
                return True
            client = self.client
            if not (self.use_idle and client.has_capability("IDLE")):
                baseline = (uidvalidity, uidnext)
                return poll(client, folder, baseline, deadline, stop, self.poll_interval)
            try:
                return idle(client, deadline, stop, self.idle_renew)
            except (OSError, IMAPClientError):
                raise  # guard drops the connection
            except BaseException:
                self._drop()  # the connection may still be in IDLE: unusable
                raise

    # --- DraftFolder and NoteFolder (imap_letters.py) ------------------------------

    def drafts_folder_name(self) -> str:
        return self._letters.drafts_folder_name()

    def sent_folder_name(self) -> str | None:
        return self._letters.sent_folder_name()

    def has_message_id(self, message_id: str) -> bool:
        return self._letters.has_message_id(message_id)

    def locate_letter(self, trace: LetterTrace) -> str:
        return self._letters.locate_letter(trace)

    def append_draft(self, message: bytes) -> int | None:
        return self._letters.append_draft(message)

    def append_drafts(self, messages: Sequence[bytes]) -> list[int | None]:
        return self._letters.append_drafts(messages)

    def has_note(self, key: str) -> bool:
        return self._letters.has_note(key)

    def append_note(self, message: bytes) -> int | None:
        return self._letters.append_note(message)

    def append(
        self, folder: str, messages: Sequence[bytes], flags: tuple[bytes, ...]
    ) -> list[int | None]:
        """APPEND `messages` in one command (MULTIAPPEND when more than one; LITERAL+
        where offered); their UIDs where the server says (UIDPLUS)."""
        response = append_messages(self.client, folder, messages, flags)
        if self._selected == folder:
            self._selected_generation = -1  # our messages are not in that EXAMINE's counts
        return parse_appenduids(response, len(messages))
