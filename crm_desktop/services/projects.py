"""Projects: ordered sets of tasks for a client or a deal, and their plan (dependency order,
what each task waits for, the earliest possible finish along the dependency chains)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Deal, Project, RoleScope, Task, TaskStatus, User
from crm_desktop.models.task import task_dependencies
from crm_desktop.services import idempotency, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import get_client, get_deal, now, stamp_created
from crm_desktop.services.errors import NotFound
from crm_desktop.services.project_plan import PlanTask, ProjectPlan, plan_of
from crm_desktop.services.task_dto import OPEN_STATUSES
from crm_desktop.services.task_lists import build_items, item_query, item_rows

__all__ = ["PlanTask", "ProjectData", "ProjectPlan", "ProjectRow", "ProjectService"]


@dataclass(frozen=True, slots=True)
class ProjectData:
    name: str = ""
    description: str | None = None
    client_id: int | None = None
    deal_id: int | None = None


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: int
    name: str
    description: str | None
    client_id: int | None
    client_name: str | None
    deal_id: int | None
    deal_title: str | None
    open_tasks: int
    total_tasks: int
    version: int


class ProjectService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def create(self, data: ProjectData, request_key: str | None = None) -> ProjectRow:
        """Create a project; a retry with the same `request_key` returns the one created."""
        self._actor.require(Permission.EDIT)
        name = validation.require_text(data.name, field="name", limit=300)
        description = validation.optional_text(data.description, field="description",
                                               limit=10_000)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "project.create")
            if done is not None:
                return self._rows(session, [Project.id == done])[0]
            client_id = data.client_id
            if client_id is not None:
                get_client(session, self._actor, client_id)
            if data.deal_id is not None:
                client_id = client_id or get_deal(session, self._actor, data.deal_id).client_id
            project = Project(name=name, description=description, client_id=client_id,
                              deal_id=data.deal_id, manager_id=self._actor.user_id or None)
            stamp_created(project, self._actor)
            session.add(project)
            session.flush()
            idempotency.record(session, self._actor, request_key, "project.create", project.id)
            return self._rows(session, [Project.id == project.id])[0]

    def projects(
        self, *, client_id: int | None = None, deal_id: int | None = None
    ) -> list[ProjectRow]:
        """Projects the actor sees (of a client or a deal when given), newest first."""
        with self._sessions() as session:
            where: list[ColumnElement[bool]] = []
            if client_id is not None:
                where.append(Project.client_id == client_id)
            if deal_id is not None:
                where.append(Project.deal_id == deal_id)
            return self._rows(session, where)

    def plan(self, project_id: int) -> ProjectPlan:
        with self._sessions() as session:
            rows = self._rows(session, [Project.id == project_id])
            if not rows:
                raise NotFound("project", project_id)
            found = item_rows(session, item_query().where(Task.project_id == project_id)
                              .order_by(Task.id))
            items = build_items(session, found, self._clock())
            ids = [i.id for i in items]
            edges = session.execute(
                select(task_dependencies.c.task_id, task_dependencies.c.depends_on_id)
                .where(task_dependencies.c.task_id.in_(ids))
            ).all() if ids else []
        return plan_of(rows[0].id, rows[0].name, items, [(a, b) for a, b in edges])

    def _rows(self, session: Session, where: list[ColumnElement[bool]]) -> list[ProjectRow]:
        open_tasks = func.count(Task.id).filter(Task.status.in_(OPEN_STATUSES))
        total = func.count(Task.id).filter(Task.status != TaskStatus.CANCELLED)
        query = (
            select(Project, Client.name, Deal.title, open_tasks, total)
            .outerjoin(Client, Client.id == Project.client_id)
            .outerjoin(Deal, Deal.id == Project.deal_id)
            .outerjoin(Task, Task.project_id == Project.id)
            .where(self._scope(), *where)
            .group_by(Project.id, Client.name, Deal.title)
            .order_by(Project.id.desc())
        )
        return [
            ProjectRow(p.id, p.name, p.description, p.client_id, cname, p.deal_id, dtitle,
                       int(o), int(t), p.version)
            for p, cname, dtitle, o, t in session.execute(query)
        ]

    def _scope(self) -> ColumnElement[bool]:
        actor = self._actor
        if actor.scope is RoleScope.ALL:
            return true()
        people: ColumnElement[bool] = Project.manager_id == actor.user_id
        if actor.scope is RoleScope.TEAM and actor.team_id is not None:
            people = Project.manager_id.in_(select(User.id).where(User.team_id == actor.team_id))
        return or_(people, Project.created_by_id == actor.user_id,
                   actor.owner_filter(Client.manager_id, "client", Client.id))
