"""Page headers at a laptop's and a desktop's width: no button is cut, long numbers end in
"…" instead."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from crm_desktop.ui.pages import ElidedLabel
from tests.test_ui_settings_page import open_window, runners  # noqa: F401 - fixture
from tests.ui_look import russian

__all__ = ["russian"]  # a fixture the tests below use


def test_a_long_label_ends_in_an_ellipsis_with_the_text_in_its_tooltip(qtbot):
    label = ElidedLabel("550 сделок в работе · 41 787 196 ₽")
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() == 0
    label.resize(90, 20)
    label.grab()  # paints
    assert label.toolTip() == label.text() == "550 сделок в работе · 41 787 196 ₽"
    label.resize(600, 20)
    label.grab()
    assert label.toolTip() == ""


def not_cut(button: QPushButton) -> bool:
    return button.width() >= button.sizeHint().width()



def test_the_clients_header_keeps_every_button_whole(qtbot, runners, sqlite_url,  # noqa: F811
                                                     russian):
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    window.show_section("clients")
    page = window.clients_page
    buttons = [page.import_button, page.export_button, page.save_segment_button,
               page.feed_button, page.new_button]
    # the Russian names are longer: on a narrow screen two buttons keep only their icons
    window.resize(1180, 800)
    qtbot.waitUntil(lambda: page.save_segment_button.text() == "")
    qtbot.waitUntil(lambda: all(not_cut(b) for b in buttons if b.isVisible()))
    assert page.save_segment_button.toolTip() == "Сохранить как сегмент…"
    assert page.feed_button.text() == "" and page.feed_button.toolTip() == "Лента"

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.save_segment_button.text() == "Сохранить как сегмент…")
    assert page.feed_button.text() == "Лента"
    qtbot.waitUntil(lambda: all(not_cut(b) for b in buttons if b.isVisible()))
    runners.wait()
