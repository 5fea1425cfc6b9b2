"""Save the current filter as a segment, or rename / (un)share one: name and visibility."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.segments import SegmentRow
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FormErrors


class SegmentDialog(QDialog):
    """Creates a segment from `flt`, or edits `segment` (its filter stays); saves in background.

    Open it with `open()`; on success it emits sig_saved and closes, on failure it stays open
    with the message next to the field.
    """

    sig_saved = Signal(object)
    """The segment was saved (a SegmentRow)."""

    def __init__(self, ctx: UiContext, flt: ClientFilter, segment: SegmentRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentDialog")
        self._ctx, self._filter, self._segment = ctx, flt, segment
        self.setWindowTitle(self.tr("Save as segment") if segment is None
                            else self.tr("Segment"))
        hint = QLabel(self.tr("A segment is a saved filter: its client count stays up to date."))
        hint.setObjectName("dialogSubtitle")
        hint.setWordWrap(True)
        form = QFormLayout()
        form_error = QLabel()
        self.errors = FormErrors(form, form_error)
        self.name_edit = self.errors.add_field("name", self.tr("Name"), QLineEdit())
        self.name_edit.setPlaceholderText(self.tr("e.g. Retail, no contact for a month"))
        self.shared_check = QCheckBox(self.tr("Visible to colleagues"))
        self.shared_check.setObjectName("sharedCheck")
        form.addRow("", self.shared_check)
        if segment is not None:
            self.name_edit.setText(segment.name)
            self.shared_check.setChecked(segment.is_shared)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        segments, name = self._ctx.services.segments, self.name_edit.text()
        shared, flt, segment = self.shared_check.isChecked(), self._filter, self._segment
        if segment is None:
            def work() -> SegmentRow:
                return segments.save(name, flt, shared=shared)
        else:
            def work() -> SegmentRow:
                return segments.update(segment.id, name, segment.filter, shared, segment.version)
        self._ctx.writes.submit(work, self._on_saved, self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.buttons.setEnabled(True)
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_exception(exc)
