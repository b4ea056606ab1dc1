"""Values as a person reads them: never a Python repr.

`quoted` puts a value someone typed or a server sent in “quotes” (as the rest of
followupd's wording does), its control characters made visible (a terminal escape
in a folder name is shown, not obeyed). `unbytes` turns the bytes literals that
libraries leave in their messages (imaplib hands server replies over as bytes:
`b'[AUTHENTICATIONFAILED] …'`) back into the text the server sent. `plain` says any
value in words: a moment as ISO 8601 in UTC, bytes as text, an exception as its
message and kind. `folded` is text as names and places are compared: lower case,
accents off ("São Paulo" and "sao paulo" are one city).
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

# A Python bytes literal inside a message, alone or as the only item of a list.
_BYTES = re.compile(r"""(?<![\w'"])(\[?)b(['"])((?:\\.|(?!\2)[^\\])*)\2(\]?)""")


def _visible(char: str) -> str:
    if unicodedata.category(char)[0] != "C":
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Scripts written without spaces between words (Japanese, Chinese): a phrase in them is
# whole wherever it stands ("一次面接の日程"), so only letters of other scripts bound it.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_ANY_UNSPACED = re.compile(f"[{_UNSPACED}]")
_last_seen: tuple[str, bool] = ("", False)


def _unspaced_in(text: str) -> bool:
    """`text` holds a letter of an unspaced script. The answer for the last text asked
    about is kept: the hundreds of phrases read over one message ask of the same text."""
    global _last_seen
    seen = _last_seen  # one read: another thread may replace it meanwhile
    if seen[0] is text:
        return seen[1]
    found = _ANY_UNSPACED.search(text) is not None
    _last_seen = (text, found)
    return found


class WholeWords:
    """A pattern matched as whole words (never inside a longer word of a spaced script).

    Two regexes: for text in spaced scripts only (nearly all mail) the boundaries are
    plain `\\w` look-arounds; text holding Japanese or Chinese gets boundaries that let a
    phrase stand against those letters. The second is compiled only once such text is
    read: its character classes span some 28,000 letters, which cost the regex compiler
    milliseconds per pattern — seconds over every phrase followupd knows."""

    __slots__ = ("_spaced", "_unspaced", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._spaced = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)
        self._unspaced: re.Pattern[str] | None = None

    def _for(self, text: str) -> re.Pattern[str]:
        if not _unspaced_in(text):
            return self._spaced
        if self._unspaced is None:
            self._unspaced = re.compile(
                rf"(?<![^\W{_UNSPACED}])(?:{self.pattern})(?![^\W{_UNSPACED}])", self.flags
            )
        return self._unspaced

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._for(text).search(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos)

    def findall(self, text: str) -> list[Any]:
        return self._for(text).findall(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self._for(text).sub(repl, text)


def whole_words(pattern: str, flags: int = re.IGNORECASE) -> WholeWords:
    """`pattern` matched as whole words (never inside a longer word of a spaced script);
    an invalid pattern raises `re.error` here, not at its first search."""
    return WholeWords(pattern, flags)


def folded(text: str) -> str:
    """Lower case without accents or the spaces around: 'Brasília ' -> 'brasilia'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def quoted(text: str) -> str:
    """`text` in “quotes”, control characters escaped visibly."""
    return "“" + "".join(_visible(c) for c in text) + "”"


def as_toml(text: str) -> str:
    """A string as it is written in the TOML configuration: `"imap-work"`."""
    return json.dumps(text, ensure_ascii=False)


def _decode(match: re.Match[str]) -> str:
    opening, quote, body, closing = match.groups()
    try:
        value = ast.literal_eval(f"b{quote}{body}{quote}")
    except (ValueError, SyntaxError):
        return match.group(0)
    text = bytes(value).decode("utf-8", "replace")
    if opening and closing:
        return text  # [b'…'] → …
    return opening + text + closing


def unbytes(text: str) -> str:
    """`text` with every bytes literal in it replaced by the text it holds."""
    if "b'" not in text and 'b"' not in text:
        return text
    return _BYTES.sub(_decode, text)


def utc_text(moment: datetime) -> str:
    """An aware moment as ISO 8601 in UTC ('2026-11-18T16:00:00Z'); a naive one as is."""
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def exception_text(exc: BaseException) -> str:
    """An exception as a sentence: its message (bytes decoded), and its kind."""
    if len(exc.args) > 1 and type(exc).__str__ is BaseException.__str__:
        said = ", ".join(str(plain(a)) for a in exc.args)  # str() would show a tuple's repr
    elif len(exc.args) == 1 and not isinstance(exc.args[0], str):
        said = str(plain(exc.args[0]))
    else:
        said = str(exc)
    text = unbytes(" ".join(said.split()))[:300]
    kind = type(exc).__name__
    return f"{text} ({kind})" if text else kind


def plain(value: object) -> object:
    """A log or report value with no Python repr in it (containers kept, items made plain)."""
    if isinstance(value, str):
        return unbytes(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return f"{value.total_seconds():g}s"
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, BaseException):
        return exception_text(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    return unbytes(str(value))
