"""The stages of one pipeline: order, name, kind, probability, key mark, required fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import StageKind
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.pipelines import REQUIRABLE_FIELDS, PipelineRow, StageData, StageRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.confirm import ask
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.reports.flow_layout import FlowLayout
from crm_desktop.ui.settings.move_deals_dialog import MoveDealsDialog
from crm_desktop.ui.settings.names import field_text, kind_text

ID_ROLE = Qt.ItemDataRole.UserRole


class StagesEditor(QWidget):
    sig_changed = Signal()
    """A stage was added, saved, moved or removed: the pipeline needs re-reading."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagesEditor")
        self._ctx = ctx
        self.pipeline: PipelineRow | None = None
        self.move_dialog: MoveDealsDialog | None = None
        self._pending_select: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("stageList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Stage"), self.tr("Kind"), self.tr("Probability"),
                                   self.tr("Key"), self.tr("Required fields")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # the name takes what the other columns leave; the required fields stop at 240 px;
        # a longer text ends in "…" with the whole of it as the cell's tooltip
        header.setMaximumSectionSize(240)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_stage_edit = QLineEdit()
        self.new_stage_edit.setObjectName("newStageName")
        self.new_stage_edit.setPlaceholderText(self.tr("New stage, e.g. Contract signed"))
        self.add_button = QPushButton(self.tr("Add stage"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("dangerButton")
        self.error = error_label("stagesError", "form")
        self.errors = FieldErrors(self.error)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in StageKind:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.probability_spin = QSpinBox()
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(" %")
        self.key_check = QCheckBox(self.tr("Key stage (highlighted in reports)"))
        self.required: dict[str, QCheckBox] = {f: QCheckBox(field_text(f))
                                               for f in REQUIRABLE_FIELDS}
        self.save_button = QPushButton(self.tr("Save stage"))
        self.save_button.setObjectName("primaryButton")
        self._build()
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.add_button.clicked.connect(self.add_stage)
        self.new_stage_edit.returnPressed.connect(self.add_stage)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.save_button.clicked.connect(self.save_stage)

    def _build(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.new_stage_edit, 1)
        tools.addWidget(self.add_button)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            order.addWidget(button)
        order.addStretch(1)
        order.addWidget(self.remove_button)
        required = QWidget()
        checks = FlowLayout(required, spacing=14, row_spacing=4)
        for box in self.required.values():
            checks.addWidget(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Name"), self.errors.add("name", self.name_edit))
        form.addRow(self.tr("Kind"), self.errors.add("kind", self.kind_combo))
        form.addRow(self.tr("Probability"), self.errors.add("probability", self.probability_spin))
        form.addRow("", self.key_check)
        # the field names wrap under the caption instead of widening the card
        form.addRow(QLabel(self.tr("Required to enter")))
        form.addRow(self.errors.add("required_fields", required))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addLayout(order)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addLayout(save_row)

    def set_pipeline(self, pipeline: PipelineRow | None) -> None:
        selected = self.selected()
        self.pipeline = pipeline
        self.tree.clear()
        for stage in pipeline.stages if pipeline else ():
            data = stage.data
            item = QTreeWidgetItem([data.name, kind_text(data.kind), f"{data.probability} %",
                                    "★" if data.is_key else "",
                                    ", ".join(field_text(f) for f in data.required_fields)])
            item.setData(0, ID_ROLE, stage.id)
            item.setToolTip(0, data.name)
            item.setToolTip(4, item.text(4))
            self.tree.addTopLevelItem(item)
            if selected is not None and stage.id == selected.id:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        if self._pending_select is not None:
            self.select(self._pending_select)
            self._pending_select = None
        self.setEnabled(pipeline is not None)
        self._show_selected()

    def selected(self) -> StageRow | None:
        item = self.tree.currentItem()
        if item is None or self.pipeline is None:
            return None
        stage_id = item.data(0, ID_ROLE)
        return next((s for s in self.pipeline.stages if s.id == stage_id), None)

    def select(self, stage_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == stage_id:
                self.tree.setCurrentItem(item)

    def _show_selected(self) -> None:
        stage = self.selected()
        self.errors.clear()
        data = stage.data if stage else StageData("")
        self.name_edit.setText(data.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.probability_spin.setValue(data.probability)
        self.key_check.setChecked(data.is_key)
        for field, box in self.required.items():
            box.setChecked(field in data.required_fields)
        self.save_button.setEnabled(stage is not None)

    # -- actions -----------------------------------------------------------------------------
    def _write(self, work: object) -> None:
        run(self._ctx.writes, self, work, lambda _r: self.sig_changed.emit(),  # type: ignore[arg-type]
            self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self.errors.show_exception(exc)

    def add_stage(self) -> None:
        if self.pipeline is None:
            return
        pipelines, pipeline = self._ctx.services.pipelines, self.pipeline
        name = self.new_stage_edit.text()
        # a new open stage goes before the closing (won/lost) ones
        position = next((i for i, s in enumerate(pipeline.stages)
                         if s.data.kind is not StageKind.OPEN), len(pipeline.stages))
        self.errors.clear()

        def done(row: object) -> None:
            self.new_stage_edit.clear()
            if isinstance(row, StageRow):
                self._pending_select = row.id
            self.sig_changed.emit()

        run(self._ctx.writes, self,
            lambda: pipelines.add_stage(pipeline.id, StageData(name), position), done,
            self._on_add_failed)

    def _on_add_failed(self, exc: Exception) -> None:
        self.errors.show_form(describe(exc))
        self.new_stage_edit.setFocus()

    def save_stage(self) -> None:
        stage = self.selected()
        if stage is None:
            return
        data = StageData(self.name_edit.text(), self.kind_combo.currentData(),
                         self.probability_spin.value(), self.key_check.isChecked(),
                         tuple(f for f, box in self.required.items() if box.isChecked()))
        pipelines = self._ctx.services.pipelines
        self.errors.clear()
        self._write(lambda: pipelines.update_stage(stage.id, data, stage.version))

    def move_selected(self, step: int) -> None:
        stage, pipeline = self.selected(), self.pipeline
        if stage is None or pipeline is None:
            return
        ids = [s.id for s in pipeline.stages]
        index = ids.index(stage.id)
        if not 0 <= index + step < len(ids):
            return
        ids[index], ids[index + step] = ids[index + step], ids[index]
        pipelines = self._ctx.services.pipelines
        self._write(lambda: pipelines.reorder_stages(pipeline.id, ids))

    def confirm_remove(self) -> None:
        stage = self.selected()
        if stage is not None:
            ask(self, self.tr("Remove the stage"),
                self.tr('Remove the stage "%1"?').replace("%1", stage.data.name),
                lambda: self.remove(stage))

    def remove(self, stage: StageRow, move_to: int | None = None) -> None:
        pipelines = self._ctx.services.pipelines
        self.errors.clear()
        run(self._ctx.writes, self, lambda: pipelines.remove_stage(stage.id, move_to),
            lambda _r: self.sig_changed.emit(), lambda e: self._on_remove_failed(stage, e))

    def _on_remove_failed(self, stage: StageRow, exc: Exception) -> None:
        if not (isinstance(exc, ValidationError) and exc.field == "move_deals_to"
                and self.pipeline is not None):
            self.errors.show_form(describe(exc))
            return
        others = [s for s in self.pipeline.stages if s.id != stage.id]
        dialog = MoveDealsDialog(describe(exc), others, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.remove(stage, dialog.target()))
        self.move_dialog = dialog
        dialog.open()
