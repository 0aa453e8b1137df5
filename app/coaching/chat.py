"""The coaching chat service: a learner message in, a streamed, checked and saved answer out.

For each message, `ChatService.send`:

1. validates the text and saves it in its own committed unit of work (it is never lost);
2. asks the safety hook: a high-severity message gets the hook's crisis reply and no model
   call; a medium one is generated on local models only;
3. searches the coach's knowledge (a failing search means an answer without knowledge);
4. renders the prompt and trims it to the context window (`prompt.py`, `history.py`);
5. streams the answer from the model chain, after a `sources` event the UI can show first;
6. lets the safety hook validate the answer;
7. saves the answer with its sources, provider, model, tokens and timings, plus a usage
   record, in a second unit of work.

An answer that breaks off is kept as `partial`; one that never started is saved as `failed`
with empty content (the error goes to the log and the `error` event, never into the coach's
words, which later prompts quote). A consumer that closes the stream stops the model, and what
was written so far is saved. Either kind can be regenerated with `ChatService.retry`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from app.coaching.answers import (
    Answer,
    Run,
    close_quietly,
    ms_since,
    retry_question,
    save_answer,
)
from app.coaching.events import (
    ChatEventOut,
    ChatStream,
    DoneOut,
    ErrorOut,
    SourcesOut,
    TokenOut,
)
from app.coaching.guard import SAFETY_PROVIDER, GuardedSafety, careful, with_appendix
from app.coaching.history import Window, load_window
from app.coaching.models import MessageRole, MessageStatus
from app.coaching.prompt import (
    CoachCard,
    Prompt,
    PromptBuilder,
    PromptParts,
    PromptTooLong,
    TokenCounter,
    estimate_tokens,
)
from app.coaching.service import (
    ChatNotFound,
    MessageRejected,
    RetryNotAllowed,
    add_message,
    chat_coach,
    learner_message,
    open_conversation,
    validate_message,
)
from app.db import unit_of_work
from app.usage import PriceTable
from knowledge.types import Hit
from models.ports import ChatEvent, ChatModel, ChatOptions
from profiles.ports import ProfileHook
from safety.ports import Assessment, Escalation, MessageText, SafetyHook

__all__ = [
    "SAFETY_PROVIDER",
    "ChatEventOut",
    "ChatNotFound",
    "ChatService",
    "ChatStream",
    "DoneOut",
    "ErrorOut",
    "KnowledgeSearch",
    "MessageRejected",
    "PromptTooLong",
    "RetryNotAllowed",
    "SourcesOut",
    "TokenOut",
]

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4000
SUMMARY_CHARS = 1500
CUT_OFF = "The answer was cut off before it finished. You can retry to get a full answer."
NO_ANSWER = "Your coach could not answer just now. Your message is saved; you can retry."
BUSY = (
    "Your coach is answering many learners right now. Your message is saved; "
    "retry in a minute."
)
BUSY_RETRY_AFTER = 30  # seconds: about five embedded answers' worth of queue


class KnowledgeSearch(Protocol):
    """Hybrid search in one coach's knowledge, best hit first."""

    def search(self, coach_id: int, query: str, k: int) -> Sequence[Hit]:
        """The k best passages of this coach's collection for a query."""
        ...


@dataclass(frozen=True)
class _Turn:
    """One learner message being answered (`answer_id` is set when regenerating)."""

    learner_id: int
    coach_id: int
    conversation_id: int
    question_id: int
    text: str
    locale: str
    coach: CoachCard
    answer_id: int | None = None


class ChatService:
    """Answers learner messages as their coach; build once, share across requests."""

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        chain: ChatModel,
        knowledge: KnowledgeSearch | None,
        safety: SafetyHook,
        profiles: ProfileHook,
        count_tokens: TokenCounter = estimate_tokens,
        context_window: int,
        max_tokens: int,
        retrieval_k: int,
        history_turns: int = 10,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        summary_chars: int = SUMMARY_CHARS,
        options: ChatOptions | None = None,
        prices: PriceTable | None = None,
    ) -> None:
        if history_turns < 0 or retrieval_k < 0 or max_message_chars < 1:
            raise ValueError("history_turns and retrieval_k must be >= 0, max_message_chars >= 1")
        self._sessions = sessions
        self._chain = chain
        self._knowledge = knowledge
        self._safety = GuardedSafety(safety)
        self._profiles = profiles
        self._prices = prices or PriceTable()
        self._count = count_tokens
        self._prompts = PromptBuilder(
            count_tokens=count_tokens, context_window=context_window, max_tokens=max_tokens
        )
        # Temperature, seed and stop words come from `options`; length and locality per call.
        self._options = replace(options or ChatOptions(), max_tokens=max_tokens)
        self.retrieval_k = retrieval_k
        self.history_turns = history_turns
        self.max_message_chars = max_message_chars
        self.summary_chars = summary_chars

    def send(
        self,
        *,
        learner_id: int,
        coach_id: int,
        conversation_id: int | None,
        text: str,
        locale: str = "en",
    ) -> ChatStream:
        """Save a learner message and return the stream of the coach's answer.

        Raises MessageRejected (empty, too long, or too long for the model) or ChatNotFound
        before anything is stored; once this returns, the message is committed.
        """
        message = validate_message(text=text, max_chars=self.max_message_chars)
        with unit_of_work(self._sessions) as session:
            card = CoachCard.of(chat_coach(session=session, user_id=learner_id, coach_id=coach_id))
        # Counted outside any transaction: a real tokenizer may still be loading its model.
        self._prompts.check(card, message)
        with unit_of_work(self._sessions) as session:
            conversation = open_conversation(
                session=session,
                learner_id=learner_id,
                coach_id=coach_id,
                conversation_id=conversation_id,
                title=message,
            )
            question = add_message(
                session=session, conversation=conversation, role=MessageRole.USER, content=message
            )
            turn = _Turn(learner_id, coach_id, conversation.id, question.id, message, locale, card)
        return self._stream(turn)

    def retry(self, *, learner_id: int, message_id: int, locale: str = "en") -> ChatStream:
        """Regenerate a partial or failed answer, the latest of its conversation, in place."""
        with unit_of_work(self._sessions) as session:
            answer, conversation = learner_message(
                session=session, learner_id=learner_id, message_id=message_id
            )
            question = retry_question(session=session, answer=answer)
            coach_id = conversation.coach_id
            coach = chat_coach(session=session, user_id=learner_id, coach_id=coach_id)
            turn = _Turn(
                learner_id=learner_id,
                coach_id=coach_id,
                conversation_id=conversation.id,
                question_id=question.id,
                text=question.content,
                locale=locale,
                coach=CoachCard.of(coach),
                answer_id=answer.id,
            )
        return self._stream(turn)

    def _stream(self, turn: _Turn) -> ChatStream:
        """Wrap the answer to a saved message as a closable stream."""
        return ChatStream(
            self._respond(turn), conversation_id=turn.conversation_id, question_id=turn.question_id
        )

    def _respond(self, turn: _Turn) -> Generator[ChatEventOut, None, None]:
        """Steps 2-7 for a saved learner message, as stream events."""
        started = time.monotonic()
        try:
            window = self._window(turn)
            assessment = self._assess(turn, window)
            prompt = None if assessment.severity == "high" else self._prompt(turn, window)
        except Exception:
            # The message is saved; a failed answer lets the learner retry once this is fixed.
            log.exception("preparing the answer to message %s failed", turn.question_id)
            failed = Answer("", MessageStatus.FAILED, latency_ms=ms_since(started))
            message_id = self._save(turn, failed, summary=None)
            yield ErrorOut(NO_ANSWER, retryable=True, message_id=message_id)
            return
        escalation = self._safety.escalate(
            assessment, learner_id=turn.learner_id, coach_id=turn.coach_id,
            conversation_id=turn.conversation_id, message_id=turn.question_id, locale=turn.locale,
        )
        if prompt is None:
            yield from self._crisis(turn, window, assessment, started, escalation.locale)
            return
        local_only = (
            assessment.local_only
            or assessment.severity == "medium"
            or self._safety.keeps_local(turn.conversation_id)
        )
        yield from self._generate(turn, window, prompt, local_only=local_only, started=started,
                                  escalation=escalation)

    def _window(self, turn: _Turn) -> Window:
        """The history before the message: recent exchanges and the summary of older ones."""
        with unit_of_work(self._sessions) as session:
            return load_window(
                session=session,
                conversation_id=turn.conversation_id,
                before_id=turn.question_id,
                turns=self.history_turns,
                budget=self.summary_chars,
            )

    def _assess(self, turn: _Turn, window: Window) -> Assessment:
        """The safety assessment of the message in the light of the learner's recent ones."""
        # With their ids, so the hook can store the message's reading and find the history's.
        history = [MessageText(text, message_id=message_id)
                   for message_id, text in window.learner_messages]
        text = MessageText(turn.text, message_id=turn.question_id)
        return self._safety.assess(text, history, message_id=turn.question_id)

    def _prompt(self, turn: _Turn, window: Window) -> Prompt:
        """The fitted prompt with knowledge, profile and history."""
        parts = PromptParts(
            coach=turn.coach,
            message=turn.text,
            locale=turn.locale,
            profile=self._profile(turn),
            summary=window.summary,
            history=tuple(window.recent),
            hits=tuple(self._retrieve(turn)),
        )
        return self._prompts.fit(parts)

    def _retrieve(self, turn: _Turn) -> list[Hit]:
        """The best passages for the message; none if there is no search or it fails."""
        if self._knowledge is None or self.retrieval_k == 0:
            return []
        try:
            hits = self._knowledge.search(turn.coach_id, turn.text, self.retrieval_k)
        except Exception:
            log.exception("knowledge search for coach %s failed; answering without", turn.coach_id)
            return []
        return list(hits)[: self.retrieval_k]

    def _profile(self, turn: _Turn) -> str:
        """The learner profile, or "" if the hook fails (the answer matters more)."""
        try:
            return self._profiles.profile_for(turn.learner_id, turn.coach_id).strip()
        except Exception:
            log.exception("profile for learner %s failed; answering without", turn.learner_id)
            return ""

    def _crisis(
        self, turn: _Turn, window: Window, assessment: Assessment, started: float, locale: str
    ) -> Iterator[ChatEventOut]:
        """Send the safety hook's reply instead of a model answer, saved before it streams."""
        answer = self._safety.crisis_answer(assessment, locale, ms_since(started))
        # Saved first, so the reply is on record even if the client is already gone.
        message_id = self._save(turn, answer, summary=window.summary)
        self._observe(turn, message_id)
        log.warning("crisis reply %s sent (category %s)", message_id, assessment.category)
        yield SourcesOut(sources=[])
        yield TokenOut(answer.content)
        yield DoneOut(message_id, turn.conversation_id, answer.usage(), local_only=True)

    def _generate(
        self, turn: _Turn, window: Window, prompt: Prompt, *, local_only: bool, started: float,
        escalation: Escalation | None = None,
    ) -> Iterator[ChatEventOut]:
        """Stream sources and the model's answer, then save it and end with `done` or `error`."""
        run = Run(started=started)
        options = replace(self._options, local_only=local_only)
        escalation = escalation or Escalation(locale=turn.locale)
        stream: Iterator[ChatEvent] | None = None
        stopped: str | None = None
        try:
            # Inside the try: a client gone before the first token still gets a failed answer.
            yield SourcesOut(sources=prompt.sources)
            stream = self._chain.stream(careful(prompt.messages, escalation.instruction), options)
            for event in stream:
                if text := run.observe(event):
                    # The running output check: a tripped rule stops the answer before the
                    # token that completed it is sent; `done` carries the replacement.
                    if (stopped := self._safety.interrupts(run.text)) is not None:
                        break
                    yield TokenOut(text)
            run.ended = True
        except GeneratorExit:
            run.cancelled = True
            raise
        except Exception as error:
            # The fallback chain never raises, but a bare adapter passed in as the chain may.
            log.exception("chat model %s raised", self._chain.provider)
            run.error = f"{type(error).__name__}: {error}"
        finally:
            if stream is not None:
                close_quietly(stream)
            if run.cancelled:
                self._save_quietly(turn, run, prompt, window)
        answer = self._answer(run, prompt)
        if stopped is not None:
            answer = replace(answer, content=stopped)
        answer, extra = with_appendix(answer, escalation.appendix)
        message_id = self._save(turn, answer, summary=window.summary)
        self._observe(turn, message_id)
        if answer.status is MessageStatus.COMPLETE:
            if extra:
                yield TokenOut(extra)
            amended = answer.content if answer.content != run.text + extra else None
            yield DoneOut(message_id, turn.conversation_id, answer.usage(), local_only, amended)
            return
        log.warning("answer %s is %s: %s", message_id, answer.status.value, run.error)
        if answer.status is MessageStatus.PARTIAL:
            yield ErrorOut(CUT_OFF, retryable=True, message_id=message_id)
        elif run.busy:
            yield ErrorOut(BUSY, True, message_id, retry_after=BUSY_RETRY_AFTER)
        else:
            yield ErrorOut(NO_ANSWER, retryable=True, message_id=message_id)

    def _answer(self, run: Run, prompt: Prompt) -> Answer:
        """The stored form of a run: validated text, names, tokens and timings."""
        text = self._safety.validated(run.text) if run.text else ""
        spent = run.usage is not None or bool(run.text)
        if run.usage is not None:
            completion = run.usage.completion_tokens
        else:
            completion = self._count(run.text) if run.text else 0
        return Answer(
            content=text,
            status=run.status,
            provider=(run.provider or self._chain.provider) if spent else None,
            model=(run.model or self._chain.model) if spent else None,
            prompt_tokens=run.usage.prompt_tokens if run.usage else prompt.tokens,
            completion_tokens=completion,
            first_token_ms=run.first_token_ms,
            latency_ms=ms_since(run.started),
            sources=prompt.sources,
            spent=spent,
        )

    def _save(self, turn: _Turn, answer: Answer, *, summary: str | None) -> int:
        """Store the answer, its usage and the refreshed summary; return the answer's id."""
        with unit_of_work(self._sessions) as session:
            message = save_answer(
                session=session,
                conversation_id=turn.conversation_id,
                learner_id=turn.learner_id,
                coach_id=turn.coach_id,
                answer=answer,
                answer_id=turn.answer_id,
                summary=summary,
                prices=self._prices,
            )
            return message.id

    def _observe(self, turn: _Turn, answer_id: int) -> None:
        """Tell the profile builder about the saved exchange (it learns in the background)."""
        try:
            self._profiles.after_exchange(
                learner_id=turn.learner_id,
                coach_id=turn.coach_id,
                conversation_id=turn.conversation_id,
                question_id=turn.question_id,
                answer_id=answer_id,
            )
        except Exception:
            log.exception("profile update after message %s failed", turn.question_id)

    def _save_quietly(self, turn: _Turn, run: Run, prompt: Prompt, window: Window) -> None:
        """Save after the client left; nobody is listening for an error, so log it."""
        try:
            self._save(turn, self._answer(run, prompt), summary=window.summary)
        except Exception:
            log.exception("saving the partial answer to message %s failed", turn.question_id)
