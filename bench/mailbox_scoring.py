"""Scoring one simulated mailbox against its labels (pure: no I/O).

`bench.score_mailboxes` runs followupd over a mailbox and hands this module what a user
would have seen — every draft and note followupd wrote, when it first appeared — plus
what followupd recorded in its state file; `score` compares that with EXPECT.toml.
The definitions of each figure are in bench/score_mailboxes.py's docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bench.mailbox_set import InterviewLabel, Mailbox, Message

THANK_YOU_RULE = "thank-you"
THANK_YOU_WINDOW = timedelta(hours=24)
UNKNOWN_LENGTH = timedelta(hours=1)  # an interview's length when followupd recorded none
REJECTION_WINDOW = timedelta(days=7)
OFFER_KIND = "offer.received"
OFFER_STAGE = "offer"


def is_check_rule(rule: str) -> bool:
    """A rule that checks back with the company: `check-back` and any rule whose id says
    "check" (a new `check-in-…` rule), but not the `interview-checklist` note."""
    return "check" in rule and "checklist" not in rule


def is_rejection_rule(rule: str) -> bool:
    return rule == "rejection-thanks" or rule.startswith("rejection")


# --- what was observed ---------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    """A draft (in Drafts) or a note (in INBOX) that followupd wrote."""

    kind: str  # "draft" or "note"
    uid: int
    appeared: datetime  # the simulated moment of the run after which it was first listed
    run: int  # the index of that run
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    rule: str = ""  # "" when not known
    rule_from: str = ""  # "state" (the intents table), "header" (X-Followupd-Rule) or ""
    key: str = ""
    application: str = ""
    trigger_ref: str = ""
    subject_ref: str = ""
    due: datetime | None = None  # the intent's due moment, when the state knows it

    @property
    def recipients(self) -> tuple[str, ...]:
        return (*self.to, *self.cc)

    def refs(self) -> set[str]:
        return {r for r in (self.in_reply_to, *self.references) if r}


@dataclass(frozen=True)
class RecordedInterview:
    uid: str
    start: datetime
    end: datetime
    status: str
    source: str  # account:folder:uid of the message it was read from (or a calendar)
    application: str


@dataclass(frozen=True)
class RecordedHappening:
    id: str
    kind: str
    application: str
    message_id: str  # "" when not from a message


@dataclass
class StateView:
    """What followupd's state file holds at the end, reduced to what scoring needs."""

    interviews: list[RecordedInterview] = field(default_factory=list)
    happenings: list[RecordedHappening] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)  # application id → stage
    message_application: dict[str, str] = field(default_factory=dict)  # Message-ID → app


@dataclass(frozen=True)
class Delivery:
    """A fixture message as delivered: its UID and the run right after it."""

    message: Message
    uid: int
    run: int


@dataclass
class Observed:
    written: list[Written]
    state: StateView
    deliveries: dict[str, Delivery]  # by the message's path
    runs: int = 0


# --- figures ---------------------------------------------------------------------------


@dataclass
class Figure:
    """hits of total, with one line per miss."""

    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, hit: bool, miss: str) -> None:
        self.total += 1
        if hit:
            self.hits += 1
        else:
            self.misses.append(miss)

    @property
    def pct(self) -> float | None:
        return 100.0 * self.hits / self.total if self.total else None

    def merge(self, other: Figure, prefix: str) -> None:
        self.hits += other.hits
        self.total += other.total
        self.misses.extend(f"{prefix}: {m}" for m in other.misses)


@dataclass
class Count:
    """A count of things that should not be (n), out of how many were looked at (of)."""

    n: int = 0
    of: int = 0
    items: list[str] = field(default_factory=list)

    def merge(self, other: Count, prefix: str) -> None:
        self.n += other.n
        self.of += other.of
        self.items.extend(f"{prefix}: {i}" for i in other.items)


RATIOS = (
    ("thank_you", "thank-yous"),
    ("thank_you_withheld", "thank-yous withheld"),
    ("check_back", "check-backs"),
    ("rejection", "rejection replies"),
    ("text_interview", "text interviews"),
    ("silent", "look-alikes silent"),
    ("offers_found", "offers found"),
)
COUNTS = (
    ("thank_you_wrong", "thank-you wrong recipients", "thank-you draft(s)"),
    ("check_back_wrong", "check-in drafts to a non-contact", "check-in draft(s)"),
    ("offers_invented", "offers invented", "offer(s) recorded"),
    ("thank_you_no_address", "interviewers without address", "interviewer(s), not scored"),
)


@dataclass
class Score:
    ratios: dict[str, Figure] = field(default_factory=lambda: {k: Figure() for k, _ in RATIOS})
    counts: dict[str, Count] = field(default_factory=lambda: {k: Count() for k, _, _ in COUNTS})

    def merge(self, other: Score, prefix: str) -> None:
        for k, f in other.ratios.items():
            self.ratios[k].merge(f, prefix)
        for k, c in other.counts.items():
            self.counts[k].merge(c, prefix)

    def misses(self) -> Iterator[tuple[str, str]]:
        """("miss", line) per missed item and per thing that should not be; ("apart",
        line) per interviewer who could not be scored."""
        for key, label in RATIOS:
            for m in self.ratios[key].misses:
                yield "miss", f"{label}: {m}"
        for key, label, _ in COUNTS:
            for i in self.counts[key].items:
                yield ("apart" if key == "thank_you_no_address" else "miss"), f"{label}: {i}"


# --- business days ---------------------------------------------------------------------


def add_business_days(day: date, n: int) -> date:
    """`day` moved by n business days (Mon–Fri; n < 0 goes back). From a weekend day the
    first step lands on the next (or previous) weekday."""
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        day += timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day


def day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)


def check_back_window(due: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Where a check-back for a timeframe due on `due` counts as on time: from the start
    of the business day before (due + 1 business day) to the end of the business day
    after it, in the user's zone: [start, end)."""
    target = add_business_days(due, 1)
    return (
        day_start(add_business_days(target, -1), zone),
        day_start(add_business_days(target, 1) + timedelta(days=1), zone),
    )


# --- scoring ---------------------------------------------------------------------------


class _Scorer:
    def __init__(self, mailbox: Mailbox, observed: Observed) -> None:
        self.mb = mailbox
        self.obs = observed
        self.zone = mailbox.user.zone
        self.score = Score()
        self.credited: set[int] = set()  # id() of writings a labelled item explains

    # -- helpers
    def when(self, dt: datetime) -> str:
        local = dt.astimezone(self.zone)
        return local.strftime("%a %Y-%m-%d %H:%M ") + (local.tzname() or "")

    def describe(self, w: Written) -> str:
        rule = w.rule or "an unknown rule"
        to = ", ".join(w.recipients) or "nobody"
        return f"{w.kind} of {rule} to {to} at {self.when(w.appeared)}"

    def of_rule(self, test: Callable[[str], bool]) -> list[Written]:
        return [w for w in self.obs.written if test(w.rule)]

    def delivered_at(self, path: str) -> datetime:
        return self.mb.message(path).date

    def recorded_for(self, label: InterviewLabel) -> RecordedInterview | None:
        """The interview followupd recorded for a label: the same start, else one read from
        the labelled message."""
        same = [r for r in self.obs.state.interviews if r.start == label.start]
        if same:
            return same[0]
        delivery = self.obs.deliveries.get(label.message)
        if delivery is None:
            return None
        where = f":{delivery.message.folder}:{delivery.uid}"
        from_message = [r for r in self.obs.state.interviews if r.source.endswith(where)]
        return from_message[0] if from_message else None

    # -- figures
    def thank_yous(self) -> None:
        drafts = [w for w in self.obs.written if w.rule == THANK_YOU_RULE and w.kind == "draft"]
        listed = {a for iv in self.mb.expect.interviews for a in iv.addresses}
        windows: list[tuple[str, datetime, datetime]] = []
        figure = self.score.ratios["thank_you"]
        for iv in self.mb.expect.interviews:
            if not iv.thank_you:
                continue
            unnamed = self.score.counts["thank_you_no_address"]
            for name in iv.names_only:
                unnamed.n += 1
                unnamed.of += 1
                unnamed.items.append(f"{name} ({iv.message}): no address in the mail")
            if not iv.addresses:
                continue
            rec = self.recorded_for(iv)
            end = rec.end if rec else iv.start + UNKNOWN_LENGTH
            lo, hi = end, end + THANK_YOU_WINDOW
            problems = []
            for address in iv.addresses:
                windows.append((address, lo, hi))
                to_them = [d for d in drafts if address in d.to]
                on_time = [d for d in to_them if lo <= d.appeared <= hi]
                self.credited.update(id(d) for d in on_time)
                if not on_time:
                    found = "; ".join(self.describe(d) for d in to_them) or "none"
                    problems.append(
                        f"a thank-you to {address} between {self.when(lo)} and "
                        f"{self.when(hi)}: found {found}"
                    )
            if rec is not None:
                linked = [d for d in drafts if rec.uid in (d.subject_ref, d.trigger_ref)]
                for d in linked:
                    if not set(d.to) <= set(iv.addresses):
                        problems.append(f"no thank-you to anyone else: found {self.describe(d)}")
            where = f"{iv.message} (interview {self.when(iv.start)})"
            figure.add(not problems, f"{where}: expected " + "; expected ".join(problems))

        withheld = self.score.ratios["thank_you_withheld"]
        for iv in self.mb.expect.interviews:
            if iv.thank_you or not iv.addresses:
                continue
            arrived = self.delivered_at(iv.message)
            wrong = [
                d
                for d in drafts
                if d.appeared >= arrived
                and set(d.to) & set(iv.addresses)
                and not any(a in d.to and lo <= d.appeared <= hi for a, lo, hi in windows)
            ]
            withheld.add(
                not wrong,
                f"{iv.message}: expected no thank-you (not due); found "
                + "; ".join(self.describe(d) for d in wrong),
            )

        wrong_count = self.score.counts["thank_you_wrong"]
        wrong_count.of = len(drafts)
        for d in drafts:
            strangers = [a for a in d.recipients if a not in listed]
            if strangers:
                wrong_count.n += 1
                wrong_count.items.append(
                    f"{self.describe(d)}: {', '.join(strangers)} interviewed in no labelled "
                    "interview"
                )

    def check_backs(self) -> None:
        checks = self.of_rule(is_check_rule)
        figure = self.score.ratios["check_back"]
        contacts = {tf.contact for tf in self.mb.expect.timeframes if tf.contact}
        wrong = self.score.counts["check_back_wrong"]
        for w in checks:
            if w.kind != "draft":
                continue
            wrong.of += 1
            if not set(w.recipients) & contacts:
                wrong.n += 1
                wrong.items.append(f"{self.describe(w)}: no labelled timeframe names them")
        for tf in self.mb.expect.timeframes:
            message = self.mb.message(tf.message)
            app = self.obs.state.message_application.get(message.message_id, "")
            mine = [
                w
                for w in checks
                if (w.kind == "draft" and tf.contact and tf.contact in w.recipients)
                or (w.kind == "note" and app and w.application == app)
            ]
            found = "; ".join(self.describe(w) for w in mine) or "none"
            if not mine and checks:
                others = "; ".join(self.describe(w) for w in checks)
                found = f"none for it (check-backs written: {others})"
            if not tf.answered:
                lo, hi = check_back_window(tf.due, self.zone)
                on_time = [w for w in mine if lo <= w.appeared < hi]
                self.credited.update(id(w) for w in on_time)
                figure.add(
                    bool(on_time),
                    f"{tf.message} (due {tf.due}): expected a check-back (draft to "
                    f"{tf.contact or 'the contact'} or reminder) between {self.when(lo)} and "
                    f"{self.when(hi)}; found {found}",
                )
            else:
                hi = day_start(add_business_days(tf.due, 3) + timedelta(days=1), self.zone)
                early = [w for w in mine if message.date <= w.appeared < hi]
                figure.add(
                    not early,
                    f"{tf.message} (due {tf.due}, answered): expected no check-back until "
                    f"{self.when(hi)}; found " + "; ".join(self.describe(w) for w in early),
                )

    def rejections(self) -> None:
        replies = [w for w in self.of_rule(is_rejection_rule) if w.kind == "draft"]
        by_id = {h.id: h for h in self.obs.state.happenings}
        figure = self.score.ratios["rejection"]
        for rj in self.mb.expect.rejections:
            message = self.mb.message(rj.message)
            if rj.contact:
                lo, hi = message.date, message.date + REJECTION_WINDOW
                to_them = [w for w in replies if rj.contact in w.recipients]
                on_time = [w for w in to_them if lo <= w.appeared <= hi]
                self.credited.update(id(w) for w in on_time)
                found = "; ".join(self.describe(w) for w in to_them) or "none"
                if not to_them and replies:
                    others = "; ".join(self.describe(w) for w in replies)
                    found = f"none to them (rejection replies written: {others})"
                figure.add(
                    bool(on_time),
                    f"{rj.message}: expected a rejection reply to {rj.contact} by "
                    f"{self.when(hi)}; found {found}",
                )
                continue
            related = [
                w
                for w in replies
                if message.message_id in w.refs()
                or (message.sender and message.sender in w.recipients)
                or (
                    w.trigger_ref in by_id and by_id[w.trigger_ref].message_id == message.message_id
                )
            ]
            figure.add(
                not related,
                f"{rj.message}: expected no reply (only a no-reply system wrote); found "
                + "; ".join(self.describe(w) for w in related),
            )

    def text_interviews(self) -> None:
        figure = self.score.ratios["text_interview"]
        for iv in self.mb.expect.interviews:
            if iv.source != "text":
                continue
            same = [r for r in self.obs.state.interviews if r.start == iv.start]
            near = sorted(
                self.obs.state.interviews, key=lambda r: abs((r.start - iv.start).total_seconds())
            )
            found = (
                "; ".join(f"{self.when(r.start)} ({r.status})" for r in near[:2])
                or "no interview at all"
            )
            figure.add(
                bool(same),
                f"{iv.message}: expected an interview starting {self.when(iv.start)}; recorded "
                f"{found}",
            )

    def _relations(self, w: Written) -> set[str]:
        """The fixture messages (paths) that a writing is tied to by its headers or by the
        state: In-Reply-To/References, the happening or interview its intent came from."""
        happenings = {h.id: h for h in self.obs.state.happenings}
        interviews = {r.uid: r for r in self.obs.state.interviews}
        refs = {w.trigger_ref, w.subject_ref} - {""}
        tied: set[str] = set()
        for path, delivery in self.obs.deliveries.items():
            m = delivery.message
            where = f":{m.folder}:{delivery.uid}"
            if m.message_id and m.message_id in w.refs():
                tied.add(path)
            for ref in refs:
                h = happenings.get(ref)
                if h is not None and m.message_id and h.message_id == m.message_id:
                    tied.add(path)
                r = interviews.get(ref)
                if r is not None and r.source.endswith(where):
                    tied.add(path)
                if ref in m.calendar_uids:
                    tied.add(path)
        return tied

    def silent(self) -> None:
        figure = self.score.ratios["silent"]
        relations = {id(w): self._relations(w) for w in self.obs.written}
        for label in self.mb.expect.silent:
            delivery = self.obs.deliveries.get(label.message)
            tied = [w for w in self.obs.written if label.message in relations[id(w)]]
            same_run = []
            if delivery is not None:
                same_run = [
                    w
                    for w in self.obs.written
                    if w.run == delivery.run
                    and not relations[id(w)]
                    and id(w) not in self.credited
                    # due before the message arrived: it did not come of the message
                    and not (w.due is not None and w.due < delivery.message.date)
                ]
            found = tied + [w for w in same_run if w not in tied]
            figure.add(
                not found,
                f"{label.message} ({label.why}): expected nothing; found "
                + "; ".join(self.describe(w) for w in found),
            )

    def offers(self) -> None:
        state = self.obs.state
        offers = [h for h in state.happenings if h.kind == OFFER_KIND]
        apps_with_offer = {h.application for h in offers} | {
            a for a, stage in state.stages.items() if stage == OFFER_STAGE
        }
        labelled_apps: set[str] = set()
        figure = self.score.ratios["offers_found"]
        for label in self.mb.expect.offers:
            message = self.mb.message(label.message)
            app = state.message_application.get(message.message_id, "")
            if app:
                labelled_apps.add(app)
            hit = any(h.message_id == message.message_id for h in offers) or (
                bool(app) and app in apps_with_offer
            )
            figure.add(
                hit,
                f"{label.message}: expected an offer recorded; application "
                f"{app or '(none: the message joined no application)'} at stage "
                f"{state.stages.get(app, '-')}",
            )
        invented = self.score.counts["offers_invented"]
        invented.of = len(offers)
        for h in offers:
            if h.application not in labelled_apps:
                invented.n += 1
                invented.items.append(
                    f"offer recorded for {h.application or 'no application'} from "
                    f"{self._path_of(h.message_id)}, which no [[offer]] labels"
                )
        for app, stage in sorted(state.stages.items()):
            if stage == OFFER_STAGE and app not in labelled_apps:
                if any(h.application == app for h in offers):
                    continue
                invented.n += 1
                invented.of += 1
                invented.items.append(f"application {app} at stage offer; no [[offer]] labels it")

    def _path_of(self, message_id: str) -> str:
        for m in self.mb.messages:
            if message_id and m.message_id == message_id:
                return m.path
        return message_id or "no message"


def score(mailbox: Mailbox, observed: Observed) -> Score:
    s = _Scorer(mailbox, observed)
    s.thank_yous()
    s.check_backs()
    s.rejections()
    s.text_interviews()
    s.offers()
    s.silent()  # last: what the other figures explained is not counted against a look-alike
    return s.score


def total(scores: Iterable[tuple[str, Score]]) -> Score:
    out = Score()
    for name, s in scores:
        out.merge(s, name)
    return out
