"""Turning bytes of unknown or mislabelled charset into text, never failing.

Mail lies about charsets: Outlook says ks_c_5601-1987 for CP949, old clients send
8-bit bytes with no label, and some parts are declared windows-1252 while the
bytes are UTF-8. `decode_bytes` tries the declared charset, then UTF-8, then
cp1252, then latin-1 (which decodes anything), and says what it had to do.
"""

from __future__ import annotations

import codecs
import re

# Labels seen in real mail that Python does not know, or knows under a narrower codec.
CHARSET_ALIASES: dict[str, str] = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ks_c_5601-1989": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "x-mac-roman": "mac_roman",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
    "ansi_x3.4-1968": "ascii",
    "iso-8859-1": "cp1252",  # what senders mean in practice (WHATWG encoding standard)
    "latin1": "cp1252",
    "us-ascii": "ascii",
}

# Labels that carry no information at all.
MEANINGLESS_LABELS = frozenset({"", "unknown", "unknown-8bit", "x-unknown", "default", "charset"})

# Python codecs a MIME label may name but no mail is written in.
_NOT_MAIL_CHARSETS = frozenset(
    {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "charmap"}
)
_LABEL = re.compile(r"[!#-&+-~]{1,40}")  # printable ASCII but quotes, space, '*' and ','
_LABEL_SHOWN = 40

# Declared charsets that UTF-8 bytes are commonly mislabelled as.
_SINGLE_BYTE = frozenset({"ascii", "cp1252", "latin-1", "iso8859-1", "iso8859-15"})


def codec_for(label: str | None) -> str | None:
    """The Python codec name for a MIME charset label, or None when unknown."""
    if label is None:
        return None
    clean = label.strip().strip("\"'").lower()
    if clean in MEANINGLESS_LABELS:
        return None
    if _LABEL.fullmatch(clean) is None:
        return None
    clean = CHARSET_ALIASES.get(clean, clean)
    try:
        info = codecs.lookup(clean)
    except (LookupError, ValueError):
        return None
    if not info._is_text_encoding or info.name in _NOT_MAIL_CHARSETS:
        return None
    return info.name


def shown_label(label: str) -> str:
    """A charset label as a person may read it: control characters as '?', cut at 40."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in label.strip())
    return printable if len(printable) <= _LABEL_SHOWN else printable[: _LABEL_SHOWN - 1] + "…"


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode `data`, preferring `charset`; return the text and a problem ("" when none).

    Never raises: latin-1 decodes every byte sequence.
    """
    problem = ""
    codec = codec_for(charset)
    if charset and codec is None and charset.strip().lower() not in MEANINGLESS_LABELS:
        problem = f"unknown charset '{shown_label(charset)}'"
    has_8bit = any(b > 0x7F for b in data)
    if codec in _SINGLE_BYTE and has_8bit:
        # Valid UTF-8 with non-ASCII bytes is almost never really cp1252 text.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return text, f"declared {shown_label(charset or '')} but the bytes are UTF-8"
    candidates = [c for c in (codec, "utf-8", "cp1252") if c]
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeError, LookupError):  # UnicodeError: utf-7 and utf-16 also raise it
            continue
        if name != codec and codec is not None:
            problem = f"bytes are not {shown_label(charset or '')}; read as {name}"
        return text, problem
    return data.decode("latin-1"), problem or "undecodable bytes; read as latin-1"
