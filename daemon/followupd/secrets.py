"""Where passwords and tokens come from, in one place.

A secret comes from exactly one of:

- ``password`` — inline in the config file, or from the environment
  (``FOLLOWUPD_ACCOUNTS__WORK__PASSWORD``; pydantic-settings puts it in the same
  field, so to this module it is the same source);
- ``password_command`` — a command (run without a shell) whose first output line
  is the secret; ``oauth2_token_command`` follows the same contract for tokens;
- ``password_credential = "NAME"`` — a systemd credential: the file
  ``$CREDENTIALS_DIRECTORY/NAME`` (``LoadCredential=NAME:/path`` in the unit).

Every failure is a ConfigError naming the key (``accounts.work.password_command
exited with status 1``); the secret, and a command's output, never appear in a
message (`redact` masks one a library quoted). `check_config_permissions` warns
when a config file holding an inline secret can be read by other users,
`unsafe_command_file` refuses one that others can change while it names a command,
and `check_rules_permissions` warns about rule folders anyone can change.

Standard library only (plus the domain's errors): the config models import this.
"""

from __future__ import annotations

import grp
import os
import re
import shlex
import stat
import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followupd.domain.errors import ConfigError

# The keys that can hold a secret, in the order they are tried.
SECRET_KEYS = ("password", "password_command", "password_credential")

CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"

COMMAND_TIMEOUT = 60.0

# systemd's credential names: a file name, no "/", not "." or "..", at most 255 bytes.
_CREDENTIAL_NAME = re.compile(r"[^/\x00]{1,255}")


def run_secret_command(command: str, *, key: str, what: str = "password") -> str:
    """Run `command` (split like a shell would, but no shell; a leading ~ is expanded) and
    return its first line.

    A command that cannot start, times out, exits non-zero or prints nothing is a
    ConfigError naming `key` (and the exit status); its output is never shown.
    Surrounding white space is stripped from a token, not from a password.
    """
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"{key}: cannot be split into words: {exc}") from None
    if not argv:
        raise ConfigError(f"{key} is empty")
    # No shell, but "~/bin/tool" means what it would in one.
    argv = [os.path.expanduser(word) if word.startswith("~") else word for word in argv]
    try:
        proc = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise ConfigError(f"{key} did not finish within {COMMAND_TIMEOUT:g} seconds") from None
    except OSError as exc:
        raise ConfigError(f"{key} could not run {argv[0]!r}: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        raise ConfigError(f"{key} exited with status {proc.returncode}")
    lines = proc.stdout.splitlines()
    first = lines[0] if lines else ""
    if what != "password":
        first = first.strip()
    if not first:
        raise ConfigError(f"{key} printed no {what}")
    return first


def redact(text: str, *secrets: str) -> str:
    """`text` with every non-empty secret in it replaced by ***, for an error message."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def check_credential_name(name: str) -> str:
    """A valid systemd credential name (ValueError otherwise, for a validator)."""
    if not _CREDENTIAL_NAME.fullmatch(name) or name in (".", ".."):
        raise ValueError(
            "a systemd credential name is a plain file name (no '/'), as in "
            "LoadCredential=NAME:/path/to/file"
        )
    return name


def read_credential(name: str, *, key: str) -> str:
    """The secret in the systemd credential `name` ($CREDENTIALS_DIRECTORY/NAME), first line."""
    folder = os.environ.get(CREDENTIALS_ENV)
    if not folder:
        raise ConfigError(
            f"{key} = {name!r}: $CREDENTIALS_DIRECTORY is not set; systemd sets it for a "
            f"unit with LoadCredential={name}:/path/to/file (outside systemd, use "
            f"password_command or the environment instead)"
        )
    path = Path(folder) / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{key} = {name!r}: no credential {path} (is LoadCredential={name}:… in the unit?)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"{key} = {name!r}: cannot read {path}: {reason}") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ConfigError(f"{key} = {name!r}: the credential {path} is empty")
    return lines[0]


def configured_sources(
    *, password: object | None, password_command: str | None, password_credential: str | None
) -> list[str]:
    """The names of the secret keys that are set, in SECRET_KEYS order."""
    values = (password, password_command, password_credential)
    return [k for k, v in zip(SECRET_KEYS, values, strict=True) if v is not None and v != ""]


def one_source_problem(sources: list[str]) -> str | None:
    """A message when not exactly one secret source is set, for a model validator."""
    if not sources:
        return "set one of 'password', 'password_command' or 'password_credential'"
    if len(sources) > 1:
        found = " and ".join(f"'{s}'" for s in sources)
        return (
            f"set only one of 'password', 'password_command' or 'password_credential' "
            f"(found {found}; FOLLOWUPD_…__PASSWORD in the environment counts as 'password')"
        )
    return None


def resolve_secret(
    *,
    password: str | None,
    password_command: str | None,
    password_credential: str | None,
    prefix: str = "",
) -> str:
    """The secret from the one configured source; `prefix` (e.g. "accounts.work.") names keys."""
    if password is not None:
        return password
    if password_command:
        return run_secret_command(password_command, key=f"{prefix}password_command")
    if password_credential:
        return read_credential(password_credential, key=f"{prefix}password_credential")
    raise ConfigError(f"{prefix.rstrip('.') or 'account'}: no password configured")


# --- the config file's permissions -----------------------------------------------------

_SECRET_KEY_NAMES = {"password", "token", "access_token", "refresh_token", "client_secret"}


def _is_secret_key(key: str) -> bool:
    key = key.lower()
    if key.endswith("_command") or key.endswith("_credential"):
        return False
    return key in _SECRET_KEY_NAMES or key.endswith(("_password", "_token", "_secret"))


def _keys_where(
    data: Any, chosen: Callable[[str, str, dict[str, Any]], bool], prefix: str = ""
) -> list[str]:
    """Dotted paths of the non-empty string values in a parsed TOML document for which
    `chosen(key, value, table)` holds."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict | list):
                found.extend(_keys_where(value, chosen, f"{path}."))
            elif isinstance(value, str) and value and chosen(str(key), value, data):
                found.append(path)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found.extend(_keys_where(item, chosen, f"{prefix.rstrip('.')}[{i}]."))
    return found


def _holds_secret(key: str, _value: str, table: dict[str, Any]) -> bool:
    # A calendar's "secret address" is a password too.
    return _is_secret_key(key) or (key == "url" and table.get("kind") == "ics_url")


def inline_secret_keys(data: Any) -> list[str]:
    """Dotted paths of keys in a parsed TOML document that hold a secret inline."""
    return _keys_where(data, _holds_secret)


def _group_is_private(gid: int) -> bool:
    """The file's group is this process's own group and names nobody else as a member.

    That is the case for a user private group (Debian's default) and for the
    dedicated account of followupd@.service (config root:ACCOUNT, mode 0640).
    """
    if gid != os.getegid():
        return False
    try:
        members = set(grp.getgrgid(gid).gr_mem)
    except KeyError:
        return True  # a group without a name has no listed members
    try:
        import pwd

        me = pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        me = ""
    return members <= {me}


def command_keys(data: Any) -> list[str]:
    """Dotted paths of keys in a parsed TOML document that name a command to run."""
    return _keys_where(data, lambda key, _value, _table: key.endswith("_command"))


def unsafe_command_file(path: Path, data: Any) -> str | None:
    """Why `path` must not be used, when others can change it and it names a command.

    Whoever can write the file can make followupd run any program as this user (a
    password_command or oauth2_token_command), so, as ssh does with its files, a config
    writable by its group or by other users is refused when it holds a command.
    """
    keys = command_keys(data)
    if not keys:
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    writers = [
        who
        for bit, who in ((stat.S_IWGRP, "its group"), (stat.S_IWOTH, "other users"))
        if mode & bit
    ]
    if not writers:
        return None
    return (
        f"{path}: refused: it holds {keys[0]} and can be changed by {' and '.join(writers)} "
        f"(mode {mode:04o}), who could make followupd run any command: chmod go-w {path}"
    )


def check_rules_permissions(paths: list[Path]) -> list[str]:
    """Warnings for rule folders (and rule files) that other users can change.

    Rules decide what followupd writes in the user's name; a folder anyone can write
    to lets anyone add a rule.
    """
    warnings: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        for target in (given, given.parent) if given.is_file() else (given,):
            if target in seen:
                continue
            seen.add(target)
            try:
                mode = stat.S_IMODE(target.stat().st_mode)
            except OSError:
                continue
            if mode & stat.S_IWOTH:
                what = "rule folder" if target.is_dir() else "rule file"
                warnings.append(
                    f"{what} {target} can be changed by other users (mode {mode:04o}), who "
                    f"could add rules that write in your name: chmod o-w {target}"
                )
    return warnings


def check_config_permissions(path: Path) -> list[str]:
    """Warnings when `path` holds a password or token inline and other users can read it.

    Readable by others: always a warning. Readable by the group: a warning unless the
    group is the process's own, private group (see `_group_is_private`). A file with no
    inline secret (password_command, password_credential, the environment) is fine at
    any mode. A file that cannot be read or parsed gives no warning here:
    `load_settings` reports that.
    """
    try:
        st = path.stat()
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return []
    keys = inline_secret_keys(data)
    if not keys:
        return []
    mode = stat.S_IMODE(st.st_mode)
    readers: list[str] = []
    if mode & stat.S_IROTH:
        readers.append("other users")
    if mode & stat.S_IRGRP and not _group_is_private(st.st_gid):
        readers.insert(0, "its group")
    if not readers:
        return []
    shown = ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
    return [
        f"{path} holds a secret inline ({shown}) and can be read by {' and '.join(readers)} "
        f"(mode {mode:04o}): chmod 600 {path}"
    ]
