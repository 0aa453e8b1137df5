"""Small talk ("hello", "ok", "see you tomorrow") is not a crisis, whatever the model reads."""

from __future__ import annotations

import pytest

from safety import context, rules
from safety.classifier import EVERYDAY, combine
from safety.labels import Signal

SMALL_TALK = ["hi", "Hello!", "hey", "ok", "okay, thanks", "Thank you so much", "yes", "no",
              "bye", "see you tomorrow", "How are you?", "What should I do next?", "?", "👍",
              "hola", "¿Qué tal?", "gracias, hasta mañana", "merci beaucoup", "Ça va ?",
              "Bonjour !", "Danke schön", "Wie geht's?", "Guten Morgen", "ok, bis morgen"]
NOT_SMALL_TALK = ["goodbye", "adiós", "adieu", "help", "im so done", "I'm not ok", "no point",
                  "I'm tired", "i want to die", "see you tomorrow, if I'm still here",
                  "no no no no no no no no no",  # more than a short message
                  "what should I do next with my training plan"]


@pytest.mark.parametrize("text", SMALL_TALK)
def test_small_talk_is_recognised(text: str) -> None:
    assert rules.everyday(text)


@pytest.mark.parametrize("text", NOT_SMALL_TALK)
def test_words_that_can_carry_distress_are_not_small_talk(text: str) -> None:
    assert not rules.everyday(text)


def test_small_talk_explains_a_model_signal_away_but_not_a_rule() -> None:
    model = Signal("suicide", "high", 0.99, ("model:suicide:0.99",))
    assert combine("hello", model, idiom_threshold=0.97) == Signal("none", "none", 0.99,
                                                                   (EVERYDAY,))
    assert combine("hello", model, idiom_threshold=0.97, use_rules=False) == model
    # Marked even when the model agrees, so that right after a flagged message it stays careful.
    unflagged = Signal("none", "none", 0.1)
    assert combine("hello", unflagged, idiom_threshold=0.97) == Signal("none", "none", 0.1,
                                                                       (EVERYDAY,))
    ruled = combine("goodbye, I want to die", model, idiom_threshold=0.97)
    assert ruled.category == "suicide"


def test_small_talk_right_after_a_flagged_message_stays_in_its_case() -> None:
    bye = Signal("none", "none", 0.99, (EVERYDAY,))
    earlier = [Signal("none", "none", 0.1), Signal("self_harm", "high", 0.95),
               Signal("suicide", "high", 0.98)]
    followed = context.after_flagged(bye, earlier)
    assert (followed.category, followed.severity) == ("suicide", "medium")
    assert followed.reasons == (EVERYDAY, "context:after_flagged:2/3")
    after_low = context.after_flagged(bye, [Signal("substance_abuse", "low", 0.6)])
    assert (after_low.category, after_low.severity) == ("substance_abuse", "low")
    assert context.after_flagged(bye, [Signal("none", "none", 0.2)]) == bye
