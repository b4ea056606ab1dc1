"""Whole-mailbox evaluation sets: reading one mailbox folder and its labels.

The format is /work/MAILBOX-FORMAT.md ("Whole-mailbox evaluation sets"): per mailbox a
`mailbox.toml` (the user, the simulated clock), `INBOX/*.eml` and `Sent/*.eml` (complete
messages, delivered at their Date header) and `EXPECT.toml` (the labels). Everything
here is plain reading and checking; a fixture that breaks the format raises
`FixtureError` naming the file and what is wrong.
"""

from __future__ import annotations

import email
import email.policy
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FOLDERS = ("INBOX", "Sent")
NO_ADDRESS = "name:"  # an interviewer whose address the mail never gives
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_CAL_UID = re.compile(r"^UID(?:;[^:\r\n]*)?:(.+?)\r?$", re.MULTILINE)


class FixtureError(ValueError):
    """A mailbox folder that does not follow the format."""


@dataclass(frozen=True)
class User:
    name: str
    email: str
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Message:
    """One message of the mailbox: where it goes, when it arrives, who it is."""

    path: str  # relative to the mailbox folder: "INBOX/002-invitation.eml"
    folder: str  # "INBOX" or "Sent"
    raw: bytes
    date: datetime  # its Date header (aware)
    message_id: str  # as written, with angle brackets; "" when it has none
    sender: str  # the From address, lower-case; "" when none
    calendar_uids: tuple[str, ...]  # UIDs of calendar parts (a look-alike's event)


@dataclass(frozen=True)
class InterviewLabel:
    message: str
    start: datetime
    interviewers: tuple[str, ...]  # lower-case addresses, or "name:Priya Raman"
    source: str  # "text" or "calendar"
    thank_you: bool

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(i for i in self.interviewers if not i.startswith(NO_ADDRESS))

    @property
    def names_only(self) -> tuple[str, ...]:
        return tuple(i[len(NO_ADDRESS) :] for i in self.interviewers if i.startswith(NO_ADDRESS))


@dataclass(frozen=True)
class TimeframeLabel:
    message: str
    due: date
    contact: str
    answered: bool


@dataclass(frozen=True)
class RejectionLabel:
    message: str
    contact: str  # "" when only a no-reply system wrote


@dataclass(frozen=True)
class OfferLabel:
    message: str


@dataclass(frozen=True)
class SilentLabel:
    message: str
    why: str


@dataclass(frozen=True)
class Expect:
    interviews: tuple[InterviewLabel, ...] = ()
    timeframes: tuple[TimeframeLabel, ...] = ()
    rejections: tuple[RejectionLabel, ...] = ()
    offers: tuple[OfferLabel, ...] = ()
    silent: tuple[SilentLabel, ...] = ()


@dataclass(frozen=True)
class Mailbox:
    name: str
    folder: Path
    user: User
    start: datetime
    end: datetime
    messages: tuple[Message, ...]  # in arrival order (Date, then file number)
    expect: Expect

    def message(self, path: str) -> Message:
        for m in self.messages:
            if m.path == path:
                return m
        raise KeyError(path)


def find_mailboxes(set_dir: Path) -> list[Path]:
    """The mailbox folders of a set (its sub-folders with a mailbox.toml), by name; a
    folder that is itself a mailbox is a set of one."""
    if (set_dir / "mailbox.toml").is_file():
        return [set_dir]
    if not set_dir.is_dir():
        raise FixtureError(f"{set_dir}: not a folder")
    found = sorted(p for p in set_dir.iterdir() if (p / "mailbox.toml").is_file())
    if not found:
        raise FixtureError(f"{set_dir}: no mailbox folder (a sub-folder with mailbox.toml)")
    return found


def load_mailbox(folder: Path) -> Mailbox:
    config = _toml(folder / "mailbox.toml")
    where = folder / "mailbox.toml"
    user_table = _table(config, "user", where)
    user = User(
        name=_text(user_table, "name", where),
        email=_text(user_table, "email", where).lower(),
        timezone=_text(user_table, "timezone", where),
    )
    try:
        ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise FixtureError(
            f'{where}: [user] timezone "{user.timezone}" is not an IANA zone'
        ) from None
    clock = _table(config, "clock", where)
    start = _moment(clock, "start", where)
    end = _moment(clock, "end", where)
    if end <= start:
        raise FixtureError(f"{where}: [clock] end is not after start")
    messages = _messages(folder)
    expect = load_expect(folder / "EXPECT.toml", {m.path for m in messages})
    return Mailbox(folder.name, folder, user, start, end, messages, expect)


def parse_message(path: str, folder: str, raw: bytes) -> Message:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    date_header = msg.get("Date")
    when: datetime | None = None
    if date_header:
        try:
            when = parsedate_to_datetime(str(date_header))
        except (TypeError, ValueError):
            when = None
    if when is None or when.tzinfo is None:
        raise FixtureError(f"{path}: no Date header with a time zone (it fixes the arrival)")
    sender = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
    uids = tuple(dict.fromkeys(_calendar_uids(msg)))
    return Message(
        path=path,
        folder=folder,
        raw=raw,
        date=when,
        message_id=norm_id(str(msg.get("Message-ID", ""))),
        sender=sender,
        calendar_uids=uids,
    )


def norm_id(value: str) -> str:
    """A Message-ID as followupd keeps it: the first <…> of the header, else ''."""
    found = _MSG_ID.search(value)
    return f"<{found.group(1).strip()}>" if found else ""


def _calendar_uids(msg: email.message.Message) -> list[str]:
    """The UID of each VEVENT in the message's calendar parts (text/calendar or .ics)."""
    out: list[str] = []
    for part in msg.walk():
        name = (part.get_filename() or "").lower()
        if part.get_content_type() != "text/calendar" and not name.endswith(".ics"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = re.sub(r"\r?\n[ \t]", "", payload.decode("utf-8", "replace"))  # unfold
        out.extend(u.strip() for u in _CAL_UID.findall(text))
    return out


def _messages(folder: Path) -> tuple[Message, ...]:
    found: list[tuple[str, Message]] = []
    numbers: dict[str, str] = {}
    for sub in FOLDERS:
        for file in sorted((folder / sub).glob("*.eml")):
            path = f"{sub}/{file.name}"
            number = file.name[:3]
            if not number.isdigit():
                raise FixtureError(f"{folder / path}: the name does not start with NNN")
            if number in numbers:
                raise FixtureError(f"{folder}: {path} and {numbers[number]} share number {number}")
            numbers[number] = path
            found.append((number, parse_message(path, sub, file.read_bytes())))
    if not found:
        raise FixtureError(f"{folder}: no messages in INBOX/ or Sent/")
    found.sort(key=lambda t: (t[1].date, t[0]))
    return tuple(m for _, m in found)


def load_expect(path: Path, messages: set[str]) -> Expect:
    """The labels; every `message` must name a message of the mailbox."""
    data = _toml(path) if path.exists() else {}

    def entries(name: str) -> list[dict[str, Any]]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
            raise FixtureError(f"{path}: [[{name}]] must be a list of tables")
        for e in value:
            ref = e.get("message")
            if not isinstance(ref, str) or ref not in messages:
                raise FixtureError(
                    f'{path}: [[{name}]] message "{ref}" is not a message of the mailbox'
                )
        return value

    interviews = []
    for e in entries("interview"):
        people = e.get("interviewers", [])
        if not isinstance(people, list) or not all(isinstance(p, str) for p in people):
            raise FixtureError(f"{path}: [[interview]] interviewers must be a list of strings")
        source = e.get("source", "calendar")
        if source not in ("text", "calendar"):
            raise FixtureError(
                f'{path}: [[interview]] source "{source}": must be "text" or "calendar"'
            )
        interviews.append(
            InterviewLabel(
                message=e["message"],
                start=_moment(e, "start", path),
                interviewers=tuple(
                    p if p.startswith(NO_ADDRESS) else p.strip().lower() for p in people
                ),
                source=source,
                thank_you=_flag(e, "thank_you", path, default=True),
            )
        )
    timeframes = []
    for e in entries("timeframe"):
        due = e.get("due")
        if isinstance(due, str):
            try:
                due = date.fromisoformat(due)
            except ValueError:
                due = None
        if not isinstance(due, date) or isinstance(due, datetime):
            raise FixtureError(f"{path}: [[timeframe]] due must be a date such as 2026-11-20")
        timeframes.append(
            TimeframeLabel(
                message=e["message"],
                due=due,
                contact=str(e.get("contact", "")).strip().lower(),
                answered=_flag(e, "answered", path, default=False),
            )
        )
    rejections = [
        RejectionLabel(e["message"], str(e.get("contact", "")).strip().lower())
        for e in entries("rejection")
    ]
    offers = [OfferLabel(e["message"]) for e in entries("offer")]
    silent = [SilentLabel(e["message"], str(e.get("why", ""))) for e in entries("silent")]
    return Expect(
        tuple(interviews), tuple(timeframes), tuple(rejections), tuple(offers), tuple(silent)
    )


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise FixtureError(f"{path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise FixtureError(f"{path}: not valid TOML ({exc})") from None


def _table(data: dict[str, Any], name: str, where: Path) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise FixtureError(f"{where}: no [{name}] table")
    return value


def _text(table: dict[str, Any], key: str, where: Path) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise FixtureError(f"{where}: {key} must be a non-empty string")
    return value.strip()


def _flag(table: dict[str, Any], key: str, where: Path, *, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise FixtureError(f"{where}: {key} must be true or false")
    return value


def _moment(table: dict[str, Any], key: str, where: Path) -> datetime:
    """An instant with its offset: an ISO-8601 string or a TOML offset date-time."""
    value = table.get(key)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            value = None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise FixtureError(
            f"{where}: {key} must be a moment with its offset, e.g. 2026-11-17T14:00:00-06:00"
        )
    return value
