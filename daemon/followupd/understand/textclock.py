"""Clock times as people write them in mail: "2:00 PM", "14h00", "14 Uhr", "2:00–2:45pm",
"10-11am", "von 15 bis 16 Uhr", an ISO date-time; each with the zone written after it.

`clocks(sentence, …)` finds them (`textwhen.mentions` pairs them with days). A clock
time without am/pm from 1 to 6 o'clock is read as afternoon; 7 to 12 as written. A bare
hour needs "at"/"um"/"à"/"a las" before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, tzinfo

from followupd.understand.textzones import Zone, zone_at

_FLAGS = re.IGNORECASE


def _rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class Clock:
    start: int
    end: int
    clock: time
    until: time | None
    range_word: str
    zone: Zone | None
    words: str
    guessed_half: bool
    offset_date: date | None = None  # an ISO date-time carries its own day


def _clock_pattern(p: str) -> str:
    return (
        rf"(?:(?P<{p}noon>12\s+noon|noon|midday|mittags?|midi|mediod[ií]a)"
        rf"|(?P<{p}h>\d{{1,2}})(?!\d)(?:\s*(?P<{p}sep>[:.]|h(?=\s*\d))\s*(?P<{p}mi>\d{{2}})(?!\d))?"
        rf"(?:\s*(?P<{p}ap>[ap]\.?\s?m\.?(?!\w)|uhr(?!\w)|uur(?!\w)|h(?![\w])|hrs(?!\w)|o['’]clock"
        rf"|de\s+la\s+(?:mañana|tarde|noche)))?)"
    )


_RANGE_WORD = r"-|–|—|to|till|until|bis|à|au|a|hasta|às|alle"


_CLOCK = _rx(
    rf"(?<![\w.:/+−–-])(?:(?P<lead>at|um|à|a\s+las?|around|gegen|@|from|von|de|between|"
    rf"entre|desde|om|às|alle|das|dalle|kl\.?|klockan|klo|kello)\s*(?<=\s|\.))?"
    rf"{_clock_pattern('s_')}"
    rf"(?:\s*(?P<rw>{_RANGE_WORD})\s*(?:las?\s+)?(?:(?:ca\.|circa|approx\.|approximately|about|"
    rf"etwa|gegen|vers|hacia|cerca\s+de)\s*)?{_clock_pattern('e_')})?"
)


_BARE_LEADS = frozenset({"at", "um", "à", "a la", "a las", "around", "gegen", "@", "om", "às"})
# Nordic clock leads ("kl. 10.00", "klo 14"): a dotted time after them is a time.
_NORDIC_LEADS = frozenset({"kl", "kl.", "klockan", "klo", "kello"})


_NOT_A_TIME_AFTER = _rx(
    r"\s*(?:[-–]?\s*(?:minutes?|mins?|minuten|minutos?|hours?|hrs?|stunden?|heures?|horas?|"
    r"days?|tage?n?|jours?|días?|weeks?|people|persons|personnes|personas|years?|rounds?|"
    r"interviews?|candidates?|%|percent|euros?|dollars?|usd|eur|k\b))",
)


def _one_clock(m: re.Match[str], p: str) -> tuple[time | None, bool, str]:
    """(the clock time, whether am/pm was guessed, the marker) of one side of a match."""
    if m[f"{p}noon"]:
        return time(12, 0), False, "noon"
    if m[f"{p}h"] is None:
        return None, False, ""
    hour, minute = int(m[f"{p}h"]), int(m[f"{p}mi"] or 0)
    marker = (m[f"{p}ap"] or "").lower().replace(".", "").replace(" ", "")
    if marker in ("de la tarde", "dela tarde", "delatarde", "delanoche"):
        marker = "pm"
    elif marker in ("delamañana",):
        marker = "am"
    if minute > 59 or hour > 23:
        return None, False, marker
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    elif marker in ("am", "pm") and hour == 0:
        return None, False, marker
    return time(hour, minute), False, marker


def _afternoon(clock: time) -> tuple[time, bool]:
    """A clock without am/pm from 1 to 6 o'clock: an interview is in the afternoon."""
    if 1 <= clock.hour <= 6:
        return clock.replace(hour=clock.hour + 12), True
    return clock, False


_HOUR_WORDS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
        start=1,
    )
}
_HOUR_WORD = rf"(?:{'|'.join(_HOUR_WORDS)}|\d{{1,2}})"
# Clocks in words, as British and Irish mail writes them: "at half nine", "half past
# two", "quarter to eleven", "nine o'clock", "at ten thirty", "eleven am".
_WORDED = _rx(
    rf"(?<![\w:.])(?:(?P<lead>at|around|from)\s+)?(?:"
    rf"(?P<part>half|quarter)(?:\s+(?P<dir>past|to|after))?\s+(?P<h1>{_HOUR_WORD})"
    rf"|(?P<h2>{'|'.join(_HOUR_WORDS)})(?:\s+(?P<mins>thirty|fifteen|forty[- ]five))?"
    rf")(?!(?<!\d)\w)(?:\s*(?P<mark>[ap]\.?m\.?(?!\w)|o['’]clock|in\s+the\s+(?:morning|afternoon|evening)))?"
)


def _worded(m: re.Match[str]) -> tuple[time, bool] | None:
    """The clock of a worded match (whether am/pm was guessed), or None: no time."""
    mark = (m["mark"] or "").lower().replace(".", "")
    if m["part"]:
        raw = m["h1"]
        hour = _HOUR_WORDS.get(raw.lower()) or int(raw)
        if not 1 <= hour <= 12:
            return None
        minutes = 30 if m["part"].lower() == "half" else 15
        if (m["dir"] or "").lower() == "to":
            if m["part"].lower() == "half":
                return None
            hour, minutes = hour - 1 or 12, 45
    else:
        hour = _HOUR_WORDS[m["h2"].lower()]
        minutes = {"thirty": 30, "fifteen": 15}.get(
            (m["mins"] or "").lower(), 45 if m["mins"] else 0
        )
        if not (mark or (m["mins"] and m["lead"])):
            return None  # "nine" alone is a number, "at ten thirty" and "ten am" are times
    if mark in ("pm", "in the afternoon", "in the evening") and hour < 12:
        hour += 12
    elif mark in ("am", "in the morning") and hour == 12:
        hour = 0
    elif mark not in ("am", "in the morning"):
        if mark or m["lead"] or m["part"]:
            clock, guessed = _afternoon(time(hour, minutes))
            return clock, guessed
        return None
    return time(hour, minutes), False


def clocks(sentence: str, context: str, user_zone: tzinfo | None, masked: str) -> list[Clock]:
    found: list[Clock] = []
    for m in _WORDED.finditer(masked):
        spoken = _worded(m)
        if spoken is None:
            continue
        zone, zone_end = zone_at(sentence, m.end(), context, user_zone)
        end = zone_end if zone else m.end()
        words = sentence[m.start() : end].strip()
        found.append(Clock(m.start(), end, spoken[0], None, "", zone, words, spoken[1]))
    worded = [(c.start, c.end) for c in found]
    for m in _CLOCK.finditer(masked):
        if any(a <= m.start("s_h") < b for a, b in worded if m["s_h"]):
            continue  # "half past 2pm": read in words
        read = _clock_of(m, masked)
        if read is None:
            continue
        start, until, guessed = read
        begin = m.start("s_noon") if m["s_noon"] else m.start("s_h")
        if not (m["s_ap"] or m["s_sep"] or m["s_noon"]) and _lead(m) in _BARE_LEADS:
            begin = m.start()  # "at 9": the lead says it is a time
        zone, zone_end = zone_at(sentence, m.end(), context, user_zone)
        end = zone_end if zone else m.end()
        range_word = m["rw"] if until is not None else ""
        words = sentence[begin:end].strip()
        found.append(Clock(begin, end, start, until, range_word, zone, words, guessed))
    return found


def _lead(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", (m["lead"] or "").lower())


def _clock_of(m: re.Match[str], masked: str) -> tuple[time, time | None, bool] | None:
    """(start, the end of a range, whether am/pm was guessed) of a match; None: no time."""
    start, _, start_marker = _one_clock(m, "s_")
    if start is None:
        return None
    separator = m["s_sep"] or ""
    if separator == "h" and start.hour < 7 and _lead(m) not in _BARE_LEADS:
        return None  # "1h30" is a length of time
    end, _, end_marker = _one_clock(m, "e_")
    if (
        separator == "."
        and not {"uhr", "uur"} & {start_marker, end_marker}
        and start_marker not in ("am", "pm")
        and _lead(m) not in _NORDIC_LEADS
    ):
        return None  # "14.30" alone may be a price or a version
    if end is not None and m["rw"]:
        ranged = _range_of(m, start, start_marker, end, end_marker)
        if ranged is not None:
            return ranged
    nordic = _lead(m) in _NORDIC_LEADS
    if separator == "." and nordic:
        return start, None, False  # "kl. 10.00": a 24-hour clock
    if not (start_marker or separator in (":", "h") or m["s_noon"]):
        # A bare number is an hour only after "at" ("at 3"), not before a unit ("at 3 people").
        if not (_lead(m) in _BARE_LEADS or nordic) or _NOT_A_TIME_AFTER.match(masked, m.end()):
            return None
        clock, guessed = _afternoon(start)
        return clock, None, guessed
    if (separator == ":" and not start_marker and not re.match(r"0\d", m["s_h"] or "")) or (
        start_marker in ("o'clock", "o’clock")
    ):
        clock, guessed = _afternoon(start)
        return clock, None, guessed
    return start, None, False


def _range_of(
    m: re.Match[str], start: time, start_marker: str, end: time, end_marker: str
) -> tuple[time, time | None, bool] | None:
    """ "2:00–2:45pm", "10-11am", "from 2pm to 3pm", "14-15 Uhr"; None: no range."""
    if not (start_marker or end_marker or m["s_sep"] or m["e_sep"]):
        return None  # "2-3" is no time range
    if m["rw"] in ("-", "–", "—") and not (start_marker or end_marker or m["e_sep"] or m["e_noon"]):
        return None
    if not start_marker and end_marker in ("am", "pm"):
        start = _with_marker(start, end_marker, end)
    guessed = False
    if not (start_marker or end_marker):
        start, guessed = _afternoon(start)
        end, _ = _afternoon(end)
    if _minutes(start, end) > 0:
        return start, end, guessed
    if end.hour < 12 and not end_marker and _minutes(start, end.replace(hour=end.hour + 12)) > 0:
        return start, end.replace(hour=end.hour + 12), guessed
    if start.hour >= 12 and end_marker == "am" and 0 < _minutes(start, end) + 24 * 60 <= 240:
        return start, end, guessed  # "11:30pm - 12:15am": past midnight (the end is earlier)
    return start, None, guessed


def _with_marker(clock: time, marker: str, end: time) -> time:
    """ "2–3pm", "11–12pm": the start takes the end's marker unless it would come after it."""
    hour = clock.hour
    if marker == "pm" and hour < 12:
        hour += 12
    candidate = clock.replace(hour=hour)
    if _minutes(candidate, end) <= 0 and clock.hour < 12:
        return clock
    return candidate


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
