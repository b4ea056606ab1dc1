"""Durations as people write them, applied in the user's time zone."""

from datetime import UTC, datetime

import pytest

from followupd.rules.duration import DurationError, parse_duration


@pytest.mark.parametrize(
    ("text", "minutes", "days", "bdays"),
    [
        ("30m", 30, 0, 0),
        ("20h", 1200, 0, 0),
        ("1h30m", 90, 0, 0),
        ("2 days", 0, 2, 0),
        ("1d", 0, 1, 0),
        ("2w", 0, 14, 0),
        ("3 business days", 0, 0, 3),
        ("10 minutes", 10, 0, 0),
    ],
)
def test_units_people_write(text: str, minutes: int, days: int, bdays: int) -> None:
    """Each common spelling of a delay is understood with its unit."""
    d = parse_duration(text)
    assert (d.minutes, d.days, d.business_days) == (minutes, days, bdays)
    assert str(d) == text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("30", "has no unit"), ("5 parsecs", "unknown unit 'parsecs'"), ("soon", "cannot read")],
)
def test_bad_durations_say_why(text: str, fragment: str) -> None:
    """A duration that cannot be read is refused with a message naming the problem."""
    with pytest.raises(DurationError, match=fragment):
        parse_duration(text)


def test_days_keep_local_time_across_dst() -> None:
    """'1 day' after 18:00 the day before the clocks change is 18:00 local the next day."""
    start = datetime(2026, 10, 24, 16, 0, tzinfo=UTC)  # 18:00 CEST in Berlin
    after = parse_duration("1 day").apply(start, "Europe/Berlin")
    assert after == datetime(2026, 10, 25, 17, 0, tzinfo=UTC)  # 18:00 CET


def test_business_days_skip_the_weekend() -> None:
    """3 business days after a Friday afternoon is the following Wednesday."""
    friday = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert parse_duration("3 business days").apply(friday, "Europe/Berlin") == datetime(
        2026, 12, 2, 16, 0, tzinfo=UTC
    )


def test_minutes_are_elapsed_time() -> None:
    """Minutes and hours are exact elapsed time, whatever the zone."""
    start = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # DST starts in Berlin at 01:00 UTC
    assert parse_duration("2h").apply(start, "Europe/Berlin") == datetime(
        2026, 3, 29, 2, 30, tzinfo=UTC
    )


def test_business_days_skip_holidays() -> None:
    """A holiday (a local date) is not a business day: 2 business days from the 23rd skip the 24th and 25th."""
    from datetime import date

    wednesday = datetime(2026, 12, 23, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    holidays = frozenset({date(2026, 12, 24), date(2026, 12, 25)})
    after = parse_duration("2 business days").apply(wednesday, "Europe/Berlin", holidays)
    # Thu 24 and Fri 25 are holidays, Sat/Sun the weekend: Mon 28, then Tue 29.
    assert after == datetime(2026, 12, 29, 9, 0, tzinfo=UTC)
    assert parse_duration("2 business days").apply(wednesday, "Europe/Berlin") == datetime(
        2026, 12, 25, 9, 0, tzinfo=UTC
    )


def test_holidays_are_local_dates() -> None:
    """A holiday is matched on the date in the user's zone, not in UTC."""
    from datetime import date

    # 23:30 UTC on Sunday 1 Nov is already Monday 2 Nov 00:30 in Berlin.
    start = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    holiday = frozenset({date(2026, 11, 3)})
    after = parse_duration("1 business day").apply(start, "Europe/Berlin", holiday)
    assert after == datetime(2026, 11, 3, 23, 30, tzinfo=UTC)  # Wed 4 Nov 00:30 local


def test_holidays_do_not_change_plain_days() -> None:
    """'2 days' counts calendar days: holidays only matter to business days."""
    from datetime import date

    start = datetime(2026, 12, 23, 9, 0, tzinfo=UTC)
    holidays = frozenset({date(2026, 12, 24)})
    assert parse_duration("2 days").apply(start, "Europe/Berlin", holidays) == datetime(
        2026, 12, 25, 9, 0, tzinfo=UTC
    )
