"""Fuzz campaign: mutated tests/data mail and calendars through `explain` and `run --once`.

    python -m bench.fuzz                      # 10,000 variants, passes of 500 against Dovecot
    python -m bench.fuzz --quick              # 300 variants, one pass
    python -m bench.fuzz --variants 2000 --passes 3 --seed 7 --out /tmp/fuzz.json

1. Variants: `bench.fuzz_mutators` (tagged with the mutators that made them).
2. Phase "explain": each variant through followupd's `explain` in worker processes; a
   worker that takes longer than 10 s on one variant is killed and restarted (a regex or
   C code cannot be interrupted by a signal). Outcomes: ok, known error (followupd's own
   error tree), unexpected error (type, message, innermost frames), hang.
3. Phase "run": `bench.fuzz_run` — batches appended to a fresh Dovecot user's INBOX with
   one good invitation, `followupd run --once`, every draft's header block checked.

Prints a summary and writes a JSON report; exits 0 (it measures, it asserts nothing).
Needs root and Dovecot for the run phase (like the other benches).
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from bench.fuzz_mutators import MUTATORS, NOW, Variant, load_seeds, make_variant

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 10.0  # seconds per variant in explain


@dataclass
class Outcome:
    index: int
    seed: str
    tags: list[str]
    size: int
    outcome: str  # ok | known | unexpected | hang
    seconds: float = 0.0
    error_type: str = ""
    message: str = ""
    frames: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the worker process


def explain_config(folder: Path) -> Path:
    path = folder / "config.toml"
    path.write_text(
        '[user]\nname = "Jordan Lee"\nemail = "jordan.lee@example.org"\n'
        f'timezone = "Europe/Berlin"\n\n[state]\npath = "{folder / "state.sqlite3"}"\n'
    )
    path.chmod(0o600)
    return path


def _frames(exc: BaseException) -> list[str]:
    """The innermost followupd frames, then the innermost frames overall."""
    out = []
    for fr in traceback.extract_tb(exc.__traceback__):
        name = fr.filename
        for marker in ("/daemon/", "/lib/python3"):
            if marker in name:
                name = name.split(marker, 1)[1]
                break
        out.append(f"{name}:{fr.lineno} in {fr.name}")
    own = [n for n, f in enumerate(out) if f.startswith("followupd/")]
    keep = sorted(set(own[-3:]) | set(range(max(0, len(out) - 5), len(out))))
    return [out[n] for n in keep]  # outermost first, as in a traceback


def worker(config: str) -> None:
    """Read variant paths on stdin; answer one JSON line each on the real stdout."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything the product prints goes to the log, not into the protocol
    from followupd.cli import parse_now
    from followupd.config import load_settings
    from followupd.domain.errors import FollowupdError
    from followupd.explain import explain
    from followupd.rules.loader import load_rules

    settings = load_settings(Path(config))
    ruleset = load_rules(
        settings.rule_paths(), settings.template_folders(), shipped=settings.shipped_rule_paths()
    )
    now = parse_now(NOW, settings.user.timezone)
    out.write('{"ready": true}\n')  # start-up (imports, rules) is not the variant's time
    for line in sys.stdin:
        path = line.strip()
        started = time.monotonic()
        answer: dict[str, object] = {"outcome": "ok"}
        try:
            explain(path, settings, ruleset, now)
        except FollowupdError as exc:
            answer = {"outcome": "known", "error_type": type(exc).__name__}
            answer["message"] = str(exc)[:300]
        except BaseException as exc:  # the point of the bench: anything else is a finding
            if isinstance(exc, KeyboardInterrupt):
                raise
            answer = {"outcome": "unexpected", "error_type": type(exc).__name__}
            answer["message"] = str(exc)[:300]
            answer["frames"] = _frames(exc)
        answer["seconds"] = round(time.monotonic() - started, 3)
        out.write(json.dumps(answer) + "\n")


class Slot:
    """One worker process; `ask` answers within `limit` seconds or kills it."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config, self.log = config, log
        self.proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
        env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'daemon'}"
        with self.log.open("ab") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "bench.fuzz", "--worker", str(self.config)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                cwd=ROOT,
                env=env,
            )
        assert proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        ready = sel.select(120.0)
        sel.close()
        if not ready or not proc.stdout.readline():
            proc.kill()
            proc.wait()
            raise RuntimeError(f"the explain worker did not start (see {self.log})")
        return proc

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def ask(self, path: Path, limit: float) -> dict[str, object]:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        started = time.monotonic()
        try:
            self.proc.stdin.write(f"{path}\n".encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            self.kill()
            return {"outcome": "unexpected", "error_type": "WorkerDied", "message": "pipe"}
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        ready = sel.select(limit)
        sel.close()
        if not ready:
            self.kill()
            return {"outcome": "hang", "seconds": round(time.monotonic() - started, 1)}
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            return {
                "outcome": "unexpected",
                "error_type": "WorkerDied",
                "message": f"worker exited with {code} (crash, out of memory or a C abort)",
            }
        answer: dict[str, object] = json.loads(line)
        return answer


def explain_phase(variants: list[tuple[Variant, Path]], workers: int, tmp: Path) -> list[Outcome]:
    config = explain_config(tmp)
    todo = list(reversed(variants))
    results: list[Outcome] = []
    lock = threading.Lock()
    done = [0]
    started = time.monotonic()

    def run(slot: Slot) -> None:
        while True:
            with lock:
                if not todo:
                    break
                v, path = todo.pop()
            try:
                answer = slot.ask(path, LIMIT)
            except Exception as exc:  # the harness must never die on a variant
                slot.kill()
                answer = {"outcome": "unexpected", "error_type": "HarnessError"}
                answer["message"] = f"{type(exc).__name__}: {exc}"
            size = path.stat().st_size
            outcome = Outcome(v.index, v.seed, list(v.tags), size, str(answer["outcome"]))
            outcome.seconds = float(str(answer.get("seconds", 0.0)))
            outcome.error_type = str(answer.get("error_type", ""))
            outcome.message = str(answer.get("message", ""))
            frames = answer.get("frames", [])
            outcome.frames = [str(f) for f in frames] if isinstance(frames, list) else []
            with lock:
                results.append(outcome)
                done[0] += 1
                if done[0] % 250 == 0:
                    rate = done[0] / (time.monotonic() - started)
                    print(f"  explain: {done[0]:,}/{len(variants):,} ({rate:.1f}/s)", flush=True)
        slot.kill()

    slots = [Slot(config, tmp / f"worker-{n}.log") for n in range(workers)]
    threads = [threading.Thread(target=run, args=(s,)) for s in slots]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results, key=lambda o: o.index)


# ---------------------------------------------------------------- summary


def _where(frames: list[str]) -> str:
    """The innermost frame in followupd's own code (else the innermost one)."""
    own = [f for f in frames if f.startswith("followupd/")]
    return (own or frames or [""])[-1]


def summarise_explain(results: list[Outcome]) -> dict[str, object]:
    counts = Counter(o.outcome for o in results)
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in results:
        if o.outcome in ("unexpected", "hang"):
            kind = o.error_type if o.outcome == "unexpected" else "hang > 10 s"
            groups[(o.tags[0], kind)].append(o)
    classes = [
        {
            "mutator": mutator,
            "error": kind,
            "count": len(items),
            "example": {
                "index": items[0].index,
                "seed": items[0].seed,
                "tags": items[0].tags,
                "message": items[0].message[:200],
                "where": _where(items[0].frames),
                "frames": items[0].frames,
            },
        }
        for (mutator, kind), items in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    ]
    by_mutator: dict[str, Counter[str]] = defaultdict(Counter)
    for o in results:
        by_mutator[o.tags[0]][o.outcome] += 1
    return {
        "variants": len(results),
        "outcomes": dict(counts),
        "classes": classes,
        "by_mutator": {m: dict(c) for m, c in sorted(by_mutator.items())},
        "slowest": [
            {"index": o.index, "tags": o.tags, "seconds": o.seconds}
            for o in sorted(results, key=lambda o: -o.seconds)[:5]
        ],
    }


def print_explain(summary: dict[str, object]) -> None:
    outcomes = summary["outcomes"]
    assert isinstance(outcomes, dict)
    print(f"\n== explain: {summary['variants']:,} variants ==")
    for key in ("ok", "known", "unexpected", "hang"):
        print(f"  {key:<11} {outcomes.get(key, 0):>7,}")
    by = summary["by_mutator"]
    assert isinstance(by, dict)
    print(f"\n  {'mutator':<16}{'ok':>7}{'known':>7}{'unexp':>7}{'hang':>6}")
    for m, c in by.items():
        print(
            f"  {m:<16}{c.get('ok', 0):>7}{c.get('known', 0):>7}"
            f"{c.get('unexpected', 0):>7}{c.get('hang', 0):>6}"
        )
    classes = summary["classes"]
    assert isinstance(classes, list)
    if classes:
        print("\n  failure classes (mutator → error → where; one example each):")
    for c in classes:
        ex = c["example"]
        print(f"  {c['count']:>6}  {c['mutator']} → {c['error']} → {ex['where'] or '-'}")
        print(f"          e.g. #{ex['index']} {'+'.join(ex['tags'])} of {ex['seed']}")
        if ex["message"]:
            print(f"          {ex['message'][:110]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=500, help="variants per run pass")
    parser.add_argument("--passes", type=int, default=None, help="run passes (default: all)")
    parser.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2)))
    parser.add_argument("--skip-explain", action="store_true")
    parser.add_argument("--skip-run", action="store_true")
    parser.add_argument("--quick", action="store_true", help="300 variants, one pass")
    parser.add_argument(
        "--mutators", default="", help="only these first mutators (comma-separated names)"
    )
    parser.add_argument("--keep", type=Path, help="keep the variants in this folder")
    parser.add_argument("--out", type=Path, default=Path("fuzz-report.json"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker)
        return
    if args.quick:
        args.variants, args.passes = 300, 1
    only = tuple(n for n in args.mutators.split(",") if n)
    report: dict[str, object] = {
        "command": " ".join(["python -m bench.fuzz", *(argv or sys.argv[1:])]),
        "started": datetime.now().astimezone().isoformat(timespec="seconds"),
        "seed": args.seed,
        "mutators": args.mutators or "all",
    }
    with tempfile.TemporaryDirectory(prefix="fuzz") as t:
        tmp = Path(t)
        folder = args.keep or tmp / "variants"
        folder.mkdir(parents=True, exist_ok=True)
        seeds = load_seeds()
        unknown = [n for n in only if n not in MUTATORS]
        if unknown:
            raise SystemExit(
                f"unknown mutators: {', '.join(unknown)} (known: {', '.join(MUTATORS)})"
            )
        print(f"{len(seeds)} seeds; writing {args.variants:,} variants to {folder}", flush=True)
        variants: list[tuple[Variant, Path]] = []
        for i in range(args.variants):
            v = make_variant(seeds, args.seed, i, only)
            path = folder / f"{i:06d}.eml"
            path.write_bytes(v.data)
            # Only the tags stay in memory: 10,000 variants are gigabytes.
            variants.append((Variant(v.index, v.seed, v.tags, b""), path))
        if not args.skip_explain:
            results = explain_phase(variants, args.workers, tmp)
            summary = summarise_explain(results)
            report["explain"] = summary
            report["explain_outcomes"] = [asdict(o) for o in results if o.outcome != "ok"]
            print_explain(summary)
        if not args.skip_run:
            from bench.fuzz_run import print_run, run_phase

            passes = run_phase(variants, args.batch, args.passes, tmp)
            report["run"] = passes
            print_run(passes)
    report["finished"] = datetime.now().astimezone().isoformat(timespec="seconds")
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str))
    print(f"\nreport: {args.out}")


if __name__ == "__main__":
    main()
