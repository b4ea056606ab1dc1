"""The whole-mailbox scorer (bench/score_mailboxes.py) on DEV mailbox d01, end to end.

One simulation of d01 through the real `followupd run --once` against the test Dovecot
(about 200 runs, some 25 s); the same observations are then scored against d01's labels
and against a deliberately wrong copy of them, so the scorer is seen to fail too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bench.mailbox_scoring import score
from bench.mailbox_set import load_mailbox
from bench.score_mailboxes import MailboxResult, as_json, report, run_followupd, simulate
from tests.servers.dovecot import DovecotServer

pytestmark = pytest.mark.integration

D01 = Path(__file__).resolve().parents[1] / "data" / "mailboxes-dev" / "d01-harbor-calendar"
PRIYA = "priya.raman@harbor-analytics.example"
SAM = "sam.okafor@harbor-analytics.example"


@pytest.fixture(scope="module")
def d01(dovecot_server: DovecotServer) -> MailboxResult:
    return simulate(dovecot_server, load_mailbox(D01))


def test_the_thank_yous_to_both_interviewers_are_found_and_scored_as_hits(
    d01: MailboxResult,
) -> None:
    """Both interviewers of the calendar invitation get a thank-you draft soon after the
    interview ended; the scorer finds them in Drafts, learns their rule from the state
    file, and scores the interview a hit with no wrong recipient."""
    assert d01.problems == []
    thanks = [w for w in d01.observed.written if w.rule == "thank-you"]
    assert sorted(r for w in thanks for r in w.to) == [PRIYA, SAM]
    assert {w.kind for w in thanks} == {"draft"}
    assert {w.rule_from for w in thanks} == {"state"}
    ended = d01.mailbox.expect.interviews[0].start.replace(hour=15)
    assert all(0 < (w.appeared - ended).total_seconds() <= 4 * 3600 for w in thanks)
    figure = d01.score.ratios["thank_you"]
    assert (figure.hits, figure.total) == (1, 1)
    assert d01.score.counts["thank_you_wrong"].n == 0
    assert d01.score.counts["thank_you_wrong"].of == 2


def test_the_look_alike_webinar_causes_nothing_and_the_run_count_is_reported(
    d01: MailboxResult,
) -> None:
    silent = d01.score.ratios["silent"]
    assert (silent.hits, silent.total) == (1, 1)
    # Every 4 h over 32 days plus one run per message: what the report says it did.
    assert 190 <= d01.runs <= 210
    text = report([d01], 1.0, verbose=True)
    assert f"{d01.mailbox.name}: {d01.runs} runs" in text
    assert "thank-yous                            1/1  100%" in text
    assert f"thank-you (state)                to {PRIYA}" in text


def test_a_wrong_expect_copy_scores_misses(d01: MailboxResult, tmp_path: Path) -> None:
    """The same observations against labels that name another interviewer, a later
    timeframe and a look-alike that did cause letters: each figure falls, and the miss
    says what was expected and what was found."""
    wrong = tmp_path / "d01-wrong"
    shutil.copytree(D01, wrong)
    expect = (wrong / "EXPECT.toml").read_text()
    expect = expect.replace(SAM, "lee.chen@harbor-analytics.example")
    expect = expect.replace('due = "2026-10-16"', 'due = "2026-10-30"')
    expect += '\n[[silent]]\nmessage = "INBOX/002-invitation.eml"\nwhy = "deliberately wrong"\n'
    (wrong / "EXPECT.toml").write_text(expect)
    scored = score(load_mailbox(wrong), d01.observed)

    thank_you = scored.ratios["thank_you"]
    assert (thank_you.hits, thank_you.total) == (0, 1)
    assert "a thank-you to lee.chen@harbor-analytics.example" in thank_you.misses[0]
    assert "found none" in thank_you.misses[0]
    # The draft to Sam is now to someone who interviewed in no labelled interview.
    assert scored.counts["thank_you_wrong"].n == 1
    assert SAM in scored.counts["thank_you_wrong"].items[0]
    check_back = scored.ratios["check_back"]
    assert (check_back.hits, check_back.total) == (0, 1)
    assert "Tue 2026-10-20 09:01" in check_back.misses[0]  # found at the wake for its due time
    silent = scored.ratios["silent"]
    assert (silent.hits, silent.total) == (1, 2)
    assert "INBOX/002-invitation.eml" in silent.misses[0]
    assert "thank-you to " + PRIYA in silent.misses[0]


def test_json_holds_every_figure(d01: MailboxResult) -> None:
    data = as_json([d01], 2.5)
    figures = data["mailboxes"][0]["figures"]
    assert figures["thank_you"]["hits"] == 1
    assert figures["thank_you"]["pct"] == 100.0
    assert data["total"]["silent"]["total"] == 1
    assert data["mailboxes"][0]["runs"] == d01.runs
    assert any(w["rule"] == "rejection-thanks" for w in data["mailboxes"][0]["written"])


def test_a_failing_command_reports_its_exit_code_and_leaves_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-process, the command's exit code and message come back (a broken config: 2),
    it sees no FOLLOWUPD_* variable of the scorer's, and the scorer's own environment is
    as before."""
    monkeypatch.setenv("FOLLOWUPD_USER__TIMEZONE", "Nowhere/Land")
    before = dict(os.environ)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[user]\nname = "A"\nemail = "a@b.example"\ntimezone = "UTC"\n'
        f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
    )
    ok = run_followupd(["--config", str(cfg), "check"], cfg, child=False)
    assert ok.code == 0, ok.stderr
    assert "configuration" in ok.stdout
    cfg.write_text("[user]\nemail = \n")  # not TOML
    broken = run_followupd(["--config", str(cfg), "run", "--once"], cfg, child=False)
    assert broken.code == 2
    assert "config.toml" in broken.stderr
    assert dict(os.environ) == before
