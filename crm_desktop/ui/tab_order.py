"""Keeping Tab in reading order when widgets are added to a form after it was built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QWidget


class OptionalDateEdit(QDateEdit):
    """A date edit whose minimum date shows the special text ("no date"). Qt's Tab in a date
    edit walks its day, month and year first; on the special text it finds no section and
    keeps Tab forever, so there Tab moves on to the next field."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def _step(widget: QWidget, forward: bool) -> QWidget:
    following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return following if following is not None else widget  # the chain is a ring in practice


def _focusable(widgets: tuple[QWidget, ...]) -> list[QWidget]:
    """Each widget with the descendants that follow it in the focus chain, those that can take
    focus (Qt ignores `setTabOrder` for the others)."""
    result: list[QWidget] = []
    for widget in widgets:
        block, following = [widget], _step(widget, True)
        while following is not widget and widget.isAncestorOf(following):
            block.append(following)
            following = _step(following, True)
        result += [w for w in block if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return result


def _chain(previous: QWidget, widgets: list[QWidget]) -> None:
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def place_after(anchor: QWidget, *widgets: QWidget) -> None:
    """Put `widgets` (each with its children), in order, right after `anchor` in the Tab order."""
    _chain(anchor, _focusable(widgets))


def place_before(anchor: QWidget, *widgets: QWidget) -> None:
    """Put `widgets` (each with its children), in order, right before `anchor` in the Tab order.

    A widget added to a built form (a new line item, another phone) joins the end of the
    window's focus chain, after the Save button; rows shown above `anchor` belong before it.
    `anchor` may be a container that takes no focus itself (a stage bar holding its buttons).
    """
    moved = _focusable(widgets)
    if not moved:
        return
    top = anchor.window()
    previous = _step(anchor, False)
    while previous is not top and previous is not anchor \
            and (previous.focusPolicy() == Qt.FocusPolicy.NoFocus
                 or any(previous is w for w in moved)):
        previous = _step(previous, False)
    if previous is not top and previous is not anchor:
        _chain(previous, moved)
        return
    # nothing focusable comes before the anchor: the moved widgets lead and every other
    # focusable widget lines up again after them. Qt sees the chain as a ring and takes a move
    # across the window itself for a no-op, so the window takes focus while the moves are made.
    rest: list[QWidget] = []
    following, seen = _step(top, True), {id(top)}
    while id(following) not in seen:
        seen.add(id(following))
        if following.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and not any(following is w for w in moved):
            rest.append(following)
        following = _step(following, True)
    policy = top.focusPolicy()
    top.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        _chain(moved[0], [*moved[1:], *rest])
    finally:
        top.setFocusPolicy(policy)
