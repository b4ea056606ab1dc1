"""Letters in the conversation's language, taking up an offer of feedback, and naming
the kind of interview: a German conversation gets German letters (the shipped
templates/de/), the user's own template still wins, a rejection that offers feedback
gets a reply that accepts it, and a technical interview is thanked as one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.domain.model import ParsedMessage, Person
from followupd.rules.context import conversation_language, local_dates, template_context
from followupd.rules.engine import plan
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.templates import TemplateSet
from followupd.rules.triggers import Occurrence
from followupd.track.facts import Observed, message_fact
from followupd.understand.feedback import offers_feedback
from followupd.understand.language import detect_language
from tests.worlds import (
    ANA,
    APP_ID,
    END,
    RITA,
    USER,
    application,
    happening,
    interview,
    message,
    world,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "rules"

GERMAN = (
    "Hallo Jordan, vielen Dank für Ihre Bewerbung und das Gespräch mit uns. Leider müssen wir "
    "Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Gerne gebe ich "
    "Ihnen ein kurzes Feedback, wenn Sie möchten. Viele Grüße, Rita"
)
FRENCH = (
    "Bonjour Jordan, merci pour votre candidature et pour le temps que vous nous avez consacré. "
    "Nous avons décidé de poursuivre avec un autre profil. Si vous le souhaitez, je peux vous "
    "faire un retour plus détaillé. Bien cordialement, Rita"
)
SPANISH = (
    "Hola Jordan, muchas gracias por tu interés en el puesto y por el tiempo dedicado. "
    "Lamentablemente hemos decidido continuar con otra persona para esta posición. Si lo deseas, "
    "podemos compartir comentarios sobre tu entrevista. Un saludo, Rita"
)
ENGLISH = (
    "Hi Jordan, thank you for taking the time to interview with us. Unfortunately we have "
    "decided to move forward with another candidate. If you would like feedback, I am happy "
    "to set up a short call. Best regards, Rita"
)


@pytest.mark.parametrize(
    ("text", "language"), [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en")]
)
def test_the_language_of_a_letter_is_recognised(text: str, language: str) -> None:
    """A few sentences of a rejection are enough to tell the four languages apart."""
    assert detect_language(text) == language


def test_an_english_legal_notice_under_a_german_letter_leaves_it_german() -> None:
    """The opening decides: the disclaimer many companies append is in English."""
    notice = (
        "\n--\nThis e-mail may contain confidential and/or privileged information. If you are "
        "not the intended recipient (or have received this e-mail in error) please notify the "
        "sender immediately and destroy this e-mail. Any unauthorized copying, disclosure or "
        "distribution of the material in this e-mail is strictly forbidden."
    )
    assert detect_language(GERMAN + notice) == "de"
    assert detect_language("Hallo Jordan," + notice) == "en"


@pytest.mark.parametrize(
    "text", ["Thanks!", "", "https://acme.example/jobs/123 +49 30 1234567", "Jordan, Rita, Ana"]
)
def test_too_little_text_is_unsure_not_a_guess(text: str) -> None:
    """A word of thanks, a link, a list of names: unsure, so the letter stays English."""
    assert detect_language(text) == ""


@given(st.text(max_size=400))
def test_any_text_gets_a_language_or_unsure(text: str) -> None:
    """The detector never fails, and names only a language it knows."""
    assert detect_language(text) in ("", "en", "de", "fr", "es")


@given(st.text(alphabet="0123456789 .,:;!?-/()@+\n", max_size=200))
def test_numbers_and_punctuation_do_not_change_the_language(noise: str) -> None:
    """A signature of phone numbers and links leaves a German letter German."""
    assert detect_language(GERMAN + noise) == "de"
    assert detect_language(noise + FRENCH) == "fr"


@pytest.mark.parametrize("text", [GERMAN, FRENCH, SPANISH, ENGLISH])
def test_an_offer_of_feedback_is_recognised_in_each_language(text: str) -> None:
    """ "If you would like feedback", "Gerne gebe ich Ihnen ein Feedback", … are offers."""
    assert offers_feedback(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately we are unable to provide individual feedback at this stage.",
        "Thank you for your feedback on the process!",
        "Leider können wir kein individuelles Feedback geben.",
        "Nous ne pouvons malheureusement pas faire de retour individuel.",
        "We have decided to move forward with other candidates.",
    ],
)
def test_a_refusal_or_thanks_for_feedback_is_no_offer(text: str) -> None:
    """A refusal to give feedback, or thanks for the candidate's, offers nothing."""
    assert not offers_feedback(text)


def test_please_do_not_hesitate_is_an_invitation_not_a_refusal() -> None:
    """ "Do not hesitate" is no refusal: the sentence offers feedback."""
    assert offers_feedback("Please do not hesitate to reach out if you would like some feedback.")


@given(st.text(max_size=400))
def test_reading_any_text_for_an_offer_never_fails(text: str) -> None:
    """Any text is read for an offer without an error."""
    assert offers_feedback(text) in (True, False)


def test_the_tracker_records_language_and_offer_on_the_message() -> None:
    """What a message is in, and whether it offers feedback, travel with it to the rules."""
    msg = ParsedMessage(message_id="<r@acme.example>", sender=RITA, subject="Ihre Bewerbung")
    fact = message_fact(Observed(msg, GERMAN), APP_ID, "work", USER, END)
    assert (fact.language, fact.offers_feedback) == ("de", True)


# -- the context the templates see ------------------------------------------------


def test_the_trigger_message_decides_then_the_companys_latest() -> None:
    """A reply answers in the language of the message it answers; a letter with no such
    message (a thank-you after the interview) in that of the company's latest message,
    a person's before a machine's; English when nothing is known."""
    app = application()
    older = message(message_id="<a@x>", language="fr", at=END)
    newer = message(message_id="<b@x>", language="de", at=END + timedelta(days=1))
    robot = message(message_id="<c@x>", language="es", at=END + timedelta(days=2), automated=True)
    w = world(messages=[older, newer, robot])
    assert conversation_language(None, app, w) == "de"
    assert conversation_language(older, app, w) == "fr"
    assert conversation_language(None, app, world()) == "en"
    assert conversation_language(None, None, w) == "en"


def test_dates_are_written_in_the_letters_language() -> None:
    """`local` gives Mittwoch, 18. November 2026; 18 novembre 2026; 18 de noviembre de 2026."""
    zone = ZoneInfo("Europe/Berlin")
    iv = interview()
    assert local_dates("de", iv, None, zone)["weekday"] == "Mittwoch"
    assert local_dates("de", iv, None, zone)["date"] == "18. November 2026"
    assert local_dates("fr", iv, None, zone)["date"] == "18 novembre 2026"
    assert local_dates("es", iv, None, zone)["date"] == "18 de noviembre de 2026"
    assert local_dates("en", iv, None, zone)["weekday"] == "Wednesday"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Technical interview: Backend Engineer", "technical"),
        ("Phone screen with Rita", "phone_screen"),
        ("Final round – Acme", "final"),
        ("Finale Runde mit dem CTO", "final"),
        ("Vor-Ort-Termin bei Acme", "onsite"),
        ("Entretien téléphonique", "phone_screen"),
        ("Entrevista técnica", "technical"),
        ("Interview: Backend Engineer", "other"),
    ],
)
def test_templates_know_the_interviews_kind(title: str, kind: str) -> None:
    """`interview.kind` from the invitation's title, in each of the four languages."""
    iv = interview(title=title)
    occ = Occurrence(
        trigger="interview.ended", ref=iv.uid, moment=END, account="work",
        application=application(), interview=iv,
    )  # fmt: skip
    assert template_context(occ, world(iv=iv), ANA, END)["interview"]["kind"] == kind


# -- letters the shipped rules write ----------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules([], [SHIPPED / "templates"], shipped=[SHIPPED])


def rejection_reply(ruleset: RuleSet, text: str, language: str, offer: bool) -> str:
    msg = message(text=text, language=language, offers_feedback=offer, subject="Your application")
    w = world(
        happenings=[happening("rejection.received", message=msg)],
        messages=[msg],
        now=msg.at,
    )
    (draft,) = [i for i in plan(w, ruleset).intents if i.rule_id == "rejection-thanks"]
    return draft.body  # type: ignore[attr-defined, no-any-return]


def test_a_german_rejection_gets_a_german_reply_that_accepts_the_feedback(
    shipped: RuleSet,
) -> None:
    """The shipped rejection-thanks, for a German rejection with an offer: German, and it accepts."""
    body = rejection_reply(shipped, GERMAN, "de", offer=True)
    assert body.startswith("Guten Tag Rita Recruiter,\n\nvielen Dank für Ihre Nachricht")
    assert "Danke auch für Ihr Angebot, mir ein Feedback zu geben" in body
    assert body.rstrip().endswith("Viele Grüße\nJordan Lee")


@pytest.mark.parametrize(
    ("text", "language", "greeting", "offer"),
    [
        (FRENCH, "fr", "Bonjour Rita,", "Merci également de me proposer un retour"),
        (SPANISH, "es", "Hola, Rita:", "Gracias también por ofrecerme sus comentarios"),
        (ENGLISH, "en", "Dear Rita,", "Thank you also for offering feedback"),
    ],
)
def test_each_language_has_its_reply_to_a_rejection(
    shipped: RuleSet, text: str, language: str, greeting: str, offer: str
) -> None:
    """French, Spanish and English rejections get replies in their language, each accepting the offer."""
    body = rejection_reply(shipped, text, language, offer=True)
    assert body.startswith(greeting + "\n\n")
    assert offer in body


def test_a_rejection_without_an_offer_gets_no_feedback_paragraph(shipped: RuleSet) -> None:
    """No offer, no paragraph about feedback."""
    body = rejection_reply(shipped, "We went with another candidate.", "en", offer=False)
    assert "feedback" not in body.lower()
    assert "Thank you for letting me know" in body


def test_a_thank_you_after_a_technical_interview_in_a_german_conversation(
    shipped: RuleSet,
) -> None:
    """The company wrote in German: the thank-you to each interviewer is German, names
    the technical interview and the day in German."""
    w = world(messages=[message(text=GERMAN, language="de", at=END - timedelta(days=3))])
    w.now = END + timedelta(hours=1)
    drafts = [i for i in plan(w, shipped).intents if i.rule_id == "thank-you"]
    assert drafts, "a thank-you draft per interviewer"
    body = drafts[0].body  # type: ignore[attr-defined]
    assert body.startswith(
        "Guten Tag Ana Ruiz,\n\nvielen Dank für das technische Interview am Mittwoch"
    )
    assert "zur Stelle als Backend Engineer bei Acme" in body
    assert drafts[0].subject == "Vielen Dank für das Gespräch – Backend Engineer bei Acme"


def test_your_own_template_wins_over_the_shipped_translation(tmp_path: Path) -> None:
    """Your thank-you.txt is used for a German conversation too; your de/thank-you.txt
    only for German ones."""
    mine = tmp_path / "templates"
    (mine / "de").mkdir(parents=True)
    (mine / "thank-you.txt").write_text("Subject: Mine\n\nMy letter.\n")
    templates = TemplateSet([mine, SHIPPED / "templates"], shipped=[SHIPPED / "templates"])
    context = {"language": "de"}
    assert templates.render("thank-you", context).body == "My letter.\n"
    (mine / "de" / "thank-you.txt").write_text("Subject: Meins\n\nMein Brief.\n")
    assert templates.render("thank-you", context).body == "Mein Brief.\n"
    assert templates.render("thank-you", {"language": "fr"}).body == "My letter.\n"


def test_check_reads_every_translation_of_a_template(tmp_path: Path) -> None:
    """A broken de/check-in.txt of yours is reported at `check`, with its file."""
    mine = tmp_path / "templates"
    (mine / "de").mkdir(parents=True)
    (mine / "de" / "check-in.txt").write_text("Subject: x\n\n{{ persn.name }}\n")
    templates = TemplateSet([mine, SHIPPED / "templates"], shipped=[SHIPPED / "templates"])
    (problem,) = templates.check("check-in")
    assert problem.file == str(mine / "de" / "check-in.txt")
    assert "unknown variable 'persn'" in problem.message


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_shipped_letters_exist_in_each_language(language: str) -> None:
    """The four letters ship in German, French and Spanish."""
    for name in ("thank-you", "follow-up-letter", "check-in", "rejection-thanks"):
        assert (SHIPPED / "templates" / language / f"{name}.txt").is_file()


def test_an_interviewer_known_only_by_address_is_not_greeted_by_it(shipped: RuleSet) -> None:
    """No "Guten Tag ana@acme.example,": a greeting without the name instead."""
    nameless = Person(email="ana@acme.example")
    iv = interview(interviewers=(nameless,))
    w = world(iv=iv, messages=[message(text=GERMAN, language="de", at=END - timedelta(days=3))])
    w.now = END + timedelta(hours=1)
    (draft,) = [i for i in plan(w, shipped).intents if i.rule_id == "thank-you"]
    assert draft.body.startswith("Guten Tag,\n\n")  # type: ignore[attr-defined]


def test_a_note_names_the_company_as_the_application_spells_it() -> None:
    """An invitation named the company from its domain ("Halvorsenpike"); its people sign
    "Halvorsen & Pike": notes and letters say the latter."""
    iv = interview(company="Halvorsenpike")
    app = application().model_copy(update={"company": "Halvorsen & Pike"})
    occ = Occurrence(
        trigger="interview.ended", ref=iv.uid, moment=END, account="work",
        application=app, interview=iv,
    )  # fmt: skip
    assert template_context(occ, world(iv=iv), ANA, END)["interview"]["company"] == (
        "Halvorsen & Pike"
    )
