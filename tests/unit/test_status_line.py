"""The STATUS= line stays readable with many accounts: counted by state, the ones that
need attention named."""

from __future__ import annotations

from followupd.service.status_line import summarize
from followupd.service.watcher import State, Status


def test_a_few_accounts_are_each_named_with_state_and_reason() -> None:
    """Up to three accounts, each is named in order with its state and its reason."""
    line = summarize(
        [
            Status("work", State.WATCHING),
            Status("home", State.LOGIN_REFUSED, "imap.example.org:993 refused the login"),
        ]
    )
    assert line == "home: login refused (imap.example.org:993 refused the login); work: watching"


def test_fifty_accounts_are_counted_and_only_those_not_fine_named() -> None:
    """With 50 accounts the line counts the watching ones and names the others by state,
    the larger group first; an account alone in its state keeps its reason."""
    statuses = [Status(f"work{n}", State.WATCHING) for n in range(47)]
    statuses += [
        Status("work47", State.LOGIN_REFUSED, "refused"),
        Status("work48", State.DISCONNECTED, "timed out"),
        Status("work49", State.DISCONNECTED, "refused the connection"),
    ]
    assert summarize(statuses) == (
        "47 watching; 2 disconnected: work48, work49; 1 login refused: work47 (refused)"
    )


def test_a_state_shared_by_many_accounts_names_ten_and_counts_the_rest() -> None:
    """When 200 accounts all lost their server, ten are named and the rest counted."""
    statuses = [Status(f"a{n:03d}", State.DISCONNECTED, "gone") for n in range(200)]
    line = summarize(statuses)
    assert line.startswith("200 disconnected: a000, a001, ")
    assert line.endswith(", a009 and 190 more")
