"""A German conversation, end to end against a real Dovecot: the interview's thank-you
and the reply to a rejection that offers feedback are written in German from the
shipped templates/de/, the reply takes the offer up, and the rules are the shipped
layer under an (empty) folder of the user's, as `followupd init` leaves it."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.pipeline import Runner
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.integration.test_pipeline import make_settings
from tests.invitations import PANEL, invitation, reply
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # a Wednesday
END = START + timedelta(minutes=90)
BERLIN = timezone(timedelta(hours=1))
INVITE_ID = "<einladung-1@northwind-robotics.example>"

GERMAN_CONFIRMATION = (
    "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns sehr, Sie am Mittwoch zu "
    "einem technischen Interview mit unserem Team einzuladen. Die Einladung für den Termin "
    "schicke ich Ihnen separat.\n\nViele Grüße\nPriya Raman\n"
)
GERMAN_REJECTION = (
    "Hallo Jordan,\n\nvielen Dank für das Gespräch mit unserem Team. Leider müssen wir Ihnen "
    "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nGerne gebe ich "
    "Ihnen ein kurzes Feedback zu Ihrem Interview, wenn Sie möchten.\n\nViele Grüße\nPriya\n"
)


@pytest.fixture
def ruleset(tmp_path: Path) -> RuleSet:
    mine = tmp_path / "mine"
    mine.mkdir()
    return load_rules(
        [mine], [mine / "templates", ROOT / "rules" / "templates"], shipped=[ROOT / "rules"]
    )


def drafts(user: DovecotUser) -> list[EmailMessage]:
    out = []
    for raw in user.list_messages("Drafts"):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        out.append(msg)
    return out


def text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return " ".join(content.split())  # the letter's words, however it is wrapped


def run(user: DovecotUser, tmp_path: Path, ruleset: RuleSet, now: datetime) -> None:
    settings = make_settings(user, tmp_path)
    with Store(settings.state.path) as store:
        Runner(settings, ruleset, store).run_once(now)


def test_a_german_conversation_gets_german_letters(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """The company writes in German; a technical interview; a rejection offering feedback:
    German thank-yous naming the technical interview on Mittwoch, and a German reply in
    the rejection's thread that accepts the feedback."""
    dovecot.append(
        "INBOX",
        reply(
            GERMAN_CONFIRMATION,
            subject="Ihre Bewerbung als Senior Backend Engineer",
            sender=PANEL[0],
            sent=datetime(2026, 11, 10, 10, 0, tzinfo=BERLIN),
            message_id="<bestaetigung@northwind-robotics.example>",
        ),
    )
    dovecot.append(
        "INBOX",
        invitation(
            start=START,
            end=END,
            summary="Technisches Interview: Senior Backend Engineer – Northwind Robotics",
            message_id=INVITE_ID,
        ),
    )
    run(dovecot, tmp_path, ruleset, END + timedelta(minutes=31))
    thanks = [d for d in drafts(dovecot) if "Vielen Dank für das Gespräch" in str(d["Subject"])]
    # One German thank-you per interviewer.
    assert sorted(str(d["To"]) for d in thanks) == sorted(f"{n} <{a}>" for n, a in PANEL)
    letter = text(thanks[0])
    assert letter.startswith("Guten Tag ")
    assert "vielen Dank für das technische Interview am Mittwoch" in letter
    assert "Viele Grüße Jordan Lee" in letter

    dovecot.append(
        "INBOX",
        reply(
            GERMAN_REJECTION,
            subject="AW: Technisches Interview: Senior Backend Engineer",
            sender=PANEL[0],
            sent=datetime(2026, 11, 19, 9, 0, tzinfo=BERLIN),
            message_id="<absage@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    run(dovecot, tmp_path, ruleset, datetime(2026, 11, 19, 8, 30, tzinfo=UTC))
    (answer,) = [
        d for d in drafts(dovecot) if d["In-Reply-To"] == "<absage@northwind-robotics.example>"
    ]
    letter = text(answer)
    assert letter.startswith("Guten Tag Priya Raman, vielen Dank für Ihre Nachricht")
    assert "Danke auch für Ihr Angebot, mir ein Feedback zu geben" in letter
    assert "Thank you" not in letter
