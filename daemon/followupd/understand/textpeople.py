"""Whom a scheduling mail says the user will meet: the names in its text, and their addresses.

`people_named(text, message, user)` reads the new text of a message for the people an
interview is with, in the forms mail uses:

    You'll meet with: Priya Raman (Engineering Manager), Sam Ortiz      a list after a lead
    You'll meet with:                                                   … or below it
    - Priya Raman <priya.raman@acme.example>, Engineering Manager
    Priya and Sam will join. / Priya Raman will interview you.           names before a verb
    your interviewers are …, Interviewers: …, Ihre Gesprächspartner: …,  (EN, DE, FR, ES)
    vous rencontrerez …, te reunirás con …
    an interview / a call with Priya Raman                               one person

A name becomes a `Person` only with an address: written next to it in the message
("Priya Raman <priya@…>", "Priya Raman (priya@…)", a signature block), or that of a
person of its To/Cc/From/Reply-To whose display name (or, for a first name alone,
whose first name or the first part of whose address) is that name, and only one such
person. Names without an address are returned apart, never guessed. Job titles next to
names ("Engineering Manager") are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followupd.domain.model import ParsedMessage, Person, UserIdentity
from followupd.domain.words import folded
from followupd.understand.addresses import check_address, safe_name
from followupd.understand.people import is_role_mailbox
from followupd.understand.quoting import sentences

_FLAGS = re.IGNORECASE
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?![\w-])")
_WORD = (
    r"(?!(?:and|und|et|y|en|e|or|oder|ou|with|mit|avec|con|met|com|but|aber|mais|pero)(?!\w))"
    r"[^\W\d_][\w'’.-]{0,30}"
)
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "bin", "al", "ter"}
)
# Words that make a run of capitalised words a job title, a team or a greeting: no name.
_NOT_NAME_WORDS = frozenset(
    {
        "engineer", "engineering", "manager", "management", "director", "lead", "head", "vp",
        "president", "chief", "officer", "recruiter", "recruiting", "recruitment", "talent",
        "acquisition", "coordinator", "partner", "hr", "people", "senior", "staff", "principal",
        "junior", "product", "design", "designer", "developer", "development", "data",
        "scientist", "analyst", "architect", "team", "teams", "founder", "co-founder",
        "cofounder", "ceo", "cto", "cfo", "coo", "specialist", "consultant", "sales", "marketing",
        "operations", "backend", "frontend", "platform", "software", "hiring", "interviewer",
        "interviewers", "panel", "the", "our", "your", "their", "my", "his", "her", "a", "an",
        "and", "und", "et", "y", "i", "ich", "je", "yo", "me", "hi", "hello", "dear", "thanks",
        "thank", "best", "regards",
        "cheers", "mr", "mrs", "ms", "dr", "prof", "herr", "frau", "madame", "monsieur", "señor",
        "señora", "sr", "sra", "zoom", "meet", "google", "microsoft", "calendar", "invite",
        "invitation", "interview", "interviews", "call", "session", "round", "onsite", "screen",
        "technical", "system", "tech", "portal", "experience", "profile", "dashboard", "login",
        "hub", "support", "center", "centre", "services", "date", "time", "when", "where",
        "location", "event", "subject", "datum", "uhrzeit", "ort", "heure", "lieu", "fecha",
        "hora", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "tomorrow", "leiter", "leiterin", "entwickler", "entwicklerin", "personal",
        "geschäftsführer", "geschäftsführerin", "responsable", "directeur", "directrice",
        "ingénieur", "gerente", "jefe", "jefa", "directora",
    }
)  # fmt: skip

_LEADS = re.compile(
    r"(?:you(?:'ll|’ll|\s+will)|you(?:'re|’re|\s+are)\s+going\s+to)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:meet(?:ing)?(?:\s+with)?|(?:speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?)"
    r"\s+with)(?=\s)|"
    r"you(?:'ll|’ll|\s+will)\s+be\s+interviewed\s+by|interviewed\s+by|"
    r"(?:get|put)\s+you\s+in\s+front\s+of|(?:introduce|connect)\s+you\s+(?:to|with)|"
    r"(?:love|like|want)\s+(?:for\s+)?you\s+to\s+meet(?:\s+with)?(?:\s+(?:two|three|a\s+few|some)"
    r"\s+(?:people|colleagues|folks|members)(?:\s+(?:on|of|from)\s+(?:my|our|the)\s+team)?\s*:?)?|"
    r"set\s+you\s+up\s+with|get\s+you\s+on\s+the\s+phone\s+with|"
    r"your\s+interviewers?\s+(?:is|are|will\s+be|for\s+the\s+day\s+(?:is|are))|"
    r"(?:interviewers?|interview\s+panel|panel(?:ists)?|attendees|participants|"
    r"meeting\s+with|speaking\s+with|with|who|staff|host|hosted\s+by)\s*:|"
    r"(?:(?:the|your|our)\s+)?(?:interview\s+)?panel\s+(?:will\s+)?(?:be|is|are|includes?|"
    r"consists?\s+of|comprises?)"
    r"(?:\s+of)?|(?:joined|accompanied)\s+by|"
    r"Sie\s+(?:treffen|sprechen|lernen)\s+(?:mit\s+|auf\s+)?|"
    r"(?:Ihre\s+)?Gesprächspartner(?:in|innen)?\s*(?::|sind|ist|werden\s+sein)|"
    r"(?:Interviewer(?:in|innen)?|Teilnehmer(?:in|innen)?)\s*:|"
    r"vous\s+(?:rencontrerez|allez\s+rencontrer|échangerez\s+avec|serez\s+reçu(?:e)?\s+par)|"
    r"(?:vos|votre)\s+interlocut(?:eur|rice|eurs|rices)\s*(?::|sera|seront)|"
    r"en\s+présence\s+de|avec\s*:|(?<!\w)estar(?:emos|án|á)\s+(?:presentes?\s+)?|"
    r"(?:te|se|le)\s+reunirá(?:s)?\s+con|(?:tus|sus)\s+entrevistador(?:es|as)?\s*(?::|serán|será)|"
    r"entrevistador(?:es|as)?\s*:|con\s*:|(?<!\w)(?:te|le|os|les)\s+entrevistar(?:á|án)(?!\w)|"
    r"(?<!\w)vous\s+(?:serez\s+)?(?:interviewée?|reçue?)\s+par|"
    r"(?<!\w)(?:vais|vai|ir[áa]s)\s+conhecer|conhecer[áa]s|incontrerai|conoscerai|"
    r"je\s+(?:spreekt|maakt\s+kennis)\s+met|gesprekspartners?\s*:?",
    _FLAGS,
)
_NAMES_BEFORE = re.compile(
    rf"(?P<names>{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:\s*(?:,|&|and|und|et|y)\s*{_WORD}"
    rf"(?:[ \t]+{_WORD}){{0,3}}){{0,5}})\s+(?:will|wird|werden|sera|seront|va|van)\s+"
    r"(?:also\s+)?(?:be\s+)?(?:join(?:ing)?(?:\s+(?:you|us))?|interview(?:ing)?\s+you|"
    r"call(?:ing)?\s+you|ring(?:ing)?\s+you|phon(?:e|ing)\s+you|meet(?:ing)?\s+(?:with\s+)?you|"
    r"speak(?:ing)?\s+(?:with|to)\s+you|chat(?:ting)?\s+with\s+you|"
    r"(?:your\s+)?interviewers?|lead(?:ing)?\s+the|conduct(?:ing)?\s+the|(?:both\s+)?be\s+there|"
    r"on\s+the\s+(?:call|panel)|am\s+Gespräch\s+teilnehmen|teilnehmen|dabei\s+sein|"
    r"run(?:ning)?\s+(?:your|the)|step(?:ping)?\s+in|tak(?:e|ing)\s+(?:it|over)|"
    r"présents?|participer|participar|estar\s+presentes?)(?!\w)",
)
_NAME_LIST = (
    rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\ben\b|\be\b)\s*"
    rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}){{0,5}}"
)
# "an interview with Priya Raman", "booked your interview for Monday … with Grace Wu
# and Tom Baker": a list after "with" in a sentence about the meeting.
_WITH_ONE = re.compile(
    rf"(?:interview|call|phone|chat|conversation|screen|meeting|session|round|coding|design|pairing|"
    rf"confirm\w*|confirmad[oa]|confermat[oa]|bevestig\w*|"
    rf"minutes?|mins?|hours?|"
    rf"panel|discussion|walkthrough|deep\s+dive|presentation|talk|lunch|coffee|Gespräch|"
    rf"Telefonat|entretien|échange|entrevista|llamada|reunión|zoom|teams|webex|video|gesprek|"
    rf"colloquio|reunião|conversa|plaats|kantoor|ufficio|escritório|"
    rf"\d(?:[:.h]\d{{2}}|\s?[ap]\.?m\.?|h)(?!\w))"  # "às 15h45 (…), com a Helena"
    rf"[^.!?\n]{{0,80}}?\s"
    rf"(?:with|mit|avec|con|met|com(?:\s+[ao])?)\s+"  # "com a Helena"
    rf"(?P<names>{_NAME_LIST})",
    _FLAGS,
)
# "Álvaro te llamará por Teams", "a Helena vai te ligar": who calls.
_CAPITAL = r"[A-ZÀ-ÝĀ-Ž][\w'’-]{0,30}"
_NAMES_WILL_CALL = re.compile(
    rf"(?<![\w'’-])(?P<names>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,3}}(?:\s*(?:,|y|e)\s*{_CAPITAL}"
    rf"(?:[ \t]+{_CAPITAL}){{0,3}}){{0,3}})\s+(?:(?:te|le|lhe|os|vos)\s+"
    r"(?:llamar(?:á|án)|ligar(?:á|ão)|entrevistar(?:á|án|ão))|"
    r"(?:vai|van|va|vão)\s+(?:te\s+|a\s+)?(?:ligar|llamar|entrevistar)(?:te)?)(?!\w)",
)
# German "nehmen Herr Dr. Jonas Albrecht und ich teil": the names between verb and "teil".
_NAMES_TAKE_PART = re.compile(
    rf"(?<!\w)(?:nehmen|nimmt)\s+(?:auch\s+|außerdem\s+)?(?P<names>{_NAME_LIST})\s+teil(?!\w)",
)
# "with Mark Chen (mark.chen@acme.example)": a name with its address after "with".
_WITH_ADDRESS = re.compile(
    rf"(?<!\w)(?:with|mit|avec|con|met|com)\s+{_WORD}(?:[ \t]+{_WORD}){{0,3}}\s*"
    r"[(<][^()<>\s]{3,254}@"
    r"[^()<>\s]{1,254}[)>]",
    _FLAGS,
)
# On a schedule's line ("9:15–10:00 Values & collaboration with Nina and Li Wei"),
# "with" alone introduces the session's people.
_WITH_ANY = re.compile(
    rf"(?<!\w)(?:with|mit|avec|con|met|com(?:\s+[ao])?)\s+(?P<names>{_NAME_LIST})", _FLAGS
)
_LINE_TAIL = re.compile(
    rf"[:|–—]\s*{_NAME_LIST}\s*(?:[(<][^()<>]{{0,254}}[)>])?\s*$",
    _FLAGS,
)
# A schedule's line ending in its interviewer and their title, as a table prints it
# ("10:00 AM - 10:45 AM System Design / Hollis Grant, Principal Engineer"), perhaps
# with the time in another zone after it in brackets.
_NAME_THEN_TITLE = re.compile(
    rf"(?P<names>{_WORD}[ \t]+{_WORD}),[ \t]+{_WORD}(?:(?:[ \t]*[,&/][ \t]*|[ \t]+){_WORD}){{0,7}}"
    r"[ \t]*(?:\([^()]{0,80}\)[ \t]*)?$",  # "… Staff Engineer   (10:30 - 11:15pm IST)"
    _FLAGS,
)
_APPOSITIVE = re.compile(
    r",\s*(?:our|their|the|my|his|her|a|an|unser[e]?|notre)\s+[^,.;!?]{1,80},", _FLAGS
)
_DASH_TAIL = re.compile(rf"\s[-–—]\s+(?P<names>{_NAME_LIST})\s*$", _FLAGS)
# A group that interviews ("the search committee", "the panel").
GROUP_WORDS = r"committee|panel|board|Kommission|comité|comitê|jury"
_GROUP_LIST = re.compile(rf"\b(?:{GROUP_WORDS})\s*\((?P<names>[^()@]{{3,300}})\)", re.IGNORECASE)
_ROOM = re.compile(
    r"(?:\b[A-Z][\w'-]+\s+)?\b(?:Hall|Room|Building|House|Centre|Center|Wing|Floor|Suite|"
    r"Raum|Gebäude|Salle|Sala|Edificio|Prédio)\s+[A-Z]?\d+[A-Za-z]?\b"
)
_PLACE = re.compile(
    r"\b(?:building|campus|street|avenue|road|plaza|tower|inn|club|suite|auditorium|library)\s*$",
    re.IGNORECASE,
)
_LINK = re.compile(r"(?<!\S)(?:https?://|www\.)\S+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d+[.)])\s+")
_ASIDE = re.compile(r"\s*\([^()@]{0,80}\)")
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\ben\b|\be\b|\bas well as\b)\s*", _FLAGS
)
_TITLE_TAIL = re.compile(r"\s*(?:\([^)]*\)|[-–—|:]\s.*)$")
# The sender takes part: "a call with me", "I'll call you", "our chat".
_SENDER_TAKES_PART = re.compile(
    r"(?:with|mit|avec)\s+(?:me|mir|moi)(?!\w)|conmigo|comigo|con\s+me(?!\w)|met\s+mij(?!\w)|"
    r"I(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:call(?:ing)?|ring|phone|interview(?:ing)?|"
    r"speak(?:ing)?|meet(?:ing)?|chat(?:ting)?|talk(?:ing)?|"
    r"(?:give|giving)\s+you\s+a\s+(?:quick\s+)?(?:call|ring|buzz))|"
    r"I(?:'d|’d|\s+would)\s+(?:love|like)\s+to\s+(?:chat|speak|talk|connect|"
    r"(?:do|have|set\s+up|schedule)\s+a\s+(?:quick\s+)?(?:[\w-]+\s+)?(?:call|chat|intro|screen))(?!\w)|"
    r"I(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:join|be\s+joining|sit\s+in)(?:\s+(?:too|as\s+well|you))?"
    r"(?=\s*[.!,;]|\s+(?:too|as\s+well|for))|"
    r"(?P<ours>(?<!\w)(?:our|unser(?:en|em)?|notre|nuestra)\s+(?:call|chat|conversation|Gespräch|"
    r"Telefonat|échange|entretien|conversación|llamada))|ich\s+(?:rufe|werde\s+Sie\s+anrufen)|"
    r"je\s+vous\s+appellerai|(?<!\w)(?:and|und|et|y)\s+(?:me|myself|mir|moi(?:-même)?|yo|ich)(?!\w)|"
    r"(?<!\w)(?:och\s+jag|og\s+jeg|og\s+eg|en\s+ik|e\s+eu|e\s+io|i\s+ja)(?!\w)|"
    r"the\s+(?:two|three)\s+of\s+us|both\s+of\s+us|(?<!\w)and\s+I\s+(?:will|'ll|’ll|am|are|both)\b|"
    r"ask\s+for\s+me|(?:meet|see|find)\s+me(?!\w)|"
    r"we(?:'ll|’ll|\s+will)\s+(?:\w+\s+){0,5}?(?:talk|chat|meet|sit\s+down)(?!\w)|"
    # "te ligo às 10h", "a gente conversar sobre um case"
    r"(?<!\w)(?:te|le|lhe)\s+(?:ligo|llamo|llamaré|ligarei)(?!\w)|"
    r"vou\s+te\s+ligar|a\s+gente\s+(?:vai\s+)?conversar|vamos\s+(?:conversar|charlar|hablar)|"
    r"(?<!\w)(?:conversaremos|hablaremos|charlaremos)(?!\w)|"
    # "Priya and Sam will join (us)": they join the sender.
    r"(?:will|'ll|’ll)\s+(?:also\s+)?join(?:\s+(?:us|me))?(?=\s*(?:[.,;!]|$|and\b|for\b|on\b|as\b))",
    _FLAGS,
)
_SENDER_SEES_YOU = re.compile(
    r"(?<!\w)(?:nos\s+vemos|até\s+lá|hasta\s+entonces|see\s+you\s+(?:then|on|tomorrow)|"
    # "Let's say 3pm ET Thursday then", "talk to you then": the two of them
    r"let(?:'s|’s|\s+us)\s+(?:say|do|go\s+with|make\s+it|plan\s+on|lock\s+in|pencil\s+in)|"
    r"(?:talk|speak)\s+(?:to\s+you\s+|with\s+you\s+)?then)(?!\w)",
    _FLAGS,
)
# "Really enjoyed our chat yesterday", "following our call": a conversation had, not
# one the sender will take part in.
_PAST_BEFORE = re.compile(
    r"(?:enjoyed|loved|liked|after|following|since|thanks\s+for|thank\s+you\s+for)\s+$", _FLAGS
)
_PAST_AFTER = re.compile(
    r"\s*(?:yesterday|last\s+\w+|earlier|this\s+morning|today|gestern|hier|ayer)(?!\w)", _FLAGS
)


def _sender_takes_part(text: str) -> bool:
    """Whether the text says the sender takes part ("with me", "I'll call you", "our
    call on Tuesday"); "our chat" that was had ("enjoyed our chat yesterday") does not."""
    for found in _SENDER_TAKES_PART.finditer(text):
        if found["ours"] and (
            _PAST_BEFORE.search(text[max(0, found.start() - 30) : found.start()])
            or _PAST_AFTER.match(text, found.end())
        ):
            continue
        return True
    return False


MAX_NAMES = 20  # more than any panel: a list longer than this is not read further


@dataclass(frozen=True)
class Named:
    """The people a text names: with an address (`people`), and names without one."""

    people: tuple[Person, ...] = ()
    without_address: tuple[str, ...] = ()
    sender_takes_part: bool = False
    # Only implied ("Let's say 3pm", "see you then"), no one else named: the sender.
    sender_only_implied: bool = False


def is_name(words: list[str]) -> bool:
    """One to four capitalised words, none a job title, a team or a greeting word."""
    if not 1 <= len(words) <= 4:
        return False
    for word in words:
        low = word.casefold().strip(".")
        if low in _NOT_NAME_WORDS:
            return False
        if low in _PARTICLES:
            continue
        if not word[:1].isupper() or (word.isupper() and len(word) > 3):
            return False
    return words[0].casefold() not in _PARTICLES


def _clean_item(item: str) -> tuple[str, str]:
    """ "Priya Raman (Engineering Manager) <p@x>" -> ("Priya Raman", "p@x")."""
    address = ""
    found = _ADDRESS.search(item)
    if found:
        checked = check_address(found.group(0).strip(".'"))
        address = checked.address
        item = item[: found.start()] + " " + item[found.end() :]
    item = _BULLET.sub("", item)
    item = _ASIDE.sub(" ", item)  # "Pedro Azevedo (Head of Product) – pedro@…"
    item = re.sub(r"[<>\[\]()\"“”]|mailto:", " ", item)
    item = _TITLE_TAIL.sub("", item.strip().rstrip(" -–—|:"))
    item = re.sub(r"\s+", " ", item).strip(" .:;!?")
    return item, address


def _book(message: ParsedMessage) -> list[Person]:
    """Everyone with an address the message shows: its headers, then its text."""
    book: list[Person] = [
        p for p in (message.sender, *message.reply_to, *message.to, *message.cc) if p is not None
    ]
    lines = [line.lstrip("> ").strip() for line in message.text[:200_000].splitlines()[:5000]]
    for index, line in enumerate(lines):
        for found in _ADDRESS.finditer(line):
            checked = check_address(found.group(0).strip(".'"))
            if not checked.valid:
                continue
            name = _name_before(line[: found.start()])
            if not name:  # "Kwame Asante, Staff Data Engineer (kwame@…)": before the title
                candidate, _ = _clean_item(line[: found.start()].split(",")[0])
                name = candidate if candidate and is_name(candidate.split()) else ""
            if not name:  # a signature: the name a line or a few above the address
                for above in reversed(lines[max(0, index - 4) : index]):
                    if "@" in above:
                        break  # a name above another address is that address's
                    candidate, _ = _clean_item(above.split(",")[0])
                    if candidate and is_name(candidate.split()):
                        name = candidate
                        break
            book.append(Person(email=checked.address, name=safe_name(name)))
    return book


def _name_before(text: str) -> str:
    text = re.sub(r"(?:mailto:|[<(\[:–—-]|\s)+$", "", text)
    words = text.split()[-4:]
    while words and not is_name(words):
        words = words[1:]
    return " ".join(words)


def _lookup(name: str, book: list[Person], user: UserIdentity) -> Person | None:
    wanted = folded(name)
    exact = {
        p.email: p
        for p in book
        if p.name and folded(p.name) == wanted and not is_role_mailbox(p.email)
    }  # not "Tessellate Robotics" <no-reply@ashbyhq.com>: the company, not a person
    if len(exact) == 1:
        return Person(email=next(iter(exact)), name=name)
    if exact:
        return None
    parts = wanted.split()
    first, last = parts[0], parts[-1] if len(parts) > 1 else ""
    matches: dict[str, Person] = {}
    for person in book:
        if user.is_me(person.email) or is_role_mailbox(person.email):
            continue  # "Laila Haddad (Google Calendar)" <calendar-notification@google.com>
        shown = folded(person.name).split()
        local = [w for w in re.split(r"[._+-]", folded(person.email.split("@")[0])) if w]
        if last:
            by_name = len(shown) > 1 and shown[0] == first and shown[-1] == last
            by_address = bool(local) and local[0] == first and last in local[1:]
        else:
            by_name = bool(shown) and shown[0] == first
            by_address = bool(local) and local[0] == first
        if by_name or by_address:
            matches[person.email] = person
    if len(matches) != 1:
        return None
    person = next(iter(matches.values()))
    return Person(email=person.email, name=person.name if person.name and not last else name)


def _a_name_line(line: str) -> bool:
    """A line of a list of people: a name, perhaps after "Ms" and before its title."""
    words = _clean_item(line.split(",")[0])[0].split()
    if is_name(words):
        return True
    honorific = bool(words) and words[0].casefold().strip(".") in HONORIFICS
    return honorific and len(words) <= 5 and is_name(words[1:])


HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "herrn", "frau", "mme", "m", "sr", "sra"}
)


def _items_after(text: str, lead_end: int) -> list[str]:
    """The list a lead introduces: the rest of its line, or the list lines below it."""
    line_end = text.find("\n", lead_end)
    rest = text[lead_end : line_end if line_end >= 0 else len(text)]
    rest = re.split(r"(?<=[a-z)])\.\s|[.!?](?:\s|$)", rest, maxsplit=1)[0]
    items: list[str] = _SPLIT.split(rest.strip(" :")) if rest.strip(" :") else []
    for line in text[line_end + 1 :].splitlines()[:MAX_NAMES] if line_end >= 0 else []:
        if not line.strip():
            if items:
                break
            continue
        if not _BULLET.match(line) and not _a_name_line(line):
            break  # "Jonah Feldstein, Senior ML Engineer" is a name with its title
        # "Vais conhecer: Rita Moreira (Talent Acquisition)" and the next name below it
        name, _, rest = line.partition(",")
        if rest and _TITLE_WORDS.search(rest):
            # "Ms Bernadette Hyland, Director of Nursing": the name, without its title
            address = _ADDRESS.search(rest)
            items.append(f"{name} {address.group(0)}" if address else name)
        else:
            items.extend(_SPLIT.split(_BULLET.sub("", line)) if "," not in line else [line])
    return items


def people_named(
    text: str, message: ParsedMessage, user: UserIdentity, *, schedule_line: bool = False
) -> Named:
    """The people the text says the interview is with (see the module docstring); for
    `schedule_line`, one session's line of a schedule, "with" alone names them too."""
    book = _book(message)
    raw: list[str] = []
    for lead in _LEADS.finditer(text):
        raw.extend(_items_after(text, lead.end()))
    for sentence in sentences(text):
        # A session's own meeting link after its interviewer ("… Staff Data Engineer
        # (kwame@…) https://…/j/841"): no name, and it hides where the line ends.
        sentence = _LINK.sub(" ", sentence).rstrip()
        sentence = _ROOM.sub(" ", sentence)  # "Halvorsen Hall 301": where, not who
        bare = _ASIDE.sub(" ", sentence)  # "Jonas Albrecht (Teamleiter, in Kopie) und ich"
        # "Ivo Marsh, our Head of Product (ivo@…), will call you": the book has the address
        bare = _APPOSITIVE.sub(" ", re.sub(r"\s*[(<][^()<>]{0,254}@[^()<>]{0,254}[)>]", " ", bare))
        found_before = (
            *_NAMES_BEFORE.finditer(bare),
            *_NAMES_TAKE_PART.finditer(bare),
            *_NAMES_WILL_CALL.finditer(bare),
        )
        for before in found_before:
            # "Wei is out, so Anjali Deshmukh will run it": not "Wei", who "is out"
            raw.extend(i for i in _SPLIT.split(before["names"]) if not _said_of(i))
        for one in (_WITH_ANY if schedule_line else _WITH_ONE).finditer(sentence):
            raw.extend(_SPLIT.split(one["names"]))
        tail = _LINE_TAIL.search(sentence) if schedule_line else None
        if tail is not None:  # "10:00 - 10:45 AM Coding: Hugo Brandt (hugo@…)", a table row
            raw.extend(_SPLIT.split(tail.group(0).lstrip(":|–—- ")))
        if schedule_line and tail is None:
            # "11:30 Competency-based interview - Orla Brennan (QA Manager), Fiachra Lynch
            # (Site Quality Director)": the names after a dash, their titles set aside.
            dashed = _DASH_TAIL.search(bare)
            if dashed is not None:
                raw.extend(_SPLIT.split(dashed["names"]))
                tail = dashed
        for group in _GROUP_LIST.finditer(sentence):  # "the search committee (Dr. A, B)"
            raw.extend(_SPLIT.split(group["names"]))
        titled = _NAME_THEN_TITLE.search(sentence) if schedule_line and tail is None else None
        if titled is not None:
            raw.append(titled["names"])
        for given in _WITH_ADDRESS.finditer(sentence):  # "… with Mark Chen (mark@acme.example)"
            raw.append(given.group(0).split(None, 1)[1])
    people: dict[str, Person] = {}
    unnamed: list[str] = []
    for item in raw[: MAX_NAMES * 3]:
        if _PLACE.search(item):
            continue  # "Prairie Commons Inn": where, not who
        name, address = _clean_item(item)
        words = _trim_to_name(name.split())
        name = " ".join(words)
        if address:
            if not user.is_me(address) and address not in people:
                people[address] = Person(email=address, name=safe_name(name) if words else "")
            continue
        if not words or _names_user(words, user):
            continue
        person = _lookup(name, book, user)
        if person is None:
            if name not in unnamed and not any(
                folded(name) in folded(p.name) for p in people.values()
            ):
                unnamed.append(name)
        elif not user.is_me(person.email) and person.email not in people:
            people[person.email] = person
    named = tuple(list(people.values())[:MAX_NAMES])
    # A first name also given in full ("Priya Raman … Priya will") is one person.
    kept = tuple(
        n for n in unnamed
        if not any(folded(p.name).startswith(folded(n)) for p in named if p.name)
    )  # fmt: skip
    # "Então nos vemos na quinta!" from a recruiter who names nobody else: she holds it;
    # "nos vemos mañana. Álvaro te llamará": Álvaro does.
    strong = _sender_takes_part(text)
    weak = not named and not kept and _SENDER_SEES_YOU.search(text) is not None
    return Named(named, kept[:MAX_NAMES], strong or weak, sender_only_implied=weak and not strong)


def _said_of(item: str) -> bool:
    """Whether a list item is a name with something said of it ("Wei is out")."""
    words = [w.strip(".,;:!?") for w in item.split() if w.strip(".,;:!?")]
    name = _trim_to_name(words)
    if not name:
        return False
    after = words[words.index(name[-1]) + 1 :] if name[-1] in words else []
    return any(w[:1].islower() and w.casefold() not in _PARTICLES for w in after)


# Words that join a clause before the name it starts ("…, so Anjali Deshmukh will run it").
_CONNECTIVES = frozenset({"so", "then", "now", "but", "and", "also", "meanwhile", "instead"})


def _trim_to_name(words: list[str]) -> list[str]:
    """The first run of words that is a name, longest first ("Tomorrow Priya Raman from")."""
    words = [w.strip(".,;:!?") for w in words if w.strip(".,;:!?")]
    while len(words) > 1 and words[0] in _CONNECTIVES:
        words = words[1:]
    for start in range(len(words)):
        for size in range(min(4, len(words) - start), 0, -1):
            if is_name(words[start : start + size]):
                after = start + size
                if after < len(words) and words[after].casefold() in _NOT_NAME_WORDS:
                    if any(is_name(words[i : i + 2]) for i in range(after + 1, len(words))):
                        break  # "Store Manager Luis Ortega": "Store" is part of the title
                    if size > 2:  # "Luis Ortega Store Manager"
                        return words[start : start + size - 1]
                return words[start : start + size]
        if not words[start][:1].isupper():
            break  # "with our Tel Aviv team": a name does not follow a small word
    return []


def _names_user(words: list[str], user: UserIdentity) -> bool:
    mine = {folded(w) for w in user.name.split() if len(w) > 1}
    return bool(mine) and all(folded(w) in mine for w in words)


# Who the mail says will not take part: the sender staying off the call, a name on the
# invitation only to keep track, the greeter in the lobby.
_SENDER_ABSENT = re.compile(
    r"\bI(?:'ll|’ll|\s+will)\s+(?:stay\s+off|sit\s+(?:this\s+one\s+)?out|skip)\b|"
    # "I'll join for the first five minutes to introduce everyone and then drop off"
    r"\bI(?:'ll|’ll|\s+will)\s+[^.!?\n]{0,80}?\b(?:and\s+)?then\s+(?:drop|hop|jump|duck|head)\s+"
    r"off\b|\bI(?:'ll|’ll|\s+will)\s+[^.!?\n]{0,80}?\b(?:and\s+)?then\s+leave\s+you\s+"
    r"(?:to\s+it|with|two|three|all)\b|"
    r"\bI\s+(?:won't|won’t|will\s+not)\s+(?:be\s+)?(?:join(?:ing)?|on\s+(?:the|this)\s+call|"
    r"attend(?:ing)?|be\s+there)\b|\bI(?:'m|’m|\s+am)\s+(?:only\s+)?(?:on\s+the\s+invite|cc'?d)\s+"
    r"(?:only\s+)?(?:to|for)\b",
    _FLAGS,
)
_NAME_ABSENT = re.compile(
    rf"(?P<names>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\s+(?:is|'s|’s)\s+(?:only\s+)?on\s+the\s+"
    r"(?:invite|invitation|calendar\s+invite)\s+(?:only\s+)?(?:to|for|so)\b|"
    rf"(?P<gone>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\s+(?:won't|won’t|will\s+not)\s+(?:be\s+)?"
    r"(?:join(?:ing)?|attend(?:ing)?|on\s+the\s+call)\b|"
    # "Wei is out unexpectedly, so Anjali will run it", "Marco can no longer make it"
    rf"(?P<out>{_WORD}(?:[ \t]+{_WORD}){{0,2}})\s+(?:is|'s|’s|has\s+been|will\s+be)\s+"
    r"(?:out(?!\s+(?:of\s+(?!(?:the\s+)?office)|there|to))|off\s+sick|unwell|ill|sick|"
    r"unavailable|no\s+longer\s+available|not\s+available)(?!\w)|"
    rf"(?P<cannot>{_WORD}(?:[ \t]+{_WORD}){{0,2}})\s+(?:can\s+no\s+longer|can't|can’t|cannot|"
    r"is\s+unable\s+to|had\s+to\s+drop\s+out|has\s+had\s+to\s+drop\s+out)"
    r"(?:\s+(?:make\s+it|join|attend|do\s+it|be\s+there))?(?!\w)|"
    rf"(?:instead\s+of|in\s+place\s+of|replacing|standing\s+in\s+for|covering\s+for)\s+"
    rf"(?P<replaced>{_WORD}(?:[ \t]+{_WORD}){{0,2}})|"
    rf"(?<![\w'’.-])(?P<greeter>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    r"(?:,?\s+(?:from|of|on)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:team|office|desk),?)?"
    r"\s+will\s+(?:meet|greet|collect)\s+you\s+"
    r"(?:in|at)\s+(?:the\s+)?(?:lobby|reception|front\s+desk|entrance|door|gate)\b",
)


def people_absent(
    text: str, message: ParsedMessage, user: UserIdentity, invited: tuple[Person, ...] = ()
) -> frozenset[str]:
    """The addresses of people the text says will not take part in the meeting:
    "I'll stay off the call" (the sender), "Fiona is on the invite only to keep track",
    "Laila will meet you in the lobby". Names are looked up among `invited` too."""
    book = [*invited, *_book(message)]
    gone: set[str] = set()
    text = text[:20_000]
    if message.sender is not None and _SENDER_ABSENT.search(text):
        gone.add(message.sender.email.lower())
    for sentence in sentences(text):
        for found in _NAME_ABSENT.finditer(sentence):
            raw = next((v for v in found.groupdict().values() if v), "")
            words = _trim_to_name(raw.split())
            if not words or _names_user(words, user):
                continue
            person = _lookup(" ".join(words), book, user)
            if person is not None:
                gone.add(person.email.lower())
    return frozenset(gone)


# A job title written next to a name: "Priya Raman, Engineering Manager", "Sam Ortiz
# (Staff Engineer)", "Omar Haddad – Head of Platform", or on the line below in a
# signature.
_TITLE_WORDS = re.compile(
    r"\b(?:engineer\w*|developer|architect|designer|analyst|scientist|manager|director|"
    r"consultant|specialist|coordinator|recruiter|lead|head\s+of|vp|vice\s+president|cto|ceo|"
    r"cfo|coo|founder|co-founder|chief|officer|partner|president|principal|talent|"
    r"advis[eo]r|recruitment|administrator|generalist|representative|executive|"
    r"leiter\w*|entwickler\w*|ingenieur\w*|responsable|directeur|directrice|ingénieur\w*|"
    r"gerente|jefe|jefa|director[a]?|assist\w*|secretar\w*|sekretär\w*|"
    r"vorstand\w*|geschäftsführ\w*|referent\w*|sachbearbeiter\w*|berater\w*|"
    # "Finanzvorständin", "Arbeitsdirektor", "Abteilungsleiterin", "Partnerin"
    r"\w+vorst[aä]nd\w*|vorständin|\w*direktor\w*|\w+leiter(?:in)?|partnerin)\b",
    _FLAGS,
)
MAX_TITLE_CHARS = 60


_TITLE_SMALL = frozenset({"of", "and", "&", "for", "the", "de", "des", "du", "für", "y", "et"})


def _is_title(text: str) -> bool:
    """ "Engineering Manager", "Head of Platform": capitalised words with a job word."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and bool(_TITLE_WORDS.search(text))
        and not any(c.isdigit() for c in text)
        and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)
    )


def titles_of(people: tuple[Person, ...], *texts: str) -> tuple[tuple[str, str], ...]:
    """(address, job title) for each person whose title the texts write next to their
    name; people with none are left out."""
    found: dict[str, str] = {}
    for person in people:
        name = person.name.strip()
        if len(name.split()) < 2:
            continue  # a first name alone is too common to anchor a title on
        named, size = re.escape(name), f"{{3,{MAX_TITLE_CHARS}}}"
        pattern = re.compile(
            rf"{named}[ \t]*(?:,|\(|[–—-]|\|)[ \t]*(?P<t>[^()\n,;|<>@]{size}?)"
            r"[ \t]*(?:\)|\(|,|;|\||\.|\n|$)|"
            rf"^[ \t>]*{named}[ \t]*\n[ \t>]*(?P<below>[^\n@<>]{size})$",
            re.MULTILINE,
        )
        for text in texts:
            for m in pattern.finditer(text[:20_000]):
                title = re.split(r"\s*[|,;–—]\s*|\s+-\s+", m["t"] or m["below"] or "")[0]
                title = title.strip(" .:-")
                if _is_title(title):
                    found.setdefault(person.email, safe_name(title))
                    break
            if person.email in found:
                break
    return tuple(found.items())
