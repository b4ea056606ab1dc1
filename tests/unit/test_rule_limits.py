"""Hostile rule files: none hangs a check or a watcher, every problem has FILE:LINE:COL.

Covers the limits of rules/limits.py (size, nesting, YAML tags and aliases) and the
RE2 engine rule patterns run on (followupd/userregex.py). Time bounds are hypothesis
deadlines: an example that runs longer fails the test.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from followupd.domain.errors import RuleError
from followupd.rules.limits import MAX_BYTES
from followupd.rules.loader import load_file, load_rules
from followupd.rules.schema import PhraseSpec
from followupd.rules.spec import Pattern
from followupd.understand.lexicon import DEFAULT_SIGNAL_LEXICON
from followupd.userregex import compile_user_regex

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [ROOT / "rules/templates"]
# Patterns that backtrack exponentially (or worse) in Python's `re` on the text below.
CATASTROPHIC = ["(a+)+$", "(x+x+)+y", "(.*a){20}", "(a|aa)+$", "(\\w+\\s?)+$"]
# Long enough that Python's `re` would take longer than the age of the universe.
HOSTILE_LINE = "a" * 5000 + "x" * 5000 + "!"

_LAUGH = "version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"


def _laughs(levels: int, width: int) -> str:
    """An alias bomb: each level repeats the previous one `width` times."""
    lines = [_LAUGH]
    for i in range(1, levels + 1):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * width) + "]\n")
    return "".join(lines)


HOSTILE_TOKENS = [
    *"abc:-[]{}'\"#&*!|>%@` \n\t0123456789.,\\",
    "version: 1\n",
    "version: true\n",
    "version: 1.0\n",
    "rules:\n",
    "  - id: x\n",
    "    on: reply.received\n",
    "    do:\n",
    "      - draft: null\n",
    "      - draft: ",
    "      - set_stage: ",
    "      - !!python/object/apply:os.system ['touch /tmp/x']\n",
    "!!python/name:os.system ",
    "!include x.yaml ",
    "!!binary aGk= ",
    "!!set {a, b} ",
    "!!timestamp 2024-01-01 ",
    "&a ",
    "*a",
    "&b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
    "[" * 60,
    "- " * 60,
    "lexicon:\n  rejection:\n",
    *(f"    - '{p}'\n" for p in CATASTROPHIC),
    "    - '(?<!not )selected'\n",
    "    - '(\\w+) \\1'\n",
    "    if: [{subject: {regex: '(a+)+$'}}]\n",
    "%YAML 1.1\n",
    "--- ",
    "...\n",
    "? ",
    "\x00",
    "\ufeff",
    "\udcff",
    '"\\udcff": ',
    '- "a\\udcff"\n',
]
TOML_TOKENS = [
    *"abc=[]{}'\"#., \n0123456789-_\\",
    "version = 1\n",
    "version = true\n",
    "[[rules]]\n",
    'id = "x"\n',
    'on = "reply.received"\n',
    "do = [{ draft = {} }]\n",
    "[" * 60,
    "x" + ".x" * 60 + " = 1\n",
    '"""',
    "'''",
    "[lexicon]\n",
    'rejection = ["(a+)+$", "(?<!x)y"]\n',
]
yaml_text = st.lists(st.sampled_from(HOSTILE_TOKENS), max_size=40).map("".join)
toml_text = st.lists(st.sampled_from(TOML_TOKENS), max_size=30).map("".join)
# Each example is one small file: 2 s is far above any honest load and far below a hang.
BOUNDED = settings(
    max_examples=200,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow],
)


def _assert_loads_or_refuses(data: bytes, suffix: str) -> None:
    """load_rules on one file of these bytes: returns, or raises RuleError positioned."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            load_rules([path], TEMPLATES)
        except RuleError as exc:
            assert exc.problems
            for p in exc.problems:
                assert p.file == str(path), str(p)
                assert p.line >= 1 and p.col >= 1, str(p)
                assert p.message.strip(), str(p)
                str(p).encode("utf-8")  # printable: no lone surrogate left in it
                # A person reads these: no Python type names or reprs of None.
                assert "NoneType" not in p.message and "None" not in p.message, str(p)


@BOUNDED
@given(yaml_text)
def test_hostile_yaml_text_loads_or_is_refused_in_bounded_time(text: str) -> None:
    """Any YAML text built of hostile pieces (tags, aliases, deep nesting, null actions,
    `version: true`, backtracking regexes) loads or raises RuleError with a position on
    every problem, within the deadline."""
    _assert_loads_or_refuses(text.encode("utf-8", "surrogatepass"), ".yaml")


@BOUNDED
@given(toml_text)
def test_hostile_toml_text_loads_or_is_refused_in_bounded_time(text: str) -> None:
    """Any TOML text built of hostile pieces (deep arrays, deep dotted keys, `version =
    true`) loads or raises RuleError with a position on every problem, within the deadline."""
    _assert_loads_or_refuses(text.encode("utf-8"), ".toml")


@BOUNDED
@given(st.binary(max_size=400), st.sampled_from([".yaml", ".yml", ".toml"]))
def test_arbitrary_bytes_load_or_are_refused_in_bounded_time(data: bytes, suffix: str) -> None:
    """Any bytes at all as a rule file load or raise RuleError with positions, in bounded time."""
    _assert_loads_or_refuses(data, suffix)


@BOUNDED
@given(st.integers(2, 9), st.integers(2, 12))
def test_alias_bombs_are_refused_quickly(levels: int, width: int) -> None:
    """A YAML alias bomb of any shape is refused (or, when small, loaded) within the
    deadline: aliases are counted as the values they repeat, at most 100,000."""
    _assert_loads_or_refuses(_laughs(levels, width).encode(), ".yaml")


def test_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit(tmp_path: Path) -> None:
    """Nine levels of ten aliases (10^9 values) are refused at the alias where the count
    passes 100,000, with its line and column."""
    path = tmp_path / "lol.yaml"
    path.write_text(_laughs(8, 10) + "rules: *i\n")
    _loaded, problems = load_file(path)
    (problem,) = problems
    assert (problem.line, problem.col) == (6, 36)
    assert problem.message.startswith("more than 100,000 values")


def test_a_few_aliases_still_load(tmp_path: Path) -> None:
    """Anchors and aliases as people use them (one window shared by two rules) load."""
    path = tmp_path / "shared.yaml"
    path.write_text(
        "version: 1\nrules:\n"
        "  - id: a\n    on: reply.received\n    during: &office {hours: '09:00-17:00'}\n"
        "    do: [{set_stage: waiting}]\n"
        "  - id: b\n    on: offer.received\n    during: *office\n    do: [{set_stage: offer}]\n"
    )
    ruleset = load_rules([path], TEMPLATES)
    first, second = (lr.rule.during for lr in ruleset.rules)
    assert first is not None and first == second


def test_too_large_a_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A rule file over 256 KiB is refused at 1:1 without being read as YAML."""
    path = tmp_path / "big.yaml"
    path.write_text("version: 1\n" + "# padding\n" * (MAX_BYTES // 10 + 1))
    _loaded, problems = load_file(path)
    assert [(p.line, p.col, p.message) for p in problems] == [
        (1, 1, "larger than 256 KiB; a rule file is never that large")
    ]


def test_non_utf8_bytes_are_reported_where_they_are(tmp_path: Path) -> None:
    """A byte that is not UTF-8 is reported at its own line and column."""
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"version: 1\nrules: []\n# caf\xe9\n")
    _loaded, problems = load_file(path)
    assert [(p.line, p.col) for p in problems] == [(3, 6)]
    assert "not UTF-8" in problems[0].message


def test_deep_dotted_toml_keys_are_refused(tmp_path: Path) -> None:
    """TOML dotted keys nest without brackets: 60 of them are refused, not a recursion."""
    path = tmp_path / "deep.toml"
    path.write_text("version = 1\n" + "x" + ".x" * 60 + " = 1\n")
    _loaded, problems = load_file(path)
    (problem,) = problems
    assert "nested more than 50 levels deep" in problem.message


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_backtracking_patterns_load_and_match_in_linear_time(pattern: str, tmp_path: Path) -> None:
    """A lexicon phrase and a subject regex that backtrack catastrophically in Python's
    `re` load: RE2 matches them in linear time, so they cannot stall a watcher."""
    path = tmp_path / "redos.yaml"
    path.write_text(
        f"version: 1\nlexicon:\n  rejection: ['{pattern}']\n"
        f"rules:\n  - id: x\n    on: reply.received\n"
        f"    if: [{{subject: {{regex: '{pattern}'}}}}]\n    do: [{{set_stage: waiting}}]\n"
    )
    ruleset = load_rules([path], TEMPLATES)
    assert ruleset.lexicon_extensions.phrases()["rejection"] == ((pattern, 1.0),)


@settings(max_examples=len(CATASTROPHIC) * 3, deadline=timedelta(seconds=1))
@given(st.sampled_from(CATASTROPHIC), st.integers(1000, 20000))
def test_backtracking_patterns_match_hostile_text_within_the_deadline(
    pattern: str, length: int
) -> None:
    """Matching a backtracking pattern (as a lexicon phrase and as a `{regex:}` condition)
    against a long hostile line returns within the deadline."""
    line = "a" * length + "x" * length + "!"
    lexicon = DEFAULT_SIGNAL_LEXICON.extended(rejection=[pattern])
    lexicon.rejection[-1].search(line)
    Pattern(regex=pattern).matches(line)


def test_user_patterns_keep_pythons_unicode_meaning() -> None:
    """User patterns mean what they mean in Python: \\w, \\d and \\s are Unicode-aware,
    matching is case-insensitive and within word boundaries for phrases."""
    assert compile_user_regex(r"Pr\w+fung", words=True).search("die PRÜFUNG war gut")
    assert compile_user_regex(r"\d+\s+Tage", words=True).search("in ３\u00a0Tage")
    assert not compile_user_regex("offer", words=True).search("offering")
    assert compile_user_regex("#1", words=True).search("rank #1 overall")
    assert compile_user_regex(r"[\w-]+@acme", words=False).search("jöe-x@acme")
    assert compile_user_regex(r"end\Z").search("the end")


PATTERN_PIECES = [
    *"a()|*+?.{}[]^$\\-,x1 ",
    "\\w",
    "\\d",
    "\\s",
    "\\b",
    "\\Z",
    "\\1",
    "(?<!",
    "(?=",
    "{1000}",
    "{2,}",
    "ü",
    "\udcff",
]


@settings(max_examples=300, deadline=timedelta(seconds=1))
@given(
    st.lists(st.sampled_from(PATTERN_PIECES), min_size=1, max_size=20).map("".join),
    st.text(max_size=200) | st.sampled_from([HOSTILE_LINE, "a\udcffb " * 100]),
)
def test_any_pattern_is_refused_with_a_sentence_or_matches_in_bounded_time(
    pattern: str, text: str
) -> None:
    """Any pattern text is refused with a ValidationError whose message says why, or
    compiles; a compiled one answers search on any text (lone surrogates too) within
    the deadline, as a lexicon phrase and as a condition regex."""
    try:
        phrase = PhraseSpec(pattern=pattern)
    except ValidationError as exc:
        for e in exc.errors():
            # pydantic refuses a lone surrogate itself, before the pattern is compiled.
            assert e["type"] == "string_unicode" or str(e["msg"]).startswith(
                "Value error, bad regex"
            ), e["msg"]
        return
    assert isinstance(compile_user_regex(phrase.pattern, words=True).search(text), bool)
    assert isinstance(Pattern(regex=pattern).matches(text), bool)
