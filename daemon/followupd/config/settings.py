"""`Settings`: the whole configuration, the TOML file under FOLLOWUPD_… environment overrides.

Loaded with pydantic-settings; `load_settings` (config/load.py) is the way in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from followupd.config.calendar_sections import CalendarConfig
from followupd.config.cross import settings_problems
from followupd.config.paths import default_config_path, shipped_rules_dir
from followupd.config.sections import (
    Account,
    RemindersConfig,
    RulesConfig,
    RunConfig,
    SmtpConfig,
    StateConfig,
    UserConfig,
)

ENV_PREFIX = "FOLLOWUPD_"


class Settings(BaseSettings):
    """The whole configuration. Environment variables FOLLOWUPD_<SECTION>__<KEY> override."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        case_sensitive=False,
        # An ICS address may hold a secret token: errors never repeat the input.
        hide_input_in_errors=True,
    )

    user: UserConfig
    # Validated from {} (not built by a factory) so a bad default path is named state.path.
    state: StateConfig = Field(default_factory=dict, validate_default=True)
    rules: RulesConfig = Field(default_factory=RulesConfig)
    run: RunConfig = Field(default_factory=RunConfig)
    accounts: dict[str, Account] = Field(default_factory=dict)
    calendars: list[CalendarConfig] = Field(default_factory=list)
    smtp: SmtpConfig | None = None
    reminders: RemindersConfig = Field(default_factory=RemindersConfig)

    # Set by load_settings (not a key of the file): where the config came from.
    config_path: Path | None = Field(default=None, exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_CURRENT_FILE.get("path"))
        return (env_settings, init_settings, toml)

    @field_validator("accounts", mode="before")
    @classmethod
    def _default_kind(cls, v: Any) -> Any:
        # kind = "imap" is the default; the discriminator needs it spelled out.
        if isinstance(v, dict):
            for acc in v.values():
                if isinstance(acc, dict):
                    acc.setdefault("kind", "imap")
        return v

    @model_validator(mode="after")
    def _across_tables(self) -> Settings:
        # The name keys a calendar's stored state: two with one name would mix them.
        problems = settings_problems(self.model_dump(include={"reminders", "smtp", "calendars"}))
        if problems:
            raise ValueError(problems[0][1])
        return self

    def config_dir(self) -> Path:
        return (self.config_path or default_config_path()).parent

    def rule_paths(self) -> list[Path]:
        """Your rules, the layer over `shipped_rule_paths()`: [rules] paths, else your rules
        folder when it has rule files, else the shipped rules (which `load_rules` then
        loads once, as the shipped layer)."""
        return rule_paths_for(self.rules, self.config_dir())

    def shipped_rule_paths(self) -> list[Path]:
        """The playbook that ships with followupd, under yours ([rules] shipped = false: none)."""
        return [shipped_rules_dir()] if self.rules.shipped else []

    def template_folders(self) -> list[Path]:
        """Where templates are looked up, the user's first and the shipped ones last."""
        return template_folders_for(self.rules, self.config_dir())


def rule_paths_for(rules: RulesConfig, config_dir: Path) -> list[Path]:
    """The rule files or folders in force for [rules] of a config in `config_dir`."""
    if rules.paths:
        return [_resolve(p, config_dir) for p in rules.paths]
    mine = config_dir / "rules"
    if mine.is_dir() and any(p.suffix in (".yaml", ".yml", ".toml") for p in mine.iterdir()):
        return [mine]
    return [shipped_rules_dir()]


def template_folders_for(rules: RulesConfig, config_dir: Path) -> list[Path]:
    folders = [_resolve(p, config_dir) for p in rules.templates]
    for p in rule_paths_for(rules, config_dir):
        folders.append((p if p.is_dir() else p.parent) / "templates")
    folders.append(config_dir / "templates")
    folders.append(shipped_rules_dir() / "templates")
    unique: list[Path] = []
    for f in folders:
        if f not in unique:
            unique.append(f)
    return unique


def _resolve(p: Path, config_dir: Path) -> Path:
    p = p.expanduser()
    return p if p.is_absolute() else config_dir / p


# pydantic-settings reads the TOML path from the class; a load passes it through here.
_CURRENT_FILE: dict[str, Path | None] = {"path": None}


def settings_from(path: Path) -> Settings:
    """The settings in `path` under the environment (pydantic's ValidationError as raised)."""
    _CURRENT_FILE["path"] = path
    try:
        return Settings()  # type: ignore[call-arg]
    finally:
        _CURRENT_FILE["path"] = None
