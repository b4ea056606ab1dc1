"""What `pip install .` gives a user: the shipped rules, templates and demo mail are inside."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_rules_templates_and_demo_mail(tmp_path: Path) -> None:
    """The built wheel contains every shipped rule file, template and demo message."""
    # Build from a copy: setuptools leaves build/ and *.egg-info behind in the source tree.
    source = tmp_path / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("followupd-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for rule in (ROOT / "rules").glob("*.yaml"):
        assert f"followupd/shipped_rules/{rule.name}" in names
    for template in (ROOT / "rules" / "templates").iterdir():
        assert f"followupd/shipped_rules/templates/{template.name}" in names
    for sample in (ROOT / "daemon" / "followupd" / "demo_data").glob("*.eml"):
        assert f"followupd/demo_data/{sample.name}" in names
    assert "followupd/py.typed" in names
    # followupd init's files: real contents (symlinks in the checkout), not links.
    with zipfile.ZipFile(wheel) as zf:
        for packaged, original in (
            ("followupd/data/config.example.toml", ROOT / "config.example.toml"),
            ("followupd/data/followupd.service", ROOT / "systemd" / "followupd.service"),
        ):
            assert zf.read(packaged) == original.read_bytes()
