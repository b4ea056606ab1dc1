"""The user's debrief after an interview: forgiving notes typed on a phone.

    Priya: system design, the caching question — I'd add the LRU idea
    Zoë - team culture; asked about on-call
    - they liked my Kafka project
    Timeframe: two weeks
    Check back: Dec 10

Read line by line, from the new text only (our quoted question, "> …", is ignored):

- a line starting with an interviewer's first name, full name or address (case- and
  accent-insensitive) and then ":", " - " or " – " gives topics for that person,
  split on ";" or ","; the key is the interviewer's address;
- "timeframe:", "heard back in:", "they said:" (also "Zeitrahmen:") give the
  timeframe as written, and its moment via `find_timeframes` ("two weeks" is read as
  "within two weeks");
- "check back:", "follow up:" (also "nachfassen:") give when to check back: a date
  or a phrase ("in 10 days", "next Tuesday"), at **09:00** of that day in the user's
  zone — a reminder for the morning;
- any other line (bulleted or not) is a general point, except greetings and
  sign-offs ("Hi", "Thanks!", "Sent from my iPhone").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.domain.model import Person
from followupd.domain.signals import DebriefNote
from followupd.understand.quoting import new_text
from followupd.understand.timeframe import find_timeframes

CHECK_BACK_TIME = time(9, 0)

_BULLET = re.compile(r"^\s*(?:[-*•–·+]|\d+[.)])\s*")
_SEPARATOR = r"\s*(?::|\s[-–—]\s|[-–—]\s)\s*"
_TIMEFRAME = re.compile(
    rf"^(?:timeframe|time\s*frame|heard\s+back\s+in|hear\s+back\s+in|they\s+said|zeitrahmen)"
    rf"{_SEPARATOR}(?P<value>.+)$",
    re.IGNORECASE,
)
_CHECK_BACK = re.compile(
    rf"^(?:check\s*back|follow[\s-]*up|nachfassen|nachhaken){_SEPARATOR}(?P<value>.+)$",
    re.IGNORECASE,
)
_CHATTER = re.compile(
    r"^(?:hi|hello|hey|hallo|thanks|thank\s+you|danke|cheers|best|regards|gruß|grüße|"
    r"sent\s+from\s+my\b.*|von\s+meinem\b.*)\W*$",
    re.IGNORECASE,
)


def parse_debrief(
    text: str,
    *,
    interviewers: list[Person],
    sent: datetime,
    tz: str,
    quotes_stripped: bool = False,
) -> DebriefNote:
    """The topics per interviewer, general points, timeframe and check-back of a debrief.

    `quotes_stripped`: `text` is already the new text (`quoting.new_text`, done once).
    """
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = sent.astimezone(zone)
    aliases = _aliases(interviewers)
    topics: dict[str, list[str]] = {}
    general: list[str] = []
    evidence: list[str] = []
    timeframe, timeframe_due, check_back = "", None, None

    for raw in (text if quotes_stripped else new_text(text)).split("\n"):
        line = _BULLET.sub("", raw).strip() if _BULLET.match(raw) else raw.strip()
        if not line or _CHATTER.match(line):
            continue
        if match := _TIMEFRAME.match(line):
            timeframe = match.group("value").strip()
            timeframe_due = _moment(timeframe, local, prefix="within ")
            evidence.append(raw.strip())
        elif match := _CHECK_BACK.match(line):
            due = _moment(match.group("value").strip(), local, prefix="by ")
            if due is not None:
                day = due.astimezone(zone).date()
                check_back = datetime.combine(day, CHECK_BACK_TIME, tzinfo=zone).astimezone(UTC)
            evidence.append(raw.strip())
        elif found := _person_line(line, aliases):
            email, rest = found
            points = [p.strip(" .") for p in re.split(r"[;,]", rest) if p.strip(" .")]
            topics.setdefault(email, []).extend(points)
            evidence.append(raw.strip())
        else:
            general.append(line)
            evidence.append(raw.strip())

    return DebriefNote(
        topics={email: tuple(points) for email, points in topics.items() if points},
        general=tuple(general),
        timeframe=timeframe,
        timeframe_due=timeframe_due,
        check_back=check_back,
        evidence=tuple(evidence),
    )


def _fold(text: str) -> str:
    """Lower-case without accents: 'Zoë' -> 'zoe'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _aliases(interviewers: list[Person]) -> list[tuple[str, str]]:
    """(folded alias, interviewer address), longest alias first so full names win."""
    pairs: list[tuple[str, str]] = []
    for person in interviewers:
        email = person.email.lower()
        names = {email, email.split("@", 1)[0]}
        if person.name.strip():
            full = " ".join(person.name.split())
            names |= {full, full.split(" ", 1)[0]}
        pairs.extend((_fold(name), email) for name in names if name)
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def _person_line(line: str, aliases: list[tuple[str, str]]) -> tuple[str, str] | None:
    folded = _fold(line)
    for alias, email in aliases:
        # Folding keeps one character per letter of these scripts, so positions line up.
        match = re.match(rf"{re.escape(alias)}{_SEPARATOR}", folded)
        if match and len(folded) == len(line):
            return email, line[match.end() :]
        if match:
            return email, re.sub(rf"^.{{0,80}}?{_SEPARATOR}", "", line, count=1)
    return None


def _moment(phrase: str, local: datetime, *, prefix: str) -> datetime | None:
    """The first moment a phrase names; a bare "two weeks" or "Dec 10" gets a prefix."""
    for candidate in (phrase, f"{prefix}{phrase}"):
        found = find_timeframes(candidate, local)
        if found:
            return found[0][0]
    return None
