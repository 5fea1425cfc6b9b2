"""The report services of the signed-in user, from the service bundle."""

from __future__ import annotations

from crm_desktop.services.reports import ReportService
from crm_desktop.services.reports.printing import ReportPrinter
from crm_desktop.services.sales_settings import SalesSettingsService
from crm_desktop.ui.context import UiContext


def report_service(ctx: UiContext) -> ReportService:
    return ctx.services.reports


def report_printer(ctx: UiContext) -> ReportPrinter:
    return ctx.services.report_printer


def sales_settings(ctx: UiContext) -> SalesSettingsService:
    return ctx.services.sales_settings


def has_reports(ctx: UiContext) -> bool:
    return getattr(ctx.services, "reports", None) is not None


def has_sales_settings(ctx: UiContext) -> bool:
    return getattr(ctx.services, "sales_settings", None) is not None
