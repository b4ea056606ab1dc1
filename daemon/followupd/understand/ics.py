"""iCalendar text → `CalendarItem`s with exact UTC times, whatever the sender's software did.

`parse_calendar` reads what can be read (several VCALENDARs, a bare VEVENT, a BOM,
junk lines, a missing END) and lists the problems it met in words; it raises
`MessageError` only when not a single event with a start time can be read.
Time-zone repair lives in `followupd.understand.tz`.

Hostile input is bounded and refused with a reason, never repaired into something
else: an ATTENDEE or ORGANIZER whose address is not an RFC 5322 addr-spec is dropped
(`understand.addresses`), display names are decoded before they are made header-safe,
an event dated outside the years 1970–2200 is unusable, and only the first
`MAX_ATTENDEES_READ` attendees of an event are read at all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from icalendar.cal import Component

from followupd.domain.errors import MessageError
from followupd.domain.model import Attendee, CalendarItem, CalendarStatus, Person
from followupd.domain.words import quoted
from followupd.understand.addresses import check_address, safe_name
from followupd.understand.tz import ZoneResolver, iana_zone

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
_MAILTO = re.compile(r"^\s*mailto:", re.IGNORECASE)
VIDEO_LINK = re.compile(
    r"https://(?:[\w-]+\.)*(?:meet\.google\.com|teams\.microsoft\.com|teams\.live\.com"
    r"|zoom\.us|zoom\.com|webex\.com|whereby\.com|chime\.aws)(?:/[^\s<>\"'\\)\]]*)?",
    re.IGNORECASE,
)
_JOIN_PROPERTIES = ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE")

# Attendees read per event: far more than any interview has (see interview.MAX_INTERVIEWERS),
# few enough that a calendar listing 150,000 of them costs nothing. The rest are skipped
# before icalendar parses them.
MAX_ATTENDEES_READ = 100
_ATTENDEE_LINE = re.compile(r"^ATTENDEE[;:]", re.IGNORECASE)
# The years an event may be in: anything else is a broken or hostile date (year 9999,
# year 0) that would overflow date arithmetic later.
FIRST_YEAR, LAST_YEAR = 1970, 2200


def parse_calendar(
    text: str, *, default_tz: str = "UTC", method_hint: str = ""
) -> tuple[list[CalendarItem], list[str]]:
    """Read every VEVENT of `text`; floating times are taken in `default_tz` (the user's zone).

    `method_hint` is the Content-Type `method=` parameter, used when the VCALENDAR has no METHOD.
    Returns the items and the problems met. Raises MessageError when no event can be read.
    """
    problems: list[str] = []
    components = _components(text, problems)
    user_zone = iana_zone(default_tz)
    if user_zone is None:
        problems.append(f"unknown default time zone {quoted(default_tz)}; using UTC")
    fallback: tzinfo = user_zone or UTC
    items: list[CalendarItem] = []
    skipped: list[str] = []
    for component in components:
        method = str(component.get("METHOD", "") or method_hint).strip().upper()
        resolver = ZoneResolver(_vtimezones(component, problems))
        floating = _floating_zone(component, resolver, fallback, default_tz, problems)
        for event in component.walk("VEVENT"):
            try:
                items.append(_item(event, method, resolver, floating, fallback, problems))
            except _Unusable as exc:
                skipped.append(str(exc))
            except Exception as exc:  # icalendar raises on access to a broken property
                skipped.append(f"unreadable event: {_short(exc)}")
    problems.extend(skipped)
    if not items:
        reason = "; ".join(skipped) if skipped else "the calendar contains no VEVENT"
        raise MessageError(f"no usable event in calendar: {reason}")
    return items, problems


class _Unusable(Exception):
    """One VEVENT that cannot become a CalendarItem (no start time)."""


def _components(text: str, problems: list[str]) -> list[Component]:
    import icalendar  # here, not at start-up: an idle service has read no calendar yet

    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise MessageError("empty calendar: no text at all")
    if "BEGIN:" not in text.upper():
        raise MessageError("not an iCalendar object: no BEGIN line")
    text = _bound_attendees(text, problems)
    try:
        found: list[Component] = list(icalendar.Calendar.from_ical(text, multiple=True))
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError on junk
        problems.append(f"calendar needed repair ({_short(exc)})")
        found = []
    if not _has_events(found) and "BEGIN:VEVENT" in text.upper():
        repaired, dropped = _repair(text)
        if dropped:
            problems.append(f"dropped {dropped} unreadable line(s)")
        try:
            found = list(icalendar.Calendar.from_ical(repaired, multiple=True))
        except Exception as exc:
            raise MessageError(f"broken calendar: {_short(exc)}") from exc
    for component in found:
        for sub in component.walk():
            for prop, error in getattr(sub, "errors", []):
                problems.append(f"{sub.name}: unreadable {prop or 'line'}: {_short(error)}")
    return found


def _bound_attendees(text: str, problems: list[str]) -> str:
    """The text with every ATTENDEE line past `MAX_ATTENDEES_READ` in an event left out."""
    if text.upper().count("ATTENDEE") <= MAX_ATTENDEES_READ:
        return text
    kept: list[str] = []
    count = 0
    skipping = False
    dropped_in_events: list[int] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t"):
            if not skipping:
                kept.append(line)
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT":
            count = 0
        elif upper == "END:VEVENT" and count > MAX_ATTENDEES_READ:
            dropped_in_events.append(count)
        skipping = False
        if _ATTENDEE_LINE.match(line):
            count += 1
            if count > MAX_ATTENDEES_READ:
                skipping = True
                continue
        kept.append(line)
    if count > MAX_ATTENDEES_READ and (not dropped_in_events or dropped_in_events[-1] != count):
        dropped_in_events.append(count)
    for total in dropped_in_events:
        problems.append(
            f"an event lists {total} attendees; only the first {MAX_ATTENDEES_READ} were read"
        )
    return "\n".join(kept)


def _has_events(components: Iterable[Component]) -> bool:
    return any(c.walk("VEVENT") for c in components)


def _repair(text: str) -> tuple[str, int]:
    """Keep content lines and their continuations; close every BEGIN left open."""
    kept: list[str] = []
    dropped = 0
    open_blocks: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and kept:
            kept.append(line)
            continue
        if not line.strip():
            continue
        if not _CONTENT_LINE.match(line):
            dropped += 1
            continue
        upper = line.strip().upper()
        if upper.startswith("BEGIN:"):
            open_blocks.append(upper[6:])
        elif upper.startswith("END:"):
            name = upper[4:]
            if name not in open_blocks:
                dropped += 1
                continue
            while open_blocks and open_blocks[-1] != name:
                kept.append(f"END:{open_blocks.pop()}")
            open_blocks.pop()
        kept.append(line)
    kept.extend(f"END:{name}" for name in reversed(open_blocks))
    return "\n".join(kept) + "\n", dropped


def _vtimezones(component: Component, problems: list[str]) -> dict[str, tzinfo]:
    zones: dict[str, tzinfo] = {}
    for vtz in component.walk("VTIMEZONE"):
        tzid = str(vtz.get("TZID", "")).strip()
        if not tzid:
            continue
        try:
            from icalendar.cal import Timezone

            if isinstance(vtz, Timezone):
                zones[tzid] = vtz.to_tz()
        except Exception as exc:  # a VTIMEZONE with broken rules: the TZID may still resolve
            problems.append(f"VTIMEZONE {quoted(tzid)} unreadable: {_short(exc)}")
    return zones


def _floating_zone(
    component: Component,
    resolver: ZoneResolver,
    fallback: tzinfo,
    default_tz: str,
    problems: list[str],
) -> tuple[tzinfo, str]:
    """The zone for floating times: X-WR-TIMEZONE when usable, else the user's zone."""
    name = str(component.get("X-WR-TIMEZONE", "")).strip()
    if name:
        resolved = resolver.resolve(name)
        if resolved.tz is not None:
            return resolved.tz, f"floating time read in X-WR-TIMEZONE {name}"
        problems.append(f"X-WR-TIMEZONE {quoted(name)} unknown")
    return fallback, f"floating time read in the user's zone {default_tz}"


def _item(
    event: Component,
    method: str,
    resolver: ZoneResolver,
    floating: tuple[tzinfo, str],
    fallback: tzinfo,
    problems: list[str],
) -> CalendarItem:
    notes: list[str] = []
    summary = _text(event, "SUMMARY")
    start_prop = event.get("DTSTART")
    start_value = _dt(start_prop)
    if not isinstance(start_value, date) and method == "CANCEL":
        # A cancellation only needs to name its event: borrow RECURRENCE-ID or DTEND.
        for name in ("RECURRENCE-ID", "DTEND"):
            if isinstance(_dt(event.get(name)), date):
                start_prop, start_value = event.get(name), _dt(event.get(name))
                problems.append(f"cancelled event {quoted(summary)} has no DTSTART; {name} used")
                break
    label = quoted(summary or _text(event, "UID")) if summary or _text(event, "UID") else ""
    if not isinstance(start_value, date):
        raise _Unusable(f"event {label} has no readable DTSTART".replace("  ", " "))
    if not _plausible(start_value):
        raise _Unusable(
            f"event {label} starts in the year {start_value.year}: outside"
            f" {FIRST_YEAR}–{LAST_YEAR}, not a real date".replace("  ", " ")
        )
    all_day = not isinstance(start_value, datetime)
    start = _to_utc(start_prop, resolver, floating, fallback, notes)
    end_prop = event.get("DTEND")
    end_value = _dt(end_prop)
    duration = _dt(event.get("DURATION"))
    default_length = timedelta(days=1) if all_day else timedelta(hours=1)
    if isinstance(end_value, date) and not _plausible(end_value):
        problems.append(f"event {quoted(summary)} ends in the year {end_value.year}; end ignored")
        end = start + default_length
    elif isinstance(end_value, date) and isinstance(end_value, datetime) != all_day:
        end = _to_utc(end_prop, resolver, floating, fallback, notes)
    elif isinstance(duration, timedelta) and abs(duration) <= _LONGEST:
        end = start + duration
    else:
        end = start + default_length
    if end < start:
        problems.append(f"event {quoted(summary)} ends before it starts; end set to start")
        end = start
    organizer = _person(event.get("ORGANIZER"), "ORGANIZER", problems)
    uid = _text(event, "UID")
    if not uid:
        seed = "\x1f".join((organizer.email if organizer else "", start.isoformat(), summary))
        uid = "synthetic-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]
        problems.append(f"event {quoted(summary)} has no UID; using {uid}")
    status_text = _text(event, "STATUS").upper()
    status = CalendarStatus.CONFIRMED
    if status_text == "CANCELLED" or method == "CANCEL":
        status = CalendarStatus.CANCELLED
    elif status_text == "TENTATIVE":
        status = CalendarStatus.TENTATIVE
    recurrence_prop = event.get("RECURRENCE-ID")
    recurrence_id = None
    if isinstance(_dt(recurrence_prop), date) and _plausible(_dt(recurrence_prop)):
        recurrence_id = _to_utc(recurrence_prop, resolver, floating, fallback, [])
    description = _text(event, "DESCRIPTION")
    location = _text(event, "LOCATION")
    return CalendarItem(
        uid=uid,
        sequence=_sequence(event, problems),
        dtstamp=_stamp(event),
        method=method,
        status=status,
        summary=summary,
        description=description,
        location=location,
        start=start,
        end=end,
        all_day=all_day,
        recurrence_id=recurrence_id,
        recurring=any(event.get(k) is not None for k in ("RRULE", "RDATE")),
        organizer=organizer,
        attendees=tuple(_attendees(event, problems)),
        join_url=_join_url(event, location, description),
        tz_note="; ".join(dict.fromkeys(n for n in notes if n)),
    )


def _to_utc(
    prop: Any,
    resolver: ZoneResolver,
    floating: tuple[tzinfo, str],
    fallback: tzinfo,
    notes: list[str],
) -> datetime:
    value = prop.dt
    if not isinstance(value, datetime):
        # All-day: midnight of that day in the user's zone.
        return datetime.combine(value, time(0), tzinfo=fallback).astimezone(UTC)
    params = getattr(prop, "params", {}) or {}
    tzid = params.get("TZID")
    if tzid and not _is_utc(value):
        resolved = resolver.resolve(str(tzid))
        zone = resolved.tz
        if zone is None:
            zone = floating[0]
            notes.append(f"{resolved.note}: {floating[1].removeprefix('floating time ')}")
        else:
            notes.append(resolved.note)
        return value.replace(tzinfo=zone).astimezone(UTC)
    if value.tzinfo is None:
        notes.append(floating[1])
        return value.replace(tzinfo=floating[0]).astimezone(UTC)
    return value.astimezone(UTC)


def _dt(prop: Any) -> Any:
    """The value of a date/time property, or None when missing or broken."""
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar's BrokenCalendarProperty
        return None


_LONGEST = timedelta(days=366 * 10)  # a DURATION longer than this is not an event


def _plausible(value: date) -> bool:
    return FIRST_YEAR <= value.year <= LAST_YEAR


def _is_utc(value: datetime) -> bool:
    return value.tzinfo is not None and str(value.tzinfo) in ("UTC", "UTC+00:00")


def _text(event: Component, name: str) -> str:
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()


def _sequence(event: Component, problems: list[str]) -> int:
    raw = event.get("SEQUENCE")
    if raw is None:
        return 0
    try:
        return max(0, int(str(raw).strip()))
    except ValueError:
        problems.append(f"SEQUENCE {quoted(str(raw))} is not a number; using 0")
        return 0


def _stamp(event: Component) -> datetime | None:
    value = _dt(event.get("DTSTAMP"))
    if isinstance(value, datetime) and _plausible(value):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return None


def _email(address: Any) -> tuple[str, str]:
    """The addr-spec of a CAL-ADDRESS (or its EMAIL parameter), lower-case; or '' and why.

    Only a `mailto:` value that is exactly one address, optionally in one pair of
    angle brackets, is taken: nothing is cut out of a longer value.
    """
    text = _MAILTO.sub("", str(address)).strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    params = getattr(address, "params", {}) or {}
    # The EMAIL parameter (RFC 7986) is the person's own address where the value is a
    # relay: iCloud writes ORGANIZER;EMAIL=ana@…:mailto:2_GEZDG…@imip.me.com.
    stated = check_address(str(params.get("EMAIL", "")).strip().strip('"'))
    if stated.valid:
        return stated.address, ""
    if "@" not in text:
        return "", ""  # no mail address at all (a room, a phone number): nothing to say
    checked = check_address(text)
    return checked.address, checked.reason


def _person(address: Any, prop: str, problems: list[str]) -> Person | None:
    if address is None:
        return None
    if isinstance(address, list):
        address = address[0] if address else None
        if address is None:
            return None
    email, reason = _email(address)
    if not email:
        if reason:
            problems.append(f"{prop} dropped: {reason}")
        return None
    params = getattr(address, "params", {}) or {}
    return Person(email=email, name=safe_name(str(params.get("CN", "")).strip().strip('"')))


def _attendees(event: Component, problems: list[str]) -> Iterable[Attendee]:
    raw = event.get("ATTENDEE")
    values = raw if isinstance(raw, list) else [raw] if raw is not None else []
    for value in values[:MAX_ATTENDEES_READ]:
        person = _person(value, "ATTENDEE", problems)
        if person is None:
            continue
        params = getattr(value, "params", {}) or {}
        yield Attendee(
            person=person,
            cutype=str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
            role=str(params.get("ROLE", "REQ-PARTICIPANT")).upper(),
            partstat=str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
        )


def _join_url(event: Component, location: str, description: str) -> str:
    for name in _JOIN_PROPERTIES:
        raw = event.get(name)
        values = raw if isinstance(raw, list) else [raw] if raw is not None else []
        links = [str(v).strip() for v in values if str(v).strip().lower().startswith("http")]
        video = [v for v in values if "VIDEO" in str(getattr(v, "params", {}).get("FEATURE", ""))]
        for link in [str(v).strip() for v in video if str(v).startswith("http")] + links:
            return link
    url = _text(event, "URL")
    if url.lower().startswith("http") and VIDEO_LINK.match(url):
        return url
    for text in (location, description):
        match = VIDEO_LINK.search(text)
        if match:
            return match.group(0).rstrip(".,;")
    return url if url.lower().startswith("http") else ""


def _short(exc: BaseException | str) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= 160 else text[:157] + "..."
