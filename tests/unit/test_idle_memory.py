"""Memory handed back when the service goes idle (service/memory.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from followupd.service.memory import IdleRelease, release_memory


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def test_overlapping_passes_release_once_when_the_last_one_ends() -> None:
    """With two accounts' passes overlapping, memory is released when both are done,
    not in the middle of the other one's work."""
    released = Counter()
    idle = IdleRelease(released)
    with idle.pass_running():
        with idle.pass_running():
            pass
        assert released.calls == 0
    assert released.calls == 1
    with idle.pass_running():
        pass
    assert released.calls == 2


def test_a_failed_pass_still_releases_and_its_error_goes_on() -> None:
    """A pass that fails leaves the service idle too; its exception reaches the watcher."""
    released = Counter()
    idle = IdleRelease(released)
    with pytest.raises(RuntimeError, match="server went away"), idle.pass_running():
        raise RuntimeError("server went away")
    assert released.calls == 1


def test_passes_on_many_threads_end_in_one_release_per_idle_moment() -> None:
    """Watcher threads entering and leaving at once never leave the count wrong: after
    they are all done the service is idle and has released at least once."""
    released = Counter()
    idle = IdleRelease(released)
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        for _ in range(200):
            with idle.pass_running():
                pass

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    calls = released.calls
    assert calls >= 1
    with idle.pass_running():
        pass
    assert released.calls == calls + 1  # the count is back at zero: the next pass releases


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_release_collects_the_cyclic_garbage_a_pass_left() -> None:
    """Objects in a reference cycle (parsed messages, tracebacks) are freed when the
    service goes idle, not whenever the collector's oldest generation next runs."""
    gc.disable()
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None
        release_memory()
        assert gone() is None
    finally:
        gc.enable()
