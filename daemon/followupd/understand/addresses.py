"""Addresses and display names from untrusted input: the addr-spec grammar; names made safe.

Every address that enters followupd (an ICS ATTENDEE or ORGANIZER, a From, Reply-To,
To or Cc header) is checked against RFC 5322's addr-spec: a dot-atom or a quoted
local part, `@`, a dot-atom domain. Anything else (spaces, commas, angle brackets,
CR or LF, two `@`) is refused with a reason in words, never "repaired" into another
address: `pat@acme.example>,other@elsewhere.example` is one bad value, not two people.

Display names are decoded (RFC 2047 encoded words, repeatedly: a decoded word may
be another one) *before* control characters are folded away, so an encoded CR/LF
can never become a header line when the email package writes the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header

# RFC 5322 3.2.3 atext, 3.4.1 addr-spec (without obsolete forms or comments).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
# qtext and quoted-pair, printable ASCII only: no CR, LF or other control characters.
_QUOTED = r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"'
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = rf"{_LABEL}(?:\.{_LABEL})*"
_ADDR_SPEC = re.compile(rf"(?:{_DOT_ATOM}|{_QUOTED})@{_DOMAIN}")
_MAX_LOCAL = 64  # RFC 5321 4.5.3.1.1
_MAX_ADDRESS = 254  # RFC 5321 path limit minus the angle brackets

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_MAX_NAME = 200  # longer display names are cut: a name, not a letter
_DECODE_ROUNDS = 3


@dataclass(frozen=True)
class AddressCheck:
    """An address as checked: `address` (lower-case) when valid, else '' and `reason`."""

    address: str
    reason: str = ""

    @property
    def valid(self) -> bool:
        return bool(self.address)


def check_address(text: str) -> AddressCheck:
    """Check one addr-spec (no display name, no angle brackets) and lower-case it."""
    if not text:
        return AddressCheck("", "no address")
    shown = _shown(text)
    if _CONTROL.search(text):
        return AddressCheck("", f"address {shown} contains a line break or control character")
    if len(text) > _MAX_ADDRESS:
        return AddressCheck("", f"address {shown} is longer than {_MAX_ADDRESS} characters")
    if not _ADDR_SPEC.fullmatch(text):
        return AddressCheck("", f"{shown} is not a valid mail address ({_why(text)})")
    local = text.rsplit("@", 1)[0]
    if len(local) > _MAX_LOCAL:
        return AddressCheck("", f"address {shown} has a local part over {_MAX_LOCAL} characters")
    return AddressCheck(text.lower())


def is_valid_address(text: str) -> bool:
    return check_address(text).valid


def _why(text: str) -> str:
    if text.count("@") != 1 and not text.startswith('"'):
        return "it needs exactly one @" if "@" not in text else "it has more than one @"
    for char, what in ((" ", "a space"), (",", "a comma"), ("<", "an angle bracket"),
                       (">", "an angle bracket"), (";", "a semicolon")):  # fmt: skip
        if char in text:
            return f"it contains {what}"
    return "not a local part @ domain"


def _shown(text: str) -> str:
    """The value as shown in a reason: control characters visible, long values cut."""
    visible = _CONTROL.sub(lambda m: "".join(f"\\x{ord(c):02x}" for c in m.group(0)), text)
    visible = visible if len(visible) <= 80 else visible[:77] + "..."
    return f"'{visible}'"


def decode_name(value: str) -> str:
    """A display name with RFC 2047 encoded words decoded (a few rounds), nothing else done."""
    for _ in range(_DECODE_ROUNDS):
        if not _ENCODED_WORD.search(value):
            break
        try:
            decoded = str(make_header(decode_header(value)))
        except (ValueError, LookupError, UnicodeError):  # a broken word stays literal
            break
        if decoded == value:
            break
        value = decoded
    return value


def safe_name(value: str) -> str:
    """A display name fit for a header: decoded first, then control characters folded to a
    space, whitespace collapsed, and any remaining encoded word broken (`=?` → `= ?`) so
    that no mail library decodes it again on the way out."""
    text = _CONTROL.sub(" ", decode_name(value))
    text = " ".join(text.split())
    while "=?" in text:
        text = text.replace("=?", "= ?")
    return text[:_MAX_NAME].strip()
