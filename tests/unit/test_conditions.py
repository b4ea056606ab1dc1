"""Conditions: every flag and every condition key holds where it should, fails where it
should not, and says why in words (what `explain` shows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from followupd.domain.model import Person, Stage
from followupd.rules.conditions import (
    CONDITION_KEYS,
    FLAGS,
    Condition,
    Context,
    evaluate,
    interview_kind,
    passes,
)
from followupd.rules.triggers import TRIGGERS, Occurrence
from followupd.rules.world import World
from tests.worlds import (
    ANA,
    END,
    ME,
    RITA,
    ZOE,
    application,
    draft,
    happening,
    interview,
    message,
    world,
)

# Wednesday 18 November 2026, 15:30 UTC = 16:30 in Berlin.
DUE = END


def ended(
    w: World | None = None, person: Person | None = ANA, due: datetime = DUE, **kw: Any
) -> Context:
    """The context of interview.ended for `person`."""
    w = w or world()
    account, _app, iv = w.interviews[0]
    app = next(iter(w.applications.values()))
    occ = Occurrence("interview.ended", iv.uid, iv.end, account, app, interview=iv)
    return Context(occ, w, person, due, **kw)


def replied(w: World | None = None, **msg: Any) -> Context:
    """The context of reply.received for the recruiter's message (changed by `msg`)."""
    w = w or world()
    h = happening("reply.received", message=message(**msg))
    app = next(iter(w.applications.values()))
    occ = Occurrence("reply.received", h.id, h.at, "work", app, happening=h)
    return Context(occ, w, None, h.at)


def check(spec: Any, ctx: Context) -> tuple[bool, str]:
    return evaluate(Condition.model_validate(spec), ctx)


def test_every_flag_and_key_is_covered_here() -> None:
    """This file tests the whole documented vocabulary (a new condition needs a test)."""
    source = Path(__file__).read_text(encoding="utf-8")
    for name in [*FLAGS, *CONDITION_KEYS]:
        assert f'"{name}"' in source, name


# -- flags ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "stage", "holds"),
    [
        ("rejected", Stage.REJECTED, True),
        ("rejected", Stage.INTERVIEWING, False),
        ("rejected", Stage.OFFER, False),
        ("has-offer", Stage.OFFER, True),
        ("has-offer", Stage.WAITING, False),
    ],
)
def test_stage_flags(flag: str, stage: Stage, holds: bool) -> None:
    """'rejected' and 'has-offer' hold exactly when the application is at that stage."""
    ok, why = check(flag, ended(world(app=application(stage=stage))))
    assert ok is holds
    assert f"stage is {stage}" in why


def test_company_replied_since_holds_for_a_later_human_message() -> None:
    """'company-replied-since' holds when a person of the company wrote after the trigger,
    and names who and when."""
    w = world(messages=[message(at=END + timedelta(hours=2))])
    ok, why = check("company-replied-since", ended(w))
    assert ok
    assert why == "rita@acme.example wrote on 2026-11-18 17:30 UTC"


@pytest.mark.parametrize(
    "msg",
    [
        {"at": END - timedelta(hours=1)},  # before the interview ended
        {"at": END + timedelta(hours=2), "automated": True},  # a robot
        {"at": END + timedelta(hours=2), "from_user": True, "sender": ME},  # the user
        {"at": END + timedelta(hours=2), "application": "other.example"},  # another company
    ],
    ids=["earlier", "automated", "from-user", "other-application"],
)
def test_company_replied_since_ignores_what_is_no_reply(msg: dict[str, Any]) -> None:
    """Earlier mail, automated mail, the user's own mail and other companies' mail are no
    reply from the company."""
    ok, why = check("company-replied-since", ended(world(messages=[message(**msg)])))
    assert not ok
    assert why == "no word from Acme since 2026-11-18 15:30 UTC"


def test_company_replied_since_counts_from_since_when_given() -> None:
    """With a `since` (the moment a timeframe was stated), earlier replies do not count."""
    w = world(messages=[message(at=END + timedelta(hours=2))])
    ok, _ = check("company-replied-since", ended(w, since=END + timedelta(hours=3)))
    assert not ok


def test_wrote_since_interview_reads_sent_mail_to_that_person() -> None:
    """'wrote-since-interview' holds when the user wrote to this person after the interview."""
    sent = message(
        message_id="<s>", sender=ME, to=(ANA,), from_user=True, at=END + timedelta(hours=1)
    )
    ok, why = check("wrote-since-interview", ended(world(messages=[sent]), person=ANA))
    assert ok
    assert why == "you wrote to ana@acme.example on 2026-11-18 16:30 UTC"
    ok, why = check("wrote-since-interview", ended(world(messages=[sent]), person=ZOE))
    assert not ok
    assert why == "nothing sent to zoe@acme.example since the interview"


def test_wrote_since_interview_ignores_mail_before_the_interview() -> None:
    """A letter written before the interview ended is no thank-you."""
    sent = message(sender=ME, to=(ANA,), from_user=True, at=END - timedelta(minutes=10))
    ok, _ = check("wrote-since-interview", ended(world(messages=[sent]), person=ANA))
    assert not ok


def test_wrote_since_interview_without_person_means_the_contact() -> None:
    """Without a fan-out person, 'wrote-since-interview' asks about the application's contact."""
    sent = message(sender=ME, to=(RITA,), from_user=True, at=END + timedelta(hours=1))
    ok, _ = check("wrote-since-interview", ended(world(messages=[sent]), person=None))
    assert ok


@pytest.mark.parametrize(
    ("changes", "holds"),
    [
        ({"timeframe_due": END + timedelta(days=3)}, True),
        ({"check_back": END + timedelta(days=10)}, True),
        ({}, False),
    ],
)
def test_timeframe_stated(changes: dict[str, Any], holds: bool) -> None:
    """'timeframe-stated' holds when the company (timeframe_due) or the debrief (check_back)
    gave a moment."""
    ok, why = check("timeframe-stated", ended(world(app=application(**changes))))
    assert ok is holds
    assert why == ("a timeframe was stated" if holds else "no timeframe stated")


def test_automated_flag_follows_the_message() -> None:
    """'automated' holds for a machine-written trigger message only."""
    assert check("automated", replied(automated=True)) == (True, "the message is automated")
    assert check("automated", replied()) == (False, "a person wrote the message")
    assert check("automated", ended())[0] is False  # no message at all


def awaited(w: World) -> Context:
    """The context of answer.awaited for the world's one application."""
    (occ,) = TRIGGERS["answer.awaited"].find(w)
    return Context(occ, w, None, occ.moment)


def test_after_interview_flag() -> None:
    """'after-interview' holds when the application's last point is an ended interview,
    not before any interview (an application sent, nothing scheduled)."""
    assert check("after-interview", awaited(world())) == (True, "after the interview on 2026-11-18")
    mine = message(sender=ME, to=(RITA,), from_user=True, at=END - timedelta(days=20))
    alone = world(iv=None, messages=[mine])
    assert check("after-interview", awaited(alone)) == (False, "no interview yet")


@pytest.mark.parametrize(
    ("messages", "holds", "why"),
    [
        ([{"sender": ME, "to": (RITA,), "from_user": True}], True, "you wrote to Acme on"),
        ([{"automated": True}], True, "Acme acknowledged on"),
        # A recruiter's approach the user never answered: no application to check back on.
        ([{}], False, "you have not written to Acme, nor they acknowledged"),
    ],
)
def test_applied_flag(messages: list[dict[str, Any]], holds: bool, why: str) -> None:
    """'applied' holds when the user wrote, the company acknowledged, or there is an
    interview — not for a recruiter's approach alone."""
    w = world(iv=None, messages=[message(**m) for m in messages])
    ok, reason = check("applied", awaited(w))
    assert ok is holds and reason.startswith(why)
    assert check("applied", awaited(world()))[0]  # an interview: they know of you


# -- keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "holds"),
    [
        ({"company": "acme"}, True),  # substring, any case
        ({"company": "Globex"}, False),
        ({"company": ["Globex", "ACME"]}, True),  # a list: any of them
        ({"company": {"regex": "^ac.e$"}}, True),
        ({"company": {"regex": "^cme"}}, False),
        ({"role": "backend"}, True),
        ({"role": {"regex": r"front\s*end"}}, False),
    ],
)
def test_company_and_role(spec: dict[str, Any], holds: bool) -> None:
    """'company' and 'role' match the application's name and role by text or regex."""
    ok, why = check(spec, ended())
    assert ok is holds
    assert ("matches" in why) is holds and ("does not match" in why) is not holds


def test_company_falls_back_to_the_interview() -> None:
    """Without an application name, 'company' looks at the interview's company."""
    w = world(app=application(company=""))
    assert check({"company": "Acme"}, ended(w))[0]


@pytest.mark.parametrize(
    ("sender", "holds"),
    [
        ("rita@acme.example", True),
        ("rita@mail.acme.example", True),  # a subdomain
        ("rita@notacme.example", False),  # merely ends with the letters
        ("rita@globex.example", False),
    ],
)
def test_sender_domain(sender: str, holds: bool) -> None:
    """'sender_domain' matches the domain and its subdomains, not look-alike names."""
    ok, why = check({"sender_domain": "@ACME.example"}, replied(sender=Person(email=sender)))
    assert ok is holds
    assert why == f"sender domain {sender.partition('@')[2]}"


def test_sender_domain_needs_a_message() -> None:
    """A trigger without a message has no sender: 'sender_domain' does not hold."""
    assert check({"sender_domain": "acme.example"}, ended()) == (False, "no message")


def test_subject_and_text_read_the_message() -> None:
    """'subject' and 'text' look at the trigger message's subject and new text."""
    ctx = replied(subject="Next steps", text="We would like to invite you to a final round.")
    assert check({"subject": "next step"}, ctx)[0]
    assert not check({"subject": "offer"}, ctx)[0]
    assert check({"text": {"regex": r"final\s+round"}}, ctx)[0]
    ok, why = check({"text": "reject"}, ctx)
    assert not ok and why.startswith("text “We would like")


def test_subject_and_text_fall_back_to_the_interview() -> None:
    """Without a message, 'subject' reads the interview title and 'text' its title and place."""
    w = world(iv=interview(location="Berlin office"))
    assert check({"subject": "technical"}, ended(w))[0]
    assert check({"text": "berlin office"}, ended(w))[0]
    assert not check({"subject": "final"}, ended(w))[0]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Technical interview: Backend Engineer", "technical"),
        ("Final round with the CTO", "final"),
        ("Onsite loop", "onsite"),
        ("Panel interview", "panel"),
        ("Chat with the hiring manager", "hiring_manager"),
        ("Recruiter call", "phone_screen"),
        ("Coffee", "other"),
    ],
)
def test_kind(title: str, kind: str) -> None:
    """'kind' is read from the interview title; it holds for that kind only."""
    assert interview_kind(title) == kind
    ctx = ended(world(iv=interview(title=title)))
    assert check({"kind": kind}, ctx) == (True, f"interview kind is {kind}")
    other = "panel" if kind != "panel" else "final"
    assert check({"kind": other}, ctx)[0] is False


def test_stage() -> None:
    """'stage' holds when the application is at one of the listed stages."""
    ctx = ended(world(app=application(stage=Stage.WAITING)))
    assert check({"stage": ["interviewing", "waiting"]}, ctx) == (True, "stage is waiting")
    assert check({"stage": "applied"}, ctx)[0] is False


@pytest.mark.parametrize(
    ("changes", "holds", "why"),
    [
        ({}, True, "the thank-you draft to ana@acme.example is still in Drafts"),
        (
            {"still_in_drafts": False, "sent": True},
            False,
            "the thank-you draft to ana@acme.example was sent",
        ),
        (
            {"still_in_drafts": False, "sent": False},
            False,
            "the thank-you draft to ana@acme.example is no longer in Drafts",
        ),
        (
            {"still_in_drafts": None, "sent": None},
            False,
            "not known whether the thank-you draft was sent",
        ),
        ({"rule_id": "other"}, False, "no thank-you draft was written"),
        ({"to": ("zoe@acme.example",)}, False, "no thank-you draft was written"),
        ({"subject_ref": "iv-9"}, False, "no thank-you draft was written"),
    ],
)
def test_draft_unsent(changes: dict[str, Any], holds: bool, why: str) -> None:
    """'draft_unsent' holds only while that rule's draft to this person, for this interview,
    is still in Drafts."""
    ctx = ended(world(drafts=[draft(**changes)]), person=ANA)
    assert check({"draft_unsent": "thank-you"}, ctx) == (holds, why)


@pytest.mark.parametrize(
    ("due", "day"),
    [
        (datetime(2026, 11, 18, 12, 0, tzinfo=UTC), "wed"),
        (datetime(2026, 11, 17, 23, 30, tzinfo=UTC), "wed"),  # 00:30 on Wednesday in Berlin
        (datetime(2026, 11, 21, 12, 0, tzinfo=UTC), "sat"),
    ],
)
def test_weekday_is_the_due_day_in_the_users_zone(due: datetime, day: str) -> None:
    """'weekday' looks at the due moment's day in the user's time zone."""
    ok, why = check({"weekday": ["Wednesday", "thu"]}, ended(due=due))
    assert ok is (day == "wed")
    assert why == f"due on a {day}"


@pytest.mark.parametrize(
    ("due", "holds", "local"),
    [
        (datetime(2026, 11, 18, 7, 0, tzinfo=UTC), True, "08:00"),  # the window opens
        (datetime(2026, 11, 18, 6, 59, tzinfo=UTC), False, "07:59"),
        (datetime(2026, 11, 18, 18, 59, tzinfo=UTC), True, "19:59"),
        (datetime(2026, 11, 18, 19, 0, tzinfo=UTC), False, "20:00"),  # the end is excluded
    ],
)
def test_time_of_day_in_the_users_zone(due: datetime, holds: bool, local: str) -> None:
    """'time' holds when the due moment's local time is inside the range (end excluded)."""
    assert check({"time": "08:00 - 20:00"}, ended(due=due)) == (holds, f"due at {local}")


def test_all_any_not() -> None:
    """'all' needs every condition, 'any' one of them, 'not' the opposite; each gives the
    reason of the condition that decided."""
    ctx = ended()
    yes, no = {"company": "acme"}, {"stage": "offer"}
    assert check({"all": [yes, "timeframe-stated"]}, ctx) == (False, "no timeframe stated")
    assert check({"all": [yes, {"kind": "technical"}]}, ctx) == (True, "all hold")
    ok, why = check({"any": [no, "rejected"]}, ctx)
    assert not ok and why == "stage is interviewing; stage is interviewing"
    assert check({"any": [no, yes]}, ctx)[0]
    assert check({"not": no}, ctx) == (True, "not (stage is interviewing)")
    assert check({"not": {"not": yes}}, ctx)[0]


def test_passes_names_the_condition_that_failed() -> None:
    """`if` conditions must all hold and `unless` ones must not; the reason names the first
    that decided against."""
    ctx = ended(world(app=application(stage=Stage.REJECTED)))
    rejected, acme = (
        Condition.model_validate("rejected"),
        Condition.model_validate({"company": "acme"}),
    )
    assert passes([acme], [], ctx) == (True, "conditions hold")
    assert passes([acme], [rejected], ctx) == (False, "unless rejected: stage is rejected")
    ok, why = passes([Condition.model_validate({"not": "rejected"})], [], ctx)
    assert not ok and why == "if not: not (stage is rejected)"


def test_bad_regex_is_refused_at_load_time() -> None:
    """A regex that does not compile is a load-time error, never a failure while planning."""
    with pytest.raises(ValueError, match="bad regex"):
        Condition.model_validate({"subject": {"regex": "(unclosed"}})


@pytest.mark.parametrize(
    ("gap", "status", "holds"),
    [
        (timedelta(minutes=15), "CONFIRMED", True),  # the next session of the loop
        (timedelta(hours=3), "CONFIRMED", False),  # later that day: its own interview
        (timedelta(minutes=15), "CANCELLED", False),  # a cancelled session follows nothing
        (-timedelta(hours=2), "CONFIRMED", False),  # an earlier session
    ],
    ids=["next-session", "hours-later", "cancelled", "earlier"],
)
def test_another_session_follows(gap: timedelta, status: str, holds: bool) -> None:
    """'another-session-follows' holds when another interview of the application starts
    soon after this one ends, so a loop's checklist and debrief come once, after the last."""
    from followupd.domain.model import CalendarStatus

    first = interview()
    later = interview(
        uid="iv-2@acme.example",
        start=END + gap,
        end=END + gap + timedelta(minutes=45),
        status=CalendarStatus[status],
    )
    w = world(iv=first)
    w.interviews.append(("work", first.company_domain, later))
    ok, why = check("another-session-follows", ended(w))
    assert ok is holds
    assert why.startswith("another session follows at" if holds else "no session follows")
    # The last session of the loop: nothing follows it.
    last = Context(
        Occurrence("interview.ended", later.uid, later.end, "work", w.applications[first.company_domain], interview=later),
        w, None, later.end,
    )  # fmt: skip
    assert check("another-session-follows", last)[0] is False
