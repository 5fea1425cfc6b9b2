"""Save a report as PDF or print it from a print preview (ui/common/pdf_output.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.services.reports import Grain, ReportFilter
from crm_desktop.services.reports.catalog import TITLES, ReportKind
from crm_desktop.ui.common.pdf_output import DocumentPdfOutput
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.access import report_printer


def file_name(kind: ReportKind, f: ReportFilter) -> str:
    """Otchet-funnel-2026-11-01-2026-11-30.pdf: Latin, so any file system takes it."""
    return f"Otchet-{kind.value}-{f.date_from.isoformat()}-{f.date_to.isoformat()}.pdf"


class ReportPdfOutput(DocumentPdfOutput):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(ctx, parent,
                         QCoreApplication.translate("ReportPdfOutput", "Save report as PDF"))

    def save(self, kind: ReportKind, f: ReportFilter, grain: Grain, days: int) -> None:
        printer = report_printer(self._ctx)
        self.save_pdf(file_name(kind, f),
                      lambda: printer.pdf(kind, f, grain=grain, days=days))

    def print(self, kind: ReportKind, f: ReportFilter, grain: Grain, days: int) -> None:
        printer = report_printer(self._ctx)
        self.print_pdf(QCoreApplication.translate("Reports", TITLES[kind]),
                       lambda: printer.pdf(kind, f, grain=grain, days=days))
