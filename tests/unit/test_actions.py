"""Actions and timing: each action kind gives the right Intent, each delay and window the
right due moment and expiry, and templates render in a sandbox that cannot run code,
read files or inject headers."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from jinja2 import TemplateError
from jinja2.exceptions import SecurityError

from followupd.compose.message import build_draft
from followupd.domain.intents import Intent, IntentKind
from followupd.domain.model import Person
from followupd.domain.signals import DebriefNote
from followupd.rules.engine import Plan, plan
from followupd.rules.loader import LoadedRule, RuleSet
from followupd.rules.schema import Rule
from followupd.rules.templates import TemplateSet
from followupd.rules.world import Cancellation, World
from tests.worlds import (
    ANA,
    APP_ID,
    END,
    ME,
    NOW,
    RITA,
    USER,
    ZOE,
    application,
    happening,
    message,
    rule,
    ruleset,
    world,
)

MID = "<0b7e4b0e-8d3c-4a77-9a53-2f1b6a2c9d10@example.org>"


def run(w: World, *rules: Rule) -> Plan:
    return plan(w, ruleset(*rules))


def only(result: Plan) -> Intent:
    (intent,) = result.intents
    return intent


def reply_world(**msg: Any) -> World:
    """A World where the recruiter's message (changed by `msg`) raised reply.received."""
    return world(happenings=[happening("reply.received", message=message(**msg))])


# -- draft ----------------------------------------------------------------------


def test_draft_to_each_interviewer() -> None:
    """A draft `to: interviewer` with `for_each: interviewer` is one letter per interviewer,
    each addressed to and greeting that person, on behalf of the application."""
    r = rule(
        on="interview.ended",
        for_each="interviewer",
        do=[{"draft": {"to": "interviewer", "template": "letter"}}],
    )
    intents = run(world(), r).intents
    assert [i.to for i in intents] == [(ANA,), (ZOE,)]
    ana = intents[0]
    assert ana.kind == IntentKind.DRAFT
    assert ana.subject == "Hello Ana – Acme"
    assert ana.body.startswith("Dear Ana Ruiz,")
    assert (ana.application, ana.person, ana.account) == (APP_ID, ANA.email, "work")
    assert ana.subject_ref == "iv-1@acme.example"
    assert ana.in_reply_to == "" and ana.references == ()
    assert len({i.key for i in intents}) == 2


def test_draft_to_interviewer_carries_their_debrief_topics() -> None:
    """The debrief topics the user wrote for an interviewer reach that interviewer's letter only."""
    note = DebriefNote(topics={"ana ruiz": ("the caching question",), "zoë": ("team culture",)})
    w = world(
        happenings=[happening("debrief.received", debrief=note, interview_uid="iv-1@acme.example")]
    )
    r = rule(
        on="debrief.received",
        for_each="interviewer",
        do=[{"draft": {"to": "interviewer", "template": "letter"}}],
    )
    ana, zoe = run(w, r).intents
    assert "- the caching question" in ana.body and "team culture" not in ana.body
    assert "- team culture" in zoe.body and "caching" not in zoe.body


def test_draft_to_contact_is_the_applications_contact() -> None:
    """`to: contact` writes to the application's recruiter, also with `for_each: contact`."""
    for extra in ({}, {"for_each": "contact"}):
        r = rule(
            on="interview.ended", do=[{"draft": {"to": "contact", "template": "letter"}}], **extra
        )
        intent = only(run(world(), r))
        assert intent.to == (RITA,)
        assert intent.subject == "Hello Rita – Acme"


def test_draft_to_contact_without_one_writes_to_the_human_sender() -> None:
    """Without a known contact, `to: contact` writes to whoever wrote (Reply-To first)."""
    relay = Person(email="relay@greenhouse.example")
    w = reply_world(sender=relay, reply_to=(ANA,))
    w.applications[APP_ID] = application(contact=None)
    r = rule(on="reply.received", do=[{"draft": {"to": "contact", "template": "letter"}}])
    assert only(run(w, r)).to == (ANA,)


def test_draft_to_contact_never_to_a_robot() -> None:
    """Without a contact, an automated message gives nobody to write to, and says so."""
    w = reply_world(sender=Person(email="no-reply@acme.example"), automated=True)
    w.applications[APP_ID] = application(contact=None)
    r = rule(on="reply.received", do=[{"draft": {"to": "contact", "template": "letter"}}])
    result = run(w, r)
    assert result.intents == []
    assert any(o.reason == "draft: nobody to write to" for o in result.outcomes)


@pytest.mark.parametrize(
    ("msg", "to"),
    [({}, RITA), ({"reply_to": (ZOE,)}, ZOE)],
    ids=["from", "reply-to"],
)
def test_draft_to_sender(msg: dict[str, Any], to: Person) -> None:
    """`to: sender` answers the trigger message's sender, or its Reply-To when it has one."""
    r = rule(on="reply.received", do=[{"draft": {"to": "sender", "template": "letter"}}])
    assert only(run(reply_world(**msg), r)).to == (to,)


def test_draft_to_an_explicit_address() -> None:
    """`to:` may name an address; it is used as written (lower-cased)."""
    r = rule(
        on="interview.ended", do=[{"draft": {"to": "Hiring@Other.example", "template": "note"}}]
    )
    assert only(run(world(), r)).to == (Person(email="hiring@other.example"),)


def test_draft_never_addressed_to_the_user() -> None:
    """A draft whose recipient turns out to be the user is not planned."""
    r = rule(on="interview.ended", do=[{"draft": {"to": USER.email, "template": "note"}}])
    assert run(world(), r).intents == []


def test_reply_in_the_thread() -> None:
    """`reply: true` answers in the trigger message's thread: In-Reply-To its Message-ID,
    References its references plus it (each once), and 'Re:' before the original subject
    (no 'Re: Re:')."""
    w = reply_world(subject="AW: Re: Your application", references=("<a@acme.example>",))
    r = rule(
        on="reply.received", do=[{"draft": {"to": "sender", "template": "letter", "reply": True}}]
    )
    intent = only(run(w, r))
    assert intent.subject == "Re: Your application"
    assert intent.in_reply_to == "<m1@acme.example>"
    draft = email.message_from_bytes(
        build_draft(intent, USER, NOW, MID), policy=email.policy.default
    )
    assert draft["In-Reply-To"] == "<m1@acme.example>"
    assert str(draft["References"]).split() == ["<a@acme.example>", "<m1@acme.example>"]


def test_reply_without_a_message_is_a_new_letter() -> None:
    """`reply: true` on a trigger with no message gives an ordinary new letter."""
    r = rule(
        on="interview.ended", do=[{"draft": {"to": "contact", "template": "letter", "reply": True}}]
    )
    intent = only(run(world(), r))
    assert intent.subject == "Hello Rita – Acme" and intent.in_reply_to == ""


# -- remind, cancel, set_stage ------------------------------------------------------


def test_remind_goes_to_the_user_only() -> None:
    """A reminder is addressed to the user, even in a fan-out over interviewers."""
    r = rule(on="interview.ended", for_each="interviewer", do=[{"remind": {"template": "note"}}])
    intents = run(world(), r).intents
    assert [i.to for i in intents] == [(ME,), (ME,)]
    assert [i.person for i in intents] == [ANA.email, ZOE.email]
    assert intents[0].kind == IntentKind.REMIND
    assert intents[0].subject == "[note] Technical interview: Backend Engineer"
    assert intents[0].body.startswith("For jordan.lee@example.org: Acme (interviewing).")


def test_cancel_and_set_stage_intents() -> None:
    """`cancel` names the rules to withdraw for the application; `set_stage` the new stage;
    neither has a recipient."""
    r = rule(
        on="rejection.received",
        do=[{"cancel": {"rules": ["check-back", "thank-you-nudge"]}}, {"set_stage": "rejected"}],
    )
    cancel, stage = run(world(happenings=[happening("rejection.received")]), r).intents
    assert cancel.kind == IntentKind.CANCEL
    assert cancel.cancel_rules == ("check-back", "thank-you-nudge")
    assert cancel.application == APP_ID and cancel.recipients() == ()
    assert not hasattr(cancel, "to") and not hasattr(stage, "to")
    assert stage.kind == IntentKind.SET_STAGE and stage.stage == "rejected"
    assert cancel.key != stage.key


def test_keys_are_deterministic() -> None:
    """Planning the same World twice gives the same keys (the outbox relies on it)."""
    r = rule(
        on="interview.ended",
        for_each="interviewer",
        do=[{"draft": {"to": "interviewer", "template": "letter"}}],
    )
    assert [i.key for i in run(world(), r).intents] == [i.key for i in run(world(), r).intents]


# -- when: after, before, from: timeframe, otherwise, during, max_late ----------------


@pytest.mark.parametrize(
    ("timing", "due"),
    [
        ({}, END),
        ({"after": "30m"}, datetime(2026, 11, 18, 16, 0, tzinfo=UTC)),
        ({"before": "15m"}, datetime(2026, 11, 18, 15, 15, tzinfo=UTC)),
        ({"after": "1 day"}, datetime(2026, 11, 19, 15, 30, tzinfo=UTC)),
        ({"after": "2w"}, datetime(2026, 12, 2, 15, 30, tzinfo=UTC)),
        # Wednesday + 3 business days: Thursday, Friday, Monday.
        ({"after": "3 business days"}, datetime(2026, 11, 23, 15, 30, tzinfo=UTC)),
    ],
)
def test_after_and_before(timing: dict[str, str], due: datetime) -> None:
    """`after` and `before` move the due moment from the trigger's moment."""
    assert only(run(world(), rule(on="interview.ended", **timing))).due == due


def test_from_timeframe_counts_from_the_stated_moment() -> None:
    """`from: timeframe` counts from the application's stated timeframe."""
    friday = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    w = world(app=application(timeframe_due=friday))
    r = rule(
        on="interview.ended",
        **{"from": "timeframe", "after": "1 business day", "otherwise": "7 business days"},
    )
    assert only(run(w, r)).due == datetime(2026, 11, 23, 16, 0, tzinfo=UTC)  # Monday


def test_from_timeframe_prefers_the_users_check_back() -> None:
    """When the debrief set a check-back moment, it is the anchor."""
    check_back = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    w = world(app=application(timeframe_due=END + timedelta(days=2), check_back=check_back))
    assert only(run(w, rule(on="interview.ended", **{"from": "timeframe"}))).due == check_back


def test_from_timeframe_uses_the_happenings_due() -> None:
    """For timeframe.stated, the promised moment of the happening is the anchor when the
    application holds none."""
    promised = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    w = world(happenings=[happening("timeframe.stated", at=promised, due=promised)])
    r = rule(on="timeframe.stated", **{"from": "timeframe", "after": "1h"})
    assert only(run(w, r)).due == promised + timedelta(hours=1)


def test_otherwise_when_no_timeframe_was_stated() -> None:
    """Without a timeframe, `otherwise` counts from the trigger (7 business days here);
    without `otherwise`, nothing is planned and the reason says why."""
    r = rule(
        on="interview.ended",
        **{"from": "timeframe", "after": "1 business day", "otherwise": "7 business days"},
    )
    assert only(run(world(), r)).due == datetime(2026, 11, 27, 15, 30, tzinfo=UTC)
    bare = rule(on="interview.ended", **{"from": "timeframe"})
    result = run(world(), bare)
    assert result.intents == []
    assert [o.reason for o in result.outcomes] == ["no timeframe stated"]


@pytest.mark.parametrize(
    ("due", "shifted"),
    [
        # Wednesday 12:00 in Berlin: inside the window, unchanged.
        (datetime(2026, 11, 18, 11, 0, tzinfo=UTC), datetime(2026, 11, 18, 11, 0, tzinfo=UTC)),
        # Wednesday 08:00 in Berlin: to 09:00 the same day.
        (datetime(2026, 11, 18, 7, 0, tzinfo=UTC), datetime(2026, 11, 18, 8, 0, tzinfo=UTC)),
        # Wednesday 18:30 in Berlin: to Thursday 09:00.
        (datetime(2026, 11, 18, 17, 30, tzinfo=UTC), datetime(2026, 11, 19, 8, 0, tzinfo=UTC)),
        # Saturday noon: to Monday 09:00.
        (datetime(2026, 11, 21, 11, 0, tzinfo=UTC), datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
    ],
)
def test_during_moves_into_the_window(due: datetime, shifted: datetime) -> None:
    """`during` moves a due moment outside the days and hours (user's zone) to the next opening."""
    w = world(happenings=[happening("reply.received", at=due)])
    r = rule(
        on="reply.received",
        during={"days": ["mon", "tue", "wed", "thu", "fri"], "hours": "09:00-17:00"},
    )
    assert only(run(w, r)).due == shifted


def test_max_late_sets_the_expiry_after_the_due_moment() -> None:
    """`max_late` makes an intent expire that long after it fell due; without it, never."""
    r = rule(on="interview.ended", after="30m", max_late="1d")
    intent = only(run(world(), r))
    assert intent.expires == intent.due + timedelta(days=1)
    assert only(run(world(), rule(on="interview.ended"))).expires is None


def test_cancel_suppresses_earlier_occurrences_only() -> None:
    """A cancellation withdraws the rule for occurrences up to its moment; a later
    occurrence of the same trigger for the same application plans again."""
    early, late = END + timedelta(days=1), END + timedelta(days=5)
    w = world(
        happenings=[
            happening("reply.received", id="early", message=message(at=early)),
            happening("reply.received", id="late", message=message(message_id="<m2>", at=late)),
        ],
        cancellations=[Cancellation(APP_ID, "r", early + timedelta(hours=1))],
    )
    result = run(w, rule(on="reply.received"))
    assert [i.trigger_ref for i in result.intents] == ["late"]
    withdrawn = [o for o in result.outcomes if o.ref == "early"]
    assert withdrawn[0].reason == "withdrawn by a cancel action for this application"
    other_rule = Rule.model_validate(
        {"id": "other", "on": "reply.received", "do": [{"remind": {"template": "note"}}]}
    )
    assert len(run(w, other_rule).intents) == 2  # only the named rule is cancelled


# -- templates: the sandbox ----------------------------------------------------------


def sandbox(tmp_path: Path, body: str) -> TemplateSet:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (tmp_path / "secret.txt").write_text("TOP SECRET\n")
    (folder / "t.txt").write_text(f"Subject: hi\n\n{body}\n")
    return TemplateSet([folder])


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ user.__class__ }}",
        "{{ (user.name).__class__.__base__.__subclasses__() }}",
    ],
)
def test_templates_cannot_reach_python_internals(tmp_path: Path, body: str) -> None:
    """Attribute tricks that reach Python's internals raise Jinja's SecurityError."""
    with pytest.raises(SecurityError):
        sandbox(tmp_path, body).render("t", {"user": {"name": "Jordan"}})


def test_a_dangerous_template_plans_nothing_and_says_why(tmp_path: Path) -> None:
    """In the engine, a template refused by the sandbox gives no intent and a reason."""
    templates = sandbox(tmp_path, "{{ ''.__class__.__mro__ }}")
    r = rule(on="interview.ended", do=[{"remind": {"template": "t"}}])
    result = plan(world(), RuleSet(rules=[LoadedRule(r, "t.yaml", 1)], templates=templates))
    assert result.intents == []
    assert result.outcomes[0].reason.startswith("template failed: access to attribute '__class__'")


@pytest.mark.parametrize("target", ["../secret.txt", "/etc/passwd", str(Path("/etc/hostname"))])
def test_templates_cannot_include_files(tmp_path: Path, target: str) -> None:
    """An include of a file outside the template folders is not found; nothing is read."""
    templates = sandbox(tmp_path, f'{{% include "{target}" %}}')
    with pytest.raises(TemplateError, match="not found") as info:
        templates.render("t", {})
    assert "SECRET" not in str(info.value)


@pytest.mark.parametrize(
    "evil",
    [
        "Hi\r\nBcc: evil@attacker.example",
        "Hi\nBcc: evil@attacker.example",
        "Hi\x00\x0bBcc: evil@attacker.example",
    ],
)
def test_header_injection_is_folded(evil: str) -> None:
    """A rendered subject carrying CR/LF or other control characters is folded to one line,
    in a new letter, in a reply, and in the message finally composed."""
    w = reply_world(subject=evil)
    new = only(
        run(w, rule(on="reply.received", do=[{"draft": {"to": "sender", "template": "note"}}]))
    )
    reply = only(
        run(
            w,
            rule(
                on="reply.received",
                do=[{"draft": {"to": "sender", "template": "note", "reply": True}}],
            ),
        )
    )
    assert new.subject == "[note] Hi Bcc: evil@attacker.example"
    assert reply.subject == "Re: Hi Bcc: evil@attacker.example"
    for intent in (new, reply):
        raw = build_draft(intent, USER, NOW, MID)
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert not any(line.lower().startswith(b"bcc:") for line in head.split(b"\r\n"))


# -- the registries ---------------------------------------------------------------


def test_every_action_word_is_documented_and_has_an_executor() -> None:
    """Each action word of the registry is documented in `rules --vocabulary`, and each kind
    of intent has exactly one executor, registered for the model of that kind."""
    from followupd.pipeline.executors import EXECUTORS
    from followupd.rules.actions import ACTIONS
    from followupd.rules.vocabulary import vocabulary

    listing = vocabulary().splitlines()
    assert set(ACTIONS) == {"draft", "remind", "cancel", "set_stage"}
    for name, model in ACTIONS.items():
        assert model.doc and any(line.split()[:1] == [name] for line in listing)
    assert set(EXECUTORS) == set(IntentKind)
    for kind, executor in EXECUTORS.items():
        assert executor.intent.model_fields["kind"].default == kind


def test_vocabulary_lists_every_trigger_condition_and_action() -> None:
    """`rules --vocabulary` is built from the registries: every trigger, flag, condition key
    and action has one line, in sections, with its documentation."""
    from followupd.rules.actions import ACTIONS
    from followupd.rules.conditions import CONDITION_KEYS, FLAGS
    from followupd.rules.triggers import TRIGGERS
    from followupd.rules.vocabulary import vocabulary

    lines = vocabulary().splitlines()
    assert lines[0] == "Triggers (on:)"
    assert "Conditions (if: / unless:)" in lines
    words = [line.split()[0] for line in lines if line.startswith("  ")]
    assert words == [*TRIGGERS, *FLAGS, *CONDITION_KEYS, *ACTIONS]
    assert f"  {'rejected':22} the application was rejected" in lines


def test_a_planned_intent_describes_itself() -> None:
    """Every kind says whom it writes to, its subject and its one-line detail for `plan`
    without the caller knowing the kind: a draft its letter, a cancel its rules, a stage
    change its stage."""
    r = rule(
        on="rejection.received",
        do=[
            {"cancel": {"rules": ["check-back"]}},
            {"set_stage": "rejected"},
            {"remind": {"template": "note"}},
        ],
    )
    cancel, stage, note = run(world(happenings=[happening("rejection.received")]), r).intents
    assert (cancel.recipients(), cancel.headline(), cancel.detail()) == ((), "", "check-back")
    assert (stage.recipients(), stage.headline(), stage.detail()) == ((), "", "rejected")
    assert note.recipients() == (ME,) and note.detail() == note.headline() != ""
    assert [i.label for i in (cancel, stage, note)] == ["cancel", "stage", "note to you"]
