"""Reminders to the user, exactly once: by SMTP (aiosmtpd sink) or into INBOX (Dovecot).

The interview sits in a local calendar file; the shipped `debrief` rule reminds the user
an hour after it ends (max_late 2 days). Time is injected: a restart between planning
and the due moment, and days of downtime, take milliseconds.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.config import (
    IcsFileCalendar,
    RemindersConfig,
    Settings,
    SmtpConfig,
    StateConfig,
    UserConfig,
)
from followupd.deliver.reminders import smtp_sender
from followupd.domain.intents import IntentKind, IntentStatus
from followupd.pipeline import Runner, RunReport
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.integration.fixtures_calendars import *  # noqa: F403  (the fixtures)
from tests.integration.fixtures_calendars import USER
from tests.servers.dovecot import DovecotUser
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
UID = "iv-42@acme.example"
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
PLANNED_AT = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
DEBRIEF_DUE = END + timedelta(hours=1)  # the shipped debrief rule: after 1h, max_late 2d


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


@pytest.fixture
def calendar(tmp_path: Path) -> IcsFileCalendar:
    """A local calendar holding one interview of USER with two people from Acme."""
    path = tmp_path / "calendar.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd tests//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{UID}\r\nDTSTAMP:20261110T090000Z\r\nSEQUENCE:0\r\n"
        "DTSTART:20261118T140000Z\r\nDTEND:20261118T150000Z\r\n"
        "SUMMARY:Interview: Staff Engineer at Acme\r\n"
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example\r\n"
        f"ATTENDEE;CN=Sam Candidate;PARTSTAT=ACCEPTED:mailto:{USER.email}\r\n"
        "ATTENDEE;CN=Ivan Interviewer;PARTSTAT=ACCEPTED:mailto:ivan@acme.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return IcsFileCalendar(kind="ics_file", name="local", path=path)


def make_settings(
    user: DovecotUser, tmp_path: Path, calendar: IcsFileCalendar, sink: SmtpSink | None = None
) -> Settings:
    smtp = None
    if sink is not None:
        smtp = SmtpConfig(host=sink.host, port=sink.port, security="none", timeout=10)
    return Settings(
        user=UserConfig(
            name=USER.name, email=USER.email, aliases=list(USER.aliases), timezone=USER.timezone
        ),
        state=StateConfig(path=tmp_path / "state.sqlite3"),
        accounts={"work": user.account(lookback_days=3650)},
        calendars=[calendar],
        smtp=smtp,
        reminders=RemindersConfig(delivery="smtp" if sink else "inbox"),
    )


def run(settings: Settings, ruleset: RuleSet, now: datetime) -> RunReport:
    """One pass of a freshly started daemon: a new Store and Runner, closed afterwards."""
    with Store(settings.state.path) as store:
        return Runner(settings, ruleset, store, smtp=smtp_sender(settings)).run_once(now)


def reminders(report: RunReport, rule: str = "debrief") -> list[str]:
    return [d.where for d in report.done if d.rule_id == rule and d.fresh]


def inbox_notes(user: DovecotUser, rule: str = "debrief") -> list[email.message.EmailMessage]:
    out = []
    for raw in user.list_messages("INBOX"):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        if msg["X-Followupd-Rule"] == rule:
            out.append(msg)
    return out


def test_smtp_reminder_goes_to_the_user_only_once(
    dovecot: DovecotUser,
    smtp_sink: SmtpSink,
    calendar: IcsFileCalendar,
    tmp_path: Path,
    ruleset: RuleSet,
) -> None:
    """With delivery = "smtp", the debrief reminder is sent to the user alone, once in two runs."""
    settings = make_settings(dovecot, tmp_path, calendar, smtp_sink)
    assert reminders(run(settings, ruleset, PLANNED_AT)) == []
    assert smtp_sink.envelopes == []
    assert reminders(run(settings, ruleset, DEBRIEF_DUE + timedelta(minutes=1))) == ["smtp"]
    assert reminders(run(settings, ruleset, DEBRIEF_DUE + timedelta(minutes=5))) == []
    debriefs = [e for e in smtp_sink.envelopes if b"X-Followupd-Rule: debrief" in e.data]
    assert len(debriefs) == 1
    for envelope in smtp_sink.envelopes:
        assert envelope.rcpt_tos == (USER.email,) and envelope.mail_from == USER.email
    msg = email.message_from_bytes(debriefs[0].data, policy=email.policy.default)
    assert USER.email in str(msg["To"]) and msg["X-Followupd-Key"]
    assert inbox_notes(dovecot) == []  # sent, not appended
    with Store(settings.state.path) as store:
        done = [s for s in store.intents(IntentStatus.DONE) if s.intent.rule_id == "debrief"]
        assert len(done) == 1 and done[0].note == "written to smtp"


def test_inbox_reminder_is_one_flagged_note(
    dovecot: DovecotUser, calendar: IcsFileCalendar, tmp_path: Path, ruleset: RuleSet
) -> None:
    """By default the reminder is one \\Flagged note in INBOX, from and to the user, once."""
    settings = make_settings(dovecot, tmp_path, calendar)
    assert smtp_sender(settings) is None
    run(settings, ruleset, PLANNED_AT)
    assert reminders(run(settings, ruleset, DEBRIEF_DUE)) == ["inbox"]
    assert reminders(run(settings, ruleset, DEBRIEF_DUE + timedelta(minutes=30))) == []
    (note,) = inbox_notes(dovecot)
    assert USER.email in str(note["To"]) and USER.email in str(note["From"])
    assert note["X-Followupd-Key"]
    flags = dovecot.snapshot("INBOX")
    assert len(flags) == 1 and b"\\Flagged" in next(iter(flags.values()))


def test_reminder_survives_a_restart_between_plan_and_due(
    dovecot: DovecotUser, calendar: IcsFileCalendar, tmp_path: Path, ruleset: RuleSet
) -> None:
    """Planned at T by one daemon, delivered by the next one started after the due time, once."""
    settings = make_settings(dovecot, tmp_path, calendar)
    run(settings, ruleset, PLANNED_AT)  # Store and Runner closed: the daemon is gone
    with Store(settings.state.path) as store:
        (planned,) = [
            s for s in store.intents(IntentStatus.PLANNED) if s.intent.rule_id == "debrief"
        ]
        assert planned.intent.due == DEBRIEF_DUE and planned.intent.kind == IntentKind.REMIND
    assert inbox_notes(dovecot) == []
    later = DEBRIEF_DUE + timedelta(hours=3)  # well inside max_late (2 days)
    assert reminders(run(settings, ruleset, later)) == ["inbox"]
    assert reminders(run(settings, ruleset, later + timedelta(minutes=1))) == []
    assert len(inbox_notes(dovecot)) == 1


def test_downtime_past_max_late_expires_with_a_reason(
    dovecot: DovecotUser, calendar: IcsFileCalendar, tmp_path: Path, ruleset: RuleSet
) -> None:
    """After downtime longer than max_late the reminder is EXPIRED, with why, and not delivered."""
    settings = make_settings(dovecot, tmp_path, calendar)
    run(settings, ruleset, PLANNED_AT)
    back = DEBRIEF_DUE + timedelta(days=3)  # debrief: max_late 2 days
    report = run(settings, ruleset, back)
    assert reminders(report) == []
    with Store(settings.state.path) as store:
        expired = {s.intent.rule_id: s for s in store.intents(IntentStatus.EXPIRED)}
        assert {"debrief", "interview-checklist", "research-and-network"} <= set(expired)
        debrief = expired["debrief"]
        assert debrief.intent.key in report.expired
        # DEBRIEF_DUE is 16:00 UTC, 17:00 in Berlin; max_late 2 days.
        assert debrief.note == (
            "too late to be useful: the rule's max_late ended Fri 20 Nov 2026 17:00"
        )
        # What is not late yet stays planned (the check-back, 7 business days on).
        planned = {s.intent.rule_id for s in store.intents(IntentStatus.PLANNED)}
        assert "check-back" in planned
    assert inbox_notes(dovecot) == []
    # A later pass does not bring an expired reminder back.
    assert reminders(run(settings, ruleset, back + timedelta(hours=1))) == []
    assert inbox_notes(dovecot) == []


def test_smtp_sender_from_an_event_loop_and_refusing_strangers(
    dovecot: DovecotUser, smtp_sink: SmtpSink, calendar: IcsFileCalendar, tmp_path: Path
) -> None:
    """The sender also works inside a running event loop, and refuses anyone but the user."""
    import asyncio
    from email.message import EmailMessage

    from followupd.deliver.smtp import RefusedRecipient

    send = smtp_sender(make_settings(dovecot, tmp_path, calendar, smtp_sink))
    assert send is not None

    def note(to: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = USER.email, to, "Reminder"
        msg.set_content("Check back with Acme.\n")
        return msg

    async def inside_a_loop() -> None:
        send(note(USER.aliases[0]))

    asyncio.run(inside_a_loop())
    with pytest.raises(RefusedRecipient):
        send(note("ivan@acme.example"))
    assert [e.rcpt_tos for e in smtp_sink.envelopes] == [(USER.aliases[0],)]
