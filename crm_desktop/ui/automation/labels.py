"""What the automation pickers and the rules list show for the stored keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.automation import (
    ActionKind,
    DueUnit,
    FieldAction,
    NotifyAction,
    OnError,
    Recipient,
    RuleData,
    TaskAction,
    Trigger,
)


def trigger_names() -> dict[Trigger, str]:
    return {
        Trigger.DEAL_STAGE_ENTERED: QCoreApplication.translate(
            "Automation", "A deal enters a stage"),
        Trigger.DEAL_CREATED: QCoreApplication.translate("Automation", "A deal is created"),
        Trigger.CLIENT_CREATED: QCoreApplication.translate("Automation", "A client is created"),
        Trigger.DEAL_IDLE: QCoreApplication.translate(
            "Automation", "A deal has no activity for N days"),
        Trigger.TASK_OVERDUE: QCoreApplication.translate("Automation", "A task is overdue"),
        Trigger.CLIENT_BIRTHDAY: QCoreApplication.translate(
            "Automation", "A client's or contact's birthday in N days"),
    }


def action_names() -> dict[ActionKind, str]:
    return {
        ActionKind.CREATE_TASK: QCoreApplication.translate("Automation", "Create a task"),
        ActionKind.SET_FIELD: QCoreApplication.translate("Automation", "Set a field"),
        ActionKind.CREATE_INVOICE: QCoreApplication.translate(
            "Automation", "Create a draft invoice for the deal"),
        ActionKind.NOTIFY: QCoreApplication.translate("Automation", "Notify a user"),
    }


def recipient_names() -> dict[Recipient, str]:
    return {
        Recipient.DEAL_MANAGER: QCoreApplication.translate("Automation", "the deal's manager"),
        Recipient.CLIENT_MANAGER: QCoreApplication.translate(
            "Automation", "the client's manager"),
        Recipient.USER: QCoreApplication.translate("Automation", "a chosen user"),
        Recipient.ROLE_HEAD: QCoreApplication.translate(
            "Automation", "the head of a role (in the manager's team)"),
    }


def unit_names() -> dict[DueUnit, str]:
    return {DueUnit.HOURS: QCoreApplication.translate("Automation", "hours"),
            DueUnit.DAYS: QCoreApplication.translate("Automation", "days")}


def on_error_names() -> dict[OnError, str]:
    return {
        OnError.ROLLBACK: QCoreApplication.translate(
            "Automation", "cancel the whole change and show why"),
        OnError.SKIP: QCoreApplication.translate(
            "Automation", "skip this rule and note it in the audit log"),
    }


def field_names() -> dict[tuple[str, str], str]:
    return {
        ("deal", "note"): QCoreApplication.translate("Automation", "Deal: note"),
        ("deal", "manager_id"): QCoreApplication.translate("Automation", "Deal: manager"),
        ("deal", "channel_id"): QCoreApplication.translate("Automation", "Deal: channel"),
        ("client", "status"): QCoreApplication.translate("Automation", "Client: status"),
        ("client", "manager_id"): QCoreApplication.translate("Automation", "Client: manager"),
        ("client", "channel_id"): QCoreApplication.translate("Automation", "Client: channel"),
        ("client", "industry"): QCoreApplication.translate("Automation", "Client: industry"),
        ("client", "note"): QCoreApplication.translate("Automation", "Client: note"),
    }


def client_status_names() -> dict[str, str]:
    return {
        "lead": QCoreApplication.translate("Automation", "Lead"),
        "prospect": QCoreApplication.translate("Automation", "Prospect"),
        "client": QCoreApplication.translate("Automation", "Client"),
        "lost": QCoreApplication.translate("Automation", "Lost"),
    }


def describe_trigger(data: RuleData, stage_names: dict[int, str]) -> str:
    spec = data.trigger
    if spec.kind is Trigger.DEAL_STAGE_ENTERED:
        stage = stage_names.get(spec.stage_id or 0, "?")
        return QCoreApplication.translate("Automation", "A deal enters «%1»").replace("%1", stage)
    if spec.kind is Trigger.DEAL_IDLE:
        return QCoreApplication.translate(
            "Automation", "A deal without activity for %n day(s)", "", spec.days or 0)
    if spec.kind is Trigger.CLIENT_BIRTHDAY:
        return QCoreApplication.translate(
            "Automation", "A birthday in %n day(s)", "", spec.days or 0)
    return trigger_names()[spec.kind]


def describe_actions(data: RuleData) -> str:
    parts = []
    for action in data.actions:
        if isinstance(action, TaskAction):
            parts.append(QCoreApplication.translate("Automation", "Task «%1»").replace(
                "%1", action.title))
        elif isinstance(action, NotifyAction):
            parts.append(QCoreApplication.translate("Automation", "Notify: «%1»").replace(
                "%1", action.text))
        elif isinstance(action, FieldAction):
            parts.append(field_names().get((action.target, action.field), action.field))
        else:
            parts.append(action_names()[action.kind])
    return "; ".join(parts)
