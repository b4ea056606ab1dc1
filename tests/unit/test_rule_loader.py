"""Rule files: loading, and every problem reported at once as FILE:LINE:COL: path: message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.errors import RuleError
from followupd.rules.loader import load_file, load_rules

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
    from followupd.rules import loader

    problems = loader._load_yaml(str(path), text).problems
    for p in problems:
        assert p.line >= 1 and p.col >= 1
        assert p.message


@settings(max_examples=300, deadline=None)
@given(structures)
def test_arbitrary_structures_only_give_positioned_problems(data: object) -> None:
    """Any YAML structure (well-formed but wrong) yields positioned problems, never a crash."""
    import io

    from ruamel.yaml import YAML

    from followupd.rules import loader

    buf = io.StringIO()
    YAML().dump(data, buf)
    problems = loader._load_yaml("fuzz.yaml", buf.getvalue()).problems
    for p in problems:
        assert p.line >= 1 and p.col >= 1
        assert p.message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_toml_only_gives_positioned_problems(text: str) -> None:
    """Any text as a TOML rule file yields rules or problems with a position; it never crashes."""
    from followupd.rules import loader

    problems = loader._load_toml("fuzz.toml", text).problems
    for p in problems:
        assert p.line >= 1 and p.col >= 1


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """A rule file that is not UTF-8 is reported, not raised."""
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"version: 1\nrules: []\n# \xff\xfe\n")
    _loaded, problems = load_file(path)
    assert problems and "cannot read" in problems[0].message


LEXICON_TOKENS = [
    "lexicon:\n",
    "  rejection:\n",
    "  not_offer: ",
    "    - ",
    "{pattern: ",
    ", weight: ",
    "1.5}",
    "(",
    "regretfully",
    "\\",
]
TOML_TOKENS = [
    *"abc=[]{}'\"#., \n0123456789-_",
    "version = 1\n",
    "[[rules]]\n",
    'id = "x"\n',
    'on = "interview.ended"\n',
    'after = "30m"\n',
    'for_each = "interviewer"\n',
    'do = [{ draft = { to = "interviewer", template = "thank-you" } }]\n',
    "do = [",
    "[lexicon]\n",
    'rejection = ["regretfully", { pattern = "(", weight = 2 }]\n',
    "offer = ",
    "[rules.during]\n",
]
yaml_rule_text = st.lists(st.sampled_from([*TOKENS, *LEXICON_TOKENS]), max_size=40).map("".join)
toml_rule_text = st.lists(st.sampled_from(TOML_TOKENS), max_size=30).map("".join) | st.text(
    max_size=120
)


def _load_text(text: str, suffix: str) -> None:
    """load_rules on one file holding `text`: returns, or raises RuleError with positions."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            load_rules([path], [ROOT / "rules/templates"])
        except RuleError as exc:
            assert exc.problems
            for p in exc.problems:
                assert p.line >= 1 and p.col >= 1, str(p)
                assert p.message


@settings(max_examples=300, deadline=None)
@given(yaml_rule_text)
def test_load_rules_on_arbitrary_yaml_raises_only_rule_error(text: str) -> None:
    """load_rules on any YAML text (lexicon sections included) returns or raises RuleError only,
    and every problem it reports has a line and a column of at least 1."""
    _load_text(text, ".yaml")


@settings(max_examples=300, deadline=None)
@given(toml_rule_text)
def test_load_rules_on_arbitrary_toml_raises_only_rule_error(text: str) -> None:
    """load_rules on any TOML text returns or raises RuleError only, every problem positioned."""
    _load_text(text, ".toml")


def test_template_with_misspelt_attribute_fails_at_load(tmp_path: Path) -> None:
    """A template using an attribute that does not exist (interviewer.frist_name) is an
    error at load time, with its line, not a blank or a crash in a letter later."""
    (tmp_path / "typo.txt").write_text(
        "Subject: Hi\n\nDear {{ interviewer.first_name }},\n{{ interviewer.frist_name }}\n"
    )
    rules = tmp_path / "r.yaml"
    rules.write_text(
        "version: 1\nrules:\n  - id: x\n    on: interview.ended\n    for_each: interviewer\n"
        "    do:\n      - draft: {to: interviewer, template: typo}\n"
    )
    with pytest.raises(RuleError) as info:
        load_rules([rules], [tmp_path])
    (problem,) = info.value.problems
    assert problem.line == 4
    assert "frist_name" in problem.message


def test_lexicon_section_is_collected(tmp_path: Path) -> None:
    """`lexicon:` sections of all rule files are merged into the rule set, plain strings
    weighing 1.0 and {pattern, weight} mappings their weight."""
    (tmp_path / "a.yaml").write_text(
        "version: 1\nlexicon:\n  rejection:\n    - regretfully, the team went another way\n"
        "    - {pattern: 'no longer (in|under) consideration', weight: 1.5}\n"
    )
    (tmp_path / "b.toml").write_text('version = 1\n[lexicon]\noffer = ["welcome aboard"]\n')
    ruleset = load_rules([tmp_path], [ROOT / "rules/templates"])
    phrases = ruleset.lexicon_extensions.phrases()
    assert phrases["rejection"] == (
        ("regretfully, the team went another way", 1.0),
        ("no longer (in|under) consideration", 1.5),
    )
    assert phrases["offer"] == (("welcome aboard", 1.0),)
    assert phrases["not_rejection"] == phrases["not_offer"] == phrases["next_steps"] == ()


def test_lexicon_problems_have_positions(tmp_path: Path) -> None:
    """A bad regex, a bad weight and a misspelt list name in `lexicon:` are reported at once,
    each with FILE:LINE:COL and a hint."""
    path = tmp_path / "lex.yaml"
    path.write_text(
        "version: 1\nlexicon:\n  rejection:\n    - 'we (regret'\n"
        "    - {pattern: fine, wieght: 2}\n  offfer: [x]\n  next_steps: [{pattern: y, weight: 0}]\n"
    )
    with pytest.raises(RuleError) as info:
        load_rules([path], [ROOT / "rules/templates"])
    lines = str(info.value).replace(str(path), "lex.yaml").splitlines()
    assert lines == [
        "lex.yaml:4:7: lexicon.rejection[0].pattern: bad regex 'we (regret': "
        "missing ), unterminated subpattern at position 3",
        "lex.yaml:5:23: lexicon.rejection[1].wieght: unknown key 'wieght'; did you mean 'weight'?",
        "lex.yaml:7:37: lexicon.next_steps[0].weight: Input should be greater than 0",
        "lex.yaml:6:3: lexicon.offfer: unknown key 'offfer'; did you mean 'offer'?",
    ]


def test_cancel_and_draft_unsent_may_name_a_rule_of_another_file(tmp_path: Path) -> None:
    """Rule ids are checked against every rule loaded: a cancel and a draft_unsent naming
    a rule of another file load, and the shipped rejection rule's cancels name real rules."""
    (tmp_path / "a.yaml").write_text(
        "version: 1\nrules:\n  - id: thanks\n    on: interview.ended\n"
        "    for_each: interviewer\n    do:\n      - draft: {to: interviewer, template: thank-you}\n"
    )
    (tmp_path / "b.toml").write_text(
        'version = 1\n[[rules]]\nid = "stop"\non = "rejection.received"\n'
        'if = [{ draft_unsent = "thanks" }]\ndo = [{ cancel = { rules = ["thanks"] } }]\n'
    )
    ruleset = load_rules([tmp_path], [ROOT / "rules/templates"])
    assert [lr.rule.id for lr in ruleset.rules] == ["thanks", "stop"]
    shipped = load_rules([Path("rules")], [Path("rules/templates")])
    assert any(lr.rule.rule_refs() for lr in shipped.rules)


def test_unknown_rule_in_a_toml_cancel_is_reported(tmp_path: Path) -> None:
    """A cancel naming no rule is an error with a did-you-mean hint, in TOML as in YAML."""
    path = tmp_path / "r.toml"
    path.write_text(
        'version = 1\n[[rules]]\nid = "check-back"\non = "no_reply"\n'
        'do = [{ remind = { template = "check-back-reminder" } }]\n'
        '[[rules]]\nid = "stop"\non = "rejection.received"\n'
        'do = [{ cancel = { rules = ["check-bak"] } }]\n'
    )
    with pytest.raises(RuleError) as info:
        load_rules([path], [ROOT / "rules/templates"])
    (problem,) = info.value.problems
    assert problem.path == "rules[1].do[0].cancel.rules[0]"
    assert problem.message == "unknown rule 'check-bak'; did you mean 'check-back'?"
