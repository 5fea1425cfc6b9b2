"""Favourite (starred) clients of the current user."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Favorite
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import get_client


class FavoriteService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def star(self, client_id: int, starred: bool) -> bool:
        """Star or unstar a visible client; returns the new state."""
        with self._sessions.begin() as session:
            get_client(session, self._actor, client_id)
            exists = session.get(Favorite, (self._actor.user_id, client_id)) is not None
            if starred and not exists:
                session.add(Favorite(user_id=self._actor.user_id, client_id=client_id))
            elif not starred and exists:
                session.execute(
                    delete(Favorite).where(
                        Favorite.user_id == self._actor.user_id, Favorite.client_id == client_id
                    )
                )
        return starred

    def ids(self, client_ids: list[int]) -> set[int]:
        """Which of these clients the user has starred (for one page of the list).

        A user stars few clients, so all their stars are read and intersected here: a page of
        thousands of ids as an IN list would cost more to compile than the stars to read.
        """
        if not client_ids:
            return set()
        return self.all_ids() & set(client_ids)

    def all_ids(self) -> set[int]:
        with self._sessions() as session:
            return set(
                session.scalars(
                    select(Favorite.client_id).where(Favorite.user_id == self._actor.user_id)
                )
            )
