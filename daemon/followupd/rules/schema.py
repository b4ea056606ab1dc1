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

The vocabulary (triggers, conditions, actions) is documented here, in the
tables below, and checked at load time; behaviour lives in the engine's
registries keyed by the same names.
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from followupd.rules.duration import Duration, parse_duration

# Trigger -> (what fires it, the moment it is anchored to, fields for templates).
TRIGGERS: dict[str, str] = {
    "interview.scheduled": "an invitation for a new interview was read; at: when it arrived. "
    "Fields: interview, application, message",
    "interview.rescheduled": "an update moved an interview; at: when it arrived. "
    "Fields: interview (new times), application, message",
    "interview.cancelled": "an interview was cancelled; at: when the cancellation arrived. "
    "Fields: interview, application, message",
    "interview.starting": "an interview starts; at: its start (use `before: 15m`). "
    "Fields: interview, application",
    "interview.ended": "an interview ends; at: its end (`before: 10m` for just before). "
    "Fields: interview, application",
    "reply.received": "a person of the company (or its agency) wrote; at: the message's date. "
    "Fields: message, application",
    "rejection.received": "the company said no; at: the message's date. "
    "Fields: message (with evidence), application",
    "offer.received": "the company made an offer; at: the message's date. "
    "Fields: message, application",
    "timeframe.stated": "the company said when they will answer; at: that moment "
    "(message.timeframe_due). Fields: message, application",
    "debrief.received": "you answered the debrief note (or wrote notes); at: when. "
    "Fields: debrief, interview, application",
    "no_reply": "no word from the company since the last contact; at: the last contact "
    "(use `after: 10 days`). Fields: application",
    "draft.unsent": "a draft of ours is still unsent; at: when it was written (use `after: 20h`). "
    "Fields: draft (rule, to), application",
}
FAN_OUTS: dict[str, str] = {
    "interviewer": "each interviewer (organizer and attendees, minus you, rooms and robots)",
    "contact": "the application's contact (recruiter or coordinator), else its other contacts",
}
RECIPIENTS: dict[str, str] = {
    "interviewer": "the interviewer of the fan-out (with for_each: interviewer)",
    "contact": "the person of the fan-out (for_each: contact), else the application's contact",
    "sender": "the sender of the message that triggered the rule (reply-to first)",
}
FLAGS: dict[str, str] = {
    "rejected": "the application was rejected",
    "has-offer": "the application has an offer",
    "company-replied-since": "someone of the company wrote after the trigger's moment",
    "wrote-since-interview": "you wrote to this person (or the contact) since the interview "
    "(read from your Sent folder)",
    "timeframe-stated": "the company (or your debrief) stated when they will answer",
    "automated": "the trigger's message was written by a machine (no-reply, ATS notice)",
}
CONDITION_KEYS: dict[str, str] = {
    "company": "company name contains the text (or {regex: …}); a list means any of them",
    "role": "role contains the text (or {regex: …})",
    "sender_domain": "the trigger message's sender domain is (or ends with) this domain",
    "subject": "the message subject (or interview title) contains the text (or {regex: …})",
    "text": "the message text (or interview description) contains the text (or {regex: …})",
    "kind": "interview kind: phone_screen, technical, onsite, panel, final, hiring_manager, other",
    "stage": "the application's stage (applied, interviewing, waiting, rejected, offer, closed)",
    "draft_unsent": "a draft of the named rule for this person is still in Drafts, not sent",
    "weekday": "the due moment falls on one of these days (mon … sun)",
    "time": "the due moment's time of day (your zone) is in this range, e.g. '08:00-20:00'",
    "all": "every condition of the list holds",
    "any": "at least one condition of the list holds",
    "not": "the condition does not hold",
}
STAGES = ("applied", "interviewing", "waiting", "rejected", "offer", "closed")
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

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")


def hint(word: str, choices: Any) -> str:
    """'; did you mean X?' for a near miss, else the list of valid choices."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; known: {', '.join(sorted(choices))}"


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


def _template_name(v: str) -> str:
    if not _TEMPLATE_NAME.match(v):
        raise ValueError(f"'{v}' is not a template name (letters, digits, '-', '_', '.')")
    return v


def _duration(v: Any) -> Duration:
    return parse_duration(v)


DurationField = Annotated[Duration, BeforeValidator(_duration)]


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


# -- text matching --------------------------------------------------------------


class Pattern(Spec):
    """Text to look for: a plain substring (case-insensitive) or a regex."""

    contains: str | None = None
    regex: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        return {"contains": data} if isinstance(data, str) else data

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"bad regex {v!r}: {exc}") from None
        return v

    @model_validator(mode="after")
    def _one(self) -> Pattern:
        if (self.contains is None) == (self.regex is None):
            raise ValueError("give a text, or {regex: …}")
        return self

    def matches(self, text: str) -> bool:
        if self.regex is not None:
            return re.search(self.regex, text, re.IGNORECASE) is not None
        assert self.contains is not None
        return self.contains.casefold() in text.casefold()


def _listify(v: Any) -> Any:
    return v if isinstance(v, list) else [v]


Patterns = Annotated[list[Pattern], BeforeValidator(_listify)]


# -- conditions -----------------------------------------------------------------


class Condition(Spec):
    """One condition: a flag name (a string) or a mapping with exactly one key."""

    flag: str | None = None
    company: Patterns | None = None
    role: Patterns | None = None
    sender_domain: Annotated[list[str], BeforeValidator(_listify)] | None = None
    subject: Patterns | None = None
    text: Patterns | None = None
    kind: Annotated[list[str], BeforeValidator(_listify)] | None = None
    stage: Annotated[list[str], BeforeValidator(_listify)] | None = None
    draft_unsent: str | None = None
    weekday: Annotated[list[str], BeforeValidator(_listify)] | None = None
    time: str | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, data: Any) -> Any:
        if isinstance(data, str):
            if data not in FLAGS:
                raise ValueError(
                    f"unknown condition '{data}'{hint(data, [*FLAGS, *CONDITION_KEYS])}"
                )
            return {"flag": data}
        if isinstance(data, dict):
            if len(data) != 1:
                raise ValueError(
                    "a condition is a name (e.g. rejected) or a mapping with exactly one key"
                )
            (key,) = data
            if key not in CONDITION_KEYS:
                raise ValueError(f"unknown condition '{key}'{hint(str(key), CONDITION_KEYS)}")
        return data

    @field_validator("kind")
    @classmethod
    def _kinds(cls, v: list[str] | None) -> list[str] | None:
        for k in v or []:
            if k not in INTERVIEW_KINDS:
                raise ValueError(f"unknown interview kind '{k}'{hint(k, INTERVIEW_KINDS)}")
        return v

    @field_validator("stage")
    @classmethod
    def _stages(cls, v: list[str] | None) -> list[str] | None:
        for s in v or []:
            if s not in STAGES:
                raise ValueError(f"unknown stage '{s}'{hint(s, STAGES)}")
        return v

    @field_validator("weekday")
    @classmethod
    def _days(cls, v: list[str] | None) -> list[str] | None:
        return weekdays(v) if v is not None else None

    @field_validator("time")
    @classmethod
    def _time(cls, v: str | None) -> str | None:
        if v is not None and not _HOURS.match(v.replace(" ", "")):
            raise ValueError(f"'{v}' is not a time range such as '08:00-20:00'")
        return v.replace(" ", "") if v else v

    @field_validator("sender_domain")
    @classmethod
    def _domains(cls, v: list[str] | None) -> list[str] | None:
        return [d.lower().lstrip("@") for d in v] if v is not None else None

    def name(self) -> str:
        """The key that is set (for explain)."""
        if self.flag:
            return self.flag
        for field in type(self).model_fields:
            if field != "flag" and getattr(self, field) is not None:
                return "not" if field == "not_" else field
        return "?"


Conditions = Annotated[list[Condition], BeforeValidator(_listify)]


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
        m = _HOURS.match(v)
        if not m or (m.group(1), m.group(2)) >= (m.group(3), m.group(4)):
            raise ValueError(f"'{v}' is not a time range such as '08:00-20:00'")
        return v


# -- actions --------------------------------------------------------------------


class DraftSpec(Spec):
    """Put a draft in the Drafts folder (a new message, or a reply in the trigger's thread)."""

    to: str = "interviewer"
    template: str
    reply: bool = False  # in the thread of the trigger's message: In-Reply-To, References, "Re:"

    @field_validator("to")
    @classmethod
    def _to(cls, v: str) -> str:
        if v in RECIPIENTS:
            return v
        if _EMAIL.fullmatch(v):
            return v.lower()
        raise ValueError(
            f"'{v}' is neither a recipient ({', '.join(RECIPIENTS)}) nor an e-mail address"
        )

    @field_validator("template")
    @classmethod
    def _template(cls, v: str) -> str:
        return _template_name(v)


class RemindSpec(Spec):
    """A note to you (delivered as configured: your INBOX, or SMTP to yourself)."""

    template: str

    @field_validator("template")
    @classmethod
    def _template(cls, v: str) -> str:
        return _template_name(v)


class CancelSpec(Spec):
    """Withdraw the pending intents of these rules for the same application."""

    rules: Annotated[list[str], BeforeValidator(_listify)] = Field(min_length=1)


class Action(Spec):
    """One action; exactly one of its keys is set."""

    draft: DraftSpec | None = None
    remind: RemindSpec | None = None
    cancel: CancelSpec | None = None
    set_stage: (
        Literal["applied", "interviewing", "waiting", "rejected", "offer", "closed"] | None
    ) = None

    @model_validator(mode="before")
    @classmethod
    def _one(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) != 1:
            names = ", ".join(sorted(cls.model_fields))
            raise ValueError(f"an action has exactly one key, one of: {names}")
        return data

    def kind(self) -> str:
        for name in type(self).model_fields:
            if getattr(self, name) is not None:
                return name
        return "?"


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
        if not _ID.match(v):
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
            if action.draft and action.draft.to == "interviewer" and self.for_each != "interviewer":
                raise ValueError("a draft 'to: interviewer' needs 'for_each: interviewer'")
            if action.cancel:
                for rid in action.cancel.rules:
                    if not _ID.match(rid):
                        raise ValueError(f"'{rid}' is not a rule id")
        return self

    def templates(self) -> list[str]:
        out = []
        for action in self.do:
            if action.draft:
                out.append(action.draft.template)
            if action.remind:
                out.append(action.remind.template)
        return out


Condition.model_rebuild()


# -- the classifier's phrase lists ------------------------------------------------

LEXICON_LISTS: dict[str, str] = {
    "rejection": "phrases that say no (added to the built-in ones)",
    "not_rejection": "look-alikes that take a rejection phrase in the same sentence back",
    "offer": "phrases of an offer",
    "not_offer": "look-alikes of an offer",
    "next_steps": "phrases naming what comes next (another round, people to meet)",
}


class Phrase(Spec):
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
        # Compiled alone (for a clear message), then the way the classifier compiles it.
        try:
            re.compile(v)
            re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"bad regex {v!r}: {exc}") from None
        return v


class LexiconSpec(Spec):
    """Phrases a rule file adds to the classifier (`lexicon:` at the top of a file)."""

    rejection: list[Phrase] = Field(default_factory=list)
    not_rejection: list[Phrase] = Field(default_factory=list)
    offer: list[Phrase] = Field(default_factory=list)
    not_offer: list[Phrase] = Field(default_factory=list)
    next_steps: list[Phrase] = Field(default_factory=list)

    def merged(self, other: LexiconSpec) -> LexiconSpec:
        return LexiconSpec(**{k: [*getattr(self, k), *getattr(other, k)] for k in LEXICON_LISTS})

    def phrases(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """Per list, (pattern, weight) pairs: the keywords of `SignalLexicon.extended`."""
        return {k: tuple((p.pattern, p.weight) for p in getattr(self, k)) for k in LEXICON_LISTS}


class RuleFile(Spec):
    version: Literal[1]
    rules: list[Rule] = Field(default_factory=list)
    lexicon: LexiconSpec | None = None
