"""Calendars as a source: CalDAV, an .ics address, local .ics files and vdir folders.

    reader = open_calendar(config)                  # one per [[calendars]] entry
    changes = reader.read_changes(state, default_tz=user.timezone)
    store changes.state; hand changes.items / deleted_uids to understanding

Readers block (HTTP, files): run them on a worker thread. The CalDAV reader (and the
caldav client with its HTTP stack) is imported only when a CalDAV calendar is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from followupd.calendars.base import CalendarChanges, CalendarReader
from followupd.calendars.files import IcsFileReader
from followupd.calendars.url import IcsUrlReader
from followupd.config import (
    CalDavCalendar,
    CalendarConfig,
    IcsFileCalendar,
    IcsUrlCalendar,
)

if TYPE_CHECKING:
    from followupd.calendars.dav import CalDavReader

__all__ = [
    "CalDavCalendar",
    "CalDavReader",
    "CalendarChanges",
    "CalendarConfig",
    "CalendarReader",
    "IcsFileCalendar",
    "IcsFileReader",
    "IcsUrlCalendar",
    "IcsUrlReader",
    "open_calendar",
]


def open_calendar(config: CalDavCalendar | IcsUrlCalendar | IcsFileCalendar) -> CalendarReader:
    """The reader for one configured calendar (nothing is contacted yet)."""
    if isinstance(config, CalDavCalendar):
        from followupd.calendars.dav import CalDavReader

        return CalDavReader(config)
    if isinstance(config, IcsUrlCalendar):
        return IcsUrlReader(config)
    return IcsFileReader(config)


def __getattr__(name: str) -> Any:
    if name == "CalDavReader":  # imported on first use (see above)
        from followupd.calendars.dav import CalDavReader

        return CalDavReader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
