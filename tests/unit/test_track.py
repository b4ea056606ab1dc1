"""The pure tracker: a state of plain objects and one understood message → typed changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from followupd.domain.model import (
    Application,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    Stage,
    UserIdentity,
)
from followupd.domain.signals import Signal, SignalKind, Span, SpanUnit
from followupd.track import (
    ApplicationStarted,
    ContactsAdded,
    HappeningRecorded,
    InterviewRecorded,
    KnownInterview,
    LastMessage,
    MessageRecorded,
    Observed,
    Reminder,
    StageMoved,
    TimeframeAwaitsInterview,
    TimeframeStated,
    TrackState,
    decide,
    decide_interview,
    interview_change,
)
from followupd.understand.conversation import ApplicationIndex
from followupd.understand.timeframe import span_due

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
DANA = Person(email="dana@acme.example", name="Dana Whitfield")
ACME = Application(id="acme.example", company="Acme", domains=("acme.example",))


def mail(text: str = "Thanks!", **changes: object) -> ParsedMessage:
    base = ParsedMessage(
        message_id="<r1@acme.example>",
        subject="Re: interview",
        sender=DANA,
        to=(Person(email=USER.email),),
        date=NOW - timedelta(hours=1),
        text=text,
    )
    return base.model_copy(update=changes)


def interview(sequence: int = 0, **changes: object) -> Interview:
    base = Interview(
        uid="iv-1@acme.example",
        sequence=sequence,
        title="Interview",
        start=NOW + timedelta(days=1, hours=sequence),
        end=NOW + timedelta(days=1, hours=sequence + 1),
        interviewers=(Person(email="ana@acme.example", name="Ana Ruiz"),),
        company="Acme",
        company_domain="acme.example",
    )
    return base.model_copy(update=changes)


def state(*apps: Application) -> TrackState:
    return TrackState(index=ApplicationIndex(applications={a.id: a for a in apps}))


def kinds(changes: list[object]) -> list[str]:
    return [type(c).__name__ for c in changes]


def test_a_rejection_from_a_known_company_moves_the_stage_and_fires_once() -> None:
    """A rejection joins the application by domain: the message is recorded, the stage
    moves to rejected, and reply.received and rejection.received get stable ids."""
    signal = Signal(kind=SignalKind.REJECTION, evidence="other candidates")
    observed = Observed(
        mail("We went with other candidates."), "We went with other candidates.", (signal,)
    )
    decision = decide(state(ACME), "work", observed, user=USER, now=NOW)
    assert decision.application == ACME.id
    (moved,) = [c for c in decision.changes if isinstance(c, StageMoved)]
    assert (moved.application, moved.stage) == (ACME.id, Stage.REJECTED)
    assert moved.evidence == "other candidates"  # the sentence, for status and explain
    ids = [c.happening.id for c in decision.changes if isinstance(c, HappeningRecorded)]
    assert ids == ["<r1@acme.example>:reply.received", "<r1@acme.example>:rejection.received"]
    recorded = [c for c in decision.changes if isinstance(c, MessageRecorded)]
    assert recorded[0].fact.text == "We went with other candidates."


def test_the_decision_leaves_the_state_alone_and_apply_folds_it() -> None:
    """`decide` works on a copy; applying its changes gives the application as recorded."""
    before = state(ACME)
    observed = Observed(mail(), "Thanks!")
    decision = decide(before, "work", observed, user=USER, now=NOW)
    assert before.index.applications[ACME.id] == ACME and not before.index.by_message
    for change in decision.changes:
        before.apply(change)
    app = before.index.applications[ACME.id]
    assert app.contact == DANA and app.last_from_them == NOW - timedelta(hours=1)
    assert before.index.by_message == {"<r1@acme.example>": ACME.id}
    assert decide(before, "work", observed, user=USER, now=NOW).changes == []


def test_a_message_known_already_changes_nothing_and_says_so() -> None:
    """A message whose Message-ID is recorded is not recorded again."""
    known = state(ACME)
    known.index.by_message["<r1@acme.example>"] = ACME.id
    decision = decide(known, "work", Observed(mail(), "Thanks!"), user=USER, now=NOW)
    assert decision.changes == []
    assert decision.reason.endswith("(already known)")


def test_an_unknown_company_with_a_hiring_signal_starts_an_application() -> None:
    """No application yet and a timeframe stated: one starts (applied), then moves."""
    due = NOW + timedelta(days=3)
    signal = Signal(kind=SignalKind.TIMEFRAME, evidence="by Friday", due=due)
    decision = decide(state(), "work", Observed(mail(), "x", (signal,)), user=USER, now=NOW)
    assert isinstance(decision.changes[0], ApplicationStarted)
    assert decision.changes[0].app.stage == Stage.APPLIED
    assert TimeframeStated("acme.example", "by Friday", due, NOW - timedelta(hours=1)) in (
        decision.changes
    )


def test_no_application_and_no_signal_records_nothing() -> None:
    """A stranger's small talk starts nothing."""
    decision = decide(state(), "work", Observed(mail(), "hi"), user=USER, now=NOW)
    assert decision.changes == [] and decision.application == ""


def test_an_invitation_records_the_interview_and_its_contact() -> None:
    """An invitation starts the application, takes the sender as contact, moves the stage
    to interviewing and fires interview.scheduled with the uid#sequence id."""
    applied = ACME.model_copy(update={"stage": Stage.APPLIED})
    observed = Observed(mail(), "Invitation", interviews=(interview(),))
    decision = decide(state(applied), "work", observed, user=USER, now=NOW)
    assert decision.interviews == {"iv-1@acme.example": "new"}
    (moved,) = [c for c in decision.changes if isinstance(c, StageMoved)]
    assert (moved.application, moved.stage) == (ACME.id, Stage.INTERVIEWING)
    added = [c for c in decision.changes if isinstance(c, ContactsAdded)]
    assert added[0].primary == DANA
    ids = [c.happening.id for c in decision.changes if isinstance(c, HappeningRecorded)]
    assert "iv-1@acme.example#0:interview.scheduled" in ids


def test_who_will_not_take_part_stays_out_of_later_revisions() -> None:
    """The first invitation's mail said Kevin stays off the call; the rebooked revision
    lists him again among the attendees: he is still no interviewer."""
    mona = Person(email="mona@acme.example", name="Mona Siddiqui")
    kevin = Person(email="kevin@acme.example", name="Kevin O'Brien")
    first = interview(0, interviewers=(mona,), absent=("kevin@acme.example",))
    rebooked = interview(1, interviewers=(kevin, mona))
    kept, change = interview_change(first, rebooked)
    assert change == "rescheduled"
    assert kept.interviewers == (mona,) and kept.absent == ("kevin@acme.example",)


def test_an_older_revision_read_later_is_stale() -> None:
    """RFC 5546: SEQUENCE 2 known, SEQUENCE 1 arrives: nothing is recorded."""
    known = state(ACME)
    known.interviews["iv-1@acme.example"] = KnownInterview("work", ACME.id, interview(2))
    decision = decide_interview(known, "work", interview(1), user=USER, now=NOW)
    assert decision.interviews == {"iv-1@acme.example": "stale"}
    assert not [c for c in decision.changes if isinstance(c, InterviewRecorded)]


def test_a_cancellation_keeps_what_was_known() -> None:
    """A cancel carries fewer details: the known interview is kept, cancelled."""
    old = interview(0)
    bare = interview(1, status=CalendarStatus.CANCELLED, interviewers=())
    kept, change = interview_change(old, bare)
    assert change == "cancelled"
    assert kept.interviewers == old.interviewers and kept.sequence == 1
    assert interview_change(kept, interview(2)) == (interview(2), "rescheduled")


def test_the_users_reply_to_a_reminder_is_a_debrief() -> None:
    """A reply to our reminder (by its Message-ID key) records debrief.received and the
    timeframe the user heard."""
    key = "0123456789abcdef01234567"
    known = state(ACME)
    known.interviews["iv-1@acme.example"] = KnownInterview("work", ACME.id, interview())
    msg = mail(
        sender=Person(email=USER.email),
        to=(Person(email=USER.email),),
        in_reply_to=f"<followupd.{key}@example.org>",
        message_id="<d1@example.org>",
    )
    observed = Observed(msg, "Ana: caching\nTimeframe: two weeks")
    reminders = {key: Reminder(ACME.id, "iv-1@acme.example")}
    decision = decide(known, "work", observed, user=USER, now=NOW, reminders=reminders)
    assert decision.reason == "your debrief notes"
    happening = next(c.happening for c in decision.changes if isinstance(c, HappeningRecorded))
    assert happening.id == "<d1@example.org>:debrief.received"
    assert happening.debrief is not None and happening.debrief.timeframe == "two weeks"
    assert any(isinstance(c, TimeframeStated) for c in decision.changes)


def test_the_users_own_mail_updates_when_they_last_wrote() -> None:
    """Sent mail to a contact joins by contact and records when the user last wrote."""
    withdana = ACME.model_copy(update={"contacts": (DANA,), "contact": DANA})
    msg = mail(sender=Person(email=USER.email), to=(DANA,), message_id="<s1@example.org>")
    decision = decide(state(withdana), "work", Observed(msg, ""), user=USER, now=NOW)
    assert LastMessage(ACME.id, True, NOW - timedelta(hours=1)) in decision.changes
    assert not [c for c in decision.changes if isinstance(c, HappeningRecorded)]


def test_a_span_after_the_interview_waits_for_the_interview() -> None:
    """'Within 3 business days after your interview', said before the invitation: kept on
    the application; the invitation then fixes the due moment from the interview's end."""
    span = Span(count=3, unit=SpanUnit.BUSINESS_DAYS)
    said = Signal(
        kind=SignalKind.TIMEFRAME,
        evidence="We'll get back to you within 3 business days after your interview.",
        anchor="interview",
        span=span,
    )
    first = decide(
        state(ACME), "work", Observed(mail(said.evidence), said.evidence, (said,)), user=USER,
        now=NOW,
    )  # fmt: skip
    (waiting,) = [c for c in first.changes if isinstance(c, TimeframeAwaitsInterview)]
    assert waiting.span == "3 business_days"
    after = state(waiting.on(ACME))
    second = decide_interview(after, "work", interview(), user=USER, now=NOW)
    (stated,) = [c for c in second.changes if isinstance(c, TimeframeStated)]
    assert stated.due == span_due(span, interview().end)
    assert stated.timeframe == said.evidence


def test_business_days_after_an_evening_interview_count_on_the_sayers_clock() -> None:
    """'Within 3 business days after our call', said from New York (Date -05:00); the
    call ends Tuesday 21:15 there, which is already Wednesday in UTC: the answer is due
    Friday, their third business day, not Monday."""
    span = Span(count=3, unit=SpanUnit.BUSINESS_DAYS)
    said = Signal(
        kind=SignalKind.TIMEFRAME,
        evidence="After our call, I'll get back to you within 3 business days.",
        anchor="interview",
        span=span,
    )
    eastern = timezone(timedelta(hours=-5))
    sent = datetime(2026, 12, 14, 9, 30, tzinfo=eastern)
    call = interview(
        start=datetime(2026, 12, 16, 1, 30, tzinfo=UTC),
        end=datetime(2026, 12, 16, 2, 15, tzinfo=UTC),
    )
    msg = mail(said.evidence, date=sent)
    for order in ("invitation first", "promise first"):
        if order == "invitation first":
            known = state(ACME)
            known.interviews[call.uid] = KnownInterview("work", ACME.id, call)
            decision = decide(
                known, "work", Observed(msg, said.evidence, (said,)), user=USER, now=sent
            )
        else:
            first = decide(
                state(ACME), "work", Observed(msg, said.evidence, (said,)), user=USER, now=sent
            )
            (waiting,) = [c for c in first.changes if isinstance(c, TimeframeAwaitsInterview)]
            decision = decide_interview(state(waiting.on(ACME)), "work", call, user=USER, now=sent)
        (stated,) = [c for c in decision.changes if isinstance(c, TimeframeStated)]
        assert stated.due.astimezone(eastern).date() == date(2026, 12, 18), order


def test_a_rejection_beats_an_on_hold_in_the_same_message() -> None:
    signals = (
        Signal(kind=SignalKind.ON_HOLD, evidence="the role is on hold"),
        Signal(kind=SignalKind.REJECTION, evidence="we will not be moving forward"),
    )
    decision = decide(state(ACME), "work", Observed(mail("x"), "x", signals), user=USER, now=NOW)
    (moved,) = [c for c in decision.changes if isinstance(c, StageMoved)]
    assert moved.stage == Stage.REJECTED and moved.evidence == "we will not be moving forward"


def test_a_recruiter_who_sends_a_panels_invitation_arranges_it() -> None:
    """Her signature said "Senior Talent Acquisition Partner": the invitation she sends for
    a panel of two colleagues has them as interviewers, not her. A hiring manager who
    sends one, or a recruiter whose mail says she joins, stays on it."""
    lauren = Person(email="lauren@acme.example", name="Lauren Fischbach")
    known = ACME.model_copy(
        update={"titles": ((lauren.email, "Senior Talent Acquisition Partner"),)}
    )
    panel = (lauren, Person(email="mei@acme.example", name="Mei Zhou"), DANA)
    invite = interview(interviewers=panel, organizer=lauren)
    for text, kept in (
        ("Please check in with reception.", {"mei@acme.example", DANA.email}),
        ("Mei and I will walk you through the case.", {p.email for p in panel}),
    ):
        msg = mail(text, sender=lauren)
        decision = decide(state(known), "work", Observed(msg, text, interviews=(invite,)),
                          user=USER, now=NOW)  # fmt: skip
        (recorded,) = [c for c in decision.changes if isinstance(c, InterviewRecorded)]
        assert {p.email for p in recorded.interview.interviewers} == kept, text
    manager = known.model_copy(update={"titles": ((lauren.email, "Engineering Manager"),)})
    msg = mail("Please check in with reception.", sender=lauren)
    decision = decide(state(manager), "work", Observed(msg, msg.text, interviews=(invite,)),
                      user=USER, now=NOW)  # fmt: skip
    (recorded,) = [c for c in decision.changes if isinstance(c, InterviewRecorded)]
    assert lauren in recorded.interview.interviewers


def test_a_contacts_signature_title_is_remembered() -> None:
    """ "Dana Whitfield / Head of Talent" under her mail: the application knows her title."""
    signed = mail("Thanks, talk soon.\n\nDana Whitfield\nHead of Talent\nAcme")
    before = state(ACME)
    for change in decide(before, "work", Observed(signed, signed.text), user=USER, now=NOW).changes:
        before.apply(change)
    assert before.index.applications[ACME.id].titles == ((DANA.email, "Head of Talent"),)


def test_the_companys_name_in_a_reminder_is_no_interviewer() -> None:
    """A reminder of "your interview with Acme" names "Acme" without an address; the
    application knows a company sender "Acme Engineering" (its newsletter) and Dana:
    neither becomes an interviewer by that name — Dana still does by hers."""
    from followupd.track.facts import Decision, Folding
    from followupd.track.interview_people import with_known_people

    digest = Person(email="engineering@acme.example", name="Acme Engineering")
    known = ACME.model_copy(update={"contacts": (digest, DANA)})
    fold = Folding(state(known), Decision())
    iv = interview(interviewers=())
    assert with_known_people(fold, ACME.id, iv, ("Acme",)).interviewers == ()
    assert with_known_people(fold, ACME.id, iv, ("Acme", "Dana")).interviewers == (DANA,)
    # "zum Abschluss mit Herrn Whitfield", "Ms Whitfield": one contact by that surname.
    assert with_known_people(fold, ACME.id, iv, ("Ms Whitfield",)).interviewers == (DANA,)
    assert with_known_people(fold, ACME.id, iv, ("Herrn Whitfield",)).interviewers == (DANA,)
    assert with_known_people(fold, ACME.id, iv, ("Herrn Meyer",)).interviewers == ()


def test_a_recruiter_copied_in_as_a_guest_is_no_interviewer() -> None:
    """The hiring manager sends the invitation and Holly, whose signature said "Senior
    Talent Acquisition Partner", is a guest on it: the thank-you is due to the manager
    only. Named in the mail as joining, she stays; alone with the user, she is the one
    they meet."""
    from followupd.track.interview_people import without_recruiter

    holly = Person(email="holly@acme.example", name="Holly Brennan")
    greg = Person(email="greg@acme.example", name="Gregory Lam")
    known = ACME.model_copy(
        update={"titles": ((holly.email, "Senior Talent Acquisition Partner"),)}
    )
    invite = interview(interviewers=(greg, holly), organizer=greg)
    for text, kept in (
        ("Looking forward to speaking with you about incidents.", [greg.email]),
        ("Holly Brennan (holly@acme.example) will also join us.", [greg.email, holly.email]),
    ):
        got = without_recruiter(known, invite, mail(text, sender=greg), USER)
        assert [p.email for p in got.interviewers] == kept, text
    alone = interview(interviewers=(holly,), organizer=holly)
    assert without_recruiter(known, alone, mail("See you then.", sender=holly), USER) == alone


def test_an_assistant_who_sends_the_invitation_on_someones_behalf_arranges_it() -> None:
    """ "Im Auftrag von Herrn Tiedemann": the board's assistant sends the invitation with
    herself as a guest; her title comes with the invitation itself (no earlier mail):
    the thank-you is due to Herr Tiedemann only."""
    from followupd.track.interview_people import without_recruiter

    bernd = Person(email="b.tiedemann@acme.example", name="Bernd Tiedemann")
    melanie = Person(email="m.schorn@acme.example", name="Melanie Schorn")
    invite = interview(
        interviewers=(bernd, melanie),
        organizer=bernd,
        titles=((melanie.email, "Assistenz des Vorstandsvorsitzenden"),),
    )
    text = "im Auftrag von Herrn Tiedemann sende ich Ihnen die Einladung."
    got = without_recruiter(ACME, invite, mail(text, sender=melanie), USER)
    assert [p.email for p in got.interviewers] == [bernd.email]


def test_a_signatures_title_is_read_from_mail_with_crlf_line_ends() -> None:
    """Mail ends its lines with CRLF (as IMAP hands it over): the title on the line
    under the assistant's name in the invitation's own text is read all the same, and
    she is taken off the meeting she only sent."""
    from email.message import EmailMessage
    from email.policy import SMTP

    from followupd.track.interview_people import without_recruiter
    from followupd.understand.mime import parse_message

    raw = EmailMessage(policy=SMTP)
    raw["From"] = "Bernd Tiedemann <b.tiedemann@acme.example>"
    raw["To"] = USER.email
    raw["Subject"] = "Kennenlernen"
    raw.set_content(
        "Sehr geehrte Frau Lee,\n\nim Auftrag von Herrn Tiedemann sende ich Ihnen die "
        "Einladung.\n\nMit freundlichen Grüßen\nMelanie Schorn\n"
        "Assistenz des Vorstandsvorsitzenden\nAcme AG | Am Kaiserkai 40 | Hamburg\n",
        cte="quoted-printable",
    )
    assert b"\r\nMelanie Schorn\r\n" in raw.as_bytes()
    msg = parse_message(raw.as_bytes())
    assert "\r" not in msg.text
    bernd = Person(email="b.tiedemann@acme.example", name="Bernd Tiedemann")
    melanie = Person(email="m.schorn@acme.example", name="Melanie Schorn")
    invite = interview(interviewers=(bernd, melanie), organizer=bernd)
    got = without_recruiter(ACME, invite, msg, USER)
    assert [p.email for p in got.interviewers] == [bernd.email]


def test_an_invitation_answers_the_promise_made_before_it() -> None:
    """The acknowledgement said "within two weeks" (due 4 December); an invitation on
    24 November is that answer: the promise is cleared, so a check-back after the
    interview counts from the interview. A promise made in the invitation's own mail, or
    after it, stays."""
    promised = ACME.model_copy(
        update={
            "timeframe": "within two weeks",
            "timeframe_due": datetime(2026, 12, 4, 17, tzinfo=UTC),
            "timeframe_at": datetime(2026, 11, 20, 9, tzinfo=UTC),
        }
    )
    invite = interview(dtstamp=datetime(2026, 11, 24, 9, tzinfo=UTC))
    decision = decide_interview(state(promised), "work", invite, user=USER, now=NOW)
    stated = [c for c in decision.changes if isinstance(c, TimeframeStated)]
    assert [(s.timeframe, s.due) for s in stated] == [("", None)]
    same = promised.model_copy(update={"timeframe_at": datetime(2026, 11, 24, 9, tzinfo=UTC)})
    decision = decide_interview(state(same), "work", invite, user=USER, now=NOW)
    assert not [c for c in decision.changes if isinstance(c, TimeframeStated)]
