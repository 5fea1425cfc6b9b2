"""Settings → Automation: the rules with their on/off switch; add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import RuleRow
from crm_desktop.ui.automation import labels
from crm_desktop.ui.automation.access import automation_service
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.settings.automation_choices import EditorChoices, load_choices
from crm_desktop.ui.settings.automation_rule_dialog import AutomationRuleDialog


class AutomationPanel(QWidget):
    """Mounted on the Settings page for administrators (the manage-users right)."""

    sig_loaded = Signal(list)
    """The rules were read (a list of RuleRow)."""
    sig_changed = Signal()
    """A rule was switched, saved or deleted and the list re-read."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("automationSettings")
        self._ctx, self._service = ctx, automation_service(ctx)
        self.rows: list[RuleRow] = []
        self.choices: EditorChoices | None = None
        self.dialog: AutomationRuleDialog | None = None
        self.error = error_label("automationError", "form")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("automationRules")
        self.table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Rule"), self.tr("When"), self.tr("Then")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # the name, the trigger and the actions share the width; longer texts end in "…"
        # and each cell's tooltip holds the whole text
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add rule…"))
        self.add_button.setObjectName("primaryButton")
        self.edit_button, self.delete_button = (QPushButton(self.tr("Edit…")),
                                                QPushButton(self.tr("Delete")))
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._layout()
        self.load()

    def _layout(self) -> None:
        title = QLabel(self.tr("Automation"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr(
            "Rules do routine work by themselves: when a deal enters a stage, a client is "
            "added, a deal sits idle, a task is overdue or a birthday comes, they create "
            "tasks, set fields, draft invoices and notify people. Idle deals, overdue tasks "
            "and birthdays are checked every few minutes while an administrator is signed in, "
            "and by «crm-admin run-scheduled» on the server."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        service, reference = self._service, self._ctx.services.reference

        def work() -> tuple[list[RuleRow], EditorChoices]:
            return service.rules(), load_choices(reference, service)

        run(self._ctx.reads, self, work, self._on_loaded, self._on_failed,
            key=f"automation:{id(self)}")

    def _on_loaded(self, result: tuple[list[RuleRow], EditorChoices]) -> None:
        self.rows, self.choices = result
        stage_names = self.choices.stage_names
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            switch = QTableWidgetItem()
            switch.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                            | Qt.ItemFlag.ItemIsSelectable)
            switch.setCheckState(Qt.CheckState.Checked if row.data.is_active
                                 else Qt.CheckState.Unchecked)
            self.table.setItem(index, 0, switch)
            for column, text in ((1, row.data.name),
                                 (2, labels.describe_trigger(row.data, stage_names)),
                                 (3, labels.describe_actions(row.data))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        show_inline(self.error, None)
        self.sig_loaded.emit(self.rows)

    def _on_failed(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))

    # -- actions ---------------------------------------------------------------------------
    def _selected(self) -> RuleRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or not 0 <= item.row() < len(self.rows):
            return
        row, service = self.rows[item.row()], self._service
        active = item.checkState() == Qt.CheckState.Checked
        run(self._ctx.writes, self, lambda: service.set_active(row.id, active, row.version),
            lambda _r: self._reload(), self._on_failed_and_reload)

    def open_editor(self, row: RuleRow | None) -> AutomationRuleDialog | None:
        if self.choices is None:
            return None
        self.dialog = AutomationRuleDialog(self._ctx, self.choices, row, self)
        self.dialog.sig_saved.connect(lambda _r: self._reload())
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_editor(row)

    def delete_selected(self, *, confirm: bool = True) -> None:
        row = self._selected()
        if row is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete rule"),
                self.tr("Delete the rule «%1»? Tasks it made stay.").replace("%1", row.data.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        service = self._service
        run(self._ctx.writes, self, lambda: service.delete(row.id, row.version),
            lambda _r: self._reload(), self._on_failed_and_reload)

    def _reload(self) -> None:
        self.load()
        self.sig_changed.emit()

    def _on_failed_and_reload(self, exc: Exception) -> None:
        self._on_failed(exc)
        self.load()
