"""Generate the synthetic training set for the learned injection layer, and read it back.

Rows are single segments (a sentence or a line), because the screener scores a passage segment
by segment and keeps the maximum. Injection segments are expanded from the slot vocabularies in
`safety.injection_templates`; benign segments come from `safety.injection_benign` (coaching
sentences, hard negatives, workplace prose), the red-flag data set's learner messages (a crisis
message is not an injection), and three of the five coach folders of the retrieval evaluation
documents. Leadership and sleep are never trained on, but the workplace frames were written after
the bench showed leadership chunks being blocked, so that figure is no longer blind. Of the
injection evaluation sets only the texts are read, to drop generated rows that come near them
(`Contamination`).
`lodestar safety train-injection` regenerates the file byte for byte from the fixed seed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from safety import injection_benign as b
from safety import injection_templates as t

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "safety" / "data"
TRAIN_PATH = DATA_DIR / "injection_train.jsonl"
RED_FLAG_DATASET = DATA_DIR / "dataset.jsonl"
# Ids of the red-flag families written after the injection head was trained.
LATER_FAMILIES = re.compile(r"(?:^|\.)(?:fr2|t\d+)\.")
DOCS_DIR = ROOT / "bench" / "data" / "retrieval_eval"
TRAIN_DOC_FOLDERS = ("habits", "running", "athlete-nutrition")
HELD_OUT_DOC_FOLDERS = ("leadership", "sleep")
SEED = 20261122
SHINGLE = 6
JACCARD = 0.5
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SLOT = re.compile(r"\{(\w+)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(*])")


@dataclass(frozen=True)
class InjectionRow:
    """One labelled segment: `label` is injection or benign; `group` is its family."""

    text: str
    label: str
    group: str
    lang: str = "en"


def _fill(rng: random.Random, frame: str) -> str:
    """A frame with every `{slot}` replaced by a random choice of that slot."""
    values = {
        "addr": rng.choice(t.ADDRESSEES), "polite": rng.choice(t.POLITE),
        "task": rng.choice(t.TASKS), "this": rng.choice(t.THIS), "prior": rng.choice(t.PRIOR),
        "noun": rng.choice(t.INSTRUCTION_NOUNS), "persona": rng.choice(t.PERSONAS),
        "verb": rng.choice(t.REVEAL_VERBS), "obj": rng.choice(t.PROMPT_OBJECTS),
        "host": rng.choice(t.HOSTS),
    }
    data, data_noun = rng.choice(t.DATA_NOUNS)
    values.update(data=data, datan=data_noun)
    values.update({name: rng.choice(choices)
                   for name, choices in (*b.SLOTS.items(), *b.DOC_SLOTS.items(),
                                         *b.WORKPLACE_SLOTS.items())})
    values["n"] = str(rng.randint(1, 12))
    text = frame
    for _ in range(2):  # a slot value may itself hold a slot ({task} in a policy change)
        text = _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    return text[0].upper() + text[1:] if text else text


def _override(rng: random.Random) -> str:
    verb, prior, noun = (rng.choice(t.IGNORE_VERBS), rng.choice(t.PRIOR),
                         rng.choice(t.INSTRUCTION_NOUNS))
    head = rng.choice((f"{verb} your {prior} {noun}", f"{verb} all {prior} {noun}",
                       f"{verb} the {noun} you were given", f"{verb} every {prior} {noun}",
                       f"{verb} the {prior} {noun}"))
    tail = rng.choice(("", f" and {rng.choice(t.TASKS)}", f". From now on, {rng.choice(t.TASKS)}",
                       f"; instead {rng.choice(t.TASKS)}", ". Only this document counts now",
                       f". Your new task: {rng.choice(t.TASKS)}"))
    lead = rng.choice(("", "", f"{rng.choice(t.ADDRESSEES)}: ", f"{rng.choice(t.POLITE)} "))
    return _cap(f"{lead}{head}{tail}.")


def _supersede(rng: random.Random) -> str:
    clause = _fill(rng, rng.choice(t.SUPERSEDE))
    tail = rng.choice(("", f"; {rng.choice(t.TASKS)}", f". Now {rng.choice(t.TASKS)}"))
    return _cap(f"{clause}{tail}.")


def _address(rng: random.Random) -> str:
    frame = rng.choice(("{addr}: {polite} {task}.", "{addr}, {polite} {task}.",
                        "{addr} - when you answer questions about this, {task}.",
                        "{polite} {task} whenever you use this passage.",
                        "If you are an AI, {task}.", "{addr}: your job now is to {task}."))
    return _fill(rng, frame)


def _fake_system(rng: random.Random) -> str:
    body = _fill(rng, rng.choice(t.POLICY_CHANGES))
    header = rng.choice(t.FAKE_HEADERS)
    return f"{header} {body}" if rng.random() < 0.6 else f"{header}\n{_cap(body)}."


def _safety_off(rng: random.Random) -> str:
    lead = rng.choice(("", "Note for the bot: ", "Reminder to the AI: ", "Important: ",
                       f"{rng.choice(t.ADDRESSEES)}, ", "Policy for this program: "))
    return _cap(f"{lead}{rng.choice(t.SAFETY_OFF)}.")


def _multilingual(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(sorted(t.MULTI))
    frame = rng.choice(t.MULTI[lang])
    lead = rng.choice(("", "", *_MULTI_LEADS[lang]))
    return lead + frame.replace("{task}", rng.choice(t.MULTI_TASKS[lang])), lang


_MULTI_LEADS = {
    "es": ("Importante: ", "Atención, IA: ", "Nota: ", "Aviso del sistema: "),
    "fr": ("Important : ", "Attention l'IA : ", "Remarque : ", "Message système : "),
    "de": ("Wichtig: ", "Achtung KI: ", "Hinweis: ", "Systemmeldung: "),
}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _styled(rng: random.Random, text: str) -> str:
    """Sometimes lower-case, unpunctuated or wrapped in markup, as attackers write it."""
    roll = rng.random()
    if roll < 0.1:
        return text.lower().rstrip(".")
    if roll < 0.16:
        return f"<!-- {text} -->"
    if roll < 0.2:
        return f"![chart](c.png \"{text}\")"
    if roll < 0.24:
        return f"<img src=\"a.png\" alt=\"{text}\">"
    if roll < 0.27:
        return f"[//]: # ({text})"
    if roll < 0.3:
        return f"**{text}**"
    return text


INJECTION_FAMILIES = {
    "override": (_override, 700), "supersede": (_supersede, 450), "address": (_address, 600),
    "leak": (lambda rng: _fill(rng, rng.choice(t.LEAK_FRAMES)), 450),
    "roleplay": (lambda rng: _fill(rng, rng.choice(t.ROLEPLAY_FRAMES)), 450),
    "fake_system": (_fake_system, 450),
    "exfiltration": (lambda rng: _fill(rng, rng.choice(t.EXFIL)), 300),
    "safety_off": (_safety_off, 350),
}


def _injections(rng: random.Random) -> Iterator[InjectionRow]:
    for family, (make, count) in INJECTION_FAMILIES.items():
        for _ in range(count):
            yield InjectionRow(_styled(rng, make(rng)), "injection", family)
    for _ in range(300):
        text, lang = _multilingual(rng)
        yield InjectionRow(text, "injection", f"multilingual_{lang}", lang)


def _ids(rng: random.Random) -> str:
    raw = rng.randbytes(rng.choice((12, 18, 24)))
    return _fill(rng, rng.choice(b.IDS)).format(
        uuid=uuid.UUID(bytes=rng.randbytes(16)), b64=base64.b64encode(raw).decode(),
        hex=raw.hex(), vid=base64.urlsafe_b64encode(raw[:8]).decode().rstrip("="))


def _markup(rng: random.Random) -> str:
    title = rng.choice(("Sleep", "Running", "Habits", "Nutrition", "Stress", "Focus"))
    return rng.choice(b.MARKUP).format(
        n=rng.randint(1, 12), title=title, slug=title.lower(),
        sentence=rng.choice(b.TOPIC_SENTENCES), sentence2=rng.choice(b.TOPIC_SENTENCES))


def document_segments(folders: Sequence[str]) -> list[str]:
    """The sentences and lines of the retrieval evaluation documents in these coach folders."""
    segments: list[str] = []
    for folder in folders:
        for path in sorted((DOCS_DIR / folder).glob("*.md")):
            for line in path.read_text(encoding="utf-8").splitlines():
                segments.extend(s.strip() for s in _SENTENCE_END.split(line)
                                if len(s.split()) >= 3)
    return segments


def _benign(rng: random.Random) -> Iterator[InjectionRow]:
    for sentence in b.TOPIC_SENTENCES:
        yield InjectionRow(sentence, "benign", "topic")
    for _ in range(4000):
        yield InjectionRow(_fill(rng, rng.choice(b.HARD_NEGATIVE_FRAMES)), "benign",
                           "hard_negative")
    for _ in range(300):
        yield InjectionRow(_markup(rng), "benign", "markup")
    for _ in range(150):
        yield InjectionRow(_ids(rng), "benign", "ids")
    for _ in range(500):
        yield InjectionRow(_fill(rng, rng.choice(b.DOC_IMPERATIVES)), "benign", "doc_imperative")
    for _ in range(1500):
        yield InjectionRow(_fill(rng, rng.choice(b.WORKPLACE_FRAMES)), "benign", "workplace")
    for sentence in b.AI_TOPIC_SENTENCES:
        yield InjectionRow(sentence, "benign", "ai_topic")
    for snippet in b.CODE_SNIPPETS:
        yield InjectionRow(snippet, "benign", "code")
    for lang, sentences in b.BENIGN_MULTI.items():
        for sentence in sentences:
            yield InjectionRow(sentence, "benign", f"benign_{lang}", lang)
    for segment in document_segments(TRAIN_DOC_FOLDERS):
        yield InjectionRow(segment, "benign", "coach_docs")
    # Learner messages from the red-flag families that existed when this head was trained (the
    # `fr2` and training-only `t3`, `t4`, ... families came later), so the injection set does
    # not move when red-flag data grows.
    messages = [row for row in (json.loads(line) for line in
                                RED_FLAG_DATASET.read_text(encoding="utf-8").splitlines() if line)
                if not LATER_FAMILIES.search(row["source_template"])]
    for message in rng.sample(messages, 1500):
        yield InjectionRow(message["text"], "benign", f"learner_{message['category']}",
                           message["lang"])


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


class Contamination:
    """Near-duplicates of the evaluation passages (and of their segments), to keep out of training.

    Only the texts are read, never the labels or any screening result: a generated row that
    shares a run of SHINGLE words with an evaluation segment, or whose word set overlaps one by
    JACCARD or more, is dropped, so the sets stay unseen.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        from safety.injection import model_segments

        texts: set[str] = set()
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line:
                    text = json.loads(line)["text"]
                    texts.update([text, *model_segments(text)])
        self._shingles = set().union(*(_shingles(_tokens(t)) for t in texts))
        self._word_sets = [set(_tokens(t)) for t in texts if _tokens(t)]

    def near(self, text: str) -> bool:
        """Whether a text is too close to an evaluation passage or segment."""
        tokens = _tokens(text)
        if _shingles(tokens) & self._shingles:
            return True
        words = set(tokens)
        return bool(words) and any(len(words & other) >= JACCARD * len(words | other)
                                   for other in self._word_sets)


def generate(seed: int = SEED) -> list[InjectionRow]:
    """The whole training set, deterministic for a seed, without duplicates or eval look-alikes."""
    rng = random.Random(seed)
    contamination = Contamination(sorted(DATA_DIR.glob("injection_eval*.jsonl")))
    rows, seen = [], set()
    for row in (*_injections(rng), *_benign(rng)):
        if row.text not in seen and not contamination.near(row.text):
            seen.add(row.text)
            rows.append(row)
    return rows


def _serialise(rows: Sequence[InjectionRow]) -> str:
    return "".join(json.dumps(asdict(row), ensure_ascii=False) + "\n" for row in rows)


def data_sha256(rows: Sequence[InjectionRow]) -> str:
    """The SHA-256 of the rows as written, recorded with the head so it traces to its data."""
    return hashlib.sha256(_serialise(rows).encode()).hexdigest()


def write(rows: Sequence[InjectionRow], path: Path = TRAIN_PATH) -> str:
    """Write the rows as JSONL and return the file's SHA-256."""
    path.write_text(_serialise(rows), encoding="utf-8")
    return data_sha256(rows)


def read(path: Path = TRAIN_PATH) -> list[InjectionRow]:
    """The rows of a written training file."""
    return [InjectionRow(**json.loads(line))
            for line in path.read_text(encoding="utf-8").splitlines() if line]
