"""Which company and which role an invitation is about, from addresses first, then words.

A company's domain is the most reliable clue ("acme-robotics.com" -> "Acme Robotics");
titles and subjects ("Interview: Backend Engineer at Acme", "Acme | Onsite") fill in
when every address is free-mail or an applicant-tracking system.
"""

from __future__ import annotations

import re

from followupd.domain.model import CalendarItem, ParsedMessage, Person, UserIdentity
from followupd.understand import people

# Subject prefixes added by calendar programs and mail clients, in several languages.
_PREFIX = re.compile(
    r"^\s*(?:(?:updated |new |aktualisierte |mise à jour de l'|neue )?(?:invitation|einladung|"
    r"invite|event)|(?:re|aw|fwd?|wg|tr)|cancel+ed(?: event)?|cancellation|abgesagt|annulé|"
    r"accepted|declined|tentative|akzeptiert|abgelehnt|updated|aktualisiert|confirmed|"
    r"confirmation|reminder|erinnerung|bestätigt|bestätigung|rappel|confirmé|confirmación|"
    r"recordatorio|rescheduled)\s*(?:\([^)]*\))?"
    r"\s*:\s*",
    re.IGNORECASE,
)
# Google appends " @ Wed Nov 18, 2026 3pm - 4:30pm (CET) (jordan@…)".
_GOOGLE_WHEN = re.compile(r"\s+@\s+\w{2,4}\.? .*$")
_ROLE_WORDS = (
    r"engineer|developer|entwickler(?:in)?|ingénieur|ingenieur|manager|designer|scientist|"
    r"analyst|architect|lead|intern|director|specialist|consultant|administrator|sre|devops|"
    r"researcher|product owner|programmer|technician|recruiter|accountant|writer|officer|"
    r"développeur|werkstudent(?:in)?|praktikant(?:in)?|head of [\w ]+|vp [\w ]+"
)
_ROLE = re.compile(
    rf"^[\w/+.&()' -]{{0,60}}?\b(?:{_ROLE_WORDS})\b[\w/+.&()' -]{{0,30}}$", re.IGNORECASE
)
_ROLE_PATTERNS = (
    re.compile(
        r"\b(?:for|about|as|through|discuss|regarding) (?:the |a |an |our |your )?"
        r"(?P<r>(?:(?!\b(?:for|about|as|through|discuss|regarding)\b)"
        r"[^\n.,;:|]){3,80}?) (?:role|position|opening|job)\b",
        re.I,
    ),
    re.compile(r"\b(?:role|position|stelle|poste)\s*:\s*(?P<r>[^\n,;|]{3,80})", re.I),
    re.compile(
        r"\b(?:position|stelle) (?:als |as )?(?P<r>[^\n,.;|]{3,80}?)(?= bei | at |[,.;\n]|$)", re.I
    ),
    re.compile(r"\bposte d[e'] ?(?P<r>[^\n,.;|]{3,80}?)(?= chez | at |[,.;\n]|$)", re.I),
    re.compile(r"\binterview:\s*(?P<r>[^\n|]{3,80}?)\s+(?:at|@|bei|chez)\s+", re.I),
    re.compile(rf"(?P<r>(?:[\w/+.&-]+ ){{0,5}}(?:{_ROLE_WORDS})(?: \([mwfdx/]+\))?)"
               r"\s*(?:[-–—|:]\s*)?(?:interview|onsite|on-site|phone screen|panel|screen)", re.I),
)  # fmt: skip
_COMPANY_PATTERNS = (
    re.compile(r"\b(?:at|@|bei|chez)\s+(?P<c>[A-Z0-9][\w&.'-]*(?: [A-Z0-9][\w&.'-]*){0,4})"),
    re.compile(
        r"(?:^|[!.]\s+)(?:interview|vorstellungsgespräch|entretien) (?:with|mit|avec) "
        r"(?P<c>.{2,60}?)"
        r"\s*(?:[-–—|:(]|$)",
        re.I,
    ),
    re.compile(r"^(?P<c>[^|:–—-]{2,60}?)\s*[|:–—-]\s+"),
)  # fmt: skip
_LEGAL_SUFFIX = re.compile(r"[\s,]+(?:gmbh|ag|inc\.?|ltd\.?|llc|sas|sarl|bv|se|plc|co\.)$", re.I)


def normalize(text: str) -> str:
    return re.sub(r"[^\w]", "", text.casefold())


def strip_subject(subject: str) -> str:
    """'Updated invitation: Acme | Onsite @ Wed Nov 18, 2026 …' -> 'Acme | Onsite'."""
    previous = None
    while previous != subject:
        previous = subject
        subject = _PREFIX.sub("", subject)
    return _GOOGLE_WHEN.sub("", subject).strip()


_INNER_ARTICLE = re.compile(r"\b(?:in|of|for|to|with|on|about)\s+(?:the|a|an|our|your)\s+", re.I)


def _clean_role(raw: str) -> str:
    role = re.sub(r"\s+", " ", raw).strip(" -–—|:\"'")
    inner = list(_INNER_ARTICLE.finditer(role))
    if inner and _ROLE.match(role[inner[-1].end() :]):
        role = role[inner[-1].end() :]  # "interest in the Backend Engineer" -> the role
    role = re.sub(r"^(?:the|a|an|our|als|as)\s+", "", role, flags=re.I)
    role = re.sub(r"\s*\([mwfdx/*]+\)$", "", role, flags=re.I)
    return role if _ROLE.match(role) and len(role.split()) <= 8 else ""


# Job titles: "Re: Senior Backend Engineer – status?" speaks of a role without saying so.
JOB_TITLE = re.compile(
    r"\b(engineer\w*|developer|programmer|architect|designer|analyst|scientist|manager|"
    r"director|consultant|specialist|administrator|coordinator|recruiter|intern(?:ship)?|"
    r"supervisor|associate|assistant|representative|technician|accountant|nurse|teacher|"
    r"officer|executive|clerk|cashier|bookkeeper|paralegal|pharmacist|"
    r"(?:product|ux|ui|graphic|interaction|visual)\s+design|"
    r"product\s+owner|head\s+of|vp\s+of|"
    r"(?:team|tech|technical|engineering|design|product|project|program|operations|sales|"
    r"marketing|data|qa|support|research|delivery|people|claims|content|growth)\s+lead|"
    r"entwickler\w*|ingenieur\w*|berater\w*|referent\w*|werkstudent\w*|"
    r"ingénieur\w*|développeu\w+|desarrollador\w*|ingeniero\w*)\b",
    re.IGNORECASE,
)


def find_role(*texts: str) -> str:
    """The job title stated in the first text that states one, or ''."""
    for text in texts:
        for pattern in _ROLE_PATTERNS:
            for match in pattern.finditer(text[:5000]):
                role = _clean_role(match.group("r"))
                if role:
                    return role
    return ""


def _company_from_words(texts: tuple[str, ...], names: set[str]) -> str:
    for text in texts:
        for pattern in _COMPANY_PATTERNS:
            match = pattern.search(text)
            if not match:
                continue
            company = _LEGAL_SUFFIX.sub("", match.group("c").strip(" -–—|:\"'()"))
            first = company.split()[0].casefold() if company.split() else ""
            if not company or first in names or _ROLE.match(company) or _says_interview(company):
                continue
            return company
    return ""


def _spelled_out(label: str, texts: tuple[str, ...]) -> str:
    """How the texts spell a domain label: "nimbushealth" -> "Nimbus Health", or ''.

    A run of two to four capitalised words whose letters, ignoring spaces and case,
    are the label's (a single word adds nothing to the name built from the domain), or
    begin with it when the label cuts a later word short ("mesaverdeins" -> "Mesa Verde
    Insurance"). A possessive is not part of the name ("Copperline Bank's office").
    """
    for text in texts:
        words = [re.sub(r"['’]s$", "", w.strip(".,;:()\"'?!")) for w in text[:5000].split()]
        for i in range(len(words)):
            run: list[str] = []
            for word in words[i : i + 4]:
                if not word[:1].isupper():
                    break
                run.append(word)
                joined = normalize("".join(run))
                if joined == label and len(run) > 1:
                    return " ".join(run)
                cut_short = len(label) >= len(normalize(run[0])) + 2 and len(run) > 1
                # cut short by a word's end, not a page: "insurance", not a 4,000-letter run
                if cut_short and joined.startswith(label) and len(joined) <= len(label) + 20:
                    return " ".join(run)
                if not label.startswith(joined):
                    break
    return ""


def name_of_domain(domain: str, *texts: str) -> str:
    """A company's name for its domain, as the texts spell it ("Brightline Talent" for
    brightlinetalent.example, written in a signature), else built from the domain."""
    label = normalize(domain.split(".", 1)[0])
    return (_spelled_out(label, texts) if label else "") or people.company_name(domain)


def _says_interview(text: str) -> bool:
    return bool(
        re.search(r"interview|screen|onsite|on-site|round|gespräch|entretien|call\b", text, re.I)
    )


def find_company(
    item: CalendarItem,
    interviewers: tuple[Person, ...],
    message: ParsedMessage | None,
    user: UserIdentity,
) -> tuple[str, str, str]:
    """(company, company_domain, reason): domains first, then the title and subject."""
    own = {people.registrable_domain(people.domain_of(a)) for a in user.addresses()}
    candidates: list[tuple[str, Person]] = []
    if item.organizer:
        candidates.append(("organizer", item.organizer))
    candidates.extend(("interviewer", p) for p in interviewers)
    if message:
        candidates.extend(("reply-to", p) for p in people.human_contacts(message.reply_to))
        if message.sender:
            candidates.append(("sender", message.sender))
    domain, reason = "", ""
    for label, person in candidates:
        found = people.company_domain(person.email)
        if found and found not in own:
            domain, reason = found, f"{label} domain {found}"
            break
    subject = strip_subject(message.subject) if message else ""
    everyone = [*interviewers, *(a.person for a in item.attendees)]
    if item.organizer:
        everyone.append(item.organizer)
    names = {p.name.split()[0].casefold() for p in everyone if p.name.split()}
    shown = [p.name for p in (item.organizer, message.sender if message else None) if p is not None]
    # "Sage at Saguaro Market" <saguaromarket@paradox.ai>: a relay's display name
    worded = _company_from_words((item.summary, subject, *shown), names)
    if not domain:
        return worded, "", (f'company "{worded}" named in the title' if worded else "")
    label = normalize(domain.split(".", 1)[0])
    # Display names spell the company as it writes itself ("Summit Retail Group" via an ATS).
    names_shown = " / ".join(p.name for p in (item.organizer, message.sender if message else None)
                             if p is not None and p.name)  # fmt: skip
    texts = (item.summary, subject, item.description, message.text if message else "",
             names_shown)  # fmt: skip
    name = name_of_domain(domain, *texts)
    if (
        worded
        and label
        and (normalize(worded).startswith(label) or label.startswith(normalize(worded)))
    ):
        name = worded  # the sender's own spelling beats one rebuilt from a domain
    return name, domain, reason
