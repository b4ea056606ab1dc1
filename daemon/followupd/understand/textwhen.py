"""Days and clock times as people write them in mail, paired into the times they name.

`mentions(sentence, ...)` finds every time a sentence names, as `Mention`s: a day
("November 17", "17.11.2026", "le 17 novembre", "17 de noviembre", "Tuesday",
"tomorrow", "next Monday", "the 18th"), a clock time or range ("2:00 PM", "14h00",
"14 Uhr", "2:00–2:45pm", "10-11am", "von 15 bis 16 Uhr"), or both, paired within the
sentence, each with the zone written after it (`textzones.zone_at`).

Conventions, the same as `timeframe`'s where both read a phrase:

- a day is counted in the sender's zone (`sent`, aware); a weekday alone is the next
  such day *after* the sent date; "next Monday" (and "nächsten Montag") is Monday of
  the calendar week after the sent date's; French "mardi prochain" and Spanish "el
  próximo martes" are the coming one;
- a date without a year is the next such date, unless it lies up to `PAST_MENTION_DAYS`
  before the sent date (then it is that past day);
- a numeric date with slashes is read month first when the sender writes from an
  American zone (UTC−3 to UTC−10), day first elsewhere, and only with a year, a
  weekday or "on" before it ("Tue 11/17"): "24/7" is no date;
- a clock time without am/pm from 1 to 6 o'clock ("at 2:00", "tomorrow at 3") is read
  as afternoon; 7 to 12 as written. A bare hour needs "at"/"um"/"à"/"a las" before it;
- "by Friday 5pm" is a deadline (`Mention.deadline`), not an appointment.

Every pattern is bounded and anchored on a digit, a month or a weekday word, so a
sentence is read in time linear in its length; the caller bounds the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from followupd.understand.textclock import Clock, clocks
from followupd.understand.textzones import OFFSET, Zone, offset_words
from followupd.understand.timeframe import PAST_MENTION_DAYS
from followupd.understand.timewords import (
    MONTHS,
    WEEKDAYS,
    alternatives,
    monday_next_week,
    next_day_of_month,
)

ALL_WEEKDAYS: dict[str, int] = {
    **WEEKDAYS,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6, "weds": 2,
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6, "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4,
    # Swedish, Danish, Norwegian, Polish
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
    "söndag": 6, "mandag": 0, "tirsdag": 1, "lørdag": 5, "søndag": 6,
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4,
}  # fmt: skip
ALL_MONTHS: dict[str, int] = {
    **MONTHS,
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
    # Swedish, Danish, Norwegian, Polish (the genitive a date uses: "22 września")
    "augusti": 8, "maj": 5, "marts": 3, "desember": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
}  # fmt: skip
# Portuguese weekdays without "-feira" ("na quinta, 17/09, às 14h30") are also ordinals
# ("segunda entrevista", the second interview): a weekday only before a day or a time.
_PT_WEEKDAYS = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_WEEKDAY_NUMBER = {**ALL_WEEKDAYS, **_PT_WEEKDAYS}
WEEKDAY_WORD = _WD = (
    rf"(?:{alternatives(ALL_WEEKDAYS)}|(?:{alternatives(_PT_WEEKDAYS)})"
    r"(?=,?\s*(?:\d|às\b|as\b|dia\b|\()))"
)
_MON = rf"(?:{alternatives(ALL_MONTHS)})"
_ARTICLE = r"(?:the|den|le|el|am|du)"
_ORDINAL = r"(?:st|nd|rd|th|er|º|\.)"
_FLAGS = re.IGNORECASE


def _rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# --- days -------------------------------------------------------------------------------

_ISO = _rx(
    r"(?<![\w.:/-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d{1,6})?)?"
    r"\s?(?P<off>Z|[+-]\d{2}:?\d{2})?)?(?![\w:])"
)
_MONTH_FIRST = _rx(
    rf"(?<![\w.])(?:(?P<wd>{_WD})\.?,?\s+)?(?:the\s+)?(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?(?!\d)(?![:.]\d)(?!\s*(?:[ap]\.?\s?m(?!\w)|uhr|h(?!\w)))"
    rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?"
)
_DAY_FIRST = _rx(
    rf"(?<![\w.:,/])(?:(?P<wd>{_WD})\.?,?\s+)?(?:{_ARTICLE}\s+)?(?P<d>\d{{1,2}}){_ORDINAL}?"
    rf"\s*(?:of\s+|de\s+)?(?P<mon>{_MON})(?!\w)\.?(?:,?\s+(?:de\s+)?(?P<y>\d{{4}})(?!\d))?"
)
_DOTTED = _rx(
    rf"(?<![\w.])(?:(?P<wd>{_WD})\.?,?\s+)?(?:(?:den|am|le|el)\s+)?(?P<d>\d{{1,2}})\."
    r"(?P<mo>\d{1,2})\.(?P<y>\d{4}(?!\d)|\d{2}(?!\d))?(?![\d])"
)
_SLASH = _rx(
    rf"(?<![\w/.])(?:(?P<wd>{_WD})\.?,?\s+|(?P<on>on|am|le|el)\s+)?(?P<a>\d{{1,2}})/"
    r"(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
)
_WEEKDAY_DOM = _rx(
    rf"(?<![\w.])(?P<wd>{_WD})\.?,?\s+(?:(?P<art>the|den|le|el)\s+)?(?P<d>\d{{1,2}})"
    r"(?P<ord>st|nd|rd|th|er|\.)?(?!\d)"
    r"(?!\s*(?:[:.h]\s*\d|a\.?\s?m|p\.?\s?m|uhr|h(?!\w)|o'clock|[-–]\s*\d))"
)
_THE_DOM = _rx(
    r"(?<![\w.])(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)(?!\w)"
    # "ask for the 9th floor", "the 3rd round", "the 2nd interview": not a day
    r"(?!\s+(?:floor|storey|story|level|round|stage|interview|time|place|person|candidate|"
    r"step|call|one|week|month|year|anniversary)s?\b)"
)
_RELATIVE = _rx(
    r"(?<![\w-])(?P<rel>(?:the\s+)?day\s+after\s+tomorrow|tomorrow|tmrw|today|tonight|"
    r"this\s+(?:morning|afternoon|evening)|übermorgen|heute|morgen|après-demain|demain|"
    r"aujourd['’]hui|ce\s+soir|cet\s+après-midi|pasado\s+mañana|mañana|hoy|esta\s+tarde|"
    # Portuguese, Italian, Dutch, Swedish
    r"depois\s+de\s+amanhã|amanhã|hoje|dopodomani|domani|oggi|overmorgen|vandaag|"
    r"i\s+övermorgon|i\s+morgon|imorgon|idag|i\s+dag)"
    r"(?!\w)"
)
_WEEKDAY = _rx(
    r"(?<![\w.])(?:(?P<rel>next|this|coming|nächsten|nächster|kommenden|diesen|"
    rf"el\s+próximo|el\s+proximo|este|el|ce)\s+)?(?P<wd>{_WD})(?!\w)\.?"
    r"(?:\s+(?P<rel2>prochain|qui\s+vient|que\s+viene|próximo|proximo)(?!\w))?"
)
_NEXT_WEEK = frozenset({"next", "nächsten", "nächster", "kommenden"})
_TOMORROW_WORDS = frozenset(
    {"tomorrow", "tmrw", "morgen", "demain", "mañana", "amanhã", "domani", "i morgon", "imorgon"}
)
_IN_TWO_DAYS = frozenset(
    {"übermorgen", "après-demain", "pasado mañana", "depois de amanhã", "dopodomani",
     "overmorgen", "i övermorgon"}
)  # fmt: skip
# A German "morgen" after these words is the morning ("Guten Morgen"); a Spanish
# "mañana" after these is the morning too ("de la mañana").
_NOT_TOMORROW = _rx(r"(?:guten|heute|am|jeden|diesen|la|esta|cette)\s*$")


@dataclass(frozen=True)
class Mention:
    """One time named in a sentence: a day, a clock time (or range), or both."""

    sentence: int  # index of the sentence in the text read
    at: int  # where in the sentence it starts
    words: str  # as written
    day: date | None = None
    clock: time | None = None
    until: time | None = None  # the end of a written range ("2:00–2:45pm")
    range_word: str = ""  # what joined the range ("–", "to", "bis", "à")
    zone: Zone | None = None  # the zone written next to it
    deadline: bool = False  # "by Friday 5pm": a deadline, not an appointment
    lead: str = ""  # the word right before it, lower-case ("from", "to", "on")
    mismatch: str = ""  # a weekday that is not the date's ("Tuesday, 18 November 2026")
    guessed_half: bool = False  # a clock without am/pm read as afternoon
    weekday_only: bool = False  # the day is a weekday counted from the sent date
    day_words: str = ""
    clock_words: str = ""
    clock_sentence: int = -1  # joined with a day of another sentence: the clock's own

    @property
    def line(self) -> int:
        """The sentence its clock time stands in (a schedule's line)."""
        return self.clock_sentence if self.clock_sentence >= 0 else self.sentence

    @property
    def complete(self) -> bool:
        return self.day is not None and self.clock is not None


@dataclass(frozen=True)
class _Day:
    start: int
    end: int
    day: date | None
    words: str
    mismatch: str = ""
    weekday_only: bool = False  # "Tuesday": the day counted from the sent date


def _year_for(month: int, number: int, sent: date) -> date | None:
    """A date without a year: the next such date, or a recent past one (a past mention)."""
    try:
        this = date(sent.year, month, number)
    except ValueError:
        try:
            return date(sent.year + 1, month, number)  # 29 February
        except ValueError:
            return None
    if this >= sent - timedelta(days=PAST_MENTION_DAYS):
        return this
    try:
        return date(sent.year + 1, month, number)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _checked(day: date | None, weekday: str | None) -> str:
    if day is None or not weekday:
        return ""
    wanted = _WEEKDAY_NUMBER.get(weekday.lower().rstrip("."))
    if wanted is None or wanted == day.weekday():
        return ""
    return f'"{weekday}" is not the weekday of {day:%A, %d %B %Y}'


def _make_date(year: int | None, month: int, number: int, sent: date | None) -> date | None:
    if not (1 <= month <= 12 and 1 <= number <= 31):
        return None
    try:
        if year is not None:
            return date(year, month, number) if 1970 <= year <= 2200 else None
    except ValueError:
        return None
    return _year_for(month, number, sent) if sent is not None else None


def _days(sentence: str, sent: datetime | None, american: bool) -> list[_Day]:
    today = sent.date() if sent is not None else None
    found: list[_Day] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(item: _Day) -> None:
        if free(item.start, item.end):
            taken.append((item.start, item.end))
            # A date that is no date ("31.02.", "12.50.") is kept out, but its digits
            # are taken: they are no clock time either.
            if item.day is not None or today is None:
                found.append(item)

    for m in _ISO.finditer(sentence):
        day = _make_date(int(m["y"]), int(m["mo"]), int(m["d"]), today)
        if m["hh"] is None:
            add(_Day(m.start(), m.end(), day, m.group(0)))
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for m in pattern.finditer(sentence):
            if m["mon"] == "may":
                continue  # "the interview at 10 may move": the verb, not the month
            month = ALL_MONTHS[m["mon"].lower().rstrip(".")]
            year = _full_year(m["y"]) if m["y"] else None
            day = _make_date(year, month, int(m["d"]), today)
            add(_Day(m.start(), m.end(), day, m.group(0), _checked(day, m["wd"])))
    for m in _DOTTED.finditer(sentence):
        year = _full_year(m["y"]) if m["y"] else None
        day = _make_date(year, int(m["mo"]), int(m["d"]), today)
        add(_Day(m.start(), m.end(), day, m.group(0), _checked(day, m["wd"])))
    for m in _SLASH.finditer(sentence):
        if not (m["y"] or m["wd"] or m["on"]):
            continue
        first, second = int(m["a"]), int(m["b"])
        month, number = (first, second) if american else (second, first)
        if first > 12:
            month, number = second, first
        elif second > 12:
            month, number = first, second
        year = _full_year(m["y"]) if m["y"] else None
        day = _make_date(year, month, number, today)
        add(_Day(m.start(), m.end(), day, m.group(0), _checked(day, m["wd"])))
    for m in _WEEKDAY_DOM.finditer(sentence):
        number = int(m["d"])
        if not (m["art"] or m["ord"] or number >= 13) or today is None or not 1 <= number <= 31:
            continue
        day = next_day_of_month(today - timedelta(days=1), number)
        add(_Day(m.start(), m.end(), day, m.group(0), _checked(day, m["wd"])))
    for m in _THE_DOM.finditer(sentence):  # "on the 18th": the next such day of a month
        if today is not None and 1 <= int(m["d"]) <= 31:
            day = next_day_of_month(today - timedelta(days=1), int(m["d"]))
            add(_Day(m.start(), m.end(), day, m.group(0)))
    for m in _RELATIVE.finditer(sentence):
        word = m["rel"]
        low = word.lower()
        if low in ("morgen", "mañana") and _NOT_TOMORROW.search(sentence[: m.start()]):
            continue
        if word == "Morgen" and m.start() > 0:
            continue  # the noun (the morning) inside a sentence; "morgen" is tomorrow
        if today is None:
            add(_Day(m.start(), m.end(), None, word))
            continue
        low = re.sub(r"\s+", " ", low)
        if "after" in low or low in _IN_TWO_DAYS:
            shift = 2
        elif low in _TOMORROW_WORDS:
            shift = 1
        else:
            shift = 0
        add(_Day(m.start(), m.end(), today + timedelta(days=shift), word))
    for m in _WEEKDAY.finditer(sentence):
        if _is_possessive(m, sentence):
            continue
        target = _WEEKDAY_NUMBER[m["wd"].lower().rstrip(".")]
        rel = (m["rel"] or "").lower()
        if today is None:
            add(_Day(m.start(), m.end(), None, m.group(0)))
        elif rel in _NEXT_WEEK:
            day = monday_next_week(today) + timedelta(days=target)
            add(_Day(m.start(), m.end(), day, m.group(0), weekday_only=True))
        else:
            ahead = (target - today.weekday() - 1) % 7 + 1
            add(_Day(m.start(), m.end(), today + timedelta(days=ahead), m.group(0),
                     weekday_only=True))  # fmt: skip
    return sorted(found, key=lambda d: d.start)


def _is_possessive(m: re.Match[str], sentence: str) -> bool:
    """French "mon entretien" is "my interview", not Monday."""
    word = m["wd"]
    if word.lower() != "mon" or m["rel"]:
        return False
    rest = sentence[m.end() : m.end() + 3].lstrip()
    return not word[0].isupper() or bool(rest[:1].islower())


# --- clock times ------------------------------------------------------------------------


# --- a sentence -------------------------------------------------------------------------

_DEADLINE = _rx(
    r"(?<!\w)(?:by|before|until|till|no\s+later\s+than|bis(?:\s+(?:zum|spätestens))?|"
    r"spätestens|avant(?:\s+le)?|d['’]ici(?:\s+le)?|antes\s+del?|hasta(?:\s+el)?)"
    r"\s*(?:the\s+|end\s+of\s+|eod\s+)?(?:[,\w]+\s+){0,1}$"
)
_LEAD_WORD = re.compile(r"(\w+)\W*$")


def mentions(
    sentence: str,
    index: int,
    sent: datetime | None,
    *,
    context: str = "",
    user_zone: tzinfo | None = None,
) -> list[Mention]:
    """Every time named in one sentence, days and clock times paired (nearest first).

    `sent` is the message's date in the sender's zone (None: no relative or yearless
    day can be read). A clock time with a day before or after it in the sentence
    becomes one mention; a day or a clock time alone stays one (the caller pairs them
    across sentences, as in "Date: …" / "Time: …" lines).
    """
    american = sent is not None and _american(sent)
    iso = [m for m in _ISO.finditer(sentence) if m["hh"] is not None]
    masked = _mask(sentence, [(m.start(), m.end()) for m in iso])
    offsets = [m.span() for m in OFFSET.finditer(masked)]
    days = _days(masked, sent, american)
    masked = _mask(masked, [*offsets, *((d.start, d.end) for d in days)])
    found = clocks(sentence, context or sentence, user_zone, masked)
    for m in iso:
        found.append(_iso_clock(m, sent))
    out: list[Mention] = []
    used: set[int] = set()
    for clock in sorted(found, key=lambda c: c.start):
        if clock.offset_date is not None:
            out.append(_mention(sentence, index, None, clock, sent))
            continue
        nearest = _nearest(days, clock, masked)
        if nearest is not None:
            used.add(id(nearest))
        out.append(_mention(sentence, index, nearest, clock, sent))
    for day in days:
        if id(day) not in used:
            out.append(_mention(sentence, index, day, None, sent))
    return sorted(out, key=lambda m: m.at)


def _iso_clock(m: re.Match[str], sent: datetime | None) -> Clock:
    zone: Zone | None = None
    if m["off"]:
        text = m["off"]
        if text.upper() == "Z":
            zone = Zone(UTC, "Z", '"Z" read as UTC')
        else:
            sign = -1 if text[0] == "-" else 1
            digits = text[1:].replace(":", "")
            fixed = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            shown = offset_words(fixed.utcoffset(None) or timedelta(0))
            zone = Zone(fixed, text, f'"{text}" read as UTC{shown}')
    day = _make_date(int(m["y"]), int(m["mo"]), int(m["d"]), None)
    hour, minute = int(m["hh"]), int(m["mi"])
    clock = time(hour, minute) if hour < 24 and minute < 60 else time(0, 0)
    return Clock(m.start(), m.end(), clock, None, "", zone, m.group(0), False,
                  offset_date=day or date(1970, 1, 1))  # fmt: skip


_ASIDE_MARK = re.compile(r"[()\[\]=/|;]")  # between a time and a day: an aside, a second zone
ASIDE_PENALTY = 60


def _nearest(days: list[_Day], clock: Clock, text: str) -> _Day | None:
    """The day a clock time belongs to: the nearest within 80 characters, one across a
    bracket or "=" counted farther ("Monday Sep 14 at 7:30pm ET (Tuesday Sep 15, 8:30am
    KST)": 7:30pm is Monday's; Tuesday has its own time)."""
    best: _Day | None = None
    distance = 10**9
    for day in days:
        gap = clock.start - day.end if day.end <= clock.start else day.start - clock.end
        if gap < 0 or gap > 80:
            continue
        between = (
            text[day.end : clock.start] if day.end <= clock.start else text[clock.end : day.start]
        )
        weighed = gap + (ASIDE_PENALTY if _ASIDE_MARK.search(between) else 0)
        if weighed < distance:
            best, distance = day, weighed
    return best


def _mention(
    sentence: str, index: int, day: _Day | None, clock: Clock | None, sent: datetime | None
) -> Mention:
    first = min(x.start for x in (day, clock) if x is not None)
    last = max(x.end for x in (day, clock) if x is not None)
    before = sentence[max(0, first - 40) : first]
    lead = _LEAD_WORD.search(before)
    value = day.day if day is not None else None
    if clock is not None and clock.offset_date is not None:
        value = clock.offset_date if clock.offset_date.year > 1970 else None
    return Mention(
        sentence=index,
        at=first,
        words=sentence[first:last].strip().rstrip(".,"),
        day=value,
        clock=clock.clock if clock is not None else None,
        until=clock.until if clock is not None else None,
        range_word=clock.range_word if clock is not None else "",
        zone=clock.zone if clock is not None else None,
        deadline=bool(_DEADLINE.search(before[-30:])),
        lead=lead.group(1).lower() if lead else "",
        mismatch=day.mismatch if day is not None else "",
        guessed_half=clock.guessed_half if clock is not None else False,
        weekday_only=day.weekday_only if day is not None else False,
        day_words=day.words.rstrip(".,") if day is not None else "",
        clock_words=clock.words if clock is not None else "",
    )


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _american(sent: datetime) -> bool:
    offset = sent.utcoffset() or timedelta(0)
    return timedelta(hours=-10) <= offset <= timedelta(hours=-3)


def combine(first: Mention, second: Mention) -> Mention:
    """A day-only and a clock-only mention (adjacent lines) as one."""
    day, clock = (first, second) if first.day is not None else (second, first)
    return replace(
        clock,
        at=min(first.at, second.at) if first.sentence == second.sentence else day.at,
        sentence=day.sentence,
        clock_sentence=clock.sentence if clock.sentence != day.sentence else -1,
        words=f"{day.words} {clock.words}",
        day=day.day,
        mismatch=day.mismatch,
        day_words=day.day_words,
        weekday_only=day.weekday_only,
        deadline=first.deadline or second.deadline,
    )


def instant(day: date, clock: time, zone: tzinfo) -> datetime:
    """The UTC instant of a wall-clock time on a day in a zone."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)
