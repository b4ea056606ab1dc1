"""Following a hiring conversation through a real Dovecot mailbox (issue 4).

One application (Northwind Robotics): an invitation for an interview on Wednesday
18 November 2026, 14:00–15:30 UTC, then the answers of the company, an applicant-
tracking notice, the user's own mail in Sent — and mail from another company that must
not touch it. Each test runs the whole Runner with an injected `now`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.domain.model import Application, Stage
from followupd.pipeline import Runner
from followupd.pipeline.runner import RunReport
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.world import Happening
from followupd.store import Store
from tests.integration.test_pipeline import make_settings
from tests.invitations import PANEL, USER, invitation, reply
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
INVITE_ID = "<interview-7f3a@northwind-robotics.example.0.request@calendar.example>"
APP = "northwind-robotics.example"
BERLIN_WINTER = timezone(timedelta(hours=1))  # the recruiter's Date header: +0100


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def run(user: DovecotUser, tmp_path: Path, ruleset: RuleSet, now: datetime) -> RunReport:
    settings = make_settings(user, tmp_path)
    with Store(settings.state.path) as store:
        return Runner(settings, ruleset, store).run_once(now)


def application(tmp_path: Path) -> Application:
    with Store(tmp_path / "state.sqlite3") as store:
        app = store.application(APP)
    assert app is not None, "the application was not recorded"
    return app


def happenings(tmp_path: Path, kind: str) -> list[Happening]:
    with Store(tmp_path / "state.sqlite3") as store:
        return [h for h in store.happenings(APP) if h.kind == kind]


def by_friday() -> bytes:
    """Thursday 19 November, 10:00 in Berlin: the recruiter promises an answer by Friday."""
    return reply(
        "Hi Jordan,\n\nThank you for coming in yesterday, the team enjoyed meeting you.\n"
        "We'll get back to you by Friday.\n\nBest,\nRosa\n",
        sent=datetime(2026, 11, 19, 10, 0, tzinfo=BERLIN_WINTER),
        message_id="<friday.1@northwind-robotics.example>",
        in_reply_to=INVITE_ID,
    )


def rejection(sent: datetime = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)) -> bytes:
    return reply(
        "Hi Jordan,\n\nThank you again for your time. After careful consideration, we have "
        "decided to move forward with other candidates whose experience more closely matches "
        "what the team needs right now.\n\nWe wish you all the best.\nRosa\n",
        sent=sent,
        message_id="<no.1@northwind-robotics.example>",
        in_reply_to="<friday.1@northwind-robotics.example>",
        references=(INVITE_ID, "<friday.1@northwind-robotics.example>"),
    )


def test_stated_timeframe_is_recorded_and_fires(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """invitation → interview → 'we'll get back to you by Friday': the application holds the
    exact moment (Friday 18:00 in the sender's zone, 17:00 UTC) and timeframe.stated is a
    happening anchored to it."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    run(dovecot, tmp_path, ruleset, START - timedelta(hours=2))
    dovecot.append("INBOX", by_friday())
    run(dovecot, tmp_path, ruleset, datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    friday = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
    app = application(tmp_path)
    assert app.timeframe_due == friday
    assert "by Friday" in app.timeframe
    assert app.timeframe_at == datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    (stated,) = happenings(tmp_path, "timeframe.stated")
    assert stated.at == friday and stated.due == friday
    assert stated.message is not None
    assert stated.message.message_id == "<friday.1@northwind-robotics.example>"
    replies = {h.message.message_id for h in happenings(tmp_path, "reply.received") if h.message}
    assert "<friday.1@northwind-robotics.example>" in replies


def test_rejection_recorded_once_even_when_read_twice(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A rejection in the thread marks the application rejected and records
    rejection.received once — also when a UIDVALIDITY change makes followupd read it again."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", by_friday())
    dovecot.append("INBOX", rejection())
    now = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    report = run(dovecot, tmp_path, ruleset, now)
    assert report.happenings.count("rejection.received") == 1
    dovecot.set_uidvalidity("INBOX", dovecot.uidvalidity("INBOX") + 1000)
    again = run(dovecot, tmp_path, ruleset, now + timedelta(minutes=5))
    assert again.messages_read >= 3  # the folder was read again …
    assert "rejection.received" not in again.happenings  # … and nothing fired twice
    (rejected,) = happenings(tmp_path, "rejection.received")
    assert "other candidates" in rejected.evidence
    assert application(tmp_path).stage == Stage.REJECTED


def test_old_rejection_of_another_company_does_not_touch_this_one(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """An older rejection from another company (other domain, older date) becomes part of
    that company's process, not of this application."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append(
        "INBOX",
        reply(
            "Dear Jordan,\n\nWe regret to inform you that we have decided to move forward with "
            "other candidates.\n\nGlobex Talent Team\n",
            subject="Your application at Globex",
            sender=("Mia Wong", "mia.wong@globex.example"),
            sent=datetime(2026, 9, 2, 8, 0, tzinfo=UTC),
            message_id="<old.no@globex.example>",
        ),
    )
    run(dovecot, tmp_path, ruleset, END + timedelta(hours=1))
    app = application(tmp_path)
    assert app.stage == Stage.INTERVIEWING
    assert happenings(tmp_path, "rejection.received") == []
    with Store(tmp_path / "state.sqlite3") as store:
        assert all(m.application != APP for m in store.messages() if "globex" in m.message_id)


def test_ats_notice_naming_the_company_joins_the_application(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A Greenhouse no-reply notice that names the company joins its application (as
    automated mail, which is no reply from a person)."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThank you for interviewing with Northwind Robotics. Please take a "
            "minute to tell us about your candidate experience.\n\nNorthwind Robotics Recruiting\n",
            subject="Northwind Robotics: how was your interview?",
            sender=("Northwind Robotics", "no-reply@greenhouse.io"),
            sent=END + timedelta(hours=3),
            message_id="<survey.1@greenhouse.io>",
        ),
    )
    run(dovecot, tmp_path, ruleset, END + timedelta(hours=4))
    with Store(tmp_path / "state.sqlite3") as store:
        (notice,) = [m for m in store.messages(APP) if m.message_id == "<survey.1@greenhouse.io>"]
    assert notice.automated
    replies = {h.message.message_id for h in happenings(tmp_path, "reply.received") if h.message}
    assert "<survey.1@greenhouse.io>" not in replies


def test_sent_mail_to_a_contact_is_read_once_the_contact_is_known(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """The user's own mail in Sent is read first; a thank-you to an interviewer who is not
    known yet (the invitation is in INBOX) starts nothing and is kept, then read again once
    the invitation made her a contact — recorded as theirs (last_from_me), with its text."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    sent_at = END + timedelta(hours=2)
    dovecot.append(
        "Sent",
        reply(
            "Dear Priya,\n\nThank you for the conversation today.\nJordan\n",
            subject="Thank you",
            sender=USER,
            to=(PANEL[0],),
            sent=sent_at,
            message_id="<thanks.1@example.org>",
        ),
        flags=[b"\\Seen"],
    )
    report = run(dovecot, tmp_path, ruleset, sent_at + timedelta(hours=1))
    assert report.messages_seen == 2
    # the thank-you (read in case it starts a process), the invitation, the thank-you again
    assert report.messages_read == 3
    app = application(tmp_path)
    assert app.last_from_me == sent_at
    with Store(tmp_path / "state.sqlite3") as store:
        (mine,) = [m for m in store.messages(APP) if m.message_id == "<thanks.1@example.org>"]
        assert store.skipped_count() == 0  # nothing left waiting
    assert mine.from_user
    assert "Thank you for the conversation" in mine.text


def went_another_way() -> bytes:
    return reply(
        "Hi Jordan,\n\nThanks for your time on Wednesday. Regretfully, the team went another "
        "way.\n\nAll the best,\nRosa\n",
        sent=datetime(2026, 11, 20, 11, 0, tzinfo=BERLIN_WINTER),
        message_id="<another.way@northwind-robotics.example>",
        in_reply_to=INVITE_ID,
    )


@pytest.mark.parametrize("extended", [False, True], ids=["built-in", "with-lexicon"])
def test_rule_file_lexicon_teaches_a_new_rejection_phrase(
    dovecot: DovecotUser, tmp_path: Path, extended: bool
) -> None:
    """A rule file's `lexicon:` adds phrases to the classifier: with 'regretfully, the team
    went another way' as a rejection phrase, such a message fires rejection.received and the
    application is rejected; without it, the same message is only a reply."""
    extra = tmp_path / "rules" / "90-lexicon.yaml"
    extra.parent.mkdir()
    extra.write_text(
        "version: 1\nlexicon:\n  rejection:\n"
        '    - "regretfully, the team went another way"\n'
        '  not_rejection: [{pattern: "hiring freeze", weight: 1.5}]\n'
    )
    folders = [ROOT / "rules", *([extra.parent] if extended else [])]
    ruleset = load_rules(folders, [ROOT / "rules" / "templates"])
    dovecot.append("INBOX", invitation(start=START, end=END))
    dovecot.append("INBOX", went_another_way())
    run(dovecot, tmp_path, ruleset, datetime(2026, 11, 20, 11, 0, tzinfo=UTC))
    rejected = happenings(tmp_path, "rejection.received")
    assert [h.message.message_id for h in rejected if h.message] == (
        ["<another.way@northwind-robotics.example>"] if extended else []
    )
    assert application(tmp_path).stage == (Stage.REJECTED if extended else Stage.INTERVIEWING)


def test_an_invitation_read_before_its_company_is_known_is_read_again(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """A calendar invitation that says little ("Jordan Lee / Priya Raman") arrives before
    anything made Northwind a process: read, judged no interview, and kept — not dropped
    for good. Once Priya's "Thank you for applying" starts the application, it is read
    again as the interview it is."""
    dovecot.append(
        "INBOX",
        invitation(start=START, end=END, summary="Jordan Lee / Priya Raman",
                   description="Looking forward to it.", attendees=PANEL[:1]),
    )  # fmt: skip
    dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThank you for applying for the Senior Backend Engineer role at "
            "Northwind Robotics. I've sent you an invitation for our first chat.\n\nPriya\n",
            subject="Your application - Northwind Robotics",
            sender=PANEL[0],
            sent=datetime(2026, 11, 11, 9, 0, tzinfo=UTC),
            message_id="<ack.1@northwind-robotics.example>",
        ),
    )
    run(dovecot, tmp_path, ruleset, datetime(2026, 11, 12, 9, 0, tzinfo=UTC))
    with Store(tmp_path / "state.sqlite3") as store:
        found = [iv for _, iv in store.interviews()]
        assert store.skipped_count() == 0
    assert [iv.start for iv in found] == [START]
    assert [p.email for p in found[0].interviewers] == [PANEL[0][1]]
