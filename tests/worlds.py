"""Build Worlds, rules and rule sets by hand for the pure tests of the rule engine.

One company (Acme), one interview (Wednesday 18 November 2026, 14:00–15:30 UTC) with
two interviewers, a recruiter as the application's contact, and the user in Berlin.
Every builder takes keyword changes, so a test states only what matters to it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from followupd.domain.model import Application, Interview, Person, Stage, UserIdentity
from followupd.rules.loader import LoadedRule, RuleSet
from followupd.rules.schema import Rule
from followupd.rules.templates import TemplateSet
from followupd.rules.world import DraftFact, Happening, MessageFact, World

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = (ROOT / "tests/data/templates", ROOT / "rules/templates")

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
ME = Person(email=USER.email, name=USER.name)
ANA = Person(email="ana@acme.example", name="Ana Ruiz")
ZOE = Person(email="zoe@acme.example", name="Zoë Müller")
RITA = Person(email="rita@acme.example", name="Rita Recruiter")
APP_ID = "acme.example"
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # a Wednesday, 15:00 in Berlin
END = START + timedelta(minutes=90)
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def interview(**changes: Any) -> Interview:
    base = Interview(
        uid="iv-1@acme.example",
        title="Technical interview: Backend Engineer",
        start=START,
        end=END,
        interviewers=(ANA, ZOE),
        company="Acme",
        company_domain=APP_ID,
        role="Backend Engineer",
    )
    return base.model_copy(update=changes)


def application(**changes: Any) -> Application:
    base = Application(
        id=APP_ID,
        company="Acme",
        role="Backend Engineer",
        domains=(APP_ID,),
        stage=Stage.INTERVIEWING,
        contact=RITA,
        contacts=(RITA, ANA, ZOE),
    )
    return base.model_copy(update=changes)


def message(**changes: Any) -> MessageFact:
    """A message from the recruiter, the day after the interview."""
    base = MessageFact(
        message_id="<m1@acme.example>",
        application=APP_ID,
        account="work",
        at=END + timedelta(days=1),
        sender=RITA,
        to=(ME,),
        subject="Your interview",
        text="Thanks for your time yesterday.",
    )
    return replace(base, **changes)


def happening(kind: str, **changes: Any) -> Happening:
    """A happening of `kind` about the interview, carried by the recruiter's message."""
    msg = changes.pop("message", message())
    base = Happening(
        id=f"{msg.message_id if msg else 'x'}:{kind}",
        kind=kind,
        at=msg.at if msg else END,
        application=APP_ID,
        account="work",
        interview_uid="",
        message=msg,
    )
    return replace(base, **changes)


def draft(**changes: Any) -> DraftFact:
    base = DraftFact(
        key="k-ana",
        rule_id="thank-you",
        application=APP_ID,
        account="work",
        subject_ref="iv-1@acme.example",
        to=(ANA.email,),
        written_at=END + timedelta(minutes=30),
        still_in_drafts=True,
        sent=False,
    )
    return replace(base, **changes)


def world(**changes: Any) -> World:
    """Acme's application and its interview; pass `applications=`, `interviews=`, … to vary."""
    app = changes.pop("app", application())
    iv = changes.pop("iv", interview())
    base = World(
        user=USER,
        now=NOW,
        applications={app.id: app},
        interviews=[("work", app.id, iv)] if iv is not None else [],
    )
    return replace(base, **changes)


def rule(**fields: Any) -> Rule:
    """A rule from its fields as a rule file writes them (`on`, `if`, `from`, …)."""
    return Rule.model_validate({"id": "r", "do": [{"remind": {"template": "note"}}], **fields})


def ruleset(*rules: Rule) -> RuleSet:
    """The rules with the test templates in front of the shipped ones."""
    return RuleSet(
        rules=[LoadedRule(r, "test.yaml", i + 1, index=i) for i, r in enumerate(rules)],
        templates=TemplateSet(list(TEMPLATES)),
    )
