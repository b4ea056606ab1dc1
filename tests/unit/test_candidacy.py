"""Is a message part of the user's candidacy? (`understand.candidacy`, issue 10)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.signals import SignalKind
from followupd.understand.candidacy import candidacy, named_company, withdrawal

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
ME = Person(email=USER.email, name=USER.name)
WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
MARIA = Person(email="maria@acme.example", name="Maria Lopez")


def msg(
    text: str,
    *,
    subject: str = "",
    sender: Person = MARIA,
    to: tuple[Person, ...] = (ME,),
    auto: bool = False,
) -> ParsedMessage:
    return ParsedMessage(
        message_id="<m@x.example>",
        subject=subject,
        sender=sender,
        to=to,
        date=WHEN,
        text=text,
        auto_submitted=auto,
    )


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Application: Senior Backend Engineer", "Dear hiring team,\n\nPlease see my CV."),
        ("Backend role", "Hi Maria,\n\nI am writing to apply for the Backend Engineer position."),
        ("Hello", "Hi Maria, I'm very interested in the Staff Platform Engineer role at Acme."),
        ("Bewerbung als Entwickler", "Sehr geehrte Damen und Herren,\n\nanbei meine Unterlagen."),
        ("Poste de développeur", "Bonjour, je souhaite postuler au poste de développeur."),
        (
            "Claims Operations Lead - introduction via Marisa Quan",
            "Hi Joanne,\n\nMarisa Quan mentioned you're hiring a Claims Operations Lead and "
            "suggested I write to you. I've attached my resume.",
        ),
        (
            "Operations at Monsoon Robotics?",
            "Hi Eli,\n\nI loved your demo. If you're hiring for anything ops-related, or "
            "expect to soon, I'd love to talk.",
        ),
        (
            "UX Researcher remoto",
            "Hola Lucía, vi en LinkedIn que Orbitalia está buscando una UX Researcher. Te "
            "adjunto mi CV y un par de casos.",
        ),
        ("Vaga de Analista", "Olá Camila, segue em anexo meu currículo para a vaga."),
        ("Bonjour", "Bonjour Claire, vous trouverez ci-joint mon CV."),
    ],
)
def test_the_users_application_or_outreach_is_a_candidacy(subject: str, text: str) -> None:
    found = candidacy(
        msg(text, subject=subject, sender=ME, to=(Person(email="jobs@acme.example"),)), text,
        user=USER,
    )  # fmt: skip
    assert found is not None and found.kind == SignalKind.CANDIDACY
    assert found.evidence  # the deciding sentence (or the subject)


def test_the_users_ordinary_mail_is_not_a_candidacy() -> None:
    text = "Hi Sam, are we still on for dinner on Friday? Jordan"
    assert candidacy(msg(text, subject="Friday", sender=ME), text, user=USER) is None


@pytest.mark.parametrize(
    ("sender", "text", "company"),
    [
        (
            Person(email="no-reply@us.greenhouse-mail.io", name="Acme Robotics Recruiting"),
            "Hi Jordan, thank you for applying to Acme Robotics! We will review it shortly.",
            "Acme Robotics",
        ),
        (
            Person(email="notifications@hire.lever.co", name=""),
            "Thanks for your interest in Globex. We have received your application for the "
            "Data Engineer role.",
            "Globex",
        ),
        (
            Person(email="dana@talent-partners.example", name="Dana Reyes"),
            "Hi Jordan, I came across your profile and wanted to reach out about a Staff "
            "Engineer role with my client.",
            "",
        ),
        (
            Person(email="maria@acme.example", name="Maria Lopez"),
            "Could you share your availability for a 30-minute call next week?",
            "",
        ),
    ],
)
def test_an_acknowledgement_or_a_recruiters_approach_is_a_candidacy(
    sender: Person, text: str, company: str
) -> None:
    found = candidacy(msg(text, sender=sender), text, user=USER)
    assert found is not None and found.kind == SignalKind.CANDIDACY
    assert found.detail == company


@pytest.mark.parametrize(
    "text",
    [
        "Tack för din ansökan till tjänsten som Projektledare hos Fjällbo Energi.",
        "Tak for din ansøgning til stillingen som udvikler.",
        "Takk for søknaden din, vi har mottatt søknad og CV.",
        "Bedankt voor je sollicitatie voor de functie van data-analist.",
        "Obrigada pela sua candidatura à vaga de Analista de Dados.",
        "Grazie per la tua candidatura per la posizione di Data Analyst.",
        "Dziękujemy za przesłanie aplikacji na stanowisko analityka.",
        "この度はご応募いただき、誠にありがとうございます。",
    ],
)
def test_acknowledgements_in_other_languages_are_a_candidacy(text: str) -> None:
    """An applicant-tracking acknowledgement in Swedish, Danish, Norwegian, Dutch,
    Portuguese, Italian, Polish or Japanese starts the process as the English one does."""
    sender = Person(email="no-reply@mail.teamtailor.com", name="Fjällbo Energi")
    found = candidacy(msg(text, sender=sender), text, user=USER)
    assert found is not None and found.kind == SignalKind.CANDIDACY


@pytest.mark.parametrize(
    ("text", "auto"),
    [
        ("12 new jobs for you: Backend Engineer at Initech. Apply now!", True),
        ("Thanks for your application to our webinar series! See you on Thursday.", True),
        ("Your order #1234 has shipped and will arrive on Friday.", False),
        ("Reminder: your dentist appointment is on Tuesday at 10:00.", False),
    ],
)
def test_look_alikes_are_not_a_candidacy(text: str, auto: bool) -> None:
    sender = Person(email="news@jobs-board.example", name="Jobs Board")
    assert candidacy(msg(text, sender=sender, auto=auto), text, user=USER) is None


def test_an_ats_sender_name_names_the_company() -> None:
    m = msg("", sender=Person(email="no-reply@ashbyhq.com", name="Northwind Talent Team"))
    assert named_company(m, "") == "Northwind"


@given(st.text(max_size=600), st.text(max_size=80), st.booleans())
def test_candidacy_never_raises(text: str, subject: str, from_user: bool) -> None:
    sender = ME if from_user else Person(email="a@b.example", name=subject[:20])
    found = candidacy(msg(text, subject=subject, sender=sender), text, user=USER)
    assert found is None or (found.kind == SignalKind.CANDIDACY and len(found.evidence) <= 300)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Maria, after some thought I would like to withdraw my application for the role.",
        "Dear Sam, I have accepted an offer elsewhere, so please withdraw my candidacy.",
        "Sehr geehrte Frau Lang, hiermit ziehe ich meine Bewerbung zurück.",
    ],
)
def test_the_users_withdrawal_is_recognised(text: str) -> None:
    found = withdrawal(msg(text, sender=ME, to=(MARIA,)), text, user=USER)
    assert found is not None and found.kind == SignalKind.WITHDRAWAL and found.evidence


def test_a_withdrawal_is_only_ever_the_users() -> None:
    """A company "withdrawing the position" is not the user's withdrawal; nor is a user
    asking about the process."""
    text = "We have had to withdraw the position; I would like to withdraw my offer of a call."
    assert withdrawal(msg(text), text, user=USER) is None
    mine = "Could you tell me more about the next steps?"
    assert withdrawal(msg(mine, sender=ME), mine, user=USER) is None
