"""Understanding mail: MIME → facts, iCalendar → calendar items, items → interviews.

Pure functions, no I/O. The public API:

    parse_message(raw) -> ParsedMessage
    parse_calendar(text, *, default_tz="UTC", method_hint="") -> (items, problems)
    judge(item, *, user, message=None, source="", phrases=DEFAULT_INTERVIEW_PHRASES) -> Verdict
    understand_message(raw, *, user, source="") -> MessageUnderstanding
    read_text_interview(msg, text, *, user, source="") -> TextInterview | None

A message none of whose calendar items is an interview is read for one in its text
(`textinterview`): `MessageUnderstanding.text_interview`.

A message is read within bounds: at most `MAX_CALENDAR_PARTS` calendars, each at
most `MAX_CALENDAR_PART_CHARS` long; its structure at most `MAX_MIME_DEPTH` levels
deep (`nesting`); the classifiers read the first `MAX_NEW_TEXT_CHARS` characters of
its new text (`quoting`). The rest are problems, not work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from followupd.domain.errors import MessageError
from followupd.domain.model import CalendarItem, ParsedMessage, UserIdentity, Verdict
from followupd.understand.ics import parse_calendar
from followupd.understand.interview import (
    DEFAULT_INTERVIEW_PHRASES,
    MAX_INTERVIEWERS,
    InterviewPhrases,
    judge,
)
from followupd.understand.mime import parse_message, parse_message_parts
from followupd.understand.nesting import MAX_MIME_DEPTH
from followupd.understand.quoting import MAX_NEW_TEXT_CHARS, is_cut, new_text
from followupd.understand.textinterview import (
    DEFAULT_TEXT_INTERVIEW_MINUTES,
    TextInterview,
    read_text_interview,
)

__all__ = [
    "DEFAULT_INTERVIEW_PHRASES",
    "DEFAULT_TEXT_INTERVIEW_MINUTES",
    "MAX_CALENDAR_PARTS",
    "MAX_CALENDAR_PART_CHARS",
    "MAX_INTERVIEWERS",
    "MAX_MIME_DEPTH",
    "MAX_NEW_TEXT_CHARS",
    "InterviewPhrases",
    "MessageUnderstanding",
    "TextInterview",
    "judge",
    "parse_calendar",
    "parse_message",
    "read_text_interview",
    "understand_message",
]


# An invitation is a few kilobytes and one calendar (a few with alternatives or updates).
MAX_CALENDAR_PARTS = 10
MAX_CALENDAR_PART_CHARS = 1_000_000


@dataclass(frozen=True)
class MessageUnderstanding:
    """Everything understood from one message: the facts, its calendar items, the verdicts."""

    message: ParsedMessage
    new_text: str  # the message's own text, quotes stripped (`quoting.new_text`, done once)
    items: tuple[CalendarItem, ...]
    verdicts: tuple[Verdict, ...]
    problems: tuple[str, ...]
    # An interview fixed in the text, read only when no calendar item of the message is
    # an interview (nor one but for its crowd): `textinterview.read_text_interview`.
    text_interview: TextInterview | None = None

    def interviews(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.interview is not None)


SAME_EVENT = timedelta(minutes=10)  # a text's time and its own calendar's: the one event


def understand_message(
    raw: bytes,
    *,
    user: UserIdentity,
    source: str = "",
    phrases: InterviewPhrases = DEFAULT_INTERVIEW_PHRASES,
    known: Callable[[ParsedMessage], str] | None = None,
) -> MessageUnderstanding:
    """Parse a message and judge each event of its calendars; read its text for an
    interview when none of them is one. `known` says, in words, why the message is part
    of a hiring conversation followupd already follows (its thread, a contact, an
    agency's), or '': such a message's meetings are about hiring.

    Raises MessageError only when the message itself is empty; a bad calendar part
    becomes a problem. Floating times are read in the user's time zone.
    """
    message, calendars, unread = parse_message_parts(raw)
    items: list[CalendarItem] = []
    problems: list[str] = list(unread)
    if len(calendars) > MAX_CALENDAR_PARTS:
        problems.append(
            f"{len(calendars)} calendar parts; only the first {MAX_CALENDAR_PARTS} were read"
        )
    for index, part in enumerate(calendars[:MAX_CALENDAR_PARTS], start=1):
        where = f"calendar {index}" if len(calendars) > 1 else "calendar"
        if len(part.text) > MAX_CALENDAR_PART_CHARS:
            problems.append(
                f"{where}: {len(part.text):,} characters, more than the"
                f" {MAX_CALENDAR_PART_CHARS:,} read of a calendar in a message; not read"
            )
            continue
        try:
            found, issues = parse_calendar(
                part.text, default_tz=user.timezone, method_hint=part.method
            )
        except MessageError as exc:
            problems.append(f"{where}: {exc}")
            continue
        problems.extend(f"{where}: {issue}" for issue in issues)
        items.extend(item for item in found if item not in items)
    context = known(message) if known is not None else ""
    verdicts = tuple(
        judge(item, user=user, message=message, source=source, phrases=phrases, known=context)
        for item in items
    )
    own = new_text(message.text)
    if is_cut(own):
        problems.append(
            f"the message's text is longer than {MAX_NEW_TEXT_CHARS:,} characters;"
            " only the first were read"
        )
    text_interview = None
    if not any(v.interview is not None or v.crowded is not None for v in verdicts):
        text_interview = read_text_interview(
            message, own, user=user, source=source, phrases=phrases, known=context
        )
    said = text_interview.interview if text_interview is not None else None
    if said is not None and any(abs(item.start - said.start) <= SAME_EVENT for item in items):
        # The text describes the event its own calendar carries, which was judged no
        # interview ("Thank you for registering for 'Interviewing 101'"): nor is the text.
        text_interview = None
    return MessageUnderstanding(
        message=message,
        new_text=own,
        items=tuple(items),
        verdicts=verdicts,
        problems=tuple(problems),
        text_interview=text_interview,
    )
