"""Every labelled message (tests/data/labelled/LABELS.toml) is classified as labelled.

A regression in a phrase list fails here with the file name and the signals found.
"""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from followupd.domain.model import UserIdentity
from followupd.domain.signals import Signal, SignalKind
from followupd.understand import parse_message
from followupd.understand.classify import classify
from followupd.understand.timeframe import sender_offset

DATA = Path(__file__).parent.parent / "data"
LABELLED = DATA / "labelled"
LABELS: dict[str, dict[str, dict[str, Any]]] = tomllib.loads(
    (LABELLED / "LABELS.toml").read_text(encoding="utf-8")
)
CASES = [(LABELLED / name, label) for name, label in LABELS["labelled"].items()] + [
    (DATA / "corpus" / "eml" / name, label) for name, label in LABELS["corpus"].items()
]
USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")


def signals_of(path: Path) -> list[Signal]:
    raw = path.read_bytes()
    return classify(parse_message(raw), user=USER, sent_offset=sender_offset(raw))


def test_the_labelled_set_is_large_and_complete() -> None:
    """At least 60 hand-written messages, each with a label, and no label without a file."""
    files = sorted(p.name for p in LABELLED.glob("*.eml"))
    assert len(files) >= 60
    assert files == sorted(LABELS["labelled"])
    assert all((DATA / "corpus" / "eml" / name).is_file() for name in LABELS["corpus"])


@pytest.mark.parametrize(("path", "label"), CASES, ids=[path.name for path, _ in CASES])
def test_message_is_classified_as_labelled(path: Path, label: dict[str, Any]) -> None:
    """Rejection, offer, automated, the timeframe's moment (and next steps where labelled)."""
    signals = signals_of(path)
    kinds = {s.kind for s in signals}
    shown = [(s.kind.value, s.evidence, s.due) for s in signals]
    assert (SignalKind.REJECTION in kinds) == label["rejection"], shown
    assert (SignalKind.OFFER in kinds) == label["offer"], shown
    assert (SignalKind.AUTOMATED in kinds) == label["automated"], shown
    expected_due = (
        [datetime.fromisoformat(label["timeframe_due"])] if "timeframe_due" in label else []
    )
    assert [s.due for s in signals if s.kind is SignalKind.TIMEFRAME] == expected_due, shown
    if "next_steps" in label:
        assert (SignalKind.NEXT_STEPS in kinds) == label["next_steps"], shown


@pytest.mark.parametrize(
    ("path", "label"),
    [c for c in CASES if c[1]["rejection"] or c[1]["offer"]],
    ids=[p.name for p, lab in CASES if lab["rejection"] or lab["offer"]],
)
def test_every_rejection_and_offer_names_its_evidence(path: Path, label: dict[str, Any]) -> None:
    """The evidence of a rejection or offer is a sentence of the message's new text."""
    for signal in signals_of(path):
        if signal.kind in (SignalKind.REJECTION, SignalKind.OFFER):
            assert len(signal.evidence) > 10
            assert signal.score >= 1.0
