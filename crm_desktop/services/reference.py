"""Reference lists for pickers and filters: users, channels, tags, industries, pipelines."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Channel, Client, LossReason, Pipeline, Stage, StageKind, Tag, User
from crm_desktop.services import validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import team_of


@dataclass(frozen=True, slots=True)
class Option:
    """One entry of a picker: id and the text to show."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class StageOption:
    id: int
    name: str
    kind: StageKind
    position: int


@dataclass(frozen=True, slots=True)
class PipelineOption:
    id: int
    name: str
    forbid_skip: bool
    stages: tuple[StageOption, ...]


class ReferenceService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def users(self, *, assignable_only: bool = False) -> list[Option]:
        """Active users by name; `assignable_only`: those the actor may make responsible."""
        with self._sessions() as session:
            rows = session.execute(
                select(User.id, User.full_name, User.team_id)
                .where(User.is_active.is_(True))
                .order_by(User.full_name, User.id)
            ).all()
            if assignable_only:
                rows = [r for r in rows if self._actor.sees_owner(r.id, team_of(session, r.id))]
            return [Option(r.id, r.full_name) for r in rows]

    def channels(self) -> list[Option]:
        return self._options(
            select(Channel.id, Channel.name)
            .where(Channel.is_active.is_(True))
            .order_by(Channel.position, Channel.name)
        )

    def tags(self) -> list[Option]:
        return self._options(select(Tag.id, Tag.name).order_by(Tag.name))

    def add_tag(self, name: str) -> Option:
        self._actor.require(Permission.EDIT)
        name = validation.require_text(name, field="tag", limit=100)
        with self._sessions.begin() as session:
            tag = session.scalar(select(Tag).where(Tag.name == name))
            if tag is None:
                tag = Tag(name=name, created_by_id=self._actor.user_id or None)
                session.add(tag)
                session.flush()
            return Option(tag.id, tag.name)

    def industries(self) -> list[str]:
        """Industries already used in the base (distinct values, via the industry index)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Client.industry)
                    .where(Client.industry.is_not(None))
                    .distinct()
                    .order_by(Client.industry)
                    .limit(500)
                )
            )

    def loss_reasons(self) -> list[Option]:
        """The reasons a salesperson may pick (retired ones are not offered)."""
        return self._options(
            select(LossReason.id, LossReason.name)
            .where(LossReason.is_active.is_(True))
            .order_by(LossReason.position, LossReason.name)
        )

    def _options(self, query: Select[int, str]) -> list[Option]:
        with self._sessions() as session:
            return [Option(i, n) for i, n in session.execute(query)]

    def pipelines(self) -> list[PipelineOption]:
        with self._sessions() as session:
            pipelines = session.scalars(
                select(Pipeline)
                .where(Pipeline.is_archived.is_(False))
                .order_by(Pipeline.position, Pipeline.id)
            ).all()
            stages = session.scalars(
                select(Stage).where(Stage.is_archived.is_(False)).order_by(Stage.position, Stage.id)
            ).all()
            return [
                PipelineOption(
                    p.id,
                    p.name,
                    p.forbid_skip,
                    tuple(
                        StageOption(s.id, s.name, s.kind, s.position)
                        for s in stages
                        if s.pipeline_id == p.id
                    ),
                )
                for p in pipelines
            ]
