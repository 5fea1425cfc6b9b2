"""Administrators hear about scraping: new `scraping_alert` audit entries are polled (on the
reminders' timer when the window has one) and shown in the bell, as a tray message and as a red
status bar notice; the audit viewer marks the entries themselves."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from crm_desktop.services.actor import Permission
from crm_desktop.services.alerts import ScrapingAlert
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.notifications.center import Notification, NotificationCenter
from crm_desktop.ui.notifications.watcher import DesktopNotifier, TrayNotifier
from crm_desktop.ui.session_lock.access import alert_service

log = logging.getLogger(__name__)
INTERVAL_MS = 30_000
NOTICE_STYLE = "color: #b91c1c; font-weight: 600; padding: 0 8px;"


def alert_title() -> str:
    return QCoreApplication.translate("Alerts", "Possible copying of the client base")


def alert_text(alert: ScrapingAlert) -> str:
    who = alert.full_name or alert.login or "—"
    return QCoreApplication.translate(
        "Alerts", "%1 opened %2 cards within %3 min (%4). See Settings → Users and roles → "
        "Audit log.").replace("%1", who).replace("%2", str(alert.count)).replace(
        "%3", str(alert.minutes)).replace("%4", datetime_text(alert.occurred_at))


class AlertWatcher(QObject):
    sig_alerts = Signal(list)
    """New alerts arrived (a list of ScrapingAlert, oldest first)."""

    def __init__(self, ctx: UiContext, window: QMainWindow | None = None,
                 notifier: DesktopNotifier | None = None, *,
                 timer: QTimer | None = None) -> None:
        super().__init__(window)
        self._ctx, self._window, self.notifier = ctx, window, notifier
        self.last_id: int | None = None
        self.alerts: list[ScrapingAlert] = []
        self._busy = False
        self.notice = QLabel()
        self.notice.setObjectName("scrapingNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        if window is not None:
            window.statusBar().addPermanentWidget(self.notice)
        self.timer = timer or QTimer(self)
        if timer is None:
            self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
        self.tick()

    def tick(self) -> None:
        if self._busy:
            return
        self._busy = True
        service, after = alert_service(self._ctx), self.last_id
        run(self._ctx.reads, self, lambda: service.unseen(after), self._on_alerts,
            self._on_failed)

    def _on_alerts(self, alerts: list[ScrapingAlert]) -> None:
        self._busy = False
        if not alerts:
            return
        self.last_id = alerts[-1].id
        self.alerts.extend(alerts)
        latest = alerts[-1]
        self.notice.setText("⚠ " + alert_text(latest))
        self.notice.setToolTip("\n".join(alert_text(a) for a in self.alerts[-10:]))
        self.notice.show()
        if self.notifier is not None:
            for alert in alerts:
                self.notifier.notify(alert_title(), alert_text(alert))
        log.info("%d scraping alert(s) shown", len(alerts))
        self.sig_alerts.emit(alerts)

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        log.warning("scraping alerts could not be read: %s", exc)


def watch_alerts(window: QMainWindow, ctx: UiContext) -> AlertWatcher | None:
    """For user managers: alerts on the reminders' timer when the window has one."""
    if not ctx.services.actor.can(Permission.MANAGE_USERS):
        return None
    reminders = getattr(getattr(window, "tasks", None), "watcher", None)
    shared = getattr(reminders, "timer", None)
    timer = shared if isinstance(shared, QTimer) else None
    notifier = getattr(reminders, "notifier", None) or TrayNotifier(window.windowIcon(), window)
    watcher = AlertWatcher(ctx, window, notifier, timer=timer)
    center = getattr(getattr(window, "tasks", None), "center", None)
    if isinstance(center, NotificationCenter):
        watcher.sig_alerts.connect(lambda alerts: _ring(center, alerts))
    watcher.start()
    return watcher


def _ring(center: NotificationCenter, alerts: list[ScrapingAlert]) -> None:
    for alert in alerts:
        center.add(Notification(0, alert_title(), alert_text(alert), alert.occurred_at, False))
