"""Dashboard cards about people: tasks per employee, time to the first sale, clients nobody
has contacted for N days."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from crm_desktop.services.reports.dto import NotContacted, TaskDiscipline, TimeToFirstSale
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.card_frame import ReportCard
from crm_desktop.ui.reports.tables import ReportTable

SHOWN_CLIENTS = 100


class TasksCard(ReportCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tasksCard", self.tr("Tasks per employee"), parent)
        self.table = ReportTable("tasksTable", [
            self.tr("Employee"), self.tr("Open"), self.tr("Overdue"), self.tr("Done"),
            self.tr("On time")], 6)
        self.body_layout.addWidget(self.table)

    def show_report(self, report: TaskDiscipline) -> None:
        self.set_empty(report.is_empty)
        self.table.fill([(t.name, fmt.number(t.open), fmt.number(t.overdue),
                          fmt.number(t.done), fmt.percent(t.on_time)) for t in report.rows])


class FirstSaleCard(ReportCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("firstSaleCard", self.tr("First contact to first sale"), parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("reportBigNumber")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("reportNote")
        self.detail_label.setWordWrap(True)
        self.body_layout.addWidget(self.summary_label)
        self.body_layout.addWidget(self.detail_label)
        self.body_layout.addStretch(1)

    def show_report(self, report: TimeToFirstSale) -> None:
        self.set_empty(report.is_empty)
        self.summary_label.setText(self.tr("median %1").replace(
            "%1", fmt.days(report.median_days)))
        self.detail_label.setText(
            self.tr("%n client(s) bought for the first time; on average after %1.", "",
                    report.clients).replace("%1", fmt.days(report.average_days)))


class QuietClientsCard(ReportCard):
    sig_days_changed = Signal(int)
    """The user changed N (days without contact)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("quietClientsCard", self.tr("Clients not contacted"), parent)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("quietDays")
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.controls.addWidget(QLabel(self.tr("More than")))
        self.controls.addWidget(self.days_spin)
        self.count_label = QLabel()
        self.count_label.setObjectName("reportNote")
        self.table = ReportTable("quietClientsTable", [
            self.tr("Client"), self.tr("Manager"), self.tr("Last contact"), self.tr("Days")], 6)
        self.body_layout.addWidget(self.count_label)
        self.body_layout.addWidget(self.table)
        self.days_spin.editingFinished.connect(
            lambda: self.sig_days_changed.emit(self.days_spin.value()))

    def show_report(self, report: NotContacted) -> None:
        self.set_empty(report.is_empty)
        self.count_label.setText(self.tr("%n client(s)", "", report.total))
        self.table.fill([(q.name, q.manager or "—", fmt.day(q.last_contact_at),
                          fmt.number(q.days) if q.days is not None else self.tr("never"))
                         for q in report.rows])
