"""The configuration file: one TOML file, environment variables `FOLLOWUPD_…` override it.

Every problem becomes a ConfigError naming the key (`accounts.work.host: required key
is missing`), one line each; a password never appears in a message. Paths follow
XDG: config in $XDG_CONFIG_HOME/followupd/, state in $XDG_STATE_HOME/followupd/.

    paths.py            where the files are (XDG, the shipped rules)
    sections.py         [user] [state] [rules] [run] [accounts.NAME] [smtp] [reminders]
    calendar_sections.py [[calendars]]
    cross.py            checks across keys, on validated and on raw values
    zones.py            [user] timezone, with "did you mean …?"
    public_holidays.py  a country's and region's holidays (the holidays package)
    settings.py         Settings: the whole file under the environment
    locate.py           the line and column of each key
    wording.py          how a problem is worded
    check.py            every problem at once (what `followupd check` adds, too)
    load.py             load_settings
"""

from __future__ import annotations

from followupd.config.calendar_sections import (
    CALENDAR_KINDS,
    CalDavCalendar,
    CalendarConfig,
    IcsFileCalendar,
    IcsUrlCalendar,
)
from followupd.config.check import ConfigCheck, ConfigProblem, validate
from followupd.config.load import load_settings
from followupd.config.paths import (
    default_config_path,
    shipped_rules_dir,
    xdg_config_home,
    xdg_state_home,
)
from followupd.config.sections import (
    Account,
    ImapAccount,
    MaildirAccount,
    RemindersConfig,
    RulesConfig,
    RunConfig,
    SmtpConfig,
    StateConfig,
    UserConfig,
)
from followupd.config.settings import ENV_PREFIX, Settings

__all__ = [
    "CALENDAR_KINDS",
    "ENV_PREFIX",
    "Account",
    "CalDavCalendar",
    "CalendarConfig",
    "ConfigCheck",
    "ConfigProblem",
    "IcsFileCalendar",
    "IcsUrlCalendar",
    "ImapAccount",
    "MaildirAccount",
    "RemindersConfig",
    "RulesConfig",
    "RunConfig",
    "Settings",
    "SmtpConfig",
    "StateConfig",
    "UserConfig",
    "default_config_path",
    "load_settings",
    "shipped_rules_dir",
    "validate",
    "xdg_config_home",
    "xdg_state_home",
]
