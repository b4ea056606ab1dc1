"""Triggers: where each of the fifteen occurs in a hand-built World, and at which moment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followupd.domain.model import CalendarStatus, Stage
from followupd.domain.signals import DebriefNote
from followupd.rules.schema import TRIGGERS
from followupd.rules.triggers import TRIGGER_OCCURRENCES, Occurrence
from followupd.rules.world import World
from tests.worlds import (
    APP_ID,
    END,
    ME,
    RITA,
    START,
    application,
    draft,
    happening,
    interview,
    message,
    world,
)

HAPPENING_TRIGGERS = (
    "interview.scheduled",
    "interview.rescheduled",
    "interview.cancelled",
    "interview.crowded",
    "reply.received",
    "rejection.received",
    "offer.received",
    "timeframe.stated",
    "debrief.received",
)


def occurrences(trigger: str, w: World) -> list[Occurrence]:
    return TRIGGER_OCCURRENCES[trigger](w)


def test_every_documented_trigger_has_occurrences() -> None:
    """The documented vocabulary and the engine's registry name the same fifteen triggers."""
    assert set(TRIGGERS) == set(TRIGGER_OCCURRENCES)
    assert len(TRIGGERS) == 15


@pytest.mark.parametrize("kind", HAPPENING_TRIGGERS)
def test_event_trigger_fires_once_per_happening_of_its_kind(kind: str) -> None:
    """An event trigger occurs once for each recorded happening of its kind, at the
    happening's moment, about its application and (when named) its interview."""
    at = END + timedelta(hours=5)
    mine = happening(kind, at=at, interview_uid="iv-1@acme.example")
    other_kind = "offer.received" if kind != "offer.received" else "reply.received"
    w = world(happenings=[mine, happening(other_kind, id="other")])
    (occ,) = occurrences(kind, w)
    assert occ.trigger == kind
    assert occ.moment == at
    assert occ.ref == mine.id
    assert occ.account == "work"
    assert occ.happening is mine
    assert occ.application is not None and occ.application.id == APP_ID
    assert occ.interview is not None and occ.interview.uid == "iv-1@acme.example"


def test_event_trigger_without_interview_has_none() -> None:
    """A reply that names no interview occurs without one; templates see an empty interview."""
    (occ,) = occurrences("reply.received", world(happenings=[happening("reply.received")]))
    assert occ.interview is None


def test_timeframe_stated_is_anchored_to_the_promised_moment() -> None:
    """timeframe.stated occurs at the moment the company promised, not when it wrote."""
    promised = END + timedelta(days=9)
    h = happening("timeframe.stated", at=promised, due=promised)
    (occ,) = occurrences("timeframe.stated", world(happenings=[h]))
    assert occ.moment == promised
    assert occ.happening is not None and occ.happening.due == promised


def test_debrief_received_carries_the_notes() -> None:
    """debrief.received hands the user's notes to the rule through its happening."""
    note = DebriefNote(topics={"ana ruiz": ("caching",)}, timeframe="two weeks")
    h = happening("debrief.received", debrief=note, interview_uid="iv-1@acme.example")
    (occ,) = occurrences("debrief.received", world(happenings=[h]))
    assert occ.happening is not None and occ.happening.debrief == note


@pytest.mark.parametrize(
    ("trigger", "moment"), [("interview.starting", START), ("interview.ended", END)]
)
def test_interview_time_triggers_occur_at_start_and_end(trigger: str, moment: object) -> None:
    """interview.starting occurs at the interview's start, interview.ended at its end,
    once per interview, referring to the interview's UID."""
    second = interview(
        uid="iv-2@acme.example", start=START + timedelta(days=2), end=END + timedelta(days=2)
    )
    w = world()
    w.interviews.append(("work", APP_ID, second))
    occs = sorted(occurrences(trigger, w), key=lambda o: o.moment)
    assert [o.ref for o in occs] == ["iv-1@acme.example", "iv-2@acme.example"]
    assert occs[0].moment == moment
    assert occs[1].moment == moment + timedelta(days=2)  # type: ignore[operator]
    assert occs[0].interview is not None and occs[0].application is not None


@pytest.mark.parametrize("trigger", ["interview.starting", "interview.ended"])
def test_cancelled_interview_neither_starts_nor_ends(trigger: str) -> None:
    """A cancelled interview gives no starting or ended occurrence."""
    w = world(iv=interview(status=CalendarStatus.CANCELLED))
    assert occurrences(trigger, w) == []


def test_no_reply_is_anchored_to_the_last_contact() -> None:
    """no_reply occurs once per open application, at the latest of its messages (theirs or
    the user's) and interview ends; automated mail does not count as contact."""
    last = END + timedelta(days=3)
    w = world(
        messages=[
            message(at=END + timedelta(days=1)),
            message(message_id="<mine>", at=last, from_user=True),
            message(message_id="<robot>", at=last + timedelta(days=1), automated=True),
        ]
    )
    (occ,) = occurrences("no_reply", w)
    assert occ.moment == last
    assert occ.ref == f"{APP_ID}@{last.isoformat()}"
    assert occ.application is not None and occ.application.id == APP_ID


def test_no_reply_counts_the_interview_when_no_mail_is_later() -> None:
    """Without later mail, the last contact is the end of the interview."""
    w = world(messages=[message(at=START - timedelta(days=5))])
    (occ,) = occurrences("no_reply", w)
    assert occ.moment == END


@pytest.mark.parametrize("stage", [Stage.REJECTED, Stage.OFFER, Stage.CLOSED])
def test_no_reply_not_for_closed_applications(stage: Stage) -> None:
    """A rejected, offered or closed application is not waiting for a reply."""
    assert occurrences("no_reply", world(app=application(stage=stage))) == []


def test_no_reply_needs_some_contact() -> None:
    """An application with no message and no interview has no last contact: no occurrence."""
    assert occurrences("no_reply", world(iv=None)) == []


def test_draft_unsent_occurs_per_draft_at_writing_time() -> None:
    """draft.unsent occurs for each draft followupd wrote, at the moment it was written,
    with the interview the draft was about."""
    d1, d2 = draft(), draft(key="k-zoe", to=("zoe@acme.example",))
    occs = occurrences("draft.unsent", world(drafts=[d1, d2]))
    assert [o.ref for o in occs] == ["k-ana", "k-zoe"]
    assert occs[0].moment == d1.written_at
    assert occs[0].draft is d1
    assert occs[0].interview is not None and occs[0].interview.uid == "iv-1@acme.example"
    assert occs[0].application is not None and occs[0].application.id == APP_ID


# -- answer.awaited: one check-back point per application (issue 10) -------------


def test_answer_awaited_follows_an_application_without_any_interview() -> None:
    """The user's application in Sent is a point to count a check-back from: one
    occurrence at its moment, about the application, with no interview."""
    sent = message(sender=ME, to=(RITA,), from_user=True, at=START - timedelta(days=30))
    (occ,) = occurrences("answer.awaited", world(iv=None, messages=[sent]))
    assert occ.moment == sent.at and occ.interview is None
    assert occ.ref == f"{APP_ID}@application" and occ.account == "work"


def test_answer_awaited_moves_with_a_stated_timeframe_and_a_later_interview() -> None:
    """A timeframe stated later moves the moment (same occurrence: the check-back moves);
    an interview ended later makes it the interview's (a new occurrence)."""
    sent = message(sender=ME, to=(RITA,), from_user=True, at=START - timedelta(days=30))
    said = START - timedelta(days=20)
    w = world(iv=None, messages=[sent], app=application(timeframe_at=said))
    (occ,) = occurrences("answer.awaited", w)
    assert occ.moment == said and occ.ref == f"{APP_ID}@application"
    (after,) = occurrences("answer.awaited", world(messages=[sent]))
    assert after.moment == END and after.interview is not None
    assert after.ref == f"{APP_ID}@iv-1@acme.example"


def test_answer_awaited_ignores_a_cancelled_interview_and_a_closed_application() -> None:
    sent = message(sender=ME, to=(RITA,), from_user=True, at=START - timedelta(days=30))
    off = interview(status=CalendarStatus.CANCELLED)
    (occ,) = occurrences("answer.awaited", world(iv=off, messages=[sent]))
    assert occ.interview is None and occ.moment == sent.at
    rejected = world(app=application(stage=Stage.REJECTED))
    assert [
        o.application.stage for o in occurrences("answer.awaited", rejected) if o.application
    ] == [Stage.REJECTED]  # kept: rules say `unless: [rejected]`
    assert occurrences("answer.awaited", world(app=application(stage=Stage.CLOSED))) == []
