"""The FastAPI application factory and its lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

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
    open_database,
)
from knowledge import views as knowledge_views
from knowledge.jobs import JobRunner

APP_DIR = Path(__file__).parent
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, overrides: Overrides | None = None) -> FastAPI:
    """Build the application; adapters are made in the lifespan and kept on app.state."""
    settings = settings or get_settings()
    overrides = overrides or Overrides()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
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
        app.state.chat = build_chat(settings, sessions=database.sessions, models=model_layer,
                                    knowledge=knowledge, chain=overrides.chain)
        try:
            runner.resume_interrupted()
        except SQLAlchemyError as error:
            # Serving must not depend on it: an unmigrated database is `lodestar doctor`'s job.
            log.warning("ingestion jobs were not resumed: %s", error)
        try:
            yield
        finally:
            runner.shutdown()
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
    app.add_middleware(telemetry.RequestMiddleware, tracer=build_tracer(settings))
    app.include_router(health.router)
    app.include_router(telemetry.router)
    app.include_router(usage_views.router)
    app.mount("/static", StaticFiles(directory=APP_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(chat_api.router)
    app.include_router(openai_api.router)
    app.include_router(knowledge_views.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    for web in (web_learner, web_coach, web_admin):
        app.include_router(web.router)
    return app
