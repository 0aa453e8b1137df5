"""`lodestar nudges run`, `lodestar worker` and `lodestar push keys`."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.settings import Settings, get_settings

if TYPE_CHECKING:
    from engagement.jobs import Engagement
    from engagement.triggers import Candidate

nudges_cli = typer.Typer(help="Proactive nudges: evaluate the rules and deliver.",
                         no_args_is_help=True)
push_cli = typer.Typer(help="Web Push (VAPID) keys.", no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    """Add the engagement commands to the `lodestar` CLI."""
    cli.add_typer(nudges_cli, name="nudges")
    cli.add_typer(push_cli, name="push")
    cli.command("worker")(worker)


def _fail(message: str) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.secho(f"lodestar: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(1)


def parse_at(value: str | None) -> datetime | None:
    """An ISO date-time; a value without a zone is UTC."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise _fail(f"--at: not an ISO date-time: {value!r} (e.g. 2026-11-22T08:00:00Z)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@contextmanager
def engagement_runtime(settings: Settings, *, with_models: bool) -> Iterator[Engagement]:
    """The engagement runtime for one command, on a migrated database; closed afterwards."""
    from app import migrate
    from app.wiring import build_model_layer, open_database
    from engagement.jobs import build_engagement
    from safety.hook import RulesClassifier
    from safety.runtime import build_safety

    database = open_database(settings)
    if migrate.current_revision(settings.sqlalchemy_url) != migrate.head_revision():
        database.dispose()
        raise _fail("the database is not migrated: run `lodestar db upgrade` first")
    models = build_model_layer(settings) if with_models else None
    # Nudges only use the output check, which needs no classifier model.
    safety = build_safety(settings, sessions=database.sessions, classifier=RulesClassifier())
    try:
        yield build_engagement(settings, sessions=database.sessions,
                               chain=models.chain if models else None, safety=safety.hook)
    finally:
        safety.close()
        if models is not None:
            models.close()
        database.dispose()


def _candidate_json(candidate: Candidate, preview: str) -> dict[str, Any]:
    """One candidate as JSON."""
    return {
        "learner_id": candidate.learner_id, "email": candidate.email,
        "learner_name": candidate.learner_name, "coach_id": candidate.coach_id,
        "coach": candidate.coach_name, "trigger": candidate.trigger.value,
        "channel": candidate.channel.value, "status": candidate.status.value,
        "scheduled_for": candidate.scheduled_for.isoformat(), "timezone": candidate.timezone,
        "context": candidate.context, "preview": preview,
    }


def _preview(candidate: Candidate) -> str:
    """The deterministic text of a candidate (what is sent if no model answers)."""
    from engagement.generate import facts, template_text

    values = facts(candidate.trigger, candidate.context, candidate.scheduled_for.date())
    return template_text(candidate.trigger, values)


AtOpt = Annotated[str | None, typer.Option(
    "--at", help="Evaluate as of this ISO date-time (default now), e.g. 2026-11-22T08:00Z.")]


@nudges_cli.command("run")
def run(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print, send nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
    at: AtOpt = None,
) -> None:
    """Evaluate every rule now (or --at), enqueue, write and deliver what is due."""
    from engagement.jobs import run_once

    settings = get_settings()
    moment = parse_at(at)
    with engagement_runtime(settings, with_models=not dry_run) as engagement:
        result = run_once(engagement, as_of=moment, dry_run=dry_run)
    candidates = result.pop("candidates")
    result["nudges"] = [_candidate_json(c, _preview(c) if dry_run else "") for c in candidates]
    if as_json:
        typer.echo(json.dumps(result, indent=2, default=str))
        return
    evaluation = result["evaluation"]
    verb = "would nudge" if dry_run else "nudging"
    typer.echo(f"As of {evaluation['as_of']}: {verb} {len(candidates)} learner(s)"
               + ("" if dry_run else f", {evaluation['created']} new in the outbox"))
    for item in result["nudges"]:
        typer.echo(f"- {item['email']} ({item['coach']}): {item['trigger']} by "
                   f"{item['channel']} at {item['scheduled_for']} [{item['status']}]")
        if dry_run:
            typer.echo(f"    {item['preview']}")
    if not dry_run:
        delivery = result["delivery"]
        typer.echo(f"Delivered {delivery['sent']}, retrying {delivery['retried']}, "
                   f"failed {delivery['failed']}.")


def worker() -> None:
    """Run the nudge scheduler and delivery without the web server (Ctrl+C stops it)."""
    from app.db import make_engine
    from engagement.scheduler import NudgeScheduler

    settings = get_settings()
    from app.logging_setup import configure_logging

    configure_logging(settings)  # the same structured logs as `lodestar serve`
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    with engagement_runtime(settings, with_models=True) as engagement:
        scheduler = NudgeScheduler(engagement, engine=make_engine(settings.sqlalchemy_url))
        typer.echo(f"worker {scheduler.holder} started", err=True)
        scheduler.start()
        was_leader = False
        try:
            while not stop.wait(0.2):
                if scheduler.leader != was_leader:
                    was_leader = scheduler.leader
                    role = "leader" if was_leader else "follower"
                    typer.echo(f"{role}: {scheduler.holder}", err=True)
        finally:
            scheduler.stop()
    typer.echo("worker stopped", err=True)


@push_cli.command("keys")
def push_keys(
    show: Annotated[bool, typer.Option("--print", help="Print the keys instead of storing "
                                       "them (for LODESTAR_VAPID_PRIVATE_KEY).")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace existing keys (browsers "
                                        "must subscribe again).")] = False,
) -> None:
    """Generate the VAPID key pair for Web Push."""
    from engagement.push import generate_keys, key_path, load_keys, save_keys

    settings = get_settings()
    keys = generate_keys()
    if show:
        typer.echo(f"LODESTAR_VAPID_PRIVATE_KEY={keys.private_key}")
        typer.echo(f"public key (applicationServerKey): {keys.public_key}")
        return
    if key_path(settings).exists() and not force:
        existing = load_keys(settings)
        raise _fail(f"{key_path(settings)} exists (public key "
                    f"{existing.public_key if existing else '?'}); use --force to replace it")
    path = save_keys(settings, keys)
    typer.echo(f"VAPID keys written to {path}")
    typer.echo(f"public key: {keys.public_key}")
