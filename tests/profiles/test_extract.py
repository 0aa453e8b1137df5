"""Goal proposals: the deterministic extractor, and the LLM as an improvement (fake chain)."""

from __future__ import annotations

from datetime import date

from models.ports import ModelError
from profiles.extract import deadline, extract, parse_llm, propose
from profiles.models import GoalKind
from tests.models.fakes import ScriptedModel

TODAY = date(2026, 11, 21)


def test_goal_with_amount_and_month_day() -> None:
    [goal] = extract("Honestly, my goal is to run 5 km by March 3.", TODAY)
    assert goal.title == "Run 5 km" and goal.kind is GoalKind.NUMERIC
    assert (goal.target_value, goal.unit, goal.target_date) == (5.0, "km", date(2027, 3, 3))


def test_a_month_day_already_past_this_month_means_next_year() -> None:
    december_7 = date(2026, 12, 7)
    assert deadline("by December 1", december_7) == date(2027, 12, 1)
    assert deadline("by December 7", december_7) == date(2026, 12, 7)  # today still counts
    assert deadline("by December 24", december_7) == date(2026, 12, 24)
    assert deadline("by December", december_7) == date(2026, 12, 31)
    assert deadline("by February 29", december_7) == date(2027, 2, 28)  # no 29th in 2027


def test_want_to_with_relative_deadline() -> None:
    [goal] = extract("I want to read 12 books in 6 months", TODAY)
    assert goal.title == "Read 12 books" and goal.target_value == 12 and goal.unit == "books"
    assert goal.target_date == date(2027, 5, 20)


def test_daily_habit_is_yes_no() -> None:
    [goal] = extract("I'd like to meditate every day until the end of the month.", TODAY)
    assert goal.kind is GoalKind.YES_NO and goal.title == "Meditate"
    assert goal.target_date == date(2026, 11, 30) and goal.target_value == 9


def test_no_goal_in_ordinary_messages() -> None:
    assert extract("How do I start running again after a break?", TODAY) == []
    assert deadline("no date here", TODAY) is None
    assert deadline("by 2027-02-30", TODAY) is None


def test_llm_reply_is_used_when_it_parses_and_is_grounded() -> None:
    reply = 'Sure! ```json\n{"title": "Run a 10 km race", "target_value": 10, "unit": "km", ' \
            '"kind": "numeric", "target_date": "2027-04-01"}\n```'
    chain = ScriptedModel(tokens=(reply,))
    [goal] = propose("I want to finally run a 10 km race next spring", TODAY, chain)
    assert goal.source == "llm" and goal.title == "Run a 10 km race"
    assert goal.target_date == date(2027, 4, 1) and chain.calls == 1


def test_bad_llm_replies_fall_back_to_the_extractor() -> None:
    message = "My goal is to lose 4 kg by January 31"
    for reply in ("I cannot help with that.", '{"title": null}',
                  '{"title": "Win the lottery", "target_date": "2027-01-01"}',
                  '{"title": "Lose 4 kg", "target_date": "2001-01-01"}', "{broken json"):
        [goal] = propose(message, TODAY, ScriptedModel(tokens=(reply,)))
        assert goal.source == "extractor" and goal.title == "Lose 4 kg"
        assert goal.target_date == date(2027, 1, 31)
    failing = ScriptedModel(error=ModelError("down", retryable=False))
    assert [g.source for g in propose(message, TODAY, failing)] == ["extractor"]


def test_the_llm_is_not_asked_about_ordinary_messages() -> None:
    chain = ScriptedModel(tokens=("{}",))
    assert propose("What should I eat before a run?", TODAY, chain) == []
    assert chain.calls == 0


def test_parse_llm_rejects_non_objects() -> None:
    assert parse_llm("[1, 2]", "run", TODAY) is None


def test_questions_phrased_as_wants_are_not_goals() -> None:
    assert extract("I want to know how to sleep better", TODAY) == []
    assert extract("I'd like to ask about my diet", TODAY) == []


def test_distress_is_never_turned_into_a_goal() -> None:
    chain = ScriptedModel(tokens=('{"title": "End it all", "target_date": "2027-01-01"}',))
    for text in ("I want to end it all", "I just want to disappear by Friday",
                 "my goal is to not be here anymore"):
        assert propose(text, TODAY, chain) == []
    assert chain.calls == 0
