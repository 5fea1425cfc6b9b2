"""Pipelines: the list (add, reorder, archive), the selected one's name and skipping rule, and
its stages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import StageKind
from crm_desktop.services.pipelines import PipelineRow, StageData
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.reports.flow_layout import FlowLayout
from crm_desktop.ui.settings.stages_editor import StagesEditor

ID_ROLE = Qt.ItemDataRole.UserRole
SIDE_BY_SIDE = 900  # the editor's width from which the list stands left of the stages
QWIDGETSIZE_MAX = (1 << 24) - 1


def _card(*widgets: QWidget, title: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("settingsCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 14)
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class PipelinesEditor(QWidget):
    sig_loaded = Signal(list)
    """The pipelines were (re)read; the argument is the list of PipelineRow."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinesEditor")
        self._ctx = ctx
        self.rows: list[PipelineRow] = []
        self._select_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("pipelineList")
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("newPipelineName")
        self.new_edit.setPlaceholderText(self.tr("New pipeline name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.error = error_label("pipelineError", "form")
        self.errors = FieldErrors(self.error)
        self.name_edit = QLineEdit()
        self.forbid_check = QCheckBox(self.tr("Forbid skipping stages"))
        self.forbid_check.setObjectName("forbidSkipCheck")
        self.save_button = QPushButton(self.tr("Save pipeline"))
        self.save_button.setObjectName("primaryButton")
        self.stages = StagesEditor(ctx)
        self._build()
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.add_button.clicked.connect(self.add_pipeline)
        self.new_edit.returnPressed.connect(self.add_pipeline)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.save_button.clicked.connect(self.save_pipeline)
        self.stages.sig_changed.connect(self.load)
        self.load()

    def _build(self) -> None:
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        # Up / Down / Archive wrap under each other rather than widen the narrow list card
        order = QWidget()
        order_row = FlowLayout(order, spacing=6, row_spacing=6)
        for button in (self.up_button, self.down_button, self.archive_button):
            order_row.addWidget(button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(add_row)
        column.addWidget(self.list, 1)
        column.addWidget(order)
        # the name takes the card's width; the rule and Save go on the line under it
        details = QWidget()
        rows = QVBoxLayout(details)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.errors.add("name", self.name_edit))
        line = QHBoxLayout()
        line.addWidget(self.forbid_check, 1)
        line.addWidget(self.save_button)
        rows.addLayout(line)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(_card(self.error, details, title=self.tr("Pipeline")))
        right.addWidget(_card(self.stages, title=self.tr("Stages")), 1)
        self.pipelines_card = _card(left, title=self.tr("Pipelines"))
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(14)
        self.columns.addWidget(self.pipelines_card, 2)
        self.columns.addLayout(right, 5)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Below SIDE_BY_SIDE pixels the pipelines list goes above the stages, which then
        keep the whole width for their columns."""
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.pipelines_card.setMaximumWidth(320 if wide else QWIDGETSIZE_MAX)
            self.list.setMaximumHeight(QWIDGETSIZE_MAX if wide else 132)

    def load(self) -> None:
        pipelines = self._ctx.services.pipelines
        run(self._ctx.reads, self, lambda: pipelines.pipelines(include_archived=True),
            self._on_loaded, self.errors.show_exception, key=f"pipelines:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        self.rows = list(rows)  # type: ignore[call-overload]
        keep = self._select_id or self.selected_id()
        self._select_id = None
        self.list.blockSignals(True)
        self.list.clear()
        for pipeline in self.rows:
            text = pipeline.name
            if pipeline.is_archived:
                text = self.tr("%1 (archived)").replace("%1", pipeline.name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, pipeline.id)
            if pipeline.is_archived:
                item.setForeground(QColor("#9aa1ad"))
            self.list.addItem(item)
            if pipeline.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_selected()
        self.sig_loaded.emit(self.rows)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def selected(self) -> PipelineRow | None:
        wanted = self.selected_id()
        return next((p for p in self.rows if p.id == wanted), None)

    def _show_selected(self) -> None:
        pipeline = self.selected()
        self.errors.clear()
        self.name_edit.setText(pipeline.name if pipeline else "")
        self.forbid_check.setChecked(bool(pipeline and pipeline.forbid_skip))
        self.archive_button.setText(self.tr("Restore") if pipeline and pipeline.is_archived
                                    else self.tr("Archive"))
        for widget in (self.name_edit, self.forbid_check, self.save_button,
                       self.archive_button):
            widget.setEnabled(pipeline is not None)
        self.stages.set_pipeline(pipeline)

    # -- actions -----------------------------------------------------------------------------
    def _done(self, result: object) -> None:
        if isinstance(result, PipelineRow):
            self._select_id = result.id
        self.load()

    def add_pipeline(self) -> None:
        name = self.new_edit.text()
        stages = [StageData(self.tr("First contact")),
                  StageData(self.tr("Won"), StageKind.WON, 100),
                  StageData(self.tr("Lost"), StageKind.LOST, 0)]
        pipelines = self._ctx.services.pipelines
        self.errors.clear()

        def done(result: object) -> None:
            self.new_edit.clear()
            self._done(result)

        run(self._ctx.writes, self, lambda: pipelines.create(name, stages), done,
            lambda exc: self.errors.show_form(describe(exc)))

    def save_pipeline(self) -> None:
        pipeline = self.selected()
        if pipeline is None:
            return
        name, forbid = self.name_edit.text(), self.forbid_check.isChecked()
        pipelines = self._ctx.services.pipelines
        self.errors.clear()
        run(self._ctx.writes, self,
            lambda: pipelines.update(pipeline.id, name, forbid, pipeline.version), self._done,
            self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self.errors.show_exception(exc)
        self.load()

    def toggle_archived(self) -> None:
        pipeline = self.selected()
        if pipeline is None:
            return
        pipelines = self._ctx.services.pipelines
        run(self._ctx.writes, self,
            lambda: pipelines.set_archived(pipeline.id, not pipeline.is_archived), self._done,
            self._on_failed)

    def move_selected(self, step: int) -> None:
        pipeline = self.selected()
        if pipeline is None:
            return
        ids = [p.id for p in self.rows]
        index = ids.index(pipeline.id)
        if not 0 <= index + step < len(ids):
            return
        ids[index], ids[index + step] = ids[index + step], ids[index]
        pipelines = self._ctx.services.pipelines
        self._select_id = pipeline.id
        run(self._ctx.writes, self, lambda: pipelines.reorder(ids), lambda _r: self.load(),
            self._on_failed)
