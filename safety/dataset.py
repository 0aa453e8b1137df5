"""Generate the red-flag training set from the project's own sentence families, and read it back.

Each family (see `safety/templates/`) is one way of saying something. Its patterns expand into
sentences; a seeded sample of them is kept and some are rewritten as lower-case chat or with
typos. The split is by family: a family's sentences all land in train, validation or test, so
the test set holds phrasings the model never saw. Hand-written, test-only messages live in
`handwritten_test.jsonl` and are never generated or trained on.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from safety.labels import CATEGORIES, SEVERITIES
from safety.templates import (
    coverage,
    english,
    fresh_en,
    fresh_intl,
    international,
    more,
    negatives,
    oof,
    paraphrases,
    train3_de,
    train3_en,
    train3_es,
    train3_fr,
    train3_intl,
    train4_de,
    train4_en_a,
    train4_en_b,
    train4_es,
    train4_fr,
    train5_en,
    train5_intl,
    train6_de,
    train6_en_a,
    train6_en_b,
    train6_es,
    train6_fr,
    train7_de,
    train7_en,
    train7_es,
    train7_fr,
    train8_de,
    train8_en_a,
    train8_en_b,
    train8_en_c,
    train8_es,
    train8_fr,
)
from safety.templates.english import Family

DATA_DIR = Path(__file__).resolve().parent / "data"
DATASET_PATH = DATA_DIR / "dataset.jsonl"
HANDWRITTEN_PATH = DATA_DIR / "handwritten_test.jsonl"
# Written after the first error analysis and scored only for the final report.
SEALED_PATH = DATA_DIR / "handwritten_sealed.jsonl"
# Short everyday messages ("Why?", "Tell me more") that `bench/safety_eval.py` reads one by one;
# written by hand, none of them a red flag.
EVERYDAY_PATH = DATA_DIR / "everyday_messages.txt"
# Short messages (1-8 words, everyday and red flags) written blind to every template, after the
# fifth round of families was written; scored only for reports.
SHORT_SEALED_PATH = DATA_DIR / "short_sealed.jsonl"
SEED = 7
SPLITS = ("train", "test")
TEST_SHARE = 0.2
CAP = {"en": 40, "es": 24, "fr": 24, "de": 24}
# Families that only train keep as many sentences in every language: the encoder knows English
# best, so the other languages need more examples, and the held-out split is not touched.
TRAIN_ONLY_CAP = 40
OPENERS = {
    "en": ("", "", "", "honestly ", "tbh ", "I need to tell someone: ", "so ", "ok so "),
    "es": ("", "", "la verdad ", "no sé, ", "bueno, "),
    "fr": ("", "", "honnêtement ", "bon, ", "je sais pas, "),
    "de": ("", "", "ehrlich gesagt ", "also ", "keine ahnung, "),
}
_GROUP = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Row:
    """One labelled message as stored in the JSONL files."""

    text: str
    category: str
    severity: str
    lang: str
    style: str
    source_template: str
    split: str


def expand(pattern: str) -> list[str]:
    """Every sentence a pattern spells out; `(a|b|)` is a choice, an empty choice drops it."""
    parts = _GROUP.split(pattern)
    literals, groups = parts[0::2], [group.split("|") for group in parts[1::2]]
    sentences = []
    for choice in itertools.product(*groups):
        pieces = [literals[0]]
        for option, literal in zip(choice, literals[1:], strict=True):
            pieces.extend((option, literal))
        sentences.append(re.sub(r"\s+", " ", "".join(pieces)).strip())
    return sentences


def _misspell(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) > 4 and word.isalpha()]
    for index in rng.sample(candidates, k=min(2, len(candidates))):
        word = words[index]
        at = rng.randrange(1, len(word) - 2)
        if rng.random() < 0.5:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]  # swap two letters
        else:
            word = word[:at] + word[at + 1 :]  # drop one
        words[index] = word
    return " ".join(words)


def _chat(text: str, rng: random.Random) -> str:
    text = text.lower().replace("'", "").replace(",", "")
    for long, short in ((" you ", " u "), (" are ", " r "), ("right now", "rn"),
                        (" really ", " rly "), ("i dont know", "idk"), (" because ", " cuz ")):
        if rng.random() < 0.7:
            text = f" {text} ".replace(long, short).strip()
    return text.rstrip(".!?")


def variants(family: Family, lang: str, cap: int | None = None, *,
             openers: bool = True) -> Iterator[tuple[str, str]]:
    """A seeded sample of a family's sentences, some in chat style or with typos; `openers`
    puts a lead-in such as "honestly" or "I need to tell someone:" before some of them."""
    name, _category, _severity, style, patterns = family
    rng = random.Random(f"{SEED}:{name}")
    sentences = sorted({s for pattern in patterns for s in expand(pattern)})
    rng.shuffle(sentences)
    for sentence in sentences[: cap or CAP[lang]]:
        opener = rng.choice(OPENERS[lang]) if openers else ""
        text = (opener + sentence) if opener else sentence
        roll = rng.random()
        if roll < 0.2:
            yield _chat(text, rng), "slang" if style != "hard_negative" else style
        elif roll < 0.35:
            yield _misspell(text, rng), "misspelled" if style != "hard_negative" else style
        else:
            yield text, style


# The families written after the test split was fixed (see `train_only`): the third to eighth
# rounds. The fifth is short messages: everyday chat and short crises; the sixth to eighth
# separate neighbouring categories by what the message names.
_TRAIN_ONLY_EN = (*train3_en.ENGLISH, *train4_en_a.ENGLISH, *train4_en_b.ENGLISH,
                  *train5_en.ENGLISH, *train6_en_a.ENGLISH, *train6_en_b.ENGLISH,
                  *train7_en.ENGLISH, *train8_en_a.ENGLISH, *train8_en_b.ENGLISH,
                  *train8_en_c.ENGLISH)
_TRAIN_ONLY_INTL = {
    lang: (*train3_intl.INTERNATIONAL[lang], *third, *fourth, *train5_intl.INTERNATIONAL[lang],
           *sixth, *seventh, *eighth)
    for lang, third, fourth, sixth, seventh, eighth in (
        ("es", train3_es.FAMILIES, train4_es.FAMILIES, train6_es.FAMILIES, train7_es.FAMILIES,
         train8_es.FAMILIES),
        ("fr", train3_fr.FAMILIES, train4_fr.FAMILIES, train6_fr.FAMILIES, train7_fr.FAMILIES,
         train8_fr.FAMILIES),
        ("de", train3_de.FAMILIES, train4_de.FAMILIES, train6_de.FAMILIES, train7_de.FAMILIES,
         train8_de.FAMILIES))
}
# Short everyday messages read wrong with a lead-in ("I need to tell someone: ok thanks"): the
# everyday families of the fifth, sixth and eighth rounds (the seventh's are whole coaching
# sentences).
_BARE = frozenset(family[0] for family in (
    *train5_en.ENGLISH, *(f for group in train5_intl.INTERNATIONAL.values() for f in group),
    *train6_es.FAMILIES, *train6_fr.FAMILIES, *train6_de.FAMILIES, *train8_en_c.ENGLISH,
    *train8_fr.FAMILIES, *train8_de.FAMILIES) if family[3] == "ordinary")


def families() -> Iterator[tuple[str, Family]]:
    """Every family with its language."""
    for family in (*english.FAMILIES, *negatives.FAMILIES, *more.ENGLISH,
                   *paraphrases.FAMILIES, *coverage.ENGLISH, *coverage.BREADTH,
                   *oof.ENGLISH, *fresh_en.ENGLISH, *_TRAIN_ONLY_EN):
        yield "en", family
    for lang, group in international.FAMILIES.items():
        extra = (*more.INTERNATIONAL[lang], *paraphrases.INTERNATIONAL[lang],
                 *coverage.INTERNATIONAL[lang], *oof.INTERNATIONAL[lang],
                 *fresh_intl.INTERNATIONAL[lang], *_TRAIN_ONLY_INTL[lang])
        for family in (*group, *extra):
            yield lang, family


def train_only() -> frozenset[str]:
    """Ids of the families written after the test split was fixed; they only ever train."""
    named = (*_TRAIN_ONLY_EN, *(f for group in _TRAIN_ONLY_INTL.values() for f in group))
    return frozenset(family[0] for family in named)


def _bucket(family_id: str) -> float:
    digest = hashlib.sha256(f"{SEED}:{family_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def assign_splits(named: Sequence[tuple[str, Family]]) -> dict[str, str]:
    """Family id -> split: a family goes to test when its hash falls in the lowest 20%.

    Hashing each id on its own keeps a family's split stable when families are added. Every
    (category, language) with two or more families gets at least one test family. Families
    written after the test split was fixed (`train_only`) always train and take no part in
    that rule, so adding them changes no other family's split.
    """
    late = train_only()
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lang, family in named:
        if family[0] not in late:
            groups[(family[1], lang)].append(family[0])
    splits: dict[str, str] = dict.fromkeys(late, "train")
    for ids in groups.values():
        for family_id in ids:
            splits[family_id] = "test" if _bucket(family_id) < TEST_SHARE else "train"
        if len(ids) >= 2 and all(splits[i] == "train" for i in ids):
            splits[min(ids, key=_bucket)] = "test"
        if all(splits[i] == "test" for i in ids) and len(ids) >= 2:
            splits[max(ids, key=_bucket)] = "train"
    return splits


def dedup_key(text: str) -> str:
    """What two messages must share to count as the same (case and punctuation ignored)."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def everyday_messages() -> list[str]:
    """The hand-written short everyday messages (one per line, `#` starts a comment)."""
    lines = EVERYDAY_PATH.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def evaluation_keys() -> frozenset[str]:
    """Every hand-written evaluation message, as `dedup_key`s: the generator never trains on one
    even when a family happens to spell it out."""
    texts = [row.text for path in (HANDWRITTEN_PATH, SEALED_PATH, SHORT_SEALED_PATH)
             for row in read(path)]
    return frozenset(dedup_key(text) for text in (*texts, *everyday_messages()))


def generate() -> list[Row]:
    """The whole generated set, deduplicated (first family wins), in a stable order."""
    named = list(families())
    splits = assign_splits(named)
    late = train_only()
    held_out = evaluation_keys()
    seen: set[str] = set()
    rows: list[Row] = []
    for lang, family in named:
        name, category, severity, _style, _patterns = family
        for text, style in variants(family, lang, TRAIN_ONLY_CAP if name in late else None,
                                    openers=name not in _BARE):
            key = dedup_key(text)
            if key in seen or (splits[name] == "train" and key in held_out):
                continue
            seen.add(key)
            rows.append(Row(text, category, severity, lang, style, name, splits[name]))
    validate(rows)
    return rows


def validate(rows: Iterable[Row]) -> None:
    """Fail loudly on a label the classifier does not know."""
    for row in rows:
        if row.category not in CATEGORIES or row.severity not in SEVERITIES:
            raise ValueError(f"bad label in {row.source_template}: {row}")
        if (row.category == "none") != (row.severity == "none"):
            raise ValueError(f"category and severity disagree in {row.source_template}: {row}")


def write(rows: Sequence[Row], path: Path = DATASET_PATH) -> str:
    """Write rows as JSONL; return the file's SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(asdict(row), ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()


def read(path: Path = DATASET_PATH) -> list[Row]:
    """Rows from a JSONL file (the generated set or the hand-written test set)."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; run `lodestar safety dataset`")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(Row(**json.loads(line)))
            except (TypeError, ValueError) as error:
                raise ValueError(f"{path}:{number}: {error}") from None
    validate(rows)
    return rows


def test_rows() -> list[Row]:
    """The held-out set: generated test families plus every hand-written message."""
    return [r for r in read() if r.split == "test"] + read(HANDWRITTEN_PATH)


def stratified_sample(rows: Sequence[Row], *, per_category: int) -> list[Row]:
    """The first N rows of each category after a seeded shuffle (for quick training runs)."""
    shuffled = list(rows)
    random.Random(SEED).shuffle(shuffled)
    taken: Counter[str] = Counter()
    picked = []
    for row in shuffled:
        if taken[row.category] < per_category:
            taken[row.category] += 1
            picked.append(row)
    return picked


def sealed_rows() -> list[Row]:
    """The sealed hand-written messages, kept out of every development loop."""
    return read(SEALED_PATH)


def short_sealed_rows() -> list[Row]:
    """The sealed short messages (1-8 words), written after the fifth round, for reports only."""
    return read(SHORT_SEALED_PATH)


def summary(rows: Sequence[Row]) -> dict[str, dict[str, int]]:
    """Counts per split, category, language and style, for the data card and the CLI."""
    return {
        "split": dict(sorted(Counter(r.split for r in rows).items())),
        "category": dict(sorted(Counter(r.category for r in rows).items())),
        "lang": dict(sorted(Counter(r.lang for r in rows).items())),
        "style": dict(sorted(Counter(r.style for r in rows).items())),
    }
