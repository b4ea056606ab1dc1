"""The interfaces between the core and the edges (mail stores), as Protocols.

A mail account is read through `MailReader` and written only through
`DraftFolder` (append a new draft; never touch an existing message). IMAP and
Maildir both implement them; the service wires them, and sources and sinks
never import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from followupd.domain.model import MessageRef


@dataclass(frozen=True)
class Cursor:
    """How far a folder has been read. UIDs only mean something under their UIDVALIDITY."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Candidate:
    """What is known of a message before its body is fetched (headers and structure)."""

    ref: MessageRef
    headers: bytes  # the raw header block (selected fields on IMAP, all on Maildir)
    content_types: tuple[str, ...] = ()  # lower-case MIME types of every part
    filenames: tuple[str, ...] = ()  # attachment file names, lower-cased
    size: int = 0

    def has_calendar(self) -> bool:
        return any(t in ("text/calendar", "application/ics") for t in self.content_types) or any(
            n.endswith((".ics", ".vcs")) for n in self.filenames
        )


@dataclass(frozen=True)
class Fetched:
    """A message read in full (or only its headers when it was not wanted)."""

    ref: MessageRef
    raw: bytes | None  # None: headers looked at, body not needed
    candidate: Candidate


@dataclass
class FolderBatch:
    """One batch of a folder read: the messages and the cursor to store after handling them."""

    folder: str
    messages: list[Fetched] = field(default_factory=list)
    cursor: Cursor | None = None
    resynced: bool = False  # UIDVALIDITY changed: the folder was read again from scratch
    total: int = 0  # how many messages this read of the folder looks at, all batches (progress)


Wanted = Callable[[Candidate], bool]


class MailReader(Protocol):
    """Read-only access to the watched folders of one account."""

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        """Yield batches of messages newer than `cursor` (or since `since` on a first read).

        Never changes a flag, moves or deletes anything. Bodies are fetched (with
        BODY.PEEK on IMAP) only for candidates where `wanted` is true.
        """
        ...

    def fetch(self, folder: str, uid: int) -> bytes:
        """The full raw message (for explain)."""
        ...


@dataclass(frozen=True)
class LetterTrace:
    """What identifies one draft we wrote, wherever it is now (Drafts, Sent): its
    Message-ID, and what a sent copy under a new Message-ID still has."""

    message_id: str
    to: tuple[str, ...]  # the intended recipients' addresses
    subject: str
    in_reply_to: str = ""
    written: date | None = None  # the day it was written: a sent copy is not older


class DraftFolder(Protocol):
    """The account's Drafts folder, write-once: append a draft, look for a Message-ID."""

    def has_message_id(self, message_id: str) -> bool:
        """True when a message with this Message-ID is in Drafts or Sent."""
        ...

    def append_draft(self, message: bytes) -> int | None:
        """Append with the \\Draft flag; return the new UID when the server tells it."""
        ...

    def drafts_folder_name(self) -> str: ...

    def locate_letter(self, trace: LetterTrace) -> str:
        """Where this draft is now: "drafts", "sent" or "gone" (compose/letter_id.py
        says how a sent copy under a new Message-ID is known)."""
        ...


class NoteFolder(Protocol):
    """The user's INBOX, for reminders: the only place besides Drafts followupd adds to."""

    def has_note(self, key: str) -> bool:
        """True when a note carrying `X-Followupd-Key: key` is already in INBOX."""
        ...

    def append_note(self, message: bytes) -> int | None:
        """Append to INBOX with the \\Flagged flag (unread); return the new UID if known."""
        ...
