"""`followupd demo`: the real pipeline on bundled sample mail, in a local Maildir.

The sample holds an interview invitation with several interviewers and mail
that must not trigger anything (a newsletter, a dentist appointment, a webinar
called "Interview tips", a lunch with a friend). The demo reads it as of the
morning the invitation arrived, shows the plan, moves the clock past the end of
the interview, writes the drafts, prints them, and runs once more to show that
nothing is written twice.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import importlib.resources
import shutil
import tempfile
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

from daemon.config import MaildirAccount, Settings, StateConfig, UserConfig, shipped_rules_dir
from daemon.domain.intents import IntentStatus
from daemon.rules.loader import load_rules
from daemon.service import Runner
from daemon.store import Store

DEMO_USER = UserConfig(
    name="Jordan Lee",
    email="jordan.lee@example.org",
    aliases=["jordan@lee.example"],
    timezone="Europe/Berlin",
)


def _sample_messages() -> list[tuple[str, bytes]]:
    folder = importlib.resources.files("daemon.demo_data")
    return sorted(
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name.endswith(".eml")
    )


def _make_maildir(root: Path, messages: list[tuple[str, bytes]]) -> None:
    for sub in ("", ".Drafts", ".Sent", ".Trash"):
        for leaf in ("cur", "new", "tmp"):
            (root / sub / leaf).mkdir(parents=True, exist_ok=True)
    for n, (_name, raw) in enumerate(messages, 1):
        (root / "cur" / f"{1763000000 + n}.demo{n}.followupd:2,S").write_bytes(raw)


def _show(raw: bytes) -> None:
    """A draft as a mail client shows it: decoded headers, then the body."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for name in (
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "X-Followupd-Rule",
        "X-Followupd-Key",
    ):
        print(f"{name}: {msg[name]}")
    part = msg.get_body(("plain",)) if isinstance(msg, email.message.EmailMessage) else None
    body = part.get_content() if isinstance(part, email.message.EmailMessage) else ""
    print()
    print(str(body).rstrip())
    print("-" * 74)


def _rule(title: str) -> None:
    print(f"\n── {title} " + "─" * max(0, 72 - len(title)))


def run_demo(keep: Path | None = None) -> int:
    workdir = keep or Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    maildir = workdir / "Maildir"
    if maildir.exists():
        shutil.rmtree(maildir)
    state = workdir / "state.sqlite3"
    state.unlink(missing_ok=True)
    messages = _sample_messages()
    _make_maildir(maildir, messages)

    settings = Settings(
        user=DEMO_USER,
        state=StateConfig(path=state),
        accounts={"demo": MaildirAccount(kind="maildir", path=maildir, lookback_days=3650)},
    )
    ruleset = load_rules([shipped_rules_dir()], [shipped_rules_dir() / "templates"])
    tz = settings.user.timezone

    # Look at the mailbox a few minutes after the invitation (01-invitation.eml) arrived.
    invitation = email.message_from_bytes(messages[0][1], policy=email.policy.default)
    first_look = parsedate_to_datetime(str(invitation["Date"])).astimezone(UTC)
    first_look += timedelta(minutes=5)

    print("followupd demo: the real pipeline on bundled sample mail (nothing is sent)")
    print(f"  mailbox: {maildir} ({len(messages)} messages in INBOX)")
    print(f"  state:   {state}")
    print(f"  user:    {DEMO_USER.name} <{DEMO_USER.email}>, time zone {tz}")

    with Store(state) as store:
        runner = Runner(settings, ruleset, store)
        _rule(f"1. Reading the mailbox as of {first_look:%Y-%m-%d %H:%M} UTC")
        report = runner.run_once(first_look)
        print(f"{report.messages_seen} messages looked at, {report.messages_read} read in full.")
        for acc_interview in store.interviews():
            iv = acc_interview[1]
            names = ", ".join(p.display() for p in iv.interviewers)
            print(f"Interview: {iv.title!r} — {iv.company} / {iv.role or '(role not stated)'}")
            print(f"  {iv.start:%Y-%m-%d %H:%M}–{iv.end:%H:%M} UTC with {names}")
        skipped = report.messages_read - len(report.interviews)
        print(f"{skipped} other message(s) with a calendar were recognised as not interviews.")
        planned = store.intents(IntentStatus.PLANNED)
        print(f"Planned: {len(planned)} draft(s), none due yet:")
        for s in planned:
            print(
                f"  {s.intent.due:%Y-%m-%d %H:%M} UTC  [{s.intent.rule_id}] to "
                f"{', '.join(p.display() for p in s.intent.to)}"
            )

        ends = [iv.end for _, iv in store.interviews()]
        later = (max(ends) if ends else first_look) + timedelta(hours=1)
        _rule(f"2. An hour after the interview: {later:%Y-%m-%d %H:%M} UTC")
        report = runner.run_once(later)
        print(f"{len(report.drafts)} draft(s) written to the Drafts folder:")
        drafts = sorted((maildir / ".Drafts" / "cur").iterdir())
        for path in drafts:
            print()
            _show(path.read_bytes())

        _rule("3. Running again (and again): exactly once")
        again = runner.run_once(later + timedelta(minutes=10))
        print(
            f"{len(again.drafts)} new draft(s); Drafts holds "
            f"{len(list((maildir / '.Drafts' / 'cur').iterdir()))} message(s)."
        )
    print(
        f"\nThe demo's files are in {workdir}. To use followupd on your own mail, copy "
        "config.example.toml to ~/.config/followupd/config.toml and run "
        "'followupd check', then 'followupd plan'."
    )
    return 0
