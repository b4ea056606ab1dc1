"""Which hiring process a message belongs to: applications by thread, contact, domain, ATS.

Pure: the caller passes an `ApplicationIndex` built from the state. A message
joins an application, in order of trust:

1. by thread: its In-Reply-To / References name a message already in one;
2. by contact: its sender (or, for the user's own mail, a recipient) is a known
   contact of one;
3. by company domain: the sender's (or a recipient's) registrable domain is one
   of an application's domains;
4. by an ATS relay naming the company: a Greenhouse/Lever/… notification whose
   subject or text names a known company.

A message with none of these starts a new application only when it carries a
hiring signal (the caller decides) and comes from a company domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followupd.domain.model import Application, Interview, ParsedMessage, Person, UserIdentity
from followupd.understand.naming import name_of_domain
from followupd.understand.people import (
    company_domain,
    domain_of,
    is_ats_domain,
    is_freemail,
    is_role_mailbox,
)

DOMAIN_LABEL_MAX = 63  # RFC 1035

_AGENCY_HINTS = re.compile(
    r"\b(on behalf of|my client|our client|recruitment agency|staffing|headhunt\w*|"
    r"im auftrag (unseres|meines) (kunden|mandanten))\b",
    re.IGNORECASE,
)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


@dataclass
class ApplicationIndex:
    """Lookup tables over the known applications (built from the state file)."""

    applications: dict[str, Application] = field(default_factory=dict)
    by_message: dict[str, str] = field(default_factory=dict)  # message-id -> app

    def by_domain(self, domain: str) -> str | None:
        for app in self.applications.values():
            if domain and domain in app.domains:
                return app.id
        return None

    def by_label(self, domain: str) -> str | None:
        """An application known by its name only ("Acme Robotics", from an ATS notice)
        that a company domain spells ("acmerobotics.example", "acme.example")."""
        label = re.sub(r"[^a-z0-9]", "", domain.split(".", 1)[0].casefold())
        if len(label) < 3:
            return None
        return next((app_id for app_id, spelt in self.name_labels() if label in spelt), None)

    def name_labels(self) -> list[tuple[str, frozenset[str]]]:
        """Per application known by its name only, the domain labels that spell it: the
        whole name ("acmerobotics"), its first word when that has 4 letters or more, and
        the name cut short within a later word ("saguaropay" for Saguaro Payments,
        "mesaverdeins" for Mesa Verde Insurance)."""
        out: list[tuple[str, frozenset[str]]] = []
        for app in self.applications.values():
            if app.domains or app.agency:
                continue
            name = re.sub(r"[^a-z0-9]", "", app.company.casefold())
            first = re.sub(r"[^a-z0-9]", "", (app.company.split() or [""])[0].casefold())
            if len(name) >= 3:
                spelt = {name, *((first,) if len(first) >= 4 else ())}
                if len(first) >= 3:
                    # (a domain label has at most 63 characters: no longer prefix can match)
                    longest = min(len(name), DOMAIN_LABEL_MAX + 1)
                    spelt.update(name[:n] for n in range(max(6, len(first) + 2), longest))
                    # the later words by their initials: "pinecresthh", Pinecrest Home Health
                    rest = [w for w in re.split(r"[^a-z0-9]+", app.company.casefold())[1:] if w]
                    if len(rest) >= 2:
                        spelt.add(first + "".join(w[0] for w in rest))
                out.append((app.id, frozenset(spelt)))
        return out

    def by_contact(self, email: str) -> str | None:
        for app in self.applications.values():
            people = (*app.contacts, *((app.contact,) if app.contact else ()))
            if any(p.email == email for p in people):
                return app.id
        return None

    def by_name(self, text: str) -> str | None:
        """An application whose company name appears as a word in `text`."""
        folded = text.casefold()
        # Two or three words that run together spell a name known from its domain
        # ("Oxbow Robotics" for the "Oxbowrobotics" of oxbowrobotics.example).
        words = re.findall(r"[^\W_]+", folded)
        joined = {"".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
        best: tuple[int, str] | None = None
        for app in self.applications.values():
            name = app.company.casefold().strip()
            bare = re.sub(r"[\W_]+", "", name)
            found = bool(len(name) >= 3 and re.search(rf"\b{re.escape(name)}\b", folded)) or (
                len(bare) >= 6 and bare in joined
            )
            if found and (best is None or len(name) > best[0]):
                best = (len(name), app.id)
        return best[1] if best else None


# "my client, Acme Robotics, is looking…", "on behalf of Acme", "für unseren Kunden Acme"
_CLIENT = re.compile(
    r"(?:\b(?i:my|our) client,?|\b(?i:on behalf of)|\b(?i:für unseren) (?:Kunden|Mandanten),?)\s+"
    r"(?P<name>(?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&))*)"
)
_NOT_A_NAME = frozenset({"I", "We", "The", "A", "An", "Our", "My", "Who", "This", "They"})


@dataclass(frozen=True)
class Assignment:
    application: str | None  # None: not part of a known hiring process
    reason: str
    company_domain: str = ""  # for a new application: the sender's company domain
    company: str = ""
    agency: bool = False  # the sender recruits for a client company
    client: str = ""  # that client, when the message names it
    close: bool = False  # joined by its thread or a contact, not by a domain or a name


def agency_client(text: str) -> str:
    """The client company an agency recruiter names ("my client, Acme, …"), or ""."""
    m = _CLIENT.search(text)
    if m is None:
        return ""
    words: list[str] = []
    for word in m.group("name").split():
        if not words and word in _NOT_A_NAME:
            continue
        words.append(word)
        if word.endswith("."):  # "Globex Corp. They …": the sentence ends the name
            break
    return " ".join(words).strip(" ,&")


def application_id(domain: str, company: str) -> str:
    return domain or f"name:{slug(company)}"


def application_for_interview(iv: Interview, index: ApplicationIndex) -> str:
    """The application an interview belongs to (existing or the id of a new one)."""
    for person in (*iv.interviewers, *((iv.organizer,) if iv.organizer else ())):
        found = index.by_contact(person.email)
        if found:
            return found
    if iv.company_domain:
        found = index.by_domain(iv.company_domain)
        if found:
            return found
    if iv.company:
        found = index.by_name(iv.company)
        if found:
            return found
    return application_id(iv.company_domain, iv.company or iv.title)


def assign(
    msg: ParsedMessage, *, user: UserIdentity, index: ApplicationIndex, from_user: bool
) -> Assignment:
    """The application a message belongs to, and why (see the module docstring)."""
    for ref in (msg.in_reply_to, *reversed(msg.references)):
        if ref and ref in index.by_message:
            return Assignment(index.by_message[ref], f"in the thread of {ref}", close=True)
    if from_user:
        people: tuple[Person, ...] = (*msg.to, *msg.cc)
    else:
        people = (*msg.reply_to, *((msg.sender,) if msg.sender else ()))
    people = tuple(p for p in people if not user.is_me(p.email))
    for p in people:
        found = index.by_contact(p.email)
        if found:
            return Assignment(found, f"{p.email} is a contact", close=True)
    for p in people:
        domain = company_domain(p.email)
        found = index.by_domain(domain)
        if found:
            return Assignment(found, f"{domain} is the company's domain")
        found = index.by_label(domain) if domain else None
        if found:
            return Assignment(found, f"{domain} spells the company's name")
    sender_domain = domain_of(msg.sender.email) if msg.sender else ""
    if is_ats_domain(sender_domain) or any(is_ats_domain(domain_of(p.email)) for p in people):
        # The display name counts ("Ostrander Bank Careers" <ostranderbank@myworkday.com>):
        # a notice that names no company in its words still says whose it is.
        shown = " / ".join(p.name for p in people if p.name)
        found = index.by_name(f"{msg.subject}\n{msg.text[:2000]}\n{shown}")
        if found:
            return Assignment(found, f"an applicant-tracking notice naming {found}")
    # Not known yet: describe the would-be application (the caller decides to create it).
    head = msg.text[:3000]
    # "sent via Zoho Recruit on behalf of Pinecrest": an applicant-tracking system's
    # footer, not an agency recruiter.
    ats = msg.sender is not None and is_ats_domain(domain_of(msg.sender.email))
    agency = not ats and bool(_AGENCY_HINTS.search(head))
    client = agency_client(head) if agency else ""
    if client:
        found = index.by_name(client)
        if found:
            return Assignment(found, f"an agency recruiter writing about {client}", agency=True)
    shown = " / ".join(p.name for p in people if p.name)
    for p in people:
        domain = company_domain(p.email)
        if domain and not is_freemail(domain) and not is_role_mailbox(p.email):
            named = name_of_domain(domain, msg.subject, head, shown)
            return Assignment(None, "no known application", domain, named, agency, client)
    for p in people:
        domain = company_domain(p.email)
        if domain:
            named = name_of_domain(domain, msg.subject, head, shown)
            return Assignment(None, "no known application", domain, named, agency, client)
    return Assignment(None, "not from a company")
