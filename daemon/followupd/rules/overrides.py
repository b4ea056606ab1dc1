"""What of the user's stands in front of the shipped rules, in words and as a diff.

`followupd check` prints `notes(ruleset)`: each rule or template of yours that
overrides a shipped one, each shipped rule you turned off, each copy set aside as
unchanged, and shipped rule files an older `init` copied that are missing from your
folder (deleting a copy no longer turns its rules off). `followupd rules --diff`
prints `diff(ruleset)`: a unified diff for each override.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from followupd.rules.layers import SetAside, rule_text
from followupd.rules.loader import LoadedRule, RuleSet
from followupd.rules.templates import TemplateOverride


def _overriding(ruleset: RuleSet) -> list[LoadedRule]:
    return [lr for lr in ruleset.rules if lr.overrides is not None]


def _template_overrides(ruleset: RuleSet) -> list[TemplateOverride]:
    return ruleset.templates.overrides if ruleset.templates else []


def _set_aside(ruleset: RuleSet) -> list[SetAside]:
    return ruleset.set_aside + (ruleset.templates.set_aside if ruleset.templates else [])


def _text(lr: LoadedRule, ruleset: RuleSet) -> str:
    return rule_text(lr, ruleset.starts.get(lr.file, [lr.line]))


def same_as_shipped(lr: LoadedRule) -> bool:
    """Your copy of a rule says what the shipped one says (today)."""
    return lr.overrides is not None and lr.rule == lr.overrides.rule


def notes(ruleset: RuleSet) -> list[str]:
    """One sentence per thing of yours over the shipped rules."""
    out: list[str] = []
    for lr in _overriding(ruleset):
        shipped = lr.overrides
        assert shipped is not None
        head = (
            f"your copy of rule '{lr.rule.id}' ({lr.file}:{lr.line}) overrides the shipped one "
            f"({shipped.file}:{shipped.line})"
        )
        if same_as_shipped(lr):
            out.append(
                f"{head}; it is the same today, but hides the shipped rule's later "
                "improvements: delete it to follow the shipped one"
            )
        else:
            out.append(f"{head}; `followupd rules --diff` shows how they differ")
    for lr in ruleset.rules:
        if lr.switched_by:
            state = "on" if lr.rule.enabled else "off"
            out.append(f"the shipped rule '{lr.rule.id}' is turned {state} by {lr.switched_by}")
    for t in _template_overrides(ruleset):
        out.append(
            f"your copy of the template {t.name} ({t.yours}) overrides the shipped one "
            f"({t.shipped}); `followupd rules --diff` shows how they differ"
        )
    folders: dict[Path, list[SetAside]] = {}
    for s in _set_aside(ruleset):
        folders.setdefault(Path(s.path).parent, []).append(s)
    for folder, copies in folders.items():
        older = [Path(s.path).name for s in copies if not s.current]
        since = f" ({', '.join(older)}: from an older followupd, improved since)" if older else ""
        out.append(
            f"{folder}: {', '.join(Path(s.path).name for s in copies)} "
            f"{'is an unchanged copy' if len(copies) == 1 else 'are unchanged copies'} of "
            f"shipped files{since}; not used: the shipped ones are, so their improvements "
            "reach you (delete the copies, or edit one to make it yours)"
        )
    out.extend(_missing_copies(ruleset))
    return out


def _missing_copies(ruleset: RuleSet) -> Iterator[str]:
    """Shipped rule files absent from a folder of yours that holds copies of the others:
    an older `init` copied them all, and deleting one used to turn its rules off."""
    shipped = {Path(f).name: f for f in ruleset.shipped_files}
    yours = [Path(f) for f in ruleset.files if f not in ruleset.shipped_files]
    yours += [Path(s.path) for s in ruleset.set_aside]
    folders: dict[Path, set[str]] = {}
    for p in yours:
        folders.setdefault(p.parent, set()).add(p.name)
    for folder, names in folders.items():
        if not names & set(shipped):
            continue
        for name in sorted(set(shipped) - names):
            ids = [
                lr.rule.id
                for lr in ruleset.rules
                if lr.layer == "shipped" and lr.file == shipped[name] and lr.rule.enabled
            ]
            if not ids:
                continue
            yield (
                f"{folder} holds copies of shipped rule files but not of {name}: its rules "
                f"({', '.join(ids)}) are in force. If you deleted it to turn them off, write "
                f"`- {{id: {ids[0]}, enabled: false}}` in a rule file of yours"
            )


def diff(ruleset: RuleSet) -> str:
    """A unified diff, shipped → yours, for every rule and template of yours in front of
    a shipped one; then the rules you turned off and the copies set aside."""
    parts: list[str] = []
    for lr in _overriding(ruleset):
        shipped = lr.overrides
        assert shipped is not None
        if same_as_shipped(lr):
            parts.append(
                f"# rule '{lr.rule.id}': your copy ({lr.file}:{lr.line}) overrides the shipped "
                "one and does not differ from it today; delete it to follow the shipped one\n"
            )
            continue
        parts.append(
            _unified(
                _text(shipped, ruleset),
                _text(lr, ruleset),
                f"shipped {shipped.file}:{shipped.line} (rule {lr.rule.id})",
                f"yours {lr.file}:{lr.line} (rule {lr.rule.id})",
            )
        )
    for t in _template_overrides(ruleset):
        parts.append(
            _unified(_read(t.shipped), _read(t.yours), f"shipped {t.shipped}", f"yours {t.yours}")
        )
    for lr in ruleset.rules:
        if lr.switched_by:
            state = "on" if lr.rule.enabled else "off"
            parts.append(f"# rule '{lr.rule.id}': turned {state} by {lr.switched_by}\n")
    for s in _set_aside(ruleset):
        parts.append(f"# {s.path}: an unchanged copy of a shipped file, not used\n")
    if not parts:
        return "nothing of yours overrides the shipped rules and templates\n"
    return "".join(parts)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unified(old: str, new: str, old_name: str, new_name: str) -> str:
    import difflib  # `rules --diff` only: not resident in a service

    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), old_name, new_name
    )
    out = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    return out
