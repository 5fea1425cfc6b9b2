"""The deals behind a number on the dashboard; double-click (or Enter) opens the deal card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.reports.dto import DealLine
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.tables import DATA_ROLE, ReportTable


class DealListDialog(QDialog):
    sig_open_deal_requested = Signal(int)
    """Open this deal's card."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDealsDialog")
        self.setWindowTitle(title)
        self.resize(860, 480)
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setObjectName("reportNote")
        self.table = ReportTable("reportDealsTable", [
            self.tr("Deal"), self.tr("Client"), self.tr("Manager"), self.tr("Stage"),
            self.tr("Amount"), self.tr("In stage since")], 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Double-click a deal to open its card."))
        hint.setObjectName("reportNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))

    def show_deals(self, deals: list[DealLine]) -> None:
        self.summary_label.setText(self.tr("%n deal(s)", "", len(deals)))
        self.table.fill([(d.title, d.client, d.manager or "—", d.stage, fmt.money(d.amount, 2),
                          fmt.day(d.moved_at)) for d in deals], [d.deal_id for d in deals])

    def show_error(self, text: str) -> None:
        self.summary_label.setText(text)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
            self._open(self.table.currentRow())
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and item.data(DATA_ROLE) is not None:
            self.sig_open_deal_requested.emit(int(item.data(DATA_ROLE)))
