"""Locking the session after `lock_after_minutes` without input, and unlocking it.

While locked, the other windows of the program (client and deal cards, dialogs) are hidden and
come back after unlocking; keys and clicks that are not for the lock screen are swallowed, so
no shortcut reaches the hidden window. The password is checked on the write runner.
"""

from __future__ import annotations

import logging
import time
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from crm_desktop.services.security_settings import SecuritySettings
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.session_lock.access import security_settings_service, session_lock_service
from crm_desktop.ui.session_lock.alerts import watch_alerts
from crm_desktop.ui.session_lock.idle import CHECK_INTERVAL_MS, Clock, IdleWatcher
from crm_desktop.ui.session_lock.lock_screen import LockScreen

log = logging.getLogger(__name__)
WindowT = TypeVar("WindowT", bound=QMainWindow)

_BLOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
})


class SessionLock(QObject):
    """Lives as long as `window` (its parent)."""

    sig_locked = Signal()
    sig_unlocked = Signal()
    sig_unlock_failed = Signal(str)
    """The password was refused; the argument is the message shown."""
    sig_sign_out_requested = Signal()

    def __init__(self, window: QMainWindow, ctx: UiContext, *, clock: Clock = time.monotonic,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(window)
        self.setObjectName("sessionLock")
        self._window, self._ctx = window, ctx
        self._hidden: list[QWidget] = []
        self._locked = False
        self.minutes = 0
        actor = ctx.services.actor
        self.screen = LockScreen(window, actor.full_name, actor.login)
        self.idle = IdleWatcher(self, clock=clock, interval_ms=interval_ms)
        self.idle.sig_idle.connect(self.lock)
        self.screen.sig_unlock_requested.connect(self._on_screen_unlock_requested)
        self.screen.sig_sign_out_requested.connect(self.sig_sign_out_requested)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._locked

    def load_settings(self) -> None:
        """Read how many idle minutes lock the session (on the read runner)."""
        service = security_settings_service(self._ctx)
        run(self._ctx.reads, self, service.get, self._on_settings_loaded,
            lambda exc: log.warning("protection settings not read: %s", exc))

    def _on_settings_loaded(self, settings: object) -> None:
        assert isinstance(settings, SecuritySettings)
        self.set_minutes(settings.lock_after_minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.idle.set_idle_after(minutes * 60 if minutes > 0 else None)

    def lock(self) -> None:
        if self.locked:
            return
        log.info("session locked after %d idle minute(s)", self.minutes)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self._window and w.isWindow()]
        for widget in self._hidden:
            widget.hide()
        hint = QCoreApplication.translate(
            "SessionLock", "Locked after %n minute(s) without activity. Enter your password "
            "to continue.", "", self.minutes)
        self._locked = True
        self.screen.cover(hint)
        self.sig_locked.emit()

    def _on_screen_unlock_requested(self, password: str) -> None:
        service = session_lock_service(self._ctx)
        run(self._ctx.writes, self, lambda: service.unlock(password), self._on_unlocked,
            self._on_unlock_failed)

    def _on_unlocked(self, _result: object) -> None:
        self._locked = False
        self.screen.hide()
        self.screen.password_edit.clear()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.idle.touch()
        self.sig_unlocked.emit()

    def _on_unlock_failed(self, exc: Exception) -> None:
        message = describe(exc)
        self.screen.show_error(message)
        self.sig_unlock_failed.emit(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """While locked, input meant for the covered window (its shortcuts included) is
        dropped unless it is for the lock screen; other windows are hidden or new."""
        if not self._locked or event.type() not in _BLOCKED:
            return False
        if not isinstance(watched, QWidget) or not self._window.isVisible():
            return False
        if watched is self.screen or self.screen.isAncestorOf(watched):
            return False
        return watched.window() is self._window


def protect_session(window: WindowT, ctx: UiContext) -> WindowT:
    """`window`, locked after the idle minutes the protection settings give (Sign out on the
    lock screen closes the program); user managers also get the scraping alerts."""
    lock = SessionLock(window, ctx)
    lock.sig_sign_out_requested.connect(_sign_out)
    lock.load_settings()
    watch_alerts(window, ctx)
    return window


def _sign_out() -> None:
    log.info("signed out from the lock screen")
    QApplication.closeAllWindows()
    QApplication.quit()
