"""One bad occurrence or one bad message never stops the others: planning, understanding and
tracking are isolated per occurrence and per message, and `status` counts the failures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from followupd.config import MaildirAccount, Settings, StateConfig, UserConfig
from followupd.domain.intents import IntentStatus
from followupd.domain.model import MessageRef
from followupd.domain.ports import Candidate, Cursor, Fetched, FolderBatch, Wanted
from followupd.pipeline import runner as runner_module
from followupd.pipeline.outbox import reconcile
from followupd.pipeline.runner import Runner, RunReport, process_message
from followupd.pipeline.tracker import Tracker, load_state
from followupd.rules import engine, triggers
from followupd.rules.engine import plan
from followupd.rules.loader import RuleSet, load_rules
from followupd.status import status
from followupd.store import Store
from tests.invitations import invitation
from tests.worlds import APP_ID, ROOT, USER, happening, interview, world

FAR = interview(
    uid="far@acme.example",
    start=datetime(9999, 12, 31, 21, 0, tzinfo=UTC),
    end=datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
)
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def test_an_interview_at_the_edge_of_datetime_does_not_stop_the_plan(shipped: RuleSet) -> None:
    """An interview ending at 9999-12-31 23:59 makes planning overflow: its occurrences are
    skipped with a problem naming the rule, the application, the interview and the error in
    words; the good interview plans exactly as it does alone."""
    alone = plan(world(), shipped)
    both = plan(replace(world(), interviews=[*world().interviews, ("work", APP_ID, FAR)]), shipped)
    # The application's check-back counts from its last interview, the far one: it is that
    # interview's problem too; everything planned per interview is as it was.
    per_interview = {lr.rule.id for lr in shipped.enabled() if lr.rule.on == "interview.ended"}
    assert [i.key for i in both.intents if i.rule_id in per_interview] == [
        i.key for i in alone.intents if i.rule_id in per_interview
    ]
    assert both.intents and not alone.problems
    assert both.problems and {p.interview for p in both.problems} == {FAR.uid}
    problem = next(p for p in both.problems if p.rule_id == "thank-you")
    assert problem.application == APP_ID and problem.ref == FAR.uid
    assert "out of range" in problem.reason and "OverflowError" in problem.reason
    text = str(problem)
    assert text.startswith("rule thank-you on interview.ended (application acme.example")
    assert "far@acme.example" in text and "was not planned" in text


def test_an_occurrence_that_raises_is_skipped_alone(
    shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug met by one occurrence (any exception) skips that occurrence; a second interview
    of the same rule still plans, and nothing half-planned of the bad one is kept."""
    other = interview(uid="iv-2@acme.example", start=NOW + timedelta(days=2))
    other = other.model_copy(update={"end": other.start + timedelta(hours=1)})
    original = engine._plan_occurrence

    def flaky(lr, occ, w, templates, result):  # type: ignore[no-untyped-def]
        original(lr, occ, w, templates, result)  # plans, then fails: nothing may be kept
        if occ.ref == "iv-1@acme.example":
            raise KeyError("interviewer")

    monkeypatch.setattr(engine, "_plan_occurrence", flaky)
    w = replace(world(), interviews=[*world().interviews, ("work", APP_ID, other)])
    result = plan(w, shipped)
    # The application's check-back ("acme.example@…", counted from the later interview)
    # plans too; of the two interviews' occurrences, only the good one's is kept.
    per_app = f"{APP_ID}@{other.uid}"
    assert result.intents and {i.trigger_ref for i in result.intents} == {other.uid, per_app}
    assert {o.ref for o in result.outcomes} == {other.uid, per_app}
    assert {p.ref for p in result.problems} == {"iv-1@acme.example"}
    assert all(p.reason == "'interviewer' (KeyError)" for p in result.problems)


def test_a_trigger_that_cannot_be_read_is_one_problem_per_rule(
    shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trigger finder that raises gives each rule on it a problem; other triggers plan."""

    def broken(_world: object) -> list[triggers.Occurrence]:
        raise ValueError("bad happening")

    ended = triggers.TRIGGERS["interview.ended"]
    monkeypatch.setitem(triggers.TRIGGERS, "interview.ended", replace(ended, find=broken))
    result = plan(world(happenings=[happening("rejection.received")]), shipped)
    on_ended = {lr.rule.id for lr in shipped.enabled() if lr.rule.on == "interview.ended"}
    assert on_ended and {p.rule_id for p in result.problems} == on_ended
    assert all(p.ref == "" and p.reason == "bad happening (ValueError)" for p in result.problems)
    # Rules on other triggers plan as before (the check-back is on answer.awaited).
    assert {i.rule_id for i in result.intents} == {
        "rejection-close",
        "rejection-thanks",
        "check-back",
    }


def test_a_failed_occurrence_keeps_what_was_planned(
    tmp_path: Path, shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Intents planned for an occurrence at an earlier pass stay planned (not withdrawn) while
    planning it fails; the runner logs plan.failed once per pass and reports it."""
    with Store(tmp_path / "s.db") as store:
        store.put_interview("work", interview(), NOW, application="")
        first = reconcile(store, shipped, USER, NOW)
        keys = {i.key for i in first.intents}
        assert keys

        def failing(lr, occ, w, templates, result):  # type: ignore[no-untyped-def]
            raise OverflowError("date value out of range")

        monkeypatch.setattr(engine, "_plan_occurrence", failing)
        settings = Settings(
            user=UserConfig(name=USER.name, email=USER.email, timezone=USER.timezone),
            state=StateConfig(path=tmp_path / "s.db"),
        )
        report = RunReport()
        runner = Runner(settings, shipped, store)
        with capture_logs() as logs:
            runner.plan(NOW, report)
            runner.plan(NOW, report)  # a pass plans twice after a change of state
        planned = {s.intent.key for s in store.intents(IntentStatus.PLANNED)}
        assert planned == keys
    failed = [e for e in logs if e["event"] == "plan.failed"]
    assert failed and len(failed) == len({(e["rule"], e["ref"]) for e in failed})
    assert {e["interview"] for e in failed} == {"iv-1@acme.example"}
    assert all(e["reason"] == "date value out of range (OverflowError)" for e in failed)
    assert len(report.problems) == len(failed)


class Folder:
    """An INBOX of several messages, offered in one batch the way IMAP does."""

    def __init__(self, *raws: bytes) -> None:
        self.raws = raws

    def sent_folder_name(self) -> str | None:
        return None

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        fetched = []
        for uid, raw in enumerate(self.raws, start=1):
            ref = MessageRef(account="work", folder=folder, uidvalidity=7, uid=uid)
            fetched.append(Fetched(ref, raw, Candidate(ref=ref, headers=raw.split(b"\r\n\r\n")[0])))
        yield FolderBatch(folder, fetched, Cursor(7, len(self.raws)))


def good(n: int) -> bytes:
    start = datetime(2026, 11, 18 + n, 14, 0, tzinfo=UTC)
    return invitation(uid=f"good-{n}@acme.example", start=start, end=start + timedelta(hours=1))


def test_one_message_that_raises_is_failed_and_its_neighbours_go_on(
    tmp_path: Path, shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message whose understanding raises is logged as mail.failed (account, folder, UID,
    the reason in words), recorded with outcome "failed: …", counted by status (text and
    JSON); the messages before and after it are tracked."""
    real = runner_module.understand_message

    def poisoned(raw: bytes, **kw):  # type: ignore[no-untyped-def]
        if b"POISON" in raw:
            raise IndexError("tuple index out of range")
        return real(raw, **kw)

    monkeypatch.setattr(runner_module, "understand_message", poisoned)
    settings = Settings(
        user=UserConfig(name=USER.name, email=USER.email, timezone=USER.timezone),
        state=StateConfig(path=tmp_path / "s.db"),
    )
    account = MaildirAccount(kind="maildir", path=tmp_path / "mail", lookback_days=3650)
    bad = good(5).replace(b"Subject: ", b"Subject: POISON ", 1)
    with Store(tmp_path / "s.db") as store:
        report = RunReport()
        with capture_logs() as logs:
            Runner(settings, shipped, store).read_account(
                "work", account, Folder(good(0), bad, good(1)), NOW, report
            )
        uids = {iv.uid for _, iv in store.interviews()}
        assert uids == {"good-0@acme.example", "good-1@acme.example"}
        shown = status(store, NOW)
        (failed,) = store.failed_messages()
    assert (failed.account, failed.folder, failed.uid) == ("work", "INBOX", 2)
    assert failed.reason == "tuple index out of range (IndexError)"
    (event,) = [e for e in logs if e["event"] == "mail.failed"]
    assert (event["account"], event["folder"], event["uid"]) == ("work", "INBOX", 2)
    assert event["reason"] == failed.reason
    assert "1 message could not be read and was skipped" in shown.text("Europe/Berlin")
    doc = json.loads(json.dumps(shown.as_json()))
    assert doc["failed_messages"] == 1 and doc["failed"][0]["uid"] == 2
    assert len(doc["applications"]) == 1


def test_a_message_whose_tracking_fails_is_undone_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When writing a message's changes fails half way, none of them stays in the file, the
    tracker's state is the file's again, and the next message is tracked normally."""
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, USER)
        real = store.put_application

        def full_disk(*args: object, **kw: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(store, "put_application", full_disk)
        with store.transaction(), pytest.raises(OSError):
            process_message(good(0), "t", "work", tracker, USER, NOW)
        assert store.interviews() == [] and store.applications() == {}
        fresh = load_state(store)
        assert tracker.state.interviews == fresh.interviews == {}
        assert tracker.state.index.applications == fresh.index.applications
        monkeypatch.setattr(store, "put_application", real)
        with store.transaction():
            done = process_message(good(1), "t", "work", tracker, USER, NOW)
        assert "interview new" in done.outcomes
        assert [iv.uid for _, iv in store.interviews()] == ["good-1@acme.example"]


def test_status_without_failures_has_no_count_line(tmp_path: Path) -> None:
    """With nothing failed, status shows the table alone and JSON says 0."""
    with Store(tmp_path / "s.db") as store:
        shown = status(store, NOW)
    assert "could not be read" not in shown.text("UTC")
    assert shown.as_json()["failed_messages"] == 0


def test_older_error_outcomes_are_counted_as_failed(tmp_path: Path) -> None:
    """A state file that recorded failures as "error: …" (before "failed") is counted too."""
    ref = MessageRef(account="work", folder="INBOX", uidvalidity=1, uid=9)
    with Store(tmp_path / "s.db") as store:
        store.mark_processed(ref, "", "error: ValueError: x", NOW)
        store.mark_processed(ref.model_copy(update={"uid": 10}), "<m@x>", "interview new", NOW)
        assert [(f.uid, f.reason) for f in store.failed_messages()] == [(9, "ValueError: x")]


def test_explain_shows_what_could_not_be_planned(
    tmp_path: Path, shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`explain` of an invitation whose occurrences fail to plan says so, per rule, as a
    Problem line, and still shows what it understood."""
    from followupd.explain import explain, render

    def failing(lr, occ, w, templates, result):  # type: ignore[no-untyped-def]
        raise OverflowError("date value out of range")

    monkeypatch.setattr(engine, "_plan_occurrence", failing)
    settings = Settings(
        user=UserConfig(name=USER.name, email=USER.email, timezone=USER.timezone),
        state=StateConfig(path=tmp_path / "s.db"),
    )
    eml = tmp_path / "invite.eml"
    eml.write_bytes(good(0))
    out = explain(str(eml), settings, shipped, NOW)
    assert out.calendar and out.calendar[0]["verdict"] == "interview"
    assert any(p.startswith("rule thank-you on interview.ended") for p in out.problems)
    text = render(out)
    assert "Problem: rule thank-you on interview.ended" in text
    assert "date value out of range (OverflowError)" in text
