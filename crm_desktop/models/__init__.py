"""The SQLAlchemy ORM model; importing this package registers every table on Base.metadata."""

from crm_desktop.models.activity import ATTACHMENT_MAX_BYTES, Activity, Attachment
from crm_desktop.models.applied_request import AppliedRequest
from crm_desktop.models.base import Base
from crm_desktop.models.change_log import ChangeLog
from crm_desktop.models.client import (
    Channel,
    ChannelSpend,
    Client,
    Contact,
    ContactMethod,
    Favorite,
    Tag,
    client_shares,
    client_tags,
)
from crm_desktop.models.deal import (
    Deal,
    DealItem,
    DealStageChange,
    LossReason,
    Pipeline,
    Product,
    Stage,
    deal_shares,
)
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
from crm_desktop.models.funnel import DealFunnel, DealStageStay, StageStayMonth
from crm_desktop.models.invoice import Invoice, InvoiceCounter, InvoiceLine
from crm_desktop.models.settings import (
    AuditEntry,
    AutomationRule,
    CompanyProfile,
    SalesTarget,
    Segment,
    Setting,
)
from crm_desktop.models.task import Project, Task, task_dependencies
from crm_desktop.models.user import Role, Team, User

__all__ = [
    "ATTACHMENT_MAX_BYTES",
    "Activity",
    "ActivityKind",
    "AppliedRequest",
    "Attachment",
    "AuditEntry",
    "AutomationRule",
    "Base",
    "ChangeLog",
    "Channel",
    "ChannelSpend",
    "Client",
    "ClientKind",
    "ClientStatus",
    "CompanyProfile",
    "Contact",
    "ContactMethod",
    "ContactMethodKind",
    "Deal",
    "DealItem",
    "DealFunnel",
    "DealStageChange",
    "DealStageStay",
    "Favorite",
    "Invoice",
    "InvoiceCounter",
    "InvoiceLine",
    "InvoiceStatus",
    "LossReason",
    "Pipeline",
    "Product",
    "Project",
    "Role",
    "RoleScope",
    "SalesTarget",
    "Segment",
    "Setting",
    "Stage",
    "StageStayMonth",
    "StageKind",
    "Tag",
    "Task",
    "TaskPriority",
    "TaskStatus",
    "Team",
    "User",
    "client_shares",
    "client_tags",
    "deal_shares",
    "task_dependencies",
]
