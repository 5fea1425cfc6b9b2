"""The app's stylesheet alone gives every drop-down, date picker and number box the look of the
line edits beside them (same height) and the app's chevrons, wherever they stand: no window or
panel styles its own pickers."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from crm_desktop.ui import theme
from tests.ui_look import russian

__all__ = ["russian"]  # a fixture the tests below use


def _popup_date() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    return edit


def _combo(sheet: str = "") -> QComboBox:
    combo = QComboBox()
    combo.addItem("Все каналы")
    combo.setStyleSheet(sheet)
    combo.resize(180, 31)
    return combo


def _grab(qtbot, widget: QWidget) -> QImage:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def test_pickers_are_as_tall_as_a_line_edit(qtbot, russian):
    row = QWidget()
    layout = QHBoxLayout(row)
    line = QLineEdit("ООО Ромашка")
    pickers = [_combo(), _popup_date(), QDateEdit(), QDateTimeEdit(), QSpinBox(),
               QDoubleSpinBox()]
    editable = _combo()
    editable.setEditable(True)
    pickers.append(editable)
    for widget in (line, *pickers):
        layout.addWidget(widget)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    for picker in pickers:
        assert picker.height() == line.height(), type(picker).__name__


def test_a_drop_down_shows_the_apps_chevron(qtbot, russian):
    chevron = (theme.RESOURCES / "icons" / "chevron-down.svg").as_posix()
    shown = _grab(qtbot, _combo())
    assert shown == _grab(qtbot, _combo(f"QComboBox::down-arrow {{ image: url({chevron}); }}"))
    assert shown != _grab(qtbot, _combo("QComboBox::down-arrow { image: none; }"))


def test_a_drop_down_in_a_table_cell_keeps_the_rows_height(qtbot, russian):
    table = QTableWidget(1, 1)
    combo = _combo()
    table.setCellWidget(0, 0, combo)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    assert combo.height() <= table.rowHeight(0)
    assert combo.sizeHint().height() < QLineEdit().sizeHint().height()
