"""Roles without the copy right: every copy path through the widgets leaves the clipboard
empty (keys, context menu, item views, the application's own copy code); a head copies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import make_world
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
)
from ui_card_support import Office, close_windows, shut_down

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.protection.clipboard_guard import ClipboardGuard, install_clipboard_guard
from crm_desktop.ui.tasks import make_runners

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "Romashka 7707083893"


class TextDragModel(QStringListModel):
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return ["text/plain"]


@pytest.fixture(params=["manager", "head"])
def office(request, qapp, sqlite_url) -> Iterator[Office]:
    from crm_desktop.db import make_engine
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    actor = world.add_user("ivanova", request.param, team="Sales")
    runners = make_runners()
    bundle = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, actor))
    result = Office(world, actor, UiContext(bundle, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def main_window(qtbot, office) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.guard = install_clipboard_guard(window, office.actor)  # type: ignore[attr-defined]
    window.show()
    return window


@pytest.fixture
def card(qtbot, office, main_window):
    client_id = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    opener = ClientCardOpener(office.ctx, main_window)
    opener.open(client_id)
    window = opener.window(client_id)
    qtbot.waitUntil(lambda: window.card is not None, timeout=5000)
    yield window
    close_windows(opener)


@pytest.fixture
def clipboard(qapp):
    board = QApplication.clipboard()
    board.clear()
    return board


def may_copy(office: Office) -> bool:
    return office.actor.role_key == "head"


def editable_line(window) -> QLineEdit:
    edit = next(e for e in window.findChildren(QLineEdit)
                if e.isVisible() and e.isEnabled() and not e.isReadOnly())
    edit.clear()
    return edit


def test_select_all_and_ctrl_c_in_a_card(qtbot, office, main_window, card, clipboard):
    edit = editable_line(card)
    edit.setFocus()
    qtbot.keyClicks(edit, TYPED)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    assert edit.selectedText() == TYPED
    if may_copy(office):
        qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
        assert clipboard.text() == TYPED
        assert main_window.guard is None
        return
    guard: ClipboardGuard = main_window.guard
    with qtbot.waitSignal(guard.sig_copy_blocked, timeout=2000) as blocked:
        qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == ""
    assert blocked.args == [guard.notice_text()]
    assert main_window.statusBar().currentMessage() == blocked.args[0]
    for key, modifier in ((Qt.Key.Key_Insert, CTRL), (Qt.Key.Key_X, CTRL),
                          (Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)):
        qtbot.keyClick(edit, key, modifier)
        assert clipboard.text() == ""
    assert edit.text() == TYPED  # cut was refused, nothing lost


def test_context_menu_copy(qtbot, office, main_window, card, clipboard):
    edit = editable_line(card)
    qtbot.keyClicks(edit, TYPED)
    edit.selectAll()
    menu: QMenu = edit.createStandardContextMenu()
    qtbot.addWidget(menu)
    menu.popup(edit.mapToGlobal(edit.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    cut = next(a for a in menu.actions() if a.objectName() == "edit-cut")
    assert copy.isEnabled() == cut.isEnabled() == may_copy(office)
    copy.trigger()
    menu.close()
    assert clipboard.text() == (TYPED if may_copy(office) else "")


def test_item_view_copy_and_drag(qtbot, office, main_window, clipboard):
    view = QListView()
    model = TextDragModel(["ООО Ромашка", "АО Василёк"])
    view.setModel(model)
    view.setDragEnabled(True)
    main_window.setCentralWidget(view)
    view.setCurrentIndex(model.index(1, 0))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == ("АО Василёк" if may_copy(office) else "")
    assert view.dragEnabled() == may_copy(office)


def test_the_applications_own_copy_code_is_undone(qtbot, office, main_window, clipboard):
    main_window.activateWindow()
    main_window.setFocus()
    clipboard.setText("+7 495 123-45-67")
    assert clipboard.text() == ("+7 495 123-45-67" if may_copy(office) else "")


def test_card_labels_cannot_be_selected(qtbot, office, main_window, card):
    selecting = Qt.TextInteractionFlag.TextSelectableByMouse
    labels = [label for label in card.findChildren(QLabel) if label.text().strip()]
    assert any("Ромашка" in label.text() for label in labels)
    selectable = [label for label in labels if label.textInteractionFlags() & selecting]
    if may_copy(office):
        assert selectable  # the card offers its texts for selection to those who may copy
    else:
        assert selectable == []


def test_selected_text_cannot_be_dragged_out_of_a_text_edit(qtbot, office, main_window):
    editor = QPlainTextEdit()
    editor.setPlainText("Позвонить Иванову: +7 495 123-45-67")
    editor.setReadOnly(True)
    main_window.setCentralWidget(editor)
    qtbot.waitExposed(editor)
    editor.selectAll()
    inside = editor.cursorRect(editor.document().find("Иванову")).center()
    qtbot.mousePress(editor.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    # a drag starts only from a press on selected text; for a role without copy the press
    # drops the selection first
    assert editor.textCursor().hasSelection() == may_copy(office)
    qtbot.mouseRelease(editor.viewport(), Qt.MouseButton.LeftButton, pos=inside)
