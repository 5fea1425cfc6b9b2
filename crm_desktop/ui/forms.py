"""Form building blocks shared by dialogs and cards: a header, editors with inline errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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


def error_label(object_name: str, kind: str = "field") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("error", kind)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors:
    """Registry of `name → (editor, error label)`; names are ClientData attribute names.

    `aliases` sends an error about one field to another editor (a person's "name" is shown
    under the last name). Editing a field clears its error; nothing typed is ever cleared.
    """

    def __init__(self, form_label: QLabel) -> None:
        self.form_label = form_label
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.aliases: dict[str, str] = {}

    def add(self, name: str, editor: QWidget) -> QWidget:
        """Register `editor`; returns a box holding it and its error label for a layout."""
        editor.setObjectName(f"{name}Edit")
        label = error_label(f"{name}Error")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(label)
        self._fields[name] = (editor, label)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, n=name: self.clear_field(n))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, n=name: self.clear_field(n))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda n=name: self.clear_field(n))
        return box

    def editor(self, name: str) -> QWidget:
        return self._fields[name][0]

    def label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def resolve(self, name: str) -> str | None:
        name = self.aliases.get(name, name)
        return name if name in self._fields else None

    def show_field(self, name: str, text: str) -> None:
        editor, label = self._fields[name]
        errors.show_inline(label, text)
        set_invalid(editor, True)
        editor.setFocus()

    def clear_field(self, name: str) -> None:
        editor, label = self._fields[name]
        if label.isHidden() and not editor.property("invalid"):
            return
        errors.show_inline(label, None)
        set_invalid(editor, False)

    def show_form(self, text: str | None) -> None:
        errors.show_inline(self.form_label, text)

    def clear(self) -> None:
        for name in self._fields:
            self.clear_field(name)
        self.show_form(None)

    def show_exception(self, exc: Exception) -> str:
        """Put a failure next to its field, else above the form; returns the text."""
        text = errors.describe(exc)
        name = self.resolve(exc.field) if isinstance(exc, ValidationError) else None
        if name is not None:
            self.show_field(name, text)
        else:
            if not isinstance(exc, CrmError):
                errors.show_unexpected(self.form_label.window(), exc)
            self.show_form(text)
        return text

    def any_visible(self) -> bool:
        return not self.form_label.isHidden() or any(
            not label.isHidden() for _editor, label in self._fields.values())

    def visible_errors(self) -> dict[str, str]:
        """Field name → error text currently shown (for tests and logs)."""
        return {name: label.text() for name, (_e, label) in self._fields.items()
                if not label.isHidden()}


class FormErrors(FieldErrors):
    """FieldErrors for a dialog's QFormLayout: `add_field` adds the captioned row too."""

    def __init__(self, form: QFormLayout, form_label: QLabel) -> None:
        super().__init__(form_label)
        self._form = form
        form_label.setProperty("error", "form")
        form_label.setWordWrap(True)
        form_label.setVisible(False)

    def add_field(self, name: str, caption: str, edit: QLineEdit) -> QLineEdit:
        self._form.addRow(caption, self.add(name, edit))
        return edit

    def error_label(self, name: str) -> QLabel:
        return self.label(name)

    def edit(self, name: str) -> QLineEdit:
        editor = self.editor(name)
        assert isinstance(editor, QLineEdit)
        return editor
