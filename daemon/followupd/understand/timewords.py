"""The words and number arithmetic behind `timeframe`: weekdays, months, numbers, clock times.

Regex fragments (English and German) that `timeframe`'s rules combine, and the
calendar arithmetic they resolve with. Kept apart so that the rule table in
`timeframe` stays readable; nothing here knows about messages.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2, "a few": 3, "few": 3, "several": 4,
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "ein paar": 3, "paar": 3, "wenigen": 3, "wenige": 3, "einigen": 4,
    "einige": 4,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "domingo": 6,
}  # fmt: skip
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januar": 1, "jänner": 1, "february": 2, "feb": 2, "februar": 2,
    "march": 3, "mar": 3, "märz": 3, "april": 4, "apr": 4, "may": 5, "mai": 5, "june": 6,
    "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12, "dezember": 12, "dez": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
}  # fmt: skip


def alternatives(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUM = rf"(?:\d{{1,3}}|{alternatives(NUMBERS)})"
WEEKDAY = rf"(?:{alternatives(WEEKDAYS)})\.?"
MONTH = rf"(?:{alternatives(MONTHS)})\.?"
UNIT = (
    r"(?P<unit>business\s+days?|working\s+days?|days?|weeks?|months?|hours?|"
    r"werktagen?|arbeitstagen?|tagen?|wochen?|monaten?|stunden?)"
)
LEAD = (
    r"(?:within|in|over|during|inside\s+of|take|takes|innerhalb|binnen)\s+(?:von\s+)?"
    r"(?:the\s+|der\s+|den\s+)?(?:next\s+|coming\s+|following\s+|nächsten\s+|kommenden\s+)?"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+|ca\.\s+|etwa\s+|circa\s+)?"
)
COMING = (
    r"(?:within|in|over|during|innerhalb|binnen)\s+(?:von\s+)?(?:the|der|den)\s+"
    r"(?:next|coming|following|nächsten|kommenden)\s+"
)
DEADLINE = (
    r"(?:by|until|till|before|no\s+later\s+than|on|bis\s+spätestens|spätestens|"
    r"bis(?:\s+zum)?|am|d['’]ici(?:\s+(?:à|au|le))?|avant(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|"
    r"para\s+el|antes\s+del?|a\s+más\s+tardar(?:\s+el)?)"
)
EOD = r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
NEXT = r"(?:next|nächster|nächsten|kommender|kommenden|der\s+nächsten|der\s+kommenden)"
# A clock time: "12 noon", "noon", "3pm", "3:30 p.m.", "14:00", "14 Uhr", "14.30 Uhr".
CLOCK = (
    r"(?:(?:12\s+)?noon|midday|mittags|(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*"
    r"(?P<ap>a\.?m\.?|p\.?m\.?|uhr)|(?P<h24>\d{1,2}):(?P<mi24>\d{2}))"
)
# A zone word may sit between the clock and the day ("5pm Pacific on Tuesday").
_ZONE_WORD = (
    r"(?:\s+(?:pacific|mountain|central|eastern|[PMCE][SD]?T|CES?T|BST|GMT|UTC)(?:\s+time)?)?"
)
CLOCK_BEFORE = re.compile(
    rf"(?:by|before|until|at|um|bis)?\s*{CLOCK}{_ZONE_WORD}\s*(?:on\s+|am\s+)?$", re.I
)
CLOCK_AFTER = re.compile(rf"^,?\s*(?:at|by|before|um|bis|,)?\s*{CLOCK}(?!\w)", re.I)


def clock_time(match: re.Match[str]) -> time | None:
    """The time of day a CLOCK match names, or None when it is no valid time."""
    if match.group("h24"):
        hour, minute = int(match.group("h24")), int(match.group("mi24"))
    elif match.group("h"):
        hour, minute = int(match.group("h")), int(match.group("mi") or 0)
        marker = match.group("ap").lower().replace(".", "")
        if marker == "pm" and hour < 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
    else:
        hour, minute = 12, 0  # noon
    return time(hour, minute) if hour < 24 and minute < 60 else None


def number_of(word: str) -> int:
    word = re.sub(r"\s+", " ", word.strip().lower())
    return int(word) if word.isdigit() else NUMBERS[word]


def add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def add_months(day: date, count: int) -> date:
    month_index = day.month - 1 + count
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def monday_next_week(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def next_day_of_month(today: date, number: int) -> date | None:
    """ "by the 14th": the first such day after today, this month or the next; else None."""
    for months in (0, 1, 2):
        first = add_months(today.replace(day=1), months)
        if number <= last_day_of_month(first.year, first.month).day:
            day = first.replace(day=number)
            if day > today:
                return day
    return None


def last_day_of_quarter(day: date) -> date:
    """ "before the end of the quarter": the last calendar day of its calendar quarter."""
    month = 3 * ((day.month - 1) // 3) + 3
    return last_day_of_month(day.year, month)


# A zone named right after a clock time ("by 5pm Pacific", "17:00 CET") overrides the
# sender's zone: the writer says which wall clock the promise is on. Abbreviations are
# read as the zone people mean by them all year ("PST" in July is Pacific time, as
# written by people who do not switch to "PDT"). Ambiguous ones take their most common
# meaning here (IST India, CST US Central, BST British Summer Time, AST Atlantic);
# `ZONE_ALTERNATIVES` lists what the text must say for the other readings.
NAMED_ZONES: dict[str, str] = {
    "pacific": "America/Los_Angeles", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "mountain": "America/Denver", "mt": "America/Denver",
    "mst": "America/Denver", "mdt": "America/Denver", "central": "America/Chicago",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "eastern": "America/New_York", "et": "America/New_York", "est": "America/New_York",
    "edt": "America/New_York", "akst": "America/Anchorage", "akdt": "America/Anchorage",
    "hst": "Pacific/Honolulu", "ast": "America/Halifax", "adt": "America/Halifax",
    "nst": "America/St_Johns", "ndt": "America/St_Johns", "brt": "America/Sao_Paulo",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin", "uk": "Europe/London", "bst": "Europe/London",
    "london": "Europe/London", "wet": "Europe/Lisbon", "west": "Europe/Lisbon",
    "eet": "Europe/Helsinki", "eest": "Europe/Helsinki", "msk": "Europe/Moscow",
    "ist": "Asia/Kolkata", "pkt": "Asia/Karachi", "gst": "Asia/Dubai", "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "wib": "Asia/Jakarta",
    "pht": "Asia/Manila", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "aet": "Australia/Sydney", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
    "awst": "Australia/Perth", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "nzt": "Pacific/Auckland", "sast": "Africa/Johannesburg", "wat": "Africa/Lagos",
    "eat": "Africa/Nairobi", "gmt": "UTC", "utc": "UTC",
}  # fmt: skip
# The other readings of an ambiguous abbreviation, each with the words (a regex) that
# select it when they appear in the same text: "IST" is India unless Israel or Ireland
# is named.
ZONE_ALTERNATIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "ist": ((r"israel|tel[\s-]aviv|jerusalem|haifa", "Asia/Jerusalem"),
            (r"ireland|irish|dublin|cork", "Europe/Dublin")),
    "cst": ((r"china|beijing|shanghai|shenzhen|chinese", "Asia/Shanghai"),
            (r"cuba|havana", "America/Havana")),
    "bst": ((r"bangladesh|dhaka", "Asia/Dhaka"),),
    "ast": ((r"saudi|riyadh|arabia|kuwait|qatar|doha|bahrain", "Asia/Riyadh"),),
    "gst": ((r"south\s+georgia", "Atlantic/South_Georgia"),),
}  # fmt: skip


def zone_for_abbreviation(word: str, context: str = "") -> str:
    """The IANA key an abbreviation (or zone word) of `NAMED_ZONES` means, given the text
    around it (`ZONE_ALTERNATIVES`); '' when the word is no zone of the table."""
    key = word.lower()
    for pattern, zone in ZONE_ALTERNATIVES.get(key, ()):
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", context, re.IGNORECASE):
            return zone
    return NAMED_ZONES.get(key, "")


# Zone words read whatever their case ("5pm pacific", "17:00 cet"); every other key of
# `NAMED_ZONES` only in capitals, since in lower case it is a word ("14 Uhr ist", "wat").
LOWER_CASE_ZONES = frozenset({
    "pacific", "pt", "pst", "pdt", "mountain", "central", "eastern", "et", "est", "edt",
    "cet", "cest", "uk", "bst", "london", "gmt", "utc", "mez", "mesz", "cst", "cdt", "mst",
    "mdt", "aest", "aedt",
})  # fmt: skip
_NAMED_ZONE = re.compile(
    rf"{CLOCK}\s+(?P<zone>{'|'.join(NAMED_ZONES)})(?:\s+time)?(?!\w)", re.IGNORECASE
)


def named_zone(text: str) -> tzinfo | None:
    """The zone named after a clock time in text ("5pm Pacific"), or None."""
    for match in _NAMED_ZONE.finditer(text):
        word = match.group("zone")
        if word.isupper() or word.lower() in LOWER_CASE_ZONES:
            return ZoneInfo(zone_for_abbreviation(word, text))
    return None
