"""Add or edit an automation rule: when (trigger), only if (conditions), then (actions).

Errors are shown next to what caused them (an action's own card for `actions[i].*`); a failed
save keeps everything that was chosen."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import (
    Conditions,
    OnError,
    RuleData,
    RuleRow,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.automation.rules import BAD_AMOUNT
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui.automation import labels
from crm_desktop.ui.automation.access import automation_service
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, dialog_header, error_label
from crm_desktop.ui.settings.automation_action_editor import ActionEditor
from crm_desktop.ui.settings.automation_choices import EditorChoices, fill, select
from crm_desktop.ui.tab_order import place_before

_ACTION_FIELD = re.compile(r"actions\[(\d+)\]")
DAY_TRIGGERS = (Trigger.DEAL_IDLE.value, Trigger.CLIENT_BIRTHDAY.value)


def parse_amount(text: str, field: str) -> Decimal | None:
    cleaned = text.strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValidationError(field, BAD_AMOUNT) from exc


class AutomationRuleDialog(QDialog):
    sig_saved = Signal(object)
    """The rule was saved (the argument is the RuleRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, choices: EditorChoices, row: RuleRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("automationRuleDialog")
        self.setWindowTitle(self.tr("Automation rule"))
        self._ctx, self._choices, self._row = ctx, choices, row
        self.form_error = error_label("ruleFormError", "form")
        self.errors = FieldErrors(self.form_error)
        self.action_editors: list[ActionEditor] = []
        self._build_fields()
        self._layout()
        if row is not None:
            self._fill(row.data)
        else:
            self.add_action()
        self._sync_trigger()

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("Rule is on"))
        self.active_check.setChecked(True)
        self.trigger_combo, self.pipeline_combo, self.stage_combo = (
            QComboBox(), QComboBox(), QComboBox())
        fill(self.trigger_combo, [(t, k.value) for k, t in labels.trigger_names().items()])
        pipelines = [(p.name, p.id) for p in self._choices.pipelines]
        fill(self.pipeline_combo, pipelines)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 365)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" d."))
        self.days_spin.setMaximumWidth(140)
        any_text = self.tr("any")
        self.if_pipeline, self.if_channel, self.if_manager = (QComboBox(), QComboBox(),
                                                             QComboBox())
        fill(self.if_pipeline, pipelines, any_text)
        fill(self.if_channel, [(c.name, c.id) for c in self._choices.channels], any_text)
        fill(self.if_manager, [(u.name, u.id) for u in self._choices.users], any_text)
        self.amount_above, self.amount_below = QLineEdit(), QLineEdit()
        for edit in (self.amount_above, self.amount_below):
            edit.setPlaceholderText(self.tr("any, ₽"))
            edit.setMaximumWidth(220)
        self.on_error_combo = QComboBox()
        fill(self.on_error_combo, [(t, k.value) for k, t in labels.on_error_names().items()])
        self.trigger_combo.currentIndexChanged.connect(self._sync_trigger)
        self.pipeline_combo.currentIndexChanged.connect(self._sync_stages)
        self._sync_stages()

    def _layout(self) -> None:
        when = QFormLayout()
        when.addRow(self.tr("Name"), self.errors.add("name", self.name_edit))
        when.addRow("", self.active_check)
        when.addRow(self.tr("When"), self.trigger_combo)
        self.stage_row = QWidget()
        stage = QHBoxLayout(self.stage_row)
        stage.setContentsMargins(0, 0, 0, 0)
        stage.addWidget(self.pipeline_combo, 1)
        stage.addWidget(self.errors.add("trigger.stage_id", self.stage_combo), 1)
        when.addRow(self.tr("Stage"), self.stage_row)
        self.days_box = self.errors.add("trigger.days", self.days_spin)
        when.addRow(self.tr("Days"), self.days_box)
        self._when_form = when
        conditions = QFormLayout()
        conditions.addRow(self.tr("Pipeline"), self.errors.add("conditions.pipeline_id",
                                                               self.if_pipeline))
        conditions.addRow(self.tr("Amount above"), self.errors.add("conditions.amount_above",
                                                                   self.amount_above))
        conditions.addRow(self.tr("Amount below"), self.errors.add("conditions.amount_below",
                                                                   self.amount_below))
        conditions.addRow(self.tr("Channel"), self.errors.add("conditions.channel_id",
                                                              self.if_channel))
        conditions.addRow(self.tr("Manager"), self.errors.add("conditions.manager_id",
                                                              self.if_manager))
        self.actions_box = QVBoxLayout()
        self.actions_error = error_label("actionsError")
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, part in ((self.tr("When"), when), (self.tr("Only if"), conditions),
                            (self.tr("Then"), self.actions_box)):
            heading = QLabel(title)
            heading.setObjectName("featureHeading")
            column.addWidget(heading)
            column.addLayout(part)
        column.addWidget(self.actions_error)
        column.addWidget(self.add_action_button)
        failure = QFormLayout()
        failure.addRow(self.tr("If an action fails"), self.on_error_combo)
        column.addLayout(failure)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(dialog_header(self.tr("Automation rule"), self.tr(
            "When something happens, and the conditions hold, the actions are done at once "
            "— in the same save as the event.")))
        layout.addWidget(self.form_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

    # -- pickers -----------------------------------------------------------------------------
    def _sync_trigger(self) -> None:
        kind = self.trigger_combo.currentData()
        self._when_form.setRowVisible(self.stage_row, kind == Trigger.DEAL_STAGE_ENTERED.value)
        self._when_form.setRowVisible(self.days_box, kind in DAY_TRIGGERS)

    def _sync_stages(self) -> None:
        pipeline = next((p for p in self._choices.pipelines
                         if p.id == self.pipeline_combo.currentData()), None)
        fill(self.stage_combo, [(s.name, s.id) for s in (pipeline.stages if pipeline else ())])

    def add_action(self, action: object = None) -> ActionEditor:
        editor = ActionEditor(self._choices)
        if action is not None:
            editor.set_action(action)  # type: ignore[arg-type]
        editor.sig_remove_requested.connect(self._remove_action)
        self.action_editors.append(editor)
        self.actions_box.addWidget(editor)
        place_before(self.add_action_button, editor)
        return editor

    def _remove_action(self, editor: ActionEditor) -> None:
        self.action_editors.remove(editor)
        editor.deleteLater()

    # -- value -------------------------------------------------------------------------------
    def _fill(self, data: RuleData) -> None:
        self.name_edit.setText(data.name)
        self.active_check.setChecked(data.is_active)
        select(self.trigger_combo, data.trigger.kind.value)
        if data.trigger.pipeline_id is not None:
            select(self.pipeline_combo, data.trigger.pipeline_id)
            self._sync_stages()
            select(self.stage_combo, data.trigger.stage_id)
        if data.trigger.days is not None:
            self.days_spin.setValue(data.trigger.days)
        c = data.conditions
        select(self.if_pipeline, c.pipeline_id)
        select(self.if_channel, c.channel_id)
        select(self.if_manager, c.manager_id)
        self.amount_above.setText("" if c.amount_above is None else f"{c.amount_above:f}")
        self.amount_below.setText("" if c.amount_below is None else f"{c.amount_below:f}")
        select(self.on_error_combo, data.on_error.value)
        for action in data.actions:
            self.add_action(action)

    def data(self) -> RuleData:
        kind = Trigger(self.trigger_combo.currentData())
        stage_trigger = kind is Trigger.DEAL_STAGE_ENTERED
        spec = TriggerSpec(kind,
                           self.pipeline_combo.currentData() if stage_trigger else None,
                           self.stage_combo.currentData() if stage_trigger else None,
                           self.days_spin.value() if kind.value in DAY_TRIGGERS else None)
        conditions = Conditions(
            self.if_pipeline.currentData(),
            parse_amount(self.amount_above.text(), "conditions.amount_above"),
            parse_amount(self.amount_below.text(), "conditions.amount_below"),
            self.if_channel.currentData(), self.if_manager.currentData())
        return RuleData(self.name_edit.text(), spec, tuple(a.action() for a in self.action_editors),
                        conditions, self.active_check.isChecked(),
                        OnError(self.on_error_combo.currentData()))

    def save(self) -> None:
        self._clear()
        try:
            data = self.data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        service, row = automation_service(self._ctx), self._row
        work = ((lambda: service.create(data)) if row is None
                else (lambda: service.update(row.id, data, row.version)))
        run(self._ctx.writes, self, work, self._on_saved, self._on_failed)

    def _clear(self) -> None:
        self.errors.clear()
        self.actions_error.setVisible(False)
        for editor in self.action_editors:
            editor.show_error(None)

    def _on_saved(self, row: object) -> None:
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        match = _ACTION_FIELD.match(field)
        if match and int(match.group(1)) < len(self.action_editors):
            text = describe(exc)
            self.action_editors[int(match.group(1))].show_error(text)
        elif field == "actions":
            text = describe(exc)
            self.actions_error.setText(text)
            self.actions_error.setVisible(True)
        else:
            text = self.errors.show_exception(exc)
        self.sig_save_failed.emit(text)
