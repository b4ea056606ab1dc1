"""What every command's --help says beyond its options: a purpose line and examples.

The purpose line is the command's description (its one-line help when it has none);
the examples are its argparse epilog. A command without an entry here gets no
examples, and a test (tests/integration/test_cli_docs.py) says so.
"""

from __future__ import annotations

import argparse

# Each command's --help ends with these (argparse epilog): what a user would type.
EXAMPLES = {
    "demo": [
        ("followupd demo", "sample mail in a temporary Maildir; writes nothing of yours"),
        ("followupd demo --dir /tmp/fud-demo", "keep the Maildir and state to look at"),
    ],
    "run": [
        ("followupd run --once", "one pass: read new mail, write what is due, exit"),
        ("followupd run --once --now 2026-11-18T17:00", "as if it were that moment"),
        ("systemctl --user enable --now followupd", "the service (runs `followupd run`)"),
    ],
    "plan": [
        ("followupd plan", "what would be written, and when"),
        ("followupd plan --json --now 2026-11-20T09:00", "as JSON, as of a moment"),
    ],
    "check": [
        ("followupd check", "every problem of the config and the rules, FILE:LINE:COL"),
        ("followupd check --connect", "also log in to each account"),
    ],
    "folders": [
        ("followupd folders", "every account's folders, flags and use"),
        ("followupd folders work --json", "one account, as JSON"),
    ],
    "status": [
        ("followupd status", "one row per application"),
        ("followupd status --json", "the same as JSON"),
    ],
    "rules": [
        ("followupd rules", "the rules in force and where they are written"),
        ("followupd rules --vocabulary", "what a rule file can say"),
    ],
    "explain": [
        ("followupd explain ~/Downloads/invitation.eml", "a message saved from your client"),
        ("followupd explain work:INBOX:4211 --json", "a message on the server, by UID"),
    ],
    "drafts": [
        ("followupd drafts", "every draft and note written, and whether it was sent"),
        ("followupd drafts --json --offline", "as JSON, from the state alone"),
    ],
    "mark": [
        ("followupd mark work:INBOX:4211 nothing", "that mail is not about a job"),
        ("followupd mark ~/Downloads/call.eml interview", "it is an interview invitation"),
    ],
    "init": [
        ("followupd init", "config, rules and the user unit in ~/.config"),
        ("followupd --config ~/fud/config.toml init --no-unit", "elsewhere, without systemd"),
    ],
    "completion": [
        (
            "followupd completion bash > ~/.local/share/bash-completion/completions/followupd",
            "",
        ),
        ("followupd completion zsh > ~/.zfunc/_followupd", "with fpath+=(~/.zfunc)"),
        ("followupd completion fish > ~/.config/fish/completions/followupd.fish", ""),
    ],
    "manpage": [
        ("followupd manpage | man -l -", "read it now"),
        ("followupd manpage > ~/.local/share/man/man1/followupd.1", "install it for `man`"),
    ],
}


def document(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Give every command's --help a purpose line (its description) and examples."""
    helps = {a.dest: a.help or "" for a in sub._choices_actions}
    for name, p in sub.choices.items():
        purpose = helps.get(name, "")
        if not p.description and purpose:
            p.description = purpose[:1].upper() + purpose[1:] + "."
        examples = EXAMPLES.get(name)
        if examples:
            width = max(len(cmd) for cmd, _why in examples)
            lines = [
                f"  {cmd.ljust(width)}   # {why}" if why and width < 60 else f"  {cmd}"
                for cmd, why in examples
            ]
            p.epilog = "Examples:\n" + "\n".join(lines)
        p.formatter_class = argparse.RawDescriptionHelpFormatter
