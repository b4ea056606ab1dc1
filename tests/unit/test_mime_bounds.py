"""Hostile MIME: deep nesting, odd charsets, deep comments and huge bodies give a result or a
MessageError with a sentence — never another exception, never minutes of work."""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from followupd.domain.errors import MessageError
from followupd.domain.model import UserIdentity
from followupd.understand import MAX_NEW_TEXT_CHARS, understand_message
from followupd.understand.charsets import codec_for, decode_bytes
from followupd.understand.classify import classify
from followupd.understand.mime import MAX_PARTS, parse_message
from followupd.understand.nesting import MAX_MIME_DEPTH, bound_structure
from followupd.understand.quoting import new_text, sentences
from followupd.understand.timeframe import find_timeframes

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
HEAD = (
    "From: Pat Kim <pat@acme.example>\r\nTo: jordan.lee@example.org\r\nSubject: Hello\r\n"
    "Date: Thu, 12 Nov 2026 08:00:00 +0000\r\nMessage-ID: <m1@acme.example>\r\n"
    "MIME-Version: 1.0\r\n"
)


def nested(depth: int, *, param: str = "boundary", sub: str = "mixed") -> bytes:
    """`depth` multiparts, one inside the other, with a text part at the bottom."""
    out = [HEAD]
    for i in range(depth):
        out.append(f'Content-Type: multipart/{sub}; {param}="b{i}"\r\n\r\n--b{i}\r\n')
    out.append("Content-Type: text/plain\r\n\r\nhello from the bottom\r\n")
    out.extend(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return "".join(out).encode()


def forwarded(depth: int) -> bytes:
    """A message/rfc822 inside a message/rfc822 …, `depth` times."""
    inner = "".join("Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n" for _ in range(depth))
    return (HEAD + inner + "Content-Type: text/plain\r\n\r\nhello inside\r\n").encode()


def mail(body: str, *, subtype: str = "plain") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Pat Kim <pat@acme.example>"
    msg["To"] = "jordan.lee@example.org"
    msg["Subject"] = "Your application"
    msg["Date"] = "Thu, 12 Nov 2026 08:00:00 +0000"
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


def test_nesting_within_the_bound_is_read_whole() -> None:
    """A text part under 50 nested multiparts is read, with no problem about depth."""
    parsed = parse_message(nested(MAX_MIME_DEPTH))
    assert parsed.text == "hello from the bottom"
    assert not any("nested" in d for d in parsed.defects)


@pytest.mark.parametrize("depth", [MAX_MIME_DEPTH + 1, 600, 5000, 20000])
def test_deep_multiparts_are_cut_with_a_reason(depth: int) -> None:
    """Parts below 50 levels are not read (said in the defects); headers are still read, and
    no RecursionError leaves the parser, however deep the nesting."""
    parsed = parse_message(nested(depth))
    assert parsed.subject == "Hello" and parsed.sender is not None
    assert parsed.text == ""
    assert any(f"nested more than {MAX_MIME_DEPTH} levels" in d for d in parsed.defects)


@pytest.mark.parametrize("builder", [forwarded, lambda d: nested(d, sub="digest")])
def test_deep_messages_in_messages_are_cut(builder: object) -> None:
    """message/rfc822 nesting (and digests, whose parts are messages) is bounded the same way."""
    assert callable(builder)
    parsed = parse_message(builder(3000))
    assert parsed.subject == "Hello"
    assert any(f"nested more than {MAX_MIME_DEPTH} levels" in d for d in parsed.defects)


def test_a_structure_the_scan_cannot_follow_is_a_message_error() -> None:
    """Boundaries in RFC 2231 form (boundary*=) are not followed by the scan; 3000 levels of
    them are refused with a sentence, not a RecursionError."""
    with pytest.raises(MessageError, match="nests too deep"):
        parse_message(nested(3000, param="boundary*"))


def test_the_scan_leaves_ordinary_mail_alone() -> None:
    """A shallow multipart with comments and boundaries comes back byte for byte."""
    raw = nested(3).replace(b"Subject: Hello", b"Subject: Hello (a (nested) comment)")
    assert bound_structure(raw).raw == raw and bound_structure(raw).problems == []


@pytest.mark.parametrize("header", ["From", "To", "Content-Type", "Content-Disposition"])
def test_deeply_nested_header_comments_are_flattened(header: str) -> None:
    """A header of 5000 nested comments is read without its parentheses, said in words."""
    value = "(" * 5000 + "x" + ")" * 5000
    if header in ("From", "To"):
        value += " <pat@acme.example>"
    else:
        value = ("text/plain; " if header == "Content-Type" else "attachment; ") + value
    lines = [line for line in HEAD.split("\r\n") if not line.startswith(f"{header}:")]
    raw = ("\r\n".join(lines) + f"{header}: {value}\r\n\r\nhello\r\n").encode()
    parsed = parse_message(raw)
    assert any(f"{header}: comments nested more than" in d for d in parsed.defects)


@pytest.mark.parametrize(
    "charset",
    ["utf8\0", "utf\x01-8", "rot13", "base64", "zlib", "hex", "undefined", "idna", "punycode",
     "unicode_escape", "x" * 5000, "ütf-8", "utf-8'en'", ""],
)  # fmt: skip
def test_odd_charsets_are_unknown_charsets(charset: str) -> None:
    """Labels with a NUL, non-text codecs and codecs that are no mail charset read as an
    unknown charset (UTF-8 / cp1252 fallback), in a text part, a calendar part, an encoded
    word and a multipart without its boundary."""
    label = charset
    body = "h\xe9llo \\N{x}"
    for ctype in ("text/plain", "text/calendar", "multipart/mixed"):
        raw = (
            HEAD.replace("Subject: Hello", f"Subject: =?{label}?q?hi?=")
            + f'Content-Type: {ctype}; charset="{label}"\r\nContent-Transfer-Encoding: 8bit\r\n'
            f"\r\n{body}\r\n"
        ).encode("utf-8")
        parsed = parse_message(raw)
        if ctype != "text/calendar":
            assert "llo" in parsed.text
    assert codec_for(label) is None or label == ""
    text, problem = decode_bytes(b"caf\xc3\xa9", label)
    assert text == "café"
    assert "\0" not in problem and len(problem) < 120


def test_a_nul_charset_in_explain_terms() -> None:
    """The campaign's `charset=utf8\\0` part is understood; its problem is one readable line."""
    raw = (HEAD + 'Content-Type: text/plain; charset="utf8\0"\r\n\r\nhello\r\n').encode()
    result = understand_message(raw, user=USER)
    assert result.message.text == "hello"
    assert any("unknown charset 'utf8?'" in d for d in result.message.defects)


def test_parts_walked_are_bounded() -> None:
    """A message of 3,000 sibling parts walks the first 1,000 and says so."""
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(3000))
    raw = HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + "--b--\r\n"
    parsed = parse_message(raw.encode())
    assert parsed.text == "part 0"
    assert any(f"more than {MAX_PARTS:,} MIME parts" in d for d in parsed.defects)


BIG = 5_000_000
BODIES = {
    "sentences": "We will get back to you within two weeks. Thanks for applying. ",
    "one line": "we will get back to you by friday and ",
    "abbreviations": "Dr. ",
    "ordinals": "3. ",
    "quoted speech": '"we regret to inform you that" ',
    "short lines": "unfortunately\n",
}


@pytest.mark.parametrize("name", list(BODIES))
def test_a_five_megabyte_body_is_understood_in_seconds(name: str) -> None:
    """Understanding and classifying a 5 MB body reads a bounded part of it (a problem says
    so) and takes seconds, not the minute it took (it was 40 s for the first shape)."""
    body = (BODIES[name] * (BIG // len(BODIES[name]) + 1))[:BIG]
    started = time.perf_counter()
    result = understand_message(mail(body), user=USER)
    classify(result.message, user=USER, body=result.new_text)
    assert time.perf_counter() - started < 10
    assert len(result.new_text) <= MAX_NEW_TEXT_CHARS
    assert any(f"longer than {MAX_NEW_TEXT_CHARS:,} characters" in p for p in result.problems)


def test_a_huge_html_body_is_bounded() -> None:
    """A 5 MB HTML body is read up to its bound, quickly."""
    body = "<html><body>" + "<p>we will get back to you within two weeks</p>" * 110_000
    started = time.perf_counter()
    result = understand_message(mail(body, subtype="html"), user=USER)
    assert time.perf_counter() - started < 10
    assert any("HTML body of" in d for d in result.message.defects)


def test_the_hot_spots_are_linear() -> None:
    """Sentence splitting over 20,000 abbreviations in one line, and 10,000 timeframes in one
    sentence, take well under a second each (both were quadratic)."""
    from datetime import UTC, datetime

    started = time.perf_counter()
    assert len(sentences("Dr. " * 20_000 + "Done.")) == 1
    assert time.perf_counter() - started < 1.5
    started = time.perf_counter()
    found = find_timeframes("in 2 days, " * 10_000, datetime(2026, 11, 12, 8, tzinfo=UTC))
    assert len(found) == 10_000
    assert time.perf_counter() - started < 3


def test_new_text_is_bounded_and_still_strips_quotes() -> None:
    """The new text stops at its bound; quotes and the attribution are still cut."""
    assert new_text("Thanks!\n\nOn Tue, 3 Mar 2026, Ana <ana@x> wrote:\n> old") == "Thanks!"
    assert len(new_text("word " * 100_000)) == MAX_NEW_TEXT_CHARS
    assert new_text("a b c", limit=3) == "a b"


def test_the_selector_survives_deep_comments() -> None:
    """The header-only look that decides what to fetch never raises on a From of 5000 nested
    comments (getaddresses recurses): it reads no address from it."""
    from followupd.domain.model import MessageRef
    from followupd.domain.ports import Candidate
    from followupd.pipeline.selector import selector
    from followupd.understand.conversation import ApplicationIndex

    ref = MessageRef(account="work", folder="INBOX", uidvalidity=1, uid=1)
    head = ("From: " + "(" * 5000 + ")" * 5000 + " <pat@acme.example>\r\nSubject: hi\r\n").encode()
    wanted = selector(ApplicationIndex(), frozenset({USER.email}))
    assert wanted(Candidate(ref=ref, headers=head)) is False


def test_what_the_bounds_left_unread_is_a_problem_of_the_message() -> None:
    """The cut is said where a person reads it (explain's Problem lines, the run's warnings):
    in the understanding's problems, not only in the parser's defects."""
    deep = understand_message(nested(600), user=USER)
    assert any("nested more than 50 levels deep" in p for p in deep.problems)
    big = understand_message(mail("Thanks for applying. " * 60_000), user=USER)
    assert any("only the first 1,000,000 were kept" in p for p in big.problems)


def test_html_table_cells_stay_apart() -> None:
    """An HTML-only mail's key/value table reads "When: Wednesday, …", not "WhenWednesday"."""
    from followupd.understand.mime import html_to_text

    html = (
        "<html><body><table><tr><td><b>When</b></td><td>Wednesday, December 2, 2026 at 15:00"
        "</td></tr><tr><td><b>Interviewers</b></td><td>Åsa Berg and Tomas Ek</td></tr>"
        "<tr><td>Room 4, the long corridor on the left</td><td>ask at reception</td></tr>"
        "</table></body></html>"
    )
    assert [line for line in html_to_text(html).splitlines() if line] == [
        "When: Wednesday, December 2, 2026 at 15:00",
        "Interviewers: Åsa Berg and Tomas Ek",
        "Room 4, the long corridor on the left ask at reception",
    ]
