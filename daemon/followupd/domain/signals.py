"""Signals: what a message of the hiring conversation means, each with its evidence.

Produced by `followupd.understand.classify` (pure), consumed by the tracker, which
turns them into events (`rejection.received`, `timeframe.stated`, …). Every
signal keeps the sentence that gave it, for `followupd explain`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from followupd.domain.model import Frozen


class SignalKind(StrEnum):
    REJECTION = "rejection"  # the company says no
    OFFER = "offer"  # the company makes an offer
    TIMEFRAME = "timeframe"  # "we'll get back to you by Friday" (due is set)
    NEXT_STEPS = "next_steps"  # another round, people to meet (detail is set)
    AUTOMATED = "automated"  # no person wrote this (Auto-Submitted, no-reply, ATS notice)
    # part of the user's candidacy: their application, an acknowledgement, a recruiter's
    # approach (detail: the company when the message names it)
    CANDIDACY = "candidacy"
    WITHDRAWAL = "withdrawal"  # the user withdraws their candidacy (their own mail)
    ON_HOLD = "on_hold"  # the role or the process is paused ("we are putting the role on hold")


class SpanUnit(StrEnum):
    HOURS = "hours"
    DAYS = "days"
    BUSINESS_DAYS = "business_days"  # Monday to Friday
    WEEKS = "weeks"
    MONTHS = "months"


class Span(Frozen):
    """A stated length of time ("3 business days"), counted from an anchor.

    `followupd.understand.timeframe.span_due` turns it into a moment once the anchor's
    moment is known, by the same rules as a span counted from the message date.
    """

    count: int
    unit: SpanUnit

    def describe(self) -> str:
        """ "3 business days", "1 week": for people (explain, logs)."""
        word = self.unit.value.replace("_", " ")
        return f"{self.count} {word[:-1] if self.count == 1 else word}"


class Signal(Frozen):
    kind: SignalKind
    evidence: str  # the sentence (or header) that gave the signal, trimmed
    score: float = 1.0  # sum of the weights of the phrases that matched
    # TIMEFRAME: the exact moment, UTC. For a timeframe counted from an anchor it is the
    # best estimate from the message alone (None when the message does not date the anchor).
    due: datetime | None = None
    detail: str = ""  # NEXT_STEPS: what comes next, in the sender's words; else a note
    # TIMEFRAME counted from an event rather than from the message: "interview" for
    # "within 3 business days after your interview"; "" = counted from the message date.
    anchor: str = ""
    span: Span | None = None  # with an anchor: how long after it ("3 business days")


class DebriefNote(Frozen):
    """What the user wrote after an interview (a reply to the debrief note, or a notes file)."""

    # interviewer (name or address, lower-case) -> points
    topics: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    general: tuple[str, ...] = ()  # points not tied to one interviewer
    timeframe: str = ""  # what the user heard, in their words ("two weeks")
    timeframe_due: datetime | None = None  # the same, as a moment (UTC)
    check_back: datetime | None = None  # when the user wants to check back (UTC)
    evidence: tuple[str, ...] = ()  # the lines these came from
