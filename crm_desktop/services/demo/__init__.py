"""Realistic Russian demo data: users, clients with requisites and contacts, products, deals with
stage history, tasks and activities. Qt-free; fast enough for a million clients.

Rows go in with SQLAlchemy Core bulk inserts and ids assigned here (after the current maxima), so
rows can reference each other without round trips. Each batch of clients is one transaction
holding those clients complete (contacts, deals, tasks, activities), so an interrupted run leaves
fewer clients, never half a client. On PostgreSQL the id sequences are moved past the new rows in
the same transaction.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as day_time
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Date,
    DateTime,
    Dialect,
    Numeric,
    Table,
    TypeDecorator,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeEngine

from crm_desktop.models import (
    Activity,
    Channel,
    Client,
    Contact,
    ContactMethod,
    Deal,
    DealItem,
    DealStageChange,
    LossReason,
    Pipeline,
    Product,
    Role,
    Stage,
    StageKind,
    Task,
    Team,
    User,
)
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.demo.history import PipelineRef, Refs, Row
from crm_desktop.services.demo.rows import ClientRows
from crm_desktop.services.demo.words import PRODUCTS
from crm_desktop.services.errors import CrmError
from crm_desktop.services.passwords import hash_password
from crm_desktop.services.users import create_db_login

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo1234"
DEMO_TEAM = "Отдел продаж"
# login, full name, role key, in the sales team
DEMO_USERS = (
    ("admin", "Администратор системы", "admin", False),
    ("rukovoditel", "Громов Андрей Николаевич", "head", True),
    ("ivanova", "Иванова Мария Сергеевна", "manager", True),
    ("petrov", "Петров Алексей Викторович", "manager", True),
    ("sidorova", "Сидорова Елена Павловна", "manager", True),
    ("stazher", "Ковалёв Кирилл Андреевич", "readonly", True),
)
MANAGER_LOGINS = ("ivanova", "petrov", "sidorova")
DEMO_PIPELINES = ("Новые клиенты", "Постоянные клиенты")
PRODUCT_SKU_PREFIX = "DEMO-"
CLIENTS_PER_TRANSACTION = 10000
ROWS_PER_INSERT = 5000
SQLITE_CACHE_KIB = 256 * 1024  # index pages stay in memory while a batch goes in
FTS_TABLES = ("clients", "deals")  # tables with a trigram FTS5 index kept by triggers

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    users_created: int
    clients: int
    contacts: int
    contact_methods: int
    products_created: int
    deals: int
    deal_items: int
    stage_changes: int
    tasks: int
    activities: int
    seconds: float


def generate(sessions: sessionmaker[Session], clients: int, *, seed: int = 1,
             progress: Progress | None = None, today: date | None = None,
             create_logins: bool = False) -> DemoSummary:
    """Add `clients` demo clients (and everything around them) to a migrated database.

    Demo users (password "demo1234") are created when absent. On PostgreSQL their database
    logins are created only with `create_logins` (logins are cluster-wide roles); without it the
    users exist in the CRM but cannot log in until an administrator gives them a login.
    Deterministic for a given seed, `today` and starting database.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    now = (datetime.combine(today, day_time(12, 0), UTC) if today is not None
           else datetime.now(UTC).replace(microsecond=0))
    with sessions.begin() as session:
        users_created = _ensure_users(session, create_logins)
        products_created = _ensure_products(session)
        refs = _load_refs(session, now)
    counts = dict.fromkeys(ClientRows.TABLES, 0)
    done = 0
    if progress:
        progress(0, clients)
    while done < clients:
        batch = min(CLIENTS_PER_TRANSACTION, clients - done)
        with sessions.begin() as session:
            rows = ClientRows(rng, refs, _next_ids(session))
            for _ in range(batch):
                rows.add_client()
            _write(session, rows.tables(), counts)
            done += batch
            if done == clients:
                audit.record(session, system_actor(), "demo_generate", details={
                    "clients": clients, "seed": seed})
        if progress:
            progress(done, clients)
    elapsed = time.perf_counter() - started
    log.info("demo data: %d clients in %.1f s", clients, elapsed)
    return DemoSummary(
        users_created, counts["clients"], counts["contacts"], counts["contact_methods"],
        products_created, counts["deals"], counts["deal_items"], counts["deal_stage_changes"],
        counts["tasks"], counts["activities"], round(elapsed, 3),
    )


# parents first, so foreign keys always point at rows already inserted
_TABLES: dict[str, Table] = {
    model.__tablename__: cast(Table, model.__table__) for model in (
        Client, Contact, ContactMethod, Deal, DealItem, DealStageChange, Task, Activity)
}


def _write(session: Session, tables: dict[str, list[Row]], counts: dict[str, int]) -> None:
    """Insert one batch; SQLite fills the search indexes set-wise (see _fts_deferred)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}"))
    for name, rows in tables.items():
        if rows and sqlite and name in FTS_TABLES:
            with _fts_deferred(session, name, rows[0]["id"], rows[-1]["id"]):
                _bulk_insert(session, name, rows)
        else:
            _bulk_insert(session, name, rows)
        counts[name] += len(rows)
    if sqlite:
        session.execute(text("PRAGMA cache_size=-2000"))
    else:
        _bump_sequences(session)


@contextmanager
def _fts_deferred(session: Session, table: str, first_id: int, last_id: int) -> Iterator[None]:
    """SQLite: index the new rows with one INSERT ... SELECT instead of the per-row trigger
    (4-5x faster). The trigger is dropped and re-created from its stored SQL inside the caller's
    transaction, so other connections never see the schema without it."""
    fts, trigger = f"{table}_fts", f"{table}_fts_ai"
    trigger_sql = session.scalar(text(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"
    ), {"name": trigger})
    expected = f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text)"
    if not trigger_sql or expected not in trigger_sql:  # not the trigger we know: keep it
        yield
        return
    session.execute(text(f"DROP TRIGGER {trigger}"))
    yield
    session.execute(text(
        f"INSERT INTO {fts}(rowid, search_text) SELECT id, search_text FROM {table} "
        "WHERE id BETWEEN :first AND :last"), {"first": first_id, "last": last_id})
    session.execute(text(trigger_sql))


def _bulk_insert(session: Session, name: str, rows: list[Row]) -> None:
    table = _TABLES[name]
    if not rows:
        return
    if session.get_bind().dialect.name == "sqlite":
        _sqlite_insert(session, table, rows)
        return
    for start in range(0, len(rows), ROWS_PER_INSERT):
        session.execute(insert(table), rows[start:start + ROWS_PER_INSERT])


def _sqlite_insert(session: Session, table: Table, rows: list[Row]) -> None:
    """executemany on the driver with values in SQLAlchemy's SQLite storage format: per-row
    parameter processing in Core took longer than SQLite itself at a million rows."""
    columns = list(rows[0])
    dialect = session.get_bind().dialect
    getter = itemgetter(*columns)
    converters = [(i, f) for i, column in enumerate(columns)
                  if (f := _sqlite_converter(table.c[column].type, dialect)) is not None]
    statement = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    connection = session.connection()
    for start in range(0, len(rows), ROWS_PER_INSERT):
        values = []
        for row in rows[start:start + ROWS_PER_INSERT]:
            item = list(getter(row))
            for i, convert in converters:
                if item[i] is not None:
                    item[i] = convert(item[i])
            values.append(tuple(item))
        connection.exec_driver_sql(statement, values)


def _sqlite_converter(column_type: TypeEngine[Any],
                      dialect: Dialect) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a value of this column type. Fast paths for the
    types the generator produces (UTC datetimes → text without the zone, as UtcDateTime stores
    them; dates → ISO text; NUMERIC → float); other decorated types use their own processor."""
    base = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    if isinstance(base, DateTime):
        return _utc_text
    if isinstance(base, Date):
        return date.isoformat
    if isinstance(base, Numeric):
        return float
    if isinstance(column_type, TypeDecorator):
        return column_type.bind_processor(dialect)
    return None


def _utc_text(value: datetime) -> str:
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # 2.5x faster than strftime


def _next_ids(session: Session) -> dict[str, int]:
    return {name: (session.scalar(select(func.max(table.c.id))) or 0) + 1
            for name, table in _TABLES.items()}


def _bump_sequences(session: Session) -> None:
    for name in _TABLES:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"(SELECT COALESCE(max(id), 0) + 1 FROM {name}), false)"
        ))


def _ensure_users(session: Session, create_logins: bool) -> int:
    is_pg = session.get_bind().dialect.name == "postgresql"
    team = session.scalar(select(Team).where(Team.name == DEMO_TEAM))
    if team is None:
        team = Team(name=DEMO_TEAM)
        session.add(team)
        session.flush()
    roles = {r.key: r.id for r in session.scalars(select(Role))}
    existing = set(session.scalars(select(User.login)))
    # one hash for all: hashing costs ~0.2 s each, and the demo users share the password anyway
    password_hash = None if is_pg else hash_password(DEMO_PASSWORD)
    created = 0
    for login, full_name, role_key, in_team in DEMO_USERS:
        if login in existing:
            continue
        session.add(User(
            login=login, full_name=full_name, role_id=roles[role_key],
            team_id=team.id if in_team else None, email=f"{login}@demo-crm.ru",
            password_hash=password_hash, db_role=login if is_pg else None,
        ))
        if is_pg and create_logins:
            create_db_login(session, login, DEMO_PASSWORD)
        created += 1
    session.flush()
    if created:
        audit.record(session, system_actor(), "demo_users", details={"created": created})
    return created


def _ensure_products(session: Session) -> int:
    existing = set(session.scalars(
        select(Product.sku).where(Product.sku.startswith(PRODUCT_SKU_PREFIX))))
    admin_id = session.scalar(select(User.id).where(User.login == "admin"))
    rows = [
        {"sku": f"{PRODUCT_SKU_PREFIX}{i:04d}", "name": name, "unit": unit, "price": price,
         "vat_rate": vat, "stock_qty": (i * 37) % 500, "is_active": True, "version": 1,
         "created_by_id": admin_id}
        for i, (name, unit, price, vat) in enumerate(PRODUCTS, start=1)
        if f"{PRODUCT_SKU_PREFIX}{i:04d}" not in existing
    ]
    if rows:
        session.execute(insert(cast(Table, Product.__table__)), rows)
    return len(rows)


def _load_refs(session: Session, now: datetime) -> Refs:
    users: dict[str, int] = {login: uid for login, uid in session.execute(
        select(User.login, User.id))}
    managers = tuple(users[login] for login in MANAGER_LOGINS)
    channels = tuple(session.scalars(
        select(Channel.id).where(Channel.is_active).order_by(Channel.position)))
    reasons = tuple(session.scalars(
        select(LossReason.id).where(LossReason.is_active).order_by(LossReason.position)))
    products = tuple((r[0], r[1], r[2], r[3], r[4]) for r in session.execute(
        select(Product.id, Product.name, Product.unit, Product.price, Product.vat_rate)
        .where(Product.sku.startswith(PRODUCT_SKU_PREFIX)).order_by(Product.sku)))
    return Refs(now=now, managers=managers, head=users["rukovoditel"], channels=channels,
                loss_reasons=reasons, products=products, pipelines=_pipelines(session))


def _pipelines(session: Session) -> tuple[PipelineRef, ...]:
    """The demo pipelines, or every usable one if an office renamed them."""
    found: list[PipelineRef] = []
    pipelines = session.execute(
        select(Pipeline.id, Pipeline.name).where(Pipeline.is_archived.is_(False))
        .order_by(Pipeline.position)).all()
    for pipeline_id, name in pipelines:
        stages = session.execute(
            select(Stage.id, Stage.kind).where(Stage.pipeline_id == pipeline_id,
                                               Stage.is_archived.is_(False))
            .order_by(Stage.position, Stage.id)).all()
        open_ids = tuple(s for s, k in stages if k == StageKind.OPEN)
        won = next((s for s, k in stages if k == StageKind.WON), None)
        lost = next((s for s, k in stages if k == StageKind.LOST), None)
        if open_ids and won and lost:
            found.append(PipelineRef(pipeline_id, name, open_ids, won, lost))
    preferred = tuple(p for p in found if p.name in DEMO_PIPELINES)
    if preferred:
        return preferred
    if not found:
        raise CrmError("The database has no pipeline with open, won and lost stages.")
    return tuple(found)
