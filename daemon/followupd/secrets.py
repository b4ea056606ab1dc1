"""Where passwords and tokens come from, in one place.

A secret comes from exactly one of:

- ``password`` — inline in the config file, or from the environment
  (``FOLLOWUPD_ACCOUNTS__WORK__PASSWORD``; pydantic-settings puts it in the same
  field, so to this module it is the same source);
- ``password_command`` — a command whose first output line is the secret: a string
  is run by ``/bin/sh -c`` (as mbsync's PassCmd, msmtp's passwordeval and
  goimapnotify's passwordCMD), a list of words without a shell;
  ``oauth2_token_command`` follows the same contract for tokens;
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
import shutil
import stat
import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followupd.domain.errors import ConfigError
from followupd.domain.words import as_toml

# The keys that can hold a secret, in the order they are tried.
SECRET_KEYS = ("password", "password_command", "password_credential")

CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"

COMMAND_TIMEOUT = 60.0

# systemd's credential names: a file name, no "/", not "." or "..", at most 255 bytes.
_CREDENTIAL_NAME = re.compile(r"[^/\x00]{1,255}")


# A command as the config file gives it: a string is a shell command line (as mbsync's
# PassCmd, msmtp's passwordeval and goimapnotify's passwordCMD are), a list is an argv
# run without a shell.
Command = str | list[str]

# Words a shell understands itself: a command line starting with one names no program.
_SHELL_WORDS = frozenset({
    "!", "{", "(", "[[", ".", ":", "alias", "bg", "builtin", "case", "cd", "eval", "exit",
    "export", "false", "for", "fg", "function", "if", "read", "readonly", "return", "set",
    "shift", "source", "test", "trap", "true", "type", "ulimit", "umask", "unset", "until",
    "wait", "while",
})  # fmt: skip
# Wrappers whose first plain word after their options is the program they run.
_WRAPPERS = frozenset({"env", "exec", "command", "nohup"})
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_SHELL_SYNTAX = re.compile(r"[$`(){}<>|;&*?\[]")


def check_command(value: Command, *, key: str = "the command") -> Command:
    """A command the config may hold (ValueError otherwise, for a validator): a string a
    shell can split (quotes closed), or a list of words whose first is not empty."""
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("is empty")
        try:
            shlex.split(value)
        except ValueError:
            raise ValueError(
                "has an unclosed quote (a string is run by /bin/sh; or give a list of "
                'words, as in ["pass", "show", "mail/work"])'
            ) from None
        return value
    if not value or not value[0].strip():
        raise ValueError(
            'is empty: give the program and its arguments, as in ["pass", "show", "x"]'
        )
    return value


def command_argv(command: Command) -> list[str]:
    """The argv that runs `command`: /bin/sh -c for a string, the list itself otherwise
    (a leading ~ expanded in each word, as a shell would)."""
    if isinstance(command, str):
        return ["/bin/sh", "-c", command]
    return [os.path.expanduser(word) if word.startswith("~") else word for word in command]


def command_program(command: Command) -> str | None:
    """The program a command runs, when it can be told without running a shell: the list's
    first word, or a command line's first plain word (after VAR=value and wrappers such as
    env). None when the line starts with shell syntax or a shell builtin."""
    if isinstance(command, list):
        return command[0] if command else None
    try:
        words = shlex.split(command, comments=True)
    except ValueError:
        return None
    wrapped = False
    for word in words:
        if _ASSIGNMENT.match(word) or (wrapped and word.startswith("-")):
            continue
        if word in _WRAPPERS:
            wrapped = True
            continue
        if word in _SHELL_WORDS or _SHELL_SYNTAX.search(word):
            return None
        return word
    return None


def missing_program(command: Command, path: str | None = None) -> str | None:
    """Why `command` cannot start, or None: its program is not on PATH (`path`, default
    $PATH) or, named with a '/', is not an executable file. Nothing is run."""
    program = command_program(command)
    if program is None:
        return None
    if "/" in program:
        full = os.path.expanduser(program)
        if os.path.isfile(full) and os.access(full, os.X_OK):
            return None
        return f"its program {program} is not an executable file"
    if shutil.which(program, path=path) is not None:
        return None
    return f"its program {program} is not on PATH (install it, or give its full path)"


def run_secret_command(command: Command, *, key: str, what: str = "password") -> str:
    """Run `command` and return the first line it prints.

    A string is run by /bin/sh (`sh -c`), so pipes, `$VAR` and `~` work as in mbsync's
    PassCmd; a list is run as it is, without a shell (a leading ~ is expanded). A
    command that cannot start, times out, exits non-zero or prints nothing is a
    ConfigError naming `key` (and the exit status); its output is never shown.
    Surrounding white space is stripped from a token, not from a password.
    """
    try:
        check_command(command)
    except ValueError as exc:
        raise ConfigError(f"{key} {exc}") from None
    argv = command_argv(command)
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
        raise ConfigError(f"{key} could not run {argv[0]}: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        missing = missing_program(command) if proc.returncode == 127 else None
        if isinstance(command, str) and missing:
            raise ConfigError(f"{key} could not run: {missing} (the shell's exit status 127)")
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
            f"{key} = {as_toml(name)}: $CREDENTIALS_DIRECTORY is not set; systemd sets it for a "
            f"unit with LoadCredential={name}:/path/to/file (outside systemd, use "
            f"password_command or the environment instead)"
        )
    path = Path(folder) / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{key} = {as_toml(name)}: no credential {path}"
            f" (is LoadCredential={name}:… in the unit?)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"{key} = {as_toml(name)}: cannot read {path}: {reason}") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ConfigError(f"{key} = {as_toml(name)}: the credential {path} is empty")
    return lines[0]


def configured_sources(
    *,
    password: object | None,
    password_command: Command | None,
    password_credential: str | None,
) -> list[str]:
    """The names of the secret keys that are set, in SECRET_KEYS order."""
    values = (password, password_command, password_credential)
    return [
        k for k, v in zip(SECRET_KEYS, values, strict=True) if v is not None and v not in ("", [])
    ]


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
    password_command: Command | None,
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


def command_keys(data: Any, prefix: str = "") -> list[str]:
    """Dotted paths of keys in a parsed TOML document that name a command to run (a
    string or a list of words)."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}{key}"
            if str(key).endswith("_command") and isinstance(value, str | list) and value:
                found.append(path)
            elif isinstance(value, dict | list):
                found.extend(command_keys(value, f"{path}."))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found.extend(command_keys(item, f"{prefix.rstrip('.')}[{i}]."))
    return found


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
