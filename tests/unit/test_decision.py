"""The structural rules of the second tuning round: composed rejections, hoped-for offers,
named zones and day-of-month timeframes, ATS brands, and a company meeting the user alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from followupd.domain.model import Attendee, CalendarItem, ParsedMessage, Person, UserIdentity
from followupd.domain.signals import SignalKind
from followupd.understand import judge
from followupd.understand.classify import classify
from followupd.understand.decision import rejection_score
from followupd.understand.people import is_ats_domain
from followupd.understand.timewords import last_day_of_quarter, next_day_of_month

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
SENT = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)  # a Wednesday
ME = Attendee(person=Person(email="jordan.lee@example.org", name="Jordan Lee"))


def kinds(text: str, subject: str = "Re: Platform role") -> set[SignalKind]:
    sender = Person(email="rosa@quarry.example", name="Rosa Ilves")
    msg = ParsedMessage(sender=sender, subject=subject, text=text, date=SENT)
    return {s.kind for s in classify(msg, user=USER)}


@pytest.mark.parametrize(
    "text",
    [
        "After the final panel we will not be progressing your candidacy.",
        "We've decided not to take things any further on this occasion.",
        "Sadly we won't be making you an offer this time.",
        "Abbiamo scelto di non proseguire con la sua candidatura.",
        "Decidimos não prosseguir com a sua candidatura.",
        "Honestly, it's a no from the team this round.",
        "We're going to pass on your application for now.",
        "I'm afraid we need to end the process with you here.",
    ],
)
def test_composed_rejections(text: str) -> None:
    """A negation plus a decision verb about the candidate is a rejection in any wording."""
    assert SignalKind.REJECTION in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "If we don't receive your references we cannot proceed with your application.",
        "We have not yet decided whether to move forward with the second round.",
        "We can't wait to move forward with you!",
        "I'll pass on your CV to the hiring manager.",
        "We aim to conclude the process by the end of the month.",
        "Thanks for letting us know you'd like to withdraw your application.",
        "We're looking for someone with strong Go experience.",
    ],
)
def test_composed_lookalikes(text: str) -> None:
    """Conditions, undecided questions, passing a CV on, timelines and the user's own
    withdrawal are not rejections; wanting 'someone with …' alone is how adverts talk."""
    assert SignalKind.REJECTION not in kinds(text)


def test_alternative_person_needs_support() -> None:
    """'chose someone with …' weighs 0.75: with 'unfortunately' (0.5) it is a rejection."""
    assert rejection_score("We chose someone with more Rust exposure.")[0] == 0.75
    text = "Unfortunately the team chose someone with more Rust exposure."
    assert SignalKind.REJECTION in kinds(text)


def test_removed_role_is_a_rejection_with_company() -> None:
    """The company removing the role itself weighs 1.0, enough on its own."""
    assert SignalKind.REJECTION in kinds("Leadership cancelled the requisition yesterday.")


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("We plan to extend an offer once the budget is signed off.", False),
        ("If all goes well we'll make you an offer on Monday.", False),
        ("We're thrilled to extend you an offer for the Staff Engineer position.", True),
    ],
)
def test_hoped_for_offer_is_not_an_offer(text: str, offer: bool) -> None:
    """An offer hoped for, planned or conditional is not made yet."""
    assert (SignalKind.OFFER in kinds(text)) is offer


def test_subscription_issue_is_no_offer() -> None:
    """A numbered newsletter issue sent as list mail carries only AUTOMATED."""
    msg = ParsedMessage(
        sender=Person(email="hi@hiringweekly.example", name="The Offer Desk"),
        subject="Issue #12: the offer letter, decoded",
        text="Issue #12\nHow to read an offer letter.\n"
        "You're receiving this because you subscribed at hiringweekly.example.",
        date=SENT,
        auto_submitted=True,
    )
    assert {s.kind for s in classify(msg, user=USER)} == {SignalKind.AUTOMATED}


def _due(text: str, offset_hours: int = 0) -> list[datetime]:
    sender = Person(email="rosa@quarry.example", name="Rosa Ilves")
    msg = ParsedMessage(sender=sender, subject="Re: x", text=text, date=SENT)
    signals = classify(msg, user=USER, sent_offset=timedelta(hours=offset_hours))
    return [s.due for s in signals if s.due is not None]


def test_named_zone_overrides_the_senders_zone() -> None:
    """'by 4pm Eastern on Friday' from a Berlin sender is 16:00 New York time."""
    assert _due("We'll have a decision for you by 4pm Eastern on Friday.", 1) == [
        datetime(2026, 3, 6, 21, tzinfo=UTC)
    ]


def test_day_of_month_and_unrelated_first_clause() -> None:
    """'by Tuesday 17th' is the 17th; an absence named first, before ', so', is dropped."""
    text = "I'm travelling on Monday the 9th, so you'll hear from me by Tuesday 17th."
    assert _due(text) == [datetime(2026, 3, 17, 18, tzinfo=UTC)]


def test_day_of_month_and_quarter_helpers() -> None:
    """The next such day of a month rolls into the next month; a quarter ends on its last day."""
    assert next_day_of_month(date(2026, 3, 20), 14) == date(2026, 4, 14)
    assert next_day_of_month(date(2026, 1, 31), 30) == date(2026, 3, 30)
    assert last_day_of_quarter(date(2026, 8, 11)) == date(2026, 9, 30)
    assert _due("We hope to make the call before the end of the quarter.") == [
        datetime(2026, 3, 31, 18, tzinfo=UTC)
    ]


def test_ats_brand_under_another_domain() -> None:
    """An ATS is known by its brand under any top-level domain; ordinary words are not brands."""
    assert is_ats_domain("mail.greenhouse.eu")
    assert is_ats_domain("ashbyhq.example")
    assert not is_ats_domain("dover.example")


def _invite(summary: str, people: list[str], **kw: object) -> CalendarItem:
    fields: dict[str, object] = {
        "uid": "s1",
        "method": "REQUEST",
        "summary": summary,
        "start": datetime(2026, 3, 10, 16, tzinfo=UTC),
        "end": datetime(2026, 3, 10, 17, tzinfo=UTC),
        "organizer": Person(email=people[0], name="Nell Arden"),
        "attendees": (ME, *(Attendee(person=Person(email=p)) for p in people)),
    }
    fields.update(kw)
    return CalendarItem.model_validate(fields)


def test_one_company_meeting_the_user_is_an_interview() -> None:
    """A one-off, small meeting of one company with the user alone about meeting
    the team is an interview without the word."""
    item = _invite("Whiteboard session", ["nell@brightfern.example", "ivo@brightfern.example"])
    assert judge(item, user=USER).interview is not None


def test_title_naming_company_and_user() -> None:
    """'Jordan x Brightfern' names both sides: an interview shape."""
    item = _invite("Jordan x Brightfern", ["nell@brightfern.example"])
    assert judge(item, user=USER).interview is not None


@pytest.mark.parametrize(
    ("summary", "people", "extra"),
    [
        ("Session with the team", ["nell@brightfern.example", "max@other.example"], {}),
        ("Chat with the team", ["nell@brightfern.example"], {"recurring": True}),
        ("Sprint review session", ["nell@brightfern.example"], {}),
        ("Candidate debrief chat", ["nell@brightfern.example"], {}),
        ("Team chat", [f"p{i}@brightfern.example" for i in range(8)], {}),
    ],
)
def test_not_one_company_meeting(summary: str, people: list[str], extra: dict[str, object]) -> None:
    """A third domain, a recurring meeting, internal words or a crowd are not interviews."""
    assert judge(_invite(summary, people, **extra), user=USER).interview is None
