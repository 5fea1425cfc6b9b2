"""Why was the deal lost: a reason from the editable list and an optional comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.combos import OptionCombo
from crm_desktop.ui.forms import error_label


class LossReasonDialog(QDialog):
    def __init__(self, reasons: list[Option], stage_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossReasonDialog")
        self.setWindowTitle(self.tr("The deal was lost"))
        intro = QLabel(self.tr('Moving the deal to "%1". Why was it lost?')
                       .replace("%1", stage_name))
        intro.setWordWrap(True)
        self.reason_combo = OptionCombo()
        self.reason_combo.setObjectName("lossReasonCombo")
        self.reason_combo.set_options(reasons)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("lossComment")
        self.comment_edit.setFixedHeight(70)
        self.error = error_label("lossReasonError")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_combo)
        form.addRow("", self.error)
        form.addRow(self.tr("Comment"), self.comment_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _on_ok(self) -> None:
        if self.reason_combo.value() is None:
            self.error.setText(self.tr("Choose why the deal was lost."))
            self.error.setVisible(True)
            return
        self.accept()

    def reason_id(self) -> int | None:
        return self.reason_combo.value()

    def comment(self) -> str | None:
        return self.comment_edit.toPlainText().strip() or None
