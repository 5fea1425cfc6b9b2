"""Search as you type under the top bar's field: a debounced SearchService call, results below.

The popup is a child of the main window floating over the pages (not a separate window), so the
field keeps the keyboard: Up/Down move in the list, Enter opens, Esc closes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui import errors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.search.delegate import ROW_HEIGHT, TwoLineDelegate
from crm_desktop.ui.search.results_model import SearchResultsModel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
MAX_VISIBLE_ROWS = 8
MIN_WIDTH = 560


class SearchPopup(QFrame):
    """Runs the global search for `field` and shows the hits; asks to open a client by signal."""

    sig_open_client_requested = Signal(int)
    """A client or contact hit was chosen (Enter or double-click): open this client."""
    sig_open_deal_requested = Signal(int)
    """A deal hit was chosen: open this deal."""
    sig_results_shown = Signal(str, int)
    """The hits of this query arrived and are shown (query, number of hits)."""

    def __init__(self, ctx: UiContext, field: QLineEdit, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("searchPopup")
        self._ctx, self._field, self._window = ctx, field, window
        self._generation = 0
        self._open_on_arrival = False  # Enter was pressed before the results came
        self._key = f"global-search:{id(self)}"
        self.model = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(TwoLineDelegate(self.results_view))
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setMouseTracking(True)
        self.results_view.setUniformItemSizes(True)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.doubleClicked.connect(self._on_view_double_clicked)
        self.empty_label = QLabel(self.tr("Nothing found"))
        self.empty_label.setObjectName("searchEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label = QLabel(self.tr("↑↓ choose · Enter open · Esc close"))
        self.hint_label.setObjectName("searchHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.hint_label)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        field.textEdited.connect(self._on_field_text_edited)
        field.textChanged.connect(self._on_field_text_changed)
        field.installEventFilter(self)
        window.installEventFilter(self)

    # -- searching ----------------------------------------------------------------------------
    def search_now(self, text: str) -> None:
        """Search for `text` at once (the debounce timer ends here too)."""
        self._timer.stop()
        self._generation += 1
        term = text.strip()
        if not term:
            self.hide()
            return
        search, generation = self._ctx.services.search, self._generation
        self._ctx.reads.submit(lambda: search.search(term),
                               lambda hits: self._on_results(generation, term, hits),
                               lambda exc: self._on_failed(generation, exc), key=self._key)

    def _on_field_text_edited(self, _text: str) -> None:
        self._open_on_arrival = False
        self._timer.start()

    def _on_field_text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (also by the clear button): nothing pending may show
            self._timer.stop()
            self._generation += 1
            self.hide()

    def _on_timer_timeout(self) -> None:
        self.search_now(self._field.text())

    def _on_results(self, generation: int, term: str, hits: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(hits, list)
        self.model.set_hits(term, hits)
        self.empty_label.setText(self.tr("Nothing found"))
        self.empty_label.setVisible(not hits)
        self.results_view.setVisible(bool(hits))
        if hits:
            self.results_view.setCurrentIndex(self.model.index(0, 0))
        self._popup()
        self.sig_results_shown.emit(term, len(hits))
        if self._open_on_arrival:
            self._open_on_arrival = False
            self.open_current()

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        log.warning("search failed: %s", type(exc).__name__, exc_info=exc)
        self.model.set_hits("", [])
        self.empty_label.setText(errors.describe(exc))
        self.empty_label.show()
        self.results_view.hide()
        self._popup()

    # -- showing ------------------------------------------------------------------------------
    def _popup(self) -> None:
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        top_left = self._field.mapTo(self._window, QPoint(0, self._field.height() + 4))
        width = max(self._field.width(), MIN_WIDTH)
        rows = min(max(self.model.rowCount(), 1), MAX_VISIBLE_ROWS)
        list_height = rows * ROW_HEIGHT + 4 if self.model.rowCount() else 0
        empty_height = 0 if self.model.rowCount() else 56
        height = list_height + empty_height + self.hint_label.sizeHint().height() + 18
        self.setGeometry(top_left.x(), top_left.y(), width, height)

    # -- choosing -----------------------------------------------------------------------------
    def current_hit(self) -> SearchHit | None:
        return self.model.hit(self.results_view.currentIndex().row())

    def open_current(self) -> bool:
        hit = self.current_hit()
        if hit is None or not self.isVisible():
            return False
        self.hide()
        if hit.kind is HitKind.DEAL:
            self.sig_open_deal_requested.emit(hit.id)
        else:
            self.sig_open_client_requested.emit(hit.client_id)
        return True

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.results_view.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        self.results_view.setCurrentIndex(self.model.index(row, 0))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.results_view.setCurrentIndex(index)
        self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._field:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                return self._on_field_key(event)
            if event.type() == QEvent.Type.FocusOut and not self.underMouse():
                self.hide()
        elif watched is self._window and event.type() == QEvent.Type.Resize and \
                self.isVisible():
            self._place()
        return super().eventFilter(watched, event)

    def _on_field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isVisible():
            self.hide()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.isVisible():
                if self.model.rowCount() and self._field.text().strip() == self.model.query:
                    self._popup()
                return True
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.isVisible():
            self._move(MAX_VISIBLE_ROWS if key == Qt.Key.Key_PageDown else -MAX_VISIBLE_ROWS)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # typed and pressed Enter at once: open what comes
                self._open_on_arrival = True
                self.search_now(self._field.text())
                return True
            return self.open_current()
        return False
