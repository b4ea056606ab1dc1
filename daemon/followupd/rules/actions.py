"""The action vocabulary (`do:`): each action's rule-file model, documentation and planning.

An action is a mapping with exactly one key, the action's name: `{draft: {…}}`,
`{set_stage: rejected}`. `Action` is the tagged union of the action models and
ACTIONS the registry by name. Each model documents itself (`doc`), names the
templates and rule ids it uses (checked at load), and turns itself into an
intent for one occurrence and person (`plan`). Pure: carrying an intent out is
the executor's part, registered per intent kind in pipeline/executors.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Discriminator, Field, Tag, field_validator

from followupd.domain.intents import (
    CancelIntent,
    DraftIntent,
    Intent,
    IntentBase,
    RemindIntent,
    SetStageIntent,
)
from followupd.domain.model import Person
from followupd.rules.context import template_context
from followupd.rules.spec import EMAIL, RULE_ID, Names, Spec, template_name
from followupd.rules.templates import TemplateSet, header_safe
from followupd.rules.triggers import Occurrence
from followupd.rules.world import MessageFact, World

RECIPIENTS: dict[str, str] = {
    "interviewer": "the interviewer of the fan-out (with for_each: interviewer)",
    "contact": "the person of the fan-out (for_each: contact), else the person of the company"
    " who wrote the trigger's message, else the application's contact",
    "sender": "the sender of the message that triggered the rule (reply-to first)",
}


@dataclass(frozen=True)
class Planning:
    """What an action sees when it becomes an intent: one occurrence, for one person."""

    head: IntentBase  # the fields every intent of this occurrence and person shares
    occurrence: Occurrence
    world: World
    person: Person | None
    templates: TemplateSet
    context: Mapping[str, Any]  # the template variables for `person`


class ActionSpec(Spec):
    """One action of a rule; subclasses are the action words."""

    word: ClassVar[str]
    doc: ClassVar[str]

    def kind(self) -> str:
        return self.word

    def templates(self) -> list[str]:
        """The templates it renders (checked at load)."""
        return []

    def rule_refs(self) -> list[tuple[str, str]]:
        """(path below the action, rule id) of every rule it names (checked at load)."""
        return []

    def rule_problem(self, for_each: str | None) -> str | None:
        """Why it cannot be part of a rule with this fan-out, or None."""
        return None

    def plan(self, p: Planning) -> Intent | None:
        """The intent for this occurrence and person (None: nobody to write to)."""
        raise NotImplementedError


# -- draft ------------------------------------------------------------------------


def _reply_word(value: object) -> object:
    """`reply:` is true, false or last; anything else is said in one sentence."""
    if value is True or value is False or value == "last":
        return value
    shown = "null" if value is None else f"'{value}'"
    raise ValueError(f"{shown} is not true, false or last")


class DraftSpec(Spec):
    """Put a draft in the Drafts folder (a new message, or a reply in the trigger's thread)."""

    to: str = "interviewer"
    template: str
    # true: in the thread of the trigger's message (In-Reply-To, References, "Re:");
    # last: in the last thread with the person it goes to (their mail, or yours to them).
    reply: Annotated[bool | Literal["last"], BeforeValidator(_reply_word)] = False

    @field_validator("to")
    @classmethod
    def _to(cls, v: str) -> str:
        if v in RECIPIENTS:
            return v
        if EMAIL.fullmatch(v):
            return v.lower()
        raise ValueError(
            f"'{v}' is neither a recipient ({', '.join(RECIPIENTS)}) nor an e-mail address"
        )

    @field_validator("template")
    @classmethod
    def _template(cls, v: str) -> str:
        return template_name(v)


def _writer(msg: MessageFact | None) -> Person | None:
    """Who of the company wrote a message (Reply-To first); None for a robot or the user."""
    if msg is None or msg.from_user or msg.automated:
        return None
    return (msg.reply_to or (msg.sender,))[0]


def _recipient(to: str, person: Person | None, occ: Occurrence) -> Person | None:
    app = occ.application
    msg = occ.happening.message if occ.happening else None
    if to in ("interviewer", "contact") and person is not None:
        return person
    if to == "contact":
        # The person who wrote (a rejection is answered to whoever wrote it; never a
        # no-reply robot), else the application's recruiter or coordinator.
        writer = _writer(msg) or occ.contact
        if writer is not None:
            return writer
        return app.contact if app else None
    if to == "sender":
        return (msg.reply_to or (msg.sender,))[0] if msg else None
    if "@" in to:
        return Person(email=to)
    return None


def _last_with(person: Person, occ: Occurrence, world: World) -> MessageFact | None:
    """The application's latest message from `person`, or from the user to them."""
    app = occ.application
    if app is None:
        return None
    email = person.email.lower()
    found = [
        m
        for m in world.messages
        if m.application == app.id
        and m.message_id
        and (
            (m.from_user and any(p.email.lower() == email for p in m.to))
            or (not m.from_user and email in {p.email.lower() for p in (m.sender, *m.reply_to)})
        )
    ]
    return max(found, key=lambda m: m.at) if found else None


class DraftAction(ActionSpec):
    word: ClassVar[str] = "draft"
    doc: ClassVar[str] = (
        "{to, template, reply: true|last} a letter put in your Drafts folder (never sent)"
    )
    draft: DraftSpec

    def templates(self) -> list[str]:
        return [self.draft.template]

    def rule_problem(self, for_each: str | None) -> str | None:
        if self.draft.to == "interviewer" and for_each != "interviewer":
            return "a draft 'to: interviewer' needs 'for_each: interviewer'"
        return None

    def plan(self, p: Planning) -> Intent | None:
        spec, occ = self.draft, p.occurrence
        to = _recipient(spec.to, p.person, occ)
        if to is None or p.world.user.is_me(to.email):
            return None
        ctx = p.context
        if to != p.person:
            # The letter greets whoever it is addressed to (the contact, the sender).
            ctx = template_context(occ, p.world, to, p.world.now)
        rendered = p.templates.render(spec.template, ctx)
        subject, in_reply_to = rendered.subject, ""
        references: tuple[str, ...] = ()
        msg = occ.happening.message if occ.happening else None
        if spec.reply == "last":
            msg = _last_with(to, occ, p.world)
        if spec.reply and msg is not None and msg.message_id:
            original = msg.subject
            while original.lower().startswith(("re:", "aw:", "antw:")):
                original = original.split(":", 1)[1].strip()
            subject = header_safe(f"Re: {original}")
            in_reply_to = msg.message_id
            references = msg.references  # the original's; compose appends In-Reply-To
        return DraftIntent(
            **p.head.model_dump(),
            to=(to,),
            subject=subject,
            body=rendered.body,
            in_reply_to=in_reply_to,
            references=references,
        )


# -- remind -----------------------------------------------------------------------


class RemindSpec(Spec):
    """A note to you (delivered as configured: your INBOX, or SMTP to yourself)."""

    template: str

    @field_validator("template")
    @classmethod
    def _template(cls, v: str) -> str:
        return template_name(v)


class RemindAction(ActionSpec):
    word: ClassVar[str] = "remind"
    doc: ClassVar[str] = "{template} a note to you (your INBOX, flagged, or SMTP to yourself)"
    remind: RemindSpec

    def templates(self) -> list[str]:
        return [self.remind.template]

    def plan(self, p: Planning) -> Intent | None:
        rendered = p.templates.render(self.remind.template, p.context)
        user = p.world.user
        return RemindIntent(
            **p.head.model_dump(),
            to=(Person(email=user.email, name=user.name),),
            subject=rendered.subject,
            body=rendered.body,
        )


# -- cancel -----------------------------------------------------------------------


class CancelSpec(Spec):
    """Withdraw the pending intents of these rules for the same application."""

    rules: Names = Field(min_length=1)


class CancelAction(ActionSpec):
    word: ClassVar[str] = "cancel"
    doc: ClassVar[str] = (
        "{rules: [id, …]} withdraw the pending actions of these rules for the same application"
    )
    cancel: CancelSpec

    def rule_refs(self) -> list[tuple[str, str]]:
        return [(f"cancel.rules[{i}]", rid) for i, rid in enumerate(self.cancel.rules)]

    def rule_problem(self, for_each: str | None) -> str | None:
        for rid in self.cancel.rules:
            if not RULE_ID.match(rid):
                return f"'{rid}' is not a rule id"
        return None

    def plan(self, p: Planning) -> Intent | None:
        return CancelIntent(**p.head.model_dump(), cancel_rules=tuple(self.cancel.rules))


# -- set_stage --------------------------------------------------------------------


class SetStageAction(ActionSpec):
    word: ClassVar[str] = "set_stage"
    doc: ClassVar[str] = (
        "STAGE move the application to applied, interviewing, waiting, rejected, offer,"
        " on hold, withdrawn or closed"
    )
    set_stage: Literal["applied", "interviewing", "waiting", "rejected", "offer", "closed"]

    def plan(self, p: Planning) -> Intent | None:
        return SetStageIntent(**p.head.model_dump(), stage=self.set_stage)


# -- the registry -------------------------------------------------------------------

ACTIONS: dict[str, type[ActionSpec]] = {
    cls.word: cls for cls in (DraftAction, RemindAction, CancelAction, SetStageAction)
}
_UNKNOWN = "action:?"


class _NotAnAction(ActionSpec):
    """Where anything but a known action lands: it never validates (every key is unknown)."""

    word: ClassVar[str] = "?"
    doc: ClassVar[str] = ""

    def plan(self, p: Planning) -> Intent | None:
        return None


def _tag(data: Any) -> str:
    """The union member for a mapping: its only key (checked by `_one_key` first)."""
    if isinstance(data, ActionSpec):
        return f"action:{data.word}"
    if isinstance(data, dict) and len(data) == 1:
        (key,) = data
        if key in ACTIONS:
            return f"action:{key}"
    return _UNKNOWN


def _one_key(data: Any) -> Any:
    if isinstance(data, dict) and len(data) != 1:
        names = ", ".join(sorted(ACTIONS))
        raise ValueError(f"an action has exactly one key, one of: {names}")
    return data


# Tags are "action:NAME"; the loader leaves them out of the paths it reports.
Action = Annotated[
    Annotated[DraftAction, Tag("action:draft")]
    | Annotated[RemindAction, Tag("action:remind")]
    | Annotated[CancelAction, Tag("action:cancel")]
    | Annotated[SetStageAction, Tag("action:set_stage")]
    | Annotated[_NotAnAction, Tag(_UNKNOWN)],
    Discriminator(_tag),
    BeforeValidator(_one_key),
]
