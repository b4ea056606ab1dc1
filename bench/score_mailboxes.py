"""Score followupd on whole mailboxes, end to end, as a user would see it.

    python -m bench.score_mailboxes tests/data/mailboxes-dev
    python -m bench.score_mailboxes SET_DIR [SET_DIR…] [--verbose] [--json OUT] [--subprocess]

A set holds one folder per mailbox (format: MAILBOX-FORMAT, "Whole-mailbox evaluation
sets"); a mailbox folder given directly is a set of one. Run as root, from the
repository root, with Dovecot installed (as the other benchmarks).

The simulation, per mailbox:

1. A private Dovecot (tests/servers/dovecot.py) gets a fresh user whose INBOX, Drafts
   and Sent exist from the start (Drafts and Sent with SPECIAL-USE \\Drafts and \\Sent,
   which is how followupd finds them). A fresh folder holds a config.toml for that
   account (tests/configs.write_config) with [user] name, email and time zone from
   mailbox.toml, the shipped rules (no [rules] table) and lookback_days = 3650; the
   state file lies beside it.
2. A simulated clock runs from [clock].start to [clock].end. Every message of INBOX/
   and Sent/ is APPENDed into its folder at the moment of its Date header (INTERNALDATE
   = Date; Sent mail flagged \\Seen), then `followupd --config CFG run --once --now T`
   runs with T = Date + 2 minutes. Besides, the command runs at every 4 hours of
   simulated time from [clock].start (start + 4 h, + 8 h, … up to the end), and, as the
   service wakes when its next intent falls due, at the earliest planned intent's due
   time (the next minute) that the state file holds after a run, when that comes before
   the next moment above. The command runs in this process
   through `followupd.cli.main` (FOLLOWUPD_* variables removed, XDG_CONFIG_HOME beside
   the config, output captured), or with --subprocess as `python -m followupd`. A
   non-zero exit code is recorded as a problem of the mailbox and the run goes on.
3. After each run the scorer lists Drafts and INBOX over its own imapclient connection
   (independent of followupd's code): every new message in Drafts, and every message in
   INBOX it did not append itself, is something followupd wrote (a draft, a note), and
   "appeared" at that run's simulated moment. Which rule wrote it comes from the state
   file at the end: the intents table's carried-out intent whose appended UID is that
   message's (drafts in Drafts, notes in INBOX), else whose Message-ID the letters table
   records, else whose key a note's Message-ID carries;
   only when neither matches, a note's X-Followupd-Rule header (drafts carry none).

The figures (each hits/total), against EXPECT.toml; times are in the user's zone:

- thank-yous: per [[interview]] with thank_you = true and at least one address: a hit
  when for each listed address a `thank-you` draft to it appeared between the
  interview's end and 24 h later, and no `thank-you` draft tied to the interview
  followupd recorded for it (same start, else read from the labelled message) goes to
  anyone not listed. The end is the recorded interview's end, else start + 1 h.
  Interviewers given as "name:…" cannot get a draft: they are counted apart
  ("interviewers without address", not scored).
- thank-yous withheld: per [[interview]] with thank_you = false: a hit when no
  thank-you draft to its interviewers appeared after its message (other than one
  on time for an interview that is due one).
- thank-you wrong recipients: thank-you drafts to anyone who is an interviewer of no
  labelled interview, out of all thank-you drafts.
- check-backs: the writings of check rules (`check-back`, and any rule id containing
  "check" except `interview-checklist`) that concern a [[timeframe]]: drafts to its
  contact, and notes of the application its message joined (per the state). With
  answered = false, a hit when one appeared on time: from the start of the business day
  before (due + 1 business day) to the end of the business day after it (business
  days are Mon–Fri). With answered = true, a hit when none appeared from the message
  to the end of due + 3 business days.
- rejection replies: per [[rejection]] with a contact: a hit when a `rejection-thanks`
  draft to the contact appeared within 7 days of the message. With contact "": a hit
  when no rejection reply relates to it (in reply to it, to its sender, or planned from
  its happening).
- text interviews: per [[interview]] with source = "text": a hit when the state holds
  an interview whose start is the labelled start, to the second (any status).
- look-alikes silent: per [[silent]]: a hit when no draft and no note relates to the
  message. A writing relates to a message when (a) its In-Reply-To or References names
  the message's Message-ID; or (b) the intent that wrote it was planned from a
  happening recorded from that message, or from an interview read from that message
  (the interview's source names the message's folder and UID, or its UID is one of the
  message's calendar UIDs); or (c) it appeared in the run right after the message was
  delivered, relates by (a) or (b) to no message at all, was not due before the message
  arrived (its intent's due moment), and no other figure counted it as a hit. (c)
  catches what the state cannot explain; a writing explained by (a) or
  (b) is charged only to the messages it names.
- offers found: per [[offer]]: a hit when the state holds an `offer.received`
  happening from that message, or the application the message joined has one or is at
  stage offer. Offers invented: offer happenings (and applications at stage offer
  without one) of applications that no [[offer]] message joined, out of all offer
  happenings.

Prints a table per mailbox (with --verbose, one line per miss: what was expected and
what was found), then the totals, the time the scoring took and runs per mailbox.
`--json OUT` writes every figure, miss and writing. Asserts nothing; exits 0, or 2 when
a set cannot be read.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.header
import email.message
import email.policy
import heapq
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from bench.mailbox_scoring import (
    COUNTS,
    RATIOS,
    Delivery,
    Observed,
    RecordedHappening,
    RecordedInterview,
    Score,
    StateView,
    Written,
    score,
    total,
)
from bench.mailbox_set import (
    FixtureError,
    Mailbox,
    Message,
    find_mailboxes,
    load_mailbox,
    norm_id,
)

STEP = timedelta(hours=4)
AFTER_DELIVERY = timedelta(minutes=2)
RUN_TIMEOUT = 300.0
_MSG_IDS = re.compile(r"<[^<>\s]+>")


# --- one run of the real command -------------------------------------------------------


@dataclass(frozen=True)
class RunResult:
    code: int
    stdout: str
    stderr: str


def run_followupd(argv: Sequence[str], cfg: Path, *, child: bool) -> RunResult:
    """`followupd ARGV…` as a user would run it: no FOLLOWUPD_* variables, XDG_CONFIG_HOME
    beside the config (as tests/configs.run_cli); in this process unless `child`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    env["XDG_CONFIG_HOME"] = str(cfg.parent / "xdg")
    if child:
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "followupd", *argv],
                capture_output=True,
                text=True,
                timeout=RUN_TIMEOUT,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return RunResult(-1, "", f"killed after {RUN_TIMEOUT:.0f} s")
        return RunResult(proc.returncode, proc.stdout, proc.stderr)
    from followupd import cli

    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    try:
        os.environ.clear()
        os.environ.update(env)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as exc:  # argparse refusing the command line
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return RunResult(code, out.getvalue(), err.getvalue())


# --- the simulation --------------------------------------------------------------------


@dataclass(order=True, frozen=True)
class Event:
    at: datetime
    order: int  # 0: deliver (before a run at the same moment), 1: run
    index: int  # the message's place (deliveries)
    message: Message | None = field(default=None, compare=False)


def timeline(mailbox: Mailbox) -> list[Event]:
    """Deliveries at each Date, runs at Date + 2 min and every 4 h; one run per moment."""
    events: list[Event] = []
    for i, m in enumerate(mailbox.messages):
        events.append(Event(m.date.astimezone(UTC), 0, i, m))
        events.append(Event((m.date + AFTER_DELIVERY).astimezone(UTC), 1, 0))
    moment = mailbox.start + STEP
    while moment <= mailbox.end:
        events.append(Event(moment.astimezone(UTC), 1, 0))
        moment += STEP
    events.sort()
    out: list[Event] = []
    for e in events:
        if e.order == 1 and out and out[-1].order == 1 and out[-1].at == e.at:
            continue
        out.append(e)
    return out


@dataclass
class MailboxResult:
    mailbox: Mailbox
    score: Score
    observed: Observed
    runs: int
    seconds: float
    problems: list[str]


@dataclass
class _Listed:
    uid: int
    appeared: datetime
    run: int
    kind: str
    headers: email.message.Message


class _Watcher:
    """The scorer's own IMAP connection: appends the mailbox's messages, lists what
    followupd wrote (new messages in Drafts; INBOX messages it did not append)."""

    def __init__(self, user: Any) -> None:
        from imapclient import IMAPClient

        self.client = IMAPClient(user.host, user.port, ssl=False, timeout=30)
        self.client.login(user.username, user.password)
        self.drafts = self._special(b"\\Drafts", "Drafts")
        self.sent = self._special(b"\\Sent", "Sent")
        self.mine: set[int] = set()  # INBOX UIDs the scorer appended
        self.seen: dict[str, int] = {"INBOX": 0, self.drafts: 0}
        self.listed: list[_Listed] = []

    def _special(self, flag: bytes, default: str) -> str:
        for flags, _sep, name in self.client.list_folders():
            if flag in flags:
                return str(name)
        return default

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.logout()

    def deliver(self, m: Message) -> int:
        folder = "INBOX" if m.folder == "INBOX" else self.sent
        flags = (b"\\Seen",) if m.folder == "Sent" else ()
        resp = self.client.append(folder, m.raw, flags=flags, msg_time=m.date)
        text = resp.decode("ascii", "replace") if isinstance(resp, bytes) else str(resp)
        uid = int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        if folder == "INBOX":
            self.mine.add(uid)
        return uid

    def collect(self, moment: datetime, run: int) -> None:
        for folder, kind in ((self.drafts, "draft"), ("INBOX", "note")):
            # SELECT (read-only) tells the folder's UIDNEXT as it is now; STATUS on a
            # folder this session has selected may answer from the session's older view.
            info = self.client.select_folder(folder, readonly=True)
            if int(info[b"UIDNEXT"]) <= self.seen[folder] + 1:
                continue
            uids = sorted(
                u
                for u in self.client.search(["UID", f"{self.seen[folder] + 1}:*"])
                if u > self.seen[folder]
            )
            if not uids:
                continue
            self.seen[folder] = uids[-1]
            new = [u for u in uids if not (kind == "note" and u in self.mine)]
            if not new:
                continue
            fetched = self.client.fetch(new, ["BODY.PEEK[HEADER]"])
            for uid in sorted(fetched):
                head = fetched[uid].get(b"BODY[HEADER]", b"")
                headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
                self.listed.append(_Listed(uid, moment, run, kind, headers))
        self.client.unselect_folder()


def _addresses(headers: email.message.Message, name: str) -> tuple[str, ...]:
    values = [str(v) for v in headers.get_all(name, [])]
    return tuple(a.lower() for _n, a in getaddresses(values) if a)


def read_state(path: Path) -> tuple[StateView, dict[tuple[str, int], Any], dict[str, Any]]:
    """The state file as the scorer needs it, read with followupd's own store (on an
    in-memory copy: nothing is written). Also the carried-out intents by (folder kind,
    appended UID) and by Message-ID (a draft carries no marker: the state's letters
    table maps its Message-ID to its intent; a note's Message-ID holds its key)."""
    from followupd.domain.intents import DraftIntent, IntentStatus, RemindIntent
    from followupd.store import Store

    view = StateView()
    by_uid: dict[tuple[str, int], Any] = {}
    by_key: dict[str, Any] = {}
    if not path.exists():
        return view, by_uid, by_key
    with Store(path, in_memory_copy=True) as store:
        for _account, app, iv in store.interviews_with_application():
            view.interviews.append(
                RecordedInterview(iv.uid, iv.start, iv.end, iv.status.value, iv.source, app)
            )
        for h in store.happenings():
            view.happenings.append(
                RecordedHappening(
                    h.id, h.kind, h.application, h.message.message_id if h.message else ""
                )
            )
        view.stages = {a.id: a.stage.value for a in store.applications().values()}
        view.message_application = {m.message_id: m.application for m in store.messages()}
        for s in store.intents(IntentStatus.DONE):
            intent = s.intent
            if isinstance(intent, DraftIntent):
                kind = "draft"
            elif isinstance(intent, RemindIntent):
                kind = "note"
            else:
                continue
            by_key[intent.key] = intent
            if s.appended_uid is not None:
                by_uid[(kind, s.appended_uid)] = intent
        for key, letter in store.letters().items():
            if key in by_key:
                by_key[norm_id(letter.message_id)] = by_key[key]
    return view, by_uid, by_key


def _written(
    listed: _Listed, by_uid: dict[tuple[str, int], Any], by_key: dict[str, Any]
) -> Written:
    h = listed.headers
    message_id = norm_id(str(h.get("Message-ID", "")))
    intent = by_uid.get((listed.kind, listed.uid)) or by_key.get(message_id)
    if intent is None:
        intent = next((i for k, i in by_key.items() if k in message_id), None)
    rule, rule_from = "", ""
    if intent is not None:
        rule, rule_from = intent.rule_id, "state"
    elif h.get("X-Followupd-Rule"):
        rule, rule_from = str(h["X-Followupd-Rule"]).strip(), "header"
    refs = tuple(_MSG_IDS.findall(str(h.get("References", ""))))
    in_reply_to = next(iter(_MSG_IDS.findall(str(h.get("In-Reply-To", "")))), "")
    return Written(
        kind=listed.kind,
        uid=listed.uid,
        appeared=listed.appeared,
        run=listed.run,
        to=_addresses(h, "To"),
        cc=_addresses(h, "Cc"),
        subject=str(
            email.header.make_header(email.header.decode_header(str(h.get("Subject", ""))))
        ),
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=refs,
        rule=rule,
        rule_from=rule_from,
        key=intent.key if intent is not None else "",
        application=intent.application if intent is not None else "",
        trigger_ref=intent.trigger_ref if intent is not None else "",
        subject_ref=intent.subject_ref if intent is not None else "",
        due=intent.due if intent is not None else None,
    )


def next_due(path: Path, after: datetime) -> datetime | None:
    """The earliest planned intent due after `after`, at the next whole minute: when the
    service would wake for it (read from the state file, read-only)."""
    import sqlite3

    if not path.exists():
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT min(due) FROM intents WHERE status = 'planned' AND due > ?",
            (after.astimezone(UTC).isoformat(),),
        ).fetchone()
    finally:
        con.close()
    if not row or row[0] is None:
        return None
    due = datetime.fromisoformat(row[0]).astimezone(UTC)
    return due.replace(second=0, microsecond=0) + timedelta(minutes=1)


def _simulate(mailbox: Mailbox, user: Any, cfg: Path, *, child: bool) -> tuple[Observed, list[str]]:
    """Deliver, run and list along the timeline; then read the state file."""
    import structlog

    watcher = _Watcher(user)
    problems: list[str] = []
    deliveries: dict[str, Delivery] = {}
    runs = 0
    events = timeline(mailbox)
    heapq.heapify(events)
    ran: set[datetime] = set()
    try:
        while events:
            event = heapq.heappop(events)
            if event.message is None and event.at in ran:
                continue
            if event.message is not None:
                if not mailbox.start <= event.message.date <= mailbox.end:
                    problems.append(f"{event.message.path}: its Date is outside the clock")
                uid = watcher.deliver(event.message)
                deliveries[event.message.path] = Delivery(event.message, uid, runs)
                continue
            now = event.at.isoformat().replace("+00:00", "Z")
            result = run_followupd(
                ["--config", str(cfg), "run", "--once", "--now", now], cfg, child=child
            )
            if result.code != 0:
                last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
                problems.append(f"run at {now}: exit {result.code}: {last[:300]}")
            watcher.collect(event.at, runs)
            runs += 1
            ran.add(event.at)
            due = next_due(cfg.parent / "state.sqlite3", event.at)
            if due is not None and (not events or due < events[0].at) and due <= mailbox.end:
                heapq.heappush(events, Event(due, 1, 0))
    finally:
        watcher.close()
        if not child:
            structlog.reset_defaults()  # the command configured logging for itself
    view, by_uid, by_key = read_state(cfg.parent / "state.sqlite3")
    written = [_written(listed, by_uid, by_key) for listed in watcher.listed]
    return Observed(written=written, state=view, deliveries=deliveries, runs=runs), problems


def simulate(
    server: Any, mailbox: Mailbox, *, child: bool = False, keep: Path | None = None
) -> MailboxResult:
    """Run followupd over one mailbox on `server` (a DovecotServer) and score it."""
    from tests.configs import write_config

    started = time.monotonic()
    user = server.add_user()
    folder = Path(tempfile.mkdtemp(prefix=f"score-{mailbox.name[:20]}-"))
    cfg = write_config(
        user,
        folder,
        user_name=mailbox.user.name,
        user_email=mailbox.user.email,
        timezone=mailbox.user.timezone,
    )
    try:
        observed, problems = _simulate(mailbox, user, cfg, child=child)
        if keep is not None:
            shutil.rmtree(keep / mailbox.name, ignore_errors=True)
            shutil.copytree(folder, keep / mailbox.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    runs = observed.runs
    result_score = score(mailbox, observed)
    return MailboxResult(
        mailbox, result_score, observed, runs, time.monotonic() - started, problems
    )


# --- the report ------------------------------------------------------------------------


def _ratio(hits: int, n: int) -> tuple[str, str]:
    return f"{hits}/{n}", (f"{100.0 * hits / n:.0f}%" if n else "—")


def table(s: Score) -> list[str]:
    lines = [f"  {'figure':<30} {'hits/total':>10} {'%':>5}"]
    for key, label in RATIOS:
        f = s.ratios[key]
        ratio, pct = _ratio(f.hits, f.total)
        lines.append(f"  {label:<30} {ratio:>10} {pct:>5}")
    for key, label, unit in COUNTS:
        c = s.counts[key]
        lines.append(f"  {label:<30} {c.n:>10}   of {c.of} {unit}")
    return lines


def report(results: list[MailboxResult], seconds: float, *, verbose: bool) -> str:
    out: list[str] = []
    for r in results:
        out.append(
            f"{r.mailbox.name}: {r.runs} runs, {len(r.observed.written)} writings "
            f"({sum(w.kind == 'draft' for w in r.observed.written)} drafts), "
            f"{r.seconds:.1f} s, {len(r.problems)} problem(s)"
        )
        out.extend(table(r.score))
        for p in r.problems:
            out.append(f"  problem: {p}")
        if verbose:
            for what, line in r.score.misses():
                out.append(f"  {what} — {line}")
            zone = r.mailbox.user.zone
            for w in r.observed.written:
                local = w.appeared.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
                rule = f"{w.rule} ({w.rule_from})" if w.rule else "rule unknown"
                out.append(
                    f"  wrote {w.kind:<5} {local}  {rule:<32} to {', '.join(w.recipients)}: "
                    f"{w.subject}"
                )
        out.append("")
    grand = total((r.mailbox.name, r.score) for r in results)
    out.append(f"TOTAL over {len(results)} mailbox(es)")
    out.extend(table(grand))
    problems = sum(len(r.problems) for r in results)
    runs = ", ".join(f"{r.mailbox.name} {r.runs}" for r in results)
    out.append(f"  problems (non-zero exits and fixture warnings): {problems}")
    out.append(f"scored in {seconds:.1f} s; runs per mailbox: {runs}")
    return "\n".join(out)


def as_json(results: list[MailboxResult], seconds: float) -> dict[str, Any]:
    def figures(s: Score) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for key, _label in RATIOS:
            f = s.ratios[key]
            d[key] = {"hits": f.hits, "total": f.total, "pct": f.pct, "misses": f.misses}
        for key, _label, _unit in COUNTS:
            c = s.counts[key]
            d[key] = {"count": c.n, "of": c.of, "items": c.items}
        return d

    def stamp(dt: datetime) -> str:
        return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")

    return {
        "seconds": seconds,
        "mailboxes": [
            {
                "name": r.mailbox.name,
                "folder": str(r.mailbox.folder),
                "runs": r.runs,
                "seconds": r.seconds,
                "problems": r.problems,
                "figures": figures(r.score),
                "written": [
                    {
                        "kind": w.kind,
                        "uid": w.uid,
                        "appeared": stamp(w.appeared),
                        "rule": w.rule,
                        "rule_from": w.rule_from,
                        "to": list(w.to),
                        "cc": list(w.cc),
                        "subject": w.subject,
                        "in_reply_to": w.in_reply_to,
                    }
                    for w in r.observed.written
                ],
                "interviews_recorded": [
                    {"start": stamp(i.start), "end": stamp(i.end), "status": i.status}
                    for i in r.observed.state.interviews
                ],
            }
            for r in results
        ],
        "total": figures(total((r.mailbox.name, r.score) for r in results)),
    }


@contextlib.contextmanager
def dovecot() -> Iterator[Any]:
    from tests.servers.dovecot import DovecotServer

    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


def score_sets(
    set_dirs: Sequence[Path],
    *,
    server: Any | None = None,
    child: bool = False,
    keep: Path | None = None,
    progress: bool = False,
) -> list[MailboxResult]:
    """Load every mailbox of the sets, then simulate and score each on `server` (a
    private Dovecot is started when none is given)."""
    mailboxes = [load_mailbox(folder) for d in set_dirs for folder in find_mailboxes(d)]
    if server is None:
        with dovecot() as own:
            return score_sets(set_dirs, server=own, child=child, keep=keep, progress=progress)
    results = []
    for mb in mailboxes:
        results.append(simulate(server, mb, child=child, keep=keep))
        if progress:
            r = results[-1]
            print(f"  {mb.name}: {r.runs} runs in {r.seconds:.1f} s", file=sys.stderr, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.score_mailboxes", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR")
    parser.add_argument("--verbose", action="store_true", help="one line per miss and writing")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure as JSON")
    parser.add_argument(
        "--subprocess", action="store_true", help="run followupd as a child process each time"
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each config and state")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("run as root: the test Dovecot keeps mail as uid 8 (mail)", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        results = score_sets(args.sets, child=args.subprocess, keep=args.keep, progress=True)
    except FixtureError as exc:
        print(f"score_mailboxes: {exc}", file=sys.stderr)
        return 2
    seconds = time.monotonic() - started
    print(report(results, seconds, verbose=args.verbose))
    if args.json:
        args.json.write_text(json.dumps(as_json(results, seconds), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
