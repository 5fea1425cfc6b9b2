"""Translated names of the value sets the card shows (statuses, kinds, priorities)."""

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
        ClientStatus.LEAD: QCoreApplication.translate("CardLabels", "Lead"),
        ClientStatus.PROSPECT: QCoreApplication.translate("CardLabels", "Prospect"),
        ClientStatus.CLIENT: QCoreApplication.translate("CardLabels", "Client"),
        ClientStatus.LOST: QCoreApplication.translate("CardLabels", "Lost"),
    }[ClientStatus(status)]


def kind_text(kind: ClientKind) -> str:
    return {
        ClientKind.COMPANY: QCoreApplication.translate("CardLabels", "Company"),
        ClientKind.PERSON: QCoreApplication.translate("CardLabels", "Private person"),
    }[ClientKind(kind)]


def method_kind_text(kind: ContactMethodKind) -> str:
    return {
        ContactMethodKind.PHONE: QCoreApplication.translate("CardLabels", "Phone"),
        ContactMethodKind.EMAIL: QCoreApplication.translate("CardLabels", "E-mail"),
        ContactMethodKind.MESSENGER: QCoreApplication.translate("CardLabels", "Messenger"),
    }[ContactMethodKind(kind)]


def activity_text(kind: ActivityKind) -> str:
    return {
        ActivityKind.CALL: QCoreApplication.translate("CardLabels", "Call"),
        ActivityKind.MEETING: QCoreApplication.translate("CardLabels", "Meeting"),
        ActivityKind.EMAIL: QCoreApplication.translate("CardLabels", "E-mail", "activity"),
        ActivityKind.NOTE: QCoreApplication.translate("CardLabels", "Note"),
    }[ActivityKind(kind)]


def priority_text(priority: TaskPriority) -> str:
    return {
        TaskPriority.LOW: QCoreApplication.translate("CardLabels", "Low"),
        TaskPriority.NORMAL: QCoreApplication.translate("CardLabels", "Normal"),
        TaskPriority.HIGH: QCoreApplication.translate("CardLabels", "High"),
    }[TaskPriority(priority)]


def task_status_text(status: TaskStatus) -> str:
    return {
        TaskStatus.OPEN: QCoreApplication.translate("CardLabels", "Open"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("CardLabels", "In progress"),
        TaskStatus.DONE: QCoreApplication.translate("CardLabels", "Done"),
        TaskStatus.CANCELLED: QCoreApplication.translate("CardLabels", "Cancelled"),
    }[TaskStatus(status)]
