"""Migrations create exactly the ORM model, on both backends, and downgrade cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from crm_desktop import schema
from crm_desktop.db import make_engine
from crm_desktop.migrations.filters import include_object
from crm_desktop.models import Base
from crm_desktop.services.errors import SchemaMismatch


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return str(request.getfixturevalue("empty_postgres_url"))


def test_migrations_match_models(engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_downgrade_upgrade(empty_url: str) -> None:
    engine = make_engine(empty_url)
    with pytest.raises(SchemaMismatch) as empty:
        schema.check(engine)
    assert empty.value.code == "empty"
    schema.upgrade(engine)
    schema.check(engine)
    assert schema.current_revision(engine) == schema.head_revision()
    schema.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    schema.upgrade(engine)
    with engine.connect() as conn:
        keys = conn.execute(text("select key from roles order by id")).scalars().all()
    assert keys == ["admin", "head", "manager", "readonly"]
    engine.dispose()


def test_newer_schema_is_refused(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = 'ffffffffffff'"))
    with pytest.raises(SchemaMismatch) as err:
        schema.check(engine)
    assert err.value.code == "newer"


def test_search_index_follows_client_changes(engine) -> None:
    """The trigram index (FTS5 / pg_trgm) finds a client by a fragment of its search text."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "insert into clients (kind, name, sort_key, search_text, status,"
                " open_deals_amount, version) values ('company', 'ООО Ромашка', 'ромашка',"
                " 'ромашка 79123456789', 'lead', 0, 1)"
            )
        )
    if engine.dialect.name == "sqlite":
        query = text("select rowid from clients_fts where clients_fts match :q")
        params = {"q": '"машк"'}
    else:
        query = text("select id from clients where search_text like :q")
        params = {"q": "%машк%"}
    with engine.connect() as conn:
        assert len(conn.execute(query, params).all()) == 1
