"""`followupd folders [ACCOUNT]`: an account's folders, their special-use flags, and
which of them followupd uses — as `mbsync -l` or `goimapnotify list` show them.

For IMAP the server's LIST (with RETURN (SPECIAL-USE), RFC 6154, where offered) is
shown as it is; for a Maildir the folders on disk (no flags: Maildir has none). The
FOLLOWUPD column says where drafts go, where sent mail is looked for and which folders
are watched, as a run would choose them; a configured folder the server does not have
is listed too, marked missing. Nothing is read or written.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from followupd.config import ImapAccount, MaildirAccount, Settings
from followupd.domain.errors import ConfigError, SourceError
from followupd.mailstores.imapconn import (
    DRAFTS_NAMES,
    SENT_NAMES,
    FolderList,
    find_special,
    list_folders,
    open_client,
    shutdown_quietly,
    where,
)
from followupd.status import format_table

# RFC 6154 §2 and RFC 8457 (\Important): the flags that say what a folder is for.
SPECIAL_USE = (
    "\\All",
    "\\Archive",
    "\\Drafts",
    "\\Flagged",
    "\\Junk",
    "\\Sent",
    "\\Trash",
    "\\Important",
)


@dataclass(frozen=True)
class Folder:
    """One folder of an account, as `folders` shows it."""

    account: str
    name: str
    special_use: tuple[str, ...]
    selectable: bool
    followupd: tuple[str, ...]  # "drafts", "sent", "watched", "missing", "made later"


def account_folders(settings: Settings, only: str | None = None) -> list[tuple[str, str]]:
    """(name, where) of the accounts to list; ConfigError for an unknown name."""
    if only is not None and only not in settings.accounts:
        known = ", ".join(settings.accounts) or "none configured"
        raise ConfigError(f"no account '{only}' in the configuration (accounts: {known})")
    names = [only] if only is not None else list(settings.accounts)
    out = []
    for name in names:
        account = settings.accounts[name]
        out.append(
            (name, where(account) if isinstance(account, ImapAccount) else str(account.path))
        )
    return out


def folders_of(name: str, account: ImapAccount | MaildirAccount) -> list[Folder]:
    """The folders of one account (logs in to an IMAP server; SourceError if it cannot)."""
    if isinstance(account, MaildirAccount):
        listed: FolderList = [((), f) for f in _maildir_folders(account.path)]
    else:
        client = open_client(name, account)
        try:
            listed = list_folders(client)
        except OSError as exc:
            raise SourceError(f"cannot list the folders of account {name}: {exc}") from None
        finally:
            try:
                client.logout()
            except Exception:  # the listing is what matters; a failed LOGOUT is not
                shutdown_quietly(client)
    return _annotate(name, account, listed)


def _annotate(name: str, account: ImapAccount | MaildirAccount, listed: FolderList) -> list[Folder]:
    drafts = account.drafts_folder or find_special(listed, b"\\Drafts", DRAFTS_NAMES) or "Drafts"
    sent = account.sent_folder or find_special(listed, b"\\Sent", SENT_NAMES)
    watched = {f.upper() if f.upper() == "INBOX" else f for f in account.folders}
    rows: list[Folder] = []
    seen: set[str] = set()
    for flags, folder in listed:
        words = [_word(f) for f in flags]
        key = folder.upper() if folder.upper() == "INBOX" else folder
        seen.add(key)
        uses = [
            use
            for use, hit in (
                ("drafts", folder == drafts),
                ("sent", folder == sent),
                ("watched", key in watched),
            )
            if hit
        ]
        special = tuple(w for w in words if w.lower() in {s.lower() for s in SPECIAL_USE})
        selectable = not any(w.lower() in ("\\noselect", "\\nonexistent") for w in words)
        rows.append(Folder(name, folder, special, selectable, tuple(uses)))
    for wanted, use in [*((f, "watched") for f in sorted(watched)), (drafts, "drafts")]:
        if wanted not in seen:
            # A Maildir's Drafts folder is made with the first draft; elsewhere it must exist.
            later = use == "drafts" and isinstance(account, MaildirAccount)
            rows.append(
                Folder(name, wanted, (), False, (use, "made later" if later else "missing"))
            )
            seen.add(wanted)
    return rows


def _word(flag: bytes | str) -> str:
    return flag.decode("ascii", "replace") if isinstance(flag, bytes) else str(flag)


def _maildir_folders(root: Path) -> list[str]:
    """INBOX (the root) and every Maildir++ folder (.Name, `.` for the hierarchy)."""
    if not root.is_dir():
        raise SourceError(f"no Maildir at {root}")
    found = ["INBOX"] if (root / "cur").is_dir() else []
    for child in sorted(root.iterdir()):
        if child.name.startswith(".") and (child / "cur").is_dir():
            found.append(child.name[1:])
    return found


def render(account: str, place: str, rows: list[Folder]) -> str:
    """A table: folder, special-use flags, what followupd does with it."""
    words = {
        "drafts": "drafts go here",
        "sent": "your sent mail is read here",
        "watched": "watched",
        "missing": "NOT FOUND",
        "made later": "made with the first draft",
    }
    table = [("FOLDER", "SPECIAL-USE", "FOLLOWUPD")]
    for row in rows:
        flags = " ".join(row.special_use)
        if not row.selectable and not {"missing", "made later"} & set(row.followupd):
            flags = (flags + " (not selectable)").strip()
        table.append((row.name, flags, ", ".join(words[u] for u in row.followupd)))
    return f"account {account} ({place})\n{format_table(table)}"


def as_json(rows: list[Folder]) -> list[dict[str, object]]:
    return [
        {**asdict(r), "special_use": list(r.special_use), "followupd": list(r.followupd)}
        for r in rows
    ]
