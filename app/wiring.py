"""Builds the runtime parts from Settings: database, chat providers, chain, embedder, knowledge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app import metrics
from app.db import make_engine, make_session_factory
from app.ops import telemetry
from app.settings import Settings
from knowledge.types import Hit
from models.breaker import CircuitBreaker
from models.chain import FallbackChain, RetryPolicy
from models.embedded import EmbeddedChat
from models.ports import ChatModel, Embedder, Timeouts

if TYPE_CHECKING:
    from app.coaching.chat import ChatService
    from knowledge.bm25 import BM25Index
    from knowledge.pipeline import IngestPipeline
    from knowledge.retrieval import Retriever
    from knowledge.store import ChromaStore
    from profiles.builder import ProfileBuilder
    from profiles.ports import ProfileHook
    from safety.injection import Screener
    from safety.ports import RedFlagClassifier, SafetyHook


@dataclass
class Database:
    """An engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(settings: Settings) -> Database:
    """Create the data directory and connect to the configured database."""
    settings.ensure_dirs()
    engine = make_engine(settings.sqlalchemy_url)
    return Database(engine=engine, sessions=make_session_factory(engine))


def timeouts(settings: Settings) -> Timeouts:
    """The provider timeouts from settings."""
    return Timeouts(
        connect=settings.connect_timeout,
        first_token=settings.first_token_timeout,
        total=settings.total_timeout,
    )


def build_provider(settings: Settings, name: str) -> ChatModel | None:
    """One chat adapter, or None when it is not configured (hosted without a key)."""
    limits = timeouts(settings)
    if name == "ollama":
        from models.ollama import OllamaChat
        from models.pool import ChatPool

        hosts = [OllamaChat(host=host, model=settings.ollama_chat_model, timeouts=limits,
                            keep_alive=settings.ollama_keep_alive)
                 for host in settings.ollama_hosts]
        return hosts[0] if len(hosts) == 1 else ChatPool(hosts)
    if name == "embedded":
        return EmbeddedChat(
            model_path=settings.embedded_model_path,
            n_ctx=settings.embedded_context,
            n_threads=settings.embedded_threads,
            max_queue=settings.embedded_max_queue,
            queue_timeout=settings.embedded_queue_timeout,
        )
    if name == "openai" and settings.openai_api_key is not None:
        from models.hosted import OpenAICompatibleChat

        return OpenAICompatibleChat(
            api_key=settings.openai_api_key.get_secret_value(),
            model=settings.openai_model,
            timeouts=limits,
            base_url=settings.openai_base_url,
        )
    if name == "anthropic" and settings.anthropic_api_key is not None:
        from models.hosted import AnthropicChat

        return AnthropicChat(
            api_key=settings.anthropic_api_key.get_secret_value(),
            model=settings.anthropic_model,
            timeouts=limits,
            base_url=settings.anthropic_base_url,
        )
    return None


def build_providers(settings: Settings) -> list[ChatModel]:
    """The configured chat adapters, in fallback order."""
    built = (build_provider(settings, name) for name in settings.model_chain)
    return [provider for provider in built if provider is not None]


@dataclass
class ModelLayer:
    """The chat providers, their shared breakers, the chain and the embedder."""

    providers: list[ChatModel]
    chain: FallbackChain
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)
    embedder: Embedder | None = None

    def close(self) -> None:
        """Stop background workers of the adapters that have them."""
        for provider in self.providers:
            closer: Any = getattr(provider, "close", None)
            if callable(closer):
                closer()


def build_model_layer(settings: Settings) -> ModelLayer:
    """The fallback chain over the configured providers, with one breaker each."""
    providers = build_providers(settings)
    breakers = {
        p.provider: CircuitBreaker(
            name=p.provider,
            failure_threshold=settings.breaker_threshold,
            reset_timeout=settings.breaker_reset,
            on_change=telemetry.circuit_changed,
        )
        for p in providers
    }
    for name in breakers:
        telemetry.circuit_changed(name, "closed")
    chain = FallbackChain(
        providers=providers,
        timeouts=timeouts(settings),
        retry=RetryPolicy(max_retries=settings.max_retries, backoff_base=settings.retry_backoff),
        breakers=breakers,
        on_event=telemetry.chain_observer([p.provider for p in providers]),
    )
    return ModelLayer(providers=providers, chain=chain, breakers=breakers)


def build_embedder(settings: Settings) -> Embedder:
    """The embedder chosen for new collections (packaged MiniLM by default)."""
    if settings.embedder == "ollama":
        from models.ollama import OllamaEmbedder

        return OllamaEmbedder(
            host=settings.ollama_hosts[0],  # embeddings use the first host of a pool
            model=settings.ollama_embed_model,
            timeouts=timeouts(settings),
            keep_alive=settings.ollama_keep_alive,
        )
    from models.embeddings import MiniLMEmbedder

    return MiniLMEmbedder()


@dataclass
class KnowledgeLayer:
    """The coach knowledge: Chroma store, BM25 index, retriever and ingestion pipeline."""

    embedder: Embedder
    store: ChromaStore
    bm25: BM25Index
    retriever: Retriever
    pipeline: IngestPipeline
    # One injection screener per app: ingestion stores its verdicts, retrieval reuses them.
    screener: Screener


def build_knowledge(
    settings: Settings,
    embedder: Embedder,
    *,
    coach_slug: Callable[[int], str | None] | None = None,
) -> KnowledgeLayer:
    """Chroma (embedded or server), BM25 and the pipeline, all on the given embedder."""
    from knowledge.bm25 import BM25Index
    from knowledge.chroma import make_client
    from knowledge.pipeline import IngestPipeline
    from knowledge.retrieval import Retriever
    from knowledge.store import ChromaStore
    from models.embeddings import MINILM_ID
    from safety.injection import build_screener

    settings.ensure_dirs()
    client = make_client(path=settings.chroma_dir, url=settings.chroma_url)
    store = ChromaStore(client=client, embedder=embedder, coach_slug=coach_slug)
    bm25 = BM25Index(settings.resolved_data_dir / "bm25")
    pipeline = IngestPipeline(
        embedder=embedder,
        store=store,
        bm25=bm25,
        uploads_dir=settings.uploads_dir,
        max_bytes=int(settings.max_upload_mb * 1024 * 1024),
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
    )
    # The learned layer needs MiniLM vectors: share the app's MiniLM rather than load another.
    screener = build_screener(learned=settings.injection_model,
                              embedder=embedder if embedder.id == MINILM_ID else None)
    if screener.learned:
        # Rules-only verdicts are not stored: retrieval re-runs the rules anyway, and chunks
        # without a verdict get the learned layer there if it is switched on later.
        pipeline.screen = screener.reasons
    retriever = Retriever(store=store, bm25=bm25, embedder=embedder)
    return KnowledgeLayer(embedder=embedder, store=store, bm25=bm25, retriever=retriever,
                          pipeline=pipeline, screener=screener)


@dataclass(frozen=True)
class Overrides:
    """Stand-ins for runtime parts, so tests inject fakes instead of patching modules."""

    chain: ChatModel | None = None
    embedder: Embedder | None = None
    classifier: RedFlagClassifier | None = None


class RetrieverSearch:
    """The chat's KnowledgeSearch port over the hybrid Retriever."""

    def __init__(self, retriever: Retriever, screener: Screener) -> None:
        self._retriever = retriever
        self._screener = screener

    def search(self, coach_id: int, query: str, k: int) -> Sequence[Hit]:
        """The k best passages of this coach for a message."""
        from safety.injection import screen_hits

        with metrics.RETRIEVAL_LATENCY.time():
            hits = self._retriever.search(coach_id, query, k=k).hits
        # Passages that try to instruct the model (prompt injection) never reach the prompt;
        # most carry the verdict stored at ingestion, so this is the cheap rules alone.
        return screen_hits(hits, screener=self._screener)


def build_profiles(
    settings: Settings, *, sessions: sessionmaker[Session], models: ModelLayer,
    chain: ChatModel | None = None,
) -> ProfileBuilder:
    """The background profile builder; the caller closes it."""
    from profiles.builder import ProfileBuilder

    return ProfileBuilder(
        sessions=sessions,
        chain=chain or models.chain,
        queue_size=settings.profile_queue_size,
        token_budget=settings.profile_token_budget,
        propose_goals=settings.profile_llm,
        summarise_style=settings.profile_style_summary,
    )


def build_chat(
    settings: Settings,
    *,
    sessions: sessionmaker[Session],
    models: ModelLayer,
    knowledge: KnowledgeLayer,
    chain: ChatModel | None = None,
    profiles: ProfileHook | None = None,
    safety: SafetyHook | None = None,
) -> ChatService:
    """The chat service over the model chain (or a stand-in), the coach knowledge and the hooks."""
    from app.coaching.chat import ChatService
    from app.coaching.prompt import TokenCounter, estimate_tokens
    from app.usage import PriceTable
    from safety.runtime import build_safety

    first = models.providers[0] if models.providers else None
    # The first provider answers most prompts, so its tokenizer sets the budget when it has one.
    count: TokenCounter = (
        first.count_tokens if isinstance(first, EmbeddedChat) and chain is None else estimate_tokens
    )
    return ChatService(
        sessions=sessions,
        chain=chain or models.chain,
        knowledge=RetrieverSearch(knowledge.retriever, knowledge.screener),
        safety=safety or build_safety(settings, sessions=sessions, embedder=models.embedder).hook,
        profiles=profiles or build_profiles(settings, sessions=sessions, models=models,
                                            chain=chain),
        count_tokens=count,
        context_window=settings.prompt_window(),
        max_tokens=settings.max_tokens,
        retrieval_k=settings.retrieval_k,
        max_message_chars=settings.max_message_chars,
        prices=PriceTable.load(settings.prices_file),
    )
