"""Reports as PDF: needs the print right (and the view-reports right), and every print is
recorded in the audit log with the report's name and filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Channel, Pipeline, User
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.errors import NotFound
from crm_desktop.services.reports.catalog import ReportKind
from crm_desktop.services.reports.filters import Grain, ReportFilter
from crm_desktop.services.reports.service import ReportService


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _local_offset() -> int:
    offset = _local_now().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


class ReportPrinter:
    """Makes a report's PDF for the signed-in user (any thread: one session per call)."""

    def __init__(self, sessions: sessionmaker[Session], actor: Actor,
                 clock: Callable[[], datetime] = _local_now) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock
        self._reports = ReportService(sessions, actor, lambda: clock().astimezone(UTC))

    def compute(self, kind: ReportKind, f: ReportFilter, *, grain: Grain = Grain.MONTH,
                days: int = 30, limit: int = 10_000) -> Any:
        """The report's data, as the PDF shows it."""
        r = self._reports
        compute: dict[ReportKind, Callable[[], Any]] = {
            ReportKind.FUNNEL: lambda: r.funnel(f),
            ReportKind.REVENUE: lambda: r.revenue_by_period(f, grain),
            ReportKind.MANAGERS: lambda: r.revenue_by_manager(f),
            ReportKind.CHANNELS: lambda: r.revenue_by_channel(f),
            ReportKind.PLAN: lambda: r.plan_vs_fact(f),
            ReportKind.PRODUCTS: lambda: r.top_products(f, limit=min(limit, 1000)),
            ReportKind.LOSSES: lambda: r.loss_reasons(f),
            ReportKind.FIRST_SALE: lambda: r.time_to_first_sale(f),
            ReportKind.TASKS: lambda: r.task_discipline(f),
            ReportKind.NOT_CONTACTED: lambda: r.not_contacted(f, days, limit),
        }
        return compute[kind]()

    def pdf(self, kind: ReportKind, f: ReportFilter, *, grain: Grain = Grain.MONTH,
            days: int = 30, limit: int = 10_000) -> bytes:
        """The report as a printable PDF with the printing user's watermark on every page."""
        from crm_desktop.reports.report_pdf import render  # noqa: PLC0415 - ReportLab is slow to import
        from crm_desktop.reports.watermark import Watermark  # noqa: PLC0415

        self._actor.require(Permission.PRINT)
        data = self.compute(kind, f, grain=grain, days=days, limit=limit)
        with self._sessions.begin() as session:
            names = self._names(session, f)
            pdf: bytes = render(data, names, Watermark(self._actor.login, self._clock()))
            audit.record(session, self._actor, "report_print", "report", None,
                         {"report": kind.value, "filters": self._filters_json(f, names)})
        return pdf

    def csv(self, kind: ReportKind, f: ReportFilter, *, grain: Grain = Grain.MONTH,
            days: int = 30, limit: int = 10_000) -> str:
        """The report's tables as CSV text (";"-separated, as Russian Excel opens it); an
        export: needs the export right and is audited."""
        from crm_desktop.reports.report_tables import as_csv  # noqa: PLC0415

        self._actor.require(Permission.EXPORT)
        data = self.compute(kind, f, grain=grain, days=days, limit=limit)
        with self._sessions.begin() as session:
            names = self._names(session, f)
            audit.record(session, self._actor, "report_export", "report", None,
                         {"report": kind.value, "filters": self._filters_json(f, names)})
        text: str = as_csv(data)
        return text

    def resolve(self, date_from: date, date_to: date, *, pipeline: str | None = None,
                manager_login: str | None = None, channel: str | None = None) -> ReportFilter:
        """A filter from what a person types: a pipeline's id or name, a manager's login, a
        channel's name (NotFound names what is unknown)."""
        with self._sessions() as session:
            pipeline_id = manager_id = channel_id = None
            if pipeline:
                found = session.scalar(select(Pipeline.id).where(
                    (Pipeline.id == int(pipeline)) if pipeline.isdigit()
                    else (Pipeline.name == pipeline)))
                if found is None:
                    raise NotFound("pipeline", pipeline)
                pipeline_id = found
            if manager_login:
                manager_id = session.scalar(select(User.id).where(User.login == manager_login))
                if manager_id is None:
                    raise NotFound("user", manager_login)
            if channel:
                channel_id = session.scalar(select(Channel.id).where(Channel.name == channel))
                if channel_id is None:
                    raise NotFound("channel", channel)
        return ReportFilter(date_from, date_to, pipeline_id, manager_id, channel_id,
                            _local_offset()).checked()

    @staticmethod
    def _names(session: Session, f: ReportFilter) -> dict[str, str]:
        """Names of the filter's pipeline, manager and channel for the PDF header."""
        names: dict[str, str] = {}
        lookups: list[tuple[str, Any, int | None]] = [
            ("pipeline", Pipeline.name, f.pipeline_id), ("manager", User.full_name, f.manager_id),
            ("channel", Channel.name, f.channel_id)]
        for key, column, value in lookups:
            if value is not None:
                entity = column.class_
                names[key] = session.scalar(select(column).where(entity.id == value)) or "?"
        return names

    @staticmethod
    def _filters_json(f: ReportFilter, names: dict[str, str]) -> dict[str, Any]:
        return {"from": f.date_from.isoformat(), "to": f.date_to.isoformat(),
                "pipeline_id": f.pipeline_id, "manager_id": f.manager_id,
                "channel_id": f.channel_id, **names}
