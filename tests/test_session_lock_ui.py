"""The session lock in the window (issue #6, point 7): idle minutes from an injected clock lock
the window, input postpones it, nothing reaches the covered window, a wrong password is shown
inline, the right one unlocks and brings back the card windows; installed at sign-in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import make_world
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QWidget
from ui_card_support import LEFT, Office, shut_down

from crm_desktop.app import build_main_window
from crm_desktop.db import make_engine
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.security_settings import SecuritySettingsService
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import Workspace, login
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.session_lock.alerts import AlertWatcher
from crm_desktop.ui.session_lock.session_lock import SessionLock
from crm_desktop.ui.tasks import make_runners

PASSWORD = "correct-horse"


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    UserService(world.sessions, system_actor()).add("ivanova", "Иванова Мария", "manager",
                                                   PASSWORD)
    workspace = login(sqlite_url, "ivanova", PASSWORD)
    runners = make_runners()
    ctx = UiContext(ServiceBundle.for_workspace(workspace), runners.reads, runners.writes)
    result = Office(world, workspace.actor, ctx, runners)
    yield result
    shut_down(result)
    workspace.close()
    engine.dispose()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def desk(qtbot, office):
    """A main window with a field and a shortcut, a card window beside it, and the lock."""
    window = QMainWindow()
    window.edit = QLineEdit()
    window.setCentralWidget(window.edit)
    window.searches = []
    QShortcut(QKeySequence("Ctrl+K"), window, lambda: window.searches.append(1))
    card = QWidget()
    card.setWindowTitle("card")
    qtbot.addWidget(window)
    qtbot.addWidget(card)
    window.resize(900, 600)
    window.show()
    card.show()
    clock = Clock()
    lock = SessionLock(window, office.ctx, clock=clock, interval_ms=60_000)
    lock.set_minutes(15)
    qtbot.waitExposed(window)
    yield window, card, lock, clock
    window.close()


def test_a_lock_left_behind_blocks_no_other_window(qtbot, desk):
    window, _card, lock, _clock = desk
    lock.lock()
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClicks(other, "ok")
    assert other.text() == "ok"
    window.hide()
    qtbot.keyClicks(window.edit, "x")
    assert window.edit.text() == "x", "a closed window's lock is no lock"


def test_idle_minutes_lock_the_window_and_input_postpones_it(qtbot, desk):
    window, card, lock, clock = desk
    clock.advance(14)
    assert not lock.idle.check() and not lock.locked
    qtbot.keyClick(window.edit, Qt.Key.Key_A)
    clock.advance(14)
    assert not lock.idle.check(), "typing started the 15 minutes again"
    qtbot.mouseMove(window.edit)
    clock.advance(14.9)
    lock.idle.check()
    assert not lock.locked
    with qtbot.waitSignal(lock.sig_locked, timeout=1000):
        clock.advance(0.2)
        lock.idle.check()
    assert lock.screen.isVisible() and lock.screen.geometry() == window.rect()
    assert not card.isVisible(), "card windows are hidden while locked"
    assert lock.screen.name_label.text() == "Иванова Мария"
    assert lock.screen.password_edit.hasFocus() or not window.isActiveWindow()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: lock.screen.geometry() == window.rect(), timeout=1000)


def test_nothing_reaches_the_covered_window(qtbot, desk):
    window, _card, lock, _clock = desk
    lock.lock()
    qtbot.keyClick(window.edit, Qt.Key.Key_X)
    qtbot.keyClick(window.edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.edit, LEFT)
    assert window.edit.text() == "" and window.searches == []
    qtbot.keyClicks(lock.screen.password_edit, "abc")
    assert lock.screen.password_edit.text() == "abc"


def test_a_wrong_password_is_shown_inline_and_the_right_one_unlocks(qtbot, desk):
    window, card, lock, _clock = desk
    lock.lock()
    screen = lock.screen
    qtbot.keyClicks(screen.password_edit, "wrong-horse")
    with qtbot.waitSignal(lock.sig_unlock_failed, timeout=5000) as failed:
        qtbot.mouseClick(screen.unlock_button, LEFT)
    assert failed.args == ["Wrong password."]
    assert screen.error.isVisible() and screen.error.text() == "Wrong password."
    assert lock.locked and screen.unlock_button.isEnabled()
    screen.password_edit.clear()
    qtbot.keyClicks(screen.password_edit, PASSWORD)
    with qtbot.waitSignal(lock.sig_unlocked, timeout=5000):
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert not lock.locked and card.isVisible()
    assert screen.password_edit.text() == ""
    qtbot.keyClick(window.edit, Qt.Key.Key_Y)
    assert window.edit.text() == "y"


def test_sign_out_is_offered_and_zero_minutes_never_locks(qtbot, desk):
    _window, _card, lock, clock = desk
    lock.lock()
    with qtbot.waitSignal(lock.sig_sign_out_requested, timeout=1000):
        qtbot.mouseClick(lock.screen.sign_out_button, LEFT)
    lock._on_unlocked(None)
    lock.set_minutes(0)
    clock.advance(24 * 60)
    assert not lock.idle.check() and not lock.locked and not lock.idle.timer.isActive()


def test_the_minutes_come_from_the_protection_settings(qtbot, office, desk):
    _window, _card, lock, _clock = desk
    admin = office.world.add_user("boss", "admin")
    settings = SecuritySettingsService(office.world.sessions, admin)
    settings.update(replace(settings.get(), lock_after_minutes=5))
    lock.load_settings()
    qtbot.waitUntil(lambda: lock.minutes == 5, timeout=3000)
    assert lock.idle.idle_after == 300 and lock.idle.timer.isActive()


def test_signing_in_installs_the_lock_and_only_user_managers_get_alerts(qtbot, office):
    workspace = Workspace(office.world.engine, office.world.sessions, office.actor)
    window = build_main_window(workspace, office.runners)
    qtbot.addWidget(window)
    assert window.findChild(SessionLock) is not None
    assert window.findChild(AlertWatcher) is None
    admin = office.world.add_user("boss", "admin")
    admin_window = build_main_window(Workspace(office.world.engine, office.world.sessions,
                                               admin), office.runners)
    qtbot.addWidget(admin_window)
    watcher = admin_window.findChild(AlertWatcher)
    assert watcher is not None and watcher.timer is admin_window.tasks.watcher.timer

    with office.world.sessions.begin() as session:  # someone opened too many cards: the bell
        audit.record(session, office.actor, "scraping_alert", "user", office.actor.user_id,
                     {"count": 120, "minutes": 10})
    qtbot.waitUntil(lambda: not watcher._busy, timeout=5000)
    watcher.tick()
    center = admin_window.tasks.center
    qtbot.waitUntil(lambda: any("120" in e.text for e in center.entries), timeout=5000)
    assert center.unread() >= 1
