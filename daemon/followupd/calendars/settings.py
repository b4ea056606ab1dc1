"""The `[[calendars]]` sections of the configuration, re-exported from `followupd.config`.

The models live in `followupd.config` (which sits below the sources in the layering, so
`Settings.calendars` can use them); this module keeps the old import path working.
"""

from __future__ import annotations

from followupd.config import (
    CalDavCalendar,
    CalendarConfig,
    IcsFileCalendar,
    IcsUrlCalendar,
)

__all__ = [
    "CalDavCalendar",
    "CalendarConfig",
    "IcsFileCalendar",
    "IcsUrlCalendar",
]
