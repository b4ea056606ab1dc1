"""Help, shell completion and the man page, all generated from the CLI's parser, run by
the real bash, fish, zsh and groff."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from followupd import __version__
from followupd.cli import build_parser, main
from followupd.clidoc import describe, manpage
from tests.servers import server_missing


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        server_missing(name, f"Debian: apt-get install {package}")
        raise AssertionError("unreachable")
    return found


def script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


COMMANDS = [c.name for c in describe(build_parser()).commands]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_a_purpose_and_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`followupd COMMAND --help` says what the command is for, then shows an example of
    it being typed."""
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    usage, purpose, *_rest = text.split("\n\n")
    assert usage.startswith(f"usage: followupd {command}")
    assert purpose.strip().endswith(".") and len(purpose.strip()) > 20
    examples = text.split("Examples:\n", 1)[1].splitlines()
    assert any(ln.lstrip().startswith(f"followupd {command}") for ln in examples)


def bash_complete(script_path: Path, *words: str) -> list[str]:
    """COMPREPLY of the generated function for the command line `words` (the last word
    being completed), in a real bash."""
    array = " ".join(f"'{w}'" for w in words)
    program = (
        f"source {script_path}; COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; "
        '_followupd; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    bash = tool("bash", "bash")
    done = subprocess.run(
        [bash, "--norc", "-c", program], capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_bash_completes_commands_options_and_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "followupd.bash"
    path.write_text(script("bash", capsys))
    assert set(bash_complete(path, "followupd", "")) >= {*COMMANDS, "--config", "--debug"}
    assert bash_complete(path, "followupd", "fo") == ["folders"]
    assert set(bash_complete(path, "followupd", "--config", "x.toml", "run", "--")) == {
        "--help",
        "--once",
        "--now",
    }
    kinds = bash_complete(path, "followupd", "mark", "work:INBOX:7", "")
    assert {"interview", "application", "nothing", "forget"} <= set(kinds)
    assert bash_complete(path, "followupd", "completion", "z") == ["zsh"]
    (tmp_path / "conf.toml").write_text("")
    assert str(tmp_path / "conf.toml") in bash_complete(
        path, "followupd", "--config", str(tmp_path / "co")
    )


def test_fish_completes_commands_options_and_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "followupd.fish"
    path.write_text(script("fish", capsys))
    fish = tool("fish", "fish")

    def complete(line: str) -> list[str]:
        done = subprocess.run(
            [fish, "--no-config", "-c", f"source {path}; complete -C '{line}'"],
            capture_output=True,
            text=True,
            check=True,
        )
        return [ln.split("\t")[0] for ln in done.stdout.splitlines()]

    assert set(complete("followupd ")) >= set(COMMANDS)
    assert complete("followupd che") == ["check"]
    assert set(complete("followupd run --")) == {"--help", "--once", "--now"}
    assert complete("followupd completion ") == ["bash", "fish", "zsh"]
    assert {"interview", "nothing"} <= set(complete("followupd mark x "))


def test_zsh_script_is_valid_and_names_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """zsh parses the script (zsh -n) and offers every command with its help."""
    text = script("zsh", capsys)
    path = tmp_path / "_followupd"
    path.write_text(text)
    zsh = tool("zsh", "zsh")
    subprocess.run([zsh, "-n", str(path)], check=True)
    assert text.startswith("#compdef followupd\n")
    for command in describe(build_parser()).commands:
        assert f"        '{command.name}:" in text
        assert f"                {command.name}) _arguments" in text
    # The function loads in a real zsh with the completion system.
    done = subprocess.run(
        [
            zsh,
            "-f",
            "-c",
            f"autoload -U compinit && compinit -u -D && fpath=({tmp_path} $fpath) && "
            "autoload -U _followupd && whence -w _followupd",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_followupd: function" in done.stdout


def test_the_man_page_renders_without_warnings() -> None:
    """groff reads the generated page with every warning on and says nothing; the page
    has each command, its options and its examples, and no builder's home folder."""
    page = manpage(build_parser(), __version__)
    groff = tool("groff", "groff-base")
    checked = subprocess.run(
        [groff, "-man", "-ww", "-z"], input=page, capture_output=True, text=True, check=True
    )
    assert checked.stderr == ""
    rendered = subprocess.run(
        [groff, "-man", "-Tutf8", "-P-cbou"],
        input=page,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(Path.home()) not in page
    assert "followupd - watches your mailbox" in " ".join(rendered.split())
    for command in COMMANDS:
        assert f"\n   {command}\n" in rendered
    assert "followupd check --connect" in rendered
    assert "--once" in rendered and "Exit codes:" in rendered
