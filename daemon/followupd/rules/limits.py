"""The bounds a rule file is held to before it becomes data, so no file can hang a check.

A rule file is at most 256 KiB; nesting is at most 50 levels; YAML aliases may not
expand to more than 100,000 nodes ("billion laughs") nor refer to themselves; and
YAML tags other than the core ones (`!!str`, `!!int`, …) are refused: a rule file
holds plain values, lists and mappings, never objects (`!!python/…`).

Each check returns the first problem as (line, column, sentence), 1-based, or None.
YAML is checked on its event stream (which ruamel produces without recursion) before
it is composed into data; TOML on its text before tomllib, which recurses, reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

MAX_BYTES = 256 * 1024  # shipped files are ~1 KiB; ruamel reads ~200 KiB a second
MAX_DEPTH = 50
MAX_NODES = 100_000

# The core schema's tags: they only say what a value already is.
_CORE_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
}

Found = tuple[int, int, str] | None

TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep; a rule file is never that deep"


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def toml_depth(text: str) -> Found:
    """The first '[' or '{' of a TOML text nested deeper than MAX_DEPTH (outside strings
    and comments): tomllib recurses on nested arrays, so this runs before it does."""
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = _position(text, i)
                return line, col, TOO_DEEP
        elif c in "]}":
            depth = max(depth - 1, 0)
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            i = _after_quote(text, i)
            continue
        i += 1
    return None


def _after_quote(text: str, i: int) -> int:
    """The index after the TOML string starting at i."""
    quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else text[i]
    j, n = i + len(quote), len(text)
    while j < n:
        if text.startswith(quote, j):
            return j + len(quote)
        if quote[0] == '"' and text[j] == "\\":
            j += 1
        elif len(quote) == 1 and text[j] == "\n":
            return j  # an unclosed quote ends with its line (the parser will say so)
        j += 1
    return n


def yaml_events(events: Iterable[Any]) -> Found:
    """The first tag, alias or nesting of a YAML event stream that a rule file may not have."""
    depth = 0
    nodes = 0
    # Per open collection: its anchor and the node count when it opened.
    stack: list[tuple[str | None, int]] = []
    sizes: dict[str, int] = {}
    for ev in events:
        kind = type(ev).__name__
        if kind not in ("MappingStartEvent", "SequenceStartEvent", "ScalarEvent", "AliasEvent"):
            if kind in ("MappingEndEvent", "SequenceEndEvent") and stack:
                anchor, start = stack.pop()
                depth -= 1
                if anchor is not None:
                    sizes[str(anchor)] = nodes - start
            continue
        line, col = ev.start_mark.line + 1, ev.start_mark.column + 1
        tag = getattr(ev, "tag", None)
        if tag is not None and str(tag) not in _CORE_TAGS:
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            return (
                line,
                col,
                (
                    f"the tag '{shown}' is not allowed: a rule file holds plain values, "
                    "lists and mappings"
                ),
            )
        if kind == "AliasEvent":
            anchor = str(ev.anchor)
            if any(a == anchor for a, _ in stack):
                return line, col, f"the alias '*{anchor}' refers to itself"
            nodes += sizes.get(anchor, 1)
        else:
            nodes += 1
        if nodes > MAX_NODES:
            return (
                line,
                col,
                (
                    f"more than {MAX_NODES:,} values, each alias counted as the values it "
                    "repeats; a rule file is never that large"
                ),
            )
        if kind in ("MappingStartEvent", "SequenceStartEvent"):
            depth += 1
            if depth > MAX_DEPTH:
                return line, col, TOO_DEEP
            stack.append((ev.anchor, nodes - 1))
        elif kind == "ScalarEvent" and ev.anchor is not None:
            sizes[str(ev.anchor)] = 1
    return None


def data_depth(data: Any) -> bool:
    """Whether parsed data nests deeper than MAX_DEPTH (TOML's dotted keys can)."""
    todo: list[tuple[Any, int]] = [(data, 0)]
    while todo:
        node, depth = todo.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(node, dict):
            todo.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            todo.extend((v, depth + 1) for v in node)
    return False
