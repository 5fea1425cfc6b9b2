"""What the task services take and return: frozen dataclasses, plus the list groups by due date."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from crm_desktop.models import TaskPriority, TaskStatus
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

OPEN_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)

BLOCKED = QT_TRANSLATE_NOOP(
    "Errors", "This task waits for {count} unfinished task(s) it depends on: {titles}."
)
CYCLE = QT_TRANSLATE_NOOP("Errors", "These dependencies would form a cycle.")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Errors", "Choose an active user as the assignee.")
NOT_ASSIGNABLE = QT_TRANSLATE_NOOP(
    "Errors", "Your role does not allow giving tasks to this person."
)
REMIND_AFTER_DUE = QT_TRANSLATE_NOOP("Errors", "The reminder must not be later than the due time.")
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The selected value no longer exists.")


@dataclass(frozen=True, slots=True)
class TaskData:
    title: str = ""
    description: str | None = None
    assignee_id: int | None = None  # None: the author
    client_id: int | None = None
    deal_id: int | None = None
    project_id: int | None = None
    due_at: datetime | None = None
    remind_at: datetime | None = None
    priority: TaskPriority = TaskPriority.NORMAL
    depends_on: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    data: TaskData
    status: TaskStatus
    author_id: int | None
    is_automatic: bool
    is_overdue: bool
    completed_at: datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class TaskItem:
    """A task as lists, the calendar and the edit dialog show it (names resolved)."""

    id: int
    data: TaskData
    status: TaskStatus
    version: int
    is_overdue: bool
    is_automatic: bool
    assignee_name: str
    author_id: int | None
    author_name: str
    client_name: str | None
    deal_title: str | None
    project_name: str | None
    waiting_for: tuple[str, ...]  # titles of the unfinished tasks it depends on
    completed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_blocked(self) -> bool:
        return self.is_open and bool(self.waiting_for)


@dataclass(frozen=True, slots=True)
class Assignee:
    id: int
    name: str
    is_me: bool


class Bucket(enum.IntEnum):
    """The groups of a task list, in display order."""

    OVERDUE = 0
    TODAY = 1
    TOMORROW = 2
    THIS_WEEK = 3
    LATER = 4
    NO_DATE = 5


@dataclass(frozen=True, slots=True)
class BucketBounds:
    """Where the groups start, for one moment in the user's time zone."""

    now: datetime
    tomorrow: datetime  # start of tomorrow
    day_after: datetime  # start of the day after tomorrow
    next_week: datetime  # Monday 00:00 after this week

    @classmethod
    def at(cls, now: datetime, tz: tzinfo | None = None) -> BucketBounds:
        local = now.astimezone(tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return cls(now, midnight + timedelta(days=1), midnight + timedelta(days=2),
                   midnight + timedelta(days=7 - midnight.weekday()))

    def bucket(self, due_at: datetime | None) -> Bucket:
        if due_at is None:
            return Bucket.NO_DATE
        if due_at < self.now:
            return Bucket.OVERDUE
        if due_at < self.tomorrow:
            return Bucket.TODAY
        if due_at < self.day_after:
            return Bucket.TOMORROW
        if due_at < self.next_week:
            return Bucket.THIS_WEEK
        return Bucket.LATER

