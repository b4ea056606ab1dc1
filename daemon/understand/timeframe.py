"""Stated timeframes ("we'll get back to you by Friday") turned into exact moments.

Every phrase is read relative to the moment the message was sent, in the sender's
time zone (`sent` carries it: the Date header's offset, or a named zone when one is
known — then days are counted on the wall clock, so a DST change in between keeps
18:00 at 18:00). A deadline is the end of the business day, **18:00 local**, unless
the phrase counts hours. The one table of derivation rules:

    phrase (English / German)                               moment (local)
    ------------------------------------------------------  ----------------------------------
    within/in N days, in N Tagen, innerhalb von N Tagen     sent date + N days, 18:00
    within/in N weeks, innerhalb von N Wochen               sent date + 7·N days, 18:00
    within/in N months, in N Monaten                        same day N months later, 18:00
    in N business/working days, N Werktage/Arbeitstage      N weekdays (Mon–Fri) later, 18:00
    within N hours, in N Stunden                            sent + N hours (exact)
    ranges: 2-3 weeks, two to three, zwei bis drei          the later end
    numbers: a/one/ein=1, a couple (of)=2, a few/ein paar/  "in the next days" = 3 days,
      wenige=3, several/einige=4                            "in the coming weeks" = 2 weeks
    a week or two                                           2 weeks
    (by|until|before|on|bis|am) Friday, Friday EOD          that weekday on/after the sent date,
                                                            18:00 (today only if sent before
                                                            18:00); "next Friday" = in next week
    by end of day / EOD / COB / today, heute                the sent date, 18:00
    by tomorrow, bis morgen                                 sent date + 1, 18:00
    (by|until|bis) December 4 / 4 December / 4. Dezember    that date 18:00; without a year, the
      / 2026-12-04 / 04.12.2026                             next such date; a date up to 60 days
                                                            before the sent date is a past event
                                                            and no deadline
    early next week, Anfang nächster Woche                  Tuesday of next week, 18:00
    mid next week, Mitte nächster Woche                     Wednesday of next week, 18:00
    next week, end of next week, nächste Woche              Friday of next week, 18:00
    end of the week, this week, later this week,            Friday on/after the sent date, 18:00
      Ende der Woche, diese Woche
    end of the month, month end, Ende des Monats            last weekday of the month, 18:00
      (a month end already past: the next one)
    early next month, Anfang nächsten Monats                the 7th of next month, 18:00
    (by) early / mid / end of March, Mitte März             the 7th / 15th / last weekday of that
                                                            month (this year, or next if past)
    next month, end of next month, nächsten Monat           last weekday of next month, 18:00

"Next week" is the calendar week (Monday–Sunday) after the sent date's week.
When two phrases overlap ("end of next week" holds "next week") the longer one wins.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from email.parser import BytesHeaderParser
from email.utils import parsedate_tz

from daemon.understand.quoting import sentences

END_OF_BUSINESS = time(18, 0)
PAST_MENTION_DAYS = 60

_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2, "a few": 3, "few": 3, "several": 4,
    "ein": 1, "eine": 1, "einen": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "ein paar": 3, "paar": 3, "wenigen": 3, "wenige": 3, "einigen": 4,
    "einige": 4,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6,
}  # fmt: skip
_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januar": 1, "jänner": 1, "february": 2, "feb": 2, "februar": 2,
    "march": 3, "mar": 3, "märz": 3, "april": 4, "apr": 4, "may": 5, "mai": 5, "june": 6,
    "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12, "dezember": 12, "dez": 12,
}  # fmt: skip


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = rf"(?:\d{{1,3}}|{_alternatives(_NUMBERS)})"
_WEEKDAY = rf"(?:{_alternatives(_WEEKDAYS)})\.?"
_MONTH = rf"(?:{_alternatives(_MONTHS)})\.?"
_UNIT = (
    r"(?P<unit>business\s+days?|working\s+days?|days?|weeks?|months?|hours?|"
    r"werktagen?|arbeitstagen?|tagen?|wochen?|monaten?|stunden?)"
)
_LEAD = (
    r"(?:within|in|over|during|inside\s+of|take|takes|innerhalb|binnen)\s+(?:von\s+)?"
    r"(?:the\s+|der\s+|den\s+)?(?:next\s+|coming\s+|following\s+|nächsten\s+|kommenden\s+)?"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+|ca\.\s+|etwa\s+|circa\s+)?"
)
_COMING = (
    r"(?:within|in|over|during|innerhalb|binnen)\s+(?:von\s+)?(?:the|der|den)\s+"
    r"(?:next|coming|following|nächsten|kommenden)\s+"
)
_DEADLINE = (
    r"(?:by|until|till|before|no\s+later\s+than|on|bis\s+spätestens|spätestens|"
    r"bis(?:\s+zum)?|am)"
)
_EOD = r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
_NEXT = r"(?:next|nächster|nächsten|kommender|kommenden|der\s+nächsten|der\s+kommenden)"


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], datetime], datetime | None]


def find_timeframes(text: str, sent: datetime) -> list[tuple[datetime, str]]:
    """Every stated timeframe in text: (the moment in UTC, the sentence that states it).

    `sent` must be aware; its tzinfo is the sender's zone. Results are in text order.
    """
    if sent.tzinfo is None:
        raise ValueError("sent must be timezone-aware")
    found: list[tuple[datetime, str]] = []
    for sentence in sentences(text):
        taken: list[tuple[int, int, datetime]] = []
        for rule in _RULES:
            for match in rule.pattern.finditer(sentence):
                if any(match.start() < end and start < match.end() for start, end, _ in taken):
                    continue
                moment = rule.resolve(match, sent)
                if moment is not None:
                    taken.append((match.start(), match.end(), moment.astimezone(UTC)))
        found.extend((moment, sentence) for _, _, moment in sorted(taken))
    return found


def sender_offset(raw: bytes) -> timedelta | None:
    """The UTC offset of a raw message's Date header (-0800 → -8 h), or None when unreadable."""
    try:
        value = BytesHeaderParser().parsebytes(raw).get("Date", "")
        parsed = parsedate_tz(str(value))
    except Exception:  # a broken header is no offset, never an error
        return None
    if parsed is None or parsed[9] is None:
        return None
    return timedelta(seconds=parsed[9])


# --- resolution -------------------------------------------------------------------------


def _at_end_of_business(day: date, zone: tzinfo | None) -> datetime:
    return datetime.combine(day, END_OF_BUSINESS, tzinfo=zone)


def _number(word: str) -> int:
    word = re.sub(r"\s+", " ", word.strip().lower())
    return int(word) if word.isdigit() else _NUMBERS[word]


def _add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _add_months(day: date, count: int) -> date:
    month_index = day.month - 1 + count
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _last_weekday_of_month(year: int, month: int) -> date:
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _monday_next_week(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def _duration(match: re.Match[str], sent: datetime) -> datetime | None:
    unit = match.group("unit").lower()
    words = [w for w in (match.group("n1"), match.group("n2")) if w]
    # No number: "in the coming days / weeks".
    default = 3 if unit.startswith(("day", "tag")) else 2
    count = max(_number(w) for w in words) if words else default
    if count <= 0 or count > 400:
        return None
    today = sent.date()
    if unit.startswith(("hour", "stunde")):
        return (sent.astimezone(UTC) + timedelta(hours=count)).astimezone(sent.tzinfo)
    if unit.startswith(("business", "working", "werktag", "arbeitstag")):
        return _at_end_of_business(_add_business_days(today, count), sent.tzinfo)
    if unit.startswith(("week", "woche")):
        return _at_end_of_business(today + timedelta(weeks=count), sent.tzinfo)
    if unit.startswith(("month", "monat")):
        return _at_end_of_business(_add_months(today, count), sent.tzinfo)
    return _at_end_of_business(today + timedelta(days=count), sent.tzinfo)


def _week_or_two(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(sent.date() + timedelta(weeks=2), sent.tzinfo)


def _weekday(match: re.Match[str], sent: datetime) -> datetime:
    target = _WEEKDAYS[match.group("day").lower().rstrip(".")]
    today = sent.date()
    if match.group("next"):
        day = _monday_next_week(today) + timedelta(days=target)
    else:
        day = today + timedelta(days=(target - today.weekday()) % 7)
        if day == today and sent.time() >= END_OF_BUSINESS:
            day += timedelta(days=7)
    return _at_end_of_business(day, sent.tzinfo)


def _today(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(sent.date(), sent.tzinfo)


def _tomorrow(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(sent.date() + timedelta(days=1), sent.tzinfo)


def _explicit_date(match: re.Match[str], sent: datetime) -> datetime | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            day = date.fromisoformat(groups["iso"])
            return _at_end_of_business(day, sent.tzinfo)
        if groups.get("dd"):
            month, number = int(groups["mm"]), int(groups["dd"])
            year_text = groups.get("yyyy")
        else:
            month = _MONTHS[(groups.get("m1") or groups["m2"]).lower().rstrip(".")]
            number = int(groups.get("d1") or groups["d2"])
            year_text = groups.get("year")
        if year_text:
            year = int(year_text)
            year = year + 2000 if year < 100 else year
            return _at_end_of_business(date(year, month, number), sent.tzinfo)
        day = date(sent.year, month, number)
    except (ValueError, KeyError):
        return None
    today = sent.date()
    if day < today:
        if (today - day).days <= PAST_MENTION_DAYS:
            return None  # "thanks for the interview on March 3": a past event, no deadline
        day = date(sent.year + 1, month, number)
    return _at_end_of_business(day, sent.tzinfo)


def _part_of_month(match: re.Match[str], sent: datetime) -> datetime | None:
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    year = sent.year if month >= sent.month else sent.year + 1
    part = match.group("part").lower()
    if part.startswith(("mid", "mitte")):
        day = date(year, month, 15)
    elif part.startswith(("early", "beginning", "anfang")):
        day = date(year, month, 7)
    else:
        day = _last_weekday_of_month(year, month)
    return _at_end_of_business(day, sent.tzinfo)


def _weekday_of_next_week(weekday: int) -> Callable[[re.Match[str], datetime], datetime]:
    def resolve(match: re.Match[str], sent: datetime) -> datetime:
        day = _monday_next_week(sent.date()) + timedelta(days=weekday)
        return _at_end_of_business(day, sent.tzinfo)

    return resolve


def _end_of_this_week(match: re.Match[str], sent: datetime) -> datetime:
    today = sent.date()
    day = today + timedelta(days=(4 - today.weekday()) % 7)
    return _at_end_of_business(day, sent.tzinfo)


def _end_of_month(match: re.Match[str], sent: datetime) -> datetime:
    day = _last_weekday_of_month(sent.year, sent.month)
    if day < sent.date():
        following = _add_months(sent.date().replace(day=1), 1)
        day = _last_weekday_of_month(following.year, following.month)
    return _at_end_of_business(day, sent.tzinfo)


def _end_of_next_month(match: re.Match[str], sent: datetime) -> datetime:
    following = _add_months(sent.date().replace(day=1), 1)
    return _at_end_of_business(_last_weekday_of_month(following.year, following.month), sent.tzinfo)


def _early_next_month(match: re.Match[str], sent: datetime) -> datetime:
    following = _add_months(sent.date().replace(day=1), 1)
    return _at_end_of_business(following.replace(day=7), sent.tzinfo)


def _rule(pattern: str, resolve: Callable[[re.Match[str], datetime], datetime | None]) -> _Rule:
    return _Rule(re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE), resolve)


# Most specific first: a later rule never takes text an earlier one matched.
_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"{_DEADLINE}\s+(?:{_WEEKDAY},?\s+)?(?:the\s+)?"
        rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<m2>{_MONTH}))"
        rf"(?:,?\s+(?P<year>\d{{4}}))?",
        _explicit_date,
    ),
    _rule(
        rf"(?:{_DEADLINE}\s+)?(?:the\s+)?(?P<part>mid|middle\s+of|early|beginning\s+of|"
        rf"end\s+of|late|mitte|anfang|ende)[\s-]+(?P<month>{_MONTH})",
        _part_of_month,
    ),
    _rule(rf"{_DEADLINE}\s+(?:the\s+)?(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})", _explicit_date),
    _rule(
        rf"{_DEADLINE}\s+(?:{_WEEKDAY},?\s+(?:den\s+)?)?(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\."
        rf"(?P<yyyy>\d{{2,4}})?",
        _explicit_date,
    ),
    _rule(
        rf"(?:{_DEADLINE}\s+(?:{_EOD}\s+(?:on\s+)?)?|{_EOD}\s+(?:on\s+)?|"
        rf"(?=(?:{_NEXT}|this|diesen)\s))(?:(?P<next>{_NEXT})\s+|(?:this|diesen)\s+)?"
        rf"(?P<day>{_WEEKDAY})(?:\s+{_EOD})?",
        _weekday,
    ),
    _rule(rf"(?P<next>)(?P<day>{_WEEKDAY})\s+{_EOD}", _weekday),
    _rule(
        r"(?:early|beginning\s+of|start\s+of|anfang)\s+(?:the\s+)?(?:next|nächster|"
        r"der\s+nächsten|kommender|der\s+kommenden)\s+(?:week|woche)",
        _weekday_of_next_week(1),
    ),
    _rule(
        r"(?:mid|middle\s+of|mitte)[\s-]+(?:the\s+)?(?:next|nächster|der\s+nächsten|"
        r"kommender|der\s+kommenden)\s+(?:week|woche)",
        _weekday_of_next_week(2),
    ),
    _rule(
        r"(?:(?:the\s+)?end\s+of|late|ende)\s+(?:the\s+)?(?:next|nächster|der\s+nächsten|"
        r"kommender|der\s+kommenden)\s+(?:week|woche)",
        _weekday_of_next_week(4),
    ),
    _rule(
        r"(?:(?:the\s+)?end\s+of\s+next\s+month|(?:during|in|sometime)?\s*next\s+month|"
        r"(?:ende\s+|im\s+laufe\s+)?(?:des\s+)?(?:nächsten|kommenden)\s+monats|"
        r"(?:im\s+)?nächsten\s+monat)",
        _end_of_next_month,
    ),
    _rule(
        r"(?:early|beginning\s+of|start\s+of)\s+next\s+month|anfang\s+(?:des\s+)?"
        r"(?:nächsten|kommenden)\s+monats",
        _early_next_month,
    ),
    _rule(
        r"(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|month[\s-]end|"
        r"ende\s+(?:des|dieses)\s+monats|monatsende)",
        _end_of_month,
    ),
    _rule(
        r"(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+week|later\s+this\s+week|this\s+week|"
        r"ende\s+(?:der|dieser)\s+woche|im\s+laufe\s+(?:der|dieser)\s+woche|diese\s+woche)",
        _end_of_this_week,
    ),
    _rule(
        r"(?:sometime\s+|during\s+|in\s+der\s+|im\s+laufe\s+der\s+)?(?:next|nächste|"
        r"nächsten|kommende|kommenden)\s+(?:week|woche)",
        _weekday_of_next_week(4),
    ),
    _rule(
        r"(?:in\s+)?(?:a|one)\s+week\s+or\s+two|(?:in\s+)?ein\s+bis\s+zwei\s+wochen",
        _week_or_two,
    ),
    _rule(
        rf"{_LEAD}(?:(?P<n1>{_NUM})\s*(?:-|–|to|or|bis|oder)\s*)?(?P<n2>{_NUM})\s*{_UNIT}",
        _duration,
    ),
    _rule(rf"{_COMING}(?P<n1>)(?P<n2>){_UNIT}", _duration),
    _rule(
        rf"(?:(?P<n1>{_NUM})\s*(?:-|–|bis|oder)\s*)?(?P<n2>{_NUM})\s*{_UNIT}\s+(?:dauern|dauert)",
        _duration,
    ),
    _rule(r"(?:by|until|till|before)\s+(?:tomorrow|tmrw)|tomorrow|bis\s+morgen", _tomorrow),
    _rule(rf"(?:by|until|before)\s+(?:{_EOD}|today|tonight)|bis\s+heute|noch\s+heute", _today),
)
