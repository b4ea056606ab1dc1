"""Raw RFC 5322 bytes → `ParsedMessage`: decoded headers, the best text body, every calendar.

Real mail is broken in every way a parser can imagine (raw 8-bit headers, unknown
charsets, missing boundaries, "quoted printable" with a space). Nothing here
raises on such input: problems go into `ParsedMessage.defects`. Only input with
nothing in it at all, or input the email package cannot read at all, is a
MessageError (with a sentence); no other exception leaves this module.

Reading is bounded, so no message takes long or nests deep: the structure is cut
at `nesting.MAX_MIME_DEPTH` levels before the email package parses it (its parser
recurses), at most `MAX_PARTS` parts are walked (iteratively), an HTML body is
read up to `MAX_HTML_CHARS`, and the text kept is at most `MAX_TEXT_CHARS`.
"""

from __future__ import annotations

import email
import email.policy
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime, parsedate_tz
from html.parser import HTMLParser
from typing import NamedTuple

from followupd.domain.errors import MessageError
from followupd.domain.model import ParsedMessage, Person
from followupd.domain.words import quoted
from followupd.understand.addresses import check_address
from followupd.understand.charsets import decode_bytes
from followupd.understand.nesting import MAX_MIME_DEPTH, bound_structure

_CALENDAR_TYPES = frozenset(
    {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}
)
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ID = re.compile(r"^[^\s<>@]+@[^\s<>@]+$")

# A message is a few parts; a mail with thousands is built to make work.
MAX_PARTS = 1_000
# The body text kept (a letter is a few thousand characters; the classifiers read
# only the first `quoting.MAX_NEW_TEXT_CHARS` of its new text anyway).
MAX_TEXT_CHARS = 1_000_000
MAX_HTML_CHARS = 2_000_000


@dataclass(frozen=True)
class CalendarPart:
    """One calendar found in a message, with the `method=` parameter of its Content-Type."""

    text: str
    method: str = ""


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw message bytes. Raises MessageError only when there is nothing to read."""
    return parse_message_parts(raw)[0]


class MessageParts(NamedTuple):
    """A parsed message, its calendars, and what its bounds left unread (also in defects)."""

    message: ParsedMessage
    calendars: tuple[CalendarPart, ...]
    unread: tuple[str, ...] = ()


def parse_message_parts(raw: bytes) -> MessageParts:
    """Like `parse_message`, also returning each calendar with its Content-Type method and
    what was left unread by the bounds (depth, parts, text size), in words."""
    if not raw or not raw.strip():
        raise MessageError("empty message: no headers and no body")
    try:
        return _parse(raw)
    except MessageError:
        raise
    except RecursionError:
        raise MessageError(
            "the message's structure nests too deep to be read; nothing in it was read"
        ) from None
    except Exception as exc:  # the email package met something it cannot read at all
        reason = str(exc).strip() or type(exc).__name__
        raise MessageError(f"the message cannot be read ({reason[:200]})") from None


def _parse(raw: bytes) -> MessageParts:
    bounded = bound_structure(raw)
    defects: list[str] = list(bounded.problems)
    # compat32: header values stay the strings the message holds (decoded here, by
    # _Headers, never raising); the default policy builds a header object on every
    # access of a field — a fifth of the time it took to understand a message.
    msg: Message = email.message_from_bytes(bounded.raw, policy=email.policy.compat32)
    headers = _Headers(msg, defects)
    bodies = _Bodies(defects, list(bounded.problems))
    bodies.collect(msg)
    if not msg.keys() and not bodies.text().strip() and not bodies.calendars:
        raise MessageError("not a mail message: no headers and no readable body")
    senders = headers.addresses("From")
    parsed = ParsedMessage(
        message_id=next(iter(headers.message_ids("Message-ID")), ""),
        subject=headers.text("Subject"),
        sender=senders[0] if senders else None,
        reply_to=tuple(headers.addresses("Reply-To")),
        to=tuple(headers.addresses("To")),
        cc=tuple(headers.addresses("Cc")),
        date=headers.date(),
        sent_offset=headers.sent_offset(),
        in_reply_to=next(iter(headers.message_ids("In-Reply-To")), ""),
        references=tuple(dict.fromkeys(headers.message_ids("References"))),
        auto_submitted=headers.auto_submitted(),
        text=bodies.text(),
        calendars=tuple(c.text for c in bodies.calendars),
        defects=tuple(dict.fromkeys(defects)),
    )
    return MessageParts(parsed, tuple(bodies.calendars), tuple(dict.fromkeys(bodies.unread)))


class _Headers:
    """Header access that never raises: raw values, 8-bit bytes repaired, RFC 2047 decoded."""

    def __init__(self, msg: Message, defects: list[str]) -> None:
        self._raw: dict[str, list[str]] = {}
        self._defects = defects
        for name, value in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
            self._raw.setdefault(name.lower(), []).append(_unfold(_repair_8bit(str(value))))

    def values(self, name: str) -> list[str]:
        return self._raw.get(name.lower(), [])

    def text(self, name: str) -> str:
        values = self.values(name)
        return decode_words(values[0]) if values else ""

    def addresses(self, name: str) -> list[Person]:
        people: list[Person] = []
        values = self.values(name)
        for display, address in getaddresses(values):
            checked = check_address(address.strip())  # the addr-spec grammar, never repaired
            if not checked.valid:
                if address or display:
                    self._defects.append(f"{name}: unusable address {quoted(address or display)}")
                continue
            address = checked.address
            people.append(Person(email=address, name=decode_words(display).strip().strip('"')))
        if values and not people and any(v.strip() for v in values):
            self._defects.append(f"{name}: no readable address")
        return people

    def message_ids(self, name: str) -> list[str]:
        ids: list[str] = []
        for value in self.values(name):
            found = _MSG_ID.findall(value)
            if not found and _BARE_ID.match(value.strip()):
                found = [value.strip()]
            ids.extend(f"<{i}>" for i in found)
            leftover = _MSG_ID.sub("", value).strip()
            if leftover and found and "<" in leftover:
                self._defects.append(f"{name}: unreadable message id {quoted(leftover[:60])}")
        return ids

    def date(self) -> datetime | None:
        value = next(iter(self.values("Date")), "").strip()
        if not value:
            self._defects.append("Date header missing or empty")
            return None
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            self._defects.append(f"Date header unreadable: {quoted(value[:60])}")
            return None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)

    def sent_offset(self) -> timedelta | None:
        """The Date header's UTC offset (-0800 → -8 h), or None when it names none."""
        value = next(iter(self.values("Date")), "").strip()
        try:
            parsed = parsedate_tz(value)
        except Exception:  # a broken header is no offset, never an error
            return None
        if parsed is None or parsed[9] is None:
            return None
        offset = timedelta(seconds=parsed[9])
        # "+9959" parses, but no zone is a day or more off UTC (nor can a tzinfo be)
        return offset if abs(offset) < timedelta(hours=24) else None

    def auto_submitted(self) -> bool:
        auto = [v.strip().lower() for v in self.values("Auto-Submitted")]
        precedence = {v.strip().lower() for v in self.values("Precedence")}
        return (
            any(a and a != "no" for a in auto)
            or bool(precedence & {"bulk", "list", "junk"})
            or bool(self.values("List-Id"))
        )


def _repair_8bit(value: str) -> str:
    """Headers with raw 8-bit bytes arrive as surrogate escapes: read them as UTF-8, else cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("ascii", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", "replace")
    # Mostly UTF-8 with a stray bad byte reads better as UTF-8 than as cp1252 mojibake.
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
    return lenient if good > bad else decode_bytes(data, "cp1252")[0]


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]*", " ", value).strip()


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating unknown charsets and broken encodings."""
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception:  # a malformed encoded word: show it as it is
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return re.sub(r"\s+", " ", "".join(out)).strip()


class _Bodies:
    """Walks the MIME tree once: text candidates and calendar parts."""

    def __init__(self, defects: list[str], unread: list[str]) -> None:
        self.defects = defects
        self.unread = unread  # what a bound left unread (also in defects)
        self.plain: list[str] = []
        self.html: list[str] = []
        self.calendars: list[CalendarPart] = []

    def collect(self, msg: Message) -> None:
        self.defects.extend(_defect_names(msg))
        for part in _walk(msg, self._note):
            if part.is_multipart():
                if part is not msg:
                    self.defects.extend(_defect_names(part))
                continue
            if part is not msg:
                self.defects.extend(_defect_names(part))
            ctype = part.get_content_type().lower()
            filename = _filename(part)
            if ctype in _CALENDAR_TYPES or filename.endswith((".ics", ".vcs")):
                self._add_calendar(part)
                continue
            if ctype.startswith("multipart/"):  # boundary never found: keep the raw body
                self.plain.append(_raw_body(part))
                continue
            disposition = str(part.get("Content-Disposition", "")).lower()
            if not ctype.startswith("text/") or disposition.startswith("attachment"):
                continue
            if ctype == "text/plain":
                self.plain.append(self._decode(part))
            elif ctype == "text/html":
                self.html.append(self._decode(part))

    def text(self) -> str:
        """The first body with words in it, its lines ended by "\\n" alone: mail ends
        its lines with CRLF (RFC 5322, and IMAP hands it over so), and a pattern anchored
        at a line's end (a title on the line under a signature's name) must not meet a
        stray "\\r" there."""
        for body in self.plain:
            if body.strip():
                return self._bounded(_unix_lines(body).strip())
        for body in self.html:
            if len(body) > MAX_HTML_CHARS:
                self._note(f"HTML body of {len(body):,} characters; only the first"
                           f" {MAX_HTML_CHARS:,} were read")  # fmt: skip
                body = body[:MAX_HTML_CHARS]
            text = _unix_lines(html_to_text(body))
            if text:
                return self._bounded(text)
        return ""

    def _bounded(self, text: str) -> str:
        if len(text) <= MAX_TEXT_CHARS:
            return text
        self._note(f"body text of {len(text):,} characters; only the first"
                   f" {MAX_TEXT_CHARS:,} were kept")  # fmt: skip
        return text[:MAX_TEXT_CHARS]

    def _note(self, problem: str) -> None:
        """What a bound left unread: a defect, and said to the user (`unread`)."""
        if problem not in self.defects:  # text() is asked more than once
            self.defects.append(problem)
            self.unread.append(problem)

    def _add_calendar(self, part: Message) -> None:
        text = self._decode(part, default_charset="utf-8")
        if not text.strip():
            self.defects.append("empty calendar part")
            return
        key = text.replace("\r\n", "\n").strip()
        if any(c.text.replace("\r\n", "\n").strip() == key for c in self.calendars):
            return
        method = str(part.get_param("method", "") or "").strip().upper()
        self.calendars.append(CalendarPart(text=text, method=method))

    def _decode(self, part: Message, default_charset: str | None = None) -> str:
        data = _payload(part, self.defects)
        charset = _charset(part) or default_charset
        text, problem = decode_bytes(data, charset)
        if problem:
            self.defects.append(f"{part.get_content_type()}: {problem}")
        return text


def _walk(msg: Message, note: Callable[[str], None]) -> list[Message]:
    """Every part, depth first as `Message.walk` gives them, without recursion, bounded.

    `bound_structure` already cut the tree at `MAX_MIME_DEPTH`; the bound is kept here
    too so that no structure the scan misjudged is walked deeper.
    """
    out: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if len(out) >= MAX_PARTS:
            note(f"more than {MAX_PARTS:,} MIME parts; the rest were not read")
            break
        out.append(part)
        if not part.is_multipart():
            continue
        if depth >= MAX_MIME_DEPTH:
            note(f"MIME parts nested more than {MAX_MIME_DEPTH} levels were not read")
            continue
        children = part.get_payload()
        if isinstance(children, list):
            stack.extend(
                (child, depth + 1) for child in reversed(children) if isinstance(child, Message)
            )
    return out


def _unix_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _raw_body(part: Message) -> str:
    try:
        body = str(part.get_payload())  # decodes 8-bit with the declared charset
    except Exception:  # a charset Python cannot even look up ("utf8\0"): read the bytes
        data = part.get_payload(decode=True)
        body = decode_bytes(data)[0] if isinstance(data, bytes) else ""
    body = _repair_8bit(body)
    return html_to_text(body) if "<html" in body.lower() or "<body" in body.lower() else body


def _defect_names(part: Message) -> list[str]:
    return [f"{type(d).__name__}: {d}" if str(d) else type(d).__name__ for d in part.defects]


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:  # a broken RFC 2231 parameter
        return ""
    return str(name).strip().lower()


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_param("charset")
    except Exception:
        return None
    if isinstance(charset, tuple):  # RFC 2231 (charset, language, value)
        charset = charset[2]
    return str(charset) if charset else None


def _payload(part: Message, defects: list[str]) -> bytes:
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"undecodable {part.get_content_type()} part: {exc}")
        return b""
    if not isinstance(data, bytes):
        return b""
    squashed = re.sub(r"[\s_]", "", cte)
    if squashed == "quotedprintable" and cte != "quoted-printable":
        defects.append(f"invalid Content-Transfer-Encoding {quoted(cte)} read as quoted-printable")
        data = quopri.decodestring(data)
    return data


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title"})
    _BLOCK = frozenset(
        {"br", "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._cells = 0  # cells begun in the current table row
        self._cell_start = 0  # where in `parts` the last cell began

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
            if tag == "tr":
                self._cells = 0
        elif tag in ("td", "th"):
            # Cells of a row stay apart; a short label cell reads as "When: …".
            if self._cells:
                before = "".join(self.parts[self._cell_start :]).strip()
                label = 0 < len(before.split()) <= 3 and before[-1:].isalnum()
                self.parts.append(": " if label else " ")
            self._cells += 1
            self._cell_start = len(self.parts)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks become lines, scripts and styles vanish."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is tolerant; keep what was read so far
        pass
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
