"""HeaderView's own bookkeeping and the UID sets it sends (no server: pure logic)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given
from hypothesis import strategies as st

from followupd.mailstores.imap_letters import message_ids
from followupd.mailstores.imap_views import FolderState, HeaderView, field_values, uid_set
from followupd.mailstores.imapconn import parse_appenduids


class EmptyFolder:
    """A session on an empty folder: a view learns it without any command."""

    def __init__(self) -> None:
        self.generation = 1

    @property
    def client(self) -> object:
        raise AssertionError("an empty folder needs no command")

    def examine(self, folder: str, *, fresh: bool = True) -> FolderState:
        return FolderState(uidvalidity=7, uidnext=1, exists=0)

    @contextmanager
    def guard(self, action: str) -> Iterator[None]:
        yield


RAW = b"From: a@example.org\r\nMessage-ID: <x1@example.org>\r\n\r\nHello.\r\n"


def test_a_draft_appended_without_an_appenduid_counts_as_there() -> None:
    """A server without UIDPLUS tells no UID: the draft still counts as in the folder for
    the rest of the pass (it is learnt with its UID on the next one)."""
    session = EmptyFolder()
    view = HeaderView("Drafts", "Message-ID", message_ids, marked_only=False)
    assert not view.holds(session, "<x1@example.org>")  # type: ignore[arg-type]
    view.added(None, RAW)
    assert view.holds(session, "<x1@example.org>")  # type: ignore[arg-type]
    assert not view.holds(session, "<x1@example.org")  # type: ignore[arg-type]


def test_an_append_before_the_first_look_is_left_to_that_look() -> None:
    """A view that never looked at its folder takes nothing on trust: the first look
    reads the folder (here: empty, so the message is not assumed there)."""
    session = EmptyFolder()
    view = HeaderView("Drafts", "Message-ID", message_ids, marked_only=False)
    view.added(5, RAW)
    assert not view.holds(session, "<x1@example.org>")  # type: ignore[arg-type]


def test_uid_sets_are_compact() -> None:
    """Runs of UIDs become ranges: 1:4,7,9:10."""
    assert uid_set([9, 1, 2, 3, 4, 7, 10, 3]) == "1:4,7,9:10"


@given(st.sets(st.integers(min_value=1, max_value=500)))
def test_a_uid_set_names_exactly_its_uids(uids: set[int]) -> None:
    """Expanding the sequence set gives back the very UIDs it was made from."""
    expanded: set[int] = set()
    for part in uid_set(uids).split(",") if uids else []:
        low, _, high = part.partition(":")
        expanded.update(range(int(low), int(high or low) + 1))
    assert expanded == uids


def test_header_values_are_read_unfolded_whatever_the_case_and_line_ends() -> None:
    """A folded Message-ID, a lower-case field name and LF line ends are all read; the
    body is never taken for a header."""
    raw = (
        b"Subject: hi\nmessage-id:\n <x2@example.org>\nX-Followupd-Key: k1 \n\n"
        b"Message-ID: <in-the-body@example.org>\n"
    )
    assert field_values(raw, "Message-ID") == ["<x2@example.org>"]
    assert message_ids(field_values(raw, "Message-ID")) == ("<x2@example.org>",)
    assert field_values(raw, "X-Followupd-Key") == ["k1"]
    assert field_values(b"", "Message-ID") == []


def test_appenduid_sets_give_each_message_its_uid() -> None:
    """A MULTIAPPEND's `[APPENDUID v uid-set]` gives the UIDs in message order; no
    APPENDUID, or one that does not fit the count, gives None for each."""
    assert parse_appenduids(b"[APPENDUID 38505 3955:3957] done", 3) == [3955, 3956, 3957]
    assert parse_appenduids(b"[APPENDUID 38505 4,7:8] done", 3) == [4, 7, 8]
    assert parse_appenduids(b"[APPENDUID 38505 9] done", 1) == [9]
    assert parse_appenduids(b"[APPENDUID 38505 9] done", 2) == [None, None]
    assert parse_appenduids(b"Append completed.", 2) == [None, None]
    assert parse_appenduids(None, 1) == [None]
