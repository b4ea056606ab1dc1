"""First read of a local Maildir: the whole `followupd run --once` against a minimal reader.

A Maildir kept by mbsync or offlineimap has no server to answer BODYSTRUCTURE: followupd
reads every file. What the user waits for is the whole command (fresh state file), so
that is timed, as a child process, on a Maildir of `--size` messages written by
bench.mailbox (1 % hiring mail, a third of it invitations). The reference is a minimal
reader in a fresh process: list cur/ and new/, open every file and read its header
block — what any tool must at least do to look at every message once. The two are
paired run by run (A B A B …) and the medians and their ratio printed.

    python -m bench.maildir_first_read                 # 10,000 messages, 3 pairs
    python -m bench.maildir_first_read --size 2000 --repeats 1

Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.first_sync import user_and_state

REFERENCE = """
import os, sys
root = sys.argv[1]
seen = 0
for sub in ("cur", "new"):
    for name in os.listdir(os.path.join(root, sub)):
        with open(os.path.join(root, sub, name), "rb") as fh:
            for line in fh:
                if line in (b"\\n", b"\\r\\n"):
                    break
        seen += 1
print(seen)
"""


def config(folder: Path, maildir: Path) -> Path:
    path = folder / "config.toml"
    path.write_text(
        f"""{user_and_state(folder)}
[accounts.local]
kind = "maildir"
path = "{maildir}"
""",
        encoding="utf-8",
    )
    path.chmod(0o600)  # no warning about a world-readable config
    return path


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return seconds


def main(argv: list[str] | None = None) -> None:
    from bench.mailbox import generate

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3, help="A/B pairs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="followupd-maildir-bench-") as tmp:
        root = Path(tmp) / "Mail"
        made = generate(root, args.size, owner=None)
        for folder in (".Sent", ".Drafts"):
            for sub in ("cur", "new", "tmp"):
                (root / folder / sub).mkdir(parents=True, exist_ok=True)
        print(f"{args.size:,} messages, {made.hiring} hiring-related", file=sys.stderr)
        ours: list[float] = []
        reference: list[float] = []
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory(prefix="followupd-state-") as state:
                cfg = config(Path(state), root)
                command = [sys.executable, "-m", "followupd", "--config", str(cfg), "run", "--once"]
                ours.append(timed(command))
            for leftover in (root / ".Drafts" / "cur", root / "new"):  # what the run wrote
                for name in os.listdir(leftover):
                    os.unlink(leftover / name)
            reference.append(timed([sys.executable, "-c", REFERENCE, str(root)]))
            print(f"  followupd {ours[-1]:.1f} s, reference {reference[-1]:.1f} s", file=sys.stderr)
    f, r = statistics.median(ours), statistics.median(reference)
    print(f"{args.size:,} messages: followupd {f:.1f} s, minimal reader {r:.1f} s ({f / r:.1f}x)")


if __name__ == "__main__":
    main()
