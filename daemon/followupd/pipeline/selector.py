"""Which messages are worth reading in full, decided from headers and structure alone.

Bodies are fetched (with BODY.PEEK) only for messages that may matter: a
calendar part, a known application's domain or contact, an applicant-tracking
sender, a thread we know (an application's, or one the user started: their Sent
mail), a reply to one of our own notes, or a subject that speaks of applications,
interviews or a job title, and the user's own mail to a few people of a company
(an outreach starts a process whatever its subject). Headers are decoded (RFC 2047)
before any test: a German "=?ISO-8859-1?Q?Ihre_Bewerbung?=" is "Ihre Bewerbung".
Everything else costs one line of headers in a batch — and is not forgotten:
`Judgement.keys` are what the runner remembers of a skipped message (its thread, its
people, their company domains), so that when a later message makes its thread,
contact or company known, the skipped message is read then (`Store.recall_skipped`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from email.header import decode_header, make_header

from followupd.domain.model import MessageRef
from followupd.domain.ports import Candidate
from followupd.understand.conversation import ApplicationIndex
from followupd.understand.naming import JOB_TITLE
from followupd.understand.people import company_domain, domain_of, is_ats_domain

HIRING_SUBJECT = re.compile(
    r"\b(interview\w*|application|applying|applied|apply|candida\w+|position|role|"
    r"opportunit\w+|offer|next steps?|recruit\w*|hiring|job|career\w*|assessment|onsite|"
    r"on-site|screen\w*|vacanc\w+|opening|talent|"
    r"bewerbung\w*|vorstellungsgespr\w+|stelle|absage|zusage|angebot|"
    r"entretien|entrevue|candidature|poste|recrutement|"
    r"entrevista|candidatura|vacante|puesto|oferta)\b",
    re.IGNORECASE,
)
# A header line ("Name: value") and a folded continuation of one.
_FIELD = re.compile(r"([!-9;-~]+)[ \t]*:(.*)")
# An address anywhere in a field (angle brackets, bare, in a display name: a superset of
# what getaddresses finds, which is right for a filter that must not miss one).
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def decoded(value: object) -> str:
    """A header's text with RFC 2047 encoded words decoded (best effort, never raises)."""
    text = str(value or "")
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # a broken encoded word: the raw text is all there is
        return text


def header_fields(block: bytes) -> dict[str, str]:
    """The fields of a header block by lower-case name (the first of each, unfolded).

    Deliberately simple — this runs on every message of a first sync, and the email
    package's parser costs more than the rest of the selector: lines are split on LF,
    continuation lines joined, 8-bit bytes read as UTF-8 (replacing what is not)."""
    parts: dict[str, list[str]] = {}  # joined at the end: a field folded over thousands
    name = ""  # of lines costs linear time, not quadratic
    for line in block.decode("utf-8", "replace").split("\n"):
        line = line.rstrip("\r")
        if line[:1] in (" ", "\t"):
            if name:
                parts[name].append(line.strip())
            continue
        found = _FIELD.match(line)
        name = ""
        if found is not None:
            key = found.group(1).lower()
            if key not in parts:
                name = key
                parts[key] = [found.group(2).strip()]
    return {key: " ".join(values) for key, values in parts.items()}


def _label(domain: str) -> str:
    """A domain's first label as `ApplicationIndex.name_labels` spells names."""
    return re.sub(r"[^a-z0-9]", "", domain.split(".", 1)[0].casefold())


def _addresses(value: str) -> list[str]:
    return [addr.lower() for addr in _ADDRESS.findall(value)]


def _ids(value: object) -> list[str]:
    return re.findall(r"<[^<>\s]{1,500}>", str(value or ""))


@dataclass(frozen=True)
class Judgement:
    """Whether a message is read in full, why (in words), and what is kept if it is not."""

    wanted: bool
    reason: str
    keys: tuple[str, ...] = ()  # m:<id>, r:<ref>, a:<address>, d:<company domain>
    date: str = ""  # the Date header as written (for the order of a later read)
    own_mail: bool = False  # read only as the user's own mail to a company (an outreach?)


def message_keys(headers: Mapping[str, str], user_addresses: Collection[str]) -> tuple[str, ...]:
    """What a skipped message can be found again by: its id, its thread, its people.
    `headers` are `header_fields` (lower-case names)."""
    keys: list[str] = []
    keys.extend(f"m:{i}" for i in _ids(headers.get("message-id", ""))[:1])
    refs = [*_ids(headers.get("in-reply-to", "")), *_ids(headers.get("references", ""))]
    keys.extend(f"r:{r}" for r in refs[-20:])
    for field in ("from", "reply-to", "to", "cc"):
        for addr in _addresses(headers.get(field, ""))[:20]:
            if addr in user_addresses:
                continue
            keys.append(f"a:{addr}")
            domain = company_domain(addr)
            if domain:
                keys.append(f"d:{domain}")
    return tuple(dict.fromkeys(k for k in keys if len(k) <= 520))


class Selector:
    """Judges candidates against the applications known now (and the user's own threads).

    `wanted` is the function `MailReader.read_new` takes; the judgement of each
    candidate it was asked about stays in `judged` until the caller `take`s it.
    """

    def __init__(
        self,
        index: ApplicationIndex,
        user_addresses: frozenset[str],
        own_threads: Collection[str] = (),
    ) -> None:
        self.index = index
        self.user_addresses = user_addresses
        self.own_threads = own_threads  # message ids of the user's own sent mail
        self.judged: dict[MessageRef, Judgement] = {}
        self.refresh()

    def refresh(self) -> None:
        """Take in applications learnt since (a batch can make the next one relevant)."""
        apps = self.index.applications.values()
        self.domains = {d for app in apps for d in app.domains}
        # Applications known by name only (through an ATS): a domain spelling the name.
        self.spelt = {label for _, labels in self.index.name_labels() for label in labels}
        self.contacts = {
            p.email
            for app in apps
            for p in (*app.contacts, *((app.contact,) if app.contact else ()))
        }

    def wanted(self, candidate: Candidate) -> bool:
        found = self.judge(candidate)
        self.judged[candidate.ref] = found
        return found.wanted

    def take(self, ref: MessageRef) -> Judgement | None:
        return self.judged.pop(ref, None)

    def judge(self, candidate: Candidate) -> Judgement:
        headers = header_fields(candidate.headers)
        keys = message_keys(headers, self.user_addresses)
        date = headers.get("date", "")[:100]

        def read(reason: str) -> Judgement:
            return Judgement(True, reason, keys, date)

        if any(k.startswith("m:<followupd.") for k in keys):
            return Judgement(False, "it is one of followupd's own notes", (), date)
        if candidate.has_calendar():  # decided from the structure alone
            return read("it carries a calendar")

        for key in keys:
            kind, _, value = key.partition(":")
            if kind == "a" and value in self.contacts:
                return read(f"{value} is a contact of an application")
            if kind == "d" and value in self.domains:
                return read(f"{value} is the domain of an application")
            if kind == "d" and _label(value) in self.spelt:
                return read(f"{value} spells the name of an application")
            if kind == "a" and is_ats_domain(domain_of(value)):
                return read(f"{domain_of(value)} is an applicant-tracking system")
        refs = [k[2:] for k in keys if k.startswith("r:")]
        for ref in refs:
            if ref.startswith("<followupd."):
                return read("it answers one of followupd's notes")
            if ref in self.index.by_message:
                return read("it is in the thread of an application")
            if ref in self.own_threads:
                return read("it answers mail you sent")
        subject = decoded(headers.get("subject", ""))
        word = HIRING_SUBJECT.search(subject) or JOB_TITLE.search(subject)
        if word is not None:
            return read(f'its subject says "{word.group(0)}"')
        sender = _addresses(headers.get("from", ""))[:1]
        if sender and sender[0] in self.user_addresses:
            # Your own mail to a few people of a company: an application or outreach may
            # start there ("Operations at Monsoon Robotics?"), whatever its subject says.
            to = _addresses(f"{headers.get('to', '')},{headers.get('cc', '')}")
            companies = [k[2:] for k in keys if k.startswith("d:")]
            if companies and len(to) <= 3:
                return Judgement(
                    True, f"it is your own mail to {companies[0]}", keys, date, own_mail=True
                )
        return Judgement(
            False,
            "no calendar, no known company, contact or thread, and no hiring word or job"
            " title in the subject",
            keys,
            date,
        )


def selector(
    index: ApplicationIndex,
    user_addresses: frozenset[str],
    own_threads: Collection[str] = (),
) -> Callable[[Candidate], bool]:
    """A `wanted` function for `MailReader.read_new`, over the applications known now."""
    chooser = Selector(index, user_addresses, own_threads)
    return lambda candidate: chooser.judge(candidate).wanted
