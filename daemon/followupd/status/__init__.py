"""What followupd shows a person about its state: `status`, `plan`, and `run`'s story.

applications.py gathers each application's state; render.py writes `status` as text;
story.py says what `plan` will do and skip, and what `run` did and skipped, from the
one decision both act on (pipeline/due.py); progress.py is a first sync's progress
line on a terminal.
"""

from followupd.status.applications import (
    MARK_WORDS,
    Mark,
    Status,
    StatusRow,
    status,
    status_rows,
)
from followupd.status.render import format_table, status_table

__all__ = [
    "MARK_WORDS",
    "Mark",
    "Status",
    "StatusRow",
    "format_table",
    "status",
    "status_rows",
    "status_table",
]
