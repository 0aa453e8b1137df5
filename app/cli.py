"""The `lodestar` command line: serve, demo, database, accounts and diagnostics."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from app import cli_engagement, cli_knowledge, cli_ops
from app.accounts import service as accounts
from app.accounts.models import Role
from app.cli_safety import safety_cli
from app.coaching import service as coaching
from app.db import unit_of_work
from app.settings import Settings, SettingsError, get_settings

cli = typer.Typer(
    name="lodestar",
    help="Lodestar: self-hosted, local-first AI coaching.",
    no_args_is_help=True,
    add_completion=False,
)
db_cli = typer.Typer(help="Database migrations.", no_args_is_help=True)
coach_cli = typer.Typer(help="Manage coaches.", no_args_is_help=True)
user_cli = typer.Typer(help="Manage users.", no_args_is_help=True)
token_cli = typer.Typer(help="Manage API tokens.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
cli.add_typer(coach_cli, name="coach")
cli.add_typer(user_cli, name="user")
cli.add_typer(token_cli, name="token")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.secho(f"lodestar: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def _migrated(settings: Settings) -> None:
    from app import migrate

    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)


def _sessions(settings: Settings):  # type: ignore[no-untyped-def]
    from app.wiring import open_database

    return open_database(settings).sessions


def _serve(settings: Settings, *, host: str | None, port: int | None, workers: int = 1) -> None:
    from app.cli_ops import run_server

    run_server(settings, host=host or settings.host, port=port or settings.port, workers=workers)


HostOpt = Annotated[str | None, typer.Option(help="Bind address (default LODESTAR_HOST).")]
PortOpt = Annotated[int | None, typer.Option(help="Port (default LODESTAR_PORT).")]


@cli.command()
def serve(
    host: HostOpt = None,
    port: PortOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (share the database; "
                                         "use PostgreSQL for more than a few).")] = 1,
) -> None:
    """Migrate the database to the newest revision, then serve the web app."""
    settings = get_settings()
    _migrated(settings)
    _serve(settings, host=host, port=port, workers=workers)


@cli.command()
def demo(
    host: HostOpt = None,
    port: PortOpt = None,
    serve_after: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Start the server after seeding.")
    ] = True,
) -> None:
    """Seed the demo coach, users and ingested documents (idempotently), then serve."""
    from app.demo import DEMO_PASSWORD, seed_demo

    settings = get_settings()
    with cli_knowledge.knowledge_session(settings) as (session, layer):
        summary = seed_demo(session=session, pipeline=layer.pipeline)
    url = f"http://{host or settings.host}:{port or settings.port}"
    outcome = ", ".join(f"{sum(r.status == s for r in summary.results)} {s}"
                        for s in ("ingested", "unchanged", "failed"))
    typer.echo(f"Demo coach: {summary.coach_name} ({summary.coach_slug}), "
               f"{summary.documents} document(s) ({outcome})")
    typer.echo("Demo logins (password for all: " + DEMO_PASSWORD + "):")
    for role, email in summary.logins:
        typer.echo(f"  {role:<8} {email}")
    typer.echo(f"Lodestar is starting at {url}")
    if serve_after:
        _serve(settings, host=host, port=port)


@db_cli.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Upgrade the database (default: to the newest revision)."""
    from app import migrate

    settings = get_settings()
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url, revision)
    typer.echo(f"database at {migrate.current_revision(settings.sqlalchemy_url) or 'base'}")


@db_cli.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or `base` for empty.")],
) -> None:
    """Downgrade the database to REV."""
    from alembic.util.exc import CommandError

    from app import migrate

    settings = get_settings()
    settings.ensure_dirs()
    try:
        migrate.downgrade(settings.sqlalchemy_url, revision)
    except CommandError as error:
        raise fail(f"cannot downgrade to {revision!r}: {error}") from None
    typer.echo(f"database at {migrate.current_revision(settings.sqlalchemy_url) or 'base'}")


@db_cli.command("current")
def db_current() -> None:
    """Show the database's revision and the newest one available."""
    from app import migrate

    settings = get_settings()
    current = migrate.current_revision(settings.sqlalchemy_url) or "base"
    typer.echo(f"current: {current}\nnewest:  {migrate.head_revision()}")


@coach_cli.command("create")
def coach_create(
    slug: Annotated[str, typer.Argument(help="URL name: lower-case letters, digits, hyphens.")],
    name: Annotated[str, typer.Option(help="Display name.")],
    expertise: Annotated[str, typer.Option(help="What the coach is expert in.")] = "",
    style: Annotated[str, typer.Option(help="How the coach speaks.")] = "",
    methodology: Annotated[str, typer.Option(help="The coach's method, briefly.")] = "",
) -> None:
    """Create a coach."""
    settings = get_settings()
    _migrated(settings)
    try:
        with unit_of_work(_sessions(settings)) as session:
            coach = coaching.create_coach(
                session=session,
                slug=slug,
                name=name,
                expertise=expertise,
                communication_style=style,
                methodology=methodology,
            )
            typer.echo(f"created coach {coach.slug} (id {coach.id})")
    except coaching.CoachingError as error:
        raise fail(str(error)) from None


def _read_password() -> str:
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@user_cli.command("create")
def user_create(
    email: Annotated[str, typer.Option(help="Sign-in email.")],
    role: Annotated[Role, typer.Option(help="learner, coach or admin.")],
    coach: Annotated[
        str | None, typer.Option(help="Coach slug: enrols a learner, or links a coach user.")
    ] = None,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
) -> None:
    """Create a user; the password is read from stdin or asked for."""
    settings = get_settings()
    _migrated(settings)
    password = _read_password()
    try:
        with unit_of_work(_sessions(settings)) as session:
            target = None
            if coach is not None:
                target = coaching.get_by_slug(session=session, slug=coach)
                if target is None:
                    raise coaching.CoachingError(f"no coach with slug {coach!r}")
            user = accounts.create_user(
                session=session, email=email, password=password, role=role, display_name=name
            )
            if target is not None and role is Role.LEARNER:
                coaching.enrol(session=session, learner=user, coach=target)
            elif target is not None and role is Role.COACH:
                coaching.assign_owner(session=session, coach=target, user=user)
            accounts.audit(session=session, action="user.create", target_type="user",
                           target_id=user.id, role=role.value)
            typer.echo(f"created {role.value} {user.email} (id {user.id})")
    except (accounts.AccountError, coaching.CoachingError) as error:
        raise fail(str(error)) from None


@token_cli.command("create")
def token_create(
    email: Annotated[str, typer.Option(help="The user the token acts as.")],
    name: Annotated[str, typer.Option(help="A label to recognise the token by.")] = "cli",
) -> None:
    """Create an API token and print it once; only its hash is stored."""
    settings = get_settings()
    _migrated(settings)
    with unit_of_work(_sessions(settings)) as session:
        user = accounts.get_by_email(session=session, email=email)
        if user is None:
            raise fail(f"no user with email {email}")
        plain = accounts.create_token(session=session, user=user, name=name)
        accounts.audit(session=session, action="token.create", actor=user,
                       target_type="user", target_id=user.id)
    typer.echo(plain)
    typer.secho("Store it now: it cannot be shown again.", err=True, fg=typer.colors.YELLOW)


@cli.command()
def doctor() -> None:
    """Check the database, Chroma, each model provider, the embedder and the safety classifier."""
    from app.doctor import run_checks

    results = run_checks(get_settings())
    for check in results.checks:
        mark = typer.style("ok  ", fg=typer.colors.GREEN) if check.ok else typer.style(
            "FAIL" if check.required else "warn", fg=typer.colors.RED if check.required else
            typer.colors.YELLOW)
        typer.echo(f"[{mark}] {check.name}: {check.detail}")
        if check.fix and not check.ok:
            typer.echo(f"       fix: {check.fix}")
    typer.echo(results.summary)
    if not results.usable:
        raise typer.Exit(1)


cli.command()(cli_knowledge.ingest)
cli_ops.register(cli)
cli.command()(cli_knowledge.search)
cli.command()(cli_knowledge.reindex)
cli.add_typer(safety_cli, name="safety")
cli_engagement.register(cli)


def main() -> None:
    """Entry point: run the CLI, turning a bad setting into one clear line."""
    from sqlalchemy.exc import OperationalError

    try:
        cli()
    except SettingsError as error:
        typer.secho(f"lodestar: {error}", err=True, fg=typer.colors.RED)
        raise SystemExit(2) from None
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        typer.secho(f"lodestar: cannot use the database: {reason} (check LODESTAR_DATABASE_URL "
                    "and that the server is running)", err=True, fg=typer.colors.RED)
        raise SystemExit(1) from None
