"""A PostgreSQL database set up the way `crm-admin server init` leaves it, with users who have
real database logins, and helpers to connect as them outside the application."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import psycopg
from sqlalchemy import Engine, text

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.actor import Actor, system_actor
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.tasks import TaskData, TaskService
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import login
from tests.conftest import create_pg_database, drop_pg_database, pg_admin_engine, pg_url

PASSWORD = "secret-pass-1"


@dataclass
class SecuredServer:
    """Logins by CRM name: `logins["m1"]` is the PostgreSQL login of manager m1."""

    url: str
    owner: Engine
    logins: dict[str, str] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    clients: dict[str, int] = field(default_factory=dict)  # name -> id
    deals: dict[str, int] = field(default_factory=dict)

    def connect(self, who: str) -> psycopg.Connection:
        """A raw driver connection as that user's login, the way an attacker would."""
        dsn = self.url.replace("postgresql://postgres@", f"postgresql://{self.logins[who]}:"
                               f"{PASSWORD}@")
        return psycopg.connect(dsn, autocommit=True)


def _add_users(server: SecuredServer, tag: str) -> None:
    sessions = make_sessions(server.owner)
    users = UserService(sessions, system_actor())
    people = (("m1", "manager", "Продажи"), ("m2", "manager", "Продажи"),
              ("h", "head", "Продажи"), ("h2", "head", None), ("ro", "readonly", None),
              ("adm", "admin", None))
    for who, role, team in people:
        login_name = f"{tag}_{who}"
        users.add(login_name, f"Пользователь {who}", role, PASSWORD, team=team)
        server.logins[who] = login_name
        server.actors[who] = login(server.url, login_name, PASSWORD).actor


def _add_records(server: SecuredServer) -> None:
    sessions = make_sessions(server.owner)
    pipeline = PipelineService(sessions, system_actor()).pipelines()[0]
    for who in ("m1", "m2"):
        actor = server.actors[who]
        card = ClientService(sessions, actor).create(ClientData(name=f"ООО Клиент {who}"))
        server.clients[who] = card.id
        deal = DealService(sessions, actor).create(
            DealData(title=f"Сделка {who}", client_id=card.id, pipeline_id=pipeline.id,
                     amount=Decimal("1000")))
        server.deals[who] = deal.id
        TaskService(sessions, actor).create(TaskData(title=f"Позвонить {who}", client_id=card.id))


def secured_server() -> Iterator[SecuredServer]:
    """A fresh database with its own group roles (role changes never leak between tests)."""
    admin = pg_admin_engine()
    tag = "s" + uuid.uuid4().hex[:8]
    name = f"crmsec_{tag}"
    create_pg_database(admin, name)
    owner = make_engine(pg_url(name))
    schema.upgrade(owner)
    server = SecuredServer(pg_url(name), owner)
    try:
        _add_users(server, tag)
        _add_records(server)
        yield server
    finally:
        owner.dispose()
        drop_pg_database(admin, name)
        with admin.connect() as conn:
            for (role,) in conn.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                {"p": f"{tag}_"},
            ).all():
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
