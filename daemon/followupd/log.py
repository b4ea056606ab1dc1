"""Logging with structlog: human-readable on a terminal, JSON otherwise (journald).

Logs go to stderr so that `--json` output on stdout stays clean for scripts. No value
is ever shown as a Python repr: moments are ISO 8601 in UTC, bytes are decoded, an
exception is its message and kind (`plain_values`); on a terminal a list is shown as
its items joined by commas.
"""

from __future__ import annotations

import logging
import sys

import structlog
from structlog.typing import EventDict, WrappedLogger

from followupd.domain.words import plain

_FIXED = ("event", "level", "timestamp")


def plain_values(_logger: WrappedLogger, _method: str, event_dict: EventDict) -> EventDict:
    """Every value said in words (no `datetime.datetime(…)`, no `b'…'`)."""
    return {k: v if k in _FIXED else plain(v) for k, v in event_dict.items()}


def _joined(value: object) -> object:
    if isinstance(value, list):
        return ", ".join(str(_joined(v)) for v in value) or "–"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_joined(v)}" for k, v in value.items()) or "–"
    return value


def lists_joined(_logger: WrappedLogger, _method: str, event_dict: EventDict) -> EventDict:
    """On a terminal: a list as its items joined by commas, not `['a', 'b']`."""
    return {k: _joined(v) for k, v in event_dict.items()}


class _Stderr:
    """Whatever sys.stderr is at the moment of writing (it may be replaced after start-up)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def configure(verbosity: int = 0, *, json: bool | None = None) -> None:
    level = logging.WARNING - 10 * verbosity if verbosity >= 0 else logging.ERROR
    level = max(level, logging.DEBUG)
    as_json = (not sys.stderr.isatty()) if json is None else json
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if as_json
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            plain_values,
            *(() if as_json else (lists_joined,)),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=_Stderr()),  # type: ignore[arg-type]
        cache_logger_on_first_use=False,
    )
