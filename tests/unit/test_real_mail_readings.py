"""Readings that real mailboxes asked for (issue 10): plain invitations from a person,
chatbot transcripts, interviewers named without an address, the coordinator who only
arranges, interviews that are not for a job, and timeframes in French and Spanish.
Each message here is written for the test."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.domain.model import Attendee, CalendarItem, CalendarStatus, Interview, Person
from followupd.domain.signals import SignalKind
from followupd.pipeline.tracker import Tracker
from followupd.store import Store
from followupd.track.facts import Observed
from followupd.understand import parse_message, understand_message
from followupd.understand.candidacy import candidacy
from followupd.understand.classify import classify
from followupd.understand.interview import judge
from followupd.understand.naming import name_of_domain
from followupd.understand.textanswer import TextInterview
from followupd.understand.textpeople import people_absent, people_named
from tests.invitations import invitation, reply
from tests.unit.test_textinterview import ME, PRIYA, USER, mail, read

SHOP = ("Lena Hart", "lena@thornfield-bakery.example")
BOT = ("Ava at Copperleaf Foods", "copperleaf@paradox.ai")
# The messages are sent from Chicago (tests.unit.test_textinterview.SENT): a user there
# reads a time without a zone as settled.
CHICAGO_USER = USER.model_copy(update={"timezone": "America/Chicago"})
NOW_T = datetime(2026, 11, 13, 18, 0, tzinfo=UTC)


def test_a_plain_invitation_from_a_person_is_an_interview_with_them() -> None:
    """No word "interview": the thanks for applying and a time to come by make one, and
    the sender who will meet the user is the interviewer."""
    found = read(
        mail(
            "Hi Jordan,\n\nThanks for applying! Come by the bakery this Saturday the 21st at "
            "9 a.m. and ask for me at the counter - we'll talk for half an hour.\n\nLena\n",
            subject="Shift Supervisor",
            sender=SHOP,
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 21, 15, 0, tzinfo=UTC)  # Chicago
    assert found.interview.end - found.interview.start == timedelta(minutes=30)
    assert [p.email for p in found.interview.interviewers] == [SHOP[1]]


def test_a_chatbot_transcript_with_a_reply_keyword_is_scheduled_not_moved() -> None:
    """ "Reply RESCHEDULE to change your time" is an instruction, and the name after the
    job title is the interviewer (kept apart: no address yet); the company is the one in
    the relay's display name."""
    found = read(
        mail(
            "Hi Jordan! Here's a copy of our chat:\n\nAva: Please pick an interview time.\n"
            "Jordan: Thu 11/19 10:30 AM\n\nYou're all set! Interview details:\n"
            "When: Thursday, November 19 at 10:30 AM\nWho: Store Manager Dana Whitfield\n\n"
            "Reply RESCHEDULE to change your time. Powered by Paradox\n",
            subject="You're scheduled! Interview with Copperleaf Foods",
            sender=BOT,
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.company == "Copperleaf Foods"
    assert found.named_without_address == ("Dana Whitfield",)
    assert found.interview.unnamed == ("Dana Whitfield",)


def test_a_reminder_to_reply_reschedule_asks_nothing_new() -> None:
    found = read(
        mail(
            "Just a reminder about your interview tomorrow at Copperleaf Foods.\n"
            "Reply C to confirm or RESCHEDULE to pick a new time.\n",
            subject="Reminder: your interview is tomorrow",
            sender=BOT,
        )
    )
    assert found is None or "moved" not in found.uncertain


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Membership interview for Unit 4C",
            "Thanks for your application for Unit 4C. The board would like to meet you for a "
            "membership interview on Sunday, November 22 at 4 pm in the community room.",
        ),
        (
            "Volunteer guide interview",
            "Thank you for applying to be a volunteer guide. We'd like to invite you to a "
            "brief interview on Saturday, November 21 at 10 am.",
        ),
        (
            "Your admissions interview is confirmed",
            "Your MBA admissions interview is confirmed for Thursday, November 19 at 1:00 PM "
            "ET with an alumni interviewer.",
        ),
        (
            "Interview request - startup founders feature",
            "I'm a reporter with the City Gazette. We're doing a feature on local founders "
            "and I'd love to interview you this Saturday, 21 November, at 11 am, by phone.",
        ),
        (
            "You've been scheduled to interview a candidate for Line Cook",
            "You have been scheduled to interview Alex Moreau for Line Cook on Monday, "
            "November 23 at 2:00 PM. View interview kit.",
        ),
        (
            "Webinaire : réussir son entretien d'embauche",
            "Jeudi 19 novembre à 18h : nos recruteurs partagent leurs conseils pour l'entretien.",
        ),
        (
            "lunch interview friday?? \U0001f602",
            "I'm formally inviting you to a very serious lunch interview this Friday at noon. "
            "Bring stories about all your actual interviews.",
        ),
    ],
)
def test_interviews_that_are_not_the_users_job_interview_stay_silent(
    subject: str, body: str
) -> None:
    raw = mail(f"Hi Jordan,\n\n{body}\n\nThe team\n", subject=subject, sender=SHOP)
    assert read(raw) is None
    msg = parse_message(raw)
    assert candidacy(msg, msg.text, user=USER) is None


def test_let_me_know_does_not_put_the_sender_on_the_call() -> None:
    """ "…will call you on Teams. If that doesn't suit, just let me know": the person named
    calls, the sender (who only arranges) does not take part."""
    raw = mail(
        "Hi Jordan,\n\nThanks for applying. I've put you down for a first call on Wednesday "
        "18 November, 16:00 CET. Ivo Marsh, our Head of Product (ivo.marsh@acme-robotics.com), "
        "will call you on Teams. If that doesn't suit, just let me know.\n\nTom Harding\n",
        sender=("Tom Harding", "tom.harding@acme-robotics.com"),
    )
    found = read(raw)
    assert found is not None and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == ["ivo.marsh@acme-robotics.com"]


def test_spanish_te_entrevistara_names_the_interviewer() -> None:
    raw = mail(
        "Hola Jordan:\n\nTe confirmo la entrevista para el martes 17 de noviembre a las 12:00. "
        "Te entrevistará Sergio Vidal, responsable de diseño (sergio.vidal@almendra.example)."
        "\n\nMarta\n",
        sender=("Marta Gil", "marta.gil@almendra.example"),
    )
    named = people_named(parse_message(raw).text, parse_message(raw), USER)
    assert [p.email for p in named.people] == ["sergio.vidal@almendra.example"]


def _panel_invite(body: str) -> tuple[CalendarItem, bytes]:
    coordinator = Person(email="jules.ng@acme-robotics.com", name="Jules Ng")
    panel = [
        Person(email="priyanka.das@acme-robotics.com", name="Priyanka Das"),
        Person(email="tomasz.wilk@acme-robotics.com", name="Tomasz Wilk"),
    ]
    item = CalendarItem(
        uid="panel-1@acme-robotics.com",
        summary="Acme Robotics Technical Panel - Jordan Lee",
        start=datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
        end=datetime(2026, 11, 24, 18, 30, tzinfo=UTC),
        organizer=coordinator,
        attendees=tuple(
            Attendee(person=p) for p in (coordinator, *panel, Person(email=ME[1], name=ME[0]))
        ),
        description="Technical panel interview.",
    )
    return item, mail(body, subject="Interview confirmed: Acme Robotics Technical Panel",
                      sender=("Jules Ng", coordinator.email))  # fmt: skip


def test_the_coordinator_who_names_the_interviewers_is_not_one() -> None:
    item, raw = _panel_invite(
        "Hi Jordan,\n\nYour interview is confirmed.\n\nInterviewers: Priyanka Das, Tomasz "
        "Wilk\n\nJules Ng, Recruiting Coordinator\n"
    )
    verdict = judge(item, user=USER, message=parse_message(raw))
    assert verdict.interview is not None
    assert [p.email for p in verdict.interview.interviewers] == [
        "priyanka.das@acme-robotics.com",
        "tomasz.wilk@acme-robotics.com",
    ]


def test_the_organizer_who_joins_stays_an_interviewer() -> None:
    item, raw = _panel_invite(
        "Hi Jordan,\n\nPriyanka Das and Tomasz Wilk will join me for the panel.\n\nJules\n"
    )
    verdict = judge(item, user=USER, message=parse_message(raw))
    assert verdict.interview is not None
    assert "jules.ng@acme-robotics.com" in {p.email for p in verdict.interview.interviewers}


def test_a_coordinator_sending_a_schedule_is_not_one_of_its_interviewers() -> None:
    """A schedule's lines name the session's interviewer ("10:00 - 10:45 Coding - Priyanka
    Das, Senior Engineer") without any lead phrase; the coordinator who signs is not one.
    Without a coordinator's signature, the organizer who sent it stays an interviewer."""
    schedule = (
        "Hi Jordan,\n\nHere is your onsite schedule:\n\n  10:00 - 10:45  Coding - Priyanka "
        "Das, Senior Engineer\n  10:45 - 11:30  System design - Tomasz Wilk, Principal\n\n"
        "Best,\nJules Ng\n"
    )
    item, raw = _panel_invite(schedule.replace("Jules Ng\n", "Jules Ng\nInterview Coordinator\n"))
    verdict = judge(item, user=USER, message=parse_message(raw))
    assert verdict.interview is not None
    assert "jules.ng@acme-robotics.com" not in {p.email for p in verdict.interview.interviewers}
    item, raw = _panel_invite(schedule)
    verdict = judge(item, user=USER, message=parse_message(raw))
    assert verdict.interview is not None
    assert "jules.ng@acme-robotics.com" in {p.email for p in verdict.interview.interviewers}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll give you a call tomorrow at 3 (Pacific) on the number on your resume.",
        "I'd love to do a quick 20-minute intro call on Tuesday at 10am.",
    ],
)
def test_a_recruiter_who_calls_takes_part(sentence: str) -> None:
    raw = mail(f"Hi Jordan,\n\n{sentence}\n\nShauna\n", subject="Quick intro call")
    msg = parse_message(raw)
    assert people_named(msg.text, msg, USER).sender_takes_part


def test_a_floor_is_not_a_day() -> None:
    found = read(
        mail(
            "Hi Jordan,\n\nThe team would like to meet you for an interview on Tuesday 24 "
            "November at 14:00 at their office (ask for the 9th floor).\n\nGareth\n"
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.kind == "scheduled"


PARIS = timezone(timedelta(hours=1))
CHICAGO = timezone(timedelta(hours=-6))
SENT = datetime(2026, 10, 20, 11, 15, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Nous reviendrons vers vous d'ici vendredi 30 octobre.", 30),
        ("Je reviens vers vous avant le 29 octobre.", 29),
        ("Le daremos una respuesta antes del viernes 30 de octubre.", 30),
        ("I'm sharing your profile with our lead and will revert by Wednesday, 28th October.", 28),
        ("I've got two more folks to see and I'll call you by Wednesday.", 21),
        (
            "We'll review applications after the posting closes on Friday, October 23, and "
            "we'll contact all candidates by Friday, October 30.",
            30,
        ),
    ],
)
def test_timeframes_in_more_words_and_languages(sentence: str, day: int) -> None:
    """Each is a promise of news with its day: a TIMEFRAME signal due that day."""
    raw = mail(f"Hello Jordan,\n\n{sentence}\n\nBest\n", subject="Merci", sent=SENT)
    msg = parse_message(raw)
    (signal,) = [
        s for s in classify(msg, user=USER, sent_offset=msg.sent_offset)
        if s.kind == SignalKind.TIMEFRAME
    ]  # fmt: skip
    assert signal.due is not None and signal.due.astimezone(PARIS).day == day


def test_a_german_rejection_by_a_candidate_described() -> None:
    raw = mail(
        "Liebe Frau Lee,\n\nnach reiflicher Überlegung haben wir uns für eine Kandidatin "
        "entschieden, deren Profil noch näher an unseren Anforderungen liegt.\n\nJana Wolff\n",
        subject="Ihre Bewerbung bei Falkenried",
        sender=("Jana Wolff", "jana.wolff@falkenried.example"),
    )
    kinds = {s.kind for s in classify(parse_message(raw), user=USER)}
    assert SignalKind.REJECTION in kinds


def test_an_agenda_table_gives_one_interview_per_session_and_skips_lunch() -> None:
    """A table's rows as text ("time  session: interviewer"): each session is an
    interview with its people; the lunch break is none."""
    found = read(
        mail(
            "Hi Jordan,\n\nHere is the agenda for your onsite on Tuesday, November 24. All "
            "times are Central.\n\n"
            "10:00 - 10:45 AM Coding: Hugo Brandt (hugo.brandt@acme-robotics.com)\n\n"
            "11:00 - 11:45 AM System design: Aisha Karimi\n\n"
            "11:45 AM - 12:45 PM Lunch break: -\n\n"
            "12:45 - 1:30 PM Hiring manager: Lorenzo Vidal (lorenzo.vidal@acme-robotics.com)\n\n"
            "Pat Oyelaran\nRecruiting Coordinator\n",
            subject="Your onsite agenda - Acme Robotics",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.interview is not None
    sessions = [found, *found.sessions]
    assert [s.interview.start.hour for s in sessions if s.interview] == [16, 17, 18]
    assert [[p.email for p in s.interview.interviewers] for s in sessions if s.interview] == [
        ["hugo.brandt@acme-robotics.com"],
        [],
        ["lorenzo.vidal@acme-robotics.com"],
    ]
    assert sessions[1].named_without_address == ("Aisha Karimi",)


def test_a_date_line_heads_sessions_whose_interviewer_is_printed_under_each() -> None:
    """A confirmation giving "Date: …" once, then rows "10:00 AM - 10:45 AM  System
    Design" with "Hollis Grant, Principal Engineer" under each: one interview per row,
    on that date, with the person printed under it."""
    found = read(
        mail(
            "Hi Jordan,\n\nYour virtual onsite is confirmed. Here are the details:\n\n"
            "Date: Tuesday, November 24, 2026\nTime zone: Central Time\n\n"
            "10:00 AM - 10:45 AM  System Design\n"
            "                     Hollis Grant, Principal Engineer\n"
            "10:50 AM - 11:35 AM  SQL & Data Modeling\n"
            "                     Priyanka Venkataraman, Analytics Engineering Lead\n"
            "11:35 AM - 12:15 PM  Break\n"
            "12:15 PM - 1:00 PM   Hiring Manager Conversation\n"
            "                     Tom Achterberg, Director, Data Platform\n\n"
            "Best,\nRuben Alcantar\nRecruiting Coordinator\n",
            subject="Interview Confirmation: Senior Backend Engineer at Acme Robotics",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.interview is not None
    sessions = [found, *found.sessions]
    assert [s.interview.start for s in sessions if s.interview] == [
        datetime(2026, 11, 24, 16, 0, tzinfo=UTC),
        datetime(2026, 11, 24, 16, 50, tzinfo=UTC),
        datetime(2026, 11, 24, 18, 15, tzinfo=UTC),
    ]
    assert [s.named_without_address for s in sessions] == [
        ("Hollis Grant",),
        ("Priyanka Venkataraman",),
        ("Tom Achterberg",),
    ]


def _observe(raw: bytes) -> Observed:
    """The understanding of one message, as the runner hands it to the tracker."""
    understood = understand_message(raw, user=CHICAGO_USER, source="test")
    msg = understood.message
    signals = classify(msg, user=CHICAGO_USER, sent_offset=msg.sent_offset)
    more = candidacy(msg, understood.new_text, user=CHICAGO_USER)
    return Observed(
        msg,
        understood.new_text,
        (*signals, *((more,) if more else ())),
        text=understood.text_interview,
    )


def test_a_time_settled_later_in_the_thread_moves_the_interview(tmp_path: Path) -> None:
    """ "Could we move to Friday?" — "Friday at 11:30 works for me": one interview, moved;
    never a second one beside the first."""
    ana = ("Ana Petrov", "ana.petrov@juniper.example")
    first = mail(
        "Hi Jordan,\n\nYou're confirmed for a video interview on Thursday, Nov 19 at 11:00 "
        "with me.\n\nAna\n",
        subject="Juniper interview",
        sender=ana,
    )
    asked = reply(
        "Hi Jordan, something came up Thursday. Could we move to Friday the 20th at 11:30?",
        subject="Re: Juniper interview",
        sender=ana,
        to=(ME,),
        sent=datetime(2026, 11, 17, 9, 0, tzinfo=CHICAGO),
        message_id="<m-2@juniper.example>",
        in_reply_to="<m-1@acme-robotics.com>",
    )
    settled = reply(
        "Hi Ana,\n\nFriday at 11:30 works for me.\n\nJordan\n",
        subject="Re: Juniper interview",
        sender=ME,
        to=(ana,),
        sent=datetime(2026, 11, 17, 10, 0, tzinfo=CHICAGO),
        message_id="<m-3@example.org>",
        in_reply_to="<m-2@juniper.example>",
        references=("<m-1@acme-robotics.com>", "<m-2@juniper.example>"),
    )
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        for raw, at in ((first, 16), (asked, 17), (settled, 17)):
            tracker.track("work", _observe(raw), datetime(2026, 11, at, 18, tzinfo=UTC))
        held = [iv for _, iv in store.interviews() if iv.status != CalendarStatus.CANCELLED]
    assert [iv.start for iv in held] == [datetime(2026, 11, 20, 17, 30, tzinfo=UTC)]


def test_an_ats_notice_naming_no_company_joins_by_its_display_name(tmp_path: Path) -> None:
    """ "Ostrander Bank Careers" <ostranderbank@myworkday.com>: the rejection whose words
    name no company joins the application its acknowledgement started."""
    bank = ("Ostrander Bank Careers", "ostranderbank@myworkday.com")
    ack = mail(
        "Dear Jordan,\n\nThank you for applying to Ostrander Bank. We have received your "
        "application.\n",
        subject="Ostrander Bank: Application Received",
        sender=bank,
    )
    no = mail(
        "Dear Jordan,\n\nThe position has been filled, and we will not be considering your "
        "application further at this time.\n",
        subject="Update on your application",
        sender=bank,
    ).replace(b"<m-1@acme-robotics.com>", b"<m-9@myworkday.com>")
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        started = tracker.track("work", _observe(ack), datetime(2026, 11, 16, 18, tzinfo=UTC))
        closed = tracker.track("work", _observe(no), datetime(2026, 11, 18, 18, tzinfo=UTC))
        assert closed.application == started.application != ""
        assert "rejection.received" in closed.happenings


def test_who_stays_off_a_meeting_stays_off_its_rebooking(tmp_path: Path) -> None:
    """ "I'll stay off the call" on the first invitation; it is cancelled and rebooked under
    a new UID with the same people: the organizer is still no interviewer."""
    kevin = ("Kevin Obi", "kevin.obi@brightwater.example")
    mona = ("Mona Siddiqui", "mona.siddiqui@brightwater.example")
    people = (kevin, mona)
    start = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)

    def observed(raw: bytes) -> Observed:
        understood = understand_message(raw, user=USER, source="test")
        found = tuple(v.interview for v in understood.verdicts if v.interview is not None)
        return Observed(understood.message, understood.new_text, interviews=found)

    first = invitation(
        uid="intro-1@brightwater.example",
        start=start,
        end=start + timedelta(minutes=45),
        summary="Jordan Lee / Mona Siddiqui - Brightwater interview",
        organizer=kevin,
        attendees=people,
    ).replace(b"You have been invited to:", b"Mona will meet you. I'll stay off the call.")
    rebooked = invitation(
        uid="intro-2@brightwater.example", start=start + timedelta(days=7),
        end=start + timedelta(days=7, minutes=45),
        summary="Jordan Lee / Mona Siddiqui - Brightwater interview (rescheduled)",
        organizer=kevin, attendees=people, sent=datetime(2026, 11, 20, 9, tzinfo=UTC),
    )  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, USER)
        tracker.track("work", observed(first), datetime(2026, 11, 10, 10, tzinfo=UTC))
        tracker.track("work", observed(rebooked), datetime(2026, 11, 20, 10, tzinfo=UTC))
        found = {iv.uid: iv for _, iv in store.interviews()}
    assert [p.email for p in found["intro-1@brightwater.example"].interviewers] == [mona[1]]
    assert [p.email for p in found["intro-2@brightwater.example"].interviewers] == [mona[1]]


def test_a_move_asked_for_without_the_word_interview_is_read_as_proposed() -> None:
    """ "Could we push to Tuesday, same time?" in a hiring thread: the interview may move,
    so the user is asked (before, "push to" never matched before a capitalised day, and
    the mail was read as no meeting at all)."""
    found = read(
        mail(
            "Jordan, apologies - something came up on my side Monday. Could we push to "
            "Tuesday, same time (9:30 Central)?\n\nPriya\n",
            subject="Re: Senior Backend Engineer",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.kind == "uncertain" and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 17, 15, 30, tzinfo=UTC)
    assert "proposed" in found.uncertain


def test_a_confirmation_goes_to_whom_the_user_answers_not_who_is_copied() -> None:
    """The proposal names no one; the user answers the hiring lead and keeps the recruiter
    who "passed your note along" in copy: the thank-you is due to the lead only."""
    lead, recruiter = ("Dale Kowal", "dale.kowal@acme-robotics.com"), PRIYA
    quoted = (
        "Sounds good - Tuesday 3pm ET works for me.\n\nJordan\n\n"
        "On Mon, Dale Kowal wrote:\n> Priya passed your note along. Let's do Tuesday at "
        "3pm ET?\n"
    )
    found = read(
        mail(
            quoted,
            subject="Re: Senior Backend Engineer",
            sender=ME,
            to=(lead,),
            cc=(recruiter,),
            headers=(("In-Reply-To", "<dale-1@acme-robotics.com>"),),
        )
    )
    assert found is not None and found.confirmed_by_user and found.interview is not None
    assert [p.email for p in found.interview.interviewers] == [lead[1]]


def _thread(*bodies: tuple[tuple[str, str], str, int]) -> list[bytes]:
    """A thread of plain-text mails (sender, body, hour in Chicago),
    each answering the one before (Fri 13 Nov 2026)."""
    out: list[bytes] = []
    for n, (sender, body, hour) in enumerate(bodies, start=1):
        before = [f"<t-{i}@thread.example>" for i in range(1, n)]
        out.append(
            reply(
                body,
                subject="Re: Senior Backend Engineer",
                sender=sender,
                to=(PRIYA,) if sender == ME else (ME,),
                sent=datetime(2026, 11, 13, hour, 0, tzinfo=CHICAGO),
                message_id=f"<t-{n}@thread.example>",
                in_reply_to=before[-1] if before else "",
                references=tuple(before),
            )
        )
    return out


def _interviews_after(tmp_path: Path, raws: list[bytes]) -> list[datetime]:
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        for raw in raws:
            tracker.track("work", _observe(raw), datetime(2026, 11, 13, 23, tzinfo=UTC))
        held = [iv for _, iv in store.interviews() if iv.status != CalendarStatus.CANCELLED]
        return sorted(iv.start for iv in held)


def test_a_reply_accepting_a_proposed_move_without_quoting_it_moves_the_interview(
    tmp_path: Path,
) -> None:
    """ "Could we push to Tuesday, same time (9:30 Central)?" — "No problem, Tuesday works.":
    the user's reply quotes nothing and names no clock time; the interview still moves
    to the proposed Tuesday 9:30, and no second one appears."""
    raws = _thread(
        (PRIYA, "Hi Jordan, you're confirmed for a phone interview with me on Monday, "
         "Nov 16 at 9:30 am Central.\n\nPriya\n", 8),
        (PRIYA, "Jordan, apologies - something came up on my side Monday. Could we push to "
         "Tuesday, same time (9:30 Central)?\n\nPriya\n", 10),
        (ME, "No problem, Tuesday works. Talk then!\n\nJordan\n", 12),
    )  # fmt: skip
    assert _interviews_after(tmp_path, raws) == [datetime(2026, 11, 17, 15, 30, tzinfo=UTC)]


def test_a_reply_picking_one_of_two_proposed_times_by_its_day_fixes_that_one(
    tmp_path: Path,
) -> None:
    raws = _thread(
        (PRIYA, "Hi Jordan, thanks for applying! Would Tuesday at 2pm or Wednesday at 10am "
         "Central work for a 30-minute phone screen with me?\n\nPriya\n", 8),
        (ME, "Hi Priya, Wednesday works for me.\n\nJordan\n", 12),
    )  # fmt: skip
    assert _interviews_after(tmp_path, raws) == [datetime(2026, 11, 18, 16, 0, tzinfo=UTC)]


def test_accepting_the_day_of_a_proposed_schedule_books_every_session(
    tmp_path: Path,
) -> None:
    """ "Could you do Tuesday? 11:00 - 11:45 Sam Ortiz, 12:00 - 12:45 Priya Raman" — "Tuesday
    works perfectly": each session is an interview, at its own time."""
    raws = _thread(
        (PRIYA, "Hi Jordan, thanks for applying! I'd like you to meet the team. Could you do"
         " Tuesday, November 17?"
         " Here's what I have in mind (all Central):\n\n11:00 - 11:45   Sam Ortiz, CTO\n"
         "12:00 - 12:45   Priya Raman, Head of People\n\nEach is a separate Zoom.\n\n"
         "Priya\n", 8),
        (ME, "Tuesday the 17th works perfectly. Looking forward to it!\n\nJordan\n", 12),
    )  # fmt: skip
    assert _interviews_after(tmp_path, raws) == [
        datetime(2026, 11, 17, 17, 0, tzinfo=UTC), datetime(2026, 11, 17, 18, 0, tzinfo=UTC)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "answer",
    [
        "Unfortunately neither works for me - could we look at Thursday instead?",
        "Sorry, Tuesday doesn't work for me.",
        "Sounds great, see you then!",  # two times proposed: which one is not said
    ],
)
def test_a_reply_that_declines_or_leaves_the_choice_open_fixes_nothing(
    tmp_path: Path, answer: str
) -> None:
    raws = _thread(
        (PRIYA, "Hi Jordan, thanks for applying! Would Tuesday at 2pm or Wednesday at 10am "
         "Central work for a 30-minute phone screen with me?\n\nPriya\n", 8),
        (ME, f"Hi Priya,\n\n{answer}\n\nJordan\n", 12),
    )  # fmt: skip
    assert _interviews_after(tmp_path, raws) == []


def test_a_domain_name_is_spelt_as_its_people_write_it() -> None:
    assert name_of_domain("mesaverdeins.example", "VP, Claims | Mesa Verde Insurance") == (
        "Mesa Verde Insurance"
    )
    assert name_of_domain("copperlinebank.example", "the opening at Copperline Bank's office") == (
        "Copperline Bank"
    )
    assert name_of_domain("monsoonrobotics.example", "Operations at Monsoon Robotics?") == (
        "Monsoon Robotics"
    )
    # sharing the first word only is not a spelling of the domain
    assert name_of_domain("mesavet.example", "Mesa Verde Insurance") == "Mesavet"


def test_an_outreach_company_named_from_its_domain_takes_the_name_its_people_sign(
    tmp_path: Path,
) -> None:
    """The user's outreach names no company; the reply is signed "Mesa Verde Insurance":
    letters say that, not "Mesaverdeins"; and the user's "1:30 on the 29th works (…)"
    fixes the meeting Joanne proposed."""
    joanne = ("Joanne Whitaker", "jwhitaker@mesaverdeins.example")
    raws = [
        reply(
            "Hi Joanne,\n\nMarisa mentioned you're hiring a Claims Operations Lead. I've "
            "attached my resume.\n\nJordan\n",
            subject="Claims Operations Lead - introduction",
            sender=ME,
            to=(joanne,),
            sent=datetime(2026, 11, 2, 9, 0, tzinfo=CHICAGO),
            message_id="<o-1@example.org>",
        ),
        reply(
            "Hi Jordan,\n\nLet's meet. How about Tuesday, November 17 at 1:30 PM Central? "
            "Rob will join us on Teams.\n\nJoanne\n\nJoanne Whitaker\nVP, Claims Operations | "
            "Mesa Verde Insurance\n",
            subject="RE: Claims Operations Lead - introduction",
            sender=joanne,
            to=(ME,),
            sent=datetime(2026, 11, 3, 9, 0, tzinfo=CHICAGO),
            message_id="<o-2@mesaverdeins.example>",
            in_reply_to="<o-1@example.org>",
        ),
        reply(
            "Hi Joanne,\n\nYes - 1:30 on the 17th works (and thank you!).\n\nJordan\n",
            subject="Re: Claims Operations Lead - introduction",
            sender=ME,
            to=(joanne,),
            sent=datetime(2026, 11, 3, 10, 0, tzinfo=CHICAGO),
            message_id="<o-3@example.org>",
            in_reply_to="<o-2@mesaverdeins.example>",
            references=("<o-1@example.org>", "<o-2@mesaverdeins.example>"),
        ),
    ]
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        for raw in raws:
            tracker.track("work", _observe(raw), datetime(2026, 11, 3, 23, tzinfo=UTC))
        (app,) = store.applications().values()
        held = [iv.start for _, iv in store.interviews()]
    assert app.company == "Mesa Verde Insurance"
    assert held == [datetime(2026, 11, 17, 19, 30, tzinfo=UTC)]


def test_a_published_schedule_gives_each_session_the_people_its_title_names() -> None:
    """An Exchange PUBLISH agenda invites no one; each session's title names its people
    ("Case Study mit Felix Wagner und Aylin Demir"), the mail gives their addresses. A
    "Dr." before a name beside a job title is a doctorate, not a doctor's appointment;
    a session whose person the mail gives no address for gets no one else's thank-you."""
    jonas = Person(email="jonas.becker@fjordline.example", name="Jonas Becker")
    raw = mail(
        "Sehr geehrte Frau Lee,\n\nwir möchten Sie zu einem Vor-Ort-Termin einladen.\n\n"
        "09:30 - 10:15  Kennenlernen mit Dr. Miriam Vogt (miriam.vogt@fjordline.example)\n"
        "10:15 - 11:00  Case Study mit Felix Wagner (felix.wagner@fjordline.example) und "
        "Aylin Demir (aylin.demir@fjordline.example)\n"
        "11:00 - 11:45  Technisches Gespräch mit Stefan Krüger\n\nJonas Becker\n",
        subject="Einladung zum Vor-Ort-Termin am 24. November",
        sender=("Jonas Becker", jonas.email),
    )
    msg = parse_message(raw)

    def session(n: int, title: str) -> CalendarItem:
        return CalendarItem(
            uid=f"s{n}@fjordline.example",
            summary=title,
            start=datetime(2026, 11, 24, 8 + n, 30, tzinfo=UTC),
            end=datetime(2026, 11, 24, 9 + n, 15, tzinfo=UTC),
            organizer=jonas,
            method="PUBLISH",
        )

    titles = (
        "Kennenlernen mit Dr. Miriam Vogt (Head of Product)",
        "Case Study mit Felix Wagner und Aylin Demir",
        "Technisches Gespräch mit Stefan Krüger",
    )
    verdicts = [judge(session(n, t), user=USER, message=msg) for n, t in enumerate(titles)]
    people = [
        [p.email for p in v.interview.interviewers] if v.interview else None for v in verdicts
    ]
    assert people[0] == ["miriam.vogt@fjordline.example"]
    assert people[1] == ["felix.wagner@fjordline.example", "aylin.demir@fjordline.example"]
    assert people[2] is None or people[2] == []


def test_a_time_restated_in_another_zone_is_one_time() -> None:
    """ "3pm UK time (4pm in Berlin)": one moment said twice, a scheduled call — not two
    different times to ask about."""
    found = read(
        mail(
            "Hi Jordan,\n\nLet's have an initial call. I've booked Tuesday 17 November at 3pm "
            "UK time (4pm in Berlin) for 30 minutes.\n\nGemma\nTalent Acquisition Manager\n",
            subject="RE: Senior Product Manager - referral",
        )
    )
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


def test_an_italian_invitation_gives_its_day_and_time() -> None:
    found = read(
        mail(
            "Gentile Jordan,\n\nsaremmo lieti di invitarLa a un primo colloquio, che si terrà\n\n"
            "martedì 17 novembre alle ore 11:00\npresso la nostra sede di Milano.\n\n"
            "Francesca Lombardi\nUfficio Risorse Umane\n",
            subject="Invito a colloquio - Product Designer",
            sent=datetime(2026, 11, 9, 10, 0, tzinfo=timezone(timedelta(hours=1))),
        )
    )
    assert found is not None and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def test_people_met_joined_by_the_sender_and_greeters_who_are_not() -> None:
    grace = ("Grace Okafor", "grace.okafor@halyard.example")
    raw = mail(
        "Hi Jordan,\n\nI'd love for you to meet two people on my team: Ivan Petrov "
        "(ivan.petrov@halyard.example), who runs data engineering, and Lila Chen "
        "(lila.chen@halyard.example), our lead analyst. I'll join too.\n\nGrace\n",
        subject="Next conversation - Halyard",
        sender=grace,
    )
    named = people_named(parse_message(raw).text, parse_message(raw), USER)
    assert [p.email for p in named.people] == [
        "ivan.petrov@halyard.example",
        "lila.chen@halyard.example",
    ]
    assert named.sender_takes_part
    relayed = mail(
        "Larchmont came back - I've confirmed a Zoom with Helen Strauss (Director, "
        "Merchandising Analytics) for Monday, November 16 at 9:00 AM ET.\n\nDominic\n",
        subject="RE: Larchmont Retail - resume submitted",
        sender=("Dominic Reyes", "dreyes@ferncliff.example"),
    )
    msg = parse_message(relayed)
    assert people_named(msg.text, msg, USER).without_address == ("Helen Strauss",)
    tasha = Person(email="tasha.greene@riverbend.example", name="Tasha Greene")
    onsite = mail(
        "Dr. Wendy Hale and Marco Rossi will meet with you; I won't be in the room, but "
        "Tasha Greene from our coordinator team will meet you at reception.\n\nAaron\n",
        subject="Onsite Interview",
        sender=("Aaron Feld", "aaron.feld@riverbend.example"),
    )
    msg = parse_message(onsite)
    assert tasha.email in people_absent(msg.text, msg, USER, (tasha,))


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to talk if you're growing the analytics team - I saw the Analytics Manager "
        "posting on your site. Resume attached.",
        "Hi Gemma, I saw your Senior Product Manager listing. CV attached; I'd be glad to talk.",
    ],
)
def test_an_outreach_naming_a_posting_is_a_candidacy(text: str) -> None:
    raw = mail(f"Hi,\n\n{text}\n\nJordan\n", subject="Hello", sender=ME, to=(PRIYA,))
    msg = parse_message(raw)
    found = candidacy(msg, msg.text, user=USER)
    assert found is not None and found.kind == SignalKind.CANDIDACY


def test_a_page_long_capitalised_run_is_no_company_name() -> None:
    """Cut short by a word's end, not a page: a hostile run of 4,000 letters after the
    label's letters leaves the name built from the domain."""
    assert name_of_domain("mesaverdeins.example", "Mesa Verde Insurance" + "e" * 4000) == (
        "Mesaverdeins"
    )


def test_a_date_header_with_an_impossible_offset_gives_no_offset(tmp_path: Path) -> None:
    """ "+9959" parses as an offset of four days, which no zone has and no tzinfo takes:
    the message has no offset (every reader that builds a zone from it is safe), and it
    is tracked without error."""
    raw = mail(
        "Hi Jordan, would Tuesday at 2pm or Wednesday at 10am Central work for a 30-minute "
        "phone screen with me?\n\nPriya\n",
        subject="Senior Backend Engineer - phone screen",
    )
    raw = re.sub(rb"(?m)^Date: .*$", b"Date: Fri, 13 Nov 2026 08:00:00 +9959", raw, count=1)
    observed = _observe(raw)
    assert observed.message.sent_offset is None
    with Store(tmp_path / "s.db") as store:
        Tracker(store, CHICAGO_USER).track("work", observed, NOW_T)


def test_a_reply_fixing_a_call_belongs_to_the_hiring_thread_it_quotes() -> None:
    """The recruiter's "Let's do Tuesday at 11am CT - I'll call you" says nothing of hiring
    itself; the outreach it answers ("We're hiring a Director of Engineering") does. A
    message that is not a reply is not read through its quoted text."""
    body = (
        "Let's do Tuesday the 24th at 11am CT - I'll call you.\n\nDana\n\n"
        "On Fri, Nov 13, 2026 Dana Cole wrote:\n"
        "> We're hiring a Director of Engineering - would you be up for a conversation?\n"
    )
    dana = ("Dana Cole", "dana@larkspur-labs.example")
    answer = (("In-Reply-To", "<outreach-1@larkspur-labs.example>"),)
    found = read(mail(body, subject="Re: Quick question", sender=dana, headers=answer))
    assert found is not None and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    assert [p.email for p in found.interview.interviewers] == [dana[1]]
    assert any("thread it answers" in r for r in found.reasons)
    assert read(mail(body, subject="Re: Quick question", sender=dana)) is None


def test_a_weekday_confirmed_takes_the_date_of_the_mail_it_answers() -> None:
    """ "Tuesday at 2 works" answering "I've held Tuesday 12/1 at 2:00 pm CT" is that
    Tuesday, not the one after the reply; a reply naming another clock keeps its weekday."""

    def answer(own: str) -> TextInterview | None:
        body = (
            f"Hi Priya,\n\n{own}\n\nJordan\n\n"
            "On Mon, Nov 16, 2026 at 8:20 AM Priya Raman wrote:\n"
            "> I've held Tuesday 12/1 at\n> 2:00 pm CT for a first conversation about the role.\n"
        )
        headers = (("In-Reply-To", "<held-1@acme-robotics.com>"),)
        return read(mail(body, subject="Re: Senior Backend Engineer", sender=ME,
                         to=(PRIYA,), headers=headers))  # fmt: skip

    found = answer("Tuesday at 2 works - I'll come to the office.")
    assert found is not None and found.interview is not None
    assert found.interview.start == datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    other = answer("Tuesday at 4 works for me.")
    assert other is not None and other.interview is not None
    assert other.interview.start == datetime(2026, 11, 17, 22, 0, tzinfo=UTC)


def test_a_time_with_its_zone_then_works_confirms_it() -> None:
    """ "No problem - Wednesday 11am ET works." confirms the move it answers, the zone
    between the time and "works" notwithstanding."""
    body = (
        "No problem - Wednesday 11am ET works.\n\nJordan\n\n"
        "On Mon, Nov 16, 2026 at 8:10 AM Priya Raman wrote:\n"
        "> Something came up for Tuesday - could we push our interview to Wednesday 11/18, same time "
        "(11am ET)?\n"
    )
    headers = (("In-Reply-To", "<push-1@acme-robotics.com>"),)
    found = read(mail(body, subject="Re: Tuesday -> Wednesday?", sender=ME, to=(PRIYA,),
                      headers=headers))  # fmt: skip
    assert found is not None and found.interview is not None and found.confirmed_by_user
    assert found.kind == "rescheduled"
    assert found.interview.start == datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


def _observe_all(raw: bytes) -> Observed:
    """As `_observe`, with the invitations the message carries."""
    understood = understand_message(raw, user=CHICAGO_USER, source="test")
    found = tuple(v.interview for v in understood.verdicts if v.interview is not None)
    plain = _observe(raw)
    return Observed(plain.message, plain.new_text, plain.signals, found, text=plain.text)


def _held_after(tmp_path: Path, steps: list[tuple[bytes, datetime]]) -> list[Interview]:
    """The interviews still held once each message was tracked at its time, by start."""
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        for raw, at in steps:
            tracker.track("work", _observe_all(raw), at)
        held = [iv for _, iv in store.interviews() if iv.status != CalendarStatus.CANCELLED]
    return sorted(held, key=lambda iv: iv.start)


RUBEN = ("Ruben Alcantar", "ruben.alcantar@acme-robotics.com")


def test_an_interviewer_who_is_out_is_replaced_by_the_one_who_runs_it(tmp_path: Path) -> None:
    """The invitation is with Wei; the coordinator writes that Wei is out, so Anjali
    (copied) will run the screen at the same time: the thank-you goes to Anjali alone."""
    wei = ("Wei Tanaka", "wei.tanaka@acme-robotics.com")
    anjali = ("Anjali Deshmukh", "anjali.deshmukh@acme-robotics.com")
    start = datetime(2026, 11, 19, 17, 0, tzinfo=UTC)
    invite = invitation(
        uid="screen-1@acme-robotics.com", start=start, end=start + timedelta(minutes=45),
        summary="Technical screen - Acme Robotics", organizer=wei, attendees=(wei,),
    )  # fmt: skip
    swap = mail(
        "Hi Jordan,\n\nQuick heads-up for tomorrow: Wei is out unexpectedly, so Anjali "
        "Deshmukh (cc'd), a Senior Data Engineer on the same team, will run your technical "
        "screen instead. Same time (11:00 CT), same Zoom link.\n\nRuben\n",
        subject="Change of interviewer for tomorrow's technical screen",
        sender=RUBEN,
        cc=(anjali,),
        sent=datetime(2026, 11, 18, 16, 45, tzinfo=CHICAGO),
    )
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        tracker.track("work", _observe_all(invite), datetime(2026, 11, 10, 10, tzinfo=UTC))
        tracker.track("work", _observe_all(swap), datetime(2026, 11, 18, 23, tzinfo=UTC))
        found = {iv.uid: iv for _, iv in store.interviews()}
    assert list(found) == ["screen-1@acme-robotics.com"]
    assert [p.email for p in found["screen-1@acme-robotics.com"].interviewers] == [anjali[1]]


def test_a_session_moved_is_the_one_whose_interviewer_the_mail_names(tmp_path: Path) -> None:
    """A schedule of three sessions; "Priyanka has a conflict during her slot. Could we
    move the SQL session to Wednesday at 9?" — "Wednesday at 9 works for me": Priyanka's
    session moves, the first session stays, and the coordinator is no interviewer."""
    schedule = mail(
        "Hi Jordan,\n\nYour virtual onsite is confirmed. Here are the details:\n\n"
        "Date: Tuesday, November 24, 2026\nTime zone: Central Time\n\n"
        "10:00 AM - 10:45 AM  System Design\n"
        "                     Hollis Grant, Principal Engineer\n"
        "10:50 AM - 11:35 AM  SQL & Data Modeling\n"
        "                     Priyanka Venkataraman, Analytics Engineering Lead\n"
        "12:15 PM - 1:00 PM   Hiring Manager Conversation\n"
        "                     Tom Achterberg, Director, Data Platform\n\nRuben\n",
        subject="Interview Confirmation: Senior Backend Engineer at Acme Robotics",
        sender=RUBEN,
    )
    asked = reply(
        "Hi Jordan,\n\nPriyanka just told me she has a conflict during her slot on Tuesday. "
        "Could we move the SQL & Data Modeling session to Wednesday, November 25 at 9:00 AM "
        "CT? The other sessions stay as they are.\n\nRuben\n",
        subject="RE: Interview Confirmation: Senior Backend Engineer at Acme Robotics",
        sender=RUBEN,
        to=(ME,),
        sent=datetime(2026, 11, 18, 9, 0, tzinfo=CHICAGO),
        message_id="<m-2@acme-robotics.com>",
        in_reply_to="<m-1@acme-robotics.com>",
    )
    settled = reply(
        "Wednesday at 9 works for me. Thanks Ruben!\n\nJordan\n\n"
        "On Wed, Nov 18, 2026 Ruben Alcantar wrote:\n> Priyanka just told me she has a "
        "conflict during her slot on Tuesday. Could we move the SQL & Data Modeling "
        "session to Wednesday, November 25 at 9:00 AM CT?\n",
        subject="Re: Interview Confirmation: Senior Backend Engineer at Acme Robotics",
        sender=ME,
        to=(RUBEN,),
        sent=datetime(2026, 11, 18, 10, 0, tzinfo=CHICAGO),
        message_id="<m-3@example.org>",
        in_reply_to="<m-2@acme-robotics.com>",
        references=("<m-1@acme-robotics.com>", "<m-2@acme-robotics.com>"),
    )
    steps = [(schedule, 16), (asked, 18), (settled, 18)]
    held = _held_after(tmp_path, [(r, datetime(2026, 11, d, 18, tzinfo=UTC)) for r, d in steps])
    assert [(iv.start, iv.unnamed) for iv in held] == [
        (datetime(2026, 11, 24, 16, 0, tzinfo=UTC), ("Hollis Grant",)),
        (datetime(2026, 11, 24, 18, 15, tzinfo=UTC), ("Tom Achterberg",)),
        (datetime(2026, 11, 25, 15, 0, tzinfo=UTC), ("Priyanka Venkataraman",)),
    ]
    assert all(RUBEN[1] not in {p.email for p in iv.interviewers} for iv in held)


def test_a_session_moved_is_not_one_the_mail_says_stays_as_planned(tmp_path: Path) -> None:
    """ "Rohan has been pulled into an incident review. Could his session move to Friday
    at 7:30am PST? Dana and Lisa stay exactly as planned." — "Friday works": Rohan's
    session moves; Dana's, named too but as staying, does not."""
    dana = ("Dana Whitfield", "dana.whitfield@acme-robotics.com")
    rohan = ("Rohan Mehta", "rohan.mehta@acme-robotics.com")
    schedule = mail(
        "Hi Jordan,\n\nYou're all set for Thursday, November 26. Here's the schedule (PST,"
        " with CT in brackets):\n\n"
        "8:00 - 8:45am   Dana Whitfield, Director of Engineering   (10:00 - 10:45am CT)\n"
        "9:00 - 9:45am   Rohan Mehta, Staff Engineer              (11:00 - 11:45am CT)\n"
        "10:00 - 10:45am Lisa Park, Product Lead                  (12:00 - 12:45pm CT)\n\n"
        "Ruben\n",
        subject="Confirmed: Acme Robotics final loop, Thu Nov 26",
        sender=RUBEN,
        cc=(dana, rohan),
    )
    asked = reply(
        "Hi Jordan,\n\nQuick one - Rohan has been pulled into an incident review on Thursday"
        " morning. Could his session move to Friday Nov 27 at 7:30am PST (9:30am CT)? Dana"
        " and Lisa stay exactly as planned on Thursday.\n\nRuben\n",
        subject="Small change to your final loop",
        sender=RUBEN,
        to=(ME,),
        sent=datetime(2026, 11, 18, 9, 0, tzinfo=CHICAGO),
        message_id="<m-2@acme-robotics.com>",
        in_reply_to="<m-1@acme-robotics.com>",
    )
    settled = reply(
        "No problem at all, Friday works.\n\nJordan\n\n"
        "On Wed, Nov 18, 2026 Ruben Alcantar wrote:\n> Quick one - Rohan has been pulled into"
        " an incident review on Thursday morning. Could his session move to Friday Nov 27 at"
        " 7:30am PST (9:30am CT)? Dana and Lisa stay exactly as planned on Thursday.\n",
        subject="Re: Small change to your final loop",
        sender=ME,
        to=(RUBEN,),
        sent=datetime(2026, 11, 18, 10, 0, tzinfo=CHICAGO),
        message_id="<m-3@example.org>",
        in_reply_to="<m-2@acme-robotics.com>",
        references=("<m-1@acme-robotics.com>", "<m-2@acme-robotics.com>"),
    )
    steps = [(schedule, 16), (asked, 18), (settled, 18)]
    held = _held_after(tmp_path, [(r, datetime(2026, 11, d, 18, tzinfo=UTC)) for r, d in steps])
    assert [(iv.start, [p.email for p in iv.interviewers]) for iv in held] == [
        (datetime(2026, 11, 26, 16, 0, tzinfo=UTC), [dana[1]]),
        (datetime(2026, 11, 26, 18, 0, tzinfo=UTC), []),
        (datetime(2026, 11, 27, 15, 30, tzinfo=UTC), [rohan[1]]),
    ]


def test_picking_a_slot_with_please_confirms_it() -> None:
    """ "Thursday at 4 please." answering "Wednesday 9/16 at 9 am or Thursday 11/19 at 4 pm"
    fixes Thursday at 4 pm, with the person the user answers."""
    body = (
        "Hi Priya, Thursday at 4 please. Looking forward to it.\n\nJordan\n\n"
        "On Mon, Nov 16, 2026 Priya Raman wrote:\n> How about Wednesday 11/18 at 9 am or "
        "Thursday 11/19 at 4 pm (both Central)? 45 min, a chat about the role.\n"
    )
    headers = (("In-Reply-To", "<slots-1@acme-robotics.com>"),)
    found = read(mail(body, subject="Re: Senior Backend Engineer", sender=ME, to=(PRIYA,),
                      headers=headers))  # fmt: skip
    assert found is not None and found.interview is not None and found.confirmed_by_user
    assert found.interview.start == datetime(2026, 11, 19, 22, 0, tzinfo=UTC)
    assert [p.email for p in found.interview.interviewers] == [PRIYA[1]]


def test_an_ats_invitation_names_whom_you_meet_under_its_heading() -> None:
    """An Ashby mail sent as "Tessellate Robotics" <no-reply@…> with "You'll meet with" and
    "Jonah Feldstein, Senior ML Engineer" on the line below: the recruiter who organizes
    the invitation is not an interviewer, and the company is nobody."""
    jonah = ("Jonah Feldstein", "jonah.feldstein@tessellate.example")
    mireille = ("Mireille Dufresne", "mireille.dufresne@tessellate.example")
    start = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
    raw = invitation(
        uid="ashby-1", start=start, end=start + timedelta(hours=1),
        summary="Technical Interview: Jordan Lee <> Tessellate Robotics",
        organizer=mireille, attendees=(mireille, jonah),
    )  # fmt: skip
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    msg.replace_header("From", "Tessellate Robotics <no-reply@ashbyhq.com>")
    body = msg.get_body(("plain",))
    assert body is not None
    body.set_content(
        "Hi Jordan,\n\nYour interview with Tessellate Robotics is confirmed.\n\n"
        "You'll meet with\nJonah Feldstein, Senior ML Engineer\n\nSent with Ashby\n"
    )
    understood = understand_message(msg.as_bytes(), user=USER, source="test")
    (verdict,) = [v for v in understood.verdicts if v.interview is not None]
    assert verdict.interview is not None
    assert [p.email for p in verdict.interview.interviewers] == [jonah[1]]


def test_a_session_cancelled_and_rebooked_is_moved() -> None:
    """ "We've cancelled the 12:30 session. I've rebooked it with her for Thursday,
    November 26 at 9:30 AM PT": a move to Thursday, not a cancellation."""
    found = read(
        mail(
            "Hi Jordan,\n\nHana can't make tomorrow, so we've cancelled the 12:30 Values "
            "session. I've rebooked it with her for Thursday, November 26 at 9:30 AM PT, "
            "that's UTC-8 (same Zoom link).\n\nDev\n",
            subject="RE: Your virtual onsite with Acme Robotics is confirmed",
        )
    )
    assert found is not None and found.kind == "rescheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 26, 17, 30, tzinfo=UTC)


def test_the_text_of_a_calendar_judged_no_interview_makes_none() -> None:
    """A webinar registration whose published event is no interview: its text, giving the
    same time under a subject saying "Interviewing 101", is none either."""
    start = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    raw = invitation(
        uid="webinar-1", start=start, end=start + timedelta(hours=1), method="PUBLISH",
        summary="Interviewing 101: Behavioral Rounds for Senior Engineers",
        organizer=("Careerforge Academy", "no-reply@zoom.example"), attendees=(),
        description="Our panel of former hiring managers walks through the STAR method.",
    )  # fmt: skip
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    msg.replace_header(
        "Subject", "Interviewing 101: Behavioral Rounds for Senior Engineers Confirmation"
    )
    body = msg.get_body(("plain",))
    assert body is not None
    body.set_content(
        'Hi Jordan,\n\nThank you for registering for "Interviewing 101".\n\n'
        "Date & Time: Nov 26, 2026 11:00 AM Central Time (US and Canada)\n"
        "Join: https://careerforge.zoom.example/w/88213094417\n"
    )
    understood = understand_message(msg.as_bytes(), user=USER, source="test")
    assert not understood.interviews() and understood.text_interview is None


def test_a_meeting_rebooked_through_an_agency_keeps_the_cancelled_ones_people(
    tmp_path: Path,
) -> None:
    """The client's invitation (Rebecca and Tom) is cancelled; the agency recruiter offers
    "Thursday 26th at 9:30 UK time instead" and the user answers him "Thursday 9:30 UK is
    fine": the rebooked interview is with Rebecca and Tom, not with the recruiter."""
    rebecca = ("Rebecca Holt", "rebecca.holt@harbourline.example")
    tom = ("Tom Adeyemi", "tom.adeyemi@harbourline.example")
    oliver = ("Oliver Grant", "oliver.grant@brightpath-talent.example")
    start = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    booked = dict(uid="hl-1", start=start, end=start + timedelta(minutes=45),
                  summary="Harbourline - Analytics Engineer interview", organizer=rebecca,
                  attendees=(rebecca, tom))  # fmt: skip
    invite = invitation(**booked)  # type: ignore[arg-type]
    cancel = invitation(**booked, method="CANCEL", sequence=1,  # type: ignore[arg-type]
                        sent=datetime(2026, 11, 23, 17, 0, tzinfo=UTC))  # fmt: skip
    offered = reply(
        "Hi Jordan,\n\nRebecca has been pulled into an audit committee tomorrow. They can do "
        "Thursday 26th at 9:30 UK time instead, same two people. Does that work?\n\nOliver\n",
        subject="Harbourline - tomorrow's interview moved",
        sender=oliver,
        to=(ME,),
        sent=datetime(2026, 11, 23, 18, 0, tzinfo=UTC),
        message_id="<o-2@brightpath-talent.example>",
    )
    fine = reply(
        "No problem at all. Thursday 9:30 UK is fine.\n\nJordan\n\n"
        "On Mon, 23 Nov 2026 Oliver Grant wrote:\n> Rebecca has been pulled into an audit "
        "committee tomorrow.\n",
        subject="Re: Harbourline - tomorrow's interview moved",
        sender=ME,
        to=(oliver,),
        sent=datetime(2026, 11, 23, 19, 0, tzinfo=UTC),
        message_id="<o-3@example.org>",
        in_reply_to="<o-2@brightpath-talent.example>",
    )
    steps = [(invite, 10), (cancel, 17), (offered, 18), (fine, 19)]
    held = _held_after(tmp_path, [(r, datetime(2026, 11, 23, h, tzinfo=UTC)) for r, h in steps])
    assert [iv.start for iv in held] == [datetime(2026, 11, 26, 9, 30, tzinfo=UTC)]
    assert sorted(p.email for p in held[0].interviewers) == [rebecca[1], tom[1]]


@pytest.mark.parametrize(
    ("subject", "sentence", "start"),
    [
        # Dutch: "then we'll see you Tuesday 24 November at 14.00"
        ("Re: Uitnodiging kennismakingsgesprek",
         "Top, dan zien we je dinsdag 24 november om 14.00 uur op ons kantoor.", (13, 0)),
        # Portuguese: "the interview is set for Tuesday, 24 November, at 9h00"
        ("Re: Entrevista",
         "A entrevista fica combinada para terça-feira, 24 de novembro, às 9h00.", (8, 0)),
        # Italian: "confirmed: we'll see each other Tuesday 24 November at 15:00"
        ("Re: Colloquio", "Confermato: ci vediamo martedì 24 novembre alle 15:00.", (14, 0)),
    ],
)  # fmt: skip
def test_a_time_fixed_in_dutch_portuguese_or_italian(
    subject: str, sentence: str, start: tuple[int, int]
) -> None:
    """Weekdays, months, 'om 14.00 uur', 'às 9h00', 'alle 15:00' and the words that
    settle a time, read from a sender in Amsterdam's zone."""
    amsterdam = USER.model_copy(update={"timezone": "Europe/Amsterdam"})
    sent = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    found = read(
        mail(f"Hoi Jordan,\n\n{sentence}\n\nMarloes\n", subject=subject,
             sent=sent, headers=(("In-Reply-To", "<ask-1@acme-robotics.com>"),)),
        user=amsterdam,
    )  # fmt: skip
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 24, *start, tzinfo=UTC)


def test_a_name_in_dutch_with_me_and_a_colleague_is_named() -> None:
    """ "Het gesprek … met mij en Ruud Hendriks": the sender and Ruud take part."""
    named = people_named(
        "Het gesprek duurt een uur en vindt plaats op ons kantoor, met mij en Ruud Hendriks.",
        parse_message(mail("x", sender=PRIYA)),
        USER,
    )
    assert named.sender_takes_part and named.without_address == ("Ruud Hendriks",)


def test_a_teamtailor_confirmation_in_portuguese_names_both_people() -> None:
    """ "Data: …", "Hora: 15:00 – 15:45" and "Vais conhecer: Rita Moreira (Talent
    Acquisition)" with "Pedro Azevedo (Head of Product) – pedro@…" on the next line: the
    day and time, and both people (Rita by the relay's Reply-To, Pedro by his address)."""
    found = read(
        mail(
            "Olá Jordan, obrigada por escolheres um horário.\n\n"
            "Data: terça-feira, 24 de novembro de 2026\n\n"
            "Hora: 15:00 – 15:45 (hora de Lisboa)\n\n"
            "Vais conhecer: Rita Moreira (Talent Acquisition)\n"
            "Pedro Azevedo (Head of Product) – pedro.azevedo@ondarte.example\n\n"
            "Enviado através de Teamtailor\n",
            subject="Entrevista agendada – Product Manager na Ondarte",
            sender=("Ondarte", "no-reply@teamtailor.com"),
            reply_to=("Rita Moreira", "rita.moreira@ondarte.example"),
        )
    )
    assert found is not None and found.interview is not None
    assert found.interview.start == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    assert [p.email for p in found.interview.interviewers] == [
        "rita.moreira@ondarte.example",
        "pedro.azevedo@ondarte.example",
    ]


def test_a_panel_listed_with_honorifics_and_titles() -> None:
    """ "The interview panel will be:" and one "Ms Name, Title" per line: each person,
    found by the address the mail gives elsewhere ("Mr Doherty can be contacted at …")."""
    text = (
        "Your interview will take place on Thursday 26 November at 11.15am.\n\n"
        "The interview panel will be:\nMs Bernadette Hyland, Director of Nursing\n"
        "Mr Kieran Doherty, Clinical Nurse Manager 2, Surgical Directorate\n\n"
        "Mr Doherty can be contacted at kieran.doherty@mountcarrow.example.\n"
    )
    named = people_named(text, parse_message(mail(text, sender=PRIYA)), USER)
    assert [p.email for p in named.people] == ["kieran.doherty@mountcarrow.example"]
    assert named.without_address == ("Bernadette Hyland",)


def test_an_onsite_agenda_with_each_sessions_link_keeps_each_address_its_own() -> None:
    """Each session's interviewer under its time, with their address and then the
    session's own meeting link: one interview each, every address with its own person
    (the name above an address belongs to that address, not to the next one)."""
    found = read(
        mail(
            "Hi Jordan,\n\nHere's your agenda for Tuesday, November 24. All times are Central."
            "\n\n9:00 - 9:45 AM    System design\n"
            "                  Kwame Asante, Staff Data Engineer (kwame.asante@acme-robotics.com)\n"
            "                  https://acme.zoom.example/j/84120937711\n\n"
            "10:00 - 10:45 AM  Data modeling & SQL\n"
            "                  Lin Zhao, Senior Analytics Engineer (lin.zhao@acme-robotics.com)\n"
            "                  https://acme.zoom.example/j/84120937722\n\n"
            "11:00 AM - 12:00 PM  Lunch on us\n\n"
            "12:00 - 12:45 PM  Leadership & values\n"
            "                  Hannah Whitcomb, Group Product Manager\n"
            "                  https://acme.zoom.example/j/84120937744\n\n"
            "Tomás Beltrán\nSenior Technical Recruiter\n",
            subject="Your onsite agenda - Tuesday 11/24",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.interview is not None
    sessions = [s for s in (found, *found.sessions) if s.interview]
    assert [s.interview.start.hour for s in sessions if s.interview] == [15, 16, 18]
    assert [[p.email for p in s.interview.interviewers] for s in sessions if s.interview] == [
        ["kwame.asante@acme-robotics.com"],
        ["lin.zhao@acme-robotics.com"],
        [],
    ]
    assert sessions[2].named_without_address == ("Hannah Whitcomb",)


def test_an_assessment_centre_agenda_of_start_times_has_its_interviews_only() -> None:
    """ "Date: Thursday 26 November 2026" as one field of a form, then items giving only
    their start: the two with interviewers after a dash are the interviews (each until
    the next item begins, an hour at most); arrival and tour, tests, lunch and the
    close are none."""
    found = read(
        mail(
            "Dear Jordan,\n\nPlease find below the agenda for your assessment centre.\n\n"
            "Vacancy: Quality Engineer II (Ref: LMM-2231)\nDate: Thursday 26 November 2026\n"
            "Venue: Acme Robotics, Building 3, Little Island Business Park\n\n"
            "09:30  Arrival, welcome and site tour - Grainne Sullivan\n"
            "10:15  Online aptitude tests (numerical and verbal reasoning)\n"
            "11:30  Competency-based interview - Orla Brennan (QA Manager), Fiachra Lynch "
            "(Site Quality Director)\n"
            "12:30  Lunch with members of the quality team (informal, not assessed)\n"
            "13:30  Technical presentation and Q&A - Dr Helen Cotter (Head of R&D), Orla "
            "Brennan\n14:30  Close\n\nYours sincerely,\nTalent Acquisition Team\n",
            subject="Your assessment centre agenda: Quality Engineer II",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.interview is not None and found.kind == "scheduled"
    sessions = [s for s in (found, *found.sessions) if s.interview]
    chicago = timezone(timedelta(hours=-6))
    assert [(s.interview.start.astimezone(chicago).hour, s.interview.end.astimezone(chicago).hour)
            for s in sessions if s.interview] == [(11, 12), (13, 14)]  # fmt: skip
    assert [s.named_without_address for s in sessions] == [
        ("Orla Brennan", "Fiachra Lynch"),
        ("Helen Cotter", "Orla Brennan"),
    ]


def test_a_campus_itinerary_names_its_committee_once_for_two_sessions() -> None:
    """Under a day heading, a teaching demonstration "Observed by the search committee
    (Dr. A, Prof. B)" on the line after it, a meeting with the department head, and
    later an "Interview with the search committee": three interviews, the committee in
    both of theirs; breakfast, lunch, the tour and the car are none, and the hall the
    interview is in is nobody."""
    found = read(
        mail(
            "Dear Dr. Lee,\n\nYour itinerary for the day is below. All times are Central Time."
            "\n\nTuesday, November 24\n8:15 am - Breakfast with the search committee\n"
            "10:00 - 10:50 am - Teaching demonstration, Halvorsen Hall 214.\n"
            "Observed by the search committee (Dr. Thomas Okafor-Lind, Prof. Helen Vasquez)\n"
            "11:15 am - 12:00 pm - Meeting with the Department Head, Prof. Gwendolyn "
            "Achterberg, Halvorsen Hall 120\n12:15 - 1:30 pm - Lunch with faculty\n"
            "1:45 - 2:15 pm - Campus tour with a graduate student\n"
            "2:30 - 3:45 pm - Interview with the search committee, Halvorsen Hall 301\n"
            "4:00 pm - Car to the airport\n\nSincerely,\nBeverly Lindqvist\n",
            subject="Campus visit itinerary - Tuesday, November 24",
        ),
        user=CHICAGO_USER,
    )
    assert found is not None and found.interview is not None
    sessions = [s for s in (found, *found.sessions) if s.interview]
    chicago = timezone(timedelta(hours=-6))
    assert [s.interview.start.astimezone(chicago).strftime("%H:%M") for s in sessions
            if s.interview] == ["10:00", "11:15", "14:30"]  # fmt: skip
    committee = ("Thomas Okafor-Lind", "Helen Vasquez")
    assert [s.named_without_address for s in sessions] == [
        committee,
        ("Gwendolyn Achterberg",),
        committee,
    ]


SAO_PAULO = timezone(timedelta(hours=-3))
LARISSA = USER.model_copy(update={"timezone": "America/Sao_Paulo"})


def test_a_portuguese_confirmation_is_read_with_its_short_weekday_and_its_people() -> None:
    """ "Então nos vemos na quinta, 17/09, às 14h30." from a recruiter who names nobody
    else: Thursday 17 September at 14:30 in São Paulo, with her; "das 15h às 15h45
    (horário de Brasília), com a Helena" is a range in Brasília's zone, with Helena."""
    camila = ("Camila Rezende", "camila.rezende@verticepag.example")
    found = read(
        mail(
            "Perfeito, Jordan! Então nos vemos na quinta, 17/09, às 14h30.\n\nLink do Meet: "
            "https://meet.google.com/qkt-bxwe-ram\n\nAté lá!\n\nCamila Rezende\n"
            "Talent Acquisition | Vértice Pagamentos\n",
            subject="Re: Vértice | Analista de Dados Sênior - bate-papo inicial",
            sender=camila,
            sent=datetime(2026, 9, 16, 8, 53, tzinfo=SAO_PAULO),
        ),
        user=LARISSA,
    )
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 9, 17, 17, 30, tzinfo=UTC)
    assert [p.email for p in found.interview.interviewers] == [camila[1]]
    helena = ("Helena Vasconcelos", "helena.vasconcelos@verticepag.example")
    final = read(
        mail(
            "Perfeito, nos vemos na quarta!\n\nFicou assim: quarta-feira, 14/10, das 15h às "
            "15h45 (horário de Brasília), com a Helena, que está em cópia.\n\nCamila Rezende\n"
            "Talent Acquisition | Vértice Pagamentos\n",
            subject="Re: Vértice | etapa final - entrevista",
            sender=camila,
            cc=(helena,),
            sent=datetime(2026, 10, 2, 11, 3, tzinfo=timezone(timedelta(hours=1))),
        ),
        user=LARISSA,
    )
    assert final is not None and final.kind == "scheduled" and final.interview is not None
    assert (final.interview.start, final.interview.end) == (
        datetime(2026, 10, 14, 18, 0, tzinfo=UTC),
        datetime(2026, 10, 14, 18, 45, tzinfo=UTC),
    )
    assert [p.email for p in final.interview.interviewers] == [helena[1]]


def test_a_spanish_confirmation_names_who_calls_and_the_time_in_both_cities() -> None:
    """From Madrid: "nos vemos mañana. Álvaro te llamará por Teams a las 15:00 (11:00 en
    Buenos Aires)": the slot is 14:00 UTC, and Álvaro, not the coordinator, holds it."""
    alvaro = ("Álvaro Ferrer", "alvaro.ferrer@orbitalia.example")
    found = read(
        mail(
            "Perfecto, nos vemos mañana. Álvaro te llamará por Teams a las 15:00 (11:00 en "
            "Buenos Aires), mismo enlace que la vez anterior.\n\nLucía\n",
            subject="Re: Orbitalia - entrevista con nuestro CEO",
            sender=("Lucía Márquez", "lucia.marquez@orbitalia.example"),
            cc=(alvaro,),
            sent=datetime(2026, 10, 26, 14, 20, tzinfo=timezone(timedelta(hours=1))),
        ),
        user=USER.model_copy(update={"timezone": "America/Argentina/Buenos_Aires"}),
    )
    assert found is not None and found.kind == "scheduled" and found.interview is not None
    assert found.interview.start == datetime(2026, 10, 27, 14, 0, tzinfo=UTC)
    assert [p.email for p in found.interview.interviewers] == [alvaro[1]]


def test_a_portuguese_ordinal_is_no_weekday() -> None:
    """ "A segunda entrevista" is the second interview, not Monday."""
    from followupd.understand.textwhen import mentions

    sent = datetime(2026, 9, 16, 8, 53, tzinfo=SAO_PAULO)
    text = "A segunda entrevista será com o time; a quinta etapa é a proposta."
    assert mentions(text, 0, sent, context=text, user_zone=SAO_PAULO) == []


def test_a_japanese_rejection_is_read_without_spaces_between_words() -> None:
    """ "今回はご希望に沿いかねる結果となりました" is the formal no; a closing wish for the
    reader's success alone ("今後のご活躍をお祈り申し上げます") is none."""
    no = reply(
        "佐藤 様\n\n先日は面接にご参加いただき、誠にありがとうございました。\n"
        "慎重に検討いたしました結果、誠に残念ではございますが、\n"
        "今回は佐藤様のご希望に沿いかねる結果となりました。\n"
        "今後のご活躍をお祈り申し上げます。\n\n人事部 山本\n",
        subject="選考結果のご連絡",
        sender=("山本 香織", "yamamoto@minatolink.example"),
        sent=datetime(2026, 10, 14, 5, 30, tzinfo=UTC),
        message_id="<jp.no@minatolink.example>",
    )
    kinds = {s.kind for s in classify(parse_message(no), user=USER)}
    assert SignalKind.REJECTION in kinds
    wish = reply(
        "佐藤 様\n\nセミナーへのご参加ありがとうございました。\n"
        "今後のご活躍をお祈り申し上げます。\n",
        subject="セミナーのお礼",
        sender=("山本 香織", "yamamoto@minatolink.example"),
        sent=datetime(2026, 10, 14, 5, 30, tzinfo=UTC),
        message_id="<jp.wish@minatolink.example>",
    )
    assert SignalKind.REJECTION not in {s.kind for s in classify(parse_message(wish), user=USER)}


def test_a_tracking_systems_notice_joins_the_application_its_name_runs_together(
    tmp_path: Path,
) -> None:
    """You wrote to abigail@oxbowrobotics.example (the company known as "Oxbowrobotics");
    the BambooHR notice thanks you "for applying … at Oxbow Robotics": one application,
    not a second one whose check-back would nag after the company has answered."""
    abigail = ("Abigail Fenwick", "abigail.fenwick@oxbowrobotics.example")
    sent = mail("Hi Abigail,\n\nI noticed Oxbow posted a Director of Operations role and I'd"
                " like to apply. My resume is attached.\n\nJordan\n",
                subject="Director of Operations", sender=ME, to=(abigail,))  # fmt: skip
    notice = mail("Hi Jordan,\n\nThank you for applying for the Director of Operations position"
                  " at Oxbow Robotics. We'll review your application and get back to you"
                  " within two weeks.\n\nOxbow Robotics People Team\n",
                  subject="Thank you for applying to Oxbow Robotics",
                  sender=("Oxbow Robotics", "notifications@bamboohr.com"))  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, CHICAGO_USER)
        tracker.track("work", _observe(sent), datetime(2026, 11, 16, 16, tzinfo=UTC))
        tracker.track("work", _observe(notice), datetime(2026, 11, 16, 17, tzinfo=UTC))
        assert list(store.applications()) == ["oxbowrobotics.example"]
