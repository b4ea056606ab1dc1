"""A first sync's progress on a terminal: "reading INBOX: 1,200 of 10,000", in place.

Used by `run --once` and by `run` in the foreground (the service names each account);
only on a terminal (stderr is a TTY), only for a folder with more than a few messages
to look at; the line is cleared when the folder is done, so what follows (log lines,
the run's report) starts on a clean line. Nothing at all when stderr is not a TTY.
"""

from __future__ import annotations

from typing import TextIO

# Fewer messages than this are read too fast to need a progress line.
SHOWN_FROM = 50


class Progress:
    """Runner.on_reading for a terminal: one line, rewritten after every batch."""

    def __init__(self, out: TextIO, account: str = "") -> None:
        self.out = out
        self.shown = False
        self.prefix = f"{account}:" if account else ""  # the service names the account

    def __call__(self, folder: str, done: int, total: int) -> None:
        if total < SHOWN_FROM:
            return
        where = f"{self.prefix}{folder}"
        self.out.write(f"\r\x1b[Kreading {where}: {min(done, total):,} of {total:,}")
        self.out.flush()
        self.shown = True
        if done >= total:
            self.out.write("\n")
            self.out.flush()
            self.shown = False

    def close(self) -> None:
        """End a line left open (a read that stopped before its end)."""
        if self.shown:
            self.out.write("\n")
            self.out.flush()
            self.shown = False
