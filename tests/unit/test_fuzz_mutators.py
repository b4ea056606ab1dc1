"""The fuzz bench's mutators (bench/fuzz_mutators.py) are reproducible and make mail.

No claim about followupd here: only that the bench measures the same variants for the
same seed, and that every mutator yields bytes the email package can read as a message.
"""

from __future__ import annotations

import email
import email.policy
import random

import pytest

from bench.fuzz_checks import check_draft
from bench.fuzz_mutators import MUTATORS, Seed, load_seeds, make_variant

SEEDS = load_seeds()
SMALL = Seed("invites/01", "mail", next(s.data for s in SEEDS if s.name.startswith("invites/")))


def test_variants_are_deterministic_for_a_seed() -> None:
    """The same (seed, index) gives the same bytes and tags; another seed gives others."""
    first = [make_variant(SEEDS, 7, i) for i in range(40)]
    again = [make_variant(SEEDS, 7, i) for i in range(40)]
    other = [make_variant(SEEDS, 8, i) for i in range(40)]
    assert [(v.tags, v.data) for v in first] == [(v.tags, v.data) for v in again]
    assert [v.data for v in first] != [v.data for v in other]


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_each_mutator_is_deterministic_and_makes_parseable_bytes(name: str) -> None:
    """Each mutator, given the same random state, returns the same bytes, and they parse."""
    mutate = MUTATORS[name][0]
    a = mutate(random.Random(3), SMALL, 1)
    b = mutate(random.Random(3), SMALL, 1)
    assert a == b
    assert isinstance(a, bytes) and a
    msg = email.message_from_bytes(a, policy=email.policy.compat32)
    assert msg is not None


def test_the_draft_check_flags_smuggled_recipients() -> None:
    """A header block with Bcc, two recipients or an unknown header line fails the check."""
    good = b"From: Jordan <j@example.org>\r\nTo: Pat <pat@acme.example>\r\nSubject: Hi\r\n\r\nx"
    assert check_draft(good, {"pat@acme.example"}).problems == []
    bad = (
        b"From: j@example.org\r\nTo: pat@acme.example, other@elsewhere.example\r\n"
        b"Bcc: x@elsewhere.example\r\nSubject: Hi\r\n\r\nx"
    )
    problems = " ".join(check_draft(bad, {"pat@acme.example"}).problems)
    assert "Bcc" in problems and "2 recipients" in problems and "hostile" in problems
