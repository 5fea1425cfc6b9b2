"""QtCharts views of the reports: horizontal bars (funnel, managers; a bar click asks for the
deals behind it), columns over time (revenue) and a pie (loss reasons)."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QWidget

ACCENT = QColor("#2f5bea")
PALETTE = ["#2f5bea", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777",
           "#65a30d", "#ea580c", "#64748b"]


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 14, 0))  # room for the last value label
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `top`: steps of 1, 2, 2.5 or 5 times a power of 10."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if step < 1:
        step = 1.0  # counts and roubles: no fractional ticks
    return [float(i * step) for i in range(math.ceil(top / step - 1e-9) + 1)]


def value_axis(values: Sequence[float], text: Callable[[float], str]) -> QCategoryAxis:
    """A value axis whose tick labels are `text(tick)` (e.g. «5 млн ₽»), not printf numbers."""
    ticks = nice_ticks(max(values, default=0.0))
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    for tick in ticks:
        axis.append(text(tick), tick)
    axis.setRange(0, ticks[-1])
    return axis


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

    def show_values(self, labels: Sequence[str], values: Sequence[float],
                    value_text: Callable[[float], str] = lambda v: f"{v:,.0f}".replace(
                        ",", "\u202f")) -> None:
        """Bars for `values`; the value axis labels its ticks with `value_text`."""
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
        values_axis = value_axis([float(v) for v in values], value_text)
        for axis in (categories, values_axis):
            _small(axis)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        category_side, value_side = (left, bottom) if self._horizontal else (bottom, left)
        chart.addAxis(categories, category_side)
        chart.addAxis(values_axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(values_axis)

    def bar_count(self) -> int:
        return self._count


class PieChartView(QChartView):
    """A ring of shares; the legend is a separate widget (`legend`) so long names wrap."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self.legend = QLabel()
        self.legend.setObjectName("pieLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.45)
        total = sum(values) or 1.0
        lines = []
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            text = f"{label} — {100 * value / total:.0f}%"
            piece = series.append(text, float(value))
            colour = PALETTE[i % len(PALETTE)]
            piece.setColor(QColor(colour))
            piece.setBorderColor(QColor("#ffffff"))
            lines.append(f'<span style="color:{colour}; font-size:13pt">●</span>&nbsp;'
                         f"{html.escape(text)}")
        chart.addSeries(series)
        self.legend.setText("<br>".join(lines))
