"""Ready-made Export buttons for the other lists: a saved segment and the deals page. Each
reads what to export when clicked (on the GUI thread) and is hidden for roles without the
export right, like the client list's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.services.board import BoardFilter
from crm_desktop.services.exports import ExportFormat, ExportResult
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.export.export_button import ExportButton, translate_export
from crm_desktop.ui.import_wizard.access import export_service, has_export
from crm_desktop.ui.protection.permissions import Permission, apply_permission


def _guarded(ctx: UiContext, button: ExportButton) -> ExportButton:
    apply_permission(ctx, Permission.EXPORT, button, hide=True)
    if not has_export(ctx):
        button.hide()
    return button


def segment_export_button(ctx: UiContext, segment: Callable[[], tuple[int, str]],
                          parent: QWidget | None = None) -> ExportButton:
    """Exports the segment `segment()` names: (id, name)."""
    def job(path: Path, file_format: ExportFormat) -> Callable[[], ExportResult]:
        service, (segment_id, _name) = export_service(ctx), segment()
        return lambda: service.segment(path, segment_id, file_format, translate_export)
    return _guarded(ctx, ExportButton(ctx, job, lambda: segment()[1], parent))


def deals_export_button(ctx: UiContext, pipeline: Callable[[], int | None],
                        flt: Callable[[], BoardFilter], parent: QWidget | None = None
                        ) -> ExportButton:
    """Exports the deals of the pipeline and filter shown (the deals page passes
    `pipeline_combo.currentData` and `filter_bar.current_filter`)."""
    def job(path: Path, file_format: ExportFormat) -> Callable[[], ExportResult]:
        service, pipeline_id, board_filter = export_service(ctx), pipeline(), flt()
        return lambda: service.deals(path, pipeline_id, board_filter, file_format,
                                     translate_export)
    return _guarded(ctx, ExportButton(
        ctx, job, lambda: QCoreApplication.translate("ExportButton", "Deals"), parent))
