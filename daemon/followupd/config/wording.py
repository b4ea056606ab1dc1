"""How a validation problem is worded: one line, `FILE: key.path: what is wrong`.

pydantic's error list becomes the keys as the user wrote them (`accounts.work.host`,
`calendars[1].url`, no union tags), a suggestion for a misspelt key, and never the
value (it may be a password or an address holding a token).
"""

from __future__ import annotations

import re
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


def clean_loc(loc: tuple[int | str, ...]) -> tuple[str | int, ...]:
    """pydantic's location without the union tags it adds (`accounts.work.imap.host`)."""
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if isinstance(part, str) and part in _TAGS and i > 0 and loc[i - 1] not in ("accounts",):
            continue  # the discriminator's tag pydantic adds, not a key of the file
        out.append(part)
    return tuple(out)


def dotted(loc: tuple[str | int, ...]) -> str:
    """`accounts.work.host`, `calendars[1].url`: the key as the user wrote it."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _key_path(loc: tuple[int | str, ...]) -> str:
    return dotted(clean_loc(loc))


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TUPLE = re.compile(r"\(((?:'[^']*'(?:,\s*)?)+)\)")


def toml_error(exc: Exception) -> str:
    """`LINE:COL: not valid TOML: what` from tomllib's message (its key tuples dotted)."""
    text = str(exc)
    at = _TOML_AT.search(text)
    where = f"{at.group(1)}:{at.group(2)}:" if at else ""
    text = _TOML_AT.sub("", text)
    text = _TUPLE.sub(lambda m: "[" + ".".join(re.findall(r"'([^']*)'", m.group(1))) + "]", text)
    text = text[:1].lower() + text[1:]
    return f"{where} not valid TOML: {text}"


def describe(err: dict[str, Any]) -> str:
    """What is wrong, in words (never the value: it may be a secret)."""
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
        import difflib  # only for a hint: not resident in a service

        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        return f"unknown key; did you mean '{close[0]}'?" if close else "unknown key"
    if typ == "path_type":
        return "not a path"
    msg = str(err.get("msg", "invalid"))
    # No Python reprs ("for <class 'pathlib.Path'>") in what a person reads.
    msg = re.sub(r"\s*(?:for\s+)?<class '[^']*'>", "", msg)
    return msg.removeprefix("Value error, ")


def _kinds(err: dict[str, Any]) -> tuple[str, ...]:
    loc = err.get("loc") or ()
    return CALENDAR_KINDS if loc and loc[0] == "calendars" else ("imap", "maildir")


def error_line(path: Path, err: dict[str, Any]) -> str:
    key = _key_path(tuple(err.get("loc") or ()))
    return f"{path}: {key}: {describe(err)}" if key else f"{path}: {describe(err)}"
