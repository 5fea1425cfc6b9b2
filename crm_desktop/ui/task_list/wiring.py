"""The Tasks section's ties to the main window: Ctrl+T, the bell with reminders, and the
client and deal cards that a task opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

from crm_desktop.services.automation.service import Notice
from crm_desktop.ui.clients.card_link import CardOpener
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.opener_link import DealOpener
from crm_desktop.ui.notifications.bell import BellButton
from crm_desktop.ui.notifications.center import Notification, NotificationCenter
from crm_desktop.ui.notifications.watcher import (
    DesktopNotifier,
    ReminderWatcher,
    TrayNotifier,
)
from crm_desktop.ui.task_list.commands import Clock, system_now
from crm_desktop.ui.task_list.page import TasksPage
from crm_desktop.ui.task_list.task_dialog import TaskDialog


class TaskWiring(QObject):
    """Lives as long as the main window (its parent)."""

    def __init__(self, window: QMainWindow, ctx: UiContext, page: TasksPage,
                 card_opener: CardOpener, deal_opener: DealOpener, *,
                 notifier: DesktopNotifier | None = None, clock: Clock = system_now) -> None:
        super().__init__(window)
        self._window, self.page = window, page
        self.center = NotificationCenter(self)
        self.bell = BellButton(self.center)
        if notifier is None:
            notifier = TrayNotifier(window.windowIcon(), self)
        self.watcher = ReminderWatcher(ctx, self.center, notifier, self, clock)
        self.new_task_shortcut = QShortcut(QKeySequence("Ctrl+T"), window, self.new_task)
        page.sig_open_client_requested.connect(card_opener.open)
        page.sig_open_deal_requested.connect(deal_opener.open)
        self.bell.sig_task_requested.connect(page.edit_task_by_id)
        self.bell.sig_deal_requested.connect(deal_opener.open)
        self.bell.sig_client_requested.connect(card_opener.open)
        self._notifier = notifier

    def add_notices(self, notices: list[Notice]) -> None:
        """Automation rules' notices for this user: into the bell, and a desktop message."""
        title = QCoreApplication.translate("TaskWiring", "Automation")
        for notice in notices:
            self.center.add(Notification(0, title, notice.text, notice.created_at, False,
                                         deal_id=notice.deal_id, client_id=notice.client_id))
            self._notifier.notify(title, notice.text)

    def new_task(self) -> TaskDialog:
        """The task dialog from anywhere in the main window (Ctrl+T)."""
        return self.page.open_task_dialog()
