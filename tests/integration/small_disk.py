"""A real small disk for the state file: a tmpfs of a few MB that can be filled and freed,
or made read-only, by tests that run as root.

Why a mount and not a mock: SQLite reports a full disk and an unwritable -shm file in
its own ways (SQLITE_FULL at COMMIT when the WAL must grow, "disk I/O error", "unable
to open database file"), and only the real thing shows which. Root ignores permission
bits, so "read-only" is a read-only remount, which binds root too.

Not root, or mount refused (an unprivileged container): skipped with the reason; under
CI=true a root run that cannot mount fails, as CI runs as root on Debian where it works.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    """A mounted tmpfs at `path`; `fill()` takes every free byte, `free()` gives it back."""

    def __init__(self, path: Path, size_mb: int) -> None:
        self.path = path
        self.size_mb = size_mb
        self.filler = path / "filler"

    def fill(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            with contextlib.suppress(OSError):  # ENOSPC: full
                while True:
                    os.write(fd, b"\0" * 65536)
            with contextlib.suppress(OSError):  # the last partial page
                while True:
                    os.write(fd, b"\0" * 512)
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def writable(self) -> None:
        subprocess.run(["mount", "-o", "remount,rw", str(self.path)], check=True)


def _cannot(reason: str) -> None:
    if os.environ.get("CI") == "true" and os.geteuid() == 0:
        pytest.fail(f"CI runs as root and must be able to mount a tmpfs: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def small_disk(where: Path, size_mb: int = 4) -> Iterator[SmallDisk]:
    """Mount a `size_mb` tmpfs at `where` (created) for the duration; unmount after."""
    if os.geteuid() != 0:
        pytest.skip("a real full disk needs a tmpfs mount, which needs root")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        _cannot(f"mount -t tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield SmallDisk(where, size_mb)
    finally:
        # Lazy: a daemon killed a moment ago may still hold a file open.
        subprocess.run(["umount", "-l", str(where)], check=False)
