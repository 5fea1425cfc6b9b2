"""Reports (PERFORMANCE.md, issue #7): the funnel and revenue by month over ten years of the
cached database's deals (as many as the demo generator made for that size: the issue asks for
100k/1M deals; the records say how many there were), and a 10,000-row report PDF (PITFALLS
#11: target under 3 s). The PDF does not touch the database: measured once per run."""

from __future__ import annotations

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


def _big_pdf(repeats: int) -> list[float]:
    from crm_desktop.reports.report_pdf import render  # noqa: PLC0415
    from crm_desktop.reports.watermark import Watermark  # noqa: PLC0415

    rows = tuple(QuietClient(i, f"ООО «Клиент {i}»", "Иванова Мария Сергеевна",
                             datetime(2026, 1, 1, tzinfo=UTC), 300) for i in range(10_000))
    report = NotContacted(TEN_YEARS, 30, len(rows), rows)
    mark = Watermark("admin", datetime(2026, 11, 26, 14, 5))
    return measure([lambda: render(report, {}, mark)], max(1, min(repeats, 3)), warmup=1)


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
            samples = _big_pdf(repeats)
            records.append(Record("report_pdf_10000_rows", backend, size,
                                  percentile(samples, 50), percentile(samples, 95), None))
        return records
    finally:
        engine.dispose()
