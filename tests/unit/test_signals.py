"""classify: rejection, offer, timeframe, next steps and automated mail, each with evidence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.signals import SignalKind
from followupd.understand.classify import DEFAULT_SIGNAL_LEXICON, SignalLexicon, classify

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
RECRUITER = Person(email="dana@contoso.com", name="Dana Whitfield")
SENT = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)  # Wed 10:00 at -0800


def message(text: str, *, sender: Person = RECRUITER, subject: str = "Re: Data Engineer",
            auto: bool = False) -> ParsedMessage:  # fmt: skip
    return ParsedMessage(sender=sender, subject=subject, text=text, date=SENT, auto_submitted=auto)


def kinds(text: str, **kwargs: object) -> set[SignalKind]:
    return {s.kind for s in classify(message(text, **kwargs), user=USER)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "We have decided to move forward with other candidates.",
        "We've decided not to move forward with your application.",
        "The position has been filled.",
        "We will not be progressing your application.",
        "Unfortunately it's a no this time. We'll keep your details on file.",
        "We have decided to pursue other candidates whose experience more closely matches.",
        "After careful consideration we reviewed everything. Unfortunately, it is someone else.",
        "You're not the right fit at this time.",
        "Leider müssen wir Ihnen mitteilen, dass es nicht geklappt hat.",
        "Wir haben uns für einen anderen Kandidaten entschieden.",
        "Wir können Sie im weiteren Auswahlverfahren nicht berücksichtigen.",
        "Leider erhalten Sie heute eine Absage.",
        "We won't be able to move you forward in the process.",
        "I'm afraid we won't be taking your application any further.",
        "We aren't moving forward with your application.",
        "You weren't selected this time.",
        "Sadly, the team has decided to hire someone else.",
        "We have filled the role.",
        "Leider können wir Ihnen keine Zusage geben.",
        "Wir haben uns entschieden, die Stelle anderweitig zu besetzen.",
        "Uiteindelijk hebben we gekozen voor een kandidaat die al ervaring heeft met ons WMS.",
        "We ended up going with Karen who's done a few seasons with us already.",
    ],
)
def test_rejections(text: str) -> None:
    """Each phrasing of a no, strong or a sum of weak ones, is a rejection."""
    assert SignalKind.REJECTION in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately we need to reschedule.",
        "Unfortunately the role is on hold for now.",
        "We'd like to move forward with a final round.",
        "We are moving forward with your application!",
        "Unfortunately I'm out of office until Monday.",
        "We'll keep your details on file.",
        "Unfortunately the Zoom link was wrong.",
        "Leider müssen wir unser Gespräch verschieben.",
    ],
)
def test_lookalikes_are_not_rejections(text: str) -> None:
    """A look-alike in the same sentence cancels a weak phrase; alone a weak phrase is too little."""
    assert SignalKind.REJECTION not in kinds(text)


def test_quoted_rejection_does_not_count() -> None:
    """Only the new text is read: a rejection quoted below a new message is old news."""
    text = "Happy to introduce you to Initech!\n\nOn Tue, 13 Jan 2026, X <x@y.io> wrote:\n> We have decided to move forward with other candidates."
    assert SignalKind.REJECTION not in kinds(text)


def test_newsletter_gives_only_automated() -> None:
    """A job alert's "the position has been filled" is about somebody else's job."""
    text = "10 new jobs for you. Some saved jobs are gone: the position has been filled."
    assert kinds(text, auto=True, subject="Your job alert") == {SignalKind.AUTOMATED}


def test_a_newsletter_without_list_headers_is_known_by_its_unsubscribe_link() -> None:
    """ "The Offer Letter - weekly career newsletter. Unsubscribe": no offer, though no
    header says it is a mailing; an offer that mentions a newsletter is still one."""
    letters = Person(name="The Offer Letter", email="newsletter@theofferletter.example")
    text = (
        "5 questions to ask at the end of every interview.\n\nPlus: our salary negotiation"
        " template.\n\nThe Offer Letter - weekly career newsletter. Unsubscribe"
    )
    assert kinds(text, sender=letters, subject="5 questions to ask") == set()
    offer = (
        "We are delighted to offer you the position of Data Engineer! Your offer letter is"
        " attached. PS: our team newsletter is fun."
    )
    assert SignalKind.OFFER in kinds(offer)


def test_rejection_evidence_and_score() -> None:
    """The evidence is the best sentence; the score is the sum of the weights."""
    text = "Thanks for your time.\n\nAfter careful consideration, we have decided to move forward with other candidates."
    (signal,) = classify(message(text), user=USER)
    assert signal.kind is SignalKind.REJECTION
    assert signal.evidence == (
        "After careful consideration, we have decided to move forward with other candidates."
    )
    assert signal.score == 2.5


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("I'm pleased to offer you the position of Data Engineer.", True),
        ("Your offer letter is attached.", True),
        ("We'd like to extend an offer to you.", True),
        ("Wir freuen uns, Ihnen die Stelle anbieten zu können.", True),
        ("We offer flexible hours and a competitive salary.", False),
        ("We are pleased to offer you an interview.", False),
        ("We are unable to offer you the position.", False),
        ("You were our first choice, but I can't make an offer until the freeze lifts.", False),
        (
            "Tenho ótimas notícias: gostaríamos muito de te ter na equipa como Product Manager!",
            True,
        ),
        ("Siamo lieti di offrirti il ruolo di Data Analyst.", True),
        ("We cannot extend an offer before the budget is approved.", False),
        ("queremos te fazer uma proposta para a posição de Analista de Dados Sênior.", True),
        ("Nos encantaría que te unieras a Orbitalia como UX Researcher.", True),
        ("Nu har jag roliga nyheter: vi vill erbjuda dig tjänsten som projektledare!", True),
        ("Your offer from Ridgeline Analytics", True),
        ("We know your offer from another company expires on Friday.", False),
        ("Base salary: $171,000 per year", False),  # a summary line alone is not enough
        ("Base salary: $171,000 per year. Sign-on bonus: $10,000.", True),
        ("Oferta de crédito pré-aprovada para você!", False),
    ],
)
def test_offers(text: str, offer: bool) -> None:
    """An offer of the job is an offer; an offer of an interview or a job ad's perks is not."""
    assert (SignalKind.OFFER in kinds(text)) == offer


def test_a_texted_timeframe_is_one() -> None:
    """ "I'll let u know by tues latest": a promise, written the way phones write it."""
    signals = classify(message("good chat. I'll let u know by tues latest"), user=USER)
    assert [s.kind for s in signals] == [SignalKind.TIMEFRAME]


def test_timeframe_in_the_senders_zone() -> None:
    """ "by Friday" from a sender at -0800 is Friday 18:00 -0800, i.e. Saturday 02:00 UTC."""
    signals = classify(
        message("We'll get back to you by Friday."), user=USER, sent_offset=timedelta(hours=-8)
    )
    assert [(s.kind, s.due) for s in signals] == [
        (SignalKind.TIMEFRAME, datetime(2026, 3, 7, 2, tzinfo=UTC))
    ]
    assert signals[0].evidence == "We'll get back to you by Friday."


def test_timeframe_defaults_to_utc() -> None:
    """Without the Date header's offset, the phrase is read in UTC."""
    (signal,) = classify(message("You'll hear from us within two weeks."), user=USER)
    assert signal.due == datetime(2026, 3, 18, 18, tzinfo=UTC)


def test_a_request_to_the_user_is_no_timeframe() -> None:
    """ "Please send your availability by Friday" is the user's deadline, not a promise."""
    assert kinds("Please send me your availability by Friday.") == set()


def test_a_date_without_a_promise_is_no_timeframe() -> None:
    """The panel meeting next Tuesday is not when the company answers."""
    signals = classify(
        message("The panel meets next Tuesday; we'll decide by March 20."), user=USER
    )
    assert [s.due for s in signals] == [datetime(2026, 3, 20, 18, tzinfo=UTC)]


def test_next_steps_keep_the_sentence() -> None:
    """Next steps carry the sentence naming them in detail."""
    text = "Great news! The next step is a technical interview with Priya and Sam."
    signals = classify(message(text), user=USER)
    (steps,) = [s for s in signals if s.kind is SignalKind.NEXT_STEPS]
    assert steps.detail == "The next step is a technical interview with Priya and Sam."


def test_rejection_cancels_next_steps() -> None:
    """ "After the final round, we decided not to move forward" is no next step."""
    text = "Thanks for the final round. We decided not to move forward with your application."
    assert kinds(text) == {SignalKind.REJECTION}


@pytest.mark.parametrize(
    ("sender", "text", "auto", "why"),
    [
        (RECRUITER, "Hello.", True, "headers"),
        (Person(email="no-reply@greenhouse.io", name="Globex"), "Hello.", False, "no-reply"),
        (
            Person(email="globex@myworkday.com", name="Globex Careers"),
            "Your application has been received.",
            False,
            "application-system notice",
        ),
    ],
)
def test_automated(sender: Person, text: str, auto: bool, why: str) -> None:
    """Header-marked mail, no-reply senders and ATS notices without a person are automated."""
    signals = classify(message(text, sender=sender, auto=auto), user=USER)
    (automated,) = [s for s in signals if s.kind is SignalKind.AUTOMATED]
    assert why in automated.detail


def test_a_person_thanking_for_the_application_is_not_automated() -> None:
    """A recruiter writing from their own address is a person, whatever the words."""
    assert kinds("Thank you for your application! Can we talk on Monday?") == set()


def test_out_of_office_subject_gives_only_automated() -> None:
    """An auto-reply's "unfortunately" and "by Tuesday" mean nothing for the application."""
    text = "Unfortunately I am away and will reply by Tuesday."
    assert kinds(text, subject="Automatic reply: Thanks") == {SignalKind.AUTOMATED}


def test_users_own_message_has_no_signal() -> None:
    """What the user wrote is not a signal from the company."""
    me = Person(email="Jordan.Lee@example.org", name="Jordan Lee")
    assert kinds("We have decided to move forward with other candidates.", sender=me) == set()


def test_german_subject_counts_but_reply_subject_does_not() -> None:
    """ "Absage: …" in a new subject counts; "AW: Absage …" repeats an old one."""
    assert SignalKind.REJECTION in kinds("Sehr geehrter Herr Lee, leider ja.", subject="Absage")
    assert kinds("Danke für Ihre Nachricht.", subject="AW: Absage") == set()


def test_extended_lexicon_adds_phrases_without_changing_the_default() -> None:
    """User phrases make a new lexicon; a plain string weighs enough on its own."""
    text = "Your candidacy is no longer under consideration."
    custom = DEFAULT_SIGNAL_LEXICON.extended(rejection=[r"no\s+longer\s+under\s+consideration"])
    assert SignalKind.REJECTION not in kinds(text)
    assert SignalKind.REJECTION in {
        s.kind for s in classify(message(text), user=USER, lexicon=custom)
    }
    vetoed = custom.extended(not_rejection=[("consideration", 5.0)])
    assert SignalKind.REJECTION not in {
        s.kind for s in classify(message(text), user=USER, lexicon=vetoed)
    }
    welcome = DEFAULT_SIGNAL_LEXICON.extended(offer=[r"welcome\s+aboard"])
    assert SignalKind.OFFER in {
        s.kind for s in classify(message("Welcome aboard!"), user=USER, lexicon=welcome)
    }
    assert isinstance(custom, SignalLexicon) and custom != DEFAULT_SIGNAL_LEXICON


def test_extended_lexicon_refuses_a_bad_pattern() -> None:
    """A broken regex from a config file is reported with the pattern."""
    with pytest.raises(ValueError, match=r"\(unclosed"):
        DEFAULT_SIGNAL_LEXICON.extended(rejection=["(unclosed"])


def test_message_without_date_has_no_timeframe() -> None:
    """Without a Date there is nothing to count from."""
    parsed = ParsedMessage(sender=RECRUITER, text="We'll get back to you by Friday.")
    assert classify(parsed, user=USER) == []
