"""Quoted replies and signatures are cut; the new text and its sentences remain."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followupd.understand.quoting import new_text, sentences


def test_gmail_attribution_cuts_the_quote() -> None:
    """Everything from "On … wrote:" on is the older conversation."""
    text = "Thanks, see you Tuesday!\n\nOn Tue, 3 Mar 2026 at 10:02, Ana <ana@x.com> wrote:\n> No."
    assert new_text(text) == "Thanks, see you Tuesday!"


def test_attribution_wrapped_over_two_lines() -> None:
    """Clients wrap a long attribution; its second line "wrote:" still marks the quote."""
    text = (
        "Great.\n\nOn Tue, Mar 3, 2026 at 10:02 AM Ana Ruiz <ana.ruiz@example.com>\nwrote:\n\nold"
    )
    assert new_text(text) == "Great."


def test_german_attribution() -> None:
    """ "Am … schrieb …:" is the German attribution line."""
    text = "Gerne.\n\nAm 03.02.2026 um 10:00 schrieb Katrin Schäfer <k@x.de>:\nLeider …"
    assert new_text(text) == "Gerne."


def test_quoted_lines_are_dropped_but_inline_answers_stay() -> None:
    """Lines starting with ">" go; the new lines between them stay."""
    text = "> When can you start?\nIn May.\n> Salary?\nLet's talk."
    assert new_text(text) == "In May.\nLet's talk."


def test_outlook_original_message() -> None:
    """Outlook's "-----Original Message-----" starts the quote."""
    text = "No hard feelings.\n\n-----Original Message-----\nFrom: Jordan\nSent: Monday\nold words"
    assert new_text(text) == "No hard feelings."


def test_outlook_header_block_without_separator() -> None:
    """A "From:" line followed by "Sent:" and "To:" starts the quote, with the rule above it."""
    text = (
        "Forwarding this.\n\n________________________________\nFrom: Globex <no-reply@x.io>\n"
        "Sent: Tuesday, January 13, 2026 12:12 PM\nTo: Tom\nSubject: x\n\nold rejection"
    )
    assert new_text(text) == "Forwarding this."


def test_a_from_line_in_prose_is_not_a_header() -> None:
    """ "From: …" alone (no Sent:/To: after it) is ordinary text."""
    text = "From: the team, with thanks.\nSee you soon."
    assert new_text(text) == text


def test_signature_after_dash_dash_space() -> None:
    """The RFC 3676 signature separator "-- " cuts the signature."""
    assert new_text("Hi.\n\nBest,\nDana\n-- \nDana Whitfield | Talent") == "Hi.\n\nBest,\nDana"


def test_mobile_signature_is_cut() -> None:
    """ "Sent from my iPhone" ends the new text."""
    assert new_text("Yes, Friday works.\n\nSent from my iPhone") == "Yes, Friday works."


def test_forwarded_message_is_cut() -> None:
    """A forwarded message is not the sender's new words."""
    text = "FYI\n\n---------- Forwarded message ---------\nFrom: X\nWe have decided …"
    assert new_text(text) == "FYI"


def test_sentences_unwrap_paragraphs_and_keep_abbreviations() -> None:
    """Hard-wrapped lines join; "Dec. 4" and "4. Dezember" do not end a sentence."""
    text = "Hi Jordan,\n\nWe have decided to move forward\nwith other candidates. We will\nwrite by Dec. 4 or bis 4. Dezember."
    assert sentences(text) == [
        "Hi Jordan,",
        "We have decided to move forward with other candidates.",
        "We will write by Dec. 4 or bis 4. Dezember.",
    ]


def test_bullets_stay_separate_sentences() -> None:
    """List items are not joined to the line above."""
    assert sentences("Next steps:\n- a call\n- an onsite") == [
        "Next steps:",
        "- a call",
        "- an onsite",
    ]


@given(st.text(max_size=300))
def test_new_text_never_raises_and_never_grows(text: str) -> None:
    """Any text gives a result no longer than the input (after line-ending normalisation)."""
    result = new_text(text)
    assert len(result) <= len(text)
    sentences(text)
