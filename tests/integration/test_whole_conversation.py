"""Hiring conversations that start before any invitation, through `followupd run --once`
against a real Dovecot (issue 10): an application from Sent answered with a timeframe,
and mail skipped as noise read once a later message makes it part of a process.
"""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.configs import run_cli, write_config
from tests.invitations import RECRUITER, USER, invitation, reply
from tests.servers.dovecot import DovecotUser

MARIA = ("Maria Lopez", "maria.lopez@acme-robotics.example")
MADRID = timezone(timedelta(hours=1))
APPLICATION_ID = "<apply.acme.1@example.org>"


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=90)


def drafts(user: DovecotUser) -> list[EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for raw in user.list_messages("Drafts")
    ]


def the_application() -> bytes:
    """Monday 2 November: the user applies from their own mail client (Sent)."""
    return reply(
        "Dear Maria,\n\nI am writing to apply for the Senior Backend Engineer position at "
        "Acme Robotics. My CV is attached.\n\nBest regards,\nJordan Lee\n",
        subject="Application – Senior Backend Engineer",
        sender=USER,
        to=(MARIA,),
        sent=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        message_id=APPLICATION_ID,
    )


def hear_by_wednesday() -> bytes:
    """Tuesday 3 November: Maria answers the application with a timeframe, no interview."""
    return reply(
        "Hi Jordan,\n\nThank you for your application. We are reviewing applications this "
        "week and you'll hear from us by next Wednesday.\n\nBest,\nMaria\n",
        subject="Re: Application – Senior Backend Engineer",
        sender=MARIA,
        sent=datetime(2026, 11, 3, 11, 0, tzinfo=MADRID),
        message_id="<re.apply.1@acme-robotics.example>",
        in_reply_to=APPLICATION_ID,
    )


def test_an_application_from_sent_answered_with_a_timeframe_gets_a_check_in(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """No invitation at all: the user's application (Sent) starts the process, the answer's
    "by next Wednesday" (11 November) gives a check-back one business day after it — a
    reminder and a check-in draft to Maria, in the thread, exactly once."""
    dovecot.append("Sent", the_application(), flags=[b"\\Seen"])
    dovecot.append("INBOX", hear_by_wednesday())
    cfg = write_config(dovecot, tmp_path)
    first = followupd("run", "--once", "--now", "2026-11-03T12:00:00+00:00", cfg=cfg)
    assert first.returncode == 0, first.stderr
    status = json.loads(followupd("status", "--json", cfg=cfg).stdout)["applications"]
    (acme,) = [a for a in status if "Acme" in a["company"]]
    assert acme["stage"] == "applied" and acme["role"] == "Senior Backend Engineer"

    planned = json.loads(followupd("plan", "--json", "--now", "2026-11-03T12:10", cfg=cfg).stdout)
    check_ins = [
        p for p in planned if p["rule"] == "check-back-application" and p["kind"] == "draft"
    ]
    assert [p["to"] for p in check_ins] == [[MARIA[1]]]
    # Wednesday 11 November, end of the day in Madrid, + 1 business day, in office hours.
    due = datetime.fromisoformat(check_ins[0]["due"].replace("Z", "+00:00"))
    assert datetime(2026, 11, 12, tzinfo=UTC) <= due <= datetime(2026, 11, 13, 17, tzinfo=UTC)
    assert drafts(dovecot) == []

    later = (due + timedelta(hours=1)).isoformat()
    ran = followupd("run", "--once", "--now", later, cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    (letter,) = drafts(dovecot)
    assert letter["To"].addresses[0].addr_spec == MARIA[1]
    assert "Senior Backend Engineer" in letter["Subject"]
    body = letter.get_body().get_content()  # type: ignore[union-attr]
    assert "Acme Robotics" in body and "interview" not in body
    assert len([m for m in dovecot.list_messages("INBOX") if b"check back" in m.lower()]) == 1
    again = followupd("run", "--once", "--now", later, cfg=cfg)
    assert again.returncode == 0 and len(drafts(dovecot)) == 1


def test_the_company_writing_first_withdraws_the_check_in(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """Maria writes with news before the day: no check-in is written."""
    dovecot.append("Sent", the_application(), flags=[b"\\Seen"])
    dovecot.append("INBOX", hear_by_wednesday())
    dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nGood news: the team would like to meet you. I'll send times shortly."
            "\n\nMaria\n",
            subject="Re: Application – Senior Backend Engineer",
            sender=MARIA,
            sent=datetime(2026, 11, 9, 10, 0, tzinfo=MADRID),
            message_id="<re.apply.2@acme-robotics.example>",
            in_reply_to="<re.apply.1@acme-robotics.example>",
        ),
    )
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-16T10:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert [d["Subject"] for d in drafts(dovecot)] == []


def test_mail_skipped_in_a_first_sync_is_read_once_its_company_is_known(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """A first sync reads a whole batch's headers before any body: the recruiter's "A quick
    update" (no hiring word, an unknown domain then) is skipped — and read at the end of the
    same pass, once the invitation before it made the company known. It is a rejection:
    the application is rejected and a gracious reply goes to the recruiter."""
    start = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
    dovecot.append("INBOX", invitation(start=start, end=start + timedelta(minutes=90)))
    dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThank you for your time last week. After careful consideration, "
            "we have decided to move forward with other candidates.\n\nAll the best,\nRosa\n",
            subject="A quick update",
            sender=RECRUITER,
            sent=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
            message_id="<update.1@northwind-robotics.example>",
        ),
    )
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-24T10:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    status = json.loads(followupd("status", "--json", cfg=cfg).stdout)["applications"]
    (northwind,) = [a for a in status if "Northwind" in a["company"]]
    assert northwind["stage"] == "rejected"
    assert "move forward with other candidates" in northwind["stage_evidence"]
    replies = [d for d in drafts(dovecot) if "quick update" in str(d["Subject"]).lower()]
    assert [d["To"].addresses[0].addr_spec for d in replies] == [RECRUITER[1]]


def test_explain_says_whether_run_reads_a_message_and_why(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """`explain` tells what `run` does with a message before reading it: a subject without
    hiring words from an unknown company is not read (and kept for later); the user's
    application is read for its subject."""
    cfg = write_config(dovecot, tmp_path)
    update = tmp_path / "update.eml"
    update.write_bytes(
        reply(
            "Hi Jordan, we have decided to move forward with other candidates. Rosa",
            subject="A quick update",
            sender=RECRUITER,
            sent=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
            message_id="<update.2@northwind-robotics.example>",
        )
    )
    said = followupd("explain", str(update), "--now", "2026-11-24T10:00", cfg=cfg)
    assert said.returncode == 0, said.stderr
    (line,) = [x for x in said.stdout.splitlines() if x.startswith("Reading:")]
    assert line.startswith("Reading: run would not read it: no calendar, no known company")
    assert "it is kept, and read once" in line
    applied = tmp_path / "apply.eml"
    applied.write_bytes(the_application())
    said = followupd("explain", str(applied), "--now", "2026-11-03T10:00", cfg=cfg)
    assert 'Reading: run reads it in full: its subject says "Application"' in said.stdout
    assert "signal candidacy" in said.stdout


def test_marks_are_kept_shown_and_honoured(dovecot: DovecotUser, tmp_path: Path) -> None:
    """`followupd mark`: a message skipped as noise, marked as part of an application, is
    read at the next pass and starts its process; a message marked as nothing causes
    nothing when it arrives; `status` lists both marks; `forget` removes one."""
    cfg = write_config(dovecot, tmp_path)
    uid = dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nThanks for your note and your CV. We'll get back to you by Friday."
            "\n\nPat\n",
            subject="Coffee next week?",
            sender=("Pat Kim", "pat.kim@initech.example"),
            sent=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            message_id="<coffee.1@initech.example>",
        ),
    )
    assert followupd("run", "--once", "--now", "2026-11-02T10:00", cfg=cfg).returncode == 0
    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    assert shown["applications"] == []
    marked = followupd("mark", f"work:INBOX:{uid}", "application", cfg=cfg)
    assert marked.returncode == 0, marked.stderr
    assert "marked as part of an application" in marked.stdout
    assert followupd("run", "--once", "--now", "2026-11-02T10:05", cfg=cfg).returncode == 0
    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    (initech,) = shown["applications"]
    assert initech["company"] == "Initech" and initech["timeframe_due"]

    misread = tmp_path / "misread.eml"
    misread.write_bytes(
        reply(
            "Hi Jordan, sadly we have decided to move forward with other candidates for the "
            "board game night, the table is full! Pat",
            subject="Re: Coffee next week?",
            sender=("Pat Kim", "pat.kim@initech.example"),
            sent=datetime(2026, 11, 3, 9, 0, tzinfo=UTC),
            message_id="<coffee.2@initech.example>",
            in_reply_to="<coffee.1@initech.example>",
        )
    )
    assert followupd("mark", str(misread), "nothing", cfg=cfg).returncode == 0
    dovecot.append("INBOX", misread.read_bytes())
    assert followupd("run", "--once", "--now", "2026-11-03T10:00", cfg=cfg).returncode == 0
    shown = json.loads(followupd("status", "--json", cfg=cfg).stdout)
    assert shown["applications"][0]["stage"] == "applied"  # not rejected
    assert [d["Subject"] for d in drafts(dovecot)] == []
    assert {m["mark"] for m in shown["marks"]} == {"application", "nothing"}
    table = followupd("status", cfg=cfg).stdout
    assert "Your marks (followupd mark):" in table and "nothing to act on" in table
    forgot = followupd("mark", str(misread), "forget", cfg=cfg)
    assert "your mark is gone" in forgot.stdout
    assert len(json.loads(followupd("status", "--json", cfg=cfg).stdout)["marks"]) == 1


def confirmation() -> bytes:
    """Thursday 12 November: an interview fixed in plain text only, two interviewers."""
    return reply(
        "Hi Jordan,\n\nThanks for confirming. Here are the details of your interview for the "
        "Senior Backend Engineer role:\n\nDate: Tuesday, November 17, 2026\nTime: 2:00 PM CST"
        "\nDuration: 60 minutes\n\nYou'll meet with:\n- Priya Raman, Engineering Manager "
        "(priya.raman@acme-robotics.example)\n- Sam Ortiz, Staff Engineer "
        "(sam.ortiz@acme-robotics.example)\n\nZoom: https://zoom.us/j/123456789\n\nBest,\n"
        "Maria\n",
        subject="Interview confirmation – Senior Backend Engineer",
        sender=MARIA,
        sent=datetime(2026, 11, 12, 10, 0, tzinfo=MADRID),
        message_id="<confirm.1@acme-robotics.example>",
        in_reply_to="<re.apply.1@acme-robotics.example>",
    )


def test_an_interview_given_only_in_text_gets_its_thank_yous(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """No calendar part anywhere: "Date: Tuesday, November 17 / Time: 2:00 PM CST", and
    "You'll meet with" two people — the interview is recorded at 20:00 UTC, and after it a
    thank-you draft goes to each of the two, and to nobody else."""
    dovecot.append("Sent", the_application(), flags=[b"\\Seen"])
    dovecot.append("INBOX", hear_by_wednesday())
    dovecot.append("INBOX", confirmation())
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-12T12:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    planned = json.loads(followupd("plan", "--json", "--now", "2026-11-12T12:05", cfg=cfg).stdout)
    thanks = [p for p in planned if p["rule"] == "thank-you"]
    assert sorted(p["to"][0] for p in thanks) == [
        "priya.raman@acme-robotics.example",
        "sam.ortiz@acme-robotics.example",
    ]
    # 14:00 CST is 20:00 UTC; the interview lasts an hour; drafts 30 minutes after.
    assert {p["due"] for p in thanks} == {"2026-11-17T21:10:00Z"}
    ran = followupd("run", "--once", "--now", "2026-11-17T22:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    to = sorted(d["To"].addresses[0].addr_spec for d in drafts(dovecot) if "Thank" in d["Subject"])
    assert to == ["priya.raman@acme-robotics.example", "sam.ortiz@acme-robotics.example"]


def test_a_calendar_invitation_for_the_slot_of_a_text_interview_is_the_same_interview(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """The text confirmation, then the calendar invitation for the same hour: one
    interview, so one thank-you per interviewer, never two."""
    start = datetime(2026, 11, 17, 20, 0, tzinfo=UTC)
    dovecot.append("INBOX", confirmation())
    dovecot.append(
        "INBOX",
        invitation(
            uid="acme-onsite-1@acme-robotics.example",
            start=start,
            end=start + timedelta(hours=1),
            organizer=MARIA,
            sent=datetime(2026, 11, 12, 10, 5, tzinfo=UTC),
            attendees=(
                ("Priya Raman", "priya.raman@acme-robotics.example"),
                ("Sam Ortiz", "sam.ortiz@acme-robotics.example"),
                USER,
            ),
            summary="Interview: Senior Backend Engineer – Acme Robotics",
        ),
    )
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-17T22:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    to = sorted(d["To"].addresses[0].addr_spec for d in drafts(dovecot) if "Thank" in d["Subject"])
    assert to == ["priya.raman@acme-robotics.example", "sam.ortiz@acme-robotics.example"]


@pytest.mark.parametrize("copied", [True, False], ids=["copied", "named-only"])
def test_a_calendar_hold_over_an_agenda_keeps_each_sessions_people(
    dovecot: DovecotUser, tmp_path: Path, copied: bool
) -> None:
    """The recruiter confirms a final round in text — 14:00 Priya, 15:00 Sam, copied on
    the mail or only named — then sends one calendar hold over both sessions with both
    invited: two interviews, each with its own interviewer (the hold gives the addresses
    the agenda did not), so one thank-you to each after their own session, none doubled."""
    dovecot.append("Sent", the_application(), flags=[b"\\Seen"])
    dovecot.append("INBOX", hear_by_wednesday())
    dovecot.append(
        "INBOX",
        reply(
            "Hi Jordan,\n\nConfirmed! Here is your final round on Tuesday, November 17 "
            "(all times CET):\n\n14:00 - 14:45  Priya Raman, Engineering Manager\n"
            "15:00 - 15:45  Sam Ortiz, Staff Engineer\n\nSame Zoom link for both. I'll "
            "drop a hold in your calendar.\n\nMaria\n",
            subject="Re: Application – Senior Backend Engineer",
            sender=MARIA,
            sent=datetime(2026, 11, 12, 10, 0, tzinfo=MADRID),
            message_id="<final.1@acme-robotics.example>",
            in_reply_to="<re.apply.1@acme-robotics.example>",
            headers=(
                (
                    "Cc",
                    "Priya Raman <priya.raman@acme-robotics.example>, "
                    "Sam Ortiz <sam.ortiz@acme-robotics.example>",
                ),
            )
            if copied
            else (),
        ),
    )
    start = datetime(2026, 11, 17, 13, 0, tzinfo=UTC)
    dovecot.append(
        "INBOX",
        invitation(
            uid="acme-final-hold@acme-robotics.example",
            start=start,
            end=start + timedelta(minutes=105),
            organizer=MARIA,
            sent=datetime(2026, 11, 12, 10, 15, tzinfo=UTC),
            attendees=(
                USER,
                ("Priya Raman", "priya.raman@acme-robotics.example"),
                ("Sam Ortiz", "sam.ortiz@acme-robotics.example"),
            ),
            summary="HOLD: Acme Robotics final round (Priya Raman, Sam Ortiz)",
        ),
    )
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-12T12:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    planned = json.loads(followupd("plan", "--json", "--now", "2026-11-12T12:05", cfg=cfg).stdout)
    thanks = sorted((p["to"][0], p["due"]) for p in planned if p["rule"] == "thank-you")
    assert thanks == [
        ("priya.raman@acme-robotics.example", "2026-11-17T13:55:00Z"),
        ("sam.ortiz@acme-robotics.example", "2026-11-17T14:55:00Z"),
    ]
    ran = followupd("run", "--once", "--now", "2026-11-17T16:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    to = sorted(d["To"].addresses[0].addr_spec for d in drafts(dovecot) if "Thank" in d["Subject"])
    assert to == ["priya.raman@acme-robotics.example", "sam.ortiz@acme-robotics.example"]


def test_marking_a_calendar_event_as_an_interview_makes_it_one(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """An invitation judged a social event ("Lunch with Priya Raman") writes nothing; once
    the user marks it as an interview, the next pass follows it: a thank-you to the person
    met, after it ended."""
    start = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)
    lunch = invitation(
        uid="lunch-1@acme-robotics.example",
        start=start,
        end=start + timedelta(hours=1),
        organizer=("Priya Raman", "priya.raman@acme-robotics.example"),
        attendees=(("Priya Raman", "priya.raman@acme-robotics.example"), USER),
        summary="Lunch with Priya Raman",
        sent=datetime(2026, 11, 12, 10, 5, tzinfo=UTC),
    )
    uid = dovecot.append("INBOX", lunch)
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-17T14:00:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    assert drafts(dovecot) == []
    marked = followupd("mark", f"work:INBOX:{uid}", "interview", cfg=cfg)
    assert marked.returncode == 0, marked.stderr
    ran = followupd("run", "--once", "--now", "2026-11-17T14:05:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    to = [d["To"].addresses[0].addr_spec for d in drafts(dovecot) if "Thank" in d["Subject"]]
    assert to == ["priya.raman@acme-robotics.example"]


def test_an_agency_recruiters_invite_in_a_followed_conversation_is_the_interview(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """An agency recruiter approaches, the user answers, and the recruiter sends "Haulwise
    intro - Jordan / Priyanka": nothing in the invitation says interview, but it comes
    from a contact of a conversation followupd follows, so Priyanka gets a thank-you."""
    tom = ("Tom Keller", "tom.keller@brightline-talent.example")
    approach = reply(
        "Hi Jordan,\n\nI'm a recruiter at Brightline Talent and my client is building out "
        "their routing team. Your profile looked like a really strong fit. Would you be open "
        "to a quick chat about it?\n\nTom\n",
        subject="Backend role - Series B logistics",
        sender=tom,
        sent=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        message_id="<approach.1@brightline-talent.example>",
    )
    answer = reply(
        "Hi Tom,\n\nYes, happy to talk. Thanks for thinking of me.\n\nJordan\n",
        subject="Re: Backend role - Series B logistics",
        sender=USER,
        to=(tom,),
        sent=datetime(2026, 11, 2, 12, 0, tzinfo=UTC),
        message_id="<answer.1@example.org>",
        in_reply_to="<approach.1@brightline-talent.example>",
    )
    start = datetime(2026, 11, 10, 16, 0, tzinfo=UTC)
    invite = invitation(
        uid="haulwise-intro-1@brightline-talent.example",
        start=start,
        end=start + timedelta(minutes=45),
        organizer=tom,
        attendees=(("Priyanka Dev", "priyanka.dev@haulwise.example"), tom, USER),
        summary="Haulwise intro - Jordan Lee / Priyanka Dev",
        sent=datetime(2026, 11, 4, 15, 0, tzinfo=UTC),
        description="Microsoft Teams meeting",
    )
    dovecot.append("Sent", answer)
    dovecot.append("INBOX", approach)
    dovecot.append("INBOX", invite)
    cfg = write_config(dovecot, tmp_path)
    ran = followupd("run", "--once", "--now", "2026-11-10T17:30:00+00:00", cfg=cfg)
    assert ran.returncode == 0, ran.stderr
    thanks = [d for d in drafts(dovecot) if "Thank" in d["Subject"]]
    assert [d["To"].addresses[0].addr_spec for d in thanks] == ["priyanka.dev@haulwise.example"]
    # The client is named once its people appear; the agency as its mail spells it.
    (app,) = json.loads(followupd("status", "--json", cfg=cfg).stdout)["applications"]
    assert app["company"] == "Haulwise" and app["agency"] == "Brightline Talent"
    assert "client of" not in str(thanks[0]["Subject"]) + thanks[0].get_content()
