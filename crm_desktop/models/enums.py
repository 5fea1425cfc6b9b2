"""Value sets stored as strings (see base.str_enum)."""

from __future__ import annotations

import enum


class RoleScope(enum.StrEnum):
    OWN = "own"
    TEAM = "team"
    ALL = "all"


class ClientKind(enum.StrEnum):
    COMPANY = "company"
    PERSON = "person"


class ClientStatus(enum.StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CLIENT = "client"
    LOST = "lost"


class ContactMethodKind(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MESSENGER = "messenger"


class StageKind(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class ActivityKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"


class InvoiceStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    CANCELLED = "cancelled"
