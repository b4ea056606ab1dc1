"""The MIME structure of a whole message, read from its header blocks only.

What the selector needs of a message it has not decided to read — each part's
content type and attachment name — is in the parts' header blocks. A local
mailstore has only the raw bytes (an IMAP server answers BODYSTRUCTURE instead), and
parsing every message of a large Maildir with the email package decodes every line
of every body: most of a first read's time. `parts` finds the parts by their
boundary lines (RFC 2046 §5.1.1) with a bytes search and reads each header block's
Content-Type and Content-Disposition alone (as the email package's compat32 policy
keeps them), giving the same types and names as `email.message.Message.walk()`:
multipart parts within parts, a message/* part's own message, a delivery status's
blocks, a multipart/digest's parts defaulting to message/rfc822. Depth and count are
bounded: a message can be built to nest without end.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import Message

MAX_DEPTH = 20  # nesting of multiparts and attached messages that is looked into
MAX_PARTS = 1000  # parts of one message that are looked at

# A line of a header block, as the email package's parser knows one.
_HEADER_LINE = rb"(?:From |[\x21-\x39\x3b-\x7e]*:|[\t ])"
# The lines of a header block: each such a line, up to and with its line break.
_HEADER_BLOCK = re.compile(rb"(?:" + _HEADER_LINE + rb"[^\n]*(?:\n|\Z))*")
# The two fields that make a part's type and name, with their continuation lines.
_FIELD = re.compile(
    # (A lone CR ends a line too, as for the email package.)
    rb"^(content-type|content-disposition):([^\r\n]*(?:(?:\r\n|\r|\n)[ \t][^\r\n]*)*)",
    re.IGNORECASE | re.MULTILINE,
)


# What the email package reads differently from this scan — a lone CR (a line end to
# it), control bytes around fields and boundaries: such a message is walked by it.
_CONTROL = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def _odd_bytes(raw: bytes) -> bool:
    """A lone CR or a control byte anywhere (two C scans: cheaper than one regex)."""
    return bool(raw.translate(None, _NOT_CONTROL)) or raw.count(b"\r") != raw.count(b"\r\n")


def parts(raw: bytes) -> list[Message]:
    """Each part's headers, in the order `walk()` visits them (the message first).
    A message with odd bytes (`_odd_bytes`) is walked by the email package itself."""
    if _odd_bytes(raw):
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
        return list(message.walk())[:MAX_PARTS]
    found: list[Message] = []
    _walk(raw, "text/plain", 0, found)
    return found


def _walk(raw: bytes, default_type: str, depth: int, found: list[Message]) -> None:
    if len(found) >= MAX_PARTS:
        return
    head, body = _split(raw)
    part = Message(policy=email.policy.compat32)
    for field in _FIELD.finditer(head):
        # As compat32 keeps a field: leading blanks and the final line break dropped.
        value = field.group(2).lstrip(b" \t").rstrip(b"\r\n")
        part[field.group(1).decode("ascii")] = value.decode("ascii", "surrogateescape")
    if default_type != "text/plain":
        part.set_default_type(default_type)
    found.append(part)
    if depth >= MAX_DEPTH:
        return
    ctype = part.get_content_type()
    maintype = ctype.split("/", 1)[0]
    if maintype == "multipart":
        boundary = part.get_boundary()
        if not boundary:
            return
        child_type = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        for chunk in _between(body, boundary):
            _walk(chunk, child_type, depth + 1, found)
    elif ctype == "message/delivery-status":  # blocks of fields, each a part
        for block in _blocks(body):
            _walk(b"".join(block) + b"\n", "text/plain", depth + 1, found)
    elif maintype == "message":  # any message/*: a message follows
        _walk(body, "text/plain", depth + 1, found)


def _blocks(body: bytes) -> list[list[bytes]]:
    """A delivery status's blocks of header lines, each ended by an empty line."""
    lines = body.splitlines(keepends=True)
    blocks: list[list[bytes]] = []
    at = 0
    while True:
        block: list[bytes] = []
        while at < len(lines) and lines[at].strip(b"\r\n"):
            block.append(lines[at])
            at += 1
        blocks.append(block)
        at += 1  # the empty line
        if at >= len(lines) or len(blocks) >= MAX_PARTS:
            return blocks


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """(header block, body), as the email package's parser splits them: the header
    block ends at an empty line (dropped) or at the first line that is neither a field
    nor a continuation (the body's first line)."""
    block = _HEADER_BLOCK.match(raw)  # (it always matches, at least "")
    at = block.end() if block else 0
    for empty in (b"\n", b"\r\n"):
        if raw.startswith(empty, at):
            return raw[:at], raw[at + len(empty) :]
    return raw[:at], raw[at:]


def _between(body: bytes, boundary: str) -> Iterator[bytes]:
    """The parts between a multipart body's delimiter lines, up to the close delimiter
    (or the end, when a message never closes it)."""
    mark = b"--" + boundary.encode("utf-8", "surrogateescape")
    start: int | None = None
    at = 0
    while (at := body.find(mark, at)) != -1:
        line_end = body.find(b"\n", at)
        line_end = len(body) if line_end == -1 else line_end
        rest = body[at + len(mark) : line_end].rstrip(b"\r")
        closing = rest.startswith(b"--")
        if (at and body[at - 1 : at] != b"\n") or rest[2 if closing else 0 :].strip(b" \t"):
            at += len(mark)  # not a delimiter line: the mark inside text, or a longer one
            continue
        if start is not None:
            # The line break before a delimiter is kept: the email package's parser
            # also reads a part's lines up to the delimiter line.
            yield body[start:at]
        if closing:
            return
        start = min(line_end + 1, len(body))
        at = start
    if start is not None and start < len(body):
        yield body[start:]
