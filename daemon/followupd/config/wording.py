"""How a validation problem is worded: one line, `FILE: key.path: what is wrong`.

pydantic's error list becomes the keys as the user wrote them (`accounts.work.host`,
`calendars[1].url`, no union tags), a suggestion for a misspelt key, and never the
value (it may be a password or an address holding a token).
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from followupd.config.calendar_sections import (
    CALENDAR_KINDS,
    CalDavCalendar,
    IcsFileCalendar,
    IcsUrlCalendar,
)
from followupd.config.sections import (
    ImapAccount,
    MaildirAccount,
    RemindersConfig,
    RulesConfig,
    RunConfig,
    SmtpConfig,
    StateConfig,
    UserConfig,
)
from followupd.config.settings import Settings

_TAGS = ("imap", "maildir", *CALENDAR_KINDS)


def _key_path(loc: tuple[int | str, ...]) -> str:
    """`accounts.work.host`, `calendars[1].url`: the key as the user wrote it (no union tags)."""
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in _TAGS and i > 0 and loc[i - 1] not in ("accounts",):
            continue  # the discriminator's tag pydantic adds, not a key of the file
        else:
            out += f".{part}" if out else str(part)
    return out


def _describe(err: dict[str, Any]) -> str:
    typ = err.get("type", "")
    if typ == "missing":
        return "required key is missing"
    if typ == "union_tag_not_found":
        return f"set kind = one of {', '.join(repr(k) for k in _kinds(err))}"
    if typ == "union_tag_invalid":
        return f"unknown kind; use one of {', '.join(repr(k) for k in _kinds(err))}"
    if typ == "extra_forbidden":
        key = str(err["loc"][-1]) if err.get("loc") else ""
        known = sorted(
            {
                name
                for model in (
                    Settings,
                    UserConfig,
                    StateConfig,
                    RulesConfig,
                    RunConfig,
                    ImapAccount,
                    MaildirAccount,
                    CalDavCalendar,
                    IcsUrlCalendar,
                    IcsFileCalendar,
                    SmtpConfig,
                    RemindersConfig,
                )
                for name in model.model_fields
            }
            - {"config_path"}
        )
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        return f"unknown key; did you mean '{close[0]}'?" if close else "unknown key"
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _kinds(err: dict[str, Any]) -> tuple[str, ...]:
    loc = err.get("loc") or ()
    return CALENDAR_KINDS if loc and loc[0] == "calendars" else ("imap", "maildir")


def error_line(path: Path, err: dict[str, Any]) -> str:
    key = _key_path(tuple(err.get("loc") or ()))
    return f"{path}: {key}: {_describe(err)}" if key else f"{path}: {_describe(err)}"
