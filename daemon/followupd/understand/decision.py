"""Rejections built from parts: a negated decision about the candidate, not fixed phrases.

A company ends an application in endless wordings ("we won't be extending an offer",
"abbiamo deciso di non procedere con la sua candidatura", "decidimos não avançar").
They share a structure, so `rejection_score` reads each clause for it:

- NEGATED DECISION (2.0): a negation ("not", "n't", "unable to", "non", "não",
  "nicht") followed within three words by a decision verb (progress, proceed, move
  forward, continue, advance, extend an offer, take … further, avanzar, procedere,
  fortsetzen …), in a clause about the candidate (you, your application, candidatura)
  or spoken by the company (we, I, the team).
- VERDICT (2.0): the decision said as a noun or a pass ("it's a no from us",
  "we're passing on this one", "passing on your application").
- CLOSURE (0.5 / 2.0): the company ends the process or search; 2.0 when it ends it
  *with you* ("we have to end the process with you"), else it may be a timeline.
- REMOVAL (1.0): the role itself is gone ("finance withdrew the headcount").
- ALTERNATIVE PERSON (0.75, needs support): the company chose or wants someone else
  ("opted for a profile with more payments experience", "wants someone who's more
  hands-on"); on its own that is how job adverts talk.

A clause that is a condition ("if we don't hear from you, we can't proceed"), a
question or still undecided ("we have not yet decided whether to move forward") adds
nothing. Look-alikes (reschedule, on hold) are subtracted by the caller as before.
Each family is a tuple of regex alternatives, so it is extended by adding words.
"""

from __future__ import annotations

import re
from functools import cache

NEGATIONS: tuple[str, ...] = (
    r"not|\w+n['’]t|never|no\s+longer|unable\s+to|cannot",  # English
    r"non|não|nao|no|nicht|niet|ne",  # Italian, Portuguese, Spanish, German, Dutch, French
)
DECISIONS: tuple[str, ...] = (
    r"progress(?:ing)?|proceed(?:ing)?|advanc(?:e|ing)|continu(?:e|ing)|pursu(?:e|ing)",
    r"(?:mov|go)(?:e|es|ing)?\s+(?:forward|ahead)",
    r"tak(?:e|ing)\s+(?:\w+\s+){0,3}?(?:further|forward)",
    r"(?:extend|make|mak|offer)(?:ing)?\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:offer|role|position|job)",
    r"invit(?:e|ing)\s+you\s+(?:back|to\s+(?:the\s+)?(?:next|final|another))",
    r"avan[cç]ar|prosseguir|seguir\s+em\s+frente|continuar|avanzar|proceder|seguir\s+adelante",
    r"procedere|proseguire|andare\s+avanti|fortsetzen|fortfahren|weiterverfolgen|"
    r"berücksichtigen|weiterführen|poursuivre|donner\s+suite|verder\s+gaan|doorgaan",
)
# What the decision is about (the candidate) or who speaks (the company).
ABOUT: tuple[str, ...] = (
    r"you|your|yours|application|candidacy|candidate|profile|process|offer|this\s+one",
    r"we|I|us|our|the\s+team|the\s+panel",
    r"candidatura|candidature|Bewerbung|Kandidatur|sua|seu|su|votre|sollicitatie|perfil|profilo",
)
VERDICTS: tuple[str, ...] = (
    r"(?:it['’]s|it\s+is|that['’]s|the\s+answer\s+is)\s+a\s+no|a\s+(?:no|pass)\s+from\s+"
    r"(?:us|me|the\s+team|our\s+side)",
    r"pass(?:ing)?\s+on\s+(?:you\b|this\s+one|your\s+(?:application|candidacy|profile)|"
    r"this\s+(?:role|opportunity|time))",
)
# The company ends its process or search (0.5, 2.0 when it is ended *with you*: "we
# will conclude the process by Friday" is a timeline), or removes the role itself (1.0).
CLOSURES: tuple[str, ...] = (
    r"(?:end|close|stop|conclude|terminate|halt)\w*\s+(?:\w+\s+){0,2}?(?:the|our|this)\s+"
    r"(?:\w+\s+){0,2}?(?:process|search|conversations?)",
)
REMOVALS: tuple[str, ...] = (
    r"(?:withdr[ae]w|cancel|pull|eliminat|cut|clos)\w*\s+(?:\w+\s+){0,2}?(?:the|our|this)\s+"
    r"(?:\w+\s+){0,3}?(?:headcount|requisition|req|role|position|vacancy|opening)",
)
WITH_YOU = r"with\s+you"
ALTERNATIVES: tuple[str, ...] = (
    r"(?:chose|chosen|opted\s+for|went\s+with|gone\s+with|decided\s+on|selected|wants?|"
    r"need(?:s|ed)?|looking\s+for|optámos\s+por|optamos\s+por|abbiamo\s+scelto|"
    r"hemos\s+elegido|entschieden\s+für)\s+(?:someone|somebody|a\s+(?:different\s+)?"
    r"(?:candidate|profile|person)|another\s+(?:candidate|person)|um\s+perfil|un\s+perfil|"
    r"un\s+profilo|jemanden)\b.{0,40}?\b(?:who|whose|with|more|com|con|mit|mais|más|più)",
)
# A clause that only supposes, asks or has not decided: nothing is decided in it.
UNDECIDED = (
    r"if|unless|until|whether|once|without|yet|in\s+case|wenn|falls|ob|ohne|"
    r"can['’]t\s+wait|no\s+doubt|not\s+only|non\s+vediamo\s+l['’]ora"
)
_CLAUSES = re.compile(r";|\s[-–—]\s|,\s*(?:but|however|aber|ma|mas|pero)\b|\?")


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _any(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _negated_decision(clause: str) -> str:
    pattern = rf"(?:{_any(NEGATIONS)})\s+(?:[\w'’]+\s+){{0,3}}?(?:{_any(DECISIONS)})"
    match = _rx(pattern).search(clause)
    if match is None or not _rx(_any(ABOUT)).search(clause):
        return ""
    return match.group(0)


def rejection_score(line: str) -> tuple[float, str]:
    """The structural rejection weight of one sentence, and the words that gave it."""
    total, why = 0.0, list[str]()
    for clause in _CLAUSES.split(line):
        if not clause.strip() or _rx(UNDECIDED).search(clause):
            continue
        found = _negated_decision(clause)
        if found:
            total, why = total + 2.0, [*why, f"negated decision {found!r}"]
            continue
        verdict = _rx(_any(VERDICTS)).search(clause)
        if verdict:
            total, why = total + 2.0, [*why, f"verdict {verdict.group(0)!r}"]
            continue
        if _rx(r"offer|hold|pause|freeze|you['’]d|you\s+(?:have|had|would|want)").search(clause):
            continue  # closing with an offer, a pause, or the user's own withdrawal
        closure = _rx(_any(CLOSURES)).search(clause)
        if closure:
            weight = 2.0 if _rx(WITH_YOU).search(clause) else 0.5
            total, why = total + weight, [*why, f"closure {closure.group(0)!r}"]
            continue
        removal = _rx(_any(REMOVALS)).search(clause)
        if removal:
            total, why = total + 1.0, [*why, f"role removed {removal.group(0)!r}"]
            continue
        other = _rx(_any(ALTERNATIVES)).search(clause)
        if other:
            total, why = total + 0.75, [*why, f"someone else {other.group(0)!r}"]
    return total, "; ".join(why)
