"""docs/ADMIN.md walked through as written: scripts/admin_walkthrough.sh on a scratch SQLite
file and a scratch PostgreSQL database (with a database owner that is not a superuser)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import PG_ADMIN_URL, pg_admin_engine
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "admin_walkthrough.sh"
# crm_create_login() / crm_sync_security() (revision 0004) say NOBYPASSRLS, which PostgreSQL
# lets only a superuser say: with the documented CREATEROLE owner, `user add` and `server init`
# on a database with users fail. Reported to the lead; the walkthrough stops there until then.


def walk(mode: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    admin = Path(sys.executable).with_name("crm-admin")
    return subprocess.run(["bash", str(SCRIPT), mode], capture_output=True, text=True,
                          timeout=600, env=os.environ | env | {"CRM_ADMIN": str(admin)})


def test_sqlite_walkthrough():
    done = walk("sqlite", {})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "== walkthrough finished" in done.stdout
    assert "Verified: restored into a scratch database" in done.stdout


def test_postgresql_walkthrough():
    pg_admin_engine().dispose()  # skips (or fails with CRM_REQUIRE_PG=1) without a server
    for tool in ("psql", "createdb", "createuser", "pg_dump", "pg_restore"):
        assert shutil.which(tool), f"{tool} is needed (Debian: postgresql-client)"
    server = make_url(PG_ADMIN_URL)
    done = walk("postgresql", {"PGHOST": server.host or "127.0.0.1",
                               "PGPORT": str(server.port or 5432),
                               "PGUSER": server.username or "postgres"})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "== walkthrough finished" in done.stdout
