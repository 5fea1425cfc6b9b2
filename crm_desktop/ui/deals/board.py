"""The kanban board of one pipeline (`dealBoard`): a horizontal row of stage columns.

Column headers come from BoardService.columns (counts and sums by SQL); each column pages its
cards lazily. A card dropped on another column goes through DealMover; afterwards only the two
columns involved are re-read (plus every header, one GROUP BY).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.board import BoardFilter, ColumnSummary
from crm_desktop.services.errors import CrmError
from crm_desktop.ui import errors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.card_model import alive
from crm_desktop.ui.deals.column import BoardColumn
from crm_desktop.ui.deals.mover import DealMover
from crm_desktop.ui.deals.payload import DragPayload

log = logging.getLogger(__name__)


class DealBoard(QWidget):
    """Columns of the current pipeline under the current BoardFilter."""

    sig_columns_loaded = Signal(list)
    """The headers' ColumnSummary list arrived (after a load, a filter change or a move)."""
    sig_open_deal_requested = Signal(int)
    """A card was double-clicked."""
    sig_deal_moved = Signal(int)
    """A deal was moved to another stage (its id)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealBoard")
        self._ctx = ctx
        self.pipeline_id: int | None = None
        self.filter = BoardFilter()
        self.columns: dict[int, BoardColumn] = {}
        self.mover = DealMover(ctx, self)
        self.banner = QFrame()
        self.banner.setObjectName("boardBanner")
        self.banner.setProperty("banner", "error")
        self.banner_label = QLabel()
        self.banner_label.setObjectName("boardMessage")
        self.banner_label.setWordWrap(True)
        close = QPushButton("✕")
        close.setObjectName("bannerClose")
        close.setToolTip(self.tr("Hide the message"))
        close.clicked.connect(lambda: self.show_message(None))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(14, 8, 8, 8)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        self.strip = QWidget()
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 4)
        self.strip_layout.setSpacing(12)
        self.strip_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        self.mover.sig_moved.connect(self._on_mover_moved)
        self.mover.sig_failed.connect(self.show_message)
        self.mover.sig_conflict.connect(self._on_mover_conflict)

    # -- public ---------------------------------------------------------------------------------
    def set_pipeline(self, pipeline_id: int, flt: BoardFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        if pipeline_id != self.pipeline_id:
            self.pipeline_id = pipeline_id
            self._clear_columns()
        self.reload()

    def set_filter(self, flt: BoardFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-read every header and every column's first page."""
        self._load_headers(None)

    def refresh_stages(self, stage_ids: set[int]) -> None:
        """Re-read every header (one GROUP BY) and the cards of these stages only."""
        self._load_headers(stage_ids)

    def refresh_deals(self, deal_ids: Sequence[int]) -> None:
        """Deals were changed elsewhere (live updates): re-read every header (one GROUP BY),
        then, in place, the columns that show one of them or whose count or sum changed; the
        columns keep their scroll position and selected card."""
        ids = set(deal_ids)
        holding = {stage for stage, column in self.columns.items() if column.model.holds(ids)}
        self._load_headers(holding, live=True)

    def column(self, stage_id: int) -> BoardColumn:
        return self.columns[stage_id]

    def show_message(self, text: str | None) -> None:
        """The inline banner above the columns (None hides it)."""
        errors.show_inline(self.banner_label, text)
        self.banner.setVisible(bool(text))

    def message(self) -> str:
        return self.banner_label.text() if self.banner.isVisibleTo(self) else ""

    # -- loading --------------------------------------------------------------------------------
    def _load_headers(self, stage_ids: set[int] | None, *, live: bool = False) -> None:
        if self.pipeline_id is None:
            return
        board, pipeline, flt = self._ctx.services.board, self.pipeline_id, self.filter
        self._ctx.reads.submit(lambda: board.columns(pipeline, flt),
                               lambda result: self._on_headers(result, stage_ids, live),
                               self._on_failed, key=f"board-columns:{id(self)}")

    def _on_headers(self, result: object, stage_ids: set[int] | None,
                    live: bool = False) -> None:
        assert isinstance(result, list)
        if not alive(self):
            return
        summaries: list[ColumnSummary] = result
        if [s.stage_id for s in summaries] != list(self.columns):
            self._clear_columns()
            stage_ids, live = None, False
            for summary in summaries:
                self._add_column(summary)
        for summary in summaries:
            column = self.columns[summary.stage_id]
            changed = (column.summary.count, column.summary.amount) != (summary.count,
                                                                        summary.amount)
            column.set_summary(summary)
            if live and (changed or summary.stage_id in (stage_ids or set())):
                column.model.refresh()
            elif not live and (stage_ids is None or summary.stage_id in stage_ids):
                column.reload(self.filter)
        self.sig_columns_loaded.emit(summaries)

    def _add_column(self, summary: ColumnSummary) -> None:
        column = BoardColumn(self._ctx, summary)
        column.sig_card_dropped.connect(self._on_column_card_dropped)
        column.sig_open_deal_requested.connect(self.sig_open_deal_requested)
        column.model.sig_load_failed.connect(self._on_failed)
        self.strip_layout.insertWidget(self.strip_layout.count() - 1, column)
        self.columns[summary.stage_id] = column

    def _clear_columns(self) -> None:
        for column in self.columns.values():
            self.strip_layout.removeWidget(column)
            column.deleteLater()
        self.columns = {}

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)
        if not alive(self):
            return
        if not isinstance(exc, CrmError):
            log.error("the board failed to load", exc_info=exc)
        self.show_message(errors.describe(exc))

    # -- moves ----------------------------------------------------------------------------------
    def drop(self, payload: DragPayload, stage_id: int) -> None:
        """What a drop on the column of `stage_id` does (the drop event ends here)."""
        target = self.columns.get(stage_id)
        if target is None:
            return
        self.show_message(None)
        source = self.columns.get(payload.stage_id)
        title = next((c.title for c in source.model.cards() if c.id == payload.deal_id), "") \
            if source is not None else ""
        self.mover.move(payload, target.summary, title)

    def _on_column_card_dropped(self, payload: object, stage_id: int) -> None:
        assert isinstance(payload, DragPayload)
        self.drop(payload, stage_id)

    def _on_mover_moved(self, deal_id: int, source: int, target: int) -> None:
        self.refresh_stages({source, target})
        self.sig_deal_moved.emit(deal_id)

    def _on_mover_conflict(self, source: int, target: int) -> None:
        self.show_message(self.tr("The deal was changed by someone else. The board has been "
                                  "refreshed: check the deal and try again."))
        self.refresh_stages({source, target})
