"""The crisis resources directory: countries, categories, languages, overrides, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety.resources import Place, ResourcesError, load_directory, place_of


def test_the_learners_country_comes_from_the_locale_region_or_else_the_timezone() -> None:
    assert place_of("en-GB") == Place("en", "GB")
    assert place_of("es_MX", "Europe/Madrid") == Place("es", "MX")
    assert place_of("en", "America/Chicago") == Place("en", "US")
    assert place_of("de", "Europe/Berlin") == Place("de", "DE")
    assert place_of("fr", "UTC") == Place("fr", "")


@pytest.mark.parametrize(("locale", "expected"), [
    ("en-US", ["988", "911"]),
    ("en-GB", ["Samaritans", "116 123", "999"]),
    ("en-IE", ["Samaritans", "116 123", "112"]),
    ("en-CA", ["988", "911"]),
    ("en-AU", ["13 11 14", "000"]),
    ("en-NZ", ["1737", "111"]),
    ("de-DE", ["TelefonSeelsorge", "0800 111 0 111", "112", "Wenn du in Gefahr bist"]),
    ("fr-FR", ["3114", "112", "Si tu es en danger"]),
    ("es-ES", ["024", "112", "Si estás en peligro"]),
    ("es-MX", ["Línea de la Vida", "911"]),
    ("en-IN", ["Tele-MANAS", "14416", "112"]),
])
def test_each_country_gets_its_lines_and_emergency_number_in_the_learners_language(
    locale: str, expected: list[str]
) -> None:
    reply = load_directory().crisis_reply(place_of(locale), "suicide")
    for fragment in expected:
        assert fragment in reply
    assert "findahelpline.com" in reply


def test_category_lines_are_added_to_the_general_ones() -> None:
    directory = load_directory()
    abuse = directory.crisis_reply(Place("en", "US"), "domestic_violence")
    eating = directory.crisis_reply(Place("en", "GB"), "eating_disorder")
    assert "National Domestic Violence Hotline" in abuse and "988" in abuse
    assert "Beat (eating disorders)" in eating and "Samaritans" in eating
    assert "Beat" not in directory.crisis_reply(Place("en", "GB"), "suicide")


def test_an_unknown_country_or_language_falls_back_to_english_and_findahelpline() -> None:
    reply = load_directory().crisis_reply(Place("pt", "BR"), "suicide")
    assert "your local emergency number" in reply and "findahelpline.com" in reply
    assert reply.startswith("I'm really glad you told me")


def test_the_safe_messaging_reply_has_no_method_detail_and_encourages_reaching_out() -> None:
    reply = load_directory().crisis_reply(Place("en", "US"), "suicide")
    lowered = reply.lower()
    assert "someone you trust" in lowered and "alone" in lowered
    for word in ("pills", "dose", "method", "rope", "overdose"):
        assert word not in lowered


def test_an_operator_file_replaces_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "resources.toml"
    path.write_text(
        '[fallback]\nname = "Help"\nurl = "https://help.example.org"\n'
        '[countries.US]\nemergency = "911"\n'
        'lines = [{ name = "Campus line", contact = "555-0100", categories = ["*"] }]\n'
        '[messages.en]\nreply = "We care."\nemergency = "Call {emergency}."\n'
        'reach_out = "Talk to someone."\nappendix = "Support:"\nfallback = "More help"\n',
        encoding="utf-8",
    )
    reply = load_directory(path).crisis_reply(Place("en", "US"), "suicide")
    assert reply.split("\n\n") == [
        "We care.", "- Campus line: 555-0100\n- More help: https://help.example.org",
        "Call 911.", "Talk to someone."]


@pytest.mark.parametrize("content", ["not toml [", "[fallback]\nname = 'x'\n",
                                     "[fallback]\nname='x'\nurl='y'\n[messages.fr]\nreply='a'\n"])
def test_a_broken_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourcesError, match="bad.toml"):
        load_directory(path)
    with pytest.raises(ResourcesError, match="missing.toml"):
        load_directory(tmp_path / "missing.toml")
