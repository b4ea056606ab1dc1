"""The one decision about a planned action (pipeline/due.py): what `run` does is what
`plan` says, and what was skipped is said in words."""

from __future__ import annotations

import io
import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.config import MaildirAccount
from followupd.domain.intents import DraftIntent, IntentStatus, RemindIntent, SetStageIntent
from followupd.domain.model import Person, UserIdentity
from followupd.mailstores.maildir import MaildirMailbox
from followupd.pipeline.due import Skipped, Verdict, decide, skipped_since, snapshot
from followupd.pipeline.executors import DeliveryFolders
from followupd.pipeline.outbox import OutboxReport, execute_due
from followupd.pipeline.progress import Progress
from followupd.store import Store

DUE = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
USER = UserIdentity(email="me@example.org", name="Me", timezone="Europe/Berlin")


def draft(
    key: str, *, due: datetime = DUE, late: timedelta | None = timedelta(days=1)
) -> DraftIntent:
    return DraftIntent(
        key=key,
        rule_id="thank-you",
        account="local",
        due=due,
        expires=due + late if late is not None else None,
        application="acme.example",
        to=(Person(email="pat@acme.example", name="Pat Doe"),),
        subject="Thank you",
        body="Thank you for your time.\n",
    )


def test_the_decision_at_its_edges() -> None:
    """Before its due moment: later; from it until max_late runs out: now; after: skip,
    with the end of max_late in the user's zone."""
    intent = draft("k")
    assert decide(intent, DUE - timedelta(seconds=1)).verdict == Verdict.LATER
    assert decide(intent, DUE).verdict == Verdict.NOW
    assert decide(intent, DUE + timedelta(days=1)).verdict == Verdict.NOW
    late = decide(intent, DUE + timedelta(days=1, seconds=1), "Europe/Berlin")
    assert late.verdict == Verdict.SKIP
    assert late.why == "too late to be useful: the rule's max_late ended Thu 19 Nov 2026 17:00"
    assert decide(draft("k", late=None), DUE + timedelta(days=400)).verdict == Verdict.NOW


def test_a_letter_due_long_before_the_first_pass_is_history() -> None:
    """What fell due more than a day before the account was first read is not written (a
    letter without max_late too); within that day it is; a change of state always is."""
    first = DUE + timedelta(days=3)
    old = decide(draft("k", late=None), first, "Europe/Berlin", first_pass=first)
    assert old.verdict == Verdict.SKIP
    assert old.why.startswith("it fell due before followupd first read this account (Sat 21")
    recent = draft("k", due=first - timedelta(hours=20), late=None)
    assert decide(recent, first, first_pass=first).verdict == Verdict.NOW
    assert decide(draft("k", late=None), first).verdict == Verdict.NOW  # first pass unknown
    stage = SetStageIntent(key="s", rule_id="to-closed", account="local", due=DUE, stage="closed")
    assert decide(stage, first, first_pass=first).verdict == Verdict.NOW


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=-5 * 86400, max_value=5 * 86400))
def test_run_does_what_the_decision_says(offset: int) -> None:
    """For any moment, the outbox carries out, leaves, or expires an intent exactly as
    `decide` says — the decision `plan` shows."""
    import tempfile

    now = DUE + timedelta(seconds=offset)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        root = tmp / "mail"
        mailbox.Maildir(root, create=True)
        mb = MaildirMailbox("local", MaildirAccount(kind="maildir", path=root))
        with Store(tmp / "state.db") as store:
            with store.transaction():
                store.put_intent(draft("k"), now)
            said = decide(draft("k"), now, USER.timezone)
            execute_due(store, DeliveryFolders("local", mb, mb), USER, now, OutboxReport())
            stored = store.intent("k")
    assert stored is not None
    expected = {
        Verdict.LATER: IntentStatus.PLANNED,
        Verdict.NOW: IntentStatus.DONE,
        Verdict.SKIP: IntentStatus.EXPIRED,
    }[said.verdict]
    assert stored.status == expected
    if said.verdict == Verdict.SKIP:
        assert stored.note == said.why


def test_what_a_pass_skipped_and_how_it_is_said(tmp_path: Path) -> None:
    """Only the intents a pass moved from planned (or new) to expired or withdrawn count;
    each is said with its rule, recipient, company, due moment and why; a note to the
    user is said by its subject, not 'to you'."""
    with Store(tmp_path / "state.db") as store:
        with store.transaction():
            store.put_intent(draft("old"), DUE)
            store.set_status("old", IntentStatus.WITHDRAWN, DUE, note="its trigger went away")
            store.put_intent(draft("kept"), DUE)
        before = snapshot(store.intents())
        with store.transaction():
            store.put_intent(draft("late"), DUE)
            store.set_status("late", IntentStatus.EXPIRED, DUE, note="too late to be useful")
            note = RemindIntent(
                key="note",
                rule_id="debrief",
                account="local",
                due=DUE,
                to=(Person(email="me@example.org"),),
                subject="How did it go?",
            )
            store.put_intent(note, DUE)
            store.set_status("note", IntentStatus.WITHDRAWN, DUE, note="cancelled by rejection")
        skipped = skipped_since(before, store.intents())
        assert sorted(s.intent.key for s in skipped) == ["late", "note"]
        lines = sorted(Skipped.of(s, "Acme").line("Europe/Berlin") for s in skipped)
    assert lines == [
        "draft [thank-you] to Pat Doe (Acme), due Wed 18 Nov 2026 17:00: too late to be useful",
        "note to you [debrief] “How did it go?” (Acme), due Wed 18 Nov 2026 17:00:"
        " withdrawn: cancelled by rejection",
    ]


def test_progress_rewrites_one_line_and_only_for_a_large_folder() -> None:
    """A folder of a few messages shows nothing; a large one rewrites one line in place
    and leaves the finished count on its own line."""
    out = io.StringIO()
    show = Progress(out)
    show("Sent", 10, 10)
    assert out.getvalue() == ""
    show("INBOX", 500, 1200)
    show("INBOX", 1000, 1200)
    show("INBOX", 1200, 1200)
    assert out.getvalue() == (
        "\r\x1b[Kreading INBOX: 500 of 1,200"
        "\r\x1b[Kreading INBOX: 1,000 of 1,200"
        "\r\x1b[Kreading INBOX: 1,200 of 1,200\n"
    )
    show("Archive", 600, 5000)
    show.close()
    assert out.getvalue().endswith("reading Archive: 600 of 5,000\n")


def test_the_first_run_summary_lists_old_letters_whole(tmp_path: Path) -> None:
    """A note whose subject holds ": " is listed whole among what was not written, and
    what is planned is listed with its due day (no reason tacked on)."""
    from followupd.pipeline.first_run import summary_intent

    first = DUE + timedelta(days=5)
    old_note = RemindIntent(
        key="n",
        rule_id="debrief",
        account="local",
        due=DUE,
        to=(Person(email=USER.email),),
        subject="[followupd] Re: Interview: Staff Engineer",
        body="How did it go?\n",
    )
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.begin_first_pass("local", first)
        store.put_intent(old_note, first)
        store.set_status("n", IntentStatus.EXPIRED, first, note="old")
        store.put_intent(draft("later", due=first + timedelta(days=2)), first)
        body = summary_intent(store, USER, "local", first, 10).body
    lines = body.splitlines()
    note_line = "note to you [debrief] “[followupd] Re: Interview: Staff Engineer”"
    assert f"  - {note_line}, due Wed 18 Nov 2026 17:00" in lines
    assert "  - draft [thank-you] to Pat Doe, due Wed 25 Nov 2026 17:00" in lines
