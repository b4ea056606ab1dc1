"""The configuration file: one TOML file, environment variables `FOLLOWUPD_…` override it.

Loaded with pydantic-settings. Every problem becomes a ConfigError naming the key
(`accounts.work.host: field required`); a password never appears in a message.
Paths follow XDG: config in $XDG_CONFIG_HOME/followupd/, state in
$XDG_STATE_HOME/followupd/.
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import subprocess
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from daemon.domain.errors import ConfigError
from daemon.domain.model import UserIdentity

ENV_PREFIX = "FOLLOWUPD_"


def xdg_config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def xdg_state_home() -> Path:
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")


def shipped_rules_dir() -> Path:
    """The rule set that comes with followupd (rules/ in a checkout, packaged otherwise)."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "rules"
    if (checkout / "templates" / "thank-you.txt").is_file():
        return checkout
    # Installed: pyproject maps rules/ to the data-only package daemon.shipped_rules.
    return here / "shipped_rules"


def default_config_path() -> Path:
    env = os.environ.get("FOLLOWUPD_CONFIG")
    return Path(env) if env else xdg_config_home() / "followupd" / "config.toml"


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserConfig(Section):
    name: str = ""
    email: str
    aliases: list[str] = Field(default_factory=list)
    timezone: str = "UTC"

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if "@" not in v or " " in v.strip():
            raise ValueError(f"not an e-mail address: {v!r}")
        return v.strip().lower()

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, v: list[str]) -> list[str]:
        return [a.strip().lower() for a in v]

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {v!r}; use an IANA name such as 'Europe/Berlin'"
            ) from None
        return v

    def identity(self) -> UserIdentity:
        return UserIdentity(
            name=self.name, email=self.email, aliases=tuple(self.aliases), timezone=self.timezone
        )


class StateConfig(Section):
    path: Path = Field(default_factory=lambda: xdg_state_home() / "followupd" / "state.sqlite3")

    @field_validator("path")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()


class RulesConfig(Section):
    # Empty means: the user's config folder if it holds rule files, else the shipped rules.
    paths: list[Path] = Field(default_factory=list)
    templates: list[Path] = Field(default_factory=list)


class ImapAccount(Section):
    kind: Literal["imap"] = "imap"
    host: str
    port: int | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: SecretStr | None = None
    password_command: str | None = None
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    lookback_days: int = Field(default=60, ge=0, le=3650)
    drafts_folder: str | None = None
    sent_folder: str | None = None
    timeout: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    @model_validator(mode="after")
    def _check(self) -> ImapAccount:
        if self.password is None and not self.password_command:
            raise ValueError("set 'password' or 'password_command'")
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(
                f'security = "none" sends the password in clear text; it is only allowed '
                f'for a loopback host, not {self.host!r}. Use "tls" or "starttls"'
            )
        return self

    def effective_port(self) -> int:
        if self.port:
            return self.port
        return 993 if self.security == "tls" else 143

    def secret(self) -> str:
        """The password, from the file or by running password_command (first line)."""
        if self.password is not None:
            return self.password.get_secret_value()
        assert self.password_command
        try:
            proc = subprocess.run(
                shlex.split(self.password_command),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"password_command could not run: {exc}") from None
        if proc.returncode != 0:
            raise ConfigError(f"password_command exited with status {proc.returncode}")
        lines = proc.stdout.splitlines()
        if not lines or not lines[0]:
            raise ConfigError("password_command printed no password")
        return lines[0]


class MaildirAccount(Section):
    kind: Literal["maildir"]
    path: Path
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    lookback_days: int = Field(default=60, ge=0, le=3650)
    drafts_folder: str | None = None
    sent_folder: str | None = None

    @field_validator("path")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()


Account = Annotated[ImapAccount | MaildirAccount, Field(discriminator="kind")]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class RunConfig(Section):
    poll_interval: int = Field(default=300, ge=10, description="seconds between polls")


class Settings(BaseSettings):
    """The whole configuration. Environment variables FOLLOWUPD_<SECTION>__<KEY> override."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        case_sensitive=False,
    )

    user: UserConfig
    state: StateConfig = Field(default_factory=StateConfig)
    rules: RulesConfig = Field(default_factory=RulesConfig)
    run: RunConfig = Field(default_factory=RunConfig)
    accounts: dict[str, Account] = Field(default_factory=dict)

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

    def config_dir(self) -> Path:
        return (self.config_path or default_config_path()).parent

    def rule_paths(self) -> list[Path]:
        """[rules] paths, else the user's rules folder when it has rule files, else shipped."""
        if self.rules.paths:
            return [self._resolve(p) for p in self.rules.paths]
        mine = self.config_dir() / "rules"
        if mine.is_dir() and any(p.suffix in (".yaml", ".yml", ".toml") for p in mine.iterdir()):
            return [mine]
        return [shipped_rules_dir()]

    def template_folders(self) -> list[Path]:
        """Where templates are looked up, the user's first and the shipped ones last."""
        folders = [self._resolve(p) for p in self.rules.templates]
        for p in self.rule_paths():
            folders.append((p if p.is_dir() else p.parent) / "templates")
        folders.append(self.config_dir() / "templates")
        folders.append(shipped_rules_dir() / "templates")
        unique: list[Path] = []
        for f in folders:
            if f not in unique:
                unique.append(f)
        return unique

    def _resolve(self, p: Path) -> Path:
        p = p.expanduser()
        return p if p.is_absolute() else self.config_dir() / p


# pydantic-settings reads the TOML path from the class; a load passes it through here.
_CURRENT_FILE: dict[str, Path | None] = {"path": None}


def _key_path(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("imap", "maildir")]
    return ".".join(parts)


def _describe(err: dict[str, Any]) -> str:
    typ = err.get("type", "")
    if typ == "missing":
        return "required key is missing"
    if typ == "extra_forbidden":
        import difflib

        key = str(err["loc"][-1]) if err.get("loc") else ""
        known = sorted(
            {
                name
                for model in (
                    Settings,
                    UserConfig,
                    StateConfig,
                    RulesConfig,
                    RunConfig,
                    ImapAccount,
                    MaildirAccount,
                )
                for name in model.model_fields
            }
            - {"config_path"}
        )
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        return f"unknown key; did you mean '{close[0]}'?" if close else "unknown key"
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def load_settings(path: Path | None = None) -> Settings:
    """Read, merge with the environment, and validate. Raises ConfigError."""
    path = path or default_config_path()
    if not path.exists():
        raise ConfigError(
            f"{path}: no configuration file (run 'followupd init', or pass --config PATH)"
        )
    try:
        with path.open("rb") as fh:
            tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    _CURRENT_FILE["path"] = path
    try:
        settings = Settings()  # type: ignore[call-arg]
    except ValidationError as exc:
        lines = [f"{path}: {_key_path(e['loc'])}: {_describe(dict(e))}" for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from None
    finally:
        _CURRENT_FILE["path"] = None
    settings.config_path = path
    return settings
