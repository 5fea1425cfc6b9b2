"""Noticing that nobody has touched the keyboard or mouse for a while.

An application event filter stamps every key, mouse and wheel event with the injected clock;
a timer (its interval injected too) compares. Tests move the clock and call `check()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]  # seconds, monotonic
CHECK_INTERVAL_MS = 15_000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    sig_idle = Signal()
    """No input for `idle_after` seconds (emitted once until the next input)."""

    def __init__(self, parent: QObject | None = None, *, clock: Clock = time.monotonic,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_after: float | None = None  # seconds; None: never
        self.last_input = clock()
        self._announced = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_idle_after(self, seconds: float | None) -> None:
        self.idle_after = seconds if seconds else None
        self.touch()
        if self.idle_after is None:
            self.timer.stop()
        else:
            self.timer.start()

    def touch(self) -> None:
        self.last_input = self._clock()
        self._announced = False

    def idle_for(self) -> float:
        return self._clock() - self.last_input

    def check(self) -> bool:
        """Emit `sig_idle` if the time is up; returns whether the user is idle."""
        if self.idle_after is None or self.idle_for() < self.idle_after:
            return False
        if not self._announced:
            self._announced = True
            self.sig_idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.last_input = self._clock()
            self._announced = False
        return False
