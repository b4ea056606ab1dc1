"""`followupd drafts` against a real Dovecot: every letter followupd wrote, which rule wrote
it, and where it is now — waiting in Drafts, sent (also under a Message-ID the client
made), deleted by the user, or withdrawn (a rejection made it unwanted)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain.intents import IntentStatus
from followupd.rules.loader import RuleSet, load_rules
from followupd.store import Store
from tests.configs import run_cli, write_config
from tests.integration.test_playbook import END, INVITE_ID, run, written
from tests.invitations import PANEL, USER, invitation, reply
from tests.servers.dovecot import DovecotUser

ROOT = Path(__file__).resolve().parents[2]
PRIYA, ZOE, SAM = (addr for _name, addr in PANEL)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])


def delete(user: DovecotUser, folder: str, message_id: str) -> None:
    """The user deletes a message in their client (flag \\Deleted, expunge)."""
    with user.client() as c:
        c.select_folder(folder)
        uids = c.search(["HEADER", "Message-ID", message_id])
        assert uids
        c.add_flags(uids, [b"\\Deleted"])
        c.expunge()


def sent_elsewhere(user: DovecotUser, to: tuple[str, str], subject: str, at: datetime) -> None:
    """The user's client sent a draft under a Message-ID of its own and kept this copy."""
    user.append(
        "Sent",
        reply(
            "Dear Zoë,\n\nThank you for today.\n\nJordan\n",
            subject=subject,
            sender=USER,
            to=(to,),
            sent=at,
            message_id="<client-made-7@example.org>",
        ),
        flags=[b"\\Seen"],
    )


def by_rule_and_person(rows: list[dict[str, object]]) -> dict[tuple[str, str], str]:
    return {
        (str(r["rule"]), str(r["to"][0]).partition(".")[0]): str(r["state"])  # type: ignore[index]
        for r in rows
        if r["kind"] == "draft"
    }


def test_drafts_lists_each_letter_with_its_rule_and_where_it_is(
    dovecot: DovecotUser, tmp_path: Path, ruleset: RuleSet
) -> None:
    """Thank-yous (one deleted, one sent under a new Message-ID, one waiting), follow-up
    letters made unwanted by a rejection (one of them deleted), the reply to the
    rejection, and the notes: `drafts --json` gives each its rule, recipients, subject,
    Message-ID (the one in Drafts), account, folder and state; the table says the same
    in words; the next pass records the thank-you sent under a new Message-ID as sent."""
    start = END - timedelta(minutes=90)
    dovecot.append("INBOX", invitation(start=start, end=END))
    run(dovecot, tmp_path, ruleset, END + timedelta(minutes=31))  # the thank-yous
    run(dovecot, tmp_path, ruleset, END + timedelta(hours=1, minutes=1))  # the debrief note
    (note,) = written(dovecot, "INBOX", "debrief")
    answered = END + timedelta(hours=3)
    dovecot.append(
        "INBOX",
        reply(
            "Priya: system design\nZoë: team culture\nSam: the Kafka migration\n",
            subject=f"Re: {note['Subject']}",
            sender=USER,
            to=(USER,),
            sent=answered,
            message_id="<debrief.answer@example.org>",
            in_reply_to=str(note["Message-ID"]),
        ),
    )
    run(dovecot, tmp_path, ruleset, answered + timedelta(minutes=5))  # follow-up letters
    dovecot.append(
        "INBOX",
        reply(
            "Dear Jordan,\n\nUnfortunately, we have decided to move forward with other"
            " candidates.\n\nPriya\n",
            subject="Re: Interview: Senior Backend Engineer – Northwind Robotics (panel)",
            sender=PANEL[0],
            sent=answered + timedelta(hours=2),
            message_id="<no@northwind-robotics.example>",
            in_reply_to=INVITE_ID,
        ),
    )
    run(dovecot, tmp_path, ruleset, answered + timedelta(hours=2, minutes=30))
    thanks = {
        str(m["To"].addresses[0].addr_spec): m for m in written(dovecot, "Drafts", "thank-you")
    }
    follow_ups = {
        str(m["To"].addresses[0].addr_spec): m
        for m in written(dovecot, "Drafts", "follow-up-letter")
    }
    assert sorted(thanks) == sorted(follow_ups) == sorted([PRIYA, ZOE, SAM])
    delete(dovecot, "Drafts", str(thanks[PRIYA]["Message-ID"]))
    delete(dovecot, "Drafts", str(follow_ups[SAM]["Message-ID"]))
    sent_elsewhere(dovecot, PANEL[1], str(thanks[ZOE]["Subject"]), END + timedelta(hours=4))
    delete(dovecot, "Drafts", str(thanks[ZOE]["Message-ID"]))

    cfg = write_config(dovecot, tmp_path)
    shown = run_cli("drafts", "--json", cfg=cfg)
    assert shown.returncode == 0, shown.stderr
    rows = json.loads(shown.stdout)
    assert by_rule_and_person(rows) == {
        ("thank-you", "priya"): "deleted",
        ("thank-you", "zoe"): "sent",
        ("thank-you", "sam"): "waiting",
        ("follow-up-letter", "priya"): "withdrawn",
        ("follow-up-letter", "zoe"): "withdrawn",
        ("follow-up-letter", "sam"): "deleted",
        ("rejection-thanks", "priya"): "waiting",
    }
    for r in rows:
        assert {"rule", "message_id", "to", "subject", "folder", "state", "account"} <= set(r)
        assert r["account"] == "work"
    sam = next(r for r in rows if r["rule"] == "thank-you" and r["to"] == [SAM])
    assert sam["message_id"] == str(thanks[SAM]["Message-ID"]) and sam["folder"] == "Drafts"
    assert sam["subject"] == str(thanks[SAM]["Subject"])
    assert sam["company"] and sam["application"] == "northwind-robotics.example"
    withdrawn = next(r for r in rows if r["state"] == "withdrawn")
    assert withdrawn["why"] == "cancelled by rejection-close"
    notes = [r for r in rows if r["kind"] == "note"]
    assert notes and {r["state"] for r in notes} == {"delivered"}
    assert {r["folder"] for r in notes} == {"INBOX"}

    table = run_cli("drafts", cfg=cfg)
    assert table.returncode == 0, table.stderr
    text = table.stdout
    for words in ("waiting in Drafts", "deleted by you", "sent", "withdrawn", "delivered to you"):
        assert words in text
    assert "thank-you" in text and "follow-up-letter" in text and SAM in text
    assert "datetime(" not in text and "'" not in text.replace("O'Neil", "")  # no reprs

    # The next pass looks too, and records the thank-you the client sent as sent.
    run(dovecot, tmp_path, ruleset, answered + timedelta(hours=3))
    with Store(tmp_path / "state.sqlite3") as store:
        places = {
            s.intent.to[0].email: s.location  # type: ignore[union-attr]
            for s in store.intents(IntentStatus.DONE)
            if s.intent.rule_id == "thank-you"
        }
    assert places == {PRIYA: "gone", ZOE: "sent", SAM: "drafts"}
    assert len(dovecot.list_messages("Drafts")) == 4  # nothing written again
    offline = json.loads(run_cli("drafts", "--json", "--offline", cfg=cfg).stdout)
    assert by_rule_and_person(offline)[("thank-you", "zoe")] == "sent"
    assert all(str(r["written_at"]).startswith("2026-11-18T") for r in offline)
