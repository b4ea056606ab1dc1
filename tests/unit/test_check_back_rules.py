"""The shipped check-back rules: a check-back for every stated timeframe, interview or not.

Planned with the shipped rule files on hand-built Worlds (Europe/Berlin, office hours
09:00–17:00 on weekdays), so each test reads like a user's situation.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain.model import Person, Stage
from followupd.rules.engine import Plan, plan
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.world import MessageFact, World
from tests.worlds import ME, RITA, application, interview, message, world

ROOT = Path(__file__).resolve().parents[2]
# Monday 2 November 2026, 10:00 in Berlin: the user sends an application.
APPLIED = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def sent_application() -> MessageFact:
    return message(
        message_id="<apply.1@example.org>", sender=ME, to=(RITA,), from_user=True, at=APPLIED
    )


def checks(result: Plan) -> dict[str, list[tuple[str, datetime, tuple[str, ...]]]]:
    out: dict[str, list[tuple[str, datetime, tuple[str, ...]]]] = {}
    for i in result.intents:
        if i.rule_id.startswith("check-back"):
            to = tuple(p.email for p in i.recipients())
            out.setdefault(i.rule_id, []).append((i.kind.value, i.due, to))
    return out


def applied_world(**app: object) -> World:
    return world(
        iv=None,
        app=application(**{"stage": Stage.APPLIED, "contact": RITA, **app}),
        messages=[sent_application()],
        now=APPLIED,
    )


def test_an_application_with_no_answer_gets_a_check_back_after_two_weeks(
    shipped: RuleSet,
) -> None:
    """Applied on Monday 2 November, nothing said: a reminder and a check-in draft to the
    contact ten business days later (Monday 16 November, 10:00 in Berlin)."""
    found = checks(plan(applied_world(), shipped))
    assert set(found) == {"check-back-application"}
    due = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    assert sorted(found["check-back-application"]) == [
        ("draft", due, (RITA.email,)),
        ("remind", due, (ME.email,)),
    ]


def test_a_stated_timeframe_without_an_interview_gets_a_check_back(shipped: RuleSet) -> None:
    """'You'll hear from us by next Wednesday' (18 November, end of day), said in answer to
    the application: the check-back is one business day after, Thursday 19 November."""
    said = APPLIED + timedelta(days=1)
    due = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)
    reply = message(message_id="<r1@acme.example>", at=said, sender=RITA)
    w = world(
        iv=None,
        app=application(
            stage=Stage.APPLIED, timeframe="by next Wednesday", timeframe_due=due, timeframe_at=said
        ),
        messages=[sent_application(), reply],
        now=said,
    )
    found = checks(plan(w, shipped))
    (draft,) = [c for c in found["check-back-application"] if c[0] == "draft"]
    # Thursday 19 November 18:00 Berlin is after office hours: Friday 09:00 (08:00 UTC).
    assert draft[1] == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert draft[2] == (RITA.email,)


def test_a_recruiters_approach_alone_gets_no_check_back(shipped: RuleSet) -> None:
    """A recruiter wrote, the user never answered: nobody owes the user an answer."""
    approach = message(message_id="<hi@acme.example>", at=APPLIED, sender=RITA)
    w = world(iv=None, app=application(stage=Stage.APPLIED), messages=[approach], now=APPLIED)
    assert checks(plan(w, shipped)) == {}


def test_after_an_interview_only_the_interview_check_back_plans(shipped: RuleSet) -> None:
    """An application that reached an interview: one check-back (7 business days after the
    interview), not a second one for the application."""
    iv = interview()
    w = world(iv=iv, messages=[sent_application()], now=iv.end)
    found = checks(plan(w, shipped))
    assert set(found) == {"check-back"}
    assert len(found["check-back"]) == 2  # one reminder, one draft


def test_a_timeframe_promised_before_the_interview_is_not_counted_after_it(
    shipped: RuleSet,
) -> None:
    """An acknowledgement's 'within a week' fell due before the interview: after the
    interview the check-back counts its own seven business days, not the stale promise."""
    iv = interview()
    stale = iv.start - timedelta(days=2)
    w = world(
        iv=iv,
        app=application(timeframe_due=stale, timeframe_at=stale - timedelta(days=7)),
        messages=[sent_application()],
        now=iv.end,
    )
    (draft,) = [c for c in checks(plan(w, shipped))["check-back"] if c[0] == "draft"]
    assert draft[1] > iv.end + timedelta(days=7)


def test_a_rejection_withdraws_the_check_back(shipped: RuleSet) -> None:
    assert checks(plan(applied_world(stage=Stage.REJECTED), shipped)) == {}


def test_the_check_in_goes_to_whoever_wrote_last(shipped: RuleSet) -> None:
    """The invitation's organizer is the application's contact, but the recruiter who
    answered and promised a date is whom a check-in is written to."""
    sam = Person(email="sam@acme.example", name="Sam Ortiz")
    said = APPLIED + timedelta(days=1)
    w = world(
        iv=None,
        app=application(
            stage=Stage.APPLIED,
            timeframe_due=said + timedelta(days=3),
            timeframe_at=said,
        ),
        messages=[sent_application(), message(message_id="<s@acme.example>", at=said, sender=sam)],
        now=said,
    )
    (draft,) = [c for c in checks(plan(w, shipped))["check-back-application"] if c[0] == "draft"]
    assert draft[2] == (sam.email,)


def test_the_check_in_replies_in_the_last_thread_with_that_person(shipped: RuleSet) -> None:
    """The check-in to Rita is a reply to the last mail of her thread (In-Reply-To,
    References, "Re:" and its subject), not a new thread."""
    said = APPLIED + timedelta(days=1)
    answer = message(
        message_id="<rita.2@acme.example>", at=said, sender=RITA,
        subject="Re: Application – Backend Engineer", references=("<apply.1@example.org>",),
    )  # fmt: skip
    w = world(
        iv=None,
        app=application(stage=Stage.APPLIED, contact=RITA, timeframe_due=said + timedelta(days=3),
                        timeframe_at=said),
        messages=[sent_application(), answer],
        now=said,
    )  # fmt: skip
    (draft,) = [i for i in plan(w, shipped).intents if i.kind.value == "draft"]
    assert draft.in_reply_to == "<rita.2@acme.example>"
    assert draft.headline() == "Re: Application – Backend Engineer"
    assert draft.references == ("<apply.1@example.org>",)


def test_the_checklist_names_each_interviewer_with_their_title(shipped: RuleSet) -> None:
    """The note before the interview ends says whom you are with, and their job title
    when the invitation gave it."""
    ana_title = (("ana@acme.example", "Engineering Manager"),)
    w = world(iv=interview(titles=ana_title), now=datetime(2026, 11, 18, 12, 0, tzinfo=UTC))
    (note,) = [i for i in plan(w, shipped).intents if i.rule_id == "interview-checklist"]
    body = getattr(note, "body", "")
    assert "With you today: Ana" in body and "(Engineering Manager)" in body
