"""The language a message is written in: English, German, French or Spanish, or unsure.

A letter to a company that writes in German should be in German. The words every
sentence needs (articles, pronouns, prepositions, the formulas of a business letter)
tell the four apart well in a few lines of text: `detect_language` counts them and
names a language only when it clearly leads: in the opening of the text (above a
signature's legal notice), or else in all of it. A word of two lists ("la", "que", "de",
"en") tells nothing between them and is in none. Unsure (a short "Thanks!", a
message mostly of names, links and numbers) is "", never a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

LANGUAGES = ("en", "de", "fr", "es")

_WORDS: dict[str, str] = {
    "en": """the and you your we our to of for with this that is are be have has been
        were it at as from not but if can us about all which they there what when
        thank thanks please regards best hi dear i my me look forward hear would
        could should let know any more team interview role position week next time
        during after before sincerely kind just also here""",
    "de": """der die das und ist nicht sie ihr ihre ihnen wir uns unser unsere unserem
        mit für auf dem den ein eine einen einem einer zu von bei nach auch sich werden
        wird haben sind vielen dank danke grüße grüßen freundlichen liebe lieber
        sehr geehrte geehrter herr frau gerne gern über wie oder aber noch bitte ich
        mich mir mein meine wenn dass können möchten würden gespräch bewerbung termin
        uhr leider weitere schon heute nächste woche zeit hallo viele beste ihrem ihren
        kennenlernen stelle zurückmelden rückmeldung""",
    "fr": """et est vous votre vos nous notre pour avec dans sur une du au aux ce
        cette ces qui qu pas ne je mon ma mes merci bonjour cordialement madame
        monsieur été être avoir avons sommes êtes suis très plus mais ou où il elle
        à chez par entretien poste semaine prochaine bien leur était avez nos
        sincères salutations souhaitons remercions retour équipe""",
    "es": """el los las y es usted ustedes su sus nuestro nuestra nuestros nosotros
        para con por del al una unos unas este esta estos lo muy gracias saludos
        hola estimado estimada atentamente entrevista puesto semana próxima pero
        como cuando también más ha han hemos estamos está están ser sido tiene
        tenemos quedo quedamos equipo día mucho gusto cordial agradecemos hemos
        proceso usted vez""",
}

# The leader needs this many function words, and this many times the runner-up's.
MIN_HITS = 4
LEAD = 1.5
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _lists() -> dict[str, frozenset[str]]:
    words = {lang: set(text.split()) for lang, text in _WORDS.items()}
    shared = {
        w
        for lang, ws in words.items()
        for w in ws
        for other in words
        if other != lang and w in words[other]
    }
    return {lang: frozenset(ws - shared) for lang, ws in words.items()}


# The letter comes first, a signature's legal notice (often in English) last: the first
# OPENING function words decide when they clearly agree, else all of them do.
OPENING = 12


def detect_language(text: str) -> str:
    """The language the text clearly is in (en, de, fr, es), else ""."""
    lists = _lists()
    hits = [
        lang
        for token in _TOKEN.findall(text[:20_000].lower())
        for lang, words in lists.items()
        if token in words
    ]
    return _leader(hits[:OPENING]) or _leader(hits)


def _leader(hits: list[str]) -> str:
    ranked = Counter(hits).most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return ""
    return ranked[0][0]
