"""One exception tree for everything followupd reports to people.

    FollowupdError                 a known problem; the CLI prints it in one line, exit != 0
    ├── ConfigError                configuration file or environment (names the key)
    ├── RuleError                  rule files and templates: every problem as FILE:LINE:COL
    ├── SourceError                a mail or calendar server
    │   ├── ServerUnreachable      DNS, refused, timeout, TLS (names host:port)
    │   └── LoginFailed            the server refused the credentials (never shows them)
    ├── MessageError               a message or calendar object that cannot be understood
    └── StateError                 the SQLite state file (schema too new, corrupt)
        └── StateUnwritable        it cannot be written now: a full disk, a read-only
            │                      folder, a lock; the same pass succeeds once fixed
            └── StateLocked        another process or thread holds the write lock too long

A problem with one message or calendar object is a MessageError: it is logged with
its location and the run goes on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


class FollowupdError(Exception):
    """A problem followupd can explain to the user in a line or a few."""

    exit_code = 1


class ConfigError(FollowupdError):
    """The configuration is wrong; the message names the key."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One problem in a rule file or template, with its position."""

    file: str
    line: int
    col: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class RuleError(FollowupdError):
    """Rule files or templates are invalid; carries every problem found."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SourceError(FollowupdError):
    """A mail or calendar server could not be used."""

    exit_code = 3


class ServerUnreachable(SourceError):
    """The server could not be reached (DNS, connection, TLS, timeout)."""


class LoginFailed(SourceError):
    """The server refused the login."""


class MessageError(FollowupdError):
    """A message or calendar object could not be understood."""


class StateError(FollowupdError):
    """The state file cannot be used."""

    exit_code = 4


class StateUnwritable(StateError):
    """The state file cannot be written now (a full disk, a read-only folder or leftover
    -wal/-shm file, another process's lock). Nothing committed is lost: the failed
    transaction was rolled back, and the same pass succeeds once the cause is fixed, so
    the service waits and retries instead of stopping."""


class StateLocked(StateUnwritable):
    """Another process (or another account's thread) held the state file's write lock
    for longer than followupd waits; the pass is redone once it is free."""
