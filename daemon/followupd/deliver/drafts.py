"""Write a due draft into the Drafts folder, exactly once.

Look before append: a message with the draft's Message-ID already in Drafts (or
Sent) means an earlier run appended it and then stopped before recording it; it
is recorded now instead of appended again. The Message-ID is derived from the
intent key with the installation's secret and recorded in the state before the
append (store/letters.py), so the draft itself needs no marker. Only
`DraftFolder.append_draft` writes, and it only adds a new message with the
\\Draft flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followupd.compose.message import build_draft
from followupd.domain.intents import DraftIntent
from followupd.domain.model import UserIdentity
from followupd.domain.ports import DraftFolder


@dataclass(frozen=True)
class DraftOutcome:
    key: str
    appended: bool  # False: found already there
    uid: int | None
    folder: str


def write_draft(
    intent: DraftIntent, folder: DraftFolder, user: UserIdentity, now: datetime, message_id: str
) -> DraftOutcome:
    name = folder.drafts_folder_name()
    # Built first: a draft that cannot be made safely is refused before anything is looked at.
    raw = build_draft(intent, user, now, message_id)
    if folder.has_message_id(message_id):
        return DraftOutcome(intent.key, appended=False, uid=None, folder=name)
    uid = folder.append_draft(raw)
    return DraftOutcome(intent.key, appended=True, uid=uid, folder=name)
