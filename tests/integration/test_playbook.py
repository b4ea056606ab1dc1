"""The shipped playbook (rules/*.yaml), one rule at a time, against a real Dovecot.

The story: an invitation for a panel interview with Northwind Robotics on Wednesday
18 November 2026, 14:00–15:30 UTC (15:00–16:30 in the user's Berlin), three
interviewers, Priya Raman the organizer and so the application's contact. Each test
appends the mail of its scenario and runs the Runner at injected moments.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.domain.intents import IntentStatus
from followupd.domain.model import Stage
from followupd.pipeline import Runner
from followupd.pipeline.runner import RunReport
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.integration.test_pipeline import make_settings
from tests.invitations import PANEL, USER, invitation, reply
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
END = START + timedelta(minutes=90)
BEFORE = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
INVITE_ID = "<interview-7f3a@northwind-robotics.example.0.request@calendar.example>"
APP = "northwind-robotics.example"
BERLIN = timezone(timedelta(hours=1))  # the company's Date headers: +0100
PRIYA, ZOE, SAM = (addr for _name, addr in PANEL)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


@pytest.fixture
def interview(dovecot: DovecotUser) -> DovecotUser:
    """A mailbox holding the invitation."""
    dovecot.append("INBOX", invitation(start=START, end=END))
    return dovecot


def run(user: DovecotUser, tmp_path: Path, ruleset: RuleSet, now: datetime) -> RunReport:
    settings = make_settings(user, tmp_path)
    with Store(settings.state.path) as store:
        return Runner(settings, ruleset, store).run_once(now)


def written(user: DovecotUser, folder: str, rule: str) -> list[EmailMessage]:
    """followupd's messages of one rule in a folder (notes in INBOX, drafts in Drafts: the
    state file the test's settings gave the mailbox says which rule wrote a draft)."""
    return user.messages_of_rule(folder, rule)


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def statuses(tmp_path: Path, rule: str) -> list[IntentStatus]:
    with Store(tmp_path / "state.sqlite3") as store:
        return [s.status for s in store.intents() if s.intent.rule_id == rule]


def user_sent(
    to: tuple[str, str], at: datetime, message_id: str, subject: str = "Thank you"
) -> bytes:
    """A letter the user wrote (it sits in their Sent folder)."""
    return reply(
        f"Dear {to[0].split()[0]},\n\nThank you for today.\n\nJordan\n",
        subject=subject,
        sender=USER,
        to=(to,),
        sent=at,
        message_id=message_id,
    )


# -- interview-checklist ----------------------------------------------------------


def test_checklist_note_arrives_before_the_interview_ends(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """interview-checklist: a flagged note in INBOX 15 minutes before the interview ends,
    naming the interview and what to ask."""
    run(interview, tmp_path, ruleset, BEFORE)
    assert written(interview, "INBOX", "interview-checklist") == []
    run(interview, tmp_path, ruleset, END - timedelta(minutes=14))
    (note,) = written(interview, "INBOX", "interview-checklist")
    assert note["Subject"] == "[followupd] Before your Northwind Robotics interview ends"
    assert note["To"] == "Jordan Lee <jordan.lee@example.org>"
    text = body(note)
    assert "ends at 16:30" in text  # the end in the user's zone
    assert "timeframe" in text and "Priya Raman" in text
    flags = interview.snapshot("INBOX")
    uid = max(flags)
    assert b"\\Flagged" in flags[uid]


def test_checklist_not_sent_when_too_late(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """interview-checklist: a first run after its max_late (15 minutes) delivers no note;
    the intent is recorded as expired."""
    run(interview, tmp_path, ruleset, END + timedelta(minutes=5))
    assert written(interview, "INBOX", "interview-checklist") == []
    assert statuses(tmp_path, "interview-checklist") == [IntentStatus.EXPIRED]


# -- thank-you and thank-you-nudge ----------------------------------------------------


def test_thank_you_drafts_after_the_interview(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """thank-you: 30 minutes after the end, one draft to each interviewer."""
    run(interview, tmp_path, ruleset, END + timedelta(minutes=31))
    drafts = written(interview, "Drafts", "thank-you")
    assert sorted(str(d["To"]) for d in drafts) == sorted(f"{n} <{a}>" for n, a in PANEL)


def test_nudge_for_a_thank_you_still_in_drafts(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """thank-you-nudge: 20 hours after the interview, a note for each thank-you still
    sitting in Drafts."""
    run(interview, tmp_path, ruleset, END + timedelta(minutes=31))
    run(interview, tmp_path, ruleset, END + timedelta(hours=19, minutes=55))
    assert written(interview, "INBOX", "thank-you-nudge") == []
    run(interview, tmp_path, ruleset, END + timedelta(hours=20, minutes=5))
    notes = written(interview, "INBOX", "thank-you-nudge")
    assert sorted(str(n["Subject"]) for n in notes) == sorted(
        f"[followupd] Your thank-you to {name} is still in Drafts" for name, _ in PANEL
    )


def test_no_nudge_once_the_user_sent_a_thank_you(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """thank-you-nudge: after the user wrote to an interviewer (a letter in Sent), no nudge
    about that person; the others are still nudged."""
    run(interview, tmp_path, ruleset, END + timedelta(minutes=31))
    interview.append(
        "Sent", user_sent(PANEL[0], END + timedelta(hours=3), "<ty.priya@example.org>")
    )
    run(interview, tmp_path, ruleset, END + timedelta(hours=20, minutes=5))
    notes = written(interview, "INBOX", "thank-you-nudge")
    addressed = sorted(addr for _, addr in PANEL if any(addr in body(n) for n in notes))
    assert addressed == sorted([ZOE, SAM])


# -- debrief and follow-up-letter -------------------------------------------------------


def test_debrief_answer_gives_a_follow_up_letter_per_interviewer(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """debrief + follow-up-letter: an hour after the interview a note asks how it went; the
    user's reply to it (In-Reply-To the note) gives one follow-up draft per interviewer,
    each naming the points the user noted for that person."""
    run(interview, tmp_path, ruleset, END + timedelta(hours=1, minutes=1))
    (note,) = written(interview, "INBOX", "debrief")
    assert "Priya: what you discussed" in body(note)
    answered = END + timedelta(hours=3)
    interview.append(
        "INBOX",
        reply(
            "Priya: system design, the caching question\n"
            "Zoë: team culture; on-call rota\n"
            "Sam: the Kafka migration\n"
            "Timeframe: two weeks\n",
            subject=f"Re: {note['Subject']}",
            sender=USER,
            to=(USER,),
            sent=answered,
            message_id="<debrief.answer@example.org>",
            in_reply_to=str(note["Message-ID"]),
        ),
    )
    run(interview, tmp_path, ruleset, answered + timedelta(minutes=5))
    letters = {
        str(d["To"]).rpartition("<")[2].rstrip(">"): body(d)
        for d in written(interview, "Drafts", "follow-up-letter")
    }
    assert sorted(letters) == sorted([PRIYA, ZOE, SAM])
    assert "system design" in letters[PRIYA] and "the caching question" in letters[PRIYA]
    assert "team culture" in letters[ZOE] and "on-call rota" in letters[ZOE]
    assert "the Kafka migration" in letters[SAM]
    assert "caching" not in letters[ZOE] + letters[SAM]
    run(interview, tmp_path, ruleset, answered + timedelta(hours=2))
    assert len(written(interview, "Drafts", "follow-up-letter")) == 3  # once


# -- research-and-network ------------------------------------------------------------------


def test_research_note_lists_people_at_the_company(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """research-and-network: two hours after the interview a note lists the people at the
    company's domain the user corresponded with (theirs and the user's own mail), nobody else."""
    interview.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nLooking forward to Wednesday. Shout if you need anything.\n\nRosa\n",
            sent=datetime(2026, 11, 12, 9, 0, tzinfo=BERLIN),
            message_id="<rosa.1@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    friend = ("Lena Park", "lena.park@northwind-robotics.example")
    interview.append(
        "Sent",
        user_sent(
            friend, datetime(2026, 11, 11, 18, 0, tzinfo=UTC), "<lena@example.org>", "Coffee?"
        ),
    )
    interview.append(
        "INBOX",
        reply(
            "Hi!\n",
            subject="Hello",
            sender=("Max Other", "max@globex.example"),
            sent=datetime(2026, 11, 12, 8, 0, tzinfo=UTC),
            message_id="<max@globex.example>",
        ),
    )
    run(interview, tmp_path, ruleset, END + timedelta(hours=2, minutes=1))
    (note,) = written(interview, "INBOX", "research-and-network")
    text = body(note)
    assert note["Subject"] == "[followupd] Keep going: research and network for Northwind Robotics"
    for name, addr in (PANEL[0], ("Rosa Patel", "rosa.patel@northwind-robotics.example"), friend):
        assert f"{name} <{addr}>" in text
    assert "globex" not in text and "jordan.lee@example.org" not in text


# -- check-back -------------------------------------------------------------------------------


def check_back(user: DovecotUser) -> tuple[list[EmailMessage], list[EmailMessage]]:
    return written(user, "INBOX", "check-back"), written(user, "Drafts", "check-back")


def test_check_back_after_seven_business_days_without_word(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """check-back: with no word from the company and no stated timeframe, a note and a
    check-in draft to the contact seven business days after the interview (Friday 27
    November, 16:30 in Berlin)."""
    run(interview, tmp_path, ruleset, BEFORE)
    run(interview, tmp_path, ruleset, datetime(2026, 11, 27, 15, 25, tzinfo=UTC))
    assert check_back(interview) == ([], [])
    run(interview, tmp_path, ruleset, datetime(2026, 11, 27, 15, 35, tzinfo=UTC))
    (note,), (draft,) = check_back(interview)
    assert note["Subject"] == "[followupd] Time to check back with Northwind Robotics"
    assert str(draft["To"]) == f"{PANEL[0][0]} <{PRIYA}>"
    assert body(draft).startswith("Dear Priya,")


def test_check_back_moves_to_the_stated_timeframe(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """check-back: 'we'll get back to you by Friday' (Friday 20 November, 18:00 their time)
    moves it to one business day after: Monday 18:00 in Berlin, outside the 09:00–17:00
    window, so Tuesday 24 November, 09:00 in Berlin."""
    run(interview, tmp_path, ruleset, BEFORE)
    interview.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThanks for yesterday! We'll get back to you by Friday.\n\nRosa\n",
            sent=datetime(2026, 11, 19, 10, 0, tzinfo=BERLIN),
            message_id="<friday@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    run(interview, tmp_path, ruleset, datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    with Store(tmp_path / "state.sqlite3") as store:
        (planned,) = [
            s.intent
            for s in store.intents(IntentStatus.PLANNED)
            if s.intent.rule_id == "check-back" and s.intent.kind == "remind"
        ]
    assert planned.due == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    run(interview, tmp_path, ruleset, datetime(2026, 11, 24, 7, 55, tzinfo=UTC))
    assert check_back(interview) == ([], [])
    run(interview, tmp_path, ruleset, datetime(2026, 11, 24, 8, 5, tzinfo=UTC))
    (note,), (draft,) = check_back(interview)
    assert 'They said: "' in body(note) and "by Friday" in body(note)
    # To Rosa, who promised the answer (the person of the company who wrote last), not to
    # Priya, who organised the interview.
    assert str(draft["To"]) == "Rosa Patel <rosa.patel@northwind-robotics.example>"
    run(interview, tmp_path, ruleset, datetime(2026, 11, 27, 16, 0, tzinfo=UTC))
    assert [len(x) for x in check_back(interview)] == [1, 1]  # not again at the default


def test_company_writing_first_withdraws_the_check_back(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """check-back: a message from the company after the interview withdraws it."""
    run(interview, tmp_path, ruleset, BEFORE)
    interview.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThank you for your patience while the team finishes its "
            "interviews.\n\nRosa\n",
            sent=datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN),
            message_id="<patience@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    run(interview, tmp_path, ruleset, datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    run(interview, tmp_path, ruleset, datetime(2026, 11, 27, 15, 35, tzinfo=UTC))
    assert check_back(interview) == ([], [])
    assert set(statuses(tmp_path, "check-back")) == {IntentStatus.WITHDRAWN}


# -- rejection-thanks ----------------------------------------------------------------------------


def test_rejection_gives_one_gracious_reply_and_stops_the_rest(
    interview: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """rejection-thanks: a rejection in the thread gives one reply draft in that thread
    (In-Reply-To, References, 'Re:'), withdraws the pending nudges and check-back, marks
    the application rejected, and does all this once across runs."""
    run(interview, tmp_path, ruleset, END + timedelta(minutes=31))  # thank-you drafts
    run(interview, tmp_path, ruleset, END + timedelta(hours=3))  # nudges planned
    assert set(statuses(tmp_path, "thank-you-nudge")) == {IntentStatus.PLANNED}
    interview.append(
        "INBOX",
        reply(
            "Dear Jordan,\n\nThank you for meeting the team yesterday. Unfortunately, we have "
            "decided to move forward with other candidates for this role.\n\n"
            "We wish you every success.\nPriya\n",
            subject="Re: Interview: Senior Backend Engineer – Northwind Robotics (panel)",
            sender=PANEL[0],
            sent=datetime(2026, 11, 19, 9, 0, tzinfo=BERLIN),
            message_id="<no@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    run(interview, tmp_path, ruleset, datetime(2026, 11, 19, 8, 30, tzinfo=UTC))
    (draft,) = written(interview, "Drafts", "rejection-thanks")
    assert draft["Subject"] == "Re: Interview: Senior Backend Engineer – Northwind Robotics (panel)"
    assert draft["In-Reply-To"] == "<no@northwind-robotics.example>"
    assert str(draft["References"]).split() == [INVITE_ID, "<no@northwind-robotics.example>"]
    assert str(draft["To"]) == f"{PANEL[0][0]} <{PRIYA}>"
    assert "Thank you for letting me know" in body(draft)
    with Store(tmp_path / "state.sqlite3") as store:
        app = store.application(APP)
        assert app is not None and app.stage == Stage.REJECTED
    for rule in ("thank-you-nudge", "check-back"):
        assert statuses(tmp_path, rule) and set(statuses(tmp_path, rule)) == {
            IntentStatus.WITHDRAWN
        }, rule
    # Later runs: no nudge, no check-back, no second reply.
    run(interview, tmp_path, ruleset, END + timedelta(hours=20, minutes=5))
    run(interview, tmp_path, ruleset, datetime(2026, 11, 27, 15, 35, tzinfo=UTC))
    assert written(interview, "INBOX", "thank-you-nudge") == []
    assert check_back(interview) == ([], [])
    assert len(written(interview, "Drafts", "rejection-thanks")) == 1
