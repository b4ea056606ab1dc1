"""Interviews found in calendars get the playbook: Radicale (CalDAV) or an .ics address → Drafts.

A real Radicale server holds the calendar, a real Dovecot the mailbox; the shipped rules
plan, and time is injected, so a day of timers takes milliseconds.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from followupd.config import (
    CalDavCalendar,
    CalendarConfig,
    IcsFileCalendar,
    IcsUrlCalendar,
    Settings,
    StateConfig,
    UserConfig,
)
from followupd.domain.intents import IntentKind, IntentStatus
from followupd.domain.model import CalendarStatus
from followupd.pipeline import Runner, RunReport
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.integration.fixtures_calendars import *  # noqa: F403  (the fixtures)
from tests.invitations import PANEL, USER, invitation
from tests.servers.dovecot import DovecotUser
from tests.servers.http import IcsHttpServer
from tests.servers.radicale import RadicaleUser, free_port

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
UID = "interview-7f3a@northwind-robotics.example"  # the same UID as tests.invitations
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
BEFORE = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
AFTER = END + timedelta(hours=1)
MOVED = timedelta(days=2)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(
    *,
    uid: str = UID,
    start: datetime = START,
    end: datetime = END,
    sequence: int = 0,
    summary: str = "Interview: Senior Backend Engineer – Northwind Robotics (panel)",
    panel: tuple[tuple[str, str], ...] = PANEL,
    my_answer: str = "ACCEPTED",
) -> str:
    """One event as it sits in the user's calendar (no METHOD: it is not an invitation)."""
    organizer = f'ORGANIZER;CN="{panel[0][0]}":mailto:{panel[0][1]}\r\n' if panel else ""
    people = "".join(
        f'ATTENDEE;CN="{name}";PARTSTAT=ACCEPTED:mailto:{addr}\r\n' for name, addr in panel[1:]
    )
    me = f'ATTENDEE;CN="{USER[0]}";PARTSTAT={my_answer}:mailto:{USER[1]}\r\n' if panel else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd tests//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{_stamp(datetime(2026, 11, 10, 9, 0, tzinfo=UTC) + timedelta(hours=sequence))}\r\n"
        f"SEQUENCE:{sequence}\r\nDTSTART:{_stamp(start)}\r\nDTEND:{_stamp(end)}\r\n"
        f"SUMMARY:{summary}\r\n{organizer}{me}{people}"
        "DESCRIPTION:Panel interview for the Senior Backend Engineer role.\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def caldav(radicale: RadicaleUser, url: str) -> CalDavCalendar:
    return CalDavCalendar(
        kind="caldav",
        name="work-calendar",
        url=url,
        username=radicale.username,
        password=radicale.password,  # type: ignore[arg-type]
        timeout=10,
    )


def make_settings(user: DovecotUser, tmp_path: Path, calendars: list[CalendarConfig]) -> Settings:
    return Settings(
        user=UserConfig(name=USER[0], email=USER[1], timezone="Europe/Berlin"),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={"work": user.account(lookback_days=3650)},
        calendars=calendars,
    )


def run(settings: Settings, ruleset: RuleSet, now: datetime) -> RunReport:
    with Store(settings.state.path) as store:
        return Runner(settings, ruleset, store).run_once(now)


def thanks(report: RunReport) -> list[str]:
    return sorted(d.to for d in report.drafts if d.rule_id == "thank-you")


def drafts(
    user: DovecotUser, tmp_path: Path, rule: str = "thank-you"
) -> list[email.message.EmailMessage]:
    """The drafts of one rule in the Drafts folder (the state says which rule wrote which)."""
    return user.messages_of_rule("Drafts", rule, tmp_path / "state.sqlite3")


def panel_recipients() -> list[str]:
    return sorted(f"{name} <{addr}>" for name, addr in PANEL[1:] + PANEL[:1])


@pytest.fixture
def calendar_url(radicale: RadicaleUser) -> str:
    return radicale.make_calendar("work")


def test_interview_only_in_radicale_gets_thank_you_drafts_once(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """An interview only in a CalDAV calendar gets one thank-you draft per interviewer, once."""
    assert radicale.put_event(calendar_url, "iv.ics", event_ics()) in (201, 204)
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    first = run(settings, ruleset, BEFORE)
    assert first.interviews == {UID: "new"} and first.problems == []
    assert thanks(first) == [] and drafts(dovecot, tmp_path) == []
    assert len(thanks(run(settings, ruleset, AFTER))) == 3
    assert thanks(run(settings, ruleset, AFTER + timedelta(minutes=5))) == []
    msgs = drafts(dovecot, tmp_path)
    assert sorted(str(m["To"]) for m in msgs) == panel_recipients()
    assert all("Northwind Robotics" in m["Subject"] for m in msgs)
    with Store(settings.state.path) as store:
        ((account, iv),) = store.interviews()
        assert account == "work" and iv.source == "calendar work-calendar"
        assert store.calendar_state("work-calendar")


def test_same_interview_by_mail_and_calendar_is_one(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """The invitation mail and the calendar event share a UID: one interview, no duplicate drafts."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    radicale.put_event(calendar_url, "iv.ics", event_ics())
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    run(settings, ruleset, BEFORE)
    assert len(thanks(run(settings, ruleset, AFTER))) == 3
    assert thanks(run(settings, ruleset, AFTER + timedelta(hours=2))) == []
    assert len(drafts(dovecot, tmp_path)) == 3
    notes = [raw for raw in dovecot.list_messages("INBOX") if b"X-Followupd-Rule: debrief" in raw]
    assert len(notes) == 1
    with Store(settings.state.path) as store:
        assert len(store.interviews()) == 1
        scheduled = [h for h in store.happenings() if h.kind == "interview.scheduled"]
        assert len(scheduled) == 1


def test_event_moved_in_radicale_moves_the_drafts(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """Moved in the calendar (sync-token change): nothing at the old end, drafts after the new one."""
    radicale.put_event(calendar_url, "iv.ics", event_ics())
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    run(settings, ruleset, BEFORE)
    moved = event_ics(start=START + MOVED, end=END + MOVED, sequence=1)
    radicale.put_event(calendar_url, "iv.ics", moved)
    report = run(settings, ruleset, AFTER)
    assert report.interviews == {UID: "rescheduled"}
    assert thanks(report) == [] and drafts(dovecot, tmp_path) == []
    assert len(thanks(run(settings, ruleset, AFTER + MOVED))) == 3


def test_event_deleted_in_radicale_withdraws_everything(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """Deleted from the calendar: the interview is cancelled and its planned intents withdrawn."""
    radicale.put_event(calendar_url, "iv.ics", event_ics())
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    run(settings, ruleset, BEFORE)
    with Store(settings.state.path) as store:
        assert any(s.intent.rule_id == "thank-you" for s in store.intents(IntentStatus.PLANNED))
    assert radicale.delete_event(calendar_url, "iv.ics") in (200, 204)
    report = run(settings, ruleset, AFTER)
    assert report.interviews == {UID: "cancelled"}
    assert report.done == [] and drafts(dovecot, tmp_path) == []
    with Store(settings.state.path) as store:
        iv = store.interview(UID)
        assert iv is not None and iv.status == CalendarStatus.CANCELLED
        assert store.intents(IntentStatus.PLANNED) == []
        withdrawn = store.intents(IntentStatus.WITHDRAWN)
        assert {s.intent.rule_id for s in withdrawn} >= {"thank-you", "debrief"}
    assert [r for r in dovecot.list_messages("INBOX") if b"X-Followupd-Key" in r] == []


def test_personal_event_without_company_gives_nothing(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """A personal event ("Dentist", nobody invited) is no interview: no drafts, no reminders."""
    radicale.put_event(
        calendar_url, "dentist.ics", event_ics(uid="dentist-1@me", summary="Dentist", panel=())
    )
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    run(settings, ruleset, BEFORE)
    report = run(settings, ruleset, AFTER + timedelta(days=1))
    assert report.interviews == {} and report.done == []
    with Store(settings.state.path) as store:
        assert store.interviews() == [] and store.intents() == []
    assert drafts(dovecot, tmp_path) == [] and dovecot.list_messages("INBOX") == []


def test_declined_interview_gives_nothing(
    dovecot: DovecotUser,
    radicale: RadicaleUser,
    calendar_url: str,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """An interview the user declined in their calendar is not attended: nothing is planned."""
    radicale.put_event(calendar_url, "iv.ics", event_ics(my_answer="DECLINED"))
    settings = make_settings(dovecot, tmp_path, [caldav(radicale, calendar_url)])
    run(settings, ruleset, BEFORE)
    assert run(settings, ruleset, AFTER).done == []
    with Store(settings.state.path) as store:
        assert store.interviews() == [] and store.intents() == []
    assert drafts(dovecot, tmp_path) == []


def test_ics_address_calendar_through_http(
    dovecot: DovecotUser,
    ics_file: Path,
    ics_server: IcsHttpServer,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """An interview in an .ics feed (secret address) gets its drafts; the address is never logged."""
    ics_file.write_text(event_ics())
    feed = IcsUrlCalendar(kind="ics_url", name="feed", url=ics_server.url, timeout=10)  # type: ignore[arg-type]
    settings = make_settings(dovecot, tmp_path, [feed])
    with capture_logs() as logs:
        assert run(settings, ruleset, BEFORE).interviews == {UID: "new"}
        assert len(thanks(run(settings, ruleset, AFTER))) == 3
    assert ics_server.statuses == [200, 304]  # the second read was a conditional GET
    assert ics_server.secret not in repr(logs)
    assert any(e["event"] == "calendar.done" and e["interviews"] == 1 for e in logs)
    assert sorted(str(m["To"]) for m in drafts(dovecot, tmp_path)) == panel_recipients()


def test_unreachable_calendar_does_not_stop_the_mail(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A calendar that cannot be reached is reported; invitations in mail still get their drafts."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    port = free_port()
    gone = CalDavCalendar(
        kind="caldav",
        name="gone",
        url=f"http://127.0.0.1:{port}/u/cal/",
        username="u",
        password="pw-7c1e9d",  # type: ignore[arg-type]
        timeout=2,
    )
    settings = make_settings(dovecot, tmp_path, [gone])
    report = run(settings, ruleset, AFTER)
    assert len(thanks(report)) == 3
    assert len(report.problems) == 1 and report.problems[0].startswith("calendar gone: ")
    assert "pw-7c1e9d" not in report.problems[0]
    with Store(settings.state.path) as store:
        assert store.calendar_state("gone") is None
        kinds = {s.intent.kind for s in store.intents(IntentStatus.DONE)}
        assert IntentKind.DRAFT in kinds


def test_plan_reads_calendars_but_changes_nothing(
    dovecot: DovecotUser, ics_file: Path, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A dry run (`plan`: in-memory copy, write=False) sees calendar interviews, stores nothing."""
    ics_file.write_text(event_ics())
    local = IcsFileCalendar(kind="ics_file", name="local", path=ics_file)
    settings = make_settings(dovecot, tmp_path, [local])
    with Store(settings.state.path, in_memory_copy=True) as store:
        report = Runner(settings, ruleset, store).run_once(AFTER, write=False)
        assert report.interviews == {UID: "new"}
        assert report.plan is not None
        assert {i.rule_id for i in report.plan.intents} >= {"thank-you", "debrief"}
    assert not settings.state.path.exists()
    assert drafts(dovecot, tmp_path) == [] and dovecot.list_messages("INBOX") == []
