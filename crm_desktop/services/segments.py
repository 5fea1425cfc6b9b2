"""Saved segments ("dynamic groups"): named client filters, private or shared, with live counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Segment
from crm_desktop.services import client_queries, validation
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_list import utc_today
from crm_desktop.services.common import check_version, stamp_created, stamp_updated, writing
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied

NOT_OWNER = QT_TRANSLATE_NOOP("Errors", "change a segment someone else created")


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: int
    name: str
    filter: ClientFilter
    is_shared: bool
    owner_id: int
    version: int


def _row(segment: Segment) -> SegmentRow:
    return SegmentRow(
        segment.id,
        segment.name,
        ClientFilter.from_json(segment.filter),
        segment.is_shared,
        segment.owner_id,
        segment.version,
    )


class SegmentService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, today: Callable[[], date] = utc_today
    ) -> None:
        self._sessions, self._actor, self._today = sessions, actor, today

    def save(self, name: str, flt: ClientFilter, *, shared: bool = False) -> SegmentRow:
        name = validation.require_text(name, field="name", limit=200)
        with self._sessions.begin() as session:
            segment = Segment(
                name=name,
                owner_id=self._actor.user_id,
                entity="clients",
                is_shared=shared,
                filter=flt.to_json(),
            )
            stamp_created(segment, self._actor)
            session.add(segment)
            session.flush()
            return _row(segment)

    def update(
        self, segment_id: int, name: str, flt: ClientFilter, shared: bool, seen_version: int
    ) -> SegmentRow:
        name = validation.require_text(name, field="name", limit=200)
        with writing(self._sessions, "segment", segment_id) as session:
            segment = self._own(session, segment_id)
            check_version(segment, seen_version, "segment", segment_id)
            segment.name, segment.filter, segment.is_shared = name, flt.to_json(), shared
            stamp_updated(segment, self._actor)
            session.flush()
            return _row(segment)

    def delete(self, segment_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(self._own(session, segment_id))

    def visible(self) -> list[SegmentRow]:
        """The user's own segments and those shared by others, by name."""
        with self._sessions() as session:
            query = (
                select(Segment)
                .where(
                    Segment.entity == "clients",
                    or_(Segment.owner_id == self._actor.user_id, Segment.is_shared.is_(True)),
                )
                .order_by(Segment.name, Segment.id)
            )
            return [_row(s) for s in session.scalars(query)]

    def counts(self) -> dict[int, int]:
        """Live client counts per visible segment, each within the user's own scope."""
        segments = self.visible()
        today = self._today()
        with self._sessions() as session:
            return {
                s.id: client_queries.count(session, self._actor, s.filter, today) for s in segments
            }

    def _own(self, session: Session, segment_id: int) -> Segment:
        segment = session.get(Segment, segment_id)
        if segment is None or not (segment.owner_id == self._actor.user_id or segment.is_shared):
            raise NotFound("segment", segment_id)
        if segment.owner_id != self._actor.user_id:
            raise PermissionDenied(NOT_OWNER)
        return segment
