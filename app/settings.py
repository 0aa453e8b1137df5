"""The one Settings object: every LODESTAR_ variable, validated once at start-up."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ProviderName = Literal["ollama", "embedded", "openai", "anthropic"]
PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "changethis", "password", "xxx"}


class SettingsError(Exception):
    """A setting is invalid; the message is one line that names the variable."""


class Settings(BaseSettings):
    """Lodestar configuration, read from the environment and `.env`."""

    model_config = SettingsConfigDict(
        env_prefix="LODESTAR_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        validate_default=True,
    )

    # --- storage -----------------------------------------------------------------------------
    data_dir: Path = Field(Path("data"), description="Holds the SQLite database, Chroma, uploads.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default is SQLite in the data directory."
    )
    chroma_url: str | None = Field(
        None, description="A Chroma server URL (client mode); default is embedded Chroma."
    )

    # --- web ---------------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the web server binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port the web server listens on.")
    secret_key: SecretStr | None = Field(
        None, description="Signs sessions; generated into the data directory when unset."
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Log level."
    )
    secure_cookies: bool = Field(
        False, description="Send the session cookie over HTTPS only (set it behind TLS)."
    )

    # --- models ------------------------------------------------------------------------------
    model_chain: Annotated[list[ProviderName], NoDecode] = Field(
        default_factory=lambda: ["ollama", "embedded", "openai", "anthropic"],
        description="Chat providers in fallback order, comma-separated.",
    )
    ollama_host: str = Field(
        "http://127.0.0.1:11434",
        validation_alias=AliasChoices("LODESTAR_OLLAMA_HOST", "OLLAMA_HOST"),
        description="Ollama server URL (OLLAMA_HOST is honoured too); a comma-separated list "
        "is a pool that requests rotate over.",
    )
    ollama_chat_model: str = Field("llama3.1:8b", description="Ollama chat model.")
    ollama_embed_model: str = Field("nomic-embed-text", description="Ollama embedding model.")
    ollama_keep_alive: str = Field("10m", description="How long Ollama keeps a model loaded.")
    embedded_model_path: Path | None = Field(
        None, description="GGUF file for the embedded model; default is the packaged SmolLM2."
    )
    embedded_context: int = Field(2048, ge=256, description="Embedded model context window.")
    embedded_threads: int | None = Field(
        None, ge=1, description="CPU threads for the embedded model; default is all cores."
    )
    embedded_max_queue: int = Field(
        16, ge=1, description="Answers that may wait for the embedded model; more are told busy."
    )
    embedded_queue_timeout: float = Field(
        120.0, gt=0, description="Seconds an answer may wait for the embedded model."
    )
    openai_api_key: SecretStr | None = Field(
        None, description="Enables the OpenAI-compatible fallback."
    )
    openai_base_url: str | None = Field(
        None, description="OpenAI-compatible base URL (Azure, vLLM, LM Studio...)."
    )
    openai_model: str = Field("gpt-4o-mini", description="OpenAI-compatible chat model.")
    anthropic_api_key: SecretStr | None = Field(None, description="Enables the Anthropic fallback.")
    anthropic_base_url: str | None = Field(None, description="Anthropic API base URL override.")
    anthropic_model: str = Field("claude-haiku-4-5", description="Anthropic chat model.")
    embedder: Literal["minilm", "ollama"] = Field(
        "minilm", description="Embedder for new collections: packaged MiniLM or Ollama."
    )
    max_tokens: int = Field(512, ge=1, description="Default answer length limit in tokens.")
    context_window: int = Field(
        2048,
        ge=256,
        description="Prompt budget in tokens (capped by LODESTAR_EMBEDDED_CONTEXT when the "
        "embedded model is in the chain).",
    )

    # --- chat --------------------------------------------------------------------------------
    max_message_chars: int = Field(
        4000, ge=1, le=100_000, description="Longest learner message accepted, in characters."
    )

    # --- knowledge ---------------------------------------------------------------------------
    max_upload_mb: float = Field(25.0, gt=0, description="Largest document accepted, in MB.")
    chunk_size: int = Field(1000, ge=100, description="Default chunk size in characters.")
    chunk_overlap: int = Field(200, ge=0, description="Default chunk overlap in characters.")
    retrieval_k: int = Field(5, ge=1, le=50, description="Passages retrieved per question.")

    # --- resilience --------------------------------------------------------------------------
    connect_timeout: float = Field(3.0, gt=0, description="Seconds to connect to a provider.")
    first_token_timeout: float = Field(
        60.0, gt=0, description="Seconds to wait for a provider's first token."
    )
    total_timeout: float = Field(300.0, gt=0, description="Seconds for a whole answer.")
    max_retries: int = Field(
        2, ge=0, le=10, description="Retries per provider on retryable errors."
    )
    retry_backoff: float = Field(0.5, ge=0, description="Base seconds of exponential backoff.")
    breaker_threshold: int = Field(
        3, ge=1, description="Consecutive failures that open a provider's circuit."
    )
    breaker_reset: float = Field(
        30.0, gt=0, description="Seconds an open circuit waits before a trial request."
    )

    # --- email (SMTP; used by nudges and escalation alerts) ---------------------------------
    public_url: str = Field(
        "http://127.0.0.1:8000", description="The address learners reach Lodestar at (for links)."
    )
    smtp_host: str | None = Field(None, description="SMTP server; email is off when unset.")
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP server port.")
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls", description="starttls (port 587), tls (implicit, port 465) or none."
    )
    smtp_username: str | None = Field(None, description="SMTP user name, if the server needs one.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password.")
    smtp_from: str = Field(
        "Lodestar <lodestar@localhost>", description="The From address of Lodestar's email."
    )
    smtp_timeout: float = Field(10.0, gt=0, description="Seconds to wait for the SMTP server.")

    # --- safety ------------------------------------------------------------------------------
    crisis_resources_path: Path | None = Field(
        None, description="A TOML crisis-resources directory replacing the shipped one."
    )
    injection_model: bool = Field(
        True, description="Run the learned prompt-injection layer on ingested chunks (and on "
        "older chunks at retrieval); false: the rules alone."
    )
    escalation_realert_minutes: float = Field(
        15.0, gt=0, description="Minutes an unacknowledged crisis case waits before it is "
        "alerted again (counted from its last alert)."
    )
    escalation_max_realerts: int = Field(
        3, ge=0, le=20, description="Re-alerts per unacknowledged crisis case (0: none); the "
        "admins are alerted too from the second one on."
    )

    # --- profiles ----------------------------------------------------------------------------
    profile_token_budget: int = Field(
        300, ge=20, le=2000, description="Tokens the USER PROFILE section of a prompt may use."
    )
    profile_queue_size: int = Field(
        256, ge=1, description="Queued profile updates before new ones are dropped (and redone)."
    )
    profile_llm: bool = Field(
        True, description="Let the model chain propose goals from messages that state one."
    )
    profile_style_summary: bool = Field(
        False, description="Ask the model chain for a one-line style summary every 10 messages."
    )

    # --- engagement --------------------------------------------------------------------------
    scheduler_enabled: bool = Field(
        True, description="Run the nudge scheduler inside the web app (else use `lodestar worker`)."
    )
    nudge_interval_minutes: float = Field(
        15.0, gt=0, description="Minutes between evaluations of the nudge rules."
    )
    delivery_interval_seconds: float = Field(
        30.0, gt=0, description="Seconds between passes of the nudge outbox delivery."
    )
    scheduler_heartbeat_seconds: float = Field(
        10.0, gt=0, description="Seconds between renewals of the scheduler lease (it lasts 3x)."
    )
    scheduler_misfire_grace_seconds: int = Field(
        300, ge=1, description="How late a missed scheduled job may still run."
    )
    nudge_daily_cap: int = Field(
        1, ge=0, le=24, description="Nudges per learner per day, unless a coach sets another."
    )
    nudge_quiet_start: int = Field(21, ge=0, le=23, description="Quiet hours start (local hour).")
    nudge_quiet_end: int = Field(8, ge=0, le=23, description="Quiet hours end (local hour).")
    nudge_max_attempts: int = Field(
        5, ge=1, le=50, description="Delivery attempts before a nudge is marked failed."
    )
    nudge_retry_backoff: float = Field(
        60.0, ge=0, description="Seconds before the first delivery retry; doubles each time."
    )
    nudge_claim_seconds: float = Field(
        120.0, gt=0, description="Seconds a worker holds a nudge it is sending before a re-check."
    )
    nudge_batch_size: int = Field(100, ge=1, description="Nudges claimed per delivery pass.")
    vapid_private_key: SecretStr | None = Field(
        None, description="Web Push VAPID private key; default is the data directory's vapid.json."
    )
    vapid_subject: str = Field(
        "mailto:lodestar@localhost", description="Web Push contact (mailto: or https: URL)."
    )

    # --- operations --------------------------------------------------------------------------
    log_format: Literal["json", "console"] = Field(
        "json", description="Log lines as JSON objects, or human-readable console lines."
    )
    otel_endpoint: str | None = Field(
        None, description="OTLP/HTTP traces endpoint; tracing is off when unset (extra `otel`)."
    )
    chat_per_minute_user: int = Field(
        20, ge=0, description="Chat messages a user may send per minute (0: no limit)."
    )
    chat_per_minute_token: int = Field(
        20, ge=0, description="Chat messages one API token may send per minute (0: no limit)."
    )
    daily_tokens_learner: int = Field(
        200_000, ge=0, description="Model tokens a learner may use per UTC day (0: no limit)."
    )
    daily_tokens_coach: int = Field(
        5_000_000, ge=0,
        description="Model tokens all learners of one coach may use per UTC day (0: no limit).",
    )
    prices_file: Path | None = Field(
        None, description="TOML price table (USD per 1M tokens) for hosted providers."
    )
    readiness_cache_seconds: float = Field(
        5.0, ge=0, description="How long /readyz reuses a model provider check."
    )

    @field_validator("prices_file")
    @classmethod
    def _readable_prices(cls, value: Path | None) -> Path | None:
        if value is not None:
            from app.usage import PriceTable, PriceTableError

            try:
                PriceTable.load(value)
            except PriceTableError as error:
                raise ValueError(str(error)) from None
        return value

    @field_validator("model_chain", mode="before")
    @classmethod
    def _split_chain(cls, value: object) -> object:
        if isinstance(value, str):
            items = [part.strip() for part in value.split(",") if part.strip()]
            if not items:
                raise ValueError("needs at least one provider")
            return items
        return value

    @field_validator("ollama_host")
    @classmethod
    def _normalise_ollama_host(cls, value: str) -> str:
        # A comma-separated list is a pool of Ollama hosts that requests rotate over.
        hosts = [part.strip().rstrip("/") for part in value.split(",") if part.strip()]
        if not hosts:
            return "http://127.0.0.1:11434"
        return ",".join(host if "://" in host else f"http://{host}" for host in hosts)

    @property
    def ollama_hosts(self) -> list[str]:
        """Every Ollama host of OLLAMA_HOST (one, or a comma-separated pool)."""
        return self.ollama_host.split(",")

    @field_validator("secret_key")
    @classmethod
    def _reject_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            raw = value.get_secret_value()
            if raw.lower() in PLACEHOLDER_SECRETS or len(raw) < 16:
                raise ValueError("use a random value of at least 16 characters")
        return value

    @field_validator("database_url")
    @classmethod
    def _normalise_database_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        for prefix in ("postgres://", "postgresql://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("only sqlite:/// and postgresql:// URLs are supported")
        return value

    @field_validator("context_window")
    @classmethod
    def _window_above_answer(cls, value: int, info: ValidationInfo) -> int:
        answer = info.data.get("max_tokens")
        if answer is None:
            return value
        if value <= answer:
            raise ValueError(f"must be larger than LODESTAR_MAX_TOKENS ({answer})")
        embedded = info.data.get("embedded_context")
        if "embedded" in info.data.get("model_chain", []) and embedded is not None:
            if embedded <= answer:
                # Reported here: this is the first field that sees both numbers.
                raise ValueError(
                    f"LODESTAR_EMBEDDED_CONTEXT ({embedded}) must be larger than "
                    f"LODESTAR_MAX_TOKENS ({answer})"
                )
        return value

    def prompt_window(self) -> int:
        """The prompt budget every provider of the chain can hold."""
        if "embedded" in self.model_chain:
            return min(self.context_window, self.embedded_context)
        return self.context_window

    @field_validator("chunk_overlap")
    @classmethod
    def _overlap_below_size(cls, value: int, info: ValidationInfo) -> int:
        size = info.data.get("chunk_size")
        if size is not None and value >= size:
            raise ValueError(f"must be smaller than LODESTAR_CHUNK_SIZE ({size})")
        return value

    @property
    def resolved_data_dir(self) -> Path:
        """The data directory as an absolute path."""
        return self.data_dir.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to SQLite inside the data directory."""
        return self.database_url or f"sqlite:///{self.resolved_data_dir / 'lodestar.db'}"

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded documents are kept."""
        return self.resolved_data_dir / "uploads"

    @property
    def chroma_dir(self) -> Path:
        """Where embedded Chroma keeps its files."""
        return self.resolved_data_dir / "chroma"

    def ensure_dirs(self) -> None:
        """Create the data directory and its sub-folders."""
        for path in (self.resolved_data_dir, self.uploads_dir, self.chroma_dir):
            path.mkdir(parents=True, exist_ok=True)

    def session_secret(self) -> str:
        """The session-signing secret, generated once into the data directory if unset."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        self.ensure_dirs()
        path = self.resolved_data_dir / ".secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


def describe_error(error: ValidationError) -> str:
    """One line naming the first invalid variable and why it is invalid."""
    first = error.errors()[0]
    field = str(first["loc"][0]) if first["loc"] else "?"
    field_info = Settings.model_fields.get(field)
    alias = field_info.validation_alias if field_info else None
    if isinstance(alias, AliasChoices):
        names = [str(choice) for choice in alias.choices]
        variable = " or ".join(names)
    else:
        variable = f"LODESTAR_{field.upper()}"
    shown = first.get("input")
    secret = "key" in field or "secret" in field
    hidden = secret or isinstance(shown, dict) or shown is None
    got = "" if hidden else f" (got {str(shown)!r})"
    return f"invalid setting {variable}: {first['msg']}{got}"


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning validation errors into a one-line SettingsError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise SettingsError(describe_error(error)) from None


@lru_cache
def get_settings() -> Settings:
    """The process-wide Settings, read once."""
    return load_settings()


def settings_table() -> str:
    """The README's configuration table, generated from the fields above."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, info in Settings.model_fields.items():
        alias = info.validation_alias
        variable = (
            " or ".join(f"`{c}`" for c in alias.choices)
            if isinstance(alias, AliasChoices)
            else f"`LODESTAR_{name.upper()}`"
        )
        if info.default_factory is not None:
            default: object = ",".join(info.default_factory())  # type: ignore[call-arg]
        else:
            default = info.default
        shown = "(unset)" if default is None else f"`{default}`"
        rows.append(f"| {variable} | {shown} | {info.description or ''} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(settings_table())  # noqa: T201
