"""An open task dialog whose task was changed on another workstation: instead of touching the
form, a banner says what they changed; "Reload" opens their version (discarding the edits),
"Overwrite" saves the form over it consciously."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QVBoxLayout

from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.task_dto import TaskItem
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.common.conflict_banner import ConflictBanner, differences, show_value
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.format import due_text, state_text
from crm_desktop.ui.task_list.task_dialog import TaskDialog

log = logging.getLogger(__name__)

CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("TaskChanges", "Task"),
    "description": QT_TRANSLATE_NOOP("TaskChanges", "Description"),
    "assignee_id": QT_TRANSLATE_NOOP("TaskChanges", "Assignee"),
    "due_at": QT_TRANSLATE_NOOP("TaskChanges", "Due"),
    "priority": QT_TRANSLATE_NOOP("TaskChanges", "Priority"),
    "client_id": QT_TRANSLATE_NOOP("TaskChanges", "Client"),
    "deal_id": QT_TRANSLATE_NOOP("TaskChanges", "Deal"),
    "status": QT_TRANSLATE_NOOP("TaskChanges", "State"),
}
DATA_FIELDS = ("title", "description", "assignee_id", "due_at", "priority", "client_id",
               "deal_id")


class TaskChangeWatch(QObject):
    """Lives as a child of its dialog; `on_changed_elsewhere()` re-reads the task."""

    sig_reload_requested = Signal(object)
    """Open the task again in a fresh dialog (the TaskItem as it is now)."""

    def __init__(self, ctx: UiContext, dialog: TaskDialog) -> None:
        super().__init__(dialog)
        self._ctx, self.dialog = ctx, dialog
        self.current: TaskItem | None = None
        self.banner = ConflictBanner(
            QCoreApplication.translate(
                "TaskChanges", "Someone else changed this task after you opened it."),
            QCoreApplication.translate(
                "TaskChanges", "Nothing you see here changed (e.g. a reminder or a link)."))
        self.banner.setObjectName("taskChangedBanner")
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.banner)  # under the dialog's header
        self.banner.sig_reload.connect(self._on_banner_reload)
        self.banner.sig_overwrite.connect(self._on_banner_overwrite)

    def on_changed_elsewhere(self) -> None:
        item = self.dialog.item
        if item is None:
            return
        lists = self._ctx.services.task_lists
        run(self._ctx.reads, self, lambda: lists.item(item.id), self._on_current,
            lambda exc: log.info("task id=%s could not be re-read: %s", item.id, exc),
            key=f"task-changed:{id(self)}")

    def _on_current(self, current: TaskItem) -> None:
        started = self.dialog.item
        if started is None or current.version == started.version:
            return  # our own save, or nothing new since the form opened
        self.current = current
        changes = differences(started.data, current.data, DATA_FIELDS, _caption,
                              lambda field, value: _shown(field, value, started, current))
        if started.status != current.status:
            changes.append((_caption("status"), state_text(started), state_text(current)))
        self.banner.show_changes(changes)
        for button in (self.banner.reload_button, self.banner.overwrite_button):
            button.ensurePolished()  # the stylesheet's padding counts
            button.setMinimumWidth(button.sizeHint().width())
        for layout in filter(None, (self.banner.layout(), self.dialog.layout())):
            layout.invalidate()
            layout.activate()
        wanted = self.dialog.minimumSizeHint()
        if self.dialog.width() < wanted.width() or self.dialog.height() < wanted.height():
            self.dialog.resize(self.dialog.size().expandedTo(wanted))  # widen, never cut

    def _on_banner_reload(self) -> None:
        """Their version in a fresh dialog; this one (and what was typed) goes away."""
        if self.current is None:
            return
        self.dialog.reject()
        self.sig_reload_requested.emit(self.current)

    def _on_banner_overwrite(self) -> None:
        if self.current is None or self.dialog.item is None:
            return
        self.dialog.item = replace(self.dialog.item, version=self.current.version)
        self.banner.hide()
        self.dialog.save()


def _caption(field: str) -> str:
    return QCoreApplication.translate("TaskChanges", CAPTIONS[field])


def _shown(field: str, value: object, started: TaskItem, current: TaskItem) -> str:
    """A value as the banner shows it: names for people, clients and deals."""
    if field == "due_at":
        return due_text(value if isinstance(value, datetime) else None, datetime.now(UTC))
    if field == "priority":
        return labels.priority_text(value)  # type: ignore[arg-type]
    names = {"assignee_id": (started.assignee_name, current.assignee_name),
             "client_id": (started.client_name, current.client_name),
             "deal_id": (started.deal_title, current.deal_title)}
    if field in names:
        old_name, new_name = names[field]
        if value is None:
            return show_value(None)
        return show_value(old_name if value == getattr(started.data, field) else new_name)
    return show_value(value)

