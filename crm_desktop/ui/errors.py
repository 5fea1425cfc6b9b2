"""The one place that turns service errors into text the user reads, and shows failures.

Services raise CrmError subclasses carrying an English template marked with
QT_TRANSLATE_NOOP("Errors", ...) plus parameters; here the template is translated in the
"Errors" context and filled in. Parameters that are themselves "Errors" strings (a Permission
value, the "what" of AlreadyExists) are translated too.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import CrmError

log = logging.getLogger(__name__)

# parameters whose values are translatable "Errors" strings rather than user data
TRANSLATED_PARAMS = frozenset({"action", "what"})
_open_dialogs: set[QDialog] = set()


def error_text(err: CrmError) -> str:
    """The translated, filled-in message of a service error."""
    template = QCoreApplication.translate("Errors", err.message)
    params = {
        key: QCoreApplication.translate("Errors", value)
        if key in TRANSLATED_PARAMS and isinstance(value, str) else value
        for key, value in err.params.items()
    }
    cause = getattr(err, "cause", None)  # an error wrapping another (an automation rule's)
    if isinstance(cause, CrmError) and "reason" in params:
        params["reason"] = error_text(cause)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", err.message)
        return err.english()


def describe(exc: BaseException) -> str:
    """Text for any exception: a CrmError's message, or a generic sentence."""
    if isinstance(exc, CrmError):
        return error_text(exc)
    return QCoreApplication.translate(
        "Errors", "Something went wrong. The details were written to the log file."
    )


def show_inline(label: QLabel, text: str | None) -> None:
    """Show `text` in an inline error label next to a field, or hide the label."""
    label.setText(text or "")
    label.setVisible(bool(text))


def show_error(parent: QWidget | None, err: CrmError, title: str | None = None) -> None:
    """A modal warning for an expected failure that has no field to sit next to."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("Errors", "CRM"),
                      error_text(err), QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_fatal(parent: QWidget | None, title: str, err: BaseException, hint: str = "") -> None:
    """A modal error after which the program exits (cannot open the database, ...).

    Anything but a CrmError is logged with its traceback, which the box offers as details.
    """
    box = QMessageBox(QMessageBox.Icon.Critical, title, describe(err),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("fatalError")
    if hint:
        box.setInformativeText(hint)
    if not isinstance(err, CrmError):
        details = "".join(traceback.format_exception(type(err), err, err.__traceback__))
        log.error("fatal unexpected error: %s", details.rstrip())
        box.setDetailedText(details)
    box.exec()


def show_unexpected(parent: QWidget | None, exc: BaseException) -> UnexpectedErrorDialog:
    """Log an unexpected exception with its traceback and show it briefly, with Details….

    The dialog is not modal, so an error raised from a callback never blocks the event loop.
    """
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", details.rstrip())
    dialog = UnexpectedErrorDialog(describe(exc), details, parent)
    # without a parent, Python owns the dialog: keep it referenced until it is closed
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.show()
    return dialog


class UnexpectedErrorDialog(QDialog):
    """A short message with a "Details…" toggle revealing the traceback."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedError")
        self.setWindowTitle(self.tr("Unexpected error"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setVisible(False)
        self.details_edit.setMinimumHeight(200)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details_edit.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_edit, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
