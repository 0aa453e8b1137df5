"""Prompt-injection screening for coach documents and retrieved passages, and the canary.

A passage is flagged when it tries to override instructions, hijack a role or the system
prompt, hides text from a human reader (HTML styled invisible, comments, zero-width or
Unicode tag characters), or carries an encoded payload (base64, hex, rot13) that decodes to
such instructions (decoded payloads are screened again). The rules catch explicit patterns; a
learned layer (`safety.injection_model`, a small head over MiniLM scoring each segment) catches
paraphrases. Ingestion runs both (`Screener.reasons`, injected into the knowledge pipeline) and
stores the verdict with each chunk; retrieval (`screen_hits`) re-runs only the cheap rules on
passages that carry a verdict, and the learned layer only on older ones without one. Flagged
passages never reach the prompt: retrieval drops them.

The canary is a random marker placed in the system prompt; an answer that contains it is
quoting the system prompt and is blocked by the output guard (`safety.output`).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import html
import logging
import re
import secrets
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from safety.injection_model import LearnedScorer, TextEmbedder

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


class _Passage(Protocol):
    """What `screen_hits` reads of a retrieved passage (knowledge.types.Hit)."""

    @property
    def chunk_id(self) -> str:
        """The chunk's stable id."""

    @property
    def text(self) -> str:
        """The passage as it would enter the prompt."""

    @property
    def extra(self) -> Mapping[str, Any]:
        """Stored metadata, with ingestion's verdict under `STORED_KEY` when it ran."""


HitT = TypeVar("HitT", bound=_Passage)
# Where ingestion stores a chunk's verdict (knowledge.store.INJECTION_KEY): reasons joined by
# commas, "" when clean; absent on chunks indexed before ingestion screened them.
STORED_KEY = "injection"
# Learned verdicts kept for chunks without a stored one, so each is embedded once per process.
LEGACY_CACHE_SIZE = 2048


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
        self._legacy: OrderedDict[str, Screening] = OrderedDict()
        self._legacy_lock = threading.Lock()

    @property
    def learned(self) -> bool:
        """Whether the learned layer runs (else the rules alone)."""
        return self.scorer is not None

    def reasons(self, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """Each text's reasons, () when clean: the knowledge pipeline's screen function."""
        return [result.reasons for result in self.screen_many(texts)]

    def screen_legacy(self, keyed: Sequence[tuple[str, str]]) -> list[Screening]:
        """Screen (key, text) pairs, remembering learned verdicts by key (one batch for misses)."""
        with self._legacy_lock:
            known = {key: self._legacy[key] for key, _ in keyed if key in self._legacy}
            for key in known:
                self._legacy.move_to_end(key)
        todo = list({key: text for key, text in keyed if key not in known}.items())
        if todo:
            fresh = self.screen_many([text for _, text in todo])
            with self._legacy_lock:
                for (key, _), result in zip(todo, fresh, strict=True):
                    known[key] = self._legacy[key] = result
                while len(self._legacy) > LEGACY_CACHE_SIZE:
                    self._legacy.popitem(last=False)
        return [known[key] for key, _ in keyed]

    def screen_many(self, texts: Sequence[str]) -> list[Screening]:
        """Screen passages; a learned flag adds the reason `learned` with its score."""
        ruled = [screen(text) for text in texts]
        if self.scorer is None:
            return ruled
        open_ = [i for i, result in enumerate(ruled) if not result.flagged]
        parts = [model_segments(texts[i]) for i in open_]
        # Each distinct segment is embedded once: overlapping chunks share sentences, and the
        # scorer remembers single segments across batches (a passage scores its maximum).
        unique = list(dict.fromkeys(segment for part in parts for segment in part))
        known = dict(zip(unique, self.scorer.scores([[seg] for seg in unique]), strict=True))
        scores = [max((known[segment] for segment in part), default=0.0) for part in parts]
        for i, score in zip(open_, scores, strict=True):
            if score >= self.scorer.threshold:
                ruled[i] = Screening(("learned",), score)
            else:
                ruled[i] = Screening((), score)
        return ruled


def build_screener(*, learned: bool = True, embedder: TextEmbedder | None = None) -> Screener:
    """The rules plus, when `learned`, the shipped head over MiniLM (rules alone if absent).

    `embedder` must produce all-MiniLM-L6-v2 vectors (the head was trained on them); without
    one the screener loads its own copy of the packaged model, lazily.
    """
    if not learned:
        return Screener(None)
    from models.embeddings import MiniLMEmbedder
    from safety.injection_model import InjectionModelUnavailable, LearnedScorer, load_head

    try:
        head, meta = load_head()
    except InjectionModelUnavailable as exc:
        log.warning("prompt-injection screening uses the rules only: %s", exc)
        return Screener(None)
    return Screener(LearnedScorer(head=head, meta=meta,
                                  embedder=embedder or MiniLMEmbedder(batch_size=32)))


_default_lock = threading.Lock()
_default: Screener | None = None


def default_screener() -> Screener:
    """A process-wide `build_screener()` for callers without an app (benchmarks, scripts)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = build_screener()
        return _default


def _stored(hit: _Passage) -> tuple[str, ...] | None:
    """The verdict ingestion stored with the passage, or None for a chunk indexed before."""
    value = hit.extra.get(STORED_KEY)
    if not isinstance(value, str):
        return None
    return tuple(reason for reason in value.split(",") if reason)


def _legacy_key(hit: _Passage) -> str:
    """The cache key of a passage without a stored verdict: its chunk and its exact text."""
    digest = hashlib.blake2b(hit.text.encode("utf-8"), digest_size=16).hexdigest()
    return f"{hit.chunk_id}:{digest}"


def screen_hits(hits: Sequence[HitT], *, screener: Screener | None = None) -> list[HitT]:
    """The passages that may go into a prompt; dropped ones are logged by reason only.

    A passage screened at ingestion keeps its verdict and only goes through the rules again
    (they may have improved since, and cost a fraction of a millisecond); one indexed before
    ingestion screened gets the full screen, remembered per chunk.
    """
    if not hits:
        return []
    verdicts: list[Screening | None] = []
    legacy: list[int] = []
    for i, hit in enumerate(hits):
        ruled = screen(hit.text)
        stored = _stored(hit)
        if ruled.flagged:
            verdicts.append(ruled)
        elif stored is not None:
            verdicts.append(Screening(stored))
        else:
            verdicts.append(None)
            legacy.append(i)
    if legacy:
        chosen = screener or default_screener()
        fresh = chosen.screen_legacy([(_legacy_key(hits[i]), hits[i].text) for i in legacy])
        for i, result in zip(legacy, fresh, strict=True):
            verdicts[i] = result
    kept = []
    for hit, screening in zip(hits, verdicts, strict=True):
        if screening is not None and screening.flagged:
            reasons = ", ".join(screening.reasons)
            log.warning("retrieved passage left out of the prompt (%s)", reasons)
            continue
        kept.append(hit)
    return kept
