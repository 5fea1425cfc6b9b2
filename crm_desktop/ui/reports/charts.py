"""QtCharts views of the reports: horizontal bars (funnel, managers; a bar click asks for the
deals behind it), columns over time (revenue) and a pie (loss reasons)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

ACCENT = QColor("#2f5bea")
PALETTE = ["#2f5bea", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777",
           "#65a30d", "#ea580c", "#64748b"]


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _small(axis: QBarCategoryAxis | QValueAxis) -> None:
    font = QFont()
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)
    axis.setGridLineColor(QColor("#eef0f3"))
    axis.setLinePen(QColor("#d5d9e0"))


class BarChartView(QChartView):
    """Bars with category labels; `sig_bar_clicked(index)` when a bar is clicked."""

    sig_bar_clicked = Signal(int)
    """A bar was clicked (its index in the values last shown)."""

    def __init__(self, object_name: str, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self._horizontal = horizontal
        self._count = 0

    def show_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._count = len(values)
        if not values:
            return
        bars = QBarSet("")
        bars.setColor(ACCENT)
        bars.setBorderColor(ACCENT)
        # horizontal bars are drawn bottom-up: reverse so the first row is on top
        order = list(reversed(range(len(values)))) if self._horizontal else list(range(len(values)))
        bars.append([float(values[i]) for i in order])
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        series.append(bars)
        series.setBarWidth(0.62)
        series.setLabelsVisible(False)
        bars.clicked.connect(lambda index: self.sig_bar_clicked.emit(order[index]))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([labels[i] for i in order])
        value_axis = QValueAxis()
        value_axis.setMin(0)
        value_axis.setLabelFormat("%.0f")
        value_axis.applyNiceNumbers()
        for axis in (categories, value_axis):
            _small(axis)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        category_side, value_side = (left, bottom) if self._horizontal else (bottom, left)
        chart.addAxis(categories, category_side)
        chart.addAxis(value_axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(value_axis)

    def bar_count(self) -> int:
        return self._count


class PieChartView(QChartView):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        legend = self.chart().legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)

    def show_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.45)
        total = sum(values) or 1.0
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            piece = series.append(f"{label} — {100 * value / total:.0f}%", float(value))
            piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
            piece.setBorderColor(QColor("#ffffff"))
        chart.addSeries(series)
