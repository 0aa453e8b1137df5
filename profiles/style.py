"""Communication style from text: formality, verbosity, directness and emoji use, each 0..1.

The features are deterministic and cheap, so they run on every learner message; the profile
keeps an exponential moving average (`smooth`) so one message moves it only a little.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from models.ports import ChatMessage, ChatModel, ChatOptions, collect_text

# Weight of a new message in the moving average; the first few messages count more (see smooth).
ALPHA = 0.2

_WORD = re.compile(r"[A-Za-z']+")
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff]"
    r"|[:;]-?[()DPp]"
)
_CASUAL = {
    "hey", "hi", "yeah", "yep", "nope", "gonna", "wanna", "gotta", "lol", "ok", "okay", "cool",
    "thx", "thanks", "btw", "u", "ur", "kinda", "sorta", "stuff", "awesome", "omg", "haha",
    "dunno", "ya", "yo", "pls", "plz", "cuz", "ain't",
}
_FORMAL = {
    "please", "would", "could", "kindly", "regards", "dear", "therefore", "however",
    "furthermore", "moreover", "appreciate", "grateful", "sincerely", "regarding", "concerning",
    "accordingly", "nevertheless", "shall", "consequently",
}
_HEDGES = {
    "maybe", "perhaps", "possibly", "might", "somewhat", "guess", "wonder", "wondering",
    "probably", "sort", "kind", "think", "feel", "seems", "hopefully", "just",
}
_IMPERATIVES = {
    "tell", "give", "show", "list", "explain", "help", "stop", "make", "send", "fix", "do",
    "need", "want", "describe", "write", "what", "how", "why", "when",
}


@dataclass(frozen=True)
class StyleFeatures:
    """Style scores of one text (or their moving average), each 0..1."""

    formality: float
    verbosity: float
    directness: float
    emoji: float


def _clamp(value: float) -> float:
    """Limit to 0..1."""
    return max(0.0, min(1.0, value))


def features(text: str) -> StyleFeatures:
    """Deterministic style scores of one message."""
    words = [w.lower() for w in _WORD.findall(text)]
    count = len(words)
    emojis = len(_EMOJI.findall(text))
    if count == 0:
        return StyleFeatures(0.5, 0.0, 0.5, _clamp(emojis / 2))
    casual = sum(w in _CASUAL for w in words) + emojis + text.count("!!")
    formal = sum(w in _FORMAL for w in words)
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    starts_upper = sum(s.strip()[0].isupper() for s in sentences) / max(1, len(sentences))
    lowercase_i = len(re.findall(r"(?:^|\s)i(?:\s|'|$)", text))
    formality = 0.5 + 0.6 * (formal - casual) / count ** 0.5 / 2
    formality += 0.15 * (starts_upper - 0.5) - 0.1 * min(lowercase_i, 2)
    formality += 0.05 if text.rstrip().endswith((".", "?")) else -0.05
    verbosity = _clamp((count - 5) / 75)
    hedges = sum(w in _HEDGES for w in words)
    direct = words[0] in _IMPERATIVES
    directness = 0.5 + (0.3 if direct else 0.0) - 0.6 * hedges / count ** 0.5 / 2
    directness += 0.15 if count <= 12 else -0.1 * min(1.0, count / 100)
    return StyleFeatures(
        formality=round(_clamp(formality), 4),
        verbosity=round(verbosity, 4),
        directness=round(_clamp(directness), 4),
        emoji=round(_clamp(emojis / max(1.0, count / 10)), 4),
    )


def smooth(old: StyleFeatures, new: StyleFeatures, samples: int) -> StyleFeatures:
    """The moving average after one more message; early messages weigh 1/n until ALPHA."""
    weight = max(ALPHA, 1.0 / (samples + 1))

    def mix(a: float, b: float) -> float:
        return round(a + weight * (b - a), 4)

    return StyleFeatures(
        formality=mix(old.formality, new.formality),
        verbosity=mix(old.verbosity, new.verbosity),
        directness=mix(old.directness, new.directness),
        emoji=mix(old.emoji, new.emoji),
    )


def describe(style: StyleFeatures) -> str:
    """A short phrase for the prompt: how to talk to this learner."""
    tone = "formal" if style.formality >= 0.62 else "casual" if style.formality <= 0.38 else ""
    parts = [f"{tone} tone" if tone else "neutral tone"]
    if style.verbosity <= 0.2:
        parts.append("writes briefly")
    elif style.verbosity >= 0.6:
        parts.append("writes at length")
    if style.directness >= 0.65:
        parts.append("direct; get to the point")
    elif style.directness <= 0.35:
        parts.append("tentative; be encouraging")
    if style.emoji >= 0.3:
        parts.append("uses emoji")
    return ", ".join(parts)


SUMMARY_EVERY = 10
SUMMARY_PROMPT = (
    "In one short sentence, describe how this person writes (tone, length, directness), so a "
    "coach can match it. Do not quote them. Their recent messages:\n\n%s"
)


def summarise(texts: Sequence[str], chain: ChatModel) -> str | None:
    """An LLM's one-sentence description of how someone writes, or None if it is unusable."""
    sample = "\n".join(f"- {' '.join(t.split())[:300]}" for t in texts[-SUMMARY_EVERY:])
    options = ChatOptions(max_tokens=60, temperature=0.2, local_only=True)
    try:
        reply, _ = collect_text(chain.stream([ChatMessage("user", SUMMARY_PROMPT % sample)],
                                             options))
    except Exception:
        return None
    sentence = " ".join(reply.split()).strip("\"' ")
    if not 10 <= len(sentence) <= 300 or "{" in sentence:
        return None
    return sentence
