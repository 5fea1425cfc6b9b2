"""The reports by name (the command line, the PDF and the audit log use these keys)."""

from __future__ import annotations

import enum

from crm_desktop.services.errors import QT_TRANSLATE_NOOP


class ReportKind(enum.StrEnum):
    FUNNEL = "funnel"
    REVENUE = "revenue"
    MANAGERS = "managers"
    CHANNELS = "channels"
    PLAN = "plan"
    PRODUCTS = "products"
    LOSSES = "losses"
    FIRST_SALE = "first-sale"
    TASKS = "tasks"
    NOT_CONTACTED = "not-contacted"


TITLES = {  # English source text; the interface translates it in the "Reports" context
    ReportKind.FUNNEL: QT_TRANSLATE_NOOP("Reports", "Sales funnel"),
    ReportKind.REVENUE: QT_TRANSLATE_NOOP("Reports", "Revenue by period"),
    ReportKind.MANAGERS: QT_TRANSLATE_NOOP("Reports", "Revenue by manager"),
    ReportKind.CHANNELS: QT_TRANSLATE_NOOP("Reports", "Acquisition channels"),
    ReportKind.PLAN: QT_TRANSLATE_NOOP("Reports", "Plan vs fact"),
    ReportKind.PRODUCTS: QT_TRANSLATE_NOOP("Reports", "Top products"),
    ReportKind.LOSSES: QT_TRANSLATE_NOOP("Reports", "Loss reasons"),
    ReportKind.FIRST_SALE: QT_TRANSLATE_NOOP("Reports", "Time to first sale"),
    ReportKind.TASKS: QT_TRANSLATE_NOOP("Reports", "Tasks per employee"),
    ReportKind.NOT_CONTACTED: QT_TRANSLATE_NOOP("Reports", "Clients not contacted"),
}
