"""The FETCH every message of a read gets, read fast, and sent ahead of its turn.

imapclient reads a FETCH reply with a lexer that walks it byte by byte in Python; for
the structure, size and header fields of 10,000 messages that is a second or more of
a first sync. `parse_fetch` reads the same reply (imaplib's records: a line, or a line
ending in a literal's `{n}` marker paired with the literal) with one regex pass and
json.loads, which builds the nesting in C, and gives exactly what imapclient's
`parse_fetch_response` gives: keyed by UID, each value a dict of upper-cased item
names with b"SEQ", a BODYSTRUCTURE as imapclient's BodyData.

Anything it does not expect — a character imapclient treats specially, an escape
other than \\" and \\\\ in a quoted string, a literal that does not match its marker,
unbalanced parentheses, an item imapclient converts (INTERNALDATE, ENVELOPE) — raises
FetchSyntax inside, and imapclient's own parser reads that reply: the fast path never
guesses.

`send_fetch` and `read_fetch` split one UID FETCH in two (RFC 3501 §5.5 lets a client
send a command before the last one's reply is read): the reader sends the next batch's
FETCH before the caller understands this batch, so the server prepares it meanwhile.
One command at most is in flight, and nothing else is sent until its reply is read
(ImapMailbox settles it before any other command).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import ProtocolError
from imapclient.response_parser import parse_fetch_response
from imapclient.response_types import BodyData

__all__ = ["FetchSyntax", "fetch", "parse_fetch", "read_fetch", "send_fetch"]

# One token after optional whitespace: "(", ")", a quoted string, or an atom (which may
# hold a [section] with spaces and parentheses, as BODY[HEADER.FIELDS (FROM TO)] does).
# imapclient ends an atom at SP ( ) % " [ (the last one opening a section) and at
# control characters; DEL and % are left to its parser.
_TOKEN = re.compile(
    r'(([ \t\r\n]*)(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|((?:[^\x00-\x1f\x7f ()%"\[]|\[[^\]]*\])+)))',
    re.DOTALL,
)
_LITERAL = re.compile(rb"\{(\d+)\}\Z")
_ESCAPE = re.compile(r"\\.", re.DOTALL)  # pairs, left to right, as the token holds them
_SPACE = " \t\r\n"


class FetchSyntax(ValueError):
    """A FETCH reply the fast reader does not read (imapclient's parser then does)."""


def _as_json(records: Iterable[Any], literals: list[bytes]) -> str:
    """The reply as one JSON array, token by token: "(" and ")" become "[" and "]", NIL
    null, numbers numbers, atoms and quoted strings JSON strings. A literal becomes a
    negative number, its index + 1: no IMAP token is one."""
    parts: list[str] = []
    for record in records:
        if isinstance(record, tuple) and len(record) == 2:
            head, literal = record
            marker = _LITERAL.search(head) if isinstance(head, bytes) else None
            if marker is None or not isinstance(literal, bytes) or int(marker[1]) != len(literal):
                raise FetchSyntax("a literal that does not match its {n} marker")
            literals.append(literal)
            parts.append(f"{_segment(head[: marker.start()])}{{{len(literals)}}}")
        elif isinstance(record, bytes):
            parts.append(_segment(record))
        else:
            raise FetchSyntax("a record imaplib does not give")
    text = " ".join(parts)  # each record ends its last token, as imapclient lexes them
    out: list[str] = []
    append = out.append
    read = 0
    after_value = False  # the last token was an atom or a string (not "(" or ")")
    for whole, space, opening, closing, string, atom in _TOKEN.findall(text):
        read += len(whole)
        if opening:
            if after_value or (out and out[-1] == "]"):
                append(",")
            append("[")
            after_value = False
        elif closing:
            append("]")
            after_value = False
        else:
            if after_value or (out and out[-1] == "]"):
                append(",")
            if atom:
                append(_atom(atom, space, after_value))
            else:
                if after_value and not space:
                    raise FetchSyntax("a quoted string glued to an atom")
                if "\\" in string and any(e[1] not in '"\\' for e in _ESCAPE.findall(string)):
                    raise FetchSyntax("an escape imapclient keeps as it is")
                append(f'"{string}"')
            after_value = True
    # Matches are in order and never overlap: they cover the reply when their lengths
    # add up to where its trailing space starts (a gap leaves a token past `read`).
    if text[read:].strip(_SPACE):
        raise FetchSyntax("a byte the reader does not know")
    return "[" + "".join(out) + "]"


def _segment(raw: bytes) -> str:
    """Reply text between literals; a "{" in it would pass for a literal's place."""
    if b"{" in raw:
        raise FetchSyntax("a brace outside a literal's marker")
    return raw.decode("latin-1")


def _atom(atom: str, space: str, after_value: bool) -> str:
    if atom == "NIL":
        return "null"
    if atom.isdigit() and atom.isascii() and (atom[0] != "0" or len(atom) == 1):
        return atom
    if atom[0] == "{" and atom[-1] == "}" and atom[1:-1].isdigit():
        # A literal's place: only _as_json writes a "{".
        if not space and after_value:
            raise FetchSyntax("a literal glued to an atom")
        return f"-{atom[1:-1]}"
    if "\\" in atom or "{" in atom:
        raise FetchSyntax("an atom the reader does not read")
    return f'"{atom}"'


def _values(value: Any, literals: list[bytes]) -> Any:
    if isinstance(value, str):
        return value.encode("latin-1")
    if isinstance(value, list):
        return tuple([_values(v, literals) for v in value])
    if type(value) is int and value < 0:
        return literals[-value - 1]
    return value


def parse_fetch(records: Sequence[Any]) -> dict[int, dict[bytes, Any]]:
    """imaplib's FETCH records → {UID: {b"SEQ": n, ITEM: value, …}}, as imapclient's
    `parse_fetch_response(records, uid_is_key=True)` gives them; FetchSyntax otherwise."""
    if list(records) == [None]:
        return {}
    literals: list[bytes] = []
    try:
        loaded = json.loads(_as_json(records, literals))
    except (ValueError, RecursionError) as exc:  # json.JSONDecodeError too: unbalanced
        raise FetchSyntax(f"not read: {exc}") from None
    top = [_values(v, literals) for v in loaded]
    if len(top) % 2:
        raise FetchSyntax("a message number without its items")
    parsed: dict[int, dict[bytes, Any]] = {}
    for i in range(0, len(top), 2):
        seq, items = top[i], top[i + 1]
        if type(seq) is not int or not isinstance(items, tuple) or len(items) % 2:
            raise FetchSyntax("not a message number followed by its items")
        data: dict[bytes, Any] = {b"SEQ": seq}
        key = seq
        for j in range(0, len(items), 2):
            name, value = items[j], items[j + 1]
            if not isinstance(name, bytes):
                raise FetchSyntax("an item name that is not an atom")
            word = name.upper()
            if word == b"UID":
                if type(value) is not int:
                    raise FetchSyntax("a UID that is not a number")
                key = value
            elif word in (b"INTERNALDATE", b"ENVELOPE"):
                raise FetchSyntax("an item only imapclient converts")
            elif word in (b"BODY", b"BODYSTRUCTURE"):
                try:
                    data[word] = BodyData.create(value)
                except (IndexError, TypeError, AttributeError):
                    raise FetchSyntax("a structure imapclient does not read") from None
            else:
                data[word] = value
        parsed.setdefault(key, {}).update(data)
    return parsed


def send_fetch(client: IMAPClient, uids: Sequence[int], items: Sequence[str]) -> bytes:
    """Send `UID FETCH uids (items)`; its tag, for read_fetch. Nothing is read."""
    imap = client._imap
    tag: bytes = imap._command("UID", "FETCH", ",".join(map(str, uids)), f"({' '.join(items)})")
    return tag


def read_fetch(client: IMAPClient, tag: bytes, uids: Sequence[int]) -> dict[int, dict[bytes, Any]]:
    """The reply of the FETCH sent as `tag`, only for the requested UIDs (a server may
    add unsolicited FETCHes of others). A refusal raises imapclient's IMAPClientError."""
    imap = client._imap
    typ, data = imap._command_complete("FETCH", tag)
    client._checkok("fetch", typ, data)
    typ, data = imap._untagged_response(typ, data, "FETCH")
    try:
        response = parse_fetch(data)
    except FetchSyntax:
        try:
            response = dict(parse_fetch_response(data, client.normalise_times, True))
        except (ValueError, IndexError, TypeError, AttributeError) as exc:
            # imapclient's parser fails on some shapes with plain errors ("BODYSTRUCTURE
            # ()"): a reply it cannot read, which the caller handles message by message.
            raise ProtocolError(f"a FETCH reply that cannot be read: {exc}") from None
    wanted = set(uids)
    return {uid: value for uid, value in response.items() if uid in wanted}


def fetch(
    client: IMAPClient, uids: Sequence[int], items: Sequence[str]
) -> dict[int, dict[bytes, Any]]:
    """`client.fetch(uids, items)` by UID, read by `parse_fetch` where it can."""
    if not uids:
        return {}
    return read_fetch(client, send_fetch(client, uids, items), uids)
