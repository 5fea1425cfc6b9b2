"""Who sees which tasks, and to whom the actor may give one.

Assignment rule: an ALL-scope role (administrator) assigns to any active user; a TEAM-scope
role (head of department) to the members of their team; an OWN-scope role that may edit
(salesperson) to the colleagues of their own team; anyone else only to themselves.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from crm_desktop.models import RoleScope, Task, User
from crm_desktop.services.actor import Actor, Permission


def task_scope(actor: Actor) -> ColumnElement[bool]:
    """Tasks the actor sees: assigned or authored; a head also their team's; all for ALL."""
    mine = or_(Task.assignee_id == actor.user_id, Task.created_by_id == actor.user_id)
    if actor.scope is RoleScope.ALL:
        return true()
    if actor.scope is RoleScope.TEAM and actor.team_id is not None:
        team = select(User.id).where(User.team_id == actor.team_id)
        return or_(mine, Task.assignee_id.in_(team))
    return mine


def employees_filter(actor: Actor) -> ColumnElement[bool]:
    """Users whose workload the actor may look at (heads: their team; ALL: everyone)."""
    if actor.scope is RoleScope.ALL:
        return true()
    if actor.scope is RoleScope.TEAM and actor.team_id is not None:
        return or_(User.team_id == actor.team_id, User.id == actor.user_id)
    return User.id == actor.user_id


def assignable_filter(actor: Actor) -> ColumnElement[bool]:
    """Users the actor may make responsible for a task (the rule in the module docstring)."""
    if not actor.can(Permission.EDIT):
        return User.id == actor.user_id if actor.user_id else false()
    if actor.scope is RoleScope.ALL:
        return true()
    if actor.team_id is not None:
        return or_(User.team_id == actor.team_id, User.id == actor.user_id)
    return User.id == actor.user_id


def may_assign(session: Session, actor: Actor, user_id: int) -> bool:
    return bool(
        session.scalar(
            select(User.id).where(User.id == user_id, User.is_active.is_(True),
                                  assignable_filter(actor))
        )
    )


def is_head(actor: Actor) -> bool:
    """Whether the actor looks after other people's tasks (team or whole-company scope)."""
    return actor.scope is RoleScope.ALL or (
        actor.scope is RoleScope.TEAM and actor.team_id is not None
    )
