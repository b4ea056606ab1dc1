"""From an invitation in a real Dovecot INBOX to one thank-you draft per interviewer in Drafts."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.config import Settings, StateConfig, UserConfig
from followupd.domain.intents import IntentStatus
from followupd.mailstores.imap import ImapMailbox
from followupd.pipeline import Runner
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.invitations import PANEL, invitation, plain
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
BEFORE = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
AFTER = END + timedelta(hours=1)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def make_settings(user: DovecotUser, tmp_path: Path, **account: object) -> Settings:
    user.state = tmp_path / "state.sqlite3"
    return Settings(
        user=UserConfig(
            name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin"
        ),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={"work": user.account(lookback_days=3650, **account)},
    )


def run(user: DovecotUser, tmp_path: Path, ruleset: RuleSet, now: datetime) -> list[str]:
    """One pass; returns the recipients of the thank-you drafts it wrote."""
    settings = make_settings(user, tmp_path)
    with Store(settings.state.path) as store:
        report = Runner(settings, ruleset, store).run_once(now)
    return [d.to for d in report.drafts if d.rule_id == "thank-you"]


def drafts(
    user: DovecotUser, tmp_path: Path, rule: str = "thank-you"
) -> list[email.message.EmailMessage]:
    """The drafts of one rule in the Drafts folder (the state says which rule wrote which)."""
    return user.messages_of_rule("Drafts", rule, tmp_path / "state.sqlite3")


def test_invitation_gives_one_draft_per_interviewer(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """An invitation in INBOX yields one thank-you per interviewer in Drafts, flagged \\Draft."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", plain("Your weekly newsletter"))
    assert run(dovecot, tmp_path, ruleset, BEFORE) == []  # not due yet
    assert drafts(dovecot, tmp_path) == []
    written = run(dovecot, tmp_path, ruleset, AFTER)
    assert len(written) == 3
    msgs = drafts(dovecot, tmp_path)
    recipients = sorted(str(m["To"]) for m in msgs)
    assert recipients == sorted(f"{name} <{addr}>" for name, addr in PANEL)
    for msg in msgs:
        assert msg["From"] == "Jordan Lee <jordan.lee@example.org>"
        assert msg["X-Followupd-Rule"] is None and msg["X-Followupd-Key"] is None
        assert "followupd" not in str(msg["Message-ID"])
        assert "Northwind Robotics" in msg["Subject"]
    flags = dovecot.snapshot("Drafts")
    assert all(b"\\Draft" in f for f in flags.values())


def test_second_run_writes_nothing_new(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """Running again, even much later, never writes a second copy of a draft."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    first = run(dovecot, tmp_path, ruleset, AFTER)
    assert first
    assert run(dovecot, tmp_path, ruleset, AFTER + timedelta(minutes=5)) == []
    assert run(dovecot, tmp_path, ruleset, AFTER + timedelta(hours=3)) == []
    assert len(drafts(dovecot, tmp_path)) == len(first)


def test_inbox_is_untouched(dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet) -> None:
    """Flags (no \\Seen added) and message counts of INBOX are identical before and after."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", plain("Seen already"), flags=[b"\\Seen"])
    dovecot.append("INBOX", plain("Flagged", "x"), flags=[b"\\Flagged"])
    before = dovecot.snapshot("INBOX")
    run(dovecot, tmp_path, ruleset, AFTER)
    after = dovecot.snapshot("INBOX")
    assert {uid: after[uid] for uid in before} == before
    # What was added is only followupd's own notes to the user (the debrief prompt).
    added = dovecot.list_messages("INBOX")[len(before) :]
    assert added and all(b"X-Followupd-Key:" in raw for raw in added)
    assert all(b"\\Flagged" in after[uid] for uid in after if uid not in before)


def test_deleted_draft_is_not_written_again(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A draft the user deleted (or sent) is not recreated on the next run."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    run(dovecot, tmp_path, ruleset, AFTER)
    with dovecot.client() as c:
        c.select_folder("Drafts")
        c.delete_messages(c.search("ALL"))
        c.expunge()
    assert run(dovecot, tmp_path, ruleset, AFTER + timedelta(minutes=10)) == []
    assert drafts(dovecot, tmp_path) == []


def test_crash_between_append_and_commit_gives_no_duplicate(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the process dies after APPEND but before recording it, the next run finds the draft."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    settings = make_settings(dovecot, tmp_path)
    original = Store.set_status

    def crash(self: Store, key: str, status: IntentStatus, *a: object, **kw: object) -> None:
        if status == IntentStatus.DONE:
            raise KeyboardInterrupt("killed")
        original(self, key, status, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "set_status", crash)
    with Store(settings.state.path) as store, pytest.raises(KeyboardInterrupt):
        Runner(settings, ruleset, store).run_once(AFTER)
    assert len(drafts(dovecot, tmp_path)) == 1  # one appended, then "killed"
    monkeypatch.setattr(Store, "set_status", original)
    with Store(settings.state.path) as store:
        report = Runner(settings, ruleset, store).run_once(AFTER)
        assert [d.fresh for d in report.drafts].count(False) == 1
    assert len(drafts(dovecot, tmp_path)) == 3


def test_cancelled_interview_gives_no_draft(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """An invitation followed by its cancellation yields no draft at all."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    assert run(dovecot, tmp_path, ruleset, BEFORE) == []
    dovecot.append("INBOX", invitation(start=START, end=END, method="CANCEL", sequence=1))
    assert run(dovecot, tmp_path, ruleset, AFTER) == []
    assert drafts(dovecot, tmp_path) == []


def test_cancellation_read_first_still_wins(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A cancellation that arrives before the invitation it cancels still cancels it."""
    dovecot.append("INBOX", invitation(start=START, end=END, method="CANCEL", sequence=1))
    dovecot.append("INBOX", invitation(start=START, end=END))
    assert run(dovecot, tmp_path, ruleset, AFTER) == []


def test_moved_interview_waits_for_the_new_end(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """An update that moves the interview makes the drafts wait for the new end time."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    run(dovecot, tmp_path, ruleset, BEFORE)
    new_start = START + timedelta(days=2)
    dovecot.append(
        "INBOX", invitation(start=new_start, end=new_start + timedelta(hours=1), sequence=1)
    )
    assert run(dovecot, tmp_path, ruleset, AFTER) == []  # the old end has passed: nothing
    assert drafts(dovecot, tmp_path) == []
    later = new_start + timedelta(hours=1, minutes=31)
    assert len(run(dovecot, tmp_path, ruleset, later)) == 3


def test_old_interviews_on_first_sync_get_no_late_drafts(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A first run over old mail does not write thank-yous for interviews long past."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    assert run(dovecot, tmp_path, ruleset, END + timedelta(days=10)) == []
    with Store(tmp_path / "state.sqlite3") as store:
        thanks = [s for s in store.intents() if s.intent.rule_id == "thank-you"]
        assert len(thanks) == 3
        assert {s.status for s in thanks} == {IntentStatus.EXPIRED}
        assert all("too late" in s.note for s in thanks)


def test_uidvalidity_change_resyncs_without_duplicates(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A changed UIDVALIDITY makes followupd read the folder again, with no duplicate draft."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    assert len(run(dovecot, tmp_path, ruleset, AFTER)) == 3
    dovecot.set_uidvalidity("INBOX", dovecot.uidvalidity("INBOX") + 1000)
    assert run(dovecot, tmp_path, ruleset, AFTER + timedelta(minutes=5)) == []
    assert len(drafts(dovecot, tmp_path)) == 3


def test_drafts_found_by_special_use_not_by_name(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """The drafts go to the folder the server flags \\Drafts."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    settings = make_settings(dovecot, tmp_path)
    account = settings.accounts["work"]
    with ImapMailbox("work", account) as mailbox:  # type: ignore[arg-type]
        assert mailbox.drafts_folder_name() == "Drafts"
