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
- ROLE ENDED (2.0): the role itself or the user's candidacy is cancelled, closed or
  withdrawn ("finance withdrew the headcount", "the role has been closed"); what was
  cancelled is read by `cancellation` — a cancelled *interview* is no rejection. Not
  when the same sentence reopens it or asks the user onto another role ("… cancelled,
  but we'd love to consider you for the Staff role").
- NEGATED SELECTION (2.0): a negation, then a selection verb (select, choose,
  shortlist, progress, advance, move forward; ausgewählt, retenu,
  seleccionado …), with the user as its subject or object: "you have not been chosen
  for further consideration", "we did not select your application to move forward",
  "Sie wurden nicht ausgewählt", "vous n'avez pas été retenu", "no has sido
  seleccionada".
- OTHERS SELECTED (2.0): the same verbs, not negated, with someone else as the object
  or the subject: "we have selected other candidates", "decided to pursue other
  candidates", "another applicant has been chosen", "nous avons retenu un autre
  candidat", "hemos seleccionado a otro candidato".
- OFFER TO SOMEONE ELSE (2.0): an offer whose beneficiary is not the user ("we have
  extended an offer to another candidate", "the role has gone to an internal
  candidate", "another candidate accepted our offer"); `offers` reads the offers to
  the user.
- ALTERNATIVE PERSON (0.75, needs support): the company chose or wants someone else
  ("opted for a profile with more payments experience", "wants someone who's more
  hands-on"); on its own that is how job adverts talk.

A clause that is a condition ("if we don't hear from you, we can't proceed"), a
question or still undecided ("we have not yet decided whether to move forward") adds
nothing (the caller blanks hypothetical segments first: `conditionals.asserted`).
Look-alikes (reschedule, on hold) are subtracted by the caller as before;
`cancellation.lookalike` adds the structural ones: a meeting cancelled or postponed, a
role on hold.
Each family is a tuple of regex alternatives, so it is extended by adding words.
"""

from __future__ import annotations

import re
from functools import cache

from followupd.domain.words import WholeWords, whole_words
from followupd.understand.cancellation import role_ended, titles_joined


@cache
def rx(pattern: str) -> WholeWords:
    return whole_words(pattern)


def any_of(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


NEGATIONS: tuple[str, ...] = (
    r"not|\w+n['’]t|never|no\s+longer|unable\s+to|cannot",  # English
    r"non|não|nao|no|nicht|niet|ne|pas|jamais",  # Italian, Portuguese, Spanish, German, …
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
    # "I'm afraid this one isn't going to work out" (a time that does not suit is
    # said otherwise: "Tuesday doesn't work")
    r"(?:this(?:\s+one)?|it|things)\s+(?:isn['’]t|is\s+not|won['’]t|will\s+not)\s+"
    r"(?:going\s+to\s+)?work\s+out",
)
# The company ends its process or search (0.5, 2.0 when it is ended *with you*: "we
# will conclude the process by Friday" is a timeline).
CLOSURES: tuple[str, ...] = (
    r"(?:end|close|stop|conclude|terminate|halt)\w*\s+(?:\w+\s+){0,2}?(?:the|our|this)\s+"
    r"(?:\w+\s+){0,2}?(?:process|search|conversations?)",
)
WITH_YOU = r"with\s+you"
ALTERNATIVES: tuple[str, ...] = (
    r"(?:chose|chosen|opted\s+for|went\s+with|gone\s+with|decided\s+on|selected|wants?|"
    r"need(?:s|ed)?|looking\s+for|optámos\s+por|optamos\s+por|abbiamo\s+scelto|"
    r"hemos\s+elegido|entschieden\s+für)\s+(?:someone|somebody|a\s+(?:different\s+)?"
    r"(?:candidate|profile|person)|another\s+(?:candidate|person)|um\s+perfil|un\s+perfil|"
    r"un\s+profilo|jemanden)\b.{0,40}?\b(?:who|whose|with|more|com|con|mit|mais|más|più)",
)
# The user or their candidacy ("move your application forward"; "move your interview
# forward" is a new time).
_YOURS = r"you|your\s+(?:application|candidacy|candidature|profile|cv|resume|résumé)"
# Choosing among candidates: the verbs of NEGATED SELECTION and OTHERS SELECTED.
SELECTIONS: tuple[str, ...] = (
    r"select(?:ed|ing)?|chos(?:e|en)|choos(?:e|ing)|shortlist(?:ed|ing)?|short-listed|"
    r"pick(?:ed|ing)?|progress(?:ed|ing)?|advanc(?:e|ed|ing)|"
    rf"mov(?:e|ed|ing)\s+(?:{_YOURS}\s+)?(?:forward|ahead|on)|"
    rf"tak(?:e|en|ing)\s+(?:{_YOURS}\s+)?forward|"
    r"consider(?:ed|ing)?\s+(?:you\s+)?(?:further|for\s+(?:the\s+)?next)",
    r"ausgewählt|ausgewaehlt|auswählen|berücksichtigt|"
    r"retenir|retenue?s?|sélectionn(?:é|ée|és|ées|er)|choisie?s?|"
    r"seleccionad[oa]s?|seleccionar|elegid[oa]s?|escogid[oa]s?",
)
# The user as the subject or object of a selection verb.
USER: tuple[str, ...] = (
    r"you|your|yours",
    r"Sie|Ihre|Ihr|Ihnen|Ihren|dich|dir|deine|dein|du",
    r"vous|votre|vos|toi|ton|ta|avez",
    r"tu|tú|te|ti|usted|tus|has\s+sido|su\s+(?:candidatura|perfil|solicitud)",
)
# Someone who is not the user.
OTHERS: tuple[str, ...] = (
    r"(?:(?:a\s+few|several|some|two|three|the)\s+)?(?:other|another|a\s+different|"
    r"different|more\s+suitable|stronger|alternative|more\s+experienced)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|profiles?|individuals?|finalists?)",
    r"(?:someone|somebody|anyone)\s+else",
    r"(?:an?\s+)?(?:internal|external)\s+(?:candidate|applicant|hire)",
    r"(?:einen?|eine|die|einem|einer)?\s*(?:anderen?|andere|weitere[nrm]?)\s+"
    r"(?:Kandidat|Bewerber|Profil)\w*|jemand(?:en|em)?\s+(?:anderen|anders|anderem)",
    r"(?:d['’]autres|un\s+autre|une\s+autre|l['’]autre)\s+(?:candidat|profil|personne)\w*",
    r"(?:a\s+)?otr[oa]s?\s+(?:candidat|perfil|persona)\w*",
)
# A person described rather than named as another ("someone whose background …"): with
# an offer that is someone else; with "chose" it is ALTERNATIVE PERSON (0.75), as adverts
# talk the same way ("we're looking for someone with …").
SOMEONE_WHO: tuple[str, ...] = (
    r"(?:someone|somebody|a\s+person)\s+(?:who|whose|with|that)",
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:candidate|applicant|individual|person|profile)\s+"
    r"(?:who|whose|with|that)",
)
# Verbs choosing someone, followed by that someone ("selected other candidates").
CHOOSING: tuple[str, ...] = (
    r"select(?:ed|ing)?|chos(?:e|en)|choos(?:e|ing)|shortlist(?:ed|ing)?|pick(?:ed|ing)?|"
    r"progress(?:ed|ing)?|advanc(?:e|ed|ing)|hir(?:e|ed|ing)|pursu(?:e|ed|ing)|"
    r"prioriti[sz](?:e|ed|ing)|(?:mov(?:e|ed|ing)|go(?:ing)?|went|gone)\s+(?:forward|ahead)|"
    r"(?:proceed(?:ed|ing)?|continu(?:e|ed|ing)|go(?:es|ing)?|went|gone|mov(?:e|ed|ing)|"
    r"progress(?:ed|ing)?|focus(?:ed|ing)?|decided|settled|opted)\s+(?:(?:forward|ahead)\s+)?"
    r"(?:with|on|for)",
    r"retenu|choisi|sélectionné|privilégié|(?:poursuivre|continuer|avancer)\s+avec",
    r"seleccionado|elegido|escogido|contratado|optado\s+por|"
    r"(?:continuar|seguir|avanzar|proseguir)\s+con",
)
# The same choice said of the other person: "another applicant has been chosen".
CHOSEN: tuple[str, ...] = (
    r"selected|chosen|shortlisted|picked|hired|progressed|advanced|"
    r"mov(?:ed|ing)\s+forward|offered\s+the\s+(?:role|position|job)|"
    r"accepted\s+(?:\w+\s+)?(?:offer|role|position)|"
    r"(?:were|are|was|is)\s+(?:a\s+|an\s+)?(?:better|stronger|closer)\s+(?:fit|match)",
    r"ausgewählt|berücksichtigt|eingestellt|entschieden|retenue?s?|sélectionnée?s?|"
    r"choisie?s?|seleccionad[oa]s?|elegid[oa]s?|contratad[oa]s?",
)
# An offer given to someone else: "extended an offer to another candidate".
OFFERED_TO_OTHERS: tuple[str, ...] = (
    r"offer\w*(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:the\s+)?(?:{others})",
    # a person only described is someone else once the offer is made ("we have offered
    # the role to someone whose background …"); "we'd offer it to someone with …" is how
    # a recruiter's pitch talks
    r"(?:offered|extended|made)(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:{someone})",
    r"(?:role|position|job|offer|vacancy|opening)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:gone|went|go(?:es)?|given|awarded)\s+to\s+(?:{others})",
    r"(?:{others})\s+(?:[\w'’]+\s+){0,3}?(?:accepted|received|taken|signed|got)\s+"
    r"(?:\w+\s+){0,2}?(?:offer|role|position|job)",
    r"(?:einem|einer)\s+(?:anderen|weiteren)\s+(?:Kandidat|Bewerber)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:Angebot|Zusage|angeboten)|Angebot\s+an\s+(?:einen|eine)\s+(?:anderen?|andere)\s+\w+",
    r"(?:offre|proposé|proposition)\b[^.]{0,40}?\bà\s+(?:un\s+autre|une\s+autre|d['’]autres)"
    r"\s+(?:candidat|profil|personne)\w*",
    r"(?:ofrecid[oa]|oferta|ofrecimos)\b[^.]{0,40}?\ba\s+otr[oa]s?\s+(?:candidat|persona|perfil)"
    r"\w*",
)
# The user chosen alongside others, or good news: no rejection in "other candidates".
_WITH_THE_USER = (
    r"you\s+and|(?:alongside|along\s+with|together\s+with|as\s+well\s+as|including|"
    r"besides|like)\s+you|(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:let\s+"
    r"you\s+know|inform\s+you|invite|confirm|share|tell\s+you)|congratulations"
)
# A clause that only supposes, asks or has not decided: nothing is decided in it.
UNDECIDED = (
    r"if|unless|until|whether|once|without|yet|in\s+case|wenn|falls|ob|ohne|"
    r"can['’]t\s+wait|no\s+doubt|not\s+only|non\s+vediamo\s+l['’]ora"
)
CLAUSES = re.compile(r";|\s[-–—]\s|,\s*(?:but|however|aber|ma|mas|pero)\b|\?")


# The readers' patterns, compiled once.
_NEGATED_BEFORE = rx(rf"(?:{any_of(NEGATIONS)})(?:\s+[\w'’]+){{0,3}}\s*$")
_NEGATION = rx(any_of(NEGATIONS))
_USER = rx(any_of(USER))
_USER_NEXT = re.compile(rf"\s+(?:{any_of(USER)})(?!\w)", re.IGNORECASE)
_NEGATED_SELECTION = rx(
    rf"(?:{any_of(NEGATIONS)})\s+(?:[\w'’]+\s+){{0,4}}?(?:{any_of(SELECTIONS)})"
)
_CHOOSING_OTHERS = rx(
    rf"(?:{any_of(CHOOSING)})\s+(?:(?:a\s+)?few\s+|several\s+|some\s+)?(?:{any_of(OTHERS)})"
)
_OTHERS_CHOSEN = rx(rf"(?:{any_of(OTHERS)})\s+((?:[\w'’]+\s+){{0,3}}?)(?:{any_of(CHOSEN)})")
_OFFERED_TO_OTHERS = tuple(
    rx(p.replace("{others}", any_of(OTHERS)).replace("{someone}", any_of(SOMEONE_WHO)))
    for p in OFFERED_TO_OTHERS
)
# Every offer to someone else names the offer or the role being given.
_OFFER_WORD = re.compile(r"offer|offre|angebot|propos|ofrec|oferta|gone|went|given|awarded", re.I)


def _negated_decision(clause: str) -> str:
    pattern = rf"(?:{any_of(NEGATIONS)})\s+(?:[\w'’]+\s+){{0,3}}?(?:{any_of(DECISIONS)})"
    match = rx(pattern).search(clause)
    if match is None or not rx(any_of(ABOUT)).search(clause):
        return ""
    return match.group(0)


_THANK_YOU = re.compile(r"thank\s+you|danke\s+Ihnen|merci", re.IGNORECASE)
# A form of "be" in the verb group: the subject is the one (not) chosen.
PASSIVE = (
    r"be|been|being|was|wasn['’]t|were|weren['’]t|is|isn['’]t|are|aren['’]t|['’]re|"
    r"wurden?|worden|été|sido|fue|fuiste"
)
COMPANY = r"we|wir|nous|hemos|nosotros|the\s+team|the\s+panel|I"


def _user_chosen(clause: str, match: re.Match[str]) -> bool:
    """The user is the one not chosen: the subject of a passive ("you have not been
    chosen", "Sie wurden nicht ausgewählt"), the object right after the verb ("we did
    not select your application"), or the object between the company and the negation
    ("wir haben Sie nicht ausgewählt", "nous ne vous avons pas retenu"). "You haven't
    picked a slot" is the user choosing."""
    user = _USER
    before = _THANK_YOU.sub(" ", clause[max(0, match.start() - 60) : match.start()])
    group = clause[max(0, match.start() - 30) : match.end()]
    if user.search(before) and rx(PASSIVE).search(group):
        return True
    if _USER_NEXT.match(clause, match.end()):
        return True
    speaker = rx(COMPANY).search(before)
    if speaker is None:
        return False
    return bool(user.search(before, speaker.end()) or user.search(match.group(0)))


def _negated_selection(clause: str) -> str:
    """ "you have not been chosen", "we did not select your application", "nicht ausgewählt"."""
    for match in _NEGATED_SELECTION.finditer(clause):
        if _user_chosen(clause, match):
            return match.group(0)
    return ""


def _others_selected(clause: str) -> str:
    """ "we have selected other candidates", "another applicant has been chosen"."""
    if rx(_WITH_THE_USER).search(clause):
        return ""
    for match in _CHOOSING_OTHERS.finditer(clause):
        if not _NEGATED_BEFORE.search(clause[max(0, match.start() - 40) : match.start()]):
            return match.group(0)
    for match in _OTHERS_CHOSEN.finditer(clause):
        if not _NEGATION.search(match.group(1)):
            return match.group(0)
    return ""


def offered_to_others(clause: str) -> str:
    """ "we have extended an offer to another candidate": the words, or ""."""
    if not _OFFER_WORD.search(clause):
        return ""
    for pattern in _OFFERED_TO_OTHERS:
        match = pattern.search(clause)
        if match and not _NEGATED_BEFORE.search(clause[max(0, match.start() - 40) : match.start()]):
            return match.group(0)
    return ""


# A role ended and then reopened, or the user asked onto another role: the application
# goes on ("the Senior role was cancelled, but we'd love to consider you for the Staff one").
_REDIRECT = rx(
    r"re-?open(?:s|ed|ing)?|open\s+again|back\s+open|wieder\s+(?:offen|ausgeschrieben)|"
    r"rouvert\w*|reabiert[oa]|consider\s+you\s+for|(?:another|a\s+different|a\s+similar)\s+"
    r"(?:role|position|opening|job)\s+(?:that|which|for\s+you|we\s+think|you\s+might)"
)


def rejection_score(line: str) -> tuple[float, str]:
    """The structural rejection weight of one sentence, and the words that gave it."""
    total, why = 0.0, list[str]()
    redirect = bool(_REDIRECT.search(line))
    for clause in CLAUSES.split(titles_joined(line)):
        if not clause.strip() or rx(UNDECIDED).search(clause):
            continue
        strong = (
            ("negated decision", _negated_decision(clause)),
            ("negated selection", _negated_selection(clause)),
            ("others selected", _others_selected(clause)),
            ("offer to someone else", offered_to_others(clause)),
            ("role ended", "" if redirect else role_ended(clause)),
        )
        found = next(((name, words) for name, words in strong if words), None)
        if found:
            total, why = total + 2.0, [*why, f"{found[0]} “{found[1]}”"]
            continue
        verdict = rx(any_of(VERDICTS)).search(clause)
        if verdict:
            total, why = total + 2.0, [*why, f"verdict “{verdict.group(0)}”"]
            continue
        if rx(r"offer|hold|pause|freeze|you['’]d|you\s+(?:have|had|would|want)").search(clause):
            continue  # closing with an offer, a pause, or the user's own withdrawal
        closure = rx(any_of(CLOSURES)).search(clause)
        if closure:
            weight = 2.0 if rx(WITH_YOU).search(clause) else 0.5
            total, why = total + weight, [*why, f"closure “{closure.group(0)}”"]
            continue
        other = rx(any_of(ALTERNATIVES)).search(clause)
        if other:
            total, why = total + 0.75, [*why, f"someone else “{other.group(0)}”"]
    return total, "; ".join(why)
