"""The crisis resources directory: helplines per country and category, messages per language.

The shipped directory is `safety/data/crisis_resources.toml`; LODESTAR_CRISIS_RESOURCES_PATH
replaces it with an operator's own file of the same shape. A learner's country comes from the
region of their locale ("en-GB") or else from their time zone ("Europe/London"); their
language from the locale. Unknown countries get the emergency advice and findahelpline.com.
"""

from __future__ import annotations

import tomllib
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).parent / "data" / "crisis_resources.toml"
DEFAULT_LANGUAGE = "en"
ANY_CATEGORY = "*"
MESSAGE_KEYS = ("reply", "emergency", "reach_out", "appendix", "fallback")


class ResourcesError(ValueError):
    """The resources file is missing, unreadable or malformed; the message says where."""


@dataclass(frozen=True)
class Line:
    """One helpline."""

    name: str
    contact: str
    url: str = ""
    categories: tuple[str, ...] = (ANY_CATEGORY,)

    def serves(self, category: str) -> bool:
        """Whether to show this line for a message of this category."""
        return ANY_CATEGORY in self.categories or category in self.categories

    def render(self) -> str:
        """One bullet: name, contact, link."""
        text = f"- {self.name}: {self.contact}"
        return f"{text} ({self.url})" if self.url else text


@dataclass(frozen=True)
class Country:
    """A country's emergency number and helplines."""

    emergency: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Place:
    """Where a learner is, as far as resources go: language and country (either may be "")."""

    language: str
    country: str


@dataclass(frozen=True)
class Directory:
    """The loaded resources file."""

    countries: Mapping[str, Country]
    messages: Mapping[str, Mapping[str, str]]
    fallback: Line
    fallback_emergency: str
    timezones: Mapping[str, str]

    def lines_for(self, country: str, category: str, also: Sequence[str] = ()) -> list[Line]:
        """General lines first, then the category's, then those of `also` (a second category
        the message may belong to); the fallback line last."""
        known = self.countries.get(country)
        if known is None:
            return [self.fallback]
        general = [line for line in known.lines if ANY_CATEGORY in line.categories]
        specific: list[Line] = []
        for wanted in (category, *also):
            specific += [line for line in known.lines
                         if line not in general and line not in specific and line.serves(wanted)]
        return general + specific + [self.fallback]

    def emergency_for(self, country: str) -> str:
        """The emergency number of a country, or a generic phrase."""
        known = self.countries.get(country)
        return known.emergency if known else self.fallback_emergency

    def text(self, language: str, key: str) -> str:
        """A message in the language, or in English when there is no translation."""
        return self.messages.get(language, self.messages[DEFAULT_LANGUAGE])[key]

    def crisis_reply(self, place: Place, category: str, also: Sequence[str] = ()) -> str:
        """The full crisis reply: support, helplines, emergency advice, encouragement."""
        lang = place.language if place.language in self.messages else DEFAULT_LANGUAGE
        return "\n\n".join(
            [
                self.text(lang, "reply"),
                self._bullets(lang, place.country, category, also),
                self.text(lang, "emergency").format(emergency=self.emergency_for(place.country)),
                self.text(lang, "reach_out"),
            ]
        )

    def appendix(self, place: Place, category: str, also: Sequence[str] = ()) -> str:
        """The resources note appended to a carefully generated (medium severity) answer."""
        lang = place.language if place.language in self.messages else DEFAULT_LANGUAGE
        emergency = self.text(lang, "emergency").format(
            emergency=self.emergency_for(place.country)
        )
        return "\n\n".join(
            [self.text(lang, "appendix"), self._bullets(lang, place.country, category, also),
             emergency]
        )

    def _bullets(self, lang: str, country: str, category: str, also: Sequence[str]) -> str:
        """The helplines as a bullet list; the fallback line is labelled in the language."""
        lines = self.lines_for(country, category, also)
        rendered = [line.render() for line in lines[:-1]]
        rendered.append(f"- {self.text(lang, 'fallback')}: {self.fallback.url}")
        return "\n".join(rendered)


def place_of(locale: str, timezone: str = "", directory: Directory | None = None) -> Place:
    """The language and country of a learner from their locale ("es-MX") and time zone."""
    cleaned = locale.replace("_", "-").strip()
    language, _, region = cleaned.partition("-")
    country = region.split("-")[0].upper() if len(region) == 2 else ""
    if not country and timezone:
        country = country_of_timezone(timezone, directory)
    return Place(language=language.lower(), country=country)


def country_of_timezone(timezone: str, directory: Directory | None = None) -> str:
    """The ISO country of an IANA time zone, from the system's zone.tab or the directory."""
    if directory is not None and timezone in directory.timezones:
        return directory.timezones[timezone]
    return _zone_countries().get(timezone, "")


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """zone.tab as {zone: country}; empty where the system has no time zone database."""
    for root in zoneinfo.TZPATH:
        table = Path(root) / "zone.tab"
        if table.is_file():
            result: dict[str, str] = {}
            for row in table.read_text(encoding="utf-8").splitlines():
                if row and not row.startswith("#"):
                    fields = row.split("\t")
                    if len(fields) >= 3:
                        result[fields[2]] = fields[0]
            return result
    return {}


def load_directory(path: Path | None = None) -> Directory:
    """Read and check a resources file (the shipped one by default)."""
    source = path or DEFAULT_PATH
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ResourcesError(f"crisis resources {source}: {error}") from error
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ResourcesError(f"crisis resources {source}: bad entry {error}") from error


def _parse(data: Mapping[str, Any]) -> Directory:
    """The Directory for a parsed TOML document, or KeyError/TypeError/ValueError."""
    messages = {
        str(lang): {key: str(texts[key]) for key in MESSAGE_KEYS}
        for lang, texts in data["messages"].items()
    }
    if DEFAULT_LANGUAGE not in messages:
        raise ValueError("messages.en is required (it is the fallback language)")
    countries = {
        str(code).upper(): Country(
            emergency=str(entry["emergency"]),
            lines=tuple(_line(line) for line in entry.get("lines", [])),
        )
        for code, entry in data.get("countries", {}).items()
    }
    fallback = data["fallback"]
    return Directory(
        countries=countries,
        messages=messages,
        fallback=Line(name=str(fallback["name"]), contact="", url=str(fallback["url"])),
        fallback_emergency=str(fallback.get("emergency", "your local emergency number")),
        timezones={str(k): str(v).upper() for k, v in data.get("timezones", {}).items()},
    )


def _line(entry: Mapping[str, Any]) -> Line:
    """One helpline entry."""
    categories = entry.get("categories", [ANY_CATEGORY])
    if not isinstance(categories, list) or not categories:
        raise ValueError(f"{entry.get('name', '?')}: categories must be a non-empty list")
    return Line(
        name=str(entry["name"]),
        contact=str(entry["contact"]),
        url=str(entry.get("url", "")),
        categories=tuple(str(c) for c in categories),
    )
