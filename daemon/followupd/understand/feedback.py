"""Whether a message offers the candidate feedback ("happy to share feedback").

A rejection that offers to tell the candidate why deserves a reply that takes the
offer up. A sentence offers feedback when it has an offer phrase and no refusal
("we are unable to provide individual feedback"); thanks for the candidate's own
feedback ("thank you for your feedback") is neither.
"""

from __future__ import annotations

import re

_FEEDBACK = r"(?:feedback|rückmeldung|retours?|commentaires|comentarios|retroalimentación)"

_OFFER = re.compile(
    "|".join(
        [
            # English
            rf"\b(?:happy|glad|pleased|willing)\s+to\s+(?:\w+\s+){{0,3}}{_FEEDBACK}",
            rf"\bif\s+you\s+(?:would|'d|d)?\s*(?:like|want|wish)\s+(?:to\s+\w+\s+)?(?:some\s+|more\s+|any\s+)?{_FEEDBACK}",
            rf"\b(?:would|do)\s+you\s+(?:like|want)\s+(?:to\s+\w+\s+)?(?:some\s+|any\s+)?{_FEEDBACK}",
            rf"\b(?:can|could)\s+(?:share|give|offer|provide)\s+(?:you\s+)?(?:with\s+)?(?:some\s+|more\s+)?{_FEEDBACK}",
            rf"\b{_FEEDBACK}\s+(?:is|are)\s+available\b",
            rf"\b(?:ask|reach\s+out|get\s+in\s+touch)\s+(?:\w+\s+){{0,2}}for\s+(?:some\s+)?{_FEEDBACK}",
            # German
            rf"\bgerne?\b.{{0,40}}\b(?:ein\s+|eine\s+)?{_FEEDBACK}",
            rf"\b{_FEEDBACK}\b.{{0,40}}\b(?:geben|teilen|zukommen)\b.{{0,20}}\bgerne?\b",
            rf"\bwenn\s+sie\b.{{0,30}}\b{_FEEDBACK}\b.{{0,30}}\b(?:wünschen|möchten|interessiert)",
            # French
            rf"\bsi\s+vous\s+(?:le\s+)?souhaitez\b.{{0,50}}\b{_FEEDBACK}",
            rf"\b{_FEEDBACK}\b.{{0,50}}\bsi\s+vous\s+(?:le\s+)?souhaitez",
            rf"\b(?:volontiers|heureux|heureuse|ravis?|ravie)\b.{{0,50}}\b{_FEEDBACK}",
            # Spanish
            rf"\bsi\s+(?:lo\s+)?(?:desea|deseas|quiere|quieres|le\s+interesa)\b.{{0,50}}\b{_FEEDBACK}",
            rf"\b{_FEEDBACK}\b.{{0,50}}\bsi\s+(?:lo\s+)?(?:desea|deseas|quiere|quieres|le\s+interesa)",
            rf"\b(?:encantados?|encantadas?|gusto)\b.{{0,50}}\b{_FEEDBACK}",
        ]
    ),
    re.IGNORECASE,
)

_REFUSAL = re.compile(
    r"\b(?:unable|not\s+able|cannot|can\s*not|can't|do\s+not|don't|won't|will\s+not)\b"
    r".{0,40}\b(?:provide|give|offer|share|feedback)"
    r"|\bkein(?:e|en)?\b.{0,30}\b(?:feedback|rückmeldung)|\bnicht\b.{0,30}\bmöglich"
    r"|\bne\s+(?:pouvons|sommes|pourrons)\b|\bpas\s+en\s+mesure\b"
    r"|\bno\s+(?:podemos|es\s+posible|estamos)\b",
    re.IGNORECASE,
)

# "Do not hesitate to ask for feedback" invites; it refuses nothing.
_INVITATION = re.compile(r"\b(?:do\s+not|don't|n'hésitez\s+pas|no\s+dude)\s*\w*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def offers_feedback(text: str) -> bool:
    """The text offers to tell the candidate how they did, in one of its sentences."""
    for sentence in _SENTENCE_END.split(text[:20_000]):
        line = " ".join(sentence.split())
        if _OFFER.search(line) and not _REFUSAL.search(_INVITATION.sub(" ", line)):
            return True
    return False
