"""`reports_url`: report queries on a read-only standby, falling back to the main database.

There is no streaming replica on the test machine; a second connection to a migrated test
database plays the standby (what matters here is whose login, read-only, and the fallbacks).
"""

from __future__ import annotations

import logging
import socket

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import Client
from crm_desktop.services import report_replica


def test_reports_read_from_the_standby_as_the_same_login_and_never_write(postgres_url):
    standby = report_replica.open_reports_engine(postgres_url, user="postgres", password=None)
    assert standby is not None
    main = make_engine(postgres_url)
    try:
        sessions = report_replica.reports_sessions(make_sessions(main), standby)
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == 0
            assert session.scalar(text("SELECT current_user")) == "postgres"
            with pytest.raises(DBAPIError, match="read-only transaction"):
                session.execute(text("UPDATE settings SET key = key"))
    finally:
        standby.dispose()
        main.dispose()


def test_without_a_standby_reports_use_the_main_sessions(sqlite_url):
    main = make_sessions(make_engine(sqlite_url))
    assert report_replica.open_reports_engine(None, user="a", password="b") is None
    assert report_replica.open_reports_engine(sqlite_url, user="a", password="b") is None
    assert report_replica.reports_sessions(main, None) is main


def test_a_standby_at_another_revision_is_not_used(postgres_url, caplog):
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    with caplog.at_level(logging.WARNING):
        assert report_replica.open_reports_engine(postgres_url, user="postgres",
                                                  password=None) is None
    assert "reports run on the main database" in caplog.text


def test_an_unreachable_standby_is_not_used(postgres_url, caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = make_url(postgres_url).set(port=port).render_as_string(hide_password=False)
    with caplog.at_level(logging.WARNING):
        assert report_replica.open_reports_engine(url, user="postgres", password=None) is None
    assert "standby cannot be used" in caplog.text
