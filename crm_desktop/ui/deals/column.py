"""One stage of the board: a header (name, count, sum from SQL) over the lazy list of cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.board import BoardFilter, ColumnSummary
from crm_desktop.services.enums import StageKind
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.card_model import DealCardModel
from crm_desktop.ui.deals.column_view import CardListView
from crm_desktop.ui.deals.format import money_short

COLUMN_WIDTH = 280
NAME_WIDTH = 180  # the stage name is elided to leave room for the count


class BoardColumn(QFrame):
    """Shows a ColumnSummary in its header; the cards come from its own DealCardModel."""

    sig_card_dropped = Signal(object, int)
    """A DragPayload was dropped on this column (the stage id is the target)."""
    sig_open_deal_requested = Signal(int)
    """A card was double-clicked."""

    def __init__(self, ctx: UiContext, summary: ColumnSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardColumn")
        self.summary = summary
        self.setProperty("kind", str(summary.kind))
        self.setFixedWidth(COLUMN_WIDTH)
        self.model = DealCardModel(ctx, summary.stage_id, self)
        self.view = CardListView(self.model)
        self.view.empty_text = self.tr("No deals")
        self.header = QFrame()
        self.header.setObjectName("boardColumnHeader")
        self.header.setProperty("kind", str(summary.kind))
        self.name_label = QLabel()
        self.name_label.setObjectName("columnName")
        self.count_label = QLabel()
        self.count_label.setObjectName("columnCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("columnSum")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(14, 10, 14, 10)
        header_layout.setSpacing(2)
        header_layout.addLayout(top)
        header_layout.addWidget(self.sum_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.set_summary(summary)
        self.view.sig_card_dropped.connect(
            lambda payload: self.sig_card_dropped.emit(payload, self.summary.stage_id))
        self.view.sig_open_deal_requested.connect(self.sig_open_deal_requested)
        self.model.sig_loading_changed.connect(self._on_model_loading_changed)

    @property
    def stage_id(self) -> int:
        return self.summary.stage_id

    @property
    def kind(self) -> StageKind:
        return self.summary.kind

    def set_summary(self, summary: ColumnSummary) -> None:
        """New count and sum (from BoardService.columns, i.e. SQL) for the header."""
        self.summary = summary
        self.name_label.setText(self.name_label.fontMetrics().elidedText(
            summary.name, Qt.TextElideMode.ElideRight, NAME_WIDTH))
        self.name_label.setToolTip(summary.name)
        self.count_label.setText(str(summary.count))
        self.sum_label.setText(money_short(summary.amount))

    def header_text(self) -> tuple[str, str, str]:
        """(name, count, sum) as shown (for tests and accessibility)."""
        return self.summary.name, self.count_label.text(), self.sum_label.text()

    def reload(self, flt: BoardFilter) -> None:
        """Read the first page of cards again."""
        self.model.reset(flt)

    def _on_model_loading_changed(self, loading: bool) -> None:
        self.view.empty_text = self.tr("Loading…") if loading else self.tr("No deals")
        self.view.viewport().update()
