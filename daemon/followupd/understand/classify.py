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
- Quoted speech ("they write \"we regret to inform you …\"") is someone else's words:
  text in double quotation marks is left out when phrases are scored. A newsletter is
  recognised by its words or by its sender's name or mailbox ("newsletter@").
- TIMEFRAME: the moments of `timeframe.find_timeframes`, kept only in a clause that
  promises news ("we'll get back to you", "Rückmeldung") and is no request to the
  user ("please send your availability by Friday", "Reply within a day."). Clauses
  split at ";", ": ", dashes, and a conjunction opening a new subject ("the panel meets
  on Thursday and we'll answer by Friday": only Friday is promised). A span counted
  from the interview ("within 3 business days after your interview") is a TIMEFRAME
  with `anchor` "interview" and its `span`; its `due` is set only when the sentence
  dates the interview ("… after your interview on Thursday"), else the tracker counts
  it once the interview is known (`timeframe.span_due`).
- Whose and what: phrases are matched in what a sentence asserts
  (`conditionals.asserted`: "if you are not selected, …" and "we will notify all
  applicants whether or not …" assert nothing). An offer to someone else ("we have
  extended an offer to another candidate") is a rejection, not an offer, and an offer
  of an interview or a call is no offer (`offers`). A cancelled
  interview is no rejection, a cancelled role is; a role put on hold is an ON_HOLD
  signal (`cancellation`), not a rejection. A rejection also cancels ON_HOLD.

The phrase lists live in `lexicon.py` (`SignalLexicon`), grouped by family and language.

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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from followupd.domain.model import ParsedMessage, UserIdentity
from followupd.domain.signals import Signal, SignalKind, Span
from followupd.understand import people
from followupd.understand.cancellation import lookalike, on_hold
from followupd.understand.conditionals import asserted
from followupd.understand.decision import rejection_score
from followupd.understand.lexicon import (
    DEFAULT_SIGNAL_LEXICON,
    Phrase,
    PhraseSpec,
    SignalLexicon,
    any_matching,
    matching,
)
from followupd.understand.offers import offer_reading, offer_score
from followupd.understand.quoting import new_text, sentences
from followupd.understand.timeframe import closing_date, find_anchored, find_timeframes
from followupd.understand.timewords import named_zone

__all__ = ["DEFAULT_SIGNAL_LEXICON", "Phrase", "PhraseSpec", "SignalLexicon", "classify"]

EVIDENCE_CHARS = 300
# Clauses: "the panel meets next Tuesday; we'll decide by …", and a conjunction that
# starts a new subject: "the team meets on Thursday and we'll get back to you by Friday".
_CLAUSE = re.compile(
    r";|:\s|\s[-–—]\s|,?\s+(?:and|but|so|then|und|aber|also|dann)\s+"
    r"(?=(?:we|I|you|they|he|she|wir|ich|Sie|du|er|sie)\b)|,\s+so\s+"
)
# Quoted speech ("we regret to inform you …" in a newsletter) is someone else's words.
_QUOTED = re.compile(r"\"[^\"]{12,400}\"|“[^”]{12,400}”|„[^“”]{12,400}[“”]|«[^»]{12,400}»")
_WE = re.compile(r"\b(?:we|wir)\b", re.IGNORECASE)
# A subscription's way out, in the text when the headers carry none (List-Unsubscribe).
_UNSUBSCRIBE = re.compile(
    r"\b(?:unsubscribe|abbestellen|abmelden|désabonner|se\s+désinscrire|darse\s+de\s+baja|"
    r"uitschrijven|afmelden|cancelar\s+(?:a\s+)?(?:subscrição|inscrição)|disiscriviti)\b",
    re.IGNORECASE,
)


def classify(
    message: ParsedMessage,
    *,
    user: UserIdentity,
    lexicon: SignalLexicon = DEFAULT_SIGNAL_LEXICON,
    sent_offset: timedelta | None = None,
    body: str | None = None,
) -> list[Signal]:
    """The signals of one message, each with the sentence (or header) that gave it.

    `sent_offset` is the Date header's UTC offset (`ParsedMessage.sent_offset`):
    timeframes are read in the sender's zone; without it, in UTC. `body` is the new
    text when the caller has it already (quotes are stripped once per message). The
    user's own messages carry no signal.
    """
    if message.sender is not None and user.is_me(message.sender.email):
        return []
    if body is None:
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
    sender = [message.sender.name, message.sender.email.split("@")[0]] if message.sender else []
    marketing = _any(lexicon.marketing, [*lines, *sender])
    if marketing and (message.auto_submitted or automated is not None or _UNSUBSCRIBE.search(body)):
        return signals  # a newsletter or job alert ("The Offer Letter - weekly newsletter")

    # What each sentence asserts: quoted speech and hypothetical segments blanked.
    said = [(line, asserted(_QUOTED.sub(" … ", line))) for line in lines]
    rejection = _score(said, lexicon.rejection, lexicon.not_rejection, rejection_score, lookalike)
    if rejection.total >= lexicon.threshold:
        signals.append(_signal(SignalKind.REJECTION, rejection))
    else:
        # An offer to someone else, or of an interview, is no offer to the user.
        offers = [(line, text) for line, text in said if not offer_reading(text)]
        offer = _score(offers, lexicon.offer, lexicon.not_offer, offer_score)
        if offer.total >= lexicon.threshold:
            signals.append(_signal(SignalKind.OFFER, offer))
        held = next(((line, words) for line, text in said if (words := on_hold(text))), None)
        if held is not None:
            signals.append(
                Signal(kind=SignalKind.ON_HOLD, evidence=trim_evidence(held[0]), detail=held[1])
            )
        steps = [s for s in lines if _any(lexicon.next_steps, [s])]
        if steps:
            detail = " ".join(dict.fromkeys(steps))
            signals.append(
                Signal(
                    kind=SignalKind.NEXT_STEPS,
                    evidence=trim_evidence(steps[0]),
                    detail=trim_evidence(detail, 2 * EVIDENCE_CHARS),
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
    seen_anchored: set[tuple[str, Span, datetime | None]] = set()
    closing = closing_date(body, sent)
    for sentence in sentences(body):
        for clause in _CLAUSE.split(sentence):
            if not _any(lexicon.timeframe_context, [clause]):
                continue
            if _any(lexicon.request, [clause]) and not _WE.search(clause):
                continue  # a request to the user ("please reply by Friday"), not a promise
            zone = named_zone(clause)  # "by 5pm Pacific": the named wall clock wins
            here = sent.astimezone(zone) if zone is not None else sent
            for anchored in find_anchored(clause, here):  # counted from the interview
                key = (anchored.anchor, anchored.span, anchored.due)
                if key not in seen_anchored:
                    seen_anchored.add(key)
                    found.append(
                        Signal(
                            kind=SignalKind.TIMEFRAME,
                            evidence=trim_evidence(sentence),
                            due=anchored.due,
                            anchor=anchored.anchor,
                            span=anchored.span,
                            detail=f"{anchored.span.describe()} after the {anchored.anchor}",
                        )
                    )
            for due, _ in find_timeframes(clause, here, closing=closing):
                if due not in seen:
                    seen.add(due)
                    found.append(
                        Signal(kind=SignalKind.TIMEFRAME, evidence=trim_evidence(sentence), due=due)
                    )
    return found


@dataclass(frozen=True)
class _Score:
    total: float
    evidence: str


_Reading = Callable[[str], tuple[float, str]]


def _score(
    said: list[tuple[str, str]],
    positive: tuple[Phrase, ...],
    negative: tuple[Phrase, ...],
    structure: _Reading | None = None,
    lookalikes: _Reading | None = None,
) -> _Score:
    """Sentence scores added up over (sentence, what it asserts) pairs: phrases are
    matched in what it asserts, the evidence is the sentence. `structure` is the
    structural reading of the same kind (`decision.rejection_score`), `lookalikes` the
    structural look-alikes (`decision.lookalike`); the same words read twice count once,
    the larger reading."""
    total, best, evidence = 0.0, 0.0, ""
    for line, text in said:
        found = matching(positive, text)
        weak = sum(p.weight for p in found if p.weight < 1.0)
        strong = sum(p.weight for p in found if p.weight >= 1.0)
        if structure is not None:
            strong = max(strong, structure(text)[0])
        plus = weak + strong
        if plus <= 0:
            continue
        minus = sum(n.weight for n in matching(negative, text))
        if lookalikes is not None:
            minus = max(minus, lookalikes(text)[0])
        net = plus - minus
        if net > 0:
            total += net
            if net > best:
                best, evidence = net, line
    return _Score(total=total, evidence=evidence)


def _signal(kind: SignalKind, score: _Score) -> Signal:
    return Signal(kind=kind, evidence=trim_evidence(score.evidence), score=round(score.total, 2))


def _any(phrases: tuple[Phrase, ...], lines: list[str]) -> bool:
    return any(any_matching(phrases, line) for line in lines)


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
            evidence=trim_evidence(notice),
            detail=f"an application-system notice with no person behind it ({sender.email})",
        )
    return None


def trim_evidence(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """A sentence as a signal's evidence: one line, at most `limit` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
