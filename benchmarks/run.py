"""crm-desktop benchmarks (PERFORMANCE.md): one entry point for every size and backend.

    python benchmarks/run.py                      # 10k, 100k and 1M clients on SQLite + PostgreSQL
    python benchmarks/run.py --quick              # 10k only, a check in under two minutes
    python benchmarks/run.py --sizes 100000 --backend sqlite --json results.json

Databases are built with the demo generator and cached (see databases.py). Every operation is
timed through the services, through SQLAlchemy Core with the same SQL, and the raw driver's time
for that SQL is printed next to it with the ratio. Start-up (startup.py: ten fresh processes to a
painted client list) is measured on the 10k databases only, as records of the same shape
{"op", "backend", "size", "p50_ms", "p95_ms", "raw_ms": null}: startup_main_window (wall),
startup_main_window_cpu (the process's CPU time) and startup_signed_in (wall, sign-in done).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import board  # noqa: E402
import card  # noqa: E402
import databases  # noqa: E402
import documents  # noqa: E402
import imports  # noqa: E402
import operations  # noqa: E402
import qt_model  # noqa: E402
import reports  # noqa: E402
import rls  # noqa: E402
import startup  # noqa: E402
from timing import Record, measure, percentile, table  # noqa: E402

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
STARTUP_SIZE, STARTUP_REPEATS = 10_000, 10
BACKENDS = ("sqlite", "postgresql")


def _csv(kind: type, allowed: tuple[str, ...] | None = None):  # type: ignore[no-untyped-def]
    def parse(value: str) -> list[object]:
        items = [kind(v.strip().replace("_", "")) for v in value.split(",") if v.strip()]
        if allowed is not None and any(i not in allowed for i in items):
            raise argparse.ArgumentTypeError(f"choose from {', '.join(allowed)}")
        return items
    return parse


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_csv(int), default=list(DEFAULT_SIZES),
                        help="client counts, comma-separated (default 10000,100000,1000000)")
    parser.add_argument("--quick", action="store_true", help="10,000 clients only")
    parser.add_argument("--backend", type=_csv(str, BACKENDS), default=list(BACKENDS),
                        help="sqlite,postgresql (default both)")
    parser.add_argument("--repeats", type=int, default=30, help="timed calls per operation")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the records as JSON")
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached databases")
    parser.add_argument("--no-model", action="store_true",
                        help="skip the Qt model/view timings (client list offscreen)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [10_000]
    return args


def run_one(backend: str, size: int, repeats: int, rebuild: bool,
            with_model: bool = True) -> list[Record]:
    db = databases.ensure(backend, size, rebuild=rebuild)
    gen_ms = db.generate_seconds * 1000
    records = [Record("demo_generate", backend, size, gen_ms, gen_ms, None)]
    with operations.operations(db.url, size) as ops:
        for op in ops:
            count = max(3, int(repeats * op.repeats_factor))
            samples = measure(op.calls, count)
            raw = percentile(measure(op.raw, count), 50) if op.raw else None
            records.append(Record(op.name, backend, size, percentile(samples, 50),
                                  percentile(samples, 95), raw))
            print(f"  {op.name:28} {percentile(samples, 50):9.2f} ms", file=sys.stderr)
    raw_driver = operations.RawDriver(db.url)
    sections = [("card", lambda: card.card_records(db.url, backend, size, repeats)),
                ("board", lambda: board.board_records(db.url, backend, size, repeats,
                                                      raw_driver.rows)),
                ("row security", lambda: rls.rls_records(db.url, backend, size, repeats)),
                ("documents", lambda: documents.document_records(backend, size, repeats)),
                ("reports", lambda: reports.report_records(db.url, backend, size, repeats)),
                ("import", lambda: imports.import_records(backend, size))]
    if with_model:
        sections.append(("qt model", lambda: qt_model.model_records(db.url, backend, size)))
    if size == STARTUP_SIZE:
        sections.append(("startup", lambda: startup.startup_records(db.url, backend, size,
                                                                    STARTUP_REPEATS)))
    try:
        for name, section in sections:  # one failing section does not lose the others
            try:
                records += section()
            except Exception as exc:  # noqa: BLE001 - report it and go on
                print(f"  {name} skipped: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        raw_driver.close()
    return records


def machine() -> str:
    return (f"{platform.node()}: {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    records: list[Record] = []
    for size in args.sizes:
        for backend in args.backend:
            print(f"{backend}, {size:,} clients", file=sys.stderr)
            try:
                records += run_one(backend, size, args.repeats, args.rebuild, not args.no_model)
            except Exception as exc:  # noqa: BLE001 - report and go on with the others
                print(f"  skipped: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}",
                      file=sys.stderr)
    print(machine())
    print(table(records))
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in records], indent=2))
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main())
