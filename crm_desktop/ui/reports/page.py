"""The Reports section (`reportsPage`): filters, headline numbers, and the reports as charts
and tables. Every report is read on the read runner (newest request per report wins); a
funnel stage or a manager's bar opens the deals behind it; Print / Save PDF (hidden for roles
without the print right) make the chosen report's PDF on the write runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.actor import Permission
from crm_desktop.services.reports import ReportFilter
from crm_desktop.services.reports.catalog import TITLES, ReportKind
from crm_desktop.services.reports.dto import DealLine
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.opener_link import DealOpener
from crm_desktop.ui.errors import describe
from crm_desktop.ui.pages import StatCard
from crm_desktop.ui.protection.permissions import apply_permission
from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.access import report_service
from crm_desktop.ui.reports.deals_dialog import DealListDialog
from crm_desktop.ui.reports.filter_bar import ReportFilterBar
from crm_desktop.ui.reports.pdf_output import ReportPdfOutput
from crm_desktop.ui.reports.people_cards import (
    SHOWN_CLIENTS,
    FirstSaleCard,
    QuietClientsCard,
    TasksCard,
)
from crm_desktop.ui.reports.sales_cards import (
    ChannelsCard,
    FunnelCard,
    LossesCard,
    ManagersCard,
    ProductsCard,
    RevenueCard,
)
from crm_desktop.ui.reports.style import STYLE


def _local_offset() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


class ReportsPage(QScrollArea):
    sig_loaded = Signal()
    """Every report of the last refresh has arrived (or failed)."""

    def __init__(self, ctx: UiContext, deal_opener: DealOpener,
                 parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # the cards and the filter bar wrap and shrink, so the page only ever scrolls down
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(STYLE)
        self._ctx, self._opener = ctx, deal_opener
        self._pending = 0
        self._loaded_once = False
        self.dialog: DealListDialog | None = None
        self.filter_bar = ReportFilterBar(today(), _local_offset())
        self.output = ReportPdfOutput(ctx, self)
        self._build()
        self.filter_bar.sig_filter_changed.connect(lambda _f: self.refresh())
        self.revenue_card.sig_grain_changed.connect(lambda _g: self._load_revenue())
        self.quiet_card.sig_days_changed.connect(lambda _d: self._load_quiet())
        self.funnel_card.sig_stage_clicked.connect(self.show_stage_deals)
        self.managers_card.sig_manager_clicked.connect(self.show_manager_deals)
        self.output.sig_done.connect(lambda text: self._message(text, ok=True))
        self.output.sig_failed.connect(lambda exc: self._message(describe(exc)))

    # -- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("reportsBody")
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        self.report_combo = QComboBox()
        self.report_combo.setObjectName("printReportPicker")
        for kind in ReportKind:
            self.report_combo.addItem(self.tr_title(kind), kind)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReportButton")
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("saveReportButton")
        self.print_button.clicked.connect(lambda: self._pdf(self.output.print))
        self.save_button.clicked.connect(lambda: self._pdf(self.output.save))
        if not apply_permission(self._ctx, Permission.PRINT, self.print_button,
                                self.save_button, hide=True):
            self.report_combo.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for widget in (self.report_combo, self.print_button, self.save_button):
            head.addWidget(widget)
        self.message_label = QLabel()
        self.message_label.setObjectName("reportMessage")
        self.message_label.hide()
        self.revenue_stat = StatCard(self.tr("revenue won"), "reports")
        self.deals_stat = StatCard(self.tr("deals won"), "deals")
        self.check_stat = StatCard(self.tr("average check"), "reports")
        self.conversion_stat = StatCard(self.tr("conversion to won"), "deals")
        stats = QHBoxLayout()
        stats.setSpacing(16)
        for card in (self.revenue_stat, self.deals_stat, self.check_stat, self.conversion_stat):
            icon = card.findChild(QLabel, "statIcon")
            if icon is not None:  # four same-looking icons would only take the numbers' room
                icon.hide()
            stats.addWidget(card)
        self.funnel_card, self.revenue_card = FunnelCard(), RevenueCard()
        self.managers_card, self.channels_card = ManagersCard(), ChannelsCard()
        self.products_card, self.losses_card = ProductsCard(), LossesCard()
        self.tasks_card, self.first_sale_card = TasksCard(), FirstSaleCard()
        self.quiet_card = QuietClientsCard()
        grid = QGridLayout()
        grid.setSpacing(16)
        # tables with many or long columns get the whole width, so nothing is cut at 1280 px
        grid.addWidget(self.funnel_card, 0, 0, 1, 2)
        grid.addWidget(self.revenue_card, 1, 0)
        grid.addWidget(self.managers_card, 1, 1)
        grid.addWidget(self.channels_card, 2, 0, 1, 2)
        grid.addWidget(self.products_card, 3, 0, 1, 2)
        grid.addWidget(self.losses_card, 4, 0)
        grid.addWidget(self.first_sale_card, 4, 1)
        grid.addWidget(self.tasks_card, 5, 0, 1, 2)
        grid.addWidget(self.quiet_card, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(stats)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

    def tr_title(self, kind: ReportKind) -> str:
        return QCoreApplication.translate("Reports", TITLES[kind])

    # -- loading --------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.load_choices()

    def load_choices(self) -> None:
        """Read the pickers' lists, then every report."""
        reference = self._ctx.services.reference

        def work() -> tuple[Any, Any, Any]:
            return reference.pipelines(), reference.users(), reference.channels()

        def done(result: tuple[Any, Any, Any]) -> None:
            self.filter_bar.set_choices(*result)
            self.refresh()

        run(self._ctx.reads, self, work, done, self._failed, key="reports.choices")

    def refresh(self) -> None:
        self._pending = 0
        self._message(None)
        service, f = report_service(self._ctx), self.current_filter()
        self._load("funnel", lambda: service.funnel(f), self._show_funnel)
        self._load_revenue()
        self._load("managers", lambda: service.revenue_by_manager(f), self._show_managers)
        self._load("plan", lambda: service.plan_vs_fact(f), self.managers_card.show_plan)
        self._load("channels", lambda: service.revenue_by_channel(f),
                   self.channels_card.show_report)
        self._load("products", lambda: service.top_products(f, 15),
                   self.products_card.show_report)
        self._load("losses", lambda: service.loss_reasons(f), self.losses_card.show_report)
        self._load("tasks", lambda: service.task_discipline(f), self.tasks_card.show_report)
        self._load("first_sale", lambda: service.time_to_first_sale(f),
                   self.first_sale_card.show_report)
        self._load_quiet()

    def current_filter(self) -> ReportFilter:
        return self.filter_bar.current()

    def _load_revenue(self) -> None:
        service, f, grain = report_service(self._ctx), self.current_filter(), \
            self.revenue_card.grain()
        self._load("revenue", lambda: service.revenue_by_period(f, grain), self._show_revenue)

    def _load_quiet(self) -> None:
        service, f, days = report_service(self._ctx), self.current_filter(), \
            self.quiet_card.days_spin.value()
        self._load("quiet", lambda: service.not_contacted(f, days, SHOWN_CLIENTS),
                   self.quiet_card.show_report)

    def _load(self, name: str, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self._pending += 1

        def done(report: Any) -> None:
            show(report)
            self._finished()

        def failed(exc: Exception) -> None:
            self._failed(exc)
            self._finished()

        run(self._ctx.reads, self, work, done, failed, key=f"reports.{name}")

    def _finished(self) -> None:
        self._pending = max(self._pending - 1, 0)
        if self._pending == 0:
            self.sig_loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self._message(describe(exc))

    def _message(self, text: str | None, ok: bool = False) -> None:
        self.message_label.setText(text or "")
        self.message_label.setProperty("ok", ok)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setVisible(bool(text))

    # -- showing --------------------------------------------------------------------------------
    def _show_funnel(self, report: Any) -> None:
        self.funnel_card.show_report(report)
        first = next((s for s in report.stages if s.kind == "open"), None)
        self.conversion_stat.value_label.setText(fmt.percent(first.to_won if first else None))

    def _show_revenue(self, report: Any) -> None:
        self.revenue_card.show_report(report)
        self.revenue_stat.value_label.setText(fmt.money(report.revenue))
        self.deals_stat.value_label.setText(fmt.number(report.deals))
        self.check_stat.value_label.setText(fmt.money(report.average_check))

    def _show_managers(self, report: Any) -> None:
        self.managers_card.show_report(report)

    # -- drill-down and printing ----------------------------------------------------------------
    def show_stage_deals(self, stage_id: int) -> None:
        service, f = report_service(self._ctx), self.current_filter()
        self._drill(self.tr("Deals that reached the stage"),
                    lambda: service.stage_deals(f, stage_id))

    def show_manager_deals(self, manager_id: int | None) -> None:
        service, f = report_service(self._ctx), self.current_filter()
        self._drill(self.tr("Deals won by the manager"),
                    lambda: service.manager_deals(f, manager_id))

    def _drill(self, title: str, work: Callable[[], list[DealLine]]) -> None:
        dialog = DealListDialog(title, self)
        dialog.sig_open_deal_requested.connect(self._opener.open)
        self.dialog = dialog
        dialog.show()
        run(self._ctx.reads, dialog, work, dialog.show_deals,
            lambda exc: dialog.show_error(describe(exc)), key="reports.drill")

    def _pdf(self, action: Callable[..., None]) -> None:
        kind = ReportKind(self.report_combo.currentData())
        action(kind, self.current_filter(), self.revenue_card.grain(),
               self.quiet_card.days_spin.value())
