"""Two layers of rules: the playbook that ships with followupd, and the user's files over it.

A user rule with the id of a shipped rule replaces it; a rule of only `id` and
`enabled` (a *switch*) turns a shipped rule off, or on, and keeps the rest of it;
any other user rule is added. A user template with the name of a shipped template
replaces it (templates.py). The shipped layer is read from followupd's own files on
every load, so an upgrade reaches everyone who did not replace a rule.

An older `followupd init` copied every shipped file into the user's folder. Such a
copy, left unchanged, would hide every later improvement of the rule it copies; it
is recognised by its content (`shipped-versions.txt` lists the fingerprint of every
version of every shipped file, as dpkg keeps the checksums of old conffiles) and set
aside: the shipped file is used in its place.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import field_validator

from followupd.domain.errors import Problem
from followupd.rules.spec import RULE_ID, Spec, hint

if TYPE_CHECKING:
    from followupd.rules.loader import LoadedRule

VERSIONS_FILE = "shipped-versions.txt"
# The keys a switch may have: anything else makes it a full rule (and `on`, `do` required).
SWITCH_KEYS = frozenset({"id", "enabled", "description"})


class RuleSwitch(Spec):
    """`- {id: thank-you, enabled: false}`: a shipped rule turned off (or on), kept as it is."""

    id: str
    enabled: bool
    description: str = ""

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(
                f"'{v}' is not a rule id: lower-case letters, digits and '-', at most 64"
            )
        return v


def is_switch(raw: object) -> bool:
    """A rule mapping that only says whether a rule is enabled."""
    return (
        isinstance(raw, dict)
        and "id" in raw
        and "enabled" in raw
        and all(isinstance(k, str) and k in SWITCH_KEYS for k in raw)
    )


@dataclass(frozen=True)
class Switch:
    id: str
    enabled: bool
    file: str
    line: int
    col: int = 1
    index: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class SetAside:
    """A file of the user's that is an unchanged copy of a shipped file: not used."""

    path: str
    current: bool  # a copy of the shipped file as it is today (else of an older version)


def fingerprint(text: str) -> str:
    """The fingerprint of a file's text (line ends as written on any system)."""
    normal = text.replace("\r\n", "\n").encode("utf-8", "surrogateescape")
    return hashlib.sha256(normal).hexdigest()


def shipped_versions(roots: Iterable[Path]) -> frozenset[str]:
    """The fingerprints of every version of every shipped file, today's included."""
    found: set[str] = set()
    for root in roots:
        listed = root / VERSIONS_FILE
        if listed.is_file():
            for line in listed.read_text(encoding="utf-8").splitlines():
                word = line.split("#", 1)[0].split()
                if word:
                    found.add(word[0])
        for path in shipped_files(root):
            found.add(fingerprint(path.read_text(encoding="utf-8", errors="surrogateescape")))
    return frozenset(found)


def template_files(folder: Path) -> list[str]:
    """The templates of a folder as names relative to it: `thank-you.txt`, `de/thank-you.txt`."""
    if not folder.is_dir():
        return []
    out: list[str] = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_dir():
            out += [f"{p.name}/{q.name}" for q in sorted(p.iterdir()) if _template_file(q)]
        elif _template_file(p):
            out.append(p.name)
    return out


def _template_file(p: Path) -> bool:
    return p.suffix == ".txt" and not p.name.startswith(".") and p.is_file()


def shipped_files(root: Path) -> list[Path]:
    """The rule files and templates of a shipped rule folder."""
    out = [p for p in sorted(root.iterdir()) if p.suffix in (".yaml", ".yml", ".toml")]
    templates = root / "templates"
    if templates.is_dir():
        out += [templates / rel for rel in template_files(templates)]
    return out


def unchanged_copy(path: Path, versions: frozenset[str]) -> bool:
    """The file is, byte for byte, a shipped file of this or an older followupd."""
    try:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return False
    return fingerprint(text) in versions


def same_files(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def without(paths: Sequence[Path], layer: Sequence[Path]) -> list[Path]:
    """`paths` less those that are files of `layer` (a [rules] path naming the shipped folder)."""
    return [p for p in paths if not any(same_files(p, q) for q in layer)]


def merge(
    base: list[LoadedRule], mine: list[LoadedRule], switches: list[Switch]
) -> tuple[list[LoadedRule], list[Problem]]:
    """The rules in force: the shipped ones in their order, each replaced or switched by
    the user's rule of the same id, then the user's own rules."""
    problems: list[Problem] = []
    by_id = {lr.rule.id: lr for lr in mine}
    switch_by_id: dict[str, Switch] = {}
    for sw in switches:
        if sw.id in by_id or sw.id in switch_by_id:
            first = by_id[sw.id].file if sw.id in by_id else switch_by_id[sw.id].where
            problems.append(
                Problem(
                    sw.file,
                    sw.line,
                    sw.col,
                    f"rules[{sw.index}].id",
                    f"duplicate rule id '{sw.id}' (first at {first})",
                )
            )
            continue
        switch_by_id[sw.id] = sw
    shipped_ids = {lr.rule.id for lr in base}
    for sw in switch_by_id.values():
        if sw.id not in shipped_ids:
            problems.append(
                Problem(
                    sw.file,
                    sw.line,
                    sw.col,
                    f"rules[{sw.index}]",
                    f"no shipped rule '{sw.id}' to turn {'on' if sw.enabled else 'off'}"
                    f"{hint(sw.id, sorted(shipped_ids))}; a rule of your own needs 'on' and 'do'",
                )
            )
    merged: list[LoadedRule] = []
    for lr in base:
        rid = lr.rule.id
        if rid in by_id:
            merged.append(replace(by_id[rid], overrides=lr))
        elif rid in switch_by_id:
            sw = switch_by_id[rid]
            rule = lr.rule.model_copy(update={"enabled": sw.enabled})
            merged.append(replace(lr, rule=rule, switched_by=sw.where))
        else:
            merged.append(lr)
    merged.extend(lr for lr in mine if lr.rule.id not in shipped_ids)
    return merged, problems


def rule_text(lr: LoadedRule, starts: Sequence[int]) -> str:
    """The lines of a rule's own block in its file: from its first line to the next
    rule's (`starts`: the first lines of all rules of the file), comments at the end left
    to the rule they introduce."""
    try:
        lines = Path(lr.file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    later = [s for s in starts if s > lr.line]
    end = min(later) - 1 if later else len(lines)
    block = lines[lr.line - 1 : end]
    while block and (not block[-1].strip() or block[-1].lstrip().startswith("#")):
        block.pop()
    return "\n".join(block) + "\n" if block else ""


def current_versions(roots: Iterable[Path]) -> frozenset[str]:
    """The fingerprints of the shipped files as they are in this followupd."""
    return frozenset(
        fingerprint(path.read_text(encoding="utf-8", errors="surrogateescape"))
        for root in roots
        for path in shipped_files(root)
    )
