"""The client table: sorting by header clicks, the star column, opening a row, an empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from crm_desktop.services.client_sort import ClientSort, SortColumn
from crm_desktop.ui.clients.columns import COLUMNS, STAR, column_of
from crm_desktop.ui.clients.table_model import ClientRole, ClientTableModel

ROW_HEIGHT = 36
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientTableView(QTableView):
    """Shows a ClientTableModel; never sorts or filters itself (the service does, in SQL)."""

    sig_open_client_requested = Signal(int)
    """Double-click or Enter on a client row: open the client (id)."""
    sig_sort_requested = Signal(object)
    """A header was clicked: the list should be sorted like this (a ClientSort)."""

    def __init__(self, model: ClientTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientTable")
        self.setModel(model)
        self._model = model
        model.modelReset.connect(self.scrollToTop)  # a new query starts at its first row
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self._setup_header()
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setObjectName("clientListEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.viewport().installEventFilter(self)

    def _setup_header(self) -> None:
        header = self.horizontalHeader()
        header.setObjectName("clientTableHeader")
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(34)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width)
        header.setSectionResizeMode(STAR, QHeaderView.ResizeMode.Fixed)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column_of(SortColumn.NAME), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)

    def show_sort(self, sort: ClientSort) -> None:
        """Put the header's arrow on `sort`'s column without asking for a new sort."""
        order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column_of(sort.column), order)
        header.blockSignals(False)

    def set_empty_text(self, text: str | None) -> None:
        """Show a centred message over the empty table, or hide it."""
        self.empty_label.setText(text or "")
        self.empty_label.setVisible(bool(text))
        self._place_empty_label()

    def current_client_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(ClientRole.ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    # -- events -------------------------------------------------------------------------------
    def _on_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        column = COLUMNS[section].sort
        if column is None:  # the star column: put the arrow back where it was
            self.show_sort(self._model.client_sort)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        current = self._model.client_sort
        self.sig_sort_requested.emit(ClientSort(column, descending, current.favorites_first))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == STAR and index.data(ClientRole.ID) is not None:
            self._model.toggle_star(index.row())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        client_id = index.data(ClientRole.ID)
        if isinstance(client_id, int) and index.column() != STAR:
            self.sig_open_client_requested.emit(client_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        client_id = self.current_client_id()
        if event.key() in _OPEN_KEYS and client_id is not None:
            self.sig_open_client_requested.emit(client_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
        return super().eventFilter(watched, event)

    def _place_empty_label(self) -> None:
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_label.setGeometry(rect.x(), rect.y(), rect.width(), min(rect.height(), 160))
