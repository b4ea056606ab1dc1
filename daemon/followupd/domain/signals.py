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


class Signal(Frozen):
    kind: SignalKind
    evidence: str  # the sentence (or header) that gave the signal, trimmed
    score: float = 1.0  # sum of the weights of the phrases that matched
    due: datetime | None = None  # TIMEFRAME: the exact moment, UTC
    detail: str = ""  # NEXT_STEPS: what comes next, in the sender's words; else a note


class DebriefNote(Frozen):
    """What the user wrote after an interview (a reply to the debrief note, or a notes file)."""

    # interviewer (name or address, lower-case) -> points
    topics: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    general: tuple[str, ...] = ()  # points not tied to one interviewer
    timeframe: str = ""  # what the user heard, in their words ("two weeks")
    timeframe_due: datetime | None = None  # the same, as a moment (UTC)
    check_back: datetime | None = None  # when the user wants to check back (UTC)
    evidence: tuple[str, ...] = ()  # the lines these came from
