"""Stated timeframes become exact moments, 18:00 in the sender's zone (rules: timeframe.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.understand.timeframe import closing_date, find_timeframes, sender_offset

PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
# Wednesday 4 March 2026, 10:00 in the sender's zone.
WED = datetime(2026, 3, 4, 10, 0, tzinfo=PST)


def due(text: str, sent: datetime = WED) -> list[datetime]:
    return [moment for moment, _ in find_timeframes(text, sent)]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll get back to you within two weeks.", utc(2026, 3, 19, 2)),
        ("within 10 days", utc(2026, 3, 15, 2)),
        ("in the next couple of weeks", utc(2026, 3, 19, 2)),
        ("in a few days", utc(2026, 3, 8, 2)),
        ("in the coming days", utc(2026, 3, 8, 2)),
        ("by Friday", utc(2026, 3, 7, 2)),
        ("by end of day Thursday", utc(2026, 3, 6, 2)),
        ("Friday EOD", utc(2026, 3, 7, 2)),
        ("by next Monday", utc(2026, 3, 10, 2)),
        ("by December 4", utc(2026, 12, 5, 2)),
        ("by 4 December", utc(2026, 12, 5, 2)),
        ("by 2026-04-01", utc(2026, 4, 2, 2)),
        ("early next week", utc(2026, 3, 11, 2)),
        ("mid next week", utc(2026, 3, 12, 2)),
        ("end of the week", utc(2026, 3, 7, 2)),
        ("end of next week", utc(2026, 3, 14, 2)),
        ("next week", utc(2026, 3, 14, 2)),
        ("end of the month", utc(2026, 4, 1, 2)),
        ("next month", utc(2026, 5, 1, 2)),
        ("in 3 business days", utc(2026, 3, 10, 2)),
        ("within 2-3 weeks", utc(2026, 3, 26, 2)),
        ("within two to three weeks", utc(2026, 3, 26, 2)),
        ("a week or two", utc(2026, 3, 19, 2)),
        ("within 48 hours", utc(2026, 3, 6, 18)),
        ("by tomorrow", utc(2026, 3, 6, 2)),
        ("by end of day", utc(2026, 3, 5, 2)),
        ("within a month", utc(2026, 4, 5, 2)),
        ("by mid-March", utc(2026, 3, 16, 2)),
        ("in about ten days", utc(2026, 3, 15, 2)),
    ],
)
def test_english_phrases(text: str, expected: datetime) -> None:
    """Each English phrase type gives its documented moment (sent Wed 4 Mar 2026 10:00 -0800).

    The offset stays -0800 even after the US DST start of 8 March: the Date header is
    all that is known about the sender's zone.
    """
    assert due(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir melden uns innerhalb von zwei Wochen.", utc(2026, 3, 18, 17)),
        ("Sie hören bis Freitag von uns.", utc(2026, 3, 6, 17)),
        ("Anfang nächster Woche", utc(2026, 3, 10, 17)),
        ("in den nächsten Tagen", utc(2026, 3, 7, 17)),
        ("bis zum 4. Dezember", utc(2026, 12, 4, 17)),
        ("Das wird zwei bis drei Wochen dauern.", utc(2026, 3, 25, 17)),
        ("bis Ende des Monats", utc(2026, 3, 31, 17)),
        ("in drei Werktagen", utc(2026, 3, 9, 17)),
    ],
)
def test_german_phrases(text: str, expected: datetime) -> None:
    """German phrases, sent Wed 4 Mar 2026 10:00 +0100."""
    assert due(text, datetime(2026, 3, 4, 10, 0, tzinfo=CET)) == [expected]


def test_across_a_month_end() -> None:
    """ "by Tuesday" on Friday 27 Feb is Tuesday 3 March; "within a week" on 28 Jan is 4 Feb."""
    friday = datetime(2026, 2, 27, 16, 0, tzinfo=PST)
    assert due("We'll let you know by Tuesday.", friday) == [utc(2026, 3, 4, 2)]
    assert due("within a week", datetime(2026, 1, 28, 9, 0, tzinfo=IST)) == [
        utc(2026, 2, 4, 12, 30)
    ]


def test_end_of_month_is_the_last_calendar_day() -> None:
    """May 2026 ends on a Sunday: the end of the month is still Sunday 31 May (not Friday)."""
    assert due("end of the month", datetime(2026, 5, 12, 10, tzinfo=CET)) == [utc(2026, 5, 31, 17)]


def test_across_a_dst_change_with_a_named_zone() -> None:
    """With a named zone, 18:00 stays 18:00 on the wall clock across the EU DST end (25 Oct)."""
    berlin = ZoneInfo("Europe/Berlin")
    sent = datetime(2026, 10, 23, 14, 0, tzinfo=berlin)  # Friday, CEST (+0200)
    assert due("within a week", sent) == [utc(2026, 10, 30, 17)]  # Friday 30 Oct, CET (+0100)
    assert due("next week", sent) == [utc(2026, 10, 30, 17)]


def test_across_a_dst_change_with_a_header_offset() -> None:
    """With only the Date header's +0200, the offset is kept: 18:00 +0200 = 16:00 UTC."""
    sent = datetime(2026, 10, 23, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    assert due("within a week", sent) == [utc(2026, 10, 30, 16)]


def test_weekday_named_on_that_day() -> None:
    """ "by Friday" sent on a Friday morning is that day; sent after 18:00, the next Friday."""
    morning = datetime(2026, 3, 6, 9, 0, tzinfo=CET)
    evening = datetime(2026, 3, 6, 19, 0, tzinfo=CET)
    assert due("by Friday", morning) == [utc(2026, 3, 6, 17)]
    assert due("by Friday", evening) == [utc(2026, 3, 13, 17)]


def test_a_recent_past_date_is_no_deadline() -> None:
    """ "the interview on March 3" (the day before) names an event, not a deadline."""
    assert due("Thanks for the interview on March 3.") == []


def test_a_date_already_past_rolls_into_next_year() -> None:
    """ "by January 10" written in December means next January."""
    sent = datetime(2026, 12, 15, 10, tzinfo=UTC)
    assert due("by January 10", sent) == [utc(2027, 1, 10, 18)]


def test_longest_phrase_wins_and_evidence_is_the_sentence() -> None:
    """ "end of next week" is not also "next week"; the evidence is the whole sentence."""
    found = find_timeframes("Hi. We'll decide by the end of next week. Thanks!", WED)
    assert found == [(utc(2026, 3, 14, 2), "We'll decide by the end of next week.")]


def test_naive_sent_is_refused() -> None:
    """A naive moment has no zone to read the phrase in."""
    with pytest.raises(ValueError):
        find_timeframes("by Friday", datetime(2026, 3, 4, 10))


def test_sender_offset_reads_the_date_header() -> None:
    """The raw Date header's offset, or None when it is missing or unreadable."""
    raw = b"Date: Mon, 09 Feb 2026 11:00:00 +0530\r\nSubject: x\r\n\r\nbody"
    assert sender_offset(raw) == timedelta(hours=5, minutes=30)
    assert sender_offset(b"Date: Montag\r\n\r\nx") is None
    assert sender_offset(b"Subject: x\r\n\r\nx") is None


@given(st.text(max_size=200), st.datetimes(timezones=st.just(UTC)))
def test_any_text_gives_aware_moments_after_sending(text: str, sent: datetime) -> None:
    """Never raises; every moment found is aware and not before the message was sent."""
    for moment, evidence in find_timeframes(text, sent):
        assert moment.tzinfo is not None
        assert moment >= sent - timedelta(days=1)
        assert evidence


def test_weekday_range_takes_the_later_day() -> None:
    """ "Thursday or Friday" is Friday; "Friday or Monday" runs on past the weekend."""
    assert due("You'll have an answer Thursday or Friday.") == [utc(2026, 3, 7, 2)]
    assert due("Wir melden uns Freitag oder Montag.") == [utc(2026, 3, 10, 2)]


def test_clock_time_overrides_end_of_business() -> None:
    """An explicit time of day replaces 18:00: before or after the day, 12- or 24-hour."""
    assert due("We'll confirm by 11am on Friday.") == [utc(2026, 3, 6, 19)]
    assert due("We'll confirm by Friday at 2:30 pm.") == [utc(2026, 3, 6, 22, 30)]
    assert due("by noon tomorrow") == [utc(2026, 3, 5, 20)]
    assert due("bis Freitag, 16 Uhr", datetime(2026, 3, 4, 10, tzinfo=CET)) == [utc(2026, 3, 6, 15)]


def test_german_date_with_weekday_and_den() -> None:
    """ "bis spätestens Montag, den 16. März" is that date, not the next Monday."""
    sent = datetime(2026, 3, 4, 10, tzinfo=CET)
    assert due("bis spätestens Montag, den 16. März", sent) == [utc(2026, 3, 16, 17)]


def test_calendar_week() -> None:
    """ "in KW 12" is Friday of ISO week 12 (20 March 2026)."""
    sent = datetime(2026, 3, 4, 10, tzinfo=CET)
    assert due("Eine Entscheidung fällt in KW 12.", sent) == [utc(2026, 3, 20, 17)]
    assert due("by calendar week 12", sent) == [utc(2026, 3, 20, 17)]


def test_end_of_a_named_month_is_its_last_day() -> None:
    """ "by the end of May" is Sunday 31 May, the same convention as "end of the month"."""
    assert due("by the end of May") == [utc(2026, 6, 1, 2)]  # fixed -0800


def test_working_days_of_the_closing_date_count_from_that_date() -> None:
    """ "The vacancy closes on Friday 18 September 2026. We aim to let all applicants know
    within 10 working days of the closing date": Friday 2 October, not ten working days
    after the acknowledgement was sent."""
    london = ZoneInfo("Europe/London")
    sent = datetime(2026, 9, 3, 21, 17, tzinfo=london)
    text = (
        "Your application will be considered once the vacancy closes on Friday 18 September"
        " 2026. We aim to let all applicants know the outcome within 10 working days of the"
        " closing date."
    )
    closing = closing_date(text, sent)
    assert closing is not None and closing.date() == datetime(2026, 9, 18).date()
    ((due, _),) = find_timeframes(text.split(". ")[1], sent, closing=closing)
    assert due.astimezone(london).date() == datetime(2026, 10, 2).date()
    # Without a closing date given, the span counts from the day the mail was sent.
    ((plain, _),) = find_timeframes("We'll be in touch within 10 working days.", sent)
    assert plain.astimezone(london).date() == datetime(2026, 9, 17).date()


@given(st.text(max_size=300))
def test_closing_date_never_fails(text: str) -> None:
    closing_date(
        f"The vacancy closes on {text}. We reply within 10 days of the closing date.",
        datetime(2026, 9, 3, tzinfo=UTC),
    )


def test_a_closing_date_beyond_any_vacancy_is_none() -> None:
    """ "closes on 31 December 9999" (hostile or a typo) is no closing date: the span is
    counted from the sent date, and nothing runs past the last date there is."""
    sent = datetime(2026, 9, 3, 9, 0, tzinfo=UTC)
    text = "The vacancy closes on 31 December 9999. We reply within 10 working days of the closing date."
    assert closing_date(text, sent) is None
    ((due, _),) = find_timeframes(text.split(". ")[1], sent, closing=closing_date(text, sent))
    assert due.date() == datetime(2026, 9, 17).date()
