"""`followupd check`: every problem of the configuration and the rule files in one pass.

Problems go to stderr, one line each, `FILE:LINE:COL: key: what is wrong`, in the
order of the file; the config's and the rules' both, even when the config cannot be
loaded (the rules then come from its [rules] table or the default places). What is
fine is said on stdout. Exit codes, as for every command: 0 all is well, 2 a problem
in the configuration or the rules, 3 (with --connect) a server that could not be used.
With --connect each account is logged in to and its folders found, and each CalDAV
calendar found (from a server's root too), one line each; nothing is read or written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from followupd.calendars import CalDavReader
from followupd.config import CalDavCalendar, ConfigCheck, validate
from followupd.domain.errors import FollowupdError, RuleError
from followupd.pipeline import open_mailbox
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.overrides import notes
from followupd.secrets import check_config_permissions, check_rules_permissions

CONFIG_INVALID = 2


def run_check(
    path: Path,
    *,
    connect: bool,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Check the config at `path` (and its rules); print what was found; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    checked = validate(path, lint=True)
    for warning in _warnings(checked):
        print(f"warning: {warning}", file=err)
    ruleset: RuleSet | None = None
    rule_problems: list[str] = []
    try:
        ruleset = load_rules(
            checked.rule_paths(),
            checked.template_folders(),
            shipped=checked.shipped_rule_paths(),
        )
    except RuleError as exc:
        rule_problems = [str(p) for p in exc.problems]
    for problem in checked.problems:
        print(problem, file=err)
    for line in rule_problems:
        print(line, file=err)
    settings = checked.settings
    if settings is not None and not checked.problems:
        print(f"configuration {path}: ok ({len(settings.accounts)} account(s))", file=out)
        if not settings.accounts:
            print(
                "warning: no [accounts.NAME] configured; followupd has nothing to watch", file=err
            )
    if ruleset is not None:
        enabled = len(ruleset.enabled())
        files = ", ".join(ruleset.files) or "no files"
        print(
            f"rules: ok ({len(ruleset.rules)} rule(s), {enabled} enabled, from {files})", file=out
        )
        # What of yours hides a shipped rule or template: so an upgrade's improvement to it
        # is not silently missed.
        for note in notes(ruleset):
            print(f"note: {note}", file=out)
    if checked.problems or rule_problems:
        said = [
            f"{n} problem{'s' if n > 1 else ''} in the {where}"
            for n, where in (
                (len(checked.problems), "configuration"),
                (len(rule_problems), "rules"),
            )
            if n
        ]
        print(f"followupd: error: {' and '.join(said)}; nothing was changed", file=err)
        return CONFIG_INVALID
    if not connect or settings is None:
        return 0
    failed: list[int] = []  # the exit code each failure calls for
    for name, account in settings.accounts.items():
        # Log in and find the folders, as a run would; nothing is read or written.
        try:
            with open_mailbox(name, account) as mailbox:
                drafts = mailbox.drafts_folder_name()
                sent = mailbox.sent_folder_name() or "none found"
        except FollowupdError as exc:  # a server's refusal, or a failing password_command
            failed.append(exc.exit_code)
            print(f"account {name}: error: {exc}", file=err)
            continue
        print(f"account {name}: ok (Drafts: {drafts}, Sent: {sent})", file=out)
    for calendar in settings.calendars:
        if not isinstance(calendar, CalDavCalendar):
            continue  # an .ics address or file: nothing to log in to or to find
        try:
            found = CalDavReader(calendar).locate()
        except FollowupdError as exc:  # a server's refusal, or a failing password_command
            failed.append(exc.exit_code)
            print(f"calendar {calendar.name}: error: {exc}", file=err)
            continue
        print(f"calendar {calendar.name}: ok ({found})", file=out)
    if failed:
        print(
            f"followupd: error: {len(failed)} account(s) or calendar(s) could not be used", file=err
        )
        return max(failed)  # 3 when a server could not be used, 2 for the config alone
    return 0


def _warnings(checked: ConfigCheck) -> list[str]:
    warnings = check_config_permissions(checked.path)
    warnings += check_rules_permissions(checked.rule_paths())
    return warnings
