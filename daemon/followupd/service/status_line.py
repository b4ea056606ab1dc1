"""The STATUS= line: every account's state, short enough to read with 50 accounts.

A few accounts are named one by one, each with its reason:

    work: watching; home: login refused (imap.example.org:993 refused the login; …)

More are counted by state, the fine ones first, and only the others named (a state
that only one account is in also keeps that account's reason; the log has them all):

    48 watching; 1 login refused: work3 (…); 1 state locked: work7 (…)
"""

from __future__ import annotations

from collections.abc import Iterable

from followupd.service.watcher import State, Status

__all__ = ["ONE_BY_ONE", "summarize"]

# Up to this many accounts, each is named with its state.
ONE_BY_ONE = 3
# Of the accounts in one state that is not fine, at most this many are named.
NAMED = 10
# The states that need nobody's attention: only counted.
_FINE = (State.WATCHING, State.CONNECTED, State.STARTING, State.STOPPED)


def summarize(statuses: Iterable[Status]) -> str:
    """The STATUS= text for these accounts ("" when there are none)."""
    ordered = sorted(statuses, key=lambda s: s.account)
    if len(ordered) <= ONE_BY_ONE:
        return "; ".join(s.describe() for s in ordered)
    groups: dict[State, list[Status]] = {}
    for status in ordered:
        groups.setdefault(status.state, []).append(status)
    # The fine states in a fixed order, then the others by how many accounts they hold.
    fine = [state for state in _FINE if state in groups]
    others = sorted((s for s in groups if s not in _FINE), key=lambda s: (-len(groups[s]), s))
    parts = [f"{len(groups[state])} {state}" for state in fine]
    for state in others:
        members = groups[state]
        names = ", ".join(s.account for s in members[:NAMED])
        if len(members) > NAMED:
            names += f" and {len(members) - NAMED} more"
        elif len(members) == 1 and members[0].reason:
            names += f" ({members[0].reason})"
        parts.append(f"{len(members)} {state}: {names}")
    return "; ".join(parts)
