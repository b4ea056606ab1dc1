"""A hostile invitation in a real Dovecot INBOX: drafts go to the good interviewers only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.config import Settings, StateConfig, UserConfig
from followupd.pipeline import Runner
from followupd.rules.loader import load_rules
from followupd.store import Store
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
AFTER = END + timedelta(hours=1)
GOOD = ("Pat Kim", "pat.kim@northwind-robotics.example")
HOSTILE = (
    PANEL[0],  # the organizer, a good interviewer
    ("=?utf-8?q?Pat=0D=0ABcc:_someone@elsewhere.example?=", GOOD[1]),
    ("Mal One", "mal@northwind-robotics.example>,other@elsewhere.example"),
    ("Mal Two", "<other@elsewhere.example>sam@northwind-robotics.example"),
)


def test_hostile_invitation_drafts_only_to_good_interviewers(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """Injected CN and smuggled mailto: To is exactly each good interviewer; no Bcc anywhere."""
    dovecot.append("INBOX", invitation(start=START, end=END, attendees=HOSTILE))
    settings = Settings(
        user=UserConfig(
            name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin"
        ),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={"work": dovecot.account(lookback_days=3650)},
    )
    ruleset = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    with Store(settings.state.path) as store:
        Runner(settings, ruleset, store).run_once(AFTER)
    msgs = dovecot.messages_of_rule("Drafts", "thank-you", settings.state.path)
    written = sorted(a.addr_spec for m in msgs for a in m["To"].addresses)
    assert written == sorted([PANEL[0][1], GOOD[1]])
    for raw in dovecot.list_messages("Drafts"):
        head = raw.split(b"\r\n\r\n", 1)[0].lower()
        assert b"\nbcc:" not in head and b"\ncc:" not in head
        assert b"elsewhere.example" not in head.replace(b"bcc: someone@elsewhere.example", b"")
        assert b"other@elsewhere" not in raw.lower()
        assert all(line[:1] in (b" ", b"\t") or b":" in line for line in head.split(b"\r\n"))
