"""Translated names of stage kinds and of the deal fields a stage may require."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.enums import StageKind


def kind_text(kind: StageKind) -> str:
    return {
        StageKind.OPEN: QCoreApplication.translate("SettingsNames", "In progress"),
        StageKind.WON: QCoreApplication.translate("SettingsNames", "Won"),
        StageKind.LOST: QCoreApplication.translate("SettingsNames", "Lost"),
    }[StageKind(kind)]


def field_text(field: str) -> str:
    return {
        "amount": QCoreApplication.translate("SettingsNames", "Amount"),
        "expected_close_on": QCoreApplication.translate("SettingsNames", "Expected close date"),
        "contact_id": QCoreApplication.translate("SettingsNames", "Contact person"),
        "channel_id": QCoreApplication.translate("SettingsNames", "Channel"),
        "note": QCoreApplication.translate("SettingsNames", "Note"),
    }.get(field, field)
