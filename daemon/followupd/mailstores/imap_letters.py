"""The writing side of one IMAP account: Drafts, Sent and the notes in INBOX.

`ImapLetters` implements `DraftFolder` and `NoteFolder` (followupd.domain.ports) for
ImapMailbox, on its connection. What it promises:

- Drafts are APPENDed with `(\\Draft \\Seen)` in the same command to the folder with
  the RFC 6154 `\\Drafts` flag; notes to INBOX with `\\Flagged` (unread). The
  APPENDUID (UIDPLUS) is returned. Where the server offers LITERAL+ (RFC 7888) the
  message follows the command without waiting for the server's go-ahead: one round
  trip per append instead of two. `append_drafts` (optional for callers) puts several
  drafts in one MULTIAPPEND (RFC 3502) where offered.
- Look before append answers from what the folder holds, learnt once per pass
  (imap_views.HeaderView): the Message-IDs of Drafts and Sent, the X-Followupd-Key of
  the notes in INBOX. Delivering N letters costs a few commands plus one APPEND
  each, not N EXAMINEs and SEARCHes.
- Nothing existing is changed: EXAMINE, BODY.PEEK and SEARCH only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import timedelta
from email.message import Message
from typing import Any

import structlog

from followupd.compose.letter_id import ids_in, is_sent_copy
from followupd.config import ImapAccount
from followupd.domain.errors import SourceError
from followupd.domain.ports import LetterTrace
from followupd.domain.words import quoted
from followupd.mailstores.imap_views import HeaderView, Session, header_block, parse_headers
from followupd.mailstores.imapconn import DRAFTS_NAMES, SENT_NAMES, find_special, list_folders

KEY_HEADER = "X-Followupd-Key"  # notes to the user only
LETTER_FIELDS = "MESSAGE-ID DATE TO CC SUBJECT IN-REPLY-TO REFERENCES"
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
NOTE_FLAGS = (b"\\Flagged",)
INBOX = "INBOX"
# One MULTIAPPEND at most (servers may limit the size of a command).
MULTIAPPEND_COUNT = 50
MULTIAPPEND_BYTES = 8 * 1024 * 1024


def message_ids(values: list[str]) -> tuple[str, ...]:
    """The ids in a message's (first) Message-ID header, as same_message_id reads it."""
    return tuple(ids_in(values[0])) if values else ()


def note_keys(values: list[str]) -> tuple[str, ...]:
    return tuple(values)


class ImapLetters:
    """DraftFolder and NoteFolder on an ImapMailbox's connection (`session`)."""

    def __init__(
        self,
        session: Session,
        append: Callable[[str, Sequence[bytes], tuple[bytes, ...]], list[int | None]],
        name: str,
        account: ImapAccount,
        where: str,
    ) -> None:
        self.session = session
        self._append = append
        self.name = name
        self.account = account
        self._where = where
        self._special: tuple[str | None, str | None] | None = None
        self._views: dict[str, HeaderView] = {}
        self._log = structlog.get_logger().bind(account=name)

    # --- folders -------------------------------------------------------------------

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
            with self.session.guard("listing folders"):
                folders = list_folders(self.session.client)
            drafts = find_special(folders, b"\\Drafts", DRAFTS_NAMES)
            sent = find_special(folders, b"\\Sent", SENT_NAMES)
            self._log.info("imap.folders", drafts=drafts, sent=sent)
            self._special = (drafts, sent)
        return self._special

    def _letter_folders(self) -> list[str]:
        drafts, sent = self.drafts_folder_name(), self.sent_folder_name()
        return [drafts] + ([sent] if sent and sent != drafts else [])

    def _view(self, folder: str, *, notes: bool = False) -> HeaderView:
        key = f"{'notes' if notes else 'ids'}:{folder}"
        view = self._views.get(key)
        if view is None:
            if notes:
                view = HeaderView(folder, KEY_HEADER, note_keys, marked_only=True, log=self._log)
            else:
                view = HeaderView(
                    folder, "Message-ID", message_ids, marked_only=False, log=self._log
                )
            self._views[key] = view
        return view

    # --- DraftFolder ---------------------------------------------------------------

    def has_message_id(self, message_id: str) -> bool:
        """A message with this Message-ID in Drafts or Sent: looked for before every append."""
        return any(self._view(f).holds(self.session, message_id) for f in self._letter_folders())

    def locate_letter(self, trace: LetterTrace) -> str:
        """Where our draft is now: "drafts", "sent" or "gone".

        By its Message-ID first; then a sent copy under a new Message-ID (the same
        thread, recipients and subject) in Sent, then in Drafts (a draft the user saved
        again under a new one)."""
        drafts, sent = self.drafts_folder_name(), self.sent_folder_name()
        if sent == drafts:
            sent = None
        if self._view(drafts).holds(self.session, trace.message_id):
            return "drafts"
        if sent and self._view(sent).holds(self.session, trace.message_id):
            return "sent"
        criteria = _copy_criteria(trace)
        if sent and self._find(sent, criteria, lambda h: is_sent_copy(trace, h)):
            return "sent"
        if self._find(drafts, criteria, lambda h: is_sent_copy(trace, h)):
            return "drafts"
        return "gone"

    def _find(self, folder: str, criteria: list[Any], match: Callable[[Message], bool]) -> bool:
        """True when a message found by SEARCH `criteria` in `folder` has headers that
        `match` (SEARCH HEADER matches a substring, RFC 3501 6.4.4: the whole value is
        compared here)."""
        with self.session.guard(f"searching {quoted(folder)} for a draft"):
            self.session.examine(folder, fresh=False)
            client = self.session.client
            uids = client.search(criteria)
            if not uids:
                return False
            found = client.fetch(uids[-50:], [f"BODY.PEEK[HEADER.FIELDS ({LETTER_FIELDS})]"])
        return any(match(parse_headers(header_block(data))) for data in found.values())

    def append_draft(self, message: bytes) -> int | None:
        return self.append_drafts([message])[0]

    def append_drafts(self, messages: Sequence[bytes]) -> list[int | None]:
        """Append several drafts; their UIDs (None where the server does not say), in
        order. With MULTIAPPEND (RFC 3502) a batch is one command — with LITERAL+ one
        round trip — stored whole or not at all; otherwise one APPEND each. A failure
        raises after the batches before it were stored (and are known as there)."""
        folder = self.drafts_folder_name()
        uids: list[int | None] = []
        for batch in self._batches(messages):
            with self.session.guard(f"appending a draft to {quoted(folder)}"):
                # \Draft in the APPEND itself: adding it later duplicates the message on
                # some servers, and without it Outlook shows the draft as sent.
                got = self._append(folder, batch, DRAFT_FLAGS)
            for uid, message in zip(got, batch, strict=True):
                self._view(folder).added(uid, message)
                self._log.info("imap.draft_appended", folder=folder, uid=uid, size=len(message))
            uids.extend(got)
        return uids

    def _batches(self, messages: Sequence[bytes]) -> Iterator[list[bytes]]:
        with self.session.guard("reading the server's capabilities"):
            multi = self.session.client.has_capability("MULTIAPPEND")
        batch: list[bytes] = []
        size = 0
        for message in messages:
            full = len(batch) >= (MULTIAPPEND_COUNT if multi else 1)
            if batch and (full or size + len(message) > MULTIAPPEND_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(message)
            size += len(message)
        if batch:
            yield batch

    # --- NoteFolder (reminders into INBOX) -----------------------------------------

    def has_note(self, key: str) -> bool:
        return self._view(INBOX, notes=True).holds(self.session, key)

    def append_note(self, message: bytes) -> int | None:
        """APPEND to INBOX, unread and \\Flagged: a note the user should see. (A watcher
        of INBOX sees it arrive like any new mail.)"""
        with self.session.guard("appending a note to 'INBOX'"):
            (uid,) = self._append(INBOX, [message], NOTE_FLAGS)
        self._view(INBOX, notes=True).added(uid, message)
        self._log.info("imap.note_appended", folder=INBOX, uid=uid, size=len(message))
        return uid


def _copy_criteria(trace: LetterTrace) -> list[Any]:
    """SEARCH criteria that find every candidate for a copy of the letter under another
    Message-ID (narrowed on the server; `is_sent_copy` decides)."""
    since: list[Any] = [] if trace.written is None else ["SINCE", trace.written - timedelta(days=1)]
    if trace.in_reply_to:
        thread = ["HEADER", "In-Reply-To", trace.in_reply_to, "HEADER", "References"]
        return [*since, "OR", *thread, trace.in_reply_to]
    if trace.to:
        return [*since, "TO", trace.to[0]]
    return [*since, "ALL"]
