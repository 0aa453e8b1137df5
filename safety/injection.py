"""Prompt-injection screening for coach documents and retrieved passages, and the canary.

A passage is flagged when it tries to override instructions, hijack a role or the system
prompt, hides text from a human reader (HTML styled invisible, comments, zero-width or
Unicode tag characters), or carries an encoded payload (base64, hex, rot13) that decodes to
such instructions (decoded payloads are screened again). The rules catch explicit patterns; a
learned layer (`safety.injection_model`, a small head over MiniLM scoring each segment) catches
paraphrases, and `screen_hits` runs both in one batch. Flagged passages never reach the prompt:
retrieval drops them.

The canary is a random marker placed in the system prompt; an answer that contains it is
quoting the system prompt and is blocked by the output guard (`safety.output`).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import logging
import re
import secrets
import threading
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from safety.injection_model import LearnedScorer

log = logging.getLogger(__name__)

CANARY_PREFIX = "LDSTR-CANARY-"
# One per process: enough to spot a leak, and never written anywhere but the system prompt.
CANARY = CANARY_PREFIX + secrets.token_hex(8)
CANARY_PATTERN = re.compile(re.escape(CANARY_PREFIX) + r"[0-9a-f]{4,}", re.IGNORECASE)

_I = re.IGNORECASE
_OVERRIDE = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}?\b(previous|prior|above|earlier|"
    r"preceding|all|any|your|system|original|these|those)\b(?:(?!\w+'s\b)[^.\n]){0,20}?\b(instructions?|"
    r"prompts?|directives?|programming|guardrails|system\s+message)\b"
    r"|\b(ignore|disregard)\s+(the\s+)?(system|developer)\s+(message|prompt|instructions)\b"
    r"|\b(ignora|olvida)\b[^.\n]{0,30}\binstrucciones\b"
    r"|\b(ignore[rz]?|oublie[rz]?)\b[^.\n]{0,30}\b(instructions|consignes)\b"
    r"|\b(ignoriere|vergiss|missachte)\b[^.\n]{0,30}\b(anweisungen|instruktionen)\b"
    r"|\bnew\s+(instructions|system\s+prompt)\s*:"
    r"|\bfrom\s+now\s+on,?\s+(ignore|disregard|you\s+(must|will|shall)\s+(ignore|obey|only\s+"
    r"(respond|answer|reply)))\b"
    r"|\binstead,?\s+(output|print|say)\s+(only\s+|exactly\s+)?[\"'“]",
    _I,
)
_HIJACK = re.compile(
    r"\byou\s+are\s+now\s+(an?\s+)?(dan|unrestricted|unfiltered|jailbroken|evil|free\s+from|"
    r"in\s+(developer|god|admin)\s+mode|(ai|assistant|model|chatbot)s?\s+(that|which|without|with\s+no))"
    r"|\byou\s+are\s+no\s+longer\s+(an?\s+)?(coach|assistant|ai|bound|restricted|required|limited)"
    r"|\b(act|behave|respond)\s+as\s+(if\s+you\s+were\s+)?(an?\s+)?(unfiltered|unrestricted|"
    r"jailbroken|dan|evil|the\s+system|admin|developer|root)\b"
    r"|\bpretend\s+(to\s+be|you\s+are)\s+(an?\s+|the\s+)?(unrestricted|unfiltered|different\s+ai|"
    r"another\s+ai|system|dan|evil|ai\s+without|assistant\s+without|developer)"
    r"|\brepeat\s+(the\s+|all\s+the\s+)?(text|words|everything|instructions)\s+above\b"
    r"|\b(reveal|print|show|repeat|output|leak|tell\s+me|display)\b[^.\n]{0,30}\b"
    r"(system\s+prompt|your\s+(instructions|prompt)|initial\s+instructions|hidden\s+prompt)\b"
    r"|\b(developer|god|dan|jailbreak|sudo)\s+mode\b|\bdo\s+anything\s+now\b"
    r"|<\|?(im_start|im_end|system|endoftext|start_header_id)\|?>|\[/?(inst|sys)\]|<</?sys>>"
    r"|(^|[.!?]\s+)(#{2,}\s*)?(system|developer)\s*(prompt|message)?\s*:"
    r"|\brole\s*[:=]\s*[\"']?(system|developer)\b"
    r"|</?(system|instructions?)>",
    _I | re.MULTILINE,
)
# Coach material talks to learners; text that talks to the model, voids its instructions or
# asks for its configuration is an attack whatever the exact wording.
_ADDRESSES_MODEL = re.compile(
    r"\b(hey|attention|note\s+to|dear|calling|instructions?\s+for)\s*,?\s+(the\s+)?(ai|assistant|"
    r"model|language\s+model|llm|chatbot|gpt|bot)\b"
    r"|\b(the\s+|any\s+)?(ai|assistant|model|llm|chatbot)\s+(reading|processing|parsing|that\s+reads)"
    r"\s+this\b"
    r"|\bif\s+you\s+are\s+an?\s+(ai|assistant|language\s+model|llm|chatbot|bot)\b"
    r"|\bnew\s+(task|job|goal|objective|role)\s+for\s+(the\s+|you,?\s+)?(ai|assistant|model|llm)\b"
    r"|\b(obey|follow)\s+(only\s+)?(the\s+author|this\s+document|these\s+lines|me)\s+(above|over|"
    r"instead|before)\b"
    r"|\b(highest|top)[-\s]priority\s+(instruction|command|directive)s?\b"
    r"|\b(system|admin|developer|root)\s+override\b"
    r"|\bstop\s+being\s+(a|an|the)\s+(coach|assistant|ai|helpful)\b"
    r"|\b(coach|assistant)\s+persona\s+(is|has\s+been)\s+(now\s+)?(disabled|off|removed|replaced)\b"
    r"|\b(safety|content|moderation)\s+(filters?|guards?|rules|settings|checks?)\s+(is|are|has\s+been|"
    r"have\s+been)\s+(now\s+)?(off|turned\s+off|disabled|removed|lifted|suspended)\b",
    _I,
)
_VOIDS_INSTRUCTIONS = re.compile(
    r"\b(whatever|everything|anything|all)\s+(you\s+were|you'?ve\s+been|you\s+have\s+been)\s+"
    r"(told|instructed|given|asked)\b[^.\n]{0,40}\b(no\s+longer|doesn'?t|does\s+not|void|ignore|"
    r"forget|invalid|cancel)"
    r"|\b(ignore|disregard|forget|skip|set\s+aside)\s+(everything|all|anything)\s+(you\s+were\s+told|"
    r"above|before|earlier|previously|so\s+far)\b"
    r"|\b(previous|prior|earlier|original|your)\s+(guidance|instructions|rules|prompt|directions|"
    r"context|configuration)\s+(is|are)\s+(now\s+)?(void|cancelled|invalid|obsolete|overridden|"
    r"revoked|suspended)\b"
    r"|\b(disregard|ignore|forget)\s+(all\s+)?(prior|previous|earlier|the\s+above)\s+(context|"
    r"conversation|messages|text)\b"
    r"|\bskip\s+your\s+(usual\s+)?(rules|instructions|guidelines|restrictions|policies)\b"
    r"|\b(olvida|ignora)\s+(todo\s+)?(lo\s+)?(anterior|previo)\b"
    r"|\bne\s+tien[ts]?\s+pas\s+compte\s+des?\s+(instructions|consignes|r[eè]gles)\b"
    r"|\b(oublie|ignore)[rz]?\s+(tout\s+)?(ce\s+qui\s+pr[eé]c[eè]de|tout\s+ce\s+qu)"
    r"|\b(bisherigen|vorherigen|alle)\s+(regeln|anweisungen|vorgaben)\s+(gelten\s+nicht|sind\s+"
    r"ung[uü]ltig|aufgehoben)",
    _I,
)
_WANTS_CONFIG = re.compile(
    r"\b(translate|show|share|reveal|print|output|summari[sz]e|list|what\s+are|tell\s+\w+)\b"
    r"[^.\n]{0,30}\b(your|the)\s+(system|hidden|secret|internal|initial|original)\s+(prompt|"
    r"instructions|rules|configuration|settings)\b"
    r"|\b(your|the)\s+(hidden|secret|internal)\s+(rules|instructions|prompt)\b"
    r"|\b(contents?|text)\s+of\s+your\s+(configuration|instructions|prompt|memory|context|"
    r"system\s+message)\b"
    r"|\b(summari[sz]e|send|forward|list|reveal)\b[^.\n]{0,30}\b(learner'?s?|user'?s?|other\s+"
    r"learners'?|private)\s+(private\s+)?(messages|conversations|data|emails?|addresses?|history)\b",
    _I,
)
_HIDDEN_HTML = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(\.0+)?\s*[;\"']"
    r"|font-size\s*:\s*0(px|pt|em)?\s*[;\"']"
    r"|color\s*:\s*(#fff(fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255)\b"
    r"|<!--(?!\s*-->)[\s\S]*?-->|<\s*(script|iframe|object)\b|\bhidden\s*(=|>)",
    _I,
)
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}[\s:]?){16,}\b")
_DECODE_HINT = re.compile(
    r"\b(decode|base64|rot13|rot-13|hex[-\s]?encoded|deobfuscate)\b[^.\n]{0,40}\b"
    r"(follow|execute|obey|run|do\s+what|instructions?|then)\b",
    _I,
)


_INVISIBLE_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(\.0+)?\s*(;|$)"
    r"|font-size\s*:\s*0(px|pt|em|rem|%)?\s*(;|$)",
    _I,
)


def hidden_element(attrs: dict[str, object]) -> bool:
    """Whether an HTML element's attributes hide it from a reader (ingestion drops it)."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return isinstance(style, str) and _INVISIBLE_STYLE.search(style.strip()) is not None


@dataclass(frozen=True)
class Screening:
    """Why a passage looks like an injection; no reasons means it is clean."""

    reasons: tuple[str, ...] = ()
    # The learned layer's probability, when it ran (0.0 for rules-only screening).
    score: float = 0.0

    @property
    def flagged(self) -> bool:
        """Whether the passage must be kept out of the prompt."""
        return bool(self.reasons)


def _instructions(text: str) -> list[str]:
    """The instruction-override or hijack signals in plain text."""
    found = []
    if _OVERRIDE.search(text):
        found.append("instruction_override")
    if _HIJACK.search(text):
        found.append("role_hijack")
    if _ADDRESSES_MODEL.search(text) or _VOIDS_INSTRUCTIONS.search(text):
        found.append("instruction_override")
    if _WANTS_CONFIG.search(text):
        found.append("role_hijack")
    if CANARY_PATTERN.search(text):
        found.append("canary")
    return found


_URL_ESCAPES = re.compile(r"(?:%[0-9a-fA-F]{2}[^%\s]{0,12}){3,}")
_ENTITIES = re.compile(r"&#x?[0-9a-fA-F]{2,6};")


def encoded_payloads(text: str) -> list[str]:
    """Texts hidden in base64, hex, URL-encoding, HTML entities or Unicode tags, decoded."""
    payloads = []
    for match in _BASE64.finditer(text):
        blob = match.group()
        try:
            payloads.append(base64.b64decode(blob + "=" * (-len(blob) % 4)).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    for match in _HEX.finditer(text):
        digits = re.sub(r"[\s:]", "", match.group())
        try:
            payloads.append(bytes.fromhex(digits).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            pass
    for match in _TAGS.finditer(text):
        payloads.append("".join(chr(ord(ch) - 0xE0000) for ch in match.group()))
    if _URL_ESCAPES.search(text):
        payloads.append(urllib.parse.unquote_plus(text))
    if _ENTITIES.search(text):
        payloads.append(html.unescape(text))
    return [p for p in payloads if p.strip()]


def _decoded_payloads(text: str) -> list[str]:
    """The encoded payloads plus the rot13 reading of the whole text (rules only)."""
    return [*encoded_payloads(text), codecs.decode(text, "rot13")]


def screen(text: str) -> Screening:
    """Screen one passage for injection attempts."""
    reasons = _instructions(text)
    if _HIDDEN_HTML.search(text):
        reasons.append("hidden_html")
    if _INVISIBLE.search(text):
        reasons.append("invisible_characters")
    if _DECODE_HINT.search(text):
        reasons.append("encoded_payload")
    visible = _INVISIBLE.sub("", text)
    if visible != text and _instructions(visible):
        reasons.append("instruction_override")
    if any(_instructions(payload) for payload in _decoded_payloads(text)):
        reasons.append("encoded_payload")
    return Screening(tuple(dict.fromkeys(reasons)))


class _HasText:
    text: str


HitT = TypeVar("HitT", bound=_HasText)


def model_segments(text: str) -> list[str]:
    """What the learned layer scores: the visible segments and those of decoded payloads."""
    from safety.injection_model import MAX_SEGMENTS, segments

    found = segments(_INVISIBLE.sub("", text))
    for payload in encoded_payloads(text):
        found.extend(segments(payload))
    return list(dict.fromkeys(found))[:MAX_SEGMENTS]


class Screener:
    """The rules, then the learned layer on what they let through (one embedding batch)."""

    def __init__(self, scorer: LearnedScorer | None) -> None:
        self.scorer = scorer

    def screen_many(self, texts: Sequence[str]) -> list[Screening]:
        """Screen passages; a learned flag adds the reason `learned` with its score."""
        ruled = [screen(text) for text in texts]
        if self.scorer is None:
            return ruled
        open_ = [i for i, result in enumerate(ruled) if not result.flagged]
        scores = self.scorer.scores([model_segments(texts[i]) for i in open_])
        for i, score in zip(open_, scores, strict=True):
            if score >= self.scorer.threshold:
                ruled[i] = Screening(("learned",), score)
            else:
                ruled[i] = Screening((), score)
        return ruled


_default_lock = threading.Lock()
_default: Screener | None = None


def default_screener() -> Screener:
    """The rules plus the shipped learned layer over the packaged MiniLM (rules alone if absent)."""
    global _default
    with _default_lock:
        if _default is None:
            from models.embeddings import MiniLMEmbedder
            from safety.injection_model import InjectionModelUnavailable, LearnedScorer, load_head

            try:
                head, meta = load_head()
                scorer: LearnedScorer | None = LearnedScorer(
                    head=head, meta=meta, embedder=MiniLMEmbedder(batch_size=32))
            except InjectionModelUnavailable as exc:
                log.warning("prompt-injection screening uses the rules only: %s", exc)
                scorer = None
            _default = Screener(scorer)
        return _default


def screen_hits(hits: Sequence[HitT], *, screener: Screener | None = None) -> list[HitT]:
    """The passages that may go into a prompt; dropped ones are logged by reason only."""
    if not hits:
        return []
    results = (screener or default_screener()).screen_many([hit.text for hit in hits])
    kept = []
    for hit, screening in zip(hits, results, strict=True):
        if screening.flagged:
            reasons = ", ".join(screening.reasons)
            log.warning("retrieved passage left out of the prompt (%s)", reasons)
            continue
        kept.append(hit)
    return kept
