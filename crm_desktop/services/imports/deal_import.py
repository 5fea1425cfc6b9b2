"""Importing deals: the client by INN or name, the pipeline and stage by name (default: the
first pipeline and its first stage). A duplicate is a deal of the same client in the same
pipeline with the same title."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, DealStageChange, LossReason, Pipeline, Stage, StageKind
from crm_desktop.services import validation
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import now
from crm_desktop.services.deals import refresh_open_amount
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.client_writer import merged
from crm_desktop.services.imports.dedupe import DuplicateGroup, Existing, chunks, find_groups
from crm_desktop.services.imports.links import ClientLinks
from crm_desktop.services.imports.mapping import ColumnMapping
from crm_desktop.services.imports.preview import ImportPreview, ImportProgress, Plan, parse_all
from crm_desktop.services.imports.reader import SheetTable
from crm_desktop.services.imports.rows import ParsedRow, Refs, RowReader, resolve_user
from crm_desktop.services.normalize import fold

NO_PIPELINE = QT_TRANSLATE_NOOP("Errors", 'No pipeline "{value}".')
NO_STAGE = QT_TRANSLATE_NOOP("Errors", 'The pipeline has no stage "{value}".')
NO_LOSS_REASON = QT_TRANSLATE_NOOP(
    "Errors", "A lost deal needs a loss reason from the list: {value}")

_DEALS = cast(Table, Deal.__table__)
_CHANGES = cast(Table, DealStageChange.__table__)


class _Pipelines:
    def __init__(self, session: Session) -> None:
        pipelines = session.execute(select(Pipeline.id, Pipeline.name).where(
            Pipeline.is_archived.is_(False)).order_by(Pipeline.position, Pipeline.id)).all()
        self.by_name = {fold(name): pid for pid, name in pipelines}
        self.first = pipelines[0][0] if pipelines else None
        self.stages: dict[int, list[tuple[int, str, StageKind]]] = {}
        for sid, pid, name, kind in session.execute(
                select(Stage.id, Stage.pipeline_id, Stage.name, Stage.kind)
                .where(Stage.is_archived.is_(False)).order_by(Stage.position, Stage.id)):
            self.stages.setdefault(pid, []).append((sid, fold(name), kind))
        self.reasons = {fold(n): rid for rid, n in session.execute(
            select(LossReason.id, LossReason.name).where(LossReason.is_active.is_(True)))}


def prepare(session: Session, actor: Actor, table: SheetTable, mapping: ColumnMapping,
            refs: Refs, progress: ImportProgress
            ) -> tuple[list[ParsedRow], list[DuplicateGroup], dict[str, object]]:
    def texts(key: str) -> list[str]:
        columns = mapping.columns_of(key)
        return ["".join(r[c] for c in columns if c < len(r)) for r in table.rows]

    links = ClientLinks.load(session, actor, list(zip(texts("company_inn"), texts("company"),
                                                      strict=True)))
    pipelines = _Pipelines(session)
    parsed = parse_all(table, progress,
                       lambda i, r: _parse(i, r, mapping, refs, links, pipelines))
    ok = [r for r in parsed if r.ok]
    return parsed, find_groups(session, ok, _keys, _look_up, _describe), {}


def _parse(index: int, row: tuple[str, ...], mapping: ColumnMapping, refs: Refs,
           links: ClientLinks, pipelines: _Pipelines) -> ParsedRow:
    r = RowReader(mapping, row)
    title = r.get("title", lambda v: validation.require_text(cells.clean(v), field="title"))
    if not title:
        r.fail("title", ValidationError("title", validation.REQUIRED))
    pipeline_id = pipelines.first
    if r.raw("pipeline").strip():
        pipeline_id = pipelines.by_name.get(fold(cells.clean(r.raw("pipeline"))))
        if pipeline_id is None:
            r.fail("pipeline", ValidationError("pipeline", NO_PIPELINE,
                                               value=cells.clean(r.raw("pipeline"))))
    stages = pipelines.stages.get(pipeline_id or 0, [])
    stage = stages[0] if stages else None
    if r.raw("stage").strip() and pipeline_id is not None:
        wanted = fold(cells.clean(r.raw("stage")))
        stage = next((s for s in stages if s[1] == wanted), None)
        if stage is None:
            r.fail("stage", ValidationError("stage", NO_STAGE, value=cells.clean(r.raw("stage"))))
    reason_id = None
    if stage is not None and stage[2] is StageKind.LOST:
        reason_id = pipelines.reasons.get(fold(cells.clean(r.raw("loss_reason"))))
        if reason_id is None:
            r.fail("loss_reason", ValidationError("loss_reason", NO_LOSS_REASON,
                                                  value=cells.clean(r.raw("loss_reason"))))
    values: dict[str, Any] = {
        "title": title, "search_text": fold(title or ""),
        "client_id": links.resolve(r, "company_inn", "company"),
        "pipeline_id": pipeline_id, "stage_id": stage[0] if stage else None,
        "stage_kind": stage[2] if stage else None,
        "manager_id": resolve_user(r, refs),
        "amount": r.get("amount", lambda v: cells.money(v, "amount")),
        "expected_close_on": r.get("expected_close_on",
                                   lambda v: cells.parse_date(v, "expected_close_on")),
        "loss_reason_id": reason_id,
        "note": r.get("note", lambda v: cells.text(v, "note", 10_000)),
    }
    return ParsedRow(index, values, problems=tuple(r.problems))


def _keys(row: ParsedRow) -> Iterable[str]:
    v = row.values
    yield f"deal:{v['client_id']}:{v['pipeline_id']}:{v['search_text']}"


def _look_up(session: Session, keys: list[str]) -> dict[str, set[int]]:
    wanted = set(keys)
    clients = sorted({k.split(":")[1] for k in keys})
    found: dict[str, set[int]] = {}
    for part in chunks(clients):
        for deal_id, client_id, pipeline_id, text in session.execute(
                select(Deal.id, Deal.client_id, Deal.pipeline_id, Deal.search_text)
                .where(Deal.client_id.in_([int(c) for c in part]))):
            key = f"deal:{client_id}:{pipeline_id}:{text}"
            if key in wanted:
                found.setdefault(key, set()).add(deal_id)
    return found


def _describe(session: Session, ids: set[int]) -> dict[int, Existing]:
    rows = session.execute(select(Deal.id, Deal.title).where(Deal.id.in_(sorted(ids))))
    return {deal_id: Existing(deal_id, title, True) for deal_id, title in rows}


def write(session: Session, actor: Actor, preview: ImportPreview, chosen: Plan,
          step: Callable[[int], None]) -> None:
    user_id = actor.user_id or None
    moment = now()
    touched: set[int] = set()
    for group in chosen.creates:
        row = merged(group)
        values = dict(row.values)
        kind = values.pop("stage_kind")
        values.update(amount=values["amount"] or 0, stage_entered_at=moment, version=1,
                      closed_at=moment if kind is not StageKind.OPEN else None,
                      channel_id=None, created_by_id=user_id, updated_by_id=user_id)
        deal_id = session.execute(insert(_DEALS).returning(_DEALS.c.id),
                                  [values]).scalar_one()
        session.execute(insert(_CHANGES), [{
            "deal_id": deal_id, "from_stage_id": None, "to_stage_id": values["stage_id"],
            "changed_at": moment, "changed_by_id": user_id}])
        touched.add(values["client_id"])
        step(len(group))
    for deal_id, rows in chosen.updates.items():
        deal = session.get_one(Deal, deal_id, with_for_update=True)
        row = merged(rows)
        if not deal.amount and row.values.get("amount"):
            deal.amount = row.values["amount"]
        for key in ("expected_close_on", "note"):
            if getattr(deal, key) in (None, "") and row.values.get(key) not in (None, ""):
                setattr(deal, key, row.values[key])
        deal.updated_by_id = user_id
        touched.add(deal.client_id)
        step(len(rows))
    session.flush()
    for client_id in sorted(touched):
        refresh_open_amount(session, client_id)
