"""[user] timezone: an IANA name, and a suggestion when the user wrote another kind.

People write the zone as they see it elsewhere: Windows' "Pacific Standard Time",
Outlook's "(UTC+01:00) Amsterdam, Berlin, …", "Eastern time", "pst", a city, or an
IANA name in the wrong case. The invitation reader already maps all of these (its
Windows table comes from CLDR through icalendar); the config reuses it to say "did you
mean America/Los_Angeles?" instead of guessing silently.
"""

from __future__ import annotations

import zoneinfo
from functools import cache

from followupd.understand.textzones import zone_at
from followupd.understand.tz import ZoneResolver


@cache
def _zones() -> dict[str, str]:
    return {key.lower(): key for key in zoneinfo.available_timezones()}


def is_zone(name: str) -> bool:
    """`name` is a key zoneinfo can load."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: "Pacific" is a folder of tzdata, not a zone file.
        return False
    return True


def suggest_zone(name: str) -> str | None:
    """The IANA name `name` most likely means, or None."""
    text = name.strip()
    if not text:
        return None
    exact = _zones().get(text.lower().replace(" ", "_"))
    if exact is not None:
        return exact
    resolved = ZoneResolver().resolve(text).tz
    if isinstance(resolved, zoneinfo.ZoneInfo):
        return resolved.key
    # "pst", "Eastern time", "Central European Summer Time": as mail writes them.
    for candidate in (text, text.upper()):
        zone, end = zone_at(candidate, 0, "", None)
        if zone is not None and end >= len(candidate) and isinstance(zone.tz, zoneinfo.ZoneInfo):
            return zone.tz.key
    import difflib  # only for a hint: not resident in a service

    close = difflib.get_close_matches(text.lower(), list(_zones()), n=1, cutoff=0.8)
    return _zones()[close[0]] if close else None


def zone_problem(name: str) -> str | None:
    """Why `name` is not a time zone followupd can use, with a suggestion; None if it is."""
    if is_zone(name):
        return None
    hint = suggest_zone(name)
    if hint is not None:
        return f"unknown time zone '{name}'; did you mean {hint}?"
    return f"unknown time zone '{name}'; use an IANA name such as Europe/Berlin"
