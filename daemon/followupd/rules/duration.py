"""Durations as people write them: `30m`, `20h`, `1h30m`, `2 days`, `3 business days`, `2w`.

Minutes and hours are exact elapsed time. Days and weeks are calendar days in the
user's time zone, so "1 day" after 18:00 is 18:00 the next day even across a
daylight-saving change. Business days skip Saturdays, Sundays and the user's holidays.

Arithmetic saturates: a moment before `EARLIEST` or after `LATEST` (a message dated in
the year 9999 or the year 1) is taken as that bound, so no date can overflow a plan.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

_UNITS = {
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "hours": "hours",
    "d": "days",
    "day": "days",
    "days": "days",
    "w": "weeks",
    "wk": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "business day": "business_days",
    "business days": "business_days",
    "bd": "business_days",
}
_PART = re.compile(r"\s*(\d+)\s*(business\s+days?|[a-z]+)\s*", re.IGNORECASE)


# Far enough from datetime.min/max that ten years (the longest duration) and a time
# zone offset added to them, or a window shift, can never overflow.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class DurationError(ValueError):
    pass


def saturate(moment: datetime) -> datetime:
    """`moment` (aware) within EARLIEST…LATEST; comparing aware datetimes cannot overflow."""
    return min(max(moment, EARLIEST), LATEST)


@dataclass(frozen=True)
class Duration:
    minutes: int = 0
    days: int = 0
    business_days: int = 0
    text: str = ""

    def __str__(self) -> str:
        return self.text

    def apply(self, start: datetime, tz: str, holidays: Collection[date] = frozenset()) -> datetime:
        """The moment this long after `start` (aware), counted in zone `tz`; returns UTC.

        Business days skip Saturdays, Sundays and the local dates in `holidays`.
        """
        off = frozenset(holidays)
        zone = ZoneInfo(tz)
        local = saturate(start).astimezone(zone)
        if self.days:
            # Wall-clock arithmetic: keeps the local time of day across DST changes.
            naive = local.replace(tzinfo=None) + timedelta(days=self.days)
            local = naive.replace(tzinfo=zone)
        remaining = self.business_days
        while remaining > 0:
            naive = local.replace(tzinfo=None) + timedelta(days=1)
            local = naive.replace(tzinfo=zone)
            if local.weekday() < 5 and local.date() not in off:
                remaining -= 1
        return saturate(local.astimezone(UTC) + timedelta(minutes=self.minutes))

    def approx(self) -> timedelta:
        """An elapsed-time estimate (business days as 7/5 days), for comparisons only."""
        return timedelta(minutes=self.minutes, days=self.days + self.business_days * 7 / 5)


def parse_duration(text: object) -> Duration:
    """Parse a duration, or raise DurationError with a message a user can act on."""
    if isinstance(text, bool) or not isinstance(text, str | int):
        raise DurationError(
            "a duration is text such as '30m', '20h', '2 days' or '3 business days'"
        )
    raw = str(text).strip()
    if isinstance(text, int) or raw.isdigit():
        raise DurationError(f"'{raw}' has no unit; write e.g. '{raw}m', '{raw}h' or '{raw} days'")
    minutes = days = bdays = 0
    pos = 0
    for m in _PART.finditer(raw):
        if m.start() != pos:
            break
        unit = re.sub(r"\s+", " ", m.group(2).lower())
        kind = _UNITS.get(unit)
        if kind is None:
            raise DurationError(
                f"unknown unit '{m.group(2)}' in '{raw}'; use m, h, days, weeks or business days"
            )
        n = int(m.group(1))
        if kind == "minutes":
            minutes += n
        elif kind == "hours":
            minutes += 60 * n
        elif kind == "days":
            days += n
        elif kind == "weeks":
            days += 7 * n
        else:
            bdays += n
        pos = m.end()
    if pos != len(raw) or pos == 0:
        raise DurationError(
            f"cannot read '{raw}' as a duration; write e.g. '30m', '20h', '2 days', "
            "'3 business days' or '2w'"
        )
    if days > 3650 or bdays > 2600 or minutes > 10 * 365 * 24 * 60:
        raise DurationError(f"'{raw}' is longer than ten years")
    return Duration(minutes=minutes, days=days, business_days=bdays, text=raw)
