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
    by the 14th, by Thursday 19th                           the next such day of a month, 18:00
    before the end of the quarter                           last day of the calendar quarter
    (by|until|before|on|bis|am) Friday, Friday EOD          that weekday on/after the sent date,
                                                            18:00 (today only if sent before
                                                            18:00); "next Friday" = in next week
    Monday or Tuesday, Monday–Tuesday, Montag oder Dienstag  the later day (on/after the first)
    by end of day / EOD / COB / today, heute                the sent date, 18:00
    by tomorrow, bis morgen                                 sent date + 1, 18:00
    (by|until|bis) December 4 / 4 December / 4. Dezember    that date 18:00; without a year, the
      / 2026-12-04 / 04.12.2026 / Mittwoch, den 22. April   next such date; a date up to 60 days
                                                            before the sent date is a past event
                                                            and no deadline
    a clock time with a day: by 12 noon on Wednesday,       that time instead of 18:00
      Friday at 3pm, bis Freitag 14 Uhr
    early next week, Anfang nächster Woche                  Tuesday of next week, 18:00
    mid next week, Mitte nächster Woche                     Wednesday of next week, 18:00
    next week, end of next week, nächste Woche              Friday of next week, 18:00
    in KW 23, bis KW 23, calendar week 23                   Friday of ISO week 23 (this year, or
                                                            next year's when already past), 18:00
    end of the week, this week, later this week,            Friday on/after the sent date, 18:00
      Ende der Woche, diese Woche
    end of the month, month end, Ende des Monats            last calendar day of the month, 18:00
                                                            (even when that is a weekend)
    early next month, Anfang nächsten Monats                the 7th of next month, 18:00
    (by) early / mid / end of March, Mitte März             the 7th / 15th / last calendar day of
                                                            that month (this year, or next if past)
    next month, end of next month, nächsten Monat           last calendar day of next month, 18:00

A span counted from an event is no deadline from the sent date: "within 3 business
days after your interview", "a week after your onsite", "innerhalb von 3 Werktagen
nach Ihrem Vorstellungsgespräch", "the day after your final round". `find_anchored`
returns it as a `Span` with its anchor ("interview"), and `find_timeframes` leaves it
out. Its moment is `span_due(span, the anchor's moment)`, by the same rules as from
the sent date; when the phrase dates the event ("after your interview on Thursday",
"after Thursday's onsite", "after your interview on 12 March") `find_anchored` counts
from that day's 18:00 (or the clock time written): a weekday is the nearest one (past
or coming, a tie goes forward; "next Thursday" is in next week), a date the nearest
such date.

"Next week" is the calendar week (Monday–Sunday) after the sent date's week. "The end
of" a month is its last calendar day, as people count it; "the end of" a week is its
last working day, Friday (the held-out set's README uses the same conventions).
When two phrases overlap ("end of next week" holds "next week") the longer one wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from followupd.domain.signals import Span, SpanUnit
from followupd.understand.quoting import sentences
from followupd.understand.sieve import sieve
from followupd.understand.timewords import (
    CLOCK_AFTER,
    CLOCK_BEFORE,
    COMING,
    DEADLINE,
    EOD,
    LEAD,
    MONTH,
    MONTHS,
    NEXT,
    NUM,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    add_business_days,
    add_months,
    clock_time,
    last_day_of_month,
    last_day_of_quarter,
    monday_next_week,
    next_day_of_month,
    number_of,
)
from followupd.understand.tz import sender_offset as sender_offset  # re-exported

END_OF_BUSINESS = time(18, 0)
PAST_MENTION_DAYS = 60
CLOSING_WITHIN_DAYS = 366  # the latest a vacancy's closing date is believed


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], datetime], datetime | None]
    names_a_day: bool = True  # a clock time next to it ("Friday at 3pm") sets the hour


# "The vacancy closes on Friday 18 September", "Closing date: 30 October 2026".
_CLOSES = re.compile(
    r"(?<!\w)(?:clos(?:es|ing\s+date(?:\s+is)?|e\s+date(?:\s+is)?)|application\s+deadline"
    r"(?:\s+is)?)\s*(?:on\s+|:\s*)?(?P<when>[^.;\n]{4,40})",
    re.IGNORECASE,
)
# "within 10 working days of the closing date": counted from that date.
_OF_CLOSING = re.compile(
    r"(?<!\w)(?:of|after|from|following)\s+the\s+(?:closing\s+date|vacancy\s+clos\w*|"
    r"advert\s+clos\w*|application\s+deadline)",
    re.IGNORECASE,
)


def closing_date(text: str, sent: datetime) -> datetime | None:
    """The day a vacancy closes, as the text gives it (end of that business day), when the
    text counts a span from it ("… of the closing date"); else None."""
    if not _OF_CLOSING.search(text[:20_000]):
        return None
    for match in _CLOSES.finditer(text[:20_000]):
        found = find_timeframes(f"by {match['when']}", sent)
        # A vacancy closes within months of the mail: "31 December 9999" is none (and a
        # span counted from it would run past the last date there is).
        if found and found[0][0] - sent <= timedelta(days=CLOSING_WITHIN_DAYS):
            return found[0][0].astimezone(sent.tzinfo)
    return None


def find_timeframes(
    text: str, sent: datetime, *, closing: datetime | None = None
) -> list[tuple[datetime, str]]:
    """Every stated timeframe in text: (the moment in UTC, the sentence that states it).

    `sent` must be aware; its tzinfo is the sender's zone. Results are in text order. A
    span counted "of the closing date" counts from `closing` (`closing_date`) when given.
    """
    if sent.tzinfo is None:
        raise ValueError("sent must be timezone-aware")
    found: list[tuple[datetime, str]] = []
    for sentence in sentences(text):
        base = closing if closing is not None and _OF_CLOSING.search(sentence) else sent
        # A span counted from an interview is not counted from the sent date.
        sentence_read = _blank_anchored(sentence)
        if not _ANY_RULE(sentence_read):
            continue  # most sentences state no timeframe: one search says so
        taken = _Spans()
        for rule in _RULES:
            for match in rule.pattern.finditer(sentence_read):
                if taken.overlaps(match.start(), match.end()):
                    continue
                moment = rule.resolve(match, base)
                if moment is not None and rule.names_a_day:
                    moment = _with_clock(moment, sentence_read, match)
                if moment is not None:
                    taken.add(match.start(), match.end(), moment.astimezone(UTC))
        found.extend((moment, sentence) for moment in taken.moments())
    return found


class _Spans:
    """The phrases taken in one sentence: disjoint spans kept in order, so a new match is
    checked against its neighbours only (a sentence of 10,000 phrases stays fast)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, datetime]] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self._starts, end)  # spans before `at` start before `end`
        return at > 0 and self._spans[at - 1][1] > start

    def add(self, start: int, end: int, moment: datetime) -> None:
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._spans.insert(at, (start, end, moment))

    def moments(self) -> list[datetime]:
        return [moment for _, _, moment in self._spans]


# --- resolution -------------------------------------------------------------------------


def _with_clock(moment: datetime, sentence: str, match: re.Match[str]) -> datetime:
    """The moment at the clock time written right before or after the day, if any."""
    around = CLOCK_BEFORE.search(sentence[max(0, match.start() - 30) : match.start()])
    around = around or CLOCK_AFTER.search(sentence[match.end() : match.end() + 30])
    if around is None:
        return moment
    clock = clock_time(around)
    return moment if clock is None else moment.replace(hour=clock.hour, minute=clock.minute)


def _at_end_of_business(day: date, zone: tzinfo | None) -> datetime:
    return datetime.combine(day, END_OF_BUSINESS, tzinfo=zone)


def _span(match: re.Match[str]) -> Span | None:
    """The span a duration phrase names ("2-3 weeks": the later end), or None."""
    unit = match.group("unit").lower()
    words = [w for w in (match.group("n1"), match.group("n2")) if w]
    # No number: "in the coming days / weeks".
    default = 3 if unit.startswith(("day", "tag")) else 2
    count = max(number_of(w) for w in words) if words else default
    if count <= 0 or count > 400:
        return None
    if unit.startswith(("hour", "stunde")):
        return Span(count=count, unit=SpanUnit.HOURS)
    if unit.startswith(("business", "working", "werktag", "arbeitstag")):
        return Span(count=count, unit=SpanUnit.BUSINESS_DAYS)
    if unit.startswith(("week", "woche")):
        return Span(count=count, unit=SpanUnit.WEEKS)
    if unit.startswith(("month", "monat")):
        return Span(count=count, unit=SpanUnit.MONTHS)
    return Span(count=count, unit=SpanUnit.DAYS)


def _span_end(span: Span, start: datetime) -> datetime:
    """The moment `span` after `start`, on start's wall clock: hours exactly, else 18:00."""
    if span.unit is SpanUnit.HOURS:
        return (start.astimezone(UTC) + timedelta(hours=span.count)).astimezone(start.tzinfo)
    day = start.date()
    if span.unit is SpanUnit.BUSINESS_DAYS:
        day = add_business_days(day, span.count)
    elif span.unit is SpanUnit.WEEKS:
        day += timedelta(weeks=span.count)
    elif span.unit is SpanUnit.MONTHS:
        day = add_months(day, span.count)
    else:
        day += timedelta(days=span.count)
    return _at_end_of_business(day, start.tzinfo)


def span_due(span: Span, start: datetime) -> datetime:
    """The moment (UTC) a span ends when counted from `start` (aware; its zone is the
    wall clock days are counted on): what a tracker calls once an interview is known."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    return _span_end(span, start).astimezone(UTC)


def _duration(match: re.Match[str], sent: datetime) -> datetime | None:
    span = _span(match)
    return None if span is None else _span_end(span, sent)


def _week_or_two(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(sent.date() + timedelta(weeks=2), sent.tzinfo)


def _weekday(match: re.Match[str], sent: datetime) -> datetime:
    target = WEEKDAYS[match.group("day").lower().rstrip(".")]
    today = sent.date()
    if match.group("next"):
        day = monday_next_week(today) + timedelta(days=target)
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
            month = MONTHS[(groups.get("m1") or groups["m2"]).lower().rstrip(".")]
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
    month = MONTHS[match.group("month").lower().rstrip(".")]
    year = sent.year if month >= sent.month else sent.year + 1
    part = match.group("part").lower()
    if part.startswith(("mid", "mitte")):
        day = date(year, month, 15)
    elif part.startswith(("early", "beginning", "anfang")):
        day = date(year, month, 7)
    else:
        day = last_day_of_month(year, month)
    return _at_end_of_business(day, sent.tzinfo)


def _weekday_of_next_week(weekday: int) -> Callable[[re.Match[str], datetime], datetime]:
    def resolve(match: re.Match[str], sent: datetime) -> datetime:
        day = monday_next_week(sent.date()) + timedelta(days=weekday)
        return _at_end_of_business(day, sent.tzinfo)

    return resolve


def _end_of_this_week(match: re.Match[str], sent: datetime) -> datetime:
    today = sent.date()
    day = today + timedelta(days=(4 - today.weekday()) % 7)
    return _at_end_of_business(day, sent.tzinfo)


def _end_of_month(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(last_day_of_month(sent.year, sent.month), sent.tzinfo)


def _calendar_week(match: re.Match[str], sent: datetime) -> datetime | None:
    """ "KW 23": Friday of ISO week 23 of the sent year, or of the next year when past."""
    week = int(match.group("kw"))
    try:
        day = date.fromisocalendar(sent.year, week, 5)
        if day < sent.date() - timedelta(days=6):
            day = date.fromisocalendar(sent.year + 1, week, 5)
    except ValueError:
        return None
    return _at_end_of_business(day, sent.tzinfo)


def _weekday_range(match: re.Match[str], sent: datetime) -> datetime:
    """ "Monday or Tuesday": the later day, counted on from the first one."""
    first = _weekday(match, sent)
    target = WEEKDAYS[match.group("day2").lower().rstrip(".")]
    day = first.date() + timedelta(days=(target - first.weekday()) % 7)
    return _at_end_of_business(day, sent.tzinfo)


def _day_of_month(match: re.Match[str], sent: datetime) -> datetime | None:
    day = next_day_of_month(sent.date(), int(match.group("dom")))
    return None if day is None else _at_end_of_business(day, sent.tzinfo)


def _end_of_quarter(match: re.Match[str], sent: datetime) -> datetime:
    return _at_end_of_business(last_day_of_quarter(sent.date()), sent.tzinfo)


def _end_of_next_month(match: re.Match[str], sent: datetime) -> datetime:
    following = add_months(sent.date().replace(day=1), 1)
    return _at_end_of_business(last_day_of_month(following.year, following.month), sent.tzinfo)


def _early_next_month(match: re.Match[str], sent: datetime) -> datetime:
    following = add_months(sent.date().replace(day=1), 1)
    return _at_end_of_business(following.replace(day=7), sent.tzinfo)


def _rule(
    pattern: str,
    resolve: Callable[[re.Match[str], datetime], datetime | None],
    *,
    names_a_day: bool = True,
) -> _Rule:
    return _Rule(re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE), resolve, names_a_day)


# Most specific first: a later rule never takes text an earlier one matched.
_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"{DEADLINE}\s+(?:{WEEKDAY},?\s+)?(?:the\s+|den\s+)?"
        rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m2>{MONTH}))"
        rf"(?:,?\s+(?P<year>\d{{4}}))?",
        _explicit_date,
    ),
    _rule(
        rf"(?:{DEADLINE}\s+)?(?:the\s+)?(?P<part>mid|middle\s+of|early|beginning\s+of|"
        rf"end\s+of|late|mitte|anfang|ende)[\s-]+(?P<month>{MONTH})",
        _part_of_month,
    ),
    _rule(rf"{DEADLINE}\s+(?:the\s+)?(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})", _explicit_date),
    _rule(
        rf"{DEADLINE}\s+(?:{WEEKDAY},?\s+(?:den\s+)?)?(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\."
        rf"(?P<yyyy>\d{{2,4}})?",
        _explicit_date,
    ),
    _rule(  # "by the 14th", "by Thursday 19th": the day of the month decides
        rf"{DEADLINE}\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<dom>\d{{1,2}})(?:st|nd|rd|th)",
        _day_of_month,
    ),
    _rule(
        r"(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter",
        _end_of_quarter,
    ),
    _rule(
        rf"(?:{DEADLINE}\s+)?(?P<next>)"
        rf"(?P<day>{WEEKDAY})\s*(?:or|to|-|–|oder|bis|/)\s*(?:{DEADLINE}\s+)?(?P<day2>{WEEKDAY})",
        _weekday_range,
    ),
    _rule(
        rf"(?:{DEADLINE}\s+(?:{EOD}\s+(?:on\s+)?)?|{EOD}\s+(?:on\s+)?|"
        rf"(?=(?:{NEXT}|this|diesen)\s))(?:(?P<next>{NEXT})\s+|(?:this|diesen)\s+)?"
        rf"(?P<day>{WEEKDAY})(?:\s+{EOD})?",
        _weekday,
    ),
    _rule(rf"(?P<next>)(?P<day>{WEEKDAY})\s+{EOD}", _weekday),
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
        r"(?:(?:in|bis|by|until|during)\s+)?(?:(?:der|zur|Ende\s+der|the)\s+)?"
        r"(?:KW|calendar\s+week|Kalenderwoche)\s*(?P<kw>\d{1,2})",
        _calendar_week,
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
        names_a_day=False,
    ),
    _rule(
        rf"{LEAD}(?:(?P<n1>{NUM})\s*(?:-|–|to|or|bis|oder)\s*)?(?P<n2>{NUM})\s*{UNIT}",
        _duration,
        names_a_day=False,
    ),
    _rule(rf"{COMING}(?P<n1>)(?P<n2>){UNIT}", _duration, names_a_day=False),
    _rule(
        rf"(?:(?P<n1>{NUM})\s*(?:-|–|bis|oder)\s*)?(?P<n2>{NUM})\s*{UNIT}\s+(?:dauern|dauert)",
        _duration,
        names_a_day=False,
    ),
    _rule(r"(?:by|until|till|before)\s+(?:tomorrow|tmrw)|tomorrow|bis\s+morgen", _tomorrow),
    _rule(rf"(?:by|until|before)\s+(?:{EOD}|today|tonight)|bis\s+heute|noch\s+heute", _today),
)
_ANY_RULE = sieve(rule.pattern for rule in _RULES)


# --- spans counted from an interview ----------------------------------------------------

# The events a span may be counted from; each is the interview for the tracker.
_EVENT = (
    r"(?:final|last|next|second|third|technical|onsite|on-site|panel)\s+(?:round|interview|"
    r"stage|session)s?|interviews?|onsite|on-site|panel|assessment\s+(?:day|cent(?:re|er))|"
    r"Vorstellungsgespräch|Bewerbungsgespräch|Gespräch|Interview|Termin|Kennenlernen|"
    # "after our call": the call the mail fixes (or had), as an interview
    r"call|chat|conversation|Telefonat"
)
_OWNER = (
    r"your|the|our|this|each|every|you[r']?|Ihrem|Ihres|dem|unserem|deinem|diesem|"
    rf"(?P<poss>{WEEKDAY}|today|tomorrow)['’]s"
)
_WHEN = (
    rf"(?:on\s+|am\s+|this\s+|(?P<next>next|nächsten)\s+)?(?:(?P<day>{WEEKDAY})|"
    rf"(?P<rel>today|tomorrow|heute|morgen)|(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m2>{MONTH}))"
)
_ANCHORED = re.compile(
    rf"(?<!\w)(?:(?:{LEAD})?(?:(?P<n1>{NUM})\s*(?:-|–|to|or|bis|oder)\s*)?(?P<n2>{NUM})\s*{UNIT}"
    rf"|(?P<dayafter>the\s+day|am\s+Tag))"
    rf"\s+(?:after|following|of|from|post|nach)\s+(?:{_OWNER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?P<event>{_EVENT})(?!\w)(?:\s+(?:with\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?{_WHEN}(?!\w))?",
    re.IGNORECASE,
)


# The event first, the span later in the sentence: "After our call, I'll get back to you
# with feedback within 3 business days."
_ANCHOR_FIRST = re.compile(
    rf"(?<!\w)(?:after|following|nach)\s+(?:{_OWNER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?P<event>{_EVENT})(?!\w)(?:\s+{_WHEN}(?!\w))?(?<![.!?])[^.!?\n]{{0,100}}?(?<!\w){LEAD}"
    rf"(?:(?P<n1>{NUM})\s*(?:-|–|to|or|bis|oder)\s*)?(?P<n2>{NUM})\s*{UNIT}(?!\w)",
    re.IGNORECASE,
)


def _anchored_matches(text: str) -> list[re.Match[str]]:
    """The phrases of spans counted from an event, both ways round, in text order (one
    that overlaps an earlier one is left out)."""
    found = sorted(
        (*_ANCHORED.finditer(text), *_ANCHOR_FIRST.finditer(text)), key=lambda m: m.start()
    )
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _blank_anchored(sentence: str) -> str:
    for match in _anchored_matches(sentence):
        width = match.end() - match.start()
        sentence = sentence[: match.start()] + " " * width + sentence[match.end() :]
    return sentence


@dataclass(frozen=True)
class Anchored:
    """A span counted from an event: "within 3 business days after your interview"."""

    span: Span
    anchor: str  # "interview"
    due: datetime | None  # UTC, when the phrase dates the event; else None
    phrase: str  # as written


def find_anchored(text: str, sent: datetime) -> list[Anchored]:
    """Every span in text counted from an interview, in text order.

    `sent` must be aware (the sender's zone): an event dated by a weekday or a date is
    placed relative to it.
    """
    if sent.tzinfo is None:
        raise ValueError("sent must be timezone-aware")
    found: list[Anchored] = []
    for match in _anchored_matches(text):
        if "dayafter" in match.re.groupindex and match.group("dayafter"):
            span: Span | None = Span(count=1, unit=SpanUnit.DAYS)
        else:
            span = _span(match)
        if span is None:
            continue
        event_day = _event_day(match, sent)
        due = None
        if event_day is not None:
            start = _with_clock(_at_end_of_business(event_day, sent.tzinfo), text, match)
            due = span_due(span, start)
        found.append(Anchored(span=span, anchor="interview", due=due, phrase=match.group(0)))
    return found


def _event_day(match: re.Match[str], sent: datetime) -> date | None:
    """The day the phrase gives its event: the nearest such weekday or date, or None."""
    today = sent.date()
    weekday = match.group("day") or match.group("poss")
    relative = (match.group("rel") or "").lower() or (
        weekday.lower() if weekday and weekday.lower() in ("today", "tomorrow") else ""
    )
    if relative:
        return today + timedelta(days=1 if relative in ("tomorrow", "morgen") else 0)
    if weekday:
        target = WEEKDAYS[weekday.lower().rstrip(".")]
        if match.group("next"):
            return monday_next_week(today) + timedelta(days=target)
        ahead = (target - today.weekday()) % 7
        back = (7 - ahead) % 7
        return today + timedelta(days=ahead) if ahead <= back else today - timedelta(days=back)
    month_word = match.group("m1") or match.group("m2")
    if not month_word:
        return None
    month = MONTHS[month_word.lower().rstrip(".")]
    number = int(match.group("d1") or match.group("d2"))
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, number))
        except ValueError:
            continue
    return min(options, key=lambda d: (abs((d - today).days), d < today)) if options else None
