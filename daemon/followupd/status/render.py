"""`followupd status` as text: one block per application, then what was skipped.

    Northwind Robotics — Backend Engineer (interviewing)
      next interview  Wed 18 Nov 15:00–16:30 with Dana Kim, Lee Park
      drafts waiting  thank-you to Dana Kim: "Thank you — Backend Engineer"
      from them       Tue 17 Nov 10:02, Dana Kim
      from you        Mon 16 Nov 09:00, to Dana Kim
      next            draft to Dana Kim [check-back], Fri 27 Nov 09:00

Every moment is in the user's time zone; nothing a person reads is a Python repr.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from followupd.status.applications import Status, StatusRow

# How many skipped actions the text lists (newest due first); --json has them all.
SKIPPED_SHOWN = 20


def format_table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %d %b %H:%M") if moment else "–"


def application_block(r: StatusRow, zone: ZoneInfo) -> str:
    """One application, as a person wants to see it."""
    head = r.company + (f" (via {r.agency})" if r.agency else "")
    head += f" — {r.role}" if r.role else ""
    lines = [f"{head} ({r.stage})"]

    def add(label: str, text: str) -> None:
        lines.append(f"  {label:<15} {text}")

    iv = r.next_interview
    if iv is not None:
        until = iv.end.astimezone(zone).strftime("%H:%M")
        text = f"{_when(iv.start, zone)}–{until}"
        if iv.with_:
            text += " with " + ", ".join(iv.with_)
        add("next interview", text)
    for n, d in enumerate(r.drafts_waiting):
        add("drafts waiting" if n == 0 else "", f'{d.rule} to {d.to}: "{d.subject}"')
    if r.last_from_them:
        who = f", {r.last_from_them_who}" if r.last_from_them_who else ""
        add("from them", _when(r.last_from_them, zone) + who)
    if r.last_from_me:
        to = f", to {r.last_from_me_to}" if r.last_from_me_to else ""
        add("from you", _when(r.last_from_me, zone) + to)
    if r.timeframe_due:
        add("answer due", _when(r.timeframe_due, zone))
    if r.next_due:
        rule = r.next_action.split(" (")[0]
        add("next", f"{r.next_what} [{rule}], {_when(r.next_due, zone)}")
    else:
        add("next", "nothing planned")
    if r.skipped_actions:
        count = len(r.skipped_actions)
        add("skipped", f"{count} action{'s' if count != 1 else ''} (listed below)")
    return "\n".join(lines)


def status_text(shown: Status, tz: str) -> str:
    zone = ZoneInfo(tz)
    if not shown.rows:
        text = "no applications yet: followupd has not seen an interview or a hiring conversation"
    else:
        text = "\n\n".join(application_block(r, zone) for r in shown.rows)
    if shown.skipped:
        text += f"\n\nSkipped (not done, and why; times in {tz}):"
        for s in shown.skipped[:SKIPPED_SHOWN]:
            text += f"\n  {s.line(tz)}"
        more = len(shown.skipped) - SKIPPED_SHOWN
        if more > 0:
            text += f"\n  … and {more} more (followupd status --json lists them all)"
    if shown.failed:
        count = len(shown.failed)
        text += (
            f"\n\n{count} message{'s' if count != 1 else ''} could not be read and"
            f" {'were' if count != 1 else 'was'} skipped (the log says which and why:"
            " mail.failed)."
        )
    if shown.marks:
        from followupd.status.applications import MARK_WORDS

        text += "\n\nYour marks (followupd mark):"
        for mark in shown.marks:
            text += f"\n  {mark.source}: {MARK_WORDS.get(mark.verdict, mark.verdict)}"
    return text


def status_table(rows: list[StatusRow], tz: str) -> str:
    """The compact table (one row per application), as the demo prints it."""
    if not rows:
        return "no applications yet: followupd has not seen an interview or a hiring conversation"
    zone = ZoneInfo(tz)
    skipped = any(r.skipped for r in rows)
    header: tuple[str, ...] = ("COMPANY", "ROLE", "STAGE", "FROM THEM", "FROM YOU", "NEXT", "WHEN")
    table: list[tuple[str, ...]] = [header + (("SKIPPED",) if skipped else ())]
    for r in rows:
        row: tuple[str, ...] = (
            r.company + (f" (via {r.agency})" if r.agency else ""),
            r.role or "–",
            r.stage,
            _when(r.last_from_them, zone),
            _when(r.last_from_me, zone),
            r.next_action or "–",
            _when(r.next_due, zone),
        )
        table.append(row + ((str(r.skipped) if r.skipped else "–",) if skipped else ()))
    text = format_table(table)
    if skipped:
        text += (
            "\nSKIPPED: actions that fell due while followupd could not act, later than the "
            "rule's max_late (followupd status lists them, with why)."
        )
    return text
