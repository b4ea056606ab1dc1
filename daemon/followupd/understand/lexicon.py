"""The weighted phrase lists `signals.classify` reads: rejection, offer, timeframe context.

Each list is a tuple of `Phrase` (a case-insensitive regex matched within word
boundaries, and a weight). Strong phrases weigh 2 (one look-alike in the same
sentence does not hide them), weak ones 0.5 (they need company). Phrases are
grouped by family, each family commented with what it covers; languages other
than English follow the English ones. `SignalLexicon.extended` adds user phrases,
which are matched with RE2 (linear time, so no phrase of a rule file can stall a
watcher); the built-in ones, ours and using look-behinds, with `re`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from followupd.domain.words import WholeWords, quoted, whole_words
from followupd.userregex import compile_user_regex

PhraseSpec = str | tuple[str, float]


@dataclass(frozen=True)
class Phrase:
    """A case-insensitive regex and the weight it adds (or takes away, for look-alikes)."""

    pattern: str
    weight: float = 1.0
    user: bool = False  # from a rule file: matched with RE2 (linear time)

    def search(self, text: str) -> bool:
        if self.user:
            return compile_user_regex(self.pattern, words=True).search(text)
        return _compiled(self.pattern).search(text) is not None


@cache
def _compiled(pattern: str) -> WholeWords:
    return whole_words(pattern)


@cache
def _together(patterns: tuple[str, ...]) -> WholeWords:
    """One regex that matches where any of `patterns` does (none uses a numbered group
    or a backreference, so they can be joined): a sentence that matches none, most of
    them, costs one search instead of one per phrase. The word boundaries go around the
    whole alternation, once — four times faster than `sieve`'s one pair per pattern."""
    return _compiled("|".join(f"(?:{p})" for p in patterns))


@cache
def _builtin(phrases: tuple[Phrase, ...]) -> tuple[str, ...]:
    return tuple(p.pattern for p in phrases if not p.user)


def matching(phrases: tuple[Phrase, ...], text: str) -> list[Phrase]:
    """The phrases of `phrases` found in `text` (built-in ones first sifted all at once)."""
    patterns = _builtin(phrases)
    if patterns and _together(patterns).search(text) is None:
        return [p for p in phrases if p.user and p.search(text)]
    return [p for p in phrases if p.search(text)]


def any_matching(phrases: tuple[Phrase, ...], text: str) -> bool:
    """Whether one of `phrases` is found in `text` (one search for all built-in ones)."""
    patterns = _builtin(phrases)
    if patterns and _together(patterns).search(text) is not None:
        return True
    return any(p.search(text) for p in phrases if p.user)


def _phrases(*specs: PhraseSpec, user: bool = False) -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for spec in specs:
        pattern, weight = (spec, 1.0) if isinstance(spec, str) else spec
        try:
            if user:
                compile_user_regex(pattern, words=True)
            else:
                _compiled(pattern)
        except (re.error, ValueError) as exc:
            raise ValueError(f"invalid phrase pattern {quoted(pattern)}: {exc}") from exc
        out.append(Phrase(pattern, float(weight), user))
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
        (r"(?:not|\w+n't)\s+(?:been\s+)?successful", 2.0),
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
        # Ending the process without the stock phrases: another direction, not taking
        # things further, someone else's profile, the role itself gone.
        (
            r"(?:decided|chosen|opted|going|gone|go|went)\s+(?:to\s+)?(?:go\s+)?(?:in\s+)?"
            r"(?:another|a\s+different|other)\s+direction",
            1.5,
        ),
        (
            r"(?:not|\w+n't|unable\s+to|not\s+able\s+to)\s+(?:be\s+)?(?:tak(?:e|ing)|mov(?:e|ing)|"
            r"push(?:ing)?)\s+(?:things|this|it|matters|your\s+(?:application|candidacy|profile))"
            r"\s+(?:any\s+)?(?:further|forward)",
            2.0,
        ),
        (
            r"(?:decided|chosen|opted|elected|going|want)\s+to\s+(?:pursue|proceed\s+with|"
            r"move\s+forward\s+with|go\s+(?:ahead\s+)?with|focus\s+on|prioriti[sz]e|progress)\s+"
            r"(?:other\s+|a\s+few\s+other\s+)?(?:candidates|applicants|profiles|people|"
            r"someone|somebody|a\s+candidate|an\s+applicant)\s+(?:with|who|whose|that)",
            2.0,
        ),
        (
            r"(?:went|gone|go|going|proceed(?:ed|ing)?|mov(?:ed|ing)\s+forward|hired|offered"
            r"\s+the\s+(?:role|position)\s+to)\s+with\s+(?:someone|somebody|a\s+person|"
            r"(?:a|another)\s+(?:candidate|applicant|person))\s+(?:whose|who|with|that)",
            2.0,
        ),
        (
            r"not\s+(?:quite\s+|really\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:match|fit)\s+for\s+(?:this|the|our)\s+"
            r"(?:role|position|opening|vacancy|job|team|opportunity)",
            1.5,
        ),
        (r"not\s+(?:an?\s+|the\s+right\s+)?(?:match|fit)\s+(?:for\s+us\s+)?at\s+this\s+"
         r"(?:time|stage|point)", 1.5),
        # The role cancelled or closed, and a selection negated or given to others, are
        # read by structure (decision.rejection_score, cancellation), not listed here.
        (
            r"clos(?:e|ed|ing)\s+(?:all\s+)?(?:the\s+)?(?:open\s+|remaining\s+)?(?:processes|"
            r"process|search|requisition|role|position|vacancy)",
            0.5,  # needs company: one can close a process with an offer too
        ),
        (
            r"(?:status|stage|outcome|decision)\s*[:|\-–]?\s*(?:rejected|unsuccessful|"
            r"not\s+(?:selected|progressing|moving\s+forward|successful))",
            2.0,
        ),
        (
            r"fill(?:ed|ing)?\s+(?:the|this|that)\s+(?:role|position|opening|vacancy)\s+"
            r"(?:internally|with\s+(?:an?\s+)?(?:internal|another|other)\s+(?:candidate|applicant|"
            r"hire|person))",
            2.0,
        ),
        (r"close\s+(?:out\s+)?your\s+(?:application|candidacy)", 1.5),
        (
            r"(?:not|isn't|is\s+not|wasn't|was\s+not)\s+(?:quite\s+)?(?:the\s+)?(?:right|best|strongest)"
            r"\s+(?:fit|match)",
            1.5,
        ),
        (r"(?:don't|do\s+not|didn't|did\s+not)\s+(?:think|feel)\s+(?:it's|it\s+is|it\s+was|this\s+is)"
         r"\s+(?:quite\s+)?(?:the\s+)?right\s+(?:fit|match)", 1.5),
        (r"(?:going\s+to|have\s+to|will|we'll|decided\s+to)\s+pass(?:\s+(?:for\s+now|on\s+(?:your|this)))",
         1.5),
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
        (r"(?:Stelle|Position|Vakanz)\b[^.]{0,50}?\b(?:besetzt|vergeben)", 1.5),
        (
            r"(?:Prozess|Bewerbungsprozess|Verfahren|Auswahlverfahren|Bewerbung|Kandidatur)\b"
            r"[^.]{0,50}?\bnicht\s+(?:weiter\s+|mehr\s+)?(?:fortsetzen|fortführen|weiterführen|"
            r"weiterverfolgen|weiter\s+verfolgen)",
            2.0,
        ),
        (
            r"für\s+(?:jemand(?:en)?(?:\s+anderen|\s+anders)?|eine?n?\s+andere[nr]?\s+\w+|"
            r"andere\s+\w+)\b[^.]{0,80}?\bentschieden",
            2.0,
        ),
        # "für eine Kandidatin entschieden, deren Profil …": someone described, not you
        (
            r"für\s+(?:eine[nr]?\s+)?(?:Kandidat|Bewerber)\w*\s+entschieden,?\s+"
            r"(?:de[rn]en|dessen|die|der|welche[rn]?)\b",
            2.0,
        ),
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
        # French
        (r"(?:candidature|profil|dossier)\s+n['’]a\s+pas\s+été\s+retenue?", 2.0),
        (r"(?:pas|ne)\s+(?:pouvons|pourrons|sommes)\s+(?:pas\s+)?(?:en\s+mesure\s+de\s+)?"
         r"donner\s+(?:une\s+)?suite\s+favorable", 2.0),
        (r"ne\s+(?:donnerons|pourrons\s+donner|pouvons\s+donner)\s+pas\s+(?:de\s+)?suite", 2.0),
        (r"(?:poursuivre|continuer)\s+(?:le\s+processus\s+|le\s+recrutement\s+)?avec\s+"
         r"(?:d['’]autres|un\s+autre|une\s+autre)\s+(?:candidat|profil|personne)\w*", 2.0),
        (r"(?:sommes\s+au|avons\s+le)\s+regret|regrettons\s+de\s+vous", 1.5),
        (r"malheureusement", 0.5),
        # Spanish
        (r"(?:continuar|seguir|avanzar)\s+(?:adelante\s+)?(?:el\s+proceso\s+)?con\s+"
         r"(?:otr[oa]s?\s+(?:candidat|perfil|persona)\w*|alguien\s+más)", 2.0),
        (r"(?:tras|después\s+de)\s+(?:valorar|revisar|analizar|estudiar)\s+(?:detenidamente\s+)?"
         r"(?:todas\s+)?las\s+candidaturas", 0.5),
        (r"no\s+(?:ha|has)\s+sido\s+(?:seleccionad|elegid)[oa]", 2.0),
        (r"lamentamos\s+(?:comunicarte|comunicarle|informarte|informarle)", 1.5),
        (r"lamentablemente|desafortunadamente", 0.5),
        # "We ended up going with Karen who's done a few seasons with us"
        (r"(?:ended\s+up|we(?:'ve|’ve|\s+have)?|decided\s+to)\s+(?:go(?:ing)?|went|gone)\s+with\s+"
         r"(?:someone|somebody|another\s+(?:candidate|applicant|person)|[a-z]+\s+who)",
         2.0),
        # Dutch
        (r"niet\s+(?:verder|door)\s+(?:te\s+)?gaan\s+met\s+(?:je|jouw|uw|u)", 2.0),
        (r"(?:gekozen|gaan)\s+(?:voor|verder\s+met)\s+(?:een\s+)?andere\s+kandida\w*", 2.0),
        # "hebben we gekozen voor een kandidaat die al ervaring heeft met …"
        (r"gekozen\s+voor\s+(?:een\s+)?kandida\w*\s+die", 2.0),
        (r"afgewezen|helaas\s+moeten\s+we\s+(?:je|u)\s+laten\s+weten", 1.5),
        (r"helaas", 0.5),
        # Japanese has no spaces: each phrase runs from the last punctuation mark to the
        # next, so the word boundaries fall there ("今回はご希望に沿いかねる結果となりました").
        (r"[^、。，\s]*(?:ご希望に(?:沿|添)(?:いかねる|えない|うことができない|いかねます)|"
         r"見送(?:らせていただ|りとさせていただ|ることとな)|不採用)[^、。，\s]*", 2.0),
        (r"[^、。，\s]*ご活躍を(?:お祈り|祈念)[^、。，\s]*", 0.5),
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
        # A cancelled or postponed meeting is read by structure (cancellation.meeting_moved).
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
        # French, Spanish, Dutch
        (r"(?:plaisir|heureux|heureuse|ravie?s?)\s+de\s+vous\s+(?:proposer|offrir)\s+"
         r"(?:le|un|ce)\s+poste", 2.0),
        (r"(?:promesse|proposition)\s+d['’]embauche", 1.5),
        (r"ofrecer(?:te|le)\s+(?:el|un|este)\s+puesto|carta\s+(?:de\s+)?oferta", 2.0),
        (r"(?:je|u)\s+(?:graag\s+)?een\s+(?:aanbod|arbeidsovereenkomst)\s+(?:te\s+)?doen", 2.0),
        # Portuguese, Italian: "gostaríamos muito de te ter na equipa", "la proposta"
        (r"(?:gostar[ií]amos|queremos)\s+(?:muito\s+)?de\s+(?:te|o|a|vos)\s+ter\s+(?:na|no)\s+"
         r"(?:equipa|equipe|time)", 2.0),
        (r"carta[- ]proposta|proposta\s+(?:de\s+(?:emprego|trabalho|contrata[çc][ãa]o)|formal)",
         1.5),
        (r"(?:siamo\s+lieti|felici)\s+di\s+(?:offrirti|proporti|farti)|proposta\s+di\s+"
         r"(?:assunzione|lavoro)|lettera\s+di\s+(?:offerta|assunzione)", 2.0),
        (r"data\s+de\s+in[ií]cio|remunera[çc][ãa]o\s+base|retribuzione\s+annua", 0.5),
        # "queremos te fazer uma proposta para a posição", "hacerte una propuesta"
        (r"(?:queremos|quer[ií]amos|gostar[ií]amos\s+de|nos\s+gustar[ií]a)\s+"
         r"(?:te\s+|lhe\s+)?(?:fazer|hacerte|hacerle|presentarte)\s+una?\s+(?:proposta|propuesta|"
         r"oferta)\b", 2.0),
        (r"\b(?:proposta|propuesta)\s+para\s+(?:a\s+(?:posi[çc][ãa]o|vaga)|el\s+puesto|"
         r"incorporarte|incorporar-se|se\s+juntar)", 1.5),
        (r"nos\s+encantar[ií]a\s+que\s+(?:te\s+unieras|te\s+unas|formaras\s+parte|"
         r"te\s+incorporaras)\s+a\b", 2.0),
        (r"ofrecer(?:te|le)\s+(?:la\s+posici[óo]n|una\s+posici[óo]n|el\s+rol)", 2.0),
        # Swedish, Danish, Norwegian: "vi vill erbjuda dig tjänsten som …"
        (r"erbjuda\s+dig\s+(?:tjänsten|en\s+tjänst|anställning|jobbet|rollen)|"
         r"erbjudande\s+om\s+anställning|anställningserbjudande", 2.0),
        (r"tilbyde\s+dig\s+(?:stillingen|jobbet|en\s+stilling)|tilby\s+deg\s+"
         r"(?:stillingen|jobben)|jobtilbud", 2.0),
        (r"anställningsavtal|ansættelseskontrakt|arbeidskontrakt", 0.5),
        # Polish: "chcielibyśmy zaproponować Pani stanowisko"
        (r"zaproponować\s+(?:Pani|Panu|Ci)\s+(?:stanowisko|zatrudnienie|pracę)", 2.0),
        # "Your offer from Ridgeline", "here is the written version … the formal letter"
        (r"\byour\s+(?:formal\s+|written\s+|job\s+)?offer\s+(?:from|at|with)\s+"
         r"(?!another|other|a\s|an\s|the\s+other|elsewhere|them)\w+", 1.5),
        (r"\b(?:base\s+salary|sign[- ]on\s+bonus|signing\s+bonus)\s*:", 0.5),
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
            r"(?:(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to|cannot|can't|can’t|can\s+not|"
            r"won't|won’t|will\s+not)\s+(?:yet\s+|currently\s+)?(?:extend|make|offer)",
            3.0,
        ),
        # an offer still hoped for or planned is not made yet
        (
            r"(?:hop(?:e|es|ing)|expect(?:s|ing)?|aim(?:s|ing)?|plan(?:s|ning)?|intend(?:s|ing)?)"
            r"\s+to\s+(?:be\s+(?:in\s+a\s+position|able)\s+to\s+)?(?:make|extend|offer|send)|"
            r"in\s+a\s+position\s+to\s+(?:make|extend)|(?:if|once|assuming|provided)\b[^.]{0,80}"
            r"\b(?:make|extend)\s+(?:you\s+)?an?\s+offer",
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
        r"hear|get\s+back|back\s+to\s+(?:you|u)\b|let\s+(?:you|u|ya)\s+know|update|decision|decide|"
        r"feedback|respond|response|reply|in\s+touch|reach\s+out|outcome|news|follow\s+up|answer|"
        r"contact\s+(?:you|u)\b|(?:call|ring|phone|text|e-?mail|write\s+to)\s+(?:you|u)\b|revert|"
        r"(?:contact|notify|update|inform)\s+(?:all|every|each)\s+(?:candidates?|applicants?)|"
        r"(?:reviendr\w*|revenir|reviens|revenons)\s+vers\s+vous|vous\s+recontacter|"
        r"vous\s+(?:tiendr\w*|tenir)\s+au\s+courant|réponse|décision|retour|"
        r"volver\w*\s+a\s+(?:contactar|escribir)|pondremos\s+en\s+contacto|respuesta|decisión|"
        r"come\s+back\s+to\s+you|circle\s+back|next\s+steps|wrap\s+up|conclude|send|"
        r"make\s+the\s+call|(?:make|extend)\s+(?:you\s+)?an?\s+offer|yes\s+or\s+no|promis\w*|hör(?:st|en|t)|"
        r"Rückmeldung|meld(?:e|en|et)|Entscheidung|Bescheid|zurück|informieren|Antwort|Nachricht|"
        r"senden|zusenden|schicken",
    )
    request: tuple[Phrase, ...] = _phrases(
        r"^(?:please|kindly|could\s+you|can\s+you|would\s+you|bitte|könnten\s+Sie)|your\s+availability|"
        # an imperative to the reader ("Reply within a day.") asks, it promises nothing
        r"^(?:\d+[.)]\s*)?(?:reply|respond|answer|write\s+back|follow\s+up|send)|"
        r"let\s+(?:us|me)\s+know|lassen\s+Sie\s+uns",
    )
    marketing: tuple[Phrase, ...] = _phrases(
        r"job\s+alert|\d+\s+new\s+jobs?|new\s+jobs\s+(?:for|matching)|jobs?\s+(?:you\s+may|you\s+might|for\s+you)|"
        r"recommended\s+jobs|newsletter|weekly\s+digest|Jobagent|neue\s+Stellen|Stellenangebote\s+für\s+Sie|"
        r"webinar|view\s+all\s+jobs|"
        # the furniture of a subscription: an issue number, why you receive it
        r"issue\s+(?:#|no\.?\s*)\d+|(?:you(?:'re|\s+are)\s+receiving|you\s+received)\s+this\s+"
        r"(?:e-?mail\s+|newsletter\s+)?because\s+you\s+(?:subscribed|signed\s+up)",
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
        """A new lexicon with user phrases (RE2) added. Raises ValueError naming a bad regex."""
        return replace(
            self,
            rejection=self.rejection + _phrases(*rejection, user=True),
            not_rejection=self.not_rejection + _phrases(*not_rejection, user=True),
            offer=self.offer + _phrases(*offer, user=True),
            not_offer=self.not_offer + _phrases(*not_offer, user=True),
            next_steps=self.next_steps + _phrases(*next_steps, user=True),
        )


DEFAULT_SIGNAL_LEXICON = SignalLexicon()
