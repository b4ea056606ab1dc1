"""A timeframe counted from the interview ("within 3 business days after your interview")
keeps its anchor and span; it is never counted from the message date. `explain` shows it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.config import Settings, StateConfig, UserConfig
from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.signals import Signal, SignalKind, Span, SpanUnit
from followupd.rules.loader import load_rules
from followupd.understand.classify import classify
from followupd.understand.timeframe import find_anchored, find_timeframes, span_due
from tests.worlds import ROOT

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
RECRUITER = Person(email="mira.okoye@harbourline.example", name="Mira Okoye")
CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=CET)  # Wednesday 4 March 2026, 10:00 +01:00


def timeframes(text: str) -> list[Signal]:
    message = ParsedMessage(sender=RECRUITER, subject="Re: Platform Engineer", text=text, date=SENT)
    found = classify(message, user=USER, sent_offset=timedelta(hours=1))
    return [s for s in found if s.kind is SignalKind.TIMEFRAME]


def at_18(day: int, month: int = 3) -> datetime:
    """18:00 in the sender's zone (+01:00), as UTC."""
    return datetime(2026, month, day, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "We will get back to you within 3 business days after your interview.",
            Span(count=3, unit=SpanUnit.BUSINESS_DAYS),
        ),
        ("We'll let you know a week after your onsite.", Span(count=1, unit=SpanUnit.WEEKS)),
        (
            "You'll hear from us within 48 hours of your final interview.",
            Span(count=48, unit=SpanUnit.HOURS),
        ),
        (
            "We aim to share feedback within two weeks following the final round.",
            Span(count=2, unit=SpanUnit.WEEKS),
        ),
        (
            "Wir melden uns innerhalb von 3 Werktagen nach Ihrem Vorstellungsgespräch.",
            Span(count=3, unit=SpanUnit.BUSINESS_DAYS),
        ),
        ("We'll get back to you the day after your interview.", Span(count=1, unit=SpanUnit.DAYS)),
        (
            "After our call, I'll get back to you with feedback within 3 business days.",
            Span(count=3, unit=SpanUnit.BUSINESS_DAYS),
        ),
        (
            "Following the panel, we expect to make a decision in 5 business days.",
            Span(count=5, unit=SpanUnit.BUSINESS_DAYS),
        ),
        ("We'll decide within a week after our conversation.", Span(count=1, unit=SpanUnit.WEEKS)),
    ],
)
def test_a_span_after_the_interview_keeps_its_anchor(sentence: str, span: Span) -> None:
    """The span is counted from the interview: anchor and span are set, and with no date of
    the interview in the message there is no due moment (never the message date + span)."""
    body = f"Hi Jordan,\n\nThanks for making time for us. {sentence}\n\nBest,\nMira"
    (signal,) = timeframes(body)
    assert (signal.anchor, signal.span, signal.due) == ("interview", span, None)
    assert sentence in signal.evidence
    assert signal.detail == f"{span.describe()} after the interview"


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # Thursday 5 March + 3 business days = Tuesday 10 March
        ("We will get back to you within 3 business days after your interview on Thursday.", at_18(10)),
        # Monday 2 March was two days before: the nearest Monday; + 1 week = 9 March
        ("We'll have a decision within a week of Monday's onsite.", at_18(9)),
        # 12 March + 5 days
        ("We'll get back to you within 5 days after your interview on 12 March.", at_18(17)),
        # next Tuesday (10 March) + 2 days
        ("Expect our answer two days after your interview next Tuesday.", at_18(12)),
    ],
)  # fmt: skip
def test_a_dated_interview_gives_the_best_estimate(sentence: str, due: datetime) -> None:
    """When the sentence dates the interview, `due` is the span counted from that day."""
    (signal,) = timeframes(f"Hi Jordan,\n\n{sentence}\n\nMira")
    assert signal.anchor == "interview" and signal.due == due


def test_a_plain_span_is_still_counted_from_the_message() -> None:
    """Without an event to count from, "within 3 business days" is from the sent date."""
    (signal,) = timeframes("Hi Jordan,\n\nWe will get back to you within 3 business days.\n\nMira")
    assert signal.anchor == "" and signal.span is None and signal.due == at_18(9)


def test_an_interview_day_and_a_promise_are_two_things() -> None:
    """ "Your interview is on Friday and we'll decide by Monday": only Monday is promised,
    from the message date, and nothing is anchored."""
    (signal,) = timeframes("Hi Jordan,\n\nYour interview is on Friday and we'll decide by Monday.")
    assert signal.anchor == "" and signal.due == at_18(9)


def test_both_kinds_in_one_message() -> None:
    """A deadline from the message and a span from the interview are kept apart."""
    text = (
        "Hi Jordan,\n\nPlease send your availability by Friday. We'll send you the panel's "
        "names by Monday, and we will get back to you within 3 business days after your "
        "interview."
    )
    found = {(s.anchor, s.due) for s in timeframes(text)}
    assert found == {("", at_18(9)), ("interview", None)}


def test_a_request_counted_from_the_interview_is_no_promise() -> None:
    """ "Please send your expenses within a week of your interview" asks the user."""
    assert timeframes("Please send your expenses within a week of your interview.") == []


def test_find_timeframes_skips_the_anchored_span() -> None:
    """The lower-level reader does not count an interview's span from the sent date either."""
    text = "We will get back to you within 3 business days after your interview."
    assert find_timeframes(text, SENT) == []
    (anchored,) = find_anchored(text, SENT)
    assert anchored.span == Span(count=3, unit=SpanUnit.BUSINESS_DAYS)


def test_span_due_counts_like_a_deadline_from_the_message() -> None:
    """span_due: business days skip weekends and end at 18:00 on the anchor's wall clock;
    hours are exact."""
    friday_interview = datetime(2026, 3, 6, 15, 0, tzinfo=CET)
    assert span_due(Span(count=3, unit=SpanUnit.BUSINESS_DAYS), friday_interview) == at_18(11)
    assert span_due(Span(count=48, unit=SpanUnit.HOURS), friday_interview) == datetime(
        2026, 3, 8, 14, 0, tzinfo=UTC
    )
    with pytest.raises(ValueError, match="aware"):
        span_due(Span(count=1, unit=SpanUnit.DAYS), datetime(2026, 3, 6, 15, 0))


def test_old_signals_still_build() -> None:
    """Signal's new fields have defaults: a signal built as before has no anchor or span."""
    signal = Signal(kind=SignalKind.TIMEFRAME, evidence="We'll get back to you by Friday.")
    assert signal.anchor == "" and signal.span is None
    assert Span(count=1, unit=SpanUnit.WEEKS).describe() == "1 week"
    assert Span(count=3, unit=SpanUnit.BUSINESS_DAYS).describe() == "3 business days"


EML = """From: Mira Okoye <mira.okoye@harbourline.example>
To: Jordan Lee <jordan.lee@example.org>
Subject: {subject}
Date: Wed, 04 Mar 2026 10:00:00 +0100
Message-ID: <{id}@harbourline.example>
Content-Type: text/plain; charset=utf-8

Hi Jordan,

{body}

Best regards,
Mira
"""


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            "Thank you for your time. We have extended an offer to another candidate, "
            "and they have accepted.",
            "signal rejection: “We have extended an offer to another candidate, and they have "
            "accepted.”",
        ),
        (
            "We are putting this position on hold until the next budget cycle.",
            "signal on_hold: “We are putting this position on hold until the next budget cycle.”",
        ),
        (
            "We will get back to you within 3 business days after your interview.",
            "signal timeframe (3 business days after the interview): “We will get back to you "
            "within 3 business days after your interview.”",
        ),
        (
            "We will get back to you within 3 business days after your interview on Thursday.",
            "signal timeframe (3 business days after the interview, due 2026-03-10T17:00:00+00:00)",
        ),
        (
            "Unfortunately, we did not select your application to move forward.",
            "signal rejection: “Unfortunately, we did not select your application to move "
            "forward.”",
        ),
    ],
)
def test_explain_quotes_the_deciding_sentence(tmp_path: Path, body: str, line: str) -> None:
    """`followupd explain FILE.eml` names each new signal with its sentence (and an anchored
    timeframe with its span)."""
    from followupd.explain import explain, render

    settings = Settings(
        user=UserConfig(name=USER.name, email=USER.email, timezone="Europe/Berlin"),
        state=StateConfig(path=tmp_path / "s.db"),
    )
    rules = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    eml = tmp_path / "message.eml"
    eml.write_text(EML.format(subject="Re: Platform Engineer", id="m1", body=body))
    text = render(explain(str(eml), settings, rules, datetime(2026, 3, 5, 9, tzinfo=UTC)))
    assert line in text


def test_explain_of_a_conditional_acknowledgement_shows_no_rejection(tmp_path: Path) -> None:
    """The acknowledgement's "if you are not selected …" is no signal in explain either."""
    from followupd.explain import explain, render

    settings = Settings(
        user=UserConfig(name=USER.name, email=USER.email, timezone="Europe/Berlin"),
        state=StateConfig(path=tmp_path / "s.db"),
    )
    rules = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    eml = tmp_path / "ack.eml"
    body = (
        "Thank you for applying for the Data Engineer role.\n\nIf you are not selected for this "
        "position, we will keep your CV on file."
    )
    eml.write_text(EML.format(subject="Your application", id="m2", body=body))
    text = render(explain(str(eml), settings, rules, datetime(2026, 3, 5, 9, tzinfo=UTC)))
    assert "signal rejection" not in text and "rejection.received" not in text


def test_an_event_named_first_does_not_reach_into_the_next_sentence() -> None:
    """ "… after your interview on Thursday. Within 5 business days …": the second sentence
    is a span from the sent date, not counted from Thursday's interview."""
    text = "See you after your interview on Thursday. We decide within 5 business days."
    assert find_anchored(text, SENT) == []
    assert at_18(11) in [moment for moment, _ in find_timeframes(text, SENT)]  # Wed + 5
