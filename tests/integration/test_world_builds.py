"""How often one pass builds the World and plans: once after reading, once more only when a
change of state (a cancel, a stage) was carried out — never more."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain.model import Stage, UserIdentity
from followupd.pipeline import Runner
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.world import World
from followupd.store import Store
from tests.integration.test_conversation import END, START, by_friday, rejection
from tests.integration.test_pipeline import make_settings
from tests.invitations import invitation
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """Every `Store.world` call of the test, by its `now`."""
    calls: list[datetime] = []
    real = Store.world

    def counted(self: Store, user: UserIdentity, now: datetime) -> World:
        calls.append(now)
        return real(self, user, now)

    monkeypatch.setattr(Store, "world", counted)
    yield calls


def run(user: DovecotUser, tmp_path: Path, ruleset: RuleSet, now: datetime) -> Store:
    settings = make_settings(user, tmp_path)
    with Store(settings.state.path) as store:
        Runner(settings, ruleset, store).run_once(now)
    return store


def test_pass_without_a_change_of_state_plans_once(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet, builds: list[datetime]
) -> None:
    """A pass of one account that reads several new messages and carries out drafts but no
    cancel or stage change builds the World exactly once."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", by_friday())
    run(dovecot, tmp_path, ruleset, END + timedelta(hours=2))  # thank-you drafts are due
    assert len(builds) == 1


def test_pass_with_a_cancel_and_a_stage_plans_twice(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet, builds: list[datetime]
) -> None:
    """A rejection read in this pass makes a cancel, a stage change and a reply due at once:
    the World is built once after reading and once after the changes of state, no more;
    the reply is still written and the application is rejected."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", by_friday())
    dovecot.append("INBOX", rejection())
    now = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    settings = make_settings(dovecot, tmp_path)
    with Store(settings.state.path) as store:
        report = Runner(settings, ruleset, store).run_once(now)
        app = store.application("northwind-robotics.example")
    rejection_rules = ("rejection-close", "rejection-thanks")  # the cancel, stage and reply
    kinds = sorted(d.kind for d in report.done if d.rule_id in rejection_rules)
    assert kinds == ["cancel", "draft", "set_stage"]
    assert app is not None and app.stage == Stage.REJECTED
    assert len(builds) == 2


CHAIN = """\
version: 1
rules:
  - id: to-offer
    on: rejection.received
    do:
      - set_stage: offer
  - id: to-closed
    on: reply.received
    if: [{stage: offer}]
    do:
      - set_stage: closed
"""


def test_chained_changes_of_state_still_plan_at_most_twice(
    dovecot: DovecotUser, tmp_path: Path, builds: list[datetime]
) -> None:
    """A change of state that makes another one due (stage offer → a rule on `stage: offer`
    closes the application) is carried out in the same pass, with two World builds (the
    pass used to plan after every round of changes: three here, up to four)."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "chain.yaml").write_text(CHAIN)
    chain = load_rules([tmp_path / "rules"], [ROOT / "rules" / "templates"])
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", by_friday())
    dovecot.append("INBOX", rejection())
    now = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    settings = make_settings(dovecot, tmp_path)
    with Store(settings.state.path) as store:
        report = Runner(settings, chain, store).run_once(now)
        app = store.application("northwind-robotics.example")
    assert report.done[0].rule_id == "to-offer"  # one per reply.received: three messages
    assert [d.rule_id for d in report.done[1:]] == ["to-closed"] * 3
    assert app is not None and app.stage == Stage.CLOSED
    assert len(builds) == 2
