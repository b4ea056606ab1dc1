"""Sentences read by their structure: whose offer, what was cancelled, who was (not)
chosen, what is only supposed, and a role put on hold. Every case is a whole message a
recruiter could send; the signal keeps the sentence that decided it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.signals import Signal, SignalKind
from followupd.understand.classify import classify

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
RECRUITER = Person(email="mira.okoye@harbourline.example", name="Mira Okoye")
SENT = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # a Wednesday


def mail(*paragraphs: str, subject: str = "Re: Platform Engineer at Harbourline") -> str:
    """A recruiter's message: greeting, the paragraphs, a sign-off."""
    return "\n\n".join(("Hi Jordan,", *paragraphs, "Best regards,\nMira Okoye\nHarbourline"))


def signals(text: str, subject: str = "Re: Platform Engineer at Harbourline") -> list[Signal]:
    message = ParsedMessage(sender=RECRUITER, subject=subject, text=text, date=SENT)
    return classify(message, user=USER)


def kinds(text: str) -> set[SignalKind]:
    decisive = {SignalKind.REJECTION, SignalKind.OFFER, SignalKind.ON_HOLD}
    return {s.kind for s in signals(text)} & decisive


def evidence(text: str, kind: SignalKind) -> str:
    (signal,) = [s for s in signals(text) if s.kind is kind]
    return signal.evidence


# --- 1. whose offer -----------------------------------------------------------------------

OFFERS_TO_SOMEONE_ELSE = [
    (
        "We have extended an offer to another candidate, and they have accepted.",
        mail(
            "Thank you again for the time you spent with the team last week.",
            "We have extended an offer to another candidate, and they have accepted.",
            "We enjoyed meeting you and wish you the best in your search.",
        ),
    ),
    (
        "After a long debrief the hiring team made a verbal offer to a different applicant "
        "on Friday, who has now signed.",
        mail(
            "Thanks for your patience while we wrapped up the final round.",
            "After a long debrief the hiring team made a verbal offer to a different applicant "
            "on Friday, who has now signed.",
        ),
    ),
    (
        "we have offered the position to an internal candidate.",
        mail(
            "I wanted to let you know personally: we have offered the position to an internal candidate."
        ),
    ),
    (
        "Another candidate has accepted our offer for the Platform Engineer role.",
        mail(
            "I'm sorry it isn't better news.",
            "Another candidate has accepted our offer for the Platform Engineer role.",
        ),
    ),
    (
        "Quick update: the role has gone to someone else.",
        mail("Quick update: the role has gone to someone else. I'll keep you in mind."),
    ),
    (
        "einem anderen Bewerber ein Angebot zu machen.",
        "Hallo Herr Lee,\n\nwir haben uns entschieden, einem anderen Bewerber ein Angebot zu "
        "machen.\n\nViele Grüße\nMira Okoye",
    ),
    (
        "Nous avons proposé le poste à un autre candidat.",
        "Bonjour Jordan,\n\nNous avons proposé le poste à un autre candidat. Merci pour votre "
        "temps.\n\nMira",
    ),
    (
        "Hemos ofrecido el puesto a otra candidata.",
        "Hola Jordan,\n\nHemos ofrecido el puesto a otra candidata. Gracias por tu interés.\n\nMira",
    ),
]


@pytest.mark.parametrize(("sentence", "text"), OFFERS_TO_SOMEONE_ELSE)
def test_an_offer_to_someone_else_is_a_rejection(sentence: str, text: str) -> None:
    """An offer whose beneficiary is another person is a no to the user, never an offer,
    and the sentence saying so is the evidence."""
    assert kinds(text) == {SignalKind.REJECTION}
    assert sentence in evidence(text, SignalKind.REJECTION)


@pytest.mark.parametrize(
    "text",
    [
        mail(
            "We are delighted to offer you the position of Platform Engineer.",
            "Your offer letter is attached; please sign it by Friday.",
        ),
        mail("Great news: we'd like to extend you an offer for the Staff Engineer role."),
        mail(
            "After speaking with the team we would like to offer you the Platform Engineer "
            "role at a base salary of 95,000 EUR."
        ),
        mail("We would like to offer you the opportunity to join our team as Platform Engineer."),
    ],
)
def test_an_offer_to_the_user_is_an_offer(text: str) -> None:
    """An offer of the job to the user is an offer, also without a stock phrase."""
    assert kinds(text) == {SignalKind.OFFER}


@pytest.mark.parametrize(
    "text",
    [
        mail(
            "We'd love to offer you a chance to interview with the team. Could you share some times?"
        ),
        mail("We're pleased to offer you a second-round interview. Are you free on Thursday?"),
        mail("I can offer you Tuesday at 3pm or Wednesday at 10am for the call."),
        mail("We would like to offer you the opportunity to meet the team onsite next week."),
        mail("We'd be happy to offer you a place at our assessment day on 12 March."),
        "Hallo Herr Lee,\n\nwir freuen uns, Ihnen ein zweites Gespräch anbieten zu können.\n\nMira",
    ],
)
def test_an_offer_of_an_interview_or_a_time_is_no_offer(text: str) -> None:
    """Being offered an interview, a call, a slot or a chance to interview is no job offer."""
    assert kinds(text) == set()


def test_a_hoped_for_offer_to_the_successful_candidate_is_nothing() -> None:
    """An acknowledgement saying the company hopes to make an offer to "the successful
    candidate" neither offers nor rejects."""
    text = mail(
        "We're hoping to extend an offer to the successful candidate by the end of the month."
    )
    assert kinds(text) == set()


def test_an_offer_declined_by_another_finalist_is_no_rejection() -> None:
    """Someone else declining the offer is good news for the user, not a no."""
    assert (
        kinds(mail("The other finalist declined the offer, so we'd love to talk again!")) == set()
    )


# --- 2. conditionals and descriptions of the process ----------------------------------------

ACKNOWLEDGEMENT = (
    "Thank you for applying for the Data Engineer role. Our team is reviewing your application."
)


@pytest.mark.parametrize(
    "supposed",
    [
        "If you are not selected for this position, we will keep your CV on file for future openings.",
        "Should you not be shortlisted, we will keep your details on file for similar roles.",
        "In case you are not selected, we may still contact you about other openings.",
        "If you have not heard from us within two weeks, please assume that your application "
        "has not been successful.",
        "We will notify all applicants whether or not they were selected.",
        "Applicants who are not selected will be notified by email once the process closes.",
        "Candidates who have been unsuccessful will be informed at the end of the process.",
        "In the event that we decide not to move forward, we will let you know by email.",
    ],
)
def test_a_supposed_rejection_in_an_acknowledgement_is_nothing(supposed: str) -> None:
    """A no inside a condition, or a description of how applicants are told, rejects nobody."""
    assert kinds(mail(ACKNOWLEDGEMENT, supposed)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Falls wir Sie nicht "
        "berücksichtigen können, bewahren wir Ihre Unterlagen gerne auf.\n\nMira Okoye",
        "Sehr geehrter Herr Lee,\n\nwir informieren alle Bewerber, ob sie ausgewählt wurden."
        "\n\nMira Okoye",
        "Bonjour Jordan,\n\nMerci pour votre candidature. Si votre candidature n'est pas "
        "retenue, nous conserverons votre CV.\n\nMira",
        "Bonjour Jordan,\n\nLes candidats non retenus seront contactés par e-mail.\n\nMira",
        "Hola Jordan,\n\nGracias por tu candidatura. Si no resultas seleccionado, "
        "conservaremos tu CV para futuras vacantes.\n\nMira",
    ],
)
def test_supposed_rejections_in_other_languages(text: str) -> None:
    """wenn/falls/ob, si/au cas où, si no/en caso de suppose as "if" does."""
    assert kinds(text) == set()


def test_a_supposed_offer_is_no_offer() -> None:
    """An offer on a condition that has not come true is not made."""
    text = mail("Should the budget be approved next month, we will extend you an offer.")
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            mail("We have decided to move forward with other candidates, but if another role "
                 "opens up, we'll be in touch."),
            "We have decided to move forward with other candidates",
        ),
        (
            mail("Unfortunately you have not been selected for the next stage; if you'd like "
                 "feedback, just reply to this email."),
            "you have not been selected",
        ),
        (
            mail("If I'm honest, we have decided to go with another candidate."),
            "we have decided to go with another candidate",
        ),
        (
            mail("We have selected other candidates, and will keep your CV on file in case a "
                 "similar role opens."),
            "We have selected other candidates",
        ),
    ],
)  # fmt: skip
def test_a_decision_beside_a_condition_still_counts(text: str, sentence: str) -> None:
    """Only the supposed segment is set aside: the decision next to it is still a no."""
    assert kinds(text) == {SignalKind.REJECTION}
    assert sentence in evidence(text, SignalKind.REJECTION)


# --- 3. what was cancelled or closed --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        mail("Unfortunately your interview has been cancelled, as the hiring manager is off "
             "sick. I'll send new times tomorrow."),
        mail("We have had to cancel your interview for the Data Engineer position as the "
             "hiring manager is unwell. We'll find a new slot as soon as possible."),
        mail("Unfortunately, after careful consideration of everyone's calendars, we've had "
             "to cancel your interview tomorrow. Priya will send new times."),
        mail("Friday's onsite has been called off; Priya will send new times."),
        mail("Sorry, we have to cancel your job interview tomorrow. Can we do next week?"),
        "Hallo Herr Lee,\n\nleider müssen wir unseren Termin am Donnerstag absagen. Ich "
        "schicke Ihnen neue Vorschläge.\n\nMira",
        "Bonjour Jordan,\n\nVotre entretien de demain est annulé. Nous vous proposerons un "
        "autre créneau.\n\nMira",
    ],
)  # fmt: skip
def test_a_cancelled_interview_is_no_rejection(text: str) -> None:
    """What was cancelled is the meeting, not the candidacy: no rejection, no hold."""
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (mail("I'm sorry to tell you that we have cancelled the position."),
         "we have cancelled the position"),
        (mail("The role has been closed. Thank you for your time."), "The role has been closed."),
        (mail("Unfortunately the requisition for the Platform Engineer role has been cancelled "
              "following a reorganisation."), "requisition for the Platform Engineer role"),
        (mail("The position you interviewed for has been eliminated in the restructuring."),
         "has been eliminated"),
        (mail("The role was put on hold in January and has now been cancelled."),
         "has now been cancelled"),
        ("Hallo Herr Lee,\n\ndie Stelle wurde leider gestrichen.\n\nMira",
         "die Stelle wurde leider gestrichen."),
        ("Bonjour Jordan,\n\nLe poste a été supprimé suite à une réorganisation.\n\nMira",
         "Le poste a été supprimé"),
        ("Hola Jordan,\n\nLa vacante ha sido cancelada por cambios en la organización.\n\nMira",
         "La vacante ha sido cancelada"),
    ],
)  # fmt: skip
def test_a_cancelled_or_closed_role_is_a_rejection(text: str, sentence: str) -> None:
    """The role itself cancelled, closed or eliminated ends the application: a rejection
    with the sentence that says so."""
    assert kinds(text) == {SignalKind.REJECTION}
    assert sentence in evidence(text, SignalKind.REJECTION)


@pytest.mark.parametrize(
    "text",
    [
        mail("Applications for the role close on Friday, and we'll review them next week."),
        mail("The role is now closed to new applicants, and we are reviewing the shortlist."),
        mail("Thanks for your application. The vacancy has now closed and we will review all "
             "applications next week."),
        mail("The role is closing on Friday, so do send your portfolio soon."),
        mail("As requested, your application has been withdrawn. Best of luck!"),
        mail("We withdrew the job ad since we have enough applicants, and your interview "
             "stays on Tuesday."),
        mail("Good news: the role has not been cancelled, and the team still wants to meet you."),
        mail("The Senior role has been cancelled, but we'd love to consider you for the Staff "
             "role instead."),
        mail("We cancelled the position last month, but it has now reopened and we'd like to "
             "restart your process."),
        mail("Your meeting 'Interview, Data Engineer position' has been cancelled."),
        mail("The meeting 'Interview - Data Engineer position' has been cancelled by Priya."),
    ],
)  # fmt: skip
def test_closing_lookalikes_are_no_rejection(text: str) -> None:
    """The advert closing, the user's own withdrawal, a cancellation denied, a role that
    reopens or leads to another one, and a meeting titled with the role are no no."""
    assert SignalKind.REJECTION not in kinds(text)


# --- 4. who was (not) chosen ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (mail("Thank you for your application. Unfortunately, we did not select your "
              "application to move forward."), "we did not select your application"),
        (mail("Thank you for interviewing with us. You have not been chosen for further "
              "consideration for this role."), "You have not been chosen"),
        (mail("Thank you for your time. We have selected other candidates whose experience "
              "more closely matches the role."), "We have selected other candidates"),
        (mail("Your application was not shortlisted this time."), "was not shortlisted"),
        (mail("After the panel we have chosen another candidate for the role."),
         "chosen another candidate"),
        (mail("Another applicant has been selected for the position."),
         "Another applicant has been selected"),
        (mail("The team decided to progress other candidates to the final stage."),
         "progress other candidates"),
        (mail("We went with an internal candidate in the end."), "went with an internal"),
        (mail("We have decided to pursue other candidates for this position."),
         "pursue other candidates"),
        ("Hallo Herr Lee,\n\nSie wurden leider nicht ausgewählt.\n\nMira",
         "Sie wurden leider nicht ausgewählt."),
        ("Hallo Herr Lee,\n\nwir haben einen anderen Kandidaten ausgewählt.\n\nMira",
         "einen anderen Kandidaten ausgewählt"),
        ("Hallo Herr Lee,\n\nwir haben Sie leider nicht für die nächste Runde ausgewählt."
         "\n\nMira", "nicht für die nächste Runde ausgewählt"),
        ("Bonjour Jordan,\n\nVous n'avez pas été retenu pour ce poste.\n\nMira",
         "pas été retenu"),
        ("Bonjour Jordan,\n\nNous avons retenu d'autres candidats.\n\nMira",
         "retenu d'autres candidats"),
        ("Hola Jordan,\n\nNo has sido seleccionada para la siguiente fase.\n\nMira",
         "No has sido seleccionada"),
        ("Hola Jordan,\n\nHemos seleccionado a otro candidato.\n\nMira",
         "seleccionado a otro candidato"),
        ("Hola Claudia:\n\nTras valorar todas las candidaturas, hemos decidido seguir adelante"
         " con otra persona cuyo perfil se ajusta algo más.\n\nLucía",
         "seguir adelante con otra persona"),
        (mail("They've decided to fill the position with an internal candidate, so we'll need"
              " to cancel tomorrow's call and close out your application."),
         "fill the position with an internal candidate"),
    ],
)  # fmt: skip
def test_negated_or_other_selection_is_a_rejection(text: str, sentence: str) -> None:
    """The user not chosen, or someone else chosen, in any of the four languages."""
    assert kinds(text) == {SignalKind.REJECTION}
    assert sentence in evidence(text, SignalKind.REJECTION)


@pytest.mark.parametrize(
    "text",
    [
        mail("I noticed you haven't picked a slot yet on the scheduling page."),
        mail("You haven't chosen a time slot for your interview. Could you pick one?"),
        mail("We have not selected anyone yet and will update you next week."),
        mail(
            "Congratulations, you and one other candidate have been selected for the final round!"
        ),
        mail(
            "We're still interviewing other candidates this week and will get back to you by Friday."
        ),
        mail("We have selected a few candidates, including you, for the onsite."),
        mail("Sorry we haven't been able to move your interview forward to Monday."),
        mail("We're also hiring other people for the team, so do pass this on."),
        mail("Thank you for your application; we have not selected a date for the assessment day."),
    ],
)
def test_selection_lookalikes_are_no_rejection(text: str) -> None:
    """The user choosing a slot, an undecided choice, the user chosen alongside others,
    a meeting moved, others hired as well: no rejection."""
    assert SignalKind.REJECTION not in kinds(text)


# --- 5. on hold -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (mail("I'm sorry to say we are putting this position on hold until the next budget "
              "cycle."), "we are putting this position on hold"),
        (mail("Hiring for the role has been paused until the new budget is approved. We'll be "
              "in touch."), "Hiring for the role has been paused"),
        (mail("There is currently a hiring freeze across the company, so we can't schedule your "
              "final round yet."), "hiring freeze"),
        (mail("The interview process for this role is on hold for now."), "is on hold for now"),
        (mail("The requisition has been closed for now while finance reviews headcount."),
         "closed for now"),
        (mail("The role has been cancelled pending the budget review in April."),
         "cancelled pending"),
        ("Hallo Herr Lee,\n\ndie Stelle ist derzeit auf Eis gelegt.\n\nMira", "auf Eis gelegt"),
        ("Bonjour Jordan,\n\nLe recrutement pour ce poste est suspendu.\n\nMira", "est suspendu"),
        ("Hola Jordan,\n\nEl proceso de selección está en pausa.\n\nMira", "está en pausa"),
    ],
)  # fmt: skip
def test_a_role_on_hold_is_its_own_news(text: str, sentence: str) -> None:
    """A paused role or process is an ON_HOLD signal with its sentence, never a rejection."""
    assert kinds(text) == {SignalKind.ON_HOLD}
    assert sentence in evidence(text, SignalKind.ON_HOLD)


@pytest.mark.parametrize(
    "text",
    [
        mail("The hold on the role has been lifted and we'd like to schedule your onsite."),
        mail("We need to postpone your interview to next week."),
        mail("The role is no longer on hold, so let's schedule the final round."),
        mail("If the role is put on hold, we'll tell you straight away."),
    ],
)
def test_holds_lifted_meetings_moved_and_supposed_holds_are_not_on_hold(text: str) -> None:
    """A lifted hold, a postponed interview or a hold only supposed is no ON_HOLD."""
    assert SignalKind.ON_HOLD not in kinds(text)


def test_a_rejection_outweighs_a_hold() -> None:
    """A role put on hold and then cancelled is a rejection, and only that."""
    text = mail("The role was put on hold and has now been cancelled, I'm afraid.")
    assert kinds(text) == {SignalKind.REJECTION}


def test_the_labelled_on_hold_message_is_on_hold() -> None:
    """The labelled "role is on hold" message (l02) carries ON_HOLD and no rejection."""
    text = mail(
        "A quick update from our side: unfortunately the role is on hold for now while we "
        "finalise next year's budget. We'll be in touch as soon as we know more."
    )
    assert kinds(text) == {SignalKind.ON_HOLD}


@pytest.mark.parametrize(
    "text",
    [
        mail("We don't think it's the right fit at this time."),
        mail("We're going to pass for now, but thank you for your time."),
        "Bonjour Jordan,\n\nMalheureusement, nous ne donnerons pas suite à votre candidature."
        "\n\nMira",
        mail("I'll be straight with you: I'm afraid this one isn't going to work out."),
        mail(
            "After much deliberation, the team concluded that other finalists were a better "
            "fit for where our team is right now."
        ),
    ],
)
def test_plain_spoken_rejections(text: str) -> None:
    """A rejection said the way people say it: not the right fit, a pass, "pas de suite"."""
    assert kinds(text) == {SignalKind.REJECTION}


@pytest.mark.parametrize(
    "text",
    [
        mail("I think it's the right fit for you; we'd like to move you to the final round."),
        mail("We'll pass your CV on to the hiring manager."),
        mail("Unfortunately Tuesday at 3 isn't going to work for me, could we do Wednesday?"),
        mail("We think you would be a better fit for the Staff role than the Senior one."),
    ],
)
def test_fit_and_pass_said_otherwise_are_no_rejection(text: str) -> None:
    """ "the right fit" and "pass" in a hopeful mail are nothing of the kind."""
    assert SignalKind.REJECTION not in kinds(text)
