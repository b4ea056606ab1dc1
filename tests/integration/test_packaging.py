"""What `pip install .` gives a user: the shipped rules, templates and demo mail are inside,
and followupd installs next to python-daemon (which owns the import name `daemon`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """followupd's wheel, built once for this module's tests."""
    tmp_path = tmp_path_factory.mktemp("wheel")
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
    (built,) = tmp_path.glob("followupd-*.whl")
    return built


def test_wheel_carries_rules_templates_and_demo_mail(wheel: Path) -> None:
    """The built wheel contains every shipped rule file, template (in every language) and
    demo message."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for rule in (ROOT / "rules").glob("*.yaml"):
        assert f"followupd/shipped_rules/{rule.name}" in names
    # Templates, their translations (templates/de/…), and the fingerprints of old versions.
    for template in (ROOT / "rules" / "templates").rglob("*.txt"):
        assert f"followupd/shipped_rules/{template.relative_to(ROOT / 'rules')}" in names
    assert "followupd/shipped_rules/shipped-versions.txt" in names
    for sample in (ROOT / "daemon" / "followupd" / "demo_data").glob("*.eml"):
        assert f"followupd/demo_data/{sample.name}" in names
    assert "followupd/py.typed" in names
    assert "followupd/config/__init__.py" in names and "followupd/tls.py" in names
    # followupd init's files: real contents (symlinks in the checkout), not links.
    with zipfile.ZipFile(wheel) as zf:
        for packaged, original in (
            ("followupd/data/config.example.toml", ROOT / "config.example.toml"),
            ("followupd/data/followupd.service", ROOT / "systemd" / "followupd.service"),
        ):
            assert zf.read(packaged) == original.read_bytes()


def test_installs_and_imports_beside_python_daemon(wheel: Path, tmp_path: Path) -> None:
    """In one fresh venv (no system site-packages), followupd and python-daemon (PEP 3143,
    import name `daemon`) both install and import: the wheel ships no top-level `daemon`
    package, `import daemon` is python-daemon's, and the `followupd` script runs."""
    assert not [n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("daemon/")]
    started = time.monotonic()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    python = env_dir / "bin" / "python"
    # followupd's own dependencies are needed to import followupd.cli; pip's cache
    # (or the local index) keeps this quick.
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    installed = subprocess.run(
        [*pip, str(wheel), "python-daemon"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    probe = (
        "import daemon, followupd.cli\n"
        "assert hasattr(daemon, 'DaemonContext'), daemon.__file__\n"
        "assert 'site-packages' in followupd.cli.__file__, followupd.cli.__file__\n"
        "print(daemon.__name__, followupd.cli.__name__)\n"
    )
    imported = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == ["daemon", "followupd.cli"]
    helped = subprocess.run(
        [str(env_dir / "bin" / "followupd"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: followupd")
    print(f"venv with followupd and python-daemon in {time.monotonic() - started:.1f}s")
