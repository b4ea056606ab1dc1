"""Load rule files and report every problem at once as `FILE:LINE:COL: path: message`.

A file is read into data by reading.py (YAML or TOML, within the bounds of
limits.py) and validated here (wording.py puts pydantic's errors in a rule file's
words). Parsed data stops here: the rest of followupd sees only the pydantic models
of schema.py. The shipped rules and the user's are two layers (layers.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from followupd.domain.errors import Problem, RuleError
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
from followupd.rules.schema import LexiconSpec, Rule, RuleFile
from followupd.rules.spec import hint
from followupd.rules.templates import TemplateSet
from followupd.rules.wording import problems_of

RULE_SUFFIXES = (".yaml", ".yml", ".toml")


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
        problems.extend(problems_of(name, exc, (), position))
    loaded: list[LoadedRule] = []
    switches: list[Switch] = []
    if isinstance(raw_rules, list):
        for i, raw in enumerate(raw_rules):
            if is_switch(raw):
                try:
                    switch = RuleSwitch.model_validate(_plain(raw))
                except ValidationError as exc:
                    problems.extend(problems_of(name, exc, ("rules", i), position))
                    continue
                line, col = position(("rules", i))
                switches.append(Switch(switch.id, switch.enabled, name, line, col, i))
                continue
            try:
                rule = Rule.model_validate(_plain(raw))
            except ValidationError as exc:
                problems.extend(problems_of(name, exc, ("rules", i), position))
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
