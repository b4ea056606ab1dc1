"""The state file: migrations, cursors, interview revisions, the outbox."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain.errors import StateError
from followupd.domain.intents import DraftIntent, IntentStatus
from followupd.domain.model import CalendarStatus, Interview, Person
from followupd.domain.ports import Cursor
from followupd.store import SCHEMA_VERSION, Store

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def iv(seq: int = 0, hour: int = 14, **kw: object) -> Interview:
    base = Interview(
        uid="u1",
        sequence=seq,
        title="Interview",
        start=datetime(2026, 11, 18, hour, tzinfo=UTC),
        end=datetime(2026, 11, 18, hour + 1, tzinfo=UTC),
        interviewers=(Person(email="a@acme.example", name="A"),),
        company="Acme",
    )
    return base.model_copy(update=kw)


def intent(key: str = "k1", due: datetime = NOW) -> DraftIntent:
    return DraftIntent(
        key=key,
        rule_id="thank-you",
        account="work",
        due=due,
        to=(Person(email="a@acme.example"),),
        subject="Thanks",
        body="Body",
    )


def test_new_file_is_migrated_to_current_schema(tmp_path: Path) -> None:
    """A new state file is created with the current schema version."""
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    """A state file written by a newer followupd is refused with a clear error, not guessed at."""
    path = tmp_path / "s.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StateError, match="newer followupd"):
        Store(path)


def test_garbage_file_is_a_state_error(tmp_path: Path) -> None:
    """A file that is not SQLite gives a StateError naming the file."""
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateError, match=str(path)):
        Store(path)


def test_cursor_round_trip(tmp_path: Path) -> None:
    """A folder cursor is stored with its UIDVALIDITY and survives reopening."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.set_cursor("work", "INBOX", Cursor(42, 1000), NOW)
    with Store(path) as store:
        assert store.cursor("work", "INBOX") == Cursor(42, 1000)
        assert store.cursor("work", "Other") is None


def test_higher_sequence_wins_whatever_the_order(tmp_path: Path) -> None:
    """An older revision read after a newer one does not undo the newer one."""
    with Store(tmp_path / "s.db") as store:
        assert store.upsert_interview("work", iv(seq=0, hour=14), NOW) == "new"
        assert store.upsert_interview("work", iv(seq=2, hour=16), NOW) == "rescheduled"
        assert store.upsert_interview("work", iv(seq=1, hour=10), NOW) == "stale"
        stored = store.interview("u1")
        assert stored is not None and stored.start.hour == 16


def test_cancel_keeps_details_of_the_interview(tmp_path: Path) -> None:
    """A cancellation with fewer details marks the interview cancelled and keeps what was known."""
    with Store(tmp_path / "s.db") as store:
        store.upsert_interview("work", iv(seq=0), NOW)
        bare = iv(seq=1, status=CalendarStatus.CANCELLED, interviewers=(), company="")
        assert store.upsert_interview("work", bare, NOW) == "cancelled"
        stored = store.interview("u1")
        assert stored is not None
        assert stored.status == CalendarStatus.CANCELLED
        assert stored.company == "Acme" and stored.interviewers


def test_done_intent_is_never_replanned(tmp_path: Path) -> None:
    """Once an intent is done, planning it again changes nothing (exactly once)."""
    with Store(tmp_path / "s.db") as store:
        store.put_intent(intent(), NOW)
        store.set_status("k1", IntentStatus.DONE, NOW, note="appended")
        store.put_intent(intent(due=NOW + timedelta(days=1)), NOW)
        stored = store.intent("k1")
        assert stored is not None
        assert stored.status == IntentStatus.DONE
        assert stored.intent.due == NOW


def test_planned_intent_moves_with_its_trigger(tmp_path: Path) -> None:
    """A still-planned intent takes the new due time when planned again."""
    with Store(tmp_path / "s.db") as store:
        store.put_intent(intent(), NOW)
        store.put_intent(intent(due=NOW + timedelta(hours=5)), NOW)
        stored = store.intent("k1")
        assert stored is not None and stored.intent.due == NOW + timedelta(hours=5)


def test_withdrawn_intent_comes_back_when_asked_again(tmp_path: Path) -> None:
    """An intent withdrawn (interview cancelled) is planned again if the interview is back."""
    with Store(tmp_path / "s.db") as store:
        store.put_intent(intent(), NOW)
        store.set_status("k1", IntentStatus.WITHDRAWN, NOW, note="cancelled")
        store.put_intent(intent(), NOW)
        stored = store.intent("k1")
        assert stored is not None and stored.status == IntentStatus.PLANNED


def test_in_memory_copy_never_writes(tmp_path: Path) -> None:
    """A dry-run copy of the state file can be changed without changing the file."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.put_intent(intent(), NOW)
    with Store(path, in_memory_copy=True) as copy:
        copy.put_intent(intent("k2"), NOW)
        assert {s.intent.key for s in copy.intents()} == {"k1", "k2"}
    with Store(path) as store:
        assert {s.intent.key for s in store.intents()} == {"k1"}


def test_in_memory_copy_of_missing_file_creates_nothing(tmp_path: Path) -> None:
    """`plan` before the first run creates no state file."""
    path = tmp_path / "none" / "s.db"
    with Store(path, in_memory_copy=True) as copy:
        assert copy.intents() == []
    assert not path.exists() and not path.parent.exists()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    """A failure inside a transaction leaves no half-written state."""
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.put_intent(intent(), NOW)
            raise RuntimeError("crash")
        assert store.intent("k1") is None


def _legacy_row(db: sqlite3.Connection, key: str, data: dict[str, object]) -> None:
    db.execute(
        "INSERT INTO intents (key, rule_id, account, subject_ref, due, status, data,"
        " created_at, updated_at) VALUES (?, 'r', 'work', '', '2026-11-18T09:00:00Z',"
        " 'planned', ?, '2026-11-18T09:00:00Z', '2026-11-18T09:00:00Z')",
        (key, json.dumps(data)),
    )


def test_intents_of_the_flat_layout_load_as_their_kind(tmp_path: Path) -> None:
    """A state file written when an intent was one flat record (every kind's fields, `kind`
    possibly absent) is migrated: each intent loads as the model of its kind, unchanged."""
    from followupd.domain.intents import CancelIntent, RemindIntent, SetStageIntent
    from followupd.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:3]:
        db.executescript(step)
    db.execute("PRAGMA user_version = 3")
    flat = {
        "rule_id": "r",
        "account": "work",
        "due": "2026-11-18T09:00:00Z",
        "expires": None,
        "application": "app-1",
        "subject_ref": "",
        "trigger_ref": "t",
        "person": "",
        "to": [],
        "subject": "",
        "body": "",
        "in_reply_to": "",
        "references": [],
        "cancel_rules": [],
        "stage": "",
    }
    letter = {"to": [{"email": "a@acme.example", "name": "A"}], "subject": "Thanks", "body": "B"}
    _legacy_row(db, "d", {**flat, "key": "d", **letter})  # no kind: a draft, the old default
    _legacy_row(db, "n", {**flat, "key": "n", "kind": "remind", **letter})
    _legacy_row(db, "c", {**flat, "key": "c", "kind": "cancel", "cancel_rules": ["x", "y"]})
    _legacy_row(db, "s", {**flat, "key": "s", "kind": "set_stage", "stage": "rejected"})
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        by_key = {s.intent.key: s.intent for s in store.intents()}
    draft, note, cancel, stage = by_key["d"], by_key["n"], by_key["c"], by_key["s"]
    assert isinstance(draft, DraftIntent) and draft.subject == "Thanks"
    assert draft.to == (Person(email="a@acme.example", name="A"),) and draft.body == "B"
    assert isinstance(note, RemindIntent) and note.subject == "Thanks"
    assert isinstance(cancel, CancelIntent) and cancel.cancel_rules == ("x", "y")
    assert isinstance(stage, SetStageIntent) and stage.stage == "rejected"
    assert cancel.application == "app-1" and cancel.trigger_ref == "t"


def test_each_kind_of_intent_round_trips(tmp_path: Path) -> None:
    """Every kind of the Intent union is stored and read back as the same model."""
    from followupd.domain.intents import CancelIntent, RemindIntent, SetStageIntent

    head = {"rule_id": "r", "account": "work", "due": NOW, "application": "app-1"}
    intents = [
        intent("d"),
        RemindIntent(key="n", to=(Person(email="me@example.org"),), subject="S", **head),
        CancelIntent(key="c", cancel_rules=("x",), **head),
        SetStageIntent(key="s", stage="offer", **head),
    ]
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for i in intents:
                store.put_intent(i, NOW)
        back = {s.intent.key: s.intent for s in store.intents()}
    assert [back[i.key] for i in intents] == intents


def test_a_letters_message_id_is_made_once_and_kept(tmp_path: Path) -> None:
    """A draft's Message-ID is derived once per key with the installation's secret, kept
    across reopening (the same for the same key, another for another key, another in
    another installation), names nothing of followupd, and counts as the user's own
    mail (a reply to it is read)."""
    path = tmp_path / "s.db"
    with Store(path) as store, store.transaction():
        first = store.letter_id("k1", "work", "example.org", NOW)
        other = store.letter_id("k2", "work", "example.org", NOW)
    with Store(path) as store:
        assert store.letter_id("k1", "work", "example.org", NOW) == first
        assert store.letters()["k1"].message_id == first and store.letters()["k1"].folder == ""
        assert {first, other} <= store.own_message_ids()
    with Store(tmp_path / "elsewhere.db") as store, store.transaction():
        assert store.letter_id("k1", "work", "example.org", NOW) != first
    assert first != other and first.endswith("@example.org>")
    assert "followupd" not in first and "k1" not in first
