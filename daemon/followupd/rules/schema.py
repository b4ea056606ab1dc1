"""Rule files as data: pydantic models with `extra="forbid"` and a `version`.

A rule file (YAML, or TOML with the same shape):

    version: 1
    rules:
      - id: thank-you
        on: interview.ended          # the trigger
        after: 30m                   # delay after it (or `before: 10m`)
        max_late: 1d                 # skipped when it fell due longer ago than this
        if: [ {stage: interviewing} ]  # conditions, all must hold (a single one is fine)
        unless: [rejected]           # none of these may hold
        for_each: interviewer        # fan-out: one action per interviewer (or contact)
        during: {days: [mon, tue, wed, thu, fri], hours: "08:00-20:00"}  # shift into a window
        do:
          - draft: {to: interviewer, template: thank-you}

The vocabulary lives in registries next to its behaviour, each word with its
documentation: triggers (rules/triggers.py), conditions (rules/conditions.py)
and actions (rules/actions.py). This module puts them together into a rule.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from followupd.rules.actions import ACTIONS, Action
from followupd.rules.conditions import CONDITION_KEYS, FLAGS, Condition, Conditions
from followupd.rules.spec import (
    HOURS,
    RULE_ID,
    WEEKDAYS,
    DurationField,
    Spec,
    hint,
    user_regex,
    weekdays,
)
from followupd.rules.triggers import TRIGGERS

__all__ = [
    "ACTIONS",
    "CONDITION_KEYS",
    "FAN_OUTS",
    "FLAGS",
    "TRIGGERS",
    "Condition",
    "LexiconSpec",
    "PhraseSpec",
    "Rule",
    "RuleFile",
    "Window",
]

FAN_OUTS: dict[str, str] = {
    "interviewer": "each interviewer (organizer and attendees, minus you, rooms and robots)",
    "contact": "the application's contact (recruiter or coordinator), else its other contacts",
}


class Window(Spec):
    """Deliver only inside these hours and days: a due moment outside moves to the next opening."""

    days: list[str] = Field(default_factory=lambda: list(WEEKDAYS[:5]))
    hours: str = "08:00-20:00"

    @field_validator("days")
    @classmethod
    def _days(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("give at least one day")
        return weekdays(v)

    @field_validator("hours")
    @classmethod
    def _hours(cls, v: str) -> str:
        v = v.replace(" ", "")
        m = HOURS.match(v)
        if not m or (m.group(1), m.group(2)) >= (m.group(3), m.group(4)):
            raise ValueError(f"'{v}' is not a time range such as '08:00-20:00'")
        return v


# -- rules ----------------------------------------------------------------------


class Rule(Spec):
    id: str
    description: str = ""
    enabled: bool = True
    on: str
    after: DurationField | None = None
    before: DurationField | None = None
    from_: Literal["trigger", "timeframe"] = Field(default="trigger", alias="from")
    otherwise: DurationField | None = None
    max_late: DurationField | None = None
    if_: Conditions = Field(default_factory=list, alias="if")
    unless: Conditions = Field(default_factory=list)
    for_each: str | None = None
    during: Window | None = None
    do: list[Action] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(
                f"'{v}' is not a rule id: lower-case letters, digits and '-', at most 64"
            )
        return v

    @field_validator("on")
    @classmethod
    def _on(cls, v: str) -> str:
        if v not in TRIGGERS:
            raise ValueError(f"unknown trigger '{v}'{hint(v, TRIGGERS)}")
        return v

    @field_validator("for_each")
    @classmethod
    def _for_each(cls, v: str | None) -> str | None:
        if v is not None and v not in FAN_OUTS:
            raise ValueError(f"unknown fan-out '{v}'{hint(v, FAN_OUTS)}")
        return v

    @model_validator(mode="after")
    def _coherent(self) -> Rule:
        if self.after is not None and self.before is not None:
            raise ValueError("give 'after' or 'before', not both")
        if self.otherwise is not None and self.from_ != "timeframe":
            raise ValueError("'otherwise' only makes sense with 'from: timeframe'")
        for action in self.do:
            problem = action.rule_problem(self.for_each)
            if problem is not None:
                raise ValueError(problem)
        return self

    def templates(self) -> list[str]:
        return [name for action in self.do for name in action.templates()]

    def rule_refs(self) -> list[tuple[str, str]]:
        """(path below the rule, rule id) of every other rule it names: cancels, draft_unsent."""
        out = [
            (f"do[{j}].{path}", rid)
            for j, action in enumerate(self.do)
            for path, rid in action.rule_refs()
        ]
        for key, conds in (("if", self.if_), ("unless", self.unless)):
            for i, cond in enumerate(conds):
                out.extend(cond.draft_rules(f"{key}[{i}]"))
        return out


# -- the classifier's phrase lists ------------------------------------------------

LEXICON_LISTS: dict[str, str] = {
    "rejection": "phrases that say no (added to the built-in ones)",
    "not_rejection": "look-alikes that take a rejection phrase in the same sentence back",
    "offer": "phrases of an offer",
    "not_offer": "look-alikes of an offer",
    "next_steps": "phrases naming what comes next (another round, people to meet)",
}


class PhraseSpec(Spec):
    """A case-insensitive regex matched within word boundaries, and its weight (1.0 suffices)."""

    pattern: str = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0, le=10)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        return {"pattern": data} if isinstance(data, str) else data

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        # Compiled the way the classifier compiles a user phrase (RE2, within word boundaries).
        return user_regex(v, words=True)


class LexiconSpec(Spec):
    """Phrases a rule file adds to the classifier (`lexicon:` at the top of a file)."""

    rejection: list[PhraseSpec] = Field(default_factory=list)
    not_rejection: list[PhraseSpec] = Field(default_factory=list)
    offer: list[PhraseSpec] = Field(default_factory=list)
    not_offer: list[PhraseSpec] = Field(default_factory=list)
    next_steps: list[PhraseSpec] = Field(default_factory=list)

    def merged(self, other: LexiconSpec) -> LexiconSpec:
        # A phrase given twice (your copy of a shipped file over the shipped one) counts once.
        def both(k: str) -> list[PhraseSpec]:
            mine: list[PhraseSpec] = getattr(self, k)
            return [*mine, *(p for p in getattr(other, k) if p not in mine)]

        return LexiconSpec(**{k: both(k) for k in LEXICON_LISTS})

    def phrases(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """Per list, (pattern, weight) pairs: the keywords of `SignalLexicon.extended`."""
        return {k: tuple((p.pattern, p.weight) for p in getattr(self, k)) for k in LEXICON_LISTS}


class RuleFile(Spec):
    version: Literal[1]
    rules: list[Rule] = Field(default_factory=list)
    lexicon: LexiconSpec | None = None

    @field_validator("version", mode="before")
    @classmethod
    def _whole_number(cls, v: Any) -> Any:
        # `true` and `1.0` equal 1 in Python; a version is the whole number itself.
        if isinstance(v, bool | float):
            shown = str(v).lower() if isinstance(v, bool) else str(v)
            raise ValueError(f"the version is a whole number ('version: 1'), not {shown}")
        return v
