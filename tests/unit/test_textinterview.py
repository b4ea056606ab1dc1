"""read_text_interview: job interviews fixed in a message's plain text, as exact as calendars."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.domain.model import CalendarStatus, ParsedMessage, Person, UserIdentity
from followupd.understand import (
    DEFAULT_TEXT_INTERVIEW_MINUTES,
    TextInterview,
    parse_message,
    read_text_interview,
    understand_message,
)
from followupd.understand.quoting import new_text
from followupd.understand.textlength import duration
from followupd.understand.textwhen import mentions
from tests.invitations import invitation

DATA = Path(__file__).parent.parent / "data" / "textinterviews"
EXPECTED = tomllib.loads((DATA / "EXPECTED.toml").read_text(encoding="utf-8"))
USER = UserIdentity(
    name="Jordan Lee",
    email="jordan.lee@example.org",
    aliases=("jordan@lee.example",),
    timezone="Europe/Berlin",
)
ME = ("Jordan Lee", "jordan.lee@example.org")
PRIYA = ("Priya Raman", "priya.raman@acme-robotics.com")
# Monday 16 November 2026, 09:00 in Chicago (the sender's zone).
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=-6)))


def mail(
    body: str,
    *,
    subject: str = "Interview for the Senior Backend Engineer role",
    sender: tuple[str, str] = PRIYA,
    to: tuple[tuple[str, str], ...] = (ME,),
    cc: tuple[tuple[str, str], ...] = (),
    reply_to: tuple[str, str] | None = None,
    sent: datetime = SENT,
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = ", ".join(f"{n} <{a}>" for n, a in to)
    if cc:
        msg["Cc"] = ", ".join(f"{n} <{a}>" for n, a in cc)
    if reply_to:
        msg["Reply-To"] = f"{reply_to[0]} <{reply_to[1]}>"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = "<m-1@acme-robotics.com>"
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def read(raw: bytes, user: UserIdentity = USER) -> TextInterview | None:
    return understand_message(raw, user=user, source="test").text_interview


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- the hand-written messages ----------------------------------------------------------


def test_every_message_has_an_expectation() -> None:
    """EXPECTED.toml lists exactly the .eml files of tests/data/textinterviews."""
    assert sorted(EXPECTED) == sorted(p.name for p in DATA.glob("*.eml"))
    assert len([n for n, w in EXPECTED.items() if w["kind"] == "none"]) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages_match_expected(name: str) -> None:
    """Each message gives the kind, times, people and company its expectation names."""
    want = EXPECTED[name]
    got = understand_message((DATA / name).read_bytes(), user=USER, source=f"test:{name}")
    found = got.text_interview
    if want["kind"] == "none":
        assert found is None, found
        return
    assert found is not None
    assert found.kind == want["kind"]
    assert found.evidence and found.reasons
    assert found.confirmed_by_user == want.get("confirmed_by_user", False)
    interview = found.interview
    if "start_utc" in want:
        assert interview is not None
        assert interview.start.isoformat() == want["start_utc"]
        assert interview.uid.startswith("text:") and interview.source == f"test:{name}"
        assert interview.dtstamp == got.message.date and interview.sequence == 0
        assert interview.end > interview.start
        if "end_utc" in want:
            assert interview.end.isoformat() == want["end_utc"]
        for key in ("company", "role", "join_url", "location"):
            if key in want:
                assert getattr(interview, key) == want[key], key
        if "interviewers" in want:
            assert [p.email for p in interview.interviewers] == want["interviewers"]
        if "organizer" in want:
            assert interview.organizer is not None
            assert interview.organizer.email == want["organizer"]
        if "status" in want:
            assert interview.status.value == want["status"]
    else:
        assert interview is None
    if "day" in want:
        assert found.day == date.fromisoformat(want["day"])
    if "previous_utc" in want:
        assert found.previous_start is not None
        assert found.previous_start.isoformat() == want["previous_utc"]
    if "proposed_utc" in want:
        assert [t.isoformat() for t in found.proposed] == want["proposed_utc"]
    if "unclear" in want:
        assert want["unclear"] in found.uncertain
    if found.kind == "uncertain":
        assert found.uncertain
    if "named_without_address" in want:
        assert list(found.named_without_address) == want["named_without_address"]


def test_corpus_and_labelled_messages_fix_no_scheduled_interview() -> None:
    """None of the public corpus messages, nor a labelled message that only mentions an
    interview (a rejection, an offer, a timeframe), is read as a scheduled interview."""
    root = Path(__file__).parent.parent / "data"
    files = [*sorted((root / "corpus" / "eml").glob("*.eml")),
             *sorted((root / "labelled").glob("[rot]*.eml"))]  # fmt: skip
    assert len(files) > 60
    for path in files:
        found = read(path.read_bytes())
        assert found is None or found.kind != "scheduled", (path.name, found)
    for path in sorted((root / "corpus" / "eml").glob("*.eml")):
        assert read(path.read_bytes()) is None, path.name


# --- dates, times, zones ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "start"),
    [
        ("Date: November 17\nTime: 2:00 PM CST", utc(2026, 11, 17, 20)),
        ("on Tuesday, 17 November at 14:00 CET", utc(2026, 11, 17, 13)),
        ("on Nov 17, 2:00–2:45pm PT", utc(2026, 11, 17, 22)),
        ("on November 18 at 10:30 (UTC+05:30)", utc(2026, 11, 18, 5)),
        ("on 2026-11-17 at 15:00 UTC", utc(2026, 11, 17, 15)),
        ("at 2026-11-17T09:00:00-05:00", utc(2026, 11, 17, 14)),
        ("on November 17 at 9am America/Denver", utc(2026, 11, 17, 16)),
        ("on November 17 at 9:00 Eastern time", utc(2026, 11, 17, 14)),
        ("on November 17 at 15:00 Berlin time", utc(2026, 11, 17, 14)),
        ("on November 17 at 9:00 (UTC-06:00) Central Time (US & Canada)", utc(2026, 11, 17, 15)),
        ("on June 16 at 9:00 (UTC-06:00) Central Time (US & Canada)", utc(2027, 6, 16, 14)),
        ("on June 16 at 2pm BST", utc(2027, 6, 16, 13)),
        ("on November 17 at 10am AEST", utc(2026, 11, 16, 23)),  # Sydney keeps DST in Nov
        ("on 17 Nov at 10:00 IST", utc(2026, 11, 17, 4, 30)),  # India by default
        ("on November 17 at 2pm your time", utc(2026, 11, 17, 13)),  # the user's zone
        ("on 11/17/2026 at 2:00 PM CT", utc(2026, 11, 17, 20)),
        ("on Tue 11/17 at 2pm MT", utc(2026, 11, 17, 21)),
        # clocks in words, as British and Irish mail writes them
        ("for Tuesday 17th November at half nine GMT", utc(2026, 11, 17, 9, 30)),
        ("on 17 November at half past two GMT", utc(2026, 11, 17, 14, 30)),
        ("on 17 November at quarter to eleven GMT", utc(2026, 11, 17, 10, 45)),
        ("on 17 November at ten thirty GMT", utc(2026, 11, 17, 10, 30)),
        ("on 17 November at eleven am GMT", utc(2026, 11, 17, 11)),
    ],
)
def test_times_and_zones_as_written(when: str, start: datetime) -> None:
    """Explicit dates, clock times and zones in the forms scheduling mail uses."""
    found = read(mail(f"Hi Jordan,\n\nYour interview is confirmed {when}.\n\nPriya"))
    assert found is not None and found.kind == "scheduled", found
    assert found.interview is not None and found.interview.start == start


def test_a_zone_stated_for_all_times_applies() -> None:
    """ "All times are Eastern" sets the zone of a time written without one."""
    body = "Your interview is confirmed for November 17 at 10:00.\n\nAll times are Eastern Time."
    found = read(mail(body))
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 17, 15)
    assert any("stated for all times" in r for r in found.reasons)


def test_china_named_makes_cst_china_standard_time() -> None:
    """CST is US Central unless the text names China."""
    body = "Your interview with our Shanghai office is on November 17 at 10:00 CST."
    found = read(mail(body))
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 17, 2)


@pytest.mark.parametrize(
    ("sent", "phrase", "start"),
    [
        # Monday 16 Nov: "Tuesday" is the next day; "next Monday" the Monday of next week.
        (SENT, "Tuesday 3pm ET", utc(2026, 11, 17, 20)),
        (SENT, "next Monday at 10am ET", utc(2026, 11, 23, 15)),
        (SENT, "tomorrow at 3pm ET", utc(2026, 11, 17, 20)),
        # Sent on a Tuesday: "Tuesday" is the one a week later, never the same day.
        (SENT + timedelta(days=1), "Tuesday at 3pm ET", utc(2026, 11, 24, 20)),
        # Sunday 23:30 in Chicago is already Monday in UTC: days count in the sender's zone.
        (datetime(2026, 11, 22, 23, 30, tzinfo=timezone(timedelta(hours=-6))),
         "Monday at 9am CT", utc(2026, 11, 23, 15)),
    ],
)  # fmt: skip
def test_relative_days_count_from_the_sent_date(
    sent: datetime, phrase: str, start: datetime
) -> None:
    """A weekday is the next such day after the Date header's day, in the sender's zone."""
    found = read(mail(f"Your interview is confirmed for {phrase}.", sent=sent))
    assert found is not None and found.interview is not None
    assert found.interview.start == start


def test_your_zone_keeps_its_daylight_saving_time_for_a_sender_in_it() -> None:
    """A sender writing from your zone (their Date has your offset) means your wall clock:
    a time after the clocks change is read with the new offset, not the old one."""
    london = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org",
                          timezone="Europe/London")  # fmt: skip
    bst = datetime(2026, 10, 20, 15, 41, tzinfo=timezone(timedelta(hours=1)))
    found = read(mail("Your interview is confirmed for Tuesday 27th October at 10am.", sent=bst),
                 user=london)  # fmt: skip
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 10, 27, 10)


def test_no_zone_read_in_the_senders_zone_and_said() -> None:
    """Without a written zone the Date header's offset is used, and the reasons say so;
    when that offset is the user's own the reading is not uncertain."""
    berlin = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    found = read(mail("Your interview is confirmed for November 17 at 14:00.", sent=berlin))
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 17, 13)
    assert any("read in your zone, the sender's too" in r for r in found.reasons)
    chicago = read(mail("Your interview is confirmed for November 17 at 14:00."))
    assert chicago is not None and chicago.kind == "uncertain"
    assert chicago.interview is not None and chicago.interview.start == utc(2026, 11, 17, 20)
    assert chicago.interview.status == CalendarStatus.TENTATIVE


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("It will last 45 minutes.", 45),
        ("The call is scheduled for an hour.", 60),
        ("Plan for a 30-minute conversation.", 30),
        ("The interview takes an hour and a half.", 90),
        ("Das Gespräch dauert 60 Minuten.", 60),
        ("Please arrive 15 minutes early.", DEFAULT_TEXT_INTERVIEW_MINUTES),
        ("", DEFAULT_TEXT_INTERVIEW_MINUTES),
    ],
)
def test_duration_stated_or_default(said: str, minutes: int) -> None:
    """A stated length sets the end; being early is no length; else the documented default."""
    found = read(mail(f"Your interview is confirmed for November 17 at 2pm CT. {said}"))
    assert found is not None and found.interview is not None
    assert found.interview.end - found.interview.start == timedelta(minutes=minutes)
    if not said or "early" in said:
        assert any(f"{DEFAULT_TEXT_INTERVIEW_MINUTES} minutes assumed" in r for r in found.reasons)


def test_a_written_range_sets_the_end() -> None:
    """ "10:30–11:15am" ends at 11:15; "11–12pm" starts at 11 am."""
    for when, start, end in (
        ("10:30-11:15am ET", utc(2026, 11, 17, 15, 30), utc(2026, 11, 17, 16, 15)),
        ("11-12pm ET", utc(2026, 11, 17, 16), utc(2026, 11, 17, 17)),
        ("from 2pm to 3pm ET", utc(2026, 11, 17, 19), utc(2026, 11, 17, 20)),
    ):
        found = read(mail(f"Your phone screen is confirmed for November 17, {when}."))
        assert found is not None and found.interview is not None, when
        assert (found.interview.start, found.interview.end) == (start, end), when


def test_an_availability_window_is_no_interview_time() -> None:
    """ "I'm available 9am–5pm" is a window, not the meeting."""
    body = "Thanks for the interview request! On November 17 I'm available 9am-5pm ET."
    assert read(mail(body, sender=ME, to=(PRIYA,))) is None
    assert read(mail(f"Hi Jordan, {body}")) is None


def test_weekday_that_is_not_the_dates_weekday_is_uncertain() -> None:
    """ "Tuesday, November 18" (a Wednesday in 2026): the reading says what disagrees."""
    found = read(mail("Your interview is confirmed for Tuesday, November 18 at 2pm CT."))
    assert found is not None and found.kind == "uncertain"
    assert "is not the weekday of Wednesday, 18 November 2026" in found.uncertain
    assert found.interview is not None and found.interview.start == utc(2026, 11, 18, 20)


def test_deadlines_and_past_times_are_not_the_interview() -> None:
    """ "Please confirm by Friday 5pm" and "yesterday at 3pm" name no interview time."""
    body = (
        "Your onsite interview is confirmed for November 20 at 10am CT. Please confirm by"
        " Wednesday 5pm CT. Thanks again for your time on the call yesterday at 3pm."
    )
    found = read(mail(body))
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 20, 16)


def test_a_weekday_in_a_sentence_about_the_past_is_the_past_one() -> None:
    """ "Great conversation on Tuesday!" speaks of last Tuesday, not of a new meeting."""
    body = "Great conversation on Tuesday! Our coordinator will send times for the final round."
    assert read(mail(body)) is None


# --- kinds ------------------------------------------------------------------------------


def test_a_question_proposing_one_time_is_uncertain_with_that_time() -> None:
    """ "Would Monday at 10:00 CT work?" proposes; the time is kept, not settled."""
    found = read(mail("For your interview: would Monday, November 23 at 10:00 CT work?"))
    assert found is not None and found.kind == "uncertain"
    assert "is proposed, not yet settled" in found.uncertain
    assert found.interview is not None and found.interview.start == utc(2026, 11, 23, 16)
    assert found.interview.status == CalendarStatus.TENTATIVE


def test_options_to_choose_from_are_uncertain_with_every_time() -> None:
    """Two or more proposed times: uncertain, no single interview, all times listed."""
    body = (
        "We'd like to schedule your interview. Please pick one of the following options:\n"
        "- Tuesday, November 17 at 2pm ET\n- Wednesday, November 18 at 10am ET\n"
        "- Thursday, November 19 at 4pm ET"
    )
    found = read(mail(body))
    assert found is not None and found.kind == "uncertain" and found.interview is None
    assert found.proposed == (utc(2026, 11, 17, 19), utc(2026, 11, 18, 15), utc(2026, 11, 19, 21))
    assert "three times" in found.uncertain


def test_back_to_back_sessions_without_their_own_people_are_one_interview() -> None:
    """An onsite agenda whose lines name no one: one interview from first to last."""
    body = (
        "Your onsite interview with Priya Raman and Sam Ortiz is confirmed for Thursday,"
        " November 19 (all times CT):\n\n"
        "- 10:00-10:45am: coding\n- 10:45-11:30am: system design\n"
        "- 11:45am-12:30pm: hiring manager chat"
    )
    found = read(mail(body, cc=(("Sam Ortiz", "sam.ortiz@acme-robotics.com"),)))
    assert found is not None and found.kind == "scheduled", found
    assert found.interview is not None and not found.sessions
    assert (found.interview.start, found.interview.end) == (
        utc(2026, 11, 19, 16), utc(2026, 11, 19, 18, 30)
    )  # fmt: skip
    assert [p.email for p in found.interview.interviewers] == [
        "priya.raman@acme-robotics.com", "sam.ortiz@acme-robotics.com"
    ]  # fmt: skip


def test_sessions_each_with_their_people_are_an_interview_each() -> None:
    """An agenda whose lines name each session's people: one interview per session, with
    only that line's people, so each thank-you goes to whom the user met then."""
    body = (
        "Your onsite interview is confirmed for Thursday, November 19 (all times CT):\n\n"
        "- 10:00-10:45am: coding with Priya Raman\n- 10:45-11:30am: system design with Sam Ortiz\n"
        "- 11:45am-12:30pm: hiring manager chat"
    )
    found = read(mail(body, cc=(("Sam Ortiz", "sam.ortiz@acme-robotics.com"),)))
    assert found is not None and found.kind == "scheduled", found
    assert found.interview is not None
    every = [found.interview, *(s.interview for s in found.sessions)]
    assert all(iv is not None for iv in every)
    slots = [(iv.start, iv.end) for iv in every if iv is not None]
    assert slots == [
        (utc(2026, 11, 19, 16), utc(2026, 11, 19, 16, 45)),
        (utc(2026, 11, 19, 16, 45), utc(2026, 11, 19, 17, 30)),
        (utc(2026, 11, 19, 17, 45), utc(2026, 11, 19, 18, 30)),
    ]
    people = [[p.email for p in iv.interviewers] for iv in every if iv is not None]
    assert people == [["priya.raman@acme-robotics.com"], ["sam.ortiz@acme-robotics.com"], []]
    assert len({iv.uid for iv in every if iv is not None}) == 3


def test_schedule_lines_giving_each_slot_in_two_zones_are_one_session_each() -> None:
    """A recruiter's table with the candidate's zone in brackets ("8:00 - 8:45am  Dana
    Whitfield, Director of Engineering  (9:30 - 10:15pm IST)"): one session per line, at
    the time written with its zone (not the other read in the sender's), a range past
    midnight kept whole, and each line's person from the Cc."""
    body = (
        "You're all set for Thursday, November 19. Here's the schedule (PST, with IST in"
        " brackets):\n\n"
        "8:00 - 8:45am   Dana Whitfield, Director of Engineering   (9:30 - 10:15pm IST)\n"
        "9:00 - 9:45am   Rohan Mehta, Staff Engineer              (10:30 - 11:15pm IST)\n"
        "10:00 - 10:45am Lisa Park, Product Lead                  (11:30pm - 12:15am IST)\n\n"
        "Each session has its own Zoom link, which I'll send the day before."
    )
    found = read(
        mail(
            body,
            subject="Confirmed: final loop, Thu Nov 19",
            cc=(("Dana Whitfield", "dana.w@acme-robotics.com"),
                ("Rohan Mehta", "rohan.m@acme-robotics.com")),
        )
    )  # fmt: skip
    assert found is not None and found.kind == "scheduled", found
    every = [found.interview, *(s.interview for s in found.sessions)]
    slots = [(iv.start, iv.end) for iv in every if iv is not None]
    assert slots == [
        (utc(2026, 11, 19, 16), utc(2026, 11, 19, 16, 45)),
        (utc(2026, 11, 19, 17), utc(2026, 11, 19, 17, 45)),
        (utc(2026, 11, 19, 18), utc(2026, 11, 19, 18, 45)),
    ]
    people = [[p.email for p in iv.interviewers] for iv in every if iv is not None]
    assert people == [["dana.w@acme-robotics.com"], ["rohan.m@acme-robotics.com"], []]


def test_a_time_with_its_day_in_another_zone_in_brackets_is_one_time() -> None:
    """ "Monday Sep 14 at 7:30pm ET (Tuesday Sep 15, 8:30am KST)": 7:30pm is Monday's
    (the bracket's day has its own time), so both name the same moment: one interview."""
    found = mentions("You're booked for Monday Nov 23 at 7:30pm ET (Tuesday Nov 24, 9:30am"
                     " KST).", 0, SENT, context="", user_zone=ZoneInfo("Asia/Seoul"))  # fmt: skip
    assert [(m.day, m.clock) for m in found] == [
        (date(2026, 11, 23), datetime(1, 1, 1, 19, 30).time()),
        (date(2026, 11, 24), datetime(1, 1, 1, 9, 30).time()),
    ]
    got = read(mail("Great - you're booked for Monday Nov 23 at 7:30pm ET (Tuesday Nov 24,"
                    " 9:30am KST). I'll call you on Zoom."))  # fmt: skip
    assert got is not None and got.kind == "scheduled" and got.interview is not None
    assert got.interview.start == utc(2026, 11, 24, 0, 30)


def test_a_range_past_midnight_ends_the_next_day() -> None:
    """ "11:30pm - 12:15am" is 45 minutes, not a range refused as running backwards."""
    found = mentions("Your interview is on Thursday, November 19, 11:30pm - 12:15am IST.", 0,
                     SENT, context="", user_zone=ZoneInfo("Europe/Berlin"))  # fmt: skip
    assert [(m.clock, m.until) for m in found if m.clock] == [
        (datetime(1, 1, 1, 23, 30).time(), datetime(1, 1, 1, 0, 15).time())
    ]
    interview = read(mail("Your interview is confirmed for Thursday, November 19, 11:30pm -"
                          " 12:15am IST, with Priya Raman."))  # fmt: skip
    assert interview is not None and interview.interview is not None
    assert interview.interview.start == utc(2026, 11, 19, 18)
    assert interview.interview.end == utc(2026, 11, 19, 18, 45)


def test_schedule_lines_indented_below_a_heading_are_sessions() -> None:
    """Indented schedule lines that start with a time are lines of their own, even in one
    paragraph; "with" on such a line names that session's people."""
    body = (
        "We'd like to invite you to the final loop next Tuesday, November 24. It's two"
        " sessions with a short break:\n\n"
        "  8:00 - 9:00 AM CT  System design with Omar Haddad (omar.haddad@acme-robotics.com)\n"
        "  9:15 - 10:00 AM CT  Values & collaboration with Priya Raman\n"
    )
    found = read(mail(body))
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == ["omar.haddad@acme-robotics.com"]
    assert len(found.sessions) == 1 and found.sessions[0].interview is not None
    second = found.sessions[0].interview
    assert second.start == utc(2026, 11, 24, 15, 15)
    assert [p.email for p in second.interviewers] == ["priya.raman@acme-robotics.com"]
    assert any(line.startswith("session 2: ") for line in found.describe())


def test_reschedule_to_a_new_time() -> None:
    """ "move your interview to Thursday at 11" gives the new time; a question is uncertain."""
    found = read(mail("We need to move your interview to Thursday at 11am CT."))
    assert found is not None and found.kind == "rescheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 19, 17)
    asked = read(mail("We need to reschedule your interview. Would Thursday at 11am CT work?"))
    assert asked is not None and asked.kind == "uncertain"
    assert asked.interview is not None and asked.interview.start == utc(2026, 11, 19, 17)
    moved = read(mail("Your interview has been rescheduled; we'll send a new time soon."))
    assert moved is not None and moved.kind == "uncertain" and moved.interview is None
    assert "no new time" in moved.uncertain


def test_german_reschedule_and_french_cancellation() -> None:
    """ "verschieben … auf Donnerstag um 11 Uhr" and "entretien … annulé" in other languages."""
    berlin = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    moved = read(mail(
        "leider müssen wir das Vorstellungsgespräch auf Donnerstag, 19.11., um 11 Uhr verschieben.",
        subject="Ihr Vorstellungsgespräch", sent=berlin,
    ))  # fmt: skip
    assert moved is not None and moved.kind == "rescheduled"
    assert moved.interview is not None and moved.interview.start == utc(2026, 11, 19, 10)
    off = read(mail(
        "Nous sommes désolés : votre entretien du 17 novembre à 14h00 est annulé.",
        subject="Votre entretien", sent=berlin,
    ))  # fmt: skip
    assert off is not None and off.kind == "cancelled"
    assert off.interview is not None and off.interview.status == CalendarStatus.CANCELLED
    assert off.interview.start == utc(2026, 11, 17, 13)


def test_instructions_about_rescheduling_do_not_move_anything() -> None:
    """ "If you need to reschedule or cancel, reply here" in a confirmation stays a confirmation."""
    body = (
        "Your phone screen is confirmed for November 17 at 2pm CT.\n\n"
        "If you need to reschedule or cancel, just reply to this email. To reschedule, you can"
        " also use the link in your candidate portal."
    )
    found = read(mail(body))
    assert found is not None and found.kind == "scheduled"


def test_spanish_cancellation_without_time_keeps_the_day() -> None:
    """ "cancelar la entrevista del viernes": cancelled, the day known, no interview."""
    found = read(mail(
        "Lo siento, tenemos que cancelar la entrevista del viernes.",
        subject="Entrevista", sent=datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1))),
    ))  # fmt: skip
    assert found is not None and found.kind == "cancelled" and found.interview is None
    assert found.day == date(2026, 11, 20)


# --- whose mail, whose interview --------------------------------------------------------


def test_the_users_own_mail_counts_only_when_it_confirms_a_time() -> None:
    """The user's proposal is nothing; "Tuesday 3pm ET works for me" is a confirmed time."""
    proposes = mail("I could do Tuesday at 3pm ET or Wednesday at 11am ET.",
                    subject="Re: Interview availability", sender=ME, to=(PRIYA,))  # fmt: skip
    assert read(proposes) is None
    confirms = mail("Tuesday 3pm ET works for me.", subject="Re: Interview availability",
                    sender=ME, to=(PRIYA,))  # fmt: skip
    found = read(confirms)
    assert found is not None and found.confirmed_by_user and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 17, 20)
    assert found.interview.organizer == Person(email=PRIYA[1], name=PRIYA[0])
    assert read(mail("Tuesday 3pm ET works for me.", subject="Re: Coffee?", sender=ME,
                     to=(("Sam", "sam@gmail.com"),))) is None  # fmt: skip


def test_the_user_never_becomes_an_interviewer_and_names_find_their_address() -> None:
    """Names resolve through the headers (full name, first name, address); the user is left
    out; a name with no address anywhere is kept apart."""
    body = (
        "Your panel interview is confirmed for November 17 at 2pm CT. You'll meet with:\n"
        "- Sam Ortiz (Staff Engineer)\n- Wei (Engineering Manager)\n- Jordan Lee (you)\n"
        "- Aisha Khan, Director of Engineering"
    )
    found = read(mail(body, cc=(("", "sam.ortiz@acme-robotics.com"),
                                ("Wei Chen", "wei.chen@acme-robotics.com"))))  # fmt: skip
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [
        "sam.ortiz@acme-robotics.com", "wei.chen@acme-robotics.com"
    ]  # fmt: skip
    assert found.named_without_address == ("Aisha Khan",)
    assert any("Aisha Khan" in r for r in found.reasons)


def test_addresses_in_the_text_and_signatures_name_interviewers() -> None:
    """ "Priya and Sam will join": addresses written in the text or a signature block."""
    body = (
        "Your interview is confirmed for November 17 at 2pm CT. Priya and Sam will join.\n\n"
        "Sam Ortiz <sam.ortiz@acme-robotics.com> will lead the system design part."
    )
    found = read(mail(body))
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [
        "priya.raman@acme-robotics.com", "sam.ortiz@acme-robotics.com"
    ]  # fmt: skip


def test_an_ats_relay_is_no_organizer_its_reply_to_human_is() -> None:
    """From no-reply@greenhouse.io with a recruiter in Reply-To: the recruiter organizes."""
    raw = mail("Your interview is confirmed for November 17 at 2pm CT.",
               sender=("Acme Robotics", "no-reply@greenhouse.io"),
               reply_to=("Rosa Patel", "rosa.patel@acme-robotics.com"))  # fmt: skip
    found = read(raw)
    assert found is not None and found.interview is not None
    assert found.interview.organizer == Person(
        email="rosa.patel@acme-robotics.com", name="Rosa Patel"
    )
    assert found.interview.company == "Acme Robotics"


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        ("Reminder: your dentist appointment is on November 17 at 9am CT.", "Reminder",
         ("Smile Dental", "termine@smile-dental.example")),
        ("Lunch on November 17 at 12:30 CT? Good luck with your interview!", "Lunch?",
         ("Sam Ode", "sam.ode@gmail.com")),
        ("Join our webinar on interview skills on November 17 at 6pm CT.", "Webinar invite",
         ("Career Events", "events@careerboost.example")),
        ("We'd love to interview you for our podcast episode on November 17 at 3pm CT.",
         "Podcast", ("Nadia Brooks", "nadia@backendshow.example")),
        ("Can we move our 1:1 to November 17 at 3pm CT?", "1:1", ("Kai Berg", "kai@example.org")),
        ("Please join the interview panel for candidate Alex Moreau on November 17 at 3pm CT.",
         "Panel", ("Rosa Patel", "rosa@agency.example")),
        ("Let's do a mock interview on November 17 at 3pm CT to practice.", "Practice",
         ("Mia Torres", "mia.torres@gmail.com")),
        ("Please share your availability for an interview next week.", "Interview", PRIYA),
        ("Book a time for your interview here: https://calendly.com/acme/interview", "Interview",
         PRIYA),
        ("I'm a features writer at Pharmacy Today, putting together a piece for our November"
         " issue, and you're the person to talk to. Would you be up for a 20-minute phone"
         " interview on November 17 at 3pm CT?", "Interview request",
         ("Bronwyn Calder", "bronwyn@pharmtoday.example")),
        ("Perfect! I'll call you November 17 at 3pm CT.", "Re: Interview request - oral chemo"
         " feature", ("Bronwyn Calder", "bronwyn@pharmtoday.example")),
    ],
)  # fmt: skip
def test_lookalikes_give_nothing(body: str, subject: str, sender: tuple[str, str]) -> None:
    """Appointments, lunches, webinars, podcasts, internal meetings, the user as interviewer,
    practice, and requests to pick a time are no interview of the user."""
    assert read(mail(body, subject=subject, sender=sender)) is None


def test_a_calendar_interview_leaves_the_text_unread() -> None:
    """The text is read only when no calendar item of the message is an interview."""
    raw = invitation(start=utc(2026, 11, 18, 14), end=utc(2026, 11, 18, 15))
    got = understand_message(raw, user=USER)
    assert got.interviews() and got.text_interview is None


def test_a_message_with_a_calendar_that_is_no_interview_is_read_for_text() -> None:
    """A calendar of something else (a PUBLISH booking) does not hide the text's interview."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = "Your interview with Acme Robotics"
    msg["From"] = f"{PRIYA[0]} <{PRIYA[1]}>"
    msg["To"] = f"{ME[0]} <{ME[1]}>"
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = "<booking@acme-robotics.com>"
    msg.set_content("Your interview is confirmed for November 17 at 2pm CT. Parking is booked.")
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:p1\r\n"
           "DTSTART:20261117T190000Z\r\nDTEND:20261117T210000Z\r\nSUMMARY:Parking spot P2\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")  # fmt: skip
    msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="p.ics")
    got = understand_message(msg.as_bytes(), user=USER)
    assert got.items and not got.interviews()
    assert got.text_interview is not None and got.text_interview.kind == "scheduled"
    assert got.text_interview.interview is not None
    assert got.text_interview.interview.uid == "text:booking@acme-robotics.com"


def test_quoted_history_is_not_read() -> None:
    """An old confirmation quoted under "Sounds good" fixes nothing again."""
    body = ("Sounds good, talk then!\n\nOn Mon, Nov 16, 2026 at 9:00 AM Jordan Lee"
            " <jordan.lee@example.org> wrote:\n> My interview is on November 17 at 2pm CT.")  # fmt: skip
    assert read(mail(body, subject="Re: Interview")) is None


# --- properties -------------------------------------------------------------------------

ZONES_WRITTEN = (
    ("CET", "Europe/Berlin"), ("EST", "America/New_York"), ("PT", "America/Los_Angeles"),
    ("Eastern Time", "America/New_York"), ("(UTC+05:30)", "+05:30"), ("UTC", "UTC"),
    ("America/Chicago", "America/Chicago"), ("JST", "Asia/Tokyo"), ("BST", "Europe/London"),
    ("Australia/Sydney", "Australia/Sydney"), ("GMT-3", "-03:00"), ("Berlin time", "Europe/Berlin"),
)  # fmt: skip
USER_ZONES = ("UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland")


def _zone(key: str) -> timezone | ZoneInfo:
    if key[0] in "+-":
        sign = -1 if key[0] == "-" else 1
        hours, minutes = (int(x) for x in key[1:].split(":"))
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return ZoneInfo(key)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.dates(min_value=date(2027, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(min_value=8, max_value=18),
    minute=st.sampled_from((0, 15, 30, 45)),
    zone=st.sampled_from(ZONES_WRITTEN),
    day_form=st.sampled_from(("%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%A, %B %d, %Y")),
    clock_form=st.sampled_from(("24h", "12h", "short")),
    sender_offset=st.integers(min_value=-10, max_value=12),
)
def test_an_explicit_zone_gives_one_instant_whatever_the_users_zone(
    day: date, hour: int, minute: int, zone: tuple[str, str], day_form: str,
    clock_form: str, sender_offset: int,
) -> None:  # fmt: skip
    """A time written with its zone is the same instant for every user zone and sender."""
    if clock_form == "24h":
        clock = f"{hour:02d}:{minute:02d}"
    elif clock_form == "12h":
        clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    else:
        clock = f"{(hour - 1) % 12 + 1}{'pm' if hour >= 12 else 'am'}"
        minute = 0
    sent = datetime(2026, 11, 10, 9, 0, tzinfo=timezone(timedelta(hours=sender_offset)))
    raw = mail(f"Your interview is confirmed for {day.strftime(day_form)} at {clock} {zone[0]}.",
               sent=sent)  # fmt: skip
    expected = datetime(day.year, day.month, day.day, hour, minute, tzinfo=_zone(zone[1]))
    for user_zone in USER_ZONES:
        found = read(raw, USER.model_copy(update={"timezone": user_zone}))
        assert found is not None and found.kind == "scheduled", (user_zone, found)
        assert found.interview is not None
        assert found.interview.start == expected.astimezone(UTC)


FRAGMENTS = (
    "interview", "Interview", "phone screen", "Vorstellungsgespräch", "entretien", "entrevista",
    "on", "at", "Tuesday", "next Monday", "tomorrow", "morgen", "demain", "November 17",
    "17.11.2026", "17 de noviembre", "le 17 novembre", "2026-11-17T14:00:00Z", "11/17",
    "2:00", "2pm", "14:00 Uhr", "14h30", "10-11am", "2:00–2:45pm", "noon", "at 3", "CET", "ET",
    "IST", "(UTC+05:30)", "UTC-13:00", "Berlin time", "America/Chicago", "your time",
    "is confirmed", "would", "work?", "or", "cancelled", "reschedule", "move", "to", "from",
    "by", "if you need to", "45 minutes", "an hour", "You'll meet with:", "Priya Raman",
    "and", "Sam", "<sam@acme.example>", "\n", "\n\n", "- ", ".", ",", "?", "Date:", "Time:",
    "29 February", "31.02.", "00:00", "24:00", "99:99", "Monday, November 18",
)  # fmt: skip
SENDERS = st.sampled_from(
    (None, Person(email="priya@acme.example", name="Priya Raman"),
     Person(email="jordan.lee@example.org", name="Jordan Lee"),
     Person(email="no-reply@greenhouse.io"))
)  # fmt: skip
DATES = st.one_of(
    st.none(),
    st.datetimes(
        min_value=datetime(1971, 1, 1), max_value=datetime(2199, 1, 1),
        timezones=st.just(UTC),
    ),
)  # fmt: skip
OFFSETS = st.one_of(st.none(), st.integers(-14 * 60, 14 * 60).map(lambda m: timedelta(minutes=m)))


def _check(found: TextInterview | None) -> None:
    if found is None:
        return
    assert found.kind in ("scheduled", "rescheduled", "cancelled", "uncertain")
    interview = found.interview
    if interview is None:
        assert found.kind in ("uncertain", "cancelled")
        return
    for moment in (interview.start, interview.end):
        assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
    assert interview.end > interview.start
    assert interview.uid.startswith("text:")
    for moment in found.proposed:
        assert moment.utcoffset() == timedelta(0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(FRAGMENTS), max_size=40),
    subject=st.lists(st.sampled_from(FRAGMENTS), max_size=6).map(" ".join),
    sender=SENDERS,
    sent=DATES,
    offset=OFFSETS,
    user_zone=st.sampled_from((*USER_ZONES, "Not/AZone")),
)
def test_the_reader_never_raises_on_phrases_and_headers(
    words: list[str], subject: str, sender: Person | None, sent: datetime | None,
    offset: timedelta | None, user_zone: str,
) -> None:  # fmt: skip
    """Any mix of scheduling phrases and headers: no exception, aware UTC times, end > start."""
    text = " ".join(words)
    msg = ParsedMessage(subject=subject, sender=sender, to=(Person(email=ME[1]),),
                        date=sent, sent_offset=offset, text=text)  # fmt: skip
    user = USER.model_copy(update={"timezone": user_zone})
    _check(read_text_interview(msg, new_text(text), user=user))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), subject=st.text(max_size=80), sent=DATES, offset=OFFSETS)
def test_the_reader_never_raises_on_arbitrary_text(
    text: str, subject: str, sent: datetime | None, offset: timedelta | None
) -> None:
    """Arbitrary Unicode text and subject: no exception, and the same guarantees."""
    msg = ParsedMessage(subject=subject, sender=Person(email="priya@acme.example"),
                        date=sent, sent_offset=offset, text=text)  # fmt: skip
    _check(read_text_interview(msg, text, user=USER))
    for mention in mentions(text, 0, sent, context=text):
        # A day or a time — or, with no Date header to count from, a weekday kept as
        # written, so the reader can say why it cannot be counted.
        uncounted = sent is None and mention.day_words != ""
        assert mention.day is not None or mention.clock is not None or uncounted
    length = duration(text)
    assert length is None or 10 <= length[0] <= 480


def test_a_huge_text_is_read_within_its_bounds() -> None:
    """100,000 characters of scheduling phrases give one answer, from the bounded part."""
    body = "Your interview is confirmed for November 17 at 2pm CT. " * 2000
    found = read_text_interview(parse_message(mail(body)), body, user=USER)
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 17, 20)


NEW_YORK = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
BERLIN = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
MUMBAI = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))


@pytest.mark.parametrize(
    ("body", "sent", "start", "end"),
    [
        ("Interview details:\nWednesday, November 18th, 2026 1:00pm - 2:00pm EST\n"
         "Location: Google Meet", NEW_YORK, utc(2026, 11, 18, 18), utc(2026, 11, 18, 19)),
        ("Interview Date: 11/18/2026\nInterview Time: 01:00 PM\n"
         "Time Zone: (GMT-05:00) Eastern Time (US and Canada)", NEW_YORK, utc(2026, 11, 18, 18), None),
        ("Hi Jordan - confirming we're set for Thursday at 2 PT for the screen.", NEW_YORK,
         utc(2026, 11, 19, 22), None),
        ("Datum: Donnerstag, 19. November 2026\nUhrzeit: 10:30 Uhr\nOrt: Hamburg", BERLIN,
         utc(2026, 11, 19, 9, 30), None),
        ("Date : jeudi 19 novembre 2026\nHeure : 10h30 (heure de Paris)", BERLIN,
         utc(2026, 11, 19, 9, 30), None),
        ("Fecha: jueves, 19 de noviembre de 2026\nHora: 10:30 (CET)", BERLIN,
         utc(2026, 11, 19, 9, 30), None),
        ("Perfect, Wednesday at 11am ET it is. I'll send a calendar invite shortly.", NEW_YORK,
         utc(2026, 11, 18, 16), None),
        ("Let's do 3pm ET tomorrow for the phone screen.", NEW_YORK, utc(2026, 11, 17, 20), None),
        ("Reminder: your interview is tomorrow at 10:00 AM CT.", NEW_YORK, utc(2026, 11, 17, 16), None),
        ("The interview will be on 19/11/2026 at 10:00 (CET).", BERLIN, utc(2026, 11, 19, 9), None),
        ("Your interview is confirmed for November 18 at 10:00 AM ET (16:00 CET).", NEW_YORK,
         utc(2026, 11, 18, 15), None),
        ("Your lunch interview with the team is on Friday at noon PT.", NEW_YORK,
         utc(2026, 11, 20, 20), None),
        ("Your interview on Tuesday is confirmed for 3pm ET.", NEW_YORK, utc(2026, 11, 17, 20), None),
        ("Your interview is confirmed for November 18 at 10.30am ET.", NEW_YORK,
         utc(2026, 11, 18, 15, 30), None),
        ("Your interview is confirmed for November 18, 3 pm – 3:45 pm ET.", NEW_YORK,
         utc(2026, 11, 18, 20), utc(2026, 11, 18, 20, 45)),
        ("Ihr Vorstellungsgespräch findet am 18.11.2026 von 15 bis 16 Uhr statt.", BERLIN,
         utc(2026, 11, 18, 14), utc(2026, 11, 18, 15)),
        ("Votre entretien aura lieu le 18 novembre de 14h à 15h.", BERLIN,
         utc(2026, 11, 18, 13), utc(2026, 11, 18, 14)),
        ("Your interview is scheduled at 11:00 AM IST on 18th November 2026.", MUMBAI,
         utc(2026, 11, 18, 5, 30), None),
        ("Your interview is scheduled on 18 November at 14:00 hrs IST.", MUMBAI,
         utc(2026, 11, 18, 8, 30), None),
        ("Your interview is on the 18th at 3pm ET.", NEW_YORK, utc(2026, 11, 18, 20), None),
        ("Your interview is confirmed for November 18 at 3pm ET.\nMeeting ID: 934 5678 9012\n"
         "Passcode: 123456\nDial: +1 646 558 8656", NEW_YORK, utc(2026, 11, 18, 20), None),
        ("Your interview is confirmed for November 18 at 3pm ET. Our office is open Monday to"
         " Friday, 9am-6pm.", NEW_YORK, utc(2026, 11, 18, 20), None),
        ("INTERVIEW CONFIRMED\n\nWHEN: TUESDAY, NOVEMBER 17, 2026 AT 3:00 PM EST", NEW_YORK,
         utc(2026, 11, 17, 20), None),
        ("For your phone screen, we will call you on Wednesday at 11:30 CET.", BERLIN,
         utc(2026, 11, 18, 10, 30), None),
        ("Your interview is confirmed for November 18 at 12am ET.", NEW_YORK,
         utc(2026, 11, 18, 5), None),
    ],
)  # fmt: skip
def test_more_phrasings_of_a_fixed_time(
    body: str, sent: datetime, start: datetime, end: datetime | None
) -> None:
    """Vendor layouts (Lever, Workday), short replies, field lists in three languages,
    ranges, ordinals, two zones for one instant: one scheduled interview, exact in UTC."""
    found = read(mail(body, subject="Re: Interview", sent=sent))
    assert found is not None and found.kind == "scheduled", found
    assert found.interview is not None and found.interview.start == start
    if end is not None:
        assert found.interview.end == end


def test_a_year_turns_for_a_date_in_january() -> None:
    """ "January 5" written in December is next year's."""
    december = datetime(2026, 12, 20, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    found = read(mail("Your interview is confirmed for January 5 at 3pm ET.", sent=december))
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2027, 1, 5, 20)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        ("We're thrilled to offer you the position! Your start date is December 1 at 9am.", PRIYA),
        ("Thank you for interviewing with us on November 10 at 2pm. Unfortunately we decided to"
         " move forward with other candidates.", PRIYA),
        ("Let's set up the interview next week; I'll send an invite.", PRIYA),
        ("My interview is Tuesday at 3pm ET, wish me luck!", ME),
        ("I'm available Tuesday after 2pm ET or Wednesday morning.", ME),
        ("Your flight on November 17 at 14:00 CET is confirmed.", ("Air", "noreply@air.example")),
        ("Join our interview prep meetup on Nov 17 at 6pm ET!", ("Meetup", "info@meetup.example")),
    ],
)  # fmt: skip
def test_mentions_that_fix_no_interview(body: str, sender: tuple[str, str]) -> None:
    """An offer's start date, a past interview, a vague week, the user's own news or
    availability, a flight, a prep meetup: nothing."""
    to = (PRIYA,) if sender == ME else (ME,)
    assert read(mail(body, subject="Re: Interview", sender=sender, to=to, sent=NEW_YORK)) is None


def test_a_move_to_a_time_without_a_day_says_so() -> None:
    """ "moved to 4pm ET": uncertain, and the words say the day is missing."""
    found = read(mail("Your interview with Priya is moved to 4pm ET.", sent=NEW_YORK))
    assert found is not None and found.kind == "uncertain" and found.interview is None
    assert "moved to 4pm ET, but no day is given" in found.uncertain


def test_names_of_the_company_are_no_interviewer() -> None:
    """ "your interview with Acme": Acme is the company (acme-robotics.com), not a person."""
    found = read(mail("Reminder: your interview with Acme is tomorrow at 10:00 AM CT."))
    assert found is not None and found.interview is not None
    assert found.named_without_address == () and found.interview.company == "Acme Robotics"


def test_a_company_named_after_an_event_word_is_still_read() -> None:
    """ "Summit Analytics" (summit-analytics.com) is a company, not a summit."""
    raw = mail("Your interview with Summit Analytics is confirmed for November 18 at 3pm ET.",
               sender=("Kim Ng", "kim.ng@summit-analytics.com"))  # fmt: skip
    found = read(raw)
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.company == "Summit Analytics"


def test_the_candidate_portal_is_no_other_candidate() -> None:
    """ "Candidate Portal" names no candidate; "candidate Alex Moreau" does."""
    mine = read(mail("Your interview is confirmed for November 18 at 3pm ET. Details are in"
                     " the Candidate Portal."))  # fmt: skip
    assert mine is not None and mine.kind == "scheduled"
    other = read(mail("The interview with candidate Alex Moreau is on November 18 at 3pm ET."))
    assert other is None


def test_may_the_verb_is_no_month() -> None:
    """ "the interview at 10 may move" names no date in May."""
    found = read(mail("Heads-up: the interview at 10 may move. It is confirmed for November 18 at"
                      " 3pm ET for now."))  # fmt: skip
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 18, 20)


def test_without_a_date_header_a_weekday_cannot_be_counted() -> None:
    """No Date header: "Tuesday at 3pm ET" is uncertain and says why; a full date is read."""
    msg = ParsedMessage(subject="Interview", sender=Person(email=PRIYA[1]),
                        text="Your interview is confirmed for Tuesday at 3pm ET.")  # fmt: skip
    found = read_text_interview(msg, msg.text, user=USER)
    assert found is not None and found.kind == "uncertain"
    assert 'no Date to count "Tuesday" from' in found.uncertain
    dated = msg.model_copy(
        update={"text": "Your interview is confirmed for 17 November 2026 at 3pm ET."}
    )
    found = read_text_interview(dated, dated.text, user=USER)
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 17, 20)


def test_describe_reads_as_words() -> None:
    """The lines for explain name the kind, the UTC time, the people and the evidence, and
    carry no Python reprs."""
    found = understand_message((DATA / "01-recruiter-fields-cst.eml").read_bytes(), user=USER)
    assert found.text_interview is not None
    lines = found.text_interview.describe()
    assert (
        lines[0]
        == "interview in the text: scheduled, Tue 17 Nov 2026 20:00–20:45 UTC, Acme Robotics"
    )
    assert (
        "interviewers: Priya Raman <priya.raman@acme-robotics.com>, Sam Ortiz <sam.ortiz@acme-robotics.com>"
        in lines
    )
    assert any(line.startswith('evidence: "Date: November 17') for line in lines)
    moved = understand_message((DATA / "12-two-proposed.eml").read_bytes(), user=USER)
    assert moved.text_interview is not None
    text = "\n".join(moved.text_interview.describe())
    assert "proposed: Tue 17 Nov 2026 20:00 UTC; Wed 18 Nov 2026 16:00 UTC" in text
    for line in (*lines, text):
        assert "datetime(" not in line and "Person(" not in line and "None" not in line


# --- conversations as people write them ---------------------------------------------------

SAM = ("Sam Ortiz", "sam.ortiz@acme-robotics.com")
REPLY_TO_PRIYA = (("In-Reply-To", "<p-1@acme-robotics.com>"),)


def test_your_reply_confirming_the_proposed_time_is_the_interview() -> None:
    """ "Tomorrow at 10:30 works perfectly" in your reply: the interview, with the people
    the proposal you answer names (not said in your own words)."""
    body = (
        "Tomorrow at 10:30 works perfectly.\n\nJordan\n\n"
        "On Mon, Nov 16, 2026 at 8:00 AM Priya Raman <priya.raman@acme-robotics.com> wrote:\n"
        "> Could you do a 45-minute video call with me and Sam Ortiz tomorrow at 10:30?\n"
    )
    raw = mail(body, subject="Re: Senior Backend Engineer - Acme", sender=ME, to=(PRIYA,),
               cc=(SAM,), headers=REPLY_TO_PRIYA)  # fmt: skip
    found = read(raw)
    assert found is not None and found.kind == "scheduled" and found.confirmed_by_user
    assert found.interview is not None and found.interview.start == utc(2026, 11, 17, 16, 30)
    assert found.interview.end == utc(2026, 11, 17, 17, 15)
    assert sorted(p.email for p in found.interview.interviewers) == [PRIYA[1], SAM[1]]


def test_your_reply_to_a_move_moves_the_interview() -> None:
    """Confirming "Could we push to Wednesday at 11 instead?" is a move, not a second
    interview."""
    body = (
        "No problem at all - Wednesday at 11 is perfect.\n\n"
        "On Mon, Nov 16, 2026 at 8:00 AM Priya Raman <priya.raman@acme-robotics.com> wrote:\n"
        "> So sorry, could we push to Wednesday at 11 instead? Same crew, same 45 minutes.\n"
    )
    raw = mail(body, subject="Re: Senior Backend Engineer - Acme", sender=ME, to=(PRIYA,),
               headers=REPLY_TO_PRIYA)  # fmt: skip
    found = read(raw)
    assert found is not None and found.kind == "rescheduled" and found.confirmed_by_user
    assert found.interview is not None and found.interview.start == utc(2026, 11, 18, 17)


def test_a_time_you_confirm_outside_a_hiring_thread_is_nothing() -> None:
    """ "Tomorrow at 10:30 works" to a friend (no job, no interview anywhere) is no interview."""
    raw = mail("Tomorrow at 10:30 works perfectly. See you at the café!",
               subject="Re: coffee?", sender=ME, to=(("Ana", "ana@example.net"),),
               headers=REPLY_TO_PRIYA)  # fmt: skip
    assert read(raw) is None


def test_people_in_the_forms_mail_uses() -> None:
    """ "Maya will call you", German "nehmen Herr Dr. … und ich teil", "you'll be meeting
    Simon Hale": the interviewers, by the address the mail gives them."""
    maya = mail(
        "Date: Tuesday, November 17, 2026\nTime: 11:00 AM - 11:45 AM CST\n"
        "Format: Phone call - Maya will call you at the number on your application.",
        subject="Your interview with Acme Robotics",
        sender=("Acme Robotics", "no-reply@greenhouse-mail.io"),
        cc=(("Maya Ostrowski", "maya.ostrowski@acme-robotics.com"),),
    )
    found = read(maya)
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == ["maya.ostrowski@acme-robotics.com"]
    german = mail(
        "Gerne lade ich Sie zu einem ersten Gespräch am Dienstag, 17. November, um 10:30 Uhr"
        " ein. Das Gespräch dauert etwa 45 Minuten. Seitens Acme nehmen Herr Dr. Jonas"
        " Albrecht (Teamleiter, in Kopie) und ich teil.",
        subject="Einladung zum Kennenlerngespräch – Data Engineer (m/w/d)",
        cc=(("Dr. Jonas Albrecht", "jonas.albrecht@acme-robotics.com"),),
    )
    found = read(german)
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [
        PRIYA[1], "jonas.albrecht@acme-robotics.com"
    ]  # fmt: skip


def test_a_prep_call_does_not_hide_the_interview_in_the_same_mail() -> None:
    """ "I'll give you a call on Wednesday to prep" times the prep, not the interview:
    the interview's own time stays."""
    raw = mail(
        "Thursday at 2pm CT works for them - you'll be meeting Simon Hale at their office."
        " Allow 45 minutes.\n\nI'll give you a call on Wednesday to prep.",
        subject="RE: your CV",
    )
    found = read(raw)
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 19, 20)
    assert found.named_without_address == ("Simon Hale",)


def test_a_time_given_again_for_you_is_the_same_time() -> None:
    """ "9:00 AM ET for 45 minutes - that's 3:00 PM for you in Berlin" names one time in two
    zones (yours second): one interview, with the person the recruiter puts you in front of."""
    raw = mail(
        "Let's get you in front of the hiring manager, Sam Ortiz (cc'd). We've booked"
        " Thursday, Nov 19 at 9:00 AM ET for 45 minutes - that's 3:00 PM for you in Berlin.",
        subject="Re: Senior Backend Engineer - application",
        cc=(SAM,),
    )
    found = read(raw)
    assert found is not None and found.kind == "scheduled", found and found.uncertain
    assert found.interview is not None and found.interview.start == utc(2026, 11, 19, 14)
    assert [p.email for p in found.interview.interviewers] == [SAM[1]]


def test_the_time_said_in_the_sentence_after_the_invitation() -> None:
    """ "… would like to offer you a second-stage interview. Simon was impressed. It's with
    their CTO: Tuesday 24th November at 10am." The time two sentences on is the interview's;
    Spanish "Estaremos Javier Ortega (en copia) y yo" names the people."""
    raw = mail(
        "Great news - they would like to offer you a second-stage interview. Simon was really"
        " impressed. It's with their CTO and Simon again: Tuesday 24th November at 10am CT,"
        " same office.\n\nCan you confirm you're available?",
        subject="RE: feedback",
    )
    found = read(raw)
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 24, 16)
    spanish = mail(
        "Te hemos reservado una entrevista el jueves 19 de noviembre a las 17:00 (hora"
        " peninsular española), de unos 45 minutos. Estaremos Sam Ortiz, director de"
        " producto (en copia), y yo.",
        subject="Entrevista – Product Manager",
        cc=(SAM,),
    )
    found = read(spanish)
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [PRIYA[1], SAM[1]]


def test_your_reply_counts_the_person_copied_in_and_named() -> None:
    """Grace proposed "Tom's free tomorrow at 10:30 … the two of us. I've copied Tom in";
    your "10:30 tomorrow works" to Grace, Tom in Cc: both are the interviewers."""
    grace = ("Grace Liu", "grace.liu@acme-robotics.com")
    body = (
        "Hi Grace, hi Tom,\n\n10:30 tomorrow works perfectly.\n\nJordan\n\n"
        "On Mon, Nov 16, 2026 at 8:00 AM Grace Liu <grace.liu@acme-robotics.com> wrote:\n"
        "> Tom's free tomorrow at 10:30 if that works for you? Same format, 45 minutes, the"
        " two of us. I've copied Tom in.\n"
    )
    raw = mail(body, subject="Re: Senior Data Analyst - Acme", sender=ME, to=(grace,),
               cc=(("Tom Reyes", "tom.reyes@acme-robotics.com"),), headers=REPLY_TO_PRIYA)  # fmt: skip
    found = read(raw)
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [
        "grace.liu@acme-robotics.com", "tom.reyes@acme-robotics.com"
    ]  # fmt: skip


def test_chatting_on_a_day_at_a_time_in_a_job_thread() -> None:
    """ "Looking forward to chatting on Friday 20th at 14:00 CET." in a thread about a role."""
    found = read(mail("Looking forward to chatting on Friday 20th at 14:00 CET.",
                      subject="Re: Senior Backend Engineer role"))  # fmt: skip
    assert found is not None and found.kind == "scheduled"
    assert found.interview is not None and found.interview.start == utc(2026, 11, 20, 13)


def test_people_in_an_ats_confirmation_and_with_their_address() -> None:
    """ "Who: Priya Raman, Technical Recruiter" (a label, as applicant-tracking mail
    writes it) and "… with Sam Ortiz (sam.ortiz@…)" name the interviewers."""
    who = read(mail(
        "Your phone screen is confirmed:\n\nWhen: Thursday, November 19, 2026 at 1:00 PM CT\n"
        "Who: Priya Raman, Technical Recruiter\n", subject="Phone screen confirmed - Acme",
    ))  # fmt: skip
    assert who is not None and who.interview is not None
    assert [p.email for p in who.interview.interviewers] == [PRIYA[1]]
    given = read(mail(
        "The team would like to move you forward to the technical interview. It will be on"
        " Monday, November 23 at 2pm CT with Sam Ortiz (sam.ortiz@acme-robotics.com).",
        subject="Acme - next steps",
    ))  # fmt: skip
    assert given is not None and given.interview is not None
    assert [p.email for p in given.interview.interviewers] == [SAM[1]]


def test_a_candidate_answering_your_own_invitation_is_no_interview_of_yours() -> None:
    """You hire for your own team: "Thank you for applying … we'd like to invite you for an
    interview on Thursday at 10", quoted in the candidate's "Thursday at 10 works for me"."""
    ethan = ("Ethan Brophy", "ethan.brophy@tidewatch.example")
    quote = (
        "> Thank you for applying for the Logistics Coordinator position. We'd like to invite"
        " you for an interview on Thursday, November 19 at 10:00 a.m. at our office.\n"
    )
    body = (
        "Thursday at 10 works for me - see you then.\n\nEthan\n\nOn Mon, Nov 16, 2026 at 9:00 AM {who} wrote:\n\n"
        + quote
    )
    yours = mail(body.format(who="Jordan Lee <jordan.lee@example.org>"),
                 subject="Re: Interview - Logistics Coordinator", sender=ethan,
                 headers=REPLY_TO_PRIYA)  # fmt: skip
    assert read(yours) is None
    # The same words from a recruiter, quoted in their own follow-up, are your interview.
    theirs = mail(body.format(who="Priya Raman <priya.raman@acme-robotics.com>"),
                  subject="Re: Interview - Logistics Coordinator", headers=REPLY_TO_PRIYA)  # fmt: skip
    found = read(theirs)
    assert found is not None and found.interview is not None


def test_a_range_whose_end_is_approximate_is_one_time() -> None:
    """ "Uhrzeit: 14:00 bis ca. 16:30 Uhr", "2pm to approx. 4pm": one interview, its end
    the approximate one, not two different times."""
    for body, end in (
        ("Datum: Dienstag, 17. November 2026\nUhrzeit: 14:00 bis ca. 16:30 Uhr MEZ\n",
         utc(2026, 11, 17, 15, 30)),
        ("Your interview is confirmed on November 17, 2pm to approx. 4pm CET.",
         utc(2026, 11, 17, 15)),
    ):  # fmt: skip
        found = read(mail(body))
        assert found is not None and found.kind == "scheduled", found
        assert found.interview is not None and found.interview.end == end


def test_a_time_said_in_words_beside_a_call_is_read() -> None:
    """ "Grand, Wednesday 18th at half two so. I'll give you a call on the mobile" (an
    Irish recruiter): the sentence before the call's gives its time."""
    found = read(mail("Grand, Wednesday 18th at half two GMT so. I'll give you a call on the"
                      " mobile number on your CV - 30 mins max.\n\nConor\n",
                      subject="Re: Software Test Lead at Halfpenny Pay"))  # fmt: skip
    assert found is not None and found.interview is not None
    assert found.interview.start == utc(2026, 11, 18, 14, 30)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # Portuguese: a move to "amanhã às 17h30" proposed (the 16h is the clash)
        (
            "Entrou uma reunião amanhã às 16h que eu não consigo mover. Conseguimos passar a "
            "nossa conversa para amanhã às 17h30?",
            utc(2026, 11, 17, 16, 30),
        ),
        ("Vi ses i morgon kl. 10.00 på kontoret.", utc(2026, 11, 17, 9)),
        ("Ci vediamo domani alle 15:00.", utc(2026, 11, 17, 14)),
    ],
)
def test_tomorrow_and_moves_in_other_languages(body: str, start: datetime) -> None:
    """ "amanhã", "i morgon", "domani" are tomorrow (from the sent date, Monday 16th), and
    "passar a nossa conversa para …" moves the meeting to the time after it."""
    found = read(mail(body + "\n\nRodrigo\n", subject="Re: Entrevista técnica",
                      sent=datetime(2026, 11, 16, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))))  # fmt: skip
    assert found is not None and found.interview is not None
    assert found.interview.start == start
