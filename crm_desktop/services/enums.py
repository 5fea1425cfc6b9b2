"""The model's value sets, for the UI (which never imports crm_desktop.models)."""

from crm_desktop.models.enums import (
    ActivityKind,
    ClientKind,
    ClientStatus,
    ContactMethodKind,
    InvoiceStatus,
    RoleScope,
    StageKind,
    TaskPriority,
    TaskStatus,
)

__all__ = [
    "ActivityKind", "ClientKind", "ClientStatus", "ContactMethodKind", "InvoiceStatus",
    "RoleScope", "StageKind", "TaskPriority", "TaskStatus",
]
