"""Score the understanding against the labelled messages: precision and recall, every miss.

    python bench/score_understanding.py             # the development set
    python bench/score_understanding.py --heldout   # the held-out set (tests/data/heldout/)
    python bench/score_understanding.py --heldout tune    # only its tuning half
    python bench/score_understanding.py --heldout final   # only its final half
    python bench/score_understanding.py --heldout all --set heldout2   # the second held-out set

The held-out set was written without looking at the recognisers (see its README);
it also scores automated-mail detection, exact interview start times, the exact set
of interviewers and the company name. It is split by a hash of the file name: the
"tune" half may be studied when improving the recognisers, the "final" half is only
ever scored, so its figures estimate how they do on mail nobody tuned them on.

Sets: tests/data/labelled/*.eml and the corpus messages listed in its LABELS.toml
(rejection, offer, timeframe dates), tests/data/invites/*.eml with EXPECTED.toml
(interview detection; the labelled and corpus messages count as non-interviews),
tests/data/textinterviews/*.eml with EXPECTED.toml (interviews fixed in plain text: a
hit is a scheduled or rescheduled reading at the expected start; the labelled and
corpus messages count as texts that fix none; "text kind" scores the kind exactly).
A timeframe date is right when it falls on the same UTC day as the label.
No timing, no assertions: the unit tests (tests/unit/test_labelled.py) guard regressions.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followupd.domain.model import UserIdentity  # noqa: E402
from followupd.domain.signals import SignalKind  # noqa: E402
from followupd.understand import understand_message  # noqa: E402
from followupd.understand.classify import classify  # noqa: E402
from followupd.understand.timeframe import sender_offset  # noqa: E402

DATA = ROOT / "tests" / "data"
USER = UserIdentity(
    name="Jordan Lee",
    email="jordan.lee@example.org",
    aliases=("jordan@lee.example",),
    timezone="Europe/Berlin",
)


@dataclass
class Score:
    """True/false positives and false negatives of one detector, with the misses named."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, expected: bool, got: bool, where: str, why: str = "") -> None:
        if expected and got:
            self.tp += 1
        elif got:
            self.fp += 1
            self.misses.append(f"false {self.name}: {where}{why}")
        elif expected:
            self.fn += 1
            self.misses.append(f"missed {self.name}: {where}{why}")
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def labelled_cases() -> list[tuple[Path, dict[str, Any]]]:
    labels = tomllib.loads((DATA / "labelled" / "LABELS.toml").read_text(encoding="utf-8"))
    own = [(DATA / "labelled" / name, label) for name, label in labels["labelled"].items()]
    corpus = [(DATA / "corpus" / "eml" / name, label) for name, label in labels["corpus"].items()]
    return own + corpus


def score_signals(rejection: Score, offer: Score, timeframe: Score, interview: Score) -> int:
    cases = labelled_cases()
    for path, label in cases:
        raw = path.read_bytes()
        understood = understand_message(raw, user=USER, source=path.name)
        signals = classify(understood.message, user=USER, sent_offset=sender_offset(raw))
        kinds = {s.kind for s in signals}
        evidence = {s.kind: s.evidence for s in signals}
        rejection.add(
            label["rejection"],
            SignalKind.REJECTION in kinds,
            path.name,
            f"  [{evidence.get(SignalKind.REJECTION, label.get('notes', ''))}]",
        )
        offer.add(
            label["offer"],
            SignalKind.OFFER in kinds,
            path.name,
            f"  [{evidence.get(SignalKind.OFFER, label.get('notes', ''))}]",
        )
        expected_day = label["timeframe_due"][:10] if "timeframe_due" in label else ""
        got_days = [s.due.date().isoformat() for s in signals if s.due is not None]
        if expected_day:
            timeframe.add(True, expected_day in got_days, path.name, f"  [want {expected_day}]")
        for day in got_days:
            if day != expected_day:
                timeframe.add(False, True, path.name, f"  [got {day}, want {expected_day or '-'}]")
        if not expected_day and not got_days:
            timeframe.add(False, False, path.name)
        interview.add(False, bool(understood.interviews()), path.name)
    return len(cases)


def score_invites(interview: Score) -> int:
    expected = tomllib.loads((DATA / "invites" / "EXPECTED.toml").read_text(encoding="utf-8"))
    for name, label in expected.items():
        raw = (DATA / "invites" / name).read_bytes()
        got = understand_message(raw, user=USER, source=name).interviews()
        interview.add(bool(label["is_interview"]), bool(got), name)
    return len(expected)


def score_text_interviews(fixed: Score, kind: Score) -> int:
    """Interviews fixed in plain text (`MessageUnderstanding.text_interview`)."""
    expected = tomllib.loads((DATA / "textinterviews" / "EXPECTED.toml").read_text("utf-8"))
    for name, label in expected.items():
        raw = (DATA / "textinterviews" / name).read_bytes()
        got = understand_message(raw, user=USER, source=name).text_interview
        want = label["kind"] in ("scheduled", "rescheduled")
        start = got.interview.start.isoformat() if got and got.interview else ""
        hit = got is not None and got.kind in ("scheduled", "rescheduled")
        right = hit and start == label.get("start_utc", "")
        fixed.add(want, right if want else hit, name, f"  [got {got.kind if got else '-'} {start}]")
        kind.add(True, (got.kind if got else "none") == label["kind"], name,
                 f"  [got {got.kind if got else 'none'}, want {label['kind']}]")  # fmt: skip
    for path, _ in labelled_cases():
        got = understand_message(path.read_bytes(), user=USER, source=path.name).text_interview
        fixed.add(False, got is not None and got.kind in ("scheduled", "rescheduled"), path.name)
    return len(expected)


def heldout_half(name: str) -> str:
    """ "tune" or "final": a fixed split of the held-out set by file name."""
    return "tune" if hashlib.sha1(name.encode()).hexdigest()[0] in "01234567" else "final"


def _labels(path: Path, half: str) -> dict[str, Any]:
    labels = tomllib.loads(path.read_text(encoding="utf-8"))
    return {n: v for n, v in labels.items() if half == "all" or heldout_half(n) == half}


def score_heldout(
    scores: dict[str, Score], half: str = "all", folder: Path = DATA / "heldout"
) -> tuple[int, int]:
    """The held-out mail and invitations, into the named detectors."""
    mail = _labels(folder / "mail" / "LABELS.toml", half)
    for name, label in mail.items():
        raw = (folder / "mail" / name).read_bytes()
        understood = understand_message(raw, user=USER, source=name)
        signals = classify(understood.message, user=USER, sent_offset=sender_offset(raw))
        kinds = {s.kind for s in signals}
        evidence = {s.kind: s.evidence for s in signals}
        for kind, key in ((SignalKind.REJECTION, "rejection"), (SignalKind.OFFER, "offer")):
            scores[key].add(
                bool(label[key]),
                kind in kinds,
                name,
                f"  [{evidence.get(kind, label.get('notes', ''))[:160]}]",
            )
        scores["automated"].add(
            bool(label.get("automated")), SignalKind.AUTOMATED in kinds, name,
            f"  [{evidence.get(SignalKind.AUTOMATED, '')[:100]}]",
        )  # fmt: skip
        want = label.get("timeframe_due", "")[:10]
        got = [s.due.date().isoformat() for s in signals if s.due is not None]
        if want:
            scores["timeframe date"].add(True, want in got, name, f"  [want {want}, got {got}]")
        for day in got:
            if day != want:
                scores["timeframe date"].add(
                    False, True, name, f"  [got {day}, want {want or '-'}]"
                )
        if not want and not got:
            scores["timeframe date"].add(False, False, name)
        scores["interview"].add(False, bool(understood.interviews()), name)
    invites = _labels(folder / "invites" / "LABELS.toml", half)
    for name, label in invites.items():
        raw = (folder / "invites" / name).read_bytes()
        understood = understand_message(raw, user=USER, source=name)
        found = [v.interview for v in understood.interviews() if v.interview is not None]
        reasons = "; ".join(v.reason for v in understood.verdicts if v.interview is None)
        scores["interview"].add(
            bool(label["is_interview"]), bool(found), name, f"  [{reasons[:160]}]"
        )
        if not (label["is_interview"] and found):
            continue
        iv = found[0]
        if "status" in label:
            scores["cancelled"].add(
                label["status"] == "cancelled", iv.status.value == "cancelled", name
            )
        start = iv.start.strftime("%Y-%m-%dT%H:%M:%SZ")
        scores["start time"].add(True, start == label["start_utc"], name, f"  [got {start}]")
        got_people = sorted(p.email for p in iv.interviewers)
        want_people = sorted(a.lower() for a in label.get("interviewers", []))
        scores["interviewers"].add(
            True, got_people == want_people, name, f"  [got {got_people}, want {want_people}]"
        )
        want_company = str(label.get("company", ""))
        same = want_company.casefold() in iv.company.casefold() or iv.company.casefold() in (
            want_company.casefold()
        )
        scores["company"].add(True, bool(iv.company) and same, name, f"  [got {iv.company!r}]")
    return len(mail), len(invites)


def main() -> int:
    args = sys.argv[1:]
    if "--heldout" in args:
        after = args[args.index("--heldout") + 1 :]
        half = after[0] if after and after[0] in ("tune", "final", "all") else "all"
        names = ("rejection", "offer", "timeframe date", "automated", "interview", "start time",
                 "interviewers", "company", "cancelled")  # fmt: skip
        named = {n: Score(n) for n in names}
        which = args[args.index("--set") + 1] if "--set" in args else "heldout"
        messages, invites = score_heldout(named, half, DATA / which)
        print(f"{which} ({half}) messages: {messages}; invitations: {invites}\n")
        return report(tuple(named.values()))
    rejection, offer = Score("rejection"), Score("offer")
    timeframe, interview = Score("timeframe date"), Score("interview")
    messages = score_signals(rejection, offer, timeframe, interview)
    invites = score_invites(interview)
    fixed, kind = Score("text interview"), Score("text kind")
    texts = score_text_interviews(fixed, kind)
    print(f"labelled + corpus messages: {messages}; invitations: {invites}; texts: {texts}\n")
    return report((rejection, offer, timeframe, interview, fixed, kind))


def report(scores: tuple[Score, ...]) -> int:
    print(f"{'detector':<16}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}")
    for s in scores:
        print(
            f"{s.name:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.tn:>5}{s.precision:>11.3f}{s.recall:>8.3f}"
        )
    misses = [miss for s in scores for miss in s.misses]
    print(f"\nmisses: {len(misses)}")
    for miss in misses:
        print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
