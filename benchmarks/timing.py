"""Timing helpers and the result table."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Record:
    op: str
    backend: str
    size: int
    p50_ms: float
    p95_ms: float
    raw_ms: float | None

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    @property
    def ratio(self) -> float | None:
        if self.raw_ms is None or self.raw_ms <= 0:
            return None
        return self.p50_ms / self.raw_ms


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure(calls: Sequence[Callable[[], object]], repeats: int, warmup: int = 2) -> list[float]:
    """Milliseconds per call; the calls rotate (different parameters, same operation)."""
    for i in range(warmup):
        calls[i % len(calls)]()
    samples = []
    for i in range(repeats):
        call = calls[i % len(calls)]
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(records: Sequence[Record]) -> str:
    headers = ("op", "backend", "size", "p50 ms", "p95 ms", "raw ms", "ratio")
    rows = [(r.op, r.backend, f"{r.size:,}", _ms(r.p50_ms), _ms(r.p95_ms), _ms(r.raw_ms),
             "-" if r.ratio is None else f"{r.ratio:.1f}x") for r in records]
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    right = {2, 3, 4, 5, 6}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths),
                      *(line(row) for row in rows)])
