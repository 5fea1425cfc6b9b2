"""One action of a rule in the editor: its kind and the parameters that kind needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import (
    ActionKind,
    DueUnit,
    FieldAction,
    InvoiceAction,
    NotifyAction,
    Recipient,
    RecipientSpec,
    TaskAction,
)
from crm_desktop.services.automation.rules import SETTABLE_FIELDS, Action
from crm_desktop.ui import errors
from crm_desktop.ui.automation import labels
from crm_desktop.ui.forms import error_label, set_invalid
from crm_desktop.ui.settings.automation_choices import EditorChoices, fill, select

PAGES = (ActionKind.CREATE_TASK, ActionKind.SET_FIELD, ActionKind.CREATE_INVOICE,
         ActionKind.NOTIFY)


class RecipientPicker(QWidget):
    """Who gets the task or the notice: a manager, a chosen user or a role's head."""

    def __init__(self, choices: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo, self.user_combo, self.role_combo = QComboBox(), QComboBox(), QComboBox()
        fill(self.kind_combo, [(t, k.value) for k, t in labels.recipient_names().items()])
        fill(self.user_combo, [(u.name, u.id) for u in choices.users])
        fill(self.role_combo, [(r.name, r.key) for r in choices.roles])
        select(self.role_combo, "head")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.kind_combo, self.user_combo, self.role_combo):
            row.addWidget(combo, 1)
        self.kind_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        kind = self.kind_combo.currentData()
        self.user_combo.setVisible(kind == Recipient.USER.value)
        self.role_combo.setVisible(kind == Recipient.ROLE_HEAD.value)

    def set_value(self, spec: RecipientSpec) -> None:
        select(self.kind_combo, spec.kind.value)
        if spec.user_id is not None:
            select(self.user_combo, spec.user_id)
        if spec.role_key:
            select(self.role_combo, spec.role_key)
        self._sync()

    def value(self) -> RecipientSpec:
        kind = Recipient(self.kind_combo.currentData())
        return RecipientSpec(kind, self.user_combo.currentData() if kind is Recipient.USER
                             else None,
                             self.role_combo.currentData() if kind is Recipient.ROLE_HEAD
                             else None)


class ActionEditor(QFrame):
    """A card with the action's kind, its parameters, an error line and Remove."""

    sig_remove_requested = Signal(object)
    """Remove was clicked (the argument is this editor)."""

    def __init__(self, choices: EditorChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsCard")
        self._choices = choices
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("actionKindCombo")
        fill(self.kind_combo, [(labels.action_names()[k], k.value) for k in PAGES])
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.sig_remove_requested.emit(self))
        self.error = error_label("actionError")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._task_page())
        self.pages.addWidget(self._field_page())
        note = QLabel(self.tr("A draft with the deal's line items (or its amount as one line); "
                              "it is issued by hand."))
        note.setObjectName("settingsHint")
        note.setWordWrap(True)
        self.pages.addWidget(note)
        self.pages.addWidget(self._notify_page())
        self.kind_combo.currentIndexChanged.connect(self.pages.setCurrentIndex)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)

    def _template_hint(self) -> QLabel:
        hint = QLabel(self.tr("Fields in braces are filled in: {client.name}, {deal.title}, "
                              "{deal.amount}, {task.title}, {contact.name}…"))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        return hint

    def _task_page(self) -> QWidget:
        page = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("taskTitleTemplate")
        self.title_edit.setPlaceholderText(self.tr("Call {client.name} about {deal.title}"))
        self.assignee = RecipientPicker(self._choices)
        self.due_spin, self.unit_combo = QSpinBox(), QComboBox()
        self.due_spin.setRange(0, 8760)
        self.due_spin.setValue(1)
        fill(self.unit_combo, [(t, u.value) for u, t in labels.unit_names().items()])
        select(self.unit_combo, DueUnit.DAYS.value)
        due = QHBoxLayout()
        due.addWidget(self.due_spin)
        due.addWidget(self.unit_combo)
        due.addStretch(1)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", self._template_hint())
        form.addRow(self.tr("Assignee"), self.assignee)
        form.addRow(self.tr("Due in"), due)
        return page

    def _field_page(self) -> QWidget:
        page = QWidget()
        self.field_combo, self.value_combo = QComboBox(), QComboBox()
        self.value_edit = QLineEdit()
        fill(self.field_combo, [(t, f"{k[0]}.{k[1]}") for k, t in labels.field_names().items()])
        self.field_combo.currentIndexChanged.connect(self._sync_value)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Field"), self.field_combo)
        value = QHBoxLayout()
        value.addWidget(self.value_combo, 1)
        value.addWidget(self.value_edit, 1)
        form.addRow(self.tr("New value"), value)
        self._sync_value()
        return page

    def _sync_value(self) -> None:
        target, _, name = (self.field_combo.currentData() or "deal.note").partition(".")
        kind = SETTABLE_FIELDS[target][name]
        self.value_edit.setVisible(kind == "text")
        self.value_combo.setVisible(kind != "text")
        choices: dict[str, list[tuple[str, object]]] = {
            "user": [(u.name, u.id) for u in self._choices.users],
            "channel": [(c.name, c.id) for c in self._choices.channels],
            "client_status": [(t, k) for k, t in labels.client_status_names().items()],
            "text": [],
        }
        fill(self.value_combo, choices[kind])

    def _notify_page(self) -> QWidget:
        page = QWidget()
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("noticeTemplate")
        self.text_edit.setPlaceholderText(self.tr("New deal {deal.title} for {deal.amount}"))
        self.recipient = RecipientPicker(self._choices)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow("", self._template_hint())
        form.addRow(self.tr("To"), self.recipient)
        return page

    # -- value -----------------------------------------------------------------------------
    def set_action(self, action: Action) -> None:
        select(self.kind_combo, action.kind.value)
        if isinstance(action, TaskAction):
            self.title_edit.setText(action.title)
            self.assignee.set_value(action.assignee)
            self.due_spin.setValue(action.due_in)
            select(self.unit_combo, action.due_unit.value)
        elif isinstance(action, FieldAction):
            select(self.field_combo, f"{action.target}.{action.field}")
            self._sync_value()
            if SETTABLE_FIELDS[action.target].get(action.field) == "text":
                self.value_edit.setText(str(action.value or ""))
            else:
                select(self.value_combo, action.value)
        elif isinstance(action, NotifyAction):
            self.text_edit.setText(action.text)
            self.recipient.set_value(action.recipient)

    def action(self) -> Action:
        kind = ActionKind(self.kind_combo.currentData())
        if kind is ActionKind.CREATE_TASK:
            return TaskAction(self.title_edit.text(), self.assignee.value(),
                              self.due_spin.value(), DueUnit(self.unit_combo.currentData()))
        if kind is ActionKind.SET_FIELD:
            target, _, name = str(self.field_combo.currentData()).partition(".")
            text_value = SETTABLE_FIELDS[target][name] == "text"
            return FieldAction(target, name, self.value_edit.text() if text_value
                               else self.value_combo.currentData())
        if kind is ActionKind.NOTIFY:
            return NotifyAction(self.text_edit.text(), self.recipient.value())
        return InvoiceAction()

    def show_error(self, text: str | None) -> None:
        errors.show_inline(self.error, text)
        set_invalid(self, bool(text))
