"""Where followupd's files are: XDG folders for config and state, and the shipped rules.

Config in $XDG_CONFIG_HOME/followupd/ (or $FOLLOWUPD_CONFIG), state in
$XDG_STATE_HOME/followupd/. Read when asked, never at import time.
"""

from __future__ import annotations

import os
from pathlib import Path


def xdg_config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def xdg_state_home() -> Path:
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")


def shipped_rules_dir() -> Path:
    """The rule set that comes with followupd (rules/ in a checkout, packaged otherwise)."""
    here = Path(__file__).resolve().parent.parent  # the followupd package
    checkout = here.parent.parent / "rules"  # daemon/followupd/ → the repository's rules/
    if (checkout / "templates" / "thank-you.txt").is_file():
        return checkout
    # Installed: pyproject maps rules/ to the data-only package followupd.shipped_rules.
    return here / "shipped_rules"


def default_config_path() -> Path:
    env = os.environ.get("FOLLOWUPD_CONFIG")
    return Path(env) if env else xdg_config_home() / "followupd" / "config.toml"
