"""Translated names of the value sets the client list, its filters and the feed show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.enums import ActivityKind, ClientKind, ClientStatus

CONTEXT = "ClientLabels"


def status_text(status: ClientStatus) -> str:
    return {
        ClientStatus.LEAD: QCoreApplication.translate("ClientLabels", "Lead"),
        ClientStatus.PROSPECT: QCoreApplication.translate("ClientLabels", "Prospect"),
        ClientStatus.CLIENT: QCoreApplication.translate("ClientLabels", "Client"),
        ClientStatus.LOST: QCoreApplication.translate("ClientLabels", "Lost"),
    }[ClientStatus(status)]


def kind_text(kind: ClientKind) -> str:
    return {
        ClientKind.COMPANY: QCoreApplication.translate("ClientLabels", "Company"),
        ClientKind.PERSON: QCoreApplication.translate("ClientLabels", "Person"),
    }[ClientKind(kind)]


def activity_verb(kind: ActivityKind) -> str:
    """How the feed names an interaction, in the middle of a sentence ("call", "meeting")."""
    return {
        ActivityKind.CALL: QCoreApplication.translate("ClientLabels", "call"),
        ActivityKind.MEETING: QCoreApplication.translate("ClientLabels", "meeting"),
        ActivityKind.EMAIL: QCoreApplication.translate("ClientLabels", "e-mail"),
        ActivityKind.NOTE: QCoreApplication.translate("ClientLabels", "note"),
    }[ActivityKind(kind)]


STATUS_COLORS = {
    ClientStatus.LEAD: "#b45309",
    ClientStatus.PROSPECT: "#2f5bea",
    ClientStatus.CLIENT: "#15803d",
    ClientStatus.LOST: "#9aa1ad",
}
