"""The deal's Activities tab: the client's calls, meetings, e-mails and notes about this deal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities import ActivityRow
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

SCAN = 500  # the client's latest interactions searched for this deal's


class DealActivitiesPanel(QWidget):
    sig_loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealActivitiesPanel")
        self._ctx = ctx
        self.error = error_label("dealActivitiesError", "form")
        self.empty_label = QLabel(self.tr("No calls, meetings or notes about this deal yet. "
                                          "Log them on the client's timeline."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dealActivities")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Subject")])
        header = self.tree.header()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load(self, client_id: int, deal_id: int) -> None:
        activities = self._ctx.services.activities

        def work() -> list[ActivityRow]:
            rows = activities.timeline(client_id, limit=SCAN)
            return [r for r in rows if r.data.deal_id == deal_id]

        run(self._ctx.reads, self, work, self._on_loaded,
            lambda e: show_inline(self.error, describe(e)), key=f"dealacts:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        found: list[ActivityRow] = list(rows)  # type: ignore[call-overload]
        self.tree.clear()
        for row in found:
            text = row.data.subject or (row.data.body or "").split("\n")[0]
            self.tree.addTopLevelItem(QTreeWidgetItem([
                datetime_text(row.data.occurred_at), labels.activity_text(row.data.kind), text]))
        self.empty_label.setVisible(not found)
        self.tree.setVisible(bool(found))
        show_inline(self.error, None)
        self.sig_loaded.emit(len(found))
