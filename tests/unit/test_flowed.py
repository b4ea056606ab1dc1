"""format=flowed bodies (RFC 3676): short lines, and a reader gets the paragraphs back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followupd.compose.flowed import WIDTH, flow, unflow

WORDS = st.text(alphabet="abcdéfghij,.!?-'", min_size=1, max_size=12)
PIECES = st.sampled_from([" ", "  ", "From ", "> ", ">", "-- ", "x" * 90, "\t"])
LINES = st.lists(st.one_of(WORDS, PIECES), max_size=40).map(" ".join)
TEXTS = st.lists(LINES, max_size=8).map("\n".join)


def canonical(line: str) -> str:
    """A line as a flowed reader gives it back: no trailing space; quote marks followed
    by one space (or nothing) — the forms `flow` writes quotes in."""
    if line == "-- ":
        return line
    line = line.rstrip(" ")
    depth = len(line) - len(line.lstrip(">"))
    if not depth:
        return line
    rest = line[depth:]
    rest = rest[1:] if rest.startswith(" ") else rest
    return ">" * depth + (f" {rest}" if rest else "")


@given(TEXTS)
def test_round_trip(text: str) -> None:
    """Whatever the text, a format=flowed reader gets back its lines."""
    assert unflow(flow(text)) == "\n".join(canonical(line) for line in text.split("\n"))


@given(TEXTS)
def test_lines_are_short(text: str) -> None:
    """Every line is at most 72 characters, unless one word alone is longer; a line that
    ends with a space (a soft break) is followed by more of its paragraph."""
    lines = flow(text).split("\n")
    for number, line in enumerate(lines):
        if len(line) > WIDTH:
            depth = len(line) - len(line.lstrip(">"))
            words = line[depth:].strip().split(" ")
            assert any(len(w) > WIDTH - depth - 2 for w in words), line
        if line.endswith(" ") and line != "-- ":
            assert number + 1 < len(lines)


def test_long_paragraph_is_cut_at_spaces() -> None:
    """A 200-character paragraph becomes lines of at most 72, each soft break a space."""
    paragraph = ("word " * 40).strip()
    lines = flow(paragraph).split("\n")
    assert len(lines) == 3
    assert all(len(line) <= 72 for line in lines)
    assert all(line.endswith(" ") for line in lines[:-1]) and not lines[-1].endswith(" ")
    assert unflow("\n".join(lines)) == paragraph


def test_stuffing_and_signature() -> None:
    """ "From " and a leading space are space-stuffed; "-- " stays the signature line."""
    assert flow("From the team\n hi\n-- \nJordan") == " From the team\n  hi\n-- \nJordan"
    assert unflow(" From the team\n  hi\n-- \nJordan") == "From the team\n hi\n-- \nJordan"


def test_quotes_keep_their_marks() -> None:
    """Each piece of a long quoted line starts with its quote marks."""
    quoted = "> " + ("said " * 30).strip()
    lines = flow(quoted).split("\n")
    assert len(lines) > 1 and all(line.startswith("> ") for line in lines)
    assert unflow("\n".join(lines)) == quoted
