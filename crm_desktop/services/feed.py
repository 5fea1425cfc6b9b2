"""The activity feed: latest interactions, stage changes and new clients the actor may see."""

from __future__ import annotations

import enum
import heapq
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Activity, ActivityKind, Client, Deal, DealStageChange, Stage, User
from crm_desktop.services.actor import Actor


class FeedKind(enum.StrEnum):
    ACTIVITY = "activity"
    STAGE_CHANGE = "stage_change"
    NEW_CLIENT = "new_client"


@dataclass(frozen=True, slots=True)
class FeedItem:
    kind: FeedKind
    at: datetime
    client_id: int
    client_name: str
    author: str | None
    activity_kind: ActivityKind | None = None
    text: str | None = None  # activity subject/outcome, or the stage's name
    deal_id: int | None = None
    deal_title: str | None = None


class FeedService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def latest(self, limit: int = 50) -> list[FeedItem]:
        """Newest first. Each source is read with its own indexed ORDER BY ... LIMIT."""
        scope = self._actor.owner_filter(Client.manager_id, "client", Client.id)
        with self._sessions() as session:
            activities = session.execute(
                select(
                    Activity.occurred_at,
                    Activity.client_id,
                    Client.name,
                    User.full_name,
                    Activity.kind,
                    Activity.subject,
                    Activity.outcome,
                )
                .join(Client, Client.id == Activity.client_id)
                .outerjoin(User, User.id == Activity.created_by_id)
                .where(scope)
                .order_by(Activity.occurred_at.desc(), Activity.id.desc())
                .limit(limit)
            ).all()
            moves = session.execute(
                select(
                    DealStageChange.changed_at,
                    Deal.client_id,
                    Client.name,
                    User.full_name,
                    Stage.name,
                    Deal.id,
                    Deal.title,
                )
                .join(Deal, Deal.id == DealStageChange.deal_id)
                .join(Client, Client.id == Deal.client_id)
                .join(Stage, Stage.id == DealStageChange.to_stage_id)
                .outerjoin(User, User.id == DealStageChange.changed_by_id)
                .where(scope)
                .order_by(DealStageChange.changed_at.desc(), DealStageChange.id.desc())
                .limit(limit)
            ).all()
            created = session.execute(
                select(Client.created_at, Client.id, Client.name, User.full_name)
                .outerjoin(User, User.id == Client.created_by_id)
                .where(scope)
                .order_by(Client.created_at.desc(), Client.id.desc())
                .limit(limit)
            ).all()
        items = [
            *(
                FeedItem(FeedKind.ACTIVITY, at, cid, name, author, kind, subject or outcome)
                for at, cid, name, author, kind, subject, outcome in activities
            ),
            *(
                FeedItem(FeedKind.STAGE_CHANGE, at, cid, name, author, None, stage, did, title)
                for at, cid, name, author, stage, did, title in moves
            ),
            *(
                FeedItem(FeedKind.NEW_CLIENT, at, cid, name, author)
                for at, cid, name, author in created
            ),
        ]
        return heapq.nlargest(limit, items, key=lambda item: item.at)
