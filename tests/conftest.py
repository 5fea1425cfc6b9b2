"""Test configuration: offscreen Qt, and migrated SQLite / PostgreSQL databases per test.

The schema is migrated once per backend into a template (a file for SQLite, a template
database for PostgreSQL) and copied for every test, so each test starts from a clean database.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from crm_desktop import schema
from crm_desktop.db import make_engine


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Like the app (ui/gc_guard.py): cycles holding Qt objects must never be collected by a
    worker thread, so automatic collection is off and each test ends with a collection here."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    gc.collect()


PG_ADMIN_URL = os.environ.get("CRM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("CRM_REQUIRE_PG") == "1"
RUN_TAG = f"crmt_{os.getpid()}_{uuid.uuid4().hex[:6]}"


def _pg_reachable() -> str | None:
    try:
        engine = make_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return str(exc).splitlines()[0]


PG_PROBLEM = _pg_reachable()


def pytest_report_header(config: pytest.Config) -> str:
    if PG_PROBLEM is None:
        return f"PostgreSQL tests: {PG_ADMIN_URL.rsplit('@', 1)[-1]}"
    return (
        "!!!!! PostgreSQL NOT reachable at "
        f"{PG_ADMIN_URL.rsplit('@', 1)[-1]} ({PG_PROBLEM}): PostgreSQL tests will "
        + ("FAIL (CRM_REQUIRE_PG=1) !!!!!" if REQUIRE_PG else "be SKIPPED !!!!!")
    )


def pg_admin_engine() -> Engine:
    if PG_PROBLEM is not None:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (CRM_REQUIRE_PG=1) but unreachable: {PG_PROBLEM}")
        pytest.skip(f"PostgreSQL not reachable: {PG_PROBLEM}")
    return make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


def pg_url(database: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


def create_pg_database(admin: Engine, name: str, template: str | None = None) -> None:
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        tmpl = f' TEMPLATE "{template}"' if template else " TEMPLATE template0"
        conn.execute(
            text(
                f"CREATE DATABASE \"{name}\"{tmpl} ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
        )


def drop_pg_database(admin: Engine, name: str) -> None:
    """Drop a test database and the server-wide group roles its migration created (a copy of
    the template shares the template's roles: those go with the template)."""
    prefix = _own_role_prefix(name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if prefix:
            roles = conn.scalars(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                {"p": prefix + "_"},
            ).all()
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def _own_role_prefix(database: str) -> str | None:
    engine = make_engine(pg_url(database))
    try:
        with engine.connect() as conn:
            prefix = conn.scalar(text(
                "SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix'"))
    except Exception:  # noqa: BLE001 - no schema (yet): no roles either
        prefix = None
    finally:
        engine.dispose()
    if prefix and database.replace("-", "_").lower()[:20] in str(prefix):
        return str(prefix)
    return None


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    admin = pg_admin_engine()
    name = f"{RUN_TAG}_template"
    create_pg_database(admin, name)
    engine = make_engine(pg_url(name))
    schema.upgrade(engine)
    engine.dispose()
    yield name
    drop_pg_database(admin, name)
    admin.dispose()


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "crm.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    template = request.getfixturevalue("pg_template")
    admin = pg_admin_engine()
    name = f"{RUN_TAG}_{uuid.uuid4().hex[:10]}"
    create_pg_database(admin, name, template=template)
    yield pg_url(name)
    drop_pg_database(admin, name)
    admin.dispose()


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    admin = pg_admin_engine()
    name = f"{RUN_TAG}_{uuid.uuid4().hex[:10]}"
    create_pg_database(admin, name)
    yield pg_url(name)
    drop_pg_database(admin, name)
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A freshly migrated database on each backend."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()
