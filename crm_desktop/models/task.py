"""Tasks, projects and task dependencies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base, Versioned, str_enum
from crm_desktop.models.enums import TaskPriority, TaskStatus


class Project(Versioned, Base):
    """A set of ordered tasks for a client or a deal."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), index=True
    )
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


task_dependencies = Table(
    "task_dependencies",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "depends_on_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Task(Versioned, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[TaskStatus] = mapped_column(
        str_enum(TaskStatus, "task_status"), server_default=TaskStatus.OPEN.value
    )
    priority: Mapped[TaskPriority] = mapped_column(
        str_enum(TaskPriority, "task_priority"), server_default=TaskPriority.NORMAL.value
    )
    due_at: Mapped[datetime | None]
    remind_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    is_automatic: Mapped[bool] = mapped_column(server_default=false())
    rule_id: Mapped[int | None] = mapped_column(
        ForeignKey("automation_rules.id", ondelete="SET NULL")
    )

    __table_args__ = (
        Index("ix_tasks_assignee_due", "assignee_id", "status", "due_at", "id"),
        Index("ix_tasks_status_due", "status", "due_at"),
        Index("ix_tasks_client", "client_id", "due_at"),
        Index("ix_tasks_deal", "deal_id", "status", "due_at"),
        Index("ix_tasks_created_by", "created_by_id", "status"),
        Index("ix_tasks_remind", "remind_at", "reminded_at"),
    )
