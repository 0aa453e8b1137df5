"""The FastAPI application factory and its lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from app.routes import api, pages
from app.settings import Settings, get_settings
from app.wiring import build_embedder, build_knowledge, build_model_layer, open_database
from knowledge import views as knowledge_views
from knowledge.jobs import JobRunner

APP_DIR = Path(__file__).parent
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; adapters are made in the lifespan and kept on app.state."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database = open_database(settings)
        model_layer = build_model_layer(settings)
        embedder = build_embedder(settings)
        model_layer.embedder = embedder
        knowledge = build_knowledge(settings, embedder)
        runner = JobRunner(sessions=database.sessions, pipeline=knowledge.pipeline)
        app.state.settings = settings
        app.state.db = database
        app.state.models = model_layer
        app.state.knowledge = knowledge
        app.state.jobs = runner
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
    )
    app.mount("/static", StaticFiles(directory=APP_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(knowledge_views.router)
    app.include_router(pages.router)
    return app
