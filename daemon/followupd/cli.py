"""The command line: thin commands over the service.

Exit codes: 0 success; 1 an unexpected error; 2 configuration or rule files
are invalid; 3 a mail server could not be used; 4 the state file cannot be
used. A known error prints one clear line (or one per problem), no traceback;
`--debug` adds the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import structlog

from followupd import __version__, log
from followupd.clihelp import document
from followupd.config import Settings, default_config_path, load_settings
from followupd.deliver.reminders import smtp_sender
from followupd.domain.errors import ConfigError, FollowupdError, MessageError, StateUnwritable
from followupd.domain.model import MessageRef
from followupd.domain.words import quoted, unbytes
from followupd.pipeline import Runner, utc_now
from followupd.pipeline.progress import Progress
from followupd.rules.engine import in_words
from followupd.rules.loader import RuleSet, load_rules
from followupd.secrets import check_config_permissions, check_rules_permissions
from followupd.service import serve
from followupd.store import Store

EPILOG = """\
Configuration: --config PATH, else $FOLLOWUPD_CONFIG, else
$XDG_CONFIG_HOME/followupd/config.toml (see config.example.toml).
Environment variables FOLLOWUPD_<SECTION>__<KEY> override the file.
followupd never sends mail to anyone but you: letters go to your Drafts folder.

Exit codes: 0 ok; 1 unexpected error (--debug shows it); 2 configuration or rules
invalid; 3 a mail or calendar server could not be used; 4 the state file.
"""


def parse_now(text: str | None, tz: str) -> datetime:
    """--now: ISO-8601; without an offset it is read in the user's time zone."""
    if text is None:
        return utc_now()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"--now {quoted(text)}: not an ISO-8601 moment such as 2026-11-18T17:00"
            " or 2026-11-18T16:00Z"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(tz))
    return moment.astimezone(UTC)


def _load(args: argparse.Namespace) -> tuple[Settings, RuleSet]:
    settings = load_settings(args.config)
    if settings.config_path is not None:
        for warning in check_config_permissions(settings.config_path):
            print(f"warning: {warning}", file=sys.stderr)
    for warning in check_rules_permissions(settings.rule_paths()):
        print(f"warning: {warning}", file=sys.stderr)
    ruleset = load_rules(
        settings.rule_paths(), settings.template_folders(), shipped=settings.shipped_rule_paths()
    )
    return settings, ruleset


def cmd_check(args: argparse.Namespace) -> int:
    from followupd.checkup import run_check

    return run_check(args.config or default_config_path(), connect=args.connect)


def cmd_run(args: argparse.Namespace) -> int:
    settings, ruleset = _load(args)
    if not args.once:
        if args.now:
            raise ConfigError("--now only makes sense with --once")
        # A broken state file fails here, clearly; a full disk or a read-only folder does
        # not: the service says so in STATUS= and retries until it can write.
        with contextlib.suppress(StateUnwritable):
            Store(settings.state.path).close()
        serve(settings, ruleset, smtp=smtp_sender(settings))
        return 0
    # What a one-off pass tells (followupd.status) is not kept resident by the service.
    from followupd.status.story import run_story, run_text

    now = parse_now(args.now, settings.user.timezone)
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    with Store(settings.state.path) as store:
        store.check_writable()  # exit 4 now, in one line, rather than in mid-pass
        runner = Runner(settings, ruleset, store, smtp=smtp_sender(settings))
        runner.on_reading = progress  # a first sync of a large mailbox: show that it moves
        try:
            # A write failure the pass went on from (the outbox does, one intent at a
            # time) still ends the run with exit 4: nothing is lost, the next run redoes it.
            report, skipped = run_story(runner, store, now)
        finally:
            if progress is not None:
                progress.close()
    for problem in report.problems:
        print(f"warning: {unbytes(problem)}", file=sys.stderr)
    print(run_text(report, skipped, settings.user.timezone))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from followupd.status.story import dry_plan, plan_text

    settings, ruleset = _load(args)
    now = parse_now(args.now, settings.user.timezone)
    tz = settings.user.timezone
    with Store(settings.state.path, in_memory_copy=True) as store:
        entries = dry_plan(Runner(settings, ruleset, store), store, now, tz)
    if args.json:
        json.dump([e.as_json(now) for e in entries], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(plan_text(entries, now, tz))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from followupd.status import status

    settings = load_settings(args.config)
    now = parse_now(args.now, settings.user.timezone)
    with Store(settings.state.path, in_memory_copy=True) as store:
        shown = status(store, now)
    if args.json:
        json.dump(shown.as_json(), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(shown.text(settings.user.timezone))
    return 0


def cmd_drafts(args: argparse.Namespace) -> int:
    from followupd.drafts_report import drafts_command

    text, warnings = drafts_command(
        load_settings(args.config), as_json=args.json, offline=args.offline
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(text)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from followupd.rules import overrides
    from followupd.rules.vocabulary import vocabulary
    from followupd.status import format_table

    if args.vocabulary:
        print(vocabulary())
        return 0

    _settings, ruleset = _load(args)
    if args.diff:
        print(overrides.diff(ruleset), end="")
        return 0
    rows = [
        {
            "id": lr.rule.id,
            "trigger": lr.rule.on,
            "enabled": lr.rule.enabled,
            "actions": [a.kind() for a in lr.rule.do],
            "file": lr.file,
            "line": lr.line,
            "description": lr.rule.description,
            "origin": lr.origin,
            "overrides": f"{lr.overrides.file}:{lr.overrides.line}" if lr.overrides else None,
            "switched_by": lr.switched_by or None,
        }
        for lr in ruleset.rules
    ]
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    table = [("ID", "TRIGGER", "ENABLED", "ACTIONS", "FROM", "WHERE")]
    for lr in ruleset.rules:
        where = lr.switched_by or f"{lr.file}:{lr.line}"
        table.append(
            (
                lr.rule.id,
                lr.rule.on,
                "yes" if lr.rule.enabled else "no",
                ", ".join(a.kind() for a in lr.rule.do),
                lr.origin,
                where,
            )
        )
    print(format_table(table))
    for note in overrides.notes(ruleset):
        print(f"note: {note}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from followupd.explain import explain, render

    settings, ruleset = _load(args)
    now = parse_now(args.now, settings.user.timezone)
    result = explain(args.message, settings, ruleset, now)
    if args.json:
        from dataclasses import asdict

        json.dump(asdict(result), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(render(result))
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    """Say what a message is; every later pass (and `status`) honours it."""
    from followupd.explain import MESSAGE_REF, read_message
    from followupd.status import MARK_WORDS
    from followupd.understand import parse_message

    settings = load_settings(args.config)
    raw, source, account = read_message(args.message, settings)
    message_id = parse_message(raw).message_id
    if not message_id:
        raise MessageError(f"{source}: the message has no Message-ID, so it cannot be marked")
    now = utc_now()
    with Store(settings.state.path) as store, store.transaction():
        if args.kind == "forget":
            dropped = store.drop_correction(message_id)
            print(f"{source}: " + ("your mark is gone" if dropped else "was not marked"))
            return 0
        where = None
        ref = MESSAGE_REF.match(args.message)
        if ref is not None and not Path(args.message).is_file():
            cursor = store.cursor(account, ref.group("folder"))
            where = MessageRef(
                account=account,
                folder=ref.group("folder"),
                uidvalidity=cursor.uidvalidity if cursor else 0,
                uid=int(ref.group("uid")),
            )
        store.put_correction(message_id, args.kind, source, now, where)
    said = MARK_WORDS[args.kind]
    again = " it is read again at the next pass" if where else " it counts when it is next read"
    print(f"{source}: marked as {said};{again}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from followupd.demo import run_demo

    return run_demo(args.dir)


def cmd_init(args: argparse.Namespace) -> int:
    from followupd.init import default_systemd_user_dir, init

    config = args.config or default_config_path()
    if config.name != "config.toml":
        raise ConfigError(f"--config {config}: init writes a file named config.toml")
    unit_dir = None if args.no_unit else (args.systemd_dir or default_systemd_user_dir())
    report = init(config.parent, systemd_user_dir=unit_dir, force=args.force)
    print("\n".join(report.lines()))
    return 0


def cmd_folders(args: argparse.Namespace) -> int:
    """An account's folders with their special-use flags, and which followupd uses."""
    from followupd.folders import account_folders, as_json, folders_of, render

    settings = load_settings(args.config)
    shown: list[dict[str, object]] = []
    for i, (name, place) in enumerate(account_folders(settings, args.account)):
        rows = folders_of(name, settings.accounts[name])
        if args.json:
            shown += as_json(rows)
            continue
        print(("\n" if i else "") + render(name, place, rows))
    if args.json:
        json.dump(shown, sys.stdout, indent=2, ensure_ascii=False)
        print()
    return 0


def cmd_completion(args: argparse.Namespace) -> int:
    """A completion script for the shell, generated from this parser."""
    from followupd.clidoc import completion_script

    sys.stdout.write(completion_script(build_parser(), args.shell))
    return 0


def cmd_manpage(args: argparse.Namespace) -> int:
    """followupd(1), generated from this parser."""
    from followupd.clidoc import manpage

    sys.stdout.write(manpage(build_parser(), __version__))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followupd",
        description="Watches your mailbox during job interviews and prepares follow-up drafts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"followupd {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="PATH",
        help=f"configuration file (default {default_config_path()})",
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("demo", help="run the pipeline on bundled sample mail and show the drafts")
    p.add_argument("--dir", type=Path, default=None, help="keep the demo's Maildir and state here")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "run", help="the service: watch mail (IDLE) and act when due; --once for one pass"
    )
    p.add_argument(
        "--once", action="store_true", help="one pass, then exit (default: keep polling)"
    )
    p.add_argument("--now", metavar="ISO-8601", help="act as if it were this moment (with --once)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("plan", help="show what is planned and when; writes nothing")
    p.add_argument("--now", metavar="ISO-8601", help="plan as of this moment")
    p.add_argument("--json", action="store_true", help="a JSON list: rule, due (UTC), to, subject…")
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("check", help="validate the configuration and the rule files")
    p.add_argument(
        "--connect", action="store_true", help="also log in to each account and find its folders"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "folders", help="list an account's folders, their special-use flags, which are used"
    )
    p.add_argument("account", nargs="?", metavar="ACCOUNT", help="one account (default: all)")
    p.add_argument("--json", action="store_true", help="a JSON list of folders")
    p.set_defaults(func=cmd_folders)

    p = sub.add_parser("status", help="one row per application: stage, last contact, what is next")
    p.add_argument("--now", metavar="ISO-8601", help="as of this moment (the next interview…)")
    p.add_argument("--json", action="store_true", help="a JSON list of applications")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "drafts", help="every draft and note followupd wrote: rule, to, Message-ID, state"
    )
    p.add_argument("--json", action="store_true", help="a JSON list of letters")
    p.add_argument(
        "--offline", action="store_true", help="do not look on the server; the last pass's view"
    )
    p.set_defaults(func=cmd_drafts)

    p = sub.add_parser(
        "rules", help="list the rules in force: id, trigger, enabled, shipped or yours, file:line"
    )
    p.add_argument("--json", action="store_true", help="a JSON list of rules")
    p.add_argument(
        "--diff",
        action="store_true",
        help="a unified diff of each rule and template of yours that overrides a shipped one",
    )
    p.add_argument(
        "--vocabulary",
        action="store_true",
        help="the triggers, conditions and actions rules can use",
    )
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser(
        "explain",
        help="what followupd understands of a message and what it would do (writes nothing)",
    )
    p.add_argument("message", metavar="MESSAGE", help="a .eml file, or ACCOUNT:FOLDER:UID")
    p.add_argument("--now", metavar="ISO-8601", help="explain as of this moment")
    p.add_argument("--json", action="store_true", help="the explanation as JSON")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "mark",
        help="correct followupd: say a message is an interview, an application, or nothing",
        description=(
            "Say what a message is when followupd got it wrong. The mark is kept in the state"
            " file, shown by `status`, and honoured by every later pass: `nothing` withdraws"
            " what the message would have caused; `application` makes it start (or join) a"
            " hiring process; `interview` takes a time its text gives but leaves unsure (no"
            " time zone, only proposed) as the interview's."
            " `forget` removes your mark."
        ),
    )
    p.add_argument("message", metavar="MESSAGE", help="a .eml file, or ACCOUNT:FOLDER:UID")
    p.add_argument("kind", choices=("interview", "application", "nothing", "forget"))
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("init", help="write a config, copy the rules to edit, install the user unit")
    p.add_argument("--systemd-dir", type=Path, default=None, help="where the user unit goes")
    p.add_argument("--no-unit", action="store_true", help="do not install the systemd unit")
    p.add_argument("--force", action="store_true", help="rewrite a unit that differs")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("completion", help="print a shell completion script (bash, zsh or fish)")
    p.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell to complete for")
    p.set_defaults(func=cmd_completion)

    p = sub.add_parser("manpage", help="print the manual page followupd(1), in roff")
    p.set_defaults(func=cmd_manpage)

    document(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    verbosity = 2 if args.debug else args.verbose
    if args.command == "run" and not args.once:
        verbosity = max(verbosity, 1)  # the service logs what it does
    log.configure(verbosity)
    try:
        return int(args.func(args))
    except FollowupdError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"followupd: error: {unbytes(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so plainly, keep the traceback for --debug
        structlog.get_logger().error("unexpected", error=in_words(exc))
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"followupd: unexpected error: {in_words(exc)} (run with --debug for details)",
                file=sys.stderr,
            )
        return 1


if __name__ == "__main__":
    sys.exit(main())
