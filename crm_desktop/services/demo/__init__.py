"""Realistic Russian demo data: users, clients with requisites and contacts, products, deals with
stage history, tasks and activities. Qt-free; fast enough for a million clients.

Rows are built as plain dicts with ids assigned here (after the current maxima), so rows can
reference each other without round trips, and go in as bulk inserts: SQLAlchemy Core
`insert(table)` executemany on PostgreSQL, the driver's executemany with values in SQLAlchemy's
SQLite storage format on SQLite (Core's per-row parameter processing cost more than SQLite
itself there). Each batch of clients is one transaction holding those clients complete
(contacts, deals, tasks, activities), so an interrupted run leaves fewer clients, never half a
client. On PostgreSQL the id sequences are moved past the new rows in the same transaction.
Rows are numbered by this process, so run it while nobody else is entering data.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as day_time
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import (
    Channel,
    LossReason,
    Pipeline,
    Product,
    Role,
    Stage,
    StageKind,
    Team,
    User,
)
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.demo import writer
from crm_desktop.services.demo.history import PipelineRef, Refs
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
SMALL_CLIENTS = 200

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
            rows = ClientRows(rng, refs, writer.next_ids(session))
            for _ in range(batch):
                rows.add_client()
            writer.write(session, rows.tables(), counts)
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


def small(sessions: sessionmaker[Session], *, seed: int = 1,
          today: date | None = None) -> DemoSummary:
    """A small demo database for tests and screenshots (200 clients, about a second)."""
    return generate(sessions, SMALL_CLIENTS, seed=seed, today=today)


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
            create_db_login(session, login, DEMO_PASSWORD, replace_existing=True)
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
