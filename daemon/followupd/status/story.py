"""What `plan` says will happen and `run` says did happen: one story, from one decision.

Both commands make the same pass (plan's on an in-memory copy of the state, writing
no mail) and judge every planned action with `pipeline.due.decide`; what the pass
expired or withdrew is found by comparing the statuses before and after it. So the
actions `plan` marks "will be skipped" are the ones `run` then reports as expired or
withdrawn, with the same reason in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followupd.domain.intents import IntentStatus
from followupd.pipeline import Runner
from followupd.pipeline.due import Decision, Skipped, Verdict, decide, skipped_since, snapshot
from followupd.pipeline.executors import done_line
from followupd.pipeline.runner import RunReport
from followupd.status.render import format_table
from followupd.store import Store
from followupd.store.core import StoredIntent

# How many skipped actions `run` and `plan` list line by line.
SKIPPED_LISTED = 20


@dataclass(frozen=True)
class PlanEntry:
    """One action as `plan` shows it: what it is, and what the next run will do with it."""

    stored: StoredIntent
    decision: Decision
    company: str

    @property
    def skipped(self) -> Skipped:
        return Skipped.of(self.stored, self.company, self.decision.why)

    def as_json(self, now: datetime) -> dict[str, object]:
        i = self.stored.intent
        return {
            "rule": i.rule_id,
            "kind": i.kind.value,
            "due": i.due.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "due_now": i.due <= now,
            "to": [p.email for p in i.recipients()],
            "subject": i.headline(),
            "account": i.account,
            "key": i.key,
            "about": i.subject_ref,
            "company": self.company,
            "will": self.decision.verdict.value,  # now, later or skip
            "why": self.decision.why,  # for a skip: the reason in words
            "status": self.stored.status.value,  # planned, or expired/withdrawn by this pass
        }


def plan_entries(
    planned: Iterable[StoredIntent],
    skipped: Iterable[StoredIntent],
    now: datetime,
    tz: str,
    companies: Mapping[str, str],
    first_passes: Mapping[str, datetime] | None = None,
) -> list[PlanEntry]:
    """Every planned action with the decision `run` will make, and those the pass skipped."""
    firsts = first_passes or {}
    entries = [
        PlanEntry(
            s,
            decide(s.intent, now, tz, first_pass=firsts.get(s.intent.account)),
            companies.get(s.intent.application, ""),
        )
        for s in planned
    ]
    for s in skipped:
        company = companies.get(s.intent.application, "")
        entries.append(PlanEntry(s, Decision(Verdict.SKIP, Skipped.of(s, company).why), company))
    entries.sort(key=lambda e: (e.stored.intent.due, e.stored.intent.key))
    return entries


def plan_text(entries: list[PlanEntry], now: datetime, tz: str) -> str:
    if not entries:
        return "nothing planned"
    zone = ZoneInfo(tz)
    doing = [e for e in entries if e.decision.verdict != Verdict.SKIP]
    skipping = [e for e in entries if e.decision.verdict == Verdict.SKIP]
    parts = []
    if doing:
        table = [(f"DUE ({tz})", "RULE", "WHAT", "TO", "SUBJECT")]
        for e in doing:
            i = e.stored.intent
            due = i.due.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
            if e.decision.verdict == Verdict.NOW:
                due += " (now)"
            to = ", ".join(p.display() for p in i.recipients())
            table.append((due, i.rule_id, i.label, to, i.detail()))
        parts.append(format_table(table))
    if skipping:
        parts.append(
            f"Will be skipped (not done; `run` marks them, `status` lists them; times in {tz}):\n"
            + skipped_lines([e.skipped for e in skipping], tz)
        )
    now_count = sum(e.decision.verdict == Verdict.NOW for e in entries)
    later = len(doing) - now_count
    parts.append(
        f"{now_count} due now, {later} later, {len(skipping)} to be skipped;"
        " nothing is sent — drafts go to Drafts, notes to you."
    )
    return "\n\n".join(parts)


def skipped_lines(skipped: list[Skipped], tz: str, *, indent: str = "  ") -> str:
    """Skipped actions, one line each, the first SKIPPED_LISTED of them."""
    lines = [indent + s.line(tz) for s in skipped[:SKIPPED_LISTED]]
    more = len(skipped) - SKIPPED_LISTED
    if more > 0:
        lines.append(f"{indent}… and {more} more (followupd status --json lists them all)")
    return "\n".join(lines)


def companies(store: Store) -> dict[str, str]:
    """Each application's company, by application id."""
    return {app.id: app.company for app in store.applications().values()}


def dry_plan(runner: Runner, store: Store, now: datetime, tz: str) -> list[PlanEntry]:
    """`plan`: the same pass as `run` on a copy of the state (`store`), writing no mail;
    what is left planned, and what the pass expired or withdrew, is what `run` will find."""
    before = snapshot(store.intents())
    runner.run_once(now, write=False)
    return plan_entries(
        store.intents(IntentStatus.PLANNED),
        skipped_since(before, store.intents()),
        now,
        tz,
        companies(store),
        store.first_passes(),
    )


def run_story(runner: Runner, store: Store, now: datetime) -> tuple[RunReport, list[Skipped]]:
    """`run --once`: one pass, and what it expired or withdrew, in words. Raises
    StateUnwritable when a write failed that the pass went on from."""
    before = snapshot(store.intents())
    report = runner.run_once(now)
    store.raise_if_unwritable()
    names = companies(store)
    skipped = [
        Skipped.of(s, names.get(s.intent.application, ""))
        for s in skipped_since(before, store.intents())
    ]
    return report, skipped


def run_text(report: RunReport, skipped: list[Skipped], tz: str) -> str:
    """What `run --once` prints: what it did, what it skipped and why, and the count."""
    lines = [done_line(d) for d in report.done]
    if skipped:
        lines += ["skipped (not done):", skipped_lines(skipped, tz)]
    withdrawn = sum(s.status == IntentStatus.WITHDRAWN.value for s in skipped)
    lines.append(
        f"{report.messages_seen} message(s) looked at, {report.messages_read} read in full, "
        f"{len(report.drafts)} draft(s) written, {len(report.expired)} expired"
        + (f", {withdrawn} withdrawn" if withdrawn else "")
    )
    return "\n".join(lines)
