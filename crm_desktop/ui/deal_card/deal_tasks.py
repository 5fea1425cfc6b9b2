"""The deal card's Tasks tab: its tasks (open first, overdue in red, blocked ones marked), the
task dialog with the deal linked, and the deal's projects."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.record_tasks import RecordTasks


class DealTasksPanel(RecordTasks):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "dealTasksError", parent)
        self.setObjectName("dealTasksPanel")
        self.empty_label.setText(self.tr("No tasks for this deal."))

    def load(self, deal_id: int) -> None:
        self.load_record(None, deal_id)
