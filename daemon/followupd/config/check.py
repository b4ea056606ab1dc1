"""Every problem of a configuration file in one pass, each as `FILE:LINE:COL: key: what`.

`load_settings` (every command) stops at the problems that make the file unusable:
TOML syntax, a file others can change that names a command, what pydantic refuses,
and the cross-key checks pydantic never reaches while a field of the same table is
wrong (config/cross.py). `followupd check` adds what only a person can fix and a run
would find late or never:

- values still as config.example.toml (or `followupd init`) wrote them: the example
  name and address, the example host, username, password and password_command;
- a password_command / oauth2_token_command whose program is not on PATH;
- a Maildir or .ics path that does not exist.

Problems are de-duplicated; a value from the environment is named by its variable
(FOLLOWUPD_USER__TIMEZONE) instead of a line of the file. Secrets are never shown.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import EnvSettingsSource

from followupd.config.cross import Loc, raw_problems
from followupd.config.locate import KeyPositions, key_positions
from followupd.config.paths import shipped_rules_dir
from followupd.config.sections import RulesConfig
from followupd.config.settings import (
    ENV_PREFIX,
    Settings,
    rule_paths_for,
    settings_from,
    template_folders_for,
)
from followupd.config.wording import clean_loc, describe, dotted, toml_error
from followupd.domain.errors import ConfigError
from followupd.secrets import command_keys, missing_program, unsafe_command_file


@dataclass(frozen=True)
class ConfigProblem:
    """One problem, where it is written (line 0: not in the file) and what is wrong."""

    where: str  # the file, or the environment variable that set the value
    line: int
    col: int
    key: str
    message: str

    def __str__(self) -> str:
        at = f"{self.where}:{self.line}:{self.col}" if self.line else self.where
        return f"{at}: {self.key}: {self.message}" if self.key else f"{at}: {self.message}"


@dataclass
class ConfigCheck:
    """The outcome of checking one file: the settings when they load, and every problem."""

    path: Path
    settings: Settings | None = None
    problems: list[ConfigProblem] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def rule_paths(self) -> list[Path]:
        """The rules in force, also when the settings do not load (to check them too)."""
        if self.settings is not None:
            return self.settings.rule_paths()
        return rule_paths_for(self._rules(), self.path.parent)

    def template_folders(self) -> list[Path]:
        if self.settings is not None:
            return self.settings.template_folders()
        return template_folders_for(self._rules(), self.path.parent)

    def shipped_rule_paths(self) -> list[Path]:
        """The shipped playbook, the layer under the rules of `rule_paths()`."""
        if self.settings is not None:
            return self.settings.shipped_rule_paths()
        return [shipped_rules_dir()] if self._rules().shipped else []

    def _rules(self) -> RulesConfig:
        try:
            return RulesConfig.model_validate(self.data.get("rules") or {})
        except ValidationError:
            return RulesConfig()


def read_document(path: Path) -> dict[str, Any]:
    """The parsed TOML file; ConfigError (with line and column) when it cannot be."""
    if not path.exists():
        raise ConfigError(
            f"{path}: no configuration file (run 'followupd init', or pass --config PATH)"
        )
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}:{toml_error(exc)}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def validate(path: Path, *, lint: bool = False) -> ConfigCheck:
    """Read and validate `path` under the environment; with `lint`, also what `check` adds."""
    data = read_document(path)
    result = ConfigCheck(path=path, data=data)
    text = path.read_text(encoding="utf-8", errors="replace")
    place = _Placer(path, key_positions(text), _environment())
    found: list[tuple[Loc, str]] = []
    refused = unsafe_command_file(path, data)
    if refused:
        found.append(((), refused.removeprefix(f"{path}: ")))
    try:
        settings = settings_from(path)
        settings.config_path = path
        result.settings = settings
    except ValidationError as exc:
        for err in exc.errors():
            found.append((clean_loc(tuple(err.get("loc") or ())), describe(dict(err))))
    merged = _merge(data, place.env)
    if result.settings is None:
        # What the model validators would have said had their tables' fields been right.
        found += raw_problems(merged)
    if lint:
        found += example_values(merged) + missing_programs(merged)
        if result.settings is not None:
            found += missing_paths(result.settings)
    placed = _unique([place(loc, message) for loc, message in found])
    # In the order of the file; values from the environment after it.
    result.problems = sorted(placed, key=lambda p: (p.where != str(path), p.line, p.col))
    if refused:
        result.settings = None  # never usable, whatever else is right
    return result


def _unique(problems: list[ConfigProblem]) -> list[ConfigProblem]:
    """Each problem once; one pydantic reported without a key is dropped when the same
    words were also found at a key (a model validator's, and the cross-key check's)."""
    seen: list[ConfigProblem] = []
    for p in problems:
        if p not in seen:
            seen.append(p)
    keyed = {p.message for p in seen if p.key}
    return [p for p in seen if p.key or p.message not in keyed]


def _environment() -> dict[str, Any]:
    try:
        return EnvSettingsSource(Settings)()
    except Exception:  # a variable pydantic cannot parse: validation says which
        return {}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@dataclass
class _Placer:
    """Turns (key path, message) into a ConfigProblem with its position or variable."""

    path: Path
    positions: KeyPositions
    env: dict[str, Any]

    def __call__(self, loc: Loc, message: str) -> ConfigProblem:
        key = dotted(loc)
        variable = self._variable(loc)
        if variable:
            return ConfigProblem(variable, 0, 0, key, message)
        at = self.positions.find(loc)
        line, col = at if at else (0, 0)
        return ConfigProblem(str(self.path), line, col, key, message)

    def _variable(self, loc: Loc) -> str | None:
        node: Any = self.env
        for part in loc:
            if not isinstance(node, dict) or not isinstance(part, str) or part not in node:
                return None
            node = node[part]
        if isinstance(node, dict) or not loc:
            return None
        return ENV_PREFIX + "__".join(str(p).upper() for p in loc)


# --- what only `check` says ----------------------------------------------------------

# Keys whose example value is a placeholder, by the table they are in.
_PLACEHOLDERS = {
    "user": ("name", "email", "aliases"),
    "accounts": ("host", "username", "password", "password_command", "oauth2_token_command"),
    "smtp": ("host", "username", "password", "password_command"),
    "calendars": ("url", "username", "password", "password_command"),
}


def example_values(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Keys still holding a placeholder of config.example.toml (commented ones too)."""
    shipped = _example_placeholders()
    found: list[tuple[Loc, str]] = []
    for loc, value in _leaves(data):
        table = loc[0] if loc and isinstance(loc[0], str) else ""
        at = 1 if table in ("user", "smtp") else 2  # [accounts.NAME] and [[calendars]]
        if table not in _PLACEHOLDERS or len(loc) <= at:
            continue
        name = loc[at]
        if name not in _PLACEHOLDERS[table] or len(loc) > at + 2:
            continue
        if isinstance(name, str) and _hashable(value) in shipped.get(name, set()):
            found.append(
                (loc, "still the example's value (from config.example.toml); put your own")
            )
    return found


def missing_programs(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Commands whose program cannot be found (nothing is run)."""
    found: list[tuple[Loc, str]] = []
    values = dict(_leaves(data, keep_lists=True))
    for dotted_key in command_keys(data):
        loc = _parse_dotted(dotted_key)
        command = values.get(loc)
        if isinstance(command, str | list) and all(isinstance(w, str) for w in command):
            problem = missing_program(command)
            if problem:
                found.append((loc, problem))
    return found


def missing_paths(settings: Settings) -> list[tuple[Loc, str]]:
    """A Maildir account or an .ics file calendar whose path is not there."""
    from followupd.config.calendar_sections import IcsFileCalendar
    from followupd.config.sections import MaildirAccount

    found: list[tuple[Loc, str]] = []
    for name, account in settings.accounts.items():
        if isinstance(account, MaildirAccount) and not account.path.is_dir():
            found.append((("accounts", name, "path"), f"no folder {account.path}"))
    for i, calendar in enumerate(settings.calendars):
        if isinstance(calendar, IcsFileCalendar) and not calendar.path.exists():
            found.append((("calendars", i, "path"), f"no file or folder {calendar.path}"))
    return found


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _leaves(data: Any, loc: Loc = (), *, keep_lists: bool = False) -> list[tuple[Loc, Any]]:
    """(key path, value) of every value; list items each at their index, and with
    `keep_lists` the lists of plain values as a whole too."""
    out: list[tuple[Loc, Any]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out += _leaves(value, (*loc, str(key)), keep_lists=keep_lists)
    elif isinstance(data, list):
        if keep_lists and not any(isinstance(v, dict | list) for v in data):
            out.append((loc, data))
        for i, value in enumerate(data):
            out += _leaves(value, (*loc, i), keep_lists=keep_lists)
    else:
        out.append((loc, data))
    return out


def _parse_dotted(key: str) -> Loc:
    """`calendars[0].password_command` -> ("calendars", 0, "password_command")."""
    loc: list[str | int] = []
    for part in key.split("."):
        name, _, rest = part.partition("[")
        if name:
            loc.append(name)
        while rest:
            number, _, rest = rest.partition("]")
            loc.append(int(number))
            rest = rest.removeprefix("[")
    return tuple(loc)


def _example_placeholders() -> dict[str, set[object]]:
    """Key name -> the example's values for it, from the shipped config.example.toml
    (commented lines included: they are there to be uncommented)."""
    text = (resources.files("followupd.data") / "config.example.toml").read_text("utf-8")
    values: dict[str, set[object]] = {}
    for raw in text.splitlines():
        line = raw.strip().removeprefix("#").strip()
        key, equals, rest = line.partition("=")
        key = key.strip()
        if not equals or not key.replace("_", "").isalnum():
            continue
        value = _toml_value(rest)
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        bucket = values.setdefault(key, set())
        bucket.update(_hashable(v) for v in items)
        bucket.add(_hashable(value))
    return values


def _toml_value(text: str) -> object | None:
    """The TOML value `text` holds, cutting a trailing comment if needed; None if none."""
    cut = text
    while True:
        try:
            value: object = tomllib.loads(f"v = {cut}")["v"]
            return value
        except tomllib.TOMLDecodeError:
            if "#" not in cut:
                return None
            cut = cut[: cut.rindex("#")]
