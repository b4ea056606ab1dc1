"""A local .ics file, or a vdir folder of .ics files (vdirsyncer, khal): re-read what changed.

The state keeps, per file, its modification time, size, a hash of its content and
the UIDs it held. A file is re-read only when its time or size changed, or when its
time was too close to the last read to be trusted (file times are coarse: two writes
within a few milliseconds can leave the same time, as git's "racy" index knows);
a UID that is no longer in any file is reported deleted. One broken file is a
problem naming it; the other files are read as usual.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import structlog

from followupd.calendars.base import (
    CalendarChanges,
    dump_state,
    load_state,
    parse_whole,
    str_list,
    uids_of,
)
from followupd.config import IcsFileCalendar
from followupd.domain.errors import SourceError
from followupd.domain.model import CalendarItem

log = structlog.get_logger()

KIND = "ics_file"
RACY_NS = 2_000_000_000  # a file changed this close to the last read is hashed again


@dataclass(frozen=True)
class _Entry:
    mtime_ns: int
    size: int
    sha256: str
    uids: list[str]

    def dump(self) -> list[object]:
        return [self.mtime_ns, self.size, self.sha256, self.uids]

    @classmethod
    def load(cls, raw: object) -> _Entry | None:
        if not isinstance(raw, list) or len(raw) != 4:
            return None
        mtime_ns, size, sha, uids = raw
        if not (isinstance(mtime_ns, int) and isinstance(size, int) and isinstance(sha, str)):
            return None
        return cls(mtime_ns, size, sha, str_list(uids))


class IcsFileReader:
    """Reads one .ics file or vdir folder (`IcsFileCalendar`)."""

    def __init__(self, config: IcsFileCalendar) -> None:
        self.name = config.name
        self._path = config.path

    def read_changes(self, state: str | None, *, default_tz: str) -> CalendarChanges:
        read_at = time.time_ns()
        previous = load_state(state, KIND)
        old = _entries(previous)
        old_read_at = previous.get("read_at") if previous else None
        trusted_before = old_read_at - RACY_NS if isinstance(old_read_at, int) else 0
        files = self._files()
        single = self._path.is_file()
        entries: dict[str, _Entry] = {}
        items: list[CalendarItem] = []
        problems: list[str] = []
        candidates: list[str] = []  # UIDs that may be gone
        changed = 0
        for rel, path in files.items():
            before = old.get(rel)
            try:
                stat = path.stat()
                if (
                    before is not None
                    and before.mtime_ns == stat.st_mtime_ns
                    and before.size == stat.st_size
                    and stat.st_mtime_ns < trusted_before
                ):
                    entries[rel] = before
                    continue
                data = path.read_bytes()
            except OSError as exc:
                problems.append(f"{rel}: cannot read: {exc.strerror or exc}")
                if before is not None:
                    entries[rel] = before
                continue
            digest = hashlib.sha256(data).hexdigest()
            if before is not None and before.sha256 == digest:
                entries[rel] = _Entry(stat.st_mtime_ns, stat.st_size, digest, before.uids)
                continue
            changed += 1
            text = data.decode("utf-8", "replace")
            parsed = parse_whole(text, rel, default_tz=default_tz, problems=problems)
            if parsed is None:
                # Keep its old UIDs: a half-written or broken file deletes nothing.
                kept = before.uids if before else []
                entries[rel] = _Entry(stat.st_mtime_ns, stat.st_size, digest, kept)
                continue
            items.extend(parsed)
            uids = uids_of(parsed)
            entries[rel] = _Entry(stat.st_mtime_ns, stat.st_size, digest, uids)
            if before is not None:
                candidates.extend(before.uids)
        for rel, before in old.items():
            if rel not in files:
                candidates.extend(before.uids)
                changed += 1
        present = {uid for entry in entries.values() for uid in entry.uids}
        deleted = [uid for uid in dict.fromkeys(candidates) if uid not in present]
        new_state = dump_state(
            KIND, read_at=read_at, files={rel: e.dump() for rel, e in entries.items()}
        )
        # A single file is read whole whenever it changed; a vdir only on the first read.
        full = previous is None or (single and changed > 0)
        if changed or problems or previous is None:
            log.info(
                "calendar.read",
                calendar=self.name,
                path=str(self._path),
                files_changed=changed,
                items=len(items),
                deleted=len(deleted),
                full=full,
                problems=len(problems),
            )
        return CalendarChanges(items, deleted, new_state, problems, full=full)

    def _files(self) -> dict[str, Path]:
        path = self._path
        if path.is_file():
            return {path.name: path}
        if path.is_dir():
            found: dict[str, Path] = {}
            for p in sorted(path.rglob("*.ics")):
                rel = p.relative_to(path)
                # vdirsyncer and editors write temporary dot-files next to the real ones.
                if any(part.startswith(".") for part in rel.parts) or not p.is_file():
                    continue
                found[rel.as_posix()] = p
            return found
        raise SourceError(f"calendar {self.name}: {path} is neither an .ics file nor a folder")


def _entries(previous: dict[str, object] | None) -> dict[str, _Entry]:
    raw = previous.get("files") if previous else None
    if not isinstance(raw, dict):
        return {}
    entries: dict[str, _Entry] = {}
    for rel, value in raw.items():
        entry = _Entry.load(value)
        if isinstance(rel, str) and entry is not None:
            entries[rel] = entry
    return entries
