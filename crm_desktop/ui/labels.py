"""Translated names of the model's value sets (statuses, kinds, priorities), shared by the list,
the card and the feed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.enums import (
    ActivityKind,
    ClientKind,
    ClientStatus,
    ContactMethodKind,
    TaskPriority,
    TaskStatus,
)


def status_text(status: ClientStatus) -> str:
    return {
        ClientStatus.LEAD: QCoreApplication.translate("Labels", "Lead"),
        ClientStatus.PROSPECT: QCoreApplication.translate("Labels", "Prospect"),
        ClientStatus.CLIENT: QCoreApplication.translate("Labels", "Client"),
        ClientStatus.LOST: QCoreApplication.translate("Labels", "Lost"),
    }[ClientStatus(status)]


def kind_text(kind: ClientKind) -> str:
    return {
        ClientKind.COMPANY: QCoreApplication.translate("Labels", "Company"),
        ClientKind.PERSON: QCoreApplication.translate("Labels", "Private person"),
    }[ClientKind(kind)]


def method_kind_text(kind: ContactMethodKind) -> str:
    return {
        ContactMethodKind.PHONE: QCoreApplication.translate("Labels", "Phone"),
        ContactMethodKind.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        ContactMethodKind.MESSENGER: QCoreApplication.translate("Labels", "Messenger"),
    }[ContactMethodKind(kind)]


def activity_text(kind: ActivityKind) -> str:
    return {
        ActivityKind.CALL: QCoreApplication.translate("Labels", "Call"),
        ActivityKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        ActivityKind.EMAIL: QCoreApplication.translate("Labels", "E-mail", "activity"),
        ActivityKind.NOTE: QCoreApplication.translate("Labels", "Note"),
    }[ActivityKind(kind)]


def priority_text(priority: TaskPriority) -> str:
    return {
        TaskPriority.LOW: QCoreApplication.translate("Labels", "Low"),
        TaskPriority.NORMAL: QCoreApplication.translate("Labels", "Normal"),
        TaskPriority.HIGH: QCoreApplication.translate("Labels", "High"),
    }[TaskPriority(priority)]


def task_status_text(status: TaskStatus) -> str:
    return {
        TaskStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        TaskStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        TaskStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[TaskStatus(status)]


def activity_verb(kind: ActivityKind) -> str:
    """How the feed names an interaction, in the middle of a sentence ("call", "meeting")."""
    return {
        ActivityKind.CALL: QCoreApplication.translate("Labels", "call"),
        ActivityKind.MEETING: QCoreApplication.translate("Labels", "meeting"),
        ActivityKind.EMAIL: QCoreApplication.translate("Labels", "e-mail"),
        ActivityKind.NOTE: QCoreApplication.translate("Labels", "note"),
    }[ActivityKind(kind)]


STATUS_COLORS = {
    ClientStatus.LEAD: "#b45309",
    ClientStatus.PROSPECT: "#2f5bea",
    ClientStatus.CLIENT: "#15803d",
    ClientStatus.LOST: "#9aa1ad",
}
