"""Time zones as people write them after a time: abbreviations, offsets, names, cities.

`zone_at(text, pos, …)` reads the zone written at a position ("CST", "(UTC+05:30)",
"GMT-3", "Eastern time", "Central European Summer Time", "Berlin time", "hora de
Madrid", "America/Chicago", "your local time"); `default_zone` a statement setting the
zone of every time ("All times are Eastern", "Time Zone: (GMT-05:00) Eastern Time").
Abbreviations mean the zone people mean by them all year (`timewords.NAMED_ZONES`, the
ambiguous ones by `timewords.ZONE_ALTERNATIVES`); short ones count only in capitals
("et" is French for "and", "ist" German for "is"). A Windows-style "(UTC-06:00)
Central Time (US & Canada)" is the named zone, with its daylight saving time, not the
fixed offset shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from followupd.understand.timewords import LOWER_CASE_ZONES, NAMED_ZONES, zone_for_abbreviation
from followupd.understand.tz import city_zone, iana_zone

_FLAGS = re.IGNORECASE


def _rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class Zone:
    """A time zone as written: the tzinfo, the words, and how they were read (for explain)."""

    tz: tzinfo
    words: str
    note: str


_ZONE_LEAD = _rx(r"\s*(?:\(\s*)?(?:in\s+)?")
OFFSET = _rx(r"(?:UTC|GMT|Z)\s*(?P<sign>[+\-−–])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?!\d)")
_ZONE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_rx(rf"(?:{pattern})(?:\s*\(US\s*(?:&|and)\s*Canada\))?(?!\w)"), zone)
    for pattern, zone in (
        (r"central\s+europe(?:an)?(?:\s+(?:standard|summer|daylight))?\s+time", "Europe/Berlin"),
        (r"eastern\s+europe(?:an)?(?:\s+(?:standard|summer|daylight))?\s+time", "Europe/Helsinki"),
        (r"western\s+europe(?:an)?(?:\s+(?:standard|summer|daylight))?\s+time", "Europe/Lisbon"),
        (r"(?:US\s+)?pacific(?:\s+(?:standard|daylight))?(?:\s+time)?", "America/Los_Angeles"),
        (r"(?:US\s+)?mountain(?:\s+(?:standard|daylight))?(?:\s+time)?", "America/Denver"),
        (r"(?:US\s+)?central(?:\s+(?:standard|daylight))?(?:\s+time)?", "America/Chicago"),
        (r"(?:US\s+)?eastern(?:\s+(?:standard|daylight))?(?:\s+time)?", "America/New_York"),
        (r"atlantic(?:\s+(?:standard|daylight))?\s+time", "America/Halifax"),
        (r"alaska(?:n)?(?:\s+(?:standard|daylight))?\s+time", "America/Anchorage"),
        (r"hawaii(?:an)?(?:[\s-]+aleutian)?(?:\s+standard)?\s+time", "Pacific/Honolulu"),
        (r"british\s+(?:summer\s+)?time|uk(?:\s+time)?", "Europe/London"),  # "9:30 UK"
        (r"greenwich\s+mean\s+time", "UTC"),
        (r"coordinated\s+universal\s+time", "UTC"),
        (r"india(?:n)?\s+(?:standard\s+)?time", "Asia/Kolkata"),
        (r"israel(?:i)?\s+(?:standard\s+|daylight\s+)?time", "Asia/Jerusalem"),
        (r"irish\s+(?:standard\s+)?time", "Europe/Dublin"),
        (r"japan(?:ese)?\s+(?:standard\s+)?time", "Asia/Tokyo"),
        (r"singapore\s+(?:standard\s+)?time", "Asia/Singapore"),
        (r"australian\s+eastern(?:\s+(?:standard|daylight))?\s+time", "Australia/Sydney"),
        (r"new\s+zealand(?:\s+(?:standard|daylight))?\s+time", "Pacific/Auckland"),
        (r"mitteleuropäische[rn]?\s+(?:sommer)?zeit|deutscher\s+zeit", "Europe/Berlin"),
        (r"heure\s+(?:de\s+paris|française|de\s+france|d['’]europe\s+centrale)", "Europe/Paris"),
        (r"heure\s+de\s+l['’]est", "America/Toronto"),
        (r"hora\s+(?:peninsular|de\s+españa|de\s+madrid|central\s+europea)", "Europe/Madrid"),
        (r"hora\s+(?:de\s+lisboa|de\s+portugal|portuguesa)", "Europe/Lisbon"),
        (r"ora\s+(?:italiana|di\s+roma|di\s+milano)", "Europe/Rome"),
        (r"nederlandse\s+tijd", "Europe/Amsterdam"),
        (r"hora\s+(?:del\s+centro|de\s+(?:la\s+)?ciudad\s+de\s+méxico)", "America/Mexico_City"),
    )
)
_YOUR_ZONE = _rx(
    r"(?:your\s+(?:local\s+)?time(?:\s*zone)?|(?:in\s+)?your\s+time\s*zone|"
    r"for\s+you(?:\s+(?:in|over\s+in)\s+[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)?|"
    r"(?:on|at)\s+your\s+(?:end|side)|"
    r"ihrer\s+(?:Orts)?zeit(?:zone)?|votre\s+heure(?:\s+locale)?|su\s+hora(?:\s+local)?)(?!\w)"
)
_IANA = re.compile(r"(?P<z>[A-Z][A-Za-z_]+(?:/[A-Za-z_\-]+){1,2})(?![\w/])")
_CITY_TIME = re.compile(
    r"(?P<city>[A-Z][a-zà-ÿ]+(?:[ _][A-Z][a-zà-ÿ]+){0,2})\s+(?:[Tt]ime|Zeit)(?!\w)|"
    # "hora de Buenos Aires", "horário de Brasília", "heure de Montréal", "ora di Roma"
    r"(?:[Hh]ora|[Hh]orário|[Hh]orario|[Hh]eure|[Oo]ra)\s+(?:de|di|da|do|del)\s+"
    r"(?P<city2>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ _](?:de\s+)?[A-ZÀ-Ý][a-zà-ÿ]+){0,2})(?!\w)|"
    # "(11:00 en Buenos Aires)", "(8am in Singapore)": a zone when the city names one
    r"(?:en|em|in|à|a)\s+(?P<city3>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ _][A-ZÀ-Ý][a-zà-ÿ]+){0,2})(?=\s*\))"
)
_ABBREVIATION = re.compile(r"(?P<a>[A-Za-z]{2,5})(?!\w)(?:\s+[Tt]ime(?!\w))?")
_NOT_ABBREVIATIONS = frozenset({"pacific", "mountain", "central", "eastern", "london", "uk"})
# In lower case after a time these are words of a sentence ("à 14h00 est annulé", "14h et
# 15h", "um 14 Uhr ist"): only the capitals are zones.
_LOWER_CASE_OK = LOWER_CASE_ZONES - {"et", "est", "pt"}


def zone_at(text: str, pos: int, context: str, user_zone: tzinfo | None) -> tuple[Zone | None, int]:
    """The zone written at `pos` (after spaces, a parenthesis, "in"), and where it ends."""
    lead = _ZONE_LEAD.match(text, pos)
    at = lead.end() if lead else pos
    closing = _rx(r"\s*\)")
    m = OFFSET.match(text, at)
    if m:
        sign = -1 if m["sign"] != "+" else 1
        delta = timedelta(hours=int(m["oh"]), minutes=int(m["om"] or 0))
        if delta <= timedelta(hours=14):
            end = m.end()
            after = _rx(r"\s*\)?\s*").match(text, end)
            worded, word_end = _worded_zone(text, after.end() if after else end, context, user_zone)
            if worded is not None:  # "(UTC-06:00) Central Time (US & Canada)": the name wins
                return worded, _closed(text, word_end, closing)
            fixed = timezone(sign * delta)
            return Zone(fixed, m.group(0), f'"{m.group(0)}" read as UTC{_offset(fixed)}'), _closed(
                text, end, closing
            )
    zone, end = _worded_zone(text, at, context, user_zone)
    if zone is not None:
        return zone, _closed(text, end, closing)
    return None, pos


def _closed(text: str, end: int, closing: re.Pattern[str]) -> int:
    m = closing.match(text, end)
    return m.end() if m else end


def _worded_zone(
    text: str, at: int, context: str, user_zone: tzinfo | None
) -> tuple[Zone | None, int]:
    for pattern, key in _ZONE_WORDS:
        m = pattern.match(text, at)
        if m:
            return _named(m.group(0), key), m.end()
    m = _YOUR_ZONE.match(text, at)
    if m and user_zone is not None:
        return Zone(user_zone, m.group(0), f'"{m.group(0)}": your own zone'), m.end()
    m = _IANA.match(text, at)
    if m and iana_zone(m["z"]) is not None:
        return Zone(ZoneInfo(m["z"]), m["z"], f"zone {m['z']} as written"), m.end()
    m = _CITY_TIME.match(text, at)
    city = city_zone(m["city"] or m["city2"] or m["city3"]) if m else None
    if m and city:
        return _named(m.group(0), city), m.end()
    m = _ABBREVIATION.match(text, at)
    if m:
        word = m["a"]
        low = word.lower()
        if low in ("utc", "gmt", "z") and (word.isupper() or low != "z"):
            return Zone(UTC, word, f'"{word}" read as UTC'), m.end()
        if (
            low in NAMED_ZONES
            and low not in _NOT_ABBREVIATIONS
            and (word.isupper() or low in _LOWER_CASE_OK)
        ):
            return _named(word, zone_for_abbreviation(low, context)), m.end()
    return None, at


def _named(words: str, key: str) -> Zone:
    zone: tzinfo = UTC if key == "UTC" else ZoneInfo(key)
    return Zone(zone, words.strip(), f'"{words.strip()}" read as {key}')


def _offset(zone: tzinfo) -> str:
    delta = zone.utcoffset(None) or timedelta(0)
    return offset_words(delta)


def offset_words(delta: timedelta) -> str:
    """+05:30, −08:00."""
    minutes = int(delta.total_seconds() // 60)
    sign = "−" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


_DEFAULT_ZONE = _rx(
    r"(?<!\w)(?:time\s*zone\s*:?\s*|timezone\s*:?\s*|zeitzone\s*:?\s*|"
    r"fuseau\s+horaire\s*:?\s*|zona\s+horaria\s*:?\s*|alle\s+zeiten\s+(?:in\s+)?|"
    r"(?:all\s+)?times?\s+(?:are\s+|shown\s+|listed\s+|given\s+|below\s+|above\s+)*"
    r"(?:in\s+)?)"
)


def default_zone(text: str, context: str, user_zone: tzinfo | None) -> Zone | None:
    """A statement setting the zone of every time ("All times are Eastern"), or None."""
    for m in _DEFAULT_ZONE.finditer(text):
        zone, _ = zone_at(text, m.end(), context, user_zone)
        if zone is not None:
            return replace(zone, note=f"{zone.note} (stated for all times)")
    return None
