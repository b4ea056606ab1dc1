"""Load rule files and report every problem at once as `FILE:LINE:COL: path: message`.

A file is read into data by reading.py (YAML or TOML, within the bounds of
limits.py) and validated here. Parsed data stops here: the rest of followupd sees
only the pydantic models of schema.py.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from followupd.domain.errors import Problem, RuleError
from followupd.rules.actions import ACTIONS
from followupd.rules.conditions import Condition
from followupd.rules.layers import (
    RuleSwitch,
    SetAside,
    Switch,
    current_versions,
    is_switch,
    merge,
    shipped_versions,
    unchanged_copy,
    without,
)
from followupd.rules.reading import Parsed, parse_toml, parse_yaml, read_rule_file
from followupd.rules.schema import (
    LEXICON_LISTS,
    LexiconSpec,
    PhraseSpec,
    Rule,
    RuleFile,
    Window,
)
from followupd.rules.spec import hint
from followupd.rules.templates import TemplateSet

RULE_SUFFIXES = (".yaml", ".yml", ".toml")


# Field names per model, for "did you mean" hints on unknown keys.
def _keys(model: type[object]) -> list[str]:
    fields = getattr(model, "model_fields", {})
    return [f.alias or name for name, f in fields.items() if name != "flag"]


def _action_keys() -> dict[str, list[str]]:
    """The keys of each action's mapping (draft: to, template, reply; …)."""
    out = {}
    for name, model in ACTIONS.items():
        spec = model.model_fields[name].annotation
        if isinstance(spec, type) and hasattr(spec, "model_fields"):
            out[name] = _keys(spec)
    return out


_KEYS_BY_DEPTH = {
    "file": _keys(RuleFile),
    "rule": _keys(Rule),
    "action": list(ACTIONS),
    **_action_keys(),
    "during": _keys(Window),
    "lexicon": _keys(LexiconSpec),
    **{name: _keys(PhraseSpec) for name in LEXICON_LISTS},
    "if": _keys(Condition),
    "unless": _keys(Condition),
}


@dataclass(frozen=True)
class LoadedRule:
    rule: Rule
    file: str
    line: int
    col: int = 1
    index: int = 0
    # Line and column of a place inside this rule (a path below it), for later checks.
    locate: Callable[[tuple[str | int, ...]], tuple[int, int]] | None = field(
        default=None, compare=False, repr=False
    )

    # Which layer the rule comes from: "shipped" (followupd's playbook) or "yours".
    layer: str = "yours"
    # The shipped rule this one of yours replaces (same id).
    overrides: LoadedRule | None = field(default=None, compare=False, repr=False)
    # FILE:LINE of your switch (`{id, enabled}`) that turned this shipped rule off or on.
    switched_by: str = ""

    @property
    def origin(self) -> str:
        """Where the rule comes from, in words: shipped, yours, yours overriding shipped."""
        if self.switched_by:
            state = "on" if self.rule.enabled else "off"
            return f"shipped, turned {state} by yours"
        if self.layer == "shipped":
            return "shipped"
        return "yours, overriding shipped" if self.overrides is not None else "yours"

    def position(self, below: tuple[str | int, ...]) -> tuple[int, int]:
        if self.locate is None:
            return self.line, self.col
        return self.locate(("rules", self.index, *below))


@dataclass
class RuleSet:
    rules: list[LoadedRule] = field(default_factory=list)
    templates: TemplateSet | None = None
    files: list[str] = field(default_factory=list)
    # The `lexicon:` sections of all files, merged: phrases the classifier adds to its own.
    lexicon_extensions: LexiconSpec = field(default_factory=LexiconSpec)
    # The shipped layer's files, and files of yours left unused as unchanged copies of them.
    shipped_files: list[str] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    # The first line of every rule and switch of each file (where each rule's text ends).
    starts: dict[str, list[int]] = field(default_factory=dict)

    def enabled(self) -> list[LoadedRule]:
        return [r for r in self.rules if r.rule.enabled]


def rule_files(paths: Sequence[Path]) -> list[Path]:
    """The rule files under the given files and folders, in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(q for q in p.iterdir() if q.suffix in RULE_SUFFIXES))
        elif p.exists():
            found.append(p)
        else:
            raise RuleError([Problem(str(p), 0, 0, "", "no such file or folder")])
    return found


def load_rules(
    paths: Sequence[Path], template_folders: Sequence[Path], *, shipped: Sequence[Path] = ()
) -> RuleSet:
    """Load and check every rule file and the templates they use. Raises RuleError.

    `shipped`: the playbook that comes with followupd, the layer under `paths` (see
    layers.py); without it, `paths` are all there is.
    """
    problems: list[Problem] = []
    shipped_dirs = [p for p in shipped if p.is_dir()]
    shipped_templates = [p / "templates" for p in shipped_dirs]
    templates = TemplateSet(template_folders, shipped=shipped_templates)
    ruleset = RuleSet(templates=templates)
    base: list[LoadedRule] = []
    if shipped:
        base, stray = _load_layer(rule_files(shipped), "shipped", ruleset, problems)
        problems.extend(_stray(stray))
        ruleset.shipped_files = list(ruleset.files)
    versions = shipped_versions(shipped_dirs)
    today = current_versions(shipped_dirs)
    mine_files = []
    for path in rule_files(without(paths, shipped)):
        if versions and unchanged_copy(path, versions):
            # A copy an older `init` made, never edited: the shipped file speaks for it.
            ruleset.set_aside.append(SetAside(str(path), current=unchanged_copy(path, today)))
            continue
        mine_files.append(path)
    mine, switches = _load_layer(mine_files, "yours", ruleset, problems)
    if shipped:
        ruleset.rules, merge_problems = merge(base, mine, switches)
        problems.extend(merge_problems)
    else:
        ruleset.rules = mine
        problems.extend(_stray(switches))
    checked: set[str] = set()
    for lr in ruleset.rules:
        for j, action in enumerate(lr.rule.do):
            for name in action.templates():
                if name in checked:
                    continue
                checked.add(name)
                for p in templates.check(name):
                    # A template that is missing is the rule's problem: point at the rule.
                    key_path = f"rules[{lr.index}].do[{j}].{action.kind()}.template"
                    problems.append(
                        p if p.line else Problem(lr.file, lr.line, lr.col, key_path, p.message)
                    )
    if not problems:
        # A rule that did not load may be the one named: check names once all rules load.
        known = {lr.rule.id for lr in ruleset.rules}
        problems.extend(_unknown_rule_refs(ruleset.rules, known))
    if problems:
        raise RuleError([_printable(p) for p in problems])
    return ruleset


def _stray(switches: list[Switch]) -> list[Problem]:
    """Switches with no shipped rule under them: rules that lack their trigger."""
    return [
        Problem(sw.file, sw.line, sw.col, f"rules[{sw.index}]", "missing required key 'on'")
        for sw in switches
    ]


def _load_layer(
    files: list[Path], layer: str, ruleset: RuleSet, problems: list[Problem]
) -> tuple[list[LoadedRule], list[Switch]]:
    """The rules and switches of one layer's files; a rule id twice in a layer is an error."""
    rules: list[LoadedRule] = []
    switches: list[Switch] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        ruleset.files.append(str(path))
        result = _load_file(path)
        problems.extend(result.problems)
        if result.lexicon is not None:
            ruleset.lexicon_extensions = ruleset.lexicon_extensions.merged(result.lexicon)
        ruleset.starts[str(path)] = sorted(
            [lr.line for lr in result.rules] + [sw.line for sw in result.switches]
        )
        switches.extend(result.switches)
        for lr in result.rules:
            where = f"{lr.file}:{lr.line}"
            if lr.rule.id in seen_ids:
                problems.append(
                    Problem(
                        lr.file,
                        lr.line,
                        lr.col,
                        f"rules[{lr.index}].id",
                        f"duplicate rule id '{lr.rule.id}' (first at {seen_ids[lr.rule.id]})",
                    )
                )
                continue
            seen_ids[lr.rule.id] = where
            rules.append(replace(lr, layer=layer))
    return rules, switches


_SURROGATES = re.compile("[\ud800-\udfff]")


def _printable(p: Problem) -> Problem:
    """A problem that can be printed: a lone surrogate (a YAML escape, an odd file name)
    shown as U+FFFD, so writing the error cannot fail."""
    if not _SURROGATES.search(p.file + p.path + p.message):
        return p

    def clean(text: str) -> str:
        return _SURROGATES.sub("\ufffd", text)

    return replace(p, file=clean(p.file), path=clean(p.path), message=clean(p.message))


def _unknown_rule_refs(rules: list[LoadedRule], known: set[str]) -> list[Problem]:
    """A rule id named by a cancel or a draft_unsent that no rule has is a mistake."""
    problems = []
    for lr in rules:
        for path, rid in lr.rule.rule_refs():
            if rid in known:
                continue
            line, col = lr.position(_loc(path))
            problems.append(
                Problem(
                    lr.file,
                    line,
                    col,
                    f"rules[{lr.index}].{path}",
                    f"unknown rule '{rid}'{hint(rid, sorted(known))}",
                )
            )
    return problems


def _loc(path: str) -> tuple[str | int, ...]:
    """'do[0].cancel.rules[1]' → ('do', 0, 'cancel', 'rules', 1)."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path))


def load_file(path: Path) -> tuple[list[LoadedRule], list[Problem]]:
    """Parse and validate one file; never raises for bad content."""
    result = _load_file(path)
    return result.rules, result.problems


class _FileResult(NamedTuple):
    """The rules of one file, its problems, its `lexicon:` section (None: none, or
    invalid) and its switches (`{id, enabled}` alone: a shipped rule turned off or on)."""

    rules: list[LoadedRule]
    problems: list[Problem]
    lexicon: LexiconSpec | None
    switches: list[Switch] = []  # noqa: RUF012 (a NamedTuple default, never mutated)


def _load_file(path: Path) -> _FileResult:
    return _checked(str(path), read_rule_file(path))


def _load_yaml(name: str, text: str) -> _FileResult:
    return _checked(name, parse_yaml(name, text))


def _load_toml(name: str, text: str) -> _FileResult:
    return _checked(name, parse_toml(name, text))


def _checked(name: str, parsed: Parsed) -> _FileResult:
    if isinstance(parsed, Problem):
        return _FileResult([], [parsed], None)
    data, position = parsed
    return _validate(name, data, position)


def _validate(name: str, data: Any, position: Any) -> _FileResult:
    if data is None:
        problem = Problem(name, 1, 1, "", "empty file; a rule file starts with 'version: 1'")
        return _FileResult([], [problem], None)
    if not isinstance(data, dict):
        problem = Problem(name, 1, 1, "", "a rule file is a mapping with 'version' and 'rules'")
        return _FileResult([], [problem], None)
    problems: list[Problem] = []
    raw_rules = data.get("rules")
    # Validate the file shell first, then each rule alone: one broken rule does not hide
    # the problems of another, and the good ones are still reported as loaded.
    shell = {k: v for k, v in data.items() if k != "rules"}
    if isinstance(raw_rules, list):
        shell["rules"] = []
    elif raw_rules is not None:
        shell["rules"] = raw_rules
    lexicon: LexiconSpec | None = None
    try:
        lexicon = RuleFile.model_validate(_plain(shell)).lexicon
    except ValidationError as exc:
        problems.extend(_problems(name, exc, (), position))
    loaded: list[LoadedRule] = []
    switches: list[Switch] = []
    if isinstance(raw_rules, list):
        for i, raw in enumerate(raw_rules):
            if is_switch(raw):
                try:
                    switch = RuleSwitch.model_validate(_plain(raw))
                except ValidationError as exc:
                    problems.extend(_problems(name, exc, ("rules", i), position))
                    continue
                line, col = position(("rules", i))
                switches.append(Switch(switch.id, switch.enabled, name, line, col, i))
                continue
            try:
                rule = Rule.model_validate(_plain(raw))
            except ValidationError as exc:
                problems.extend(_problems(name, exc, ("rules", i), position))
                continue
            line, col = position(("rules", i))
            loaded.append(
                LoadedRule(rule=rule, file=name, line=line, col=col, index=i, locate=position)
            )
    return _FileResult(loaded, problems, lexicon, switches)


def _plain(node: Any) -> Any:
    """ruamel's commented containers to plain dicts and lists (pydantic wants those)."""
    if isinstance(node, dict):
        return {_key(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _key(key: Any) -> str:
    """A mapping key as the text a person wrote (`null:` is 'null', not Python's None)."""
    if isinstance(key, str):
        return key
    if key is None:
        return "null"
    if isinstance(key, bool):
        return str(key).lower()
    if isinstance(key, int | float):
        return str(key)
    return "a list or mapping used as a key"


def _problems(
    name: str, exc: ValidationError, prefix: tuple[str | int, ...], position: Any
) -> list[Problem]:
    out = []
    for err in exc.errors():
        # Leave out pydantic's own steps and the action union's tags ("action:draft").
        loc = prefix + tuple(
            p
            for p in err["loc"]
            if p != "function-before" and not (isinstance(p, str) and p.startswith("action:"))
        )
        kind = err["type"]
        msg = str(err["msg"]).removeprefix("Value error, ")
        if kind == "extra_forbidden":
            key = str(loc[-1])
            msg = f"unknown key '{key}'{_suggest(key, loc)}"
        elif kind == "missing":
            msg = f"missing required key '{loc[-1]}'"
        elif kind == "literal_error" and loc[-1] == "version":
            msg = "unsupported version; this followupd reads version 1"
        elif kind == "too_short" and loc[-1] == "do":
            msg = "a rule needs at least one action under 'do'"
        elif kind == "too_short":
            msg = "give at least one"
        elif kind == "literal_error":
            expected = str(err.get("ctx", {}).get("expected", "")).replace("'", "")
            msg = f"unknown value {_shown(err.get('input'))}; use one of: {expected}"
        elif kind in ("bool_parsing", "bool_type"):
            msg = f"{_shown(err.get('input'))} is not true or false"
        elif kind == "string_unicode":
            msg = "not Unicode text: it holds a lone surrogate (an escape such as \\udcff)"
        elif kind in _WANTED:
            wanted = _WANTED[kind]
            msg = f"expected {wanted}, not {_kind(err.get('input'))}"
        if kind == "missing":
            line, col = position(loc[:-1])
        else:
            line, col = position(loc, kind == "extra_forbidden")
        out.append(Problem(name, line, col, _path(loc), msg))
    return out


# pydantic's type errors, by kind: what the key wants, in a rule file's words.
_WANTED = {
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
}


def _shown(value: Any) -> str:
    """A scalar as a rule file spells it: 'text' quoted, null, true, 3."""
    if isinstance(value, str):
        return f"'{value}'"
    if value is None or isinstance(value, bool):
        return "null" if value is None else str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    return _kind(value)


def _kind(value: Any) -> str:
    """What a value is, in the words of a rule file (not Python's type names)."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a value of another kind"


def _suggest(key: str, loc: tuple[str | int, ...]) -> str:
    parent = [p for p in loc[:-1] if isinstance(p, str)]
    if not parent:
        depth = "file"
    elif parent[-1] == "rules":
        depth = "rule"
    elif parent[-1] == "do":
        depth = "action"
    else:
        depth = parent[-1]
    keys = _KEYS_BY_DEPTH.get(depth, [])
    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; expected one of: {', '.join(keys)}" if keys else ""


def _path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out
