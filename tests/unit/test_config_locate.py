"""The TOML key locator: every table and key at the line and column it is written."""

from __future__ import annotations

import json
import tomllib

from hypothesis import given
from hypothesis import strategies as st

from followupd.config.locate import key_positions

BARE = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
# Keys that need quotes: dots, spaces, brackets and equals signs inside.
QUOTED = st.text(alphabet="ab .=[]#'", min_size=1, max_size=6)
KEY = st.one_of(BARE, QUOTED)
# Values that look like keys or headers inside: the locator must skip them.
TRICKY = st.sampled_from(["[x]", "a = 1", "# no", "[[y]]", "]", "{", '"', "'", "\\"])
STRING = st.lists(st.one_of(TRICKY, st.text(alphabet="abc =[]#", max_size=5)), max_size=3).map(
    "".join
)


def key_text(key: str) -> str:
    return key if all(c.isalnum() or c in "_-" for c in key) else json.dumps(key)


@st.composite
def value_text(draw: st.DrawFn) -> tuple[str, int]:
    """A TOML value as text, and how many lines it takes."""
    kind = draw(st.sampled_from(["int", "string", "literal", "multiline", "array", "inline"]))
    if kind == "int":
        return str(draw(st.integers(-99, 99))), 1
    text = draw(STRING)
    if kind == "string":
        return json.dumps(text), 1
    if kind == "literal" and "'" not in text:
        return f"'{text}'", 1
    if kind == "multiline":
        body = text.replace('"', "").replace("\\", "")
        return f'"""\n{body}\n[fake]\nk = 1\n"""', 4
    if kind == "array":
        items = draw(st.lists(STRING, max_size=3))
        lines = ",\n  ".join(json.dumps(i) for i in items)
        return f"[\n  {lines}\n]", 3
    return f"{{ a = {json.dumps(text)}, b = [1, 2] }}", 1


@given(
    tables=st.dictionaries(
        KEY,
        st.dictionaries(KEY, value_text(), max_size=4),
        min_size=1,
        max_size=4,
    ),
    indent=st.sampled_from(["", "  "]),
    comment=st.booleans(),
)
def test_every_key_is_found_at_its_line(
    tables: dict[str, dict[str, tuple[str, int]]], indent: str, comment: bool
) -> None:
    lines: list[str] = []
    expected: dict[tuple[str | int, ...], tuple[int, int]] = {}
    for table, keys in tables.items():
        if comment:
            lines.append("# [not.a.table] = 1")
        lines.append(f"{indent}[{key_text(table)}]")
        expected[(table,)] = (len(lines), len(indent) + 1)
        for key, (value, _height) in keys.items():
            tail = "  # a comment = [x]" if comment else ""
            expected[(table, key)] = (len(lines) + 1, len(indent) + 1)
            # A value spanning lines adds them after its first.
            lines.extend(f"{indent}{key_text(key)} = {value}{tail}".split("\n"))
    text = "\n".join(lines) + "\n"
    parsed = tomllib.loads(text)  # the document is valid TOML
    assert set(parsed) == set(tables)
    found = key_positions(text)
    for loc, at in expected.items():
        assert found.at.get(loc) == at, (loc, text)


def test_arrays_of_tables_dotted_keys_and_a_missing_key() -> None:
    text = (
        '[[calendars]]\nkind = "a"\n[[calendars]]\nname = "b"\n'
        "[calendars.extra]\nx.y = 1\n[accounts.work]\nhost = 'h'\n"
    )
    found = key_positions(text)
    assert found.at[("calendars", 0, "kind")] == (2, 1)
    assert found.at[("calendars", 1, "name")] == (4, 1)
    assert found.at[("calendars", 1, "extra", "x", "y")] == (6, 1)
    assert found.find(("accounts", "work", "username")) == (7, 1)  # missing: its table
    assert found.find(("accounts",)) == (7, 1)
    assert found.find(("nowhere",)) is None
