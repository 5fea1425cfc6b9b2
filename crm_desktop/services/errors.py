"""Errors the services raise. They carry data (a code, a field, parameters) and an English
source message marked for translation; only ui/errors.py and the CLI turn them into text."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation without importing Qt (services stay Qt-free)."""
    return text


CONTEXT = "Errors"


class CrmError(Exception):
    """Base of every expected failure; `message` is an English template with {params}."""

    message = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class ValidationError(CrmError):
    """Bad input in one field; the form shows `message` next to `field`."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class PermissionDenied(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this: {action}.")

    def __init__(self, action: str) -> None:
        super().__init__(None, action=action)


class NotFound(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "The record was not found or is not visible to you.")

    def __init__(self, entity: str, entity_id: object) -> None:
        self.entity, self.entity_id = entity, entity_id
        super().__init__(None, entity=entity, id=entity_id)


class EditConflict(CrmError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Someone else saved this record after you opened it. Reload it and try again."
    )

    def __init__(self, entity: str, entity_id: object) -> None:
        self.entity, self.entity_id = entity, entity_id
        super().__init__(None, entity=entity, id=entity_id)


class AuthenticationFailed(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "Wrong login or password.")


class AccountDisabled(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "This account is disabled. Ask your administrator.")


class AccountLocked(AccountDisabled):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passwords: the account is locked for {minutes} min."
    )

    def __init__(self, minutes: int) -> None:
        CrmError.__init__(self, None, minutes=minutes)


class AlreadyExists(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", '{what} "{value}" already exists.')


class ConfigurationError(CrmError):
    """A bad database URL or an unsupported backend."""

    MESSAGES = {
        "bad_url": QT_TRANSLATE_NOOP("Errors", "Not a valid database address: {detail}"),
        "unsupported_backend": QT_TRANSLATE_NOOP(
            "Errors", 'Unsupported database type "{detail}": use sqlite or postgresql.'
        ),
        "bad_ctype": QT_TRANSLATE_NOOP(
            "Errors",
            "The database uses the locale {detail}, in which PostgreSQL cannot fold Cyrillic "
            "case, so search would miss Russian names. Create the database with LC_CTYPE "
            "'C.UTF-8' or 'ru_RU.UTF-8' (or an ICU locale).",
        ),
    }

    def __init__(self, code: str, detail: str) -> None:
        self.code = code
        super().__init__(self.MESSAGES[code], detail=detail)


class DatabaseUnavailable(CrmError):
    message = QT_TRANSLATE_NOOP("Errors", "Cannot connect to the database: {detail}")


class SchemaMismatch(CrmError):
    MESSAGES = {
        "empty": QT_TRANSLATE_NOOP(
            "Errors", 'The database is empty. Run "crm-admin init" to create it.'
        ),
        "older": QT_TRANSLATE_NOOP(
            "Errors",
            "The database schema is older than this program. "
            'Ask the administrator to run "crm-admin upgrade".',
        ),
        "newer": QT_TRANSLATE_NOOP(
            "Errors",
            "The database was created by a newer version of crm-desktop. "
            "Update this program before working with it.",
        ),
    }

    def __init__(self, code: str, database_revision: str | None, code_revision: str) -> None:
        self.code = code
        self.database_revision, self.code_revision = database_revision, code_revision
        super().__init__(self.MESSAGES[code])
