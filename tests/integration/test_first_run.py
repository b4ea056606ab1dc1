"""A first run over old mail reads it as history and writes one note, not a pile.

Against Dovecot, through the command a user runs (`followupd run --once`): an interview
held two weeks before the first run gets no thank-you now (too late, recorded as skipped
in words), one held this morning does, an interview ahead keeps its reminders, and the
user finds exactly one note in INBOX saying what followupd found. A second run writes no
second summary; a first run over an empty mailbox writes none.
"""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.configs import run_cli, write_config
from tests.invitations import PANEL, invitation
from tests.servers.dovecot import DovecotUser

pytestmark = pytest.mark.integration

FIRST_RUN = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
OLD = datetime(2026, 11, 16, 14, 0, tzinfo=UTC)  # two weeks before the first run
TODAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # this morning
AHEAD = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # in four days


def _iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M")


def _interview(uid: str, start: datetime, company: str, sent: datetime) -> bytes:
    return invitation(
        uid=uid,
        start=start,
        end=start + timedelta(hours=1),
        sent=sent,
        summary=f"Interview: Backend Engineer – {company}",
    )


def _inbox(user: DovecotUser) -> list[email.message.EmailMessage]:
    with user.client() as c:
        c.select_folder("INBOX", readonly=True)
        found = c.fetch(c.search("ALL"), ["BODY.PEEK[]"])
    return [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)  # type: ignore[misc]
        for d in found.values()
    ]


def test_old_mail_is_history_and_one_note_says_what_was_found(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    dovecot.append("INBOX", _interview("old@a.example", OLD, "Eastwind", OLD - timedelta(days=5)))
    dovecot.append(
        "INBOX", _interview("today@a.example", TODAY, "Northwind", TODAY - timedelta(days=3))
    )
    dovecot.append(
        "INBOX", _interview("ahead@a.example", AHEAD, "Southwind", FIRST_RUN - timedelta(days=1))
    )
    before = len(_inbox(dovecot))
    cfg = write_config(dovecot, tmp_path)

    ran = run_cli("run", "--once", "--now", _iso(FIRST_RUN), cfg=cfg, timeout=120)
    assert ran.returncode == 0, ran.stderr

    # This morning's interview: its thank-yous are written (within a day of the first run).
    drafts = dovecot.list_messages("Drafts")
    assert len(drafts) == len(PANEL)
    # The one from two weeks ago: none, and the reason is said in words.
    status = json.loads(run_cli("status", "--json", cfg=cfg, timeout=60).stdout)
    skipped_text = json.dumps(status)
    assert "too late to be useful" in skipped_text

    # One summary in INBOX, to the user; the other notes are this morning's (its debrief),
    # none is about the interview of two weeks ago.
    notes = _inbox(dovecot)[before:]
    summaries = [n for n in notes if n["Subject"].startswith("What followupd found")]
    assert len(summaries) == 1
    assert not [n for n in notes if "Eastwind" in n["Subject"]]
    note = summaries[0]
    assert str(note["To"]).endswith("<jordan.lee@example.org>")
    body = note.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "Not written because they fell due" in body
    ahead, _, rest = body.partition("Planned")
    assert "Interviews ahead:" in ahead and "Fri 04 Dec" in ahead and "Mon 16 Nov" not in ahead
    _, _, not_written = rest.partition("Not written")
    assert "thank-you" in not_written and "Mon 16 Nov" in not_written

    # A second run adds no second summary and no draft.
    again = run_cli(
        "run", "--once", "--now", _iso(FIRST_RUN + timedelta(minutes=10)), cfg=cfg, timeout=120
    )
    assert again.returncode == 0, again.stderr
    assert len(_inbox(dovecot)) == before + len(notes)
    assert len(dovecot.list_messages("Drafts")) == len(PANEL)


def test_a_first_run_over_an_empty_mailbox_writes_no_summary(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    cfg = write_config(dovecot, tmp_path)
    ran = run_cli("run", "--once", "--now", _iso(FIRST_RUN), cfg=cfg, timeout=120)
    assert ran.returncode == 0, ran.stderr
    # Mail arriving later is new mail, not history: no summary then either.
    dovecot.append("INBOX", _interview("later@a.example", AHEAD, "Northwind", FIRST_RUN))
    ran = run_cli(
        "run", "--once", "--now", _iso(FIRST_RUN + timedelta(hours=1)), cfg=cfg, timeout=120
    )
    assert ran.returncode == 0, ran.stderr
    assert _inbox(dovecot)[-1]["Subject"].startswith("Invitation")
