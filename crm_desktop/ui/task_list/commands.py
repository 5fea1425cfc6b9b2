"""Quick actions on a task (complete, postpone, reschedule) on the write runner."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.errors import CrmError
from crm_desktop.services.tasks import TaskRow
from crm_desktop.ui import errors
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.format import Postpone, postpone_target

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def system_now() -> datetime:
    return datetime.now(UTC)


class TaskCommands(QObject):
    """One per view; results come back as signals, failures as translated text."""

    sig_changed = Signal(int)
    """This task was saved (completed, moved); lists re-read it."""
    sig_failed = Signal(str)
    """An action was refused or failed; the text says why (e.g. what a blocked task waits for)."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(parent)
        self._ctx, self.clock = ctx, clock

    def complete(self, task_id: int, version: int) -> None:
        tasks = self._ctx.services.tasks
        self._write(lambda: tasks.complete(task_id, version))

    def reopen(self, task_id: int, version: int) -> None:
        tasks = self._ctx.services.tasks
        self._write(lambda: tasks.set_status(task_id, TaskStatus.OPEN, version))

    def postpone(self, task_id: int, version: int, due: datetime | None,
                 preset: Postpone) -> None:
        self.reschedule(task_id, version, postpone_target(preset, due, self.clock()))

    def reschedule(self, task_id: int, version: int, due: datetime) -> None:
        tasks = self._ctx.services.tasks
        self._write(lambda: tasks.reschedule(task_id, due, version))

    def _write(self, work: Callable[[], TaskRow]) -> None:
        run(self._ctx.writes, self, work, self._on_done, self._on_failed)

    def _on_done(self, row: object) -> None:
        assert isinstance(row, TaskRow)
        self.sig_changed.emit(row.id)

    def _on_failed(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            log.error("task action failed", exc_info=exc)
        self.sig_failed.emit(errors.describe(exc))
