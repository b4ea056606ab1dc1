"""Rule files as data: pydantic models with `extra="forbid"` and a `version`.

A rule file (YAML, or TOML with the same shape):

    version: 1
    rules:
      - id: thank-you
        on: interview.ended
        after: 30m            # delay after the trigger
        max_late: 1d          # skipped when it fell due longer ago than this
        for_each: interviewer # fan-out: one action per interviewer
        do:
          - draft: {to: interviewer, template: thank-you}

Behaviour lives in registries keyed by the names used here (see engine.py);
this module only describes and checks shapes.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from daemon.rules.duration import Duration, parse_duration

SCHEMA_VERSIONS = (1,)

# Triggers the engine knows, with the fields they give to templates. A later
# trigger is added here and in engine.TRIGGERS.
TRIGGERS: dict[str, str] = {
    "interview.ended": "the interview's end time (interview.*, application.*, user.*)",
}
FAN_OUTS: dict[str, str] = {
    "interviewer": "each interviewer (organizer and attendees, minus you, rooms and robots)",
}
RECIPIENTS = ("interviewer",)

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def _duration(v: Any) -> Duration:
    return parse_duration(v)


DurationField = Annotated[Duration, BeforeValidator(_duration)]


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class DraftSpec(Spec):
    """Put a draft in the Drafts folder."""

    to: str = "interviewer"
    template: str

    @field_validator("to")
    @classmethod
    def _to(cls, v: str) -> str:
        if v in RECIPIENTS:
            return v
        if re.fullmatch(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+", v):
            return v.lower()
        raise ValueError(
            f"'{v}' is neither a recipient ({', '.join(RECIPIENTS)}) nor an e-mail address"
        )

    @field_validator("template")
    @classmethod
    def _template(cls, v: str) -> str:
        if not _TEMPLATE_NAME.match(v):
            raise ValueError(f"'{v}' is not a template name (letters, digits, '-', '_', '.')")
        return v


class Action(Spec):
    """One action; exactly one of its keys is set (a later version adds remind, cancel…)."""

    draft: DraftSpec | None = None

    @model_validator(mode="before")
    @classmethod
    def _one(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) != 1:
            names = ", ".join(sorted(cls.model_fields))
            raise ValueError(f"an action has exactly one key, one of: {names}")
        return data


class Rule(Spec):
    id: str
    description: str = ""
    enabled: bool = True
    on: str
    after: DurationField | None = None
    max_late: DurationField | None = None
    for_each: str | None = None
    do: list[Action] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(
                f"'{v}' is not a rule id: lower-case letters, digits and '-', at most 64"
            )
        return v

    @field_validator("on")
    @classmethod
    def _on(cls, v: str) -> str:
        if v not in TRIGGERS:
            raise ValueError(f"unknown trigger '{v}'{_hint(v, TRIGGERS)}")
        return v

    @field_validator("for_each")
    @classmethod
    def _for_each(cls, v: str | None) -> str | None:
        if v is not None and v not in FAN_OUTS:
            raise ValueError(f"unknown fan-out '{v}'{_hint(v, FAN_OUTS)}")
        return v

    @model_validator(mode="after")
    def _recipients(self) -> Rule:
        for action in self.do:
            if action.draft and action.draft.to == "interviewer" and self.for_each != "interviewer":
                raise ValueError("a draft 'to: interviewer' needs 'for_each: interviewer'")
        return self


class RuleFile(Spec):
    version: Literal[1]
    rules: list[Rule] = Field(default_factory=list)


def _hint(word: str, choices: Any) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; known: {', '.join(sorted(choices))}"
