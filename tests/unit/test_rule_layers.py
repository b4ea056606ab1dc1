"""The shipped playbook is the layer under the user's rules: a rule of yours with a
shipped id replaces it, `{id, enabled: false}` turns one off, your template replaces the
shipped one, and an unchanged copy an older `init` made is set aside so that the
shipped rule's improvements reach you. `followupd rules`, `rules --diff` and `check`
say where each rule comes from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.config import shipped_rules_dir
from followupd.domain.errors import RuleError
from followupd.rules.layers import VERSIONS_FILE, fingerprint, shipped_files
from followupd.rules.loader import RuleSet, load_rules
from followupd.rules.overrides import diff, notes

SHIPPED = shipped_rules_dir()

ONE = """\
version: 1
rules:
  - id: greet
    description: {description}
    on: interview.ended
    after: {after}
    for_each: interviewer
    do:
      - draft: {{to: interviewer, template: greet}}
  - id: nudge
    on: interview.ended
    after: 20h
    do:
      - remind: {{template: greet}}
"""


def playbook(root: Path, after: str = "30m", description: str = "Say hello.") -> Path:
    """A shipped rule folder of two rules and one template, as followupd's own is laid out."""
    (root / "templates").mkdir(parents=True, exist_ok=True)
    (root / "10-greet.yaml").write_text(ONE.format(after=after, description=description))
    (root / "templates" / "greet.txt").write_text("Subject: Hello\n\nHello {{ person.name }}.\n")
    return root


def mine(root: Path, name: str, text: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text)
    return root


def load(shipped: Path, yours: Path, templates: Path | None = None) -> RuleSet:
    folders = [*([templates] if templates else []), yours / "templates", shipped / "templates"]
    return load_rules([yours], folders, shipped=[shipped])


def by_id(ruleset: RuleSet) -> dict[str, str]:
    return {lr.rule.id: lr.origin for lr in ruleset.rules}


def test_without_rules_of_yours_the_shipped_ones_are_in_force(tmp_path: Path) -> None:
    """An empty folder of yours: the shipped rules, each marked as shipped."""
    (tmp_path / "mine").mkdir()
    ruleset = load(playbook(tmp_path / "shipped"), tmp_path / "mine")
    assert by_id(ruleset) == {"greet": "shipped", "nudge": "shipped"}
    assert notes(ruleset) == []
    assert diff(ruleset).startswith("nothing of yours overrides")


def test_a_rule_with_a_shipped_id_replaces_it(tmp_path: Path) -> None:
    """Your rule `greet` replaces the shipped `greet` (its timing is yours), in the
    shipped order; your other rules are added after the shipped ones."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(
        tmp_path / "mine",
        "mine.yaml",
        ONE.format(after="2h", description="Mine.").replace("id: nudge", "id: my-nudge"),
    )
    ruleset = load(shipped, yours)
    assert [(lr.rule.id, lr.origin) for lr in ruleset.rules] == [
        ("greet", "yours, overriding shipped"),
        ("nudge", "shipped"),
        ("my-nudge", "yours"),
    ]
    greet = ruleset.rules[0]
    assert greet.rule.after is not None and greet.rule.after.text == "2h"
    assert greet.overrides is not None and greet.overrides.file == str(shipped / "10-greet.yaml")
    assert any("your copy of rule 'greet'" in n and "--diff" in n for n in notes(ruleset))


def test_an_upgrade_of_a_shipped_rule_reaches_you(tmp_path: Path) -> None:
    """A shipped rule you did not replace follows the shipped file: change it (a new
    followupd) and the next load has the new version."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(
        tmp_path / "mine", "off.yaml", "version: 1\nrules:\n  - {id: nudge, enabled: false}\n"
    )
    assert load(shipped, yours).rules[0].rule.description == "Say hello."
    playbook(shipped, description="Say hello, better.")
    assert load(shipped, yours).rules[0].rule.description == "Say hello, better."


def test_a_switch_turns_a_shipped_rule_off_and_keeps_the_rest(tmp_path: Path) -> None:
    """`{id: nudge, enabled: false}` alone (no `on`, no `do`) disables the shipped rule."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(
        tmp_path / "mine", "off.yaml", "version: 1\nrules:\n  - {id: nudge, enabled: false}\n"
    )
    ruleset = load(shipped, yours)
    nudge = next(lr for lr in ruleset.rules if lr.rule.id == "nudge")
    assert not nudge.rule.enabled and nudge.rule.on == "interview.ended"
    assert nudge.origin == "shipped, turned off by yours"
    assert nudge.switched_by == f"{yours / 'off.yaml'}:3"
    assert [lr.rule.id for lr in ruleset.enabled()] == ["greet"]
    assert f"the shipped rule 'nudge' is turned off by {yours / 'off.yaml'}:3" in notes(ruleset)


def test_a_switch_for_no_shipped_rule_is_an_error_at_its_line(tmp_path: Path) -> None:
    """A misspelt id in a switch: FILE:LINE and the near miss, not a silent no-op."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(
        tmp_path / "mine", "off.yaml", "version: 1\nrules:\n  - id: nudg\n    enabled: false\n"
    )
    with pytest.raises(RuleError) as err:
        load(shipped, yours)
    (problem,) = err.value.problems
    assert (problem.file, problem.line) == (str(yours / "off.yaml"), 3)
    assert "no shipped rule 'nudg' to turn off; did you mean 'nudge'?" in problem.message


def test_a_switch_without_a_shipped_layer_is_a_rule_missing_its_trigger(tmp_path: Path) -> None:
    """[rules] shipped = false: a switch has nothing to switch."""
    yours = mine(
        tmp_path / "mine", "off.yaml", "version: 1\nrules:\n  - {id: nudge, enabled: false}\n"
    )
    with pytest.raises(RuleError) as err:
        load_rules([yours], [])
    assert "missing required key 'on'" in str(err.value.problems[0])


def test_the_same_id_twice_among_your_rules_is_still_an_error(tmp_path: Path) -> None:
    """Overriding is across layers; within yours, a second `greet` is a duplicate."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(tmp_path / "mine", "a.yaml", ONE.format(after="1h", description="A."))
    mine(yours, "b.yaml", "version: 1\nrules:\n  - {id: greet, enabled: false}\n")
    with pytest.raises(RuleError) as err:
        load(shipped, yours)
    assert any("duplicate rule id 'greet'" in p.message for p in err.value.problems)


def test_naming_the_shipped_folder_as_yours_loads_it_once(tmp_path: Path) -> None:
    """[rules] paths = [the shipped folder]: not every rule overriding itself."""
    shipped = playbook(tmp_path / "shipped")
    ruleset = load_rules([shipped], [shipped / "templates"], shipped=[shipped])
    assert by_id(ruleset) == {"greet": "shipped", "nudge": "shipped"}


def test_an_unchanged_copy_of_today_is_set_aside(tmp_path: Path) -> None:
    """A copy `init` made, never edited, does not shadow the shipped file."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(tmp_path / "mine", "10-greet.yaml", (shipped / "10-greet.yaml").read_text())
    ruleset = load(shipped, yours)
    assert by_id(ruleset) == {"greet": "shipped", "nudge": "shipped"}
    (note,) = notes(ruleset)
    assert note.startswith(f"{yours}: 10-greet.yaml is an unchanged copy of shipped files;")


def test_an_unchanged_copy_of_an_older_version_yields_to_the_improved_one(tmp_path: Path) -> None:
    """The copy matches a version listed in shipped-versions.txt: the shipped file, as it
    is now, is in force, and the note says the copy is from an older followupd."""
    shipped = playbook(tmp_path / "shipped")
    old = (shipped / "10-greet.yaml").read_text()
    (shipped / VERSIONS_FILE).write_text(f"# versions\n{fingerprint(old)}  10-greet.yaml\n")
    playbook(shipped, description="Improved.")
    yours = mine(tmp_path / "mine", "10-greet.yaml", old)
    ruleset = load(shipped, yours)
    assert ruleset.rules[0].rule.description == "Improved."
    assert by_id(ruleset) == {"greet": "shipped", "nudge": "shipped"}
    assert "from an older followupd, improved since" in notes(ruleset)[0]


def test_an_edited_copy_overrides_and_the_diff_shows_the_edit(tmp_path: Path) -> None:
    """Your edited copy of the shipped file: each rule overrides its shipped one; --diff
    shows a unified diff of the edited rule and says the untouched one is the same."""
    shipped = playbook(tmp_path / "shipped")
    edited = (shipped / "10-greet.yaml").read_text().replace("after: 30m", "after: 2h")
    yours = mine(tmp_path / "mine", "10-greet.yaml", edited)
    ruleset = load(shipped, yours)
    text = diff(ruleset)
    assert f"--- shipped {shipped / '10-greet.yaml'}:3 (rule greet)" in text
    assert "\n-    after: 30m\n+    after: 2h\n" in text
    assert "rule 'nudge': your copy" in text and "does not differ from it today" in text
    said = notes(ruleset)
    assert any(
        "rule 'nudge'" in n and "hides the shipped rule's later improvements" in n for n in said
    )


def test_your_template_replaces_the_shipped_one_and_a_copy_does_not(tmp_path: Path) -> None:
    """templates/greet.txt of yours is the letter; an unchanged copy is set aside."""
    shipped = playbook(tmp_path / "shipped")
    yours = mine(tmp_path / "mine" / "templates", "greet.txt", "Subject: Hi\n\nHi there.\n").parent
    ruleset = load(shipped, yours)
    assert ruleset.templates is not None
    assert ruleset.templates.render("greet", {"person": {"name": "Ana"}}).body == "Hi there.\n"
    assert "+Hi there.\n" in diff(ruleset)
    shutil.copy(shipped / "templates" / "greet.txt", yours / "templates" / "greet.txt")
    ruleset = load(shipped, yours)
    assert ruleset.templates is not None
    assert ruleset.templates.render("greet", {"person": {"name": "Ana"}}).body == "Hello Ana.\n"
    assert "greet.txt is an unchanged copy" in notes(ruleset)[0]


def test_deleting_a_copied_file_no_longer_turns_its_rules_off_and_check_says_so(
    tmp_path: Path,
) -> None:
    """A folder with copies of some shipped files but not of another: its rules are in
    force, and the note says how to turn them off now."""
    shipped = playbook(tmp_path / "shipped")
    (shipped / "20-other.yaml").write_text(
        "version: 1\nrules:\n  - id: other\n    on: interview.ended\n"
        "    do:\n      - remind: {template: greet}\n"
    )
    yours = mine(tmp_path / "mine", "10-greet.yaml", (shipped / "10-greet.yaml").read_text())
    said = notes(load(shipped, yours))
    assert any(
        "not of 20-other.yaml: its rules (other) are in force" in n
        and "`- {id: other, enabled: false}`" in n
        for n in said
    )


def test_every_shipped_file_is_listed_in_shipped_versions() -> None:
    """So that an unchanged copy of today's file is still recognised after the next
    change to it: whoever changes a shipped file adds the new line."""
    listed = {
        line.split()[0]
        for line in (SHIPPED / VERSIONS_FILE).read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    missing = [
        f"{fingerprint(p.read_text())}  {p.relative_to(SHIPPED)}"
        for p in shipped_files(SHIPPED)
        if fingerprint(p.read_text()) not in listed
    ]
    assert missing == [], f"add to rules/{VERSIONS_FILE}:\n" + "\n".join(missing)


# -- the command line -------------------------------------------------------------


CONFIG = """\
[user]
name = "Jordan Lee"
email = "jordan@example.org"
timezone = "Europe/Berlin"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config whose rules folder replaces the shipped thank-you and turns the nudge off."""
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (SHIPPED / "20-thank-you.yaml").read_text()
    start = text.index("  - id: thank-you\n")
    end = text.index("  - id: thank-you-nudge\n")
    own = text[start:end].replace("after: 10m", "after: 2h")
    (rules / "mine.yaml").write_text(
        f"version: 1\nrules:\n{own}\n  - {{id: thank-you-nudge, enabled: false}}\n"
    )
    return path


def test_cli_rules_shows_where_each_rule_comes_from(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`followupd rules`: a FROM column: shipped, yours overriding shipped, turned off."""
    assert main(["--config", str(config), "rules"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line and line[0] != " "}
    assert "yours, overriding shipped" in rows["thank-you"]
    assert f"{config.parent / 'rules' / 'mine.yaml'}:" in rows["thank-you"]
    assert "shipped, turned off by yours" in rows["thank-you-nudge"]
    assert " no " in rows["thank-you-nudge"]
    assert "shipped " in rows["rejection-thanks"] and str(SHIPPED) in rows["rejection-thanks"]
    assert main(["--config", str(config), "rules", "--json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["thank-you"]["origin"] == "yours, overriding shipped"
    assert listed["thank-you"]["overrides"].startswith(str(SHIPPED / "20-thank-you.yaml"))
    assert listed["check-back"]["origin"] == "shipped"


def test_cli_rules_diff_is_a_unified_diff_against_what_ships(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`followupd rules --diff`: --- shipped / +++ yours, the changed line, the switch."""
    assert main(["--config", str(config), "rules", "--diff"]) == 0
    out = capsys.readouterr().out
    assert f"--- shipped {SHIPPED / '20-thank-you.yaml'}:" in out
    assert f"+++ yours {config.parent / 'rules' / 'mine.yaml'}:" in out
    assert "\n-    after: 10m\n+    after: 2h\n" in out
    assert "# rule 'thank-you-nudge': turned off by" in out


def test_cli_check_says_your_copy_overrides_the_shipped_one(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`followupd check` names each override, so a user knows the shipped one is hidden."""
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "note: your copy of rule 'thank-you'" in out
    assert "overrides the shipped one" in out
    assert "note: the shipped rule 'thank-you-nudge' is turned off by" in out


def test_cli_check_with_an_older_full_copy_says_it_is_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rules folder an older `init` filled with unchanged copies: check says they are
    not used, and `rules` lists every rule as shipped."""
    config = tmp_path / "config.toml"
    config.write_text(CONFIG)
    shutil.copytree(SHIPPED, tmp_path / "rules", ignore=shutil.ignore_patterns("*.md", "*.txt"))
    shutil.copytree(SHIPPED / "templates", tmp_path / "rules" / "templates", dirs_exist_ok=True)
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "20-thank-you.yaml" in out and "unchanged copies of shipped files" in out
    assert main(["--config", str(config), "rules", "--json"]) == 0
    assert {r["origin"] for r in json.loads(capsys.readouterr().out)} == {"shipped"}


def test_a_phrase_of_an_edited_copy_counts_once(tmp_path: Path) -> None:
    """Your edited copy of a shipped file with a `lexicon:` does not double its phrases
    (a phrase given twice would weigh twice, and make a rejection of half the evidence)."""
    shipped = playbook(tmp_path / "shipped")
    lexicon = '\nlexicon:\n  rejection: ["went another way"]\n'
    (shipped / "10-greet.yaml").write_text((shipped / "10-greet.yaml").read_text() + lexicon)
    edited = (shipped / "10-greet.yaml").read_text().replace("after: 30m", "after: 2h")
    yours = mine(tmp_path / "mine", "10-greet.yaml", edited)
    ruleset = load(shipped, yours)
    assert [p.pattern for p in ruleset.lexicon_extensions.rejection] == ["went another way"]
