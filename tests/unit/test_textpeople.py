"""Whom a mail says the user meets, and who it says will not take part."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.understand.textpeople import people_absent, people_named

USER = UserIdentity(name="Tessa Wong", email="tessa.wong@example.org", timezone="UTC")
ARJUN = Person(email="arjun.mehta@orrery.example", name="Arjun Mehta")
KASIA = Person(email="kasia.nowak@orrery.example", name="Kasia Nowak")
FIONA = Person(email="fiona.blake@orrery.example", name="Fiona Blake")
CALENDAR = Person(email="calendar-notification@google.com", name="Fiona Blake (Google Calendar)")


def message(text: str, sender: Person = ARJUN) -> ParsedMessage:
    return ParsedMessage(subject="Interview", sender=sender, to=(Person(email=USER.email),),
                         text=text)  # fmt: skip


def test_who_will_not_take_part() -> None:
    """ "Fiona is on the invite only to keep track", "I'll stay off the call", "Laila will
    meet you in the lobby": not interviewers. A calendar robot named after a guest does
    not make the name ambiguous."""
    invited = (ARJUN, KASIA, FIONA)
    text = "Kasia and I will run the exercise. Fiona is on the invite only to keep track."
    assert people_absent(text, message(text, sender=CALENDAR), USER, invited) == {FIONA.email}
    text = "Kasia will meet with you to talk about the role. I'll stay off the call."
    assert people_absent(text, message(text), USER, invited) == {ARJUN.email}
    text = "Fiona will meet you in the lobby and take you up."
    assert people_absent(text, message(text), USER, invited) == {FIONA.email}
    text = "Kasia, Fiona and I are looking forward to it."
    assert people_absent(text, message(text), USER, invited) == frozenset()


def test_an_organiser_who_only_introduces_the_panel_does_not_take_part() -> None:
    """ "I'll join for the first five minutes to introduce everyone and then drop off": the
    coordinator who sent the panel is no interviewer; "I'll then walk you through the
    offer" is no such sentence."""
    invited = (ARJUN, KASIA, FIONA)
    for text in (
        "Here's the panel. I'll join for the first five minutes to introduce everyone and then drop off.",
        "I will kick things off and then leave you to it.",
        "I'll do the introductions, then hop off.",
    ):
        assert people_absent(text, message(text), USER, invited) == {ARJUN.email}, text
    for text in (
        "I'll join first and then Kasia will take over the technical part.",
        "Fiona and I will then drop by the office with you.",
    ):
        assert people_absent(text, message(text), USER, invited) == frozenset(), text


def test_a_sessions_line_names_its_people_after_with() -> None:
    """On a schedule's line, "with" alone introduces the session's people; elsewhere a
    plain "with" does not ("sessions with a short break")."""
    line = "9:15 - 10:00 AM PT  Values & collaboration with Kasia Nowak and Li Wei"
    named = people_named(line, message(line), USER, schedule_line=True)
    assert [p.email for p in named.people] == []  # Kasia is not in this message's book
    assert named.without_address == ("Kasia Nowak", "Li Wei")
    text = "It's two sessions with a short break."
    assert people_named(text, message(text), USER) == people_named("", message(""), USER)


@given(st.text(max_size=400))
def test_people_absent_never_raises_and_names_only_known_people(text: str) -> None:
    """Any text: no exception, and only addresses of the message or the invitation."""
    invited = (ARJUN, KASIA, FIONA)
    gone = people_absent(text, message(text), USER, invited)
    assert gone <= {p.email for p in invited}


def test_job_titles_next_to_names() -> None:
    """ "Priya Raman, Engineering Manager", "(Staff Engineer)", a signature's line below
    the name: the title; prose after a name is none."""
    from followupd.understand.textpeople import titles_of

    priya = Person(email="priya@acme.example", name="Priya Raman")
    sam = Person(email="sam@acme.example", name="Sam Ortiz")
    maya = Person(email="maya@acme.example", name="Maya Ostrowski")
    text = (
        "You'll meet with:\n- Priya Raman, Engineering Manager (priya@acme.example)\n"
        "- Sam Ortiz (Staff Engineer)\n\nBest,\nMaya Ostrowski\nSenior Technical Recruiter | Acme\n"
    )
    assert dict(titles_of((priya, sam, maya), text)) == {
        priya.email: "Engineering Manager",
        sam.email: "Staff Engineer",
        maya.email: "Senior Technical Recruiter",
    }
    prose = "Priya Raman, thanks for the note. Sam Ortiz - Manager of nothing much really."
    assert titles_of((priya, sam), prose) == ()


@given(st.text(max_size=300))
def test_titles_never_raise_and_are_short(text: str) -> None:
    from followupd.understand.textpeople import MAX_TITLE_CHARS, titles_of

    for _, title in titles_of((ARJUN, KASIA), f"Arjun Mehta, {text}\nKasia Nowak\n{text}"):
        assert 0 < len(title) <= MAX_TITLE_CHARS and "\n" not in title


@pytest.mark.parametrize(
    ("text", "takes_part"),
    [
        ("Really enjoyed our chat yesterday - the next step is with Wei.", False),
        ("Thanks for our call! Wei has these openings.", False),
        ("Following our conversation, here are Wei's times.", False),
        ("Looking forward to our chat on Tuesday.", True),
        ("Here are some times for our call.", True),
    ],
)
def test_our_chat_had_is_not_one_the_sender_joins(text: str, takes_part: bool) -> None:
    """ "Really enjoyed our chat yesterday" speaks of a call that is over: the recruiter
    who writes it is not in the next interview; "our chat on Tuesday" is one they join."""
    message = ParsedMessage(sender=Person(name="Megan Ortiz", email="megan@acme.example"))
    assert people_named(text, message, USER).sender_takes_part is takes_part


@pytest.mark.parametrize(
    "text",
    [
        "Panel is Kasia Nowak, Fiona Blake (CTO) and Li Wei (HR Business Partner).",
        "The panel is Kasia Nowak, Fiona Blake and Li Wei.",
        "Your panel will be Kasia Nowak, Fiona Blake and Li Wei.",
    ],
)
def test_a_panel_named_as_agencies_write_it(text: str) -> None:
    """ "Panel is Deborah Finch, Graham Whitlock (CTO) and …": the people the user meets."""
    named = people_named(text, message(text), USER)
    assert named.without_address == ("Kasia Nowak", "Fiona Blake", "Li Wei")
    assert people_named("The panel is impressed.", message("x"), USER).without_address == ()


def test_a_recruitment_advisor_signature_gives_her_title() -> None:
    """ "Megan Lowe / Recruitment Advisor | People Team": a recruiting title (so a guest
    with it is no interviewer when others of the company are)."""
    from followupd.understand.textpeople import titles_of

    megan = Person(email="megan.lowe@castle.example", name="Megan Lowe")
    text = "Thanks, that's you booked.\n\nMegan\n\nMegan Lowe\nRecruitment Advisor | People Team\n"
    assert titles_of((megan,), text) == ((megan.email, "Recruitment Advisor"),)
