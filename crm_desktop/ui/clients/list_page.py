"""The Clients page: header with the live count, filter bar, the lazy client table, the feed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort
from crm_desktop.services.errors import CrmError
from crm_desktop.services.exports import ExportFormat, ExportResult
from crm_desktop.ui import errors, theme
from crm_desktop.ui.clients.filter_bar import FilterBar
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.clients.table_model import PAGE_SIZE, ClientTableModel
from crm_desktop.ui.clients.table_view import ClientTableView
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.export.export_button import ExportButton, translate_export
from crm_desktop.ui.feed import FeedPanel
from crm_desktop.ui.import_wizard.access import export_service, has_export, has_import
from crm_desktop.ui.protection.permissions import Permission, apply_permission

if TYPE_CHECKING:
    from crm_desktop.ui.import_wizard.wizard import ImportWizard

log = logging.getLogger(__name__)

FEED_WIDTH = 330
# in a 1280 px window (a 1056 px page) the feed gives way, so the table keeps name, type, INN
# and phone whole; from a 1366 px window (1142 px) it has its full width
NARROW_FEED_WIDTH = 280
WIDE_PAGE = 1120


class ClientsPage(QWidget):
    """Everything about the list; opening and creating clients is asked for via signals."""

    sig_open_client_requested = Signal(int)
    """A client row or feed entry was activated: open this client's card."""
    sig_new_client_requested = Signal()
    """The "New client" button was clicked."""
    sig_save_segment_requested = Signal(object)
    """Save this ClientFilter as a segment (the segments panel asks for the name)."""
    sig_favorites_changed = Signal()
    """A star was saved; counts that depend on favourites are stale."""
    sig_filter_changed = Signal(object)
    """The list now shows the clients of this ClientFilter."""
    sig_count_loaded = Signal(int)
    """The number of clients matching the current filter arrived."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self._ctx = ctx
        self.count: int | None = None
        self._keep_client: int | None = None  # the selected client, across a live refresh
        self.reference = ReferenceData(ctx, self)
        self.model = ClientTableModel(ctx, self.reference, self)
        self.table = ClientTableView(self.model)
        self.filter_bar = FilterBar(self.reference)
        self.feed = FeedPanel(ctx)
        self.error_label = QLabel()
        self.error_label.setProperty("error", "form")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._build()
        self.filter_bar.sig_changed.connect(self._on_filter_bar_changed)
        self.table.sig_sort_requested.connect(self._on_table_sort_requested)
        self.table.sig_open_client_requested.connect(self.sig_open_client_requested)
        self.feed.sig_open_client_requested.connect(self.sig_open_client_requested)
        self.model.sig_loading_changed.connect(self._on_model_loading_changed)
        self.model.sig_load_failed.connect(self._show_error)
        self.model.sig_favorite_changed.connect(self._on_model_favorite_changed)
        self.reference.load()
        self.feed.refresh()
        self._query(ClientSort(), ClientFilter())

    def _build(self) -> None:
        title = QLabel(self.tr("Clients"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel("")
        self.count_label.setObjectName("clientCount")
        self.feed_button = QPushButton(theme.icon("activity", theme.MUTED, None, 16),
                                       self.tr("Activity"))
        self.feed_button.setObjectName("feedToggle")
        self.feed_button.setCheckable(True)
        self.feed_button.setChecked(True)
        self.feed_button.toggled.connect(self.feed.setVisible)
        self.save_segment_button = QPushButton(theme.icon("segment", theme.MUTED, None, 16),
                                               self.tr("Save as segment…"))
        self.save_segment_button.setObjectName("saveSegmentButton")
        self.save_segment_button.clicked.connect(
            lambda: self.sig_save_segment_requested.emit(self.filter_bar.current_filter()))
        self.new_button = QPushButton(theme.icon("plus", "#ffffff", None, 16),
                                      self.tr("New client"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.sig_new_client_requested.emit)
        self._build_transfer_buttons()
        for button in (self.import_button, self.export_button, self.save_segment_button,
                       self.feed_button, self.new_button):  # never squeezed into "Импорт.."
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        header = self.header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)
        header.addWidget(self.save_segment_button)
        header.addWidget(self.feed_button)
        header.addWidget(self.new_button)
        table_card = QWidget()
        table_card.setObjectName("tableCard")
        card_layout = QVBoxLayout(table_card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("clientsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_card)
        self.splitter.addWidget(self.feed)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.feed.setMinimumWidth(260)
        self.splitter.setSizes([10_000, FEED_WIDTH])
        self._feed_sized_by_user = False  # once the splitter is dragged, resizing keeps it
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = self.page_layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # on a laptop screen "Save as segment…" and "Activity" keep only their icons (the
        # text moves to the tooltip), so no button is cut; the texts change only when the
        # mode does, so a resize never re-lays the page out for nothing
        compact = {self.save_segment_button: self.tr("Save as segment…"),
                   self.feed_button: self.tr("Activity")}
        is_compact = self.feed_button.text() == ""
        texts = sum(b.fontMetrics().horizontalAdvance(t) + 8 for b, t in compact.items())
        full_width = self.header.sizeHint().width() + (texts if is_compact else 0)
        margins = self.page_layout.contentsMargins()
        fits = full_width <= self.width() - margins.left() - margins.right()
        if fits == is_compact:
            for button, text in compact.items():
                button.setText(text if fits else "")
                button.setToolTip("" if fits else text)
        if not self._feed_sized_by_user:
            self._fit_feed()

    def _fit_feed(self) -> None:
        width = FEED_WIDTH if self.width() >= WIDE_PAGE else NARROW_FEED_WIDTH
        sizes = self.splitter.sizes()
        if self.feed.isVisibleTo(self) and len(sizes) == 2 and sizes[1] != width:
            self.splitter.setSizes([sum(sizes) - width, width])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._feed_sized_by_user = True

    def _build_transfer_buttons(self) -> None:
        """Import… (roles with the import right) and Export (roles with the export right)."""
        self.import_wizard: ImportWizard | None = None
        self.import_button = QPushButton(theme.icon("database", theme.MUTED, None, 16),
                                         self.tr("Import…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button = ExportButton(self._ctx, self._export_job,
                                          lambda: self.tr("Clients"))
        apply_permission(self._ctx, Permission.IMPORT, self.import_button, hide=True)
        apply_permission(self._ctx, Permission.EXPORT, self.export_button, hide=True)
        if not has_import(self._ctx):  # a service bundle without the import feature
            self.import_button.hide()
        if not has_export(self._ctx):
            self.export_button.hide()

    def _export_job(self, path: Path, file_format: ExportFormat) -> Callable[[], ExportResult]:
        service, flt = export_service(self._ctx), self.model.client_filter
        return lambda: service.clients(path, flt, file_format, translate_export)

    def _on_import_button_clicked(self) -> None:
        from crm_desktop.ui.import_wizard.wizard import ImportWizard  # noqa: PLC0415 - on use

        self.import_wizard = ImportWizard(self._ctx, self)
        self.import_wizard.sig_imported.connect(lambda _result: self.refresh())
        self.import_wizard.open()

    # -- public -------------------------------------------------------------------------------
    def apply_filter(self, flt: ClientFilter) -> None:
        """Show the clients matching `flt` (a segment's); the bar shows what it can of it."""
        self.filter_bar.set_filter(flt)

    def current_filter(self) -> ClientFilter:
        return self.filter_bar.current_filter()

    def on_client_saved(self, client_id: int) -> None:
        """A card saved this client: re-read the loaded rows and the count, and the feed."""
        log.debug("client %s saved; refreshing the list", client_id)
        self.model.refresh_loaded()
        self._load_count()
        self.feed.refresh()

    def refresh(self) -> None:
        self.model.refresh_loaded()
        self._load_count()
        self.feed.refresh()

    def on_clients_changed(self, client_ids: Sequence[int]) -> None:
        """Clients were changed elsewhere (live updates): re-read the count, the rows on screen
        and the loaded rows of these clients; scroll position and the selected client stay."""
        self._keep_client = self.table.current_client_id()
        pages = set(self.model.pages_holding(client_ids)) | set(self._visible_pages())
        self.model.refresh_pages(pages)
        self._load_count()

    def _visible_pages(self) -> list[int]:
        rows = self.model.rowCount()
        if rows == 0:
            return []
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        return list(range(first // PAGE_SIZE, last // PAGE_SIZE + 1))

    def _reselect_kept_client(self) -> None:
        """After a live refresh: the selection follows its client if the row moved."""
        client_id, self._keep_client = self._keep_client, None
        if client_id is None or self.table.current_client_id() == client_id:
            return
        row = self.model.row_of(client_id)
        if row >= 0:
            auto_scroll = self.table.hasAutoScroll()
            self.table.setAutoScroll(False)  # the list stays where the user left it
            self.table.selectRow(row)
            self.table.setAutoScroll(auto_scroll)

    # -- queries ------------------------------------------------------------------------------
    def _query(self, sort: ClientSort, flt: ClientFilter) -> None:
        count_changed = flt != self.model.client_filter or self.count is None
        self.error_label.hide()
        self.table.show_sort(sort)
        self.table.set_empty_text(None)
        self.model.set_query(sort, flt)
        if count_changed:
            self._load_count()
            self.sig_filter_changed.emit(flt)

    def _load_count(self) -> None:
        client_list, flt = self._ctx.services.client_list, self.model.client_filter
        self.count_label.setText(self.tr("Counting…"))
        self._ctx.reads.submit(lambda: client_list.count(flt), self._on_count_loaded,
                               self._show_error, key=f"client-count:{id(self)}")

    def _on_count_loaded(self, result: object) -> None:
        assert isinstance(result, int)
        self.count = result
        self.count_label.setText(self.tr("%Ln client(s)", "", result))
        self.sig_count_loaded.emit(result)

    # -- slots --------------------------------------------------------------------------------
    def _on_filter_bar_changed(self) -> None:
        sort = replace(self.model.client_sort, favorites_first=self.filter_bar.is_favorites_first())
        flt = self.filter_bar.current_filter()
        if (sort, flt) != (self.model.client_sort, self.model.client_filter):
            self._query(sort, flt)

    def _on_table_sort_requested(self, sort: object) -> None:
        assert isinstance(sort, ClientSort)
        self._query(sort, self.model.client_filter)

    def _on_model_loading_changed(self, loading: bool) -> None:
        if not loading and self._keep_client is not None:
            self._reselect_kept_client()
        if loading or self.model.rowCount() > 0:
            self.table.set_empty_text(None)
        elif self.model.client_filter != ClientFilter():
            self.table.set_empty_text(self.tr(
                "No clients match these filters.\nChange or reset the filters to see more."))
        else:
            self.table.set_empty_text(self.tr(
                "There are no clients yet.\nAdd the first one with “New client”."))

    def _on_model_favorite_changed(self, _client_id: int, _starred: bool) -> None:
        if self.model.client_filter.favorites_only:
            self._load_count()
        self.sig_favorites_changed.emit()

    def _show_error(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            log.error("client list failed", exc_info=exc)
        errors.show_inline(self.error_label, errors.describe(exc))
