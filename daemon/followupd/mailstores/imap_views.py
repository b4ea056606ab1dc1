"""What one IMAP folder holds, learnt once per pass: `HeaderView`.

The look-before-append checks (has_message_id in Drafts and Sent, has_note in INBOX)
used to ask the server for every letter: EXAMINE, an unindexed SEARCH HEADER over the
whole folder, a FETCH. A view learns one header of a folder's messages once and then
answers from memory; what we append ourselves is added to it at once.

It stays right because a UID never changes meaning under one UIDVALIDITY (RFC 3501
§2.3.1.1). On its first use in a pass — and after a reconnect — it compares the
folder's UIDVALIDITY, UIDNEXT and EXISTS (from EXAMINE) with what it saw last time:

- another UIDVALIDITY (or a server that gives no UIDNEXT): everything is learnt again;
- a higher UIDNEXT: only the messages from the old UIDNEXT on are read (one command);
- messages gone (EXISTS lower than what it knows, or any change for a view of only
  the marked messages): the server is asked which known UIDs are still there and the
  others are forgotten — a draft the user deleted is no longer "there".

Nothing here changes a flag: EXAMINE, BODY.PEEK, SEARCH only.
"""

from __future__ import annotations

import email.policy
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from typing import Any, Protocol

import structlog
from imapclient import IMAPClient
from imapclient.response_parser import parse_fetch_response

from followupd.domain.words import quoted

_HEADERS = BytesHeaderParser(policy=email.policy.default)


@dataclass(frozen=True)
class FolderState:
    """A folder as EXAMINE described it."""

    uidvalidity: int
    uidnext: int  # 0: the server did not say
    exists: int


class Session(Protocol):
    """The connection a view uses (ImapMailbox)."""

    @property
    def client(self) -> IMAPClient: ...

    @property
    def generation(self) -> int:
        """Changes with every pass and every (re)connection."""
        ...

    def examine(self, folder: str, *, fresh: bool = True) -> FolderState: ...

    def guard(self, action: str) -> AbstractContextManager[None]: ...


# What a view keeps of a message: from the values of its field (unfolded, in order).
Values = Callable[[list[str]], tuple[str, ...]]
_UID = re.compile(rb"\bUID (\d+)", re.IGNORECASE)
_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_END_OF_HEADER = re.compile(rb"\r?\n\r?\n")


def header_block(data: dict[bytes, Any]) -> bytes:
    """The BODY[HEADER.FIELDS …] bytes of one FETCH response item."""
    block = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"")
    return block if isinstance(block, bytes) else b""


def parse_headers(raw: bytes) -> Message:
    """The header block of `raw` (a whole message or only its headers), parsed."""
    return _HEADERS.parsebytes(raw, headersonly=True)


def field_values(raw: bytes, field: str) -> list[str]:
    """The values of header `field` in `raw` (a header block or a whole message).

    A plain scan: the email package's parser costs ~100 µs a message, a tenth of a
    second per 1,000 — and a view of Sent reads all of them.
    """
    head = _END_OF_HEADER.split(raw, maxsplit=1)[0]
    name = field.lower().encode()
    found: list[str] = []
    for line in _FOLD.sub(b"", head).splitlines():
        key, colon, value = line.partition(b":")
        if colon and key.strip().lower() == name:
            found.append(value.decode("utf-8", "replace").strip())
    return found


def uid_set(uids: Iterable[int]) -> str:
    """UIDs as a compact IMAP sequence set: 1:4,7,9:10."""
    ordered = sorted(set(uids))
    runs: list[str] = []
    for start, end in _runs(ordered):
        runs.append(str(start) if start == end else f"{start}:{end}")
    return ",".join(runs)


def _runs(ordered: Sequence[int]) -> Iterator[tuple[int, int]]:
    if not ordered:
        return
    start = end = ordered[0]
    for uid in ordered[1:]:
        if uid == end + 1:
            end = uid
            continue
        yield start, end
        start = end = uid
    yield start, end


def fetch_blocks(client: IMAPClient, which: str, field: str) -> dict[int, bytes]:
    """UID → the `field` header block, by one UID FETCH of a sequence set such as `5:*`.

    (imapclient's fetch takes only UIDs it can list, and its general parser costs as
    much as the reading itself on 10,000 messages.) The usual reply — `* n FETCH (UID u
    BODY[HEADER.FIELDS (…)] {size}`, the literal, `)` — is read directly; any other
    shape (a quoted string, NIL, an unsolicited FETCH of flags) goes through
    imapclient's parser.
    """
    imap = client._imap
    tag = imap._command("UID", "FETCH", which, f"(BODY.PEEK[HEADER.FIELDS ({field.upper()})])")
    typ, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", typ, data)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    quick = _usual_blocks(data)
    if quick is not None:
        return quick
    parsed = parse_fetch_response(data, client.normalise_times, True)
    return {
        int(uid): header_block(found)
        for uid, found in parsed.items()
        if any(k.startswith(b"BODY[") for k in found)
    }


def _usual_blocks(data: Sequence[Any]) -> dict[int, bytes] | None:
    blocks: dict[int, bytes] = {}
    for part in data:
        if isinstance(part, tuple) and len(part) == 2:
            head, literal = part
            uid = _UID.search(head) if isinstance(head, bytes) else None
            if uid is None or not isinstance(literal, bytes) or b"BODY[" not in head.upper():
                return None
            blocks[int(uid.group(1))] = literal
        elif part != b")":
            return None
    return blocks


class HeaderView:
    """The values of one header (`field`) of a folder's messages, by UID.

    `marked_only`: only messages that carry the header at all are looked at, found by
    one `SEARCH HEADER field ""` (RFC 3501 §6.4.4: an empty string matches every
    message with that field) — for INBOX, where our notes are a few among thousands.
    Otherwise the field of every message is fetched (Drafts and Sent: a Message-ID
    costs some 80 bytes a message).
    """

    def __init__(
        self,
        folder: str,
        field: str,
        values: Values,
        *,
        marked_only: bool,
        log: Any = None,
    ) -> None:
        self.folder = folder
        self._log = log if log is not None else structlog.get_logger()
        self.field = field
        self.values = values
        self.marked_only = marked_only
        self._by_uid: dict[int, tuple[str, ...]] = {}
        self._index: dict[str, set[int]] = {}
        self._pending: set[str] = set()  # appended by us, UID not told (no UIDPLUS)
        self._state: FolderState | None = None
        self._checked = -1  # the session generation of the last check
        self.commands = 0  # IMAP commands spent learning (EXAMINE aside), for the log

    def holds(self, session: Session, value: str) -> bool:
        """True when a message whose `field` has `value` is in the folder."""
        self.refresh(session)
        return value in self._pending or bool(self._index.get(value))

    def added(self, uid: int | None, raw: bytes) -> None:
        """We appended `raw` (under `uid` when the server said): it is there now."""
        if self._state is None:
            return  # never learnt: the first refresh will see it
        values = self.values(field_values(raw, self.field))
        if uid is None:
            self._pending.update(values)
        else:
            self._add(uid, values)

    def refresh(self, session: Session) -> None:
        if self._checked == session.generation:
            return
        started, commands = time.monotonic(), self.commands
        with session.guard(f"looking into {quoted(self.folder)}"):
            state = session.examine(self.folder, fresh=False)
            old = self._state
            # Our pending appends have UIDs from old.uidnext on: learnt again below.
            self._pending.clear()
            renewed = (
                old is None
                or old.uidvalidity != state.uidvalidity
                or not old.uidnext
                or not state.uidnext
            )
            if renewed:
                self._state = None  # should the reading fail: nothing known, not half
                self._by_uid.clear()
                self._index.clear()
                self._learn(session, 1, state)
            else:
                assert old is not None
                if state.uidnext > old.uidnext:
                    self._learn(session, old.uidnext, state)
                if self._may_have_lost(old, state):
                    self._prune(session)
        self._state = state
        self._checked = session.generation
        if self.commands > commands:
            self._log.info(
                "imap.folder_looked_at",
                folder=self.folder,
                field=self.field,
                known=len(self._by_uid),
                commands=self.commands - commands,
                seconds=round(time.monotonic() - started, 3),
            )

    def _may_have_lost(self, old: FolderState, state: FolderState) -> bool:
        if not self.marked_only:
            # Every message is known: a count that differs means some went (or, after
            # a failed read, some are missing).
            return len(self._by_uid) != state.exists
        return bool(self._by_uid) and (old.exists, old.uidnext) != (state.exists, state.uidnext)

    def _learn(self, session: Session, start: int, state: FolderState) -> None:
        if state.exists == 0:
            return
        client = session.client
        if self.marked_only:
            self.commands += 1
            found = client.search(["UID", f"{start}:*", "HEADER", self.field, ""])
            # `UID n:*` always matches the last message, even when n is past the end.
            uids = [int(u) for u in found if int(u) >= start]
            if uids:
                self._fetch(client, uid_set(uids), start)
        else:
            self._fetch(client, f"{start}:*", start)

    def _fetch(self, client: IMAPClient, which: str, start: int) -> None:
        self.commands += 1
        for uid, block in fetch_blocks(client, which, self.field).items():
            if uid >= start:
                self._add(uid, self.values(field_values(block, self.field)))

    def _prune(self, session: Session) -> None:
        client = session.client
        known = set(self._by_uid)
        self.commands += 1
        if self.marked_only:
            present = {int(u) for u in client.search(["UID", uid_set(known)])}
        else:
            present = {int(u) for u in client.search(["ALL"])}
            missing = present - known
            if missing:
                self._fetch(client, uid_set(missing), 1)
        for uid in known - present:
            for value in self._by_uid.pop(uid, ()):
                self._index.get(value, set()).discard(uid)

    def _add(self, uid: int, values: tuple[str, ...]) -> None:
        for value in self._by_uid.get(uid, ()):
            self._index.get(value, set()).discard(uid)
        self._by_uid[uid] = values
        for value in values:
            self._index.setdefault(value, set()).add(uid)
