"""Dashboard cards of the sales reports: funnel, revenue over time, managers with plan vs
fact, channels, products and loss reasons. Each shows a report DTO; clicks on the funnel and
manager bars ask for the deals behind them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from crm_desktop.services.reports import Grain
from crm_desktop.services.reports.dto import (
    FunnelReport,
    LossReasons,
    PlanVsFact,
    RevenueByChannel,
    RevenueByManager,
    RevenueByPeriod,
    TopProducts,
)
from crm_desktop.ui.clients.formatting import short_person
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.card_frame import ReportCard
from crm_desktop.ui.reports.charts import BarChartView, PieChartView
from crm_desktop.ui.reports.tables import DATA_ROLE, ReportTable


class FunnelCard(ReportCard):
    sig_stage_clicked = Signal(int)
    """A funnel stage (bar or row) was chosen: the stage id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("funnelCard", self.tr("Sales funnel"), parent)
        self.title_label.setToolTip(self.tr(
            "Deals that entered the pipeline in the period, with their whole way through it"))
        self.chart = BarChartView("funnelChart", horizontal=True)
        self.table = ReportTable("funnelTable", [
            self.tr("Stage"), self.tr("Entered"), self.tr("Reached"), self.tr("To next"),
            self.tr("To won"), self.tr("Avg. time"), self.tr("Median"), self.tr("Lost")], 6, 14)
        self.body_layout.addWidget(self.chart)
        self.body_layout.addWidget(self.table)
        self._path: list[int] = []
        self.chart.sig_bar_clicked.connect(lambda i: self.sig_stage_clicked.emit(self._path[i]))
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)

    def show_report(self, report: FunnelReport) -> None:
        self.title_label.setText(self.tr("Sales funnel: %1").replace("%1", report.pipeline))
        self.set_empty(report.is_empty)
        path = [s for s in report.stages if s.kind != "lost"]
        self._path = [s.stage_id for s in path]
        self.chart.show_values([s.name for s in path], [s.reached for s in path])
        self.table.fill([
            (s.name, fmt.number(s.entered), fmt.number(s.reached) if s.kind != "lost" else "—",
             fmt.percent(s.to_next), fmt.percent(s.to_won), fmt.duration(s.average_seconds),
             fmt.duration(s.median_seconds), fmt.number(s.dropped)) for s in report.stages],
            [s.stage_id if s.kind != "lost" else None for s in report.stages])

    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        stage_id = item.data(DATA_ROLE) if item is not None else None
        if stage_id is not None:
            self.sig_stage_clicked.emit(int(stage_id))


class RevenueCard(ReportCard):
    sig_grain_changed = Signal(object)
    """The user picked days / weeks / months (a Grain)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("revenueCard", self.tr("Revenue won"), parent)
        self.grain_combo = QComboBox()
        self.grain_combo.setObjectName("revenueGrain")
        for grain, label in ((Grain.DAY, self.tr("By day")), (Grain.WEEK, self.tr("By week")),
                             (Grain.MONTH, self.tr("By month"))):
            self.grain_combo.addItem(label, grain)
        self.grain_combo.setCurrentIndex(1)
        self.controls.addWidget(self.grain_combo)
        self.total_label = QLabel()
        self.total_label.setObjectName("reportNote")
        self.chart = BarChartView("revenueChart", horizontal=False)
        self.body_layout.addWidget(self.chart)
        self.body_layout.addWidget(self.total_label)
        self.grain_combo.currentIndexChanged.connect(
            lambda _i: self.sig_grain_changed.emit(self.grain_combo.currentData()))

    def grain(self) -> Grain:
        return Grain(self.grain_combo.currentData())

    def show_report(self, report: RevenueByPeriod) -> None:
        self.set_empty(report.is_empty)
        self.chart.show_values([fmt.period(p.period_start, report.grain) for p in report.points],
                               [float(p.revenue) for p in report.points], fmt.money_short)
        self.total_label.setText(self.tr("%1 won deal(s), %2, average check %3")
                                 .replace("%1", fmt.number(report.deals))
                                 .replace("%2", fmt.money(report.revenue))
                                 .replace("%3", fmt.money(report.average_check)))


class ManagersCard(ReportCard):
    sig_manager_clicked = Signal(object)
    """A manager's bar was clicked: the manager id (None: deals without a manager)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("managersCard", self.tr("Revenue by manager"), parent)
        self.chart = BarChartView("managersChart", horizontal=True)
        self.plan_table = ReportTable("planTable", [
            self.tr("Manager"), self.tr("Plan"), self.tr("Fact"), self.tr("Done")], 4)
        self.body_layout.addWidget(self.chart)
        self.body_layout.addWidget(self.plan_table)
        self._managers: list[int | None] = []
        self.chart.sig_bar_clicked.connect(
            lambda i: self.sig_manager_clicked.emit(self._managers[i]))

    def show_report(self, report: RevenueByManager) -> None:
        self.set_empty(report.is_empty)
        self._managers = [m.manager_id for m in report.rows]
        self.chart.show_values([short_person(m.name) or self.tr("No manager")
                                for m in report.rows],
                               [float(m.revenue) for m in report.rows], fmt.money_short)

    def show_plan(self, report: PlanVsFact) -> None:
        self.plan_table.fill([(short_person(p.name), fmt.money(p.plan), fmt.money(p.fact),
                               fmt.percent(p.done)) for p in report.rows],
                             tips=[p.name for p in report.rows])


class ChannelsCard(ReportCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("channelsCard", self.tr("Acquisition channels"), parent)
        self.table = ReportTable("channelsTable", [
            self.tr("Channel"), self.tr("Leads"), self.tr("Won"), self.tr("Revenue"),
            self.tr("Conversion"), self.tr("Avg. check"), self.tr("Spend"),
            self.tr("Per lead"), self.tr("Per sale"), self.tr("Return")], 8)
        self.body_layout.addWidget(self.table)

    def show_report(self, report: RevenueByChannel) -> None:
        self.set_empty(report.is_empty)
        self.table.fill([
            (c.name or self.tr("No channel"), fmt.number(c.leads), fmt.number(c.won),
             fmt.money(c.revenue), fmt.percent(c.conversion), fmt.money(c.average_check),
             fmt.money(c.spend), fmt.money(c.cost_per_lead), fmt.money(c.cost_per_sale),
             fmt.percent(c.return_on_spend)) for c in report.rows])


class ProductsCard(ReportCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("productsCard", self.tr("Top products"), parent)
        self.table = ReportTable("productsTable", [
            self.tr("Product"), self.tr("Quantity"), self.tr("Revenue"), self.tr("Share")], 8)
        self.body_layout.addWidget(self.table)

    def show_report(self, report: TopProducts) -> None:
        self.set_empty(report.is_empty)
        self.table.fill([(p.name, fmt.number(p.quantity), fmt.money(p.revenue),
                          fmt.percent(p.share)) for p in report.rows])


class LossesCard(ReportCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lossesCard", self.tr("Loss reasons"), parent)
        self.chart = PieChartView("lossesChart")
        self.chart.setMinimumWidth(200)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.chart, 1)
        row.addWidget(self.chart.legend, 1)
        self.body_layout.addLayout(row)

    def show_report(self, report: LossReasons) -> None:
        self.set_empty(report.is_empty)
        self.chart.show_values([r.reason or self.tr("No reason") for r in report.rows],
                               [float(r.deals) for r in report.rows])
