"""`load_settings`: read the file, merge the environment, validate; ConfigError otherwise."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from followupd.config.paths import default_config_path
from followupd.config.settings import Settings, settings_from
from followupd.config.wording import error_line
from followupd.domain.errors import ConfigError
from followupd.secrets import unsafe_command_file


def load_settings(path: Path | None = None) -> Settings:
    """Read, merge with the environment, and validate. Raises ConfigError."""
    path = path or default_config_path()
    if not path.exists():
        raise ConfigError(
            f"{path}: no configuration file (run 'followupd init', or pass --config PATH)"
        )
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    refused = unsafe_command_file(path, data)
    if refused:
        raise ConfigError(refused)
    try:
        settings = settings_from(path)
    except ValidationError as exc:
        lines = [error_line(path, dict(e)) for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from None
    settings.config_path = path
    return settings
