"""What a leaving employee opened, exported and printed lately: totals and the records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.offboarding import OffboardReport, OffboardResult, ReportLine
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.pages import StatCard


def category_text(category: str) -> str:
    texts = {
        "opened": QCoreApplication.translate("OffboardReport", "Opened"),
        "exported": QCoreApplication.translate("OffboardReport", "Exported"),
        "printed": QCoreApplication.translate("OffboardReport", "Printed"),
    }
    return texts.get(category, category)


def record_text(line: ReportLine) -> str:
    if line.entity == "client":
        kind = QCoreApplication.translate("OffboardReport", "Client")
    elif line.entity == "deal":
        kind = QCoreApplication.translate("OffboardReport", "Deal")
    elif line.entity == "invoice":
        kind = QCoreApplication.translate("OffboardReport", "Invoice")
    elif line.entity is None:
        return QCoreApplication.translate("OffboardReport", "A list or report")
    else:
        kind = line.entity
    if line.name:
        return f"{kind} «{line.name}»"
    return f"{kind} #{line.entity_id}" if line.entity_id is not None else kind


class OffboardReportView(QWidget):
    """Filled by `show_report`; the dialog's second page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offboardReport")
        self.summary = QLabel()
        self.summary.setObjectName("offboardSummary")
        self.summary.setWordWrap(True)
        self.period = QLabel()
        self.period.setObjectName("settingsHint")
        self.cards = {name: StatCard(category_text(name), icon)
                      for name, icon in (("opened", "clients"), ("exported", "reports"),
                                         ("printed", "note"))}
        self.empty = QLabel(self.tr("Nothing was opened, exported or printed in this period."))
        self.empty.setObjectName("emptyState")
        self.tree = QTreeWidget()
        self.tree.setObjectName("offboardLines")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Record"), self.tr("Times"),
                                   self.tr("Last time")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.period)
        layout.addLayout(cards)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def show_report(self, result: OffboardResult, report: OffboardReport) -> None:
        self.summary.setText(self.tr(
            "%1 can no longer sign in. %2 is now responsible for %3 client(s), %4 deal(s), "
            "%5 open task(s) and %6 project(s).").replace("%1", report.full_name).replace(
            "%2", result.to_full_name).replace("%3", str(result.clients)).replace(
            "%4", str(result.deals)).replace("%5", str(result.tasks)).replace(
            "%6", str(result.projects)))
        self.period.setText(self.tr("What %1 did from %2 to %3:").replace(
            "%1", report.full_name).replace("%2", datetime_text(report.since)).replace(
            "%3", datetime_text(report.until)))
        for name, card in self.cards.items():
            total = report.total(name)
            card.set_value(total.events, self.tr("%1 · %n record(s)", "", total.records)
                           .replace("%1", category_text(name)))
        self.tree.clear()
        for line in report.lines:
            item = QTreeWidgetItem([category_text(line.category), record_text(line),
                                    str(line.times), datetime_text(line.last_at)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not report.lines)
        self.tree.setVisible(bool(report.lines))
