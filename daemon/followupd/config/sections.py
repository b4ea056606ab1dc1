"""The sections of the configuration file, as pydantic models ([[calendars]] aside).

[user], [state], [rules], [run], [accounts.NAME] (IMAP or Maildir), [smtp] and
[reminders]. Each model validates its own keys; a ValueError raised here becomes one
line naming the key (see config/errors.py). Secrets are resolved through
followupd.secrets, only when asked for, and never shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from followupd.config.cross import imap_problems, smtp_problems
from followupd.config.paths import xdg_state_home
from followupd.config.public_holidays import country_problem, public_holidays, region_problem
from followupd.config.zones import zone_problem
from followupd.domain.model import UserIdentity
from followupd.secrets import (
    Command,
    check_command,
    check_credential_name,
    resolve_secret,
    run_secret_command,
)

# A TCP port: 0 or a negative number is a typo, not "the default" (leave the key out).
Port = Annotated[int, Field(ge=1, le=65535)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserConfig(Section):
    name: str = ""
    email: str
    aliases: list[str] = Field(default_factory=list)
    timezone: str = "UTC"
    # Days that never count as business days ("3 business days" skips them), ISO dates.
    holidays: list[date] = Field(default_factory=list)
    # And a country's public holidays (ISO 3166 code, the `holidays` package), with
    # those of one region of it ("DE" and "BY": Bavaria; "US" and "CA": California).
    holidays_country: str | None = None
    holidays_region: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if "@" not in v or " " in v.strip():
            raise ValueError(f"not an e-mail address: '{v}'")
        return v.strip().lower()

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, v: list[str]) -> list[str]:
        return [a.strip().lower() for a in v]

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        problem = zone_problem(v)
        if problem:
            raise ValueError(problem)
        return v

    @field_validator("holidays_country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        problem = None if v is None else country_problem(v)
        if problem:
            raise ValueError(problem)
        return v

    @field_validator("holidays_region")
    @classmethod
    def _region(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None:
            return None
        country = info.data.get("holidays_country")
        if "holidays_country" not in info.data:
            return v  # the country is wrong: said there
        if country is None:
            raise ValueError("holidays_region needs holidays_country (the region's country)")
        problem = region_problem(country, v)
        if problem:
            raise ValueError(problem)
        return v

    def identity(self, today: date | None = None) -> UserIdentity:
        """The user as the rules see them; public holidays for the years around `today`."""
        days = set(self.holidays)
        if self.holidays_country:
            year = (today or date.today()).year
            days.update(public_holidays(self.holidays_country, self.holidays_region, year))
        return UserIdentity(
            name=self.name,
            email=self.email,
            aliases=tuple(self.aliases),
            timezone=self.timezone,
            holidays=tuple(sorted(days)),
        )


class StateConfig(Section):
    # The default is validated too: $XDG_STATE_HOME may be a file.
    path: Path = Field(
        default_factory=lambda: xdg_state_home() / "followupd" / "state.sqlite3",
        validate_default=True,
    )

    @field_validator("path")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        v = v.expanduser()
        # Found by `check`, not by the first `run` that tries to create the file.
        for parent in v.parents:
            if parent.exists():
                if not parent.is_dir():
                    raise ValueError(
                        f"{parent} is a file, not a folder: the state file cannot be made "
                        f"under it; choose another path"
                    )
                break
        return v


class RulesConfig(Section):
    # Your rules, over the shipped ones (same id: yours replaces it). Empty: rules/ beside
    # the config file.
    paths: list[Path] = Field(default_factory=list)
    templates: list[Path] = Field(default_factory=list)
    # false: only your rules, none of the shipped playbook.
    shipped: bool = True


class ImapAccount(Section):
    kind: Literal["imap"] = "imap"
    host: str
    port: Port | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    # How to log in: "password" (LOGIN) or "xoauth2" (SASL XOAUTH2, Gmail / Microsoft 365).
    auth: Literal["password", "xoauth2"] = "password"
    # The password, from exactly one of these (or FOLLOWUPD_ACCOUNTS__<NAME>__PASSWORD).
    password: SecretStr | None = None
    # A string is run by /bin/sh (as mbsync's PassCmd); a list of words without a shell.
    password_command: Command | None = None
    password_credential: str | None = None  # systemd: $CREDENTIALS_DIRECTORY/<name>
    # auth = "xoauth2": a command printing a fresh access token (run again when refused).
    oauth2_token_command: Command | None = None
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

    @field_validator("password_command", "oauth2_token_command")
    @classmethod
    def _command(cls, v: Command | None) -> Command | None:
        return None if v is None else check_command(v)

    @model_validator(mode="after")
    def _check(self) -> ImapAccount:
        problems = imap_problems(self.__dict__)
        if problems:
            raise ValueError(problems[0])
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


class SmtpConfig(Section):
    """[smtp]: the user's outgoing server, used only to send reminders to the user."""

    host: str
    port: Port | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str | None = None  # None: no AUTH (a local relay)
    password: SecretStr | None = None
    password_command: Command | None = None
    timeout: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    @field_validator("password_command")
    @classmethod
    def _command(cls, v: Command | None) -> Command | None:
        return None if v is None else check_command(v)

    @model_validator(mode="after")
    def _check(self) -> SmtpConfig:
        problems = smtp_problems(self.__dict__)
        if problems:
            raise ValueError(problems[0])
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
        return run_secret_command(self.password_command, key="smtp.password_command")


class RemindersConfig(Section):
    # "inbox": a flagged note appended to INBOX; "smtp": mailed to you through [smtp].
    delivery: Literal["inbox", "smtp"] = "inbox"


class RunConfig(Section):
    poll_interval: int = Field(default=300, ge=10, description="seconds between polls")
