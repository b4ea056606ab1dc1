"""`followupd init`: a commented config, the shipped rules to edit, and the user unit.

`init` never overwrites a file the user may have edited: the config, rule files and
templates that already exist are reported as kept. When the user's rules folder
already holds rule files, none of the shipped ones is added to it (a rule file the
user deleted to switch it off stays deleted). The systemd unit is followupd's own
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


def _shipped_files(rules: Path) -> list[tuple[Path, Path]]:
    """(source, path relative to the user's rules folder) for every shipped rule and template."""
    files: list[tuple[Path, Path]] = []
    for src in sorted(rules.iterdir()):
        if src.is_file() and src.suffix in RULE_SUFFIXES:
            files.append((src, Path(src.name)))
    templates = rules / "templates"
    if templates.is_dir():
        for src in sorted(templates.iterdir()):
            if src.is_file() and not src.name.startswith(("_", ".")):
                files.append((src, Path("templates") / src.name))
    return files


def init(
    config_dir: Path,
    *,
    systemd_user_dir: Path | None,
    force: bool = False,
    command: list[str] | None = None,
) -> InitReport:
    """Set followupd up in `config_dir`; install the user unit into `systemd_user_dir`.

    Writes config.toml (mode 0600) from config.example.toml, copies the shipped rules
    to config_dir/rules and their templates to config_dir/rules/templates, and writes
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

    rules = config_dir / "rules"
    mine = rules.is_dir() and any(
        p.is_file() and p.suffix in RULE_SUFFIXES for p in rules.iterdir()
    )
    shipped = _shipped_files(shipped_rules_dir())
    if mine:
        report.kept += [rules / rel for _src, rel in shipped if (rules / rel).exists()]
        report.notes.append(
            f"{rules} already holds rule files: no shipped rule or template added to it"
        )
    else:
        (rules / "templates").mkdir(parents=True, exist_ok=True)
        for src, rel in shipped:
            target = rules / rel
            if _write_new(target, src.read_text(encoding="utf-8"), 0o644):
                report.written.append(target)
            else:
                report.kept.append(target)

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
