"""One search for many patterns: whether any of them matches, as a gate before the loop.

Much of the understanding asks "does any of these N patterns match this sentence?" and
most sentences match none; N separate searches then cost N scans. `sieve` joins them into
one regex that matches exactly where one of them does (named groups made anonymous,
each pattern's flags kept as a scoped inline flag), so the loop runs only on sentences
that can give something. Patterns it cannot join safely (a backreference, a
conditional group) give no sieve: every sentence passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

__all__ = ["sieve"]

_UNSAFE = re.compile(r"\\\d|\(\?P=|\(\?\(|\\g<")
_NAMED = re.compile(r"(?<!\\)\(\?P<\w+>")
_SCOPED = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


def _always(_text: str) -> bool:
    return True


@cache
def _joined(patterns: tuple[tuple[str, int], ...]) -> Callable[[str], bool]:
    parts: list[str] = []
    for pattern, flags in patterns:
        if _UNSAFE.search(pattern) or flags & re.ASCII:  # (re.ASCII cannot be scoped)
            return _always
        body = _NAMED.sub("(?:", pattern)
        scoped = "".join(letter for flag, letter in _SCOPED if flags & flag)
        parts.append(f"(?{scoped}:{body})" if scoped else f"(?:{body})")
    try:
        joined = re.compile("|".join(parts))
    except re.error:
        return _always
    return lambda text: joined.search(text) is not None


def sieve(patterns: Iterable[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test that is True for a text exactly when one of `patterns` matches in it (or
    always True when they cannot be joined). Cached by the patterns."""
    return _joined(tuple((p.pattern, p.flags & ~re.UNICODE) for p in patterns))
