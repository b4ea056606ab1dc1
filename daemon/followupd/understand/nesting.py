"""Bounding a message's structure before the email package reads it.

The email package parses recursively: a multipart (or message/rfc822) nested a
thousand deep, or a header comment "((((…))))" nested a few hundred deep, exhausts
Python's stack. No real mail is nested more than a dozen levels, so before parsing,
`bound_structure` scans the raw lines once (linear, no recursion) the way the
parser will read them and rewrites what is too deep:

- a part nested deeper than `MAX_MIME_DEPTH` gets `Content-Type:
  application/octet-stream`, so the parser keeps it as one opaque leaf and reads
  nothing inside it (its inner boundaries are then plain body lines);
- a header whose comments nest deeper than `MAX_COMMENT_DEPTH` loses its
  parentheses (they only ever hold comments, never an address).

Each rewrite is reported in words. The scan follows the parser's rules closely
(boundary lines, header blocks, message/* bodies, multipart/digest defaults) but
need not be exact: `mime.parse_message_parts` still turns a RecursionError into a
MessageError, so a message the scan misjudges is refused, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_MIME_DEPTH = 50
MAX_COMMENT_DEPTH = 20

_OPAQUE = b"Content-Type: application/octet-stream"
_HEADER_LINE = re.compile(rb"^(?:From |[\041-\071\073-\176]*:|[\t ])")
_CONTINUATION = (b" ", b"\t")
_TYPE = re.compile(rb"^\s*([^/\s;]+)\s*/\s*([^\s;]+)")
_BOUNDARY = re.compile(rb"""(?i)(?:^|;)\s*boundary\s*=\s*(?:"([^"]*)"|([^\s;"]+))""")
_NEWLINE = (b"\r\n", b"\n", b"\r")
_MESSAGE = re.compile(rb"(?i)message/")
_PARENS = re.compile(rb"[()]")


@dataclass
class _Frame:
    """One open container: a multipart (with its boundary) or a message/* body (none)."""

    boundary: bytes | None
    digest: bool = False


@dataclass
class Bounded:
    """The raw message as the parser may read it, and what was changed, in words."""

    raw: bytes
    problems: list[str] = field(default_factory=list)


def bound_structure(
    raw: bytes, *, max_depth: int = MAX_MIME_DEPTH, max_comments: int = MAX_COMMENT_DEPTH
) -> Bounded:
    """`raw` with parts deeper than `max_depth` made opaque and deep header comments flattened."""
    if b"(" not in raw and raw.count(b"--") <= max_depth and not _MESSAGE.search(raw):
        return Bounded(raw)  # the common case: nothing in it can nest deep
    lines = raw.splitlines(keepends=True)
    scan = _Scan(lines, max_depth, max_comments)
    scan.run()
    if not scan.changed:
        return Bounded(raw)
    problems = []
    if scan.cut:
        problems.append(
            f"MIME parts nested more than {max_depth} levels deep: {scan.cut} part(s) below"
            " that depth were not read"
        )
    if scan.flattened:
        names = ", ".join(sorted(scan.flattened))
        problems.append(
            f"{names}: comments nested more than {max_comments} deep; read without them"
        )
    return Bounded(b"".join(scan.lines), problems)


class _Scan:
    """One pass over the lines: header blocks and bodies, with a stack of open containers."""

    def __init__(self, lines: list[bytes], max_depth: int, max_comments: int) -> None:
        self.lines = lines
        self.max_depth = max_depth
        self.max_comments = max_comments
        self.stack: list[_Frame] = []
        self.open: dict[bytes, list[int]] = {}  # "--boundary" → where it is on the stack
        self.cut = 0
        self.flattened: set[str] = set()
        self.changed = False

    def run(self) -> None:
        index = self._headers(0, digest_child=False)
        while index < len(self.lines):
            line = self.lines[index]
            closing = self._boundary(line)
            index += 1
            if closing is None:
                continue
            frame_at, end = closing
            digest = self.stack[frame_at].digest
            self._pop_to(frame_at if end else frame_at + 1)
            if not end:
                index = self._headers(index, digest_child=digest)

    def _boundary(self, line: bytes) -> tuple[int, bool] | None:
        """(index of the container whose boundary this is, is it the closing one), or None."""
        if not line.startswith(b"--") or not self.open:
            return None
        body = line.rstrip(b"\r\n").rstrip(b" \t")
        found: tuple[int, bool] | None = None
        if body in self.open:
            found = self.open[body][-1], False
        if body.endswith(b"--") and body[:-2] in self.open:
            at = self.open[body[:-2]][-1]
            if found is None or at > found[0]:  # the innermost container's boundary wins
                found = at, True
        return found

    def _push(self, frame: _Frame) -> None:
        if frame.boundary is not None:
            self.open.setdefault(b"--" + frame.boundary, []).append(len(self.stack))
        self.stack.append(frame)

    def _pop_to(self, size: int) -> None:
        while len(self.stack) > size:
            frame = self.stack.pop()
            if frame.boundary is not None:
                sep = b"--" + frame.boundary
                self.open[sep].pop()
                if not self.open[sep]:
                    del self.open[sep]

    def _headers(self, index: int, *, digest_child: bool) -> int:
        """Read one header block from `index`; open what it declares. Returns the body start."""
        while True:
            start = index
            ctype: list[int] = []  # line numbers of the first Content-Type header
            current: list[int] = []
            headers: list[list[int]] = []
            while index < len(self.lines):
                line = self.lines[index]
                if line in _NEWLINE or self._boundary(line) is not None:
                    break
                if not _HEADER_LINE.match(line):
                    break  # the parser reads a non-header line as the start of the body
                if line.startswith(_CONTINUATION) and current:
                    current.append(index)
                else:
                    current = [index]
                    headers.append(current)
                    if not ctype and line[:13].lower() == b"content-type:":
                        ctype = current
                index += 1
            for header in headers:
                self._flatten_comments(header)
            body = index + 1 if index < len(self.lines) and self.lines[index] in _NEWLINE else index
            if index < len(self.lines) and self._boundary(self.lines[index]) is not None:
                body = index  # an empty part: the boundary follows the headers at once
            main, sub, boundary = self._content_type(ctype)
            if not main and digest_child:
                main, sub = b"message", b"rfc822"
            if main not in (b"multipart", b"message"):
                return body
            if main == b"multipart" and boundary is None:
                return body  # the parser keeps its body as text
            if len(self.stack) >= self.max_depth:
                self._make_opaque(start, ctype)
                return body
            if main == b"multipart":
                self._push(_Frame(boundary, digest=sub == b"digest"))
                return body
            if sub == b"delivery-status":
                return body  # header blocks, each read flat
            # message/*: the body is a whole message; its header block starts right away.
            self._push(_Frame(None))
            index, digest_child = body, False

    def _content_type(self, header: list[int]) -> tuple[bytes, bytes, bytes | None]:
        if not header:
            return b"", b"", None
        value = b" ".join(self.lines[i].strip() for i in header).split(b":", 1)[1]
        found = _TYPE.match(value)
        if found is None:
            return b"", b"", None
        boundary = _BOUNDARY.search(value)
        named = None
        if boundary is not None:
            named = (boundary.group(1) or boundary.group(2) or b"").rstrip() or None
        return found.group(1).lower(), found.group(2).lower(), named

    def _make_opaque(self, start: int, ctype: list[int]) -> None:
        self.cut += 1
        self.changed = True
        newline = next((n for n in _NEWLINE if self.lines[start].endswith(n)), b"\r\n")
        if ctype:
            self.lines[ctype[0]] = _OPAQUE + newline
            for i in ctype[1:]:
                self.lines[i] = b""
        else:
            self.lines[start] = _OPAQUE + newline + self.lines[start]

    def _flatten_comments(self, header: list[int]) -> None:
        if not any(b"(" in self.lines[i] for i in header):
            return
        depth = deepest = 0
        for i in header:
            for paren in _PARENS.finditer(self.lines[i]):
                if paren.group() == b"(":
                    depth += 1
                    deepest = max(deepest, depth)
                elif depth:
                    depth -= 1
        if deepest <= self.max_comments:
            return
        self.changed = True
        name = self.lines[header[0]].split(b":", 1)[0].decode("ascii", "replace").strip()
        self.flattened.add(name[:40] or "a header")
        for i in header:
            self.lines[i] = self.lines[i].replace(b"(", b" ").replace(b")", b" ")
