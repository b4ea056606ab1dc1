"""The draft checks of the fuzz bench: is a draft's header block exactly what it should be?

Read from the serialised bytes, as a mail client would: every header line must be a
header followupd writes on a draft or a fold continuation (a draft carries no
X-Followupd-* marker: its rule is known from the state file, `rule=`); no header may
name followupd; To must hold exactly the intended number of valid addr-specs, each
one appearing in the draft's source message(s), none at the hostile domain; Cc and
Bcc must not exist.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.utils import getaddresses

from bench.fuzz_mutators import HOSTILE_DOMAIN

KNOWN_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}
_ONCE = KNOWN_HEADERS  # none of them may appear twice
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
ADDR_SPEC = re.compile(rf"^{_ATOM}(\.{_ATOM})*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
# Bounded runs: an unbounded local part makes findall quadratic on a 5 MB body.
_ADDRESS_LIKE = re.compile(rb"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9.-]{1,255}")


@dataclass
class DraftCheck:
    rule: str
    to: list[str]
    in_reply_to: str
    problems: list[str] = field(default_factory=list)


def addresses_in(raw: bytes) -> set[str]:
    """Every address-like token of a message: raw bytes, decoded parts, decoded headers."""
    texts = [raw]
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for name, value in msg.items():
            try:
                texts.append(str(make_header(decode_header(str(value)))).encode("utf-8", "replace"))
            except Exception:
                texts.append(f"{name}: {value}".encode("utf-8", "replace"))
        for part in msg.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                texts.append(payload)
    except Exception:
        pass  # a message the email package cannot read: its raw bytes are all there is
    found: set[str] = set()
    for text in texts:
        found |= {m.decode("latin-1").lower().strip(".") for m in _ADDRESS_LIKE.findall(text)}
    return found


def header_block(raw: bytes) -> list[str]:
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    return head.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")


def check_draft(
    raw: bytes, sources: set[str] | None, intended: int = 1, *, rule: str = ""
) -> DraftCheck:
    """Problems of one draft; `sources` the addresses of its source message(s) (None:
    unknown); `rule` the rule that wrote it, as the state file says."""
    lines = header_block(raw)
    problems: list[str] = []
    if any("followupd" in line.lower() for line in lines):
        problems.append("a header names followupd")
    fields: dict[str, list[str]] = {}
    current = ""
    for line in lines:
        if line[:1] in (" ", "\t") and current:
            fields[current][-1] += line
            continue
        name, colon, value = line.partition(":")
        key = name.strip().lower()
        if not colon or key not in KNOWN_HEADERS or name != name.strip():
            problems.append(f"unknown header line {line[:80]!r}")
            current = ""
            if colon and name.strip():
                fields.setdefault(key, []).append(value)
            continue
        current = key
        fields.setdefault(key, []).append(value)
    for key in ("cc", "bcc"):
        if key in fields:
            problems.append(f"has {key.title()}: {''.join(fields[key])[:80]!r}")
    for key in _ONCE:
        if len(fields.get(key, [])) > 1:
            problems.append(f"{key} appears {len(fields[key])} times")
    to = [addr for _, addr in getaddresses(fields.get("to", []))]
    if len(to) != intended:
        problems.append(f"{len(to)} recipients in To, not {intended}")
    for addr in to:
        low = addr.lower()
        if not ADDR_SPEC.match(addr):
            problems.append(f"not an addr-spec: {addr[:80]!r}")
        if low.endswith("@" + HOSTILE_DOMAIN) or HOSTILE_DOMAIN in low:
            problems.append(f"hostile recipient {addr[:80]!r}")
        if sources is not None and low not in sources:
            problems.append(f"{addr[:80]!r} is not in the source message")
    reply = "".join(fields.get("in-reply-to", [])).strip()
    return DraftCheck(rule=rule, to=to, in_reply_to=reply, problems=problems)
