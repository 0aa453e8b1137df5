"""Cleaning of loaded text: whitespace, repeated page headers and footers, broken hyphenation.

Rules, in the order they run:

1. Whitespace. Unicode NFC; every line ending becomes "\\n"; non-breaking and other Unicode
   spaces and tabs become a space, runs of spaces collapse to one, each line is stripped;
   zero-width spaces, BOMs and stray control characters go; a soft hyphen at a line end joins
   the lines (it marks a hyphenation point, never a real hyphen); at most one blank line is
   kept between paragraphs.
2. Page furniture, only for sections that carry a page number (PDF pages). A line among the
   first or last two non-empty lines of a page is a running header or footer when, compared
   case- and space-insensitively, it sits at a page edge on at least 60% of pages in a document
   of 3 or more pages and is either the same on every such page or differs only by a number
   that follows the page number ("Guide - page 3"). Page-number-only lines at a page edge
   ("12", "- 12 -", "Page 3 of 10", "3 / 10") go whatever the page count. Body lines are
   never touched, so a "12" inside a page is kept.
3. Hyphenation. A line ending in a hyphen straight after a lowercase letter, followed by a
   line starting with a lowercase letter, is a word broken by the layout: "build-\\ning"
   becomes "building". A compound word cannot be told apart from the break alone, so when
   the document also spells the pair with a hyphen on one line ("self-esteem"), the hyphen
   is kept ("self-\\nesteem" becomes "self-esteem"). Capitals, digits or spaces on either
   side ("Covid-\\n19", "pre- and\\npost-") leave the break alone.
4. Sections whose text ends up empty are dropped.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from knowledge.types import LoadedDocument, Section

# Share of pages a line must edge to count as a running header/footer, and the minimum pages.
REPEAT_SHARE = 0.6
MIN_PAGES = 3
# How many non-empty lines at the top and at the bottom of a page may be furniture.
EDGE_LINES = 2

# The patterns below only match what must change and are applied to the whole text at once:
# per-line or per-word regexes made a 25 MB text file take half a minute.
_LINE_BREAKS = re.compile(r"[\r\v\f\x85\u2028\u2029]")
_OTHER_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUNS = re.compile("  +")
# Zero-width spaces, word joiner, BOM and C0/C1 controls other than tab and newline; ZWJ and
# ZWNJ stay because emoji sequences and some scripts need them.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|pg\.?|p\.)\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*"
    r"(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013\u2014)\]]?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
_INLINE_HYPHEN = re.compile(r"-(?=[^\W\d_])")


def normalise_text(text: str) -> str:
    """Rule 1: NFC, one kind of newline and space, stripped lines, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    text = _LINE_BREAKS.sub("\n", text).replace("\u00ad\n", "")
    text = _SPACE_RUNS.sub(" ", _OTHER_SPACES.sub(" ", _INVISIBLE.sub("", text)))
    # Runs are single spaces by now, so two replacements strip every line at both ends.
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    return _BLANK_RUNS.sub("\n\n", text).strip()


def normalise_inline(text: str) -> str:
    """A title on one line: NFC, invisible characters removed, all whitespace one space."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def is_page_number(line: str) -> bool:
    """True for a line that holds only a page number ("7", "- 7 -", "Page 7 of 9")."""
    return _PAGE_NUMBER.fullmatch(line.strip()) is not None


def _edge_indexes(lines: Sequence[str]) -> list[int]:
    """Indexes of the first and last EDGE_LINES non-empty lines, top first."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _furniture_key(line: str) -> str:
    """A line compared case-, space- and number-insensitively."""
    return _DIGITS.sub("#", " ".join(line.lower().split()))


def _follows_page(occurrences: Sequence[tuple[int, str]]) -> bool:
    """True if the lines are identical, or one number in them moves in step with the page."""
    if len({line for _, line in occurrences}) == 1:
        return True
    offsets: set[int] | None = None
    for page, line in occurrences:
        found = {int(n) - page for n in _DIGITS.findall(line)}
        offsets = found if offsets is None else offsets & found
    return bool(offsets)


def running_lines(pages: Sequence[tuple[int, Sequence[str]]]) -> set[str]:
    """Keys (see _furniture_key) of running headers/footers among (page, lines) pairs."""
    page_count = len({page for page, _ in pages})
    if page_count < MIN_PAGES:
        return set()
    seen: dict[str, dict[int, str]] = defaultdict(dict)
    for page, lines in pages:
        for i in _edge_indexes(lines):
            seen[_furniture_key(lines[i])].setdefault(page, " ".join(lines[i].lower().split()))
    needed = math.ceil(REPEAT_SHARE * page_count)
    return {
        key
        for key, by_page in seen.items()
        if len(by_page) >= needed and _follows_page(sorted(by_page.items()))
    }


def _trim_edges(lines: list[str], running: set[str]) -> list[str]:
    """Blank the furniture lines at the top and bottom of one page."""
    out = list(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    # Walk inwards from each edge and stop at the first line that is real content.
    for edge in (filled[:EDGE_LINES], list(reversed(filled[-EDGE_LINES:]))):
        for i in edge:
            if not (is_page_number(lines[i]) or _furniture_key(lines[i]) in running):
                break
            out[i] = ""
    return out


def strip_page_furniture(sections: Sequence[Section], texts: Sequence[str]) -> list[str]:
    """Rule 2: remove running headers, footers and page numbers from paged sections' texts."""
    paged = [
        (page, text.split("\n"))
        for section, text in zip(sections, texts, strict=True)
        if (page := section.page) is not None
    ]
    running = running_lines(paged)
    out = []
    for section, text in zip(sections, texts, strict=True):
        if section.page is not None:
            text = "\n".join(_trim_edges(text.split("\n"), running))
        out.append(text)
    return out


def _word_before(text: str, end: int) -> str:
    """The run of letters that ends at text[end]."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def hyphenated_pairs(text: str) -> set[str]:
    """Every "word-word" written on one line, lower-cased: the document's own compounds."""
    pairs = set()
    for hyphen in _INLINE_HYPHEN.finditer(text):
        left = _word_before(text, hyphen.start())
        right = _LETTERS.match(text, hyphen.end())
        if left and right:
            pairs.add(f"{left}-{right.group()}".lower())
    return pairs


def _mend(before: str, after: str, compounds: set[str] | frozenset[str]) -> str:
    """What replaces one "-\\n": "" (a split word), "-" (a known compound) or "-\\n" (neither)."""
    left, right = _word_before(before, len(before)), _LETTERS.match(after)
    if not (left and right and left[-1].islower() and right.group()[0].islower()):
        return "-\n"
    return "-" if f"{left}-{right.group()}".lower() in compounds else ""


def repair_hyphenation(text: str, compounds: set[str] | frozenset[str] = frozenset()) -> str:
    """Rule 3: join words broken across lines by a hyphen; keep the hyphen of known compounds."""
    parts = text.split("-\n")
    out = [parts[0]]
    for before, after in itertools.pairwise(parts):
        out += [_mend(before, after, compounds), after]
    return "".join(out)


def clean_document(doc: LoadedDocument) -> LoadedDocument:
    """Apply the rules above to every section and drop the sections left empty."""
    texts = [normalise_text(section.text) for section in doc.sections]
    texts = strip_page_furniture(doc.sections, texts)
    joined = "\n".join(texts)
    compounds = hyphenated_pairs(joined) if "-\n" in joined else set()
    sections = []
    for section, text in zip(doc.sections, texts, strict=True):
        text = _BLANK_RUNS.sub("\n\n", repair_hyphenation(text, compounds)).strip()
        if text:
            sections.append(replace(section, text=text, title=normalise_inline(section.title)))
    return replace(doc, sections=sections, title=normalise_inline(doc.title))
