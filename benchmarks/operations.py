"""The timed operations: each through the services (what the GUI calls), through SQLAlchemy Core
with the same SQL, and through the raw driver (sqlite3 / psycopg) for the ratio."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.demo import DEMO_PASSWORD
from crm_desktop.services.workspace import login, workspace_for

try:  # the client list and card services (services/client_list.py, clients.py, activities.py)
    from crm_desktop.services.activities import ActivityService
    from crm_desktop.services.client_list import ClientListService
    from crm_desktop.services.client_queries import ROW_COLUMNS
    from crm_desktop.services.clients import ClientService
    COLUMNS = ", ".join(c.key for c in ROW_COLUMNS)
    HAVE_SERVICES = True
except ImportError:  # pragma: no cover - older trees: time the Core queries only
    HAVE_SERVICES = False  # TODO: time through ClientListService once it exists
    COLUMNS = "id, kind, name, sort_key, inn, status, manager_id, main_phone, city"

Call = Callable[[], object]
SAMPLES = 20
DEEP_ROW = 100_000

PAGE_FIRST = f"SELECT {COLUMNS} FROM clients ORDER BY sort_key, id LIMIT 200"
PAGE_AFTER = (f"SELECT {COLUMNS} FROM clients WHERE (sort_key, id) > (?, ?) "
              "ORDER BY sort_key, id LIMIT 200")
PHONE = (f"SELECT {COLUMNS} FROM clients WHERE id IN (SELECT client_id FROM contact_methods "
         "WHERE kind = 'phone' AND normalized = ?) ORDER BY sort_key, id LIMIT 50")
INN = f"SELECT {COLUMNS} FROM clients WHERE inn = ? ORDER BY sort_key, id LIMIT 50"
TRGM_SQLITE = ("SELECT c.* FROM clients_fts f JOIN clients c ON c.id = f.rowid "
               "WHERE clients_fts MATCH ? LIMIT 50")
TRGM_PG = "SELECT * FROM clients WHERE search_text LIKE ? LIMIT 50"
CARD = ("SELECT * FROM clients WHERE id = ?",
        "SELECT * FROM contacts WHERE client_id = ? ORDER BY is_primary DESC, sort_key, id",
        "SELECT * FROM activities WHERE client_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 50")


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    calls: list[Call]  # through the services (or Core when there is no service)
    raw: list[Call] | None
    repeats_factor: float = 1.0


class RawDriver:
    """One plain DB-API connection with '?' placeholders on both backends."""

    def __init__(self, url: str) -> None:
        self.postgres = url.startswith("postgresql")
        if self.postgres:
            import psycopg

            self._conn: Any = psycopg.connect(url, autocommit=True)
        else:
            self._conn = sqlite3.connect(url.removeprefix("sqlite:///"))

    def rows(self, sql: str, *params: object) -> list[Any]:
        if self.postgres:
            sql = sql.replace("?", "%s")
        return list(self._conn.execute(sql, params).fetchall())

    def close(self) -> None:
        self._conn.close()


def _samples(driver: RawDriver, size: int) -> dict[str, list[Any]]:
    """Deterministic parameters: phones, INNs, name fragments and client ids."""
    rng = random.Random(size)
    ids = [rng.randrange(1, size + 1) for _ in range(SAMPLES)]
    phones = [driver.rows("SELECT value, normalized FROM contact_methods WHERE kind = 'phone' "
                          "AND client_id >= ? ORDER BY client_id LIMIT 1", i)[0] for i in ids]
    inns = [driver.rows("SELECT inn FROM clients WHERE inn IS NOT NULL AND id >= ? "
                        "ORDER BY id LIMIT 1", i)[0][0] for i in ids]
    fragments = []
    for i in ids:
        key = driver.rows("SELECT sort_key FROM clients WHERE id = ?", i)[0][0]
        words = [w for w in key.split() if len(w) >= 4 and w.isalpha()] or [key.replace(" ", "")]
        word = rng.choice(words)
        start = rng.randrange(0, max(1, len(word) - 3))
        fragments.append(word[start:start + 4])
    return {"ids": ids, "phones": phones, "inns": inns, "fragments": fragments}


@contextmanager
def operations(url: str, size: int) -> Iterator[list[Operation]]:
    driver = RawDriver(url)
    engine = make_engine(url)
    sessions = make_sessions(engine)
    core = engine.connect()
    try:
        yield _build(url, size, driver, engine, sessions, core)
    finally:
        core.close()
        engine.dispose()
        driver.close()


def _build(url: str, size: int, driver: RawDriver, engine: Any, sessions: Any,
           core: Any) -> list[Operation]:
    s = _samples(driver, size)
    trgm_sql = TRGM_PG if driver.postgres else TRGM_SQLITE
    trgm_params = [f"%{f}%" if driver.postgres else f'"{f}"' for f in s["fragments"]]

    def core_rows(sql: str, *params: object) -> Call:
        names = [f"p{i}" for i in range(len(params))]
        statement = sql
        for name in names:
            statement = statement.replace("?", f":{name}", 1)
        bound = dict(zip(names, params, strict=True))
        return lambda: core.execute(text(statement), bound).all()

    def raw_rows(sql: str, *params: object) -> Call:
        return lambda: driver.rows(sql, *params)

    ops = [Operation("login", [lambda: login(url, "ivanova", DEMO_PASSWORD).close()], None, 0.2)]
    plain = [
        ("client_count", "SELECT count(*) FROM clients", [()]),
        ("client_page_first", PAGE_FIRST, [()]),
        ("phone_lookup", PHONE, [(n,) for _, n in s["phones"]]),
        ("inn_lookup", INN, [(i,) for i in s["inns"]]),
        ("search_trgm", trgm_sql, [(p,) for p in trgm_params]),
    ]
    deep_key = None
    if size >= DEEP_ROW:  # a full page after row 100,000 (or as deep as the size allows)
        offset = min(DEEP_ROW, size - 200) - 1
        deep_key = tuple(driver.rows("SELECT sort_key, id FROM clients ORDER BY sort_key, id "
                                     f"LIMIT 1 OFFSET {offset}")[0])
        plain.insert(2, ("client_page_deep", PAGE_AFTER, [deep_key]))
    for name, sql, params in plain:
        raw = [raw_rows(sql, *p) for p in params]
        ops.append(Operation(f"{name}_core", [core_rows(sql, *p) for p in params], raw))
    card_raw = [lambda i=i: [driver.rows(q, i) for q in CARD] for i in s["ids"]]
    card_core = [lambda i=i: [core_rows(q, i)() for q in CARD] for i in s["ids"]]
    ops.append(Operation("card_open_core", card_core, card_raw))
    if HAVE_SERVICES:
        ops += _service_ops(engine, sessions, s, deep_key, {o.name: o.raw for o in ops})
    return ops


def _service_ops(engine: Any, sessions: Any, s: dict[str, list[Any]],
                 deep_key: tuple[str, int] | None,
                 raw: dict[str, list[Call] | None]) -> list[Operation]:
    actor = workspace_for(engine, "admin").actor  # scope "all": the same rows as the raw SQL
    lists = ClientListService(sessions, actor)
    clients, activities = ClientService(sessions, actor), ActivityService(sessions, actor)
    ops = [
        Operation("client_count_service", [lists.count], raw["client_count_core"]),
        Operation("client_page_first_service", [lambda: lists.page(None, 200)],
                  raw["client_page_first_core"]),
        Operation("phone_lookup_service", [lambda v=v: lists.search(v) for v, _ in s["phones"]],
                  raw["phone_lookup_core"]),
        Operation("inn_lookup_service", [lambda v=v: lists.search(v) for v in s["inns"]],
                  raw["inn_lookup_core"]),
        Operation("search_trgm_service", [lambda v=v: lists.search(v) for v in s["fragments"]],
                  raw["search_trgm_core"]),
        Operation("card_open_service",
                  [lambda i=i: (clients.get(i), activities.timeline(i, limit=50))
                   for i in s["ids"]], raw["card_open_core"]),
    ]
    if deep_key is not None:
        ops.insert(2, Operation("client_page_deep_service",
                                [lambda: lists.page((deep_key[0], deep_key[1]), 200)],
                                raw["client_page_deep_core"]))
    return ops
