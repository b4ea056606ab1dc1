"""`load_settings`: read the file, merge the environment, validate; ConfigError otherwise."""

from __future__ import annotations

from pathlib import Path

from followupd.config.check import validate
from followupd.config.paths import default_config_path
from followupd.config.settings import Settings
from followupd.domain.errors import ConfigError


def load_settings(path: Path | None = None) -> Settings:
    """Read, merge with the environment, and validate. Raises ConfigError naming every
    problem, one line each (`FILE:LINE:COL: key: what is wrong`)."""
    checked = validate(path or default_config_path())
    if checked.problems or checked.settings is None:
        raise ConfigError("\n".join(str(p) for p in checked.problems) or "invalid configuration")
    return checked.settings
