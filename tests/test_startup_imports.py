"""Start-up stays light (PERFORMANCE.md: heavy imports happen when first needed).

Each check runs a fresh interpreter, so what other tests imported does not count: importing the
app, and a real start (`crm-desktop --measure-startup`, signed in without the dialog) up to the
client list's first page painted, must not load the PDF, spreadsheet, migration, chart or phone
libraries, nor the pages and windows built when first shown; a SQLite workstation does not load
the PostgreSQL driver or dialect either. The schema check
reads revisions without Alembic and agrees with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.users import create_first_admin
from crm_desktop.services.workspace import login
from tests.pg_security_support import PASSWORD as PG_PASSWORD
from tests.pg_security_support import secured_server

HEAVY = ("reportlab", "openpyxl", "alembic", "mako", "num2words", "PySide6.QtCharts",
         "PySide6.QtPdf", "PySide6.QtPrintSupport", "phonenumbers",
         # pages and windows built when first shown
         "crm_desktop.ui.reports.page", "crm_desktop.ui.settings_page",
         "crm_desktop.ui.import_wizard.wizard", "crm_desktop.ui.client_card.card_window",
         "crm_desktop.ui.deal_card.card_window")
SQLITE_ONLY = ("psycopg", "sqlalchemy.dialects.postgresql")
PHASES = ["main", "app_ready", "signed_in", "window_built", "shown", "first_page_painted"]
PASSWORD = "secret-123"

_REPORT_MODULES = """
import json, sys
names = sorted(n for n in sys.modules if any(n == h or n.startswith(h + ".") for h in {heavy!r}))
print(json.dumps(names))
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_CONFIG=str(tmp_path / "user.json"),
               CRM_MACHINE_CONFIG=str(tmp_path / "machine.json"),
               CRM_LOG_DIR=str(tmp_path / "logs"), CRM_DATA_DIR=str(tmp_path / "data"), **extra)
    for variable in ("CRM_DATABASE_URL", "CRM_REPORTS_URL"):
        env.pop(variable, None)
    return env


def _run(code: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def _start(url: str, user: str, password: str, tmp_path: Path,
           heavy: tuple[str, ...]) -> tuple[dict[str, object], list[str]]:
    """A real start signed in as `user`: the probe's report and the heavy modules loaded."""
    code = ("import sys\nfrom crm_desktop import app\n"
            f"code = app.main(['--db', {url!r}, '--user', {user!r}, '--lang', 'en', "
            "'--measure-startup'])\n"
            "assert code == 0, code\n" + _REPORT_MODULES.format(heavy=heavy))
    *_, report, loaded = _run(code, _env(tmp_path, CRM_PASSWORD=password))
    return json.loads(report), json.loads(loaded)


def test_importing_the_app_loads_no_heavy_module(tmp_path):
    heavy = (*HEAVY, *SQLITE_ONLY)
    code = "import crm_desktop.app\n" + _REPORT_MODULES.format(heavy=heavy)
    assert json.loads(_run(code, _env(tmp_path))[-1]) == []


@pytest.fixture
def sqlite_office(sqlite_url) -> str:
    """An administrator (every page is theirs) and one client in a SQLite file."""
    engine = make_engine(sqlite_url)
    sessions = make_sessions(engine)
    create_first_admin(sessions, "admin", "Администратор Системы", PASSWORD)
    actor = login(sqlite_url, "admin", PASSWORD).actor
    ClientService(sessions, actor).create(ClientData(name="ООО Ромашка"))
    engine.dispose()
    return sqlite_url


def test_a_sqlite_start_to_the_painted_list_loads_no_heavy_module(sqlite_office, tmp_path):
    report, loaded = _start(sqlite_office, "admin", PASSWORD, tmp_path, (*HEAVY, *SQLITE_ONLY))
    assert loaded == []
    phases = report["phases"]
    assert isinstance(phases, dict)
    assert list(phases) == PHASES
    assert list(phases.values()) == sorted(phases.values())  # each phase ends after the last
    assert float(str(report["cpu_ms"])) > 0


@pytest.mark.pg
def test_a_postgresql_start_to_the_painted_list_loads_no_heavy_module(tmp_path):
    for server in secured_server():
        report, loaded = _start(server.url, server.logins["adm"], PG_PASSWORD, tmp_path, HEAVY)
        assert loaded == []
        phases = report["phases"]
        assert isinstance(phases, dict) and list(phases) == PHASES


def test_schema_revisions_read_from_the_files_agree_with_alembic():
    scripts = ScriptDirectory.from_config(schema._config())
    assert schema.head_revision() == scripts.get_current_head()
    assert schema.known_revisions() == {s.revision for s in scripts.walk_revisions()}
