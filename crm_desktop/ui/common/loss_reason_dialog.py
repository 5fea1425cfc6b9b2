"""Why was the deal lost: a reason from the editable list and an optional comment.

Asked before any move to a lost stage, from the board and from the deal card's stage bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.reference import Option
from crm_desktop.ui import errors
from crm_desktop.ui.forms import dialog_header, error_label


class LossReasonDialog(QDialog):
    """OK only with a reason chosen; Cancel means the deal does not move."""

    def __init__(self, deal_title: str, stage_name: str, reasons: list[Option],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossReasonDialog")
        self.setWindowTitle(self.tr("Deal lost"))
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("lossReasonCombo")
        self.reason_combo.addItem(self.tr("Choose a reason…"), None)
        for reason in reasons:
            self.reason_combo.addItem(reason.name, reason.id)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.comment_edit.setObjectName("lossCommentEdit")
        self.comment_edit.setPlaceholderText(self.tr("What happened (optional)"))
        self.comment_edit.setFixedHeight(90)
        self.error = error_label("lossReasonError")
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(QLabel(self.tr("Reason")), self.reason_combo)
        form.addRow(QLabel(self.tr("Comment")), self.comment_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close as lost"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(dialog_header(
            self.tr("Why was the deal lost?"),
            self.tr('"%1" moves to "%2". The reason goes into the loss reasons report.')
            .replace("%1", deal_title).replace("%2", stage_name)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.reason_combo.currentIndexChanged.connect(
            lambda _i: errors.show_inline(self.error, None))

    def reason_id(self) -> int | None:
        value = self.reason_combo.currentData()
        return int(value) if value is not None else None

    def comment(self) -> str | None:
        return self.comment_edit.toPlainText().strip() or None

    def select_reason(self, reason_id: int) -> None:
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason_id))

    def _on_ok(self) -> None:
        if self.reason_id() is None:
            errors.show_inline(self.error, self.tr("Choose why the deal was lost."))
            return
        self.accept()
