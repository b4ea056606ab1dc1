"""What a message of the hiring conversation says: rejection, offer, timeframe, next steps.

`classify` reads the NEW text of a message only (`quoting.new_text`: an old
rejection quoted under a new message does not count again), split into sentences,
plus the subject unless it is a reply's ("Re: …"). Each kind is an explainable score:

- Every phrase of the lexicon is a regex with a weight. A sentence scores the weights
  of the positive phrases it matches minus those of the look-alikes it matches
  ("unfortunately" 0.5 − "reschedule" 1.0 → nothing). Positive sentence scores add
  up over the message; a kind is signalled at `threshold` (1.0). The evidence is the
  sentence with the highest score.
- Strong phrases ("decided to move forward with other candidates") weigh 2, so one
  look-alike in the same sentence does not hide them; weak ones ("unfortunately",
  "after careful consideration", "keep your details on file") weigh 0.5 and need
  company.
- Whole-message vetoes: an out-of-office reply or a newsletter / job alert carries
  only AUTOMATED. A rejection cancels offer and next steps in the same message.
- TIMEFRAME: the moments of `timeframe.find_timeframes`, kept only in a sentence that
  promises news ("we'll get back to you", "Rückmeldung") and is no request to the
  user ("please send your availability by Friday").

Extending the lexicon (user phrases from a config file) makes a new one:

    lexicon = DEFAULT_SIGNAL_LEXICON.extended(
        rejection=["we have chosen another applicant", (r"no longer under consideration", 2.0)],
        not_rejection=[r"the hiring freeze"],
        offer=[r"welcome (you )?aboard"],
    )

A plain string weighs 1.0 (enough on its own); a (pattern, weight) pair sets the weight.
Patterns are case-insensitive regexes matched within word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import cache

from daemon.domain.model import ParsedMessage, UserIdentity
from daemon.domain.signals import Signal, SignalKind
from daemon.understand import people
from daemon.understand.quoting import new_text, sentences
from daemon.understand.timeframe import find_timeframes

EVIDENCE_CHARS = 300
_CLAUSE = re.compile(r";|:\s|\s[-–—]\s")  # "the panel meets next Tuesday; we'll decide by …"
_WE = re.compile(r"\b(?:we|wir)\b", re.IGNORECASE)

PhraseSpec = str | tuple[str, float]


@dataclass(frozen=True)
class Phrase:
    """A case-insensitive regex and the weight it adds (or takes away, for look-alikes)."""

    pattern: str
    weight: float = 1.0

    def search(self, text: str) -> bool:
        return _compiled(self.pattern).search(text) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _phrases(*specs: PhraseSpec) -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for spec in specs:
        pattern, weight = (spec, 1.0) if isinstance(spec, str) else spec
        try:
            _compiled(pattern)
        except re.error as exc:
            raise ValueError(f"invalid phrase pattern {pattern!r}: {exc}") from exc
        out.append(Phrase(pattern, float(weight)))
    return tuple(out)


_OTHER_CANDIDATES = (
    r"(?:other|another|a\s+different|different|more\s+suitable)\s+"
    r"(?:candidate|applicant|profile|individual)s?"
)
_PROGRESS = (
    r"(?:progress(?:ing)?|proceed(?:ing)?|mov(?:e|ing)\s+(?:forward|ahead)|"
    r"tak(?:e|ing)\s+(?:your\s+application\s+|this\s+|you\s+)?forward|advanc(?:e|ing)|"
    r"continu(?:e|ing)|pursu(?:e|ing)|go(?:ing)?\s+(?:forward|ahead))"
)


@dataclass(frozen=True)
class SignalLexicon:
    """The weighted phrase lists `classify` uses; extend with `extended`, never mutate."""

    rejection: tuple[Phrase, ...] = _phrases(
        (
            rf"(?:mov(?:e|ing)|go(?:ing)?|proceed(?:ing)?|continu(?:e|ing)|pursu(?:e|ing)|"
            rf"progress(?:ing)?)\s+(?:forward\s+|ahead\s+)?(?:with\s+)?{_OTHER_CANDIDATES}",
            2.0,
        ),
        (rf"(?:decided|chosen|opted|elected)\s+(?:not\s+to|against)\s+{_PROGRESS}", 2.0),
        (
            rf"(?:not|\w+n't|unable\s+to|not\s+able\s+to)\s+(?:be\s+)?{_PROGRESS}\s+(?:further\s+)"
            rf"?(?:with\s+)?(?:your|you|the\s+application|this\s+application)",
            2.0,
        ),
        (
            r"(?:not|\w+n't)\s+be\s+(?:proceeding|moving\s+forward|progressing)\s+(?:any\s+)?further",
            2.0,
        ),
        (
            r"(?:position|role|vacancy|opening|job)\s+(?:has|had|have)\s+(?:now\s+|already\s+)"
            r"?been\s+filled",
            2.0,
        ),
        (r"(?:position|role|vacancy)\s+is\s+(?:now\s+|already\s+)?filled", 2.0),
        (r"(?:not|\w+n't)\s+(?:been\s+)?(?:selected|shortlisted|successful)", 2.0),
        (r"(?:was|were|has\s+been|have\s+been)\s+unsuccessful", 2.0),
        (r"(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\s+offer\s+you", 2.0),
        (
            r"(?:not|\w+n't)\s+(?:be\s+able\s+to\s+|be\s+)?(?:move|moving|take|taking)\s+"
            r"(?:you|your\s+application|your\s+candidacy)\s+(?:any\s+)?(?:forward|further)",
            2.0,
        ),
        (r"(?:proceed|move\s+forward|go)\s+with\s+(?:a|another)\s+candidate\s+whose", 2.0),
        (
            r"(?:hire|hired|hiring|offered\s+the\s+(?:role|position)\s+to|chosen|selected|"
            r"go\s+with|went\s+with)\s+(?:someone|somebody)\s+else",
            2.0,
        ),
        (r"(?:have|'ve|has)\s+(?:now\s+)?filled\s+the\s+(?:role|position|vacancy)", 2.0),
        (r"keine\s+Zusage", 1.5),
        (r"anderweitig\s+(?:zu\s+)?besetz\w*", 2.0),
        (r"regret\s+to\s+(?:inform|let\s+you\s+know|advise)", 1.5),
        (r"(?:decided|chosen)\s+to\s+go\s+(?:in\s+)?(?:a\s+)?different\s+direction", 1.5),
        (r"experience\s+more\s+closely\s+(?:matches|aligns)", 1.0),
        (r"not\s+(?:the\s+|a\s+)?(?:right|best|strongest|good)\s+(?:fit|match)", 1.0),
        (r"will\s+not\s+be\s+(?:extending|offering)", 1.5),
        (r"unfortunately", 0.5),
        (r"after\s+(?:careful|much|thorough|long)\s+(?:consideration|deliberation|review)", 0.5),
        (
            r"keep\s+(?:your|you)\s+(?:details|cv|resume|résumé|information|profile|application)"
            r"?\s*(?:on\s+file|in\s+mind|in\s+our\s+(?:talent\s+)?(?:pool|database))",
            0.5,
        ),
        (
            r"(?:wish|wishing)\s+you\s+(?:all\s+the\s+best|every\s+success|the\s+(?:very\s+)?best|"
            r"luck|success)",
            0.5,
        ),
        # German
        (r"leider\s+müssen\s+wir\s+Ihnen\s+mitteilen", 1.5),
        (
            r"(?:für|uns\s+für)\s+(?:einen\s+|eine\s+)?(?:anderen?|andere|weitere)\s+(?:Kandidat|"
            r"Bewerber|Kandidatin|Bewerberin)\w*\s+entschieden",
            2.0,
        ),
        (r"(?:nicht|leider\s+nicht)\s+(?:weiter\s+|mehr\s+|länger\s+)?berücksichtigen", 2.0),
        (
            r"(?:Stelle|Position)\s+(?:wurde\s+|ist\s+)?(?:bereits\s+)?(?:anderweitig\s+)?besetzt",
            2.0,
        ),
        (r"keine\s+positive\s+(?:Nachricht|Rückmeldung|Antwort)", 1.5),
        (r"Absage", 1.0),
        (r"leider", 0.5),
        (
            r"nach\s+(?:sorgfältiger|reiflicher|eingehender|intensiver)\s+(?:Prüfung|Überlegung|"
            r"Abwägung)",
            0.5,
        ),
        (
            r"(?:für\s+Ihre\s+(?:weitere|berufliche)|auf\s+Ihrem\s+weiteren)"
            r"\s+.{0,30}(?:alles\s+Gute|viel\s+Erfolg)",
            0.5,
        ),
    )  # fmt: skip
    not_rejection: tuple[Phrase, ...] = _phrases(
        (
            r"reschedul\w*|postpone\w*|move\s+(?:our|the|your)\s+(?:call|interview|meeting)|"
            r"verschieben|neuen\s+Termin",
            1.0,
        ),
        (r"on\s+hold|paused|pausiert|auf\s+Eis", 1.0),
        (
            r"out\s+of\s+(?:the\s+)?office|OOO|annual\s+leave|on\s+vacation|on\s+holiday|abwesend|"
            r"im\s+Urlaub",
            2.0,
        ),
        (
            r"(?:like|happy|pleased|excited|glad|delighted)\s+to\s+(?:move|invite|progress|"
            r"advance|schedule|proceed)",
            2.0,
        ),
        (
            r"(?:we\s+are|we're|we\s+will\s+be|we'll\s+be|we'd\s+like\s+to\s+be)\s+(?:moving|"
            r"going)\s+forward\s+with\s+(?:your|you)",
            2.0,
        ),
        (
            r"(?:Termin|Gespräch|Interview)s?absage|Absage\s+(?:des|unseres|Ihres)\s+(?:Termins|"
            r"Gesprächs|Interviews)",
            1.0,
        ),
        (
            r"(?:cancel|cancelled|canceled)\s+(?:the|our|your|today's|tomorrow's)\s+(?:call|"
            r"interview|meeting)",
            1.0,
        ),
    )  # fmt: skip
    offer: tuple[Phrase, ...] = _phrases(
        (
            r"(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:formally\s+)"
            r"?(?:offer\s+you|extend\s+(?:you\s+)?an?\s+(?:formal\s+|verbal\s+)?offer)",
            2.0,
        ),
        (
            r"(?:extend|make|making|extending)\s+(?:you\s+)?an?\s+(?:formal\s+|verbal\s+|"
            r"written\s+|official\s+)?offer",
            2.0,
        ),
        (r"offer\s+you\s+the\s+(?:position|role|job)", 2.0),
        (r"offer\s+of\s+employment", 2.0),
        (r"you\s+got\s+the\s+job|offer\s+(?:details|package)", 1.0),
        (r"offer\s+letter", 1.5),
        (r"(?:formal|verbal|written|official)\s+offer", 1.0),
        (r"freuen\s+uns(?:\s+sehr)?,?\s+Ihnen\b.{0,80}\banbieten", 2.0),
        (r"Vertragsangebot|Angebot\s+(?:zu\s+)?unterbreiten", 1.5),
    )  # fmt: skip
    not_offer: tuple[Phrase, ...] = _phrases(
        (
            r"we\s+offer|what\s+we\s+offer|wir\s+bieten|offers?\s+(?:flexible|competitive|"
            r"a\s+competitive)",
            2.0,
        ),
        (
            r"offer\s+you\s+(?:an?\s+)?(?:interview|call|chat|meeting|slot|time|place|spot|"
            r"opportunity\s+to\s+interview)",
            3.0,
        ),
        (
            r"(?:unable|not\s+able|cannot|can't|can\s+not|not\s+in\s+a\s+position)"
            r"\s+to\s+(?:extend|make|offer)",
            3.0,
        ),
    )  # fmt: skip
    next_steps: tuple[Phrase, ...] = _phrases(
        r"next\s+steps?\s+(?:is|are|will\s+be|would\s+be)",
        r"(?:next|final|second|third|2nd|3rd|last)\s+(?:round|stage|interview)s?",
        r"you(?:'ll|\s+will)\s+(?:meet|speak|talk|chat)\s+with",
        r"(?:technical|onsite|on-site|panel)\s+interview\s+with",
        r"meet\s+the\s+team|onsite|on-site",
        r"nächsten?\s+Schritt|(?:zweite|nächste|finale)[nsr]?\s+(?:Runde|Gespräch)",
    )  # fmt: skip
    timeframe_context: tuple[Phrase, ...] = _phrases(
        r"hear|get\s+back|back\s+to\s+you|let\s+you\s+know|update|decision|decide|feedback|"
        r"respond|response|reply|in\s+touch|reach\s+out|outcome|news|follow\s+up|answer|"
        r"contact\s+you|come\s+back\s+to\s+you|circle\s+back|next\s+steps|wrap\s+up|conclude|send|"
        r"Rückmeldung|melden|Entscheidung|Bescheid|zurück|informieren|Antwort|Nachricht|"
        r"senden|zusenden|schicken",
    )
    request: tuple[Phrase, ...] = _phrases(
        r"^(?:please|kindly|could\s+you|can\s+you|would\s+you|bitte|könnten\s+Sie)|your\s+availability|"
        r"let\s+(?:us|me)\s+know|lassen\s+Sie\s+uns",
    )
    marketing: tuple[Phrase, ...] = _phrases(
        r"job\s+alert|\d+\s+new\s+jobs?|new\s+jobs\s+(?:for|matching)|jobs?\s+(?:you\s+may|you\s+might|for\s+you)|"
        r"recommended\s+jobs|newsletter|weekly\s+digest|Jobagent|neue\s+Stellen|Stellenangebote\s+für\s+Sie|"
        r"webinar|view\s+all\s+jobs",
    )
    out_of_office: tuple[Phrase, ...] = _phrases(
        r"^(?:automatic\s+reply|auto.?reply|autoreply|out\s+of\s+(?:the\s+)?office|"
        r"Abwesenheitsnotiz|Automatische\s+Antwort|abwesend)",
    )
    ats_notice: tuple[Phrase, ...] = _phrases(
        r"(?:application|applying)\s+(?:has\s+been|was)\s+(?:received|submitted)|"
        r"(?:we\s+have|we've)\s+received\s+your\s+application|thank\s+you\s+for\s+(?:applying|your\s+application)|"
        r"application\s+(?:received|confirmation)|Eingangsbestätigung|Bewerbung\s+(?:ist\s+)?(?:bei\s+uns\s+)?eingegangen",
    )
    team_names: tuple[Phrase, ...] = _phrases(
        r"team|talent|recruiting|recruitment|careers?|hiring|HR|jobs|people\s+ops|"
        r"Karriere|Personal|Bewerbermanagement|notifications?",
    )
    threshold: float = 1.0

    def extended(
        self,
        *,
        rejection: Iterable[PhraseSpec] = (),
        not_rejection: Iterable[PhraseSpec] = (),
        offer: Iterable[PhraseSpec] = (),
        not_offer: Iterable[PhraseSpec] = (),
        next_steps: Iterable[PhraseSpec] = (),
    ) -> SignalLexicon:
        """A new lexicon with user phrases added. Raises ValueError naming a bad regex."""
        return replace(
            self,
            rejection=self.rejection + _phrases(*rejection),
            not_rejection=self.not_rejection + _phrases(*not_rejection),
            offer=self.offer + _phrases(*offer),
            not_offer=self.not_offer + _phrases(*not_offer),
            next_steps=self.next_steps + _phrases(*next_steps),
        )


DEFAULT_SIGNAL_LEXICON = SignalLexicon()


def classify(
    message: ParsedMessage,
    *,
    user: UserIdentity,
    lexicon: SignalLexicon = DEFAULT_SIGNAL_LEXICON,
    sent_offset: timedelta | None = None,
) -> list[Signal]:
    """The signals of one message, each with the sentence (or header) that gave it.

    `sent_offset` is the Date header's UTC offset (`timeframe.sender_offset(raw)`):
    timeframes are read in the sender's zone; without it, in UTC. The user's own
    messages carry no signal.
    """
    if message.sender is not None and user.is_me(message.sender.email):
        return []
    body = new_text(message.text)
    lines = sentences(body)
    if message.subject and not re.match(r"^\s*(re|aw|fwd?|wg|sv)\s*:", message.subject, re.I):
        lines = [message.subject.strip(), *lines]

    signals: list[Signal] = []
    automated = _automated(message, lines, lexicon)
    if automated is not None:
        signals.append(automated)
    if _any(lexicon.out_of_office, [message.subject.strip()]):
        return signals
    if _any(lexicon.marketing, lines) and (message.auto_submitted or automated is not None):
        return signals  # a newsletter or job alert

    rejection = _score(lines, lexicon.rejection, lexicon.not_rejection)
    if rejection.total >= lexicon.threshold:
        signals.append(_signal(SignalKind.REJECTION, rejection))
    else:
        offer = _score(lines, lexicon.offer, lexicon.not_offer)
        if offer.total >= lexicon.threshold:
            signals.append(_signal(SignalKind.OFFER, offer))
        steps = [s for s in lines if _any(lexicon.next_steps, [s])]
        if steps:
            detail = " ".join(dict.fromkeys(steps))
            signals.append(
                Signal(
                    kind=SignalKind.NEXT_STEPS,
                    evidence=_trim(steps[0]),
                    detail=_trim(detail, 2 * EVIDENCE_CHARS),
                )
            )
    if message.date is not None:
        zone = timezone(sent_offset) if sent_offset is not None else UTC
        signals.extend(_timeframes(body, message.date.astimezone(zone), lexicon))
    return signals


def _timeframes(body: str, sent: datetime, lexicon: SignalLexicon) -> list[Signal]:
    """Stated timeframes, each in a clause that promises news and asks nothing of the user."""
    found: list[Signal] = []
    seen: set[datetime] = set()
    for sentence in sentences(body):
        for clause in _CLAUSE.split(sentence):
            if not _any(lexicon.timeframe_context, [clause]):
                continue
            if _any(lexicon.request, [clause]) and not _WE.search(clause):
                continue  # a request to the user ("please reply by Friday"), not a promise
            for due, _ in find_timeframes(clause, sent):
                if due not in seen:
                    seen.add(due)
                    found.append(
                        Signal(kind=SignalKind.TIMEFRAME, evidence=_trim(sentence), due=due)
                    )
    return found


@dataclass(frozen=True)
class _Score:
    total: float
    evidence: str


def _score(lines: list[str], positive: tuple[Phrase, ...], negative: tuple[Phrase, ...]) -> _Score:
    total, best, evidence = 0.0, 0.0, ""
    for line in lines:
        plus = sum(p.weight for p in positive if p.search(line))
        if plus <= 0:
            continue
        net = plus - sum(n.weight for n in negative if n.search(line))
        if net > 0:
            total += net
            if net > best:
                best, evidence = net, line
    return _Score(total=total, evidence=evidence)


def _signal(kind: SignalKind, score: _Score) -> Signal:
    return Signal(kind=kind, evidence=_trim(score.evidence), score=round(score.total, 2))


def _any(phrases: tuple[Phrase, ...], lines: list[str]) -> bool:
    return any(p.search(line) for p in phrases for line in lines)


def _automated(message: ParsedMessage, lines: list[str], lexicon: SignalLexicon) -> Signal | None:
    """Why no person wrote this message, or None when a person did."""
    sender = message.sender
    if message.auto_submitted:
        return Signal(
            kind=SignalKind.AUTOMATED,
            evidence="Auto-Submitted / Precedence / List-Id header",
            detail="marked as automatic or list mail by its headers",
        )
    if _any(lexicon.out_of_office, [message.subject.strip()]):
        return Signal(
            kind=SignalKind.AUTOMATED, evidence=message.subject, detail="an out-of-office reply"
        )
    if sender is None:
        return None
    local = sender.email.split("@", 1)[0].lower()
    if local.startswith(("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply")) or (
        local in {"mailer-daemon", "postmaster", "notifications", "notification", "notify"}
    ):
        return Signal(
            kind=SignalKind.AUTOMATED,
            evidence=f"From: {sender.email}",
            detail=f"sent from a no-reply address ({sender.email})",
        )
    nobody = not people.human_contacts((sender, *message.reply_to))
    team = not sender.name or _any(lexicon.team_names, [sender.name])
    notice = next((line for line in lines if _any(lexicon.ats_notice, [line])), "")
    if notice and nobody and team:
        return Signal(
            kind=SignalKind.AUTOMATED,
            evidence=_trim(notice),
            detail=f"an application-system notice with no person behind it ({sender.email})",
        )
    return None


def _trim(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
