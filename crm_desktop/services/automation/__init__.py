"""Automation rules (Qt-free): trigger + conditions + actions, run inside the triggering
event's transaction or by the scheduled run (`AutomationService.run_scheduled`)."""

from crm_desktop.services.automation.engine import RuleFailed
from crm_desktop.services.automation.rules import (
    ActionKind,
    Conditions,
    DueUnit,
    FieldAction,
    InvoiceAction,
    NotifyAction,
    OnError,
    Recipient,
    RecipientSpec,
    RuleData,
    RuleRow,
    TaskAction,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.automation.scheduled import ScheduledRun
from crm_desktop.services.automation.service import AutomationService, Notice, RoleOption

__all__ = [
    "ActionKind", "AutomationService", "Conditions", "DueUnit", "FieldAction", "InvoiceAction",
    "Notice", "NotifyAction", "OnError", "Recipient", "RecipientSpec", "RoleOption", "RuleData",
    "RuleFailed", "RuleRow", "ScheduledRun", "TaskAction", "Trigger", "TriggerSpec",
]
