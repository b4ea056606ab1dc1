"""The sections of the configuration file, as pydantic models ([[calendars]] aside).

[user], [state], [rules], [run], [accounts.NAME] (IMAP or Maildir), [smtp] and
[reminders]. Each model validates its own keys; a ValueError raised here becomes one
line naming the key (see config/errors.py). Secrets are resolved through
followupd.secrets, only when asked for, and never shown.
"""

from __future__ import annotations

import ipaddress
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
    model_validator,
)

from followupd.config.paths import xdg_state_home
from followupd.domain.model import UserIdentity
from followupd.secrets import (
    check_credential_name,
    configured_sources,
    one_source_problem,
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


class SmtpConfig(Section):
    """[smtp]: the user's outgoing server, used only to send reminders to the user."""

    host: str
    port: Port | None = None
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
        return run_secret_command(self.password_command, key="smtp.password_command")


class RemindersConfig(Section):
    # "inbox": a flagged note appended to INBOX; "smtp": mailed to you through [smtp].
    delivery: Literal["inbox", "smtp"] = "inbox"


class RunConfig(Section):
    poll_interval: int = Field(default=300, ge=10, description="seconds between polls")
