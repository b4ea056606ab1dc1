"""The building blocks of rule-file models: the strict base model, text patterns, names.

Shared by the vocabulary registries (triggers, conditions, actions) and by the
rule model itself (schema.py), which is why it sits below all of them.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator, model_validator

from followupd.domain.model import Stage
from followupd.rules.duration import Duration, parse_duration
from followupd.userregex import compile_user_regex

STAGES = tuple(stage.value for stage in Stage)
INTERVIEW_KINDS = (
    "phone_screen",
    "technical",
    "onsite",
    "panel",
    "final",
    "hiring_manager",
    "other",
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def hint(word: str, choices: Iterable[str]) -> str:
    """'; did you mean X?' for a near miss, else the list of valid choices."""
    options = list(choices)
    import difflib  # only for a hint: not resident in a service

    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; known: {', '.join(sorted(options))}"


def weekdays(values: list[str]) -> list[str]:
    """Day names as the three-letter keys of WEEKDAYS ("Monday" → "mon"), or a ValueError."""
    out = []
    for d in values:
        day = str(d).lower()[:3]
        if day not in WEEKDAYS:
            raise ValueError(f"unknown weekday '{d}'; use mon, tue, wed, thu, fri, sat, sun")
        out.append(day)
    return out


def hours_range(spec: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """'08:00-20:00' → ((8, 0), (20, 0)); the end may be 24:00 (end of the day)."""
    start, end = spec.split("-")
    return (int(start[:2]), int(start[3:])), (int(end[:2]), int(end[3:]))


def template_name(v: str) -> str:
    """A template name as given, or a ValueError (no paths, no odd characters)."""
    if not _TEMPLATE_NAME.match(v):
        raise ValueError(f"'{v}' is not a template name (letters, digits, '-', '_', '.')")
    return v


def _duration(v: Any) -> Duration:
    return parse_duration(v)


DurationField = Annotated[Duration, BeforeValidator(_duration)]


def listify(v: Any) -> Any:
    """A single value where a list is expected is a list of one."""
    return v if isinstance(v, list) else [v]


class Spec(BaseModel):
    """A part of a rule file: unknown keys are errors, and it never changes once read."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


def user_regex(v: str, *, words: bool = False) -> str:
    """A regex of a rule file, as given, or a ValueError saying why it cannot be used.

    Checked twice: Python's compiler gives the clearer message for a plain mistake,
    RE2 (which matches it, in linear time) refuses what it cannot guarantee.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # FutureWarnings of `re` (RE2 decides)
            re.compile(v)
    except (re.error, RecursionError, OverflowError) as exc:
        raise ValueError(f"bad regex '{v}': {exc}") from None
    try:
        compile_user_regex(v, words=words)
    except ValueError as exc:
        raise ValueError(f"bad regex '{v}': {exc}") from None
    return v


class Pattern(Spec):
    """Text to look for: a plain substring (case-insensitive) or a regex (RE2, linear time)."""

    contains: str | None = None
    regex: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        return {"contains": data} if isinstance(data, str) else data

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        return None if v is None else user_regex(v)

    @model_validator(mode="after")
    def _one(self) -> Pattern:
        if (self.contains is None) == (self.regex is None):
            raise ValueError("give a text, or {regex: …}")
        return self

    def matches(self, text: str) -> bool:
        if self.regex is not None:
            return compile_user_regex(self.regex).search(text)
        assert self.contains is not None
        return self.contains.casefold() in text.casefold()


Patterns = Annotated[list[Pattern], BeforeValidator(listify)]
Names = Annotated[list[str], BeforeValidator(listify)]
