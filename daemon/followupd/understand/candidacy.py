"""Is this message part of the user's candidacy? The user's application, an acknowledgement,
a recruiter's approach, a request to schedule.

A hiring process is followed from its first message, not from its first calendar
invitation: the user's own application or outreach (in Sent), an applicant-tracking
acknowledgement ("Thank you for applying to Acme"), a recruiter's or an agency's
approach ("I came across your profile … a Staff Engineer role"), an invitation to
schedule. `candidacy` returns a `SignalKind.CANDIDACY` signal with the deciding
sentence as its evidence and, in `detail`, the company when the message names it
(an ATS relay's sender name "Acme Robotics Recruiting", "applying to Acme"), or None.

It reads the message's new text, first sentences first, and addresses the user:
"your application", "your profile", "I am applying". Mail marked as list or bulk
mail (Auto-Submitted, Precedence, List-Id) counts only from an applicant-tracking
system: a job alert's "apply now" is nobody's candidacy.
"""

from __future__ import annotations

import re

from followupd.domain.model import ParsedMessage, UserIdentity
from followupd.domain.signals import Signal, SignalKind
from followupd.understand import people
from followupd.understand.classify import trim_evidence
from followupd.understand.quoting import sentences

_SENTENCES_READ = 25

# The user applying or reaching out (their own mail).
_USER_APPLIES = re.compile(
    r"\b(?:I(?:\s+am|'m|’m)\s+(?:writing|reaching\s+out)\s+to\s+(?:apply|express\s+(?:my\s+)?interest)|"
    r"I(?:\s+would|'d|’d)\s+like\s+to\s+apply|I(?:\s+am|'m|’m)\s+applying|I\s+(?:have\s+)?(?:just\s+)?applied|"
    r"(?:please\s+find|attached\s+(?:is|you\s+will\s+find))\s+(?:attached\s+)?my\s+"
    r"(?:cv|resume|résumé|application|cover\s+letter)|"
    r"my\s+application\s+for|application\s+for\s+the\s+|"
    r"I(?:'ve|’ve|\s+have)\s+(?:also\s+)?attached\s+my\s+(?:cv|resume|résumé|portfolio)|"
    r"my\s+(?:cv|resume|résumé)\s+is\s+attached|attaching\s+my\s+(?:cv|resume|résumé)|"
    r"(?:cv|resume|résumé)\s+(?:is\s+)?attached|"
    r"I\s+saw\s+(?:the|your)\s+(?:[\w/+.&-]+\s+){0,5}(?:posting|opening|job\s+ad|listing|vacancy)|"
    r"if\s+you(?:'re|’re|\s+are)\s+(?:growing|expanding|building)\s+(?:the|your)\s+"
    r"(?:[\w/+.&-]+\s+){0,3}team|"
    r"you(?:'re|’re|\s+are)\s+(?:currently\s+|now\s+|still\s+)?hiring|"
    r"(?:love|like|happy)\s+to\s+be\s+considered\s+for|"
    r"I(?:\s+am|'m|’m)\s+(?:very\s+|really\s+)?(?:interested|excited)\s+(?:in|about)\s+(?:the|your|this)\s+"
    r"(?:[\w/+.&-]+\s+){0,5}(?:role|position|opening|vacancy|job)|"
    r"(?:hiermit\s+)?bewerbe\s+ich\s+mich|meine\s+Bewerbung|"
    r"je\s+(?:souhaite|voudrais)\s+(?:postuler|vous\s+proposer\s+ma\s+candidature)|ma\s+candidature|"
    r"me\s+gustar[íi]a\s+postular|mi\s+candidatura|mi\s+solicitud|"
    # the CV attached, the role seen: "te adjunto mi CV", "segue meu currículo",
    # "anbei meinen Lebenslauf", "ci-joint mon CV", "bifogar mitt CV"
    r"(?:te\s+|le\s+|les\s+)?adjunto\s+mi\s+(?:cv|curr[íi]cul(?:um|o)|hoja\s+de\s+vida)|"
    r"(?:segue|envio|anexo)\s+(?:em\s+anexo\s+)?(?:o\s+)?meu\s+(?:cv|curr[íi]culo)|"
    r"anbei\s+(?:sende\s+ich\s+Ihnen\s+|finden\s+Sie\s+)?meinen\s+Lebenslauf|"
    r"meine\s+Bewerbungsunterlagen|ci-joint\s+mon\s+cv|vous\s+trouverez\s+ci-joint\s+mon\s+cv|"
    r"(?:bifogar|bifogat)\s+(?:mitt|jag\s+mitt)\s+cv|vedhæfte[rt]?\s+mit\s+cv|"
    r"me\s+encantar[íi]a\s+saber\s+m[áa]s\s+(?:del|sobre\s+el)\s+puesto|"
    r"gostaria\s+de\s+(?:me\s+candidatar|saber\s+mais\s+sobre\s+a\s+vaga)|"
    r"(?:est[áa]n?|est[áa]\s+a)\s+(?:buscando|contratando|procurando)\s+(?:un|una|um|uma)\s+"
    r"(?-i:[A-Z])|"
    # sv, da, no, nl, pt, it, pl: "min ansökan", "mijn sollicitatie", "minha candidatura"
    r"min\s+(?:ansökan|ansøgning|søknad)|jag\s+söker\s+(?:tjänsten|jobbet)|"
    r"mijn\s+sollicitatie|ik\s+solliciteer|minha\s+candidatura|me\s+candidatar|"
    r"la\s+mia\s+candidatura|moj[aą]\s+aplikacj[eę]|aplikuj[eę]\s+na)",
    re.IGNORECASE,
)
_USER_SUBJECT = re.compile(
    r"\b(?:application|applying|candidacy|bewerbung|candidature|candidatura|postulaci[óo]n|"
    r"ansökan|ansøgning|søknad|sollicitatie|solicitud|aplikacja)\b",
    re.IGNORECASE,
)
# A company, an ATS or a recruiter about the user's candidacy.
_THEM = re.compile(
    r"\b(?:(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application|"
    r"your\s+interest\s+in|submitting\s+your|considering)|"
    r"(?:we|I)\s+(?:have\s+|'ve\s+)?received\s+your\s+(?:application|cv|resume|résumé)|"
    r"your\s+application\s+(?:for|to|has|was|is)|"
    r"(?:came|come)\s+across\s+your\s+(?:profile|background|cv|resume|portfolio|work|github)|"
    r"(?:is|are|we're|we’re)\s+(?:currently\s+)?hiring\s+(?:a|an|for)\b|"
    r"would\s+love\s+to\s+(?:chat|talk|connect|speak)\s+(?:with\s+you\s+)?(?:if\s+you(?:'re|’re|\s+are)\s+open|about)|"
    r"your\s+(?:profile|background|experience)\s+(?:stood\s+out|caught|looks|looked|seems|seemed|"
    r"is\s+a|would\s+be\s+a)|"
    r"(?:would|are)\s+you\s+(?:be\s+)?(?:open|interested)\s+(?:to|in)\s+"
    r"(?:a\s+|an\s+)?(?:quick\s+|short\s+|brief\s+|informal\s+|first\s+)?(?:chat|call|conversation|talk|hearing|exploring|learning|discussing|"
    r"(?:new\s+)?(?:role|position|opportunit))|"
    r"(?:reaching\s+out|writing)\s+(?:to\s+you\s+)?(?:about|regarding)\s+(?:a|an|the|our)\s+"
    r"(?:[\w/+.&-]+\s+){0,5}(?:role|position|opening|opportunity|vacancy)|"
    r"(?:schedule|set\s+up|arrange|book)\s+(?:a|an|your|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:call|interview|chat|conversation|screen)|"
    r"(?:share|send)\s+(?:me\s+|us\s+)?your\s+availability|"
    r"next\s+steps?\s+(?:in|of)\s+(?:the|our|your)\s+(?:[\w-]+\s+)?process|"
    r"move\s+(?:you\s+)?forward\s+(?:to|with)\s+(?:the\s+)?(?:next|an?\s+interview)|"
    r"(?:vielen\s+)?dank\s+f[üu]r\s+(?:Ihre|deine)\s+(?:Bewerbung|Interesse)|"
    r"Ihre\s+Bewerbung\s+(?:als|für|ist|wurde|bei)|Eingangsbestätigung|"
    r"merci\s+(?:pour|de)\s+(?:votre\s+candidature|l'intérêt)|votre\s+candidature|"
    r"gracias\s+por\s+(?:tu|su)\s+(?:candidatura|inter[ée]s)|(?:tu|su)\s+candidatura|"
    # Swedish, Danish, Norwegian, Finnish
    r"tack\s+för\s+din\s+ansökan|vi\s+har\s+(?:tagit\s+emot|mottagit)\s+din\s+ansökan|"
    r"din\s+ansökan\s+(?:till|om|har|som)|tak\s+for\s+din\s+ansøgning|"
    r"vi\s+har\s+modtaget\s+din\s+ansøgning|takk\s+for\s+(?:din\s+)?søknad(?:en)?|"
    r"vi\s+har\s+mottatt\s+(?:din\s+)?søknad|kiitos\s+hakemuksestasi|"
    # Dutch, Portuguese, Italian, Polish
    r"bedankt\s+voor\s+(?:je|uw|jouw)\s+sollicitatie|(?:je|uw)\s+sollicitatie\s+(?:voor|is|hebben)|"
    r"obrigad[oa]\s+(?:pela|por\s+sua)\s+(?:sua\s+)?candidatura|recebemos\s+(?:a\s+)?sua\s+candidatura|"
    r"sua\s+candidatura\s+(?:para|foi|à|a\s+vaga)|"
    r"grazie\s+per\s+(?:la\s+tua|la\s+sua|aver\s+inviato\s+la)\s+candidatura|"
    r"abbiamo\s+ricevuto\s+la\s+(?:tua|sua)\s+candidatura|"
    r"dziękujemy\s+za\s+(?:przesłanie\s+)?(?:Twojej\s+|Pani\s+|Pana\s+)?(?:aplikacj\w+|zgłoszeni\w+|CV))"
    # Japanese, whose words have no boundaries: "ご応募いただき", "ご応募ありがとうございます"
    r"|ご応募(?:いただき|ありがとう)|応募を受け付け",
    re.IGNORECASE,
)
# Words a sender's display name adds to a company's name ("Acme Robotics Recruiting").
_TEAM_WORDS = re.compile(
    r"\s*(?:[-–|,]\s*)?\b(?:talent(?:\s+acquisition)?|recruiting|recruitment|careers?|hiring"
    r"(?:\s+team)?|jobs|people(?:\s+ops|\s+team)?|hr|team|via\s+\w+|notifications?|no-?reply|"
    r"karriere|personal(?:abteilung)?|recrutement|reclutamiento|selección)\b.*$",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:applying|application|interest)\s+(?:to|at|with|in)\s+(?:the\s+[^.\n]{2,60}?\s+"
    r"(?:role|position)\s+at\s+)?(?P<c>[A-Z0-9][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,3})"
    r"|\bbei\s+(?:der\s+|uns,?\s+der\s+)?(?P<d>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
)
_NOT_COMPANY = frozenset(
    {"the", "our", "this", "a", "an", "your", "we", "us", "you", "it", "i", "uns", "ihnen"}
)


def named_company(msg: ParsedMessage, text: str) -> str:
    """The company an ATS notice or recruiter names, or '' (its sender name first)."""
    sender = msg.sender
    if sender is not None and sender.name and people.is_ats_domain(people.domain_of(sender.email)):
        name = _TEAM_WORDS.sub("", sender.name).strip(" -–|,\"'")
        if name and name.casefold() not in _NOT_COMPANY and len(name) >= 2:
            return name
    for match in _NAMED.finditer(f"{msg.subject}\n{text[:3000]}"):
        words: list[str] = []
        for word in (match.group("c") or match.group("d") or "").split():
            words.append(word)
            if word.endswith((".", "!", ",")):  # "Globex. We will …": the sentence ends it
                break
        name = " ".join(words).rstrip(".,!'")
        if name and name.split()[0].casefold() not in _NOT_COMPANY:
            return name
    return ""


_WITHDRAW = re.compile(
    r"\b(?:I\s+(?:would\s+like|want|wish|have\s+decided|decided)\s+to\s+withdraw|"
    r"(?:please\s+)?withdraw\s+my\s+(?:application|candidacy|name)|"
    r"I(?:\s+am|'m|’m)\s+withdrawing|(?:have|'ve)\s+(?:decided\s+to\s+)?accept(?:ed)?\s+"
    r"(?:an?\s+|another\s+)(?:offer|position|role)\s+(?:elsewhere|with\s+another)|"
    r"ziehe\s+(?:ich\s+)?meine\s+Bewerbung\s+zurück|retirer\s+ma\s+candidature|"
    r"retirar\s+mi\s+candidatura)",
    re.IGNORECASE,
)


def withdrawal(msg: ParsedMessage, text: str, *, user: UserIdentity) -> Signal | None:
    """The user's own mail withdrawing their candidacy ("I'd like to withdraw my
    application"), as a WITHDRAWAL signal with the sentence; else None."""
    if msg.sender is None or not user.is_me(msg.sender.email):
        return None
    found = next((s for s in sentences(text)[:_SENTENCES_READ] if _WITHDRAW.search(s)), "")
    return Signal(kind=SignalKind.WITHDRAWAL, evidence=trim_evidence(found)) if found else None


# An application that is not for a job: a flat, a school, a volunteer post, a scholarship.
_NOT_A_JOB = re.compile(
    r"\b(?:admissions?|membership|volunteer\w*|docent|tenan\w+|co-?op\s+board|scholarship|"
    r"parent-teacher|rental|lease|apartment|flat\s+viewing|mba|undergraduate|graduate\s+program|"
    r"Mitgliedschaft|Wohnung|Ehrenamt\w*|bénévol\w*|logement|voluntari\w*|beca)\b",
    re.IGNORECASE,
)


def candidacy(msg: ParsedMessage, text: str, *, user: UserIdentity) -> Signal | None:
    """The CANDIDACY signal of one message (see the module docstring), or None."""
    sender = msg.sender
    from_user = sender is not None and user.is_me(sender.email)
    lines = sentences(text)[:_SENTENCES_READ]
    if from_user:
        found = next((s for s in lines if _USER_APPLIES.search(s)), "")
        if not found and _USER_SUBJECT.search(msg.subject) and not _is_reply(msg.subject):
            found = msg.subject
        if not found:
            return None
        return Signal(kind=SignalKind.CANDIDACY, evidence=trim_evidence(found), detail="")
    from_ats = any(
        people.is_ats_domain(people.domain_of(p.email))
        for p in (*((sender,) if sender else ()), *msg.reply_to)
    )
    if msg.auto_submitted and not from_ats:
        return None  # list or bulk mail: a job alert, a newsletter
    found = next((s for s in [msg.subject, *lines] if _THEM.search(s)), "")
    if not found or _NOT_A_JOB.search(msg.subject) or _NOT_A_JOB.search(found):
        return None
    return Signal(
        kind=SignalKind.CANDIDACY, evidence=trim_evidence(found), detail=named_company(msg, text)
    )


def _is_reply(subject: str) -> bool:
    return re.match(r"^\s*(re|aw|fwd?|wg|sv|tr)\s*:", subject, re.IGNORECASE) is not None
