"""Projects: the list (all visible, or a client's / deal's) beside the chosen project's plan.
Also a window of its own for the client and deal cards (`ProjectsWindow`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.projects import ProjectRow
from crm_desktop.services.task_dto import TaskItem
from crm_desktop.ui import theme
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.task_list.project_dialog import ProjectDialog
from crm_desktop.ui.task_list.project_plan_view import ProjectPlanView
from crm_desktop.ui.task_list.task_dialog import TaskDialog, TaskPreset

ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectsView(QWidget):
    sig_loaded = Signal(int)
    """The project list arrived (how many)."""
    sig_task_saved = Signal(int)

    def __init__(self, ctx: UiContext, preset: TaskPreset | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsView")
        self._ctx, self._preset = ctx, preset or TaskPreset()
        self.rows: list[ProjectRow] = []
        self.message = error_label("projectsMessage", "form")
        self.project_list = QListWidget()
        self.project_list.setObjectName("projectList")
        self.project_list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(theme.icon("plus", theme.MUTED, None, 16),
                                      self.tr("New project"))
        self.new_button.clicked.connect(self.new_project)
        self.empty_label = QLabel(self.tr("No projects yet. A project keeps tasks that must "
                                          "be done in order."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.plan_view = ProjectPlanView(ctx)
        self.plan_view.sig_message.connect(lambda text: show_inline(self.message, text))
        self.plan_view.sig_add_task_requested.connect(self._on_add_task)
        self.plan_view.sig_edit_requested.connect(self._on_edit_task)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.empty_label)
        column.addWidget(self.project_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.plan_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.plan_view.setVisible(False)

    def reload(self) -> None:
        projects, preset = self._ctx.services.projects, self._preset
        run(self._ctx.reads, self,
            lambda: projects.projects(client_id=preset.client_id, deal_id=preset.deal_id),
            self._on_loaded, lambda exc: show_inline(self.message, describe(exc)),
            key=f"projects:{id(self)}")

    def _on_loaded(self, rows: list[ProjectRow]) -> None:
        chosen = self.current_project()
        self.rows = rows
        self.project_list.blockSignals(True)
        self.project_list.clear()
        for row in rows:
            link = " · ".join(v for v in (row.client_name, row.deal_title) if v)
            text = f"{row.name}\n{link}" if link else row.name
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, row.id)
            entry.setToolTip(self.tr("%1 open of %2 task(s)").replace("%1", str(row.open_tasks))
                             .replace("%2", str(row.total_tasks)))
            self.project_list.addItem(entry)
        self.project_list.blockSignals(False)
        self.empty_label.setVisible(not rows)
        self.project_list.setVisible(bool(rows))
        if rows:
            index = next((i for i, r in enumerate(rows) if r.id == chosen), 0)
            self.project_list.setCurrentRow(index)
            self._on_current_changed(self.project_list.currentItem(), None)
        self.sig_loaded.emit(len(rows))

    def current_project(self) -> int | None:
        entry = self.project_list.currentItem()
        return int(entry.data(ID_ROLE)) if entry is not None else None

    def new_project(self) -> ProjectDialog:
        dialog = ProjectDialog(self._ctx, self._preset, self)
        dialog.sig_saved.connect(lambda _row: self.reload())
        dialog.open()
        return dialog

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        self.plan_view.setVisible(current is not None)
        show_inline(self.message, None)
        if current is not None:
            self.plan_view.load(int(current.data(ID_ROLE)))

    def _on_add_task(self, project_id: int) -> TaskDialog:
        row = next((r for r in self.rows if r.id == project_id), None)
        preset = TaskPreset(row.client_id if row else None, row.client_name if row else None,
                            row.deal_id if row else None, row.deal_title if row else None,
                            project_id)
        dialog = TaskDialog(self._ctx, None, preset, self)
        dialog.sig_saved.connect(self._on_task_saved)
        dialog.open()
        return dialog

    def _on_edit_task(self, item: object) -> None:
        assert isinstance(item, TaskItem)
        self._ctx.task_dialogs.open(self._ctx, item, self, self._on_task_saved)

    def _on_task_saved(self, row: object) -> None:
        self.plan_view.reload()
        self.reload()
        self.sig_task_saved.emit(getattr(row, "id", 0))


class ProjectsWindow(QDialog):
    """The projects of one client or deal, opened from its card."""

    def __init__(self, ctx: UiContext, preset: TaskPreset, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsWindow")
        self.setWindowTitle(self.tr("Projects — %1").replace("%1", title))
        self.view = ProjectsView(ctx, preset, self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(1000, 560)
        self.view.reload()
