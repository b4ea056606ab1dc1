"""Properties of the sentence readers: conditionals.asserted, cancellation.cancellations,
the decision and offer readings, timeframe.find_anchored and span_due."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.signals import Span, SpanUnit
from followupd.understand.cancellation import (
    cancellations,
    lookalike,
    meeting_moved,
    on_hold,
    role_ended,
    titles_joined,
)
from followupd.understand.conditionals import MASK, asserted, segments
from followupd.understand.decision import rejection_score
from followupd.understand.offers import offer_reading, offer_score
from followupd.understand.timeframe import find_anchored, find_timeframes, span_due

# Text made of the words these readers care about, so that the properties meet them.
WORDS = [
    "if",
    "unless",
    "whether",
    "should",
    "you",
    "we",
    "not",
    "n't",
    "been",
    "selected",
    "chosen",
    "shortlisted",
    "other",
    "another",
    "candidate",
    "candidates",
    "applicants",
    "who",
    "are",
    "your",
    "application",
    "interview",
    "role",
    "position",
    "cancelled",
    "closed",
    "on",
    "hold",
    "paused",
    "withdrawn",
    "offer",
    "offered",
    "to",
    "someone",
    "else",
    "the",
    "has",
    "was",
    "is",
    "and",
    "but",
    ",",
    ";",
    "-",
    "wenn",
    "falls",
    "ob",
    "Sie",
    "nicht",
    "ausgewählt",
    "si",
    "vous",
    "votre",
    "no",
    "has",
    "sido",
    "seleccionada",
    "in",
    "case",
    "a",
    "week",
    "after",
    "within",
    "3",
    "business",
    "days",
    "of",
    "Thursday",
    "Monday's",
    "onsite",
    "hiring",
    "freeze",
]
PHRASE = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
TEXT = st.one_of(PHRASE, st.text(max_size=200))
PLAIN = st.lists(
    st.sampled_from(
        [
            "we",
            "have",
            "decided",
            "to",
            "move",
            "forward",
            "with",
            "other",
            "candidates",
            "for",
            "the",
            "role",
        ]
    ),
    max_size=20,
).map(" ".join)


@given(TEXT)
def test_segments_give_the_sentence_back(sentence: str) -> None:
    """Cut into segments and joined again, a sentence is unchanged."""
    assert "".join(seg + boundary for seg, boundary in segments(sentence)) == sentence


@given(TEXT)
def test_asserted_only_blanks(sentence: str) -> None:
    """`asserted` never adds a word: each of its words was in the sentence, or is the mask."""
    words = set(re.findall(r"\w+", sentence))
    assert set(re.findall(r"\w+", asserted(sentence))) <= words


@given(TEXT)
def test_asserted_is_idempotent(sentence: str) -> None:
    """What a sentence asserts, asserts the same again."""
    once = asserted(sentence)
    assert asserted(once) == once


@given(PLAIN)
def test_a_sentence_without_a_condition_is_all_asserted(sentence: str) -> None:
    """No condition, no description of the process: the sentence is unchanged."""
    assert asserted(sentence) == sentence


@given(PLAIN, PHRASE)
def test_a_condition_after_a_semicolon_leaves_the_first_part(first: str, rest: str) -> None:
    """A condition in a later segment never blanks an earlier one."""
    sentence = f"{first}; if {rest}"
    assert asserted(sentence).startswith(asserted(first))
    assert MASK in asserted(sentence)


@given(TEXT)
def test_cancellations_name_words_of_the_clause(clause: str) -> None:
    """Each cancellation's verb is written in the clause; the readers return '' or words."""
    folded = clause.casefold()
    for found in cancellations(clause):
        assert found.verb.casefold() in folded
        assert found.noun
    for reader in (role_ended, meeting_moved, on_hold):
        assert isinstance(reader(clause), str)
    weight, _ = lookalike(clause)
    assert weight in (0.0, 1.0)


@given(TEXT)
def test_titles_joined_keeps_every_word_in_place(text: str) -> None:
    """Blanking a quoted title's punctuation keeps the length and every word where it was."""
    joined = titles_joined(text)
    assert len(joined) == len(text)
    assert [m.span() for m in re.finditer(r"\w+", joined)] == [
        m.span() for m in re.finditer(r"\w+", text)
    ]


@given(TEXT)
def test_readings_are_bounded(line: str) -> None:
    """Structural weights are non-negative and the offer reading one of three answers."""
    assert rejection_score(line)[0] >= 0
    assert offer_score(line)[0] in (0.0, 2.0)
    assert offer_reading(line) in ("", "someone else", "a meeting")


@given(PLAIN)
def test_a_supposed_rejection_scores_nothing(sentence: str) -> None:
    """Behind "if", any rejection wording weighs nothing once blanked."""
    assert rejection_score(asserted(f"If {sentence}"))[0] == 0


UNITS = st.sampled_from(
    [
        ("business days", SpanUnit.BUSINESS_DAYS),
        ("days", SpanUnit.DAYS),
        ("weeks", SpanUnit.WEEKS),
        ("hours", SpanUnit.HOURS),
        ("months", SpanUnit.MONTHS),
        ("Werktagen", SpanUnit.BUSINESS_DAYS),
    ]
)
MOMENTS = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.astimezone(timezone(timedelta(hours=1))))


@given(st.integers(2, 30), UNITS, MOMENTS)
def test_an_anchored_span_is_read_back(
    count: int, unit: tuple[str, SpanUnit], sent: datetime
) -> None:
    """ "within N units after your interview": the span N units from the interview, no due
    without a date, and nothing counted from the sent date."""
    word, kind = unit
    text = f"We will get back to you within {count} {word} after your interview."
    (anchored,) = find_anchored(text, sent)
    assert (anchored.span, anchored.anchor, anchored.due) == (
        Span(count=count, unit=kind),
        "interview",
        None,
    )
    assert find_timeframes(text, sent) == []


WEEKDAYS = {"Monday": 0, "Thursday": 3, "Friday": 4}


@given(st.integers(1, 20), UNITS, MOMENTS, st.sampled_from(sorted(WEEKDAYS)))
def test_a_dated_interview_is_the_nearest_such_day(
    count: int, unit: tuple[str, SpanUnit], sent: datetime, weekday: str
) -> None:
    """ "after your interview on Thursday": the nearest Thursday, past or coming (at most
    three days away, a tie going forward), and the due moment is the span from its 18:00."""
    word, _ = unit
    text = f"We'll answer within {count} {word} after your interview on {weekday}."
    (anchored,) = find_anchored(text, sent)
    near = [sent.date() + timedelta(days=d) for d in range(-3, 4)]
    day = min(
        (d for d in near if d.weekday() == WEEKDAYS[weekday]),
        key=lambda d: (abs((d - sent.date()).days), d < sent.date()),
    )
    start = datetime.combine(day, time(18, 0), tzinfo=sent.tzinfo)
    assert anchored.due == span_due(anchored.span, start)


@given(st.integers(1, 60), UNITS, MOMENTS)
def test_span_due_agrees_with_a_deadline_from_the_message(
    count: int, unit: tuple[str, SpanUnit], sent: datetime
) -> None:
    """Counted from the sent date, a span ends where "within N units" from the message does."""
    word, kind = unit
    (moment, _) = find_timeframes(f"within {count} {word}", sent)[0]
    assert span_due(Span(count=count, unit=kind), sent) == moment


@settings(max_examples=50)
@given(TEXT, MOMENTS)
def test_find_anchored_never_fails(text: str, sent: datetime) -> None:
    """Any text: anchored spans are positive and written in the text."""
    for anchored in find_anchored(text, sent):
        assert anchored.span.count > 0 and anchored.phrase in text
