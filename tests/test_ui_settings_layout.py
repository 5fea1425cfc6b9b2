"""Settings at an office laptop's size (1280×800, 1366×768): no panel scrolls sideways, tables
elide instead of cutting, a disabled primary button looks disabled, the bell's badge leaves
the bell visible."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QTabWidget, QWidget

from crm_desktop.ui import theme
from crm_desktop.ui.notifications.bell import BellButton
from crm_desktop.ui.notifications.center import Notification, NotificationCenter
from crm_desktop.ui.settings.card_flow import CardFlow
from tests.test_ui_page_headers import russian  # noqa: F401 - fixture
from tests.test_ui_settings_page import open_window, runners  # noqa: F401 - fixture

SIZES = [(1280, 800), (1366, 768)]


def fits(area: QScrollArea, panel: QWidget) -> bool:
    """Nothing scrolls sideways and no shown button is narrower than its text."""
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisible()]
    return (area.horizontalScrollBar().maximum() == 0
            and panel.minimumSizeHint().width() <= area.viewport().width()
            and all(b.width() >= b.sizeHint().width() for b in buttons))


@pytest.mark.parametrize("size", SIZES)
def test_no_settings_panel_scrolls_sideways(qtbot, runners, sqlite_url,  # noqa: F811
                                            russian, size):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    window.resize(*size)
    page = window.settings_page
    checked = []
    for row in range(page.sections.count()):
        page.sections.setCurrentRow(row)
        panel, area = page.panel(row), page.stack.currentWidget()
        assert isinstance(area, QScrollArea)
        tabs = panel.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda a=area, p=panel: fits(a, p))
            checked.append(panel.objectName())
    assert {"pipelinesSettings", "securitySettings", "usersRolesSettings",
            "salesSettings"} <= set(checked)
    runners.wait()


def test_protection_cards_stand_one_under_another_at_1280(qtbot, runners,  # noqa: F811
                                                          sqlite_url, russian):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    page = window.settings_page
    assert page.show_panel("securitySettings")
    panel = page.current_panel()
    cards = [c for c in panel.findChildren(QFrame, "settingsCard")]
    assert len(cards) == 3
    qtbot.waitUntil(lambda: cards[1].geometry().top() > cards[0].geometry().bottom())
    assert len({c.geometry().left() for c in cards}) == 1
    edits = panel.edits  # type: ignore[attr-defined]
    lefts = {e.mapTo(panel, e.rect().topLeft()).x() for e in edits.values()}
    assert len(lefts) == 1  # every number starts on one line
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: cards[1].geometry().top() == cards[0].geometry().top())
    runners.wait()


def test_the_roles_matrix_and_the_audit_filters_fit(qtbot, runners,  # noqa: F811
                                                    sqlite_url, russian):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    page = window.settings_page
    assert page.show_panel("usersRolesSettings")
    panel = page.current_panel()
    panel.tabs.setCurrentWidget(panel.roles)  # type: ignore[attr-defined]
    table = panel.roles.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.rowCount() >= 4)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    panel.tabs.setCurrentWidget(panel.audit)  # type: ignore[attr-defined]
    filters = panel.audit.filters  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: filters.width() > 0 and filters.isVisible())
    right = filters.width()
    for widget in (filters.user_combo, filters.action_combo, filters.period_combo,
                   filters.client_picker, filters.clear_client):
        qtbot.waitUntil(lambda w=widget: w.mapTo(filters, w.rect().topRight()).x() <= right)
    runners.wait()


def test_sales_tables_show_whole_names(qtbot, runners, sqlite_url, russian):  # noqa: F811
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    page = window.settings_page
    assert page.show_panel("salesSettings")
    panel = page.current_panel()
    for table in (panel.spend_table, panel.targets_table):  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda t=table: t.rowCount() > 0)
        qtbot.waitUntil(lambda t=table: t.horizontalScrollBar().maximum() == 0)
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            assert item.toolTip() == item.text()
            assert metrics.horizontalAdvance(item.text()) + 12 <= table.columnWidth(0)
        assert table.verticalScrollBar().maximum() == 0  # every row shown
    runners.wait()


def _center_color(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 3)


def test_a_disabled_primary_button_looks_disabled(qtbot, qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(theme.stylesheet())
    try:
        buttons = {}
        for name, enabled in (("enabled", True), ("disabled", False)):
            button = QPushButton("Сохранить")
            button.setObjectName("primaryButton")
            button.setEnabled(enabled)
            button.resize(160, 34)
            qtbot.addWidget(button)
            buttons[name] = button
        enabled_color = _center_color(buttons["enabled"])
        disabled_color = _center_color(buttons["disabled"])
        assert enabled_color.name() == "#2f5bea"
        assert disabled_color != enabled_color
        assert disabled_color.lightness() > enabled_color.lightness() + 40  # visibly paler
    finally:
        qapp.setStyleSheet(before)


def _ink(image: QImage) -> QRect:
    """The bounding box of the drawn (non-white, non-transparent) pixels."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() > 40 and color.lightness() < 235:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


@pytest.mark.parametrize("unread", [1, 23, 150])
def test_the_unread_badge_leaves_the_bell_visible(qtbot, unread):
    host = QWidget()
    host.setStyleSheet("background: #ffffff;")
    qtbot.addWidget(host)
    center = NotificationCenter(host)
    bell = BellButton(center, host)
    bell.move(0, 0)
    host.resize(bell.size())
    host.show()
    qtbot.waitExposed(host)
    glyph = _ink(bell.grab().toImage())  # no badge yet: only the bell is drawn
    for index in range(unread):
        center.add(Notification(index, "t", "x", datetime(2026, 11, 26, 9, 0), False))
    assert bell.badge.isVisible()
    badge = bell.badge.geometry()
    assert bell.rect().contains(badge)
    overlap = badge.intersected(glyph)
    allowed = 0 if unread < 100 else glyph.width() // 4  # "99+" may touch the bell's edge
    assert overlap.width() <= allowed


class _Box(QLabel):
    def __init__(self) -> None:
        super().__init__("x")
        self.setMinimumSize(100, 40)


def test_card_flow_wraps_into_balanced_columns(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = CardFlow(host, column_width=300, spacing=10, balanced=True)
    boxes = [_Box() for _ in range(3)]
    for box in boxes:
        flow.addWidget(box)
    assert flow.columns(1000) == 3
    assert flow.columns(700) == 1  # never 2 + 1
    assert flow.minimumSize().width() == 100
    assert flow.heightForWidth(700) > 2 * flow.heightForWidth(1000)
    host.resize(700, flow.heightForWidth(700))
    host.show()
    qtbot.waitExposed(host)
    assert {b.geometry().left() for b in boxes} == {0}
    assert all(b.geometry().width() == 700 for b in boxes)
    other = QWidget()
    qtbot.addWidget(other)
    free = CardFlow(other, column_width=300, spacing=10)
    for _ in range(3):
        free.addWidget(_Box())
    assert free.columns(700) == 2
    assert Qt.Orientation.Horizontal in free.expandingDirections()
