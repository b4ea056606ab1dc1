"""The broader phrase families of followupd/understand/lexicon.py, each with phrasings of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.signals import SignalKind
from followupd.understand.classify import classify

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
RECRUITER = Person(email="mira@harbourline.example", name="Mira Okoye")
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # Wednesday


def kinds(text: str, *, subject: str = "Re: Platform Engineer", sender: Person = RECRUITER,
          auto: bool = False) -> set[SignalKind]:  # fmt: skip
    message = ParsedMessage(
        sender=sender, subject=subject, text=text, date=SENT, auto_submitted=auto
    )
    return {s.kind for s in classify(message, user=USER)}


def dues(text: str) -> list[datetime]:
    message = ParsedMessage(sender=RECRUITER, subject="Re: update", text=text, date=SENT)
    return [s.due for s in classify(message, user=USER) if s.due is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jordan, we have opted to go in a different direction for the team.",
        "We're going another direction with this hire, sorry.",
        "After some thought we won't be taking things further.",
        "We are not able to take your candidacy forward.",
    ],
)
def test_rejection_other_direction_and_not_further(text: str) -> None:
    """Ending a process without the stock phrases: another direction, not taking it further."""
    assert SignalKind.REJECTION in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The panel has chosen to proceed with applicants who have more payments experience.",
        "In the end we went with somebody whose track record in Rust is longer.",
        "Your skills are not quite a match for this opening.",
        "Your profile is not a fit at this stage.",
    ],
)
def test_rejection_someone_else_or_no_match(text: str) -> None:
    """Another profile preferred, or the user's profile does not match, is a rejection."""
    assert SignalKind.REJECTION in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The requisition for this position was cancelled after the reorg.",
        "Budget for the role has been withdrawn, so we are closing the search.",
        "Application status: Not progressing",
    ],
)
def test_rejection_role_gone_or_status(text: str) -> None:
    """A withdrawn requisition or a closed search ends the process; so does a status line."""
    assert SignalKind.REJECTION in kinds(text)


def test_role_on_hold_is_still_no_rejection() -> None:
    """A paused role is not a closed one."""
    assert SignalKind.REJECTION not in kinds("The role is on hold until the budget is approved.")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stelle konnte inzwischen intern besetzt werden.",
        "Wir werden den Bewerbungsprozess mit Ihnen nicht fortsetzen.",
        "Wir haben uns für jemanden mit mehr Führungserfahrung entschieden.",
        "Nous regrettons de vous informer que votre profil n'a pas été retenu.",
        "Nous avons décidé de poursuivre avec un autre candidat.",
        "Hemos decidido seguir con otras candidatas para este puesto.",
        "Tu candidatura no ha sido seleccionada en esta ocasión.",
        "We hebben gekozen voor een andere kandidaat.",
        "We hebben besloten niet verder te gaan met je sollicitatie.",
    ],
)
def test_rejection_in_other_languages(text: str) -> None:
    """German, French, Spanish and Dutch rejections without the English stock phrases."""
    assert SignalKind.REJECTION in kinds(text, subject="Bewerbung")


@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes ravis de vous proposer le poste de développeuse senior.",
        "Vous trouverez la proposition d'embauche en pièce jointe.",
        "Nos complace ofrecerte el puesto de ingeniera de datos.",
        "We willen je graag een aanbod doen voor de functie.",
    ],
)
def test_offers_in_other_languages(text: str) -> None:
    """French, Spanish and Dutch job offers."""
    assert SignalKind.OFFER in kinds(text, subject="Proposition")


def test_quoted_speech_is_not_the_senders_rejection() -> None:
    """A column that quotes "we have decided to move forward with other candidates" rejects nobody."""
    text = 'Recruiters often write "we have decided to move forward with other candidates" - here is what it means.'
    assert SignalKind.REJECTION not in kinds(text)


def test_newsletter_sender_vetoes_the_content() -> None:
    """List mail from a newsletter mailbox carries only AUTOMATED, whatever its sentences say."""
    sender = Person(email="newsletter@careerdigest.example", name="Career Digest")
    text = "The position has been filled - and how to answer that. Reply within a day."
    assert kinds(text, sender=sender, subject="Issue 12", auto=True) == {SignalKind.AUTOMATED}


def test_an_imperative_to_the_reader_is_no_timeframe() -> None:
    """ "Respond within two days." asks the reader; it promises nothing."""
    assert dues("Respond within two days to keep the slot.") == []


def test_an_event_day_before_the_promise_is_not_the_due_day() -> None:
    """ "The panel sits on Thursday and we'll answer by Friday": only Friday is promised."""
    assert dues("The panel sits on Thursday and we'll answer by Friday.") == [
        datetime(2026, 3, 6, 18, tzinfo=UTC)
    ]


def test_german_first_person_melde() -> None:
    """ "ich melde mich" promises news like "wir melden uns"."""
    assert dues("Ich melde mich spätestens am Freitag.") == [datetime(2026, 3, 6, 18, tzinfo=UTC)]


@pytest.mark.parametrize(
    "text",
    [
        "Applications for the role were closed on Friday and we are now reviewing them.",
        "We would like to close the process quickly and make you an offer.",
        "The company is moving in a new direction with its product line, and we'd love to talk.",
    ],
)
def test_closing_and_direction_lookalikes(text: str) -> None:
    """Closed applications, closing with an offer, or a product's new direction are no rejection."""
    assert SignalKind.REJECTION not in kinds(text)


_WORDS = ["we", "regret", "to", "inform", "you", "offer", "unfortunately", "not", "moving",
          "forward", "with", "your", "application", "next", "steps", "within", "2", "weeks", ","]  # fmt: skip


@pytest.mark.parametrize("kind", ["rejection", "offer", "next_steps"])
def test_whether_any_phrase_is_found_agrees_with_the_phrases_found(kind: str) -> None:
    """`any_matching` (one search for all built-in phrases) says yes exactly when
    `matching` finds a phrase, built-in or from a rule file."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from followupd.understand.lexicon import (
        DEFAULT_SIGNAL_LEXICON,
        any_matching,
        matching,
    )

    lexicon = DEFAULT_SIGNAL_LEXICON.extended(**{kind: [r"pineapple\s+round"]})
    phrases = getattr(lexicon, kind)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from([*_WORDS, "pineapple", "round"]), max_size=14))
    def check(words: list[str]) -> None:
        text = " ".join(words)
        assert any_matching(phrases, text) == bool(matching(phrases, text))

    check()
