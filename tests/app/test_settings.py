"""Settings: defaults, environment, .env, aliases and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import Settings, SettingsError, load_settings


def test_defaults_are_embedded_and_local(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.resolved_data_dir == (tmp_path / "data").resolve()
    assert settings.sqlalchemy_url == f"sqlite:///{(tmp_path / 'data' / 'lodestar.db').resolve()}"
    assert settings.chroma_url is None
    assert settings.model_chain == ["ollama", "embedded", "openai", "anthropic"]
    assert settings.ollama_chat_model == "llama3.1:8b"
    assert settings.ollama_embed_model == "nomic-embed-text"
    assert settings.embedder == "minilm"


def test_environment_uses_the_lodestar_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LODESTAR_PORT", "9100")
    monkeypatch.setenv("LODESTAR_MODEL_CHAIN", "embedded, ollama")
    monkeypatch.setenv("PORT", "1")
    settings = load_settings()
    assert settings.port == 9100
    assert settings.model_chain == ["embedded", "ollama"]


def test_ollama_host_is_honoured_without_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", "http://gpu-box:11434")
    assert load_settings().ollama_host == "http://gpu-box:11434"


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LODESTAR_PORT=8123\nLODESTAR_LOG_LEVEL=debug\n")
    settings = load_settings()
    assert (settings.port, settings.log_level) == (8123, "debug")


def test_postgres_urls_get_the_psycopg_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LODESTAR_DATABASE_URL", "postgres://u@db:5432/lodestar")
    assert load_settings().sqlalchemy_url == "postgresql+psycopg://u@db:5432/lodestar"


@pytest.mark.parametrize(
    ("variable", "value", "shown"),
    [
        ("LODESTAR_PORT", "eighty", "(got 'eighty')"),
        ("LODESTAR_PORT", "70000", "(got '70000')"),
        ("LODESTAR_MODEL_CHAIN", "ollama,gpt5", "(got 'gpt5')"),
        ("LODESTAR_MODEL_CHAIN", " , ", "at least one provider"),
        ("LODESTAR_DATABASE_URL", "mysql://x/y", "(got 'mysql://x/y')"),
        ("LODESTAR_SECRET_KEY", "changeme", "at least 16 characters"),
        ("LODESTAR_LOG_LEVEL", "loud", "(got 'loud')"),
        ("LODESTAR_CHUNK_OVERLAP", "2000", "smaller than LODESTAR_CHUNK_SIZE (1000)"),
    ],
)
def test_invalid_setting_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, shown: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(f"invalid setting {variable}: ")
    assert shown in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "http://127.0.0.1:11434"),
        ("0.0.0.0:11434", "http://0.0.0.0:11434"),
        ("https://ollama.internal/", "https://ollama.internal"),
    ],
)
def test_ollama_host_is_normalised_like_ollama_does(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.setenv("OLLAMA_HOST", value)
    assert load_settings().ollama_host == expected


def test_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d")
    first = settings.session_secret()
    assert len(first) >= 32
    assert Settings(data_dir=tmp_path / "d").session_secret() == first
    assert (tmp_path / "d" / ".secret_key").stat().st_mode & 0o077 == 0


def test_secret_values_are_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LODESTAR_SECRET_KEY", "short-secret")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert "short-secret" not in str(caught.value)
