"""One IMAP account, read-only, plus its Drafts folder: `ImapMailbox`.

Implements `MailReader` and `DraftFolder` (daemon.domain.ports). What it promises:

- Watched folders are opened with EXAMINE and bodies read with BODY.PEEK: no flag
  (`\\Seen` included) changes, nothing is stored, copied, moved or expunged.
- New mail is found by UID under UIDVALIDITY. A first read, or a read after the
  folder's UIDVALIDITY changed, searches `SINCE <date>`; later reads search
  `UID last+1:*` and filter on the client (`n:*` always matches the last message).
- Per batch of UIDs: one FETCH of structure, size and selected headers, then one
  FETCH of BODY.PEEK[] for the wanted messages (chunked by count and size): no
  per-message round trips.
- Drafts are APPENDed with `(\\Draft \\Seen)` in the same command to the folder with
  the RFC 6154 `\\Drafts` flag; the APPENDUID (UIDPLUS) is returned.

imapclient is blocking and not thread-safe: one ImapMailbox belongs to one thread.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from types import TracebackType
from typing import Any, Self

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from daemon.config import ImapAccount
from daemon.domain.errors import ServerUnreachable, SourceError
from daemon.domain.model import MessageRef
from daemon.domain.ports import Candidate, Cursor, Fetched, FolderBatch, Wanted
from daemon.sources.imapconn import (
    DRAFTS_NAMES,
    SENT_NAMES,
    describe_structure,
    find_special,
    list_folders,
    open_client,
    parse_appenduid,
    shutdown_quietly,
    where,
)

HEADER_FIELDS = (
    "FROM TO CC REPLY-TO SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES "
    "AUTO-SUBMITTED PRECEDENCE LIST-ID CONTENT-TYPE"
)
CANDIDATE_ITEMS = ["BODYSTRUCTURE", "RFC822.SIZE", f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"]
KEY_HEADER = "X-Followupd-Key"
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")


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
    ) -> None:
        self.name = name
        self.account = account
        self.batch_size = batch_size
        self.body_chunk_count = body_chunk_count
        self.body_chunk_bytes = body_chunk_bytes
        self._where = where(account)
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._uidvalidity = 0
        self._uidnext = 0
        self._special: tuple[str | None, str | None] | None = None
        self._log = structlog.get_logger().bind(account=name)

    # --- lifecycle -----------------------------------------------------------------

    def connect(self) -> Self:
        if self._client is None:
            self._client = open_client(self.name, self.account)
            self._selected = None
        return self

    def close(self) -> None:
        client, self._client = self._client, None
        self._selected = None
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
        """The logged-in imapclient connection (connects if needed)."""
        self.connect()
        assert self._client is not None
        return self._client

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn protocol and socket failures into SourceError / ServerUnreachable."""
        try:
            yield
        except (OSError, IMAPClientAbortError) as exc:
            self._drop()
            raise ServerUnreachable(
                f"lost the connection to IMAP server {self._where} (account {self.name}) "
                f"while {action}: {exc}"
            ) from None
        except IMAPClientError as exc:
            raise SourceError(
                f"IMAP server {self._where} (account {self.name}) failed {action}: {exc}"
            ) from None

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            shutdown_quietly(client)

    def _examine(self, folder: str, *, fresh: bool = True) -> int:
        """Open `folder` read-only (EXAMINE) and return its UIDVALIDITY.

        `fresh=False` keeps an already examined folder (between batches of one read);
        otherwise the folder is examined again so the view includes the newest mail.
        """
        if not fresh and self._selected == folder:
            return self._uidvalidity
        client = self.client
        try:
            info = client.select_folder(folder, readonly=True)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            raise SourceError(
                f"folder {folder!r} cannot be opened on IMAP server {self._where} "
                f"(account {self.name}): {exc}"
            ) from None
        self._selected = folder
        self._uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        self._uidnext = int(info.get(b"UIDNEXT", 0))
        return self._uidvalidity

    # --- MailReader ----------------------------------------------------------------

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        started = time.monotonic()
        with self._guard(f"searching {folder!r}"):
            uidvalidity = self._examine(folder)
            resynced = cursor is not None and cursor.uidvalidity != uidvalidity
            uids = self._search_new(cursor if not resynced else None, since)
            uidnext = self._uidnext
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
        for start in range(0, len(uids), self.batch_size):
            chunk = uids[start : start + self.batch_size]
            with self._guard(f"reading {folder!r}"):
                if self._examine(folder, fresh=False) != uidvalidity:
                    raise SourceError(
                        f"UIDVALIDITY of {folder!r} changed during a read (account "
                        f"{self.name}); it will be read again from {since.isoformat()}"
                    )
                messages = self._read_batch(folder, uidvalidity, chunk, wanted)
            batches += 1
            yield FolderBatch(
                folder=folder,
                messages=messages,
                cursor=Cursor(uidvalidity, chunk[-1]),
                resynced=resynced,
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

    def _read_batch(
        self, folder: str, uidvalidity: int, uids: Sequence[int], wanted: Wanted
    ) -> list[Fetched]:
        client = self.client
        response = client.fetch(list(uids), CANDIDATE_ITEMS)
        candidates: list[Candidate] = []
        for uid in uids:
            data = response.get(uid)
            if data is None:
                continue  # expunged between SEARCH and FETCH
            candidates.append(self._candidate(folder, uidvalidity, uid, data))
        chosen = [c for c in candidates if wanted(c)]
        chosen_uids = {c.ref.uid for c in chosen}
        bodies = self._fetch_bodies(chosen)
        self._log.info(
            "imap.batch",
            folder=folder,
            uids=len(uids),
            first=uids[0],
            last=uids[-1],
            wanted=len(chosen),
        )
        messages: list[Fetched] = []
        for c in candidates:
            raw = bodies.get(c.ref.uid)
            if raw is None and c.ref.uid in chosen_uids:
                self._log.warning("imap.vanished", folder=folder, uid=c.ref.uid)
                continue
            messages.append(Fetched(ref=c.ref, raw=raw, candidate=c))
        return messages

    def _candidate(
        self, folder: str, uidvalidity: int, uid: int, data: dict[bytes, Any]
    ) -> Candidate:
        headers = b""
        for key, value in data.items():
            if key.startswith(b"BODY[HEADER.FIELDS") and isinstance(value, bytes):
                headers = value
        types, names = describe_structure(data.get(b"BODYSTRUCTURE"))
        return Candidate(
            ref=MessageRef(account=self.name, folder=folder, uidvalidity=uidvalidity, uid=uid),
            headers=headers,
            content_types=types,
            filenames=names,
            size=int(data.get(b"RFC822.SIZE") or 0),
        )

    def _fetch_bodies(self, chosen: Sequence[Candidate]) -> dict[int, bytes]:
        """BODY.PEEK[] (never BODY[], which sets \\Seen) of every chosen message."""
        bodies: dict[int, bytes] = {}
        for chunk in self._body_chunks(chosen):
            for uid, data in self.client.fetch(chunk, ["BODY.PEEK[]"]).items():
                raw = data.get(b"BODY[]")
                if isinstance(raw, bytes):
                    bodies[int(uid)] = raw
        return bodies

    def _body_chunks(self, chosen: Sequence[Candidate]) -> Iterator[list[int]]:
        """UIDs grouped by count and total size: few round trips, bounded memory (and no
        [OVERQUOTA] from servers that cap one FETCH)."""
        chunk: list[int] = []
        chunk_bytes = 0
        for c in chosen:
            too_big = chunk_bytes + c.size > self.body_chunk_bytes
            if chunk and (len(chunk) >= self.body_chunk_count or too_big):
                yield chunk
                chunk, chunk_bytes = [], 0
            chunk.append(c.ref.uid)
            chunk_bytes += c.size
        if chunk:
            yield chunk

    def fetch(self, folder: str, uid: int) -> bytes:
        with self._guard(f"fetching message {uid} of {folder!r}"):
            self._examine(folder)
            data = self.client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
        raw = data.get(b"BODY[]")
        if not isinstance(raw, bytes):
            raise SourceError(
                f"message {uid} not found in {folder!r} (account {self.name}, {self._where})"
            )
        return raw

    # --- DraftFolder ---------------------------------------------------------------

    def drafts_folder_name(self) -> str:
        folder = self.account.drafts_folder or self._special_folders()[0]
        if folder is None:
            raise SourceError(
                f"no Drafts folder on IMAP server {self._where} (account {self.name}): no "
                f"folder has the \\Drafts special-use flag or is named Drafts; set drafts_folder"
            )
        return folder

    def sent_folder_name(self) -> str | None:
        return self.account.sent_folder or self._special_folders()[1]

    def _special_folders(self) -> tuple[str | None, str | None]:
        """(Drafts, Sent) found by RFC 6154 flag or well-known name; listed once."""
        if self._special is None:
            with self._guard("listing folders"):
                folders = list_folders(self.client)
            drafts = find_special(folders, b"\\Drafts", DRAFTS_NAMES)
            sent = find_special(folders, b"\\Sent", SENT_NAMES)
            self._log.info("imap.folders", drafts=drafts, sent=sent)
            self._special = (drafts, sent)
        return self._special

    def has_key(self, key: str) -> bool:
        folders = [self.drafts_folder_name()]
        sent = self.sent_folder_name()
        if sent and sent not in folders:
            folders.append(sent)
        for folder in folders:
            with self._guard(f"searching {folder!r} for a draft key"):
                self._examine(folder)
                if self.client.search(["HEADER", KEY_HEADER, key]):
                    return True
        return False

    def append_draft(self, message: bytes) -> int | None:
        folder = self.drafts_folder_name()
        with self._guard(f"appending a draft to {folder!r}"):
            # \Draft in the APPEND itself: adding it later duplicates the message on
            # some servers, and without it Outlook shows the draft as sent.
            response = self.client.append(folder, message, flags=DRAFT_FLAGS)
        uid = parse_appenduid(response)
        self._log.info("imap.draft_appended", folder=folder, uid=uid, size=len(message))
        return uid
