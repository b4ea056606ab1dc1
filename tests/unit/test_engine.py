"""The planning engine: one thank-you intent per interviewer, due after the interview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain.model import CalendarStatus, Interview, Person, UserIdentity
from followupd.rules.engine import Plan, first_name
from followupd.rules.engine import plan as plan_world
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.world import World

ROOT = Path(__file__).resolve().parents[2]
USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def interview(**changes: object) -> Interview:
    base = Interview(
        uid="iv-1@acme.example",
        title="Technical interview: Backend Engineer",
        start=datetime(2026, 11, 18, 14, 0, tzinfo=UTC),
        end=datetime(2026, 11, 18, 15, 30, tzinfo=UTC),
        interviewers=(
            Person(email="ana@acme.example", name="Ana Ruiz"),
            Person(email="zoe@acme.example", name="Zoë Müller"),
        ),
        company="Acme",
        role="Backend Engineer",
    )
    return base.model_copy(update=changes)


NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def plan(
    interviews: list[tuple[str, Interview]], ruleset: RuleSet, user: UserIdentity, now: datetime
) -> Plan:
    """The engine over a World holding just these interviews (no application known)."""
    world = World(user=user, now=now, interviews=[(acc, "", iv) for acc, iv in interviews])
    only_thanks = RuleSet(
        rules=[lr for lr in ruleset.rules if lr.rule.id == "thank-you"] or ruleset.rules,
        templates=ruleset.templates,
    )
    return plan_world(world, only_thanks)


def test_one_draft_per_interviewer_due_after_the_end(shipped: RuleSet) -> None:
    """Each interviewer gets one thank-you intent, due 10 minutes after the interview ends."""
    result = plan([("work", interview())], shipped, USER, NOW)
    thanks = [i for i in result.intents if i.rule_id == "thank-you"]
    assert sorted(p.email for i in thanks for p in i.to) == ["ana@acme.example", "zoe@acme.example"]
    assert {i.due for i in thanks} == {datetime(2026, 11, 18, 15, 40, tzinfo=UTC)}
    assert all(i.expires == datetime(2026, 11, 19, 15, 40, tzinfo=UTC) for i in thanks)
    assert len({i.key for i in thanks}) == 2


def test_letter_names_role_company_and_person(shipped: RuleSet) -> None:
    """The thank-you letter greets the interviewer by first name and names role and company."""
    result = plan([("work", interview())], shipped, USER, NOW)
    zoe = next(i for i in result.intents if i.to[0].email == "zoe@acme.example")
    assert zoe.subject == "Thank you – Backend Engineer interview at Acme"
    assert zoe.body.startswith("Dear Zoë,")
    assert "Backend Engineer role at Acme" in zoe.body
    assert "Wednesday" in zoe.body
    assert zoe.body.rstrip().endswith("Jordan Lee")


def test_keys_are_stable_when_the_interview_moves(shipped: RuleSet) -> None:
    """A moved interview keeps its intent keys (so no duplicate) and gets a new due time."""
    first = plan([("work", interview())], shipped, USER, NOW).intents
    later = interview(
        start=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        end=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
        sequence=1,
    )
    second = plan([("work", later)], shipped, USER, NOW).intents
    assert {i.key for i in first} == {i.key for i in second}
    assert {i.due for i in second} == {datetime(2026, 11, 20, 10, 10, tzinfo=UTC)}


def test_cancelled_interview_plans_nothing(shipped: RuleSet) -> None:
    """A cancelled interview gets no thank-you."""
    result = plan([("work", interview(status=CalendarStatus.CANCELLED))], shipped, USER, NOW)
    assert result.intents == []


def test_the_user_is_never_an_interviewer(shipped: RuleSet) -> None:
    """Even if the user slipped into the interviewer list, no draft is addressed to them."""
    iv = interview(interviewers=(Person(email="JORDAN.LEE@example.org", name="Jordan Lee"),))
    assert plan([("work", iv)], shipped, USER, NOW).intents == []


def test_unknown_company_and_role_still_read_well(shipped: RuleSet) -> None:
    """Without a known company or role, the letter stays grammatical."""
    iv = interview(company="", role="")
    draft = plan([("work", iv)], shipped, USER, NOW).intents[0]
    assert draft.subject == "Thank you"
    assert "joining the team" in draft.body
    named = plan([("work", interview(company="Meridale", role=""))], shipped, USER, NOW)
    assert named.intents[0].subject == "Thank you – Meridale interview"  # not "Thank you at"
    for line in draft.body.splitlines():
        assert "  " not in line and " ." not in line and " ," not in line


def test_disabled_rules_plan_nothing(tmp_path: Path) -> None:
    """A rule with enabled: false plans nothing."""
    path = tmp_path / "r.yaml"
    path.write_text(
        "version: 1\nrules:\n  - id: t\n    enabled: false\n    on: interview.ended\n"
        "    for_each: interviewer\n    do:\n      - draft: {to: interviewer, template: thank-you}\n"
    )
    ruleset = load_rules([path], [ROOT / "rules" / "templates"])
    assert plan([("work", interview())], ruleset, USER, NOW).intents == []


@pytest.mark.parametrize(
    ("name", "first"),
    [("Zoë Müller", "Zoë"), ("Ruiz, Ana", "Ana"), ("", ""), ("Prince", "Prince")],
)
def test_first_name(name: str, first: str) -> None:
    """First names come from 'First Last' and from Exchange's 'Last, First'."""
    assert first_name(Person(email="x@y.example", name=name)) == first


def test_due_in_users_zone_across_dst(tmp_path: Path) -> None:
    """A '1 day' delay is counted in the user's zone, so DST does not shift it by an hour."""
    path = tmp_path / "r.yaml"
    path.write_text(
        "version: 1\nrules:\n  - id: t\n    on: interview.ended\n    after: 1 day\n"
        "    for_each: interviewer\n    do:\n      - draft: {to: interviewer, template: thank-you}\n"
    )
    ruleset = load_rules([path], [ROOT / "rules" / "templates"])
    iv = interview(
        start=datetime(2026, 10, 24, 15, 0, tzinfo=UTC),
        end=datetime(2026, 10, 24, 16, 0, tzinfo=UTC),
    )
    due = plan([("work", iv)], ruleset, USER, NOW).intents[0].due
    assert due - iv.end == timedelta(hours=25)


def _rule_set(tmp_path: Path, text: str) -> RuleSet:
    path = tmp_path / "r.yaml"
    path.write_text(text)
    return load_rules([path], [ROOT / "rules" / "templates"])


def test_reminder_after_a_day_keeps_local_hour_across_october_change(tmp_path: Path) -> None:
    """A reminder 'after: 1 day' across the October DST change lands at the same local hour."""
    from zoneinfo import ZoneInfo

    ruleset = _rule_set(
        tmp_path,
        "version: 1\nrules:\n  - id: r\n    on: interview.ended\n    after: 1 day\n"
        "    do:\n      - remind: {template: debrief}\n",
    )
    berlin = ZoneInfo("Europe/Berlin")
    iv = interview(
        start=datetime(2026, 10, 24, 15, 0, tzinfo=UTC),  # Saturday 17:00 CEST
        end=datetime(2026, 10, 24, 16, 0, tzinfo=UTC),  # 18:00 CEST; clocks go back that night
    )
    world = World(user=USER, now=NOW, interviews=[("work", "", iv)])
    (reminder,) = plan_world(world, ruleset).intents
    assert reminder.to[0].email == USER.email
    local_end, local_due = iv.end.astimezone(berlin), reminder.due.astimezone(berlin)
    assert (local_due.hour, local_due.minute) == (local_end.hour, local_end.minute) == (18, 0)
    assert local_due.date() == datetime(2026, 10, 25).date()
    assert reminder.due - iv.end == timedelta(hours=25)


def test_business_day_rules_skip_the_users_holidays(tmp_path: Path) -> None:
    """The engine counts business days without the user's holidays (due and max_late)."""
    from datetime import date

    ruleset = _rule_set(
        tmp_path,
        "version: 1\nrules:\n  - id: r\n    on: interview.ended\n    after: 1 business day\n"
        "    max_late: 1 business day\n    do:\n      - remind: {template: debrief}\n",
    )
    iv = interview(
        start=datetime(2026, 12, 23, 9, 0, tzinfo=UTC),
        end=datetime(2026, 12, 23, 10, 0, tzinfo=UTC),  # Wednesday 11:00 in Berlin
    )
    plain = plan_world(World(user=USER, now=NOW, interviews=[("work", "", iv)]), ruleset)
    assert plain.intents[0].due == datetime(2026, 12, 24, 10, 0, tzinfo=UTC)
    user = USER.model_copy(update={"holidays": (date(2026, 12, 24), date(2026, 12, 25))})
    off = plan_world(World(user=user, now=NOW, interviews=[("work", "", iv)]), ruleset)
    (intent,) = off.intents
    assert intent.due == datetime(2026, 12, 28, 10, 0, tzinfo=UTC)  # Monday
    assert intent.expires == datetime(2026, 12, 29, 10, 0, tzinfo=UTC)
