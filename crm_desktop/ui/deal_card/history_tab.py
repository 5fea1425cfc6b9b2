"""Stage history: who moved the deal when, from which stage to which, and how long it stayed."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.deal_dto import DealCard
from crm_desktop.ui.client_card.formatting import NO_VALUE, datetime_text
from crm_desktop.ui.deal_card.amounts import stay_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StageHistoryPanel(QWidget):
    """Newest move first; the time in a stage runs from entering it to the next move (or now)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageHistoryPanel")
        self.tree = QTreeWidget()
        self.tree.setObjectName("stageHistory")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        # app.qss gives it the look of the card's other lists (#dealsList): roomy rows, bold header
        self.tree.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("To"),
                                   self.tr("Who"), self.tr("Time in stage")])
        self.tree.headerItem().setTextAlignment(4, RIGHT)  # over the right-aligned times
        header = self.tree.header()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (1, 2) else
                                        QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def show_history(self, card: DealCard, users: dict[int, str],
                     now: datetime | None = None) -> None:
        moment = now or datetime.now(UTC)
        rows = list(card.history)
        self.tree.clear()
        items = []
        for index, change in enumerate(rows):
            left = rows[index + 1].changed_at if index + 1 < len(rows) else moment
            stayed = stay_text(left - change.changed_at)
            if index + 1 == len(rows):  # a closed deal no longer spends time in its stage
                stayed = NO_VALUE if card.closed_at else self.tr("%1 (so far)").replace(
                    "%1", stayed)
            if change.from_stage_id is None:
                source = self.tr("created")
            else:
                source = self._stage(change.from_stage_name or "", change.from_archived)
            item = QTreeWidgetItem([
                datetime_text(change.changed_at), source,
                self._stage(change.to_stage_name, change.to_archived),
                users.get(change.changed_by_id or 0, NO_VALUE), stayed])
            item.setTextAlignment(4, RIGHT)
            for column, archived in ((1, change.from_archived), (2, change.to_archived)):
                if archived:
                    item.setToolTip(column, self.tr("This stage was removed from the pipeline "
                                                    "later; the history keeps its name."))
            items.append(item)
        self.tree.addTopLevelItems(list(reversed(items)))

    def _stage(self, name: str, archived: bool) -> str:
        return self.tr("%1 (archived)").replace("%1", name) if archived else name

    def row_texts(self) -> list[list[str]]:
        """What each row shows, newest first (for tests)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(5)] for item in items if item is not None]
