"""The configuration file: one TOML file, environment variables `FOLLOWUPD_…` override it.

Loaded with pydantic-settings. Every problem becomes a ConfigError naming the key
(`accounts.work.host: field required`); a password never appears in a message.
Paths follow XDG: config in $XDG_CONFIG_HOME/followupd/, state in
$XDG_STATE_HOME/followupd/.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
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

from followupd.domain.errors import ConfigError
from followupd.domain.model import UserIdentity
from followupd.secrets import (
    check_credential_name,
    configured_sources,
    one_source_problem,
    resolve_secret,
    run_secret_command,
)

ENV_PREFIX = "FOLLOWUPD_"


def xdg_config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def xdg_state_home() -> Path:
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")


def shipped_rules_dir() -> Path:
    """The rule set that comes with followupd (rules/ in a checkout, packaged otherwise)."""
    here = Path(__file__).resolve().parent
    checkout = here.parent.parent / "rules"  # daemon/followupd/ → the repository's rules/
    if (checkout / "templates" / "thank-you.txt").is_file():
        return checkout
    # Installed: pyproject maps rules/ to the data-only package followupd.shipped_rules.
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
    # Days that never count as business days ("3 business days" skips them), ISO dates.
    holidays: list[date] = Field(default_factory=list)

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
            name=self.name,
            email=self.email,
            aliases=tuple(self.aliases),
            timezone=self.timezone,
            holidays=tuple(sorted(set(self.holidays))),
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
    # How to log in: "password" (LOGIN) or "xoauth2" (SASL XOAUTH2, Gmail / Microsoft 365).
    auth: Literal["password", "xoauth2"] = "password"
    # The password, from exactly one of these (or FOLLOWUPD_ACCOUNTS__<NAME>__PASSWORD).
    password: SecretStr | None = None
    password_command: str | None = None
    password_credential: str | None = None  # systemd: $CREDENTIALS_DIRECTORY/<name>
    # auth = "xoauth2": a command printing a fresh access token (run again when refused).
    oauth2_token_command: str | None = None
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    lookback_days: int = Field(default=60, ge=0, le=3650)
    drafts_folder: str | None = None
    sent_folder: str | None = None
    timeout: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    @field_validator("password_credential")
    @classmethod
    def _credential(cls, v: str | None) -> str | None:
        return None if v is None else check_credential_name(v)

    @model_validator(mode="after")
    def _check(self) -> ImapAccount:
        problem = _imap_auth_problem(self)
        if problem:
            raise ValueError(problem)
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

    def secret(self, name: str = "") -> str:
        """The password (auth = "password") or a fresh access token (auth = "xoauth2").

        Each call runs password_command / oauth2_token_command again (first output
        line). `name` (the account's name) makes messages name the full key
        (accounts.NAME.password_command); they never show the secret.
        """
        prefix = f"accounts.{name}." if name else ""
        if self.auth == "xoauth2":
            assert self.oauth2_token_command
            return run_secret_command(
                self.oauth2_token_command, key=f"{prefix}oauth2_token_command", what="token"
            )
        return resolve_secret(
            password=None if self.password is None else self.password.get_secret_value(),
            password_command=self.password_command,
            password_credential=self.password_credential,
            prefix=prefix,
        )


def _imap_auth_problem(account: ImapAccount) -> str | None:
    """What is wrong with an account's login settings, or None (one secret source)."""
    sources = configured_sources(
        password=account.password,
        password_command=account.password_command,
        password_credential=account.password_credential,
    )
    if account.auth == "xoauth2":
        if not account.oauth2_token_command:
            return (
                "auth = \"xoauth2\" needs 'oauth2_token_command' (a command that prints an "
                "access token, e.g. oauth2l fetch …)"
            )
        if sources:
            found = " and ".join(f"'{s}'" for s in sources)
            return f"auth = \"xoauth2\" takes the token from 'oauth2_token_command'; remove {found}"
        return None
    if account.oauth2_token_command:
        return "'oauth2_token_command' is only used with auth = \"xoauth2\""
    return one_source_problem(sources)


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


def run_password_command(command: str, *, key: str = "password_command") -> str:
    """Run `command` (no shell) and return the first line it prints; ConfigError otherwise.

    The one password runner for every section (accounts, calendars, smtp): the same
    contract as the accounts' (`followupd.secrets.run_secret_command`); `key` names the
    setting in messages. The output never appears in a message.
    """
    return run_secret_command(command, key=key)


# --- [[calendars]] -----------------------------------------------------------------------


def _http_url(v: str, *, allow_webcal: bool) -> str:
    v = v.strip()
    parts = urlsplit(v)
    schemes = ("http", "https", "webcal", "webcals") if allow_webcal else ("http", "https")
    if parts.scheme.lower() not in schemes or not parts.hostname:
        # Never echo the URL: an ICS address may carry a secret token.
        raise ValueError(f"not an {' or '.join(schemes)} URL with a host name")
    return v


class CalDavCalendar(Section):
    """A CalDAV calendar collection, e.g. https://dav.example.com/user/calendar/."""

    kind: Literal["caldav"]
    name: str = Field(min_length=1)
    url: str
    username: str
    password: SecretStr | None = None
    password_command: str | None = None
    verify_tls: bool = True
    timeout: float = Field(default=30.0, gt=0)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        return _http_url(v, allow_webcal=False)

    @model_validator(mode="after")
    def _check(self) -> CalDavCalendar:
        if self.password is None and not self.password_command:
            raise ValueError("set 'password' or 'password_command'")
        return self

    def secret(self) -> str:
        """The password, from the file or by running password_command (first line)."""
        if self.password is not None:
            return self.password.get_secret_value()
        assert self.password_command
        return run_password_command(self.password_command)


class IcsUrlCalendar(Section):
    """An .ics address (such as a calendar's secret address); webcal:// is read as https://."""

    # The URL may hold a token: validation errors must not repeat the input.
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    kind: Literal["ics_url"]
    name: str = Field(min_length=1)
    url: SecretStr  # may hold a secret token; logs show scheme://host/… only
    verify_tls: bool = True
    timeout: float = Field(default=30.0, gt=0)

    @field_validator("url")
    @classmethod
    def _url(cls, v: SecretStr) -> SecretStr:
        return SecretStr(_http_url(v.get_secret_value(), allow_webcal=True))


class IcsFileCalendar(Section):
    """A local .ics file, or a vdir folder (one .ics file per event, e.g. from vdirsyncer)."""

    kind: Literal["ics_file"]
    name: str = Field(min_length=1)
    path: Path

    @field_validator("path")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()


CalendarConfig = Annotated[
    CalDavCalendar | IcsUrlCalendar | IcsFileCalendar, Field(discriminator="kind")
]
CALENDAR_KINDS = ("caldav", "ics_url", "ics_file")


# --- [smtp] and [reminders] --------------------------------------------------------------


class SmtpConfig(Section):
    """[smtp]: the user's outgoing server, used only to send reminders to the user."""

    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str | None = None  # None: no AUTH (a local relay)
    password: SecretStr | None = None
    password_command: str | None = None
    timeout: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    @model_validator(mode="after")
    def _check(self) -> SmtpConfig:
        if self.username and self.password is None and not self.password_command:
            raise ValueError("set 'password' or 'password_command' with 'username'")
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(
                f'security = "none" sends mail and password in clear text; it is only '
                f'allowed for a loopback host, not {self.host!r}. Use "tls" or "starttls"'
            )
        return self

    def effective_port(self) -> int:
        if self.port:
            return self.port
        return {"tls": 465, "starttls": 587}.get(self.security, 25)

    def secret(self) -> str:
        """The password, from the file or by running password_command (first line)."""
        if self.password is not None:
            return self.password.get_secret_value()
        if not self.password_command:
            return ""
        return run_password_command(self.password_command, key="smtp.password_command")


class RemindersConfig(Section):
    # "inbox": a flagged note appended to INBOX; "smtp": mailed to you through [smtp].
    delivery: Literal["inbox", "smtp"] = "inbox"


class RunConfig(Section):
    poll_interval: int = Field(default=300, ge=10, description="seconds between polls")


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
    state: StateConfig = Field(default_factory=StateConfig)
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
    def _reminders_need_smtp(self) -> Settings:
        if self.reminders.delivery == "smtp" and self.smtp is None:
            raise ValueError('reminders.delivery = "smtp" needs an [smtp] section')
        names = [c.name for c in self.calendars]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            # The name keys the calendar's stored state: two with one name would mix them.
            raise ValueError(f"calendars: the name {twice[0]!r} is used twice; names must differ")
        return self

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


_TAGS = ("imap", "maildir", *CALENDAR_KINDS)


def _key_path(loc: tuple[int | str, ...]) -> str:
    """`accounts.work.host`, `calendars[1].url`: the key as the user wrote it (no union tags)."""
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in _TAGS and i > 0 and loc[i - 1] not in ("accounts",):
            continue  # the discriminator's tag pydantic adds, not a key of the file
        else:
            out += f".{part}" if out else str(part)
    return out


def _describe(err: dict[str, Any]) -> str:
    typ = err.get("type", "")
    if typ == "missing":
        return "required key is missing"
    if typ == "union_tag_not_found":
        return f"set kind = one of {', '.join(repr(k) for k in _kinds(err))}"
    if typ == "union_tag_invalid":
        return f"unknown kind; use one of {', '.join(repr(k) for k in _kinds(err))}"
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
                    CalDavCalendar,
                    IcsUrlCalendar,
                    IcsFileCalendar,
                    SmtpConfig,
                    RemindersConfig,
                )
                for name in model.model_fields
            }
            - {"config_path"}
        )
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        return f"unknown key; did you mean '{close[0]}'?" if close else "unknown key"
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _kinds(err: dict[str, Any]) -> tuple[str, ...]:
    loc = err.get("loc") or ()
    return CALENDAR_KINDS if loc and loc[0] == "calendars" else ("imap", "maildir")


def _error_line(path: Path, err: dict[str, Any]) -> str:
    key = _key_path(tuple(err.get("loc") or ()))
    return f"{path}: {key}: {_describe(err)}" if key else f"{path}: {_describe(err)}"


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
        lines = [_error_line(path, dict(e)) for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from None
    finally:
        _CURRENT_FILE["path"] = None
    settings.config_path = path
    return settings
