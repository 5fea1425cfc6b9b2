"""Every report over ten years of a million deals (issue #7: "still fast"; PERFORMANCE.md:
the funnel on 500k deals within 200 ms), on SQLite and PostgreSQL.

    python benchmarks/reports_scale.py                       # 1,000,000 deals, both backends
    python benchmarks/reports_scale.py --deals 100000 --backend sqlite --json out.json

The database is built by reports_data.py in a few minutes (not by the demo generator) and
cached like the others (benchmarks/.cache, crm_bench_reports_<deals> on the server). Each report
runs through ReportService as the administrator (every deal counts) and as the head of sales
(scope: the team's deals), after one warm-up call; p50/p95 are of --repeats calls.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import reports_data  # noqa: E402
from timing import Record, measure, percentile, table  # noqa: E402

from crm_desktop.db import make_engine, make_sessions  # noqa: E402
from crm_desktop.services.reports import Grain, ReportFilter, ReportService  # noqa: E402
from crm_desktop.services.workspace import workspace_for  # noqa: E402

TEN_YEARS = ReportFilter(date(2017, 1, 1), date(2026, 12, 31), utc_offset_minutes=180)
LAST_YEAR = ReportFilter(date(2025, 11, 1), date(2026, 10, 31), utc_offset_minutes=180)
LAST_MONTH = ReportFilter(date(2026, 10, 1), date(2026, 10, 31), utc_offset_minutes=180)
MOMENT = datetime.fromtimestamp(reports_data.NOW, UTC)


def calls(reports: ReportService) -> list[tuple[str, Callable[[], object]]]:
    f = TEN_YEARS
    return [
        ("funnel", lambda: reports.funnel(f)),
        ("funnel_one_year", lambda: reports.funnel(LAST_YEAR)),
        ("funnel_one_month", lambda: reports.funnel(LAST_MONTH)),
        ("revenue_by_month", lambda: reports.revenue_by_period(f, Grain.MONTH)),
        ("revenue_by_week", lambda: reports.revenue_by_period(f, Grain.WEEK)),
        ("revenue_by_manager", lambda: reports.revenue_by_manager(f)),
        ("revenue_by_channel", lambda: reports.revenue_by_channel(f)),
        ("plan_vs_fact", lambda: reports.plan_vs_fact(f)),
        ("top_products", lambda: reports.top_products(f)),
        ("loss_reasons", lambda: reports.loss_reasons(f)),
        ("time_to_first_sale", lambda: reports.time_to_first_sale(f)),
        ("tasks_per_employee", lambda: reports.task_discipline(f)),
        ("not_contacted_30d", lambda: reports.not_contacted(f, 30)),
    ]


def run(backend: str, deals: int, repeats: int, rebuild: bool,
        logins: tuple[str, ...], only: str = "") -> list[Record]:
    built = reports_data.ensure(backend, deals, rebuild=rebuild)
    engine = make_engine(built.url)
    records = [Record("build_database", backend, deals, built.seconds * 1000,
                      built.seconds * 1000, None)]
    try:
        sessions = make_sessions(engine)
        for login in logins:
            reports = ReportService(sessions, workspace_for(engine, login).actor,
                                    lambda: MOMENT)
            for name, call in calls(reports):
                if not name.startswith(only):
                    continue
                samples = measure([call], repeats, warmup=1)
                op = name if login == "admin" else f"{name} ({login})"
                records.append(Record(op, backend, deals, percentile(samples, 50),
                                      percentile(samples, 95), None))
                print(f"  {op:36} {percentile(samples, 50):10.1f} ms", file=sys.stderr,
                      flush=True)
    finally:
        engine.dispose()
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--backend", default="sqlite,postgresql",
                        help="sqlite,postgresql (default both)")
    parser.add_argument("--repeats", type=int, default=5, help="timed calls per report")
    parser.add_argument("--as", dest="logins", default="admin,rukovoditel",
                        help="users to run the reports as (default: admin, and the head of "
                        "sales, whose scope is the team)")
    parser.add_argument("--only", default="", help="run the reports whose name starts so")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the records as JSON")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached databases")
    args = parser.parse_args(argv)
    records: list[Record] = []
    for backend in [b.strip() for b in args.backend.split(",") if b.strip()]:
        print(f"{backend}, {args.deals:,} deals", file=sys.stderr)
        records += run(backend, args.deals, max(1, args.repeats), args.rebuild,
                       tuple(x.strip() for x in args.logins.split(",") if x.strip()), args.only)
    print(table(records))
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in records], indent=2))
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main())
