"""Deals: create, edit, move between stages under the pipeline's rules, delete."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import (
    Client,
    Contact,
    Deal,
    DealItem,
    DealStageChange,
    LossReason,
    Pipeline,
    Product,
    Stage,
    StageKind,
)
from crm_desktop.services import audit, card_views, idempotency, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.automation import hooks as automation
from crm_desktop.services.common import (
    check_version,
    get_client,
    get_deal,
    now,
    stamp_created,
    stamp_updated,
    user_in_scope,
    writing,
)
from crm_desktop.services.deal_dto import (
    DealCard,
    DealData,
    DealItemData,
    DealItemRow,
    StageChangeRow,
    item_field,
)
from crm_desktop.services.deal_items import line_amount, validate_item
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.normalize import fold

WRONG_PIPELINE = QT_TRANSLATE_NOOP("Errors", "This stage belongs to another pipeline.")
NO_SKIPPING = QT_TRANSLATE_NOOP(
    "Errors", 'This pipeline does not allow skipping stages: the next stage is "{next}".'
)
LOSS_REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Choose why the deal was lost.")
REQUIRED_FOR_STAGE = QT_TRANSLATE_NOOP(
    "Errors", 'Fill in this field before moving the deal to "{stage}".'
)
NOT_IN_CLIENT = QT_TRANSLATE_NOOP("Errors", "This contact belongs to another client.")
OUT_OF_SCOPE = QT_TRANSLATE_NOOP(
    "Errors", "You cannot make this person responsible: they are outside your scope."
)
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The selected value no longer exists.")


class RequiredForStage(ValidationError):
    """The target stage requires fields the deal lacks: `missing` lists them all, in the
    stage's order (`field` is the first), so one dialog can ask for every one of them."""

    def __init__(self, missing: tuple[str, ...], stage: str) -> None:
        self.missing = missing
        super().__init__(missing[0], REQUIRED_FOR_STAGE, stage=stage)


def _blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, Decimal) and value == 0)


def refresh_open_amount(session: Session, client_id: int) -> None:
    """clients.open_deals_amount = sum of the client's deals in open stages (one SQL UPDATE)."""
    total = (
        select(func.coalesce(func.sum(Deal.amount), 0))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.client_id == client_id, Stage.kind == StageKind.OPEN)
        .scalar_subquery()
    )
    session.execute(
        update(Client)
        .where(Client.id == client_id)
        .values(open_deals_amount=total)
        .execution_options(synchronize_session=False)
    )


def record_stage_change(
    session: Session,
    actor: Actor,
    deal_id: int,
    from_stage_id: int | None,
    to_stage_id: int,
    changed_at: datetime,
) -> None:
    """Add the stage history row of one move (creation is a move from None); the stay that
    the move ends gets its `left_at`, so reports need no window over the whole history."""
    if from_stage_id is not None:
        session.execute(
            update(DealStageChange)
            .where(DealStageChange.deal_id == deal_id, DealStageChange.left_at.is_(None))
            .values(left_at=changed_at)
            .execution_options(synchronize_session=False)
        )
    session.add(
        DealStageChange(
            deal_id=deal_id,
            from_stage_id=from_stage_id,
            to_stage_id=to_stage_id,
            changed_at=changed_at,
            changed_by_id=actor.user_id or None,
        )
    )


class DealService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def create(self, data: DealData, request_key: str | None = None) -> DealCard:
        """Create a deal; a retry with the same `request_key` returns the one created."""
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "deal.create")
            if done is not None:
                return self._card(session, get_deal(session, self._actor, done))
            values, items = self._validate(session, data)
            pipeline = session.get(Pipeline, data.pipeline_id)
            if pipeline is None:
                raise ValidationError("pipeline_id", UNKNOWN)
            stage = (
                self._stage(session, pipeline, data.stage_id)
                if data.stage_id
                else self._stages(session, pipeline)[0]
            )
            deal = Deal(
                **values, pipeline_id=pipeline.id, stage_id=stage.id, stage_entered_at=now()
            )
            stamp_created(deal, self._actor)
            session.add(deal)
            session.flush()
            self._set_items(session, deal, items)
            record_stage_change(
                session, self._actor, deal.id, None, stage.id, deal.stage_entered_at
            )
            session.flush()
            automation.on_deal_created(session, self._actor, deal)
            refresh_open_amount(session, deal.client_id)
            audit.record(session, self._actor, "create", "deal", deal.id)
            idempotency.record(session, self._actor, request_key, "deal.create", deal.id)
            return self._card(session, deal)

    def get(self, deal_id: int) -> DealCard:
        with self._sessions.begin() as session:
            card = self._card(session, get_deal(session, self._actor, deal_id))
            card_views.record_card_open(session, self._actor, "deal", deal_id)
            return card

    def update(
        self, deal_id: int, data: DealData, seen_version: int, request_key: str | None = None
    ) -> DealCard:
        """Edit everything but the pipeline and stage (those change only through move); a
        retry with the same `request_key` returns the current state."""
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "deal", deal_id) as session:
            deal = get_deal(session, self._actor, deal_id)
            if idempotency.applied(session, self._actor, request_key, "deal.update") is not None:
                return self._card(session, deal)
            check_version(deal, seen_version, "deal", deal_id)
            old_client = deal.client_id
            values, items = self._validate(session, data)
            for key, value in values.items():
                setattr(deal, key, value)
            self._set_items(session, deal, items)
            stamp_updated(deal, self._actor)
            session.flush()
            for client_id in {old_client, deal.client_id}:
                refresh_open_amount(session, client_id)
            idempotency.record(session, self._actor, request_key, "deal.update", deal_id)
            return self._card(session, deal)

    def move(
        self,
        deal_id: int,
        stage_id: int,
        seen_version: int,
        loss_reason_id: int | None = None,
        loss_comment: str | None = None,
    ) -> DealCard:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "deal", deal_id) as session:
            deal = get_deal(session, self._actor, deal_id)
            check_version(deal, seen_version, "deal", deal_id)
            pipeline = session.get_one(Pipeline, deal.pipeline_id)
            target = self._stage(session, pipeline, stage_id)
            if target.id == deal.stage_id:
                return self._card(session, deal)
            self._check_move(session, pipeline, deal, target, loss_reason_id)
            moved_at = now()
            record_stage_change(session, self._actor, deal.id, deal.stage_id, target.id, moved_at)
            deal.stage_id, deal.stage_entered_at = target.id, moved_at
            deal.closed_at = moved_at if target.kind is not StageKind.OPEN else None
            lost = target.kind is StageKind.LOST
            deal.loss_reason_id = loss_reason_id if lost else None
            deal.loss_comment = (
                validation.optional_text(loss_comment, field="loss_comment", limit=2000)
                if lost
                else None
            )
            stamp_updated(deal, self._actor)
            session.flush()
            automation.on_deal_stage_entered(session, self._actor, deal)
            refresh_open_amount(session, deal.client_id)
            audit.record(session, self._actor, "move", "deal", deal.id, {"to": target.id})
            return self._card(session, deal)

    def delete(self, deal_id: int, seen_version: int) -> None:
        self._actor.require(Permission.DELETE)
        with writing(self._sessions, "deal", deal_id) as session:
            deal = get_deal(session, self._actor, deal_id)
            check_version(deal, seen_version, "deal", deal_id)
            client_id = deal.client_id
            session.delete(deal)
            session.flush()
            refresh_open_amount(session, client_id)
            audit.record(session, self._actor, "delete", "deal", deal_id)

    def for_client(self, client_id: int) -> list[DealCard]:
        with self._sessions() as session:
            get_client(session, self._actor, client_id)
            deals = session.scalars(
                select(Deal)
                .where(Deal.client_id == client_id)
                .order_by(Deal.created_at.desc(), Deal.id.desc())
            ).all()
            return [self._card(session, d) for d in deals]

    # -- rules -----------------------------------------------------------------------------
    def _check_move(
        self,
        session: Session,
        pipeline: Pipeline,
        deal: Deal,
        target: Stage,
        loss_reason_id: int | None,
    ) -> None:
        if target.kind is StageKind.LOST:
            reason = session.get(LossReason, loss_reason_id) if loss_reason_id else None
            if reason is None or not reason.is_active:
                raise ValidationError("loss_reason_id", LOSS_REASON_REQUIRED)
        elif pipeline.forbid_skip and not self._reopening(session, deal, target):
            path = [s for s in self._stages(session, pipeline) if s.kind is not StageKind.LOST]
            ids = [s.id for s in path]
            current = ids.index(deal.stage_id) if deal.stage_id in ids else -1
            allowed = path[current + 1] if current + 1 < len(path) else None
            if allowed is None or allowed.id != target.id:
                raise ValidationError(
                    "stage_id", NO_SKIPPING, next=allowed.name if allowed else "—"
                )
        fields = [str(f) for f in target.required_fields or []]
        missing = tuple(f for f in fields if _blank(getattr(deal, f, None)))
        if missing:
            raise RequiredForStage(missing, target.name)

    def _reopening(self, session: Session, deal: Deal, target: Stage) -> bool:
        """A won or lost deal may go back to any open stage (recorded like any move)."""
        current = session.get_one(Stage, deal.stage_id)
        return current.kind is not StageKind.OPEN and target.kind is StageKind.OPEN

    def _stages(self, session: Session, pipeline: Pipeline) -> list[Stage]:
        return list(
            session.scalars(
                select(Stage)
                .where(Stage.pipeline_id == pipeline.id, Stage.is_archived.is_(False))
                .order_by(Stage.position, Stage.id)
            )
        )

    def _stage(self, session: Session, pipeline: Pipeline, stage_id: int) -> Stage:
        stage = session.get(Stage, stage_id)
        if stage is None or stage.is_archived:
            raise ValidationError("stage_id", UNKNOWN)
        if stage.pipeline_id != pipeline.id:
            raise ValidationError("stage_id", WRONG_PIPELINE)
        return stage

    def _validate(
        self, session: Session, data: DealData
    ) -> tuple[dict[str, Any], list[DealItemData]]:
        if not data.client_id:
            raise ValidationError("client_id", validation.REQUIRED)
        client = get_client(session, self._actor, data.client_id)
        if data.contact_id is not None:
            contact = session.get(Contact, data.contact_id)
            if contact is None or contact.client_id != client.id:
                raise ValidationError("contact_id", NOT_IN_CLIENT)
        manager_id = data.manager_id or self._actor.user_id or None
        if not user_in_scope(session, self._actor, manager_id):
            raise ValidationError("manager_id", OUT_OF_SCOPE)
        items = [validate_item(index, i) for index, i in enumerate(data.items)]
        for index, item in enumerate(items):
            if item.product_id is not None and session.get(Product, item.product_id) is None:
                raise ValidationError(item_field(index, "product_id"), UNKNOWN)
        amount = (
            sum((line_amount(i) for i in items), Decimal(0))
            if items
            else validation.money(data.amount, field="amount", allow_none=True)
        )
        values = {
            "title": (title := validation.require_text(data.title, field="title", limit=300)),
            "search_text": fold(title),
            "client_id": client.id,
            "contact_id": data.contact_id,
            "manager_id": manager_id,
            "channel_id": data.channel_id if data.channel_id is not None else client.channel_id,
            "amount": amount,
            "currency": (data.currency or "RUB").upper()[:3],
            "expected_close_on": data.expected_close_on,
            "note": validation.optional_text(data.note, field="note", limit=10_000),
        }
        return values, items

    def _set_items(self, session: Session, deal: Deal, items: list[DealItemData]) -> None:
        deal.items = [
            DealItem(
                product_id=i.product_id,
                position=pos,
                name=i.name,
                quantity=i.quantity,
                unit=i.unit,
                price=i.price,
                discount_pct=i.discount_pct,
                vat_rate=i.vat_rate,
            )
            for pos, i in enumerate(items)
        ]
        session.flush()

    def _card(self, session: Session, deal: Deal) -> DealCard:
        items = tuple(
            DealItemRow(
                i.id,
                item_data := DealItemData(
                    i.name, i.quantity, i.price, i.unit, i.discount_pct, i.vat_rate, i.product_id
                ),
                line_amount(item_data),
            )
            for i in deal.items
        )
        data = DealData(
            deal.title,
            deal.client_id,
            deal.pipeline_id,
            deal.stage_id,
            deal.contact_id,
            deal.manager_id,
            deal.channel_id,
            deal.amount,
            deal.currency,
            deal.expected_close_on,
            deal.note,
            tuple(r.data for r in items),
        )
        stage = session.get_one(Stage, deal.stage_id)
        return DealCard(
            deal.id,
            data,
            stage.kind,
            deal.stage_entered_at,
            deal.closed_at,
            deal.loss_reason_id,
            deal.loss_comment,
            items,
            self._history(session, deal.id),
            deal.version,
        )

    def _history(self, session: Session, deal_id: int) -> tuple[StageChangeRow, ...]:
        """The moves, oldest first, with the stage names (archived stages included)."""
        history = session.scalars(
            select(DealStageChange)
            .where(DealStageChange.deal_id == deal_id)
            .order_by(DealStageChange.changed_at, DealStageChange.id)
        ).all()
        ids = {h.to_stage_id for h in history} | {h.from_stage_id or 0 for h in history}
        stages = {s.id: s for s in session.scalars(select(Stage).where(Stage.id.in_(ids)))}
        rows = []
        for h in history:
            source, target = stages.get(h.from_stage_id or 0), stages[h.to_stage_id]
            rows.append(
                StageChangeRow(
                    h.from_stage_id,
                    h.to_stage_id,
                    h.changed_at,
                    h.changed_by_id,
                    source.name if source else None,
                    target.name,
                    bool(source and source.is_archived),
                    target.is_archived,
                )
            )
        return tuple(rows)
