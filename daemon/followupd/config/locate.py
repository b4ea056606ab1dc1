"""Where each key of a TOML file is written: line and column, for `FILE:LINE:COL` messages.

tomllib gives values, not positions; this scanner reads the same text line by line
and records where every table header (`[accounts.work]`, the n-th `[[calendars]]`)
and every `key = value` starts. Values are skipped, including strings, arrays and
inline tables that span lines, so a `[` or `=` inside a value is never taken for a
key. It is only asked about files tomllib has already parsed: on anything it does not
understand it stops recording rather than guessing.

    positions = key_positions(text)
    positions.find(("accounts", "work", "host"))   # (12, 1), else the nearest table
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Loc = tuple[str | int, ...]

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_SPACE = re.compile(r"[ \t]*")


@dataclass
class KeyPositions:
    """(line, column), both from 1, of each key path written in a file."""

    at: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def find(self, loc: Loc) -> tuple[int, int] | None:
        """Where `loc` is written, else its longest written prefix (the table a missing
        key belongs in), else None."""
        for n in range(len(loc), 0, -1):
            found = self.at.get(tuple(loc[:n]))
            if found is not None:
                return found
        return None


def key_positions(text: str) -> KeyPositions:
    """The position of every table and key in a TOML document (see the module docstring)."""
    positions = KeyPositions()
    arrays: dict[Loc, int] = {}  # [[name]] seen so far: the index of the next one
    table: Loc = ()
    scanner = _ValueScanner()
    for number, line in enumerate(text.splitlines(), start=1):
        if scanner.open:
            scanner.feed(line, 0)
            continue
        start = _SPACE.match(line)
        col = start.end() if start else 0
        if col >= len(line) or line[col] == "#":
            continue
        if line.startswith("[[", col):
            parsed = _key(line, col + 2)
            if parsed is None:
                break
            name, _end = parsed
            array = _indexed(name, arrays)
            index = arrays.get(name, 0)
            arrays[name] = index + 1
            table = (*array, index)
            positions.at.setdefault(array, (number, col + 1))
            positions.at[table] = (number, col + 1)
        elif line.startswith("[", col):
            parsed = _key(line, col + 1)
            if parsed is None:
                break
            name, _end = parsed
            table = _indexed(name, arrays)
            for n in range(1, len(table)):
                positions.at.setdefault(table[:n], (number, col + 1))
            positions.at[table] = (number, col + 1)
        else:
            parsed = _key(line, col)
            if parsed is None:
                break
            name, end = parsed
            equals = _SPACE.match(line, end)
            at = equals.end() if equals else end
            if at >= len(line) or line[at] != "=":
                break
            for n in range(1, len(name) + 1):
                positions.at.setdefault((*table, *name[:n]), (number, col + 1))
            scanner.feed(line, at + 1)
    return positions


def _indexed(name: Loc, arrays: dict[Loc, int]) -> Loc:
    """The path of a header's name: a prefix naming an array of tables means its latest
    element (`[calendars.extra]` after two `[[calendars]]` is calendars[1].extra)."""
    out: Loc = ()
    for i, part in enumerate(name):
        out = (*out, part)
        count = arrays.get(tuple(name[: i + 1]))
        if count and i < len(name) - 1:
            out = (*out, count - 1)
    return out


def _key(line: str, at: int) -> tuple[Loc, int] | None:
    """A (dotted) key starting at `at`, and where it ends; None if there is none."""
    parts: list[str] = []
    while True:
        space = _SPACE.match(line, at)
        at = space.end() if space else at
        if at >= len(line):
            return None
        quote = line[at]
        if quote in "\"'":
            end = _string_end(line, at)
            if end is None:
                return None
            raw = line[at + 1 : end - 1]
            parts.append(_unescape(raw) if quote == '"' else raw)
            at = end
        else:
            bare = _BARE.match(line, at)
            if bare is None:
                return None
            parts.append(bare.group(0))
            at = bare.end()
        space = _SPACE.match(line, at)
        after = space.end() if space else at
        if after < len(line) and line[after] == ".":
            at = after + 1
            continue
        return tuple(parts), after


def _string_end(line: str, at: int) -> int | None:
    """The index after a one-line string starting at `at` ("…" with escapes, or '…')."""
    quote = line[at]
    i = at + 1
    while i < len(line):
        c = line[i]
        if quote == '"' and c == "\\":
            i += 2
            continue
        if c == quote:
            return i + 1
        i += 1
    return None


def _unescape(raw: str) -> str:
    simple = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
    out: list[str] = []
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in "uU":
                width = 4 if nxt == "u" else 8
                out.append(chr(int(raw[i + 2 : i + 2 + width], 16)))
                i += 2 + width
                continue
            out.append(simple.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class _ValueScanner:
    """Skips a value that may span lines: multi-line strings, nested arrays and tables."""

    def __init__(self) -> None:
        self.depth = 0  # open [ and { brackets
        self.multiline: str | None = None  # the open ''' or """

    @property
    def open(self) -> bool:
        return self.depth > 0 or self.multiline is not None

    def feed(self, line: str, at: int) -> None:
        i = at
        while i < len(line):
            if self.multiline is not None:
                close = self._multiline_close(line, i)
                if close is None:
                    return
                i = close
                self.multiline = None
                continue
            c = line[i]
            if c == "#":
                return
            if line.startswith(('"""', "'''"), i):
                self.multiline = line[i : i + 3]
                i += 3
                continue
            if c in "\"'":
                end = _string_end(line, i)
                if end is None:
                    return
                i = end
                continue
            if c in "[{":
                self.depth += 1
            elif c in "]}":
                self.depth = max(0, self.depth - 1)
            i += 1

    def _multiline_close(self, line: str, at: int) -> int | None:
        assert self.multiline is not None
        quote = self.multiline
        i = at
        while i < len(line):
            if quote == '"""' and line[i] == "\\":
                i += 2
                continue
            if line.startswith(quote, i):
                end = i + 3
                # Up to two more quotes belong to the string (`""""` ends with one inside).
                while end < len(line) and line[end] == quote[0] and end - i < 5:
                    end += 1
                return end
            i += 1
        return None
