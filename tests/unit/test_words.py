"""Values said in words (domain/words.py) and logs without Python reprs (log.py)."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
import structlog
from hypothesis import assume, given
from hypothesis import strategies as st

from followupd import log
from followupd.domain.words import exception_text, plain, quoted, unbytes

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
)  # any text a server or a person could send


@given(TEXT, TEXT, TEXT)
def test_a_bytes_literal_inside_a_message_is_its_text(before: str, said: str, after: str) -> None:
    """Whatever a server said, `b'…'` (as imaplib leaves it in a message) becomes the text
    it holds; the words around it stay as they were."""
    # Words around it that open a bytes literal themselves ('b"0') make another one.
    assume("b'" not in before + after and 'b"' not in before + after)
    raw = said.encode("utf-8")
    before = before.rstrip("bB'\"[") + " "
    after = " " + after.lstrip("]")
    assert unbytes(f"{before}{raw!r}{after}") == f"{before}{said}{after}"


@given(TEXT)
def test_text_without_a_bytes_literal_is_unchanged(text: str) -> None:
    """Text that holds no bytes literal is never changed (apostrophes, quotes, b words)."""
    if "b'" not in text and 'b"' not in text:
        assert unbytes(text) == text


def test_a_list_of_one_bytes_literal_is_its_text() -> None:
    """imaplib's `[b'…']` of a refused command is the sentence inside."""
    assert (
        unbytes("SELECT command error: BAD [b'Error in IMAP command SELECT: Unknown command.']")
        == "SELECT command error: BAD Error in IMAP command SELECT: Unknown command."
    )
    assert unbytes("Bob's folder 'b'") == "Bob's folder 'b'"


@given(TEXT)
def test_quoted_shows_control_characters_and_nothing_else_changes(text: str) -> None:
    """A value in “quotes”, never a Python string literal; a control character (a
    terminal escape) is shown as \\xNN, so it cannot act on the terminal."""
    out = quoted(text)
    assert out.startswith("“") and out.endswith("”")
    assert not any(ord(c) < 32 or ord(c) == 127 for c in out)
    if text.isprintable():
        assert out == f"“{text}”"


def test_plain_says_values_in_words() -> None:
    """Moments in ISO 8601 UTC, bytes as text, an exception as message and kind."""
    moment = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)
    assert plain(moment) == "2026-11-18T17:00:00Z"
    assert plain(date(2026, 11, 18)) == "2026-11-18"
    assert plain(timedelta(minutes=90)) == "5400s"
    assert plain(b"[AUTHENTICATIONFAILED] no") == "[AUTHENTICATIONFAILED] no"
    assert plain([moment, b"x"]) == ["2026-11-18T17:00:00Z", "x"]
    assert plain(ValueError("bad")) == "bad (ValueError)"
    assert exception_text(ValueError(b"x", moment)) == "x, 2026-11-18T17:00:00Z (ValueError)"
    assert exception_text(RuntimeError()) == "RuntimeError"


@pytest.mark.parametrize("as_json", [True, False])
def test_log_lines_hold_no_repr(monkeypatch: pytest.MonkeyPatch, as_json: bool) -> None:
    """A log line with a moment, bytes, an exception and a list in it — as JSON (journald)
    and on a terminal — shows each in words: no `datetime.datetime(`, no `b'`, no
    `ValueError(`, no `['a', 'b']`."""
    out = io.StringIO()
    monkeypatch.setattr(sys, "stderr", out)
    log.configure(0, json=as_json)
    structlog.get_logger("followupd").warning(
        "intent.expired",
        due=datetime(2026, 11, 18, 16, 0, tzinfo=UTC),
        reason=b"[AUTHENTICATIONFAILED] Authentication failed.",
        error=ValueError("boom"),
        signals=["interview", "rejection"],
    )
    line = out.getvalue()
    for repr_ in ("datetime.datetime(", "b'", "ValueError(", "['"):
        assert repr_ not in line, line
    assert "2026-11-18T16:00:00Z" in line
    assert "[AUTHENTICATIONFAILED] Authentication failed." in line
    if as_json:
        event = json.loads(line)
        assert event["signals"] == ["interview", "rejection"]
        assert event["error"] == "boom (ValueError)"
    else:
        assert "interview, rejection" in line


def test_whole_words_in_spaced_and_unspaced_scripts() -> None:
    """A phrase is whole between spaces or punctuation, and anywhere in Japanese or Chinese
    text (written without spaces); never inside a longer Latin word."""
    from followupd.domain.words import whole_words

    assert whole_words("面接").search("最終面接のご案内")
    assert whole_words("interview").search("Interview面接")
    assert not whole_words("view").search("interview")
    assert whole_words("view").search("a view.")


@given(
    text=st.lists(
        st.sampled_from(["a", "view", "VIEW", " ", ".", "_", "1", "é", "面接", "の", "カ", "\n"]),
        max_size=12,
    ).map("".join)
)
def test_whole_words_finds_what_one_pattern_with_both_boundaries_finds(text: str) -> None:
    """The cheap regex for spaced text and the lazily compiled one for unspaced scripts
    together find exactly what a single regex with the script-aware boundaries finds."""
    import re

    from followupd.domain.words import _UNSPACED, whole_words

    reference = re.compile(rf"(?<![^\W{_UNSPACED}])(?:view|面接)(?![^\W{_UNSPACED}])", re.I)
    pattern = whole_words("view|面接")
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
    found, expected = pattern.search(text), reference.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert pattern.sub("#", text) == reference.sub("#", text)


def test_an_invalid_whole_words_pattern_fails_when_made() -> None:
    import re

    from followupd.domain.words import whole_words

    with pytest.raises(re.error):
        whole_words("(unclosed")
