"""The new text of a message: quoted replies and signatures removed; and its sentences.

A reply carries the older conversation below (or between) the new words. An old
rejection quoted under "Thanks, see you Tuesday!" must not count again, so every
classifier reads `new_text(message.text)` only. What is cut, from the first marker on:

    attribution      "On Tue, 3 Mar 2026, Ana <ana@x> wrote:" (also split over two lines),
                     "Am 03.03.2026 um 10:00 schrieb Ana:", "Le … a écrit :", "Op … schreef …:"
    Outlook header   "-----Original Message-----", "----- Ursprüngliche Nachricht -----",
                     a "From:/Von:" line followed by "Sent:/Date:/Gesendet:/Datum:" soon after
    forwarded        "---------- Forwarded message ---------", "Begin forwarded message:"
    signature        a line "-- " (RFC 3676), "Sent from my iPhone", "Von meinem iPhone gesendet"

Lines starting with ">" are dropped wherever they are (inline replies keep the new
lines between them). Gmail's quote divs arrive here already flattened to text by
`mime.html_to_text`; their "On … wrote:" line is the marker.

The new text is at most `MAX_NEW_TEXT_CHARS` long (the rest is cut): a letter is a
few thousand characters, and every classifier reads the new text sentence by
sentence, so a 5 MB body must not be read whole. Both functions are linear in
the length of their input.
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    r"""^\s*(
        on\s.{4,200}\swrote:                          # English (Gmail, Apple Mail, Thunderbird)
      | am\s.{4,200}\sschrieb\s?.{0,120}:             # German
      | le\s.{4,200}\sa\sécrit\s?:                    # French
      | op\s.{4,200}\sschreef\s?.{0,120}:             # Dutch
      | el\s.{4,200}\sescribió\s?:                    # Spanish
      | .{0,120}<[^>\s]+@[^>\s]+>\swrote:             # "Ana Ruiz <ana@x> wrote:"
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SEPARATOR = re.compile(
    r"""^\s*(
        -{2,}\s*(original\smessage|ursprüngliche\snachricht|message\sd'origine|
                 originalnachricht|forwarded\smessage|weitergeleitete\snachricht)\s*-{2,}
      | begin\sforwarded\smessage:
      | anfang\sder\sweitergeleiteten\snachricht:
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADER_FROM = re.compile(r"^\s*\*?(from|von|de|van)\*?\s*:\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoyé|to|an|subject|betreff)\*?\s*:", re.IGNORECASE
)
_SIGNATURE = re.compile(
    r"^(--\s?|sent from my \w+.*|von meinem \w+ gesendet.*|get outlook for \w+.*)$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")  # Outlook draws a line above its header block
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")


# What the classifiers read of one message's own words (about 25 pages of text).
MAX_NEW_TEXT_CHARS = 100_000


def new_text(text: str, limit: int = MAX_NEW_TEXT_CHARS) -> str:
    """The text a sender wrote in this message: no quoted reply, no signature; at most
    `limit` characters (`is_cut` says whether it was cut)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    size = 0
    for index, line in enumerate(lines):
        if size > limit:
            break
        if _cuts_here(lines, index):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
        size += len(kept[-1]) + 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()[:limit]


def is_cut(new: str, limit: int = MAX_NEW_TEXT_CHARS) -> bool:
    """Whether `new_text` stopped at its limit (the message says more than was read)."""
    return len(new) >= limit


def _cuts_here(lines: list[str], index: int) -> bool:
    line = lines[index]
    stripped = line.strip()
    if _SIGNATURE.match(line):
        return True
    if _SEPARATOR.match(line) or _ATTRIBUTION.match(line):
        return True
    following = [candidate for candidate in lines[index + 1 : index + 3] if candidate.strip()]
    # Clients wrap a long attribution: "On Tue, 3 Mar 2026 at 10:02, Ana Ruiz <ana@x>" / "wrote:"
    if following and _ATTRIBUTION.match(f"{stripped} {following[0].strip()}"):
        return stripped.lower().startswith(("on ", "am ", "le ", "op ", "el "))
    if _RULE.match(line):
        return bool(following) and bool(_HEADER_FROM.match(following[0]))
    if _HEADER_FROM.match(line):
        window = lines[index + 1 : index + 5]
        return sum(1 for candidate in window if _HEADER_NEXT.match(candidate)) >= 2
    return False


def quoted_from(text: str, addresses: frozenset[str], limit: int = MAX_NEW_TEXT_CHARS) -> str:
    """The quoted text of a message whose attribution names one of `addresses` ("On Fri,
    … Siobhan Walsh <siobhan@x> wrote:"), quote marks removed; '' when none does."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    size = 0
    taking = False
    for index, line in enumerate(lines):
        if size > limit:
            break
        bare = line.lstrip(" >")
        following = lines[index + 1] if index + 1 < len(lines) else ""
        wrapped = f"{bare.strip()} {following.lstrip(' >').strip()}"
        if _ATTRIBUTION.match(bare) or (following and _ATTRIBUTION.match(wrapped)):
            found = {a.lower() for a in _ADDRESS.findall(f"{line}\n{following}")}
            if taking and not found & addresses:
                break
            taking = taking or bool(found & addresses)
            continue
        if taking:
            kept.append(bare.rstrip())
            size += len(kept[-1]) + 1
    return "\n".join(kept).strip()


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(„“]?[A-ZÄÖÜ0-9])")
_BULLET = re.compile(r"^\s*([-*•–·]|\d+[.)])\s+")
# A schedule's line: a clock time first ("  9:15 - 10:00 AM  Values with Nina").
CLOCK_LINE = re.compile(r"^\d{1,2}(?:[:.h]\d{2}\b|\s*(?:am|pm)\b)", re.IGNORECASE)
# A form's field on its own line ("Date: …", "Venue: …", "Interviewers: …").
_FIELD_LINE = re.compile(r"^[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*:[ \t]+\S")
# A day heading the schedule lines below it ("Thursday, October 22", "Tue 6 Oct 2026").
DAY_HEADING = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:"
    r"[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-z]{3,9}\.?"
    r"|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)(?:,?\s+\d{4})?\s*:?$",
    re.IGNORECASE,
)
_ABBREVIATIONS = re.compile(
    r"\b(mr|mrs|ms|dr|prof|st|e\.g|i\.e|z\.b|bzw|ca|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|vs|etc|inc|ltd|no|approx|appr|env|kl)\.$",
    re.IGNORECASE,
)
_ABBREVIATION_CHARS = 8  # the longest abbreviation above with its dot ("sept.") and room
_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")  # "am 3. März": no sentence end


def sentences(text: str) -> list[str]:
    """Sentences of plain text: paragraphs are unwrapped, list items stay apart."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        schedule = False  # the lines so far are a schedule's, one time each
        for raw in paragraph.split("\n"):
            line = raw.strip()
            if not line:
                continue
            # A line that starts with a clock time is a schedule's item when indented,
            # after a heading, or below another such line; else a wrapped sentence's end.
            timed = bool(CLOCK_LINE.match(line)) and (
                raw[:1].isspace()
                or not lines
                or schedule
                or lines[-1].endswith(":")
                or bool(DAY_HEADING.match(lines[-1]))
            )
            field = bool(_FIELD_LINE.match(line))  # "Date: Thursday 5 November 2026"
            if (
                lines
                and not _BULLET.match(line)
                and not timed
                and not field
                and not _ends_block(lines[-1])
            ):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
                schedule = timed
        for line in lines:
            out.extend(_split_line(line))
    return [s for s in (re.sub(r"\s+", " ", s).strip() for s in out) if s]


def _ends_block(line: str) -> bool:
    """A greeting or a heading ends its own line ("Hi Jordan,", "Next steps:")."""
    return line.endswith((":", ",")) and len(line.split()) <= 4


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        # Only the end of the piece can be an abbreviation: look at its last characters
        # (with their context), never the whole piece again — "Dr. Dr. Dr. …" stays linear.
        end = match.start()
        tail = max(start, end - _ABBREVIATION_CHARS)
        if _ABBREVIATIONS.search(line, tail, end) or _ORDINAL.search(line, tail, end):
            continue
        pieces.append(line[start:end])
        start = match.end()
    pieces.append(line[start:])
    return pieces
