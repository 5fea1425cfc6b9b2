"""The Deals tab: the client's deals with stage and amount; double-click opens the deal card,
"New deal" opens the create form with this client preset."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.enums import StageKind
from crm_desktop.services.reference import PipelineOption
from crm_desktop.ui import theme
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import NO_VALUE, date_text, money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

if TYPE_CHECKING:
    from crm_desktop.ui.deal_card.opener import DealCardOpener

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DealsPanel(QWidget):
    sig_loaded = Signal(int)
    """The deals arrived; the argument is how many."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsPanel")
        self._ctx = ctx
        self.client_id = 0
        self._opener: DealCardOpener | None = None
        self.new_button = QPushButton(theme.icon("plus", theme.MUTED, None, 16),
                                      self.tr("New deal"))
        self.new_button.setObjectName("newDealButton")
        self.new_button.clicked.connect(self.new_deal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dealsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setToolTip(self.tr("Double-click a deal to open its card"))
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.tree.setHeaderLabels([self.tr("Deal"), self.tr("Pipeline"), self.tr("Stage"),
                                   self.tr("Amount"), self.tr("Expected close")])
        self.tree.headerItem().setTextAlignment(3, RIGHT)  # over the right-aligned amounts
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No deals with this client yet."))
        self.empty_label.setObjectName("emptyState")
        self.error = error_label("dealsError", "form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.new_button)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def opener(self) -> DealCardOpener:
        """The deal cards opened from this tab (created on first use; saving reloads the list)."""
        if self._opener is None:
            # imported here: the deal card links back to the client card
            from crm_desktop.ui.deal_card.opener import DealCardOpener
            window = self.window()
            self._opener = DealCardOpener(self._ctx, window.parentWidget() or window)
            self._opener.sig_deal_saved.connect(self._on_deal_saved)
        return self._opener

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        deal_id = item.data(0, Qt.ItemDataRole.UserRole)
        if deal_id is not None:
            self.opener().open(int(deal_id))

    def new_deal(self) -> None:
        if self.client_id:
            self.opener().new_deal(self.client_id)

    def _on_deal_saved(self, _deal_id: int) -> None:
        if self.client_id:
            self.load(self.client_id)

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        deals, ref = self._ctx.services.deals, self._ctx.services.reference
        run(self._ctx.reads, self, lambda: (deals.for_client(client_id), ref.pipelines()),
            self._on_loaded, lambda e: show_inline(self.error, describe(e)),
            key=f"deals:{id(self)}")

    def _on_loaded(self, result: object) -> None:
        deals, pipelines = cast(tuple[list[DealCard], list[PipelineOption]], result)
        names: dict[int, str] = {p.id: p.name for p in pipelines}
        stages = {s.id: s.name for p in pipelines for s in p.stages}
        self.tree.clear()
        for deal in deals:
            self.tree.addTopLevelItem(self._item(deal, names, stages))
        self.empty_label.setVisible(not deals)
        self.tree.setVisible(bool(deals))
        show_inline(self.error, None)
        self.sig_loaded.emit(len(deals))

    def _item(self, deal: DealCard, pipelines: dict[int, str],
              stages: dict[int, str]) -> QTreeWidgetItem:
        data = deal.data
        item = QTreeWidgetItem([
            data.title, pipelines.get(data.pipeline_id, NO_VALUE),
            stages.get(data.stage_id or 0, NO_VALUE), money(data.amount),
            date_text(data.expected_close_on)])
        item.setTextAlignment(3, RIGHT)
        item.setData(0, Qt.ItemDataRole.UserRole, deal.id)
        colour = {StageKind.WON: "#15803d", StageKind.LOST: "#9aa1ad"}.get(deal.stage_kind)
        if colour:
            for column in range(5):
                item.setForeground(column, QColor(colour))
        return item
