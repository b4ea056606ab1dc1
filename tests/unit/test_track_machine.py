"""One application driven through invitations, reschedules, cancels, replies, timeframes,
rejections and offers in any order — the pure tracker (`track.decide`, folded into a
plain `TrackState`, no SQLite) and the pure rules engine with the shipped playbook."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from followupd.domain.intents import IntentKind
from followupd.domain.model import (
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    Stage,
    UserIdentity,
)
from followupd.domain.signals import Signal, SignalKind
from followupd.rules.engine import plan
from followupd.rules.loader import load_rules
from followupd.rules.world import Happening, MessageFact, World
from followupd.track import (
    HappeningRecorded,
    MessageRecorded,
    Observed,
    TrackState,
    decide,
)

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules([ROOT / "rules"], [ROOT / "rules" / "templates"])
USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
RECRUITER = Person(email="dana@acme.example", name="Dana Whitfield")
ANA = Person(email="ana@acme.example", name="Ana Ruiz")
UID = "iv-1@acme.example"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
FIRST = NOW - timedelta(days=2)


def revision(sequence: int, *, cancelled: bool = False) -> Interview:
    """Revision `sequence` of the interview: each reschedule moves it an hour later."""
    start = FIRST + timedelta(hours=sequence)
    return Interview(
        uid=UID,
        sequence=sequence,
        status=CalendarStatus.CANCELLED if cancelled else CalendarStatus.CONFIRMED,
        title="Technical interview: Backend Engineer",
        start=start,
        end=start + timedelta(hours=1),
        interviewers=(ANA,),
        organizer=RECRUITER,
        company="Acme",
        company_domain="acme.example",
        role="Backend Engineer",
    )


def mail(message_id: str, text: str, at: datetime) -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id,
        subject="Your interview at Acme",
        sender=RECRUITER,
        to=(Person(email=USER.email),),
        date=at,
        text=text,
    )


class OneApplication(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.state = TrackState()
        self.happenings: dict[str, Happening] = {}
        self.messages: dict[str, MessageFact] = {}
        self.delivered: list[Observed] = []
        self.sequences: dict[int, set[bool]] = {}  # sequence -> {cancelled?} delivered
        self.clock = FIRST - timedelta(days=3)
        self.count = 0

    # -- deliveries -------------------------------------------------------------

    def deliver(self, observed: Observed) -> None:
        decision = decide(self.state, "work", observed, user=USER, now=NOW)
        for change in decision.changes:
            self.state.apply(change)
            if isinstance(change, HappeningRecorded):
                self.happenings.setdefault(change.happening.id, change.happening)
            elif isinstance(change, MessageRecorded):
                self.messages.setdefault(change.fact.message_id, change.fact)
        self.delivered.append(observed)

    def next_mail(self, text: str, signals: tuple[Signal, ...] = ()) -> Observed:
        self.count += 1
        self.clock += timedelta(minutes=30)
        msg = mail(f"<m{self.count}@acme.example>", text, self.clock)
        return Observed(msg, text, signals)

    @rule(sequence=st.integers(0, 3))
    def invitation(self, sequence: int) -> None:
        """An invitation (or a reschedule: a higher SEQUENCE), delivered in any order."""
        observed = self.next_mail("Please find the invitation attached.")
        self.deliver(Observed(observed.message, observed.new_text, (), (revision(sequence),)))
        self.sequences.setdefault(sequence, set()).add(False)

    @rule(sequence=st.integers(1, 4))
    def cancel(self, sequence: int) -> None:
        observed = self.next_mail("We have to cancel the interview.")
        iv = revision(sequence, cancelled=True)
        self.deliver(Observed(observed.message, observed.new_text, (), (iv,)))
        self.sequences.setdefault(sequence, set()).add(True)

    @rule()
    def reply(self) -> None:
        self.deliver(self.next_mail("Thanks, talk soon."))

    @rule(days=st.integers(1, 10))
    def timeframe(self, days: int) -> None:
        due = NOW + timedelta(days=days)
        signal = Signal(kind=SignalKind.TIMEFRAME, evidence="We'll get back to you.", due=due)
        self.deliver(self.next_mail("We'll get back to you.", (signal,)))

    @rule()
    def rejection(self) -> None:
        signal = Signal(kind=SignalKind.REJECTION, evidence="other candidates")
        self.deliver(self.next_mail("We went with other candidates.", (signal,)))

    @rule()
    def offer(self) -> None:
        signal = Signal(kind=SignalKind.OFFER, evidence="we are happy to offer")
        self.deliver(self.next_mail("We are happy to offer you the role.", (signal,)))

    def recorded(self) -> list[Observed]:
        # A message read before its application existed may join it when read again
        # (a reply, then an offer that starts the application): only recorded ones count.
        known = self.state.index.by_message
        return [o for o in self.delivered if o.message.message_id in known]

    @precondition(lambda self: bool(self.recorded()))
    @rule(pick=st.integers(0, 1000))
    def read_again(self, pick: int) -> None:
        """Reading a recorded message again changes nothing."""
        recorded = self.recorded()
        observed = recorded[pick % len(recorded)]
        decision = decide(self.state, "work", observed, user=USER, now=NOW)
        assert decision.changes == []

    # -- invariants ---------------------------------------------------------------

    def world(self) -> World:
        return World(
            user=USER,
            now=NOW,
            applications=dict(self.state.index.applications),
            interviews=[
                (k.account, k.application, k.interview) for k in self.state.interviews.values()
            ],
            happenings=sorted(self.happenings.values(), key=lambda h: h.at),
            messages=sorted(self.messages.values(), key=lambda m: m.at),
        )

    @invariant()
    def highest_sequence_wins(self) -> None:
        """Whatever the arrival order, the revision with the highest SEQUENCE is kept
        (a cancellation of the same SEQUENCE wins the tie)."""
        if not self.sequences:
            assert UID not in self.state.interviews
            return
        top = max(self.sequences)
        kept = self.state.interviews[UID].interview
        assert kept.sequence == top
        assert (kept.status == CalendarStatus.CANCELLED) == (True in self.sequences[top])
        if kept.status != CalendarStatus.CANCELLED:
            assert kept.start == revision(top).start

    @invariant()
    def plans_follow_the_state(self) -> None:
        """No draft for a cancelled interview; after a rejection (the stage it left),
        no check-in or thank-you nudge is pending."""
        if not self.state.interviews:
            return
        planned = plan(self.world(), RULES).intents
        kept = self.state.interviews[UID].interview
        if kept.status == CalendarStatus.CANCELLED:
            assert not [
                i
                for i in planned
                if i.kind == IntentKind.DRAFT and UID in (i.subject_ref, i.trigger_ref)
            ]
        app = next(iter(self.state.index.applications.values()))
        if app.stage == Stage.REJECTED:
            assert not [i for i in planned if i.rule_id in ("check-back", "thank-you-nudge")]

    @invariant()
    def one_application(self) -> None:
        """Every message and the interview join the one application."""
        assert len(self.state.index.applications) <= 1


OneApplication.TestCase.settings = settings(
    max_examples=100,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestOneApplication = OneApplication.TestCase
