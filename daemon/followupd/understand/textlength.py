"""How long a meeting is, as a sentence states it: "45 minutes", "for an hour", "1h30".

`duration(sentence)` returns the minutes and the words of the first length stated,
from 10 minutes to 8 hours, in English, German, French and Spanish ("an hour and a
half", "eine Stunde", "une demi-heure", "media hora"); being early ("please arrive 15
minutes early") is no length, nor a clock time ("à 9h").
"""

from __future__ import annotations

import re
from functools import cache

from followupd.understand.timewords import alternatives

_FLAGS = re.IGNORECASE


def _rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "ein": 1, "eine": 1, "einer": 1,
    "zwei": 2, "drei": 3, "un": 1, "une": 1, "deux": 2, "trois": 3, "uno": 1, "una": 1,
    "dos": 2, "tres": 3, "thirty": 30, "forty-five": 45, "fifteen": 15, "sixty": 60,
    "ninety": 90, "twenty": 20, "forty": 40, "fifty": 50,
}  # fmt: skip
_DURATION = _rx(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?|{alternatives(_NUMBER_WORDS)})\s*[- ]?\s*"
    r"(?P<u>minutes?|mins?\.?|minuten|minutos?|min\.?|hours?|hrs?|stunden?|heures?|horas?|h)"
    r"(?!\w)(?P<half>\s+and\s+a\s+half|\s+et\s+demie|\s+y\s+media|\s+und\s+eine\s+halbe)?"
    r"(?:\s*(?:and\s+|und\s+|et\s+|y\s+)?(?P<n2>\d{1,2})\s*(?:minutes?|mins?|minuten|minutos?))?"
)
_HALF_HOURS = _rx(
    r"(?<!\w)(?:(?:an?\s+)?hour\s+and\s+a\s+half|eineinhalb\s+stunden|anderthalb\s+stunden|"
    r"une\s+heure\s+et\s+demie|hora\s+y\s+media)(?!\w)"
)
_HALF_HOUR = _rx(
    r"(?<!\w)(?:half\s+an\s+hour|half[\s-]hour|halbe[n]?\s+stunde|demi-heure|media\s+hora)(?!\w)"
)
_HOUR_MINUTES = _rx(r"(?<![\w:.])(?P<h>[1-4])\s*h\s*(?P<m>[0-5]\d)(?!\w)")
_EARLY = _rx(r"\s*(?:early|before|ahead|prior|in\s+advance|früher|vorher|avant|antes)")


def duration(sentence: str) -> tuple[int, str] | None:
    """(minutes, the words) of the first length of time stated in a sentence, or None.

    Only lengths from 10 minutes to 8 hours count, and not those of being early
    ("please arrive 15 minutes early").
    """
    for pattern, minutes in ((_HALF_HOURS, 90), (_HALF_HOUR, 30)):
        m = pattern.search(sentence)
        if m:
            return minutes, m.group(0)
    for m in _HOUR_MINUTES.finditer(sentence):
        before = sentence[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"(?:at|um|à)\s*$", before):
            return int(m["h"]) * 60 + int(m["m"]), m.group(0)
    for m in _DURATION.finditer(sentence):
        value = _amount(m["n"])
        unit = m["u"].lower()
        if unit == "h":
            before = sentence[max(0, m.start() - 6) : m.start()].lower()
            if value > 4 or re.search(r"(?:at|um|à|de)\s*$", before):
                continue
        hours = unit.startswith(("h", "st"))
        minutes = round(value * 60) if hours else round(value)
        if m["half"]:
            minutes += 30
        if m["n2"] and hours:
            minutes += int(m["n2"])
        if _EARLY.match(sentence, m.end()):
            continue
        if 10 <= minutes <= 480:
            return minutes, m.group(0).strip()
    return None


@cache
def _number(word: str) -> float:
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word.replace(",", "."))


def _amount(text: str) -> float:
    return _number(text.lower())
