"""Reading one rule file into data, within the bounds of limits.py, or one positioned Problem.

YAML is read with ruamel.yaml (YAML 1.2, so `on:` stays a string and every node
keeps its line and column); TOML with tomllib. Either way the result is the data
and a function giving the line and column of a path in it (for later problems).
"""

from __future__ import annotations

import re
import tomllib
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from followupd.domain.errors import Problem
from followupd.rules.limits import MAX_BYTES, TOO_DEEP, data_depth, toml_depth, yaml_events

# (path, key?) → (line, column), 1-based: `key` points at a key rather than its value.
Locate = Callable[..., tuple[int, int]]
Parsed = tuple[Any, Locate] | Problem


def read_rule_file(path: Path) -> Parsed:
    """The data of a rule file (YAML, or TOML by its suffix), or why it cannot be read."""
    name = str(path)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            reason = f"larger than {MAX_BYTES // 1024} KiB; a rule file is never that large"
            return Problem(name, 1, 1, "", reason)
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(raw, exc.start)
        return Problem(name, line, col, "", "cannot read: not UTF-8 text (save the file as UTF-8)")
    except OSError as exc:
        return Problem(name, 1, 1, "", f"cannot read: {exc.strerror or exc}")
    return parse_toml(name, text) if path.suffix == ".toml" else parse_yaml(name, text)


def _byte_position(raw: bytes, index: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, index) + 1
    column = len(raw[line_start:index].decode("utf-8", "replace")) + 1
    return raw.count(b"\n", 0, index) + 1, column


def parse_yaml(name: str, text: str) -> Parsed:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        with warnings.catch_warnings():
            # ruamel warns (on stderr) about reused anchors; the file still loads.
            warnings.simplefilter("ignore")
            # Tags, aliases and nesting are checked on the events, before anything is built.
            found = yaml_events(YAML(typ="rt").parse(text))
            if found is not None:
                line, col, reason = found
                return Problem(name, line, col, "", reason)
            data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        # ruamel shows both values as Python reprs; the key and its place say enough.
        duplicate = re.match(r'found duplicate key "(.*?)" with value', reason)
        if duplicate:
            key = duplicate.group(1)
            # An empty key (a line starting with ':') is YAML's null, shown as None.
            named = "an empty key" if key == "None" else f"the key '{key}'"
            reason = f"{named} is given twice"
        return Problem(name, line, col, "", f"invalid YAML: {reason}")
    except (YAMLError, ValueError, TypeError, RecursionError) as exc:
        reason = " ".join(str(exc).split())
        return Problem(name, 1, 1, "", f"invalid YAML: {reason}")
    return data, lambda loc, key=False: _yaml_position(data, loc, key)


def parse_toml(name: str, text: str) -> Parsed:
    found = toml_depth(text)
    if found is not None:
        line, col, reason = found
        return Problem(name, line, col, "", reason)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        return Problem(name, 1, 1, "", TOO_DEEP)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+), column (\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        return Problem(name, line, col, "", f"invalid TOML: {reason}")
    if data_depth(data):  # dotted keys (a.b.c… = 1) nest without brackets
        return Problem(name, 1, 1, "", TOO_DEEP)
    return data, lambda loc, key=False: _toml_position(text, loc)


def _yaml_position(data: Any, loc: tuple[str | int, ...], key: bool = False) -> tuple[int, int]:
    """Line and column (1-based) of the deepest node of `loc` that exists.

    An error about a scalar value points at the value; with `key`, at the key itself.
    """
    node, line, col = data, 1, 1
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line, col = node.lc.key(part)
            line, col = line + 1, col + 1
            child = node[part]
            if not isinstance(child, CommentedMap | CommentedSeq):
                vline, vcol = node.lc.value(part)
                # An error on a scalar value points at the value, not the key.
                if part == loc[-1] and not key:
                    line, col = vline + 1, vcol + 1
            node = child
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line, col = node.lc.item(part)
            line, col = line + 1, col + 1
            node = node[part]
        else:
            break
    return line, col


def _toml_position(text: str, loc: tuple[str | int, ...]) -> tuple[int, int]:
    """TOML keeps no positions: find the last named key of `loc` in the text (best effort)."""
    keys = [p for p in loc if isinstance(p, str)]
    lines = text.splitlines()
    for key in reversed(keys):
        pattern = re.compile(rf"^\s*(\[\[?)?\s*{re.escape(key)}\s*(=|\]|\.)")
        for number, line in enumerate(lines, 1):
            m = pattern.search(line)
            if m:
                return number, line.index(key) + 1
    return 1, 1
