"""An interview invitation for 20 people in a real Dovecot INBOX: no drafts, one note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from followupd.pipeline import Runner
from followupd.rules.loader import load_rules
from followupd.store import Store
from tests.integration.test_pipeline import make_settings
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
SENT = START - timedelta(days=2)
TITLE = "Interview: Senior Backend Engineer – Northwind Robotics (panel)"
# The organizer and 19 colleagues: 20 people besides the user.
CROWD = (
    PANEL[0],
    *((f"Person {i}", f"person{i}@northwind-robotics.example") for i in range(19)),
)


def test_a_crowded_interview_gets_one_note_and_no_drafts(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """An interview invitation with 20 people: zero drafts, exactly one note in INBOX that
    names the invitation and the count in plain words, and a second pass adds nothing."""
    dovecot.append("INBOX", invitation(start=START, end=END, attendees=CROWD, sent=SENT))
    settings = make_settings(dovecot, tmp_path)
    ruleset = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    with Store(settings.state.path) as store:
        first = Runner(settings, ruleset, store).run_once(SENT + timedelta(hours=1))
    assert first.happenings == ["interview.crowded"]
    # After the interview, when thank-yous would be due: still nothing more.
    with Store(settings.state.path) as store:
        second = Runner(settings, ruleset, store).run_once(END + timedelta(hours=2))
    assert second.happenings == [] and second.drafts == []
    assert dovecot.list_messages("Drafts") == []
    inbox = dovecot.list_messages("INBOX")
    assert len(inbox) == 2  # the invitation and the note
    (note,) = dovecot.messages_of_rule("INBOX", "crowded-invitation")
    assert isinstance(note, EmailMessage)
    assert note["Subject"] == f'[followupd] No thank-you drafts for "Invitation: {TITLE}"'
    assert note["To"].addresses[0].addr_spec == "jordan.lee@example.org"
    body = note.get_body(("plain",))
    assert body is not None
    text = " ".join(body.get_content().split())
    assert f'"{TITLE}" invites 20 people besides you' in text
    assert "from Priya Raman, received Monday, 16 November 2026" in text
    assert "wrote no thank-you drafts" in text
    assert "each person you actually talked with" in text
    assert "(" + "'" not in text and "None" not in text
