"""The [[calendars]] sections: a CalDAV collection, an .ics address, local .ics files.

An ICS address may carry a secret token: it is kept as a SecretStr and no error
repeats it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import ConfigDict, Field, SecretStr, field_validator, model_validator

from followupd.config.cross import caldav_problems
from followupd.config.sections import Section
from followupd.secrets import Command, check_command, run_secret_command


def _http_url(v: str, *, allow_webcal: bool) -> str:
    v = v.strip()
    parts = urlsplit(v)
    schemes = ("http", "https", "webcal", "webcals") if allow_webcal else ("http", "https")
    if parts.scheme.lower() not in schemes or not parts.hostname:
        # Never echo the URL: an ICS address may carry a secret token.
        raise ValueError(f"not an {' or '.join(schemes)} URL with a host name")
    return v


class CalDavCalendar(Section):
    """A CalDAV calendar: its collection's URL, or the server's root (or a principal) to
    find it from, e.g. https://cloud.example.org/remote.php/dav/."""

    kind: Literal["caldav"]
    name: str = Field(min_length=1)
    url: str
    # With a root URL and several calendars: which one (display name or path's last part).
    calendar: str | None = Field(default=None, min_length=1)
    username: str
    password: SecretStr | None = None
    password_command: Command | None = None
    verify_tls: bool = True
    timeout: float = Field(default=30.0, gt=0)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        return _http_url(v, allow_webcal=False)

    @field_validator("password_command")
    @classmethod
    def _command(cls, v: Command | None) -> Command | None:
        return None if v is None else check_command(v)

    @model_validator(mode="after")
    def _check(self) -> CalDavCalendar:
        problems = caldav_problems(self.__dict__)
        if problems:
            raise ValueError(problems[0])
        return self

    def secret(self) -> str:
        """The password, from the file or by running password_command (first line)."""
        if self.password is not None:
            return self.password.get_secret_value()
        assert self.password_command
        return run_secret_command(self.password_command, key="password_command")


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
