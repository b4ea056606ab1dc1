"""Which messages are worth reading in full, decided from headers and structure alone.

Bodies are fetched (with BODY.PEEK) only for messages that may matter: a
calendar part, a known application's domain or contact, an applicant-tracking
sender, a thread we know, a reply to one of our own notes, or a subject that
speaks of applications and interviews. Everything else costs one line of
headers in a batch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from followupd.domain.ports import Candidate
from followupd.understand.conversation import ApplicationIndex
from followupd.understand.people import company_domain, domain_of, is_ats_domain

HIRING_SUBJECT = re.compile(
    r"\b(interview\w*|application|applying|applied|candida\w+|position|role|opportunit\w+|"
    r"offer|next steps?|recruit\w*|hiring|job|career\w*|assessment|onsite|on-site|screen\w*|"
    r"bewerbung\w*|vorstellungsgespr\w+|stelle|absage|zusage|angebot|"
    r"entretien|candidature|poste)\b",
    re.IGNORECASE,
)
# The compat32 policy: plain strings, several times faster than policy.default, and
# this runs on every message of a first sync.
_PARSER = BytesHeaderParser()


def _addresses(value: object) -> list[str]:
    try:
        return [addr.lower() for _, addr in getaddresses([str(value)]) if "@" in addr]
    except Exception:  # also RecursionError: "From: ((((…))))" nested thousands deep
        return []


def selector(
    index: ApplicationIndex, user_addresses: frozenset[str]
) -> Callable[[Candidate], bool]:
    """A `wanted` function for `MailReader.read_new`, over the applications known now."""
    domains = {d for app in index.applications.values() for d in app.domains}
    contacts = {
        p.email
        for app in index.applications.values()
        for p in (*app.contacts, *((app.contact,) if app.contact else ()))
    }

    def wanted(candidate: Candidate) -> bool:
        if candidate.has_calendar():
            return True
        try:
            headers = _PARSER.parsebytes(candidate.headers)
        except Exception:  # unreadable headers: read the whole message, it may matter
            return True
        people = [
            *_addresses(headers.get("From", "")),
            *_addresses(headers.get("Reply-To", "")),
            *_addresses(headers.get("To", "")),
            *_addresses(headers.get("Cc", "")),
        ]
        for addr in people:
            if addr in user_addresses:
                continue
            if (
                addr in contacts
                or company_domain(addr) in domains
                or is_ats_domain(domain_of(addr))
            ):
                return True
        refs = f"{headers.get('In-Reply-To', '')} {headers.get('References', '')}"
        if "<followupd." in refs or any(ref in index.by_message for ref in refs.split()):
            return True
        return HIRING_SUBJECT.search(str(headers.get("Subject", ""))) is not None

    return wanted
