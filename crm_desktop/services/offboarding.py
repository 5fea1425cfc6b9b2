"""An employee leaves: one transaction disables their login and hands their clients, deals,
open tasks and projects to a colleague; a report tells what they opened, exported and printed
lately (from the audit log)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, case, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import AuditEntry, Client, Deal, Project, Task, User
from crm_desktop.models.base import Versioned
from crm_desktop.services import audit, protection
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import now
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.task_dto import OPEN_STATUSES

SAME_PERSON = QT_TRANSLATE_NOOP("Errors", "Choose a colleague other than the person who leaves.")
COLLEAGUE_DISABLED = QT_TRANSLATE_NOOP(
    "Errors", "The colleague's account is disabled; choose an active colleague."
)
OFFBOARD_SELF = QT_TRANSLATE_NOOP("Errors", "You cannot offboard your own account.")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Errors", "There is no user with the login {login}.")

OPENED_ACTIONS = ("card_open", "open_attachment")
MAX_REPORT_LINES = 500


@dataclass(frozen=True, slots=True)
class OffboardResult:
    """What moved to the colleague."""

    login: str
    to_login: str
    to_full_name: str
    clients: int
    deals: int
    tasks: int
    projects: int


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One record the person opened, exported or printed, and how often."""

    category: str  # "opened" | "exported" | "printed"
    action: str
    entity: str | None
    entity_id: int | None
    name: str | None  # the client's name or the deal's title, when it still exists
    times: int
    last_at: datetime


@dataclass(frozen=True, slots=True)
class ReportTotal:
    category: str
    events: int
    records: int


@dataclass(frozen=True, slots=True)
class OffboardReport:
    login: str
    full_name: str
    since: datetime
    until: datetime
    totals: tuple[ReportTotal, ...]
    lines: tuple[ReportLine, ...]  # most frequent first, at most MAX_REPORT_LINES

    def total(self, category: str) -> ReportTotal:
        found = (t for t in self.totals if t.category == category)
        return next(found, ReportTotal(category, 0, 0))


def _category() -> ColumnElement[str | None]:
    return case(
        (AuditEntry.action.in_(OPENED_ACTIONS), "opened"),
        (AuditEntry.action.like("%export%"), "exported"),
        (AuditEntry.action.like("%print%"), "printed"),
        else_=None,
    )


def _names(session: Session, lines: Sequence[Row[Any]]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {"client": set(), "deal": set()}
    for line in lines:
        if line.entity in wanted and line.entity_id is not None:
            wanted[line.entity].add(line.entity_id)
    names: dict[tuple[str, int], str] = {}
    for kind, model_id, label in (("client", Client.id, Client.name),
                                  ("deal", Deal.id, Deal.title)):
        if wanted[kind]:
            rows = session.execute(select(model_id, label).where(model_id.in_(wanted[kind])))
            names |= {(kind, i): n for i, n in rows.all()}
    return names


def build_report(session: Session, user: User, since: datetime, until: datetime) -> OffboardReport:
    """GROUP BY over the person's audit entries (index ix_audit_log_user_time)."""
    category = _category().label("category")
    grouped = (
        select(category, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
               func.count().label("times"), func.max(AuditEntry.occurred_at).label("last_at"))
        .where(AuditEntry.user_id == user.id, AuditEntry.occurred_at >= since,
               AuditEntry.occurred_at < until, _category().is_not(None))
        .group_by(category, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id)
        .subquery()
    )
    totals = session.execute(
        select(grouped.c.category, func.sum(grouped.c.times), func.count())
        .group_by(grouped.c.category).order_by(grouped.c.category)
    ).all()
    lines = session.execute(
        select(grouped).order_by(grouped.c.times.desc(), grouped.c.last_at.desc())
        .limit(MAX_REPORT_LINES)
    ).all()
    names = _names(session, lines)
    return OffboardReport(
        user.login, user.full_name, since, until,
        tuple(ReportTotal(c, int(e or 0), int(r)) for c, e, r in totals),
        tuple(ReportLine(x.category, x.action, x.entity, x.entity_id,
                         names.get((x.entity or "", x.entity_id or 0)), int(x.times),
                         x.last_at) for x in lines),
    )


class OffboardingService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def offboard(self, login: str, to_login: str) -> OffboardResult:
        """Disable `login` (on PostgreSQL its database login becomes NOLOGIN) and reassign
        their records to `to_login`, all or nothing."""
        self._actor.require(Permission.MANAGE_USERS)
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            leaver = self._user(session, login, "login")
            colleague = self._user(session, to_login, "to_login")
            if leaver.id == self._actor.user_id:
                raise ValidationError("login", OFFBOARD_SELF)
            if colleague.id == leaver.id:
                raise ValidationError("to_login", SAME_PERSON)
            if not colleague.is_active:
                raise ValidationError("to_login", COLLEAGUE_DISABLED)
            leaver.is_active = False
            session.flush()
            protection.sync(session)
            moved = {
                "clients": self._reassign(session, Client, Client.manager_id == leaver.id,
                                          manager_id=colleague.id),
                "deals": self._reassign(session, Deal, Deal.manager_id == leaver.id,
                                        manager_id=colleague.id),
                "tasks": self._reassign(session, Task, (Task.assignee_id == leaver.id)
                                        & Task.status.in_(OPEN_STATUSES),
                                        assignee_id=colleague.id),
                "projects": self._reassign(session, Project, Project.manager_id == leaver.id,
                                           manager_id=colleague.id),
            }
            audit.record(session, self._actor, "user_offboard", "user", leaver.id,
                         {"to": colleague.login, **moved})
            return OffboardResult(leaver.login, colleague.login, colleague.full_name,
                                  **moved)

    def report(self, login: str, days: int = 30) -> OffboardReport:
        """What `login` opened, exported and printed in the last `days` days."""
        self._actor.require(Permission.MANAGE_USERS)
        until = self._clock()
        with self._sessions() as session:
            user = self._user(session, login, "login")
            return build_report(session, user, until - timedelta(days=days), until)

    @staticmethod
    def _user(session: Session, login: str, field: str) -> User:
        name = (login or "").strip().lower()
        user = session.scalar(select(User).where(User.login == name))
        if user is None:
            raise ValidationError(field, UNKNOWN_USER, login=name)
        return user

    def _reassign(self, session: Session, model: type[Versioned], where: ColumnElement[bool],
                  **values: int) -> int:
        """One UPDATE; the version is bumped so a card open elsewhere sees a conflict instead
        of silently writing the old responsible person back."""
        table: Any = model
        result = session.execute(
            update(table)
            .where(where)
            .values(**values, version=table.version + 1, updated_by_id=self._actor.user_id
                    or None, updated_at=func.now())
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)
