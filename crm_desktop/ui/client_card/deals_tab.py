"""The Deals tab: the client's deals with stage and amount."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_dto import DealCard
from crm_desktop.services.enums import StageKind
from crm_desktop.services.reference import PipelineOption
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import NO_VALUE, date_text, money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DealsPanel(QWidget):
    sig_loaded = Signal(int)
    """The deals arrived; the argument is how many."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsPanel")
        self._ctx = ctx
        self.tree = QTreeWidget()
        self.tree.setObjectName("dealsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Deal"), self.tr("Pipeline"), self.tr("Stage"),
                                   self.tr("Amount"), self.tr("Expected close")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No deals with this client yet."))
        self.empty_label.setObjectName("emptyState")
        self.error = error_label("dealsError", "form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load(self, client_id: int) -> None:
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
