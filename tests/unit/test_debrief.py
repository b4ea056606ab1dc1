"""parse_debrief: the user's forgiving phone notes become topics, timeframe and check-back."""

from __future__ import annotations

from datetime import UTC, datetime

from followupd.domain.model import Person
from followupd.understand.debrief import parse_debrief

PRIYA = Person(email="priya.raman@acme-robotics.com", name="Priya Raman")
ZOE = Person(email="zoe.martin@acme-robotics.com", name="Zoë Martin")
SENT = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)  # Tuesday, 20:00 in Berlin

NOTES = """Priya: system design, the caching question — I'd add the LRU idea
Zoë - team culture; asked about on-call
- they liked my Kafka project
Timeframe: two weeks
Check back: Dec 10

On Tue, 1 Dec 2026 at 18:00, followupd <jordan.lee@example.org> wrote:
> How did the interview go? Who did you talk to?
> Priya: ?
"""


def parse(text: str, tz: str = "Europe/Berlin"):  # type: ignore[no-untyped-def]
    return parse_debrief(text, interviewers=[PRIYA, ZOE], sent=SENT, tz=tz)


def test_the_example_from_the_issue() -> None:
    """Topics per interviewer (by address), a general point, timeframe and check-back."""
    note = parse(NOTES)
    assert note.topics == {
        "priya.raman@acme-robotics.com": (
            "system design",
            "the caching question — I'd add the LRU idea",
        ),
        "zoe.martin@acme-robotics.com": ("team culture", "asked about on-call"),
    }
    assert note.general == ("they liked my Kafka project",)
    assert note.timeframe == "two weeks"
    assert note.timeframe_due == datetime(2026, 12, 15, 17, 0, tzinfo=UTC)  # 18:00 CET
    assert note.check_back == datetime(2026, 12, 10, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert len(note.evidence) == 5


def test_names_are_case_and_accent_insensitive() -> None:
    """ "zoe martin –" and "PRIYA:" find their interviewers; so does an address."""
    note = parse("zoe martin – on-call\nPRIYA: caching\nzoe.martin@acme-robotics.com: Kafka")
    assert note.topics == {
        "zoe.martin@acme-robotics.com": ("on-call", "Kafka"),
        "priya.raman@acme-robotics.com": ("caching",),
    }


def test_a_hyphenated_word_is_not_a_separator() -> None:
    """ "Priya-style caching" is a general point, not a topic for Priya."""
    note = parse("Priya-style caching was discussed")
    assert note.topics == {}
    assert note.general == ("Priya-style caching was discussed",)


def test_quoted_question_and_chatter_are_ignored() -> None:
    """ "> …" lines and greetings or phone signatures are not points."""
    note = parse("Hi\n> What happened?\n* great team\nThanks!\nSent from my iPhone")
    assert note.general == ("great team",)


def test_other_timeframe_and_check_back_wordings() -> None:
    """ "they said:" and "follow up:" with phrases; "heard back in:" too."""
    note = parse("They said: we'll hear by Friday\nFollow up: in 10 days")
    assert note.timeframe == "we'll hear by Friday"
    assert note.timeframe_due == datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    assert note.check_back == datetime(2026, 12, 11, 8, 0, tzinfo=UTC)
    assert parse("heard back in: 3 weeks").timeframe_due == datetime(2026, 12, 22, 17, tzinfo=UTC)


def test_check_back_across_dst_in_the_users_zone() -> None:
    """09:00 is read on the wall clock of the user's zone (here after the US DST end)."""
    sent = datetime(2026, 10, 28, 15, 0, tzinfo=UTC)
    note = parse_debrief("Check back: Nov 3", interviewers=[], sent=sent, tz="America/New_York")
    assert note.check_back == datetime(2026, 11, 3, 14, 0, tzinfo=UTC)  # 09:00 EST


def test_unreadable_phrases_leave_fields_empty() -> None:
    """A timeframe in words we cannot read is kept as text, with no moment."""
    note = parse("Timeframe: soon-ish\nCheck back: whenever")
    assert note.timeframe == "soon-ish"
    assert note.timeframe_due is None
    assert note.check_back is None


def test_unknown_zone_falls_back_to_utc() -> None:
    """A misspelled zone name does not break the debrief."""
    note = parse("Check back: Dec 10", tz="Mars/Olympus")
    assert note.check_back == datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


def test_empty_text() -> None:
    """An empty reply is an empty note."""
    note = parse("")
    assert note.topics == {} and note.general == () and note.timeframe == ""
