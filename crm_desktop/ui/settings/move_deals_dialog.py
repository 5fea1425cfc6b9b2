"""A stage being removed still holds deals: which stage should they move to?"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.pipelines import StageRow
from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.combos import OptionCombo


class MoveDealsDialog(QDialog):
    def __init__(self, message: str, stages: list[StageRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveDealsDialog")
        self.setWindowTitle(self.tr("Remove the stage"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.target_combo = OptionCombo(allow_none=False)
        self.target_combo.setObjectName("moveTargetCombo")
        self.target_combo.set_options([Option(s.id, s.data.name) for s in stages])
        hint = QLabel(self.tr("The move is recorded in each deal's stage history."))
        hint.setObjectName("dialogSubtitle")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move and remove"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.target_combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def target(self) -> int | None:
        return self.target_combo.value()
