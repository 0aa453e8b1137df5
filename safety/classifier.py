"""The local red-flag classifier: MiniLM with red-flag adapters, a small head, rules and context.

One `classify` call runs one encoder pass over the message (earlier messages come from a small
cache of recent readings, keyed by text hash, or from the readings stored with them and passed
in as `MessageText`), the head, the explicit-statement rules and the escalation check. Nothing
is downloaded: the encoder is the packaged MiniLM with the shipped adapters merged into a
private copy (see `safety.adapters`); a head trained with `--head-only` reads the app's shared
MiniLM vectors instead. Both ship in `safety/data/`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, cast

from safety import calibration, context, features, rules
from safety.features import FEATURE_SET
from safety.labels import CATEGORIES, RED_FLAG_CATEGORIES, SEVERITIES, Signal, severity_rank
from safety.ports import Assessment, MessageText, Reading, RedFlagClassifier

__all__ = [
    "CATEGORIES",
    "RED_FLAG_CATEGORIES",
    "SEVERITIES",
    "ClassifierUnavailable",
    "LocalRedFlagClassifier",
    "Signal",
    "load_classifier",
    "load_local_classifier",
    "model_fingerprint",
    "rules_fingerprint",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_WEIGHTS = DATA_DIR / "head.safetensors"
# Long messages cost encoder time quadratically; the opening carries the signal we need.
MAX_CHARS = 1000
# An earlier message read only for the context check (it was not read when it arrived) is read
# up to here: its opening carries the pattern, and a batch of long ones would blow the budget.
HISTORY_CHARS = 300
# Signals of this many recent messages are kept (hashes only, never text) for the context check.
RECENT_CACHE = 1024
# The categories often confused with each other (self-harm and substance use, a mental-health
# crisis and substance use, eating disorders and a mental-health crisis) are close calls for
# the model: a runner-up at least this share as likely as the top category is kept as a second
# category, so its helplines are listed too. The case keeps the top category.
RUNNER_UP_SHARE = 0.5
# The reason given when small talk explains a model signal away (see `rules.everyday`).
EVERYDAY = "everyday"


class ClassifierUnavailable(RuntimeError):
    """The head's weights or its metadata are missing or do not fit the encoder."""


class TextEmbedder(Protocol):
    """What the classifier needs from an embedder (models.ports.Embedder fits)."""

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length vectors, one per text."""
        ...


class HeadModel:
    """The trained head over MiniLM vectors: category probabilities and a severity."""

    def __init__(self, *, head: Any, meta: dict[str, Any]) -> None:
        self._head = head
        self.meta = meta
        self.threshold = float(meta["thresholds"]["flag"])
        # MiniLM is English-centric, so other languages get their own cross-validated threshold.
        self.other_threshold = float(meta["thresholds"].get("flag_other_languages", self.threshold))
        self.idiom_threshold = float(meta["thresholds"]["idiom"])
        # When a flagged message reads as high (see safety.calibration); tuned out of fold.
        self.high_gate = calibration.from_meta(meta)
        # Log-priors that settle close calls between red-flag categories (tuned out of fold).
        self.category_priors = calibration.priors_from_meta(meta)

    def predict(self, vectors: list[list[float]], texts: Sequence[str]) -> list[Signal]:
        """Model-only signals for a batch of embedded messages."""
        import torch

        from safety.training import inputs

        if not vectors:
            return []
        langs = [rules.guess_language(text) for text in texts]
        with torch.inference_mode():
            category_logits, severity_logits = self._head(inputs(vectors, texts))
            category_probs = torch.softmax(category_logits, dim=-1).tolist()
            severity_probs = torch.softmax(severity_logits, dim=-1).tolist()
        return [self._signal(c, s, lang)
                for c, s, lang in zip(category_probs, severity_probs, langs, strict=True)]

    def _signal(self, category_probs: list[float], severity_probs: list[float],
                lang: str) -> Signal:
        none_index = CATEGORIES.index("none")
        score = 1.0 - category_probs[none_index]
        if score < (self.threshold if lang == "en" else self.other_threshold):
            return Signal("none", "none", round(score, 4))
        flagged = calibration.category_choice(category_probs, self.category_priors, CATEGORIES)
        category = CATEGORIES[flagged[0][1]]
        level = self.high_gate.level(severity_probs, score)
        reason = f"model:{category}:{score:.2f}"
        runner_up = flagged[1]
        also = ((CATEGORIES[runner_up[1]],) if runner_up[0] >= RUNNER_UP_SHARE * flagged[0][0]
                else ())
        return Signal(category, SEVERITIES[level], round(score, 4), (reason,), also)


class LocalRedFlagClassifier:
    """Model + rules + conversation context; implements `safety.ports.RedFlagClassifier`."""

    def __init__(
        self, *, model: HeadModel, embedder: TextEmbedder, history_window: int = 3
    ) -> None:
        self.model = model
        self._embedder = embedder
        self.history_window = history_window
        # Names this model in stored readings: one made by another head is never reused.
        self.fingerprint = model_fingerprint(model.meta)
        # Readings of recent messages by text hash: a learner's earlier messages were read when
        # they were sent, so the context check rarely needs a second encoder pass.
        self._recent: OrderedDict[bytes, Signal] = OrderedDict()
        self._recent_lock = threading.Lock()

    def classify(self, text: str, history: Sequence[str]) -> Assessment:
        """The category, severity and score of a message (history oldest first)."""
        current = self._remembered([text])[0]
        reading = to_reading(current, self.fingerprint)
        recent = [h for h in history if h and h.strip()][-self.history_window :]
        small_talk = EVERYDAY in current.reasons
        if not recent or (current.category == "none" and current.score < context.SOFT_SCORE
                          and not small_talk):
            # Only a message with some signal of its own can be part of an escalating pattern,
            # so an ordinary message costs one encoder pass whatever its history. Small talk
            # looks at the history too: "bye" right after a crisis is not an ordinary "bye".
            return to_assessment(current, reading)
        # Earlier messages were read when they arrived (their readings are cached here or
        # stored with them); any that were not are read together, in one batch, and only
        # their opening counts for the pattern.
        earlier = self._remembered(recent, clip=HISTORY_CHARS)
        if small_talk:
            return to_assessment(context.after_flagged(current, earlier), reading)
        return to_assessment(context.escalate(current, earlier), reading)

    def forget(self) -> None:
        """Drop the cached readings of recent messages (the next context check re-reads them)."""
        with self._recent_lock:
            self._recent.clear()

    def _remembered(self, texts: Sequence[str], clip: int = MAX_CHARS) -> list[Signal]:
        """Context-free signals: cached, else stored with the message, else read (clipped)."""
        # A reading is cached under the hash of the text that was read, so a clipped one is
        # never taken for a whole message's reading (the one that is stored).
        found: dict[int, tuple[bytes, Signal]] = {}
        with self._recent_lock:
            for i, text in enumerate(texts):
                if (key := _key(text[:MAX_CHARS])) in self._recent:
                    found[i] = (key, self._recent[key])
        for i, text in enumerate(texts):
            if i not in found and (stored := self._stored(text)) is not None:
                found[i] = (_key(text[:MAX_CHARS]), stored)
        parts = {i: texts[i][:clip] for i in range(len(texts)) if i not in found}
        with self._recent_lock:
            for i, part in parts.items():
                if (key := _key(part)) in self._recent:
                    found[i] = (key, self._recent[key])
        missing = [i for i in parts if i not in found]
        fresh = self.signals([parts[i] for i in missing])
        found |= {i: (_key(parts[i]), signal) for i, signal in zip(missing, fresh, strict=True)}
        with self._recent_lock:
            for key, signal in found.values():
                self._recent[key] = signal
                self._recent.move_to_end(key)
            while len(self._recent) > RECENT_CACHE:
                self._recent.popitem(last=False)
        return [found[i][1] for i in range(len(texts))]

    def _stored(self, text: str) -> Signal | None:
        """The reading stored with a message, if this model made it."""
        reading = text.reading if isinstance(text, MessageText) else None
        if reading is None or reading.fingerprint != self.fingerprint:
            return None
        return Signal(reading.category, reading.severity, reading.score, reading.reasons)

    def signals(self, texts: Sequence[str], *, use_model: bool = True,
                use_rules: bool = True) -> list[Signal]:
        """Per-message signals without context (one batched encoder pass); for eval too."""
        if not texts:
            return []
        if use_model:
            clipped = [_clip(t) for t in texts]
            modelled = self.model.predict(self._embedder.embed_batch(clipped), clipped)
        else:
            modelled = [Signal("none", "none", 0.0) for _ in texts]
        return [
            combine(text, signal, idiom_threshold=self.model.idiom_threshold,
                    use_rules=use_rules)
            for text, signal in zip(texts, modelled, strict=True)
        ]


def combine(text: str, model: Signal, *, idiom_threshold: float, use_rules: bool = True) -> Signal:
    """Merge model and rules: a rule names the category, the worse severity wins."""
    hits = rules.match(text) if use_rules else []
    idioms = rules.idioms(text) if use_rules else []
    reasons = list(model.reasons)
    # A figure of speech ("this deadline is killing me") explains a weak model signal; outside
    # English the model is too unsure to overrule one, so there it explains any signal.
    trusted = model.score >= idiom_threshold and rules.guess_language(text) == "en"
    if idioms and model.category != "none" and not trusted and not hits:
        return Signal("none", "none", model.score, tuple(f"idiom:{name}" for name in idioms))
    if use_rules and not hits and rules.everyday(text):
        # "hello", "ok, thanks", "see you tomorrow": small talk is not a crisis, however the
        # model reads it. It is marked even when the model agrees, because right after a
        # flagged message it stays careful (see `classify`).
        return Signal("none", "none", model.score, (EVERYDAY,))
    if not hits:
        return model
    top = hits[0]  # the most severe explicit statement
    reasons.extend(f"rule:{hit.rule}" for hit in hits)
    severity = top.severity
    if model.category == top.category and severity_rank(model.severity) > severity_rank(severity):
        severity = model.severity
    # The rule names the category; a different one the model or another rule saw stays as the
    # second category, for its helplines.
    seen = [hit.category for hit in hits[1:]] + [model.category, *model.also]
    also = tuple(c for c in dict.fromkeys(seen) if c not in ("none", top.category))[:1]
    return Signal(top.category, severity, max(model.score, top.score), tuple(reasons), also)


def to_assessment(signal: Signal, reading: Reading | None = None) -> Assessment:
    """The port's Assessment: anything flagged stays on this machine."""
    flagged = signal.category != "none"
    return Assessment(
        category=signal.category,
        severity=signal.severity if flagged else "none",
        reasons=signal.reasons,
        local_only=flagged,
        score=signal.score,
        reading=reading,
        also=signal.also if flagged else (),
    )


def to_reading(signal: Signal, fingerprint: str) -> Reading:
    """A message's own signal as the reading stored with it."""
    return Reading(category=signal.category, severity=signal.severity, score=signal.score,
                   fingerprint=fingerprint, reasons=signal.reasons)


def model_fingerprint(meta: dict[str, Any]) -> str:
    """Names what made a reading: the head (weights' SHA-256, thresholds, encoder) and rules."""
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True).encode("utf-8"))
    digest.update(_code_digest())
    return f"head:{digest.hexdigest()[:40]}"


def rules_fingerprint() -> str:
    """Names the rules-only reading (no model), for the fallback classifier."""
    return f"rules:{hashlib.sha256(_code_digest()).hexdigest()[:40]}"


@functools.cache
def _code_digest() -> bytes:
    """A digest of the code besides the weights that turns a message into a reading."""
    # A change to the rules, the hand features or how they are combined must not reuse
    # readings made before it; re-reading a few messages once is the only cost of a false alarm.
    digest = hashlib.sha256(str(MAX_CHARS).encode())
    for module in (rules, features):
        digest.update(Path(cast(str, module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.digest()


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def _clip(text: str) -> str:
    return text[:MAX_CHARS]


def read_meta(weights_path: Path) -> dict[str, Any]:
    """The JSON written next to the weights: labels, encoder, thresholds, data hash."""
    meta_path = weights_path.with_suffix(".json")
    if not weights_path.exists() or not meta_path.exists():
        raise ClassifierUnavailable(
            f"no classifier weights at {weights_path} (or its .json); run `lodestar safety train`"
        )
    meta = cast(dict[str, Any], json.loads(meta_path.read_text(encoding="utf-8")))
    if tuple(meta.get("categories", ())) != CATEGORIES or tuple(
        meta.get("severities", ())
    ) != SEVERITIES:
        raise ClassifierUnavailable(f"{meta_path} was trained for other labels; retrain")
    if meta.get("features") != FEATURE_SET:
        raise ClassifierUnavailable(f"{meta_path} expects other hand features; retrain")
    return meta


_load_lock = threading.Lock()


def load_classifier(
    weights_path: Path | None = None, embedder: TextEmbedder | None = None
) -> RedFlagClassifier:
    """The shipped classifier (or the head at `weights_path`) over MiniLM, offline."""
    return load_local_classifier(weights_path, embedder)


def load_local_classifier(
    weights_path: Path | None = None, embedder: TextEmbedder | None = None
) -> LocalRedFlagClassifier:
    """Like `load_classifier`, typed as the concrete class (the CLI and bench use its extras)."""
    from safety.training import load_head

    path = weights_path or DEFAULT_WEIGHTS
    meta = read_meta(path)
    with _load_lock:
        head = load_head(path, meta)
    if "adapter" in meta:
        # The head was trained over MiniLM with red-flag adapters, so it needs its own encoder;
        # the app's shared retrieval encoder would give it the wrong vectors.
        embedder = _adapted_encoder(path, meta["adapter"])
    elif embedder is None:
        from models.embeddings import MiniLMEmbedder

        embedder = MiniLMEmbedder(batch_size=8)
    dimension = getattr(embedder, "dimension", meta["dimension"])
    if dimension != meta["dimension"]:
        raise ClassifierUnavailable(
            f"the head expects {meta['dimension']}-d vectors, the embedder gives {dimension}"
        )
    return LocalRedFlagClassifier(model=HeadModel(head=head, meta=meta), embedder=embedder)


def _adapted_encoder(path: Path, spec: dict[str, Any]) -> TextEmbedder:
    from safetensors.torch import load_file

    from safety.adapters import PREFIX, AdaptedEncoder

    state = {key: value for key, value in load_file(str(path)).items()
             if key.startswith(PREFIX)}
    if not state:
        raise ClassifierUnavailable(f"{path} was trained with adapters but holds none; retrain")
    return AdaptedEncoder(adapters=state, rank=int(spec["rank"]), alpha=float(spec["alpha"]))
