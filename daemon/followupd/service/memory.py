"""Memory handed back to the system when the service goes idle.

A pass (reading mail, understanding it, rendering letters) allocates and frees a great
deal. What it freed stays in the process: glibc's malloc keeps free heap pages for
reuse, and cyclic garbage waits for the collector's oldest generation. Both count in
RSS while the daemon then idles for hours. So when the last pass running ends (with
several accounts, passes overlap), the garbage is collected and glibc is asked to
return its free pages (malloc_trim(3)). Where there is no malloc_trim (macOS, musl)
only the collection happens.

    idle = IdleRelease()
    with idle.pass_running():
        ...  # a pass; on leaving the last one, release_memory()
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from functools import cache

import structlog

__all__ = ["IdleRelease", "release_memory"]

log = structlog.get_logger("followupd")


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only here: a service that cannot trim does not keep ctypes resident

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries without it
        return None
    return trim


def release_memory() -> None:
    """Collect cyclic garbage and give glibc's free heap pages back to the system."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    log.debug("memory.released", trimmed=trim is not None)


class IdleRelease:
    """Counts the passes running; when the last one ends, calls `release` once."""

    def __init__(self, release: Callable[[], None] = release_memory) -> None:
        self._release = release
        self._lock = threading.Lock()
        self._running = 0

    @contextlib.contextmanager
    def pass_running(self) -> Iterator[None]:
        with self._lock:
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                idle = self._running == 0
            if idle:
                self._release()
