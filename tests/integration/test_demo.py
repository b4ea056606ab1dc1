"""`followupd demo`: the real pipeline on the bundled sample mail, played forward."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.store import Store


def test_demo_plays_the_whole_playbook_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo finds the one interview among look-alikes, writes one thank-you per
    interviewer, follow-up letters from the debrief, a gracious reply to the rejection,
    and nothing twice."""
    assert main(["demo", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("Not an interview:") == 3
    assert "0 new action(s)" in out
    assert "The check-back moved to Tue 01 Dec 08:00 UTC" in out
    drafts: dict[str, list[str]] = {}
    with Store(tmp_path / "state.sqlite3") as store:
        rules = {s.intent.key: s.intent.rule_id for s in store.intents()}
        rule_of = {lt.message_id: rules[k] for k, lt in store.letters().items()}
    for path in sorted((tmp_path / "Maildir" / ".Drafts" / "cur").iterdir()):
        assert path.name.endswith(":2,DS")  # \\Draft and \\Seen
        raw = path.read_bytes()
        assert b"followupd" not in raw.lower()  # a draft names nothing of followupd
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        drafts.setdefault(rule_of[str(msg["Message-ID"])], []).append(str(msg["To"]))
    panel = {
        "Zoë Müller <zoe.mueller@northwind-robotics.example>",
        "Ken Okafor <ken.okafor@northwind-robotics.example>",
        "Lena Fischer <lena.fischer@northwind-robotics.example>",
    }
    assert set(drafts["thank-you"]) == panel and len(drafts["thank-you"]) == 3
    assert set(drafts["follow-up-letter"]) == panel
    assert drafts["rejection-thanks"] == ["Priya Nair <priya.nair@northwind-robotics.example>"]
    assert "check-back" not in drafts  # withdrawn: the company answered (no) first
    # The bundled INBOX messages are untouched: same names (flags) as delivered.
    inbox = sorted(p.name for p in (tmp_path / "Maildir" / "cur").iterdir())
    assert sum(1 for name in inbox if ".demo" in name) == 5
    assert all(name.endswith(":2,S") for name in inbox if ".demo" in name)
