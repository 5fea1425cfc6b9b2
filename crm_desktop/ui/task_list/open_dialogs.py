"""The dialogs open for existing tasks, wherever they were opened from (the task list, a card's
tasks, a project plan): when a task changes on another workstation each of its dialogs shows
the banner of changed_banner, and "Reload" opens the task again the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the dialog's modules load with the first dialog, not at start-up
    from crm_desktop.services.task_dto import TaskItem
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.task_list.changed_banner import TaskChangeWatch
    from crm_desktop.ui.task_list.task_dialog import TaskDialog


class OpenTaskDialogs:
    """One per main window (in UiContext); holds a watch per open dialog of an existing task."""

    def __init__(self) -> None:
        self.watches: list[TaskChangeWatch] = []

    def open(self, ctx: UiContext, item: TaskItem, parent: QWidget | None,
             on_saved: Callable[[object], None]) -> TaskDialog:
        """Open `item` in a task dialog; `on_saved` hears each save (also of a reopened one)."""
        from crm_desktop.ui.task_list.changed_banner import TaskChangeWatch
        from crm_desktop.ui.task_list.task_dialog import TaskDialog

        dialog = TaskDialog(ctx, item, None, parent)
        dialog.sig_saved.connect(on_saved)
        watch = TaskChangeWatch(ctx, dialog)
        watch.sig_reload_requested.connect(
            lambda fresh: self.open(ctx, fresh, parent, on_saved))
        self.watches.append(watch)
        dialog.finished.connect(lambda _result, w=watch: self.watches.remove(w))
        dialog.open()
        return dialog

    def on_tasks_changed(self, task_ids: Sequence[int]) -> None:
        """Tasks changed elsewhere: their open dialogs re-read them and show the banner."""
        changed = set(task_ids)
        for watch in list(self.watches):
            item = watch.dialog.item
            if item is not None and item.id in changed:
                watch.on_changed_elsewhere()
