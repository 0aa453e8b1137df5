"""The output guard: stops answers that give self-harm methods, extreme dieting advice, words
that would deepen a crisis, or the prompt's canary (a sign the system prompt is leaking).

Rules are explicit patterns, so a blocked answer always has a named reason that can be logged
without its content. They aim at instructions and encouragement, not at topics: "aim for
1,800 kcal" or "talk to someone if you feel low" pass.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from safety.injection import CANARY_PATTERN

log = logging.getLogger(__name__)

SAFE_REPLY = (
    "I'm not able to help with that. If you're going through a hard time, you deserve real "
    "support: please reach out to someone you trust, or to a free, confidential helpline "
    "(findahelpline.com lists one for every country). If you are in danger, call your local "
    "emergency number now. I'm here to keep working with you on your goals whenever you're ready."
)
# Below this many kcal a day is a very-low-calorie diet that needs medical supervision.
MIN_DAILY_KCAL = 800

_I = re.IGNORECASE
_SELF_HARM = [
    re.compile(p, _I)
    for p in (
        r"\b(lethal|fatal|deadly)\s+(dose|amount|quantity)s?\b",
        r"\bhow\s+many\s+(pills|tablets|capsules)\b.{0,40}\b(kill|die|fatal|lethal|overdose|end)",
        r"\b(overdose|od)\s+on\b.{0,60}\b(\d+|pills|tablets)",
        r"\b(cut|slit|slash)\s+(your|my)\s+(wrists?|arms?|throat|veins?)\b",
        r"\bcut\s+deeper\b",
        r"\b(hang|drown|suffocate|poison|shoot)\s+yourself\b",
        r"\b(tie|make|use)\s+(a|the)\s+noose\b",
        r"\b(painless|quick|easy|best|surest)\s+(way|method|means)s?\s+(to\s+)?"
        r"(die|kill\s+yourself|end\s+(your|it)|commit\s+suicide)",
        r"\b(ways?|methods?|how)\s+to\s+(kill\s+yourself|commit\s+suicide|end\s+your\s+(own\s+)?life)",
        r"\bjump\s+(off|from)\s+(a|the)\s+(bridge|building|roof|cliff)\b",
        r"\bhide\s+(the\s+)?(cuts|scars|marks|wounds)\b",
    )
]
_DIETING = [
    re.compile(p, _I)
    for p in (
        r"\b(make|force)\s+(yourself|urself)\s+(throw\s+up|vomit|be\s+sick|puke)\b",
        r"\b(throw\s+up|vomit|purge)\s+(after|when)\s+(you\s+)?(eat|eating|meals?|binge)",
        r"\b(use|take|try)\s+(laxatives|diuretics|diet\s+pills|water\s+pills)\b.{0,40}"
        r"\b(lose|drop|shed|weight|thin|skinny|purge|burn)",
        r"\bhide\s+(your\s+)?(food|eating|not\s+eating|meals?|weight\s+loss)\s+from\b",
        r"\b(so|without)\s+(that\s+)?(no\s?one|nobody|anyone|your\s+(family|parents|partner))"
        r"\s+(notices?|knows?|sees?|finding\s+out)\b.{0,40}\b(eat|eating|food|meals?|skip)",
        r"\bskip\s+meals\b.{0,40}\bwithout\s+(anyone|anybody|people)\s+noticing",
        r"\b(chew\s+and\s+spit|pro[-\s]?ana|thinspo)\b",
        r"\b(eat|consume)\s+nothing\s+(for|but)\b.{0,30}\b(days?|weeks?|water)\b",
    )
]
_DEEPEN_CRISIS = [
    re.compile(p, _I)
    for p in (
        r"\byou\s+should\s+(just\s+)?(kill\s+yourself|die|end\s+(it|your\s+life)|hurt\s+yourself)",
        r"\b(you\s*('re|\s+are)|you'd\s+be)\s+better\s+off\s+dead\b",
        r"\b(no\s?one|nobody)\s+(would|will)\s+(miss|care\s+about)\s+you\b",
        r"\byou\s*('re|\s+are)\s+(just\s+)?a\s+burden\b",
        r"\b(there\s+is|there's)\s+no\s+(hope|point|way\s+out)\s+for\s+you\b",
        r"\bgo\s+ahead\s+and\s+(do\s+it|end\s+it|kill\s+yourself|hurt\s+yourself)\b",
        r"\bkys\b",
        r"\byour\s+(life|existence)\s+(is|isn't)\s+(worthless|not\s+worth\s+living|pointless)\b",
    )
]
_KCAL = re.compile(
    r"(?P<n>\d{1,2}(?:[,.\s]\d{3})+|\d{1,5})\s*(?:-\s*)?(?:k?cal(?:ories?)?|kcals?|calories?)\b"
    r"(?P<after>[^.!?\n]{0,40})",
    _I,
)
_PER_DAY = re.compile(r"\b(a|per|each|every)\s+day\b|\bdaily\b|/\s*day\b|\bday\b", _I)
# Words that make a small number a change, a burn or a part of the day rather than the total.
_NOT_TOTAL = re.compile(
    r"\b(deficit|surplus|cut(ting)?|fewer(?!\s+than)|less(?!\s+than)|reduce|reducing|burn(ed|ing|s)?|snack|"
    r"meal|breakfast|lunch|dinner|extra|more|add|adding|walk|walking|run|running|exercise|"
    r"per\s+hour|protein|fat|carbs?|sugar)\b",
    _I,
)
_LIMITING = re.compile(
    r"\b(only|just|under|below|less\s+than|no\s+more\s+than|at\s+most|max(imum)?|limit|"
    r"stick\s+to|eat|keep)\b",
    _I,
)


# A warning names the harmful thing to rule it out ("never eat under 800 kcal a day").
_NEGATION = re.compile(
    r"\b(never|don'?t|do\s+not|doesn'?t|avoid|avoiding|shouldn'?t|should\s+not|must\s+not|"
    r"mustn'?t|no\s+need\s+to|instead\s+of|rather\s+than|dangerous\s+to|not\s+safe\s+to|"
    r"stop|please\s+don'?t|nunca|no\s+debes|jamais|ne\s+\w+\s+pas|nie|niemals|nicht)\b[^.!?\n]*$",
    _I,
)
NEGATION_WINDOW = 30


def _affirmed(rule: re.Pattern[str], text: str) -> bool:
    """Whether a rule matches anywhere that is not ruled out by a nearby negation."""
    return any(not _negated(text, match.start()) for match in rule.finditer(text))


def _negated(text: str, start: int) -> bool:
    """Whether the words just before `start`, in the same sentence, negate what follows."""
    return _NEGATION.search(text[max(0, start - NEGATION_WINDOW) : start]) is not None


@dataclass(frozen=True)
class Verdict:
    """Whether text may be shown; `reason` names the rule that stopped it (never the text)."""

    blocked: bool
    reason: str = ""


ALLOWED = Verdict(False)


def check(text: str) -> Verdict:
    """Check an answer (or the part streamed so far) against every rule."""
    if CANARY_PATTERN.search(text):
        return Verdict(True, "canary")
    for name, rules in (
        ("self_harm_method", _SELF_HARM),
        ("extreme_dieting", _DIETING),
        ("deepens_crisis", _DEEPEN_CRISIS),
    ):
        if any(_affirmed(rule, text) for rule in rules):
            return Verdict(True, name)
    if _starvation_target(text):
        return Verdict(True, "extreme_dieting")
    return ALLOWED


def _starvation_target(text: str) -> bool:
    """A daily calorie total under 800 given as a target ("eat only 600 calories a day")."""
    for match in _KCAL.finditer(text):
        number = int(re.sub(r"[,.\s]", "", match["n"]))
        if not 0 < number < MIN_DAILY_KCAL:
            continue
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        sentence = text[start : match.end()]
        if not _PER_DAY.search(match["after"] + " " + sentence[-60:]):
            continue
        if _NOT_TOTAL.search(sentence):
            continue
        before = text[max(start, match.start() - 40) : match.start()]
        if _LIMITING.search(before) and not _negated(text, match.start()):
            return True
    return False


def guard(text: str, *, replacement: str = SAFE_REPLY) -> str:
    """The text if it passes, else the safe reply; a block is logged by reason only."""
    verdict = check(text)
    if not verdict.blocked:
        return text
    log.warning("answer blocked by the output guard (rule %s, %d chars)", verdict.reason, len(text))
    return replacement
