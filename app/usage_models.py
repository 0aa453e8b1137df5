"""Operations tables: the per-minute rate-limit counters (usage itself is `usage_records`)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class RateWindow(Base):
    """How many chat messages one key (a user or a token) sent in one fixed minute."""

    __tablename__ = "rate_windows"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    window_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
