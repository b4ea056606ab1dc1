"""Calendars as a source: CalDAV, an .ics address, local .ics files and vdir folders.

    reader = open_calendar(config)                  # one per [[calendars]] entry
    changes = reader.read_changes(state, default_tz=user.timezone)
    store changes.state; hand changes.items / deleted_uids to understanding

Readers block (HTTP, files): run them on a worker thread. The CalDAV reader (and the
caldav client with its HTTP stack) and the .ics address reader (urllib's HTTP client)
are imported only when such a calendar is used: a service watching mail alone keeps
neither resident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from followupd.calendars.base import CalendarChanges, CalendarReader
from followupd.calendars.files import IcsFileReader
from followupd.config import (
    CalDavCalendar,
    CalendarConfig,
    IcsFileCalendar,
    IcsUrlCalendar,
)

if TYPE_CHECKING:
    from followupd.calendars.dav import CalDavReader
    from followupd.calendars.url import IcsUrlReader

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
        from followupd.calendars.url import IcsUrlReader

        return IcsUrlReader(config)
    return IcsFileReader(config)


def __getattr__(name: str) -> Any:
    # Imported on first use (see above).
    if name == "CalDavReader":
        from followupd.calendars.dav import CalDavReader

        return CalDavReader
    if name == "IcsUrlReader":
        from followupd.calendars.url import IcsUrlReader

        return IcsUrlReader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
