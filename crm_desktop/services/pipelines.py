"""The pipelines editor: pipelines, their ordered stages, and the loss reasons list.

Needs the manage-pipelines permission. A pipeline always keeps at least one open, one won and
one lost stage. A stage that holds deals is removed only by naming where its deals go; a stage
that history rows refer to is archived rather than deleted, so nothing is ever orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Deal, DealStageChange, LossReason, Pipeline, Stage, StageKind
from crm_desktop.services import audit, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import check_version, now, stamp_created, stamp_updated, writing
from crm_desktop.services.deals import record_stage_change
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

NEEDS_ALL_KINDS = QT_TRANSLATE_NOOP(
    "Errors", "A pipeline needs at least one open, one won and one lost stage."
)
MOVE_TARGET_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "The stage holds {count} deal(s): choose the stage to move them to."
)
BAD_TARGET = QT_TRANSLATE_NOOP("Errors", "Move the deals to another stage of the same pipeline.")
BAD_PROBABILITY = QT_TRANSLATE_NOOP("Errors", "The probability is between 0 and 100%.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", 'A deal has no field "{value}".')
BAD_ORDER = QT_TRANSLATE_NOOP("Errors", "The new order must list every item exactly once.")

# Deal fields a stage may require before a deal enters it.
REQUIRABLE_FIELDS = ("amount", "expected_close_on", "contact_id", "channel_id", "note")


@dataclass(frozen=True, slots=True)
class StageData:
    name: str
    kind: StageKind = StageKind.OPEN
    probability: int = 0
    is_key: bool = False
    required_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StageRow:
    id: int
    pipeline_id: int
    data: StageData
    position: int
    is_archived: bool
    version: int


@dataclass(frozen=True, slots=True)
class PipelineRow:
    id: int
    name: str
    forbid_skip: bool
    position: int
    is_archived: bool
    stages: tuple[StageRow, ...]
    version: int


@dataclass(frozen=True, slots=True)
class LossReasonRow:
    id: int
    name: str
    is_active: bool


def _validate_stage(data: StageData) -> StageData:
    name = validation.require_text(data.name, field="name", limit=200)
    kind = validation.choice(data.kind, StageKind, field="kind")
    if not 0 <= int(data.probability) <= 100:
        raise ValidationError("probability", BAD_PROBABILITY)
    for field in data.required_fields:
        if field not in REQUIRABLE_FIELDS:
            raise ValidationError("required_fields", UNKNOWN_FIELD, value=field)
    return StageData(
        name,
        kind,
        int(data.probability),
        bool(data.is_key),
        tuple(dict.fromkeys(data.required_fields)),
    )


def _stage_row(stage: Stage) -> StageRow:
    data = StageData(
        stage.name,
        stage.kind,
        stage.probability,
        stage.is_key,
        tuple(str(f) for f in stage.required_fields or ()),
    )
    return StageRow(
        stage.id, stage.pipeline_id, data, stage.position, stage.is_archived, stage.version
    )


class PipelineService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    # -- pipelines -------------------------------------------------------------------------
    def pipelines(self, *, include_archived: bool = False) -> list[PipelineRow]:
        with self._sessions() as session:
            query = select(Pipeline).order_by(Pipeline.position, Pipeline.id)
            if not include_archived:
                query = query.where(Pipeline.is_archived.is_(False))
            return [self._row(session, p) for p in session.scalars(query)]

    def create(
        self, name: str, stages: list[StageData], *, forbid_skip: bool = False
    ) -> PipelineRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        name = validation.require_text(name, field="name", limit=200)
        checked = [_validate_stage(s) for s in stages]
        if {s.kind for s in checked} != set(StageKind):
            raise ValidationError("stages", NEEDS_ALL_KINDS)
        with self._sessions.begin() as session:
            last = session.scalar(select(func.max(Pipeline.position))) or 0
            pipeline = Pipeline(name=name, forbid_skip=forbid_skip, position=last + 1)
            stamp_created(pipeline, self._actor)
            session.add(pipeline)
            session.flush()
            for position, data in enumerate(checked):
                self._add_stage(session, pipeline.id, data, position)
            audit.record(session, self._actor, "create", "pipeline", pipeline.id)
            return self._row(session, pipeline)

    def update(
        self, pipeline_id: int, name: str, forbid_skip: bool, seen_version: int
    ) -> PipelineRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        name = validation.require_text(name, field="name", limit=200)
        with writing(self._sessions, "pipeline", pipeline_id) as session:
            pipeline = self._pipeline(session, pipeline_id)
            check_version(pipeline, seen_version, "pipeline", pipeline_id)
            pipeline.name, pipeline.forbid_skip = name, forbid_skip
            stamp_updated(pipeline, self._actor)
            session.flush()
            return self._row(session, pipeline)

    def set_archived(self, pipeline_id: int, archived: bool) -> PipelineRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions.begin() as session:
            pipeline = self._pipeline(session, pipeline_id)
            pipeline.is_archived = archived
            stamp_updated(pipeline, self._actor)
            session.flush()
            return self._row(session, pipeline)

    def reorder(self, pipeline_ids: list[int]) -> None:
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions.begin() as session:
            pipelines = {p.id: p for p in session.scalars(select(Pipeline))}
            if sorted(pipeline_ids) != sorted(pipelines):
                raise ValidationError("order", BAD_ORDER)
            for position, pipeline_id in enumerate(pipeline_ids):
                pipelines[pipeline_id].position = position

    # -- stages ----------------------------------------------------------------------------
    def add_stage(self, pipeline_id: int, data: StageData, position: int | None = None) -> StageRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        checked = _validate_stage(data)
        with self._sessions.begin() as session:
            self._pipeline(session, pipeline_id)
            stages = self._stages(session, pipeline_id)
            position = len(stages) if position is None else max(0, min(position, len(stages)))
            for stage in stages[position:]:
                stage.position += 1
            return _stage_row(self._add_stage(session, pipeline_id, checked, position))

    def update_stage(self, stage_id: int, data: StageData, seen_version: int) -> StageRow:
        self._actor.require(Permission.MANAGE_PIPELINES)
        checked = _validate_stage(data)
        with writing(self._sessions, "stage", stage_id) as session:
            stage = self._stage(session, stage_id)
            check_version(stage, seen_version, "stage", stage_id)
            stage.name, stage.kind, stage.probability = (
                checked.name,
                checked.kind,
                checked.probability,
            )
            stage.is_key, stage.required_fields = checked.is_key, list(checked.required_fields)
            stamp_updated(stage, self._actor)
            session.flush()
            self._check_kinds(session, stage.pipeline_id)
            return _stage_row(stage)

    def reorder_stages(self, pipeline_id: int, stage_ids: list[int]) -> list[StageRow]:
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions.begin() as session:
            stages = {s.id: s for s in self._stages(session, pipeline_id)}
            if sorted(stage_ids) != sorted(stages):
                raise ValidationError("order", BAD_ORDER)
            for position, stage_id in enumerate(stage_ids):
                stages[stage_id].position = position
            session.flush()
            return [_stage_row(stages[i]) for i in stage_ids]

    def remove_stage(self, stage_id: int, move_deals_to: int | None = None) -> None:
        """Move the stage's deals to `move_deals_to` (recorded in their history), then delete the
        stage, or archive it when history rows refer to it."""
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions.begin() as session:
            stage = self._stage(session, stage_id)
            deals = list(session.scalars(select(Deal).where(Deal.stage_id == stage_id)))
            stage.is_archived = True  # first: the database lets deals leave an archived stage
            session.flush()
            if deals:
                target = session.get(Stage, move_deals_to) if move_deals_to else None
                if target is None:
                    raise ValidationError("move_deals_to", MOVE_TARGET_REQUIRED, count=len(deals))
                if (
                    target.pipeline_id != stage.pipeline_id
                    or target.id == stage.id
                    or target.is_archived
                ):
                    raise ValidationError("move_deals_to", BAD_TARGET)
                self._move_all(session, deals, target)
            self._check_kinds(session, stage.pipeline_id)
            referenced = session.scalar(
                select(func.count()).where(
                    (DealStageChange.from_stage_id == stage_id)
                    | (DealStageChange.to_stage_id == stage_id)
                )
            )
            if not referenced:
                session.delete(stage)
            audit.record(session, self._actor, "remove_stage", "stage", stage_id)

    # -- loss reasons ----------------------------------------------------------------------
    def add_loss_reason(self, name: str) -> int:
        self._actor.require(Permission.MANAGE_PIPELINES)
        name = validation.require_text(name, field="name", limit=200)
        with self._sessions.begin() as session:
            existing = session.scalar(select(LossReason).where(LossReason.name == name))
            if existing is not None:
                existing.is_active = True
                return existing.id
            last = session.scalar(select(func.max(LossReason.position))) or 0
            reason = LossReason(name=name, position=last + 1)
            stamp_created(reason, self._actor)
            session.add(reason)
            session.flush()
            return reason.id

    def loss_reasons(self, *, include_inactive: bool = False) -> list[LossReasonRow]:
        """The list as the editor shows it; with `include_inactive`, retired reasons too."""
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions() as session:
            query = select(LossReason).order_by(LossReason.position, LossReason.name)
            if not include_inactive:
                query = query.where(LossReason.is_active.is_(True))
            return [LossReasonRow(r.id, r.name, r.is_active) for r in session.scalars(query)]

    def set_loss_reason_active(self, reason_id: int, active: bool) -> None:
        """Retire a reason (no longer offered; lost deals keep it) or bring it back."""
        self._actor.require(Permission.MANAGE_PIPELINES)
        with self._sessions.begin() as session:
            reason = session.get(LossReason, reason_id)
            if reason is None:
                raise NotFound("loss_reason", reason_id)
            reason.is_active = active
            stamp_updated(reason, self._actor)

    def update_loss_reason(self, reason_id: int, name: str, active: bool) -> None:
        self._actor.require(Permission.MANAGE_PIPELINES)
        name = validation.require_text(name, field="name", limit=200)
        with self._sessions.begin() as session:
            reason = session.get(LossReason, reason_id)
            if reason is None:
                raise NotFound("loss_reason", reason_id)
            reason.name, reason.is_active = name, active
            stamp_updated(reason, self._actor)

    # -- helpers ---------------------------------------------------------------------------
    def _move_all(self, session: Session, deals: list[Deal], target: Stage) -> None:
        moved_at = now()
        for deal in deals:
            record_stage_change(session, self._actor, deal.id, deal.stage_id, target.id, moved_at)
        session.execute(
            update(Deal)
            .where(Deal.id.in_([d.id for d in deals]))
            .values(
                stage_id=target.id,
                stage_entered_at=moved_at,
                version=Deal.version + 1,
                closed_at=None if target.kind is StageKind.OPEN else moved_at,
            )
            .execution_options(synchronize_session=False)
        )

    def _add_stage(
        self, session: Session, pipeline_id: int, data: StageData, position: int
    ) -> Stage:
        stage = Stage(
            pipeline_id=pipeline_id,
            name=data.name,
            kind=data.kind,
            position=position,
            probability=data.probability,
            is_key=data.is_key,
            required_fields=list(data.required_fields),
        )
        stamp_created(stage, self._actor)
        session.add(stage)
        session.flush()
        return stage

    def _check_kinds(self, session: Session, pipeline_id: int) -> None:
        kinds = {s.kind for s in self._stages(session, pipeline_id)}
        if kinds != set(StageKind):
            raise ValidationError("stages", NEEDS_ALL_KINDS)

    def _pipeline(self, session: Session, pipeline_id: int) -> Pipeline:
        pipeline = session.get(Pipeline, pipeline_id)
        if pipeline is None:
            raise NotFound("pipeline", pipeline_id)
        return pipeline

    def _stage(self, session: Session, stage_id: int) -> Stage:
        stage = session.get(Stage, stage_id)
        if stage is None or stage.is_archived:
            raise NotFound("stage", stage_id)
        return stage

    def _stages(self, session: Session, pipeline_id: int) -> list[Stage]:
        return list(
            session.scalars(
                select(Stage)
                .where(Stage.pipeline_id == pipeline_id, Stage.is_archived.is_(False))
                .order_by(Stage.position, Stage.id)
            )
        )

    def _row(self, session: Session, pipeline: Pipeline) -> PipelineRow:
        stages = tuple(_stage_row(s) for s in self._stages(session, pipeline.id))
        return PipelineRow(
            pipeline.id,
            pipeline.name,
            pipeline.forbid_skip,
            pipeline.position,
            pipeline.is_archived,
            stages,
            pipeline.version,
        )
