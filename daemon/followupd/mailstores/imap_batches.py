"""The FETCHes of one batch of a read: `BatchReader`, on an ImapMailbox's connection.

Per batch of UIDs: one FETCH of structure, size and selected headers (read by
fetchreply.parse_fetch), then one FETCH of BODY.PEEK[] for the wanted messages
(chunked by count and size): no per-message round trips. While the caller
understands a batch, the next batch's first FETCH is already sent (`send_ahead`):
the server prepares it meanwhile, and its reply is read when that batch's turn comes
— or, before any other command, by `settle` (ImapMailbox calls it on every use of
the connection), so commands never interleave. A reply that cannot be read then is
forgotten with the connection, and the batch is fetched again in its turn.

One message never blocks its neighbours: when a batch's reply cannot be read, the
batch is fetched message by message, and a message whose structure cannot be read is
read without it (and logged as failed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from followupd.domain.model import MessageRef
from followupd.domain.ports import Candidate, Fetched, Wanted
from followupd.mailstores.fetchreply import fetch, read_fetch, send_fetch
from followupd.mailstores.imapconn import describe_structure, server_text

HEADER_FIELDS = (
    "FROM TO CC REPLY-TO SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES "
    "AUTO-SUBMITTED PRECEDENCE LIST-ID CONTENT-TYPE"
)
CANDIDATE_ITEMS = ["BODYSTRUCTURE", "RFC822.SIZE", f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"]
# The same without BODYSTRUCTURE: for a message whose structure cannot be read.
LEAN_ITEMS = ["RFC822.SIZE", f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"]

Reply = dict[int, dict[bytes, Any]]


class ReadSession(Protocol):
    """What the reader needs of its mailbox."""

    name: str

    @property
    def client(self) -> IMAPClient: ...

    def reopen(self, folder: str) -> None:
        """A fresh connection with `folder` examined again (UIDVALIDITY checked)."""
        ...


class BatchReader:
    def __init__(
        self,
        session: ReadSession,
        log: Any,
        *,
        body_chunk_count: int,
        body_chunk_bytes: int,
    ) -> None:
        self.session = session
        self._log = log
        self.body_chunk_count = body_chunk_count
        self.body_chunk_bytes = body_chunk_bytes
        self._ahead: tuple[bytes, tuple[int, ...]] | None = None  # the FETCH in flight
        self._ready: tuple[tuple[int, ...], Reply] | None = None  # its reply, read

    # --- the next batch's FETCH, in flight -----------------------------------------

    def send_ahead(self, client: IMAPClient, uids: Sequence[int]) -> None:
        """Send the candidate FETCH of `uids` now; its reply is read in its turn. (The
        caller got `client` from the session, which settled what was in flight.)"""
        self._ready = None
        self._ahead = (send_fetch(client, uids, CANDIDATE_ITEMS), tuple(uids))

    def settle(self, client: IMAPClient, drop: Callable[[], None]) -> None:
        """Read the reply of the FETCH in flight, if any, before another command. If it
        cannot be read, the connection is dropped (`drop`) and the batch fetched again
        in its turn."""
        ahead, self._ahead = self._ahead, None
        if ahead is None:
            return
        tag, uids = ahead
        try:
            self._ready = (uids, read_fetch(client, tag, uids))
        except (OSError, IMAPClientError) as exc:
            self._log.info("imap.ahead_dropped", uids=len(uids), reason=server_text(exc))
            drop()

    def forget(self) -> None:
        """The connection is gone: nothing is in flight any more."""
        self._ahead = self._ready = None

    # --- one batch -----------------------------------------------------------------

    def read_batch(
        self, folder: str, uidvalidity: int, uids: Sequence[int], wanted: Wanted
    ) -> list[Fetched]:
        response = self._candidates(folder, uids)
        candidates: list[Candidate] = []
        for uid in uids:
            data = response.get(uid)
            if data is None:
                continue  # expunged between SEARCH and FETCH
            candidates.append(self._candidate(folder, uidvalidity, uid, data))
        chosen = [c for c in candidates if wanted(c)]
        chosen_uids = {c.ref.uid for c in chosen}
        bodies = self._bodies(chosen)
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

    def _candidates(self, folder: str, uids: Sequence[int]) -> Reply:
        """Structure, size and headers of `uids`: the reply read ahead, or one FETCH, or —
        when one message's reply cannot be read — message by message.

        imaplib refuses any response line over 1,000,000 bytes (`_MAXLINE`); a message of
        thousands of MIME parts has a BODYSTRUCTURE longer than that, and anyone can send
        one. After such a refusal the connection is out of step with the server, so it is
        dropped and opened again before the next command.
        """
        client = self.session.client  # settles a FETCH in flight first
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] == tuple(uids):
            return ready[1]
        try:
            return fetch(client, uids, CANDIDATE_ITEMS)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            if len(uids) == 1:
                return self._lean(folder, uids[0], server_text(exc))
            self._log.warning(
                "imap.batch_failed",
                folder=folder,
                first=uids[0],
                last=uids[-1],
                reason=server_text(exc),
            )
            self.session.reopen(folder)
        found: Reply = {}
        for uid in uids:
            try:
                found.update(fetch(self.session.client, [uid], CANDIDATE_ITEMS))
            except IMAPClientAbortError:
                raise
            except IMAPClientError as exc:
                found.update(self._lean(folder, uid, server_text(exc)))  # it reconnects first
        return found

    def _lean(self, folder: str, uid: int, reason: str) -> Reply:
        """Size and headers only, for a message whose structure could not be read; the
        message is logged as failed and never stops the read."""
        self._log.warning(
            "mail.failed",
            folder=folder,
            uid=uid,
            reason=f"its MIME structure could not be read ({reason}); read without it",
        )
        self.session.reopen(folder)
        try:
            return fetch(self.session.client, [uid], LEAN_ITEMS)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            self._log.warning(
                "mail.failed",
                folder=folder,
                uid=uid,
                reason=f"it could not be read: {server_text(exc)}",
            )
            self.session.reopen(folder)
            return {}

    def _candidate(
        self, folder: str, uidvalidity: int, uid: int, data: dict[bytes, Any]
    ) -> Candidate:
        headers = b""
        for key, value in data.items():
            if key.startswith(b"BODY[HEADER.FIELDS") and isinstance(value, bytes):
                headers = value
        types, names = describe_structure(data.get(b"BODYSTRUCTURE"))
        return Candidate(
            ref=MessageRef(
                account=self.session.name, folder=folder, uidvalidity=uidvalidity, uid=uid
            ),
            headers=headers,
            content_types=types,
            filenames=names,
            size=int(data.get(b"RFC822.SIZE") or 0),
        )

    def _bodies(self, chosen: Sequence[Candidate]) -> dict[int, bytes]:
        """BODY.PEEK[] (never BODY[], which sets \\Seen) of every chosen message."""
        bodies: dict[int, bytes] = {}
        for chunk in self._body_chunks(chosen):
            for uid, data in fetch(self.session.client, chunk, ["BODY.PEEK[]"]).items():
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
