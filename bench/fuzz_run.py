"""Phase "run" of the fuzz bench: batches of variants through `followupd run --once`.

Each pass gets a fresh Dovecot user whose INBOX holds one batch of variants (written
into the Maildir, then `doveadm force-resync`) and one good invitation (its own UID,
Message-ID and interviewers at GOOD_DOMAIN, which no variant uses). The real command
runs with `--now` at the moment the good invitation's thank-you drafts are due; then
every draft in Drafts is checked (bench.fuzz_checks).
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.fuzz_checks import addresses_in, check_draft
from bench.fuzz_mutators import NOW, Variant
from tests.configs import write_config
from tests.invitations import invitation
from tests.servers.dovecot import MAIL_GID, MAIL_UID, DovecotServer, DovecotUser, letter_rules

GOOD_DOMAIN = "good-invite.example"
GOOD_PANEL = (
    ("Priya Raman", f"priya.raman@{GOOD_DOMAIN}"),
    ("Zoë Müller", f"zoe.mueller@{GOOD_DOMAIN}"),
    ("Sam O'Neil", f"sam.oneil@{GOOD_DOMAIN}"),
)
_MSGID = re.compile(rb"(?im)^message-id:[ \t]*(<[^>\r\n]*>)")


@dataclass
class PassResult:
    index: int
    messages: int
    exit_code: int
    seconds: float
    hang: bool
    stderr_tail: list[str]
    mail_failed: int
    good_drafts: list[str]
    good_ok: bool
    drafts: int
    bad_drafts: list[dict[str, object]] = field(default_factory=list)
    max_drafts_per_source: int = 0


def _fill(user: DovecotUser, files: list[Path], good: bytes) -> None:
    with user.client() as c:  # the first login creates the Maildir
        c.select_folder("INBOX", readonly=True)
    cur = user.maildir / "cur"
    stamp = int(datetime.fromisoformat(NOW).timestamp()) - 86400
    for n, data in enumerate([good, *(p.read_bytes() for p in files)]):
        name = cur / f"{stamp + n}.M{n}P{os.getpid()}.fuzz,S={len(data)}:2,"
        name.write_bytes(data)
        os.chown(name, MAIL_UID, MAIL_GID)
        os.utime(name, (stamp + n, stamp + n))
    user.server.doveadm("force-resync", "-u", user.username, "INBOX")


def _tail(text: str, lines: int = 5) -> list[str]:
    return [ln[:300] for ln in text.strip().splitlines()[-lines:]]


def one_pass(
    server: DovecotServer, k: int, batch: list[tuple[Variant, Path]], folder: Path
) -> PassResult:
    folder.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(4)
    start = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    good_id = f"<good-{k}-{token}@calendar.example>"
    good = invitation(
        uid=f"good-{k}-{token}@{GOOD_DOMAIN}",
        start=start,
        end=start.replace(hour=11),
        organizer=GOOD_PANEL[0],
        attendees=GOOD_PANEL,
        message_id=good_id,
    )
    user = server.add_user()
    _fill(user, [p for _, p in batch], good)
    config = write_config(user, folder)
    count = len(batch) + 1
    threshold = max(10.0, 10.0 * count / 100)  # start-up alone takes about a second
    limit = max(120.0, 5 * threshold)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = f"{root / 'daemon'}"
    cmd = [sys.executable, "-m", "followupd", "--config", str(config), "run", "--once"]
    started = time.monotonic()
    with (folder / "stderr.log").open("wb") as err:
        proc = subprocess.Popen(
            [*cmd, "--now", NOW], stdout=subprocess.DEVNULL, stderr=err, env=env,
            start_new_session=True,
        )  # fmt: skip
        try:
            code = proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            code = proc.wait()
            code = -9 if code >= 0 else code
    seconds = time.monotonic() - started
    stderr = (folder / "stderr.log").read_text(errors="replace")
    hang = seconds > threshold or seconds >= limit

    drafts = user.list_messages("Drafts")
    rules = letter_rules(folder / "state.sqlite3")  # drafts carry no marker
    by_id: dict[str, list[Path]] = {}
    for _, path in batch:
        head = path.read_bytes()[:200_000]
        for mid in set(_MSGID.findall(head)):
            by_id.setdefault(mid.decode("latin-1"), []).append(path)
    union: set[str] | None = None
    good_to: list[str] = []
    bad: list[dict[str, object]] = []
    per_source: dict[str, int] = {}
    good_addresses = {a for _, a in GOOD_PANEL} | {"jordan.lee@example.org"}
    for raw in drafts:
        try:
            mids = [m.decode("latin-1") for m in _MSGID.findall(raw.split(b"\r\n\r\n", 1)[0])]
            rule = next((rules[m] for m in mids if m in rules), "")
            first = check_draft(raw, None, rule=rule)
            if first.to and all(a.lower().endswith("@" + GOOD_DOMAIN) for a in first.to):
                check = check_draft(raw, good_addresses, rule=rule)
                good_to += check.to
                source = "good"
            elif first.in_reply_to in by_id:
                sources: set[str] = set()
                for p in by_id[first.in_reply_to]:
                    sources |= addresses_in(p.read_bytes())
                check, source = check_draft(raw, sources, rule=rule), first.in_reply_to
            else:
                if union is None:
                    union = set()
                    for _, p in batch:
                        union |= addresses_in(p.read_bytes())
                    union |= good_addresses
                check, source = check_draft(raw, union, rule=rule), "batch"
            if source != "batch":  # drafts nothing maps to a source are not counted
                key = f"{source}|{first.rule}"
                per_source[key] = per_source.get(key, 0) + 1
            if check.problems:
                bad.append(
                    {"rule": check.rule, "to": check.to, "source": source,
                     "problems": check.problems, "header": raw.split(b"\r\n\r\n")[0][:1500]
                     .decode("utf-8", "replace")}
                )  # fmt: skip
        except Exception as exc:  # the harness must never die on a draft
            bad.append({"problems": [f"harness could not check: {type(exc).__name__}: {exc}"]})
    expected = sorted(a for _, a in GOOD_PANEL)
    return PassResult(
        index=k,
        messages=count,
        exit_code=code,
        seconds=round(seconds, 1),
        hang=hang,
        stderr_tail=_tail(stderr),
        mail_failed=stderr.count('"mail.failed"'),
        good_drafts=sorted(good_to),
        good_ok=sorted(set(good_to)) == expected and len(good_to) == len(expected),
        drafts=len(drafts),
        bad_drafts=bad,
        max_drafts_per_source=max(per_source.values(), default=0),
    )


def run_phase(
    variants: list[tuple[Variant, Path]], batch: int, passes: int | None, tmp: Path
) -> list[dict[str, object]]:
    batches = [variants[i : i + batch] for i in range(0, len(variants), batch)]
    if passes is not None:
        batches = batches[:passes]
    server = DovecotServer()
    server.start()
    out: list[dict[str, object]] = []
    try:
        for k, chunk in enumerate(batches):
            try:
                result = asdict(one_pass(server, k, chunk, tmp / f"pass-{k}"))
            except Exception as exc:  # report it and go on with the next pass
                result = {"index": k, "harness_error": f"{type(exc).__name__}: {exc}"}
            tags: dict[str, int] = {}
            for v, _ in chunk:
                tags[v.tags[0]] = tags.get(v.tags[0], 0) + 1
            result["variants"] = [v.index for v, _ in chunk]
            out.append(result)
            print(
                f"  pass {k}: exit {result.get('exit_code')}, {result.get('seconds')} s, "
                f"good drafted {result.get('good_ok')}, {result.get('drafts')} drafts, "
                f"{len(result.get('bad_drafts', []))} bad",  # type: ignore[arg-type]
                flush=True,
            )
    finally:
        server.cleanup()
    return out


def print_run(passes: list[dict[str, object]]) -> None:
    print(f"\n== run --once: {len(passes)} passes ==")
    print(f"  {'pass':>4} {'msgs':>5} {'exit':>5} {'s':>7} {'hang':>5} {'good':>5}"
          f" {'drafts':>6} {'bad':>4} {'failed':>6} {'max/src':>7}")  # fmt: skip
    for p in passes:
        if "harness_error" in p:
            print(f"  {p['index']:>4} harness error: {p['harness_error']}")
            continue
        bad = p["bad_drafts"]
        assert isinstance(bad, list)
        print(
            f"  {p['index']:>4} {p['messages']:>5} {p['exit_code']:>5} {p['seconds']:>7}"
            f" {'HANG' if p['hang'] else '-':>5} {'yes' if p['good_ok'] else 'NO':>5}"
            f" {p['drafts']:>6} {len(bad):>4} {p['mail_failed']:>6}"
            f" {p['max_drafts_per_source']:>7}"
        )
        if p["exit_code"] != 0:
            for line in p["stderr_tail"][-2:]:  # type: ignore[index]
                print(f"        stderr: {line[:150]}")
    kinds: dict[str, list[dict[str, object]]] = {}
    for p in passes:
        for d in p.get("bad_drafts", []):  # type: ignore[attr-defined]
            for problem in d.get("problems", []):
                key = re.sub(r"'[^']*'", "…", str(problem))
                kinds.setdefault(key, []).append(d)
    if kinds:
        print("\n  wrong drafts by problem (one example each):")
    for key, ds in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(ds):>6}  {key}   e.g. To {ds[0].get('to')} ({ds[0].get('rule')})")
    hangs = sum(1 for p in passes if p.get("hang"))
    not_good = sum(1 for p in passes if not p.get("good_ok"))
    nbad = sum(len(p.get("bad_drafts", [])) for p in passes)  # type: ignore[arg-type]
    print(
        f"\n  TOTAL: {len(passes)} passes, {hangs} hung or slow, "
        f"{not_good} without the good invitation's drafts, {nbad} drafts with wrong recipients"
    )
