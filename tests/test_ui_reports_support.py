"""The signed-in user's service bundle with the report services (until services/bundle.py
carries them, a subclass stands in for it)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime

from crm_desktop.services.actor import Actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.reports import ReportService
from crm_desktop.services.reports.printing import ReportPrinter
from crm_desktop.services.sales_settings import SalesSettingsService
from crm_desktop.services.workspace import Workspace


def reports_bundle(engine, sessions, actor: Actor, clock=None):  # type: ignore[no-untyped-def]
    base = ServiceBundle.for_workspace(Workspace(engine, sessions, actor))
    service = ReportService(sessions, actor, clock) if clock else ReportService(sessions, actor)
    printer = ReportPrinter(sessions, actor, (lambda: clock().astimezone()) if clock
                            else (lambda: datetime.now().astimezone()))
    extra = {"reports": service, "report_printer": printer,
             "sales_settings": SalesSettingsService(sessions, actor)}
    if "reports" in {f.name for f in fields(ServiceBundle)}:
        return replace(base, **extra)

    @dataclass(frozen=True, slots=True)
    class ReportsBundle(ServiceBundle):
        reports: ReportService | None = None
        report_printer: ReportPrinter | None = None
        sales_settings: SalesSettingsService | None = None

    return ReportsBundle(**{f.name: getattr(base, f.name) for f in fields(ServiceBundle)},
                         **extra)
