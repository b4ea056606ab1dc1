"""The unit `followupd init` installs is one systemd accepts: `systemd-analyze --user
verify` with ExecStart= at a real (stub) executable under a path with a space."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from followupd.init import init

pytestmark = pytest.mark.integration

PROBLEMS = re.compile(
    r"unknown (key|lvalue|section)|failed to parse|invalid|ignoring|not executable",
    re.IGNORECASE,
)


def test_installed_unit_verifies_cleanly(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        message = "systemd-analyze is not installed (Debian: apt-get install systemd)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    program = tmp_path / "my venv" / "bin" / "followupd"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    report = init(
        home / ".config" / "followupd",
        systemd_user_dir=home / ".config" / "systemd" / "user",
        command=[str(program)],
    )
    assert report.unit is not None
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    result = subprocess.run(
        [analyze, "--user", "verify", str(report.unit)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not PROBLEMS.search(result.stdout + result.stderr), result.stderr
