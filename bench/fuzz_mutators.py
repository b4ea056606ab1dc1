"""Seeds from tests/data and the mutators of the fuzz bench (bench.fuzz).

A variant is a seed (a real message or calendar from tests/data) with one mutator
applied, sometimes followed by a light second one; it carries the names of the
mutators that made it, so failures can be grouped. Everything is deterministic for a
(seed, index) pair: `make_variant(seeds, seed, i)` always returns the same bytes.

Addresses smuggled in by the hostile mutators all belong to `HOSTILE_DOMAIN`, so a
draft that reaches any address there carries a recipient nobody invited.
"""

from __future__ import annotations

import base64
import email
import email.policy
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HOSTILE_DOMAIN = "elsewhere.example"
#  Every hostile invitation is timed so that its thank-you is due at NOW (a Wednesday
#  afternoon in Berlin; the interview ended at 12:00 local time).
NOW = "2026-11-18T14:00:00+01:00"
_START, _END, _STAMP = "20261118T100000Z", "20261118T110000Z", "20261110T090000Z"
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


@dataclass(frozen=True)
class Seed:
    name: str  # path relative to tests/data
    kind: str  # "mail" or "ics"
    data: bytes


@dataclass(frozen=True)
class Variant:
    index: int
    seed: str
    tags: tuple[str, ...]
    data: bytes


def load_seeds(root: Path = DATA) -> list[Seed]:
    """Every message and calendar in tests/data, in a stable order."""
    mail_globs = ["invites/*.eml", "labelled/*.eml", "corpus/eml/*", "heldout*/mail/*.eml"]
    ics_globs = ["corpus/ics/*", "heldout*/invites/*.ics"]
    seeds: list[Seed] = []
    for kind, globs in (("mail", mail_globs), ("ics", ics_globs)):
        for pattern in globs:
            for path in sorted(root.glob(pattern)):
                if path.is_file() and path.suffix not in (".toml", ".md", ".tsv"):
                    seeds.append(Seed(str(path.relative_to(root)), kind, path.read_bytes()))
    # heldout*/invites are invitation mails, not bare calendars.
    for path in sorted(root.glob("heldout*/invites/*.eml")):
        seeds.append(Seed(str(path.relative_to(root)), "mail", path.read_bytes()))
    return seeds


# ---------------------------------------------------------------- calendars and wrapping


def good_ics(uid: str, extra: str = "", organizer: str = "") -> str:
    """An interview invitation that planning accepts (as in tests/invitations.py)."""
    org = organizer or 'ORGANIZER;CN="Priya Raman":mailto:priya.raman@northwind-robotics.example'
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{_START}\r\nDTEND:{_END}\r\nDTSTAMP:{_STAMP}\r\n{org}\r\nUID:{uid}\r\n"
        'ATTENDEE;CN="Jordan Lee";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:'
        "mailto:jordan.lee@example.org\r\n"
        f"{extra}SEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        "SUMMARY:Interview: Senior Backend Engineer – Northwind Robotics (panel)\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def wrap_ics(ics: bytes, message_id: str, parts: int = 1) -> bytes:
    """An invitation mail around a calendar: text/plain, then `parts` text/calendar parts."""
    boundary = "fuzz-boundary-7f3a"
    body = base64.encodebytes(ics).replace(b"\n", b"\r\n")
    head = (
        "From: Priya Raman <priya.raman@northwind-robotics.example>\r\n"
        "To: Jordan Lee <jordan.lee@example.org>\r\n"
        "Subject: Invitation: Interview: Senior Backend Engineer - Northwind Robotics\r\n"
        "Date: Tue, 10 Nov 2026 10:00:00 +0100\r\n"
        f"Message-ID: <{message_id}>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "You have been invited to an interview.\r\n"
    ).encode()
    cal = (
        f"--{boundary}\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + body
    return head + cal * parts + f"--{boundary}--\r\n".encode()


def calendar_of(seed: Seed) -> bytes | None:
    """The seed's first calendar: itself, or the first text/calendar part of a mail."""
    if seed.kind == "ics":
        return seed.data
    try:
        msg = email.message_from_bytes(seed.data, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    return payload
    except Exception:
        return None
    return None


def as_mail(seed: Seed, i: int) -> bytes:
    return wrap_ics(seed.data, f"fuzz-{i}@fuzz.example") if seed.kind == "ics" else seed.data


# ---------------------------------------------------------------- byte-level mutators

Mutator = Callable[[random.Random, Seed, int], bytes]
_HEAD_END = re.compile(rb"\r?\n\r?\n")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    m = _HEAD_END.search(raw)
    return (raw, b"") if m is None else (raw[: m.start()], raw[m.start() :])


def byte_flip(rng: random.Random, seed: Seed, i: int) -> bytes:
    data = bytearray(as_mail(seed, i))
    for _ in range(rng.randint(1, 30)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, seed: Seed, i: int) -> bytes:
    data = as_mail(seed, i)
    return data[: rng.randrange(len(data) + 1)]


def dup_headers(rng: random.Random, seed: Seed, i: int) -> bytes:
    head, body = _split(as_mail(seed, i))
    lines = head.split(b"\n")
    picks = [ln for ln in lines if ln[:1] not in (b" ", b"\t") and b":" in ln]
    extra = [rng.choice(picks) for _ in range(rng.randint(1, 60))] if picks else []
    return b"\n".join(lines + extra) + body


def giant_header(rng: random.Random, seed: Seed, i: int) -> bytes:
    head, body = _split(as_mail(seed, i))
    size = rng.choice([100_000, 300_000, 1_200_000])
    name = rng.choice([b"Subject", b"X-Fuzz", b"To", b"References", b"Content-Type", b"From"])
    if name == b"To":
        value = b", ".join(b"p%d@hr.example" % n for n in range(size // 16))
    elif name == b"Content-Type":
        value = b"multipart/mixed; boundary=" + b"b" * size
    else:
        value = (b"interview " * (size // 10))[:size]
    return head + b"\r\n" + name + b": " + value + body


def broken_boundary(rng: random.Random, seed: Seed, i: int) -> bytes:
    data = as_mail(seed, i)
    m = re.search(rb'boundary="?([^";\r\n]+)"?', data, re.I)
    if m is None:
        return data.replace(b"\r\n\r\n", b"\r\n\r\n--nonexistent\r\n", 1)
    b = m.group(1)
    how = rng.randrange(4)
    if how == 0:  # the closing boundary is gone
        return data.replace(b"--" + b + b"--", b"")
    if how == 1:  # the parameter is gone
        return data[: m.start()] + data[m.end() :]
    if how == 2:  # every delimiter line is wrong
        return data[: m.end()] + data[m.end() :].replace(b"--" + b, b"--x" + b)
    return data[: m.start()] + b'boundary=""' + data[m.end() :]


_CHARSETS = [b"utf8\0", b"x-unknown-fuzz", b"utf-7", b"utf-16", b"iso-2022-jp", b"", b"\xff\xfe"]


def odd_charset(rng: random.Random, seed: Seed, i: int) -> bytes:
    data = as_mail(seed, i)
    cs = rng.choice(_CHARSETS)
    data = re.sub(rb'charset="?[^";\s]*"?', b'charset="' + cs + b'"', data, flags=re.I)
    head, body = _split(data)
    word = b"=?" + cs + b"?q?Interview_=E2=80=93_" + b"x" * rng.randint(0, 20) + b"?="
    return head + b"\r\nSubject: " + word + b"\r\nX-Lie: =?" + cs + b"?b?/w==?=" + body


def deep_nesting(rng: random.Random, seed: Seed, i: int) -> bytes:
    depth = rng.choice([500, 1000, 3000])
    inner = as_mail(seed, i)
    _, body = _split(inner)
    out = [b"From: a@b.example\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"]
    for d in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (d, d))
    out.append(b"Content-Type: text/plain\r\n" + body.lstrip(b"\r\n") + b"\r\n")
    for d in reversed(range(depth)):
        out.append(b"--n%d--\r\n" % d)
    return b"".join(out)


def plain_5mb(rng: random.Random, seed: Seed, i: int) -> bytes:
    words = b"interview unfortunately offer thank you next steps schedule call ".split()
    if rng.random() < 0.5:  # one line, no breaks at all
        text = b" ".join(rng.choice(words) for _ in range(700_000))[:5_000_000]
    else:
        text = b"\r\n".join(rng.choice(words) * 8 for _ in range(80_000))[:5_000_000]
    return (
        b"From: Rosa Patel <rosa.patel@northwind-robotics.example>\r\n"
        b"To: jordan.lee@example.org\r\nSubject: Re: your interview\r\n"
        b"Date: Tue, 10 Nov 2026 10:00:00 +0100\r\nMessage-ID: <big-%d@fuzz.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" % i
    ) + text


# ---------------------------------------------------------------- calendar mutators


def _calendar(rng: random.Random, seed: Seed, i: int) -> bytes:
    cal = calendar_of(seed)
    if cal is None or rng.random() < 0.5:
        return good_ics(f"fuzz-{i}@fuzz.example").encode()
    return cal


_DATES = [b"99991231T235959Z", b"00000000T000000", b"00010101T000000", b"99991231", b"0"]


def extreme_dates(rng: random.Random, seed: Seed, i: int) -> bytes:
    cal = _calendar(rng, seed, i)
    for prop in (b"DTSTART", b"DTEND", b"DTSTAMP", b"RECURRENCE-ID"):
        if rng.random() < 0.7:
            value = rng.choice(_DATES)
            cal = re.sub(prop + rb"([;:][^\r\n]*?)?:[0-9TZ]+", prop + b":" + value, cal)
    return wrap_ics(cal, f"fuzz-{i}@fuzz.example")


def _attendees(count: int, domain: str = "northwind-robotics.example") -> str:
    return "".join(
        f'ATTENDEE;CN="Person {n}";ROLE=REQ-PARTICIPANT:mailto:p{n}@{domain}\r\n'
        for n in range(count)
    )


def attendees_1k(rng: random.Random, seed: Seed, i: int) -> bytes:
    return wrap_ics(good_ics(f"fuzz-{i}@fuzz.example", _attendees(1000)).encode(), f"f{i}@x")


def attendees_20k(rng: random.Random, seed: Seed, i: int) -> bytes:
    return wrap_ics(good_ics(f"fuzz-{i}@fuzz.example", _attendees(20_000)).encode(), f"f{i}@x")


def many_parts(rng: random.Random, seed: Seed, i: int) -> bytes:
    cal = good_ics(f"fuzz-{i}@fuzz.example").encode()
    return wrap_ics(cal, f"fuzz-{i}@fuzz.example", parts=rng.choice([1000, 3000, 10_000]))


_CNS = [
    "=?utf-8?q?Pat=0D=0ABcc:_someone@elsewhere.example?=",
    "=?utf-8?q?Pat=0D=0ATo:_someone@elsewhere.example?=",
    "=?utf-8?b?" + base64.b64encode(b"Pat\r\nBcc: x@elsewhere.example").decode() + "?=",
    "=?utf-8?q?Pat=0ACc:_x@elsewhere.example?=",
    "Pat\\nBcc: x@elsewhere.example",
    "=?utf-8?q?Pat_=3Cx@elsewhere.example=3E,?=",
]
_MAILTOS = [
    "mailto:pat@acme.example>,other@elsewhere.example",
    "mailto:<other@elsewhere.example>pat@acme.example",
    "mailto:pat@acme.example, other@elsewhere.example",
    'mailto:"other@elsewhere.example"@acme.example',
    "mailto:pat@acme.example?cc=other@elsewhere.example",
    "mailto:other@elsewhere.example (pat@acme.example)",
    "mailto:pat@acme.example\\r\\nBcc: other@elsewhere.example",
]


def hostile_cn(rng: random.Random, seed: Seed, i: int) -> bytes:
    line = f'ATTENDEE;CN="{rng.choice(_CNS)}";ROLE=REQ-PARTICIPANT:mailto:pat@acme.example\r\n'
    return wrap_ics(good_ics(f"fuzz-{i}@fuzz.example", line).encode(), f"fuzz-{i}@fuzz.example")


def hostile_mailto(rng: random.Random, seed: Seed, i: int) -> bytes:
    value = rng.choice(_MAILTOS)
    if rng.random() < 0.5:
        ics = good_ics(f"fuzz-{i}@fuzz.example", f'ATTENDEE;CN="Pat":{value}\r\n')
    else:
        ics = good_ics(f"fuzz-{i}@fuzz.example", organizer=f'ORGANIZER;CN="Pat":{value}')
    return wrap_ics(ics.encode(), f"fuzz-{i}@fuzz.example")


_SENDERS = [
    b"From: =?utf-8?q?Rosa=0D=0ABcc:_x@elsewhere.example?= <rosa@northwind-robotics.example>",
    b"From: rosa@northwind-robotics.example>, x@elsewhere.example",
    b"Reply-To: <x@elsewhere.example>rosa@northwind-robotics.example",
    b"Reply-To: rosa@northwind-robotics.example, x@elsewhere.example",
    b'From: "x@elsewhere.example" <rosa@northwind-robotics.example\r\n\tBcc: x@elsewhere.example>',
]


def hostile_sender(rng: random.Random, seed: Seed, i: int) -> bytes:
    head, body = _split(as_mail(seed, i))
    line = rng.choice(_SENDERS)
    name = line.split(b":", 1)[0]
    kept = re.sub(rb"(?im)^" + name + rb":.*(\r?\n[ \t].*)*\r?\n?", b"", head + b"\r\n")
    return kept.rstrip(b"\r\n") + b"\r\n" + line + body


# name → (mutator, weight); heavy ones (megabytes, seconds) are rarer.
MUTATORS: dict[str, tuple[Mutator, int]] = {
    "byte_flip": (byte_flip, 12),
    "truncate": (truncate, 8),
    "dup_headers": (dup_headers, 8),
    "giant_header": (giant_header, 3),
    "broken_boundary": (broken_boundary, 8),
    "odd_charset": (odd_charset, 8),
    "deep_nesting": (deep_nesting, 2),
    "plain_5mb": (plain_5mb, 1),
    "extreme_dates": (extreme_dates, 8),
    "attendees_1k": (attendees_1k, 2),
    "attendees_20k": (attendees_20k, 1),
    "many_parts": (many_parts, 1),
    "hostile_cn": (hostile_cn, 8),
    "hostile_mailto": (hostile_mailto, 8),
    "hostile_sender": (hostile_sender, 6),
}
# Cheap mutators that may follow the first one (a second, independent fault).
_FOLLOWERS = ["byte_flip", "dup_headers", "odd_charset", "broken_boundary"]


def make_variant(seeds: list[Seed], seed: int, index: int, only: tuple[str, ...] = ()) -> Variant:
    """Variant `index` of run `seed`: the same bytes and tags every time.

    `only` restricts the first mutator to these names (all of them when empty)."""
    rng = random.Random(f"{seed}:{index}")
    base = rng.choice(seeds)
    names = [n for n in MUTATORS if not only or n in only]
    first = rng.choices(names, weights=[MUTATORS[n][1] for n in names])[0]
    data = MUTATORS[first][0](rng, base, index)
    tags = [first]
    if MUTATORS[first][1] >= 6 and rng.random() < 0.25:
        second = rng.choice([f for f in _FOLLOWERS if f != first])
        data = MUTATORS[second][0](rng, Seed(base.name, "mail", data), index)
        tags.append(second)
    return Variant(index, base.name, tuple(tags), data)
