"""Structured logs: structlog renders every line (stdlib loggers included) as JSON or console.

Each line carries the request id of the request it belongs to (set by the observability
middleware in `request_id_var`). Log event strings go through the safety redactor when it is
installed, so an e-mail address or phone number that slips into a message is masked.
"""

from __future__ import annotations

import logging
import logging.config
from collections.abc import Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

import structlog

from app.settings import Settings

request_id_var: ContextVar[str | None] = ContextVar("lodestar_request_id", default=None)

EventDict = MutableMapping[str, Any]


def add_request_id(_logger: Any, _method: str, event: EventDict) -> EventDict:
    """Add the current request's id, when the line is logged inside a request."""
    current = request_id_var.get()
    if current is not None:
        event.setdefault("request_id", current)
    return event


def _load_redactor() -> Callable[[str], str] | None:
    """The safety helper's `redact(text)`, or None while it is not installed."""
    try:
        from safety.pii import redact
    except ImportError:
        return None
    return redact  # type: ignore[no-any-return]


class Redact:
    """Mask personal data in the event string and in other string values of a log line."""

    def __init__(self, redactor: Callable[[str], str] | None) -> None:
        self.redactor = redactor

    def __call__(self, _logger: Any, _method: str, event: EventDict) -> EventDict:
        """Apply the redactor to every string field except the bookkeeping ones."""
        if self.redactor is None:
            return event
        for key, value in list(event.items()):
            if isinstance(value, str) and key not in ("timestamp", "level", "logger",
                                                      "request_id"):
                try:
                    event[key] = self.redactor(value)
                except Exception:  # a broken redactor must not drop the log line
                    event[key] = "[redaction failed]"
        return event


def shared_processors() -> list[Any]:
    """The processors for both structlog and stdlib records, before rendering."""
    return [
        structlog.contextvars.merge_contextvars,
        add_request_id,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.ExtraAdder(),
    ]


def formatter(log_format: str = "json") -> structlog.stdlib.ProcessorFormatter:
    """The stdlib formatter that renders through structlog (used by dictConfig in each worker)."""
    _configure_structlog()
    renderer: Any = (structlog.processors.JSONRenderer() if log_format == "json"
                     else structlog.dev.ConsoleRenderer(colors=False))
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors(),
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            Redact(_load_redactor()),
            renderer,
        ],
    )


def _configure_structlog() -> None:
    """Send structlog loggers through the stdlib handlers, so both render alike."""
    structlog.configure(
        processors=[*shared_processors(), structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


def logging_config(settings: Settings) -> dict[str, Any]:
    """A dictConfig for uvicorn's `log_config`, applied in every worker process."""
    level = settings.log_level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "structured": {"()": "app.logging_setup.formatter", "log_format": settings.log_format},
        },
        "handlers": {
            "default": {"class": "logging.StreamHandler", "formatter": "structured",
                        "stream": "ext://sys.stderr"},
        },
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            # Uvicorn's own loggers propagate to the root handler; the middleware logs requests.
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": True},
        },
    }


def configure_logging(settings: Settings) -> None:
    """Configure logging for a command that does not go through uvicorn (workers, CLI)."""
    logging.config.dictConfig(logging_config(settings))
