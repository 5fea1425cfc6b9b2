"""The Reports page's layout: money on the chart axes, round ticks, a filter bar that wraps,
no sideways scrolling at 1280 px."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QLocale

from crm_desktop.ui.reports import format as fmt
from crm_desktop.ui.reports.charts import BarChartView, nice_ticks
from crm_desktop.ui.reports.filter_bar import ReportFilterBar
from tests.test_ui_reports import office, open_page, runners  # noqa: F401 - fixtures


@pytest.fixture
def russian():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("top", "ticks"), [
    (7054410, [0, 2e6, 4e6, 6e6, 8e6]),
    (122, [0, 25, 50, 75, 100, 125]),
    (3, [0, 1, 2, 3]),
    (0, [0, 1]),
])
def test_ticks_are_round_numbers_from_zero(top, ticks):
    assert nice_ticks(top) == ticks


def test_short_money_for_axes(russian):
    assert fmt.money_short(0) == "0\u00a0₽"
    assert fmt.money_short(950) == "950\u00a0₽"
    assert fmt.money_short(15_000) == "15 k ₽"
    assert fmt.money_short(5_300_000) == "5,3 M ₽"
    assert fmt.money_short(7_000_000) == "7 M ₽"
    assert fmt.money_short(1_200_000_000) == "1,2 bn ₽"


def test_month_columns_say_the_month(russian):
    assert fmt.period(date(2026, 11, 2), "week") == "02.11"
    assert fmt.period(date(2026, 11, 1), "month").endswith("2026")
    assert not fmt.period(date(2026, 11, 1), "month").startswith("01")


def test_the_revenue_axis_shows_roubles_not_raw_numbers(qtbot, russian):
    chart = BarChartView("revenueChart", horizontal=False)
    qtbot.addWidget(chart)
    chart.show_values(["02.11", "09.11"], [3_527_205.0, 7_054_410.0], fmt.money_short)
    axis = next(a for a in chart.chart().axes() if isinstance(a, QCategoryAxis))
    assert axis.categoriesLabels() == ["0\u00a0₽", "2 M ₽", "4 M ₽", "6 M ₽", "8 M ₽"]
    assert axis.max() == 8e6


def test_the_filter_bar_wraps_when_narrow(qtbot):
    bar = ReportFilterBar(date(2026, 11, 26), 180)
    qtbot.addWidget(bar)
    one_row = bar.heightForWidth(2000)
    assert bar.heightForWidth(600) > one_row * 2
    bar.resize(600, bar.heightForWidth(600))
    bar.show()
    qtbot.waitExposed(bar)
    def top(widget):
        return widget.mapTo(bar, widget.rect().topLeft()).y()

    assert top(bar.channel_combo) > top(bar.period_combo)
    for widget in (bar.period_combo, bar.to_edit, bar.channel_combo):
        assert widget.mapTo(bar, widget.rect().topRight()).x() <= 600


def test_no_sideways_scrolling_at_a_laptop_width(qtbot, office, runners):  # noqa: F811
    page, _opener = open_page(qtbot, office, runners)
    page.resize(1280 - 224, 740)
    qtbot.waitUntil(lambda: page.widget().width() <= page.viewport().width())
    assert page.horizontalScrollBar().maximum() == 0
    funnel = page.funnel_card.table
    assert funnel.horizontalScrollBar().maximum() == 0
    assert funnel.columnWidth(0) >= funnel.fontMetrics().horizontalAdvance("Квалификация")
