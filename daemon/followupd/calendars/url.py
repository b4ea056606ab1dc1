"""An .ics address (a calendar's secret address, a published feed), read with conditional GET.

The state keeps the validators the server gave (ETag, Last-Modified), a hash of the
body and the UIDs last seen. A 304, or a 200 with the same body, means no change; any
other 200 is a full read (`full=True`) and UIDs that disappeared are reported deleted.
The URL may carry a secret token: it is never logged, only scheme://host/….
"""

from __future__ import annotations

import hashlib
import ssl
import urllib.error
import urllib.request
from email.message import Message

import structlog

from followupd.calendars.base import (
    CalendarChanges,
    dump_state,
    gone,
    load_state,
    parse_whole,
    safe_url,
    str_list,
    uids_of,
)
from followupd.config import IcsUrlCalendar
from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from followupd.secrets import redact
from followupd.tls import client_context

log = structlog.get_logger()

KIND = "ics_url"
MAX_BYTES = 50 * 1024 * 1024
USER_AGENT = "followupd (calendar reader)"


class IcsUrlReader:
    """Reads one .ics address (`IcsUrlCalendar`)."""

    def __init__(self, config: IcsUrlCalendar) -> None:
        self.name = config.name
        self._config = config

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
        url = _fetchable(self._config.url.get_secret_value())
        where = safe_url(url)
        previous = load_state(state, KIND) or {}
        etag = previous.get("etag")
        modified = previous.get("last_modified")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        if isinstance(etag, str) and etag:
            request.add_header("If-None-Match", etag)
        if isinstance(modified, str) and modified:
            request.add_header("If-Modified-Since", modified)
        try:
            with urllib.request.urlopen(
                request, timeout=self._config.timeout, context=self._tls()
            ) as response:
                body = response.read(MAX_BYTES + 1)
                headers: Message = response.headers
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 304 and state is not None and previous:
                log.info("calendar.read", calendar=self.name, url=where, not_modified=True)
                return CalendarChanges(state=state)
            if exc.code in (401, 403):
                raise LoginFailed(
                    f"calendar {self.name} at {where} refused access ({exc.code}); "
                    f"is the address still valid?"
                ) from None
            raise SourceError(f"calendar {self.name} at {where}: HTTP {exc.code}") from None
        except (OSError, ValueError) as exc:  # URLError, TLS, timeout, refused; bad URL
            reason = getattr(exc, "reason", None) or exc
            text = redact(str(reason) or type(exc).__name__, url)
            raise ServerUnreachable(
                f"cannot reach calendar {self.name} at {where}: {text}"
            ) from None
        if len(body) > MAX_BYTES:
            raise SourceError(f"calendar {self.name} at {where}: larger than {MAX_BYTES} bytes")
        digest = hashlib.sha256(body).hexdigest()
        old_uids = str_list(previous.get("uids"))
        validators = {
            "etag": headers.get("ETag") or "",
            "last_modified": headers.get("Last-Modified") or "",
        }
        if previous and previous.get("sha256") == digest:
            # The server ignored the validators (or has none), but nothing changed.
            new_state = dump_state(KIND, sha256=digest, uids=old_uids, **validators)
            log.info("calendar.read", calendar=self.name, url=where, unchanged=True)
            return CalendarChanges(state=new_state)
        text = body.decode(headers.get_content_charset() or "utf-8", "replace")
        problems: list[str] = []
        parsed = parse_whole(text, self.name, default_tz=default_tz, problems=problems)
        if parsed is None:
            # Unreadable: keep the UIDs (nothing is deleted by a broken download), but
            # remember this body so the problem is reported once, not on every poll.
            new_state = dump_state(KIND, sha256=digest, uids=old_uids, **validators)
            log.warning("calendar.unreadable", calendar=self.name, url=where, problems=problems)
            return CalendarChanges(state=new_state, problems=problems)
        items = parsed
        uids = uids_of(items)
        new_state = dump_state(KIND, sha256=digest, uids=uids, **validators)
        deleted = gone(old_uids, uids)
        log.info(
            "calendar.read",
            calendar=self.name,
            url=where,
            items=len(items),
            deleted=len(deleted),
            full=True,
            problems=len(problems),
        )
        return CalendarChanges(items, deleted, new_state, problems, full=True)

    def _tls(self) -> ssl.SSLContext:
        return client_context(verify=self._config.verify_tls)


def _fetchable(url: str) -> str:
    """webcal:// is https:// by convention (webcals:// too)."""
    lower = url.lower()
    for scheme in ("webcals://", "webcal://"):
        if lower.startswith(scheme):
            return "https://" + url[len(scheme) :]
    return url
