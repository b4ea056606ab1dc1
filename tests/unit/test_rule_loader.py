"""Rule files: loading, and every problem reported at once as FILE:LINE:COL: path: message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.domain.errors import RuleError
from daemon.rules.loader import load_file, load_rules

ROOT = Path(__file__).resolve().parents[2]
INVALID = sorted((ROOT / "tests/data/rules/invalid").glob("*.[yt][ao]ml"))


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_shipped_rules_load() -> None:
    """The rules that ship with followupd load cleanly and include the thank-you rule."""
    ruleset = load_rules([Path("rules")], [Path("rules/templates")])
    ids = {lr.rule.id for lr in ruleset.rules}
    assert "thank-you" in ids
    thank_you = next(lr.rule for lr in ruleset.rules if lr.rule.id == "thank-you")
    assert thank_you.on == "interview.ended"
    assert thank_you.for_each == "interviewer"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_rule_files_match_golden_messages(path: Path) -> None:
    """Each invalid rule file gives exactly the messages in its .expected golden file."""
    relative = path.relative_to(ROOT)
    with pytest.raises(RuleError) as info:
        load_rules([relative], [Path("rules/templates")])
    expected = path.with_name(path.name + ".expected").read_text(encoding="utf-8")
    assert str(info.value) + "\n" == expected


def test_all_problems_reported_at_once() -> None:
    """A file with several broken rules reports each of them, not just the first."""
    with pytest.raises(RuleError) as info:
        load_rules([Path("tests/data/rules/invalid/many-problems.yaml")], [Path("rules/templates")])
    assert len(info.value.problems) == 4
    assert {p.line for p in info.value.problems} == {3, 9, 10, 14}


def test_toml_rule_file_has_the_same_schema(tmp_path: Path) -> None:
    """A TOML rule file with the same shape as the YAML one loads to the same rule."""
    path = tmp_path / "thanks.toml"
    path.write_text(
        'version = 1\n[[rules]]\nid = "thanks"\non = "interview.ended"\nafter = "45m"\n'
        'for_each = "interviewer"\ndo = [{ draft = { to = "interviewer", template = "thank-you" } }]\n'
    )
    ruleset = load_rules([path], [ROOT / "rules/templates"])
    assert ruleset.rules[0].rule.after is not None
    assert ruleset.rules[0].rule.after.minutes == 45


def test_template_with_unknown_variable_is_reported(tmp_path: Path) -> None:
    """A template that uses a variable templates do not have is an error at load time."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "oops.txt").write_text("Subject: Hi {{ interviewr.name }}\n\nBody\n")
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "version: 1\nrules:\n  - id: x\n    on: interview.ended\n    for_each: interviewer\n"
        "    do:\n      - draft: {to: interviewer, template: oops}\n"
    )
    with pytest.raises(RuleError) as info:
        load_rules([rules], [tmp_path / "templates"])
    (problem,) = info.value.problems
    assert problem.file.endswith("oops.txt")
    assert problem.line == 1
    assert "unknown variable 'interviewr'" in problem.message


def test_template_syntax_error_names_its_line(tmp_path: Path) -> None:
    """A template that does not compile is reported with its file and line."""
    (tmp_path / "bad.txt").write_text("Subject: x\n\nHello\n{% if %}\n")
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "version: 1\nrules:\n  - id: x\n    on: interview.ended\n    for_each: interviewer\n"
        "    do:\n      - draft: {to: interviewer, template: bad}\n"
    )
    with pytest.raises(RuleError) as info:
        load_rules([rules], [tmp_path])
    assert info.value.problems[0].line == 4


TOKENS = [
    *"abc:-[]{}'\"#&*!|>%@` \n\t0123456789.,",
    "version: 1\n",
    "rules:\n",
    "  - id: x\n",
    "    on: interview.ended\n",
    "    after: ",
    "    do:\n",
    "      - draft: ",
    "{to: interviewer, template: thank-you}",
    "for_each: interviewer",
    "&a ",
    "*a",
    "!!python/object ",
]
yaml_text = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
structures = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["version", "rules", "id", "on", "after", "do", "draft", "to", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(yaml_text)
def test_arbitrary_yaml_only_gives_positioned_problems(text: str) -> None:
    """Any text as a YAML rule file yields rules or problems with a position; it never crashes."""
    path = Path("/nonexistent/fuzz.yaml")
    from daemon.rules import loader

    _loaded, problems = loader._load_yaml(str(path), text)
    for p in problems:
        assert p.line >= 1 and p.col >= 1
        assert p.message


@settings(max_examples=300, deadline=None)
@given(structures)
def test_arbitrary_structures_only_give_positioned_problems(data: object) -> None:
    """Any YAML structure (well-formed but wrong) yields positioned problems, never a crash."""
    import io

    from ruamel.yaml import YAML

    from daemon.rules import loader

    buf = io.StringIO()
    YAML().dump(data, buf)
    _loaded, problems = loader._load_yaml("fuzz.yaml", buf.getvalue())
    for p in problems:
        assert p.line >= 1 and p.col >= 1
        assert p.message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_toml_only_gives_positioned_problems(text: str) -> None:
    """Any text as a TOML rule file yields rules or problems with a position; it never crashes."""
    from daemon.rules import loader

    _loaded, problems = loader._load_toml("fuzz.toml", text)
    for p in problems:
        assert p.line >= 1 and p.col >= 1


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """A rule file that is not UTF-8 is reported, not raised."""
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"version: 1\nrules: []\n# \xff\xfe\n")
    _loaded, problems = load_file(path)
    assert problems and "cannot read" in problems[0].message
