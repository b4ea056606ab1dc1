"""One intent that cannot be carried out never stops the others in the outbox."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from pathlib import Path

from structlog.testing import capture_logs

from followupd.config import MaildirAccount
from followupd.domain.intents import DraftIntent, IntentStatus
from followupd.domain.model import Person, UserIdentity
from followupd.mailstores.maildir import MaildirMailbox
from followupd.pipeline.executors import DeliveryFolders
from followupd.pipeline.outbox import OutboxReport, execute_due
from followupd.store import Store

NOW = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)
USER = UserIdentity(email="me@example.org", name="Me", timezone="UTC")


def draft(key: str, email: str) -> DraftIntent:
    return DraftIntent(
        key=key,
        rule_id="thank-you",
        account="local",
        due=NOW,
        to=(Person(email=email, name="Pat"),),
        subject="Thank you",
        body="Thank you for your time.\n",
    )


def test_a_draft_with_a_smuggled_recipient_is_refused_and_the_next_one_is_written(
    tmp_path: Path,
) -> None:
    """A planned draft whose address is not one address is withdrawn with the reason
    (`intent.refused`), nothing is appended for it, and the good draft is written."""
    root = tmp_path / "mail"
    mailbox.Maildir(root, create=True)
    mb = MaildirMailbox("local", MaildirAccount(kind="maildir", path=root))
    with Store(tmp_path / "state.db") as store:
        with store.transaction():
            store.put_intent(draft("bad", "pat@acme.example>,other@elsewhere.example"), NOW)
            store.put_intent(draft("good", "sam@acme.example"), NOW)
        report = OutboxReport()
        with capture_logs() as logs:
            execute_due(store, DeliveryFolders("local", mb, mb), USER, NOW, report)
        bad, good = store.intent("bad"), store.intent("good")
        assert bad is not None and bad.status == IntentStatus.WITHDRAWN
        assert good is not None and good.status == IntentStatus.DONE
    assert [d.key for d in report.done] == ["good"]
    assert [e["key"] for e in logs if e["event"] == "intent.refused"] == ["bad"]
    drafts = list((root / ".Drafts" / "new").iterdir()) + list((root / ".Drafts" / "cur").iterdir())
    assert len(drafts) == 1
    raw = drafts[0].read_bytes()
    assert b"sam@acme.example" in raw and b"elsewhere.example" not in raw
