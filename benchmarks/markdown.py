"""Render benchmark JSON files (run.py --json) as one Markdown table for README.md.

    python benchmarks/markdown.py results-10k-100k.json results-1m.json
Cells are "p50 / p95" in milliseconds (list_rss_mb_after_100k: megabytes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _fmt(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def render(records: list[dict[str, object]]) -> str:
    ops: list[str] = []
    for record in records:
        if record["op"] not in ops:
            ops.append(str(record["op"]))
    columns = sorted({(str(r["backend"]), int(str(r["size"]))) for r in records},
                     key=lambda c: (c[0] != "sqlite", c[1]))
    cells = {(r["op"], r["backend"], r["size"]): r for r in records}
    lines = ["| operation | " + " | ".join(f"{b} {s // 1000:,}k" for b, s in columns) + " |",
             "|---" * (len(columns) + 1) + "|"]
    for op in ops:
        row = []
        for backend, size in columns:
            record = cells.get((op, backend, size))
            if record is None:
                row.append("–")
                continue
            p50, p95 = float(str(record["p50_ms"])), float(str(record["p95_ms"]))
            row.append(_fmt(p50) if p50 == p95 else f"{_fmt(p50)} / {_fmt(p95)}")
        lines.append(f"| {op} | " + " | ".join(row) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    found: list[dict[str, object]] = []
    for name in sys.argv[1:]:
        found += json.loads(Path(name).read_text())
    print(render(found))
