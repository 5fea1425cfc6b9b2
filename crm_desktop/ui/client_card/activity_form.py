"""The small inline form of the timeline: log a call, meeting, e-mail or note."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.activities import BAD_DURATION, ActivityData, ActivityRow
from crm_desktop.services.enums import ActivityKind
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import parse_duration
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.save_key import SaveKey


class ActivityForm(QFrame):
    sig_logged = Signal(object)
    """The activity was saved; the argument is the ActivityRow."""
    sig_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityForm")
        self._ctx = ctx
        self.client_id = 0
        self.deal_id: int | None = None
        self.kind = ActivityKind.CALL
        self._save_key = SaveKey()
        self._logged: ActivityRow | None = None  # what an earlier attempt of this entry wrote
        self.form_error = error_label("activityError", "form")
        self.errors = FieldErrors(self.form_error)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("mm:ss"))
        self.duration_edit.setMaximumWidth(90)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setEditable(True)
        self.outcome_combo.addItems(["", self.tr("Reached"), self.tr("No answer"),
                                     self.tr("Call back later"), self.tr("Agreed on a meeting"),
                                     self.tr("Not interested")])
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.body_edit.setFixedHeight(64)
        self.body_edit.setPlaceholderText(self.tr("What was discussed"))
        self.save_button = QPushButton(self.tr("Add"))
        self.save_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        when_row = QHBoxLayout()
        when_row.addWidget(self.errors.add("occurred_at", self.when_edit))
        when_row.addWidget(self.errors.add("duration_seconds", self.duration_edit))
        when_row.addStretch(1)
        self._form.addRow(self.tr("When"), when_row)
        self._form.addRow(self.tr("Outcome"), self.errors.add("outcome", self.outcome_combo))
        self._form.addRow(self.tr("Subject"), self.errors.add("subject", self.subject_edit))
        self._form.addRow(self.tr("Text"), self.errors.add("body", self.body_edit))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.form_error)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(lambda: self.setVisible(False))
        self.setVisible(False)

    def start(self, client_id: int, kind: ActivityKind, deal_id: int | None = None) -> None:
        """Show the form for `kind`, prefilled with the current time (about `deal_id`)."""
        self.client_id, self.kind, self.deal_id = client_id, kind, deal_id
        self._save_key.reset()
        self._logged = None
        self.errors.clear()
        self.when_edit.setDateTime(QDateTime.currentDateTime())
        self.duration_edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.subject_edit.clear()
        self.body_edit.clear()
        call = kind is ActivityKind.CALL
        self.duration_edit.setVisible(call)
        self._form.setRowVisible(1, kind in (ActivityKind.CALL, ActivityKind.MEETING))
        self._form.setRowVisible(2, kind in (ActivityKind.MEETING, ActivityKind.EMAIL))
        self.save_button.setText(self.tr("Add: {kind}").format(kind=labels.activity_text(kind)))
        self.setVisible(True)
        (self.duration_edit if call else self.body_edit).setFocus()

    def data(self) -> ActivityData:
        try:
            seconds = parse_duration(self.duration_edit.text())
        except ValueError:
            raise ValidationError("duration_seconds", BAD_DURATION) from None
        return ActivityData(
            kind=self.kind, client_id=self.client_id, deal_id=self.deal_id,
            occurred_at=cast(datetime, self.when_edit.dateTime().toPython()).astimezone(),
            duration_seconds=seconds if self.kind is ActivityKind.CALL else None,
            outcome=self.outcome_combo.currentText().strip() or None,
            subject=self.subject_edit.text() or None,
            body=self.body_edit.toPlainText() or None,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.data()
        except ValidationError as exc:
            self.sig_failed.emit(self.errors.show_exception(exc))
            return
        activities, logged = self._ctx.services.activities, self._logged
        key = self._save_key.take(data)  # a retry of this entry sends the same key
        self.save_button.setEnabled(False)
        work = ((lambda: activities.log(data, key)) if logged is None
                else (lambda: activities.update(logged.id, data, logged.version, key)))
        run(self._ctx.writes, self, work, lambda row: self._on_logged(row, data), self._on_failed)

    def _on_logged(self, row: object, data: ActivityData) -> None:
        self.save_button.setEnabled(True)
        assert isinstance(row, ActivityRow)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self._logged = row
            self.save()
            return
        self._logged = None
        self.setVisible(False)
        self.sig_logged.emit(row)

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.sig_failed.emit(self.errors.show_exception(self._save_key.failed(exc)))
