"""PII redaction: realistic personal data goes, dates, prices and versions stay."""

from __future__ import annotations

import logging

import pytest

from safety.pii import RedactingFilter, iban_valid, luhn_valid, redact

REDACTED = [
    ("Write to jane.doe+coach@example.co.uk today", "Write to [EMAIL] today"),
    ("Call me on +44 20 7946 0958 after six", "Call me on [PHONE] after six"),
    ("My number is (555) 123-4567.", "My number is [PHONE]."),
    ("Text 555-123-4567 please", "Text [PHONE] please"),
    ("Mobil: +49 151 23456789", "Mobil: [PHONE]"),
    ("Card 4111 1111 1111 1111 exp 12/27", "Card [CARD] exp 12/27"),
    ("Amex 3782-822463-10005 ok", "Amex [CARD] ok"),
    ("Pay to DE89 3704 0044 0532 0130 00 by Friday", "Pay to [IBAN] by Friday"),
    ("IBAN GB82WEST12345698765432", "IBAN [IBAN]"),
    ("I live at 221B Baker Street, London", "I live at [ADDRESS], London"),
    ("Send it to 1600 Pennsylvania Avenue NW, Washington", "Send it to [ADDRESS], Washington"),
    ("Meine Adresse: Hauptstraße 5, 10115 Berlin", "Meine Adresse: [ADDRESS], 10115 Berlin"),
    ("J'habite 12 rue de Rivoli à Paris", "J'habite [ADDRESS] à Paris"),
]
KEPT = [
    "On 2024-01-15 I ran 5 km in 27:30.",
    "Meet on 12/05/2024 at 10:30.",
    "I ate 1,800 kcal and walked 10000 steps.",
    "The plan costs $1,299.99 or €49.90 a month.",
    "Upgrade to Python 3.12.1; the server is at 192.168.1.10.",
    "Order 12345678 shipped; ISBN 978-3-16-148410-0.",
    "Not a card: 1234 5678 9012 3456 (fails Luhn).",
    "Not an IBAN: DE00 1234 5678 9012 3456 78.",
    "Week 3, day 2: 3 sets of 12 reps.",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_personal_data_is_replaced_by_its_kind(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_numbers_that_are_not_personal_data_are_kept(text: str) -> None:
    assert redact(text) == text


def test_checksums() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid("GB83WEST12345698765432")


def test_the_logging_filter_redacts_messages_and_arguments(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("tests.safety.pii")
    handler_filter = RedactingFilter()
    logger.addFilter(handler_filter)
    try:
        with caplog.at_level(logging.INFO, logger="tests.safety.pii"):
            logger.info("signup from %s, phone %s", "sam@example.org", "+1 415 555 0100")
    finally:
        logger.removeFilter(handler_filter)
    assert "sam@example.org" not in caplog.text and "555 0100" not in caplog.text
    assert "signup from [EMAIL], phone [PHONE]" in caplog.text
