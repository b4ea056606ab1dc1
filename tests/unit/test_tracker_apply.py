"""The tracker's apply step against a real state file, and what one message costs.

The in-memory state the Tracker folds its changes into must be what the state file
holds (it is never re-read after a write), and one message is parsed once in full.
"""

from __future__ import annotations

import email.parser
import importlib.resources
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followupd.config import MaildirAccount, Settings, StateConfig, UserConfig
from followupd.domain.model import MessageRef, ParsedMessage, Person, UserIdentity
from followupd.domain.ports import Candidate, Cursor, Fetched, FolderBatch, Wanted
from followupd.domain.signals import Signal, SignalKind
from followupd.pipeline.runner import Runner, RunReport, process_message, signal_lexicon
from followupd.pipeline.tracker import Tracker, load_state
from followupd.rules.loader import load_rules
from followupd.store import Store

ROOT = Path(__file__).resolve().parents[2]
USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
INVITATION = (
    importlib.resources.files("followupd.demo_data").joinpath("01-invitation.eml").read_bytes()
)
PRIYA = Person(email="priya.nair@northwind-robotics.example", name="Priya Nair")


def reply(message_id: str, text: str) -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id,
        subject="Re: Panel interview",
        sender=PRIYA,
        to=(Person(email=USER.email),),
        date=NOW,
        text=text,
        in_reply_to="<nw-panel-7c1d2e3f@northwind-robotics.example>",
    )


def test_the_folded_state_is_the_state_file(tmp_path: Path) -> None:
    """After an invitation, a reply, a rejection and a re-read, the Tracker's in-memory
    state equals a fresh load of the state file, and the re-read records nothing."""
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, USER)
        first = process_message(INVITATION, "demo", "work", tracker, USER, NOW)
        assert first.interviews and "interview new" in first.outcomes
        tracker.message("work", reply("<r1@northwind-robotics.example>", "Thanks!"), [], NOW)
        rejection = Signal(kind=SignalKind.REJECTION, evidence="other candidates")
        out = tracker.message(
            "work", reply("<r2@northwind-robotics.example>", "Other candidates."), [rejection], NOW
        )
        assert "rejection.received" in out.happenings
        again = process_message(INVITATION, "demo", "work", tracker, USER, NOW)
        assert again.tracked.happenings == [] and set(again.interviews.values()) == {"stale"}
        fresh = load_state(store)
        assert tracker.state.index.applications == fresh.index.applications
        assert tracker.state.index.by_message == fresh.index.by_message
        assert tracker.state.interviews == fresh.interviews
        assert tracker.state.happenings == fresh.happenings


PLAIN = (
    b"From: Priya Nair <priya.nair@northwind-robotics.example>\r\n"
    b"To: Jordan Lee <jordan.lee@example.org>\r\n"
    b"Subject: Your application: next steps\r\n"
    b"Date: Mon, 9 Nov 2026 10:30:00 +0530\r\n"
    b"Message-ID: <plain-1@northwind-robotics.example>\r\n"
    b"Content-Type: text/plain; charset=UTF-8\r\n\r\n"
    b"Hi Jordan, we'll get back to you by Friday.\r\n"
)


class OneMessageMailbox:
    """A folder with one message, offered the way IMAP does: header fields, then the body."""

    def __init__(self, raw: bytes, content_types: tuple[str, ...]) -> None:
        self.raw = raw
        self.content_types = content_types

    def sent_folder_name(self) -> str | None:
        return None

    def read_new(
        self, folder: str, cursor: Cursor | None, since: date, wanted: Wanted
    ) -> Iterator[FolderBatch]:
        head = self.raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in self.raw else self.raw
        head = head.split(b"\n\n", 1)[0]
        candidate = Candidate(
            ref=MessageRef(account="work", folder=folder, uidvalidity=1, uid=1),
            headers=head + b"\r\n\r\n",
            content_types=self.content_types,
        )
        raw = self.raw if wanted(candidate) else None
        yield FolderBatch(folder, [Fetched(candidate.ref, raw, candidate)], Cursor(1, 1))


@pytest.mark.parametrize(
    ("raw", "content_types", "parses"),
    [
        # No calendar part: the selector splits the header fields itself (no email
        # package parse: it runs on every message of a first sync), then one full parse.
        (PLAIN, ("text/plain",), [False]),
        # A calendar part is wanted from the structure alone: one full parse only.
        (INVITATION, ("multipart/alternative", "text/plain", "text/calendar"), [False]),
    ],
)
def test_one_message_is_parsed_once_in_full(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    raw: bytes,
    content_types: tuple[str, ...],
    parses: list[bool],
) -> None:
    """Through a pass, a wanted message is parsed by the email package once, in full (the
    selector splits the fetched header fields by hand; no second parse for the sender's
    UTC offset: the full parse keeps it)."""
    calls: list[bool] = []
    original = email.parser.Parser.parsestr

    def counting(self: email.parser.Parser, text: str, headersonly: bool = False) -> object:
        calls.append(headersonly)
        return original(self, text, headersonly)

    settings = Settings(
        user=UserConfig(name=USER.name, email=USER.email, timezone=USER.timezone),
        state=StateConfig(path=tmp_path / "s.db"),
    )
    account = MaildirAccount(kind="maildir", path=tmp_path / "mail", lookback_days=3650)
    ruleset = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    with Store(tmp_path / "s.db") as store:
        runner = Runner(settings, ruleset, store)
        report = RunReport()
        monkeypatch.setattr(email.parser.Parser, "parsestr", counting)
        mailbox = OneMessageMailbox(raw, content_types)
        runner.read_account("work", account, mailbox, NOW, report)
        monkeypatch.undo()
        assert report.messages_read == 1 and not report.problems
    assert calls == parses  # True: a header-only parse


def test_the_signal_lexicon_is_built_once_per_rule_set() -> None:
    """The lexicon of one rule set is the same object every time; a new set, a new one."""
    ruleset = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    assert signal_lexicon(ruleset) is signal_lexicon(ruleset)
    reloaded = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
    assert signal_lexicon(reloaded) is not signal_lexicon(ruleset)
