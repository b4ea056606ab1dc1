"""A CalDAV calendar, read incrementally with RFC 6578 sync-collection where offered.

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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

import structlog
from caldav.collection import Calendar
from caldav.davclient import DAVClient
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

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
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
        calendar = Calendar(client=client, url=config.url)
        try:
            changes = self._read(calendar, load_state(state, KIND), default_tz)
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
        log.info(
            "calendar.read",
            calendar=self.name,
            url=where,
            items=len(changes.items),
            deleted=len(changes.deleted_uids),
            full=changes.full,
            problems=len(changes.problems),
        )
        return changes

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
        state = dump_state(KIND, mode="sync", token=str(result.sync_token), hrefs=hrefs)
        return CalendarChanges(read.items, deleted, state, problems, full=False)

    def _full_sync(
        self, calendar: Any, old_hrefs: dict[str, str], default_tz: str
    ) -> CalendarChanges:
        result = _sync_collection(calendar, None)
        problems: list[str] = []
        read = self._load(calendar, list(result), default_tz, problems)
        now_uids = set(read.hrefs.values())
        deleted = [u for u in dict.fromkeys(old_hrefs.values()) if u not in now_uids]
        state = dump_state(KIND, mode="sync", token=str(result.sync_token), hrefs=read.hrefs)
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
        state = dump_state(KIND, mode="range", hrefs=read.hrefs, ends=read.ends)
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
