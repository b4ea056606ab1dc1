"""What a sentence asserts: its hypothetical parts (conditions, process descriptions) blanked.

"If you are not selected for this position, we will keep your CV on file" rejects
nobody, and "we will notify all applicants whether or not they were selected"
describes the process. `asserted` cuts a sentence into segments and replaces every
segment that only supposes with " … ", so that no rejection or offer phrase can match
inside it. The signal's evidence stays the whole sentence; only scoring reads this.

- SEGMENTS: a sentence splits at ";", a dash between spaces, and a conjunction that
  joins two clauses (", and", ", but", " but ", ", so", "although", ", aber",
  ", mais", ", pero" …; "and" without a comma only before a new subject or verb:
  "… not to proceed and will keep your CV on file if …").
- A CONDITION anywhere in a segment makes the whole segment hypothetical, the
  condition and the clause it conditions alike: "if", "unless", "in case", "in the
  event", "should you/we/a role …", "provided that", "assuming", "whether", "wenn",
  "falls", "sofern", "sollten Sie", "ob", "si vous/votre/no …", "au cas où",
  "en caso de". "We have decided not to proceed, but if a role opens we'll be in
  touch": the first segment is asserted, the second is not. Discourse ifs ("if I'm
  honest", "if any") are no conditions.
- A PROCESS DESCRIPTION is hypothetical too: a segment about applicants in general
  ("applicants who are not selected will be notified", "les candidats non retenus",
  "we will notify all applicants").

Pure and linear: a handful of regexes per sentence, no nested quantifiers.
"""

from __future__ import annotations

import re

MASK = " … "

# Where a segment ends: the boundary itself is kept in the output.
_BOUNDARY = re.compile(
    r";|\s[-–—]\s"
    r"|,\s*(?=(?:and|but|or|so|however|although|though|while|whereas|yet|"
    r"und|aber|jedoch|doch|sondern|et|mais|cependant|toutefois|y|pero|aunque|sin\s+embargo)\b)"
    r"|\s(?=(?:but|although|though|whereas|aber|jedoch|mais|pero|aunque)\s)"
    r"|\s(?=and\s+(?:we|I|we['’]ll|I['’]ll|will|would|please|hope|wish|feel|keep|do|let|"
    r"may|might|can|could|shall)\b)",
    re.IGNORECASE,
)
_SUBJECT = (
    r"(?:you|we|your|the|it|this|that|there|a|an|any|another|something|anything|one|"
    r"our|such|further|circumstances|things)"
)
_CONDITION = re.compile(
    r"(?<!\w)(?:"
    # English
    r"if|unless|whether|in\s+case|in\s+the\s+(?:unlikely\s+)?event|provided(?:\s+that)?|"
    r"providing\s+that|assuming(?:\s+that)?|as\s+long\s+as|on\s+condition\s+that|"
    rf"should\s+{_SUBJECT}|were\s+(?:you|we)\s+to|had\s+(?:you|we)\s+(?:not\s+)?been|"
    # German
    r"wenn|falls|sofern|im\s+Falle?|für\s+den\s+Fall|ob|"
    r"sollten?\s+(?:Sie|wir|Ihre|Ihr|es|die|der|sich)|"
    # French
    r"si\s+(?:vous|votre|vos|nous|tu|ton|ta|tes|le|la|les|il|elle|on|ce|jamais|aucune?)|"
    r"s['’]il|au\s+cas\s+où|dans\s+le\s+cas\s+où|sauf\s+si|à\s+moins\s+qu|"
    # Spanish
    r"si\s+(?:no|usted|tú|tu|su|sus|tus|el|la|lo|te|le|se|finalmente|resultas|"
    r"decidimos|eres|fueras)|en\s+caso\s+de|a\s+menos\s+que|siempre\s+que"
    r")(?!\w)",
    re.IGNORECASE,
)
# Ifs that suppose nothing about the application.
_DISCOURSE = re.compile(
    r"(?<!\w)(?:if\s+(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:being\s+)?(?:honest|frank|"
    r"candid)|if\s+truth\s+be\s+told|if\s+I\s+may|if\s+any|if\s+anything|if\s+so|"
    r"if\s+not\s+(?:more|better|sooner))(?!\w)",
    re.IGNORECASE,
)
# Applicants in general (plural, or "any applicant"): never "your application".
_PEOPLE = (
    r"(?:applicants|candidates|applications|those|anyone|everyone|people|"
    r"(?:any|every|each)\s+(?:applicant|candidate|application)|"
    r"Bewerber(?:innen)?|Kandidat(?:en|innen)|candidat(?:e)?s|candidat[oa]s)"
)
_PROCESS = re.compile(
    r"(?<!\w)(?:"
    # "applicants who are not selected", "candidates not shortlisted", "those who were
    # unsuccessful"
    rf"{_PEOPLE}\s+(?:(?:who|that|which)\s+)?(?:(?:are|were|have|has|had|do|did|will|may|is|"
    r"shall)\s+)?(?:(?:not|n['’]t)\s+(?:been\s+|be\s+)?|un)(?:selected|successful|shortlisted|"
    r"chosen|progressed|progressing|invited|moving\s+forward|taken\s+forward|considered)|"
    rf"{_PEOPLE}\s+(?:(?:who|that)\s+)?(?:are|were|have\s+been|has\s+been)\s+unsuccessful|"
    r"(?:unsuccessful|non-selected|rejected)\s+(?:applicants|candidates|applications)|"
    # "we will notify / inform / contact all applicants"
    r"(?:notify|inform|contact|email|update|respond\s+to|reply\s+to|write\s+to)\s+"
    r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:applicants?|candidates?)|"
    # German, French, Spanish
    r"(?:Bewerber(?:innen)?|Kandidat(?:en|innen)?)\s*,\s*die\s+|"
    r"(?:alle|jede[nrn]?)\s+(?:Bewerber|Kandidat)\w*|"
    r"candidat(?:e)?s\s+(?:non|qui\s+ne\s+sont\s+pas|n['’]ayant\s+pas\s+été)\s+"
    r"(?:retenu|sélectionn)\w*|"
    r"candidat[oa]s\s+(?:que\s+no\s+(?:sean|hayan\s+sido|han\s+sido)\s+|no\s+)"
    r"(?:seleccionad|elegid)\w*"
    r")(?!\w)",
    re.IGNORECASE,
)


def hypothetical(segment: str) -> bool:
    """True when a segment only supposes (a condition) or describes the process."""
    plain = _DISCOURSE.sub(" ", segment)
    return _CONDITION.search(plain) is not None or _PROCESS.search(plain) is not None


def segments(sentence: str) -> list[tuple[str, str]]:
    """The sentence as (segment, the boundary after it) pairs; joined, they give it back."""
    out: list[tuple[str, str]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(sentence):
        out.append((sentence[start : boundary.start()], boundary.group(0)))
        start = boundary.end()
    out.append((sentence[start:], ""))
    return out


def asserted(sentence: str) -> str:
    """The sentence with every hypothetical segment replaced by " … "."""
    if _CONDITION.search(sentence) is None and _PROCESS.search(sentence) is None:
        return sentence  # the common case: nothing supposed
    return "".join(
        (MASK if hypothetical(segment) else segment) + boundary
        for segment, boundary in segments(sentence)
    )
