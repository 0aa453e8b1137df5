"""PII redaction for logs and for anything sent to a hosted model provider.

`redact(text)` replaces emails, phone numbers, payment card numbers (Luhn-checked), IBANs
(mod-97-checked) and street addresses with typed placeholders such as `[EMAIL]`. Checksums
keep order numbers, prices, dates and version strings intact. `RedactingFilter` applies the
same to every stdlib log record.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
CARD = re.compile(r"(?<![\d.-])(?:\d[ -]?){12,18}\d(?![\d.-])")
# International (+44 20 7946 0958), North American ((555) 123-4567) and grouped local numbers.
PHONE = re.compile(
    r"(?<![\w.+-])(?:"
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}"
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}"
    r"|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}"
    r")(?![\w.-]*\d)"
)
_STREET_WORDS = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|"
    r"terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy"
)
ADDRESS = re.compile(
    # "221B Baker Street", "1600 Pennsylvania Ave NW"
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][a-zA-Z'-]+\s+){{1,4}}(?i:{_STREET_WORDS})\b\.?"
    r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:,?\s+(?i:apt|suite|unit|flat)\.?\s*#?\w+)?"
    # "Hauptstraße 5", "Rue de Rivoli 12", "Calle Mayor 3"
    r"|\b(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|weg|gasse|platz|allee))\s+\d{1,4}[a-z]?\b"
    r"|\b(?:rue|avenue|boulevard|calle|avenida|plaza|via|piazza)\s+(?:[\w'-]+\s+){0,4}?\d{1,4}\b"
    r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|calle|avenida)(?:\s+[\w'-]+){1,2}",
)


def luhn_valid(digits: str) -> bool:
    """Whether a digit string passes the Luhn check used by payment cards."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_valid(text: str) -> bool:
    """Whether a string is an IBAN with a correct ISO 13616 mod-97 checksum."""
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _replace(pattern: re.Pattern[str], label: str, accept: Callable[[str], bool]) -> Callable[
    [str], str
]:
    """A substitution that replaces the matches `accept` approves with `[label]`."""

    def substitute(text: str) -> str:
        return pattern.sub(lambda m: f"[{label}]" if accept(m.group()) else m.group(), text)

    return substitute


def _is_card(match: str) -> bool:
    digits = re.sub(r"\D", "", match)
    return 13 <= len(digits) <= 19 and luhn_valid(digits)


def _is_phone(match: str) -> bool:
    digits = re.sub(r"\D", "", match)
    return 7 <= len(digits) <= 15


_STEPS: tuple[Callable[[str], str], ...] = (
    _replace(EMAIL, "EMAIL", lambda _: True),
    _replace(IBAN, "IBAN", iban_valid),
    _replace(CARD, "CARD", _is_card),
    _replace(PHONE, "PHONE", _is_phone),
    _replace(ADDRESS, "ADDRESS", lambda _: True),
)


def redact(text: str) -> str:
    """The text with emails, IBANs, card numbers, phone numbers and addresses replaced."""
    for step in _STEPS:
        text = step(text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that redacts PII from each record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the formatted message in place; never drops a record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        record.msg = redact(message)
        record.args = None
        return True
