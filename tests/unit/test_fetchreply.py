"""The fast FETCH reader gives exactly what imapclient's parser gives, or steps aside.

What a user would notice if it did not: a message's structure or headers read
differently on a first sync than on later passes (an invitation missed, a sender
misread). The reference is imapclient's own `parse_fetch_response`; every reply the
fast reader accepts must come out identical, and every reply it does not read must
raise FetchSyntax (never another error), so that imapclient then reads it.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response

from followupd.mailstores.fetchreply import FetchSyntax, parse_fetch

HEADERS = b"From: Ana <ana@example.com>\r\nSubject: Interview\r\n\r\n"
STRUCTURE = (
    b'(("TEXT" "PLAIN" ("CHARSET" "utf-8") NIL NIL "7BIT" 120 4 NIL NIL NIL NIL)'
    b'("TEXT" "CALENDAR" ("CHARSET" "utf-8" "METHOD" "REQUEST") NIL NIL "BASE64" 900 12'
    b' NIL ("ATTACHMENT" ("FILENAME" "invite.ics")) NIL NIL) "MIXED"'
    b' ("BOUNDARY" "b1") NIL NIL NIL)'
)


def _dovecot_reply(seq: int, uid: int, size: int, headers: bytes) -> list[Any]:
    """One message as imaplib hands Dovecot's reply to imapclient."""
    head = b"%d (UID %d RFC822.SIZE %d BODYSTRUCTURE %s BODY[HEADER.FIELDS (FROM SUBJECT)] {%d}" % (
        seq,
        uid,
        size,
        STRUCTURE,
        len(headers),
    )
    return [(head, headers), b")"]


def _reference(records: list[Any]) -> dict[int, dict[bytes, Any]]:
    return dict(parse_fetch_response(records, True, True))


def _same_or_refused(records: list[Any]) -> None:
    try:
        fast = parse_fetch(records)
    except FetchSyntax:
        return  # imapclient reads it instead
    assert fast == _reference(records)


def test_a_usual_reply_reads_exactly_as_imapclient_reads_it() -> None:
    records = _dovecot_reply(1, 41, 2048, HEADERS) + _dovecot_reply(2, 42, 99, b"")
    fast = parse_fetch(records)
    assert fast == _reference(records)
    assert fast[41][b"BODY[HEADER.FIELDS (FROM SUBJECT)]"] == HEADERS
    assert fast[41][b"BODYSTRUCTURE"].is_multipart
    assert set(fast) == {41, 42}


def test_escapes_other_than_quote_and_backslash_are_left_to_imapclient() -> None:
    # imapclient keeps "\n" as the two bytes it is; JSON would make it a newline.
    records: list[Any] = [
        b'1 (UID 7 BODYSTRUCTURE ("TEXT" "PLAIN" ("NAME" "a\\nb") NIL NIL'
        b' "7BIT" 1 1 NIL NIL NIL NIL))'
    ]
    with pytest.raises(FetchSyntax):
        parse_fetch(records)
    quoted: list[Any] = [b'1 (UID 7 X-NAME "say \\"hi\\" \\\\ ok")']
    assert parse_fetch(quoted) == _reference(quoted)


def test_a_quoted_string_holding_json_punctuation_stays_as_written() -> None:
    records: list[Any] = [b'1 (UID 9 X-A "a,]" X-B "[1,2]" X-C ")(")']
    assert parse_fetch(records)[9][b"X-A"] == b"a,]"
    assert parse_fetch(records) == _reference(records)


def test_a_brace_outside_a_literal_marker_is_not_taken_for_a_literal() -> None:
    records: list[Any] = [(b"1 (UID 3 X-A {1} X-B {4}", b"abcd"), b")"]
    with pytest.raises(FetchSyntax):
        parse_fetch(records)


def test_an_empty_reply_is_no_messages() -> None:
    assert parse_fetch([None]) == {}


# --- properties -----------------------------------------------------------------

_ATOM_CHARS = st.one_of(
    st.sampled_from(list(b"ABCXYZabc019.-_/+*!#&'<>=?@^`|~]\xe9")),
    st.sampled_from(list(b"\\{}%\x7f\x01\t")),  # what imapclient treats apart
)
_atom = st.lists(_ATOM_CHARS, min_size=1, max_size=6).map(bytes)
_quoted_body = st.lists(st.sampled_from(list(b'abc 09,[](){}"\\\xe9\x00\n\t')), max_size=8).map(
    bytes
)


def _quote(body: bytes) -> bytes:
    return b'"' + body.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


_scalar = st.one_of(
    _atom,
    st.integers(min_value=0, max_value=10**12).map(lambda n: b"%d" % n),
    st.just(b"NIL"),
    _quoted_body.map(_quote),
    _quoted_body.map(_quote),
    _quoted_body.map(lambda b: b'"' + b + b'"'),  # not escaped: maybe ill-formed
)


def _nested(depth: int) -> st.SearchStrategy[bytes]:
    if depth == 0:
        return _scalar
    inner = st.lists(_nested(depth - 1), max_size=4)
    return st.one_of(_scalar, inner.map(lambda xs: b"(" + b" ".join(xs) + b")"))


_item_name = st.one_of(
    st.sampled_from([b"RFC822.SIZE", b"FLAGS", b"X-ANY"]),
    st.sampled_from([b"UID", b"BODYSTRUCTURE"]),  # values they seldom hold
)


@st.composite
def _replies(draw: st.DrawFn) -> list[Any]:
    records: list[Any] = []
    for seq in range(1, draw(st.integers(1, 3)) + 1):
        items: list[bytes] = []
        if draw(st.booleans()):
            items += [b"UID", b"%d" % draw(st.integers(1, 10**6))]
        if draw(st.booleans()):
            items += [b"BODYSTRUCTURE", STRUCTURE]
        for _ in range(draw(st.integers(0, 3))):
            items += [draw(_item_name), draw(_nested(3))]
        line = b"%d (%s" % (seq, b" ".join(items))
        if draw(st.booleans()):
            literal = draw(st.binary(max_size=20))
            size = len(literal) + draw(st.sampled_from([0, 0, 0, 1]))
            records.append((line + b" BODY[HEADER] {%d}" % size, literal))
            records.append(b")" if draw(st.booleans()) else b" X-TAIL NIL)")
        else:
            records.append(line + b")")
    return records


@settings(max_examples=600, deadline=None)
@given(_replies())
def test_any_generated_reply_reads_as_imapclient_reads_it_or_is_refused(
    records: list[Any],
) -> None:
    try:
        reference = _reference(records)
    except (IMAPClientError, ValueError, IndexError, TypeError, AttributeError):
        with pytest.raises(FetchSyntax):
            parse_fetch(records)
        return
    _same_or_refused(records)
    del reference


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.binary(max_size=40), st.tuples(st.binary(max_size=20), st.binary(max_size=8))),
        min_size=1,
        max_size=4,
    )
)
def test_any_bytes_give_a_reading_or_fetch_syntax_never_another_error(records: list[Any]) -> None:
    with contextlib.suppress(FetchSyntax):
        parse_fetch(records)
