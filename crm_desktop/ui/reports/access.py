"""The report services of the signed-in user, taken from the service bundle by name (the
bundle gains the fields with this feature; without them the page says so instead of failing
deep in a widget)."""

from __future__ import annotations

from typing import cast

from crm_desktop.services.reports import ReportService
from crm_desktop.services.reports.printing import ReportPrinter
from crm_desktop.services.sales_settings import SalesSettingsService
from crm_desktop.ui.context import UiContext


def report_service(ctx: UiContext) -> ReportService:
    service = getattr(ctx.services, "reports", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'reports' (ReportService) field")
    return cast(ReportService, service)


def report_printer(ctx: UiContext) -> ReportPrinter:
    service = getattr(ctx.services, "report_printer", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'report_printer' (ReportPrinter) field")
    return cast(ReportPrinter, service)


def sales_settings(ctx: UiContext) -> SalesSettingsService:
    service = getattr(ctx.services, "sales_settings", None)
    if service is None:
        raise LookupError("ServiceBundle has no 'sales_settings' (SalesSettingsService) field")
    return cast(SalesSettingsService, service)


def has_reports(ctx: UiContext) -> bool:
    return getattr(ctx.services, "reports", None) is not None


def has_sales_settings(ctx: UiContext) -> bool:
    return getattr(ctx.services, "sales_settings", None) is not None
