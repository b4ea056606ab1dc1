"""pydantic's validation errors in the words of a rule file: `FILE:LINE:COL: path: message`.

"unknown key 'aftr'; did you mean 'after'?", "expected a list, not text": each error
placed at its key, in the words a person wrote the file in (not Python's type names).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from followupd.domain.errors import Problem
from followupd.rules.actions import ACTIONS
from followupd.rules.conditions import Condition
from followupd.rules.schema import LEXICON_LISTS, LexiconSpec, PhraseSpec, Rule, RuleFile, Window


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


def problems_of(
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
    import difflib  # only for a hint: not resident in a service

    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; expected one of: {', '.join(keys)}" if keys else ""


def _path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out
