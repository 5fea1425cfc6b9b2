"""Form building blocks shared by dialogs: a header, fields with inline errors."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import CrmError, ValidationError
from crm_desktop.ui import errors, theme


def dialog_header(title: str, subtitle: str) -> QWidget:
    """Logo, a large title and a muted explanation, as at the top of every start-up dialog."""
    header = QWidget()
    logo = QLabel()
    logo.setPixmap(theme.pixmap("logo", size=40))
    title_label = QLabel(title)
    title_label.setObjectName("dialogTitle")
    subtitle_label = QLabel(subtitle)
    subtitle_label.setObjectName("dialogSubtitle")
    subtitle_label.setWordWrap(True)
    text = QVBoxLayout()
    text.setSpacing(2)
    text.addWidget(title_label)
    text.addWidget(subtitle_label)
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    layout.addWidget(logo, 0)
    layout.addLayout(text, 1)
    return header


class FormErrors:
    """Inline errors: one label under each field plus one for the form as a whole.

    A failed submit shows the message next to the offending field and never clears what the
    user typed.
    """

    def __init__(self, form: QFormLayout, form_label: QLabel) -> None:
        self._form, self._form_label = form, form_label
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {}
        form_label.setProperty("error", "form")
        form_label.setWordWrap(True)
        form_label.setVisible(False)

    def add_field(self, name: str, caption: str, edit: QLineEdit) -> QLineEdit:
        edit.setObjectName(f"{name}Edit")
        label = QLabel()
        label.setObjectName(f"{name}Error")
        label.setProperty("error", "field")
        label.setWordWrap(True)
        label.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(edit)
        column.addWidget(label)
        self._form.addRow(caption, box)
        self._fields[name] = (edit, label)
        edit.textEdited.connect(lambda _text, name=name: self.clear_field(name))
        return edit

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def edit(self, name: str) -> QLineEdit:
        return self._fields[name][0]

    def show_field(self, name: str, text: str) -> None:
        edit, label = self._fields[name]
        errors.show_inline(label, text)
        _set_invalid(edit, True)
        edit.setFocus()

    def clear_field(self, name: str) -> None:
        edit, label = self._fields[name]
        errors.show_inline(label, None)
        _set_invalid(edit, False)

    def show_form(self, text: str | None) -> None:
        errors.show_inline(self._form_label, text)

    def clear(self) -> None:
        for name in self._fields:
            self.clear_field(name)
        self.show_form(None)

    def show_exception(self, exc: Exception) -> str:
        """Put a failure where it belongs; returns the text shown (for signals and logs)."""
        text = errors.describe(exc)
        if isinstance(exc, ValidationError) and exc.field in self._fields:
            self.show_field(exc.field, text)
        else:
            if not isinstance(exc, CrmError):
                errors.show_unexpected(self._form_label.window(), exc)
            self.show_form(text)
        return text

    def any_visible(self) -> bool:
        return self._form_label.isVisibleTo(self._form_label.window()) or any(
            label.isVisibleTo(label.window()) for _edit, label in self._fields.values())


def _set_invalid(edit: QLineEdit, invalid: bool) -> None:
    if bool(edit.property("invalid")) == invalid:
        return
    edit.setProperty("invalid", invalid)
    edit.style().unpolish(edit)
    edit.style().polish(edit)
