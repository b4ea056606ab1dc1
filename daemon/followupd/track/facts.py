"""What the tracker's decision reads and returns: the observed message, the decision, facts.

`Observed` is one understood message; `Decision` the changes it makes, in order;
`Folding` folds each change into a working copy of the state as it is decided, so
later steps of the same message see earlier ones (an invitation's application, then
the message that carried it).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime

from followupd.domain.model import Interview, ParsedMessage, Person, UserIdentity
from followupd.domain.signals import Signal
from followupd.rules.world import MessageFact
from followupd.track.changes import Change, HappeningRecorded
from followupd.track.state import TrackState
from followupd.understand.feedback import offers_feedback
from followupd.understand.language import detect_language
from followupd.understand.people import is_role_mailbox
from followupd.understand.textanswer import TextInterview

# Our notes' Message-IDs: <followupd.KEY@domain> (see compose.message.note_message_id).
OURS = re.compile(r"<followupd\.([0-9a-f]{24})@")
TEXT_KEPT = 4000


@dataclass(frozen=True)
class Observed:
    """One understood message, as the tracker reads it."""

    message: ParsedMessage
    new_text: str = ""  # the message's own text, quotes stripped (once, when understood)
    signals: tuple[Signal, ...] = ()
    interviews: tuple[Interview, ...] = ()  # its invitations judged interviews
    crowded: tuple[Interview, ...] = ()  # invitations that are interviews but for the crowd
    text: TextInterview | None = None  # an interview its plain text fixes (or leaves unclear)


@dataclass(frozen=True)
class Reminder:
    """One of our interview reminders, which the user may answer with a debrief."""

    application: str
    interview_uid: str


@dataclass
class Decision:
    """The changes, in order, and what they mean for the log line and explain."""

    changes: list[Change] = field(default_factory=list)
    application: str = ""
    reason: str = ""
    interviews: dict[str, str] = field(default_factory=dict)  # uid -> new/rescheduled/…
    interview_log: list[str] = field(default_factory=list)  # each interview's change, in order


class Folding:
    """Changes being decided, folded into a working copy of the state as they come."""

    def __init__(self, state: TrackState, out: Decision) -> None:
        self.state = state
        self.out = out

    def emit(self, change: Change) -> None:
        if isinstance(change, HappeningRecorded) and change.happening.id in self.state.happenings:
            return  # already recorded: a message read again never fires twice
        self.out.changes.append(change)
        self.state.apply(change)


def our_keys(msg: ParsedMessage) -> list[str]:
    """The keys of our own notes this message answers (In-Reply-To, References)."""
    keys: list[str] = []
    for ref in (msg.in_reply_to, *msg.references):
        m = OURS.search(ref or "")
        if m:
            keys.append(m.group(1))
    return keys


def message_fact(
    observed: Observed, app_id: str, account: str, user: UserIdentity, now: datetime
) -> MessageFact:
    msg = observed.message
    sender = msg.sender or Person(email="")
    from_user = bool(msg.sender and user.is_me(msg.sender.email))
    automated = msg.auto_submitted or (not from_user and is_role_mailbox(sender.email))
    return MessageFact(
        message_id=msg.message_id or synthetic_id(msg),
        application=app_id,
        account=account,
        at=msg.date or now,
        sender=sender,
        to=(*msg.to, *msg.cc),
        reply_to=msg.reply_to,
        subject=msg.subject,
        text=observed.new_text[:TEXT_KEPT],
        references=msg.references,
        from_user=from_user,
        automated=automated,
        language=detect_language(observed.new_text),
        offers_feedback=offers_feedback(observed.new_text),
    )


def synthetic_id(msg: ParsedMessage) -> str:
    """A stable id for a message without Message-ID, so it is still recorded only once."""
    seed = f"{msg.date}|{msg.sender.email if msg.sender else ''}|{msg.subject}|{msg.text[:200]}"
    return f"<no-id.{hashlib.sha256(seed.encode()).hexdigest()[:20]}@followupd.invalid>"
