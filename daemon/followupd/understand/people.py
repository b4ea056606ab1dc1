"""Who is who in an invitation: humans vs. robots and rooms, and which company a domain is.

The lists are module-level data so that they are easy to read and extend.
"""

from __future__ import annotations

import re

from followupd.domain.model import Attendee, Person

# Local parts of role and robot mailboxes: never an interviewer.
ROLE_MAILBOXES: frozenset[str] = frozenset(
    {
        "no-reply", "noreply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
        "mailer-daemon", "postmaster", "interviews", "interview", "recruiting", "recruitment",
        "recruiter", "careers", "career", "jobs", "job", "talent", "talent-acquisition",
        "scheduling", "schedule", "scheduler", "calendar", "calendars", "calendar-notification",
        "calendar-notifications", "notifications",
        "notification", "notify", "hr", "people", "hiring", "applications", "apply",
        "bewerbung", "bewerbungen", "karriere", "recrutement", "info", "hello", "team",
        "support", "news", "newsletter", "marketing", "events", "webinars", "webinar",
        "digest", "updates", "bulletin", "blog", "community",
    }
)  # fmt: skip

# Applicant-tracking and scheduling services: their addresses relay for humans.
ATS_DOMAINS: frozenset[str] = frozenset(
    {
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com",
        "ashby.io", "myworkday.com", "workday.com", "myworkdayjobs.com", "smartrecruiters.com",
        "icims.com", "calendly.com", "goodtime.io", "gem.com", "paradox.ai", "modernloop.io",
        "modernloop.com", "jobvite.com", "workable.com", "workablemail.com", "bamboohr.com",
        "teamtailor.com", "teamtailor-mail.com", "recruitee.com", "personio.de", "personio.com",
        "successfactors.com", "successfactors.eu", "taleo.net", "oraclecloud.com",
        "invalidemail.com",  # Taleo's own sender domain for its candidate mail
        "breezy.hr", "jazzhr.com", "applytojob.com", "pinpointhq.com", "rippling.com",
        "dover.com", "hirebridge.com", "comeet.co", "homerun.co", "join.com", "recruiterbox.com",
        "zohorecruit.com", "cal.com", "youcanbook.me", "doodle.com", "hirevue.com",
        "codility.com", "hackerrank.com", "coderpad.io", "karat.com", "brighthire.ai",
        # UK and Ireland, public sector and academia
        "eploy.co.uk", "eploy.net", "tribepad.com", "networxrecruitment.com", "jobtrain.co.uk",
        "trac.jobs", "jobs.nhs.uk", "civilservicejobs.service.gov.uk",
        "interfolio.com", "peopleadmin.com", "cornerstoneondemand.com", "avature.net",
        "pageuppeople.com", "pageup.com", "livehire.com", "jobadder.com", "occupop.com",
        "hireroad.com", "hireful.co.uk", "cezannehr.com", "peoplehr.net",
        # Europe and the Nordics
        "softgarden.io", "softgarden.de", "dvinci.de", "rexx-systems.com", "onlyfy.io",
        "prescreen.io", "concludis.de", "umantis.com", "reachmee.com", "varbi.com",
        "jobylon.com", "webcruiter.no", "hr-manager.net", "emply.com", "talentclue.com",
        "bizneo.com", "pandape.com", "talentsoft.com", "beetween.com", "flatchr.io",
        "recruitcrm.io", "manatal.com", "peopleforce.io",
        # Latin America and Asia
        "gupy.io", "kenoby.com", "solides.com.br", "hiringroom.com", "hrmos.co", "herp.cloud",
        "talentio.com",
        # US suites, federal and state hiring
        "usajobs.gov", "governmentjobs.com", "neogov.com",
        "schooljobs.com", "trakstar.com", "jobscore.com", "phenompeople.com", "beamery.com",
        # assessments
        "testgorilla.com", "codesignal.com", "pymetrics.ai", "shl.com", "talentlens.com",
    }
)  # fmt: skip

# Free-mail providers: their domain says nothing about a company. Patterns match a label.
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
        "web.de", "gmx.net", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "fastmail.com",
        "zoho.com", "yandex.ru", "yandex.com", "mail.ru", "tutanota.com", "tuta.io", "orange.fr",
        "free.fr", "laposte.net", "libero.it", "qq.com", "163.com", "naver.com", "hey.com",
    }
)  # fmt: skip
FREEMAIL_PREFIXES: tuple[str, ...] = ("yahoo.", "ymail.", "gmx.", "hotmail.", "outlook.", "live.")

# Calendar plumbing domains (rooms, groups) and words naming a room in a CN.
RESOURCE_DOMAINS: frozenset[str] = frozenset(
    {"resource.calendar.google.com", "group.calendar.google.com", "group.v.calendar.google.com"}
)
ROOM_WORDS = re.compile(
    r"\b(room|raum|salle|sala|conference|meeting ?room|besprechung\w*|boardroom|floor|"
    r"building|bldg|huddle|resource)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE_CUTYPES = frozenset({"ROOM", "RESOURCE", "GROUP"})

# Second-level labels under which companies register (acme.co.uk): keep three labels.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "ne", "or"})


# Booking tools anyone uses (sales calls, haircuts): not a hiring system by themselves.
GENERIC_SCHEDULERS = frozenset({"calendly.com", "cal.com", "youcanbook.me", "doodle.com"})


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def _in(domain: str, domains: frozenset[str] | tuple[str, ...]) -> bool:
    """`domain` is one of `domains` or under one (a set lookup per label: this runs on
    every address of every message of a first sync)."""
    while domain:
        if domain in domains:
            return True
        _, dot, domain = domain.partition(".")
        if not dot:
            return False
    return False


# Distinctive brand names of those services: the same service under another top-level
# domain ("greenhouse.eu", a staging or regional domain) is still the service. Brands
# that are ordinary words or likely company names (lever, gem, join, dover) are left out.
ATS_BRANDS: frozenset[str] = frozenset(
    {
        "greenhouse", "greenhouse-mail", "ashbyhq", "myworkday", "myworkdayjobs",
        "smartrecruiters", "icims", "calendly", "goodtime", "modernloop", "jobvite", "workable",
        "workablemail", "bamboohr", "teamtailor", "teamtailor-mail", "recruitee", "personio",
        "successfactors", "taleo", "jazzhr", "applytojob", "pinpointhq", "hirebridge",
        "zohorecruit", "youcanbook", "hirevue", "codility", "hackerrank", "coderpad", "brighthire",
        "eploy", "tribepad", "pageuppeople", "interfolio", "peopleadmin", "softgarden",
        "reachmee", "jobylon", "webcruiter", "gupy", "hrmos", "testgorilla", "codesignal",
    }
)  # fmt: skip


def is_ats_domain(domain: str) -> bool:
    """An applicant-tracking or scheduling service: a known domain, or its brand elsewhere."""
    brand = registrable_domain(domain).split(".", 1)[0]
    return _in(domain, ATS_DOMAINS) or brand in ATS_BRANDS


def is_freemail(domain: str) -> bool:
    return _in(domain, FREEMAIL_DOMAINS) or domain.startswith(FREEMAIL_PREFIXES)


def is_role_mailbox(email: str) -> bool:
    """A robot or shared mailbox (no-reply@, recruiting@, or any address at an ATS)."""
    local = email.split("@", 1)[0].lower()
    base = re.split(r"[+]", local, maxsplit=1)[0]
    return (
        base in ROLE_MAILBOXES
        or base.startswith(("noreply", "no-reply", "donotreply", "do-not-reply"))
        or is_ats_domain(domain_of(email))
        or _in(domain_of(email), RESOURCE_DOMAINS)
    )


def looks_like_room(attendee: Attendee) -> bool:
    if attendee.cutype in _NOT_PEOPLE_CUTYPES:
        return True
    if _in(domain_of(attendee.person.email), RESOURCE_DOMAINS):
        return True
    if attendee.cutype == "UNKNOWN":
        return bool(ROOM_WORDS.search(f"{attendee.person.name} {attendee.person.email}"))
    return False


def registrable_domain(domain: str) -> str:
    """'mail.eu.acme-robotics.com' -> 'acme-robotics.com'; 'hr.acme.co.uk' -> 'acme.co.uk'."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    keep = 3 if labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def company_name(domain: str) -> str:
    """'acme-robotics.com' -> 'Acme Robotics'."""
    label = registrable_domain(domain).split(".", 1)[0]
    return " ".join(word.capitalize() for word in re.split(r"[-_]+", label) if word)


def company_domain(email: str) -> str:
    """The registrable domain of a company address; '' for free-mail and ATS addresses."""
    domain = domain_of(email)
    if not domain or is_freemail(domain) or is_ats_domain(domain):
        return ""
    return registrable_domain(domain)


def human_contacts(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """People who are not robots (e.g. the coordinator in an ATS mail's Reply-To)."""
    return tuple(p for p in people if not is_role_mailbox(p.email))
