"""The coach prompt: template rendering, token-budget trimming and the extractive summary."""

from __future__ import annotations

from dataclasses import replace

import pytest
from jinja2 import UndefinedError

from app.coaching.history import (
    ELISION,
    Exchange,
    build_window,
    first_sentence,
    group_exchanges,
    summarise,
)
from app.coaching.models import Message, MessageRole, MessageStatus
from app.coaching.prompt import (
    MESSAGE_OVERHEAD,
    CoachCard,
    PromptBuilder,
    PromptParts,
    PromptTooLong,
    estimate_tokens,
    make_environment,
    snippet,
)
from knowledge.types import Hit

COACH = CoachCard(
    name="Maya",
    expertise="habit building",
    methodology="Tiny steps, anchored to existing routines.",
    communication_style="Warm and direct.",
    persona_prompt="You never shame the learner.",
)


def hit(n: int, *, page: int | None = None) -> Hit:
    """The n-th ranked passage of a test document."""
    return Hit(
        chunk_id=f"chunk-{n}",
        text=f"Passage {n} says: anchor habit {n} to coffee.",
        document_id=10 + n,
        filename=f"guide-{n}.md",
        title=f"Guide {n}",
        section=f"Part {n}",
        page=page,
        score=1.0 / n,
    )


def exchange(n: int) -> Exchange:
    """The n-th exchange of a test conversation."""
    return Exchange(learner=f"Learner turn {n}.", coach=f"Coach reply {n}.")


def full_parts() -> PromptParts:
    """Parts with everything that can be trimmed."""
    return PromptParts(
        coach=COACH,
        message="How do I keep going on weekends?",
        profile="Works night shifts.",
        summary="- Learner: I want to read more. / Coach: Start with a page.",
        history=tuple(exchange(n) for n in range(1, 4)),
        hits=tuple(hit(n) for n in range(1, 4)),
    )


def words(text: str) -> int:
    """A simple, exact token counter for budget arithmetic."""
    return len(text.split())


def test_estimate_is_conservative_and_rounds_up() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("abc") == 1
    assert estimate_tokens("a" * 35) == 10
    assert estimate_tokens("a" * 36) == 11


def test_the_prompt_carries_coach_profile_numbered_sources_history_and_instructions() -> None:
    builder = PromptBuilder(context_window=4096, max_tokens=512)
    parts = full_parts()
    prompt = builder.fit(replace(parts, hits=(hit(1, page=4), hit(2))))
    system, user = prompt.messages
    assert (system.role, user.role) == ("system", "user")
    assert user.content == "How do I keep going on weekends?"
    for expected in (
        "You are Maya",
        "habit building",
        "Tiny steps, anchored to existing routines.",
        "Warm and direct.",
        "You never shame the learner.",
        "Works night shifts.",
        "[1] guide-1.md - Part 1, page 4",
        "Passage 1 says",
        "[2] guide-2.md - Part 2",
        "Start with a page.",
        "Learner: Learner turn 1.",
        "You: Coach reply 3.",
        "cite the passages you use as [1]",
        "does not cover the question, say so plainly",
    ):
        assert expected in system.content, expected
    assert prompt.sources == [
        {
            "n": 1,
            "document_id": 11,
            "filename": "guide-1.md",
            "title": "Guide 1",
            "section": "Part 1",
            "page": 4,
            "score": 1.0,
            "chunk_id": "chunk-1",
            "snippet": "Passage 1 says: anchor habit 1 to coffee.",
        },
        {
            "n": 2,
            "document_id": 12,
            "filename": "guide-2.md",
            "title": "Guide 2",
            "section": "Part 2",
            "page": None,
            "score": 0.5,
            "chunk_id": "chunk-2",
            "snippet": "Passage 2 says: anchor habit 2 to coffee.",
        },
    ]
    assert prompt.tokens == builder.count(prompt.messages)


def test_a_long_passage_is_cut_to_a_snippet_at_a_word() -> None:
    cut = snippet("word " * 400, limit=23)
    assert cut == "word word word word…" and len(cut) <= 24
    assert snippet("  short passage  ") == "short passage"


def test_without_knowledge_the_prompt_says_nothing_matched() -> None:
    prompt = PromptBuilder(context_window=4096, max_tokens=512).fit(
        PromptParts(coach=CoachCard(name="Maya"), message="Hi")
    )
    system = prompt.messages[0].content
    assert "none of your material matches" in system
    assert "[1]" not in system.replace("[1], [2]", "")
    assert prompt.sources == []


def test_trimming_drops_oldest_history_then_summary_then_lowest_hits_then_profile() -> None:
    parts = full_parts()
    full = PromptBuilder(count_tokens=words, context_window=10_000, max_tokens=1)
    needed = full.count(full.render(parts))
    core = full.count(full.render(PromptParts(coach=COACH, message=parts.message)))
    seen: list[tuple[int, bool, int, bool]] = []
    for budget in range(needed, core - 1, -1):
        prompt = PromptBuilder(count_tokens=words, context_window=budget + 1, max_tokens=1).fit(
            parts
        )
        kept = prompt.parts
        assert prompt.tokens <= budget
        assert kept.message == parts.message
        # History is cut from the oldest end, passages from the lowest-ranked end.
        assert kept.history == parts.history[len(parts.history) - len(kept.history) :]
        assert kept.hits == parts.hits[: len(kept.hits)]
        if kept.summary == "":
            assert kept.history == ()
        if len(kept.hits) < len(parts.hits):
            assert kept.history == () and kept.summary == ""
        if kept.profile == "":
            assert kept.hits == ()
        seen.append((len(kept.history), bool(kept.summary), len(kept.hits), bool(kept.profile)))
    # Every stage of the order was reached, ending with only instructions and message.
    assert seen[0] == (3, True, 3, True)
    assert (2, True, 3, True) in seen and (0, True, 3, True) in seen
    assert (0, False, 3, True) in seen and (0, False, 1, True) in seen
    assert seen[-1] == (0, False, 0, False)


def test_a_message_that_cannot_fit_even_alone_is_rejected_with_the_numbers() -> None:
    builder = PromptBuilder(context_window=1000, max_tokens=500)
    with pytest.raises(PromptTooLong, match=r"too long for this coach's model.*shorten it"):
        builder.fit(PromptParts(coach=COACH, message="word " * 600))
    with pytest.raises(PromptTooLong):
        builder.check(COACH, "word " * 600)
    builder.check(COACH, "A short question?")


def test_the_answer_reservation_is_validated() -> None:
    with pytest.raises(ValueError, match="larger than max_tokens"):
        PromptBuilder(context_window=512, max_tokens=512)


def test_message_overhead_is_counted_per_message() -> None:
    builder = PromptBuilder(count_tokens=words, context_window=4096, max_tokens=1)
    messages = builder.render(PromptParts(coach=COACH, message="one two"))
    assert builder.count(messages) == sum(words(m.content) for m in messages) + 2 * (
        MESSAGE_OVERHEAD
    )


def test_the_environment_is_strict_about_missing_variables() -> None:
    template = make_environment().from_string(
        "{% macro system() %}{{ coach.name }} {{ not_given }}{% endmacro %}"
        "{% macro user() %}{{ message }}{% endmacro %}"
    )
    builder = PromptBuilder(context_window=4096, max_tokens=512, template=template)
    with pytest.raises(UndefinedError, match="not_given"):
        builder.render(PromptParts(coach=COACH, message="Hi"))


def test_first_sentence_is_flat_and_capped() -> None:
    assert first_sentence("I want to run.  Every day!") == "I want to run."
    assert first_sentence("Line one\nstill one? Two.") == "Line one still one?"
    assert first_sentence("no end at all") == "no end at all"
    capped = first_sentence("x" * 500, limit=20)
    assert len(capped) == 20 and capped.endswith("…")


def test_summary_pins_the_opening_and_keeps_the_newest_within_budget() -> None:
    aged = [Exchange(f"Goal {n}. Detail {n}.", f"Advice {n}. More {n}.") for n in range(1, 30)]
    summary = summarise(aged, budget=300)
    lines = summary.splitlines()
    assert len(summary) <= 300
    assert lines[0] == "- Learner: Goal 1. / Coach: Advice 1."
    assert lines[1] == ELISION
    assert lines[-1] == "- Learner: Goal 29. / Coach: Advice 29."
    assert "Detail" not in summary and "More" not in summary
    numbers = [int(line.split("Goal ")[1].split(".")[0]) for line in lines[2:]]
    assert numbers == sorted(numbers) and numbers == list(range(numbers[0], 30))


def test_summary_without_loss_has_no_ellipsis_and_is_deterministic() -> None:
    aged = [exchange(1), Exchange("Only the learner spoke.")]
    first = summarise(aged, budget=1000)
    assert first == summarise(aged, budget=1000)
    assert first.splitlines() == [
        "- Learner: Learner turn 1. / Coach: Coach reply 1.",
        "- Learner: Only the learner spoke.",
    ]
    assert summarise([], budget=1000) == ""


def test_window_keeps_recent_exchanges_verbatim_and_folds_the_rest() -> None:
    exchanges = [exchange(n) for n in range(1, 14)]
    window = build_window(exchanges, turns=10, budget=1000)
    assert window.recent == exchanges[3:]
    assert window.summary.splitlines()[0].startswith("- Learner: Learner turn 1.")
    assert "Learner turn 3." in window.summary and "Learner turn 4." not in window.summary
    assert build_window(exchanges[:10], turns=10, budget=1000).summary == ""


def test_exchanges_use_the_latest_usable_answer() -> None:
    def message(role: MessageRole, content: str, status: MessageStatus) -> Message:
        return Message(role=role, content=content, status=status)

    messages = [
        message(MessageRole.USER, "Q1", MessageStatus.COMPLETE),
        message(MessageRole.ASSISTANT, "", MessageStatus.FAILED),
        message(MessageRole.USER, "Q2", MessageStatus.COMPLETE),
        message(MessageRole.ASSISTANT, "Half an ans", MessageStatus.PARTIAL),
        message(MessageRole.ASSISTANT, "Full answer.", MessageStatus.COMPLETE),
    ]
    assert group_exchanges(messages) == [Exchange("Q1", ""), Exchange("Q2", "Full answer.")]
