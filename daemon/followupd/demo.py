"""`followupd demo`: the real pipeline on bundled sample mail, in a local Maildir.

The sample holds an interview invitation with a panel of three and mail that
must not trigger anything (a newsletter, a dentist appointment, a webinar
called "Interview tips", a lunch with a friend). The demo then plays one
hiring process forward on a simulated clock — the checklist before the end of
the interview, the thank-you drafts, the debrief note, your reply to it and a
recruiter's promise to answer by Friday, then a rejection — and shows what
followupd does at each step. Nothing is sent; the drafts are files in the
demo's Maildir.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import importlib.resources
import shutil
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from followupd.compose.flowed import unflow
from followupd.config import MaildirAccount, Settings, StateConfig, UserConfig, shipped_rules_dir
from followupd.domain.intents import IntentStatus
from followupd.domain.words import quoted
from followupd.mailstores.maildir import unique_name
from followupd.pipeline import Runner, RunReport
from followupd.rules.loader import load_rules
from followupd.status import status_rows, status_table
from followupd.store import Store

DEMO_USER = UserConfig(
    name="Jordan Lee",
    email="jordan.lee@example.org",
    aliases=["jordan@lee.example"],
    timezone="Europe/Berlin",
)
RECRUITER = "Priya Nair <priya.nair@northwind-robotics.example>"


def _sample_messages() -> list[tuple[str, bytes]]:
    folder = importlib.resources.files("followupd.demo_data")
    return sorted(
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name.endswith(".eml")
    )


class DemoMailbox:
    """The demo's Maildir: INBOX, Drafts and Sent, and a way to 'receive' a message."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0
        self.store: Store | None = None
        for sub in ("", ".Drafts", ".Sent", ".Trash"):
            for leaf in ("cur", "new", "tmp"):
                (root / sub / leaf).mkdir(parents=True, exist_ok=True)

    def receive(self, raw: bytes, folder: str = "", *, now: bool = False) -> None:
        """Deliver a message: the bundled ones dated in the past, later ones as they arrive."""
        self.count += 1
        name = f"{1763000000 + self.count}.demo{self.count}.followupd"
        if now:
            name = unique_name()
        (self.root / folder / "cur" / f"{name}:2,S").write_bytes(raw)

    def messages(self, folder: str, rule: str | None = None) -> list[EmailMessage]:
        out = []
        for path in sorted((self.root / folder / "cur").iterdir()):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            if rule is None or self.rule_of(msg) == rule:
                out.append(msg)
        return out

    def rule_of(self, msg: EmailMessage) -> str:
        """The rule that wrote a message: a note says it; a draft carries no marker, so
        the state file says it by its Message-ID."""
        if msg["X-Followupd-Rule"]:
            return str(msg["X-Followupd-Rule"])
        if self.store is None:
            return ""
        rules = {s.intent.key: s.intent.rule_id for s in self.store.intents()}
        mid = str(msg["Message-ID"] or "").strip()
        return next(
            (rules.get(k, "") for k, lt in self.store.letters().items() if lt.message_id == mid), ""
        )


def _show(msg: EmailMessage, *, body: bool = True, rule: str = "") -> None:
    """A message as a mail client shows it: decoded headers, then the body."""
    for name in ("From", "To", "Subject", "In-Reply-To", "X-Followupd-Rule"):
        if msg[name]:
            print(f"  {name}: {msg[name]}")
    if rule and not msg["X-Followupd-Rule"]:
        print(f"  (written by rule {rule}; `followupd drafts` lists which rule wrote what)")
    if body:
        part = msg.get_body(("plain",))
        text = str(part.get_content()) if isinstance(part, EmailMessage) else ""
        if isinstance(part, EmailMessage) and part.get_param("format") == "flowed":
            text = unflow(text)  # as a mail client joins the soft line breaks
        print()
        for line in text.rstrip().splitlines():
            indent = line[: len(line) - len(line.lstrip())]
            hanging = indent + ("  " if line.lstrip().startswith(("- ", "* ")) else "")
            wrapped = textwrap.wrap(line, 74, subsequent_indent=hanging) or [""]
            for piece in wrapped:
                print(f"  │ {piece}")
    print()


def _step(title: str) -> None:
    print(f"\n── {title} " + "─" * max(0, 74 - len(title)))


def _done(report: RunReport) -> None:
    for d in report.done:
        what = {"draft": "draft in Drafts", "remind": "note in your INBOX"}.get(d.kind, d.kind)
        print(f"  ✓ {what} [{d.rule_id}] {('to ' + d.to) if d.kind == 'draft' else ''}".rstrip())
    if not report.done:
        print("  (nothing due)")


def _mail(subject: str, body: str, at: datetime, **headers: str) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = headers.pop("sender", RECRUITER)
    msg["To"] = f"{DEMO_USER.name} <{DEMO_USER.email}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at.astimezone(timezone(timedelta(hours=1))))
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def run_demo(keep: Path | None = None) -> int:
    workdir = keep or Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    root = workdir / "Maildir"
    if root.exists():
        shutil.rmtree(root)
    state = workdir / "state.sqlite3"
    for leftover in workdir.glob("state.sqlite3*"):
        leftover.unlink()
    box = DemoMailbox(root)
    messages = _sample_messages()
    for _, raw in messages:
        box.receive(raw)

    settings = Settings(
        user=DEMO_USER,
        state=StateConfig(path=state),
        accounts={"demo": MaildirAccount(kind="maildir", path=root, lookback_days=3650)},
    )
    ruleset = load_rules([shipped_rules_dir()], [shipped_rules_dir() / "templates"])
    invitation = email.message_from_bytes(messages[0][1], policy=email.policy.default)
    arrived = parsedate_to_datetime(str(invitation["Date"])).astimezone(UTC)

    print("followupd demo: the real pipeline on bundled sample mail — nothing is sent.")
    print(f"  mailbox  {root} ({len(messages)} messages in INBOX)")
    print(f"  rules    {shipped_rules_dir()} ({len(ruleset.rules)} rules)")
    print(f"  you      {DEMO_USER.name} <{DEMO_USER.email}>, {DEMO_USER.timezone}")

    with Store(state) as store:
        box.store = store
        runner = Runner(settings, ruleset, store)
        zone = settings.user.timezone

        now = arrived + timedelta(minutes=5)
        _step(f"1. {now:%a %d %b %H:%M} UTC — the mailbox is read")
        report = runner.run_once(now)
        _, _, iv = store.interviews_with_application()[0]
        print(f"  Interview: {iv.title}")
        print(f"    {iv.start:%a %d %b %H:%M}–{iv.end:%H:%M} UTC; {iv.company}, {iv.role}")
        print(f"    with {', '.join(p.display() for p in iv.interviewers)}")
        for title, reason in report.not_interviews:
            print(f"  Not an interview: {quoted(title)} — {reason}")
        print("  Planned:")
        for s in store.intents(IntentStatus.PLANNED):
            due = s.intent.due.astimezone(UTC)
            print(f"    {due:%a %d %b %H:%M} UTC  {s.intent.rule_id:22} {s.intent.kind.value}")

        now = iv.end - timedelta(minutes=15)
        _step(f"2. {now:%a %d %b %H:%M} UTC — fifteen minutes before the end")
        _done(runner.run_once(now))
        _show(box.messages("", "interview-checklist")[0])

        now = iv.end + timedelta(hours=1)
        _step(f"3. {now:%a %d %b %H:%M} UTC — an hour after the interview")
        _done(runner.run_once(now))
        thanks = box.messages(".Drafts", "thank-you")
        _show(thanks[0], rule="thank-you")
        print(f"  (and {len(thanks) - 1} more thank-you drafts, one per interviewer)\n")

        now = iv.end + timedelta(hours=17)
        _step(f"4. {now:%a %d %b %H:%M} UTC — you answer the debrief; the recruiter writes")
        note = box.messages("", "debrief")[0]
        box.receive(
            _mail(
                f"Re: {note['Subject']}",
                "Zoë: system design, the caching question - I'd add the LRU idea\n"
                "Ken: the Kafka migration; asked about on-call\n"
                "Lena - roadmap for the fleet dashboard\n"
                "Timeframe: they said by the end of next week\n",
                now - timedelta(hours=10),
                sender=f"{DEMO_USER.name} <{DEMO_USER.email}>",
                In_Reply_To=str(note["Message-ID"]),
                Message_ID="<debrief-reply-1@example.org>",
            ),
            now=True,
        )
        box.receive(
            _mail(
                "Re: Senior Backend Engineer panel",
                "Hi Jordan,\n\nthank you for your time yesterday, the team enjoyed the "
                "conversation. We are meeting the last candidates this week and will get back "
                "to you by Friday, November 27.\n\nBest,\nPriya\n",
                now - timedelta(hours=2),
                Message_ID="<nw-update-1@northwind-robotics.example>",
            ),
            now=True,
        )
        _done(runner.run_once(now))
        _show(box.messages(".Drafts", "follow-up-letter")[0], rule="follow-up-letter")
        check = [s for s in store.intents(IntentStatus.PLANNED) if s.intent.rule_id == "check-back"]
        if check:
            moved = check[0].intent.due.astimezone(UTC)
            print(f"  The check-back moved to {moved:%a %d %b %H:%M} UTC")
            print("  (one business day after their Friday, inside office hours).")

        now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
        _step(f"5. {now:%a %d %b %H:%M} UTC — the answer is no")
        box.receive(
            _mail(
                "Your application at Northwind Robotics",
                "Dear Jordan,\n\nthank you again for interviewing with us. After careful "
                "consideration we have decided to move forward with another candidate whose "
                "experience more closely matches our current needs.\n\nWe wish you all the best,"
                "\nPriya\n",
                now - timedelta(hours=1),
                Message_ID="<nw-decision-1@northwind-robotics.example>",
            ),
            now=True,
        )
        report = runner.run_once(now)
        _done(report)
        _show(box.messages(".Drafts", "rejection-thanks")[0], rule="rejection-thanks")
        withdrawn = [s for s in store.intents(IntentStatus.WITHDRAWN)]
        for s in withdrawn:
            print(f"  withdrawn: {s.intent.rule_id} ({s.note})")

        _step("6. Running again: exactly once")
        again = runner.run_once(now + timedelta(minutes=10))
        drafts = len(box.messages(".Drafts"))
        print(f"  {len(again.done)} new action(s); Drafts holds {drafts} drafts.")

        _step("followupd status")
        print(status_table(status_rows(store, now), zone))
    print(
        f"\nThe demo's mail and state are in {workdir}.\nTo use followupd on your own mail: "
        "run 'followupd init', edit ~/.config/followupd/config.toml, then 'followupd check' "
        "and 'followupd plan'."
    )
    return 0
