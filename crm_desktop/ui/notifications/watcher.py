"""Reminders while the client runs: a timer asks ReminderService for due reminders (claimed
once across workstations) and shows each as a tray message and an in-app notification.

The clock and the interval are injected, so tests drive `tick()` without waiting. The first
tick runs at start, so reminders missed while the program was closed appear at once.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from crm_desktop.services.reminders import Reminder
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.notifications.center import Notification, NotificationCenter
from crm_desktop.ui.task_list.commands import Clock, system_now

log = logging.getLogger(__name__)
INTERVAL_MS = 30_000


class DesktopNotifier(Protocol):
    def notify(self, title: str, text: str) -> None: ...


class TrayNotifier(QObject):
    """A QSystemTrayIcon message when the desktop has a tray; otherwise nothing (the in-app
    list still gets the entry)."""

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(QCoreApplication.translate("Reminders", "CRM reminders"))
            self.tray.show()

    def notify(self, title: str, text: str) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)


def reminder_text(reminder: Reminder) -> str:
    parts = [v for v in (reminder.client_name, reminder.deal_title) if v]
    if reminder.due_at is not None:
        parts.insert(0, QCoreApplication.translate("Reminders", "due %1").replace(
            "%1", datetime_text(reminder.due_at)))
    return " · ".join(parts)


class ReminderWatcher(QObject):
    sig_fired = Signal(list)
    """These reminders were just shown (a list of Reminder)."""

    def __init__(self, ctx: UiContext, center: NotificationCenter,
                 notifier: DesktopNotifier | None = None, parent: QObject | None = None,
                 clock: Clock = system_now, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._ctx, self.center, self.notifier, self._clock = ctx, center, notifier, clock
        self.started_at = clock()
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """Ask for due reminders unless the previous question is still out."""
        if self._busy:
            return
        self._busy = True
        reminders, moment = self._ctx.services.reminders, self._clock()
        run(self._ctx.writes, self, lambda: reminders.due(moment), self._on_due, self._on_failed)

    def _on_due(self, due: list[Reminder]) -> None:
        self._busy = False
        for reminder in due:
            missed = reminder.remind_at < self.started_at
            text = reminder_text(reminder)
            self.center.add(Notification(reminder.task_id, reminder.title, text,
                                         reminder.remind_at, missed))
            if self.notifier is not None:
                self.notifier.notify(reminder.title, text)
        if due:
            log.info("%d reminder(s) shown", len(due))
        self.sig_fired.emit(due)

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        log.warning("reminders could not be read: %s", exc)
