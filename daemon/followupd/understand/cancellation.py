"""What was cancelled, closed or paused: the meeting, the role, or the applications.

"Your interview has been cancelled" and "we have cancelled the position" share a verb
and mean different things. `cancellations` finds each cancelling or pausing verb of
a clause and the thing it acts on, and names that thing's class:

- ACTIVE: the verb, then its object: "we had to cancel your interview for the Data
  Engineer position" (the object is the first class noun after the verb: interview);
  "we are putting this position on hold"; "finance withdrew the headcount".
- PASSIVE / STATE: the subject, then the verb: "your interview for the role has been
  cancelled", "the role is on hold", "Friday's onsite is called off" (the subject is
  the first class noun of the words before the verb, back to a clause boundary).
- NOUN: "a hiring freeze", "Einstellungsstopp".

Classes: MEETING (interview, call, onsite, Termin, entretien, entrevista …), ROLE
(role, position, requisition, headcount, search, hiring, "the interview process" …),
CANDIDACY ("your application"), APPLICATIONS (applications in the plural: the advert
closing, a timeline). Actions: END (cancel, close, withdraw, scrap, rescind,
abgesagt, annulé, cancelado …) and PAUSE (postpone, put on hold, pause, freeze,
verschoben, auf Eis, suspendu, en pausa …).

What `decision` and `classify` make of them (the decision asked for in issue "sentences"):

- END of a MEETING, and any PAUSE of one, is no rejection: the meeting moves, or the
  calendar says it is gone. It counts as a look-alike (−1.0) against weak rejection
  words in the same sentence ("Unfortunately, we've had to cancel your interview").
- END of the ROLE (cancelled, closed, withdrawn, eliminated) or of the user's
  CANDIDACY ("your application has been closed") ends the application: a rejection
  (2.0, strong). "Closed to new applications" and plural applications closing are a
  timeline, not an end. A role that "may be cancelled" is not cancelled yet.
- PAUSE of the ROLE or the CANDIDACY is its own news: an ON_HOLD signal (`on_hold`),
  and a look-alike against rejection words (`lookalike`: "the role is on hold" is no
  "no"). A hold that is lifted or over ("no longer on hold", "the freeze has been
  lifted") is no hold; an END "for now" or "until …" is a PAUSE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Thing(StrEnum):
    MEETING = "meeting"
    ROLE = "role"
    CANDIDACY = "candidacy"
    APPLICATIONS = "applications"


class Action(StrEnum):
    END = "end"
    PAUSE = "pause"


@dataclass(frozen=True)
class Cancellation:
    action: Action
    thing: Thing
    noun: str  # as written: "interview", "position"
    verb: str  # as written: "cancelled", "on hold"
    tentative: bool = False  # "may be cancelled", "has not been cancelled"

    @property
    def words(self) -> str:
        return f"{self.noun} … {self.verb}"


# The classes, tried at each word left to right: compounds before their first word;
# people named after the role ("the hiring manager") are skipped.
_THINGS = re.compile(
    r"(?<!\w)(?:"
    r"(?P<person>(?:hiring|recruit(?:ing|ment)|interview|search|selection)\s+(?:manager|team|"
    r"lead|panel|committee|coordinator|partner|director)s?|interviewers?|recruiters?)"
    # the advert and its papers: no role ended when they go
    r"|(?P<paper>(?:job|role|position)\s+(?:ads?|adverts?|advertisements?|postings?|"
    r"listings?|descriptions?|specs?|boards?|fairs?|alerts?|titles?))"
    r"|(?P<meeting_compound>(?:offer|hiring|recruiting|recruitment|interview)\s+(?:calls?|"
    r"meetings?|conversations?|chats?|discussions?|syncs?|events?|days?|fairs?|loops?|"
    r"slots?|panels?))"
    r"|(?P<role>(?:interview|hiring|recruitment|recruiting|selection|application)\s+"
    r"(?:process(?:es)?|pipeline)|roles?|positions?|jobs?|vacanc(?:y|ies)|openings?|"
    r"requisitions?|reqs?|headcount|budget|funding|search|hiring|recruitment|recruiting|"
    r"process(?:es)?|"
    r"opportunit(?:y|ies)|posts?|postings?|adverts?|offer|Stelle|Stellenausschreibung|"
    r"Ausschreibung|Position|Vakanz|Besetzung|Rekrutierung|Bewerbungsprozess|"
    r"Auswahlverfahren|Verfahren|Angebot|poste|recrutement|processus|offre|puesto|vacante|"
    r"proceso|posición|contratación|oferta)"
    r"|(?P<meeting>interviews?|meetings?|calls?|chats?|sessions?|slots?|appointments?|onsite|"
    r"on-site|screens?|screening|visit|panel|conversation|round|assessment|presentation|"
    r"Termin|Gespräch|Vorstellungsgespräch|Interview|Telefonat|Kennenlernen|entretien|"
    r"rendez-vous|entrevista|reunión|llamada|cita)"
    r"|(?P<candidacy>application|candidacy|candidature|Bewerbung|Kandidatur|candidatura)"
    r"|(?P<applications>applications|Bewerbungen|candidatures|candidaturas)"
    r")(?!\w)",
    re.IGNORECASE,
)
# Closing a process or a posting can be a timeline ("we will close the search by
# Friday", "the posting closed"): `decision`'s CLOSURES weigh those.
_TIMELINE_NOUN = re.compile(
    r"process(?:es)?|search|pipeline|loop|postings?|adverts?|Ausschreibung|"
    r"Stellenausschreibung|Verfahren|Auswahlverfahren|processus|proceso",
    re.IGNORECASE,
)
_CLOSE_VERB = re.compile(r"clos|geschlossen|clôtur|ferm|cerrad", re.IGNORECASE)
_END = (
    r"cancel(?:l?ed|l?ing|s)?|call(?:ed|ing)?\s+off|withdr(?:aw|awn|ew|awing)|"
    r"clos(?:ed|ing)|scrap(?:ped|ping)?|eliminat(?:e|ed|ing)|"
    r"pull(?:ed|ing)?(?!\s+(?:together|up|in|into|through|out|over|off|from|back|ahead))|"
    r"cut(?!\s+(?:short|off|back|down))|"
    r"abandon(?:ed|ing)?|discontinu(?:e|ed|ing)|terminat(?:e|ed|ing)|remov(?:e|ed|ing)|"
    r"rescind(?:ed|ing)?|revok(?:e|ed|ing)|declined|rejected|archived|"
    r"abgesagt|absagen|storniert|gestrichen|zurückgezogen|geschlossen|eingestellt|"
    r"aufgehoben|annul(?:é|ée|és|ées|er)|supprimée?s?|clôturée?s?|fermée?s?|"
    r"cancelad[oa]s?|anulad[oa]s?|cerrad[oa]s?|suprimid[oa]s?"
)
_PAUSE = (
    r"postpon(?:e|ed|ing)|delay(?:ed|ing)?|defer(?:red|ring)?|push(?:ed|ing)?\s+back|"
    r"paus(?:e|ed|ing)|froze|frozen|freez(?:e|ing)|suspend(?:ed|ing)?|on\s+hold|on\s+ice|"
    r"verschoben|verschieben|pausiert|zurückgestellt|ausgesetzt|eingefroren|"
    r"auf\s+Eis(?:\s+gelegt)?|report(?:é|ée|er)|suspendue?s?|gelée?s?|"
    r"mise?s?\s+en\s+(?:attente|pause|suspens)|en\s+attente|"
    r"pospuest[oa]s?|aplazad[oa]s?|suspendid[oa]s?|congelad[oa]s?|en\s+pausa|en\s+espera"
)
_VERB = re.compile(rf"(?<!\w)(?:(?P<end>{_END})|(?P<pause>{_PAUSE}))(?!\w)", re.IGNORECASE)
# "put / place … on hold", "mettre … en attente", "poner … en pausa": the object sits
# inside the verb.
_PUT_ON_HOLD = re.compile(
    r"(?<!\w)(?:put(?:s|ting)?|plac(?:e|ed|es|ing)|keep(?:ing|s)?|kept|mett(?:re|ons|ez|ent)|"
    r"poner|ponemos|legen|gelegt)\s+(?P<object>(?:[\w'’-]+\s+){1,5}?)"
    r"(?:on\s+hold|on\s+ice|en\s+(?:attente|pause|espera)|auf\s+Eis)(?!\w)",
    re.IGNORECASE,
)
_FREEZE_NOUN = re.compile(
    r"(?<!\w)(?:hiring\s+(?:freeze|pause)|freeze\s+on\s+(?:hiring|new\s+hires|headcount)|"
    r"headcount\s+freeze|Einstellungsstopp|Einstellungsstop|gel\s+des\s+(?:recrutements|"
    r"embauches)|congelación\s+de\s+(?:contrataciones|plantilla))(?!\w)",
    re.IGNORECASE,
)
# The auxiliaries between a subject and its verb; a form of "be" makes it a passive or a
# state ("has been cancelled", "is on hold"), whose subject is what was cancelled.
_AUX = re.compile(
    r"(?:\s*(?:has|have|had|was|were|is|are|be|been|being|will|would|got|gets|get|now|just|"
    r"also|unfortunately|officially|sadly|currently|temporarily|unexpectedly|had\s+to|put|"
    r"placed|['’]s|['’]re|['’]ve|wurde|wurden|ist|sind|werden|worden|leider|derzeit|vorerst|"
    r"a|été|est|sont|ha|han|sido|fue|está|están)(?!\w))*\s*$",
    re.IGNORECASE,
)
_BE = re.compile(
    r"(?<!\w)(?:was|were|is|are|be|been|being|['’]s|['’]re|wurde|wurden|ist|sind|worden|"
    r"été|est|sont|sido|fue|está|están)(?!\w)",
    re.IGNORECASE,
)
# Not done (yet): negated, possible, or still to come ("the role will close on Friday").
_DONE_BY_SOMEONE = re.compile(
    r"(?<!\w)(?:been|was|were|wurde|wurden|worden|été|sido|fue)(?:\s+\w+)?\s*$", re.IGNORECASE
)
_TENTATIVE = re.compile(
    r"(?<!\w)(?:not|n['’]t|never|may|might|could|would|will|shall|['’]ll|going\s+to|"
    r"about\s+to|soon|possibly|potentially|likely\s+to|risk(?:\s+of)?|nicht|pas|no|wird|"
    r"va|sera|será)(?:\s+[\w'’]+){0,3}\s*$",
    re.IGNORECASE,
)
# An end for a while is a pause: "the role has been closed for now".
_FOR_NOW = re.compile(
    r"(?<!\w)(?:for\s+now|for\s+the\s+(?:time\s+being|moment)|temporarily|until|pending|"
    r"while\s+(?:we|the|our)|"
    r"at\s+least\s+until|vorerst|vorübergehend|bis\s+auf\s+Weiteres|pour\s+le\s+moment|"
    r"temporairement|por\s+ahora|de\s+momento|temporalmente)(?!\w)",
    re.IGNORECASE,
)
_LEFT_BOUNDARY = re.compile(
    r"(?:^|[,;:]|\s[-–—]\s|(?<!\w)(?:that|and|so|as|because|since|but|which|while|"
    r"dass|und|da|weil|que|et|car|y|porque))(?!\w)",
    re.IGNORECASE,
)
_AND = re.compile(r"and|und|et|y", re.IGNORECASE)
_RIGHT_BOUNDARY = re.compile(r"[,;:.!?]|\s[-–—]\s|(?<!\w)(?:and|because|as|so|but)(?!\w)")
_LIFTED = re.compile(
    r"(?<!\w)(?:lifted|over|ended|resum(?:e|ed|ing)|back\s+on|unpaused|re-?opened|"
    r"no\s+longer|not\s+(?:be\s+)?(?:on\s+hold|paused)|aufgehoben|levée?|reanudad[oa])(?!\w)",
    re.IGNORECASE,
)
# "closed to new applicants", "closed the role for further applications": the advert.
_OPEN_TO_NEW = re.compile(
    r"(?<!\w)(?:to|for)\s+(?:(?:new|further|any\s+more|more|additional|external)\s+)?"
    r"(?:applications|applicants|submissions|candidates)",
    re.IGNORECASE,
)
# Verbs that end only a candidacy ("your application has been declined"), not a role
# or an offer someone else declined; and the verbs that take back an offer.
_CANDIDACY_ONLY = re.compile(r"declined|rejected|archived", re.IGNORECASE)
_OFFER_VERB = re.compile(r"withdr|rescind|revok|pull|cancel|annul|zurückgezogen", re.I)
# The user is the one who declined or withdrew: no company decision.
_USER_DID = re.compile(
    r"(?<!\w)(?:you(?:['’](?:ve|d|re))?(?:\s+(?:have|had|would|want|wanted|wish|decided|"
    r"asked|like|to|just|already|are|were|chose|requested|elected|opted))*\s+"
    r"(?:declin|withdr|cancel|reject)|"
    r"your\s+(?:decision|request|wish)\s+to|for\s+withdrawing|your\s+withdrawal|"
    r"(?:at|per|following)\s+your\s+request|as\s+(?:you\s+)?requested|"
    r"(?:make|extend|offer)\w*\s+you\b)",
    re.IGNORECASE,
)
_WINDOW = 80  # characters read on each side of a verb for its object or subject


# A class noun after a preposition modifies another noun ("the take-home from the
# process", "the hiring manager for the role"): only the head counts.
_PREPOSITION = re.compile(
    r"(?<!\w)(?:of|for|from|in|at|on|with|to|about|by|under|within|into|after|before|für|"
    r"von|vom|mit|bei|zu|zur|zum|des|du|de|del|pour|avec|para|por|con)(?!\w)",
    re.IGNORECASE,
)


def _first_thing(text: str) -> tuple[Thing, str] | None:
    """The class noun heading the words, before any preposition ("your interview for the
    position" is the interview). English compounds end in their head ("your job
    interview", "the Data Engineer role interview"), and a meeting named with a role
    ("the meeting 'Interview, Data Engineer position'") is the meeting: a meeting noun
    wins, else the last class noun."""
    cut = _PREPOSITION.search(text)
    head: tuple[Thing, str] | None = None
    for match in _THINGS.finditer(text, 0, cut.start() if cut else len(text)):
        kind = next(name for name, value in match.groupdict().items() if value)
        if kind == "person" or text.startswith(("'s", "’s"), match.end()):
            head = None  # "the role's hiring manager": a possessive or a person is no head
        elif kind == "paper":
            head = None  # the advert and its papers
        elif kind in ("meeting", "meeting_compound"):
            return Thing.MEETING, match.group(0)
        else:
            head = Thing(kind), match.group(0)
    return head


def _subject(clause: str, verb_start: int) -> tuple[tuple[Thing, str] | None, bool]:
    """The class noun of the words before a verb (back to a clause boundary), and
    whether a form of "be" stands between them (a passive or a state)."""
    before = clause[max(0, verb_start - _WINDOW) : verb_start]
    aux = _AUX.search(before)
    head = before[: aux.start()] if aux else before
    passive = bool(aux and _BE.search(aux.group(0)))
    # Back to the clause boundary; past an "and" when the subject is left out ("the role
    # was put on hold and has now been cancelled").
    end = len(head)
    for bound in reversed(list(_LEFT_BOUNDARY.finditer(head))):
        words = head[bound.end() : end]
        thing = _first_thing(words)
        if thing is not None or words.strip() or not _AND.fullmatch(bound.group(0)):
            return thing, passive
        end = bound.start()
    return _first_thing(head[:end]), passive


def _object(clause: str, verb_end: int) -> tuple[Thing, str] | None:
    """The class noun of the words after an active verb, up to the next boundary."""
    after = clause[verb_end : verb_end + _WINDOW]
    stop = _RIGHT_BOUNDARY.search(after)
    return _first_thing(after[: stop.start()] if stop else after)


# A title in single quotes ("the meeting 'Interview - Data Engineer, Platform' …") is one
# noun phrase: its commas and dashes cut nothing.
_TITLE = re.compile(r"(?<!\w)['‘][^'‘’\n]{3,120}['’](?!\w)")


def titles_joined(text: str) -> str:
    """The text with the punctuation inside quoted titles blanked (same length)."""
    return _TITLE.sub(lambda m: re.sub(r"[,;:–—-]", " ", m.group(0)), text)


def cancellations(clause: str) -> list[Cancellation]:
    """Every cancelling or pausing verb of the clause with the class of what it acts on."""
    clause = titles_joined(clause)
    found: list[Cancellation] = []
    for match in _PUT_ON_HOLD.finditer(clause):
        thing = _first_thing(match.group("object"))
        if thing is not None:
            tentative = bool(_TENTATIVE.search(clause[: match.start()]))
            found.append(Cancellation(Action.PAUSE, thing[0], thing[1], "on hold", tentative))
    freeze = _FREEZE_NOUN.search(clause)
    if not found and freeze is not None:
        found.append(Cancellation(Action.PAUSE, Thing.ROLE, "hiring", freeze.group(0)))
    if found:
        return found
    for verb in _VERB.finditer(clause):
        action = Action.END if verb.group("end") else Action.PAUSE
        tentative = bool(_TENTATIVE.search(clause[max(0, verb.start() - 40) : verb.start()]))
        if (
            action is Action.END
            and _CLOSE_VERB.match(verb.group(0))
            and _OPEN_TO_NEW.search(clause, verb.end())
        ):
            found.append(Cancellation(action, Thing.APPLICATIONS, "applications", verb.group(0)))
            continue
        subject, passive = _subject(clause, verb.start())
        passive = passive and not verb.group(0).lower().endswith("ing")  # "are closing"
        thing = subject if passive else _object(clause, verb.end()) or subject
        if action is Action.END and _CLOSE_VERB.match(verb.group(0)):
            # Someone closed it ("the role has been closed", "we have closed the position",
            # "we are closing the role"); "the vacancy has now closed", "the role is closed"
            # and "the role is closing on Friday" are the advert's timeline.
            done = _DONE_BY_SOMEONE.search(clause[max(0, verb.start() - 25) : verb.start()])
            if not (done if passive else _object(clause, verb.end())):
                continue
        if thing is not None:
            found.append(Cancellation(action, thing[0], thing[1], verb.group(0), tentative))
    return found


def role_ended(clause: str) -> str:
    """The words that end the role or the user's candidacy in this clause, or ""."""
    if _USER_DID.search(clause) or _FOR_NOW.search(clause):
        return ""
    for c in cancellations(clause):
        if c.action is not Action.END or c.tentative:
            continue
        if c.thing not in (Thing.ROLE, Thing.CANDIDACY):
            continue
        if _CLOSE_VERB.match(c.verb) and _TIMELINE_NOUN.fullmatch(c.noun):
            continue  # closing a process or a posting: a timeline, or CLOSURES
        if _CANDIDACY_ONLY.fullmatch(c.verb) and c.thing is not Thing.CANDIDACY:
            continue  # "the candidate declined the offer"
        if c.thing is Thing.CANDIDACY and re.match(r"withdr|zurückgezogen", c.verb, re.I):
            continue  # a candidacy is withdrawn by the candidate: the user's own decision
        if re.fullmatch(r"offer|Angebot|offre|oferta", c.noun, re.I) and not _OFFER_VERB.match(
            c.verb
        ):
            continue
        return c.words
    return ""


def role_paused(clause: str) -> str:
    """The words that put the role or the candidacy on hold in this clause, or ""."""
    if _LIFTED.search(clause):
        return ""
    for c in cancellations(clause):
        if c.tentative or c.thing not in (Thing.ROLE, Thing.CANDIDACY):
            continue
        if c.action is Action.PAUSE or (_FOR_NOW.search(clause) and not _USER_DID.search(clause)):
            return c.words
    return ""


def meeting_moved(clause: str) -> str:
    """The words that cancel or postpone a meeting (no rejection) in this clause, or ""."""
    for c in cancellations(clause):
        if c.thing is Thing.MEETING:
            return c.words
    return ""


# The clauses of a sentence, as `decision` cuts them.
_SENTENCE_CLAUSES = re.compile(r";|\s[-–—]\s|,\s*(?:but|however|aber|ma|mas|pero)\b|\?")


def lookalike(line: str) -> tuple[float, str]:
    """The weight of the structural look-alikes of one sentence (a cancelled or postponed
    meeting, a role on hold), subtracted like the lexicon's, and the words."""
    for clause in _SENTENCE_CLAUSES.split(titles_joined(line)):
        moved = meeting_moved(clause) or role_paused(clause)
        if moved:
            return 1.0, moved
    return 0.0, ""


def on_hold(line: str) -> str:
    """The words putting the role or the candidacy on hold in this sentence, or ""."""
    # "until the budget is approved" is how holds end: no UNDECIDED here
    for clause in _SENTENCE_CLAUSES.split(titles_joined(line)):
        paused = role_paused(clause)
        if paused:
            return paused
    return ""
