"""Saved segments with live counts: click to apply, save the current filter, rename or delete."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.actor import Permission
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.errors import CrmError
from crm_desktop.services.exports import ExportFormat
from crm_desktop.services.segments import SegmentRow
from crm_desktop.ui import errors, theme
from crm_desktop.ui.clients.formatting import fill
from crm_desktop.ui.clients.segment_dialog import SegmentDialog
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.export.list_exports import segment_export_button
from crm_desktop.ui.search.delegate import ItemRole, TwoLineDelegate

log = logging.getLogger(__name__)

ROW_HEIGHT = 34


class SegmentsPanel(QFrame):
    """SegmentService.visible() and counts(); "All clients" first. Reloads after every change."""

    sig_segment_activated = Signal(object)
    """A segment (or "All clients") was clicked: show the clients of this ClientFilter."""
    sig_loaded = Signal()
    """The segments and their counts were (re)loaded."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsPanel")
        self._ctx = ctx
        self.segments: list[SegmentRow] = []
        self.counts: dict[int, int] = {}
        self._dialog: SegmentDialog | None = None
        heading = QLabel(self.tr("Segments").upper())
        heading.setObjectName("railHeading")
        self.list = QListWidget()
        self.list.setObjectName("segmentList")
        self.list.setItemDelegate(TwoLineDelegate(self.list, ROW_HEIGHT, bold_title=False))
        self.list.setMouseTracking(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.list.itemActivated.connect(self._on_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        self._fill()

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the segments and their live counts (after saves, stars, client changes)."""
        segments, client_list = self._ctx.services.segments, self._ctx.services.client_list

        def work() -> tuple[list[SegmentRow], dict[int, int], int]:
            return segments.visible(), segments.counts(), client_list.count(ClientFilter())

        self._ctx.reads.submit(work, self._on_loaded, self._on_failed,
                               key=f"segments:{id(self)}")

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.segments, self.counts, total = result
        self._fill(total)
        self.sig_loaded.emit()

    def _on_failed(self, exc: Exception) -> None:
        log.warning("segments not loaded: %s", type(exc).__name__, exc_info=exc)
        self.list.setToolTip(errors.describe(exc))

    def _fill(self, total: int | None = None) -> None:
        current = self.list.currentItem()
        selected = current.data(ItemRole.PAYLOAD) if current is not None else None
        selected_id = selected.id if isinstance(selected, SegmentRow) else None
        self.list.clear()
        everyone = QListWidgetItem(theme.icon("clients", theme.MUTED, theme.ACCENT, 16),
                                   self.tr("All clients"))
        everyone.setData(ItemRole.BADGE, _count_text(total))
        self.list.addItem(everyone)
        for segment in self.segments:
            item = QListWidgetItem(theme.icon("segment", theme.MUTED, theme.ACCENT, 16),
                                   segment.name)
            item.setData(ItemRole.PAYLOAD, segment)
            item.setData(ItemRole.BADGE, _count_text(self.counts.get(segment.id)))
            item.setToolTip(f"{segment.name}\n" + (self.tr("Shared with colleagues")
                                                   if segment.is_shared
                                                   else self.tr("Only you see this segment")))
            self.list.addItem(item)
            if segment.id == selected_id:
                self.list.setCurrentItem(item)

    def show_current(self, flt: ClientFilter) -> None:
        """Highlight the segment whose filter the list shows now ("All clients" if none)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            segment = item.data(ItemRole.PAYLOAD)
            shown = segment.filter if isinstance(segment, SegmentRow) else ClientFilter()
            if shown == flt:
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentRow(-1)

    def count_of(self, name: str) -> int | None:
        """The live count of the visible segment called `name` (None if there is none)."""
        segment = next((s for s in self.segments if s.name == name), None)
        return self.counts.get(segment.id) if segment is not None else None

    # -- actions ------------------------------------------------------------------------------
    def ask_to_save(self, flt: ClientFilter) -> SegmentDialog:
        """Open the "Save as segment" dialog for `flt` (window-modal, not blocking)."""
        return self._open_dialog(SegmentDialog(self._ctx, flt, None, self.window()))

    def ask_to_edit(self, segment: SegmentRow) -> SegmentDialog:
        return self._open_dialog(SegmentDialog(self._ctx, segment.filter, segment,
                                               self.window()))

    def _open_dialog(self, dialog: SegmentDialog) -> SegmentDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _row: self.refresh())
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()
        return dialog

    def delete(self, segment: SegmentRow) -> None:
        segments = self._ctx.services.segments
        self._ctx.writes.submit(lambda: segments.delete(segment.id),
                                lambda _r: self.refresh(),
                                self._on_write_failed)

    def _on_write_failed(self, exc: Exception) -> None:
        if isinstance(exc, CrmError):
            errors.show_error(self, exc)
        else:
            errors.show_unexpected(self, exc)

    def _confirm_delete(self, segment: SegmentRow) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete segment"),
            fill(self.tr("Delete the segment “%1”? The clients stay."), segment.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(segment)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        segment = item.data(ItemRole.PAYLOAD)
        flt = segment.filter if isinstance(segment, SegmentRow) else ClientFilter()
        self.sig_segment_activated.emit(flt)

    def _on_list_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        segment = item.data(ItemRole.PAYLOAD) if item is not None else None
        if not isinstance(segment, SegmentRow):
            return
        menu = QMenu(self)
        if self._ctx.services.actor.can(Permission.EXPORT):
            self.export_button = segment_export_button(
                self._ctx, lambda: (segment.id, segment.name), self)
            self.export_button.hide()
            button = self.export_button
            menu.addAction(self.tr("Export to Excel…"), lambda: button.export(ExportFormat.XLSX))
            menu.addAction(self.tr("Export to CSV…"), lambda: button.export(ExportFormat.CSV))
        if segment.owner_id == self._ctx.services.actor.user_id:  # others' shared: read only
            menu.addAction(self.tr("Rename or share…"), lambda: self.ask_to_edit(segment))
            menu.addAction(self.tr("Delete"), lambda: self._confirm_delete(segment))
        if not menu.isEmpty():
            menu.exec(self.list.viewport().mapToGlobal(pos))


def _count_text(count: int | None) -> str:
    return "" if count is None else f"{count:,}".replace(",", "\u202f")
