"""An interview booked by a chatbot, through `followupd run --once` against a real Dovecot
(issue 10): the interviewer is named without an address ("Who: Store Manager Dana
Whitfield"), writes from her own address after the interview, and gets the thank-you;
followupd's own notes in INBOX are never read back as mail."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.invitations import invitation, reply
from tests.servers.dovecot import DovecotUser

CHICAGO = timezone(timedelta(hours=-6))
ME = ("Jordan Lee", "jordan.lee@example.org")
BOT = ("Ava at Copperleaf Foods", "copperleaf@paradox.ai")
DANA = ("Dana Whitfield", "dana.whitfield@copperleaffoods.example")


def followupd(*args: str, cfg: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cfg=cfg, timeout=90)


def messages(user: DovecotUser, folder: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for raw in user.list_messages(folder)
    ]


def booked() -> bytes:
    """Monday 16 November: the chatbot's transcript, interview Thursday 10:30."""
    return reply(
        "Hi Jordan! It's Ava, the virtual recruiting assistant for Copperleaf Foods.\n\n"
        "Ava: Please pick an interview time.\nJordan: Thu 11/19 10:30 AM\n\n"
        "You're all set! Interview details:\nPosition: Assistant Store Manager\n"
        "When: Thursday, November 19 at 10:30 AM\nWho: Store Manager Dana Whitfield\n"
        "Where: Copperleaf Foods #12, 400 Lake St, Chicago\n\n"
        "Reply RESCHEDULE to change your time. Powered by Paradox\n",
        subject="You're scheduled! Interview with Copperleaf Foods",
        sender=BOT,
        to=(ME,),
        sent=datetime(2026, 11, 16, 19, 42, tzinfo=CHICAGO),
        message_id="<booked-1@paradox.ai>",
    )


def dana_writes() -> bytes:
    """Thursday 11:40, after the interview: the store manager, from her own address."""
    return reply(
        "Hi Jordan,\n\nThanks for coming in this morning - great conversation. I need to "
        "check with my district manager.\n\nDana Whitfield\nStore Manager #12\n",
        subject="Great meeting you",
        sender=DANA,
        to=(ME,),
        sent=datetime(2026, 11, 19, 11, 40, tzinfo=CHICAGO),
        message_id="<dana-1@copperleaffoods.example>",
    )


def test_the_named_interviewer_who_writes_gets_the_thank_you(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    dovecot.append("INBOX", booked())
    cfg = write_config(
        dovecot, tmp_path, user_name=ME[0], user_email=ME[1], timezone="America/Chicago"
    )
    for now in ("2026-11-16T19:45:00-06:00", "2026-11-19T11:10:00-06:00"):
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    # The reminder before the interview ends is in INBOX; it names the interview.
    notes = [m for m in messages(dovecot, "INBOX") if "followupd" in str(m["Subject"])]
    assert notes and all("Copperleaf Foods" in str(m["Subject"]) for m in notes)
    assert messages(dovecot, "Drafts") == []  # nobody to thank yet: no address known

    dovecot.append("INBOX", dana_writes())
    for now in ("2026-11-19T11:45:00-06:00", "2026-11-19T16:00:00-06:00"):
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    (letter,) = messages(dovecot, "Drafts")
    assert [a.addr_spec for a in letter["To"].addresses] == [DANA[1]]
    assert "Copperleaf Foods" in str(letter["Subject"])

    again = followupd("run", "--once", "--now", "2026-11-19T20:00:00-06:00", cfg=cfg)
    assert again.returncode == 0 and len(messages(dovecot, "Drafts")) == 1
    # One application: the notes followupd wrote to INBOX were not read as mail.
    status = json.loads(followupd("status", "--json", cfg=cfg).stdout)["applications"]
    assert [a["company"] for a in status] == ["Copperleaf Foods"]


LISBON = timezone(timedelta(hours=0))
AOIFE = ("Aoife Byrne", "aoife.byrne@mardynemed.example")
COPIED = (("Orla Brennan", "orla.brennan@mardynemed.example"),
          ("Helen Cotter", "helen.cotter@mardynemed.example"))  # fmt: skip


def agenda() -> bytes:
    """An ATS's agenda of two sessions, each naming its interviewers without an address."""
    return reply(
        "Dear Jordan,\n\nPlease find below the agenda for your assessment centre.\n\n"
        "Vacancy: Quality Engineer II\nDate: Thursday 5 November 2026\n"
        "Venue: Mardyne Medical, Building 3, Cork\n\n"
        "09:30  Arrival and site tour\n"
        "11:30  Competency-based interview - Orla Brennan (QA Manager)\n"
        "13:30  Technical presentation and Q&A - Dr Helen Cotter (Head of R&D), Orla Brennan\n"
        "14:30  Close\n\nYours sincerely,\nTalent Acquisition Team\nMardyne Medical\n",
        subject="Your assessment centre agenda: Quality Engineer II",
        sender=("Mardyne Medical", "noreply@tribepad.com"),
        to=(ME,),
        sent=datetime(2026, 10, 5, 9, 40, tzinfo=LISBON),
        message_id="<agenda-1@tribepad.com>",
        headers=(("Reply-To", f"{AOIFE[0]} <{AOIFE[1]}>"),),
    )


def copying_in() -> bytes:
    """The recruiter copies the interviewers in, under the names the agenda gave."""
    return reply(
        "Hi Jordan,\n\nI'm copying in Orla and Helen, who'll be assessing you on the day.\n"
        "For the 13:30 session, we'd like a 15-minute presentation on a CAPA of your "
        "choice.\n\nBest,\nAoife\n",
        subject="Assessment centre - presentation brief",
        sender=AOIFE,
        to=(ME,),
        sent=datetime(2026, 10, 6, 11, 15, tzinfo=LISBON),
        message_id="<brief-1@mardynemed.example>",
        headers=(("Cc", ", ".join(f"{n} <{a}>" for n, a in COPIED)),),
    )


def test_interviewers_copied_in_later_under_their_names_get_the_thank_yous(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """Named without an address in the agenda, copied on a later mail of the same
    application: each session's thank-you goes to its own people, and only to them."""
    dovecot.append("INBOX", agenda())
    cfg = write_config(
        dovecot, tmp_path, user_name=ME[0], user_email=ME[1], timezone="Europe/Dublin"
    )
    assert followupd("run", "--once", "--now", "2026-10-05T09:45:00+01:00", cfg=cfg).returncode == 0
    dovecot.append("INBOX", copying_in())
    for now in ("2026-10-06T11:20:00+01:00", "2026-11-05T15:00:00+00:00",
                "2026-11-05T18:00:00+00:00"):  # fmt: skip
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    drafted = [sorted(a.addr_spec for a in m["To"].addresses) for m in messages(dovecot, "Drafts")]
    orla, helen = COPIED[0][1], COPIED[1][1]
    # Each draft goes to people of its session, and between them they thank both.
    assert drafted and all(set(to) <= {orla, helen} for to in drafted), drafted
    assert {a for to in drafted for a in to} == {orla, helen}


BERND = ("Bernd Tiedemann", "b.tiedemann@nordhafen.example")
MELANIE = ("Melanie Schorn", "m.schorn@nordhafen.example")
BERLIN = timezone(timedelta(hours=2))
ON_BEHALF = (
    "Sehr geehrte Frau Lee,\n\nim Auftrag von Herrn Tiedemann sende ich Ihnen die Einladung "
    "zu Ihrem Kennenlerngespräch.\n\nMit freundlichen Grüßen\nMelanie Schorn\n"
    "Assistenz des Vorstandsvorsitzenden\nNordhafen Logistik AG | Am Kaiserkai 40 | Hamburg\n"
)


def test_an_assistants_invitation_moved_and_confirmed_by_weekday_is_one_interview(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """The chairman's assistant sends his invitation with herself as a guest, then moves
    it to Tuesday 22 September at 8:00; the user answers her on Monday the 14th "Dienstag
    um 8 Uhr passt mir gut". One interview, on the 22nd, and one thank-you: to him (her
    title is on the line under her name, in mail whose lines end in CRLF)."""
    uid = "kennenlernen-1@nordhafen.example"
    for sequence, start, sent, mid in (
        (0, datetime(2026, 9, 17, 17, tzinfo=BERLIN), datetime(2026, 9, 10, 10, tzinfo=BERLIN),
         "<einladung-1@nordhafen.example>"),
        (1, datetime(2026, 9, 22, 8, tzinfo=BERLIN), datetime(2026, 9, 14, 15, tzinfo=BERLIN),
         "<verschoben-1@nordhafen.example>"),
    ):  # fmt: skip
        dovecot.append(
            "INBOX",
            invitation(
                uid=uid,
                sequence=sequence,
                start=start,
                end=start + timedelta(hours=1),
                summary="Kennenlernen Frau Lee / Herr Tiedemann",
                organizer=BERND,
                attendees=(BERND, MELANIE),
                sent=sent,
                message_id=mid,
                body=ON_BEHALF,
            ),
        )
    cfg = write_config(
        dovecot, tmp_path, user_name=ME[0], user_email=ME[1], timezone="Europe/Berlin"
    )
    assert followupd("run", "--once", "--now", "2026-09-14T15:05:00+02:00", cfg=cfg).returncode == 0
    dovecot.append(
        "Sent",
        reply(
            "Liebe Frau Schorn,\n\nkein Problem, Dienstag um 8 Uhr passt mir gut. Ich habe die "
            "aktualisierte Einladung angenommen.\n\nViele Grüße\nJordan Lee\n",
            subject="AW: Kennenlernen Frau Lee / Herr Tiedemann",
            sender=ME,
            to=(MELANIE,),
            sent=datetime(2026, 9, 14, 18, 12, tzinfo=BERLIN),
            message_id="<antwort-1@example.org>",
            in_reply_to="<verschoben-1@nordhafen.example>",
        ),
    )
    for now in ("2026-09-14T18:15:00+02:00", "2026-09-15T12:00:00+02:00",
                "2026-09-22T09:30:00+02:00", "2026-09-22T14:00:00+02:00"):  # fmt: skip
        ran = followupd("run", "--once", "--now", now, cfg=cfg)
        assert ran.returncode == 0, ran.stderr
    drafted = [[a.addr_spec for a in m["To"].addresses] for m in messages(dovecot, "Drafts")]
    assert drafted == [[BERND[1]]]
