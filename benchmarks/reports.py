"""Reports (PERFORMANCE.md, issue #7): the funnel and revenue by month over ten years of the
cached database's deals (as many as the demo generator made for that size: the issue asks for
100k/1M deals; the records say how many there were), and a 10,000-row report PDF (PITFALLS
#11: target under 3 s), wall-clock and CPU time. The PDF does not touch the database: measured
once per run. Every report on a million deals over ten years: reports_scale.py."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from timing import Record, measure, percentile

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import Deal
from crm_desktop.services.reports import Grain, ReportFilter, ReportService
from crm_desktop.services.reports.dto import NotContacted, QuietClient
from crm_desktop.services.workspace import workspace_for

TEN_YEARS = ReportFilter(date(2017, 1, 1), date(2026, 12, 31))
_pdf_done = False


def _big_pdf(repeats: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of the PDF (the CPU time shows what the PDF costs
    itself when the shared machine is busy)."""
    from crm_desktop.reports.report_pdf import render  # noqa: PLC0415
    from crm_desktop.reports.watermark import Watermark  # noqa: PLC0415

    rows = tuple(QuietClient(i, f"ООО «Клиент {i}»", "Иванова Мария Сергеевна",
                             datetime(2026, 1, 1, tzinfo=UTC), 300) for i in range(10_000))
    report = NotContacted(TEN_YEARS, 30, len(rows), rows)
    mark = Watermark("admin", datetime(2026, 11, 26, 14, 5))
    cpu: list[float] = []

    def timed() -> None:
        started = time.process_time()
        render(report, {}, mark)
        cpu.append((time.process_time() - started) * 1000)

    wall = measure([timed], max(1, min(repeats, 3)), warmup=1)
    return wall, cpu[1:]  # the warm-up call is not counted


def report_records(url: str, backend: str, size: int, repeats: int) -> list[Record]:
    global _pdf_done
    engine = make_engine(url)
    sessions = make_sessions(engine)
    try:
        with sessions() as session:
            deals = session.scalar(select(func.count(Deal.id))) or 0
        reports = ReportService(sessions, workspace_for(engine, "admin").actor)
        records = []
        for name, call in (
                (f"report_funnel_10y_{deals}_deals", lambda: reports.funnel(TEN_YEARS)),
                (f"report_revenue_month_10y_{deals}_deals",
                 lambda: reports.revenue_by_period(TEN_YEARS, Grain.MONTH))):
            samples = measure([call], max(1, repeats // 4), warmup=1)
            records.append(Record(name, backend, size, percentile(samples, 50),
                                  percentile(samples, 95), None))
        if not _pdf_done:
            _pdf_done = True
            wall, cpu = _big_pdf(repeats)
            records.append(Record("report_pdf_10000_rows", backend, size,
                                  percentile(wall, 50), percentile(wall, 95), None))
            records.append(Record("report_pdf_10000_rows_cpu", backend, size,
                                  percentile(cpu, 50), percentile(cpu, 95), None))
        return records
    finally:
        engine.dispose()
