"""Reports on a read-only standby in the running program (`reports_url`).

The standby is a copy of the office database made with CREATE DATABASE … TEMPLATE; afterwards
the main database gets more deals, so a report tells by its numbers where it was computed. The
user signs in to both with their own login and password, as on a real streaming replica.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from crm_desktop import config
from crm_desktop.admin.cli import main as crm_admin
from crm_desktop.app import build_main_window
from crm_desktop.db import make_sessions
from crm_desktop.models import AuditEntry
from crm_desktop.services import report_replica
from crm_desktop.services.actor import system_actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.reports import ReportFilter
from crm_desktop.services.reports.catalog import ReportKind
from crm_desktop.services.workspace import Workspace, login
from crm_desktop.ui.tasks import make_runners
from tests.conftest import create_pg_database, drop_pg_database, pg_admin_engine, pg_url
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server

DEALS_ON_STANDBY = 2  # secured_server gives m1 and m2 one deal each
DEALS_ADDED_LATER = 3


@dataclass
class Office:
    server: SecuredServer
    standby_url: str
    pipeline_id: int


@pytest.fixture
def office(monkeypatch, tmp_path) -> Iterator[Office]:
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "user.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine.json"))
    monkeypatch.setenv("CRM_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CRM_REPORTS_URL", raising=False)
    for server in secured_server():
        admin = pg_admin_engine()
        main_db = server.url.rsplit("/", 1)[1]
        standby_db = f"{main_db}_standby_{uuid.uuid4().hex[:4]}"
        server.owner.dispose()
        with admin.connect() as conn:  # TEMPLATE needs the source to have no other sessions
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": main_db})
        create_pg_database(admin, standby_db, template=main_db)
        sessions = make_sessions(server.owner)
        pipeline = PipelineService(sessions, system_actor()).pipelines()[0]
        deals = DealService(sessions, server.actors["m1"])
        for number in range(DEALS_ADDED_LATER):
            deals.create(DealData(title=f"Только на основном {number}",
                                  client_id=server.clients["m1"], pipeline_id=pipeline.id,
                                  amount=Decimal("500")))
        try:
            yield Office(server, pg_url(standby_db), pipeline.id)
        finally:
            drop_pg_database(admin, standby_db)
            admin.dispose()


def entered_first_stage(bundle: ServiceBundle, pipeline_id: int) -> int:
    today = date.today()
    f = ReportFilter(today - timedelta(days=1), today + timedelta(days=1), pipeline_id)
    return bundle.reports.funnel(f).stages[0].entered


def sign_in(office: Office, who: str = "adm") -> Workspace:
    return login(office.server.url, office.server.logins[who], PASSWORD)


def test_reports_count_the_standby_and_the_rest_stays_on_the_main_database(office):
    ws = sign_in(office)
    standby = report_replica.open_for(ws.engine, office.standby_url)
    assert standby is not None
    try:
        bundle = ServiceBundle.for_workspace(
            ws, report_replica.reports_sessions(ws.sessions, standby))
        assert entered_first_stage(bundle, office.pipeline_id) == DEALS_ON_STANDBY
        main_only = ServiceBundle.for_workspace(ws)
        assert entered_first_stage(main_only, office.pipeline_id) == \
            DEALS_ON_STANDBY + DEALS_ADDED_LATER
        with standby.connect() as conn:  # signed in as the user, not as the owner
            assert conn.scalar(text("SELECT current_user")) == office.server.logins["adm"]
        # printing reads the standby's numbers and writes its audit entry to the main database
        today = date.today()
        f = ReportFilter(today - timedelta(days=1), today + timedelta(days=1), office.pipeline_id)
        assert bundle.report_printer.compute(ReportKind.FUNNEL, f).stages[0].entered == \
            DEALS_ON_STANDBY
        assert bundle.report_printer.pdf(ReportKind.FUNNEL, f).startswith(b"%PDF")
        with ws.sessions() as session:
            printed = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "report_print")).all()
        assert [entry.details["report"] for entry in printed] == ["funnel"]
    finally:
        standby.dispose()
        ws.close()


def test_the_standby_session_refuses_to_write(office):
    ws = sign_in(office)
    standby = report_replica.open_for(ws.engine, office.standby_url)
    assert standby is not None
    try:
        sessions = report_replica.reports_sessions(ws.sessions, standby)
        with sessions() as session:
            with pytest.raises(DBAPIError, match="read-only transaction"):
                session.execute(text("UPDATE deals SET title = title"))
    finally:
        standby.dispose()
        ws.close()


def test_the_window_runs_its_reports_on_the_standby(office, qtbot, monkeypatch):
    monkeypatch.setenv("CRM_REPORTS_URL", office.standby_url)
    ws = sign_in(office)
    standby = report_replica.open_for(ws.engine, config.resolve_reports_url())
    runners = make_runners()
    try:
        window = build_main_window(ws, runners, standby, url=office.server.url)
        qtbot.addWidget(window)
        bundle = window._ctx.services  # noqa: SLF001 - what the Reports section is given
        assert entered_first_stage(bundle, office.pipeline_id) == DEALS_ON_STANDBY
        reports = window.settings_page.panel(window.settings_page.sections.count() - 1)
        assert reports.values["reports"].text() == office.standby_url.rsplit("@", 1)[1]
        window.close()
    finally:
        runners.wait()
        if standby is not None:
            standby.dispose()
        ws.close()


def test_a_bad_reports_url_falls_back_to_the_main_database(office, qtbot, monkeypatch, caplog):
    monkeypatch.setenv("CRM_REPORTS_URL",
                       office.standby_url.rsplit("/", 1)[0] + "/no_such_standby")
    ws = sign_in(office)
    with caplog.at_level(logging.WARNING):
        standby = report_replica.open_for(ws.engine, config.resolve_reports_url())
    assert standby is None
    assert "reports run on the main database" in caplog.text
    runners = make_runners()
    try:
        window = build_main_window(ws, runners, standby, url=office.server.url)
        qtbot.addWidget(window)
        assert entered_first_stage(window._ctx.services, office.pipeline_id) == (  # noqa: SLF001
            DEALS_ON_STANDBY + DEALS_ADDED_LATER)
        shown = window.settings_page.panel(window.settings_page.sections.count() - 1)
        assert "not available" in shown.values["reports"].text()
        window.close()
    finally:
        runners.wait()
        ws.close()


def test_the_program_starts_with_a_bad_reports_url(office, qtbot, monkeypatch, tmp_path):
    from crm_desktop.app import main  # noqa: PLC0415

    monkeypatch.setenv("CRM_REPORTS_URL", "postgresql://127.0.0.1:1/nowhere")
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    shot = tmp_path / "reports.png"
    code = main(["--db", office.server.url, "--user", office.server.logins["adm"],
                 "--section", "reports", "--screenshot", str(shot)])
    assert code == 0 and shot.stat().st_size > 0
    log = (tmp_path / "logs" / "crm-desktop.log").read_text(encoding="utf-8")
    assert "reports run on the main database" in log


def test_crm_admin_report_as_a_user_reads_the_standby(office, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    today = date.today()
    period = ("--from", str(today - timedelta(days=1)), "--to", str(today + timedelta(days=1)))
    counts = {}
    for reports_url in (None, office.standby_url):
        if reports_url:
            monkeypatch.setenv("CRM_REPORTS_URL", reports_url)
        out = tmp_path / f"funnel_{bool(reports_url)}.csv"
        code = crm_admin(["report", "funnel", *period, "--pipeline", str(office.pipeline_id),
                          "--csv", str(out), "--user", office.server.logins["adm"],
                          "--db", office.server.url])
        assert code == 0, capsys.readouterr().err
        rows = [line.split(";") for line in out.read_text(encoding="utf-8-sig").splitlines()]
        first_stage = next(row for row in rows if row[0] != "Этап" and len(row) > 2)
        counts[bool(reports_url)] = int(first_stage[1])  # "Вошли" of the first stage
    assert counts == {False: DEALS_ON_STANDBY + DEALS_ADDED_LATER, True: DEALS_ON_STANDBY}
    owner: Engine = office.server.owner
    with owner.connect() as conn:
        exports = conn.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "report_export"))
    assert exports == 2  # the export from the standby is audited on the main database
