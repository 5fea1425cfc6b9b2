"""The Reports page driven through its widgets: the reports arrive off the GUI thread, the
funnel shows the hand-computed figures, a funnel stage and a manager's bar open the deals
behind them (double-click opens the deal card), Save PDF writes an audited PDF, and a role
without the print right sees no print buttons."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.opener_link import MissingDealOpener
from crm_desktop.ui.reports.page import ReportsPage
from crm_desktop.ui.tasks import make_runners
from tests.factories import make_world
from tests.test_report_support import MOMENT, build_office
from tests.test_ui_reports_support import reports_bundle


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    yield build_office(make_world(engine))
    engine.dispose()


@pytest.fixture
def runners(qapp):
    result = make_runners()
    yield result
    result.wait()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def open_page(qtbot, office, runners, actor=None) -> tuple[ReportsPage, MissingDealOpener]:
    actor = actor or office.gleb
    ctx = UiContext(reports_bundle(office.world.engine, office.world.sessions, actor,
                                   lambda: MOMENT), runners.reads, runners.writes)
    opener = MissingDealOpener()
    page = ReportsPage(ctx, opener, today=lambda: date(2026, 11, 26))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.show()
    bar = page.filter_bar
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        bar.pipeline_combo.setCurrentIndex(bar.pipeline_combo.findData(office.pipeline_id))
    return page, opener


def test_the_funnel_and_revenue_arrive_with_the_figures(qtbot, office, runners):
    page, _opener = open_page(qtbot, office, runners)
    table = page.funnel_card.table
    assert table.texts(0) == ["Квалификация", "Переговоры", "Выиграна", "Проиграна"]
    assert table.texts(2)[:3] == ["10", "6", "3"]
    assert page.funnel_card.chart.bar_count() == 3
    assert page.deals_stat.value_label.text() == "3"
    assert page.managers_card.chart.bar_count() == 2
    assert page.channels_card.table.rowCount() == 4


def test_an_empty_period_says_so(qtbot, office, runners):
    page, _opener = open_page(qtbot, office, runners)
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        page.filter_bar.from_edit.setDate(QDate(2020, 1, 1))
        page.filter_bar.to_edit.setDate(QDate(2020, 1, 31))
    assert page.funnel_card.empty_label.isVisibleTo(page)
    assert not page.funnel_card.body.isVisibleTo(page)


def test_a_funnel_stage_opens_its_deals_and_a_deal_its_card(qtbot, office, runners):
    page, opener = open_page(qtbot, office, runners)
    page.funnel_card.chart.sig_bar_clicked.emit(1)  # the second bar: Переговоры
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.table.rowCount() == 6,
                    timeout=5000)
    dialog = page.dialog
    assert dialog is not None
    first = dialog.table.item(0, 0)
    assert first is not None and first.text() == "Сделка d1"  # the biggest amount first
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert opener.requests == [office.deals["d1"]]


def test_a_managers_bar_opens_the_deals_they_won(qtbot, office, runners):
    page, _opener = open_page(qtbot, office, runners)
    page.managers_card.chart.sig_bar_clicked.emit(0)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.table.rowCount() == 2,
                    timeout=5000)
    assert page.dialog is not None
    assert page.dialog.table.texts(0) == ["Сделка d1", "Сделка d2"]


def test_save_pdf_writes_an_audited_pdf(qtbot, office, runners, tmp_path: Path):
    page, _opener = open_page(qtbot, office, runners)
    target = tmp_path / "funnel.pdf"
    page.output.choose_path = lambda _suggested: str(target)
    with qtbot.waitSignal(page.output.sig_done, timeout=10000):
        page.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    with office.world.sessions() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "report_print" in actions


def test_without_the_print_right_the_print_buttons_are_hidden(qtbot, office, runners):
    no_print = replace(office.gleb, permissions=frozenset(
        p for p in office.gleb.permissions if p.name != "PRINT"))
    page, _opener = open_page(qtbot, office, runners, no_print)
    assert not page.print_button.isVisibleTo(page)
    assert not page.save_button.isVisibleTo(page)
    assert page.funnel_card.table.rowCount() == 4
