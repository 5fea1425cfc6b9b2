"""Keyboard focus order checks: the widgets Tab visits, in order, against where they sit on screen.

`tab_stops(top)` follows `nextInFocusChain()` the way Qt's Tab does: it keeps widgets that
accept Tab focus, are enabled, visible inside `top` and have no focus proxy (a picker made of
several widgets is one stop, its proxy). `assert_reading_order(top)` compares that order with
the reading order (no stop keeps Tab to itself, as a multi-line editor does by default):
rows by y (within half a text line), then x, block by block (a form's
sections and line-item rows are read one after the other).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class Stop:
    """One widget Tab stops at, with its top-left corner in `top`'s coordinates."""

    widget: QWidget
    x: int
    y: int

    def describe(self) -> str:
        w = self.widget
        name = w.objectName() or type(w).__name__
        text = ""
        if isinstance(w, QAbstractButton | QLabel):
            text = w.text()
        elif isinstance(w, QLineEdit):
            text = w.placeholderText()
        label = f" {text!r}" if text else ""
        return f"{name}{label} at ({self.x}, {self.y})"


def _unchecked_radio(widget: QWidget) -> bool:
    """An exclusive radio button whose group has another one checked: Tab goes to that one
    (arrow keys move within the group)."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        partners = group.buttons()
    elif widget.autoExclusive() and widget.parentWidget() is not None:
        partners = [b for b in widget.parentWidget().findChildren(QRadioButton)
                    if b.parentWidget() is widget.parentWidget() and b.autoExclusive()]
    else:
        return False
    return any(b.isChecked() for b in partners)


def takes_tab(widget: QWidget, top: QWidget) -> bool:
    """True if Tab can stop at `widget` inside `top` (as QApplication's focus helper decides)."""
    return (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus \
        and widget.focusProxy() is None \
        and widget.isEnabled() \
        and widget.isVisibleTo(top) \
        and top.isAncestorOf(widget) \
        and not _unchecked_radio(widget)


def tab_stops(top: QWidget) -> list[Stop]:
    """The widgets Tab visits inside `top`, from the first one on, in focus-chain order."""
    stops: list[Stop] = []
    seen: set[int] = set()
    widget = top.nextInFocusChain()
    while widget is not top and id(widget) not in seen:
        seen.add(id(widget))
        if takes_tab(widget, top):
            corner = widget.mapTo(top, QPoint(0, 0))
            stops.append(Stop(widget, corner.x(), corner.y()))
        widget = widget.nextInFocusChain()
    return stops


def row_tolerance(top: QWidget) -> int:
    """Half a line of text: tops closer than this are in one row."""
    return max(4, top.fontMetrics().height() // 2)


def _rows(items: list[tuple[QWidget, QPoint]], tolerance: int) -> list[QWidget]:
    """`items` in reading order: rows by y (a row starts at its highest item), then x."""
    rows: list[list[tuple[QWidget, QPoint]]] = []
    for item in sorted(items, key=lambda i: (i[1].y(), i[1].x())):
        if rows and item[1].y() - rows[-1][0][1].y() <= tolerance:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [widget for row in rows for widget, _ in sorted(row, key=lambda i: i[1].x())]


def reading_sorted(top: QWidget, stops: list[Stop], tolerance: int) -> list[Stop]:
    """`stops` in reading order, level by level: the blocks inside `top` (sections, panels,
    line-item rows) in rows by y then x, then each block's own widgets the same way. For a
    flat form this is simply rows by y, then x; a two-column form reads panel by panel."""
    by_widget = {id(s.widget): s for s in stops}
    children: dict[int, list[QWidget]] = {}
    for stop in stops:
        child: QWidget = stop.widget
        parent = child.parentWidget()
        while parent is not None:
            siblings = children.setdefault(id(parent), [])
            if all(s is not child for s in siblings):
                siblings.append(child)
            if parent is top:
                break
            child, parent = parent, parent.parentWidget()

    def walk(container: QWidget) -> list[Stop]:
        inside = [(w, w.mapTo(top, QPoint(0, 0))) for w in children.get(id(container), [])]
        result: list[Stop] = []
        for widget in _rows(inside, tolerance):
            if id(widget) in by_widget:
                result.append(by_widget[id(widget)])
            result.extend(walk(widget))
        return result

    return walk(top)


def order_problems(top: QWidget) -> list[str]:
    """Empty when Tab follows the reading order; else both orders, for the failure message."""
    stops = tab_stops(top)
    decorative = [s for s in stops if isinstance(s.widget, QScrollArea)
                  or type(s.widget) in (QWidget, QFrame, QLabel)]
    if decorative:
        return ["Tab stops at containers or decoration:",
                *(f"  {s.describe()}" for s in decorative)]
    traps = [s for s in stops if isinstance(s.widget, QPlainTextEdit | QTextEdit)
             and not s.widget.isReadOnly() and not s.widget.tabChangesFocus()]
    if traps:  # Tab would type a tab character there and never reach the Save button
        return ["Tab is kept by (setTabChangesFocus(True) lets it move on):",
                *(f"  {s.describe()}" for s in traps)]
    expected = reading_sorted(top, stops, row_tolerance(top))
    if [s.widget for s in stops] == [s.widget for s in expected]:
        return []
    return ["Tab order:", *(f"  {s.describe()}" for s in stops),
            "reading order:", *(f"  {s.describe()}" for s in expected)]


def assert_reading_order(top: QWidget, *, press_tab: bool = True) -> list[QWidget]:
    """Lay `top` out, check its Tab order against the reading order and, with `press_tab`,
    that pressing Tab really walks it; returns the stops."""
    top.show()
    QApplication.processEvents()
    problems = order_problems(top)
    assert not problems, "\n".join(problems)
    stops = [s.widget for s in tab_stops(top)]
    if press_tab and len(stops) > 1:
        window = top.window()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window), "the window did not become active"
        assert_tab_walks(top, stops)
    return stops


def assert_no_stop_at(top: QWidget, *widgets: QWidget) -> None:
    """None of `widgets` (decorative or hidden ones) is a Tab stop of `top`."""
    stops = {id(s.widget) for s in tab_stops(top)}
    for widget in widgets:
        assert id(widget) not in stops, f"Tab stops at {widget.objectName() or widget}"


def assert_tab_walks(top: QWidget, stops: list[QWidget]) -> None:
    """Pressing Tab from the first stop visits `stops` in order (a real key, not the chain);
    in a date edit Tab first steps through its sections, as Qt does."""
    top.activateWindow()
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    for expected in stops[1:]:
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        for _section in range(8):  # a date edit's Tab walks its day, month, year… first
            if focused is not current or not isinstance(current, QDateTimeEdit):
                break
            QTest.keyClick(current, Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
        assert focused is expected, \
            f"Tab from {Stop(current, 0, 0).describe()} went to {focused}, not {expected}"
