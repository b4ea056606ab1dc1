"""Public holidays of a country and region, from the `holidays` package.

[user] holidays_country = "DE" and holidays_region = "BY" add Bavaria's public holidays
to the explicit [user] holidays list: none of them counts as a business day. The dates
are computed for a window of years around today (the package knows the rules, not a
fixed list), so a config written once stays right in later years.
"""

from __future__ import annotations

from datetime import date
from functools import cache

# Years before and after today whose holidays are known: enough for any delay a rule
# counts in business days, and for `--now` a little in the past or future.
YEARS_BEFORE = 2
YEARS_AFTER = 3


def country_problem(country: str) -> str | None:
    """Why `country` is not a country the package knows (with a suggestion), or None."""
    import holidays  # only when a country is configured: the package is big to import

    known = holidays.list_supported_countries()
    if country in known:
        return None
    if country.upper() in known:
        return f"unknown country '{country}'; did you mean '{country.upper()}'?"
    by_name = _codes_by_name()
    name = country.strip().lower().replace(" ", "_")
    import difflib  # only for a hint: not resident in a service

    close = difflib.get_close_matches(name, list(by_name), n=1, cutoff=0.85)
    if close:
        return f"unknown country '{country}'; did you mean '{by_name[close[0]]}'?"
    return f"unknown country '{country}'; use an ISO 3166 code such as 'DE', 'US' or 'FR'"


@cache
def _codes_by_name() -> dict[str, str]:
    """'germany' -> 'DE', 'united_states' -> 'US': the package's own registry."""
    from holidays.registry import COUNTRIES

    return {module: entry[1] for module, entry in COUNTRIES.items()}


def region_problem(country: str, region: str) -> str | None:
    """Why `region` is not a subdivision of `country` (with the closest ones), or None."""
    import holidays

    regions = holidays.list_supported_countries().get(country, [])
    if region in regions:
        return None
    import difflib  # only for a hint: not resident in a service

    close = difflib.get_close_matches(region, regions, n=1, cutoff=0.5)
    if region.upper() in regions:
        close = [region.upper()]
    if close:
        return f"'{region}' is no region of {country}; did you mean '{close[0]}'?"
    shown = ", ".join(f"'{r}'" for r in regions[:12]) + (" …" if len(regions) > 12 else "")
    return (
        f"'{region}' is no region of {country}; use one of {shown}"
        if regions
        else (f"{country} has no regions in the holidays package; leave holidays_region out")
    )


@cache
def public_holidays(country: str, region: str | None, around: int) -> tuple[date, ...]:
    """The public holidays of `country` (and `region`) in the years around `around`."""
    import holidays

    years = range(around - YEARS_BEFORE, around + YEARS_AFTER + 1)
    days = holidays.country_holidays(country, subdiv=region, years=years)
    return tuple(sorted(days))
