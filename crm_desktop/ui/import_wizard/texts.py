"""Translated texts of the import's Qt-free values: fields, problems, policies, kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.errors import CrmError
from crm_desktop.services.imports import DuplicatePolicy, ImportEntity, ImportField, Problem
from crm_desktop.ui import errors


def field_label(field: ImportField) -> str:
    return QCoreApplication.translate("ImportFields", field.label)


def problem_text(problem: Problem) -> str:
    """A cell's problem in the user's language (through ui/errors.py, like any service error);
    safe on a worker thread (the reject report is written there)."""
    return errors.error_text(CrmError(problem.message, **problem.params))


def entity_text(entity: ImportEntity) -> str:
    return {
        ImportEntity.CLIENTS: QCoreApplication.translate("ImportWizard", "Clients"),
        ImportEntity.CONTACTS: QCoreApplication.translate("ImportWizard", "Contact people"),
        ImportEntity.DEALS: QCoreApplication.translate("ImportWizard", "Deals"),
    }[entity]


def policy_text(policy: DuplicatePolicy, in_base: bool) -> str:
    if policy is DuplicatePolicy.SKIP:
        return (QCoreApplication.translate("ImportWizard", "Skip: keep the card in the base")
                if in_base else
                QCoreApplication.translate("ImportWizard", "Keep the first row, skip the rest"))
    if policy is DuplicatePolicy.UPDATE:
        return (QCoreApplication.translate("ImportWizard", "Update the card: fill empty fields")
                if in_base else
                QCoreApplication.translate("ImportWizard", "Merge the rows into one record"))
    return QCoreApplication.translate("ImportWizard", "Create anyway")


def key_text(key: str) -> str:
    """"inn:7707083893" → "INN 7707083893"."""
    kind, _, value = key.partition(":")
    label = {
        "inn": QCoreApplication.translate("ImportWizard", "INN"),
        "phone": QCoreApplication.translate("ImportWizard", "phone"),
        "email": QCoreApplication.translate("ImportWizard", "e-mail"),
        "person": QCoreApplication.translate("ImportWizard", "name"),
        "deal": QCoreApplication.translate("ImportWizard", "title"),
    }.get(kind, kind)
    return f"{label} {value.rsplit(':', 1)[-1]}"
