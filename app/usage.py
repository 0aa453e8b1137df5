"""Usage: the price table for hosted providers, and tokens and cost per day for reports.

Prices are USD per million input (prompt) and output (completion) tokens, per provider and
model. Local providers (ollama, embedded, and the safety reply) cost nothing. The built-in
table covers the default hosted models; `LODESTAR_PRICES_FILE` (TOML) replaces or extends it:

    [openai."gpt-4o-mini"]
    input = 0.15
    output = 0.60

    [anthropic."*"]        # any other Anthropic model
    input = 1.0
    output = 5.0
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.coaching.models import UsageRecord

LOCAL_PROVIDERS = frozenset({"ollama", "embedded", "safety"})
MILLION = Decimal(1_000_000)
# List prices of the default hosted models when this version shipped; set your own in the file.
DEFAULT_PRICES: dict[str, dict[str, tuple[Decimal, Decimal]]] = {
    "openai": {"gpt-4o-mini": (Decimal("0.15"), Decimal("0.60"))},
    "anthropic": {"claude-haiku-4-5": (Decimal("1.00"), Decimal("5.00"))},
}


class PriceTableError(ValueError):
    """The price file cannot be read; the message names the file and the entry."""


@dataclass(frozen=True)
class PriceTable:
    """USD per million input/output tokens by provider and model ("*" matches any model)."""

    prices: Mapping[str, Mapping[str, tuple[Decimal, Decimal]]] = field(
        default_factory=lambda: DEFAULT_PRICES)

    def cost(self, provider: str, model: str, prompt_tokens: int,
             completion_tokens: int) -> Decimal:
        """What a call cost in USD (0 for local providers and unpriced models)."""
        if provider in LOCAL_PROVIDERS:
            return Decimal("0")
        models = self.prices.get(provider, {})
        price = models.get(model) or models.get("*")
        if price is None:
            return Decimal("0")
        total = (price[0] * prompt_tokens + price[1] * completion_tokens) / MILLION
        return total.quantize(Decimal("0.000001"))

    @classmethod
    def load(cls, path: Path | None) -> PriceTable:
        """The built-in table, overridden entry by entry by the TOML file when one is given."""
        merged = {provider: dict(models) for provider, models in DEFAULT_PRICES.items()}
        if path is None:
            return cls(merged)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise PriceTableError(f"cannot read the price file {path}: {error}") from None
        for provider, models in data.items():
            if not isinstance(models, dict):
                raise PriceTableError(f"{path}: [{provider}] must be a table of models")
            for model, entry in models.items():
                merged.setdefault(provider, {})[model] = _price(path, provider, model, entry)
        return cls(merged)


def _price(path: Path, provider: str, model: str, entry: object) -> tuple[Decimal, Decimal]:
    """One (input, output) price pair, validated."""
    if not isinstance(entry, dict) or not {"input", "output"} <= entry.keys():
        raise PriceTableError(f"{path}: {provider}.{model} needs `input` and `output` prices")
    try:
        pair = (Decimal(str(entry["input"])), Decimal(str(entry["output"])))
    except ArithmeticError:
        raise PriceTableError(f"{path}: {provider}.{model} prices must be numbers") from None
    if pair[0] < 0 or pair[1] < 0:
        raise PriceTableError(f"{path}: {provider}.{model} prices must not be negative")
    return pair


@dataclass(frozen=True)
class DayUsage:
    """Tokens, cost and model calls of one UTC day."""

    day: date
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: Decimal = Decimal("0")
    calls: int = 0

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class ModelUsage:
    """Tokens and cost of one provider and model over the whole period."""

    provider: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal
    calls: int


@dataclass(frozen=True)
class UsageReport:
    """Usage per day (every day of the period, zeros included) and per model."""

    start: date
    end: date
    days: list[DayUsage]
    models: list[ModelUsage]

    @property
    def total(self) -> DayUsage:
        """The whole period as one row (its `day` is the start)."""
        return DayUsage(self.start, sum(d.prompt_tokens for d in self.days),
                        sum(d.completion_tokens for d in self.days),
                        sum((d.cost_usd for d in self.days), Decimal("0")),
                        sum(d.calls for d in self.days))


def usage_report(*, session: Session, start: date, end: date,
                 coach_ids: list[int] | None = None) -> UsageReport:
    """Usage from `start` to `end` (inclusive, UTC days), for some coaches or for all."""
    since = datetime.combine(start, time.min, tzinfo=UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    scope = [UsageRecord.created_at >= since, UsageRecord.created_at < until]
    if coach_ids is not None:
        scope.append(UsageRecord.coach_id.in_(coach_ids))
    sums = (func.coalesce(func.sum(UsageRecord.prompt_tokens), 0),
            func.coalesce(func.sum(UsageRecord.completion_tokens), 0),
            func.coalesce(func.sum(UsageRecord.cost_usd), 0), func.count())
    # Grouped by day in Python: date functions differ between SQLite and PostgreSQL.
    per_day: dict[date, list[int | Decimal]] = {}
    rows = session.execute(select(UsageRecord.created_at, UsageRecord.prompt_tokens,
                                  UsageRecord.completion_tokens, UsageRecord.cost_usd)
                           .where(*scope))
    for created, prompt, completion, cost in rows:
        entry = per_day.setdefault(created.astimezone(UTC).date(), [0, 0, Decimal("0"), 0])
        entry[0] += prompt
        entry[1] += completion
        entry[2] += Decimal(cost or 0)
        entry[3] += 1
    days = []
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        p, c, cost, n = per_day.get(day, [0, 0, Decimal("0"), 0])
        days.append(DayUsage(day, int(p), int(c), Decimal(cost), int(n)))
    grouped = session.execute(select(UsageRecord.provider, UsageRecord.model, *sums)
                              .where(*scope).group_by(UsageRecord.provider, UsageRecord.model)
                              .order_by(UsageRecord.provider, UsageRecord.model))
    models = [ModelUsage(provider, model, int(p), int(c), Decimal(cost), int(n))
              for provider, model, p, c, cost, n in grouped]
    return UsageReport(start, end, days, models)
