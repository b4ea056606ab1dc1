"""Reading calendars into interviews: judging feed events, state, deletions, broken calendars.

The reader is a fake here (the real readers are tested against Radicale, an HTTP server
and files in tests/integration); the judge, the Tracker and the Store are the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.calendars import CalendarChanges, CalendarReader
from followupd.config import IcsFileCalendar, IcsUrlCalendar, Settings, StateConfig, UserConfig
from followupd.domain.errors import ServerUnreachable
from followupd.domain.model import Attendee, CalendarItem, CalendarStatus, Person, UserIdentity
from followupd.pipeline.calendar_pass import Calendar, read_calendars
from followupd.pipeline.tracker import Tracker
from followupd.store import SCHEMA_VERSION, Store
from followupd.understand.interview import judge

NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
ME = "jordan.lee@example.org"
TOKEN = "private-0a1b2c3d4e5f"
PANEL = (
    Person(email="priya@northwind.example", name="Priya Raman"),
    Person(email="zoe@northwind.example", name="Zoë Müller"),
)


def event(uid: str = "iv-1@northwind.example", **changes: object) -> CalendarItem:
    base = CalendarItem(
        uid=uid,
        summary="Interview: Senior Backend Engineer – Northwind Robotics",
        start=START,
        end=START + timedelta(minutes=90),
        dtstamp=datetime(2026, 11, 1, tzinfo=UTC),
        organizer=PANEL[0],
        attendees=(
            Attendee(person=Person(email=ME), partstat="ACCEPTED"),
            Attendee(person=PANEL[1], partstat="ACCEPTED"),
        ),
    )
    return base.model_copy(update=changes)


@dataclass
class FakeReader:
    """Answers each read with the next prepared CalendarChanges; records the states given."""

    name: str
    answers: list[CalendarChanges | Exception]
    states: list[str | None] = field(default_factory=list)

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
        self.states.append(state)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def settings(tmp_path: Path, *calendars: Calendar) -> Settings:
    return Settings(
        user=UserConfig(name="Jordan Lee", email=ME, timezone="Europe/Berlin"),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={"work": {"kind": "maildir", "path": tmp_path / "mail"}},  # type: ignore[dict-item]
        calendars=list(calendars),
    )


FILE = IcsFileCalendar(kind="ics_file", name="personal", path=Path("/nowhere"))


def read(
    s: Settings, store: Store, readers: dict[str, FakeReader], found: dict[str, str] | None = None
) -> list[str]:
    user = s.user.identity()

    def open_reader(config: Calendar) -> CalendarReader:
        return readers[config.name]

    return read_calendars(
        s, store, lambda: Tracker(store, user), NOW, open_reader=open_reader, found=found
    )


def test_feed_event_with_company_attendees_is_an_interview(tmp_path: Path) -> None:
    """A calendar event with people from a company is recorded as an interview of the first account."""
    s = settings(tmp_path, FILE)
    reader = FakeReader("personal", [CalendarChanges(items=[event()], state="s1", full=True)])
    found: dict[str, str] = {}
    with Store(s.state.path) as store:
        assert read(s, store, {"personal": reader}, found) == []
        ((account, iv),) = store.interviews()
        assert (account, iv.uid, iv.source) == ("work", event().uid, "calendar personal")
        assert sorted(p.email for p in iv.interviewers) == sorted(p.email for p in PANEL)
        assert found == {event().uid: "new"}
        assert [h.kind for h in store.happenings()] == ["interview.scheduled"]


def test_published_feed_events_are_judged_without_method() -> None:
    """METHOD:PUBLISH rules out a mailed event, but a feed's events are judged without it."""
    user = UserIdentity(email=ME)
    published = event(method="PUBLISH")
    assert judge(published, user=user).interview is None
    assert judge(published.model_copy(update={"method": ""}), user=user).interview is not None


@pytest.mark.parametrize(
    ("title", "organizer", "is_interview"),
    [
        ("Interview: Backend Engineer at Acme", None, True),  # the title says so, fully
        ("Interview", None, False),  # says interview, but nothing else: not enough
        ("Dentist", None, False),
        ("Team lunch", None, False),
        ("Interview prep", None, False),
        ("Interview: Backend Engineer at Acme", Person(email=ME), False),  # the user's own block
    ],
)
def test_event_without_company_attendees_counts_only_by_its_title(
    tmp_path: Path, title: str, organizer: Person | None, is_interview: bool
) -> None:
    """Without anyone from a company, only a title that clearly says interview makes one."""
    s = settings(tmp_path, FILE)
    lone = event(summary=title, organizer=organizer, attendees=())
    reader = FakeReader("personal", [CalendarChanges(items=[lone], state="s1", full=True)])
    with Store(s.state.path) as store:
        read(s, store, {"personal": reader})
        interviews = store.interviews()
        assert bool(interviews) is is_interview
        if interviews:
            assert interviews[0][1].interviewers == ()


@pytest.mark.parametrize(
    "changes",
    [
        {"recurring": True},
        {"recurrence_id": START},
        {"all_day": True},
        {"attendees": (Attendee(person=Person(email=ME), partstat="DECLINED"),)},
    ],
)
def test_recurring_all_day_and_declined_events_are_not_followed(
    tmp_path: Path, changes: dict[str, object]
) -> None:
    """Recurring series, their instances, all-day events and declined events are no interview."""
    s = settings(tmp_path, FILE)
    item = event(**changes)
    reader = FakeReader("personal", [CalendarChanges(items=[item], state="s1", full=True)])
    with Store(s.state.path) as store:
        read(s, store, {"personal": reader})
        assert store.interviews() == []


def test_state_is_stored_and_handed_back(tmp_path: Path) -> None:
    """The reader's new state is stored with the interviews and given to the next read."""
    s = settings(tmp_path, FILE)
    reader = FakeReader(
        "personal",
        [CalendarChanges(items=[event()], state="s1", full=True), CalendarChanges(state="s2")],
    )
    with Store(s.state.path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        read(s, store, {"personal": reader})
        assert store.calendar_state("personal") == "s1"
        read(s, store, {"personal": reader})
        assert store.calendar_state("personal") == "s2"
    assert reader.states == [None, "s1"]


def test_deleted_event_cancels_the_interview(tmp_path: Path) -> None:
    """An interview deleted from the calendar is cancelled (a newer revision), once."""
    s = settings(tmp_path, FILE)
    uid = event().uid
    reader = FakeReader(
        "personal",
        [
            CalendarChanges(items=[event()], state="s1", full=True),
            CalendarChanges(deleted_uids=[uid, "unknown@else.example"], state="s2"),
            CalendarChanges(deleted_uids=[uid], state="s3"),
        ],
    )
    with Store(s.state.path) as store:
        read(s, store, {"personal": reader})
        found: dict[str, str] = {}
        read(s, store, {"personal": reader}, found)
        assert found == {uid: "cancelled"}
        iv = store.interview(uid)
        assert iv is not None and iv.status == CalendarStatus.CANCELLED and iv.sequence == 1
        read(s, store, {"personal": reader})
        kinds = [h.kind for h in store.happenings()]
        assert kinds == ["interview.scheduled", "interview.cancelled"]


def test_declining_a_known_interview_cancels_it(tmp_path: Path) -> None:
    """An interview known (e.g. from mail) that the user then declines in the calendar is off."""
    s = settings(tmp_path, FILE)
    declined = event(
        attendees=(Attendee(person=Person(email=ME), partstat="DECLINED"),),
        dtstamp=datetime(2026, 11, 2, tzinfo=UTC),
    )
    reader = FakeReader(
        "personal",
        [
            CalendarChanges(items=[event()], state="s1", full=True),
            CalendarChanges(items=[declined], state="s2"),
        ],
    )
    with Store(s.state.path) as store:
        read(s, store, {"personal": reader})
        read(s, store, {"personal": reader})
        iv = store.interview(event().uid)
        assert iv is not None and iv.status == CalendarStatus.CANCELLED


def test_a_broken_calendar_is_reported_and_the_others_read(tmp_path: Path) -> None:
    """One calendar failing is a problem naming it (never its secret address); others go on."""
    secret_url = f"https://calendar.example.com/ical/{TOKEN}/basic.ics"
    feed = IcsUrlCalendar(kind="ics_url", name="google", url=secret_url)  # type: ignore[arg-type]
    s = settings(tmp_path, feed, FILE)
    readers = {
        "google": FakeReader("google", [OSError(f"cannot open {secret_url}")]),
        "personal": FakeReader("personal", [CalendarChanges(items=[event()], state="s1")]),
    }
    with Store(s.state.path) as store:
        problems = read(s, store, readers)
        assert len(problems) == 1 and problems[0].startswith("calendar google: OSError")
        assert TOKEN not in problems[0]
        assert store.calendar_state("google") is None
        assert len(store.interviews()) == 1
        readers["google"].answers.append(ServerUnreachable("cannot reach calendar google"))
        readers["personal"].answers.append(CalendarChanges(state="s2"))
        assert read(s, store, readers) == ["calendar google: cannot reach calendar google"]
