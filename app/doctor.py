"""`lodestar doctor`: what works, what does not, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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


def run_checks(settings: Settings) -> Report:
    """Run every check and decide whether Lodestar can serve answers."""
    report = Report()
    report.checks.append(check_database(settings))
    report.checks.append(check_chroma(settings))
    provider_checks, first = check_providers(settings)
    report.checks.extend(provider_checks)
    report.checks.append(check_embedder(settings))
    required_ok = all(c.ok for c in report.checks if c.required)
    report.usable = required_ok and first is not None
    if first is None:
        report.summary = "No chat provider is usable: answers cannot be generated."
    else:
        report.summary = f"Answers will come from {first}."
    if not required_ok:
        report.summary += " Fix the FAIL lines above before serving."
    return report
