"""An interview invitation with more than MAX_INTERVIEWERS people: no interview, one happening."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followupd.domain.model import (
    Attendee,
    CalendarItem,
    CalendarStatus,
    ParsedMessage,
    Person,
    UserIdentity,
)
from followupd.rules.triggers import TRIGGERS
from followupd.track import HappeningRecorded, InterviewRecorded, Observed, TrackState, decide
from followupd.understand import MAX_INTERVIEWERS, judge, parse_calendar
from followupd.understand.conversation import ApplicationIndex
from followupd.understand.ics import MAX_ATTENDEES_READ

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
ME = Attendee(person=Person(email=USER.email, name="Jordan Lee"))
NOW = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
CROWD = tuple(
    Attendee(person=Person(email=f"p{i}@acme-robotics.com", name=f"Person {i}")) for i in range(20)
)


def item(summary: str, **kw: object) -> CalendarItem:
    fields: dict[str, object] = {
        "uid": "crowd-1@acme-robotics.com",
        "method": "REQUEST",
        "summary": summary,
        "start": datetime(2026, 11, 18, 14, tzinfo=UTC),
        "end": datetime(2026, 11, 18, 15, tzinfo=UTC),
        "organizer": Person(email="priya@acme-robotics.com", name="Priya Raman"),
        "attendees": (ME, *CROWD),
    }
    fields.update(kw)
    return CalendarItem.model_validate(fields)


def test_a_crowded_interview_is_no_interview_but_is_kept_as_crowded() -> None:
    """An interview on every other count, with 21 people: no interview, the crowd reason,
    and the interview it would have been (with every person) as `crowded`."""
    verdict = judge(item("Technical interview – Backend Engineer"), user=USER)
    assert verdict.interview is None
    assert "21 attendees: an event, not an interview" in verdict.reason
    assert verdict.crowded is not None
    assert len(verdict.crowded.interviewers) == 21 > MAX_INTERVIEWERS
    assert verdict.crowded.title == "Technical interview – Backend Engineer"


def test_a_crowded_webinar_or_town_hall_is_not_crowded() -> None:
    """Only what scores as an interview is `crowded`: a webinar and a town hall are not."""
    for title in ("Webinar: interview tips", "Town hall Q4"):
        verdict = judge(item(title), user=USER)
        assert verdict.interview is None and verdict.crowded is None, title
        assert verdict.reason


def test_a_cancelled_crowded_interview_needs_no_note() -> None:
    """A cancellation of a crowded interview is not `crowded`: there is nobody to thank."""
    cancelled = item("Technical interview", method="CANCEL", status=CalendarStatus.CANCELLED)
    assert judge(cancelled, user=USER).crowded is None


def observed() -> Observed:
    crowded = judge(item("Technical interview"), user=USER).crowded
    assert crowded is not None
    msg = ParsedMessage(
        message_id="<inv-1@acme-robotics.com>",
        subject="Invitation: Technical interview",
        sender=Person(email="priya@acme-robotics.com", name="Priya Raman"),
        to=(Person(email=USER.email),),
        date=NOW - timedelta(hours=1),
        text="You have been invited.",
    )
    return Observed(msg, msg.text, (), (), (crowded,))


def test_a_crowded_invitation_records_one_happening_and_no_interview() -> None:
    """decide records `interview.crowded` once (stable id: uid + kind) with the title and
    the count in words, records no interview, and a second reading adds nothing."""
    state = TrackState(index=ApplicationIndex(applications={}))
    out = decide(state, "work", observed(), user=USER, now=NOW)
    assert not any(isinstance(c, InterviewRecorded) for c in out.changes)
    (h,) = [c.happening for c in out.changes if isinstance(c, HappeningRecorded)]
    assert h.kind == "interview.crowded"
    assert h.id == "crowd-1@acme-robotics.com:interview.crowded"
    assert h.at == NOW - timedelta(hours=1)
    assert h.evidence == '"Technical interview" invites 21 people besides you'
    assert h.message is not None and h.message.subject == "Invitation: Technical interview"
    for change in out.changes:
        state.apply(change)
    again = decide(state, "work", observed(), user=USER, now=NOW)
    assert not any(isinstance(c, HappeningRecorded) for c in again.changes)


def test_a_crowd_cut_short_is_counted_as_at_least() -> None:
    """Past MAX_ATTENDEES_READ attendees the rest are not read: the note says "at least"."""
    many = "".join(f"ATTENDEE;CN=P{i}:mailto:p{i}@acme-robotics.com\r\n" for i in range(150))
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:big-1\r\n"
        "DTSTART:20261118T140000Z\r\nDTEND:20261118T150000Z\r\nSUMMARY:Technical interview\r\n"
        f"ORGANIZER;CN=Priya Raman:mailto:priya@acme-robotics.com\r\n"
        f"ATTENDEE;CN=Jordan Lee:mailto:{USER.email}\r\n{many}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (big,), _ = parse_calendar(ics)
    crowded = judge(big, user=USER).crowded
    assert crowded is not None
    state = TrackState(index=ApplicationIndex(applications={}))
    msg = observed().message
    out = decide(state, "work", Observed(msg, crowded=(crowded,)), user=USER, now=NOW)
    (h,) = [c.happening for c in out.changes if isinstance(c, HappeningRecorded)]
    assert (
        h.evidence
        == f'"Technical interview" invites at least {MAX_ATTENDEES_READ} people besides you'
    )


def test_the_trigger_documents_the_limit() -> None:
    """interview.crowded is in the trigger vocabulary and names MAX_INTERVIEWERS."""
    assert f"more than {MAX_INTERVIEWERS} people" in TRIGGERS["interview.crowded"].doc
