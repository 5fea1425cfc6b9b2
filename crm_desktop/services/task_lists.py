"""Task lists: my tasks, tasks I gave to others, an employee's tasks — SQL-filtered, keyset-paged
by (due time, id) with undated tasks last; group counts and per-employee workload by GROUP BY."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select, tuple_
from sqlalchemy.orm import Session, aliased, sessionmaker

from crm_desktop.models import Client, Deal, Project, Task, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import get_client, get_deal, now
from crm_desktop.services.errors import NotFound
from crm_desktop.services.task_dependencies import dependency_ids, waiting_for
from crm_desktop.services.task_dto import (
    OPEN_STATUSES,
    Bucket,
    BucketBounds,
    TaskData,
    TaskItem,
)
from crm_desktop.services.task_scope import employees_filter, task_scope

Cursor = tuple[datetime | None, int]
ItemRow = tuple[Task, str | None, str | None, str | None, str | None, str | None]
Assignee = aliased(User)
Author = aliased(User)


class TaskView(enum.StrEnum):
    MINE = "mine"
    ASSIGNED_BY_ME = "assigned_by_me"
    EMPLOYEE = "employee"


@dataclass(frozen=True, slots=True)
class TaskQuery:
    view: TaskView = TaskView.MINE
    user_id: int | None = None  # the employee, for TaskView.EMPLOYEE


@dataclass(frozen=True, slots=True)
class TaskPage:
    items: list[TaskItem]
    cursor: Cursor | None  # where the next page starts; None when this was the last


@dataclass(frozen=True, slots=True)
class Workload:
    user_id: int
    name: str
    open: int
    overdue: int


def item_query() -> Select[Task, str, str, str, str, str]:
    """Tasks with the names a list shows (assignee, author, client, deal, project)."""
    return (
        select(Task, Assignee.full_name, Author.full_name, Client.name, Deal.title, Project.name)
        .outerjoin(Assignee, Assignee.id == Task.assignee_id)
        .outerjoin(Author, Author.id == Task.created_by_id)
        .outerjoin(Client, Client.id == Task.client_id)
        .outerjoin(Deal, Deal.id == Task.deal_id)
        .outerjoin(Project, Project.id == Task.project_id)
    )


def item_rows(session: Session, query: Select[Task, str, str, str, str, str]) -> list[ItemRow]:
    """Run an item_query (the names are None where an outer join found nothing)."""
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def build_items(session: Session, rows: Sequence[ItemRow], moment: datetime) -> list[TaskItem]:
    waits = waiting_for(session, [row[0].id for row in rows])
    return [_item(session, row, waits.get(row[0].id, ()), moment) for row in rows]


def _item(session: Session, row: ItemRow, waits: tuple[str, ...], moment: datetime) -> TaskItem:
    task, assignee, author, client, deal, project = row
    data = TaskData(task.title, task.description, task.assignee_id, task.client_id, task.deal_id,
                    task.project_id, task.due_at, task.remind_at, task.priority,
                    dependency_ids(session, task.id) if task.project_id or waits else ())
    overdue = task.status in OPEN_STATUSES and task.due_at is not None and task.due_at < moment
    return TaskItem(task.id, data, task.status, task.version, overdue, task.is_automatic,
                    assignee or "", task.created_by_id, author or "", client, deal, project,
                    waits, task.completed_at)


class TaskListService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def page(self, query: TaskQuery, after: Cursor | None = None, limit: int = 100) -> TaskPage:
        """Open tasks of the view by due time (undated last), `limit` after the cursor."""
        with self._sessions() as session:
            where = self._where(session, query)
            found: list[ItemRow] = []
            if after is None or after[0] is not None:
                dated = item_query().where(*where, Task.due_at.is_not(None))
                if after is not None:
                    dated = dated.where(tuple_(Task.due_at, Task.id) > tuple_(*after))
                found += item_rows(session, dated.order_by(Task.due_at, Task.id).limit(limit))
            if len(found) < limit:
                undated = item_query().where(*where, Task.due_at.is_(None))
                if after is not None and after[0] is None:
                    undated = undated.where(Task.id > after[1])
                found += item_rows(session, undated.order_by(Task.id).limit(limit - len(found)))
            items = build_items(session, found, self._clock())
        last = items[-1] if len(items) == limit else None
        return TaskPage(items, (last.data.due_at, last.id) if last else None)

    def item(self, task_id: int) -> TaskItem:
        with self._sessions() as session:
            rows = item_rows(session, item_query().where(Task.id == task_id,
                                                         task_scope(self._actor)))
            if not rows:
                raise NotFound("task", task_id)
            return build_items(session, rows, self._clock())[0]

    def for_record(
        self, *, client_id: int | None = None, deal_id: int | None = None, limit: int = 200
    ) -> list[TaskItem]:
        """A client's or a deal's tasks the actor may see: open first, then by due time."""
        with self._sessions() as session:
            query = item_query()
            if client_id is not None:
                get_client(session, self._actor, client_id)
                query = query.where(Task.client_id == client_id)
            if deal_id is not None:
                get_deal(session, self._actor, deal_id)
                query = query.where(Task.deal_id == deal_id)
            query = query.order_by(Task.status.not_in(OPEN_STATUSES), Task.due_at.is_(None),
                                   Task.due_at, Task.id).limit(limit)
            return build_items(session, item_rows(session, query), self._clock())

    def link_names(
        self, client_id: int | None, deal_id: int | None
    ) -> tuple[str | None, str | None, int | None]:
        """The client's name, the deal's title and the deal's client, for a new task's links."""
        with self._sessions() as session:
            deal = get_deal(session, self._actor, deal_id) if deal_id is not None else None
            client_id = client_id or (deal.client_id if deal else None)
            client = get_client(session, self._actor, client_id) if client_id else None
            return (client.name if client else None, deal.title if deal else None, client_id)

    def counts(self, query: TaskQuery, bounds: BucketBounds) -> dict[Bucket, int]:
        """How many open tasks of the view fall in each group (one aggregate query)."""
        due = Task.due_at
        conditions: dict[Bucket, ColumnElement[bool]] = {
            Bucket.OVERDUE: due < bounds.now,
            Bucket.TODAY: (due >= bounds.now) & (due < bounds.tomorrow),
            Bucket.TOMORROW: (due >= bounds.tomorrow) & (due < bounds.day_after),
            Bucket.THIS_WEEK: (due >= bounds.day_after) & (due < bounds.next_week),
            Bucket.LATER: due >= bounds.next_week,
            Bucket.NO_DATE: due.is_(None),
        }
        with self._sessions() as session:
            where = self._where(session, query)
            row = session.execute(
                select(*(func.count().filter(c) for c in conditions.values()))
                .select_from(Task).where(*where)
            ).one()
        return {bucket: int(n or 0) for bucket, n in zip(conditions, row, strict=True)}

    def workload(self) -> list[Workload]:
        """Open and overdue tasks per employee the actor looks after, most overdue first."""
        moment = self._clock()
        open_count = func.count(Task.id)
        overdue = func.count(Task.id).filter(Task.due_at < moment)
        with self._sessions() as session:
            rows = session.execute(
                select(User.id, User.full_name, open_count, overdue)
                .outerjoin(Task, (Task.assignee_id == User.id) & Task.status.in_(OPEN_STATUSES))
                .where(User.is_active.is_(True), employees_filter(self._actor))
                .group_by(User.id, User.full_name)
                .order_by(overdue.desc(), open_count.desc(), User.full_name, User.id)
            ).all()
        return [Workload(i, name, int(o), int(late)) for i, name, o, late in rows]

    def _where(self, session: Session, query: TaskQuery) -> list[ColumnElement[bool]]:
        me = self._actor.user_id
        where: list[ColumnElement[bool]] = [Task.status.in_(OPEN_STATUSES)]
        if query.view is TaskView.MINE:
            where.append(Task.assignee_id == me)
        elif query.view is TaskView.ASSIGNED_BY_ME:
            where += [Task.created_by_id == me, Task.assignee_id != me]
        else:
            allowed = session.scalar(
                select(User.id).where(User.id == query.user_id, employees_filter(self._actor)))
            if allowed is None:
                raise NotFound("user", query.user_id)
            where.append(Task.assignee_id == query.user_id)
        return where
