"""ui/errors.py: service errors become translated text; unexpected ones are logged and shown."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from crm_desktop import app
from crm_desktop.services.actor import Permission
from crm_desktop.services.errors import (
    AlreadyExists,
    AuthenticationFailed,
    CrmError,
    PermissionDenied,
    ValidationError,
)
from crm_desktop.services.users import LOGIN_TAKEN, SHORT_PASSWORD
from crm_desktop.ui import errors
from crm_desktop.ui.errors import UnexpectedErrorDialog

RU_TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "crm_desktop_ru.ts"


@pytest.fixture
def russian(qapp, tmp_path):
    qm = tmp_path / "ru.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(RU_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_english_text_is_the_filled_in_template(qapp):
    assert errors.error_text(ValidationError("password", SHORT_PASSWORD, limit=8)) == \
        "The password must be at least 8 characters."
    assert errors.error_text(PermissionDenied(Permission.EXPORT.value)) == \
        "Your role does not allow this: export."


def test_russian_text_translates_the_template_and_translatable_params(russian):
    assert errors.error_text(AuthenticationFailed()) == "Неверный логин или пароль."
    assert errors.error_text(PermissionDenied(Permission.MANAGE_USERS.value)) == \
        "Ваша роль не разрешает это действие: управление пользователями."
    assert errors.error_text(AlreadyExists(what=LOGIN_TAKEN, value="login")) == \
        "Логин «login» уже существует."  # the value is user data: never translated
    assert errors.error_text(ValidationError("password", SHORT_PASSWORD, limit=8)) == \
        "Пароль должен быть не короче 8 символов."


def test_a_translation_that_does_not_fit_falls_back_to_english(qapp):
    err = CrmError("Needs {missing} parameter")
    assert errors.error_text(err) == "Needs {missing} parameter"


def test_unexpected_errors_are_logged_with_traceback_and_shown_with_details(qtbot, caplog):
    def fail() -> None:
        raise RuntimeError("disk on fire")

    try:
        fail()
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="crm_desktop.ui.errors"):
            dialog = errors.show_unexpected(None, exc)
    qtbot.addWidget(dialog)
    assert "Traceback" in caplog.text and "disk on fire" in caplog.text
    assert dialog.isVisible() and not dialog.isModal()
    assert "disk on fire" not in dialog.message_label.text()  # no traceback in the message
    assert not dialog.details_edit.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details_edit.isVisible()
    assert "disk on fire" in dialog.details_edit.toPlainText()


def test_excepthook_logs_and_shows_and_the_app_goes_on(qtbot, caplog):
    try:
        raise KeyError("slot blew up")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            app._excepthook(type(exc), exc, exc.__traceback__)
    assert "slot blew up" in caplog.text
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, UnexpectedErrorDialog) and w.isVisible()]
    assert shown
    for dialog in shown:
        dialog.close()


def test_a_wrapped_errors_reason_is_translated_too(qapp):
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from crm_desktop.services.automation.engine import RuleFailed
    from crm_desktop.services.errors import PermissionDenied
    from crm_desktop.ui.errors import error_text

    qm = Path(__file__).parents[1] / "crm_desktop/resources/i18n/crm_desktop_ru.qm"
    translator = QTranslator()
    assert translator.load(str(qm))  # compiled by `make test`
    qapp.installTranslator(translator)
    try:
        cause = PermissionDenied("print")
        wrapped = RuleFailed("Automation rule «{rule}» failed, nothing was saved: {reason}",
                             "Счёт", cause.english(), cause)
        text = error_text(wrapped)
    finally:
        qapp.removeTranslator(translator)
    assert cause.english() not in text
    assert text.endswith(error_text(cause)) or "печат" in text
