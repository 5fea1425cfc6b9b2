"""The Deals page (`dealsPage`): pipeline picker, Board/List switch, filters, New deal."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.board import ColumnSummary
from crm_desktop.services.enums import StageKind
from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.ui import theme
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.board import DealBoard
from crm_desktop.ui.deals.card_model import alive
from crm_desktop.ui.deals.filter_bar import DealFilterBar
from crm_desktop.ui.deals.format import money_short
from crm_desktop.ui.deals.list_model import DealListModel
from crm_desktop.ui.export.list_exports import deals_export_button
from crm_desktop.ui.pages import ElidedLabel

log = logging.getLogger(__name__)


class DealsPage(QWidget):
    """Loads its reference lists and the board the first time it is shown."""

    sig_open_deal_requested = Signal(int)
    """A card or a row was double-clicked: open this deal's card."""
    sig_new_deal_requested = Signal()
    """The "New deal" button was clicked."""
    sig_ready = Signal()
    """The pipelines and pickers arrived; the board is loading."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsPage")
        self._ctx = ctx
        self.pipelines: list[PipelineOption] = []
        self.summaries: list[ColumnSummary] = []
        self.started = False
        self.board = DealBoard(ctx)
        self.filter_bar = DealFilterBar()
        self.list_model = DealListModel(ctx, self)
        self.list_view = self._build_list()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.list_view)
        self._build()
        self.filter_bar.sig_changed.connect(self._on_filter_bar_changed)
        self.board.sig_columns_loaded.connect(self._on_board_columns_loaded)
        self.board.sig_open_deal_requested.connect(self.sig_open_deal_requested)
        self.list_model.sig_load_failed.connect(self.board._on_failed)

    def _build_list(self) -> QTableView:
        view = QTableView()
        view.setObjectName("dealList")
        view.setModel(self.list_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(36)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # the title stretches; the manager is short («Иванова М.») so the title gets the room
        for column, width in enumerate((320, 220, 170, 130, 130, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._on_list_double_clicked)
        return view

    def _build(self) -> None:
        title = QLabel(self.tr("Deals"))
        title.setObjectName("pageTitle")
        self.summary_label = ElidedLabel("")
        self.summary_label.setObjectName("dealSummary")
        # the numbers give way (ending in "…") before any button does
        self.summary_label.setMinimumWidth(80)
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipelinePicker")
        self.pipeline_combo.setMinimumContentsLength(14)
        self.pipeline_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pipeline_combo.setToolTip(self.tr("Pipeline"))
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_changed)
        self.board_button = self._toggle("boardToggle", self.tr("Board"), "deals")
        self.list_button = self._toggle("listToggle", self.tr("List"), "clients")
        self.board_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.board_button)
        group.addButton(self.list_button)
        self.list_button.toggled.connect(self._on_list_toggled)
        self.new_button = QPushButton(theme.icon("plus", "#ffffff", None, 16), self.tr("New deal"))
        self.new_button.setObjectName("primaryButton")
        for button in (self.board_button, self.list_button, self.new_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.new_button.clicked.connect(self.sig_new_deal_requested.emit)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(title)
        header.addWidget(self.summary_label, 1, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.pipeline_combo)
        header.addSpacing(6)
        header.addWidget(self.board_button)
        header.addWidget(self.list_button)
        header.addSpacing(6)
        self.export_button = deals_export_button(
            self._ctx, self.pipeline_combo.currentData, self.filter_bar.current_filter, self)
        header.addWidget(self.export_button)
        header.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

    def _toggle(self, name: str, text: str, icon: str) -> QPushButton:
        button = QPushButton(theme.icon(icon, theme.MUTED, theme.ACCENT, 16), text)
        button.setObjectName(name)
        button.setProperty("chip", True)
        button.setCheckable(True)
        return button

    # -- loading --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started:
            self.start()

    def start(self) -> None:
        """Read the pipelines, pickers and loss reasons, then the board (once)."""
        self.started = True
        reference, board = self._ctx.services.reference, self._ctx.services.board

        def work() -> tuple[list[PipelineOption], list[Option], list[Option], list[Option],
                            int | None]:
            pipelines = reference.pipelines()
            # open the first pipeline holding deals the user sees (a few GROUP BYs), else the
            # first one: an empty qualification pipeline should not hide everybody's work
            busy = next((p.id for p in pipelines
                         if any(c.count for c in board.columns(p.id))), None)
            return (pipelines, reference.users(), reference.channels(),
                    reference.loss_reasons(), busy)

        self._ctx.reads.submit(work, self._on_reference_loaded, self.board._on_failed,
                               key=f"deals-reference:{id(self)}")

    def _on_reference_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        if not alive(self):
            return
        self.pipelines, users, channels, reasons, busy = result
        self.filter_bar.set_options(users, channels)
        self.board.mover.loss_reasons = reasons
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self.pipelines:
            self.pipeline_combo.addItem(pipeline.name, pipeline.id)
        keep = self.board.pipeline_id if self.board.pipeline_id is not None else busy
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(keep)))
        self.pipeline_combo.blockSignals(False)
        if self.pipelines:
            self.board.set_pipeline(int(self.pipeline_combo.currentData()),
                                    self.filter_bar.current_filter())
        else:
            self.board.show_message(self.tr("There are no pipelines yet. An administrator "
                                            "creates them in Settings."))
        self.sig_ready.emit()

    # -- public ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the board (and the list) after a deal was saved elsewhere."""
        if self.started and self.board.pipeline_id is not None:
            self.board.reload()

    def on_deal_saved(self, deal_id: int) -> None:
        log.debug("deal %s saved; refreshing the board", deal_id)
        self.refresh()

    def on_deals_changed(self, deal_ids: Sequence[int]) -> None:
        """Deals were changed elsewhere (live updates): the board re-reads what they touch."""
        if self.started and self.board.pipeline_id is not None:
            self.board.refresh_deals(deal_ids)

    def is_list_shown(self) -> bool:
        return self.stack.currentWidget() is self.list_view

    # -- slots ----------------------------------------------------------------------------------
    def _on_pipeline_changed(self, index: int) -> None:
        if index >= 0:
            self.board.show_message(None)
            self.board.set_pipeline(int(self.pipeline_combo.itemData(index)),
                                    self.filter_bar.current_filter())

    def _on_filter_bar_changed(self) -> None:
        if self.board.pipeline_id is not None:
            self.board.set_filter(self.filter_bar.current_filter())

    def _on_list_toggled(self, checked: bool) -> None:
        self.stack.setCurrentWidget(self.list_view if checked else self.board)
        if checked:
            self.list_model.set_query(self.summaries, self.board.filter)

    def _on_board_columns_loaded(self, summaries: list[ColumnSummary]) -> None:
        self.summaries = summaries
        open_ones = [s for s in summaries if s.kind is StageKind.OPEN]
        count = sum(s.count for s in open_ones)
        amount = sum((s.amount for s in open_ones), Decimal(0))
        self.summary_label.setText(self.tr("%n deal(s) in progress", "", count) + " · "
                                   + money_short(amount))
        if self.is_list_shown():
            self.list_model.set_query(summaries, self.board.filter)

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_deal_requested.emit(self.list_model.deal_id(index.row()))

