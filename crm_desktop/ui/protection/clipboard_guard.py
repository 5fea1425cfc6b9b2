"""Keeps the client base out of the clipboard for roles without the copy right.

Three layers, because no single one closes every path: copy shortcuts (Ctrl+C, Ctrl+Insert,
Ctrl+X, Shift+Delete) are swallowed by an application event filter; "Copy" entries of context
menus are disabled as the menu opens; and whatever still reaches the clipboard from this
application (a custom copy action, a path we did not foresee) is cleared at once. Text drags
out of line edits and item views that would carry plain text are switched off as the widgets
are polished, labels lose their text selection (links still work), and a press inside the
selection of a text edit collapses it, so the selected text can never be dragged out.
"""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from crm_desktop.services.actor import Actor, Permission

log = logging.getLogger(__name__)

NOTICE_MS = 4000
# objectNames Qt gives the copy entries of the standard text context menus
COPY_ACTION_NAMES = frozenset({"edit-copy", "edit-cut", "link-copy"})
TEXT_MIME_TYPES = frozenset({"text/plain", "text/html", "text/csv", "text/uri-list"})
WindowT = TypeVar("WindowT", bound=QMainWindow)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_SELECTING = Qt.TextInteractionFlag.TextSelectableByMouse | \
    Qt.TextInteractionFlag.TextSelectableByKeyboard


def is_copy_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    return (key == Qt.Key.Key_Insert and mods == Qt.KeyboardModifier.ControlModifier) or (
        key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.ShiftModifier)


class ClipboardGuard(QObject):
    """Installed once for the session of a user whose role may not copy; lives as long as
    `window` (its parent). Qt drops the event filter when the guard is destroyed."""

    sig_copy_blocked = Signal(str)
    """Something tried to copy; the argument is the notice shown to the user."""

    def __init__(self, window: QMainWindow | None = None) -> None:
        super().__init__(window)
        self.setObjectName("clipboardGuard")
        self._window = window
        self._clearing = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        app.installEventFilter(self)
        app.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    def notice_text(self) -> str:
        return QCoreApplication.translate("Protection", "Copying is not allowed for your role")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and is_copy_key(event):
            if kind == QEvent.Type.KeyPress:
                self._notify()
            else:
                event.accept()  # keep the key away from QAction shortcuts; KeyPress is eaten
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QMenu):
            self._disable_copy_actions(watched)
        elif kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            self._disable_text_drag(watched)
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._collapse_pressed_selection(watched, event)
        return False

    def _disable_copy_actions(self, menu: QMenu) -> None:
        for action in menu.actions():
            exact = QKeySequence.SequenceMatch.ExactMatch
            copying = action.objectName() in COPY_ACTION_NAMES or any(
                action.shortcut().matches(QKeySequence(key)) == exact
                for key in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut))
            if copying:
                action.setEnabled(False)

    @staticmethod
    def _disable_text_drag(widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.setDragEnabled(False)
        elif isinstance(widget, QLabel):
            flags = widget.textInteractionFlags()
            if flags & _SELECTING:
                widget.setTextInteractionFlags(flags & ~_SELECTING)
        elif isinstance(widget, QAbstractItemView) and widget.dragEnabled():
            model = widget.model()
            if model is not None and TEXT_MIME_TYPES & set(model.mimeTypes()):
                widget.setDragEnabled(False)

    @staticmethod
    def _collapse_pressed_selection(watched: QObject, event: QMouseEvent) -> None:
        """A text edit starts a drag when the press lands on selected text: drop the selection
        first, so the press only places the cursor."""
        if event.button() != Qt.MouseButton.LeftButton or not isinstance(watched, QWidget):
            return
        editor = watched.parentWidget()
        if not isinstance(editor, QTextEdit | QPlainTextEdit) or editor.viewport() is not watched:
            return
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            return
        position = editor.cursorForPosition(event.position().toPoint()).position()
        if cursor.selectionStart() <= position <= cursor.selectionEnd():
            cursor.clearSelection()
            editor.setTextCursor(cursor)

    def _on_clipboard_data_changed(self) -> None:
        clipboard = self._app.clipboard()
        if self._clearing:
            return
        data = clipboard.mimeData()
        if data is None or not data.formats():
            return
        # ownsClipboard() is not reported on every platform (offscreen, some X11 setups);
        # a change while one of our windows is active is ours too
        ours = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            or self._app.activeWindow() is not None or self._app.focusWidget() is not None)
        if not ours:
            return
        self._clearing = True
        try:
            clipboard.clear()
        finally:
            self._clearing = False
        log.info("clipboard cleared: the role may not copy")
        self._notify()

    def _notify(self) -> None:
        text = self.notice_text()
        if self._window is not None:
            self._window.statusBar().showMessage(text, NOTICE_MS)
        focus = self._app.focusWidget()
        if focus is not None:
            QToolTip.showText(QCursor.pos(), text, focus, focus.rect(), NOTICE_MS)
        self.sig_copy_blocked.emit(text)


def install_clipboard_guard(window: QMainWindow, actor: Actor) -> ClipboardGuard | None:
    """The guard for this session if the role may not copy (kept alive by `window`)."""
    if actor.can(Permission.COPY):
        return None
    return ClipboardGuard(window)


def guarded(window: WindowT, actor: Actor) -> WindowT:
    """`window`, with the clipboard guard installed when the role may not copy."""
    install_clipboard_guard(window, actor)
    return window
