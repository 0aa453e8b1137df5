"""The JSON error answer every API route documents: `{"detail": "why"}`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorDetail(BaseModel):
    """Why a request failed."""

    detail: str


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for error answers with a `detail` string."""
    return {code: {"model": ErrorDetail} for code in codes}
