"""The whole-mailbox scorer's reading of a set and its figures (bench/mailbox_set.py,
bench/mailbox_scoring.py), on made-up observations: no server, no followupd run.

What is checked is the scorer's own logic — that each figure can hit and can miss
for the reason its definition gives — since a scorer that cannot fail measures nothing.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.mailbox_scoring import (
    Delivery,
    Observed,
    RecordedHappening,
    RecordedInterview,
    StateView,
    Written,
    add_business_days,
    check_back_window,
    is_check_rule,
    score,
)
from bench.mailbox_set import FixtureError, Mailbox, load_mailbox, norm_id
from bench.score_mailboxes import timeline

DEV = Path(__file__).resolve().parents[1] / "data" / "mailboxes-dev"
D01 = DEV / "d01-harbor-calendar"
CHICAGO = ZoneInfo("America/Chicago")
PRIYA = "priya.raman@harbor-analytics.example"
SAM = "sam.okafor@harbor-analytics.example"
MARIA = "maria.lopez@harbor-analytics.example"
APP = "harbor-analytics.example"
IV_UID = "7q2k9d0m4v1s8c3b5n6x0z1a2h@google.com"


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CHICAGO)


def draft(rule: str, to: str, when: datetime, run: int = 50, **kw: str) -> Written:
    return Written(
        kind="draft",
        uid=run,
        appeared=when,
        run=run,
        to=(to,),
        cc=(),
        subject="s",
        message_id=f"<m{run}@x>",
        in_reply_to=kw.pop("in_reply_to", ""),
        references=(),
        rule=rule,
        rule_from="state",
        application=APP,
        **kw,
    )


def note(rule: str, when: datetime, run: int = 60, **kw: str) -> Written:
    return Written(
        kind="note",
        uid=run,
        appeared=when,
        run=run,
        to=("alex.kim@example.net",),
        cc=(),
        subject="s",
        message_id=f"<n{run}@x>",
        in_reply_to="",
        references=(),
        rule=rule,
        rule_from="state",
        application=kw.pop("application", APP),
        **kw,
    )


def observed(mb: Mailbox, written: list[Written], **state: object) -> Observed:
    deliveries = {m.path: Delivery(m, i + 1, run=i * 10) for i, m in enumerate(mb.messages)}
    view = StateView(
        interviews=[
            RecordedInterview(
                IV_UID, at(2026, 10, 13, 14), at(2026, 10, 13, 15), "confirmed", "work:INBOX:2", APP
            )
        ],
        message_application={m.message_id: APP for m in mb.messages},
    )
    for k, v in state.items():
        setattr(view, k, v)
    return Observed(written=written, state=view, deliveries=deliveries)


@pytest.fixture(scope="module")
def d01() -> Mailbox:
    return load_mailbox(D01)


def perfect() -> list[Written]:
    return [
        draft("thank-you", PRIYA, at(2026, 10, 13, 16), subject_ref=IV_UID),
        draft("thank-you", SAM, at(2026, 10, 13, 16), subject_ref=IV_UID),
        draft("check-back", MARIA, at(2026, 10, 19, 12), run=70),
        draft("rejection-thanks", MARIA, at(2026, 10, 22, 9, 42), run=80),
    ]


def test_a_perfect_run_hits_every_labelled_item(d01: Mailbox) -> None:
    s = score(d01, observed(d01, perfect()))
    for key in ("thank_you", "check_back", "rejection", "silent"):
        assert (s.ratios[key].hits, s.ratios[key].total) == (1, 1), key
    assert s.ratios["text_interview"].total == 0
    assert all(c.n == 0 for c in s.counts.values())


def test_a_late_thank_you_and_one_to_a_stranger_are_misses(d01: Mailbox) -> None:
    written = [
        draft("thank-you", PRIYA, at(2026, 10, 13, 16), subject_ref=IV_UID),
        draft("thank-you", SAM, at(2026, 10, 14, 16), subject_ref=IV_UID),  # 25 h after
        draft(
            "thank-you", "room-4@harbor-analytics.example", at(2026, 10, 13, 16), subject_ref=IV_UID
        ),
    ]
    s = score(d01, observed(d01, written))
    assert (s.ratios["thank_you"].hits, s.ratios["thank_you"].total) == (0, 1)
    miss = s.ratios["thank_you"].misses[0]
    assert f"a thank-you to {SAM} between Tue 2026-10-13 15:00 CDT" in miss
    assert "Wed 2026-10-14 16:00 CDT" in miss  # what was found, when
    assert "no thank-you to anyone else: found draft of thank-you to room-4" in miss
    assert s.counts["thank_you_wrong"].n == 1
    assert s.counts["thank_you_wrong"].of == 3


def test_without_a_recorded_interview_the_end_is_start_plus_one_hour(d01: Mailbox) -> None:
    """A draft 30 min after the labelled start is before start + 1 h: too early."""
    written = [
        draft("thank-you", PRIYA, at(2026, 10, 13, 14, 30)),
        draft("thank-you", SAM, at(2026, 10, 13, 16)),
    ]
    s = score(d01, observed(d01, written, interviews=[]))
    assert s.ratios["thank_you"].hits == 0
    assert PRIYA in s.ratios["thank_you"].misses[0]
    assert SAM not in s.ratios["thank_you"].misses[0]


@pytest.mark.parametrize(
    ("when", "hit"),
    [
        (at(2026, 10, 16, 0, 5), True),  # Fri: the business day before Mon (due + 1)
        (at(2026, 10, 19, 12), True),
        (at(2026, 10, 20, 23, 59), True),  # Tue: the business day after
        (at(2026, 10, 15, 23, 0), False),  # Thu: too early
        (at(2026, 10, 21, 0, 1), False),  # Wed: too late
    ],
)
def test_check_back_counts_within_one_business_day_of_due_plus_one(
    d01: Mailbox, when: datetime, hit: bool
) -> None:
    written = [*perfect()[:2], note("check-back", when, run=71)]
    s = score(d01, observed(d01, written))
    assert s.ratios["check_back"].hits == int(hit)


def test_a_check_in_to_someone_else_is_counted_but_its_reminder_still_hits(d01: Mailbox) -> None:
    written = [
        draft("check-back", PRIYA, at(2026, 10, 19, 12), run=70),
        note("check-back", at(2026, 10, 19, 12), run=70),
        note("interview-checklist", at(2026, 10, 19, 12), run=70),  # not a check rule
    ]
    s = score(d01, observed(d01, written))
    assert s.ratios["check_back"].hits == 1
    assert (s.counts["check_back_wrong"].n, s.counts["check_back_wrong"].of) == (1, 1)
    assert not is_check_rule("interview-checklist")
    assert is_check_rule("check-in-after-silence")


def test_an_answered_timeframe_hits_only_when_no_check_back_came(
    d01: Mailbox, tmp_path: Path
) -> None:
    folder = tmp_path / "d01"
    shutil.copytree(D01, folder)
    expect = folder / "EXPECT.toml"
    expect.write_text(expect.read_text().replace("answered = false", "answered = true"))
    mb = load_mailbox(folder)
    assert score(mb, observed(mb, [])).ratios["check_back"].hits == 1
    # Due Fri 10-16 + 3 business days = Wed 10-21, to its end.
    late = [draft("check-back", MARIA, at(2026, 10, 21, 23), run=70)]
    assert score(mb, observed(mb, late)).ratios["check_back"].hits == 0
    later = [draft("check-back", MARIA, at(2026, 10, 22, 9), run=70)]
    assert score(mb, observed(mb, later)).ratios["check_back"].hits == 1


def test_a_rejection_reply_to_the_wrong_person_is_a_miss_naming_them(d01: Mailbox) -> None:
    written = [draft("rejection-thanks", PRIYA, at(2026, 10, 22, 9, 42), run=80)]
    s = score(d01, observed(d01, written))
    assert s.ratios["rejection"].hits == 0
    assert (
        f"none to them (rejection replies written: draft of rejection-thanks to {PRIYA}"
        in (s.ratios["rejection"].misses[0])
    )


def test_a_look_alike_is_charged_with_what_relates_to_it(d01: Mailbox) -> None:
    """(a) a reply to it; (b) planned from a happening read from it; (c) unexplained and
    written in the run right after it; a writing tied to another message is not (c)."""
    webinar = d01.message("INBOX/003-webinar.eml")
    run = [m.path for m in d01.messages].index(webinar.path) * 10
    cases = {
        "reply": draft("x", "a@b.example", at(2026, 10, 9, 3), in_reply_to=webinar.message_id),
        "happening": note("x", at(2026, 11, 1, 3), trigger_ref="h1"),
        "same run": note("x", at(2026, 10, 9, 2, 2), run=run, application=""),
    }
    happenings = [RecordedHappening("h1", "interview.scheduled", APP, webinar.message_id)]
    for name, w in cases.items():
        s = score(d01, observed(d01, [*perfect(), w], happenings=happenings))
        assert s.ratios["silent"].hits == 0, name
    tied_elsewhere = note("debrief", at(2026, 10, 9, 2, 2), run=run, subject_ref=IV_UID)
    s = score(d01, observed(d01, [*perfect(), tied_elsewhere]))
    assert s.ratios["silent"].hits == 1


def test_offers_found_and_invented(d01: Mailbox) -> None:
    offer_here = RecordedHappening("o1", "offer.received", APP, "<x@y>")
    offer_elsewhere = RecordedHappening("o2", "offer.received", "other.example", "<z@y>")
    s = score(d01, observed(d01, perfect(), happenings=[offer_here, offer_elsewhere]))
    # d01 labels no offer: both are invented.
    assert s.ratios["offers_found"].total == 0
    assert (s.counts["offers_invented"].n, s.counts["offers_invented"].of) == (2, 2)
    s = score(d01, observed(d01, perfect(), stages={"other.example": "offer"}))
    assert s.counts["offers_invented"].n == 1


def test_dev_mailboxes_load_in_arrival_order() -> None:
    for folder in sorted(DEV.iterdir()):
        if not folder.is_dir():
            continue
        mb = load_mailbox(folder)
        dates = [m.date for m in mb.messages]
        assert dates == sorted(dates)
        assert mb.start < dates[0] and dates[-1] < mb.end


def test_timeline_delivers_before_each_run_and_runs_every_four_hours(d01: Mailbox) -> None:
    events = timeline(d01)
    runs = [e.at for e in events if e.message is None]
    assert runs == sorted(set(runs))
    assert runs[0] > d01.start and runs[-1] <= d01.end
    assert (d01.start + timedelta(hours=4)).astimezone(UTC) in runs
    assert max(b - a for a, b in itertools.pairwise(runs)) <= timedelta(hours=4)
    for i, e in enumerate(events):
        if e.message is not None:
            after = next(x for x in events[i:] if x.message is None)
            assert after.at <= e.message.date + timedelta(minutes=2)


def test_broken_fixtures_are_refused_with_the_file_named(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    shutil.copytree(D01, folder)
    expect = folder / "EXPECT.toml"
    expect.write_text('[[silent]]\nmessage = "INBOX/999-gone.eml"\n')
    with pytest.raises(FixtureError, match=r"EXPECT.toml.*INBOX/999-gone.eml"):
        load_mailbox(folder)
    expect.write_text('[[interview]]\nmessage = "INBOX/002-invitation.eml"\nstart = "soon"\n')
    with pytest.raises(FixtureError, match="start must be a moment"):
        load_mailbox(folder)
    (folder / "mailbox.toml").write_text('[user]\nname = "A"\nemail = "a@b"\n')
    with pytest.raises(FixtureError, match="timezone"):
        load_mailbox(folder)


# --- properties ------------------------------------------------------------------------

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@given(days, st.integers(min_value=1, max_value=40))
def test_business_days_land_on_weekdays_and_count_weekdays(day: date, n: int) -> None:
    later = add_business_days(day, n)
    assert later.weekday() < 5
    between = [day + timedelta(days=i) for i in range(1, (later - day).days + 1)]
    assert sum(d.weekday() < 5 for d in between) == n
    if day.weekday() < 5:
        assert add_business_days(later, -n) == day


@given(days)
def test_the_check_back_window_holds_due_plus_one_business_day(due: date) -> None:
    lo, hi = check_back_window(due, CHICAGO)
    target = add_business_days(due, 1)
    noon = datetime(target.year, target.month, target.day, 12, tzinfo=CHICAGO)
    assert lo <= noon < hi
    assert lo.astimezone(CHICAGO).weekday() < 5
    assert timedelta(days=3, hours=-1) <= hi - lo <= timedelta(days=5, hours=1)


IDENT = st.characters(exclude_categories=("Zs", "Zl", "Zp", "Cc"), exclude_characters="<>")


@given(st.text(alphabet=IDENT, min_size=1))
def test_message_ids_are_read_as_followupd_keeps_them(ident: str) -> None:
    assert norm_id(f"  <{ident}> (comment)") == f"<{ident}>"


@given(st.text())
def test_any_message_id_header_reads_without_error(header: str) -> None:
    found = norm_id(header)
    assert found == "" or (found.startswith("<") and found.endswith(">"))
