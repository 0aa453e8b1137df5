"""Conversation history for prompts: recent exchanges verbatim, older ones folded into a summary.

The summary is extractive and deterministic (first sentences, no model call), so it still works
when every model is down, and it is recomputed from the messages rather than patched: a crash
between two saves, or a change of `history_turns`, can never leave it out of step. The stored
`Conversation.summary` is the latest result, rewritten whenever an exchange ages out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.models import Message, MessageRole, MessageStatus

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
# Enough aged-out exchanges to fill any summary budget; older ones beyond the pinned opening
# exchange would be cut anyway, so they are never loaded.
FOLD_LIMIT = 40
SENTENCE_LIMIT = 200
ELISION = "- …"


@dataclass(frozen=True)
class Exchange:
    """A learner message and the coach's latest usable answer to it ("" if none).

    `message_id` is the learner message's id, which the safety check uses to find its
    stored reading.
    """

    learner: str
    coach: str = ""
    message_id: int | None = None


@dataclass(frozen=True)
class Window:
    """What a prompt needs from the past: the recent exchanges and a summary of the rest."""

    recent: list[Exchange]
    summary: str

    @property
    def learner_messages(self) -> list[tuple[int | None, str]]:
        """The learner's recent messages as (id, text), oldest first (for the safety check)."""
        return [(exchange.message_id, exchange.learner) for exchange in self.recent]


def group_exchanges(messages: Sequence[Message]) -> list[Exchange]:
    """Pair each learner message with the last non-failed answer that follows it."""
    exchanges: list[Exchange] = []
    for message in messages:
        if message.role is MessageRole.USER:
            exchanges.append(Exchange(learner=message.content, message_id=message.id))
        elif (
            message.role is MessageRole.ASSISTANT
            and exchanges
            and message.status is not MessageStatus.FAILED
            and message.content
        ):
            # A retried answer replaces the earlier one; the latest is what the learner read.
            exchanges[-1] = replace(exchanges[-1], coach=message.content)
    return exchanges


def first_sentence(text: str, limit: int = SENTENCE_LIMIT) -> str:
    """The first sentence of a text on one line, cut to `limit` characters."""
    flat = " ".join(text.split())
    sentence = SENTENCE_END.split(flat, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def summary_line(exchange: Exchange) -> str:
    """One summary line: the first sentence of each side of an exchange."""
    line = f"- Learner: {first_sentence(exchange.learner)}"
    if exchange.coach:
        line += f" / Coach: {first_sentence(exchange.coach)}"
    return line


def summarise(
    aged: Sequence[Exchange], *, budget: int, opening: Exchange | None = None, gap: bool = False
) -> str:
    """Fold aged-out exchanges into at most `budget` characters.

    The opening exchange is pinned (it usually states the learner's goal), then the newest
    lines that fit; an ellipsis line marks exchanges left out between them. `opening` is given
    separately when older exchanges were not loaded, and `gap` says whether any lie between.
    """
    if opening is None:
        if not aged:
            return ""
        opening, aged = aged[0], aged[1:]
    room = max(budget - 1 - len(ELISION), 0)  # the ellipsis may be needed, so keep room for it
    head = summary_line(opening)[:room]
    kept: list[str] = []
    used = len(head) + 1 + len(ELISION)
    for exchange in reversed(aged):
        line = summary_line(exchange)
        if used + 1 + len(line) > budget:
            break
        kept.append(line)
        used += 1 + len(line)
    lines = [head]
    if gap or len(kept) < len(aged):
        lines.append(ELISION)
    lines.extend(reversed(kept))
    return "\n".join(lines)


def build_window(
    exchanges: Sequence[Exchange],
    *,
    turns: int,
    budget: int,
    opening: Exchange | None = None,
    gap: bool = False,
) -> Window:
    """Keep the last `turns` exchanges verbatim and summarise the ones before them."""
    split = max(len(exchanges) - turns, 0)
    summary = summarise(exchanges[:split], budget=budget, opening=opening, gap=gap)
    return Window(recent=list(exchanges[split:]), summary=summary)


def load_window(
    *, session: Session, conversation_id: int, before_id: int, turns: int, budget: int
) -> Window:
    """The history before message `before_id`, loading only what the prompt can use."""
    learner_ids = _learner_ids(session, conversation_id, before_id, limit=turns + FOLD_LIMIT)
    if not learner_ids:
        return Window(recent=[], summary="")
    start = learner_ids[-1]
    exchanges = group_exchanges(_messages(session, conversation_id, lower=start, upper=before_id))
    first_two = _learner_ids(session, conversation_id, None, limit=2, oldest=True)
    if first_two[0] == start:
        return build_window(exchanges, turns=turns, budget=budget)
    # Older exchanges were not loaded: pin the opening one, which states the learner's goal.
    # `start` is a later learner message, so a second one always exists here.
    opening_messages = _messages(session, conversation_id, lower=0, upper=first_two[1])
    opening = group_exchanges(opening_messages)[0]
    gap = first_two[1] != start
    return build_window(exchanges, turns=turns, budget=budget, opening=opening, gap=gap)


def _learner_ids(
    session: Session,
    conversation_id: int,
    before_id: int | None,
    *,
    limit: int,
    oldest: bool = False,
) -> list[int]:
    """Ids of learner messages, newest first (or oldest first), optionally before an id."""
    stmt = select(Message.id).where(
        Message.conversation_id == conversation_id, Message.role == MessageRole.USER
    )
    if before_id is not None:
        stmt = stmt.where(Message.id < before_id)
    order = Message.id.asc() if oldest else Message.id.desc()
    return list(session.scalars(stmt.order_by(order).limit(limit)))


def _messages(session: Session, conversation_id: int, *, lower: int, upper: int) -> list[Message]:
    """Messages with `lower <= id < upper`, oldest first."""
    stmt = (
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.id >= lower, Message.id < upper)
        .order_by(Message.id)
    )
    return list(session.scalars(stmt))
