"""Checks that span several keys of a table, over plain values.

The models' validators use them on validated values and raise the first problem;
`followupd check` uses them on the file's values as written (merged with the
environment), so a problem pydantic never reaches — a model validator does not run
while a field of its table is wrong — is still reported in the same pass.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from followupd.secrets import configured_sources, one_source_problem

Loc = tuple[str | int, ...]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _clear_text_problem(values: Mapping[str, Any], what: str) -> str | None:
    host = values.get("host")
    if values.get("security") == "none" and isinstance(host, str) and not is_loopback(host):
        return (
            f'security = "none" sends {what} in clear text; it is only allowed for a '
            f'loopback host, not \'{host}\'. Use "tls" or "starttls"'
        )
    return None


def imap_problems(values: Mapping[str, Any]) -> list[str]:
    """The login settings (one secret source, or a token command) and clear text."""
    problems: list[str] = []
    sources = configured_sources(
        password=values.get("password"),
        password_command=values.get("password_command"),
        password_credential=values.get("password_credential"),
    )
    token_command = values.get("oauth2_token_command")
    if values.get("auth", "password") == "xoauth2":
        if not token_command:
            problems.append(
                "auth = \"xoauth2\" needs 'oauth2_token_command' (a command that prints an "
                "access token, e.g. oauth2l fetch …)"
            )
        if sources:
            found = " and ".join(f"'{s}'" for s in sources)
            problems.append(
                f"auth = \"xoauth2\" takes the token from 'oauth2_token_command'; remove {found}"
            )
    elif token_command:
        problems.append("'oauth2_token_command' is only used with auth = \"xoauth2\"")
    else:
        problem = one_source_problem(sources)
        if problem:
            problems.append(problem)
    clear = _clear_text_problem(values, "the password")
    if clear:
        problems.append(clear)
    return problems


def smtp_problems(values: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    if (
        values.get("username")
        and values.get("password") is None
        and not values.get("password_command")
    ):
        problems.append("set 'password' or 'password_command' with 'username'")
    clear = _clear_text_problem(values, "mail and password")
    if clear:
        problems.append(clear)
    return problems


def caldav_problems(values: Mapping[str, Any]) -> list[str]:
    if values.get("password") is None and not values.get("password_command"):
        return ["set 'password' or 'password_command'"]
    return []


def settings_problems(data: Mapping[str, Any]) -> list[tuple[Loc, str]]:
    """Problems between tables: reminders by SMTP without [smtp]; two calendars, one name."""
    problems: list[tuple[Loc, str]] = []
    reminders = data.get("reminders")
    smtp_wanted = isinstance(reminders, Mapping) and reminders.get("delivery") == "smtp"
    if smtp_wanted and data.get("smtp") is None:
        problems.append(
            (("reminders", "delivery"), '"smtp" needs an [smtp] section (your outgoing server)')
        )
    calendars = data.get("calendars")
    if isinstance(calendars, list):
        names = [c.get("name") for c in calendars if isinstance(c, Mapping)]
        seen: set[object] = set()
        for i, name in enumerate(names):
            if isinstance(name, str) and name in seen:
                problems.append(
                    (
                        ("calendars", i, "name"),
                        f"the name '{name}' is used twice; names must differ",
                    )
                )
            seen.add(name)
    return problems


def raw_problems(data: Mapping[str, Any]) -> list[tuple[Loc, str]]:
    """Every cross-key problem in a parsed (and environment-merged) config document."""
    problems: list[tuple[Loc, str]] = []
    accounts = data.get("accounts")
    if isinstance(accounts, Mapping):
        for name, account in accounts.items():
            if isinstance(account, Mapping) and account.get("kind", "imap") == "imap":
                problems += [(("accounts", str(name)), p) for p in imap_problems(account)]
    smtp = data.get("smtp")
    if isinstance(smtp, Mapping):
        problems += [(("smtp",), p) for p in smtp_problems(smtp)]
    calendars = data.get("calendars")
    if isinstance(calendars, list):
        for i, calendar in enumerate(calendars):
            if isinstance(calendar, Mapping) and calendar.get("kind") == "caldav":
                problems += [(("calendars", i), p) for p in caldav_problems(calendar)]
    return problems + settings_problems(data)
