"""Offers to the user: whose offer a sentence makes, and of what.

An offer phrase counts only when the user is its beneficiary and a job is what is
offered:

- TO SOMEONE ELSE: "we have extended an offer to another candidate", "the role has
  gone to an internal candidate" — no offer, and a rejection
  (`decision.offered_to_others` gives it its weight there).
- OF A MEETING: "we'd love to offer you a chance to interview", "we're pleased to
  offer you a second-round interview", "I can offer you Tuesday at 3pm", "Ihnen ein
  zweites Gespräch anbieten" — no offer.
- OF A JOB (2.0): "offer you" followed by the job before anything else ("would like
  to offer you the Platform Engineer role", "offer you the opportunity to join the
  team"), not negated ("we won't be able to offer you the role" is a rejection).

`offer_reading` names why a sentence is no job offer to the user; `offer_score` is
the structural weight `classify` adds to the lexicon's offer phrases.
"""

from __future__ import annotations

import re

from followupd.understand.decision import (
    CLAUSES,
    NEGATIONS,
    UNDECIDED,
    any_of,
    offered_to_others,
    rx,
)

# What an offer to the user is of: a job, or only a meeting ("offer you an interview").
_JOB_WORDS = frozenset(
    ("position", "role", "job", "post", "offer", "employment", "contract", "salary", "package")
)
_MEETING_WORDS = frozenset(
    (
        *("interview", "interviews", "call", "chat", "meeting", "conversation", "slot"),
        *("slots", "time", "times", "session", "screen", "screening", "visit", "tour"),
        *("assessment", "test", "exercise", "round", "invitation", "appointment"),
        *("discussion", "coffee", "lunch", "dinner", "demo", "presentation", "feedback"),
        *("referral", "spot", "place", "today", "tomorrow", "morning", "afternoon"),
        *("evening", "monday", "tuesday", "wednesday", "thursday", "friday", "next"),
        *("mon", "tue", "wed", "thu", "fri"),
    )
)
_MEETING_VERBS = frozenset(
    (
        *("interview", "meet", "speak", "talk", "chat", "visit", "present", "attend"),
        *("come", "discuss", "do", "complete", "take"),
    )
)
_GERMAN_MEETING = r"Gespräch|Interview|Termin|Kennenlernen|Telefonat|Video\w*|Vorstellung\w*"


def _offer_of_a_meeting(clause: str) -> str:
    """ "offer you an interview / a call / a chance to interview / Tuesday at 3pm"."""
    for match in rx(r"offer(?:ing|ed|s)?\s+you").finditer(clause):
        words = re.findall(r"[\w'’-]+", clause[match.end() : match.end() + 80].lower())[:7]
        for i, word in enumerate(words):
            if word in ("opportunity", "chance") and i + 2 < len(words) and words[i + 1] == "to":
                if words[i + 2] in _MEETING_VERBS:
                    return f"{match.group(0)} … {word} to {words[i + 2]}"
                break
            if word in _JOB_WORDS:
                break
            if word in _MEETING_WORDS or re.fullmatch(r"\d{1,2}(?::\d\d)?(?:am|pm)?", word):
                return f"{match.group(0)} … {word}"
    german = rx(r"Ihnen\b(.{0,80}?)\banbieten").search(clause)
    if german and rx(_GERMAN_MEETING).search(german.group(1)):
        return german.group(0)
    return ""


def _offer_of_a_job(clause: str) -> str:
    """ "(would like to) offer you the role / a position / the opportunity to join us"."""
    for match in rx(r"offer(?:ing)?\s+you").finditer(clause):
        if rx(rf"(?:{any_of(NEGATIONS)})(?:\s+[\w'’]+){{0,4}}\s*$").search(
            clause[max(0, match.start() - 40) : match.start()]
        ):
            continue
        words = re.findall(r"[\w'’-]+", clause[match.end() : match.end() + 80].lower())[:7]
        for i, word in enumerate(words):
            if word in ("opportunity", "chance"):
                joins = words[i + 1 : i + 3] in (["to", "join"], ["to", "work"], ["to", "become"])
                if joins:
                    return f"{match.group(0)} the {word} to {words[i + 2]}"
                break
            if word in _JOB_WORDS:
                return f"{match.group(0)} … {word}"
            if word in _MEETING_WORDS:
                break
    return ""


def offer_score(line: str) -> tuple[float, str]:
    """The structural offer weight of one sentence (2.0: a job offered to the user)."""
    for clause in CLAUSES.split(line):
        if rx(UNDECIDED).search(clause):
            continue
        found = _offer_of_a_job(clause)
        if found:
            return 2.0, found
    return 0.0, ""


def offer_reading(line: str) -> str:
    """Why an offer phrase of this sentence is no job offer to the user, or "".

    "someone else": the offer goes to another person (it is a rejection);
    "a meeting": the user is offered an interview, a call, a time.
    """
    for clause in CLAUSES.split(line):
        if offered_to_others(clause):
            return "someone else"
        if _offer_of_a_meeting(clause):
            return "a meeting"
    return ""
