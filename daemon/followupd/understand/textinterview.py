"""A job interview fixed in a message's plain text, read as exactly as from a calendar.

    read_text_interview(msg, text, *, user, source="") -> TextInterview | None

`text` is the message's new text (`quoting.new_text`). The answer is None unless the
message is about a job interview *of the user* and names a time for it; otherwise a
`TextInterview` of one of four kinds:

    scheduled     one time is settled ("Your interview is confirmed for Tuesday,
                  17 November at 14:00 CET"; "Date: November 17 / Time: 2:00 PM CST")
    rescheduled   it moves, and the new time is settled ("we need to move your interview
                  to Thursday at 11"); `previous_start` is the old time when given
    cancelled     it is called off ("your interview on Nov 17 has been cancelled"); the
                  Interview (status cancelled) when the old time is given, else `day`
    uncertain     a time is named but not settled, in words in `uncertain`: two or more
                  times are proposed (`proposed`), one is only proposed ("Would Monday at
                  10:00 work?"), a day has no time or a time no day (`day`), the weekday
                  and the date disagree, or no zone is written and the sender's zone
                  (the Date header's) differs from the user's

How it decides, in order (each step a reason or a veto in words):

1. Whose mail: the user's own mail is read only when it confirms a time
   ("Tuesday 3pm ET works for me"): then `confirmed_by_user` is set.
2. Not an interview of the user: mail from the user's own (non-free-mail) domain, a
   newsletter or job alert, a look-alike (webinar, course, media interview, mock
   interview, dentist, lunch) in the subject or in the sentence giving the time, a
   podcast or show having the user as a guest, the user interviewing a candidate.
3. About an interview: a word of `InterviewPhrases.interview` in the subject or text,
   or a meeting word next to the time with hiring words (a role, an application) or an
   applicant-tracking sender.
4. The times: every time named in a sentence about the meeting (`textwhen.mentions`),
   without deadlines ("reply by Friday 5pm"), past mentions ("thanks for today"),
   availability windows (a range longer than `WINDOW_MINUTES`) and instructions ("if you
   need to reschedule …"). A request to pick a time (a scheduling link, "please share
   your availability") with no time named is None.
5. The zone: the one written after the time, else one stated for all times ("All times
   Eastern"), else the sender's (the Date header's offset), else the user's; the length:
   a written range, else a stated duration, else `DEFAULT_TEXT_INTERVIEW_MINUTES`.

The Interview: uid "text:" + the Message-ID, sequence 0, dtstamp the message's Date,
the sender as organizer (the Reply-To human for a relay), interviewers from the text
(`textpeople`), company and role as for calendars (`naming.find_company`, `find_role`).
Reading is bounded: the first `MAX_TEXT_CHARS` characters, at most `MAX_SENTENCES`
sentences of at most `MAX_SENTENCE_CHARS` characters each.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Literal

from followupd.domain.model import (
    Attendee,
    CalendarItem,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    UserIdentity,
)
from followupd.understand import people
from followupd.understand.ics import VIDEO_LINK
from followupd.understand.interview import (
    DEFAULT_INTERVIEW_PHRASES,
    MAX_INTERVIEWERS,
    InterviewPhrases,
    media_guest,
    spells_domain,
    without_name,
)
from followupd.understand.lexicon import DEFAULT_SIGNAL_LEXICON
from followupd.understand.naming import find_company, find_role, strip_subject
from followupd.understand.quoting import sentences
from followupd.understand.textpeople import is_name, people_named
from followupd.understand.textwhen import (
    ALL_MONTHS,
    ALL_WEEKDAYS,
    Mention,
    Zone,
    combine,
    default_zone,
    duration,
    instant,
    mentions,
    offset_words,
)
from followupd.understand.timewords import alternatives
from followupd.understand.tz import iana_zone

DEFAULT_TEXT_INTERVIEW_MINUTES = 45  # the length of an interview whose text states none
WINDOW_MINUTES = 240  # a longer written range is availability ("9am–5pm"), not a meeting
MAX_TEXT_CHARS = 20_000  # a scheduling mail is a few hundred words
MAX_SENTENCES = 300
MAX_SENTENCE_CHARS = 1_000
EVIDENCE_CHARS = 300

Kind = Literal["scheduled", "rescheduled", "cancelled", "uncertain"]


@dataclass(frozen=True)
class TextInterview:
    """An interview as a message's text states it, and how sure that reading is."""

    kind: Kind
    interview: Interview | None  # None only for "uncertain"/"cancelled" without a time
    evidence: str  # the sentence(s) that decided, as written
    uncertain: str = ""  # for "uncertain": what is unclear, in words
    reasons: tuple[str, ...] = ()  # why it was judged an interview, in words
    named_without_address: tuple[str, ...] = ()  # interviewers named, no address found
    confirmed_by_user: bool = False  # the user's own mail confirms the time
    previous_start: datetime | None = None  # "rescheduled": the old time, when given
    day: date | None = None  # the day named when no clock time is (uncertain, cancelled)
    proposed: tuple[datetime, ...] = ()  # "uncertain": the times proposed, UTC

    def describe(self) -> tuple[str, ...]:
        """What the text says, in lines for a person (`explain`): kind, time, people, why."""
        head = f"interview in the text: {self.kind}"
        iv = self.interview
        if iv is not None:
            head += f", {iv.start:%a %d %b %Y %H:%M}–{iv.end:%H:%M} UTC"
            if iv.company:
                head += f", {iv.company}"
        elif self.day is not None:
            head += f", {self.day:%a %d %b %Y} (no time)"
        lines = [head]
        if self.confirmed_by_user:
            lines.append("confirmed in the user's own mail")
        if self.previous_start is not None:
            lines.append(f"moved from {self.previous_start:%a %d %b %Y %H:%M} UTC")
        if self.proposed:
            lines.append(
                "proposed: " + "; ".join(f"{t:%a %d %b %Y %H:%M} UTC" for t in self.proposed)
            )
        if self.uncertain:
            lines.append(f"unclear: {self.uncertain}")
        if iv is not None and iv.interviewers:
            lines.append("interviewers: " + ", ".join(p.display() for p in iv.interviewers))
        if self.named_without_address:
            lines.append("named without an address: " + ", ".join(self.named_without_address))
        lines.append(f'evidence: "{self.evidence}"')
        lines.append("why: " + "; ".join(self.reasons))
        return tuple(lines)


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _has(pattern: str, text: str) -> bool:
    return _rx(pattern).search(text) is not None


_MEETING = (
    r"call|chat|meeting|session|conversation|appointment|slot|interviews?|screen(?:ing)?|"
    r"onsite|on-site|visit|video\s*call|phone|Termin|Gespräch|Telefonat|Treffen|Videocall|"
    r"rendez-vous|rdv|entretien|entrevue|échange|appel|visio|cita|reunión|llamada|entrevista|"
    r"videollamada|take\s+place|stattfinden|aura\s+lieu|tendrá\s+lugar|(?:be\s+)?held|"
    r"scheduled|booked|confirmed|see\s+you|speak|talk|meet(?:ing)?|join"
)
_LABEL = (
    r"date|time|when|start|datum|uhrzeit|zeit|wann|termin|heure|quand|fecha|hora|cuándo|"
    r"day|jour|tag|date\s+et\s+heure|date\s+and\s+time|datum\s+und\s+uhrzeit"
)
_PROPOSAL = (
    r"would\s+(?:\S+\s+){0,8}(?:work|suit|be\s+(?:ok|okay|possible|convenient))|"
    r"does\s+(?:\S+\s+){0,8}work|do\s+(?:\S+\s+){0,6}work|could\s+you\s+(?:do|make)|"
    r"can\s+you\s+(?:do|make)|are\s+you\s+(?:free|available)|(?:how|what)\s+about|"
    r"let\s+(?:me|us)\s+know\s+if|please\s+(?:let\s+(?:me|us)\s+know|confirm)\s+(?:if|whether)|"
    r"options?\s*:|the\s+following\s+(?:times|slots|options|dates)|any\s+of\s+(?:these|the)|"
    r"either|propose|suggest|würde\s+(?:Ihnen|dir|es)|passt\s+(?:Ihnen|dir|es)|hätten\s+Sie|"
    r"wäre\s+(?:\S+\s+){0,5}möglich|könnten\s+Sie|vorschlagen|vous\s+convien\w*|seriez-vous|"
    r"êtes-vous\s+disponible|pourriez-vous|serait-il\s+possible|proposer|"
    r"(?:le|te)\s+(?:viene|va)\s+bien|estaría\s+disponible|podría|podrías|proponer"
)
_AVAILABILITY = (
    r"(?:share|send|provide|give|let\s+(?:me|us)\s+know)\s+(?:me\s+|us\s+)?(?:your|some|a\s+few|"
    r"a\s+couple\s+of|several|two\s+or\s+three|2-3|\d)\s+(?:availability|available\s+times|"
    r"times|slots|options|dates|windows)|your\s+availability|"
    r"when\s+(?:are\s+you|you(?:'re|\s+are))\s+(?:free|available)|"
    r"what\s+(?:times?|days?)\s+(?:work|would\s+work|suit)|"
    r"(?:pick|choose|select|book|grab|find|schedule)\s+(?:a|one|your|the)\s+(?:time|slot|date)|"
    r"scheduling\s+link|self-schedul\w*|(?:use|via|through|click)\s+(?:the|this|my)\s+link|"
    r"Verfügbarkeit(?:en)?|Terminvorschläge?|welche\s+Termine|vos\s+disponibilités|"
    r"vos\s+créneaux|su\s+disponibilidad|tu\s+disponibilidad"
)
_SCHEDULING_LINK = re.compile(
    r"https?://\S{0,200}?(?:calendly\.com|cal\.com/|goodtime\.io|youcanbook\.me|doodle\.com|"
    r"meetings\.hubspot\.com|zcal\.co|savvycal\.com|/schedul|/book)",
    re.IGNORECASE,
)
_CONFIRM = (
    r"^(?:perfect|great|excellent|wonderful|awesome|prima|super|parfait|perfecto|genial)(?!\w)|"
    r"it\s+is\s*[.!]|works?\s+(?:for\s+me|great|well|perfectly|fine)|(?:is|sounds)\s+(?:perfect|great|good|fine)|"
    r"I\s+(?:can\s+)?confirm|confirm(?:ed|ing)|see\s+you\s+(?:then|on|at|there)|"
    r"I(?:'ll|’ll|\s+will)\s+be\s+there|I\s+can\s+(?:make\s+it|do)|I(?:'ll|’ll|\s+will)\s+take|"
    r"let's\s+(?:do|go\s+with|say)|passt\s+(?:mir|gut|perfekt|prima)|bestätige|"
    r"(?:ça|cela)\s+me\s+(?:va|convient)|me\s+convient|je\s+confirme|parfait|"
    r"me\s+(?:viene|va)\s+bien|confirmo|perfecto"
)
_SETTLED = (
    r"(?:is|has\s+been|have\s+been|are|was)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set|"
    r"arranged|moved|rescheduled)|we(?:'ve|’ve|\s+have)\s+(?:scheduled|booked|confirmed|set\s+up|"
    r"arranged|moved)|confirm(?:ing|ation)|see\s+you|look(?:ing)?\s+forward\s+to\s+"
    r"(?:speaking|meeting|talking|seeing|chatting|our)|will\s+take\s+place|invite\s+you|"
    r"calendar\s+invit(?:e|ation)|bestätigt|bestätigen|findet\s+(?:\S+\s+){0,5}statt|"
    r"laden\s+(?:Sie|dich)|einladen|confirmé|aura\s+lieu|inviter|confirmad[ao]|"
    r"tendrá\s+lugar|invitar"
)
_RESCHEDULE = (
    r"re-?schedul\w*|(?:move|moving|moved|push|pushing|pushed|shift|shifting)\s+(?:\S+\s+){0,4}"
    r"(?:interview|call|chat|meeting|session|screen|onsite|conversation|appointment|it|this)|"
    r"(?:been|was|is|be)\s+moved|push(?:ed)?\s+(?:back|out)|postpon\w*|"
    r"new\s+(?:time|date|slot)|time\s+change|change\s+(?:of\s+)?(?:the\s+)?(?:time|date)|"
    r"verschieben|verschoben|verlegen|verlegt|neuer\s+Termin|déplacer|déplacé\w*|reporter|"
    r"reporté\w*|nouvel\s+horaire|nouvelle\s+date|reprogramar|reprogramad\w*|"
    r"cambiar\s+(?:la\s+)?(?:hora|fecha)|nueva\s+(?:hora|fecha)"
)
_CANCEL = (
    r"cancel(?:l?ed|l?ing|lation|s)?|call(?:ed)?\s+off|no\s+longer\s+(?:take\s+place|happen|go\s+ahead)|"
    r"absagen|abgesagt|Absage|Terminabsage|fällt\s+(?:\S+\s+){0,3}aus|annul\w*|cancelad\w*|cancelar"
)
_CONDITIONAL = re.compile(
    r"(?:\bif\b|\bshould\b|in\s+case|\bfalls\b|\bwenn\b|\bsollten\b|\bsi\b|en\s+caso)[^.;]{0,80}"
    r"(?:reschedul|cancel|move|change|verschieb|absag|annul|reprogram|modifier|changer)|"
    r"(?:^|[,;:]\s*)(?:to|um)\s+(?:re-?schedule|cancel|change)|(?:reschedul\w*|cancel\w*)\s*\?|"
    r"(?:you\s+can|you\s+may|können\s+Sie|vous\s+pouvez|puede)\s+(?:\S+\s+){0,5}"
    r"(?:reschedul|cancel|verschieb|absag|annul|reprogram)",
    re.IGNORECASE,
)
_THANKS = (
    r"thank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?for|it\s+was\s+(?:great|nice|"
    r"a\s+pleasure|lovely)|enjoyed|yesterday|earlier\s+today|danke\s+für|vielen\s+dank\s+für|"
    r"merci\s+pour|gracias\s+por|gestern|hier|ayer"
)
# A sentence about what happened: a weekday in it is the past one ("Great conversation
# on Tuesday!", "I enjoyed our chat on Monday").
_PAST = (
    rf"{_THANKS}|(?:great|good|nice|lovely|wonderful)\s+(?:conversation|chat|call|talk|meeting|"
    r"speaking|talking|meeting)|(?:was|were|had|met|spoke|talked|chatted|went|did|"
    r"war|hatten|haben\s+uns|était|avons|fue|tuvimos)(?!\w)"
)
_FUTURE = (
    r"will|'ll|’ll|going\s+to|is\s+(?:scheduled|set|confirmed|booked)|next|upcoming|wird|werden|"
    r"sera|aura|será|próxim\w+|nächste\w*|prochain\w*"
)
# A time of something else in the same mail: travel, the first day of a job.
_ELSEWHERE = (
    r"flights?|train|hotel|check-?in|check-?out|departure|departs|arrival|arrives|boarding|"
    r"pick-?up|start(?:ing)?\s+date|first\s+day|Flug|Zug|Anreise|Abreise|Hotel|Arbeitsbeginn|"
    r"vol|hôtel|départ|arrivée|vuelo|salida|llegada|fecha\s+de\s+inicio|date\s+de\s+début"
)
# Booking tools anyone uses (sales calls, haircuts): not a hiring system by themselves.
_GENERIC_SCHEDULERS = frozenset({"calendly.com", "cal.com", "youcanbook.me", "doodle.com"})
_OLD = frozenset({"from", "von", "du", "del", "originally", "ursprünglich", "initialement"})
_NEW = frozenset({"to", "for", "auf", "à", "au", "a", "para", "instead", "now", "nun", "jetzt"})
_NOT_HIM = (
    r"as\s+(?:an?\s+)?interviewer|interview\s+panel\s+for|interviewer\s+training|scorecard|"
    r"feedback\s+form|(?:you(?:'ll|’ll|\s+will)\s+be|you(?:'re|’re|\s+are))\s+interviewing|"
    r"please\s+interview|interview\s+(?:loop|schedule)\s+for\s+(?!you)|"
    r"Interviewer(?:in)?\s+für|en\s+tant\s+qu['’]intervieweur|como\s+entrevistador"
)
_CANDIDATE_NAMED = re.compile(
    r"(?:candidate|kandidat(?:in)?|bewerber(?:in)?|candidat[eo]?|candidata)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2})",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:location|where|address|venue|ort|adresse|lieu|dirección|direccion|"
    r"ubicación|place)\s*:\s*(?P<where>.{2,200})$",
    re.IGNORECASE | re.MULTILINE,
)
_DURATION_CONTEXT = (
    r"duration|dauer|durée|duración|last(?:s|ing)?|dauert|durera|durará|long|minutes?|hours?|"
    r"\d+-minute|interview|call|chat|session|screen|Gespräch|entretien|entrevista"
)
_URL = re.compile(
    r"https?://\S{1,2000}|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.IGNORECASE
)  # no prose: "…/meetup-join/…"
# A line that starts with a day or a time (after a bullet): an agenda or a bare date line.
_TIME_LINE = re.compile(
    rf"^[\s*•·–-]*(?:\d|(?:{alternatives(ALL_WEEKDAYS)}|{alternatives(ALL_MONTHS)}|"
    r"tomorrow|today|next|morgen|heute|demain|mañana)(?!\w))",
    re.IGNORECASE,
)
_REPLY = re.compile(r"^\s*(?:re|aw|fwd?|wg|tr|sv|antw)\s*:", re.IGNORECASE)


@dataclass
class _Sentence:
    index: int
    paragraph: int
    text: str
    subject: bool = False
    flags: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Time:
    """A complete mention resolved to an instant, with how its zone was chosen."""

    mention: Mention
    start: datetime
    end: datetime | None
    zone: Zone | None  # written (next to it, or for all times); None: the sender's or user's
    reading_zone: tzinfo


def read_text_interview(
    msg: ParsedMessage,
    text: str,
    *,
    user: UserIdentity,
    source: str = "",
    phrases: InterviewPhrases = DEFAULT_INTERVIEW_PHRASES,
) -> TextInterview | None:
    """The interview the text fixes (see the module docstring), or None."""
    text = text[:MAX_TEXT_CHARS]
    subject = msg.subject[:500]
    own = msg.sender is not None and user.is_me(msg.sender.email)
    if _vetoed(msg, text, subject, user, own, phrases):
        return None
    user_zone = _zone_of(user)
    sent = _sent_local(msg, user_zone)
    context = f"{subject}\n{text}"
    spoken = _sentences(text, subject)
    for sentence in spoken:
        sentence.flags = _flags(sentence.text, phrases)
    _inherit_list_flags(spoken)
    interview_word = _interview_word(subject, text, phrases)
    hiring = _hiring(subject, text, msg, phrases)
    if own:
        relevant = [s for s in spoken if "confirm" in s.flags and "question" not in s.flags]
    else:
        relevant = _relevant(spoken)
    found = _mentions(relevant, sent, context, user_zone)
    if not found and not (interview_word and not own and _calls_off(spoken)):
        return None  # no time, and nothing said of moving or cancelling the interview
    meeting_near_time = any("meeting" in s.flags for s in relevant if _has_mention(s, found))
    if not interview_word and not (hiring and meeting_near_time):
        return None
    reasons: list[str] = []
    if interview_word:
        reasons.append(interview_word)
    if hiring:
        reasons.append(hiring)
    decisive = {m.sentence for m in found}
    if _lookalike(spoken, decisive, subject, _company_name(msg, subject, user), phrases):
        return None
    reader = _Reader(msg, text, subject, user, source, phrases, spoken, sent, user_zone, reasons)
    if own:
        return reader.confirmed(found)
    return reader.decide(found)


# --- gates ------------------------------------------------------------------------------


def _vetoed(
    msg: ParsedMessage,
    text: str,
    subject: str,
    user: UserIdentity,
    own: bool,
    phrases: InterviewPhrases,
) -> bool:
    """Mail that never fixes an interview of the user (see step 2 of the docstring)."""
    sender = msg.sender
    if sender is not None and not own:
        mine = {
            people.registrable_domain(people.domain_of(a))
            for a in user.addresses()
            if not people.is_freemail(people.domain_of(a))
        }
        if people.registrable_domain(people.domain_of(sender.email)) in mine:
            return True  # a colleague: an internal meeting
        domain = people.domain_of(sender.email)
        if any(domain == d or domain.endswith("." + d) for d in phrases.marketing_domains):
            return True
    marketing = DEFAULT_SIGNAL_LEXICON.marketing
    if any(p.search(subject) for p in marketing):
        return True
    if msg.auto_submitted and any(p.search(text[:5000]) for p in marketing):
        return True
    if _has(_NOT_HIM, f"{subject}\n{text}"):
        return True
    for match in _CANDIDATE_NAMED.finditer(f"{subject}\n{text}"):
        # "candidate Alex Moreau is …", not "the Candidate Portal"
        words = list(itertools.takewhile(lambda w: w[:1].isupper(), match["name"].split()))
        if len(words) >= 2 and is_name(words) and not _names_user(words, user):
            return True
    return bool(media_guest(subject, text, phrases=phrases))


def _names_user(words: list[str], user: UserIdentity) -> bool:
    mine = {w.casefold() for w in user.name.split()}
    return any(w.casefold() in mine for w in words)


def _company_name(msg: ParsedMessage, subject: str, user: UserIdentity) -> str:
    """The company's name when it spells its domain ("Summit Analytics"), else ''."""
    moment = msg.date or datetime(2000, 1, 1, tzinfo=UTC)
    item = CalendarItem(uid="-", summary=strip_subject(subject), start=moment, end=moment)
    name, domain, _ = find_company(item, (), msg, user)
    return name if domain and spells_domain(name, domain) else ""


def _lookalike(
    spoken: list[_Sentence], decisive: set[int], subject: str, company: str,
    phrases: InterviewPhrases,
) -> bool:  # fmt: skip
    """A webinar, a course, a media or mock interview, a dentist or a lunch, said in the
    subject or in a sentence giving the time (a company's name aside: "Summit Analytics")."""
    texts = [s.text for s in spoken if s.index in decisive or s.subject]
    if not any(s.subject for s in spoken) and subject:
        texts.append(subject)
    for sentence in (_URL.sub(" ", t) for t in texts):
        role = find_role(sentence)
        bare = without_name(sentence.replace(role, " ") if role else sentence, company)
        says_interview = _found_phrase(phrases.interview, bare)
        for category, words in phrases.lookalikes:
            if category.startswith("a medical") and says_interview:
                continue  # "an interview with Dr. Weber": the doctor is the interviewer
            if _found_phrase(words, bare):
                return True
        if _found_phrase(phrases.social, bare) and not says_interview:
            return True
    return False


def _found_phrase(words: tuple[str, ...], text: str) -> bool:
    return any(_rx(re.escape(w)).search(text) for w in words)


def _interview_word(subject: str, text: str, phrases: InterviewPhrases) -> str:
    for label, where in (("subject", strip_subject(subject)), ("text", _URL.sub(" ", text))):
        for phrase in phrases.interview:
            m = _rx(re.escape(phrase)).search(where)
            if m:
                return f'the {label} says "{_trim(m.group(0))}"'
    return ""


def _hiring(subject: str, text: str, msg: ParsedMessage, phrases: InterviewPhrases) -> str:
    for person in (msg.sender, *msg.reply_to):
        domain = people.domain_of(person.email) if person is not None else ""
        generic = people.registrable_domain(domain) in _GENERIC_SCHEDULERS
        if person is not None and people.is_ats_domain(domain) and not generic:
            return f"sent through a hiring system ({domain})"
    for pattern in phrases.hiring:
        m = _rx(pattern).search(f"{subject}\n{text}")
        if m:
            return f'it speaks of hiring ("{_trim(m.group(0))}")'
    return ""


# --- sentences and their times ----------------------------------------------------------


def _sentences(text: str, subject: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    if subject.strip() and not _REPLY.match(subject):
        out.append(_Sentence(0, -1, strip_subject(subject), subject=True))
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text)):
        for line in sentences(paragraph):
            if len(out) >= MAX_SENTENCES:
                return out
            out.append(_Sentence(len(out), number, line[:MAX_SENTENCE_CHARS]))
    return out


def _flags(sentence: str, phrases: InterviewPhrases) -> set[str]:
    flags: set[str] = set()
    checks = (
        ("meeting", _MEETING), ("label", rf"(?:{_LABEL})\s*:"), ("confirm", _CONFIRM),
        ("settled", _SETTLED), ("reschedule", _RESCHEDULE), ("cancel", _CANCEL),
        ("thanks", _THANKS), ("availability", _AVAILABILITY), ("proposal", _PROPOSAL),
        ("past", _PAST), ("future", _FUTURE), ("elsewhere", _ELSEWHERE),
    )  # fmt: skip
    for name, pattern in checks:
        if _has(pattern, sentence):
            flags.add(name)
    if "?" in sentence or "¿" in sentence:
        flags.update({"question", "proposal"})
    if _SCHEDULING_LINK.search(sentence):
        flags.add("availability")
    if _CONDITIONAL.search(sentence):
        flags.add("conditional")
        flags.discard("reschedule")
        flags.discard("cancel")
    if _found_phrase(phrases.interview, sentence):
        flags.update({"interview", "meeting"})
    return flags


def _inherit_list_flags(spoken: list[_Sentence]) -> None:
    """The items of a list introduced by "the following options:" are proposals too."""
    lead: _Sentence | None = None
    for sentence in spoken:
        if lead is not None and sentence.paragraph == lead.paragraph:
            sentence.flags.add("proposal")
            continue
        lead = None
        if sentence.text.rstrip().endswith(":") and sentence.flags & {"proposal", "availability"}:
            lead = sentence


def _relevant(spoken: list[_Sentence]) -> list[_Sentence]:
    """Sentences about the meeting: its words or a label, or a line that is a time
    ("Tuesday, November 17 at 2pm", "- 10:00-10:45am: coding")."""
    keep: list[_Sentence] = []
    for sentence in spoken:
        about = sentence.flags & {
            "meeting", "label", "confirm", "settled", "reschedule", "cancel", "proposal"
        }  # fmt: skip
        if about or (not sentence.subject and _TIME_LINE.match(sentence.text)):
            keep.append(sentence)
    return keep


def _mentions(
    relevant: list[_Sentence], sent: datetime | None, context: str, user_zone: tzinfo
) -> list[Mention]:
    """The times of the relevant sentences; a day and a clock time of neighbouring
    sentences ("Date: …" / "Time: …") joined."""
    per: list[list[Mention]] = [
        mentions(s.text, s.index, sent, context=context, user_zone=user_zone) for s in relevant
    ]
    _carry_day(per, relevant)
    for i in range(len(per) - 1):
        here, there = per[i], per[i + 1]
        if relevant[i].subject or relevant[i + 1].index != relevant[i].index + 1:
            continue
        days = [m for m in here if m.day is not None and m.clock is None]
        clocks = [m for m in there if m.clock is not None and m.day is None]
        if days and clocks and len(days) == len(here) and not any(m.day for m in there):
            per[i + 1] = [combine(days[-1], c) if c in clocks else c for c in there]
            per[i] = []
            continue
        clocks = [m for m in here if m.clock is not None and m.day is None]
        days = [m for m in there if m.day is not None and m.clock is None]
        if clocks and days and len(clocks) == len(here) and len(days) == len(there):
            per[i] = [combine(days[0], c) for c in clocks]
            per[i + 1] = []
    found = [m for group in per for m in group if m.day is not None or m.clock is not None]
    named_days = {m.day for m in found if m.day is not None and m.clock is None}
    if not any(m.complete for m in found) and len(named_days) == 1:
        only = next(m for m in found if m.day is not None and m.clock is None)
        joined = [combine(only, m) for m in found if m.clock is not None and m.day is None]
        if joined:
            found = joined
    return found


def _carry_day(per: list[list[Mention]], relevant: list[_Sentence]) -> None:
    """An agenda: a day, then list lines with clock times only ("- 10:00-10:45am: coding")."""
    day: Mention | None = None
    lead = 0
    for i, group in enumerate(per):
        clocks_only = bool(group) and all(m.clock is not None and m.day is None for m in group)
        if day is not None and clocks_only and relevant[i].paragraph >= 0:
            per[i] = [combine(day, m) for m in group]
            per[lead] = [m for m in per[lead] if m is not day]
            continue
        day = None
        days = [m for m in group if m.day is not None]
        if days and all(m.clock is None for m in days) and relevant[i].text.rstrip().endswith(":"):
            day, lead = days[-1], i


def _calls_off(spoken: list[_Sentence]) -> bool:
    """A sentence (not an instruction) moving or cancelling the meeting."""
    return any(s.flags & {"cancel", "reschedule"} and s.flags & {"meeting", "interview"}
               for s in spoken)  # fmt: skip


def _has_mention(sentence: _Sentence, found: list[Mention]) -> bool:
    return any(m.sentence == sentence.index for m in found)


def _zone_of(user: UserIdentity) -> tzinfo:
    return iana_zone(user.timezone) or UTC


def _sent_local(msg: ParsedMessage, user_zone: tzinfo) -> datetime | None:
    if msg.date is None:
        return None
    zone = timezone(msg.sent_offset) if msg.sent_offset is not None else user_zone
    try:
        return msg.date.astimezone(zone)
    except (OverflowError, ValueError):
        return None


# --- deciding ---------------------------------------------------------------------------


class _Reader:
    """The decision for one message, once it is about an interview and names times."""

    def __init__(
        self,
        msg: ParsedMessage,
        text: str,
        subject: str,
        user: UserIdentity,
        source: str,
        phrases: InterviewPhrases,
        spoken: list[_Sentence],
        sent: datetime | None,
        user_zone: tzinfo,
        reasons: list[str],
    ) -> None:
        self.msg, self.text, self.subject, self.user = msg, text, subject, user
        self.source, self.phrases, self.spoken, self.sent = source, phrases, spoken, sent
        self.user_zone, self.reasons = user_zone, reasons
        self.by_index = {s.index: s for s in spoken}
        self.written = default_zone(text, f"{subject}\n{text}", user_zone)

    def flags(self, mention: Mention) -> set[str]:
        return self.by_index[mention.sentence].flags

    def words(self, *found: Mention, also: tuple[int, ...] = ()) -> str:
        seen = sorted({*(m.sentence for m in found), *also})
        return " … ".join(_trim(self.by_index[i].text) for i in seen)

    # The times a message names, sorted out.

    def usable(self, found: list[Mention]) -> list[Mention]:
        """Not deadlines, instructions, or a weekday of something that already happened."""
        out: list[Mention] = []
        for m in found:
            flags = self.flags(m)
            if m.deadline or flags & {"conditional", "elsewhere"}:
                continue
            if m.weekday_only and "past" in flags and "future" not in flags:
                continue
            out.append(m)
        return out

    def resolve(self, mention: Mention) -> _Time | None:
        if mention.day is None or mention.clock is None:
            return None
        zone = mention.zone or self.written
        reading = zone.tz if zone else self.sender_zone()
        try:
            start = instant(mention.day, mention.clock, reading)
            end = instant(mention.day, mention.until, reading) if mention.until else None
        except (OverflowError, ValueError):
            return None
        if end is not None and not timedelta(0) < end - start <= timedelta(minutes=WINDOW_MINUTES):
            if end - start > timedelta(minutes=WINDOW_MINUTES):
                return None  # availability ("9am–5pm"), not a meeting
            end = None
        if self.msg.date is not None and start < self.msg.date - timedelta(hours=1):
            return None  # a past mention
        return _Time(mention, start, end, zone, reading)

    def sender_zone(self) -> tzinfo:
        if self.msg.sent_offset is not None:
            return timezone(self.msg.sent_offset)
        return self.user_zone

    def day_only(self, found: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        today = self.sent.date() if self.sent else None
        for m in self.usable(found):
            if m.day is None or m.clock is not None:
                continue
            if today is not None and (
                m.day < today or (m.day == today and "thanks" in self.flags(m))
            ):
                continue
            out.append(m)
        return out

    def clock_only(self, found: list[Mention]) -> list[Mention]:
        return [m for m in self.usable(found) if m.clock is not None and m.day is None]

    # The kinds.

    def decide(self, found: list[Mention]) -> TextInterview | None:
        usable = self.usable(found)
        times = [t for t in (self.resolve(m) for m in usable) if t is not None]
        cancel = [s for s in self.spoken if "cancel" in s.flags and self.about_meeting(s)]
        moving = [s for s in self.spoken if "reschedule" in s.flags and self.about_meeting(s)]
        if moving:
            moved = self.rescheduled(moving, times, found, cancelled=bool(cancel))
            if moved is not None:
                return moved
        if cancel:
            return self.cancelled(cancel, times, found)
        return self.scheduled(times, found)

    def about_meeting(self, sentence: _Sentence) -> bool:
        subject_says = _interview_in(self.subject, self.phrases)
        return bool(sentence.flags & {"meeting", "interview"}) or subject_says

    def scheduled(self, times: list[_Time], found: list[Mention]) -> TextInterview | None:
        settled = [t for t in times if "proposal" not in self.flags(t.mention)]
        proposed = [t for t in times if "proposal" in self.flags(t.mention)]
        settled = _distinct(settled)
        if len(settled) == 1:
            return self.build("scheduled", settled[0], "the time is stated as fixed")
        if len(settled) > 1:
            loop = _loop(settled)
            if loop is not None:
                return self.build("scheduled", loop, f"{len(settled)} back-to-back sessions")
            return self.unsure(settled, f"{_count(len(settled))} different times are given")
        proposed = _distinct(proposed)
        if len(proposed) == 1:
            return self.build(
                "uncertain",
                proposed[0],
                "",
                unsure=f"{_when(proposed[0])} is proposed, not yet settled",
            )
        if len(proposed) > 1:
            return self.unsure(proposed, f"{_count(len(proposed))} times are proposed")
        return self.partial(found)

    def partial(self, found: list[Mention]) -> TextInterview | None:
        """A day without a time or a time without a day: uncertain, in words."""
        if any("availability" in s.flags for s in self.spoken):
            return None  # the user is asked to pick a time
        # Only a sentence that fixes something ("is confirmed for Monday") makes a day or a
        # time alone worth saying: "good luck with the interview on Thursday" fixes nothing.
        settled = [m for m in found if self.flags(m) & {"settled", "label"}]
        settled = [m for m in settled if "proposal" not in self.flags(m)]
        days = self.day_only(settled)
        distinct_days = sorted({m.day for m in days if m.day is not None})
        if distinct_days:
            named = ", ".join(f"{d:%A, %d %B %Y}" for d in distinct_days)
            what = "the day" if len(distinct_days) == 1 else "the days"
            return self.empty(
                "uncertain", days, f"no time is given, only {what} ({named})",
                day=distinct_days[0] if len(distinct_days) == 1 else None,
            )  # fmt: skip
        clocks = self.clock_only(settled)
        if clocks and self.sent is None and any(m.day_words for m in clocks):
            named = clocks[0].day_words
            return self.empty(
                "uncertain", clocks, f'the message has no Date to count "{named}" from'
            )
        if clocks:
            named = ", ".join(dict.fromkeys(m.clock_words for m in clocks))
            return self.empty("uncertain", clocks, f"no day is given, only the time ({named})")
        return None

    def rescheduled(
        self,
        moving: list[_Sentence],
        times: list[_Time],
        found: list[Mention],
        *,
        cancelled: bool = False,
    ) -> TextInterview | None:
        indexes = {s.index for s in moving}
        near = {i + k for i in indexes for k in (0, 1, 2)}
        candidates = [t for t in times if t.mention.sentence in near]
        split = self.split_ranges(candidates, indexes)
        old = [t for t in split if t.mention.lead in _OLD]
        new = [t for t in split if t not in old]
        if len(new) > 1 and not old:
            firsts = [
                t
                for t in new
                if t.mention.sentence in indexes and t.mention.lead in ("on", "am", "le", "el")
            ]
            if firsts:
                old, new = firsts[:1], [t for t in new if t is not firsts[0]]
        if (
            len(new) == 1
            and not old
            and new[0].mention.lead in ("on", "am", "le", "el")
            and not _after_move_word(self.by_index[new[0].mention.sentence].text, new[0].mention)
        ):
            old, new = new, []  # "reschedule your interview on Thursday": the old day
        previous = old[0].start if old else None
        settled = _distinct([t for t in new if "proposal" not in self.flags(t.mention)])
        proposed = _distinct([t for t in new if "proposal" in self.flags(t.mention)])
        also = tuple(sorted(indexes))
        if len(settled) == 1:
            return self.build("rescheduled", settled[0], "the interview is moved to a new time",
                              previous=previous, extra=old, also=also)  # fmt: skip
        if len(settled) > 1 or len(proposed) > 1:
            choices = settled or proposed
            said = f"the interview is being moved; {_count(len(choices))} new times are proposed"
            return self.unsure(choices, said, previous=previous)
        if len(proposed) == 1:
            said = (
                f"the interview is being moved; {_when(proposed[0])} is proposed, not yet settled"
            )
            return self.build(
                "uncertain", proposed[0], "", unsure=said, previous=previous, extra=old, also=also
            )
        if cancelled:
            return None  # "cancelled; we'll send new times": read as a cancellation
        clocks = [m for m in self.clock_only(found) if m.sentence in near]
        if clocks:
            return self.empty(
                "uncertain", clocks,
                f"the interview is being moved to {clocks[0].clock_words}, but no day is given",
                previous=previous,
            )  # fmt: skip
        days = [m for m in self.day_only(found) if m.sentence in near]
        evidence = [m for m in found if m.sentence in indexes] or days
        return self.empty(
            "uncertain",
            evidence or found,
            "the interview is being moved, but no new time is given",
            day=days[0].day if days else None,
            previous=previous,
        )

    def split_ranges(self, times: list[_Time], moving: set[int]) -> list[_Time]:
        """ "move it from 2pm to 4pm": in a sentence about moving, two times, not a range."""
        out: list[_Time] = []
        for t in times:
            m = t.mention
            if (
                t.end is not None
                and m.sentence in moving
                and m.range_word in ("to", "auf", "à", "a")
            ):
                old = replace(t, mention=replace(m, lead="from", until=None), end=None)
                new_start = (
                    instant(m.day, m.until, t.reading_zone) if m.day and m.until else t.start
                )
                new = replace(
                    t, mention=replace(m, lead="to", until=None), start=new_start, end=None
                )
                out.extend((old, new))
            else:
                out.append(t)
        return out

    def cancelled(
        self, cancel: list[_Sentence], times: list[_Time], found: list[Mention]
    ) -> TextInterview:
        indexes = {s.index for s in cancel}
        old = [t for t in times if t.mention.sentence in indexes]
        if not old and self.subject_index() in indexes:
            old = [t for t in times if t.mention.sentence == self.subject_index()]
        if old:
            return self.build("cancelled", old[0], "the interview is called off")
        days = [m for m in found if m.day is not None and m.sentence in indexes]
        evidence = [m for m in found if m.sentence in indexes] or found
        return self.empty(
            "cancelled", evidence, "", day=days[0].day if days else None,
            said="the interview is called off; its time is not given",
        )  # fmt: skip

    def subject_index(self) -> int:
        return 0 if self.spoken and self.spoken[0].subject else -1

    def confirmed(self, found: list[Mention]) -> TextInterview | None:
        times = _distinct([t for t in (self.resolve(m) for m in self.usable(found)) if t])
        if len(times) != 1:
            return None
        self.reasons.append("the user confirms the time in their own mail")
        return self.build("scheduled", times[0], "", confirmed=True)

    # Building the answer.

    def unsure(
        self, times: list[_Time], said: str, previous: datetime | None = None
    ) -> TextInterview:
        listed = "; ".join(_when(t) for t in times)
        return TextInterview(
            kind="uncertain",
            interview=None,
            evidence=self.words(*(t.mention for t in times)),
            uncertain=f"{said}: {listed}",
            reasons=tuple(self.reasons),
            previous_start=previous,
            proposed=tuple(t.start for t in times),
        )

    def empty(
        self,
        kind: Kind,
        evidence: list[Mention],
        unsure: str,
        *,
        day: date | None = None,
        previous: datetime | None = None,
        said: str = "",
    ) -> TextInterview:
        reasons = [*self.reasons, said] if said else list(self.reasons)
        return TextInterview(
            kind=kind,
            interview=None,
            evidence=self.words(*evidence) if evidence else "",
            uncertain=unsure,
            reasons=tuple(reasons),
            previous_start=previous,
            day=day,
        )

    def build(
        self,
        kind: Kind,
        when: _Time,
        said: str,
        *,
        unsure: str = "",
        previous: datetime | None = None,
        extra: list[_Time] | None = None,
        confirmed: bool = False,
        also: tuple[int, ...] = (),
    ) -> TextInterview:
        reasons = list(self.reasons)
        if said:
            reasons.append(said)
        unclear = [unsure] if unsure else []
        mention = when.mention
        if mention.mismatch:
            unclear.append(mention.mismatch)
        reasons.append(f'time "{mention.words}"')
        zone_reason, zone_unclear = self.zone_words(when)
        reasons.append(zone_reason)
        if zone_unclear:
            unclear.append(zone_unclear)
        if mention.guessed_half:
            reasons.append(f'"{mention.clock_words}" without am/pm read as afternoon')
        end, length_reason = self.end_of(when)
        reasons.append(length_reason)
        if unclear and kind != "cancelled":
            kind = "uncertain"
        status = {
            "cancelled": CalendarStatus.CANCELLED,
            "uncertain": CalendarStatus.TENTATIVE,
        }.get(kind, CalendarStatus.CONFIRMED)
        named = people_named(self.text, self.msg, self.user)
        organizer = self.organizer()
        interviewers = list(named.people)
        if named.sender_takes_part:
            taking_part = self.counterpart()
            if taking_part is not None and taking_part.email not in {p.email for p in interviewers}:
                interviewers.insert(0, taking_part)
        interviewers = [
            p
            for p in interviewers
            if not self.user.is_me(p.email) and not people.is_role_mailbox(p.email)
        ][: MAX_INTERVIEWERS + 1]
        if len(interviewers) > MAX_INTERVIEWERS:
            reasons.append(f"more than {MAX_INTERVIEWERS} people named: only the first kept")
            interviewers = interviewers[:MAX_INTERVIEWERS]
        item = CalendarItem(
            uid=self.uid(),
            summary=strip_subject(self.subject),
            description=self.text[:5000],
            start=when.start,
            end=end,
            organizer=organizer,
            attendees=tuple(Attendee(person=p) for p in interviewers),
        )
        company, company_domain, company_reason = find_company(
            item, tuple(interviewers), self.msg, self.user
        )
        if company_reason:
            reasons.append(company_reason)
        role = find_role(strip_subject(self.subject), self.text[:5000])
        if role:
            reasons.append(f"role {role!r} stated")
        unnamed = tuple(
            n for n in named.without_address if not _names_company(n, company, company_domain)
        )
        if unnamed:
            reasons.append(f"named without an address: {', '.join(unnamed)}")
        evidence = self.words(*(t.mention for t in (extra or [])), mention, also=also)
        interview = Interview(
            uid=self.uid(),
            sequence=0,
            dtstamp=self.msg.date,
            status=status,
            title=self.title(company, role),
            start=when.start,
            end=end,
            interviewers=tuple(interviewers),
            organizer=organizer,
            company=company,
            company_domain=company_domain,
            role=role,
            join_url=self.join_url(),
            location=self.location(),
            source=self.source,
            reasons=tuple(reasons),
        )
        return TextInterview(
            kind=kind,
            interview=interview,
            evidence=evidence,
            uncertain="; ".join(unclear) if kind == "uncertain" else "",
            reasons=tuple(reasons),
            named_without_address=unnamed,
            confirmed_by_user=confirmed,
            previous_start=previous,
        )

    def zone_words(self, when: _Time) -> tuple[str, str]:
        """(how the zone was chosen, what is unclear about it or '')."""
        if when.zone is not None:
            return f"time zone {when.zone.note}", ""
        if self.msg.sent_offset is None:
            return ("no time zone written and the message's Date gives none: read in your zone"
                    f" ({self.user.timezone})"), ""  # fmt: skip
        sender = offset_words(self.msg.sent_offset)
        mine = when.start.astimezone(self.user_zone).utcoffset() or timedelta(0)
        said = (
            f"no time zone written: read in the sender's zone (UTC{sender}, from the Date header)"
        )
        if mine != self.msg.sent_offset:
            return said, (
                f"the time zone is not given and the sender's zone (UTC{sender}) differs from"
                f" yours ({self.user.timezone}, UTC{offset_words(mine)})"
            )
        return said, ""

    def end_of(self, when: _Time) -> tuple[datetime, str]:
        if when.end is not None:
            return when.end, f'the range "{when.mention.clock_words}" sets the end'
        own = self.by_index[when.mention.sentence].text
        stated = duration(own)
        if stated is None:
            for s in self.spoken:
                if _has(_DURATION_CONTEXT, s.text) and "thanks" not in s.flags:
                    stated = duration(s.text)
                    if stated is not None:
                        break
        if stated is not None:
            return when.start + timedelta(minutes=stated[0]), f'duration "{stated[1]}" stated'
        return (
            when.start + timedelta(minutes=DEFAULT_TEXT_INTERVIEW_MINUTES),
            f"no duration stated: {DEFAULT_TEXT_INTERVIEW_MINUTES} minutes assumed",
        )

    def organizer(self) -> Person | None:
        sender = self.msg.sender
        if sender is not None and self.user.is_me(sender.email):
            return self.counterpart()
        if sender is not None and people.is_role_mailbox(sender.email):
            humans = people.human_contacts(self.msg.reply_to)
            if humans:
                return humans[0]
        return sender

    def counterpart(self) -> Person | None:
        """Who the user speaks with: the sender, or for the user's own mail, the addressee."""
        sender = self.msg.sender
        if sender is not None and not self.user.is_me(sender.email):
            return None if people.is_role_mailbox(sender.email) else sender
        for person in (*self.msg.to, *self.msg.cc):
            if not self.user.is_me(person.email) and not people.is_role_mailbox(person.email):
                return person
        return None

    def uid(self) -> str:
        message_id = self.msg.message_id.strip().strip("<>")
        if message_id:
            return f"text:{message_id}"
        seed = "\x1f".join((
            self.msg.sender.email if self.msg.sender else "",
            self.msg.date.isoformat() if self.msg.date else "",
            self.subject,
        ))  # fmt: skip
        return "text:" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:24]

    def title(self, company: str, role: str) -> str:
        if company:
            return f"Interview with {company}" + (f" – {role}" if role else "")
        stripped = strip_subject(re.sub(_REPLY, "", self.subject)).strip()
        if stripped and _interview_in(stripped, self.phrases):
            return stripped[:200]
        return "Interview" + (f" – {role}" if role else "")

    def join_url(self) -> str:
        match = VIDEO_LINK.search(self.text)
        return match.group(0).rstrip(".,;") if match else ""

    def location(self) -> str:
        match = _LOCATION.search(self.text)
        return re.sub(r"\s+", " ", match["where"]).strip() if match else ""


def _interview_in(text: str, phrases: InterviewPhrases) -> bool:
    return _found_phrase(phrases.interview, text)


def _after_move_word(sentence: str, mention: Mention) -> bool:
    """Whether a time comes after the word that moves something ("move it to Monday on …")."""
    before = sentence[: mention.at]
    return bool(re.search(r"(?:to|auf|à|au|para|instead|now)\s+(?:\S+\s+){0,3}$", before, re.I))


def _distinct(times: list[_Time]) -> list[_Time]:
    seen: dict[datetime, _Time] = {}
    for t in times:
        if t.start not in seen or (t.end and not seen[t.start].end):
            seen[t.start] = t
    return sorted(seen.values(), key=lambda t: t.start)


def _loop(times: list[_Time]) -> _Time | None:
    """Sessions back to back on one day (an onsite loop): one interview from first to last."""
    if any(t.end is None for t in times):
        return None
    for before, after in itertools.pairwise(times):
        assert before.end is not None
        if not timedelta(0) <= after.start - before.end <= timedelta(minutes=30):
            return None
    last = times[-1]
    first = times[0]
    if last.end is None or last.end - first.start > timedelta(hours=9):
        return None
    return replace(first, end=last.end)


def _when(t: _Time) -> str:
    zone = (
        t.zone.words
        if t.zone
        else f"UTC{offset_words(t.start.astimezone(t.reading_zone).utcoffset() or timedelta(0))}"
    )
    local = t.start.astimezone(t.reading_zone)
    return f"{local:%A, %d %B %Y %H:%M} {zone}"


def _count(number: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(number, str(number))


def _names_company(name: str, company: str, domain: str) -> bool:
    """ "Acme" or "Acme Robotics" for the company Acme Robotics (acme-robotics.com)."""
    folded = re.sub(r"\W", "", name.casefold())
    known = (company, domain.split(".", 1)[0])
    return bool(folded) and any(folded in re.sub(r"\W", "", k.casefold()) for k in known if k)


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1].rstrip() + "…"


__all__ = ["DEFAULT_TEXT_INTERVIEW_MINUTES", "TextInterview", "read_text_interview"]
