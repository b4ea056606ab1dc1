"""What every calendar reader returns, and the pieces they share.

A reader is asked for what changed since an opaque `state` string (which the caller
stores and hands back next time) and answers with `CalendarChanges`. Objects are
turned into `CalendarItem`s by `followupd.understand.ics.parse_calendar`, the same
parser that reads invitations in mail; one broken object becomes a line in
`problems`, never an exception that stops the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from followupd.domain.errors import MessageError
from followupd.domain.model import CalendarItem
from followupd.understand.ics import parse_calendar

STATE_VERSION = 1


@dataclass(frozen=True)
class CalendarChanges:
    """What one read found.

    `items`: events added or changed since `state` (every event when `full`), as parsed:
    a recurring event is its master (`recurring=True`) plus overridden instances, not
    expanded; events the user declined are included (the judge decides).
    `deleted_uids`: events that are gone since `state`.
    `state`: store it and pass it to the next `read_changes`.
    `full`: `items` is the whole calendar, not a difference.
    `problems`: objects that could not be read, each with its href or file name.
    """

    items: list[CalendarItem] = field(default_factory=list)
    deleted_uids: list[str] = field(default_factory=list)
    state: str = ""
    problems: list[str] = field(default_factory=list)
    full: bool = False


class CalendarReader(Protocol):
    """One configured calendar. Blocking: run it on a worker thread."""

    name: str

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
        """What changed since `state` (None: never read). Raises SourceError subclasses."""
        ...


def parse_object(
    text: str, where: str, *, default_tz: str, problems: list[str]
) -> list[CalendarItem]:
    """The events of one calendar object (a CalDAV resource, a file, a feed).

    Objects without a VEVENT (tasks, journals, bare time zones) are not events and
    are skipped silently; an object that cannot be read adds a problem naming `where`.
    """
    if "BEGIN:VEVENT" not in text.upper():
        return []
    try:
        items, found = parse_calendar(text, default_tz=default_tz)
    except MessageError as exc:
        problems.append(f"{where}: {exc}")
        return []
    problems.extend(f"{where}: {p}" for p in found)
    return items


def parse_whole(
    text: str, where: str, *, default_tz: str, problems: list[str]
) -> list[CalendarItem] | None:
    """The events of a whole calendar (a file, a feed); None when it cannot be read at all.

    None is not "empty": an HTML error page or a truncated download must not make every
    event look deleted. A VCALENDAR without a VEVENT is an empty calendar.
    """
    upper = text.upper()
    if "BEGIN:VCALENDAR" not in upper and "BEGIN:VEVENT" not in upper:
        problems.append(f"{where}: not an iCalendar file (no BEGIN:VCALENDAR)")
        return None
    if "BEGIN:VEVENT" not in upper:
        return []
    try:
        items, found = parse_calendar(text, default_tz=default_tz)
    except MessageError as exc:
        problems.append(f"{where}: {exc}")
        return None
    problems.extend(f"{where}: {p}" for p in found)
    return items


def safe_url(url: str) -> str:
    """`scheme://host[:port]/…`: enough to say where, without a path that may hold a token."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}/…"


def uids_of(items: list[CalendarItem]) -> list[str]:
    return list(dict.fromkeys(item.uid for item in items))


def gone(before: list[str], now: list[str]) -> list[str]:
    """UIDs in `before` that are not in `now`, in their old order."""
    present = set(now)
    return [uid for uid in dict.fromkeys(before) if uid not in present]


def load_state(state: str | None, kind: str) -> dict[str, object] | None:
    """The decoded state, or None when absent, unreadable, of another kind or version.

    A state that cannot be used means a full read, which is always safe.
    """
    if not state:
        return None
    try:
        decoded = json.loads(state)
    except ValueError:
        return None
    if not isinstance(decoded, dict):
        return None
    if decoded.get("v") != STATE_VERSION or decoded.get("kind") != kind:
        return None
    return decoded


def dump_state(kind: str, **values: object) -> str:
    return json.dumps(
        {"v": STATE_VERSION, "kind": kind, **values}, separators=(",", ":"), sort_keys=True
    )


def str_list(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def str_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
