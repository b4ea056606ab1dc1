"""The sentences of a scheduling mail, what each one says, and the times they name.

`sentences_of` splits the subject (unless it is a reply's) and the new text into
`Sentence`s; `flags_of` marks what a sentence says, as words of `textinterview`'s steps:

    meeting, label          about a meeting ("call", "Gespräch"), a field ("Date:", "Heure :")
    interview               an interview word of `InterviewPhrases.interview`
    settled, confirm        a time fixed ("is confirmed", "see you"), agreed ("works for me")
    proposal, question      offered, not settled ("Would … work?", "the following options:")
    availability            the user is asked to pick a time (a scheduling link)
    reschedule, cancel      the meeting moves or is called off
    conditional             an instruction ("if you need to reschedule …"): moves nothing
    thanks, past, future    about what happened ("Great conversation on Tuesday!") or will
    elsewhere               a time of something else (a flight, the first day of a job)

`relevant` keeps the sentences about the meeting; `times_named` reads their times
(`textwhen.mentions`) and joins a day and a clock time that neighbouring lines give
apart ("Date: …" / "Time: …", an agenda under its day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cache

from followupd.domain.words import WholeWords, whole_words
from followupd.understand.interview import InterviewPhrases
from followupd.understand.naming import strip_subject
from followupd.understand.quoting import DAY_HEADING, sentences
from followupd.understand.textwhen import ALL_MONTHS, WEEKDAY_WORD, Mention, combine, mentions
from followupd.understand.timewords import alternatives

MAX_SENTENCES = 300
MAX_SENTENCE_CHARS = 1_000


@cache
def rx(pattern: str) -> WholeWords:
    return whole_words(pattern)


def has(pattern: str, text: str) -> bool:
    return rx(pattern).search(text) is not None


_MEETING = (
    r"call|chat|meeting|session|conversation|appointment|slot|interviews?|screen(?:ing)?|"
    r"onsite|on-site|visit|video\s*call|phone|Termin|Gespräch|Telefonat|Treffen|Videocall|"
    r"gesprek|afspraak|colloquio|videochiamata|chiamata|reunião|chamada|"
    r"rendez-vous|rdv|entretien|entrevue|échange|appel|visio|cita|reunión|llamada|entrevista|"
    r"videollamada|take\s+place|stattfinden|aura\s+lieu|tendrá\s+lugar|(?:be\s+)?held|"
    r"scheduled|booked|confirmed|see\s+you|speak(?:ing)?|talk(?:ing)?|chatting|meet(?:ing)?|join|"
    r"(?:both\s+)?be\s+there|(?:video|zoom|meet|teams|webex)\s+link|zoom|google\s+meet|"
    r"(?:por|via|on|über|par|pelo)\s+(?:teams|meet|skype)|nos\s+vemos|"
    r"te\s+(?:llamar(?:á|é|emos|án)|ligar(?:ei|á|emos|ão))|te\s+(?:llamo|ligo)|"
    r"charla(?:r|mos)?|conversar|bate-papo|papo|"
    # Swedish, Danish, Norwegian, Polish
    r"intervju\w*|samtal\w*|möte[nt]?|träffa\w*|prata\s+med|vi\s+ses|"
    r"samtale\w*|møde\w*|møte\w*|snakke\s+med|rozmow\w*|spotkani\w*|(?:teams|zoom)-\w+"
)


_LABEL = (
    r"date|time|when|start|datum|uhrzeit|zeit|wann|termin|heure|quand|fecha|hora|cuándo|"
    r"data|ora|tijd|tijdstip|dag|giorno|dia|"
    r"day|jour|tag|date\s+et\s+heure|date\s+and\s+time|datum\s+und\s+uhrzeit"
)


_PROPOSAL = (
    r"would\s+(?:\S+\s+){0,8}(?:work|suit|be\s+(?:ok|okay|possible|convenient))|"
    r"does\s+(?:\S+\s+){0,8}work|do\s+(?:\S+\s+){0,6}work|could\s+you\s+(?:do|make)|"
    r"can\s+you\s+(?:do|make)|are\s+you\s+(?:free|available)|(?:how|what)\s+about|"
    r"(?:they|we|she|he)\s+(?:can|could)\s+(?:also\s+)?do\b|"
    r"let\s+(?:me|us)\s+know\s+if|please\s+(?:let\s+(?:me|us)\s+know|confirm)\s+(?:if|whether)|"
    r"options?\s*:|the\s+following\s+(?:times|slots|options|dates)|any\s+of\s+(?:these|the)|"
    r"either|propose|suggest|würde\s+(?:Ihnen|dir|es)|passt\s+(?:Ihnen|dir|es)|hätten\s+Sie|"
    r"wäre\s+(?:\S+\s+){0,5}möglich|könnten\s+Sie|vorschlagen|vous\s+convien\w*|seriez-vous|"
    r"êtes-vous\s+disponible|pourriez-vous|serait-il\s+possible|proposer|"
    r"(?:le|te)\s+(?:viene|va)\s+bien|estaría\s+disponible|podría|podrías|proponer|"
    r"(?:zou|zouden)\s+(?:\S+\s+){0,6}schikken|past\s+(?:\S+\s+){0,4}(?:je|jou|u)\b|"
    r"welk\s+moment|ti\s+andrebbe|sarebbe\s+possibile|ti\s+va\s+bene|"
    r"(?:seria|ficaria)\s+(?:possível|bom)|pode(?:ria)?\s+(?:ser|fazer)"
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
    r"it\s+is\s*[.!]|works?\s+(?:for\s+me|great|well|perfectly|fine)|"
    r"(?:that|this|it|either|[a-z]+day|\d{1,2}(?::\d\d|st|nd|rd|th)?\s*(?:[ap]\.?m\.?)?|time|slot|"
    r"option|one)"
    # "Wednesday 11am ET works."
    r"(?:\s+(?:[ecmp][sd]?t|gmt|utc|bst|cest|cet|ist|sgt|jst|aest|aedt|nzst|nzdt|your\s+time))?"
    r"\s+works?(?:\s+(?:for\s+us|nicely|too|as\s+well))?(?=\s*(?:[.!,;(-]|$))|"
    r"(?:is|sounds)\s+(?:perfect|great|good|fine)|"
    # "Thursday at 4 please.", "the 9 am slot would be great"
    r"(?:[a-z]+day|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|slot|one)\s+(?:please|would\s+be\s+"
    r"(?:great|perfect|best|ideal))(?=\s*(?:[.!,;]|$))|"
    r"I\s+(?:can\s+)?confirm|confirm(?:ed|ing)|see\s+you\s+(?:then|on|at|there)|"
    r"I(?:'ll|’ll|\s+will)\s+be\s+there|I\s+can\s+(?:make\s+it|do)|I(?:'ll|’ll|\s+will)\s+take|"
    r"let's\s+(?:do|go\s+with|say)|passt\s+(?:mir|gut|perfekt|prima)|bestätige|"
    r"(?:ça|cela)\s+me\s+(?:va|convient)|me\s+convient|je\s+confirme|parfait|"
    r"me\s+(?:viene|va)\s+bien|confirmo|perfecto|"
    r"komt\s+(?:mij|me|ons)\s+(?:goed|prima)\s+uit|schikt\s+(?:mij|me)|(?:is\s+)?akkoord|"
    r"(?:dan\s+)?zien\s+we\s+(?:je|jou|u)|tot\s+dan|bevestig\w*|"
    r"va\s+(?:benissimo|bene)|confermo|perfetto|ci\s+vediamo|"
    r"fica\s+(?:ótimo|otimo|bem|combinad[oa])|combinado|perfeito|até\s+lá"
)


_SETTLED = (
    r"(?:is|has\s+been|have\s+been|are|was)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set|"
    r"arranged|moved|rescheduled)|we(?:'ve|’ve|\s+have)\s+(?:scheduled|booked|confirmed|set\s+up|"
    r"arranged|moved)|confirm(?:ing|ation)|see\s+you|look(?:ing)?\s+forward\s+to\s+"
    r"(?:speaking|meeting|talking|seeing|chatting|our)|will\s+take\s+place|invite\s+you|"
    r"calendar\s+invit(?:e|ation)|bestätigt|bestätigen|findet\s+(?:\S+\s+){0,5}statt|"
    r"laden\s+(?:Sie|dich)|einladen|confirmé|aura\s+lieu|inviter|confirmad[ao]|"
    r"tendrá\s+lugar|invitar|locked\s+in|(?:all\s+)?set\s+for|works\s+for\s+(?:them|us|everyone|both)"
)


_RESCHEDULE = (
    r"re-?schedul\w*|(?:move|moving|moved|push|pushing|pushed|shift|shifting)\s+(?:\S+\s+){0,4}"
    r"(?:interview|call|chat|meeting|session|screen|onsite|conversation|appointment|it|this)|"
    r"(?:been|was|is|be)\s+moved|push(?:ed)?\s+(?:back|out)|postpon\w*|re-?book(?:ed|ing)?\b|"
    r"(?:push|move|shift)(?:ed|ing)?\s+(?:it\s+|this\s+|things\s+)?(?:to|till|until)(?=\s)|"
    r"\binstead\s*\?|"
    r"new\s+(?:time|date|slot)|time\s+change|change\s+(?:of\s+)?(?:the\s+)?(?:time|date)|"
    r"verschieben|verschoben|verlegen|verlegt|neuer\s+Termin|déplacer|déplacé\w*|reporter|"
    r"reporté\w*|nouvel\s+horaire|nouvelle\s+date|reprogramar|reprogramad\w*|"
    r"cambiar\s+(?:la\s+)?(?:hora|fecha)|nueva\s+(?:hora|fecha)|"
    # Portuguese, Italian, Dutch, Swedish: "passar a nossa conversa para amanhã às 17h30"
    r"remarcar|remarcad\w*|reagendar|reagendad\w*|adiar|adiad\w*|novo\s+hor[áa]rio|"
    r"(?:passar|mudar|trocar|mover)\s+(?:a\s+|o\s+)?(?:nossa\s+|nosso\s+|sua\s+|seu\s+)?"
    r"(?:conversa|entrevista|reuni[ãa]o|call|papo|bate-papo|hor[áa]rio)\s+para|"
    r"spostare|spostat\w*|rinviare|rinviat\w*|nuovo\s+orario|verplaatsen|verzetten|"
    r"verzet|nieuwe\s+tijd|flytta|flyttad\w*|ny\s+tid|boka\s+om|"
    r"przełożyć|przeniesienie|przesunąć"
)


_CANCEL = (
    r"cancel(?:l?ed|l?ing|lation|s)?|call(?:ed)?\s+off|no\s+longer\s+(?:take\s+place|happen|go\s+ahead)|"
    r"absagen|abgesagt|Absage|Terminabsage|fällt\s+(?:\S+\s+){0,3}aus|annul\w*|cancelad\w*|cancelar"
)


_CONDITIONAL = re.compile(
    r"(?:\bif\b|\bshould\b|in\s+case|\bfalls\b|\bwenn\b|\bsollten\b|\bsi\b|en\s+caso)[^.;]{0,80}"
    r"(?:reschedul|cancel|move|change|verschieb|absag|annul|reprogram|modifier|changer)|"
    r"(?:^|[,;:]\s*)(?:to|um)\s+(?:re-?schedule|cancel|change)|(?:reschedul\w*|cancel\w*)\s*\?|"
    r"(?:reply|respond|click|tap|text|visit|use|follow|call)\b[^.;]{0,40}\bto\s+(?:re-?schedule|cancel|change)|"
    r"^(?:please\s+)?(?:reply|respond|text|click|tap|press)\b[^.;]{0,40}(?:re-?schedul|cancel)|"
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
    r"speaking|talking|meeting)|(?:was|were|had|spoke|talked|chatted|went|did|"
    # "met" is Dutch for "with" ("met mij en Ruud", "Met vriendelijke groet")
    r"met(?!\s+(?:mij|me|je|jou|u|ons|hem|haar|de|het|een|vriendelijke|hartelijke)(?!\w))|"
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


URL = re.compile(
    r"https?://\S{1,2000}|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.IGNORECASE
)  # no prose: "…/meetup-join/…"


# A line that starts with a day or a time (after a bullet): an agenda or a bare date line.
_TIME_LINE = re.compile(
    rf"^[\s*•·–-]*(?:\d|(?:{WEEKDAY_WORD}|{alternatives(ALL_MONTHS)}|"
    r"tomorrow|today|next|morgen|heute|demain|mañana|amanhã)(?!\w))",
    re.IGNORECASE,
)


# A day word and a clock time in one sentence (a cheap test before reading them).
_DAY_AND_CLOCK = re.compile(
    rf"(?=.*(?:(?:{WEEKDAY_WORD}|{alternatives(ALL_MONTHS)}|tomorrow|morgen|demain|"
    r"mañana|amanhã)(?!\w)|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])))"
    r"(?=.*(?:\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm|uhr|h)\b)|\b(?:half|quarter)\s+(?:past\s+|to\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b|o['’]clock))",
    re.IGNORECASE | re.DOTALL,
)


REPLY = re.compile(r"^\s*(?:re|aw|fwd?|wg|tr|sv|antw)\s*:", re.IGNORECASE)


@dataclass
class Sentence:
    index: int
    paragraph: int
    text: str
    subject: bool = False
    flags: set[str] = field(default_factory=set)


@cache
def _any_word(words: tuple[str, ...]) -> WholeWords:
    return rx("|".join(re.escape(w) for w in words) or r"(?!)")


def found_phrase(words: tuple[str, ...], text: str) -> bool:
    """One of `words` is in `text`, as whole words (one search for all of them)."""
    return _any_word(words).search(text) is not None


def sentences_of(text: str, subject: str) -> list[Sentence]:
    out: list[Sentence] = []
    if subject.strip() and not REPLY.match(subject):
        out.append(Sentence(0, -1, strip_subject(subject), subject=True))
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text)):
        for line in sentences(paragraph):
            if len(out) >= MAX_SENTENCES:
                return out
            out.append(Sentence(len(out), number, line[:MAX_SENTENCE_CHARS]))
    return out


def flags_of(sentence: str, phrases: InterviewPhrases) -> set[str]:
    flags: set[str] = set()
    checks = (
        ("meeting", _MEETING), ("label", rf"(?:{_LABEL})\s*:"), ("confirm", _CONFIRM),
        ("settled", _SETTLED), ("reschedule", _RESCHEDULE), ("cancel", _CANCEL),
        ("thanks", _THANKS), ("availability", _AVAILABILITY), ("proposal", _PROPOSAL),
        ("past", _PAST), ("future", _FUTURE), ("elsewhere", _ELSEWHERE),
    )  # fmt: skip
    for name, pattern in checks:
        if has(pattern, sentence):
            flags.add(name)
    asked = re.sub(r"\([^()]*\)", " ", sentence)  # "(the number on your site?)" asks aside
    if "?" in asked or "¿" in asked:
        flags.update({"question", "proposal"})
    if _SCHEDULING_LINK.search(sentence):
        flags.add("availability")
    if _CONDITIONAL.search(sentence):
        flags.add("conditional")
        flags.discard("reschedule")
        flags.discard("cancel")
    if found_phrase(phrases.interview, sentence):
        flags.update({"interview", "meeting"})
    return flags


def inherit_list_flags(spoken: list[Sentence]) -> None:
    """The items of a list introduced by "the following options:" are proposals too."""
    lead: Sentence | None = None
    for sentence in spoken:
        if lead is not None and sentence.paragraph == lead.paragraph:
            sentence.flags.add("proposal")
            continue
        lead = None
        if sentence.text.rstrip().endswith(":") and sentence.flags & {"proposal", "availability"}:
            lead = sentence


def relevant(spoken: list[Sentence]) -> list[Sentence]:
    """Sentences about the meeting: its words or a label, or a line that is a time
    ("Tuesday, November 17 at 2pm", "- 10:00-10:45am: coding")."""
    keep: list[Sentence] = []
    near_meeting = {
        s.index + step
        for s in spoken
        if s.flags & {"meeting", "interview"}
        for step in (-2, -1, 1, 2)
    }
    for sentence in spoken:
        about = sentence.flags & {
            "meeting", "label", "confirm", "settled", "reschedule", "cancel", "proposal"
        }  # fmt: skip
        timed = not sentence.subject and (
            _TIME_LINE.match(sentence.text)
            # "… a second-stage interview. It's with their CTO: Tuesday 27th October at 10am."
            or (sentence.index in near_meeting and _DAY_AND_CLOCK.search(sentence.text))
        )
        if about or timed:
            keep.append(sentence)
    return keep


def times_named(
    kept: list[Sentence], sent: datetime | None, context: str, user_zone: tzinfo
) -> list[Mention]:
    """The times of the kept sentences; a day and a clock time of neighbouring
    sentences ("Date: …" / "Time: …") joined."""
    per: list[list[Mention]] = [
        mentions(s.text, s.index, sent, context=context, user_zone=user_zone) for s in kept
    ]
    _carry_day(per, kept)
    for i in range(len(per) - 1):
        here, there = per[i], per[i + 1]
        if kept[i].subject or kept[i + 1].index != kept[i].index + 1:
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
    found = _one_slot_a_line(
        [m for group in per for m in group if m.day is not None or m.clock is not None]
    )
    named_days = {m.day for m in found if m.day is not None and m.clock is None}
    if not any(m.complete for m in found) and len(named_days) == 1:
        only = next(m for m in found if m.day is not None and m.clock is None)
        joined = [combine(only, m) for m in found if m.clock is not None and m.day is None]
        if joined:
            found = joined
    return found


def _one_slot_a_line(found: list[Mention]) -> list[Mention]:
    """A schedule line giving its slot in two zones ("8:00 - 8:45am  Dana Whitfield
    (9:30 - 10:15pm IST)"): one slot; the time written with its zone is kept, the other
    would be read in a zone guessed from the sender."""
    by_line: dict[int, list[Mention]] = {}
    for m in found:
        by_line.setdefault(m.line, []).append(m)
    dropped: set[int] = set()
    for group in by_line.values():
        if len(group) != 2:
            continue
        bare, zoned = sorted(group, key=lambda m: m.zone is not None)
        if bare.zone is not None or zoned.zone is None or bare.day != zoned.day:
            continue
        if bare.clock is None or zoned.clock is None or _length(bare) != _length(zoned):
            continue
        dropped.add(id(bare))
    return [m for m in found if id(m) not in dropped]


def _length(m: Mention) -> int | None:
    """A range's minutes (past midnight counted on), None for a time alone."""
    if m.clock is None or m.until is None:
        return None
    minutes = (m.until.hour - m.clock.hour) * 60 + m.until.minute - m.clock.minute
    return minutes + 24 * 60 if minutes <= 0 else minutes


# "Here is the agenda for your onsite on Tuesday, October 6.": the lines below are its.
_AGENDA = re.compile(
    r"\b(?:agenda|schedule|itinerary|timetable|Ablauf|Zeitplan|programme|programa|horario)\b",
    re.IGNORECASE,
)


# "Date: Thursday, October 8, 2026" heading the session lines of a confirmation.
_DATE_LABEL = re.compile(
    r"^[\s*•·–-]*(?:date|day|datum|tag|fecha|día|dia|data|jour|giorno|dag)\s*:", re.IGNORECASE
)


def _carry_day(per: list[list[Mention]], kept: list[Sentence]) -> None:
    """An agenda: a day, then list lines with clock times only ("- 10:00-10:45am: coding")."""
    day: Mention | None = None
    lead = 0
    for i, group in enumerate(per):
        clocks_only = bool(group) and all(m.clock is not None and m.day is None for m in group)
        if day is not None and clocks_only and kept[i].paragraph >= 0:
            per[i] = [combine(day, m) for m in group]
            per[lead] = [m for m in per[lead] if m is not day]
            continue
        day = None
        days = [m for m in group if m.day is not None]
        text = kept[i].text
        leads = (
            text.rstrip().endswith(":")
            or _AGENDA.search(text)
            or _DATE_LABEL.match(text)
            or DAY_HEADING.match(text)  # "Thursday, October 22" alone on its line
        )
        if days and all(m.clock is None for m in days) and leads:
            day, lead = days[-1], i


def calls_off(spoken: list[Sentence]) -> bool:
    """A sentence (not an instruction) moving or cancelling the meeting."""
    return any(s.flags & {"cancel", "reschedule"} and s.flags & {"meeting", "interview"}
               for s in spoken)  # fmt: skip


def has_mention(sentence: Sentence, found: list[Mention]) -> bool:
    return any(m.sentence == sentence.index for m in found)
