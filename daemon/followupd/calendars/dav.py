"""A CalDAV calendar, read incrementally with RFC 6578 sync-collection where offered.

Which calendar: the configured URL when it is a calendar collection; otherwise a
server root or a principal (`https://cloud.example.org/remote.php/dav/`), from which
the calendars are found as every client does (RFC 4791 §6: current-user-principal,
then calendar-home-set, then its calendar collections; the caldav library does the
walk). One found calendar is used; of several, the one `calendar = "…"` names (by
display name or the last part of its path), else an error lists them. The
collection found is kept in the state, so the walk is not repeated every pass; a
collection that disappears (404) is looked for again.

First read: a sync-collection REPORT without a token lists every object and hands out
a sync-token; the objects are fetched with one calendar-multiget. Later reads send the
stored token and fetch only what was added or changed; removed hrefs are mapped back
to UIDs through the href→UID map kept in the state (the server only names the href of
a deleted object). A server without sync-collection, or one that no longer knows the
token, gets a full read: a time-range query (60 days back, 365 ahead) when sync is not
offered at all.

Errors: a connection problem is `ServerUnreachable`, a refused login `LoginFailed`;
neither names the password, and URLs appear only as scheme://host/….
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

import structlog
from caldav.collection import Calendar
from caldav.davclient import DAVClient
from caldav.elements import dav
from caldav.lib import error as dav_error

from followupd.calendars.base import (
    CalendarChanges,
    dump_state,
    load_state,
    parse_object,
    safe_url,
    str_map,
)
from followupd.config import CalDavCalendar
from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from followupd.domain.model import CalendarItem
from followupd.secrets import redact

log = structlog.get_logger()

KIND = "caldav"
PAST = timedelta(days=60)
FUTURE = timedelta(days=365)
_CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"


class _SyncUnavailable(Exception):
    """The server does not do sync-collection, or no longer knows our token."""


@dataclass
class _Read:
    """Objects read in one pass: items, the href→UID map, each UID's latest end."""

    items: list[CalendarItem]
    hrefs: dict[str, str]
    ends: dict[str, int]


class CalDavReader:
    """Reads one CalDAV calendar collection (`CalDavCalendar`)."""

    def __init__(
        self,
        config: CalDavCalendar,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        use_sync: bool = True,
    ) -> None:
        """`use_sync=False` always reads the time range (servers with a broken sync-collection)."""
        self.name = config.name
        self._config = config
        self._now = now
        self._use_sync = use_sync
        self._collection = config.url  # the calendar read; found from the URL if need be

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
        previous = load_state(state, KIND)
        with self._session() as client:
            calendar, previous = self._calendar(client, previous)
            try:
                changes = self._read(calendar, previous, default_tz)
            except dav_error.NotFoundError:
                if previous is None or "collection" not in previous:
                    raise
                # The calendar found last time is gone: look for it again, read in full.
                calendar, previous = self._calendar(client, None)
                changes = self._read(calendar, None, default_tz)
        log.info(
            "calendar.read",
            calendar=self.name,
            url=safe_url(self._config.url),
            items=len(changes.items),
            deleted=len(changes.deleted_uids),
            full=changes.full,
            problems=len(changes.problems),
        )
        return changes

    def locate(self) -> str:
        """Log in and find the calendar that would be read (for `check --connect`): its
        display name, and whether it was found from the URL. Nothing is read."""
        with self._session() as client:
            calendar, _previous = self._calendar(client, None)
            found = self._collection != self._config.url
            return _names(calendar)[0] + (" (found from the URL)" if found else "")

    @contextmanager
    def _session(self) -> Iterator[DAVClient]:
        """A logged-in client; the server's refusals and failures as followupd's errors
        (never naming the password or the URL's path)."""
        config = self._config
        where = safe_url(config.url)
        password = config.secret()
        client = DAVClient(
            url=config.url,
            username=config.username,
            password=password,
            auth_type="basic",  # credentials on the first request, not after a 401
            timeout=math.ceil(config.timeout),
            ssl_verify_cert=config.verify_tls,
            enable_rfc6764=False,
        )
        try:
            yield client
        except dav_error.AuthorizationError as exc:
            if exc.status == 403:
                raise SourceError(
                    f"calendar {self.name} at {where}: access denied (403) for {config.username}"
                ) from None
            log.warning("calendar.login_refused", calendar=self.name, url=where)
            raise LoginFailed(
                f"calendar {self.name} at {where} refused the login for {config.username}"
            ) from None
        except dav_error.NotFoundError:
            raise SourceError(f"calendar {self.name}: no calendar at {where} (404)") from None
        except dav_error.DAVError as exc:
            reason = redact(exc.reason or type(exc).__name__, password, config.url)
            raise SourceError(f"calendar {self.name} at {where}: {reason}") from None
        except OSError as exc:  # niquests' connection, TLS and timeout errors are OSErrors
            reason = redact(_reason(exc), password, config.url)
            raise ServerUnreachable(
                f"cannot reach calendar {self.name} at {where}: {reason}"
            ) from None
        finally:
            client.close()

    # --- which calendar -----------------------------------------------------------------

    def _calendar(
        self, client: DAVClient, previous: dict[str, object] | None
    ) -> tuple[Calendar, dict[str, object] | None]:
        """The collection to read, and the previous state if it still applies to it."""
        config = self._config
        found_from = f"{config.url} {config.calendar or ''}"
        known = previous.get("collection") if previous else None
        if isinstance(known, str) and previous and previous.get("found_from") == found_from:
            self._collection = known
            return Calendar(client=client, url=known), previous
        given = Calendar(client=client, url=config.url)
        if _is_calendar(given):
            self._collection = config.url
            return given, previous if previous and "collection" not in previous else None
        chosen = self._discover(client)
        self._collection = str(chosen.url)
        log.info("calendar.found", calendar=self.name, url=safe_url(config.url))
        return chosen, None  # another collection: whatever was kept is for something else

    def _discover(self, client: DAVClient) -> Calendar:
        config = self._config
        where = safe_url(config.url)
        principal: Any = client.principal()  # type: ignore[no-untyped-call]
        found: list[Calendar] = list(principal.calendars())
        named = sorted(((cal, _names(cal)) for cal in found), key=lambda pair: pair[1][0])
        if config.calendar:
            wanted = config.calendar.casefold()
            for cal, names in named:
                if wanted in (n.casefold() for n in names):
                    return cal
            listed = ", ".join(names[0] for _cal, names in named) or "none"
            raise SourceError(
                f"calendar {self.name}: no calendar named '{config.calendar}' for "
                f"{config.username} at {where} (found: {listed})"
            )
        if len(found) == 1:
            return found[0]
        if not found:
            raise SourceError(
                f"calendar {self.name}: {where} is not a calendar, and no calendars were "
                f"found from it for {config.username}"
            )
        listed = ", ".join(names[0] for _cal, names in named)
        raise SourceError(
            f"calendar {self.name}: {len(found)} calendars for {config.username} at {where} "
            f'({listed}); choose one with calendar = "…"'
        )

    def _dump(self, **values: object) -> str:
        """The state, with the collection read when it was found from the URL."""
        if self._collection != self._config.url:
            config = self._config
            values["collection"] = self._collection
            values["found_from"] = f"{config.url} {config.calendar or ''}"
        return dump_state(KIND, **values)

    # --- the three ways to read --------------------------------------------------------

    def _read(
        self, calendar: Any, previous: dict[str, object] | None, default_tz: str
    ) -> CalendarChanges:
        old_hrefs = str_map(previous.get("hrefs")) if previous else {}
        token = previous.get("token") if previous else None
        if self._use_sync:
            if previous and previous.get("mode") == "sync" and isinstance(token, str) and token:
                try:
                    return self._incremental(calendar, token, old_hrefs, default_tz)
                except _SyncUnavailable:
                    log.info("calendar.sync_token_refused", calendar=self.name)
            try:
                return self._full_sync(calendar, old_hrefs, default_tz)
            except _SyncUnavailable:
                log.info("calendar.no_sync_collection", calendar=self.name)
        old_ends = previous.get("ends") if previous else None
        return self._full_range(
            calendar, old_hrefs, old_ends if isinstance(old_ends, dict) else {}, default_tz
        )

    def _incremental(
        self, calendar: Any, token: str, old_hrefs: dict[str, str], default_tz: str
    ) -> CalendarChanges:
        result = _sync_collection(calendar, token)
        deleted_hrefs = {_href(u) for u in result.deleted_urls}
        changed = [o for o in result if _href(o.url) not in deleted_hrefs]
        problems: list[str] = []
        read = self._load(calendar, changed, default_tz, problems)
        hrefs = {h: u for h, u in old_hrefs.items() if h not in deleted_hrefs}
        hrefs.update(read.hrefs)
        still_there = set(hrefs.values())
        # A changed object may also have changed its UID: the old one is gone then.
        replaced = [old_hrefs[h] for h in read.hrefs if h in old_hrefs]
        removed = [old_hrefs[h] for h in deleted_hrefs if h in old_hrefs]
        deleted = [u for u in dict.fromkeys([*removed, *replaced]) if u not in still_there]
        state = self._dump(mode="sync", token=str(result.sync_token), hrefs=hrefs)
        return CalendarChanges(read.items, deleted, state, problems, full=False)

    def _full_sync(
        self, calendar: Any, old_hrefs: dict[str, str], default_tz: str
    ) -> CalendarChanges:
        result = _sync_collection(calendar, None)
        problems: list[str] = []
        read = self._load(calendar, list(result), default_tz, problems)
        now_uids = set(read.hrefs.values())
        deleted = [u for u in dict.fromkeys(old_hrefs.values()) if u not in now_uids]
        state = self._dump(mode="sync", token=str(result.sync_token), hrefs=read.hrefs)
        return CalendarChanges(read.items, deleted, state, problems, full=True)

    def _full_range(
        self,
        calendar: Any,
        old_hrefs: dict[str, str],
        old_ends: dict[str, object],
        default_tz: str,
    ) -> CalendarChanges:
        start = self._now() - PAST
        objects = calendar.search(start=start, end=self._now() + FUTURE, event=True, expand=False)
        problems: list[str] = []
        read = _Read([], {}, {})
        for obj in objects:
            self._absorb(obj, read, default_tz, problems)
        now_uids = set(read.hrefs.values())
        floor = int(start.timestamp())
        deleted = [
            uid
            for uid in dict.fromkeys(old_hrefs.values())
            if uid not in now_uids
            # An event that only slid out of the window at its past end was not deleted.
            and not (isinstance(old_ends.get(uid), int) and _int(old_ends.get(uid)) < floor)
        ]
        state = self._dump(mode="range", hrefs=read.hrefs, ends=read.ends)
        return CalendarChanges(read.items, deleted, state, problems, full=True)

    # --- objects -------------------------------------------------------------------------

    def _load(
        self, calendar: Any, objects: list[Any], default_tz: str, problems: list[str]
    ) -> _Read:
        read = _Read([], {}, {})
        if not objects:
            return read
        # One calendar-multiget REPORT; objects deleted meanwhile are simply absent.
        for obj in calendar.multiget([o.url for o in objects], raise_notfound=False):
            self._absorb(obj, read, default_tz, problems)
        return read

    def _absorb(self, obj: Any, read: _Read, default_tz: str, problems: list[str]) -> None:
        href = _href(obj.url)
        name = href.rsplit("/", 1)[-1] or href
        try:
            text = obj.data
        except Exception as exc:  # caldav converts lazily; a broken body fails here
            problems.append(f"{name}: unreadable calendar object: {_reason(exc)}")
            return
        if not isinstance(text, str):
            text = text.decode("utf-8", "replace") if isinstance(text, bytes) else ""
        items = parse_object(text, name, default_tz=default_tz, problems=problems)
        if not items:
            return
        read.items.extend(items)
        read.hrefs[href] = items[0].uid
        for item in items:
            end = int(item.end.timestamp())
            read.ends[item.uid] = max(end, read.ends.get(item.uid, end))


def _is_calendar(collection: Calendar) -> bool:
    """The URL is a calendar collection (its DAV:resourcetype says caldav:calendar)."""
    props = collection.get_properties([dav.ResourceType()])
    kinds = props.get(dav.ResourceType.tag) if isinstance(props, dict) else None
    return isinstance(kinds, list | tuple) and _CALENDAR_TYPE in kinds


def _names(calendar: Calendar) -> list[str]:
    """What a user may call a calendar: its display name, and its path's last part."""
    names: list[str] = []
    try:
        shown = calendar.get_display_name()
    except dav_error.DAVError:
        shown = None
    if isinstance(shown, str) and shown:
        names.append(shown)
    last = unquote(urlsplit(str(calendar.url)).path).rstrip("/").rsplit("/", 1)[-1]
    if last and last not in names:
        names.append(last)
    return names or [str(calendar.url)]


def _sync_collection(calendar: Any, token: str | None) -> Any:
    """A sync-collection REPORT; _SyncUnavailable when the server cannot or will not."""
    try:
        return calendar.get_objects_by_sync_token(
            sync_token=token, load_objects=False, disable_fallback=True
        )
    except dav_error.AuthorizationError as exc:
        # RFC 6578 §3.2: an unknown token is a 403 with DAV:valid-sync-token.
        if exc.status == 403 and token is not None:
            raise _SyncUnavailable from None
        raise
    except dav_error.NotFoundError:
        raise
    except dav_error.DAVError as exc:  # ReportError: no sync-collection; 412: old token
        raise _SyncUnavailable from exc


def _href(url: object) -> str:
    """The path of an object's URL, unquoted: the key of the href→UID map."""
    return unquote(urlsplit(str(url)).path)


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _reason(exc: BaseException) -> str:
    # niquests nests the cause in long messages; the innermost one says it best.
    inner: BaseException = exc
    seen: set[int] = set()
    while inner.__context__ is not None and id(inner) not in seen:
        seen.add(id(inner))
        inner = inner.__context__
    text = str(inner) or type(inner).__name__
    return text if len(text) < 300 else text[:297] + "..."
