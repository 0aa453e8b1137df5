"""`lodestar doctor`: what works, what does not, and what to do about it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.settings import Settings


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


@dataclass
class Report:
    """Every check, whether Lodestar can run, and a summary line."""

    checks: list[Check] = field(default_factory=list)
    usable: bool = True
    summary: str = ""


def check_database(settings: Settings) -> Check:
    """Connect to the database and compare its revision with the newest one."""
    from app import migrate

    url = settings.sqlalchemy_url
    shown = url.split("@")[-1] if "@" in url else url
    sqlite_file = url.removeprefix("sqlite:///")
    if url.startswith("sqlite:///") and not Path(sqlite_file).exists():
        return Check("database", False, f"no database yet at {sqlite_file}",
                     "run `lodestar db upgrade` (or `lodestar serve`, which migrates first)")
    try:
        current = migrate.current_revision(url)
    except Exception as error:
        return Check("database", False, f"{shown}: {error.__class__.__name__}: {error}",
                     "check LODESTAR_DATABASE_URL and that the server is running")
    head = migrate.head_revision()
    if current != head:
        return Check("database", False, f"{shown}: at {current or 'base'}, newest is {head}",
                     "run `lodestar db upgrade`")
    return Check("database", True, f"{shown}, migrated to {head}")


def check_chroma(settings: Settings) -> Check:
    """Check that Chroma (embedded or server) answers."""
    from knowledge.chroma import describe

    try:
        return Check("chroma", True, describe(path=settings.chroma_dir, url=settings.chroma_url))
    except Exception as error:
        return Check("chroma", False, f"{error.__class__.__name__}: {error}",
                     "start the Chroma server or unset LODESTAR_CHROMA_URL")


def check_providers(settings: Settings) -> tuple[list[Check], str | None]:
    """Probe each chat provider in chain order; returns checks and the first usable one."""
    from app.wiring import build_provider

    checks: list[Check] = []
    first: str | None = None
    for name in settings.model_chain:
        provider = build_provider(settings, name)
        if provider is None:
            checks.append(Check(f"chat: {name}", False, "not configured (no API key)",
                                f"set LODESTAR_{name.upper()}_API_KEY to enable it",
                                required=False))
            continue
        check = provider_check(name, provider)
        checks.append(check)
        if check.ok and first is None:
            first = f"{name} ({provider.model})"
    return checks, first


def provider_check(name: str, provider: object) -> Check:
    """Probe one chat provider (its `check()`): usable when reachable with the model present."""
    status = provider.check()  # type: ignore[attr-defined]
    ok = status.reachable and status.model_present
    state = "unreachable" if not status.reachable else (
        "model present" if status.model_present else "model missing")
    return Check(f"chat: {name}", ok, f"{status.model}: {state}. {status.detail}",
                 status.fix, required=False)


def check_embedder(settings: Settings) -> Check:
    """Load the configured embedder and embed a probe sentence."""
    from app.wiring import build_embedder

    try:
        embedder = build_embedder(settings)
        vectors = embedder.embed_batch(["Lodestar doctor probe"])
        return Check("embedder", True, f"{embedder.id}, dimension {len(vectors[0])}")
    except Exception as error:
        return Check("embedder", False, f"{error.__class__.__name__}: {error}",
                     "set LODESTAR_EMBEDDER=minilm to use the packaged model")


CLASSIFIER = "safety classifier"
# What the chat does without the trained head (safety.hook.RulesClassifier), and the way back.
RULES_ONLY = ("the chat then screens learner messages with the explicit-statement rules alone, "
              "so crisis messages worded in other ways can be missed")
TRAIN_FIX = "run `lodestar safety train` (it writes the weights and head.json together)"
# One explicit crisis statement (must come out high) and one ordinary coaching request (must
# not be flagged at all): a head that gets either wrong is worse than none.
CRISIS_PROBE = "I am going to kill myself tonight, I have already written the note."
ORDINARY_PROBE = "Can you help me plan three short runs a week around my work schedule?"


def _sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _integrity(weights: Path, meta: dict[str, Any]) -> Check:
    """The weights are the ones head.json describes (its thresholds were set for them)."""
    expected = str(meta.get("weights_sha256") or "")
    actual = _sha256(weights)
    name = f"{CLASSIFIER}: integrity"
    if not expected:
        return Check(name, False, f"{weights.with_suffix('.json').name} records no "
                     "weights_sha256, so the weights cannot be verified", TRAIN_FIX)
    if actual != expected:
        return Check(name, False, f"{weights.name} has SHA-256 {actual[:12]}..., head.json "
                     f"expects {expected[:12]}...: these are not the weights its thresholds "
                     "were calibrated for (the chat would still load them)",
                     "restore the shipped safety/data files (reinstall Lodestar) or "
                     + TRAIN_FIX)
    return Check(name, True, f"{weights.name} matches head.json (sha256 {actual[:12]})")


def _probe(classifier: Any) -> Check:
    """The explicit crisis sentence comes out high, by the head alone too; the ordinary is clean."""
    name = f"{CLASSIFIER}: probe"
    crisis = classifier.classify(CRISIS_PROBE, [])
    ordinary = classifier.classify(ORDINARY_PROBE, [])
    # The rules alone flag the explicit sentence; the head must see it without them.
    head_crisis, head_ordinary = classifier.signals([CRISIS_PROBE, ORDINARY_PROBE],
                                                    use_rules=False)
    problems = []
    if crisis.severity != "high":
        problems.append(f"the crisis probe came out {crisis.category}/{crisis.severity}, not high")
    if head_crisis.category == "none":
        problems.append(f"the head alone did not flag the crisis probe (score {head_crisis.score})")
    if ordinary.category != "none" or head_ordinary.category != "none":
        problems.append(f"the ordinary probe was flagged ({ordinary.category}/{ordinary.severity})")
    if problems:
        return Check(name, False, "; ".join(problems), "restore the shipped safety/data files "
                     "or " + TRAIN_FIX)
    return Check(name, True, f"crisis probe {crisis.category}/high (head score "
                 f"{head_crisis.score:.2f}), ordinary probe not flagged")


def check_classifier(weights_path: Path | None = None) -> list[Check]:
    """The red-flag head: files present, SHA-256 as recorded, loads over MiniLM, probes right.

    A head that is missing or cannot load is a warning (the chat falls back to the rules
    alone); weights that differ from their record or misjudge the probes fail, because the
    chat would use them.
    """
    from safety.classifier import DEFAULT_WEIGHTS, load_local_classifier

    weights = weights_path or DEFAULT_WEIGHTS
    meta_path = weights.with_suffix(".json")
    missing = [str(p) for p in (weights, meta_path) if not p.exists()]
    if missing:
        return [Check(CLASSIFIER, False, f"missing {' and '.join(missing)}; {RULES_ONLY}",
                      TRAIN_FIX, required=False)]
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [Check(CLASSIFIER, False, f"{meta_path.name} is unreadable ({error}); "
                      f"{RULES_ONLY}", TRAIN_FIX, required=False)]
    checks = [_integrity(weights, meta)]
    try:
        classifier = load_local_classifier(weights)
        classifier.classify("doctor warm-up", [])  # the encoder loads lazily
    except Exception as error:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
        checks.append(Check(f"{CLASSIFIER}: head", False, f"cannot load: "
                            f"{type(error).__name__}: {detail}; {RULES_ONLY}", TRAIN_FIX,
                            required=False))
        return checks
    adapted = "adapter" in meta
    encoder = str(meta.get("encoder", "MiniLM")) + (" with red-flag adapters" if adapted else "")
    checks.append(Check(f"{CLASSIFIER}: head", True, f"loaded over the packaged {encoder}"))
    checks.append(_probe(classifier))
    return checks


def run_checks(settings: Settings) -> Report:
    """Run every check and decide whether Lodestar can serve answers."""
    report = Report()
    report.checks.append(check_database(settings))
    report.checks.append(check_chroma(settings))
    provider_checks, first = check_providers(settings)
    report.checks.extend(provider_checks)
    report.checks.append(check_embedder(settings))
    safety_checks = check_classifier()
    report.checks.extend(safety_checks)
    required_ok = all(c.ok for c in report.checks if c.required)
    report.usable = required_ok and first is not None
    if first is None:
        report.summary = "No chat provider is usable: answers cannot be generated."
    else:
        report.summary = f"Answers will come from {first}."
    if any(not c.ok for c in safety_checks):
        report.summary += " The red-flag classifier needs attention (see its lines above)."
    if not required_ok:
        report.summary += " Fix the FAIL lines above before serving."
    return report
