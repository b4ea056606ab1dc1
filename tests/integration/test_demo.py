"""`followupd demo`: the real pipeline on the bundled sample mail."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from daemon.cli import main


def test_demo_writes_one_thank_you_per_interviewer_and_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo finds the one interview among look-alikes, writes three drafts, then no more."""
    assert main(["demo", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "3 draft(s) written to the Drafts folder" in out
    assert "0 new draft(s); Drafts holds 3 message(s)." in out
    assert "3 other message(s) with a calendar were recognised as not interviews." in out
    drafts = sorted((tmp_path / "Maildir" / ".Drafts" / "cur").iterdir())
    assert len(drafts) == 3
    recipients = set()
    for path in drafts:
        assert path.name.endswith(":2,DS")  # \\Draft and \\Seen
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        recipients.add(str(msg["To"]))
        assert msg["X-Followupd-Rule"] == "thank-you"
    assert "Zoë Müller <zoe.mueller@northwind-robotics.example>" in recipients
    # The sample INBOX is untouched: same files, same names (flags), same bytes.
    inbox = sorted(p.name for p in (tmp_path / "Maildir" / "cur").iterdir())
    assert len(inbox) == 5 and all(name.endswith(":2,S") for name in inbox)
