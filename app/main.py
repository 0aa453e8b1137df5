"""The FastAPI application factory and its lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from app import usage_views, web_auth
from app.ops import health, telemetry
from app.ops.tracing import build_tracer
from app.routes import api, auth, chat_api, openai_api, pages, web_admin, web_coach, web_learner
from app.settings import Settings, get_settings
from app.wiring import (
    Overrides,
    build_chat,
    build_embedder,
    build_knowledge,
    build_model_layer,
    build_profiles,
    open_database,
)
from engagement import pages as engagement_pages
from engagement import views as engagement_views
from engagement.scheduler import build_scheduler
from knowledge import views as knowledge_views
from knowledge.jobs import JobRunner
from profiles import views as profile_views
from profiles import web as profile_web
from safety import views as safety_views
from safety.runtime import build_safety

APP_DIR = Path(__file__).parent
WORKER_THREADS = 200
log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None, overrides: Overrides | None = None, tracer: Any = None
) -> FastAPI:
    """Build the application; adapters are made in the lifespan and kept on app.state."""
    settings = settings or get_settings()
    overrides = overrides or Overrides()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Each streaming answer holds a worker thread while it waits for its next token, so
        # the default 40 would let a queue of slow answers starve page views and API calls.
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = max(limiter.total_tokens, WORKER_THREADS)
        database = open_database(settings)
        model_layer = build_model_layer(settings)
        embedder = overrides.embedder or build_embedder(settings)
        model_layer.embedder = embedder
        knowledge = build_knowledge(settings, embedder)
        runner = JobRunner(sessions=database.sessions, pipeline=knowledge.pipeline)
        app.state.settings = settings
        app.state.db = database
        app.state.models = model_layer
        app.state.knowledge = knowledge
        app.state.jobs = runner
        profile_builder = build_profiles(settings, sessions=database.sessions,
                                         models=model_layer, chain=overrides.chain)
        app.state.profiles = profile_builder
        safety_layer = build_safety(settings, sessions=database.sessions, embedder=embedder,
                                    classifier=overrides.classifier)
        app.state.safety = safety_layer
        app.state.chat = build_chat(settings, sessions=database.sessions, models=model_layer,
                                    knowledge=knowledge, chain=overrides.chain,
                                    profiles=profile_builder, safety=safety_layer.hook)
        app.state.scheduler = build_scheduler(settings, sessions=database.sessions,
                                              chain=overrides.chain or model_layer.chain,
                                              safety=safety_layer.hook)
        try:
            runner.resume_interrupted()
        except SQLAlchemyError as error:
            # Serving must not depend on it: an unmigrated database is `lodestar doctor`'s job.
            log.warning("ingestion jobs were not resumed: %s", error)
        try:
            yield
        finally:
            app.state.scheduler.stop()
            runner.shutdown()
            profile_builder.close()
            safety_layer.close()
            model_layer.close()
            database.dispose()

    app = FastAPI(
        title="Lodestar",
        version="0.1.0",
        summary="Self-hosted, local-first AI coaching.",
        lifespan=lifespan,
        dependencies=web_auth.APP_DEPENDENCIES,
    )
    web_auth.install(app, settings)
    app.add_middleware(telemetry.RequestMiddleware, tracer=tracer or build_tracer(settings))
    app.include_router(health.router)
    app.include_router(telemetry.router)
    app.include_router(usage_views.router)
    app.mount("/static", StaticFiles(directory=APP_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(chat_api.router)
    app.include_router(openai_api.router)
    app.include_router(knowledge_views.router)
    app.include_router(engagement_views.router)
    app.include_router(engagement_pages.router)
    app.include_router(profile_views.router)
    app.include_router(profile_web.router)
    app.include_router(safety_views.router)
    app.include_router(safety_views.pages)
    app.include_router(auth.router)
    app.include_router(pages.router)
    for web in (web_learner, web_coach, web_admin):
        app.include_router(web.router)
    return app
