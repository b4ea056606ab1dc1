"""The rule vocabulary in words, from the registries: `followupd rules --vocabulary`."""

from __future__ import annotations

from followupd.rules.actions import ACTIONS
from followupd.rules.conditions import CONDITION_KEYS, FLAGS
from followupd.rules.triggers import TRIGGERS


def vocabulary() -> str:
    """Every trigger, condition and action a rule may use, one line each."""
    lines = ["Triggers (on:)"]
    lines += [f"  {name:22} {t.doc}" for name, t in TRIGGERS.items()]
    lines.append("Conditions (if: / unless:)")
    lines += [f"  {name:22} {f.doc}" for name, f in FLAGS.items()]
    lines += [f"  {name:22} {k.doc}" for name, k in CONDITION_KEYS.items()]
    lines.append("Actions (do:) — more in rules/README.md")
    lines += [f"  {name:22} {a.doc}" for name, a in ACTIONS.items()]
    return "\n".join(lines)
