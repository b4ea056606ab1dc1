"""Regular expressions written by the user (rule files), matched in linear time with RE2.

Python's `re` backtracks: a pattern such as `(a+)+$` takes exponential time on a line
of a's, and a rule file is enough to stall a watcher. RE2 (the `google-re2` wheel)
matches in time linear in the text whatever the pattern says, so no rule file can
hang the daemon. What it costs: no look-arounds, back-references, possessive or
atomic groups; a pattern using them is refused at load with the reason.

Patterns are written in Python's syntax and meaning; the few escapes whose meaning
differs (`\\w`, `\\d`, `\\s` are Unicode-aware in Python, ASCII in RE2; `\\Z`) are
rewritten before RE2 sees them, so `Pr\\w+fung` still matches "Prüfung". `\\b` stays
ASCII-only in RE2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import re2

# Python's \w on text: letters, digits (any script) and the underscore.
_WORD = r"\p{L}\p{N}_"
# Python's \s on text: ASCII whitespace, \v, the separators \x1c-\x1f, NEL and Unicode spaces.
_SPACE = r"\s\x{0B}\x{1C}-\x{1F}\x{85}\p{Z}"
_IN_CLASS = {"w": _WORD, "d": r"\p{Nd}", "s": _SPACE}
_OUTSIDE = {
    "w": f"[{_WORD}]",
    "W": f"[^{_WORD}]",
    "d": r"\p{Nd}",
    "D": r"\P{Nd}",
    "s": f"[{_SPACE}]",
    "S": f"[^{_SPACE}]",
    "Z": r"\z",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
# Longest pattern accepted: a phrase or a subject test, not a program.
MAX_PATTERN = 1000


@dataclass(frozen=True)
class UserRegex:
    """A compiled user pattern: `search` tells whether it occurs in a text."""

    pattern: str
    _compiled: re2._Regexp

    def search(self, text: str) -> bool:
        try:
            return self._compiled.search(text) is not None
        except UnicodeEncodeError:
            # RE2 reads UTF-8: a lone surrogate (mail decoded with surrogateescape) is
            # no letter of any word, so it becomes U+FFFD, which is none either.
            return self._compiled.search(_SURROGATE.sub("\ufffd", text)) is not None


def to_re2(pattern: str) -> str:
    """The pattern with Python's Unicode-aware escapes spelt so RE2 means the same."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            table = _IN_CLASS if in_class else _OUTSIDE
            out.append(table.get(e, c + e))
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            # A ']' right after '[' or '[^' is a literal member, not the end of the class.
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":
                out.append(pattern[i : j + 1])
                i = j + 1
                continue
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


@cache
def compile_user_regex(pattern: str, *, words: bool = False) -> UserRegex:
    """Compile a user pattern, case-insensitive; with `words`, only matched within word
    boundaries (not preceded or followed by a letter, digit or '_').

    Raises ValueError with a sentence when RE2 cannot take it.
    """
    if len(pattern) > MAX_PATTERN:
        raise ValueError(f"a pattern is at most {MAX_PATTERN} characters")
    if _SURROGATE.search(pattern):
        raise ValueError("a pattern is Unicode text; this one holds a lone surrogate")
    body = to_re2(pattern)
    if words:
        # Python's (?<!\w)X(?!\w) without look-arounds: the same answer to "does it occur?".
        body = f"(?:^|[^{_WORD}])(?:{body})(?:[^{_WORD}]|$)"
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    try:
        compiled = re2.compile(body, options=options)
    except re2.error as exc:
        raise ValueError(_reason(exc)) from None
    return UserRegex(pattern, compiled)


def _reason(exc: Exception) -> str:
    raw = exc.args[0] if exc.args else ""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    for prefix in ("invalid perl operator: ", "invalid escape sequence: ", "bad repetition"):
        if text.startswith(prefix):
            what = text.removeprefix(prefix).lstrip(": ")
            return (
                f"'{what}' is not supported: rule patterns run on RE2, a linear-time engine "
                "without look-arounds, back-references, atomic groups or repeats over 1000"
            )
    return text or "the pattern is too large"
