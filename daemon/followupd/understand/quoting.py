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


def new_text(text: str) -> str:
    """The text a sender wrote in this message: no quoted reply, no signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _cuts_here(lines, index):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


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


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(„“]?[A-ZÄÖÜ0-9])")
_BULLET = re.compile(r"^\s*([-*•–·]|\d+[.)])\s+")
_ABBREVIATIONS = re.compile(
    r"\b(mr|mrs|ms|dr|prof|st|e\.g|i\.e|z\.b|bzw|ca|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|vs|etc|inc|ltd|no)\.$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Sentences of plain text: paragraphs are unwrapped, list items stay apart."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        for raw in paragraph.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if lines and not _BULLET.match(line) and not _ends_block(lines[-1]):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
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
        head = line[start : match.start()]
        if _ABBREVIATIONS.search(head) or re.search(r"(?<!\d)\d{1,2}\.$", head):
            continue
        pieces.append(head)
        start = match.end()
    pieces.append(line[start:])
    return pieces
