"""A local Maildir++ tree as a mail account: `MaildirMailbox` (MailReader and DraftFolder).

Layout as Dovecot writes it: the root folder is INBOX, every other folder is a
`.Name` subfolder of the root (`Work/Jobs` → `.Work.Jobs`), each with tmp/, new/
and cur/. Existing messages are only read: files are opened directly, never
renamed from new/ to cur/ and never given flags (the stdlib `mailbox` module is
used only to create a missing Drafts folder).

UIDs: Maildir has none. Each message gets its position in the folder sorted by
(delivery time from the file name, unique name) — stable while a folder only
grows, which is what a local demo or archive Maildir does. UIDVALIDITY is a hash
of the folder's path. A folder that shrank below the stored cursor is read again
from `since` (`resynced`); a deletion followed by as many deliveries is not
noticed. Good enough for the demo and for local Maildirs; servers go through IMAP.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
import socket
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from itertools import count
from pathlib import Path
from types import TracebackType
from typing import Self

import structlog

from followupd.compose.letter_id import is_sent_copy, same_message_id
from followupd.config import MaildirAccount
from followupd.domain.errors import SourceError
from followupd.domain.model import MessageRef
from followupd.domain.ports import Candidate, Cursor, Fetched, FolderBatch, LetterTrace, Wanted
from followupd.domain.words import quoted
from followupd.mailstores.structure import parts
from followupd.understand.mime import decode_words

KEY_HEADER = "X-Followupd-Key"  # notes to the user only
_HEADERS = BytesHeaderParser(policy=email.policy.default)
_DATE = re.compile(rb"^date:(.*)", re.IGNORECASE | re.MULTILINE)  # its first line suffices
DRAFT_INFO = ":2,DS"  # Maildir flags: Draft, Seen (sorted, as the spec wants)
_counter = count()


@dataclass(frozen=True)
class _Entry:
    key: str  # the unique part of the file name (before ":2,flags")
    path: Path
    delivered: int  # seconds since the epoch, from the file name (else mtime)


class MaildirMailbox:
    """MailReader and DraftFolder over a local Maildir++ tree (read-only on existing mail)."""

    def __init__(self, name: str, account: MaildirAccount, *, batch_size: int = 500) -> None:
        self.name = name
        self.account = account
        self.root = account.path.expanduser()
        self.batch_size = batch_size
        self._log = structlog.get_logger().bind(account=name)

    # Nothing to open; the methods exist so both backends are used the same way.
    def connect(self) -> Self:
        return self

    def close(self) -> None:
        pass

    def begin_pass(self) -> None:
        """A new pass: nothing to forget, every look reads the folder (as ImapMailbox's)."""

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- folders -------------------------------------------------------------------

    def folder_path(self, folder: str) -> Path:
        """The directory of a folder: INBOX is the root, others `.Name` (`/` → `.`)."""
        name = folder.strip()
        if name.upper() == "INBOX":
            return self.root
        for prefix in ("INBOX.", "INBOX/", "inbox.", "inbox/"):
            if name.startswith(prefix):
                name = name[len(prefix) :]
        if not name.startswith("."):
            name = "." + name.replace("/", ".")
        return self.root / name

    def _existing(self, folder: str) -> Path:
        path = self.folder_path(folder)
        if not (path / "cur").is_dir() or not (path / "new").is_dir():
            raise SourceError(
                f"folder {quoted(folder)} not found in Maildir {self.root} (account {self.name}): "
                f"{path} has no cur/ and new/"
            )
        return path

    @staticmethod
    def uidvalidity(path: Path) -> int:
        return zlib.crc32(str(path.resolve()).encode()) or 1

    def _entries(self, path: Path) -> list[_Entry]:
        entries: list[_Entry] = []
        for sub in ("new", "cur"):
            with os.scandir(path / sub) as it:
                for item in it:
                    if item.name.startswith(".") or not item.is_file():
                        continue
                    key = item.name.split(":", 1)[0]
                    head = key.split(".", 1)[0]
                    delivered = int(head) if head.isdigit() else int(item.stat().st_mtime)
                    entries.append(_Entry(key=key, path=Path(item.path), delivered=delivered))
        entries.sort(key=lambda e: (e.delivered, e.key))
        return entries

    # --- MailReader ----------------------------------------------------------------

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        path = self._existing(folder)
        uidvalidity = self.uidvalidity(path)
        entries = self._entries(path)
        resynced = cursor is not None and (
            cursor.uidvalidity != uidvalidity or cursor.last_uid > len(entries)
        )
        numbered = list(enumerate(entries, start=1))
        if cursor is None or resynced:
            chosen = [(uid, e) for uid, e in numbered if self._date(e) >= since]
        else:
            chosen = [(uid, e) for uid, e in numbered if uid > cursor.last_uid]
        if resynced:
            self._log.warning("maildir.resync", folder=folder)
        if not chosen:
            if cursor is None or resynced:
                yield FolderBatch(
                    folder=folder, cursor=Cursor(uidvalidity, len(entries)), resynced=resynced
                )
            return
        for start in range(0, len(chosen), self.batch_size):
            chunk = chosen[start : start + self.batch_size]
            messages: list[Fetched] = []
            for uid, entry in chunk:
                raw = _read(entry)
                if raw is None:
                    continue  # removed by another program since the listing
                ref = MessageRef(account=self.name, folder=folder, uidvalidity=uidvalidity, uid=uid)
                candidate = candidate_of(ref, raw)
                messages.append(
                    Fetched(ref=ref, raw=raw if wanted(candidate) else None, candidate=candidate)
                )
            self._log.info(
                "maildir.batch",
                folder=folder,
                uids=len(chunk),
                wanted=sum(m.raw is not None for m in messages),
            )
            yield FolderBatch(
                folder=folder,
                messages=messages,
                cursor=Cursor(uidvalidity, chunk[-1][0]),
                resynced=resynced,
                total=len(chosen),
            )

    def _date(self, entry: _Entry) -> date:
        """The Date header's day, else the delivery day."""
        header = _read_header(entry.path)
        if header:
            found = _DATE.search(header)  # not the email parser: this runs on every file
            if found:
                try:
                    value = found.group(1).decode("ascii", "replace").strip()
                    return parsedate_to_datetime(value).date()
                except (TypeError, ValueError):
                    pass
        return datetime.fromtimestamp(entry.delivered, UTC).date()

    def fetch(self, folder: str, uid: int) -> bytes:
        entries = self._entries(self._existing(folder))
        raw = _read(entries[uid - 1]) if 0 < uid <= len(entries) else None
        if raw is None:
            raise SourceError(
                f"message {uid} not found in {quoted(folder)} (account {self.name}, {self.root})"
            )
        return raw

    # --- DraftFolder ---------------------------------------------------------------

    def drafts_folder_name(self) -> str:
        return self.account.drafts_folder or "Drafts"

    def sent_folder_name(self) -> str:
        return self.account.sent_folder or "Sent"

    def has_message_id(self, message_id: str) -> bool:
        """A message with this Message-ID in Drafts or Sent: looked for before every append."""
        return any(
            self._holds(folder, message_id.encode(), lambda h: same_message_id(h, message_id))
            for folder in (self.drafts_folder_name(), self.sent_folder_name())
        )

    def locate_letter(self, trace: LetterTrace) -> str:
        """Where our draft is now: "drafts", "sent" or "gone" (as ImapMailbox says)."""
        mid = trace.message_id
        drafts, sent = self.drafts_folder_name(), self.sent_folder_name()
        if self._holds(drafts, mid.encode(), lambda h: same_message_id(h, mid)):
            return "drafts"
        if self._holds(sent, mid.encode(), lambda h: same_message_id(h, mid)):
            return "sent"
        if self._holds(sent, b"", lambda h: is_sent_copy(trace, h)):
            return "sent"
        if self._holds(drafts, b"", lambda h: is_sent_copy(trace, h)):
            return "drafts"
        return "gone"

    def _holds(self, folder: str, needle: bytes, match: Callable[[Message], bool]) -> bool:
        path = self.folder_path(folder)
        if not (path / "cur").is_dir():
            return False
        for entry in self._entries(path):
            header = _read_header(entry.path)
            if header is None or needle not in header:
                continue
            if match(_HEADERS.parsebytes(header)):
                return True
        return False

    def _holds_key(self, folder: str, key: str) -> bool:
        needle = key.encode()
        path = self.folder_path(folder)
        if not (path / "cur").is_dir():
            return False
        for entry in self._entries(path):
            header = _read_header(entry.path)
            if header is None or needle not in header:
                continue
            values = BytesHeaderParser().parsebytes(header).get_all(KEY_HEADER) or []
            if any(str(v).strip() == key for v in values):
                return True
        return False

    def append_draft(self, message: bytes) -> int | None:
        target = self._deliver(self._drafts_path(), message, DRAFT_INFO)
        self._log.info("maildir.draft_appended", folder=self.drafts_folder_name(), file=target.name)
        return None

    # --- NoteFolder (reminders into INBOX) -----------------------------------------

    def has_note(self, key: str) -> bool:
        return self._holds_key("INBOX", key)

    def append_note(self, message: bytes) -> int | None:
        # Unread and flagged: a note the user should see.
        target = self._deliver(self.folder_path("INBOX"), message, ":2,F")
        self._log.info("maildir.note_appended", file=target.name)
        return None

    @staticmethod
    def _deliver(path: Path, message: bytes, info: str) -> Path:
        unique = unique_name()
        tmp = path / "tmp" / unique
        # Maildir files use bare LF; write to tmp/, then rename into cur/ (atomic).
        with tmp.open("xb") as fh:
            fh.write(message.replace(b"\r\n", b"\n"))
            fh.flush()
            os.fsync(fh.fileno())
        target = path / "cur" / f"{unique}{info}"
        os.rename(tmp, target)
        return target

    def _drafts_path(self) -> Path:
        path = self.folder_path(self.drafts_folder_name())
        if not (path / "cur").is_dir():
            try:
                root = mailbox.Maildir(self.root, create=False)
                if path.parent == self.root and path.name.startswith("."):
                    root.add_folder(path.name[1:])  # Maildir++: .Name with maildirfolder
                else:
                    for sub in ("tmp", "new", "cur"):
                        (path / sub).mkdir(parents=True, exist_ok=True)
            except (OSError, mailbox.Error) as exc:
                raise SourceError(
                    f"cannot create the Drafts folder {path} (account {self.name}): {exc}"
                ) from None
            self._log.info("maildir.drafts_created", path=str(path))
        return path


def unique_name() -> str:
    """The classic Maildir unique name: time.M<microseconds>P<pid>Q<counter>.host.

    Zero-padded microseconds keep names of the same second in delivery order, which
    is the order the stable numbering of this module relies on.
    """
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    micro = int((now % 1) * 1_000_000)
    return f"{int(now)}.M{micro:06d}P{os.getpid()}Q{next(_counter)}.{host}"


def _read(entry: _Entry) -> bytes | None:
    """The file's bytes; follows a rename new/ → cur/ by another program. (The folder
    is listed only when the file is not where the listing saw it: listing it for every
    message made a first read of a large Maildir quadratic.)"""
    try:
        return entry.path.read_bytes()
    except FileNotFoundError:
        pass
    for path in _renamed(entry):
        try:
            return path.read_bytes()
        except FileNotFoundError:
            continue
    return None


def _renamed(entry: _Entry) -> list[Path]:
    folder = entry.path.parent.parent
    found: list[Path] = []
    for sub in ("cur", "new"):
        try:
            names = os.listdir(folder / sub)
        except FileNotFoundError:
            continue
        found += [
            folder / sub / n for n in names if n == entry.key or n.startswith(entry.key + ":")
        ]
    return found


def _read_header(path: Path) -> bytes | None:
    """The header block (up to the first empty line), without reading the body."""
    lines: list[bytes] = []
    try:
        with path.open("rb") as fh:
            for line in fh:
                if line in (b"\n", b"\r\n"):
                    break
                lines.append(line)
    except FileNotFoundError:
        return None
    return b"".join(lines)


def candidate_of(ref: MessageRef, raw: bytes) -> Candidate:
    """What the selector sees of a whole message: its headers and its parts' types."""
    ends = [i + len(sep) for sep in (b"\n\n", b"\r\n\r\n") if (i := raw.find(sep)) != -1]
    headers = raw[: min(ends)] if ends else raw
    types: list[str] = []
    names: list[str] = []
    for part in parts(raw):
        types.append(part.get_content_type().lower())
        filename = part.get_filename()
        if filename:
            names.append(decode_words(str(filename)).lower())
    return Candidate(
        ref=ref,
        headers=headers,
        content_types=tuple(types),
        filenames=tuple(dict.fromkeys(names)),
        size=len(raw),
    )
