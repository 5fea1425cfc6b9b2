"""Runs the time-based automation rules from a running client, and collects its notices.

Only users with the manage-users right run the rules here (they act on every record, which a
salesperson's login may not even see); `crm-admin run-scheduled` covers offices where no such
user keeps a client open. Every tick also claims the signed-in user's own rule notices
(`AutomationService.my_notices`, once each across workstations) for the bell.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.services.actor import Permission
from crm_desktop.services.automation import AutomationService, Notice, ScheduledRun
from crm_desktop.ui.automation.access import automation_service
from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000


@dataclass(frozen=True, slots=True)
class TickResult:
    ran: ScheduledRun | None
    notices: list[Notice]


class AutomationScheduler(QObject):
    """A QTimer on the GUI thread; the work goes to the write runner."""

    sig_ran = Signal(object)
    """A scheduled run finished (the argument is ScheduledRun)."""
    sig_notices = Signal(list)
    """New notices of rules for the signed-in user (a list of Notice)."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *,
                 service: AutomationService | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._ctx, self._clock = ctx, clock
        self._service = service or automation_service(ctx)
        self._runs_rules = ctx.services.actor.can(Permission.MANAGE_USERS)
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Tick at once (rules missed while every client was closed) and then periodically."""
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if self._busy:
            return
        self._busy = True
        moment, service, runs_rules = self._clock(), self._service, self._runs_rules

        def work() -> TickResult:
            ran = service.run_scheduled(moment) if runs_rules else None
            return TickResult(ran, service.my_notices(moment))

        self._ctx.writes.submit(work, self._on_done, self._on_failed)

    def _on_done(self, result: object) -> None:
        self._busy = False
        assert isinstance(result, TickResult)
        if result.ran is not None:
            self.sig_ran.emit(result.ran)
        if result.notices:
            self.sig_notices.emit(result.notices)

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        log.warning("scheduled automation failed: %s", type(exc).__name__)


def install_automation_scheduler(window: QObject, ctx: UiContext) -> AutomationScheduler:
    """Start the scheduler for the main window's lifetime."""
    scheduler = AutomationScheduler(ctx, window)
    scheduler.start()
    return scheduler
