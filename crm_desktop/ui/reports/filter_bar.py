"""The dashboard's filters: period (presets or two dates), pipeline, manager, channel; they
wrap to a second line when the window is narrow."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QWidget

from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.services.reports import ReportFilter
from crm_desktop.ui.reports.flow_layout import FlowLayout

PRESETS = ("this_month", "last_month", "this_quarter", "this_year", "last_30_days",
           "last_12_months", "custom")


def period_of(preset: str, today: date) -> tuple[date, date]:
    """The dates of a preset period (inclusive)."""
    if preset == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "this_quarter":
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return first, today
    if preset == "this_year":
        return date(today.year, 1, 1), today
    if preset == "last_30_days":
        return today - timedelta(days=29), today
    if preset == "last_12_months":
        start = date(today.year - 1, today.month, 1)
        return (date(today.year, 1, 1) if today.month == 12 else
                date(start.year, start.month + 1, 1)), today
    return today.replace(day=1), today


def _group(*widgets: QWidget) -> QWidget:
    """Widgets that stay on one line when the bar wraps (a caption and its picker)."""
    group = QWidget()
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    return group


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportFilterBar(QFrame):
    sig_filter_changed = Signal(object)
    """The user changed a filter; the argument is the new ReportFilter."""

    def __init__(self, today: date, utc_offset_minutes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilterBar")
        self._today, self._offset = today, utc_offset_minutes
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("reportPeriod")
        labels = (self.tr("This month"), self.tr("Last month"), self.tr("This quarter"),
                  self.tr("This year"), self.tr("Last 30 days"), self.tr("Last 12 months"),
                  self.tr("Custom period"))
        for key, label in zip(PRESETS, labels, strict=True):
            self.period_combo.addItem(label, key)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("reportPipeline")
        self.manager_combo = QComboBox()
        self.manager_combo.setObjectName("reportManager")
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("reportChannel")
        period = _group(QLabel(self.tr("Period")), self.period_combo, self.from_edit,
                        QLabel("—"), self.to_edit)
        layout = FlowLayout(self, spacing=20, row_spacing=10)
        layout.addWidget(period)
        for caption, combo in ((self.tr("Pipeline"), self.pipeline_combo),
                               (self.tr("Manager"), self.manager_combo),
                               (self.tr("Channel"), self.channel_combo)):
            combo.setMinimumWidth(170)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(_group(QLabel(caption), combo))
        self._set_dates(*period_of("this_month", today))
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_date_edited)
        for combo in (self.pipeline_combo, self.manager_combo, self.channel_combo):
            combo.currentIndexChanged.connect(lambda _i: self._emit())

    def set_choices(self, pipelines: list[PipelineOption], managers: list[Option],
                    channels: list[Option]) -> None:
        """Fill the pickers; with all pipelines the funnel shows the busiest one."""
        for combo, options, everything in (
                (self.pipeline_combo, pipelines, self.tr("All pipelines")),
                (self.manager_combo, managers, self.tr("All managers")),
                (self.channel_combo, channels, self.tr("All channels"))):
            combo.blockSignals(True)
            combo.clear()
            if everything is not None:
                combo.addItem(everything, None)
            for option in options:
                combo.addItem(option.name, option.id)
            combo.blockSignals(False)

    def current(self) -> ReportFilter:
        return ReportFilter(_to_date(self.from_edit.date()), _to_date(self.to_edit.date()),
                            self.pipeline_combo.currentData(), self.manager_combo.currentData(),
                            self.channel_combo.currentData(), self._offset)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _on_period_combo_changed(self, _index: int) -> None:
        preset = self.period_combo.currentData()
        if preset != "custom":
            self._set_dates(*period_of(preset, self._today))
        self._emit()

    def _on_date_edited(self, _value: QDate) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(PRESETS.index("custom"))
        self.period_combo.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.sig_filter_changed.emit(self.current())
