"""The client list: pages in any order, counts and search; reads only, safe from worker threads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.services import client_queries, client_sort
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort, Cursor


def utc_today() -> date:
    return datetime.now(UTC).date()


class ClientListService:
    """The client list and search; reads only, safe to call from worker threads."""

    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, today: Callable[[], date] = utc_today
    ) -> None:
        self._sessions, self._actor, self._today = sessions, actor, today

    def page(
        self,
        after: tuple[str, int] | None = None,
        limit: int = 200,
        flt: ClientFilter | None = None,
    ) -> list[ClientRow]:
        with self._sessions() as session:
            return client_queries.page(
                session, self._actor, flt or ClientFilter(), after, limit, self._today()
            )

    def sorted_page(
        self,
        sort: ClientSort,
        flt: ClientFilter | None = None,
        after: Cursor | None = None,
        limit: int = 200,
    ) -> tuple[list[ClientRow], Cursor | None]:
        """A page in any sort order; pass the returned cursor to get the next one."""
        with self._sessions() as session:
            return client_sort.page(
                session, self._actor, flt or ClientFilter(), sort, after, limit, self._today()
            )

    def seek(
        self, sort: ClientSort, flt: ClientFilter | None, position: int
    ) -> Cursor | None:
        """The cursor to pass to `sorted_page` to read from row `position` (a far jump)."""
        with self._sessions() as session:
            return client_sort.seek(
                session, self._actor, flt or ClientFilter(), sort, position, self._today()
            )

    def count(self, flt: ClientFilter | None = None) -> int:
        with self._sessions() as session:
            return client_queries.count(session, self._actor, flt or ClientFilter(), self._today())

    def search(self, text: str, limit: int = 50) -> list[ClientRow]:
        with self._sessions() as session:
            return client_queries.search(session, self._actor, text, limit)
