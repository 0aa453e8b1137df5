"""The coach prompt: rendered from a Jinja2 template, then fitted to the model's context window.

Trimming order when the prompt is too long: the oldest verbatim exchanges, then the summary of
older ones, then the lowest-ranked knowledge passages, then the learner profile. The coach's
instructions and the learner's message are never dropped; if they alone do not fit, the
message is rejected with `PromptTooLong`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from app.coaching.history import Exchange
from app.coaching.models import Coach
from app.coaching.service import MessageRejected
from knowledge.types import Hit
from models.ports import ChatMessage
from safety.injection import CANARY

TEMPLATE_NAME = "coach_prompt.j2"
# English averages about four characters a token; 3.5 over-counts a little, which is the safe
# side for a budget. Real tokenizers (the embedded model's count_tokens) replace it in production.
CHARS_PER_TOKEN = 3.5
# Role markers and separators a chat template adds around each message.
MESSAGE_OVERHEAD = 8
# A citation carries its passage so learners can check it; chunks rarely exceed this.
SNIPPET_CHARS = 1200
# A profile is a summary; this keeps a runaway one from crowding out the knowledge.
PROFILE_CHARS = 2000

TokenCounter = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """A conservative token count: one token per 3.5 characters, rounded up."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


class PromptTooLong(MessageRejected):
    """The message does not fit the model's context window even with nothing else around it."""


@dataclass(frozen=True)
class CoachCard:
    """What the prompt says about a coach."""

    name: str
    expertise: str = ""
    methodology: str = ""
    communication_style: str = ""
    persona_prompt: str = ""

    @classmethod
    def of(cls, coach: Coach) -> CoachCard:
        """The card of a coach row."""
        return cls(
            name=coach.name,
            expertise=coach.expertise,
            methodology=coach.methodology,
            communication_style=coach.communication_style,
            persona_prompt=coach.persona_prompt,
        )


def source_label(hit: Hit) -> str:
    """How a passage is named in the prompt: file name, then section and page if known."""
    label = hit.filename
    if hit.section:
        label += f" - {hit.section}"
    if hit.page is not None:
        label += f", page {hit.page}"
    return label


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A passage cut to `limit` characters at a word boundary, for showing with a citation."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(maxsplit=1)[0].rstrip() + "…"


def source_dict(n: int, hit: Hit) -> dict[str, Any]:
    """A citation as it is stored on the answer and sent to the client."""
    return {
        "n": n,
        "document_id": hit.document_id,
        "filename": hit.filename,
        "title": hit.title,
        "section": hit.section,
        "page": hit.page,
        "score": float(hit.score),
        "chunk_id": hit.chunk_id,
        "snippet": snippet(hit.text),
    }


@dataclass(frozen=True)
class PromptParts:
    """Everything that may go into a prompt; `hits` are best first, `history` oldest first."""

    coach: CoachCard
    message: str
    locale: str = "en"
    profile: str = ""
    summary: str = ""
    history: tuple[Exchange, ...] = ()
    hits: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class Prompt:
    """A prompt that fits: the messages to send, the sources they cite, and its token count."""

    messages: list[ChatMessage]
    tokens: int
    parts: PromptParts
    sources: list[dict[str, Any]] = field(default_factory=list)


def make_environment() -> Environment:
    """The Jinja2 environment for prompts: plain text, strict about missing variables."""
    return Environment(
        loader=PackageLoader("app.coaching", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


class PromptBuilder:
    """Renders the coach prompt and trims it to `context_window - max_tokens` tokens."""

    def __init__(
        self,
        *,
        count_tokens: TokenCounter = estimate_tokens,
        context_window: int,
        max_tokens: int,
        template: Template | None = None,
    ) -> None:
        if max_tokens < 1 or context_window <= max_tokens:
            raise ValueError(
                f"the context window ({context_window}) must be larger than max_tokens "
                f"({max_tokens}), which must be positive"
            )
        self.count_tokens = count_tokens
        self.context_window = context_window
        self.max_tokens = max_tokens
        self._template = template or make_environment().get_template(TEMPLATE_NAME)

    @property
    def budget(self) -> int:
        """Tokens the prompt may use; the rest of the window is kept for the answer."""
        return self.context_window - self.max_tokens

    def render(self, parts: PromptParts) -> list[ChatMessage]:
        """The system and user messages for these parts."""
        module: Any = self._template.make_module(
            {
                "coach": parts.coach,
                "profile": parts.profile,
                "sources": _numbered(parts.hits),
                "summary": parts.summary,
                "history": parts.history,
                "message": parts.message,
                "locale": parts.locale,
                "canary": CANARY,
            }
        )
        return [
            ChatMessage("system", str(module.system()).strip()),
            ChatMessage("user", str(module.user()).strip()),
        ]

    def count(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens the messages take in the window, chat-template overhead included."""
        return sum(self.count_tokens(m.content) + MESSAGE_OVERHEAD for m in messages)

    def fit(self, parts: PromptParts) -> Prompt:
        """Render the parts, dropping the least needed ones until the prompt fits."""
        current = replace(parts, profile=parts.profile[:PROFILE_CHARS])
        while True:
            messages = self.render(current)
            tokens = self.count(messages)
            if tokens <= self.budget:
                sources = [source_dict(n, hit) for n, hit in enumerate(current.hits, start=1)]
                return Prompt(messages=messages, tokens=tokens, parts=current, sources=sources)
            smaller = _trimmed(current)
            if smaller is None:
                raise self._too_long(current, tokens)
            current = smaller

    def check(self, coach: CoachCard, message: str) -> None:
        """Raise PromptTooLong unless the instructions and the message alone fit."""
        self.fit(PromptParts(coach=coach, message=message))

    def _too_long(self, parts: PromptParts, tokens: int) -> PromptTooLong:
        """The error for a message that cannot fit, with the numbers behind it."""
        message_tokens = self.count_tokens(parts.message)
        room = max(self.budget - (tokens - message_tokens), 0)
        return PromptTooLong(
            f"the message is too long for this coach's model: it takes about {message_tokens} "
            f"tokens and at most {room} fit (a {self.context_window}-token window, "
            f"{self.max_tokens} kept for the answer, the rest for the coach's instructions); "
            "please shorten it"
        )


def _numbered(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    """Passages as the template shows them: [n], label and text."""
    return [
        {"n": n, "label": source_label(hit), "text": hit.text.strip()}
        for n, hit in enumerate(hits, start=1)
    ]


def _trimmed(parts: PromptParts) -> PromptParts | None:
    """The parts with the least needed piece removed, or None if only the core is left."""
    if parts.history:
        return replace(parts, history=parts.history[1:])
    if parts.summary:
        return replace(parts, summary="")
    if parts.hits:
        return replace(parts, hits=parts.hits[:-1])
    if parts.profile:
        return replace(parts, profile="")
    return None
