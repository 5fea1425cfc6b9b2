"""Finding the client a contact or deal row belongs to: by INN, else by name (one match only),
among the clients the user may see."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.dedupe import chunks
from crm_desktop.services.imports.rows import RowReader
from crm_desktop.services.normalize import sort_key

NO_CLIENT = QT_TRANSLATE_NOOP("Errors", 'No client "{value}" among the clients you can see.')
MANY_CLIENTS = QT_TRANSLATE_NOOP(
    "Errors", 'Several clients are named "{value}": add a column with their INN.')
CLIENT_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "The row names no client: fill in the client's INN or name.")


class ClientLinks:
    """INN → client id and sort key → client ids, read once for the whole file."""

    def __init__(self, by_inn: dict[str, int], by_name: dict[str, list[int]]) -> None:
        self._by_inn, self._by_name = by_inn, by_name

    @classmethod
    def load(cls, session: Session, actor: Actor, tables: Sequence[tuple[str, str]]
             ) -> ClientLinks:
        """`tables`: (inn text, name text) of every row."""
        inns: set[str] = set()
        names: set[str] = set()
        for inn_text, name in tables:
            try:
                value = cells.inn(inn_text) if inn_text.strip() else None
            except ValidationError:
                value = None
            if value:
                inns.add(value)
            if name.strip():
                names.add(sort_key(cells.clean(name)))
        scope = actor.owner_filter(Client.manager_id, "client", Client.id)
        by_inn: dict[str, int] = {}
        for part in chunks(sorted(inns)):
            for client_id, inn in session.execute(
                    select(Client.id, Client.inn).where(Client.inn.in_(part), scope)
                    .order_by(Client.id)):
                by_inn.setdefault(inn or "", client_id)
        by_name: dict[str, list[int]] = {}
        for part in chunks(sorted(names)):
            for client_id, key in session.execute(
                    select(Client.id, Client.sort_key).where(Client.sort_key.in_(part), scope)):
                by_name.setdefault(key, []).append(client_id)
        return cls(by_inn, by_name)

    def resolve(self, reader: RowReader, inn_field: str, name_field: str) -> int | None:
        inn_text, name_text = reader.raw(inn_field), cells.clean(reader.raw(name_field))
        inn = reader.get(inn_field, cells.inn) if inn_text.strip() else None
        if inn and inn in self._by_inn:
            return self._by_inn[inn]
        if name_text:
            found = self._by_name.get(sort_key(name_text), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                reader.fail(name_field, ValidationError(name_field, MANY_CLIENTS,
                                                        value=name_text))
                return None
        if inn or name_text:
            field = inn_field if inn else name_field
            reader.fail(field, ValidationError(field, NO_CLIENT, value=inn or name_text))
        elif reader.ok_so_far():
            reader.fail(name_field, ValidationError(name_field, CLIENT_REQUIRED))
        return None
