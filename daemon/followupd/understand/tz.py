"""Time-zone repair: any TZID a calendar program writes, turned into a real tzinfo.

Order of trust (most reliable first), each step noted for `CalendarItem.tz_note`:

1. an IANA name ("Europe/Berlin"), also inside vendor prefixes
   ("/freeassociation.sourceforge.net/Europe/Berlin");
2. a Windows zone name from Outlook/Exchange ("W. Europe Standard Time"), via icalendar's
   copy of CLDR windowsZones, also with Outlook's numeric suffix ("Eastern Standard Time 1")
   or Lotus's short form ("FLE");
3. a Windows display name ("(UTC+01:00) Amsterdam, Berlin, …"): its first city naming an
   IANA zone;
4. the VTIMEZONE block of the same calendar (custom TZIDs such as "UTC+11" or
   "Customized Time Zone");
5. an offset written in the name ("GMT +0100"), fixed, without daylight saving.

IANA rules beat a VTIMEZONE for a known name because Exchange and others ship
VTIMEZONEs with wrong or stale rules (khal's "New Zealand Standard Time" case).
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, timedelta, timezone, tzinfo
from email.parser import BytesHeaderParser
from email.utils import parsedate_tz
from functools import cache

from followupd.domain.words import folded, quoted


@cache
def _windows() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return {name.lower(): olson for name, olson in WINDOWS_TO_OLSON.items()}


_OFFSET_IN_NAME = re.compile(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
_UTC_NAMES = frozenset({"utc", "gmt", "z", "etc/utc", "etc/gmt", "zulu", "universal"})


@cache
def _available() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def _by_city() -> dict[str, str]:
    """'amsterdam' -> 'Europe/Amsterdam' for every IANA zone's last path part."""
    cities: dict[str, str] = {}
    for key in sorted(_available()):
        if key.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in key:
            continue
        cities.setdefault(folded(key.rsplit("/", 1)[1].replace("_", " ")), key)
    return cities


def iana_zone(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone for an exact IANA key, or None."""
    name = name.strip()
    if name in _available():
        return zoneinfo.ZoneInfo(name)
    return None


@dataclass
class Resolved:
    tz: tzinfo | None
    note: str = ""


@dataclass
class ZoneResolver:
    """Resolves the TZIDs of one calendar; `vtimezones` holds its VTIMEZONE blocks as tzinfos."""

    vtimezones: dict[str, tzinfo] = field(default_factory=dict)

    def resolve(self, tzid: str) -> Resolved:
        raw = tzid
        tzid = tzid.strip().strip('"').strip()
        if tzid.lower() in _UTC_NAMES:
            return Resolved(UTC)
        zone = iana_zone(tzid)
        if zone is not None:
            return Resolved(zone)
        # Vendor prefixes: "/mozilla.org/20050126_1/Europe/Berlin", "/citadel.org/…/Europe/Rome".
        parts = [p for p in tzid.split("/") if p]
        for n in (3, 2):
            if len(parts) > n:
                zone = iana_zone("/".join(parts[-n:]))
                if zone is not None:
                    return Resolved(zone, f"TZID {quoted(raw)} read as {zone.key}")
        windows = self._windows(tzid)
        if windows is not None:
            return Resolved(
                zoneinfo.ZoneInfo(windows), f"Windows zone {quoted(tzid)} mapped to {windows}"
            )
        city = city_zone(tzid)
        if city is not None:
            return Resolved(zoneinfo.ZoneInfo(city), f"zone name {quoted(tzid)} mapped to {city}")
        for key in (raw, tzid):
            if key in self.vtimezones:
                return Resolved(
                    self.vtimezones[key], f"custom TZID {quoted(tzid)} read from its VTIMEZONE"
                )
        match = _OFFSET_IN_NAME.search(tzid)
        if match is not None:
            sign = -1 if match.group(1) == "-" else 1
            delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
            if delta <= timedelta(hours=14):
                fixed = timezone(sign * delta)
                return Resolved(fixed, f"TZID {quoted(tzid)} read as fixed offset {fixed}")
        return Resolved(None, f"unknown TZID {quoted(tzid)} without VTIMEZONE")

    @staticmethod
    def _windows(name: str) -> str | None:
        low = name.lower()
        candidates = [low, re.sub(r"\s+\d+$", "", low), f"{low} standard time"]
        for candidate in candidates:
            olson = _windows().get(candidate)
            if olson is not None and olson in _available():
                return olson
        return None


# Cities people name a zone by that are not the last part of its IANA key.
_CITY_ALIASES = {
    "brasilia": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo",
    "ciudad de mexico": "America/Mexico_City", "mexico city": "America/Mexico_City",
    "cdmx": "America/Mexico_City", "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata",
    "hanoi": "Asia/Ho_Chi_Minh", "saigon": "Asia/Ho_Chi_Minh", "beijing": "Asia/Shanghai",
    "washington": "America/New_York", "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "boston": "America/New_York",
}  # fmt: skip


def city_zone(name: str) -> str | None:
    """The first city of a display name like "(UTC+01:00) Amsterdam, Berlin" naming a zone
    ("São Paulo", "Brasília" too)."""
    text = re.sub(r"\([^)]*\)", ",", name)
    for chunk in re.split(r"[,;/]", text):
        city = folded(chunk)
        if city and city in _by_city():
            return _by_city()[city]
        if city in _CITY_ALIASES:
            return _CITY_ALIASES[city]
    return None


def sender_offset(raw: bytes) -> timedelta | None:
    """The UTC offset of a raw message's Date header (-0800 → -8 h), or None when unreadable."""
    try:
        value = BytesHeaderParser().parsebytes(raw).get("Date", "")
        parsed = parsedate_tz(str(value))
    except Exception:  # a broken header is no offset, never an error
        return None
    if parsed is None or parsed[9] is None:
        return None
    return timedelta(seconds=parsed[9])
