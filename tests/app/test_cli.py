"""The `lodestar` CLI, run the way an operator runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings

BIN = Path(sys.executable).parent / "lodestar"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process against a fresh data directory."""
    monkeypatch.setenv("LODESTAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")
    monkeypatch.setenv("LODESTAR_CONNECT_TIMEOUT", "0.5")
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
        get_settings.cache_clear()
        return runner.invoke(cli, list(args), input=stdin)

    return invoke


def test_every_command_has_help(run) -> None:  # type: ignore[no-untyped-def]
    commands = [[], ["serve"], ["demo"], ["db"], ["db", "upgrade"], ["db", "downgrade"],
                ["coach", "create"], ["user", "create"], ["token", "create"], ["doctor"]]
    for command in commands:
        result = run(*command, "--help")
        assert result.exit_code == 0, (command, result.output)
        assert "Usage:" in result.output


def test_coach_user_and_token_flow(run) -> None:  # type: ignore[no-untyped-def]
    created = run("coach", "create", "maya", "--name", "Maya Rivers", "--expertise", "Habits",
                  "--style", "warm")
    assert created.exit_code == 0 and "created coach maya" in created.output
    learner = run("user", "create", "--email", "Sam@Example.org", "--role", "learner",
                  "--coach", "maya", stdin="a-long-password\n")
    assert learner.exit_code == 0, learner.output
    assert "created learner sam@example.org" in learner.output
    token = run("token", "create", "--email", "sam@example.org")
    assert token.exit_code == 0
    assert token.stdout.strip().startswith("lsk_")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["coach", "create", "Bad Slug", "--name", "X"], None, "invalid slug"),
        (["user", "create", "--email", "a@b.org", "--role", "learner", "--coach", "nope"],
         "a-long-password\n", "no coach with slug 'nope'"),
        (["user", "create", "--email", "a@b.org", "--role", "learner"], "short\n",
         "at least 8 characters"),
        (["token", "create", "--email", "ghost@b.org"], None, "no user with email"),
        (["db", "downgrade", "not-a-revision"], None, "cannot downgrade"),
    ],
)
def test_bad_input_is_one_clear_error(run, args, stdin, message) -> None:  # type: ignore[no-untyped-def]
    result = run(*args, stdin=stdin)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_role_is_rejected_by_the_parser(run) -> None:  # type: ignore[no-untyped-def]
    result = run("user", "create", "--email", "a@b.org", "--role", "superuser")
    assert result.exit_code == 2
    assert "superuser" in result.output


def test_duplicate_user_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    args = ("user", "create", "--email", "a@b.org", "--role", "admin")
    assert run(*args, stdin="a-long-password\n").exit_code == 0
    again = run(*args, stdin="a-long-password\n")
    assert again.exit_code == 1 and "already exists" in again.output


def test_db_upgrade_downgrade_current(run) -> None:  # type: ignore[no-untyped-def]
    from app import migrate

    head = migrate.head_revision()
    assert f"database at {head}" in run("db", "upgrade").output
    assert "database at base" in run("db", "downgrade", "base").output
    assert f"current: base\nnewest:  {head}" in run("db", "current").output
    assert f"database at {head}" in run("db", "upgrade").output


def _console(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
    environment.update(LODESTAR_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=environment,
                          cwd=tmp_path, timeout=300, check=False)


def test_console_script_rejects_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    result = _console(["db", "upgrade"], tmp_path, LODESTAR_PORT="eighty")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["lodestar: invalid setting LODESTAR_PORT: Input should be a valid integer, "
                     "unable to parse string as an integer (got 'eighty')"]


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    result = _console(["db", "upgrade"], tmp_path,
                      LODESTAR_DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lodestar: cannot use the database: ")
    assert "LODESTAR_DATABASE_URL" in lines[0]


@pytest.mark.slow
def test_doctor_on_embedded_defaults_tells_the_truth(tmp_path: Path) -> None:
    result = _console(["doctor"], tmp_path, OLLAMA_HOST="http://127.0.0.1:9",
                      LODESTAR_CONNECT_TIMEOUT="0.5")
    out = result.stdout
    assert result.returncode == 1, out  # not migrated yet: the database line fails
    assert "run `lodestar db upgrade`" in out
    assert _console(["db", "upgrade"], tmp_path).returncode == 0
    result = _console(["doctor"], tmp_path, OLLAMA_HOST="http://127.0.0.1:9",
                      LODESTAR_CONNECT_TIMEOUT="0.5")
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "chat: ollama: llama3.1:8b: unreachable" in out
    assert "ollama serve" in out
    assert "chat: embedded" in out and "SmolLM2-135M-Instruct" in out
    assert "not configured (no API key)" in out
    assert "embedder: sentence-transformers/all-MiniLM-L6-v2, dimension 384" in out
    assert "safety classifier: integrity: head.safetensors matches head.json" in out
    assert "safety classifier: probe: crisis probe" in out
    assert "Answers will come from embedded (" in out
