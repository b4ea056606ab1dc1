"""`followupd init`: writes a private commented config, a rules folder with a README on
overriding the shipped rules (which it does not copy), installs the user unit pointing
at the real executable, never overwrites the user's files, and says what to run next."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from followupd import init as init_command
from followupd.cli import main
from followupd.config import load_settings, shipped_rules_dir
from followupd.init import followupd_command, init, systemd_quote, unit_text
from followupd.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
EXE = ["/opt/followupd/bin/followupd"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_packaged_files_are_the_repository_ones() -> None:
    """The copies `pip install` carries (followupd/data) are config.example.toml and the
    user unit from the repository, byte for byte."""
    assert init_command.example_config_text() == (ROOT / "config.example.toml").read_text()
    assert init_command.unit_template_text() == (ROOT / "systemd" / "followupd.service").read_text()


def test_first_run_writes_config_rules_readme_and_unit(tmp_path: Path) -> None:
    """A fresh init: config.toml (0600, the example), a rules folder holding only a README
    (no copy of the shipped rules, which stay the layer under yours), and the unit with
    ExecStart= at the executable and this config."""
    conf, units = tmp_path / "conf" / "followupd", tmp_path / "systemd" / "user"
    report = init(conf, systemd_user_dir=units, command=EXE)
    config = conf / "config.toml"
    assert config.read_text() == (ROOT / "config.example.toml").read_text()
    assert mode(config) == 0o600 and mode(conf) == 0o700
    readme = conf / "rules" / "README.md"
    assert sorted(p.name for p in (conf / "rules").iterdir()) == ["README.md"]
    assert str(shipped_rules_dir()) in readme.read_text()
    assert "enabled: false" in readme.read_text()
    unit = units / "followupd.service"
    text = unit.read_text()
    assert f"\nExecStart=/opt/followupd/bin/followupd --config {config} run\n" in text
    assert [line for line in text.splitlines() if line.startswith("ExecStart=")] == [
        f"ExecStart=/opt/followupd/bin/followupd --config {config} run"
    ]
    assert "\nType=notify\n" in text
    assert report.unit == unit and report.kept == []
    assert set(report.written) == {config, unit, readme}
    # The written config is valid: the shipped rules, an empty folder of yours over them.
    settings = load_settings(config)
    ruleset = load_rules(
        settings.rule_paths(), settings.template_folders(), shipped=settings.shipped_rule_paths()
    )
    assert ruleset.rules and {lr.origin for lr in ruleset.rules} == {"shipped"}
    assert settings.shipped_rule_paths() == [shipped_rules_dir()]


def test_next_two_commands(tmp_path: Path) -> None:
    """The report ends with: edit and check; reload systemd and enable the service."""
    report = init(tmp_path / "c", systemd_user_dir=tmp_path / "u", command=EXE)
    config = tmp_path / "c" / "config.toml"
    assert report.next_steps() == [
        f"$EDITOR {config} && followupd --config {config} check",
        "systemctl --user daemon-reload && systemctl --user enable --now followupd",
    ]
    assert report.lines()[-3:] == ["Next:", *(f"  {s}" for s in report.next_steps())]


def test_default_location_needs_no_config_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    report = init(init_command.default_config_dir(), systemd_user_dir=None)
    assert report.next_steps()[0].endswith("&& followupd check")
    assert report.next_steps()[1] == "followupd run"


def test_second_run_keeps_the_users_files(tmp_path: Path) -> None:
    """Run again after editing: nothing is overwritten or added; all reported as kept, and
    the rule files of yours are said to apply over the shipped ones."""
    conf, units = tmp_path / "c", tmp_path / "u"
    init(conf, systemd_user_dir=units, command=EXE)
    config = conf / "config.toml"
    config.write_text(config.read_text().replace("Your Name", "Sam Park"))
    readme = conf / "rules" / "README.md"
    readme.write_text("my notes\n")
    rule = conf / "rules" / "mine.yaml"
    rule.write_text("version: 1\nrules:\n  - {id: thank-you-nudge, enabled: false}\n")

    report = init(conf, systemd_user_dir=units, command=EXE)
    assert report.written == []
    assert "Sam Park" in config.read_text()
    assert readme.read_text() == "my notes\n"
    assert sorted(p.name for p in (conf / "rules").iterdir()) == ["README.md", "mine.yaml"]
    assert {config, readme, units / "followupd.service"} <= set(report.kept)
    assert any("apply over the shipped rules" in n for n in report.notes)


def test_a_full_copy_from_an_older_init_is_left_alone(tmp_path: Path) -> None:
    """A rules folder an older init filled with copies: init neither adds to it nor
    removes from it (the copies are the user's files)."""
    conf = tmp_path / "c"
    (conf / "rules" / "templates").mkdir(parents=True)
    copy = conf / "rules" / "20-thank-you.yaml"
    copy.write_bytes((shipped_rules_dir() / "20-thank-you.yaml").read_bytes())
    init(conf, systemd_user_dir=None)
    assert copy.read_bytes() == (shipped_rules_dir() / "20-thank-you.yaml").read_bytes()
    assert sorted(p.name for p in (conf / "rules").iterdir()) == [
        "20-thank-you.yaml",
        "README.md",
        "templates",
    ]


def test_existing_config_is_kept_and_its_permissions_checked(tmp_path: Path) -> None:
    """An existing world-readable config with a password: kept as it is, with a warning."""
    conf = tmp_path / "c"
    conf.mkdir()
    config = conf / "config.toml"
    config.write_text('[accounts.w]\npassword = "x"\n')
    config.chmod(0o644)
    report = init(conf, systemd_user_dir=None)
    assert config.read_text() == '[accounts.w]\npassword = "x"\n' and mode(config) == 0o644
    assert config in report.kept
    assert any(f"chmod 600 {config}" in w for w in report.warnings)


def test_a_changed_unit_is_kept_unless_forced(tmp_path: Path) -> None:
    """A unit that differs (another executable) is kept with a warning; force rewrites it."""
    conf, units = tmp_path / "c", tmp_path / "u"
    init(conf, systemd_user_dir=units, command=["/old/followupd"])
    report = init(conf, systemd_user_dir=units, command=EXE)
    unit = units / "followupd.service"
    assert "/old/followupd" in unit.read_text() and unit in report.kept
    assert any("--force" in w for w in report.warnings)
    report = init(conf, systemd_user_dir=units, command=EXE, force=True)
    assert unit in report.written and "/opt/followupd/bin/followupd" in unit.read_text()
    assert (conf / "config.toml") in report.kept  # force never touches the user's files


def test_exec_start_quoting() -> None:
    """Paths with spaces or '%' survive systemd's ExecStart= parsing."""
    assert systemd_quote("/usr/bin/followupd") == "/usr/bin/followupd"
    assert systemd_quote("/home/a b/followupd") == '"/home/a b/followupd"'
    assert systemd_quote("/x/100%/f") == "/x/100%%/f"
    text = unit_text(["/home/a b/followupd"], Path("/c/config.toml"))
    assert '\nExecStart="/home/a b/followupd" --config /c/config.toml run\n' in text


def test_executable_is_the_running_followupd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The followupd being run (sys.argv[0]), else the one on PATH, else python -m."""
    exe = tmp_path / "bin" / "followupd"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(exe), "init"])
    assert followupd_command() == [str(exe)]
    monkeypatch.setattr(sys, "argv", ["pytest"])
    monkeypatch.setenv("PATH", str(exe.parent))
    assert followupd_command() == [str(exe)]
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert followupd_command()[1:] == ["-m", "followupd"]


def test_cli_init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`followupd --config DIR/config.toml init --systemd-dir D` does it and prints the next steps."""
    config = tmp_path / "c" / "config.toml"
    code = main(["--config", str(config), "init", "--systemd-dir", str(tmp_path / "u")])
    out = capsys.readouterr().out
    assert code == 0 and config.is_file() and (tmp_path / "u" / "followupd.service").is_file()
    assert f"wrote {config}" in out
    assert "systemctl --user daemon-reload && systemctl --user enable --now followupd" in out
    assert main(["--config", str(config), "init", "--no-unit"]) == 0
    assert f"kept  {config}" in capsys.readouterr().out
