"""`followupd init`: a commented config, a rules folder for the user's own, and the user unit.

`init` never overwrites a file the user may have edited: the config and the README of
the rules folder, when they exist, are reported as kept. The shipped rules are not
copied (they are the layer under the user's, see rules/layers.py): the user's rules
folder holds only what the user writes there. The systemd unit is followupd's own
file (users change it with `systemctl --user edit followupd`): an existing one that
differs is kept too, unless `force=True` rewrites it.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from followupd.config import shipped_rules_dir, xdg_config_home
from followupd.secrets import check_config_permissions

DATA = Path(__file__).resolve().parent / "data"
UNIT_NAME = "followupd.service"
RULE_SUFFIXES = (".yaml", ".yml", ".toml")


def example_config_text() -> str:
    """config.example.toml as shipped (a symlink to the repository's copy in a checkout)."""
    return (DATA / "config.example.toml").read_text(encoding="utf-8")


def unit_template_text() -> str:
    """systemd/followupd.service as shipped."""
    return (DATA / UNIT_NAME).read_text(encoding="utf-8")


def default_config_dir() -> Path:
    return xdg_config_home() / "followupd"


def default_systemd_user_dir() -> Path:
    return xdg_config_home() / "systemd" / "user"


def followupd_command() -> list[str]:
    """How this followupd is started: the `followupd` being run, else the one on PATH,
    else this Python running the CLI module. Absolute, symlinks kept (pipx links
    ~/.local/bin/followupd into its venv; the link survives a reinstall)."""
    argv0 = sys.argv[0] if sys.argv else ""
    if argv0 and Path(argv0).name == "followupd":
        path = os.path.abspath(argv0)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return [path]
    found = shutil.which("followupd")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "followupd"]


def systemd_quote(word: str) -> str:
    """One word of an ExecStart= line: specifiers escaped (%%), quoted when needed."""
    word = word.replace("%", "%%")
    if word and not any(c.isspace() or c in "\"'\\;$" for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unit_text(command: list[str], config: Path) -> str:
    """The user unit with ExecStart= pointing at `command` and the config file."""
    words = [*command, "--config", str(config), "run"]
    exec_start = "ExecStart=" + " ".join(systemd_quote(w) for w in words)
    lines = unit_template_text().splitlines()
    replaced = [exec_start if line.startswith("ExecStart=") else line for line in lines]
    if replaced == lines:
        raise RuntimeError("the shipped unit has no ExecStart= line")
    header = [
        f"# Written by `followupd init` for {config}. Change it with",
        "# `systemctl --user edit followupd` (a drop-in survives `followupd init --force`).",
    ]
    return "\n".join([*header, *replaced]) + "\n"


@dataclass
class InitReport:
    """What `init` did: files written and kept, the unit, warnings, what to do next."""

    config_dir: Path
    config: Path
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    unit: Path | None = None
    exec_start: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def next_steps(self) -> list[str]:
        config = shlex.quote(str(self.config))
        check = "followupd check"
        if self.config != default_config_dir() / "config.toml":
            check = f"followupd --config {config} check"
        steps = [f"$EDITOR {config} && {check}"]
        if self.unit is not None:
            steps.append(
                "systemctl --user daemon-reload && systemctl --user enable --now followupd"
            )
        else:
            steps.append(check.replace(" check", " run"))
        return steps

    def lines(self) -> list[str]:
        out: list[str] = []
        out += [f"wrote {p}" for p in self.written]
        out += [f"kept  {p} (already there; not changed)" for p in self.kept]
        out += self.notes
        out += [f"warning: {w}" for w in self.warnings]
        out.append("")
        out.append("Next:")
        out += [f"  {step}" for step in self.next_steps()]
        return out


def _write_new(path: Path, text: str, mode: int) -> bool:
    """Create `path` with `text` unless it exists (O_EXCL: never overwrites). True if written."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return True


def rules_readme_text(shipped: Path) -> str:
    """The README `init` writes into the user's rules folder: how to override the shipped rules."""
    return f"""\
# Your rules, over the shipped ones

followupd follows the rules that ship with it, in
  {shipped}
and the rule files (.yaml, .yml, .toml) in this folder on top of them. The shipped
ones improve with every followupd release; what you put here stays as you wrote it.

- A rule here with the id of a shipped rule replaces it (copy the rule from the
  shipped file, keep its id, change what you like).
- To turn a shipped rule off, put its id here with `enabled: false`, e.g. in
  `mine.yaml`:

      version: 1
      rules:
        - {{id: thank-you-nudge, enabled: false}}

- Any other rule here is added to the shipped ones.
- A template in templates/ here with the name of a shipped one (thank-you.txt) replaces
  it, in every language; templates/de/thank-you.txt replaces only the German one.

`followupd rules` lists every rule with where it comes from (shipped, yours, yours
overriding shipped); `followupd rules --diff` shows how your copies differ from what
ships; `followupd check` validates everything. The rule language is described in
the README.md beside the shipped rules.
"""


def init(
    config_dir: Path,
    *,
    systemd_user_dir: Path | None,
    force: bool = False,
    command: list[str] | None = None,
) -> InitReport:
    """Set followupd up in `config_dir`; install the user unit into `systemd_user_dir`.

    Writes config.toml (mode 0600) from config.example.toml, makes config_dir/rules
    with a README on overriding the shipped rules (which stay where they are), and writes
    systemd_user_dir/followupd.service with ExecStart= running `command` (default:
    `followupd_command()`). None of the user's files is overwritten; `force` only
    rewrites a unit that differs. Running it again is harmless.
    """
    config_dir = config_dir.expanduser().absolute()
    config = config_dir / "config.toml"
    report = InitReport(config_dir=config_dir, config=config)
    config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    if _write_new(config, example_config_text(), 0o600):
        config.chmod(0o600)  # whatever the umask
        report.written.append(config)
    else:
        report.kept.append(config)
        report.warnings += check_config_permissions(config)

    # The shipped rules are not copied: they are the layer under the user's, read from
    # followupd itself, so an upgrade improves them. The folder gets a README saying so.
    rules = config_dir / "rules"
    rules.mkdir(mode=0o755, exist_ok=True)
    readme = rules / "README.md"
    if _write_new(readme, rules_readme_text(shipped_rules_dir()), 0o644):
        report.written.append(readme)
    else:
        report.kept.append(readme)
    if any(p.is_file() and p.suffix in RULE_SUFFIXES for p in rules.iterdir()):
        report.notes.append(
            f"{rules} holds rule files of yours: they apply over the shipped rules "
            "(`followupd rules` shows where each rule comes from, "
            "`followupd rules --diff` how yours differ from what ships)"
        )

    if systemd_user_dir is not None:
        report.exec_start = command or followupd_command()
        text = unit_text(report.exec_start, config)
        unit = systemd_user_dir.expanduser().absolute() / UNIT_NAME
        unit.parent.mkdir(parents=True, exist_ok=True)
        report.unit = unit
        if _write_new(unit, text, 0o644):
            report.written.append(unit)
        elif unit.read_text(encoding="utf-8", errors="replace") == text:
            report.kept.append(unit)
        elif force:
            tmp = unit.with_name(f".{UNIT_NAME}.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.chmod(0o644)
            tmp.replace(unit)
            report.written.append(unit)
        else:
            report.kept.append(unit)
            report.warnings.append(
                f"{unit} differs from the unit this followupd would install "
                f"(ExecStart={' '.join(report.exec_start)} …); kept as it is — "
                f"`followupd init --force` rewrites it"
            )
    return report
