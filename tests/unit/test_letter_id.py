"""How a sent copy of a draft is known when the client gave it a Message-ID of its own."""

from __future__ import annotations

import email
import email.policy
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from followupd.compose.letter_id import LetterTrace, ids_in, is_sent_copy, normal_subject

SUBJECTS = st.text(alphabet="abcdeé XYZ–:-,", max_size=30)
PREFIXES = st.lists(
    st.sampled_from(["Re: ", "RE:", "AW: ", "Fwd: ", "re[2]: ", "Sv: "]), max_size=3
)
IDS = st.lists(st.from_regex(r"<[a-z0-9.-]{1,12}@[a-z]{1,8}\.example>", fullmatch=True), max_size=4)


@given(SUBJECTS, PREFIXES)
def test_reply_prefixes_case_and_spaces_do_not_count(subject: str, prefixes: list[str]) -> None:
    """ "Re:", "AW:", "Fwd:" (any number), case and runs of spaces aside, a subject is itself."""
    assert normal_subject("".join(prefixes) + subject) == normal_subject(subject)
    assert (
        normal_subject(subject.upper().replace(" ", "  "))
        == normal_subject(subject).upper().casefold()
    )


@given(IDS)
def test_ids_in_a_header_value(ids: list[str]) -> None:
    """Every <id> of a References value, in order, whatever folds and spaces lie between."""
    assert ids_in("\r\n ".join(ids)) == ids
    assert ids_in(" ".join(ids)) == ids


def headers(text: str) -> email.message.Message:
    return email.message_from_string(text.replace("\n", "\r\n"), policy=email.policy.default)


TRACE = LetterTrace(
    message_id="<ours@example.org>",
    to=("pat@acme.example",),
    subject="Re: Your application",
    in_reply_to="<thread@acme.example>",
    written=date(2026, 11, 18),
)


def test_a_sent_copy_under_a_new_message_id() -> None:
    """Same thread, recipient (among others) and subject: the copy; anything else: not."""
    base = (
        "Message-ID: <new@example.org>\nTo: Pat <PAT@acme.example>, kim@acme.example\n"
        "Subject: RE: your  application\nReferences: <a@x> <thread@acme.example>\n"
        "Date: Thu, 19 Nov 2026 10:00:00 +0100\n\n"
    )
    assert is_sent_copy(TRACE, headers(base))
    assert not is_sent_copy(TRACE, headers(base.replace("<thread@acme.example>", "<t2@x>")))
    assert not is_sent_copy(TRACE, headers(base.replace("Pat <PAT@acme.example>, ", "")))
    assert not is_sent_copy(TRACE, headers(base.replace("your  application", "an offer")))
    assert not is_sent_copy(TRACE, headers(base.replace("19 Nov 2026", "10 Nov 2026")))
    assert is_sent_copy(TRACE, headers("Message-ID: <ours@example.org>\n\n"))
